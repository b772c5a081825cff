"""The extractor on small texts of our own: one test per relation and resolution case."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import Article, Fact


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The relation rules alone: what they propose is what the learned classifier judges
    (tests/test_extract_learned.py covers the decisions)."""
    return Extractor(learned=False)


def run(extractor: Extractor, text: str, date: str = "2018-05-10") -> list[Fact]:
    article = Article(text=text, document="t.txt", origin="t.txt", date=date)
    facts = extractor.extract(article)
    for f in facts:
        for e in f.evidence:
            assert text[e.start : e.end] == e.text
    return facts


def triples(facts: list[Fact], relation: str) -> set[tuple[str, str, object]]:
    return {(f.subject.label, f.object.label if f.object else "", f.value)
            for f in facts if f.relation == relation}


def test_party_from_labels_and_tags(extractor: Extractor) -> None:
    facts = run(extractor, "Democrat Maria Lopez met Rep. John Carter (R-Texas) on Monday. "
                           "Paul Weber, a Republican strategist, said little.")
    parties = triples(facts, "party")
    assert ("Maria Lopez", "Democratic Party", None) in parties
    assert ("John Carter", "Republican Party", None) in parties
    assert ("Paul Weber", "Republican Party", None) in parties


def test_party_staff_get_no_party(extractor: Extractor) -> None:
    facts = run(extractor, "Ann Moss, a spokesman for the National Republican Congressional "
                           "Committee, said the race was over.")
    assert not triples(facts, "party")


def test_surname_resolves_to_full_name_with_reason(extractor: Extractor) -> None:
    facts = run(extractor, "Republican Laura Fenwick faces Democrat Sam Ortiz in Ohio's 12th "
                           "congressional district on Tuesday. Fenwick defeated Ortiz.")
    won = [f for f in facts if f.relation == "won"]
    assert [f.subject.label for f in won] == ["Laura Fenwick"]
    assert any("surname" in r for r in won[0].subject.merge_reasons)
    assert won[0].object is not None
    assert won[0].object.division == "ocd-division/country:us/state:oh/cd:12"


def test_results_with_shares(extractor: Extractor) -> None:
    facts = run(extractor, "Republican Laura Fenwick defeated Sam Ortiz by a 57%-42.8% margin in "
                           "Ohio's 12th congressional district.", "2018-11-07")
    assert ("Laura Fenwick", triples(facts, "won").pop()[1], 57.0) in triples(facts, "won")
    assert {v for _, _, v in triples(facts, "lost")} == {42.8}
    assert {s for s, _, _ in triples(facts, "candidacy")} == {"Laura Fenwick", "Sam Ortiz"}


def test_two_way_race_gives_the_other_candidate_lost(extractor: Extractor) -> None:
    facts = run(extractor, "Voters choose in the special election between Democrat Sam Ortiz and "
                           "Republican Laura Fenwick in Ohio's 12th congressional district. "
                           "Fenwick wins the election.")
    assert {s for s, _, _ in triples(facts, "lost")} == {"Sam Ortiz"}


def test_endorsement_forms(extractor: Extractor) -> None:
    facts = run(extractor, "Governor Nathan Deal endorsed Casey Cagle last week in the race for "
                           "governor of Georgia. Brian Kemp, who had the endorsement of Sonny "
                           "Perdue, thanked voters.")
    pairs = triples(facts, "endorsement")
    assert ("Nathan Deal", "Casey Cagle", None) in pairs
    assert ("Sonny Perdue", "Brian Kemp", None) in pairs


def test_tweet_endorsement(extractor: Extractor) -> None:
    text = ("The vote is today.\n\nLAURA FENWICK FOR CONGRESS. She will fight for you! "
            "— Donald J. Trump (@realDonaldTrump) June 20, 2017")
    facts = run(extractor, "Republican Laura Fenwick runs. " + text, "2017-06-20")
    assert ("Donald Trump", "Laura Fenwick", None) in triples(facts, "endorsement")


