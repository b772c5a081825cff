"""Poll shares and pollsters (kg.extract.polls) on small texts of our own."""

from __future__ import annotations

from kg.extract import Extractor
from kg.model import Article
from tests.extract.small_texts import run


def test_poll_with_pollster_and_shares(extractor: Extractor) -> None:
    facts = run(extractor, "A Quinnipiac University poll shows a close presidential race, with "
                           "Clinton at 46 percent and Trump at 44 percent. Hillary Clinton and "
                           "Donald Trump are the nominees.", "2016-09-01")
    polls = {(f.subject.label, f.value) for f in facts if f.relation == "poll"}
    assert polls == {("Hillary Clinton", 46.0), ("Donald Trump", 44.0)}
    pollster = [f.attribute("pollster") for f in facts if f.relation == "poll"][0]
    assert getattr(pollster, "label", "").startswith("Quinnipiac University")


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


def test_caucus_poll_is_of_the_state_contest(extractor: Extractor) -> None:
    """A poll of one state's caucus-goers in a story about the nomination race is a fact
    about that state's contest; "to B' 42 percent" is B's share."""
    text = ("The 2016 presidential contenders urge their Iowa supporters to get to the "
            "caucuses Monday. "
            "Ted Cruz and Marco Rubio campaigned in Iowa on Saturday. "
            "In the last major preference poll before the caucuses, Donald Trump had the "
            "support of 28 percent of likely Republican caucus-goers, with Ted Cruz at 23 "
            "percent. The Iowa Poll also found Hillary Clinton with 45 percent support to "
            "Bernie Sanders' 42 percent in the Democratic race.")
    facts = extractor.extract(Article(text=text, document="t.txt", origin="t.txt",
                                      date="2016-01-31"))
    polls = {(f.subject.label, f.object.division if f.object else "", f.value) for f in facts
             if f.relation == "poll"}
    iowa = "ocd-division/country:us/state:ia"
    assert {("Donald Trump", iowa, 28.0), ("Ted Cruz", iowa, 23.0),
            ("Hillary Clinton", iowa, 45.0), ("Bernie Sanders", iowa, 42.0)} <= polls


def test_lead_over_the_rival_named_before_and_subgroups(extractor: Extractor) -> None:
    """The second figure of a lead is the rival the statement before named; a pollster's
    name ("New York Times") names no state; a sub-group's share is no poll value."""
    text = ("Among the bright spots for Democrats is the U.S. Senate race in Florida, where "
            "Sen. Bill Nelson is "
            "widening his lead in polls over Republican Rep. Connie Mack. Mr. Nelson leads by "
            "9 points, 50 percent to 41 percent, in the latest CBS/New York Times/Quinnipiac "
            "University poll. Among women, Nelson had 58% to Mack's 35%.")
    facts = extractor.extract(Article(text=text, document="t.txt", origin="t.txt",
                                      date="2012-08-27"))
    polls = {(f.subject.label, f.object.label if f.object else "", f.value) for f in facts
             if f.relation == "poll"}
    florida = "2012 United States Senate election in Florida"
    assert polls == {("Bill Nelson", florida, 50.0), ("Connie Mack", florida, 41.0)}


def test_named_poll_leads_and_ties_without_shares(extractor: Extractor) -> None:
    """A lead or tie a named pollster reports without figures: a poll fact without value."""
    text = ("Claire McCaskill faces Todd Akin in Missouri's race for the U.S. Senate. "
            "Mrs. McCaskill is leading by 9 points in the latest Post-Dispatch/Mason-Dixon "
            "poll, after trailing Mr. Akin earlier.")
    facts = extractor.extract(Article(text=text, document="t.txt", origin="t.txt",
                                      date="2012-08-27"))
    polls = {(f.subject.label, f.value) for f in facts if f.relation == "poll"}
    assert polls == {("Claire McCaskill", None)}
