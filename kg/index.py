"""The query index: beside each article graph, a small graph of lookup keys that named queries
join on exactly (entity names, divisions, article names), so no query scans every label.

An article's index graph is a pure function of the article graph's own quads: it is written in
the same transaction as the article, replaced with it, and stays right in an N-Quads dump loaded
elsewhere or copied under renamed article IRIs. Nothing in it counts across articles.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.iri import BASE, ONTOLOGY
from kg.model import ENTITY_TYPES
from kg.prefixes import PREFIXES

Node = ox.NamedNode | ox.BlankNode
Term = ox.NamedNode | ox.BlankNode | ox.Literal
IndexTriple = tuple[Node, ox.NamedNode, Term]

INDEX_SUFFIX = "/index"
INDEX_BASE = BASE + "index/"
INDEX_OF = ox.NamedNode(ONTOLOGY + "indexOf")
NAME_KEY = ox.NamedNode(ONTOLOGY + "nameKey")
DIVISION_KEY = ox.NamedNode(ONTOLOGY + "divisionKey")
ARTICLE_KEY = ox.NamedNode(ONTOLOGY + "articleKey")
PARTY_KEY = ox.NamedNode(ONTOLOGY + "partyKey")
PERSON_LABEL = ox.NamedNode(ONTOLOGY + "personLabel")
PARTY_LABEL = ox.NamedNode(ONTOLOGY + "partyLabel")
CLAIM_KIND = ox.NamedNode(ONTOLOGY + "claimKind")
ABOUT_LABEL = ox.NamedNode(ONTOLOGY + "aboutLabel")
ANSWERS = ox.NamedNode(ONTOLOGY + "answers")
CLAIM_LABEL = ox.NamedNode(ONTOLOGY + "claimLabel")
STATED_BY = ox.NamedNode(ONTOLOGY + "statedBy")
ALL = ox.Literal("")  # the key every indexed node has: what an omitted parameter looks up

_RDF_TYPE = ox.NamedNode(PREFIXES["rdf"] + "type")
_LABEL = ox.NamedNode(PREFIXES["rdfs"] + "label")
_ARTICLE = ox.NamedNode(ONTOLOGY + "Article")
_DOCUMENT = ox.NamedNode(ONTOLOGY + "document")
_URL = ox.NamedNode(PREFIXES["schema"] + "url")
_DIVISION = ox.NamedNode(ONTOLOGY + "division")
_DATE_PUBLISHED = ox.NamedNode(PREFIXES["schema"] + "datePublished")
_RELATION = ox.NamedNode(ONTOLOGY + "relation")
_FORMER = ox.NamedNode(ONTOLOGY + "former")
_FACT_FIELDS = {
    _RELATION: "relation",
    ox.NamedNode(ONTOLOGY + "subject"): "subject",
    ox.NamedNode(ONTOLOGY + "object"): "object",
    ox.NamedNode(ONTOLOGY + "value"): "value",
    ox.NamedNode(ONTOLOGY + "pollster"): "pollster",
    _FORMER: "former",
}
_ENTITY_CLASSES = frozenset(ox.NamedNode(ONTOLOGY + name) for name in ENTITY_TYPES)
# Letters and digits (Python `[^\W_]`, SPARQL `[\p{L}\p{N}]`): the queries compute keys too.
_WORD = re.compile(r"[^\W_]+")
# What kg.query binds as an IRI (kg.query.parameter_term): such a value is its own key.
_IRI = re.compile(r"^(?:https?|urn|ftp|file|mailto):\S+$")


def index_graph(article: str) -> str:
    """The IRI of the index graph of the article graph `article`."""
    return article + INDEX_SUFFIX


def is_index_graph(graph: str) -> bool:
    return graph.endswith(INDEX_SUFFIX)


def words(text: str) -> list[str]:
    """The words of `text`, lower-cased: runs of letters and digits."""
    return _WORD.findall(text.lower())


def search_key(value: str) -> str:
    """The one key a parameter value is looked up by: an IRI itself, else its last two words.

    Every text indexed under its words and pairs of adjacent words holds the key of any value it
    contains whole-word, so a query looks up this key and then checks the full value.
    """
    candidate = value[1:-1] if value.startswith("<") and value.endswith(">") else value
    if candidate is not value or _IRI.match(value):
        try:
            return ox.NamedNode(candidate).value
        except ValueError:
            pass
    return " ".join(words(value)[-2:])


def text_keys(text: str) -> Iterator[str]:
    """Every word of `text` and every pair of adjacent words: what `search_key` may return."""
    found = words(text)
    yield from found
    yield from (f"{a} {b}" for a, b in zip(found, found[1:], strict=False))


@dataclass
class _Fact:
    relation: str = ""
    subject: Term | None = None
    object: Term | None = None
    value: ox.Literal | None = None
    pollster: Term | None = None
    former: bool = False


@dataclass
class _ArticleView:
    """What the index needs from one article graph, read in one pass over its quads."""

    article: ox.NamedNode | None = None
    date: str = ""
    keys: list[str] = field(default_factory=list)
    types: set[Node] = field(default_factory=set)
    labels: dict[Node, list[str]] = field(default_factory=dict)
    divisions: dict[Node, list[str]] = field(default_factory=dict)
    facts: dict[Node, _Fact] = field(default_factory=dict)

    def read(self, quad: ox.Quad) -> None:
        s, p, o = quad.subject, quad.predicate, quad.object
        if isinstance(s, ox.Triple):
            return
        fact = self.facts.setdefault(s, _Fact()) if p in _FACT_FIELDS else None
        if p == _RDF_TYPE:
            if o == _ARTICLE and isinstance(s, ox.NamedNode):
                self.article = s
            elif o in _ENTITY_CLASSES:
                self.types.add(s)
        elif p == _LABEL and isinstance(o, ox.Literal):
            self.labels.setdefault(s, []).append(o.value)
        elif p == _DIVISION and isinstance(o, ox.Literal):
            self.divisions.setdefault(s, []).append(o.value)
        elif p in (_DOCUMENT, _URL) and isinstance(o, ox.Literal | ox.NamedNode):
            self.keys.append(search_key(o.value))
        elif p == _DATE_PUBLISHED and isinstance(o, ox.Literal):
            self.date = o.value
        elif fact is not None and not isinstance(o, ox.Triple):
            setattr(fact, _FACT_FIELDS[p], o.value if p == _RELATION else
                    o.value == "true" if p == _FORMER else o)


def index_quads(article_quads: Sequence[ox.Quad]) -> list[ox.Quad]:
    """The quads of the index graph of one article graph (none for a graph with no article)."""
    if not article_quads or not isinstance(article_quads[0].graph_name, ox.NamedNode):
        return []
    view = _ArticleView()
    for quad in article_quads:
        view.read(quad)
    if view.article is None:
        return []
    graph = ox.NamedNode(index_graph(article_quads[0].graph_name.value))
    triples: dict[IndexTriple, None] = {(graph, INDEX_OF, view.article): None}
    for key in ("", view.article.value, *view.keys):
        triples[(view.article, ARTICLE_KEY, ox.Literal(key))] = None
    for entity in (e for e in view.labels if e in view.types):
        triples.update(dict.fromkeys(_keyed(entity, NAME_KEY, view.labels[entity], own=True)))
    for entity in (e for e in view.divisions if e in view.types):
        triples.update(dict.fromkeys(_keyed(entity, DIVISION_KEY, view.divisions[entity])))
    for fact_node, fact in view.facts.items():
        triples.update(dict.fromkeys(_party_statements(fact, view)))
        triples.update(dict.fromkeys(_claims(fact_node, fact, view)))
    return [ox.Quad(s, p, o, graph) for s, p, o in triples]


def _keyed(
    node: Node, predicate: ox.NamedNode, texts: Iterable[str], *, own: bool = False,
) -> Iterator[IndexTriple]:
    yield node, predicate, ALL
    if own and isinstance(node, ox.NamedNode):
        yield node, predicate, ox.Literal(node.value)
    for text in texts:
        for key in text_keys(text):
            yield node, predicate, ox.Literal(key)


def _party_statements(fact: _Fact, view: _ArticleView) -> Iterator[IndexTriple]:
    """`parties` counts articles per (person label, party label): one node per such pair, keyed
    by the party label's words, in every article that states it."""
    if fact.relation != "party" or not isinstance(fact.subject, Node) or not isinstance(
            fact.object, Node):
        return
    for person in view.labels.get(fact.subject, ()):
        for party in view.labels.get(fact.object, ()):
            node = _minted("party-statement", person, party)
            yield node, PERSON_LABEL, ox.Literal(person)
            yield node, PARTY_LABEL, ox.Literal(party)
            yield from _keyed(node, PARTY_KEY, (party,))