def test_poll_with_pollster_and_shares(extractor: Extractor) -> None:
    facts = run(extractor, "A Quinnipiac University poll shows a close presidential race, with "
                           "Clinton at 46 percent and Trump at 44 percent. Hillary Clinton and "
                           "Donald Trump are the nominees.", "2016-09-01")
    polls = {(f.subject.label, f.value) for f in facts if f.relation == "poll"}
    assert polls == {("Hillary Clinton", 46.0), ("Donald Trump", 44.0)}
    pollster = [f.attribute("pollster") for f in facts if f.relation == "poll"][0]
    assert getattr(pollster, "label", "").startswith("Quinnipiac University")


def test_funding_amount(extractor: Extractor) -> None:
    facts = run(extractor, "Republican Laura Fenwick runs in Ohio's 12th congressional district. "
                           "The Republican National Committee has given more than $2 million to "
                           "Laura Fenwick's campaign.")
    assert ("Republican National Committee", "Laura Fenwick", 2000000.0) in triples(facts,
                                                                                    "funding")


def test_offices_current_and_former(extractor: Extractor) -> None:
    facts = run(extractor, "The seat was left open by former Rep. Tom Price (R-GA), who became "
                           "Health and Human Services (HHS) Secretary. Texas Sen. Ted Cruz spoke.",
                "2017-06-20")
    offices = {(f.subject.label, f.object.label if f.object else "", f.attribute("former"))
               for f in facts if f.relation == "holds_office"}
    assert ("Tom Price", "U.S. Representative for Georgia's 6th congressional district",
            True) in offices
    assert ("Tom Price", "Secretary of Health and Human Services", None) in offices
    assert ("Ted Cruz", "U.S. Senator from Texas", None) in offices


def test_known_people_carry_wikidata(extractor: Extractor) -> None:
    facts = run(extractor, "Democrat Jon Ossoff and Republican Karen Handel met.", "2017-06-20")
    qids = {f.subject.label: f.subject.wikidata for f in facts if f.relation == "party"}
    assert qids["Jon Ossoff"] == "Q28839536"


def test_no_facts_from_empty_or_odd_text(extractor: Extractor) -> None:
    assert run(extractor, "") == []
    assert run(extractor, "\n\n   \n") == []
    assert isinstance(run(extractor, "[](/x) ### ## # 1. [a](b) _Context: _"), list)


def elections_of(facts: list[Fact], relation: str) -> dict[str, tuple[object, ...]]:
    return {f.subject.label: (f.object.division, (f.object.date or "")[:4], f.object.stage,
                              f.object.office)
            for f in facts if f.relation == relation and f.object is not None}


def test_at_large_seat_is_a_state_election_with_office(extractor: Extractor) -> None:
    facts = run(extractor, "Republican Greg Smith defeated Democrat Rob Quinn in Montana's "
                           "at-large congressional district special election on Thursday.",
                "2017-05-26")
    won = elections_of(facts, "won")
    assert won["Greg Smith"][:2] == ("ocd-division/country:us/state:mt", "2017")
    office = "U.S. Representative for Montana's at-large congressional district"
    assert won["Greg Smith"][3] == office
    assert "Rob Quinn" in elections_of(facts, "lost")


def test_senate_special_election_and_governor_race(extractor: Extractor) -> None:
    facts = run(extractor, "Democrat Doug Jones defeated Republican Roy Moore in the Alabama "
                           "Senate special election on Tuesday. Democrat Andy Beshear narrowly "
                           "won the Kentucky governor's race, defeating incumbent Matt Bevin.",
                "2019-11-06")
    won = elections_of(facts, "won")
    assert won["Doug Jones"][0] == "ocd-division/country:us/state:al"
    assert won["Doug Jones"][3] == "U.S. Senator from Alabama"
    assert won["Andy Beshear"][3] == "Governor of Kentucky"
    assert elections_of(facts, "lost")["Matt Bevin"][3] == "Governor of Kentucky"


def test_party_chair_election(extractor: Extractor) -> None:
    facts = run(extractor, "Tom Perez was elected DNC chair on Saturday, defeating Keith "
                           "Ellison.", "2017-02-26")
    won = elections_of(facts, "won")
    assert won["Tom Perez"] == ("ocd-division/country:us", "2017", "general",
                                "Chair of the Democratic National Committee")
    assert "Keith Ellison" in elections_of(facts, "lost")


