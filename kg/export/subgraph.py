"""Select entities and facts from the store into a networkx MultiDiGraph for the exporters.

Nodes are entities (IRI keys), edges are facts (subject -> object, keyed by the fact IRI) with
their evidence and article; facts without an object (quotes, claims) are not edges, but are
kept as `graph.graph["statements"]`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx
import pyoxigraph as ox

from kg.errors import ExportError
from kg.model import ENTITY_CLASS_VALUES
from kg.query import run_query, term_text
from kg.schema import ENTITY_FIELD_PROPERTIES
from kg.stats import store_stats

# When an entity carries several types across articles, the more specific one wins.
_TYPE_PRIORITY = ("Election", "Office", "District", "Party", "Person", "Organization")
UNTYPED = "Thing"

# One query per attribute: OPTIONALs joined per entity multiply across the articles that
# mention it (minutes on 300 articles), while these are linear.
_ENTITY_TYPES = f"""
SELECT DISTINCT ?e ?type WHERE {{
  VALUES ?type {{ {ENTITY_CLASS_VALUES} }}
  ?e a ?type .
}}
"""
_LABELS = "SELECT ?e ?v (COUNT(?g) AS ?n) WHERE { GRAPH ?g { ?e rdfs:label ?v } } GROUP BY ?e ?v"
_EXPORTED_FIELDS = ("wikidata", "division", "date", "stage", "office")
_ENTITY_ATTRIBUTES = {
    "aliases": "skos:altLabel",
    **{name: f"<{ENTITY_FIELD_PROPERTIES[name]}>" for name in _EXPORTED_FIELDS},
}
_FACT_COUNT = "SELECT (COUNT(?f) AS ?n) WHERE { ?f kg:subject ?s ; kg:object ?o }"
# What a fact says besides its ends, and where it comes from: shared by both queries below.
_FACT_DETAILS = """
  OPTIONAL { ?fact kg:value ?value }
  OPTIONAL { ?fact kg:confidence ?confidence }
  OPTIONAL { ?fact prov:wasDerivedFrom ?article .
             OPTIONAL { ?article schema:headline ?title }
             OPTIONAL { ?article schema:datePublished ?date }
             OPTIONAL { ?article schema:url ?url }
             OPTIONAL { ?article kg:document ?document } }
"""
_FACTS = f"""
SELECT ?fact ?relation ?s ?o ?value ?confidence ?election ?article ?title ?date ?url ?document
WHERE {{
  ?fact kg:relation ?relation ; kg:subject ?s ; kg:object ?o .
  OPTIONAL {{ ?fact kg:election ?election }}{_FACT_DETAILS}}}
"""
# Facts with no object (quotes, claims, an outcome with no contest named): not edges, but
# part of their subject's story; the HTML page shows them in its timeline.
_STATEMENTS = f"""
SELECT ?fact ?relation ?s ?value ?confidence ?article ?title ?date ?url ?document
WHERE {{
  ?fact kg:relation ?relation ; kg:subject ?s .
  FILTER NOT EXISTS {{ ?fact kg:object ?o }}{_FACT_DETAILS}}}
