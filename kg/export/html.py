"""One self-contained HTML page of the graph (pyvis, vis-network inlined): works with no network.

Article text reaches the page only as JSON with `<`, `>` and `&` escaped, and the page shows it
with `textContent`/`innerText`, so markup in an article is displayed, never run.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Hashable
from pathlib import Path
from typing import Any

import networkx as nx
from jinja2 import ChoiceLoader, Environment, FileSystemLoader
from pyvis.edge import Edge
from pyvis.network import Network

from kg.errors import ExportError
from kg.export import ExportSummary
from kg.export.layout import layout_positions
from kg.export.subgraph import UNTYPED
from kg.model import ENTITY_TYPES, RELATIONS

PAGE_TEMPLATE = "page.html"  # next to this module; includes vis-network from pyvis's lib/
# Above this many nodes, in-browser physics takes too long to settle (500 nodes: 31 s):
# positions come from kg.export.layout and physics stays off.
PHYSICS_LIMIT = 200

NODE_STYLES: dict[str, tuple[str, str]] = {
    "Person": ("#4e79a7", "dot"),
    "Organization": ("#f28e2b", "square"),
    "Party": ("#e15759", "diamond"),
    "Election": ("#59a14f", "star"),
    "Office": ("#b07aa1", "triangle"),
    "District": ("#9c755f", "triangleDown"),
    UNTYPED: ("#bab0ac", "dot"),
}
_PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf",
            "#bcbd22", "#ff7f0e", "#7f7f7f", "#393b79", "#637939", "#843c39")
RELATION_COLORS = dict(zip(RELATIONS, _PALETTE, strict=True))
_OTHER_RELATION = "#999999"


def _script_json(value: Any) -> str:
    """JSON safe inside <script>: no `</script>`, comment or entity can be formed."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


def _options(physics: bool) -> dict[str, Any]:
    edges: dict[str, Any] = {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                             "font": {"size": 10, "align": "middle", "strokeWidth": 3},
                             "width": 1.2}
    options: dict[str, Any] = {
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": not physics},
        "nodes": {"font": {"size": 14, "strokeWidth": 3}, "borderWidth": 1},
        "edges": edges,
        "layout": {"randomSeed": 7, "improvedLayout": physics},
    }
    if physics:
        options["physics"] = {
            "enabled": True, "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -6000, "springLength": 140,
                          "avoidOverlap": 0.2},
            "stabilization": {"enabled": True, "iterations": 300, "fit": True},
        }
    else:
        edges["smooth"] = False
        options["physics"] = {"enabled": False}
    return options


def _node_size(degree: int) -> float:
    return round(min(40.0, 10.0 + 3.0 * math.sqrt(degree)), 1)


def _fact(data: dict[str, Any], articles: dict[tuple[Any, ...], int]) -> list[Any]:
    """One fact as a compact row: [article index, confidence, value, evidence sentences]."""
    key = (data.get("title"), data.get("date"), data.get("url"), data.get("document"))
    index = articles.setdefault(key, len(articles))
    return [index, data.get("confidence"), data.get("value"), list(data.get("evidence", []))]


def _edge_groups(graph: nx.MultiDiGraph) -> dict[tuple[Hashable, Hashable, str],
                                                   list[dict[str, Any]]]:
    """Facts merged per (subject, object, relation): one drawn edge per statement kind."""
    groups: dict[tuple[Hashable, Hashable, str], list[dict[str, Any]]] = defaultdict(list)
    for u, v, data in graph.edges(data=True):
        groups[(u, v, data.get("relation", "related"))].append(data)
    return groups


def build_network(graph: nx.MultiDiGraph, *,
                  heading: str = "") -> tuple[Network, list[list[Any]]]:
    """The pyvis network with kg's styling and layout by size, and the articles facts cite.

    Each drawn edge's `facts` rows cite articles by index into the returned list, so an
    article's title and link are written once however many facts it states.
    """
    physics = graph.number_of_nodes() <= PHYSICS_LIMIT
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line",
                  heading=heading)
    net.options = _options(physics)
    positions = {} if physics else layout_positions(graph)
    ids = {node: i for i, node in enumerate(graph)}
    for node, data in graph.nodes(data=True):
        kind = data.get("type", UNTYPED)
        color, shape = NODE_STYLES.get(kind, NODE_STYLES[UNTYPED])
        extra: dict[str, Any] = {}
        if node in positions:
            extra["x"], extra["y"] = (round(c, 1) for c in positions[node])
        net.add_node(ids[node], label=data.get("label", str(node)), shape=shape, color=color,
                     size=_node_size(graph.degree(node)), kind=kind, iri=str(node),
                     aliases=list(data.get("aliases", [])), qid=data.get("wikidata"), **extra)
    articles: dict[tuple[Any, ...], int] = {}
    parallel: Counter[tuple[Hashable, Hashable]] = Counter()
    for (u, v, relation), facts in _edge_groups(graph).items():
        pair = (min(ids[u], ids[v]), max(ids[u], ids[v]))
        rank = parallel[pair]
        parallel[pair] += 1
        options: dict[str, Any] = {
            "label": relation if len(facts) == 1 else f"{relation} ×{len(facts)}",
            "color": RELATION_COLORS.get(relation, _OTHER_RELATION),
            "relation": relation,
            "facts": [_fact(f, articles) for f in facts],
        }
        if rank and not physics:
            options["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.2 * rank}
        # Edge() directly: Network.add_edge checks endpoints in a list, quadratic in size.
        net.edges.append(Edge(ids[u], ids[v], directed=True, **options).options)
    return net, [list(key) for key in articles]


def render_html(net: Network, articles: list[list[Any]]) -> str:
    """The page: pyvis renders kg's template, which inlines vis-network from pyvis's files."""
    env = Environment(loader=ChoiceLoader([FileSystemLoader(Path(__file__).parent),
                                           FileSystemLoader(net.template_dir)]),
                      autoescape=False)
    env.filters["script_json"] = _script_json
    relations = sorted({e["relation"] for e in net.edges})
    env.globals["kg"] = {
        "articles": articles,
        "types": {k: {"color": c, "shape": s} for k, (c, s) in NODE_STYLES.items()},
        "typeOrder": [*ENTITY_TYPES, UNTYPED],
        "relations": {r: RELATION_COLORS.get(r, _OTHER_RELATION) for r in relations},
    }
    net.templateEnv = env
    net.path = PAGE_TEMPLATE
    return str(net.generate_html())


def export_html(graph: nx.MultiDiGraph, path: Path, *, heading: str = "") -> ExportSummary:
    """Write the page for `graph` to `path`."""
    html = render_html(*build_network(graph, heading=heading))
    try:
        path.write_text(html, encoding="utf-8")
    except OSError as err:
        raise ExportError(f"cannot write {path}: {err.strerror or err}") from err
    return ExportSummary(path, (("nodes", graph.number_of_nodes()),
                                ("edges", graph.number_of_edges())), path.stat().st_size)