def test_concession_and_poll_lead(extractor: Extractor) -> None:
    facts = run(extractor, "A Monmouth University poll found Ralph Northam leading Ed Gillespie "
                           "48 percent to 41 percent in the race for Virginia governor. "
                           "Republican Ed Gillespie conceded to Democrat Ralph Northam.",
                "2017-11-08")
    polls = {(f.subject.label, f.value) for f in facts if f.relation == "poll"}
    assert polls == {("Ralph Northam", 48.0), ("Ed Gillespie", 41.0)}
    assert "Ralph Northam" in elections_of(facts, "won")
    assert elections_of(facts, "lost")["Ed Gillespie"][3] == "Governor of Virginia"


def test_year_after_a_presidential_election_means_that_election(extractor: Extractor) -> None:
    facts = run(extractor, "The report says Russia tried to sway the presidential election "
                           "against Democratic Party candidate Hillary Clinton.", "2017-01-06")
    cand = elections_of(facts, "candidacy")
    assert cand["Hillary Clinton"][:2] == ("ocd-division/country:us", "2016")


def test_ap_style_party_tag_and_sworn_in(extractor: Extractor) -> None:
    facts = run(extractor, "Sen. Ted Cruz, R-Texas, spoke first. Emmanuel Macron is sworn in as "
                           "President of France. The Senate confirms Betsy DeVos as Secretary of "
                           "Education.", "2017-05-14")
    assert ("Ted Cruz", "Republican Party", None) in triples(facts, "party")
    offices = triples(facts, "holds_office")
    assert ("Ted Cruz", "U.S. Senator from Texas", None) in offices
    assert ("Emmanuel Macron", "President of France", None) in offices
    assert ("Betsy DeVos", "Secretary of Education", None) in offices


def test_partisan_description_refers_to_the_person_before(extractor: Extractor) -> None:
    facts = run(extractor, "Nancy Pelosi breaks the record for the longest speech in the House. "
                           "The 77-year-old Democrat spoke for eight hours.")
    party = [f for f in facts if f.relation == "party"]
    assert [(f.subject.label, f.object.label if f.object else "") for f in party] == [
        ("Nancy Pelosi", "Democratic Party")]
    assert len(party[0].evidence) == 2


def test_pronoun_endorsement_and_one_party_primary(extractor: Extractor) -> None:
    facts = run(extractor, "Jane Roe won a two-man Republican primary run-off for governor of "
                           "Georgia on Tuesday, defeating John Doe. Roe's win was not the only "
                           "good news Doe heard. Later, she received an endorsement from the "
                           "former senator, Sam Nunn.", "2018-07-25")
    assert ("Jane Roe", "Republican Party", None) in triples(facts, "party")
    assert ("John Doe", "Republican Party", None) in triples(facts, "party")
    assert ("Sam Nunn", "John Doe", None) in triples(facts, "endorsement")


def test_dead_heat_in_a_named_contest_is_a_candidacy(extractor: Extractor) -> None:
    facts = run(extractor, "Ahead of the Iowa caucus, Donald Trump is locked in a dead heat with "
                           "Texas Sen. Ted Cruz.", "2016-01-19")
    cand = elections_of(facts, "candidacy")
    assert cand["Ted Cruz"][:3] == ("ocd-division/country:us/state:ia", "2016", "primary")
    assert "Donald Trump" in cand


