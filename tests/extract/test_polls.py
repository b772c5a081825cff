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