def _claims(fact_node: Node, fact: _Fact, view: _ArticleView) -> Iterator[IndexTriple]:
    """A fact that answers a question only one answer can be true for: a person's current
    party, a person's result in an election, a candidate's share in one pollster's poll of a
    day. `contradictions` groups the answers to each question across articles; the labels
    it shows are the ones this article uses."""
    subject, obj = fact.subject, fact.object
    if not isinstance(subject, Node) or not isinstance(obj, Node) or subject not in view.labels:
        return
    answer: Term
    about: tuple[str, ...] = ()
    if fact.relation == "party" and not fact.former and isinstance(obj, ox.NamedNode):
        kind, answer, claims = "party", obj, view.labels.get(obj, [obj.value])
    elif fact.relation in ("won", "lost"):
        kind, answer, claims = "result", ox.Literal(fact.relation), [fact.relation]
        about = tuple(view.labels.get(obj, [obj.value]))
    elif fact.relation == "poll" and fact.value is not None and isinstance(fact.pollster, Node):
        kind, answer, claims = "poll", fact.value, [fact.value.value]
        pollsters = view.labels.get(fact.pollster, [fact.pollster.value])
        about = tuple(f"{e} / {p}" for e in view.labels.get(obj, [obj.value]) for p in pollsters)
    else:
        return
    parts: tuple[object, ...] = (kind, subject)
    if kind != "party":
        parts += (obj,)
    if kind == "poll":
        parts += (fact.pollster, view.date)
    question = _minted("question", *parts)
    option = _minted("answer", *parts, answer)
    yield question, CLAIM_KIND, ox.Literal(kind)
    for label in view.labels[subject]:
        yield question, PERSON_LABEL, ox.Literal(label)
    for label in about:
        yield question, ABOUT_LABEL, ox.Literal(label)
    yield option, ANSWERS, question
    for label in claims:
        yield option, CLAIM_LABEL, ox.Literal(label)
    yield option, STATED_BY, fact_node


def _minted(kind: str, *parts: object) -> ox.NamedNode:
    """An index node shared by every article that states the same thing (not article-scoped,
    so copies of articles under other IRIs share it too)."""
    digest = hashlib.sha256("\x00".join(str(p) for p in parts).encode()).hexdigest()[:32]
    return ox.NamedNode(f"{INDEX_BASE}{kind}/{digest}")
