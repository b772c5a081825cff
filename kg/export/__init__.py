"""Exports of the graph: an offline HTML page (pyvis), graph files (networkx) and RDF dumps.

Each exporter writes one file and returns an `ExportSummary` the CLI prints as one line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyoxigraph as ox

    from kg.export.subgraph import Subset


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote: named counts (nodes, edges or graphs, quads) and the file size."""

    path: Path
    counts: tuple[tuple[str, int], ...]
    bytes: int

    def count(self, name: str) -> int:
        return dict(self.counts)[name]

    def line(self) -> str:
        parts = [f"{n} {name}" for name, n in self.counts] + [f"{self.bytes} bytes"]
        return f"wrote {self.path}: " + ", ".join(parts)


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
