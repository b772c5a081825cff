"""Time and size of `kg export html`: a whole store (e.g. the ingested corpus) and a 5 k-node graph.

    python benchmarks/export_html.py -l STORE [--nodes 5000] [--out DIR]

Prints one line per case: nodes, edges, seconds to read the store, to lay out and render, bytes.
The synthetic graph is scale-free like the news graph (a few hubs, many leaves), with one
evidence sentence per fact.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

import networkx as nx

from kg.export.html import export_html
from kg.export.subgraph import build_graph
from kg.model import ENTITY_TYPES, SCORED_RELATIONS
from kg.store import open_store


def synthetic_graph(nodes: int, *, seed: int = 1) -> nx.MultiDiGraph:
    """A scale-free graph of `nodes` entities with about 1.4 facts per entity."""
    rng = random.Random(seed)
    shape = nx.barabasi_albert_graph(nodes, 1, seed=seed)
    shape.add_edges_from(nx.gnm_random_graph(nodes, nodes * 2 // 5, seed=seed).edges())
    graph = nx.MultiDiGraph()
    for n in shape:
        graph.add_node(f"https://example.org/e/{n}", label=f"Entity {n}",
                       type=rng.choice(ENTITY_TYPES), aliases=[])
    for i, (u, v) in enumerate(shape.edges()):
        graph.add_edge(f"https://example.org/e/{u}", f"https://example.org/e/{v}",
                       key=f"https://example.org/f/{i}", relation=rng.choice(SCORED_RELATIONS),
                       confidence=round(rng.random(), 2), value=None,
                       title=f"Article {i % 900}", date=f"2017-{1 + i % 12:02d}-15",
                       url=f"https://news.example.org/{i % 900}", document=f"{i % 900}.txt",
                       evidence=[f"Entity {u} and Entity {v} were named together in a "
                                 f"sentence of article {i % 900}, as evidence text goes."])
    return graph


def report(name: str, graph: nx.MultiDiGraph, out: Path, read_s: float) -> None:
    start = time.perf_counter()
    summary = export_html(graph, out, heading=name)
    render_s = time.perf_counter() - start
    print(f"{name:<12} nodes={summary.count('nodes'):>6} edges={summary.count('edges'):>6} "
          f"read={read_s:6.2f}s layout+render={render_s:6.2f}s "
          f"size={summary.bytes / 1e6:7.2f} MB  -> {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-l", "--location", type=Path, help="store to export whole")
    parser.add_argument("--nodes", type=int, default=5000, help="synthetic graph size")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()))
    args = parser.parse_args()
    if args.location is not None:
        start = time.perf_counter()
        with open_store(args.location, read_only=True) as store:
            graph = build_graph(store)
        report("store", graph, args.out / "kg-store.html", time.perf_counter() - start)
    start = time.perf_counter()
    graph = synthetic_graph(args.nodes)
    report("synthetic", graph, args.out / f"kg-{args.nodes}.html", time.perf_counter() - start)


if __name__ == "__main__":
    main()