"""
_EVIDENCE = """
SELECT ?fact ?start ?exact WHERE {
  ?fact kg:subject ?s ; kg:evidence ?ev . ?ev oa:exact ?exact .
  OPTIONAL { ?ev oa:start ?start }
}
"""


@dataclass(frozen=True)
class Subset:
    """Which part of the graph to export; the default is all of it.

    `entities`/`elections` name focus nodes (label, alias, QID or IRI; an exact match wins over a
    substring match); the subset is then every node within `hops` of a focus node (facts that
    name a focus election as their `election` attribute count as links to it) and every fact
    among those nodes. `since`/`until` (ISO dates, inclusive) and `relations` filter facts first.
    """

    entities: tuple[str, ...] = ()
    elections: tuple[str, ...] = ()
    hops: int = 1
    since: str | None = None
    until: str | None = None
    relations: tuple[str, ...] = ()

    @property
    def is_whole(self) -> bool:
        return self == Subset()

    @property
    def has_focus(self) -> bool:
        return bool(self.entities or self.elections)


def _rows(store: ox.Store, sparql: str) -> Iterable[ox.QuerySolution]:
    result = run_query(store, sparql)
    assert isinstance(result, ox.QuerySolutions)
    return result


def _opt(term: object) -> str | None:
    return None if term is None else term_text(term)


def count_facts(store: ox.Store) -> int:
    """How many fact edges `build_graph` will read: the length of a progress bar."""
    for row in _rows(store, _FACT_COUNT):
        return int(term_text(row[0]))
    return 0


def _entity_nodes(store: ox.Store) -> dict[str, dict[str, Any]]:
    """Entity IRI -> node attributes, merged over every article that mentions the entity."""
    types: dict[str, set[str]] = defaultdict(set)
    for row in _rows(store, _ENTITY_TYPES):
        types[term_text(row["e"])].add(term_text(row["type"]).rsplit("#", 1)[-1])
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for row in _rows(store, _LABELS):
        labels[term_text(row["e"])][term_text(row["v"])] += int(term_text(row["n"]))
    values: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for name, prop in _ENTITY_ATTRIBUTES.items():
        for row in _rows(store, f"SELECT DISTINCT ?e ?v WHERE {{ ?e {prop} ?v }}"):
            values[term_text(row["e"])][name].add(term_text(row["v"]))
    nodes = {}
    for iri, kinds in types.items():
        label = labels[iri].most_common(1)[0][0] if labels[iri] else _iri_tail(iri)
        found = values[iri]
        node: dict[str, Any] = {
            "label": label,
            "type": next(t for t in _TYPE_PRIORITY if t in kinds),
            "aliases": sorted(found.pop("aliases", set()) - {label}),
        }
        # Articles may disagree on a single-valued field: keep the smallest, deterministically.
        node.update({name: min(vals) for name, vals in found.items()})
        nodes[iri] = node
    return nodes


def _iri_tail(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]


def _literal_number(term: object) -> float | str | None:
    if term is None:
        return None
    text = term_text(term)
    try:
        return float(text)
    except ValueError:
        return text


def _evidence(store: ox.Store) -> dict[str, list[str]]:
    spans: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for row in _rows(store, _EVIDENCE):
        start = int(term_text(row["start"])) if row["start"] is not None else 0
        spans[term_text(row["fact"])].append((start, term_text(row["exact"])))
    return {fact: [text for _, text in sorted(found)] for fact, found in spans.items()}


def _in_dates(date: str | None, subset: Subset) -> bool:
    if subset.since is None and subset.until is None:
        return True
    if date is None:
        return False
    day = date[:10]
    return (subset.since is None or day >= subset.since) and (
        subset.until is None or day <= subset.until)


def _statements(store: ox.Store, subset: Subset,
                evidence: dict[str, list[str]]) -> list[tuple[str, dict[str, Any]]]:
    """(subject, attributes) of every fact with no object that `subset` keeps."""
    wanted = set(subset.relations)
    found = []
    for row in _rows(store, _STATEMENTS):
        relation, date = term_text(row["relation"]), _opt(row["date"])
        if (wanted and relation not in wanted) or not _in_dates(date, subset):
            continue
        found.append((term_text(row["s"]), _details(row, evidence)))
    return found


def _fact_edges(
    store: ox.Store, subset: Subset, on_fact: Callable[[int], None] | None,
    evidence: dict[str, list[str]],
) -> list[tuple[str, str, str, dict[str, Any]]]:
    wanted = set(subset.relations)
    edges = []
    for row in _rows(store, _FACTS):
        if on_fact is not None:
            on_fact(1)
        relation, date = term_text(row["relation"]), _opt(row["date"])
        if (wanted and relation not in wanted) or not _in_dates(date, subset):
            continue
        edges.append((term_text(row["s"]), term_text(row["o"]), term_text(row["fact"]),
                      _details(row, evidence, election=True)))
    return edges


def _details(row: Any, evidence: dict[str, list[str]], *,
             election: bool = False) -> dict[str, Any]:
    """What a fact or statement row tells of itself: relation, value, confidence, the election
    a fact's attribute names (facts only), its article and evidence sentences."""
    confidence = _literal_number(row["confidence"])
    return {
        "relation": term_text(row["relation"]),
        "value": _literal_number(row["value"]),
        "confidence": confidence if isinstance(confidence, float) else None,
        **({"election": _opt(row["election"])} if election else {}),
        "article": _opt(row["article"]),
        "title": _opt(row["title"]),
        "date": _opt(row["date"]),
        "url": _opt(row["url"]),
        "document": _opt(row["document"]),
        "evidence": evidence.get(term_text(row["fact"]), []),
    }


