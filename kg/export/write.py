"""One entry point for the graph exports: select a subset of the store, write it in a format."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kg.export import ExportSummary

if TYPE_CHECKING:
    import pyoxigraph as ox

    from kg.export.subgraph import Subset


def export_store(
    store: ox.Store,
    path: Path,
    *,
    fmt: str,
    subset: Subset | None = None,
    style: str = "node-link",
    title: str = "Election knowledge graph",
    on_fact: Callable[[int], None] | None = None,
) -> ExportSummary:
    """Select `subset` from the store and write it as `fmt` (html, graphml, gexf, json)."""
    from kg.export.subgraph import Subset, build_graph

    graph = build_graph(store, subset or Subset(), on_fact=on_fact)
    if fmt == "html":
        from kg.export.html import export_html

        return export_html(graph, path, heading=title)
    from kg.export.graphfiles import write_graph_file

    return write_graph_file(graph, path, fmt=fmt, style=style)
