"""Push the store (one named graph per article) to another triplestore over the Graph Store
Protocol, replacing each graph so that pushing the same data twice adds nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox
import requests

from kg.errors import InputError, PushError
from kg.push.gsp import GraphStoreClient, make_auth
from kg.push.targets import TARGETS, Target, get_target

__all__ = ["TARGETS", "PushReport", "push_store", "remote_counts"]

T = TypeVar("T")
# Graph IRIs per verification query: keeps the query text well under server request limits.
VERIFY_CHUNK = 200


@dataclass(frozen=True)
class PushReport:
    """What a push sent; `verified` is None when no verification was asked for.

    `skipped` counts quads that have no IRI-named graph (default graph, blank-node graph
    names): the Graph Store Protocol cannot address them one graph at a time.
    """

    graphs: int
    quads: int
    seconds: float
    verified: bool | None
    skipped: int = 0

    @property
    def quads_per_second(self) -> float:
        return self.quads / self.seconds if self.seconds > 0 else 0.0


def push_store(
    store: ox.Store | None,
    url: str,
    *,
    target: str = "generic",
    graph: str | None = None,
    source_file: Path | None = None,
    user: str | None = None,
    password: str | None = None,
    auth: str | None = None,
    batch_graphs: int = 200,
    verify: bool = False,
    progress: Callable[[int, int], None] | None = None,
    retries: int = 4,
    backoff: float = 0.5,
    query_url: str | None = None,
) -> PushReport:
    """Send every named graph of `store` (or of `source_file`) to `url`, replacing each one.

    `graph` narrows the push to one graph (a file's default-graph triples go into it).
    `auth` defaults to the target's scheme (digest for Virtuoso, else basic).
    `progress(done, total)` is called in quads after each batch. `verify` re-counts every
    pushed graph on the remote side and raises `PushError` on any difference.
    """
    kind = get_target(target)
    if graph is not None:
        graph_node(graph)  # a bad IRI fails here, before any file is read
    if batch_graphs < 1:
        raise PushError(f"batch size must be at least 1, not {batch_graphs}")
    source = load_source(source_file, graph) if source_file is not None else store
    if source is None:
        raise PushError("nothing to push: give a store or a source file")
    graphs = graph_names(source, graph)
    local = local_counts(source, graphs)
    total = sum(local.values())
    skipped = len(source) - total if graph is None else 0
    endpoints = kind.endpoints(url, authenticated=user is not None, query_url=query_url)
    with requests.Session() as session:
        session.auth = make_auth(user, password, auth or kind.default_auth)
        client = GraphStoreClient(endpoints, kind.graph_param, session, retries=retries,
                                  backoff=backoff)
        started = time.perf_counter()
        done = 0
        if progress:
            progress(0, total)
        for batch in _chunks(graphs, batch_graphs):
            done += _push_batch(client, kind, source, batch)
            if progress:
                progress(done, total)
        seconds = time.perf_counter() - started
        verified = None
        if verify:
            _check_counts(local, remote_counts(client, [g.value for g in graphs]))
            verified = True
    return PushReport(graphs=len(graphs), quads=done, seconds=seconds, verified=verified,
                      skipped=skipped)


def load_source(path: Path, graph: str | None) -> ox.Store:
    """An in-memory store holding an RDF file; with `graph`, default-graph triples go there."""
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip("."))
    if fmt is None:
        raise InputError(str(path), "cannot tell the RDF format from the file extension "
                                    "(use .nq, .trig, .nt, .ttl, .rdf or .jsonld)")
    target = graph_node(graph) if graph else None
    memory = ox.Store()
    try:
        quads: Iterable[ox.Quad] = ox.parse(path=path, format=fmt)
        if target is not None:
            quads = (ox.Quad(q.subject, q.predicate, q.object, target)
                     if isinstance(q.graph_name, ox.DefaultGraph) else q for q in quads)
        memory.extend(quads)
    except SyntaxError as e:
        raise InputError(str(path), str(e)) from None
    except OSError as e:
        raise InputError(str(path), e.strerror or str(e)) from None
    return memory


def graph_node(iri: str) -> ox.NamedNode:
    """The graph named by `iri`, or a one-line error when it is no absolute IRI."""
    try:
        return ox.NamedNode(iri)
    except ValueError as e:
        raise PushError(f"--graph {iri!r} is not an absolute IRI: {e}") from None


def graph_names(source: ox.Store, graph: str | None) -> list[ox.NamedNode]:
    """The IRI-named graphs to push, in a stable order so progress and errors repeat."""
    if graph is not None:
        node = graph_node(graph)
        if not source.contains_named_graph(node):
            raise PushError(f"graph <{graph}> is not in the source")
        return [node]
    return sorted((g for g in source.named_graphs() if isinstance(g, ox.NamedNode)),
                  key=lambda g: g.value)


def local_counts(source: ox.Store, graphs: Sequence[ox.NamedNode]) -> dict[str, int]:
    """Triples per graph on this side, from one grouped count rather than a scan per graph."""
    wanted = {g.value for g in graphs}
    counts = dict.fromkeys(wanted, 0)
    result = source.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    assert isinstance(result, ox.QuerySolutions)
    for row in result:
        g, n = row["g"], row["n"]
        if isinstance(g, ox.NamedNode) and g.value in wanted and isinstance(n, ox.Literal):
            counts[g.value] = int(n.value)
    return counts


def remote_counts(client: GraphStoreClient, graphs: Sequence[str]) -> dict[str, int]:
    """Triples per graph on the remote side (0 for a graph it does not have)."""
    counts = dict.fromkeys(graphs, 0)
    for chunk in _chunks(list(graphs), VERIFY_CHUNK):
        values = " ".join(f"<{g}>" for g in chunk)
        rows = client.select("SELECT ?g (COUNT(*) AS ?n) WHERE { VALUES ?g { " + values
                             + " } GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        for row in rows:
            counts[row["g"]["value"]] = int(row["n"]["value"])
    return counts


def _check_counts(local: dict[str, int], remote: dict[str, int]) -> None:
    differ = sorted(g for g in local if local[g] != remote.get(g, 0))
    if differ:
        g = differ[0]
        raise PushError(f"verify failed: {len(differ)} of {len(local)} graphs differ after the "
                        f"push, e.g. <{g}> has {local[g]} triples here and "
                        f"{remote.get(g, 0)} remotely")


def _push_batch(client: GraphStoreClient, kind: Target, source: ox.Store,
                batch: Sequence[ox.NamedNode]) -> int:
    """Replace the graphs of one batch remotely; the number of quads sent."""
    if kind.strategy == "drop-post":
        quads = [q for g in batch for q in source.quads_for_pattern(None, None, None, g)]
        client.update(" ;\n".join(f"DROP SILENT GRAPH <{g.value}>" for g in batch))
        if quads:
            client.post_quads(_serialize(quads, ox.RdfFormat.N_QUADS))
        return len(quads)
    sent = 0
    for g in batch:
        triples = [q.triple for q in source.quads_for_pattern(None, None, None, g)]
        client.put_graph(g.value, _serialize(triples, ox.RdfFormat.N_TRIPLES))
        sent += len(triples)
    return sent


def _serialize(items: Sequence[ox.Quad] | Sequence[ox.Triple], fmt: ox.RdfFormat) -> bytes:
    return ox.serialize(items, format=fmt) or b""


def _chunks(items: Sequence[T], size: int) -> Iterator[list[T]]:
    for i in range(0, len(items), size):
        yield list(items[i : i + size])
