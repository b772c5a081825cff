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
from pyvis.node import Node

from kg.errors import ExportError
from kg.export import ExportSummary
from kg.export.overview import (
    SPOKES,
    YEAR_FONT,
    build_overview,
    display_label,
    election_place,
    election_year,
    place_name,
)
from kg.export.subgraph import UNTYPED
from kg.model import ENTITY_TYPES
from kg.schema import PALETTE, relation_colour

PAGE_TEMPLATE = "page.html"  # next to this module; includes vis-network from pyvis's lib/
# Above this many nodes, in-browser physics takes too long to settle (500 nodes: 31 s), and a
# whole drawing is a hairball anyway: the page opens on an overview (kg.export.overview) with
# precomputed positions and physics off.
PHYSICS_LIMIT = 200

NODE_STYLES: dict[str, tuple[str, str]] = {
    "Person": ("#8c9bab", "dot"),  # grey: a person's party, when known, colours them
    "Organization": ("#f28e2b", "square"),
    "Party": ("#e15759", "diamond"),
    "Election": ("#59a14f", "star"),
    "Office": ("#b07aa1", "triangle"),
    "District": ("#9c755f", "triangleDown"),
    UNTYPED: ("#bab0ac", "dot"),
}


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


def party_color(label: str, index: int) -> str:
    """The usual colours for the two US parties, the palette for the rest."""
    folded = label.casefold()
    for word, color in (("democrat", "#2f6bd8"), ("republican", "#d8342f"),
                        ("libertarian", "#e6b800"), ("green", "#3a9d3a")):
        if word in folded:
            return color
    return PALETTE[(index + 3) % len(PALETTE)]


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


