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


def _rule_candidates(extractor: Extractor, text: str, date: str) -> set[tuple[str, str]]:
    """(person, pattern) for every candidacy the rules read in the text."""
    from kg.extract import candidacy
    from kg.model import Article

    analysed = extractor.analyse(Article(text=text, document="t.txt", origin="t.txt", date=date))
    assert analysed is not None
    ctx, _ = analysed
    return {(ctx.person(p).label, tag) for st in ctx.statements
            for p, _, tag in candidacy.tagged_candidacies(st)}


def test_a_race_against_someone_names_a_candidate(extractor: Extractor) -> None:
    text = ("Wisconsin governor's race: Far from a conservative Clark Kent, Scott Walker is "
            "visibly straining in the closing days of his race against Mary Burke, a wealthy "
            "former Trek Bicycle executive.")
    assert ("Mary Burke", "against") in _rule_candidates(extractor, text, "2014-10-29")


def test_a_race_of_another_year_names_no_candidate_of_this_one(extractor: Extractor) -> None:
    text = ("In the New Hampshire primary, Bernie Sanders got less than 30% of the vote on "
            "Tuesday, compared to the 60% he won in 2016 in a two-way race with Hillary "
            "Clinton.")
    assert not any(name == "Hillary Clinton" and tag == "against"
                   for name, tag in _rule_candidates(extractor, text, "2020-02-12"))


def test_an_action_names_no_rival_beyond_its_clause(extractor: Extractor) -> None:
    text = ("In the Michigan governor's race, Sander Levin ran for governor twice, and lost "
            "twice, before Carl Levin captured a Senate seat on his first try.")
    found = _rule_candidates(extractor, text, "2014-01-28")
    assert ("Carl Levin", "action_rest") not in found
