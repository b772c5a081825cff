"""SHACL validation: what kg builds conforms; broken facts, evidence and elections are named."""

from __future__ import annotations

import dataclasses

import pytest
from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, Store
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.build import article_quads
from kg.iri import article_iri, entity_iri
from kg.model import Fact
from kg.validate import store_graph, validate_store
from tests.graph_sample import (
    ARTICLE_000,
    ARTICLE_001,
    FACTS_000,
    FACTS_001,
    RUNOFF,
    sample_store,
    span,
)

KG = "https://w3id.org/kg-elections/ontology#"
CONFIDENCE = NamedNode(KG + "confidence")
EVIDENCE = NamedNode(KG + "evidence")


def store_of(quads: list[Quad]) -> Store:
    store = Store()
    store.extend(quads)
    return store


def test_what_build_writes_conforms() -> None:
    report = validate_store(sample_store())
    assert report.conforms, report.violations
    assert report.violations == () and report.warnings == ()
    assert report.triples > 200


def test_broken_fact_is_reported_one_line_per_problem() -> None:
    quads = article_quads(ARTICLE_001, FACTS_001)
    poll = next(q.subject for q in quads if q.object == Literal("poll"))
    won = next(q.subject for q in quads if q.object == Literal("won"))
    broken = [
        Quad(q.subject, q.predicate, Literal("2.0", datatype=NamedNode(
            "http://www.w3.org/2001/XMLSchema#decimal")), q.graph_name)
        if q.subject == poll and q.predicate == CONFIDENCE else q
        for q in quads
        if not (q.subject == won and q.predicate == EVIDENCE)
    ]
    report = validate_store(store_of(broken))
    assert not report.conforms
    assert f"fact <{poll.value}>: kg:confidence 2 is not ≤ 1 (ConfidenceShape)" in report.violations
    assert (f"fact <{won.value}>: kg:evidence is missing (needs at least 1) (FactEvidenceShape)"
            in report.violations)
    assert len(report.violations) == 2


def test_bad_election_and_evidence_are_reported() -> None:
    bad_election = dataclasses.replace(RUNOFF, division="us/ga/cd-6", stage="special")
    ev = span(ARTICLE_000, "KAREN HANDEL FOR CONGRESS.")
    quads = article_quads(ARTICLE_000, [Fact("candidacy", FACTS_000[0].subject, bad_election,
                                             (ev,), 0.9, "test.v1")])
    start = NamedNode("http://www.w3.org/ns/oa#start")
    quads = [Quad(q.subject, q.predicate, Literal("x"), q.graph_name) if q.predicate == start
             else q for q in quads]
    report = validate_store(store_of(quads))
    election = f"election <{entity_iri(bad_election)}>"
    lines = "\n".join(report.violations)
    assert f'{election}: kg:division "us/ga/cd-6" does not match' in lines
    assert f'{election}: kg:stage "special" is not one of "primary", "general", "runoff"' in lines
    assert 'oa:start "x" is not an xsd:integer (StartShape)' in lines


def test_missing_stage_of_a_round_is_a_warning_only() -> None:
    """A round (a dated vote) should know its stage; its contest spans rounds and need not."""
    unstaged = dataclasses.replace(RUNOFF, stage=None)
    fact = dataclasses.replace(FACTS_000[0], object=unstaged)
    report = validate_store(store_of(article_quads(ARTICLE_000, [fact])))
    assert report.conforms
    assert report.warnings == (
        f"election round <{entity_iri(unstaged)}>: kg:stage is missing (needs at least 1) "
        "(StageGivenShape)",)


def test_one_graph_can_be_validated_alone() -> None:
    store = sample_store()
    store.add(Quad(NamedNode("https://example.org/f"), NamedNode(
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), NamedNode(KG + "Fact"),
        NamedNode("https://example.org/other-graph")))
    assert not validate_store(store).conforms
    report = validate_store(store, graph=article_iri(ARTICLE_000))
    assert report.conforms
    assert report.triples < validate_store(sample_store()).triples


def test_store_graph_equals_the_parsed_dump() -> None:
    store = sample_store()
    union = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
                        use_default_graph_as_union=True)
    parsed = Graph().parse(data=union.serialize(format=RdfFormat.N_TRIPLES), format="nt")
    assert isomorphic(store_graph(store), parsed)


@pytest.mark.parametrize("article", [ARTICLE_000, ARTICLE_001])
def test_each_article_graph_conforms(article) -> None:
    report = validate_store(sample_store(), graph=article_iri(article))
    assert report.conforms, report.violations
