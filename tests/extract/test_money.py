"""Funding amounts (kg.extract.money) on small texts of our own."""

from __future__ import annotations

from kg.extract import Extractor
from tests.extract.small_texts import run, triples


def test_funding_amount(extractor: Extractor) -> None:
    facts = run(extractor, "Republican Laura Fenwick runs in Ohio's 12th congressional district. "
                           "The Republican National Committee has given more than $2 million to "
                           "Laura Fenwick's campaign.")
    assert ("Republican National Committee", "Laura Fenwick", 2000000.0) in triples(facts,
                                                                                    "funding")


def test_funding_to_an_organisation_and_matchup_polls(extractor: Extractor) -> None:
    facts = run(extractor, "Michael Bloomberg donated $18 million to the Democratic National "
                           "Committee. In a Fox News poll, Joe Biden leads Donald Trump 49% to "
                           "40% in a hypothetical 2020 matchup.", "2019-10-20")
    assert ("Michael Bloomberg", "Democratic National Committee",
            18000000.0) in triples(facts, "funding")
    polls = {f.subject.label: (f.value, f.object.stage if f.object else None)
             for f in facts if f.relation == "poll"}
    assert polls == {"Joe Biden": (49.0, "general"), "Donald Trump": (40.0, "general")}


def test_campaign_donor_appositive(extractor: Extractor) -> None:
    """"X, a Y campaign donor": X funds Y (no amount); a donor of no one named gives none."""
    facts = run(extractor, "Gordon Sondland, a Donald Trump campaign donor who has served as "
                           "ambassador, was recalled. Chart Westcott, a conservative donor from "
                           "Dallas, said Republicans should run scared.", "2020-02-07")
    assert {(f.subject.label, f.object.label if f.object else "") for f in facts
            if f.relation == "funding"} == {("Gordon Sondland", "Donald Trump")}
