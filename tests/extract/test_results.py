"""Who won and who lost, with vote shares (kg.extract.results), on small texts of our own."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import Article
from tests.extract.small_texts import elections_of, rel, run, triples


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


def test_concession_and_poll_lead(extractor: Extractor) -> None:
    facts = run(extractor, "A Monmouth University poll found Ralph Northam leading Ed Gillespie "
                           "48 percent to 41 percent in the race for Virginia governor. "
                           "Republican Ed Gillespie conceded to Democrat Ralph Northam.",
                "2017-11-08")
    polls = {(f.subject.label, f.value) for f in facts if f.relation == "poll"}
    assert polls == {("Ralph Northam", 48.0), ("Ed Gillespie", 41.0)}
    assert "Ralph Northam" in elections_of(facts, "won")
    assert elections_of(facts, "lost")["Ed Gillespie"][3] == "Governor of Virginia"


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


def test_winning_as_a_clause(extractor: Extractor) -> None:
    text = ("Voters in the US states of Oregon and Idaho go to the polls, with President "
            "Barack Obama winning but performing poorly in the Democratic primaries.")
    won = rel(extractor, text, "won", "2012-05-15")
    assert ("Barack Obama", "2012 presidential primary in Idaho") in won


def test_foreign_reelection_defeating_a_party_leader(extractor: Extractor) -> None:
    text = ("In the Polish presidential election, Andrzej Duda ultimately wins re-election with "
            "51% of the vote, defeating Civic Platform candidate Bronislaw Komorowski.")
    facts = extractor.extract(Article(text=text, document="t.txt", origin="t.txt",
                                      date="2015-05-24"))
    results = {(f.relation, f.subject.label, f.value) for f in facts
               if f.relation in ("won", "lost")}
    assert ("won", "Andrzej Duda", 51.0) in results
    assert ("lost", "Bronislaw Komorowski", None) in results


@pytest.mark.parametrize(
    ("date", "text", "winner", "loser", "division"),
    [
        ("2018-03-28", "That lesson is especially salient for GOP donors after Republican state "
         "Rep. Rick Saccone lost to Democrat Conor Lamb in a special election in Pennsylvania’s "
         "18th District earlier this month.", "Conor Lamb", "Rick Saccone",
         "ocd-division/country:us/state:pa/cd:18"),
        ("2016-02-10", "Ohio Gov. John Kasich placed a distant second to Donald Trump in the New "
         "Hampshire primary.", "Donald Trump", "John Kasich", "ocd-division/country:us/state:nh"),
        ("2020-03-04", "On Tuesday, Joe Biden clobbered Bernie Sanders in the Virginia primary, "
         "winning by 30 percentage points.", "Joe Biden", "Bernie Sanders",
         "ocd-division/country:us/state:va"),
    ],
)
def test_losses_placings_and_verbs_of_defeat(extractor: Extractor, date: str, text: str,
                                             winner: str, loser: str, division: str) -> None:
    """"A lost to B", "placed second to B", "A clobbered B": one race, a winner and a loser."""
    facts = run(extractor, text, date)
    won, lost = elections_of(facts, "won"), elections_of(facts, "lost")
    assert set(won) == {winner} and set(lost) == {loser}
    assert won[winner][0] == lost[loser][0] == division


def test_second_place_and_share_taken(extractor: Extractor) -> None:
    facts = run(extractor, "Noynoy Aquino is elected as President of the Philippines in the "
                           "Philippines presidential election, taking 42% of the vote, about 16 "
                           "percentage points more than second-place Joseph Estrada.", "2010-06-08")
    assert {(s, v) for s, _, v in triples(facts, "won")} == {("Noynoy Aquino", 42.0)}
    assert {s for s, _, _ in triples(facts, "lost")} == {"Joseph Estrada"}


@pytest.mark.parametrize(
    ("date", "text"),
    [
        # a fear, not a result
        ("2016-02-18", "\"What I fear is that Ted Cruz becomes the nominee, come September,\" "
         "Joyce said."),
        # another country's office than the election the statement is read into
        ("2018-02-04", "Laura Chinchilla is elected President of Costa Rica, the first woman to "
         "take the office, following the 2010 general election."),
        # the year named in a comparison is another race's
        ("2020-05-13", "Garcia’s victory marks a shift from 2016, when Democratic presidential "
         "nominee Hillary Clinton carried the district by 7 points over Mr. Trump."),
    ],
)
def test_no_result_read_into_another_race(extractor: Extractor, date: str, text: str) -> None:
    facts = run(extractor, text, date)
    assert not [f for f in facts if f.relation in ("won", "lost")
                and (f.object.division or "").endswith("country:us")]


def test_possessive_result_after_the_vote(extractor: Extractor) -> None:
    """"Clinton's loss" weeks after the presidential election is that election's result."""
    facts = run(extractor, "Comey spoke about his family's disappointment at Hillary Clinton’s "
                           "loss in the presidential election.", "2016-11-20")
    assert elections_of(facts, "lost")["Hillary Clinton"][:3] == (
        "ocd-division/country:us", "2016", "general")


