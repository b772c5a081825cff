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


def test_endorsement_appositions_asides_and_backed_adjectives(extractor: Extractor) -> None:
    text = ("Sen. Chris Murphy of Connecticut, a Clinton backer, said his preference would be for "
            "Sanders to take a hard look. The comments matter because Harry Reid -- who backs "
            "Clinton -- has avoided criticizing Sanders. Illinois Gov. J.B. Pritzker on Monday — "
            "who was a major Hillary Clinton backer in 2016 — also endorsed Joe Biden for "
            "president. Gov. Andrew Cuomo won his primary. Rounding out the day's key races, "
            "Cuomo-backed New York City Public "
            "Advocate Letitia James won a four-way Democratic primary for attorney general. "
            "Her race received attention after the pop star Taylor Swift, who previously avoided "
            "politics, endorsed Marsha Blackburn’s opponent, the Democratic former governor Phil "
            "Bredesen. In Michigan, Abdul El-Sayed, whom Bernie Sanders campaigned for last "
            "weekend, was easily defeated.")
    ends = rel(extractor, text, "endorsement", "2020-03-17")
    assert {("Chris Murphy", "Hillary Clinton"), ("Harry Reid", "Hillary Clinton"),
            ("J.B. Pritzker", "Joe Biden"), ("Andrew Cuomo", "Letitia James"),
            ("Taylor Swift", "Phil Bredesen"), ("Bernie Sanders", "Abdul El-Sayed")} <= ends
    assert ("Hillary Clinton", "Joe Biden") not in ends
    assert ("Taylor Swift", "Marsha Blackburn") not in ends


def test_no_endorsement_for_poll_shares_conditions_or_an_object(extractor: Extractor) -> None:
    text = ("Those under age 45 are almost equally likely to back Hillary Clinton (42 percent) as "
            "they are to back Donald Trump (39 percent). In the poll, 48% said they would support "
            "Mitt Romney and an identical number backed Barack Obama. Bernie Sanders has said "
            "that he is going to campaign for Joe Biden if that is who it is. Teresa Tomlinson "
            "lost. Hours later, she congratulated Jon Ossoff and called on her supporters to vote "
            "for him.")
    ends = rel(extractor, text, "endorsement", "2020-06-10")
    assert not {("Hillary Clinton", "Donald Trump"), ("Mitt Romney", "Barack Obama"),
                ("Bernie Sanders", "Joe Biden"), ("Jon Ossoff", "Teresa Tomlinson")} & ends


def test_endorsement_by_super_pacs_and_rallying(extractor: Extractor) -> None:
    text = ("Keep the Promise, a super PAC supporting Ted Cruz, launched its own ad in Iowa. "
            "A super PAC backing Elizabeth Warren, called Persist PAC, filed with the FEC last "
            "week. Several celebrities including comedian Sarah Silverman and actress Eva "
            "Longoria also rallied to Hillary Clinton’s defense.")
    ends = rel(extractor, text, "endorsement", "2016-07-25")
    assert {("Keep the Promise", "Ted Cruz"), ("Persist PAC", "Elizabeth Warren"),
            ("Sarah Silverman", "Hillary Clinton"), ("Eva Longoria", "Hillary Clinton")} <= ends
