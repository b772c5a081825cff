"""Time and size of `kg export html`: a whole store (e.g. the ingested corpus) and a 5 k-node graph.

    python benchmarks/export_html.py -l STORE [--nodes 5000] [--out DIR] [--shots docs]

Prints one line per case: nodes, edges, seconds to read the store, to lay out and render, bytes;
then, when headless Chromium is here, seconds from opening each page to its first drawing
(`interactive`), to a search for "Romney" and to opening the largest contest. `--shots DIR`
saves screenshots of the store's page (overview, search, contest) as DIR/export-*.png.
The synthetic graph is scale-free like the news graph (a few hubs, many leaves), with one
evidence sentence per fact.
"""

from __future__ import annotations

import argparse
import random
import sys
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


sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
READY = "document.body && document.body.dataset.ready === '1'"
# The contest with the most candidates the overview leaves closed.
LARGEST_CONTEST = """(() => { let best = null, most = -1;
  nodes.get({filter: n => n.kind === 'Election'}).forEach(n => {
    const closed = adj[n.id].filter(i => !inView[allEdges[i].from]).length;
    if (closed > most) { most = closed; best = n.id; } });
  return best; })()"""


def report(name: str, graph: nx.MultiDiGraph, out: Path, read_s: float) -> None:
    start = time.perf_counter()
    summary = export_html(graph, out, heading="Election knowledge graph" if name == "store"
                          else name)
    render_s = time.perf_counter() - start
    print(f"{name:<12} nodes={summary.count('nodes'):>6} edges={summary.count('edges'):>6} "
          f"read={read_s:6.2f}s layout+render={render_s:6.2f}s "
          f"size={summary.bytes / 1e6:7.2f} MB  -> {out}", flush=True)


def browse(name: str, page_file: Path, shots: Path | None) -> None:
    """Open the page in headless Chromium: time to first drawing, a search, a contest."""
    from browser import chromium_page, missing_reason

    if missing_reason() is not None:
        print(f"{name:<12} browser not measured: {missing_reason()}")
        return
    with chromium_page(timeout=120) as page:
        start = time.perf_counter()
        page.open(page_file.resolve().as_uri())
        page.wait_for(READY, timeout=300)
        ready_s = time.perf_counter() - start
        drawn = page.evaluate("nodes.length")
        if shots is not None:
            page.screenshot(shots / "export-overview.png")
        start = time.perf_counter()
        found = page.evaluate("search('Romney').length ? byId[runSearch('Romney')[0]].label : ''")
        search_s = time.perf_counter() - start
        if shots is not None:
            page.screenshot(shots / "export-search.png")
        hub = page.evaluate(LARGEST_CONTEST)
        open_s, contest = 0.0, ""
        if hub is not None:
            page.evaluate("document.getElementById('search').value = ''; network.unselectAll();"
                          "document.getElementById('found').replaceChildren()")
            start = time.perf_counter()
            page.evaluate(f"toggle({hub}); showNode({hub}); network.selectNodes([{hub}])")
            open_s = time.perf_counter() - start
            contest = page.evaluate(f"byId[{hub}].name")
            if shots is not None:
                page.screenshot(shots / "export-contest.png")
        errors = list(page.errors)
    print(f"{name:<12} interactive={ready_s:5.2f}s (drawn nodes={drawn}) "
          f"search={search_s:5.2f}s -> {found or '-'} open contest={open_s:5.2f}s -> "
          f"{contest or '-'} errors={len(errors)}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-l", "--location", type=Path, help="store to export whole")
    parser.add_argument("--nodes", type=int, default=5000, help="synthetic graph size")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument("--shots", type=Path, help="save screenshots of the store's page here")
    parser.add_argument("--no-browser", action="store_true", help="do not open the pages")
    args = parser.parse_args()
    if args.location is not None:
        start = time.perf_counter()
        with open_store(args.location, read_only=True) as store:
            graph = build_graph(store)
        report("store", graph, args.out / "kg-store.html", time.perf_counter() - start)
        if not args.no_browser:
            browse("store", args.out / "kg-store.html", args.shots)
    start = time.perf_counter()
    graph = synthetic_graph(args.nodes)
    report("synthetic", graph, args.out / f"kg-{args.nodes}.html", time.perf_counter() - start)
    if not args.no_browser:
        browse("synthetic", args.out / f"kg-{args.nodes}.html", None)


if __name__ == "__main__":
    main()