@pytest.mark.parametrize(
    ("date", "text", "winner", "loser", "division", "stage"),
    [
        # an adverb before the verb of defeat, the race named after the loser
        ("2018-11-07", "Republican Ron DeSantis narrowly defeated progressive Democrat Andrew "
         "Gillum in the race for Florida governor.", "Ron DeSantis", "Andrew Gillum",
         "ocd-division/country:us/state:fl", "general"),
        # a relative clause between the winner and the verb
        ("2014-11-20", "Kay Hagan, who toppled Elizabeth Dole in 2008, faces voters again in the "
         "North Carolina Senate race.", "Kay Hagan", "Elizabeth Dole",
         "ocd-division/country:us/state:nc", None),
        # a senator's runoff loss, the state and office taken from the title
        ("2014-12-08", "The fanny-kicking continued Saturday, when longtime Louisiana Sen. Mary "
         "Landrieu lost a runoff election to Republican Bill Cassidy.", "Bill Cassidy",
         "Mary Landrieu", "ocd-division/country:us/state:la", "runoff"),
        # the possessor of "defeat of B" won
        ("2018-07-05", "A Republican had not won 51 percent of the popular vote in a presidential "
         "election since George H. W. Bush’s 1988 defeat of Democrat Michael Dukakis.",
         "George H. W. Bush", "Michael Dukakis", "ocd-division/country:us", "general"),
    ],
)
def test_more_shapes_of_defeat(extractor: Extractor, date: str, text: str, winner: str,
                               loser: str, division: str, stage: str | None) -> None:
    facts = run(extractor, text, date)
    won, lost = elections_of(facts, "won"), elections_of(facts, "lost")
    assert set(won) == {winner} and set(lost) == {loser}
    assert won[winner][0] == lost[loser][0] == division
    if stage is not None:
        assert won[winner][2] == lost[loser][2] == stage


def test_elect_titles_and_first_to_win(extractor: Extractor) -> None:
    """"Congresswoman-elect A" won the House race the statement names; "became the first … to
    win a governor's race" is a win; "the first Democrat to win the state" is a place carried."""
    facts = run(extractor, "Congresswoman-elect Elaine Luria says her being a nuclear engineer "
                           "connected with voters in the 2nd Congressional District of Virginia. "
                           "Colorado's Jared Polis became the first openly gay man to win a "
                           "governor's race in Colorado.", "2018-11-18")
    won = elections_of(facts, "won")
    assert won["Elaine Luria"][0] == "ocd-division/country:us/state:va/cd:2"
    assert won["Jared Polis"][0] == "ocd-division/country:us/state:co"
    facts = run(extractor, "Barack Obama was the first Democrat to win the state of Virginia in "
                           "the presidential election since 1964.", "2012-11-08")
    assert not elections_of(facts, "won")


@pytest.mark.parametrize(
    ("date", "text"),
    [
        # a U.S. presidential nomination is not contested in 2018
        ("2018-11-07", "Ayanna Pressley made history again after defeating the 10-term incumbent "
         "Michael Capuano in the primary."),
        # a prospect, not a result
        ("2016-02-08", "The prospect of Donald Trump or Ted Cruz winning the GOP nomination has "
         "set many Republican leaders on edge."),
        # a state carried in a presidential election, not a race won
        ("2012-08-27", "Barack Obama and Mitt Romney have been campaigning in Virginia, which "
         "Mr. Obama won four years ago, in the presidential race."),
        # a senator of another state than the Senate race the statement names
        ("2018-11-07", "Nevada's incumbent Sen. Dean Heller was defeated and Krysten Sinema took "
         "a late lead in Arizona's Senate race."),
    ],
)
def test_no_result_for_another_year_state_or_a_prospect(extractor: Extractor, date: str,
                                                        text: str) -> None:
    facts = run(extractor, text, date)
    wrong = {(f.subject.label, f.object.label) for f in facts if f.relation in ("won", "lost")
             and ("presidential primary" in f.object.label or "Arizona" in f.object.label
                  or "Virginia" in f.object.label or "NH" in f.object.label
                  or "New Hampshire" in f.object.label)}
    assert not wrong


def test_loss_by_a_margin_to_a_quoted_label_and_a_placing_after_a_debate(
        extractor: Extractor) -> None:
    """"lost by less than one percent to “safe” Democrat B"; "came in a very close third in the
    primary" in a sentence that names a debate well away from the placing."""
    facts = run(extractor, "In what was perhaps the best-run Senate race in the country, "
                           "Republican Ed Gillespie lost by less than one percent to “safe” "
                           "Democrat Mark Warner in Virginia.", "2014-11-28")
    assert set(elections_of(facts, "won")) == {"Mark Warner"}
    assert elections_of(facts, "lost")["Ed Gillespie"][0] == "ocd-division/country:us/state:va"
    facts = run(extractor, "Amy Klobuchar came in a very close third in the New Hampshire "
                           "primary on Tuesday night, a result her campaign credits to her "
                           "strong debate performance.", "2020-02-12")
    assert elections_of(facts, "lost")["Amy Klobuchar"][0] == "ocd-division/country:us/state:nh"


