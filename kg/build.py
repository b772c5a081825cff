"""Turn one article and its facts into the quads of its named graph (docs/vocabulary.md).

On the per-article hot path: pyoxigraph terms built once at import, no rdflib graph per call.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from decimal import Decimal
from functools import cache, lru_cache
from urllib.parse import quote

from pyoxigraph import Literal, NamedNode, Quad
from rdflib import RDF, RDFS, XSD

from kg.contests import Contest, as_stored, contest_of
from kg.errors import InputError
from kg.iri import article_iri, contest_iri, entity_iri, evidence_iri, fact_iri, wikidata_iri
from kg.model import ENTITY_TYPES, Article, AttributeValue, Entity, Fact
from kg.namespace import KG, OA, PROV, SCHEMA, SKOS, WDT
from kg.schema import ATTRIBUTE_PROPERTIES, ENTITY_FIELD_PROPERTIES, Relation, relation


def _node(term: str) -> NamedNode:
    return NamedNode(str(term))


A = _node(RDF.type)
LABEL = _node(RDFS.label)
ALT_LABEL = _node(SKOS.altLabel)
SAME_AS = _node(SCHEMA.sameAs)
WAS_DERIVED_FROM = _node(PROV.wasDerivedFrom)
XSD_DECIMAL = _node(XSD.decimal)
XSD_INTEGER = _node(XSD.integer)
XSD_DATE = _node(XSD.date)
XSD_GYEAR = _node(XSD.gYear)
XSD_GYEARMONTH = _node(XSD.gYearMonth)
TRUE = Literal(True)
FALSE = Literal(False)

K_ARTICLE = _node(KG.Article)
K_FACT = _node(KG.Fact)
K_OFFICE = _node(KG.Office)
K_DOCUMENT = _node(KG.document)
K_CONTENT_HASH = _node(KG.contentHash)
K_FORMAT = _node(KG.format)
K_TEXT = _node(KG.text)
K_CITES_SOURCE = _node(KG.citesSource)
K_TOPIC = _node(KG.topic)
K_WIKIDATA = _node(ENTITY_FIELD_PROPERTIES["wikidata"])
K_MERGE_REASON = _node(KG.mergeReason)
K_DIVISION = _node(ENTITY_FIELD_PROPERTIES["division"])
K_ELECTION_DATE = _node(ENTITY_FIELD_PROPERTIES["date"])
K_STAGE = _node(ENTITY_FIELD_PROPERTIES["stage"])
K_SPECIAL = _node(ENTITY_FIELD_PROPERTIES["special"])
K_OFFICE_CONTESTED = _node(KG.officeContested)
K_OFFICE_LABEL = _node(ENTITY_FIELD_PROPERTIES["office"])
K_RELATION = _node(KG.relation)
K_SUBJECT = _node(KG.subject)
K_OBJECT = _node(KG.object)
K_VALUE = _node(KG.value)
K_CONFIDENCE = _node(KG.confidence)
K_EXTRACTOR = _node(KG.extractor)
K_EVIDENCE = _node(KG.evidence)
S_HEADLINE = _node(SCHEMA.headline)
S_DATE_PUBLISHED = _node(SCHEMA.datePublished)
S_URL = _node(SCHEMA.url)
S_SUB_EVENT = _node(SCHEMA.subEvent)
S_SUPER_EVENT = _node(SCHEMA.superEvent)
S_PUBLISHER = _node(SCHEMA.publisher)
OA_POSITION = _node(OA.TextPositionSelector)
OA_QUOTE = _node(OA.TextQuoteSelector)
OA_START = _node(OA.start)
OA_END = _node(OA.end)
OA_EXACT = _node(OA.exact)
OA_HAS_SOURCE = _node(OA.hasSource)
P541_OFFICE_CONTESTED = _node(WDT.P541)

ENTITY_CLASSES: dict[str, NamedNode] = {name: _node(KG[name]) for name in ENTITY_TYPES}


@cache
def _relation_nodes(rel: Relation) -> tuple[NamedNode, NamedNode | None]:
    """The fact class and shortcut property of a relation, as terms made once."""
    return _node(rel.fact_class), _node(rel.shortcut) if rel.shortcut is not None else None


_ATTRIBUTES = {name: _node(prop) for name, prop in ATTRIBUTE_PROPERTIES.items()}

_DATE_TYPES = (
    (re.compile(r"\d{4}-\d{2}-\d{2}"), XSD_DATE),
    (re.compile(r"\d{4}-\d{2}"), XSD_GYEARMONTH),
    (re.compile(r"\d{4}"), XSD_GYEAR),
)


def article_quads(article: Article, facts: Sequence[Fact], *,
                  content_key: str | None = None) -> list[Quad]:
    """All quads of the article's named graph: article node, entities, facts with evidence.

    Deterministic: the same article and facts give the same quads in the same order.
    `content_key` is stored as kg:contentHash (ingest passes the key of content and extractor).
    Raises ValueError for a fact that is malformed (unknown relation or attribute, no
    evidence, evidence text that is not `article.text[start:end]`): a programming error.
    """
    graph = NamedNode(article_iri(article))
    triples: dict[tuple[NamedNode, NamedNode, NamedNode | Literal], None] = {}
    add = triples.setdefault
    for triple in _article_triples(article, graph, content_key or article.content_hash):
        add(triple)
    for fact in _one_per_node(facts, graph):
        for triple in _fact_triples(fact, article, graph):
            add(triple)
    return [Quad(s, p, o, graph) for s, p, o in triples]


def _one_per_node(facts: Sequence[Fact], graph: NamedNode) -> list[Fact]:
    """One fact per fact node: two facts that differ only in what maps to the same node (an
    election read as a round in one statement and as its contest in another) would give that
    node two confidences; the more confident one stands, in the place of the first."""
    strongest: dict[str, Fact] = {}
    for fact in facts:
        obj = _entity_node(fact.object).value if fact.object is not None else None
        key = fact_iri(graph.value, fact.relation, _entity_node(fact.subject).value, obj,
                       fact.value, fact.evidence)
        if key not in strongest or fact.confidence > strongest[key].confidence:
            strongest[key] = fact
    return list(strongest.values())


Triple = tuple[NamedNode, NamedNode, NamedNode | Literal]


def _article_triples(article: Article, node: NamedNode, content_key: str) -> Iterable[Triple]:
    yield node, A, K_ARTICLE
    yield node, K_DOCUMENT, Literal(article.document)
    yield node, K_CONTENT_HASH, Literal(content_key)
    yield node, K_FORMAT, Literal(article.format)
    yield node, K_TEXT, Literal(article.text)
    if article.title:
        yield node, S_HEADLINE, Literal(article.title)
    if article.date:
        yield node, S_DATE_PUBLISHED, date_literal(article.date)
    if article.url:
        yield node, S_URL, url_node(article.url, origin=article.origin)
    if article.publisher:
        yield node, S_PUBLISHER, Literal(article.publisher)
    for link in article.sources:
        source = url_node(link.url, origin=article.origin)
        yield node, K_CITES_SOURCE, source
        if link.title:
            yield source, LABEL, Literal(link.title)
    for topic in article.topics:
        yield node, K_TOPIC, Literal(topic)


@lru_cache(maxsize=1 << 16)
def _entity_node(entity: Entity) -> NamedNode:
    """Cached: the same people and elections recur in article after article."""
    return NamedNode(entity_iri(entity))


def _entity_triples(entity: Entity, node: NamedNode) -> Iterable[Triple]:
    contest = contest_of(entity)
    if contest is not None:
        yield from _election_triples(entity, contest, node)
        return
    cls = ENTITY_CLASSES.get(entity.type)
    if cls is None:
        raise ValueError(f"entity {entity.label!r}: unknown type {entity.type!r}")
    yield node, A, cls
    yield node, LABEL, Literal(entity.label)
    for alias in entity.aliases:
        if alias != entity.label:
            yield node, ALT_LABEL, Literal(alias)
    if entity.wikidata:
        yield node, K_WIKIDATA, Literal(entity.wikidata)
        yield node, SAME_AS, NamedNode(wikidata_iri(entity.wikidata))
    for reason in entity.merge_reasons:
        yield node, K_MERGE_REASON, Literal(reason)
    if entity.division:
        yield node, K_DIVISION, Literal(entity.division)
    if entity.date:
        yield node, K_ELECTION_DATE, Literal(entity.date)
    if entity.stage:
        yield node, K_STAGE, Literal(entity.stage)
    if entity.special is not None:
        yield node, K_SPECIAL, TRUE if entity.special else FALSE
    yield from _office_contested(node, entity.office)


def _election_triples(entity: Entity, contest: Contest, node: NamedNode) -> Iterable[Triple]:
    """The round (when the mention names the day of the vote) and its contest, or the contest
    alone: labels and fields from the key, so every article graph says the same of a node."""
    stored = as_stored(entity)
    contest_node = NamedNode(contest_iri(contest))
    yield node, A, ENTITY_CLASSES["Election"]
    yield node, LABEL, Literal(stored.label)
    yield node, K_DIVISION, Literal(contest.division)
    yield node, K_ELECTION_DATE, Literal(stored.date or contest.year)
    if stored.stage:
        yield node, K_STAGE, Literal(stored.stage)
    yield node, K_SPECIAL, TRUE if stored.special else FALSE
    yield from _office_contested(node, contest.office)
    if node != contest_node:
        yield node, S_SUPER_EVENT, contest_node
        yield contest_node, S_SUB_EVENT, node
        yield from _election_triples(replace(entity, date=contest.year), contest, contest_node)


def _office_contested(node: NamedNode, office_label: str | None) -> Iterable[Triple]:
    if office_label:
        office = _entity_node(Entity(type="Office", label=office_label))
        yield node, K_OFFICE_CONTESTED, office
        yield node, P541_OFFICE_CONTESTED, office
        yield node, K_OFFICE_LABEL, Literal(office_label)
        yield office, A, K_OFFICE
        yield office, LABEL, Literal(office_label)


def _fact_triples(fact: Fact, article: Article, graph: NamedNode) -> Iterable[Triple]:
    rel = relation(fact.relation)
    if rel is None:
        raise ValueError(f"fact: unknown relation {fact.relation!r}")
    if not fact.evidence:
        raise ValueError(f"{fact.relation} fact about {fact.subject.label!r} has no evidence")
    for ev in fact.evidence:
        if article.text[ev.start:ev.end] != ev.text:
            raise ValueError(
                f"{article.origin}: {fact.relation} evidence [{ev.start}:{ev.end}] "
                f"{ev.text!r} is not the article text there"
            )
    cls, shortcut = _relation_nodes(rel)
    subject = _entity_node(fact.subject)
    yield from _entity_triples(fact.subject, subject)
    obj: NamedNode | None = None
    if fact.object is not None:
        obj = _entity_node(fact.object)
        yield from _entity_triples(fact.object, obj)
    node_id = fact_iri(graph.value, fact.relation, subject.value,
                       obj.value if obj is not None else None, fact.value, fact.evidence)
    node = NamedNode(node_id)
    yield node, A, K_FACT
    yield node, A, cls
    yield node, K_RELATION, Literal(fact.relation)
    yield node, K_SUBJECT, subject
    if obj is not None:
        yield node, K_OBJECT, obj
    if fact.value is not None:
        yield node, K_VALUE, value_literal(fact.value)
    yield node, K_CONFIDENCE, decimal_literal(fact.confidence)
    yield node, K_EXTRACTOR, Literal(fact.extractor)
    yield node, WAS_DERIVED_FROM, graph
    for name, value in fact.attributes:
        yield from _attribute_triples(node, name, value)
    for ev in fact.evidence:
        ev_node = NamedNode(evidence_iri(node_id, ev))
        yield node, K_EVIDENCE, ev_node
        yield ev_node, A, OA_POSITION
        yield ev_node, A, OA_QUOTE
        yield ev_node, OA_START, Literal(str(ev.start), datatype=XSD_INTEGER)
        yield ev_node, OA_END, Literal(str(ev.end), datatype=XSD_INTEGER)
        yield ev_node, OA_EXACT, Literal(ev.text)
        yield ev_node, OA_HAS_SOURCE, graph
    if shortcut is not None and obj is not None:
        start, end = rel.shortcut_ends(subject, obj)
        yield start, shortcut, end


def _attribute_triples(node: NamedNode, name: str, value: AttributeValue) -> Iterable[Triple]:
    prop = _ATTRIBUTES.get(name)
    if prop is None:
        raise ValueError(f"fact attribute {name!r} has no property in the ontology")
    if isinstance(value, Entity):
        target = _entity_node(value)
        yield from _entity_triples(value, target)
        yield node, prop, target
    else:
        yield node, prop, value_literal(value)


def value_literal(value: float | str | bool) -> Literal:
    """Numbers as xsd:decimal (exact, no exponent), booleans as xsd:boolean, text as strings."""
    if isinstance(value, bool):
        return TRUE if value else FALSE
    if isinstance(value, int | float):
        return decimal_literal(value)
    return Literal(value)


def decimal_literal(number: float) -> Literal:
    """An xsd:decimal whose lexical form reads back as the same float (`repr` digits)."""
    if not math.isfinite(number):
        raise ValueError(f"{number!r} is not a finite number")
    text = format(Decimal(repr(float(number))), "f")
    if "." not in text:
        text += ".0"
    return Literal(text, datatype=XSD_DECIMAL)


def date_literal(date: str) -> Literal:
    """A typed date where the text is an ISO date, year-month or year; else a plain string."""
    for pattern, datatype in _DATE_TYPES:
        if pattern.fullmatch(date):
            return Literal(date, datatype=datatype)
    return Literal(date)


def url_node(url: str, *, origin: str = "") -> NamedNode:
    """A URL as an IRI node, percent-encoding characters an IRI may not contain."""
    try:
        return NamedNode(url)
    except ValueError:
        pass
    try:
        return NamedNode(quote(url, safe=":/?#[]@!$&'()*+,;=%~"))
    except ValueError:
        raise InputError(origin or url, f"URL {url!r} is not an absolute IRI") from None
