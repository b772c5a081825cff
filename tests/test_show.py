"""`kg show`: entities found by name, alias, QID or IRI, with their facts and evidence."""

from __future__ import annotations

import pytest
from pyoxigraph import Store

from kg.contests import as_stored
from kg.iri import entity_iri
from kg.show import describe_entity, find_entities, format_entity_report
from tests.graph_sample import ARTICLE_000, ARTICLE_001, HANDEL, OSSOFF, RUNOFF, sample_store


@pytest.fixture(scope="module")
def store() -> Store:
    return sample_store()


@pytest.mark.parametrize("name", ["Karen Handel", "karen handel", "HANDEL", "q6369678",
                                  entity_iri(HANDEL)])
def test_found_by_label_alias_qid_or_iri(store: Store, name: str) -> None:
    assert find_entities(store, name) == [entity_iri(HANDEL)]


def test_substring_only_when_nothing_matches_exactly(store: Store) -> None:
    georgia = find_entities(store, "georgia's 6th")
    # the 2016 election, the 2017 special election and its runoff, the seat
    assert entity_iri(RUNOFF) in georgia and len(georgia) == 4
    assert find_entities(store, "Jon") == [entity_iri(OSSOFF)]
    assert find_entities(store, "nobody at all") == []
    assert find_entities(store, "  ") == []
    assert find_entities(store, "https://example.org/not-there") == []


def test_report_has_names_merge_reasons_and_facts(store: Store) -> None:
    [report] = describe_entity(store, "Ossoff")
    assert (report.label, report.type, report.wikidata) == ("Jon Ossoff", "Person", "Q28839536")
    assert report.aliases == ("Ossoff",)
    assert report.merge_reasons == (
        "'Ossoff' → Jon Ossoff: surname of a person named earlier in the article",)
    by_relation = {(f.relation, f.role, f.subject_label) for f in report.facts}
    assert by_relation == {
        ("candidacy", "subject", "Jon Ossoff"), ("party", "subject", "Jon Ossoff"),
        ("funding", "object", "Democratic National Committee"),
        ("funding", "object", "Nancy Pelosi"),
    }
    candidacy = next(f for f in report.facts if f.relation == "candidacy")
    assert candidacy.confidence == 0.95
    assert [(s.document, s.title) for s in candidacy.sources] == [
        (ARTICLE_000.document, ARTICLE_000.title), (ARTICLE_001.document, ARTICLE_001.title)]
    assert candidacy.sources[0].url == ARTICLE_000.url


def test_election_report_carries_its_key(store: Store) -> None:
    [report] = describe_entity(store, as_stored(RUNOFF).label)
    assert dict(report.details) == {
        "division": RUNOFF.division, "date": "2017-06-20", "stage": "runoff", "special": True,
        "office": RUNOFF.office}


def test_formatted_report_is_readable(store: Store) -> None:
    [report] = describe_entity(store, "Handel")
    text = format_entity_report(report)
    lines = text.splitlines()
    assert lines[0] == "Karen Handel (Person)"
    assert "  Aliases:   Handel, KAREN HANDEL" in lines
    assert "  Facts (4):" in lines
    assert any("Donald Trump —endorsement→ Karen Handel" in line for line in lines)
    assert any("= 49 (pollster: Real Clear Politics)" in line for line in lines)
    assert "“KAREN HANDEL FOR CONGRESS.”" in text
    assert f"{ARTICLE_001.title}, 2017-06-20, {ARTICLE_001.document}:718-833" in text
