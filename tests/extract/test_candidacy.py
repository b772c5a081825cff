"""Who runs in which contest (kg.extract.candidacy) on small texts of our own."""

from __future__ import annotations

from kg.extract import Extractor
from tests.extract.small_texts import elections_of, rel, run


def test_dead_heat_in_a_named_contest_is_a_candidacy(extractor: Extractor) -> None:
    facts = run(extractor, "Ahead of the Iowa caucus, Donald Trump is locked in a dead heat with "
                           "Texas Sen. Ted Cruz.", "2016-01-19")
    cand = elections_of(facts, "candidacy")
    assert cand["Ted Cruz"][:3] == ("ocd-division/country:us/state:ia", "2016", "primary")
    assert "Donald Trump" in cand


def test_rivals_leading_in_a_named_contest(extractor: Extractor) -> None:
    text = ("Voters in Ohio go to the polls in the Democratic primary. The Republican contest "
            "is too close to call as John Kasich leads Ted Cruz by 0.3 percent.")
    cands = rel(extractor, text, "candidacy", "2016-03-15")
    assert {("John Kasich", "2016 presidential primary in Ohio"),
            ("Ted Cruz", "2016 presidential primary in Ohio")} <= cands
    parties = rel(extractor, text, "party", "2016-03-15")
    assert ("Ted Cruz", "Republican Party") in parties


def test_gubernatorial_candidate_with_the_state_elsewhere_and_certified_winner(
        extractor: Extractor) -> None:
    text = ("Saying “the count failed Florida,” Democratic gubernatorial candidate Andrew Gillum "
            "said Saturday he will not stand in the way of officials certifying Ron DeSantis, "
            "the Republican, as the winner.")
    cands = rel(extractor, text, "candidacy", "2018-11-17")
    assert ("Andrew Gillum", "2018 Florida gubernatorial election") in cands
    assert ("Ron DeSantis", "2018 Florida gubernatorial election") in rel(
        extractor, text, "won", "2018-11-17")
