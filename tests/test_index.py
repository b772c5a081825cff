"""The query index (kg.index): derived from each article graph alone, written and replaced with
it, right in copies, and looked up by keys the named queries compute the same way in SPARQL."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from kg.build import article_quads
from kg.index import INDEX_BASE, index_graph, index_quads, is_index_graph, search_key
from kg.iri import BASE, article_iri
from kg.model import Article, Entity, Fact
from kg.namespace import KG, ONTOLOGY_FILE
from kg.query import named_query, run_query, term_text
from kg.store import ArticleGraph, add_missing_indexes, replace, write_new
from tests.graph_sample import ARTICLE_000, SAMPLE, span

KEY_BIND = re.compile(r"^\s*(BIND\(COALESCE\(IF\(isIRI\(\?(\w+)\).*AS \?key\))$", re.MULTILINE)
VALUES = ["Karen Handel", "Handel", "Karen Handel's", "cd:6", "ga/cd:6", "!!!", "", "  x  ",
          "José  Núñez!", "000_3b53e3438b27af4f.txt", "https://w3id.org/kg-elections/person/Q1",
          "<https://x.org/a>", "a\nb c", "ΣΊΣΥΦΟΣ ß", "½ 五 ٣", "école", "e\u0301cole", "C++ 2.0"]

TRUMP = Entity(type="Person", label="Donald Trump", wikidata="Q22686")
ELECTION = Entity(type="Election", label="2016 United States presidential election",
                  division="ocd-division/country:us", date="2016-11-08", stage="general")
REPUBLICANS = Entity(type="Party", label="Republican Party", wikidata="Q29468")
DEMOCRATS = Entity(type="Party", label="Democratic Party", wikidata="Q29552")
TEXAS_DEMOCRATS = Entity(type="Party", label="Texas Democratic Party")


def graph_of(article: Article, facts: list[Fact]) -> ArticleGraph:
    return ArticleGraph(article_iri(article), article.content_hash, article_quads(article, facts))


def said(document: str, *claims: tuple[str, Entity, Entity]) -> ArticleGraph:
    """An article whose sentences each state one (relation, subject, object) fact."""
    sentences = [f"{s.label} {relation} {o.label} ({i})." for i, (relation, s, o) in
                 enumerate(claims)]
    article = Article(text=" ".join(sentences), document=document, origin=document,
                      date="2016-11-09")
    facts = [Fact(relation, s, o, (span(article, sentence),), 0.9, "test.v1")
             for (relation, s, o), sentence in zip(claims, sentences, strict=True)]
    return graph_of(article, facts)


def select(store: ox.Store, query: str, **params: str) -> list[dict[str, str]]:
    result = run_query(store, named_query(query).text, params=params)
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return [{n: term_text(s[n]) for n in names} for s in result]


def test_every_query_computes_keys_as_python_does() -> None:
    store = ox.Store()
    bindings = {KEY_BIND.search(named_query(q).text) for q in
                ("fact-sources", "candidates", "article-facts", "polls")}
    assert None not in bindings
    for match in bindings:
        assert match is not None
        sparql = f"SELECT ?key ?{match.group(2)} WHERE {{ {match.group(1)} }}"
        for value in VALUES:
            row = next(iter(run_query(store, sparql, params={match.group(2): value})))
            assert term_text(row["key"]) == search_key(value), value
        assert term_text(next(iter(run_query(store, sparql)))["key"]) == ""


def test_index_terms_are_in_the_ontology() -> None:
    ontology = Graph().parse(ONTOLOGY_FILE, format="turtle")
    quads = [q for article, facts in SAMPLE for q in index_quads(article_quads(article, facts))]
    used = {q.predicate.value for q in quads}
    assert len(used) >= 10
    for predicate in used:
        name = predicate.removeprefix(str(KG._NS))
        assert (KG[name], None, None) in ontology, predicate


def test_index_is_a_function_of_the_article_graph_alone() -> None:
    for article, facts in SAMPLE:
        quads = article_quads(article, facts)
        index = index_quads(quads)
        assert set(index) == set(index_quads(list(reversed(quads))))
        graph = {q.graph_name.value for q in index}
        assert graph == {index_graph(article_iri(article))} and all(map(is_index_graph, graph))
        nodes = {t.value for q in index for t in (q.subject, q.object)
                 if isinstance(t, ox.NamedNode)}
        # Only the article, its facts and entities, and shared index nodes: nothing of others.
        assert all(n.startswith((BASE, "http")) for n in nodes)
    assert index_quads([]) == []
    other = ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"),
                    ox.Literal("o"), ox.NamedNode("http://example.org/g"))
    assert index_quads([other]) == []  # no kg:Article, no index


def test_index_is_written_replaced_and_left_alone_with_its_article(tmp_path: Path) -> None:
    store = ox.Store(str(tmp_path / "store"))
    first = said("a.txt", ("won", TRUMP, ELECTION))
    write_new(store, [first])
    index = ox.NamedNode(index_graph(first.iri))
    assert set(store.quads_for_pattern(None, None, None, index)) == set(index_quads(first.quads))
    assert {r["subject"] for r in select(store, "fact-sources", name="Trump")} == {"Donald Trump"}
    changed = said("a.txt", ("lost", Entity(type="Person", label="Mike Pence"), ELECTION))
    assert changed.iri == first.iri
    replace(store, changed)
    assert set(store.quads_for_pattern(None, None, None, index)) == set(index_quads(changed.quads))
    assert select(store, "fact-sources", name="Trump") == []
    assert {r["subject"] for r in select(store, "fact-sources", name="Pence")} == {"Mike Pence"}
    before = set(store)
    replace(store, changed)  # the same version again changes nothing
    assert set(store) == before
    assert not any(g.value.endswith("#staging") for g in store.named_graphs())


def test_missing_indexes_are_added_to_an_older_store() -> None:
    store = ox.Store()
    graphs = [said("a.txt", ("won", TRUMP, ELECTION)), said("b.txt", ("lost", TRUMP, ELECTION))]
    store.extend(q for g in graphs for q in g.quads)  # as kg wrote them before the index
    assert add_missing_indexes(store, [g.iri for g in graphs]) == 2
    assert add_missing_indexes(store, [g.iri for g in graphs]) == 0
    assert len(select(store, "contradictions")) == 1


def test_renamed_copies_keep_the_index_right() -> None:
    """As benchmarks/queries.py grows a store: the N-Quads dump loaded again under renamed
    article and fact IRIs counts every copy as an article of its own."""
    store = ox.Store()
    write_new(store, [graph_of(article, facts) for article, facts in SAMPLE])
    data = store.dump(format=ox.RdfFormat.N_QUADS) or b""
    before_copy = select(store, "article-facts", article=ARTICLE_000.document)
    counts = {(r["person"], r["partyLabel"]): int(r["articles"]) for r in
              select(store, "parties")}
    for prefix in (f"<{BASE}article/".encode(), f"<{BASE}fact/".encode()):
        data = data.replace(prefix, prefix + b"copy1-")
    assert INDEX_BASE.encode() in data
    store.load(data, format=ox.RdfFormat.N_QUADS)
    grown = {(r["person"], r["partyLabel"]): int(r["articles"]) for r in select(store, "parties")}
    assert counts and grown == {k: 2 * n for k, n in counts.items()}
    assert before_copy and len(select(store, "article-facts", article=ARTICLE_000.document)) == (
        2 * len(before_copy))


@pytest.fixture
def disputed() -> ox.Store:
    store = ox.Store()
    write_new(store, [
        said("a.txt", ("won", TRUMP, ELECTION), ("party", TRUMP, REPUBLICANS)),
        said("b.txt", ("won", TRUMP, ELECTION), ("party", TRUMP, REPUBLICANS)),
        said("c.txt", ("lost", TRUMP, ELECTION), ("party", TRUMP, DEMOCRATS)),
        # One article contradicting itself is not two sources.
        said("d.txt", ("won", DEMOCRATS, ELECTION), ("lost", DEMOCRATS, ELECTION)),
        # A state party is part of the national one.
        said("e.txt", ("party", DEMOCRATS, TEXAS_DEMOCRATS)),
        said("f.txt", ("party", DEMOCRATS, DEMOCRATS)),
    ])
    return store


def test_contradictions_are_real_conflicts_ranked_with_evidence(disputed: ox.Store) -> None:
    rows = select(disputed, "contradictions")
    assert [(r["kind"], r["person"], r["claimA"], r["sourcesA"], r["claimB"], r["sourcesB"])
            for r in rows] == [
        ("party", "Donald Trump", "Republican Party", "2", "Democratic Party", "1"),
        ("result", "Donald Trump", "won", "2", "lost", "1"),
    ]
    result = rows[1]
    assert result["about"].startswith("2016 United States")
    assert result["sentenceA"].startswith("Donald Trump won") and result["documentA"] in (
        "a.txt", "b.txt")
    assert result["sentenceB"].startswith("Donald Trump lost") and result["documentB"] == "c.txt"
    assert select(disputed, "contradictions", name="Trump") == [
        {**r, "name": "Trump"} for r in rows]
    assert select(disputed, "contradictions", name="Pence") == []