def find_entities(graph: nx.MultiDiGraph, name: str, *, types: Iterable[str] = ()) -> list[str]:
    """Nodes named `name` (IRI, QID, label or alias, case folded); else those whose label,
    office or division contains it."""
    want = name.casefold().strip()
    kinds = set(types)
    candidates = [(n, d) for n, d in graph.nodes(data=True) if not kinds or d["type"] in kinds]
    exact = [n for n, d in candidates if n == name or want in {
        str(d.get("wikidata", "")).casefold(), d["label"].casefold(),
        *(a.casefold() for a in d.get("aliases", ()))}]
    if exact:
        return exact
    return [n for n, d in candidates if want and any(
        want in str(d.get(field, "")).casefold() for field in ("label", "office", "division"))]


def _focus(graph: nx.MultiDiGraph, subset: Subset) -> set[str]:
    focus: set[str] = set()
    for names, kinds in ((subset.entities, ()), (subset.elections, ("Election",))):
        for name in names:
            found = find_entities(graph, name, types=kinds)
            if not found:
                what = "election" if kinds else "entity"
                raise ExportError(f"no {what} named {name!r} in the store")
            focus.update(found)
    return focus


def _neighbourhood(graph: nx.MultiDiGraph, focus: set[str], hops: int) -> set[str]:
    """Nodes within `hops` of the focus, with election-attribute links counted as edges."""
    undirected = nx.Graph(graph)
    for u, v, data in graph.edges(data=True):
        if data.get("election") in focus:
            undirected.add_edge(u, data["election"])
            undirected.add_edge(v, data["election"])
    keep: set[str] = set()
    for node in focus:
        keep.update(nx.single_source_shortest_path_length(undirected, node, cutoff=hops))
    return keep


def build_graph(
    store: ox.Store, subset: Subset = Subset(), *, on_fact: Callable[[int], None] | None = None
) -> nx.MultiDiGraph:
    """The entities and facts `subset` selects; `on_fact(n)` reports facts read, for progress.

    The whole graph keeps entities without facts; a filtered one keeps only the entities its
    facts touch (plus the focus entities).
    """
    if subset.hops < 0:
        raise ExportError(f"--hops must be 0 or more, not {subset.hops}")
    nodes = _entity_nodes(store)
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(nodes.items())
    evidence = _evidence(store)
    for s, o, key, data in _fact_edges(store, subset, on_fact, evidence):
        for end in (s, o):
            if end not in graph:
                graph.add_node(end, label=_iri_tail(end), type=UNTYPED, aliases=[])
        graph.add_edge(s, o, key=key, **data)
    if subset.has_focus:
        keep = _neighbourhood(graph, _focus(graph, subset), subset.hops)
        graph = nx.MultiDiGraph(graph.subgraph(keep))
    elif not subset.is_whole:
        graph.remove_nodes_from([n for n in list(graph) if graph.degree(n) == 0])
    else:
        graph.graph["store_counts"] = store_counts(store)
    # Graph-level, so graph files (which keep only node and edge attributes) leave them out.
    graph.graph["statements"] = [(s, data) for s, data in _statements(store, subset, evidence)
                                 if s in graph]
    return graph


def store_counts(store: ox.Store) -> dict[str, int]:
    """Articles, entities and facts exactly as `kg stats` counts them (for the whole graph,
    whose page must agree with it); facts include quotes and claims, which are not edges."""
    stats = store_stats(store)
    return {"articles": stats.articles, "entities": sum(n for _, n in stats.entities),
            "facts": sum(n for _, n in stats.relations)}

