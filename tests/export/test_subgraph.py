"""build_graph reads entities and facts from the store and selects the subsets the CLI offers."""

from __future__ import annotations

import networkx as nx
import pyoxigraph as ox
import pytest

from kg.errors import ExportError
from kg.export.subgraph import Subset, build_graph, count_facts
from kg.iri import article_iri, entity_iri
from tests.export_data import sample_store
from tests.graph_sample import (
    ARTICLE_000,
    DNC,
    HANDEL,
    OSSOFF,
    PELOSI,
    PRICE,
    RCP,
    RUNOFF,
    TRUMP,
)


@pytest.fixture(scope="module")
def store() -> ox.Store:
    return sample_store()


@pytest.fixture(scope="module")
def whole(store: ox.Store) -> nx.MultiDiGraph:
    return build_graph(store)


def test_nodes_are_entities_with_their_attributes(whole: nx.MultiDiGraph) -> None:
    handel = whole.nodes[entity_iri(HANDEL)]
    assert handel["label"] == "Karen Handel"
    assert handel["type"] == "Person"
    assert handel["wikidata"] == "Q6369678"
    assert set(handel["aliases"]) == {"Handel", "KAREN HANDEL"}
    runoff = whole.nodes[entity_iri(RUNOFF)]
    assert (runoff["type"], runoff["date"], runoff["stage"]) == ("Election", "2017-06-20",
                                                                 "runoff")
    # A pollster is an entity without facts of its own: the whole graph keeps it.
    assert whole.degree(entity_iri(RCP)) == 0


def test_edges_are_facts_with_evidence_and_article(store: ox.Store,
                                                   whole: nx.MultiDiGraph) -> None:
    # 11 facts have an object; the quote has none and is not an edge.
    assert whole.number_of_edges() == 10 == count_facts(store)
    edges = whole.get_edge_data(entity_iri(TRUMP), entity_iri(HANDEL))
    (data,) = edges.values()
    assert data["relation"] == "endorsement"
    assert data["confidence"] == pytest.approx(0.85)
    assert data["evidence"][1] == "KAREN HANDEL FOR CONGRESS."
    assert data["title"] == ARTICLE_000.title
    assert data["date"] == "2017-06-20"
    assert data["url"] == ARTICLE_000.url
    assert data["document"] == ARTICLE_000.document
    assert data["article"] == article_iri(ARTICLE_000)
    assert data["election"] == entity_iri(RUNOFF)
    # The same candidacy stated by both articles is two facts, two parallel edges.
    assert len(whole.get_edge_data(entity_iri(OSSOFF), entity_iri(RUNOFF))) == 2


def test_progress_reports_every_fact(store: ox.Store) -> None:
    seen: list[int] = []
    build_graph(store, on_fact=seen.append)
    assert sum(seen) == 10


def test_entity_neighbourhood(store: ox.Store) -> None:
    one = build_graph(store, Subset(entities=("Nancy Pelosi",), hops=1))
    assert set(one) == {entity_iri(PELOSI), entity_iri(OSSOFF)}
    two = build_graph(store, Subset(entities=("pelosi",), hops=2))
    assert entity_iri(DNC) in two and entity_iri(RUNOFF) in two
    assert entity_iri(PRICE) not in two
    # Induced: every fact among the chosen nodes comes along.
    assert two.number_of_edges() == sum(
        1 for u, v in build_graph(store).edges() if u in two and v in two)


def test_entity_by_qid_and_alias(store: ox.Store) -> None:
    assert entity_iri(HANDEL) in build_graph(store, Subset(entities=("Q6369678",), hops=0))
    assert set(build_graph(store, Subset(entities=("KAREN HANDEL",), hops=0))) == {
        entity_iri(HANDEL)}


def test_election_subset_includes_facts_naming_it(store: ox.Store) -> None:
    graph = build_graph(store, Subset(elections=("vote of 2017-06-20",)))
    # Trump is no neighbour of the runoff, but his endorsement names it as its election.
    assert {entity_iri(e) for e in (RUNOFF, OSSOFF, HANDEL, TRUMP)} <= set(graph)
    assert entity_iri(PELOSI) not in graph
    with pytest.raises(ExportError, match="no election named 'Karen Handel'"):
        build_graph(store, Subset(elections=("Karen Handel",)))


def test_relation_and_date_filters(store: ox.Store) -> None:
    funding = build_graph(store, Subset(relations=("funding",)))
    assert {d["relation"] for *_, d in funding.edges(data=True)} == {"funding"}
    assert set(funding) == {entity_iri(PELOSI), entity_iri(DNC), entity_iri(OSSOFF)}
    assert build_graph(store, Subset(since="2017-06-20", until="2017-06-20")
                       ).number_of_edges() == 10
    assert build_graph(store, Subset(since="2017-06-21")).number_of_nodes() == 0


def test_unknown_entity_is_an_export_error(store: ox.Store) -> None:
    with pytest.raises(ExportError, match="no entity named 'Nobody'"):
        build_graph(store, Subset(entities=("Nobody",)))
