"""Endorsements (kg.extract.endorsement) on small texts of our own."""

from __future__ import annotations

from kg.extract import Extractor
from tests.extract.small_texts import rel, run, triples


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


def test_pronoun_endorsement_and_one_party_primary(extractor: Extractor) -> None:
    facts = run(extractor, "Jane Roe won a two-man Republican primary run-off for governor of "
                           "Georgia on Tuesday, defeating John Doe. Roe's win was not the only "
                           "good news Doe heard. Later, she received an endorsement from the "
                           "former senator, Sam Nunn.", "2018-07-25")
    assert ("Jane Roe", "Republican Party", None) in triples(facts, "party")
    assert ("John Doe", "Republican Party", None) in triples(facts, "party")
    assert ("Sam Nunn", "John Doe", None) in triples(facts, "endorsement")


def test_endorsement_phrasings(extractor: Extractor) -> None:
    text = ("Rick Perry will drop out of the Republican primaries and will endorse rival "
            "candidate Newt Gingrich. State senator Dale Burns is accused of switching his "
            "support from Michele Bachmann to Ron Paul in the Republican primaries. "
            "Mike Lee, who was elected in 2010, had the support of much of the state's "
            "establishment, as well as the National Rifle Association.")
    ends = rel(extractor, text, "endorsement", "2012-01-19")
    assert {("Rick Perry", "Newt Gingrich"), ("Dale Burns", "Ron Paul")} <= ends
    assert ("National Rifle Association", "Mike Lee") in ends
