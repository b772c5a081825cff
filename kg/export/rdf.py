"""Dump the store as RDF: quad formats keep one named graph per article, streamed to the file.

Triple-only formats (nt, ttl, xml) get the union of all article graphs, or one graph with
`graph`; a triple several articles state is then written once per article (parsers merge it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import ExportError
from kg.export import ExportSummary
from kg.prefixes import PREFIXES

RDF_FORMATS: dict[str, ox.RdfFormat] = {
    "nq": ox.RdfFormat.N_QUADS,
    "nt": ox.RdfFormat.N_TRIPLES,
    "ttl": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
}
_EXTENSIONS = {"nq": "nq", "nt": "nt", "ttl": "ttl", "trig": "trig", "jsonld": "jsonld",
               "json": "jsonld", "xml": "xml", "rdf": "xml", "owl": "xml"}
_PROGRESS_STEP = 1000


def rdf_format_for(path: Path, fmt: str | None = None) -> str:
    """The format name given, else the one the file extension implies."""
    if fmt is not None:
        if fmt not in RDF_FORMATS:
            raise ExportError(f"unknown RDF format {fmt!r}; use one of {', '.join(RDF_FORMATS)}")
        return fmt
    guessed = _EXTENSIONS.get(path.suffix.lstrip(".").lower())
    if guessed is None:
        raise ExportError(f"cannot tell the RDF format of {path} from its extension; "
                          f"pass --format ({', '.join(RDF_FORMATS)})")
    return guessed


def _graph_node(store: ox.Store, graph: str | None) -> ox.NamedNode | None:
    if graph is None:
        return None
    try:
        node = ox.NamedNode(graph)
    except ValueError as err:
        raise ExportError(f"--graph {graph!r} is not an IRI: {err}") from err
    if not store.contains_named_graph(node):
        raise ExportError(f"no graph <{graph}> in the store")
    return node


def dump_rdf(
    store: ox.Store,
    path: Path,
    *,
    fmt: str | None = None,
    graph: str | None = None,
    on_quads: Callable[[int], None] | None = None,
) -> ExportSummary:
    """Stream the store (or one `graph`) to `path`; `on_quads(n)` reports progress."""
    name = rdf_format_for(path, fmt)
    only = _graph_node(store, graph)
    rdf_format = RDF_FORMATS[name]
    graphs: set[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] = set()
    written = 0

    def counted() -> Iterator[Any]:  # quads, or triples for a triple-only format
        nonlocal written
        for quad in store.quads_for_pattern(None, None, None, only):
            graphs.add(quad.graph_name)
            written += 1
            if on_quads is not None and written % _PROGRESS_STEP == 0:
                on_quads(_PROGRESS_STEP)
            yield quad if rdf_format.supports_datasets else quad.triple

    try:
        with path.open("wb") as out:
            ox.serialize(counted(), out, rdf_format, prefixes=PREFIXES)
    except OSError as err:
        raise ExportError(f"cannot write {path}: {err.strerror or err}") from err
    if on_quads is not None:
        on_quads(written % _PROGRESS_STEP)
    return ExportSummary(path, (("graphs", len(graphs)), ("quads", written)),
                         path.stat().st_size)
