"""The one place that opens the on-disk Oxigraph store and writes article graphs to it.

Writes are atomic per article: a new article goes in with one transactional `extend`; a changed
article is staged in a side graph and swapped in with one SPARQL `MOVE` (also transactional), so
a crash at any moment leaves either the old or the new version, never half of one. Each article's
query index graph (kg.index) is written, staged and swapped together with it.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import StoreError
from kg.index import index_graph, index_quads
from kg.iri import BASE
from kg.lock import GENERIC_WRITER, HOLDER_FILE, holding, locked_error

PID_FILE = HOLDER_FILE
STAGING_SUFFIX = "#staging"
_CONTENT_HASH = ox.NamedNode(BASE + "ontology#contentHash")
_READ_ONLY_ATTEMPTS = 8
_NO_STORE_HINT = "run `kg ingest` first or pass -l/--location"


@contextlib.contextmanager
def open_store(
    location: Path, *, read_only: bool = False, holder: str = GENERIC_WRITER
) -> Iterator[ox.Store]:
    """Open the store at `location`; read-only views may run beside one writer.

    A writer records its PID and `holder` (the command, e.g. `kg ingest`) so that a second
    writer, or `kg serve`, can say who holds the lock.
    """
    if read_only:
        if not location.is_dir():
            raise StoreError(f"no store at {location}: {_NO_STORE_HINT}")
        yield _open_read_only(location)
        return
    if location.exists() and not location.is_dir():
        raise StoreError(f"{location} is a file, not a store folder")
    try:
        store = ox.Store(str(location))
    except OSError as err:
        if "lock" in str(err).lower():
            raise locked_error(location) from err
        raise StoreError(f"cannot open store {location}: {_one_line(err)}") from err
    try:
        with holding(location, holder):
            _drop_staging_graphs(store)
            yield store
            store.flush()
    finally:
        del store


def _open_read_only(location: Path) -> ox.Store:
    """A read-only view lists the writer's files, then opens them; a compaction of the writer in
    between deletes one of them. That race is retried; anything else is reported at once."""
    for attempt in range(_READ_ONLY_ATTEMPTS):
        try:
            return ox.Store.read_only(str(location))
        except (OSError, RuntimeError) as err:  # RuntimeError: a store killed while created
            raced = "No such file or directory" in str(err)
            if not raced or attempt == _READ_ONLY_ATTEMPTS - 1:
                message = f"cannot open store {location} read-only: {_one_line(err)}"
                raise StoreError(message) from err
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def _one_line(err: BaseException) -> str:
    return " ".join(str(err).split())


def _drop_staging_graphs(store: ox.Store) -> None:
    """A crash between staging and swap leaves a staging graph; the old article stays intact."""
    for graph in list(store.named_graphs()):
        if isinstance(graph, ox.NamedNode) and graph.value.endswith(STAGING_SUFFIX):
            store.remove_graph(graph)


def add_missing_indexes(store: ox.Store, articles: Iterable[str]) -> int:
    """Write the index graph of every stored article that has none (a store kg wrote before it
    kept an index); one transaction per article, like any write. Returns how many it wrote."""
    written = 0
    for article in articles:
        if store.contains_named_graph(ox.NamedNode(index_graph(article))):
            continue
        quads = list(store.quads_for_pattern(None, None, None, ox.NamedNode(article)))
        index = index_quads(quads)
        if index:
            store.extend(index)
            written += 1
    return written


def stored_hashes(store: ox.Store) -> dict[str, str]:
    """Article graph IRI -> content hash of the version stored, for skipping unchanged input."""
    hashes: dict[str, str] = {}
    for quad in store.quads_for_pattern(None, _CONTENT_HASH, None, None):
        if isinstance(quad.graph_name, ox.NamedNode) and isinstance(quad.object, ox.Literal):
            hashes[quad.graph_name.value] = quad.object.value
    return hashes


@dataclass(frozen=True)
class ArticleGraph:
    """All quads of one article, in its named graph `iri`."""

    iri: str
    content_hash: str
    quads: Sequence[ox.Quad]


def write_new(store: ox.Store, graphs: Iterable[ArticleGraph]) -> None:
    """Add articles not yet in the store, with their index graphs, all in one transaction (a
    crash adds none of them)."""
    store.extend(quad for graph in graphs for quad in _with_index(graph.quads))


def _with_index(quads: Sequence[ox.Quad]) -> Iterator[ox.Quad]:
    yield from quads
    yield from index_quads(quads)


def replace(store: ox.Store, graph: ArticleGraph) -> None:
    """Swap a changed article's graph and its index graph for their new versions, atomically."""
    index = index_quads(graph.quads)
    swaps = [(graph.iri, graph.quads), (index_graph(graph.iri), index)]
    operations = []
    for iri, quads in swaps:
        staging = ox.NamedNode(iri + STAGING_SUFFIX)
        store.remove_graph(staging)
        store.extend(ox.Quad(q.subject, q.predicate, q.object, staging) for q in quads)
        # The IRIs are minted by kg.iri (hex digests), never taken from article text.
        operations.append(f"MOVE GRAPH <{staging.value}> TO <{iri}>" if quads or iri == graph.iri
                          else f"DROP SILENT GRAPH <{iri}>")
    store.update(" ;\n".join(operations))  # one update, one transaction
