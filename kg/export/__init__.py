"""Exports of the graph: an offline HTML page (pyvis), graph files (networkx) and RDF dumps.

Each exporter writes one file and returns an `ExportSummary` the CLI prints as one line;
`kg.export.write.export_store` picks the exporter for a format.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


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
