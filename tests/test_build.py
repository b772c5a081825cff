"""article_quads writes the RDF vocabulary.md describes, deterministically, with real evidence."""

from __future__ import annotations

import dataclasses

import pytest
from pyoxigraph import Literal, NamedNode, Store

from kg.build import article_quads, date_literal, decimal_literal, url_node
from kg.iri import article_iri, entity_iri
from kg.model import Article, Evidence, Fact, SourceLink
from tests.graph_sample import ARTICLE_000, ARTICLE_001, FACTS_000, FACTS_001, HANDEL, RUNOFF, span

PREFIXES = """
PREFIX kg: <https://w3id.org/kg-elections/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


@pytest.fixture(scope="module")
def store() -> Store:
    s = Store()
    s.extend(article_quads(ARTICLE_000, FACTS_000))
    return s


def ask(store: Store, pattern: str) -> bool:
    graph = article_iri(ARTICLE_000)
    return bool(store.query(f"{PREFIXES} ASK {{ GRAPH <{graph}> {{ {pattern} }} }}"))


def test_every_quad_is_in_the_article_graph() -> None:
    quads = article_quads(ARTICLE_000, FACTS_000)
    assert {q.graph_name for q in quads} == {NamedNode(article_iri(ARTICLE_000))}
    assert len(quads) == len(set(quads))


def test_same_input_gives_same_quads() -> None:
    assert article_quads(ARTICLE_001, FACTS_001) == article_quads(ARTICLE_001, list(FACTS_001))


def test_article_node(store: Store) -> None:
    a = f"<{article_iri(ARTICLE_000)}>"
    assert ask(store, f"""{a} a kg:Article ; kg:document "000_3b53e3438b27af4f.txt" ;
        kg:contentHash "{ARTICLE_000.content_hash}" ; kg:format "text" ;
        schema:datePublished "2017-06-20"^^xsd:date ; schema:publisher "Breitbart News" ;
        schema:url <{ARTICLE_000.url}> ; schema:headline ?h ; kg:text ?t .
        FILTER(STRSTARTS(?t, " date 2017-06-20 The polls have closed"))""")


def test_entities_carry_labels_aliases_and_election_fields(store: Store) -> None:
    assert ask(store, f"""<{entity_iri(HANDEL)}> a kg:Person ; rdfs:label "Karen Handel" ;
        skos:altLabel "Handel", "KAREN HANDEL" ; kg:wikidata "Q6369678" ;
        schema:sameAs wd:Q6369678 .""")
    assert ask(store, """?p rdfs:label "Jon Ossoff" ; kg:mergeReason ?why .
        FILTER(CONTAINS(?why, "surname"))""")
    assert ask(store, f"""<{entity_iri(RUNOFF)}> a kg:Election ;
        kg:division "ocd-division/country:us/state:ga/cd:6" ; kg:electionDate "2017-06-20" ;
        kg:stage "runoff" ; kg:special true ; kg:officeContested ?office ;
        wdt:P541 ?office ; kg:officeLabel ?label .
        ?office a kg:Office ; rdfs:label ?label .""")


def test_fact_nodes_with_evidence_and_shortcuts(store: Store) -> None:
    article = f"<{article_iri(ARTICLE_000)}>"
    count = f"{PREFIXES} SELECT (COUNT(?f) AS ?n) WHERE {{ GRAPH ?g {{ ?f a kg:Fact }} }}"
    assert next(iter(store.query(count)))["n"] == Literal(len(FACTS_000))
    assert ask(store, f"""?f a kg:Fact, kg:Endorsement ; kg:relation "endorsement" ;
        kg:subject ?trump ; kg:object ?handel ; kg:confidence 0.85 ; kg:extractor "test.v1" ;
        prov:wasDerivedFrom {article} ; kg:date "2017-06-20" ; kg:election ?election ;
        kg:evidence ?ev1, ?ev2 . FILTER(?ev1 != ?ev2)
        ?ev1 a oa:TextPositionSelector, oa:TextQuoteSelector ; oa:start ?s ; oa:end ?e ;
             oa:exact "KAREN HANDEL FOR CONGRESS." ; oa:hasSource {article} .
        ?trump kg:endorses ?handel . ?election a kg:Election .""")
    assert ask(store, "?e wdt:P726 ?p . ?p rdfs:label \"Jon Ossoff\" . ?e a kg:Election .")
    assert ask(store, "?p wdt:P102 ?party . ?party a kg:Party ; rdfs:label \"Democratic Party\" .")
    assert ask(store, "?p wdt:P39 ?o . ?o a kg:Office .")
    assert ask(store, """?q a kg:Quote ; kg:value ?v ; kg:where "interview with Breitbart News" .
        FILTER NOT EXISTS { ?q kg:object ?o }""")


def test_numeric_values_are_decimals() -> None:
    s = Store()
    s.extend(article_quads(ARTICLE_001, FACTS_001))
    assert bool(s.query(f"""{PREFIXES} ASK {{ GRAPH ?g {{
        ?f a kg:PollResult ; kg:value 49.0 ; kg:pollster ?rcp .
        ?rcp a kg:Organization ; rdfs:label "Real Clear Politics" .
        ?w a kg:Win ; kg:value ?v . FILTER(datatype(?v) = xsd:decimal && ?v = 62)
        ?e wdt:P991 ?price . ?m kg:funds ?ossoff . }} }}"""))


def test_evidence_that_is_not_the_article_text_is_an_error() -> None:
    bad = Evidence(start=17, end=30, text="something else")
    fact = Fact("candidacy", HANDEL, RUNOFF, (bad,), 0.9, "test.v1")
    with pytest.raises(ValueError, match=r"evidence \[17:30\]"):
        article_quads(ARTICLE_000, [fact])


def test_fact_without_evidence_or_with_unknown_relation_is_an_error() -> None:
    with pytest.raises(ValueError, match="no evidence"):
        article_quads(ARTICLE_000, [Fact("candidacy", HANDEL, RUNOFF, (), 0.9, "test.v1")])
    ev = span(ARTICLE_000, "KAREN HANDEL FOR CONGRESS.")
    with pytest.raises(ValueError, match="unknown relation"):
        article_quads(ARTICLE_000, [Fact("likes", HANDEL, RUNOFF, (ev,), 0.9, "test.v1")])
    with pytest.raises(ValueError, match="attribute 'mood'"):
        article_quads(ARTICLE_000, [Fact("candidacy", HANDEL, RUNOFF, (ev,), 0.9, "test.v1",
                                         attributes=(("mood", "sunny"),))])


def test_article_without_url_is_named_by_document_and_cites_sources() -> None:
    article = Article(text="Ossoff runs.", document="x.txt", origin="x.txt",
                      sources=(SourceLink("https://example.org/a b", "Example"),),
                      topics=("Jon Ossoff",))
    s = Store()
    s.extend(article_quads(article, []))
    assert bool(s.query(f"""{PREFIXES} ASK {{ GRAPH <{article_iri(article)}> {{
        ?a kg:citesSource <https://example.org/a%20b> ; kg:topic "Jon Ossoff" .
        <https://example.org/a%20b> rdfs:label "Example" .
        FILTER NOT EXISTS {{ ?a schema:url ?u }} }} }}"""))


def test_literal_forms() -> None:
    assert decimal_literal(1e-05).value == "0.00001"
    assert decimal_literal(2000000.0).value == "2000000.0"
    assert decimal_literal(0.93).value == "0.93"
    assert date_literal("2017").datatype.value.endswith("#gYear")
    assert date_literal("June 2017").datatype.value.endswith("#string")
    assert url_node("http://x.org/ü q").value == "http://x.org/%C3%BC%20q"
    with pytest.raises(ValueError):
        decimal_literal(float("nan"))


def test_changed_entity_changes_quads() -> None:
    moved = dataclasses.replace(FACTS_000[0], confidence=0.5)
    assert article_quads(ARTICLE_000, [moved]) != article_quads(ARTICLE_000, FACTS_000[:1])


def test_two_facts_on_one_fact_node_keep_the_more_confident() -> None:
    """Two readings of one statement that map to the same fact node (same relation, subject,
    object node and evidence) would give it two confidences, which kg validate rejects."""
    fact = FACTS_000[0]
    weaker = dataclasses.replace(fact, confidence=round(fact.confidence / 2, 3),
                                 extractor="kg.extract.other")
    s = Store()
    s.extend(article_quads(ARTICLE_000, [weaker, fact]))
    rows = list(s.query(f"""{PREFIXES} SELECT ?c ?x WHERE {{ GRAPH ?g {{
        ?f kg:confidence ?c ; kg:extractor ?x ; kg:relation "{fact.relation}" }} }}"""))
    assert [(float(r["c"].value), r["x"].value) for r in rows] == [
        (fact.confidence, fact.extractor)]
