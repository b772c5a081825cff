"""Counts over the store: articles, entities by type, facts by relation, quads."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from kg.index import is_index_graph
from kg.model import ENTITY_CLASS_VALUES
from kg.query import run_query, term_text

_ENTITY_TYPES = f"""
SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE {{
  VALUES ?type {{ {ENTITY_CLASS_VALUES} }}
  ?e a ?type .
}} GROUP BY ?type ORDER BY ?type
"""
_RELATIONS = """
SELECT ?relation (COUNT(DISTINCT ?f) AS ?n) WHERE { ?f kg:relation ?relation }
GROUP BY ?relation ORDER BY ?relation
"""


@dataclass(frozen=True)
class StoreStats:
    articles: int
    graphs: int
    quads: int
    entities: tuple[tuple[str, int], ...]
    relations: tuple[tuple[str, int], ...]


def _pairs(store: ox.Store, sparql: str) -> tuple[tuple[str, int], ...]:
    result = run_query(store, sparql)
    assert isinstance(result, ox.QuerySolutions)
    return tuple(
        (term_text(row[0]).rsplit("#", 1)[-1], int(term_text(row[1]))) for row in result
    )


def store_stats(store: ox.Store) -> StoreStats:
    # Article graphs: each one's query index graph (kg.index) is not counted apart.
    graphs = sum(1 for g in store.named_graphs() if not is_index_graph(g.value))
    articles = run_query(store, "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a kg:Article }")
    assert isinstance(articles, ox.QuerySolutions)
    return StoreStats(
        articles=int(term_text(next(iter(articles))[0])),
        graphs=graphs,
        quads=len(store),
        entities=_pairs(store, _ENTITY_TYPES),
        relations=_pairs(store, _RELATIONS),
    )


def format_stats(stats: StoreStats) -> str:
    lines = [f"articles   {stats.articles}", f"graphs     {stats.graphs}",
             f"quads      {stats.quads}", "entities"]
    lines += [f"  {name:<14} {n}" for name, n in stats.entities]
    lines.append("facts")
    lines += [f"  {name:<14} {n}" for name, n in stats.relations]
    return "\n".join(lines) + "\n"