def _spoke_attributes(graph: nx.MultiDiGraph) -> dict[Hashable, dict[str, list[str]]]:
    """Each entity's parties and offices, the ones most facts state first."""
    found: dict[Hashable, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for u, v, data in graph.edges(data=True):
        relation = data.get("relation")
        if relation in SPOKES:
            name = "parties" if relation == "party" else "offices"
            found[u][name][str(graph.nodes[v].get("label", v))] += 1
    return {node: {name: [label for label, _ in counts.most_common()]
                   for name, counts in kinds.items()} for node, kinds in found.items()}


def _counts(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """Articles, entities and facts: the store's (as `kg stats` counts them) for a whole
    export, else those of the selection."""
    stored = graph.graph.get("store_counts")
    drawn = graph.number_of_edges()
    if stored is not None:
        return {**stored, "linked": drawn, "whole": True}
    statements = [d for _, d in graph.graph.get("statements", [])]
    facts = [d for _, _, d in graph.edges(data=True)] + statements
    articles = {d.get("article") or d.get("document") for d in facts} - {None}
    return {"articles": len(articles), "entities": graph.number_of_nodes(),
            "facts": len(facts), "linked": drawn, "whole": False}


def _election_fields(data: dict[str, Any]) -> dict[str, Any]:
    country, state = election_place(data)
    return {"date": data.get("date"), "stage": data.get("stage"), "office": data.get("office"),
            "place": place_name(country, state) if country else None,
            "year": election_year(data)}


def build_network(graph: nx.MultiDiGraph, *, heading: str = "",
                  spokes: bool | None = None) -> tuple[Network, dict[str, Any]]:
    """The pyvis network with kg's styling and layout, and what the page script needs besides.

    Graphs up to PHYSICS_LIMIT nodes are drawn whole (physics settles them in the browser).
    Larger ones get an overview (kg.export.overview): contests as hubs with their best
    candidates, the rest opened on demand. `spokes` draws party and office facts as edges
    (the default for a whole small graph); otherwise they colour and annotate the person.
    Each drawn edge's `facts` rows cite articles by index into the returned `articles` list,
    so an article's title and link are written once however many facts it states.
    """
    physics = graph.number_of_nodes() <= PHYSICS_LIMIT
    draw_spokes = physics if spokes is None else spokes
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line",
                  heading=heading)
    net.options = _options(physics)
    ids = {node: i for i, node in enumerate(graph)}
    sizes = {node: _node_size(graph.degree(node)) for node in graph}
    overview = None if physics else build_overview(graph, spokes=draw_spokes, sizes=sizes)
    attributes = _spoke_attributes(graph)
    party_labels = sorted({p for a in attributes.values() for p in a.get("parties", [])})
    party_colors = {p: party_color(p, i) for i, p in enumerate(party_labels)}
    for node, data in graph.nodes(data=True):
        kind = data.get("type", UNTYPED)
        color, shape = NODE_STYLES.get(kind, NODE_STYLES[UNTYPED])
        extra: dict[str, Any] = dict(attributes.get(node, {}))
        if extra.get("parties"):
            color = party_colors[extra["parties"][0]]
        if kind == "Election":
            extra.update(_election_fields(data))
            extra["name"] = data.get("label", str(node))  # the label may be wrapped
        if overview is not None:
            if node in overview.positions:
                extra["x"], extra["y"] = overview.positions[node]
            if node in overview.hubs:
                extra["hub"] = ids[overview.hubs[node]]
                extra["rank"] = overview.ranks.get(node, 0)
            extra["font"] = {"size": overview.fonts[node]}
        # Node() directly: Network.add_node checks ids in a list, quadratic in size.
        label = display_label(data) if "label" in data else str(node)
        attrs = Node(ids[node], shape, label=label, color=color,
                       size=sizes[node], kind=kind, iri=str(node),
                       aliases=list(data.get("aliases", [])), qid=data.get("wikidata"),
                       **extra).options
        net.nodes.append(attrs)
        net.node_ids.append(ids[node])
        net.node_map[ids[node]] = attrs
    articles: dict[tuple[Any, ...], int] = {}
    parallel: Counter[tuple[Hashable, Hashable]] = Counter()
    for (u, v, relation), facts in _edge_groups(graph).items():
        pair = (min(ids[u], ids[v]), max(ids[u], ids[v]))
        rank = parallel[pair]
        parallel[pair] += 1
        options: dict[str, Any] = {
            "color": relation_colour(relation),
            "relation": relation,
            "facts": [_fact(f, articles) for f in facts],
        }
        if physics:  # in the overview, relation names on every spoke would only be noise
            options["label"] = relation if len(facts) == 1 else f"{relation} ×{len(facts)}"
        if relation in SPOKES:
            options["spoke"] = True
        elections = sorted({f["election"] for f in facts if f.get("election") in ids})
        if elections:
            options["election"] = ids[elections[0]]
        if overview is not None and overview.hubs.get(u) != overview.hubs.get(v):
            # Links between cards would cover the overview in lines: the page draws them
            # only for what the reader selects or opens.
            options["cross"] = True
        if rank and not physics:
            options["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.2 * rank}
        # Edge() directly: Network.add_edge checks endpoints in a list, quadratic in size.
        net.edges.append(Edge(ids[u], ids[v], directed=True, **options).options)
    notes: dict[int, list[list[Any]]] = defaultdict(list)
    for subject, data in graph.graph.get("statements", []):
        if subject in ids:
            notes[ids[subject]].append([data.get("relation"), _fact(data, articles)])
    page: dict[str, Any] = {
        "notes": notes,
        "mode": "full" if overview is None else "overview",
        "spokes": draw_spokes,
        "counts": _counts(graph),
        "parties": party_colors,
    }
    page["articles"] = [list(key) for key in articles]  # after the notes have cited theirs
    if overview is not None:
        page["headers"] = [[h.text, h.x, h.y, h.size] for h in overview.headers]
        page["yearFont"] = YEAR_FONT
        page["minor"] = [ids[n] for n in overview.minor]
    return net, page


def render_html(net: Network, page: dict[str, Any]) -> str:
    """The page: pyvis renders kg's template, which inlines vis-network from pyvis's files."""
    env = Environment(loader=ChoiceLoader([FileSystemLoader(Path(__file__).parent),
                                           FileSystemLoader(net.template_dir)]),
                      autoescape=False)
    env.filters["script_json"] = _script_json
    relations = sorted({e["relation"] for e in net.edges})
    env.globals["kg"] = {
        **page,
        "types": {k: {"color": c, "shape": s} for k, (c, s) in NODE_STYLES.items()},
        "typeOrder": [*ENTITY_TYPES, UNTYPED],
        "relations": {r: relation_colour(r) for r in relations},
    }
    net.templateEnv = env
    net.path = PAGE_TEMPLATE
    return str(net.generate_html())


def export_html(graph: nx.MultiDiGraph, path: Path, *, heading: str = "",
                spokes: bool | None = None) -> ExportSummary:
    """Write the page for `graph` to `path`; `spokes` as in `build_network`."""
    html = render_html(*build_network(graph, heading=heading, spokes=spokes))
    try:
        path.write_text(html, encoding="utf-8")
    except OSError as err:
        raise ExportError(f"cannot write {path}: {err.strerror or err}") from err
    return ExportSummary(path, (("nodes", graph.number_of_nodes()),
                                ("edges", graph.number_of_edges())), path.stat().st_size)