def test_result_in_the_year_its_own_words_name(extractor: Extractor) -> None:
    """"A, who won the Iowa contest in 2012" in an article about the 2016 Iowa caucuses: the
    2012 Iowa contest."""
    facts = run(extractor, "The Republican candidates are campaigning across Iowa before the "
                           "Iowa caucuses. Former Pennsylvania Sen. Rick Santorum, who won the "
                           "Iowa contest in 2012, launched his first TV ad in the state on "
                           "Monday.", "2016-01-04")
    assert elections_of(facts, "won")["Rick Santorum"][:3] == (
        "ocd-division/country:us/state:ia", "2012", "primary")


def test_party_leadership_ballot(extractor: Extractor) -> None:
    """A party's vote for its leader is an election of the party's country: the new leader won,
    the one defeated lost."""
    facts = run(extractor, "Australian Prime Minister Julia Gillard wins a leadership ballot "
                           "in the Australian Labor Party, defeating Kevin Rudd.", "2012-02-27")
    won, lost = elections_of(facts, "won"), elections_of(facts, "lost")
    assert won["Julia Gillard"] == lost["Kevin Rudd"]
    assert won["Julia Gillard"][:4] == ("ocd-division/country:au", "2012", "general",
                                        "Leader of the Australian Labor Party")


def test_record_race_when_the_statement_names_none(extractor: Extractor) -> None:
    """A result whose statement has no race of its own (or the article's race of another kind)
    is of the race the people's records place them in, where the statement names its seat."""
    facts = run(extractor, "Voters in Kansas chose a new governor on Tuesday. In Kansas, Sharice "
                           "Davids, a former mixed martial arts fighter, defeated incumbent "
                           "Republican Rep. Kevin Yoder.", "2018-11-07")
    won, lost = elections_of(facts, "won"), elections_of(facts, "lost")
    assert won["Sharice Davids"][:3] == ("ocd-division/country:us/state:ks/cd:3", "2018",
                                         "general")
    assert lost["Kevin Yoder"] == won["Sharice Davids"]


def test_losers_listed_after_defeating(extractor: Extractor) -> None:
    facts = run(extractor, "Republicans flipped three Senate seats, defeating Democratic "
                           "incumbent Sens. Heidi Heitkamp, Joe Donnelly and Claire McCaskill.",
                "2018-11-07")
    lost = elections_of(facts, "lost")
    assert {p: e[0] for p, e in lost.items()} == {
        "Heidi Heitkamp": "ocd-division/country:us/state:nd",
        "Joe Donnelly": "ocd-division/country:us/state:in",
        "Claire McCaskill": "ocd-division/country:us/state:mo"}


def test_loser_race_is_the_winners_seat(extractor: Extractor) -> None:
    """A House member beaten in a Senate race lost the Senate race, not their House seat."""
    facts = run(extractor, "Rep. Beto O'Rourke spoke to supporters in El Paso, Texas, on Nov. 6, "
                           "2018, after being defeated by incumbent Republican Sen. Ted Cruz.",
                "2018-11-07")
    lost = elections_of(facts, "lost")
    assert [e[3] for p, e in lost.items() if p.endswith("Rourke")] == ["U.S. Senator from Texas"]
    assert elections_of(facts, "won")["Ted Cruz"][3] == "U.S. Senator from Texas"


def test_losing_to_clause(extractor: Extractor) -> None:
    facts = run(extractor, "Ronald Reagan first proved a serious force in the 1976 Republican "
                           "primaries (losing to Gerald Ford, but barely).", "2016-01-25")
    assert elections_of(facts, "lost")["Ronald Reagan"][1:3] == ("1976", "primary")
    assert elections_of(facts, "won")["Gerald Ford"][1:3] == ("1976", "primary")


def test_accepted_nomination_and_own_pronoun_result(extractor: Extractor) -> None:
    facts = run(extractor, "President Barack Obama, fresh off his speech Thursday night accepting "
                           "the Democratic presidential nomination, held a rally in Portsmouth.",
                "2012-09-07")
    assert elections_of(facts, "won")["Barack Obama"][:3] == ("ocd-division/country:us", "2012",
                                                              "primary")
    facts = run(extractor, "Mayor Pete Buttigieg seemed well placed after his narrow win in Iowa's "
                           "caucuses.", "2020-02-12")
    assert elections_of(facts, "won")["Pete Buttigieg"][:3] == (
        "ocd-division/country:us/state:ia", "2020", "primary")
    facts = run(extractor, "Brian Kemp thanked Donald Trump for his support in a speech accepting "
                           "his victory in the Georgia governor's primary runoff.", "2018-07-25")
    assert "Donald Trump" not in elections_of(facts, "won")
