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


def test_endorsement_descriptors_coordination_and_pronoun_subjects(extractor: Extractor) -> None:
    text = ("Vermont Senator Bernie Sanders endorses Democratic Party rival Hillary Clinton for "
            "president at a rally in New Hampshire. Endorsements are flowing, with former "
            "candidate Carly Fiorina and Sen. Mike Lee (R) of Utah coming out for Senator Ted "
            "Cruz this week. As for Jon Huntsman, he now "
            "backs Donald Trump.")
    ends = rel(extractor, text, "endorsement", "2016-07-12")
    assert {("Bernie Sanders", "Hillary Clinton"), ("Carly Fiorina", "Ted Cruz"),
            ("Mike Lee", "Ted Cruz"), ("Jon Huntsman", "Donald Trump")} <= ends


def test_endorsement_nouns_and_lists(extractor: Extractor) -> None:
    text = ("Joe Biden had the crucial endorsements of Mayor Lori Lightfoot and three members of "
            "Congress from Illinois — Representatives Bobby Rush, Danny Davis and Robin Kelly. "
            "Edward Rendell, a Biden supporter and former DNC chair, told Reuters the race was "
            "close. Tennessee Gov. Bill Haslam, Marco Rubio's latest big endorsement, spoke.")
    ends = rel(extractor, text, "endorsement", "2020-03-17")
    assert {("Lori Lightfoot", "Joe Biden"), ("Bobby Rush", "Joe Biden"),
            ("Danny Davis", "Joe Biden"), ("Robin Kelly", "Joe Biden"),
            ("Edward Rendell", "Joe Biden"), ("Bill Haslam", "Marco Rubio")} <= ends


def test_no_endorsement_when_hypothetical_denied_or_a_voter(extractor: Extractor) -> None:
    text = ("Mitt Romney has not endorsed Donald Trump. Paul Ryan would support Ted Cruz if he "
            "won the nomination. Rumors that David Koch pledged his support to Gary Johnson are "
            "untrue. Barry Nestor, a Biden supporter in Milford, New Hampshire, said he worries. "
            "Hillary Clinton accused Donald Trump of supporting Vladimir Putin. Stephanie Cutter, "
            "a deputy campaign manager for Barack Obama, spoke. Dan Sims likes Amy Klobuchar, but "
            "he is open to backing Elizabeth Warren.")
    assert rel(extractor, text, "endorsement", "2016-05-10") == set()
