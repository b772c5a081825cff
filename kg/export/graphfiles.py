"""Write the selected graph as GraphML, GEXF or JSON (node-link or Cytoscape.js elements).

The GraphML and GEXF writers fail on None, lists, dicts and dates, and mis-type a key whose
values mix numbers and strings, so attributes are sanitised to one scalar type per key first.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import ExportError
from kg.export import ExportSummary

GRAPH_FORMATS = ("graphml", "gexf", "json")
JSON_STYLES = ("node-link", "cytoscape")
Scalar = str | int | float | bool


def _scalar(value: Any) -> Scalar | None:
    """One attribute value as a writer-safe scalar; lists and dicts become JSON text."""
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, list | tuple | set | frozenset | dict):
        if not value:
            return None
        items = sorted(value) if isinstance(value, set | frozenset) else value
        return json.dumps(items, ensure_ascii=False, default=str)
    return str(value)


def _json_value(value: Any) -> Any:
    """JSON keeps lists and dicts; only dates and other objects need turning into text."""
    if isinstance(value, list | tuple | set | frozenset):
        return [_json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _json_value(v) for k, v in value.items()}
    if value is None or isinstance(value, str | bool | int | float):
        return value
    return _scalar(value)


def _clean(items: Iterable[dict[str, Any]], *, scalars: bool) -> list[dict[str, Any]]:
    """Drop None, convert values, and make every key hold one type (mixed keys become text)."""
    rows = [{k: _scalar(v) if scalars else _json_value(v) for k, v in data.items()}
            for data in items]
    rows = [{k: v for k, v in row.items() if v is not None} for row in rows]
    types: dict[str, set[type]] = defaultdict(set)
    for row in rows:
        for k, v in row.items():
            types[k].add(float if type(v) is int else type(v))
    mixed = {k for k, kinds in types.items() if len(kinds) > 1}
    return [{k: str(v) if k in mixed else v for k, v in row.items()} for row in rows]


def sanitised(graph: nx.MultiDiGraph, *, scalars: bool = True) -> nx.MultiDiGraph:
    """A copy whose attributes every networkx writer accepts."""
    nodes = list(graph.nodes(data=True))
    edges = list(graph.edges(keys=True, data=True))
    node_rows = _clean((d for _, d in nodes), scalars=scalars)
    # The key (the fact IRI) also as an attribute: GEXF readers renumber edge ids.
    edge_rows = _clean(({**d, "fact": k} for _, _, k, d in edges), scalars=scalars)
    clean = nx.MultiDiGraph()
    clean.add_nodes_from((n, row) for (n, _), row in zip(nodes, node_rows, strict=True))
    clean.add_edges_from((u, v, k, row) for (u, v, k, _), row in zip(edges, edge_rows,
                                                                      strict=True))
    return clean


def write_graph_file(
    graph: nx.MultiDiGraph, path: Path, *, fmt: str, style: str = "node-link"
) -> ExportSummary:
    """Write `graph` to `path` as `fmt` (graphml, gexf, json with `style`)."""
    if fmt not in GRAPH_FORMATS:
        raise ExportError(f"unknown graph format {fmt!r}; use one of {', '.join(GRAPH_FORMATS)}")
    if fmt == "json" and style not in JSON_STYLES:
        raise ExportError(f"unknown JSON style {style!r}; use one of {', '.join(JSON_STYLES)}")
    try:
        if fmt == "graphml":
            nx.write_graphml(sanitised(graph), path, encoding="utf-8")
        elif fmt == "gexf":
            nx.write_gexf(sanitised(graph), path, encoding="utf-8")
        else:
            clean = sanitised(graph, scalars=False)
            data = (nx.cytoscape_data(clean, name="label") if style == "cytoscape"
                    else nx.node_link_data(clean, edges="edges"))
            with path.open("w", encoding="utf-8") as out:
                json.dump(data, out, ensure_ascii=False)
    except OSError as err:
        raise ExportError(f"cannot write {path}: {err.strerror or err}") from err
    return ExportSummary(path, (("nodes", graph.number_of_nodes()),
                                ("edges", graph.number_of_edges())), path.stat().st_size)


def read_graph_file(path: Path, *, fmt: str, style: str = "node-link") -> nx.MultiDiGraph:
    """Read a file `write_graph_file` wrote back into networkx (for checks and round trips)."""
    if fmt == "graphml":
        return nx.MultiDiGraph(nx.read_graphml(path, force_multigraph=True))
    if fmt == "gexf":
        return nx.MultiDiGraph(nx.read_gexf(path))
    data = json.loads(path.read_text(encoding="utf-8"))
    if style == "cytoscape":
        return nx.MultiDiGraph(nx.cytoscape_graph(data, name="label"))
    return nx.MultiDiGraph(nx.node_link_graph(data, edges="edges"))