@pytest.mark.parametrize(
    ("date", "text", "winner", "loser", "division", "stage"),
    [
        ("2017-05-07", "Emmanuel Macron wins the second round of the French presidential "
         "election, defeating Marine Le Pen with 66% of the vote.", "Emmanuel Macron",
         "Marine Le Pen", "ocd-division/country:fr", "runoff"),
        ("2019-04-21", "Volodymyr Zelensky wins the Ukrainian presidential election runoff "
         "against incumbent President Petro Poroshenko.", "Volodymyr Zelensky",
         "Petro Poroshenko", "ocd-division/country:ua", "runoff"),
        ("2019-09-10", "Republican Dan Bishop wins the special election in North Carolina's 9th "
         "congressional district, defeating Democrat Dan McCready by 50.7% to 48.7%.",
         "Dan Bishop", "Dan McCready", "ocd-division/country:us/state:nc/cd:9", None),
        ("2017-02-25", "Former Secretary of Labor Tom Perez is elected Chair of the Democratic "
         "National Committee, defeating Representative Keith Ellison.", "Tom Perez",
         "Keith Ellison", "ocd-division/country:us", "general"),
    ],
)
def test_headline_results(extractor: Extractor, date: str, text: str, winner: str, loser: str,
                          division: str, stage: str | None) -> None:
    facts = run(extractor, text, date)
    won, lost = elections_of(facts, "won"), elections_of(facts, "lost")
    assert set(won) == {winner} and set(lost) == {loser}
    assert won[winner][0] == division == lost[loser][0]
    assert won[winner][2] == stage
    shares = {f.subject.label: f.value for f in facts if f.relation in ("won", "lost")}
    if "50.7%" in text:
        assert shares == {winner: 50.7, loser: 48.7}
    else:
        assert shares[loser] is None


def test_funding_to_an_organisation_and_matchup_polls(extractor: Extractor) -> None:
    facts = run(extractor, "Michael Bloomberg donated $18 million to the Democratic National "
                           "Committee. In a Fox News poll, Joe Biden leads Donald Trump 49% to "
                           "40% in a hypothetical 2020 matchup.", "2019-10-20")
    assert ("Michael Bloomberg", "Democratic National Committee",
            18000000.0) in triples(facts, "funding")
    polls = {f.subject.label: (f.value, f.object.stage if f.object else None)
             for f in facts if f.relation == "poll"}
    assert polls == {"Joe Biden": (49.0, "general"), "Donald Trump": (40.0, "general")}


def test_incumbent_reelection_and_withdrawal(extractor: Extractor) -> None:
    facts = run(extractor, "Louisiana Gov. John Bel Edwards won re-election on Saturday, "
                           "defeating Republican businessman Eddie Rispone 51% to 49%.",
                "2019-11-16")
    assert elections_of(facts, "won")["John Bel Edwards"][3] == "Governor of Louisiana"
    assert {v for _, _, v in triples(facts, "lost")} == {49.0}
    facts = run(extractor, "Pete Buttigieg suspended his presidential campaign and endorsed "
                           "Joe Biden.", "2020-03-02")
    assert set(elections_of(facts, "candidacy")) == {"Pete Buttigieg", "Joe Biden"}
    assert ("Pete Buttigieg", "Joe Biden", None) in triples(facts, "endorsement")


def test_lowercase_appositive_offices_and_full_state_tags(extractor: Extractor) -> None:
    facts = run(extractor, "Nathan Deal, the governor of Georgia, spoke. Sen. Marco Rubio "
                           "(R-Florida) agreed. Rick Scott, a former governor of Florida, left.",
                "2017-01-05")
    offices = {(f.subject.label, f.object.label if f.object else "", f.attribute("former"))
               for f in facts if f.relation == "holds_office"}
    assert offices == {("Nathan Deal", "Governor of Georgia", None),
                       ("Marco Rubio", "U.S. Senator from Florida", None),
                       ("Rick Scott", "Governor of Florida", True)}


def test_race_for_a_vacated_seat_comes_from_the_gazetteer(extractor: Extractor) -> None:
    facts = run(extractor, "Former Alabama Chief Justice Roy Moore wins the Republican primary "
                           "runoff for the U.S. Senate seat vacated by Jeff Sessions, defeating "
                           "incumbent Senator Luther Strange.", "2017-09-26")
    won, lost = elections_of(facts, "won"), elections_of(facts, "lost")
    assert won["Roy Moore"] == ("ocd-division/country:us/state:al", "2017", "primary",
                                "U.S. Senator from Alabama")
    assert lost["Luther Strange"] == won["Roy Moore"]
    assert ("Roy Moore", "Republican Party", None) in triples(facts, "party")
