"""SPARQL: named queries parse, parameters are bound safely, errors are one line."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.errors import QueryError, UnknownQueryError
from kg.query import format_result, named_queries, named_query, run_query

LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
G = ox.NamedNode("http://example.org/g")


@pytest.fixture
def store() -> ox.Store:
    s = ox.Store()
    s.add(ox.Quad(ox.NamedNode("http://example.org/a"), LABEL, ox.Literal("Karen Handel"), G))
    s.add(ox.Quad(ox.NamedNode("http://example.org/b"), LABEL, ox.Literal('Evil"} DROP ALL'), G))
    return s


def test_every_named_query_has_a_header_and_runs(store: ox.Store) -> None:
    queries = named_queries()
    assert len(queries) >= 8
    for q in queries:
        assert q.summary and q.example.startswith(f"kg query {q.name}"), q.name
        assert q.parameters, q.name
        list(run_query(store, q.text))  # type: ignore[arg-type]
        param = q.parameters[0].split()[0]
        list(run_query(store, q.text, params={param: "x"}))  # type: ignore[arg-type]


@pytest.mark.parametrize("hostile", ['Evil"} DROP ALL', "} UNION { ?s ?p ?o", "<http://x>", "'"])
def test_parameters_are_bound_not_pasted(store: ox.Store, hostile: str) -> None:
    sparql = "SELECT ?s ?name WHERE { ?s rdfs:label ?l FILTER(?l = STR(?name)) }"
    rows = list(run_query(store, sparql, params={"name": hostile}))  # type: ignore[arg-type]
    expected = 1 if hostile == 'Evil"} DROP ALL' else 0
    assert len(rows) == expected
    assert len(store) == 2


def test_syntax_error_names_line_and_column(store: ox.Store) -> None:
    with pytest.raises(QueryError, match=r"error at 2:\d+"):
        run_query(store, "SELECT *\nWHERE { ?s ?p }")


def test_unknown_named_query_lists_known_ones() -> None:
    with pytest.raises(UnknownQueryError, match="candidates"):
        named_query("no-such-query")


def test_formats(store: ox.Store) -> None:
    sparql = "SELECT ?l WHERE { ?s rdfs:label ?l } ORDER BY ?l"
    table = format_result(run_query(store, sparql), "table").decode()
    assert "Karen Handel" in table and "(2 rows)" in table
    csv = format_result(run_query(store, sparql), "csv").decode()
    assert csv.splitlines()[0] == "l"
    ask = format_result(run_query(store, "ASK { ?s rdfs:label 'Karen Handel' }"), "table")
    assert ask == b"true\n"
    nt = format_result(run_query(store, "CONSTRUCT WHERE { ?s rdfs:label ?l }"), "nt")
    assert len(nt.decode().splitlines()) == 2
    with pytest.raises(QueryError):
        format_result(run_query(store, sparql), "ttl")
