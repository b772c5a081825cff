"""Political-prose phrasings beyond the dev documents, on texts of our own."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import Article, Fact


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    """The relation rules alone: what they propose is what the learned classifier judges
    (tests/test_extract_learned.py covers the decisions)."""
    return Extractor(learned=False)


def rel(extractor: Extractor, text: str, relation: str, date: str) -> set[tuple[str, str]]:
    facts: list[Fact] = extractor.extract(
        Article(text=text, document="t.txt", origin="t.txt", date=date))
    return {(f.subject.label, f.object.label if f.object else "") for f in facts
            if f.relation == relation}


def test_placings_behind_the_winner_lost(extractor: Extractor) -> None:
    text = ("Rick Santorum wins the South Carolina Republican primary with Newt Gingrich in "
            "second and Rick Perry in third.")
    lost = rel(extractor, text, "lost", "2012-01-22")
    assert {p for p, _ in lost} == {"Newt Gingrich", "Rick Perry"}
    assert {e for _, e in lost} == {"2012 presidential primary in South Carolina"}


def test_elected_with_party_appositive_and_concession(extractor: Extractor) -> None:
    text = ("Anna Kowalska of the Civic Platform Party (CPP) is elected the first female "
            "President of Poland. Jan Nowak, the ruling party's candidate, concedes defeat.")
    won = rel(extractor, text, "won", "2015-05-25")
    assert ("Anna Kowalska", "2015 presidential election in Poland") in won


def test_race_for_the_senate_poll_values_follow_the_names(extractor: Extractor) -> None:
    text = ("A new poll shows Republican Dan Carver leads Democrat Lisa Moreno, 48% to 40%, in "
            "an Ohio race for the U.S. Senate, and GOP presidential candidate Mitt Romney "
            "trailing in the state.")
    facts = extractor.extract(Article(text=text, document="t.txt", origin="t.txt",
                                      date="2012-06-20"))
    polls = {(f.subject.label, f.object.label if f.object else "", f.value) for f in facts
             if f.relation == "poll"}
    assert polls == {("Dan Carver", "2012 United States Senate election in Ohio", 48.0),
                     ("Lisa Moreno", "2012 United States Senate election in Ohio", 40.0)}
    assert ("Mitt Romney", "2012 United States Senate election in Ohio") not in {
        (f.subject.label, f.object.label if f.object else "") for f in facts
        if f.relation == "candidacy"}


def test_contest_in_several_listed_states(extractor: Extractor) -> None:
    text = ("Voters in the US states of Oregon and Idaho go to the polls, with Mitt Romney "
            "winning the Republican primaries.")
    won = rel(extractor, text, "won", "2012-05-15")
    assert won == {("Mitt Romney", "2012 presidential primary in Oregon"),
                   ("Mitt Romney", "2012 presidential primary in Idaho")}


def test_poll_shares_after_appositives_and_party_groups(extractor: Extractor) -> None:
    text = ("Carl Dunn leads Rita Vance in an Ohio race for the U.S. Senate. "
            "Dunn, a Republican, has 47% support in a matchup against Vance, a Democrat who "
            "scored 42% in the Quinnipiac poll. The other Republicans - former Congressman "
            "Paul Reed and businessman Mark Stone - trail.")
    facts = extractor.extract(Article(text=text, document="t.txt", origin="t.txt",
                                      date="2012-06-20"))
    polls = {(f.subject.label, f.value) for f in facts if f.relation == "poll"}
    assert polls == {("Carl Dunn", 47.0), ("Rita Vance", 42.0)}
    parties = {(f.subject.label, f.object.label if f.object else "") for f in facts
               if f.relation == "party"}
    assert {("Paul Reed", "Republican Party"), ("Mark Stone", "Republican Party")} <= parties


def test_endorsement_phrasings(extractor: Extractor) -> None:
    text = ("Rick Perry will drop out of the Republican primaries and will endorse rival "
            "candidate Newt Gingrich. State senator Dale Burns is accused of switching his "
            "support from Michele Bachmann to Ron Paul in the Republican primaries. "
            "Mike Lee, who was elected in 2010, had the support of much of the state's "
            "establishment, as well as the National Rifle Association.")
    ends = rel(extractor, text, "endorsement", "2012-01-19")
    assert {("Rick Perry", "Newt Gingrich"), ("Dale Burns", "Ron Paul")} <= ends
    assert ("National Rifle Association", "Mike Lee") in ends


def test_office_phrasings(extractor: Extractor) -> None:
    text = ("Mary Fallin leads in an Oklahoma race for the U.S. Senate. "
            "United States Secretary of State Hillary Clinton visited. Ohio state Senator "
            "Kris Jordan spoke. The state's other senator is Republican Jim Inhofe.")
    offices = rel(extractor, text, "holds_office", "2012-06-20")
    assert ("Hillary Clinton", "United States Secretary of State") in offices
    assert ("Kris Jordan", "Member of the Ohio Senate") in offices
    assert ("Jim Inhofe", "U.S. Senator from Oklahoma") in offices


def test_rivals_leading_in_a_named_contest(extractor: Extractor) -> None:
    text = ("Voters in Ohio go to the polls in the Democratic primary. The Republican contest "
            "is too close to call as John Kasich leads Ted Cruz by 0.3 percent.")
    cands = rel(extractor, text, "candidacy", "2016-03-15")
    assert {("John Kasich", "2016 presidential primary in Ohio"),
            ("Ted Cruz", "2016 presidential primary in Ohio")} <= cands
    parties = rel(extractor, text, "party", "2016-03-15")
    assert ("Ted Cruz", "Republican Party") in parties


def test_winning_as_a_clause(extractor: Extractor) -> None:
    text = ("Voters in the US states of Oregon and Idaho go to the polls, with President "
            "Barack Obama winning but performing poorly in the Democratic primaries.")
    won = rel(extractor, text, "won", "2012-05-15")
    assert ("Barack Obama", "2012 presidential primary in Idaho") in won


def test_gubernatorial_candidate_with_the_state_elsewhere_and_certified_winner(
        extractor: Extractor) -> None:
    text = ("Saying “the count failed Florida,” Democratic gubernatorial candidate Andrew Gillum "
            "said Saturday he will not stand in the way of officials certifying Ron DeSantis, "
            "the Republican, as the winner.")
    cands = rel(extractor, text, "candidacy", "2018-11-17")
    assert ("Andrew Gillum", "2018 Florida gubernatorial election") in cands
    assert ("Ron DeSantis", "2018 Florida gubernatorial election") in rel(
        extractor, text, "won", "2018-11-17")


def test_foreign_reelection_defeating_a_party_leader(extractor: Extractor) -> None:
    text = ("In the Polish presidential election, Andrzej Duda ultimately wins re-election with "
            "51% of the vote, defeating Civic Platform candidate Bronislaw Komorowski.")
    facts = extractor.extract(Article(text=text, document="t.txt", origin="t.txt",
                                      date="2015-05-24"))
    results = {(f.relation, f.subject.label, f.value) for f in facts
               if f.relation in ("won", "lost")}
    assert ("won", "Andrzej Duda", 51.0) in results
    assert ("lost", "Bronislaw Komorowski", None) in results


def test_foreign_party_membership_phrasings(extractor: Extractor) -> None:
    text = ("Lai Ching-te of the Democratic Progressive Party (DPP) is elected President of "
            "Taiwan. Hou Yu-ih, the opposition Kuomintang (Chinese Nationalist Party) "
            "candidate, concedes defeat.")
    parties = rel(extractor, text, "party", "2024-01-13")
    assert ("Lai Ching-te", "Democratic Progressive Party") in parties
    assert ("Hou Yu-ih", "Kuomintang") in parties
