"""Extraction on N local processes or a Dask cluster, streamed back in order to one writer.

Workers load the NLP models once per process and send each article's quads back as N-Quads
bytes (cheap to pickle, parsed by pyoxigraph in the writer); a bounded window of chunks in
flight keeps memory flat however large the corpus.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any, Protocol

import pyoxigraph as ox

from kg.articlework import (
    ArticleBuilds,
    ArticleGraphBuilder,
    ArticleProcessor,
    BuiltArticle,
    build_article,
    one_line,
)
from kg.errors import SchedulerError
from kg.model import Article
from kg.store import ArticleGraph

ProcessorFactory = Callable[[], ArticleProcessor]
CHUNK_ARTICLES = 4
CHUNKS_PER_WORKER = 3


@dataclass(frozen=True)
class PackedArticle:
    """A `BuiltArticle` as a worker sends it: quads as N-Quads bytes, not Python objects."""

    origin: str
    iri: str
    content_hash: str
    nquads: bytes
    facts: int
    words: int
    error: str | None

    @classmethod
    def pack(cls, built: BuiltArticle) -> PackedArticle:
        graph = built.graph
        nquads = ox.serialize(graph.quads, format=ox.RdfFormat.N_QUADS) if graph else None
        return cls(
            origin=built.origin,
            iri=graph.iri if graph else "",
            content_hash=graph.content_hash if graph else "",
            nquads=nquads or b"",
            facts=built.facts,
            words=built.words,
            error=built.error,
        )

    def unpack(self) -> BuiltArticle:
        graph = None
        if self.error is None:
            quads = list(ox.parse(self.nquads, format=ox.RdfFormat.N_QUADS))
            graph = ArticleGraph(iri=self.iri, content_hash=self.content_hash, quads=quads)
        return BuiltArticle(
            origin=self.origin, graph=graph, facts=self.facts, words=self.words, error=self.error
        )


# One processor per worker process, made on first use (Dask workers have no initializer);
# the lock matters on Dask workers, which run tasks on threads.
_processors: dict[ProcessorFactory, ArticleProcessor] = {}
_processors_lock = threading.Lock()


def _processor(factory: ProcessorFactory) -> ArticleProcessor:
    with _processors_lock:
        if factory not in _processors:
            _processors[factory] = factory()
        return _processors[factory]


def init_worker(factory: ProcessorFactory) -> None:
    """Pool initializer: load the models before the first chunk arrives."""
    _processor(factory)


def build_chunk(
    articles: list[Article], factory: ProcessorFactory = ArticleGraphBuilder
) -> list[PackedArticle]:
    """The worker task: build a few articles (a pure function of them) and pack the results."""
    process = _processor(factory)
    return [PackedArticle.pack(build_article(process, article)) for article in articles]


class _Pending(Protocol):
    """What a pool or a cluster hands back for a submitted chunk."""

    def result(self) -> list[PackedArticle]: ...


def windowed(
    articles: Iterable[Article],
    submit: Callable[[list[Article]], _Pending],
    *,
    chunk: int,
    window: int,
) -> Iterator[BuiltArticle]:
    """Submit chunks, keep at most `window` in flight, yield the results in input order."""
    source = iter(articles)
    in_flight: deque[_Pending] = deque()
    while True:
        while len(in_flight) < window and (batch := list(islice(source, chunk))):
            in_flight.append(submit(batch))
        if not in_flight:
            return
        for packed in in_flight.popleft().result():
            yield packed.unpack()


@dataclass(frozen=True)
class _AsyncResult:
    """A multiprocessing `AsyncResult` with the `result()` of a future."""

    pending: Any

    def result(self) -> list[PackedArticle]:
        return self.pending.get()


def process_builds(
    jobs: int,
    *,
    factory: ProcessorFactory = ArticleGraphBuilder,
    chunk: int = CHUNK_ARTICLES,
    window: int | None = None,
) -> ArticleBuilds:
    """Extract on `jobs` worker processes, each loading the models once; no pool starts (and
    no model loads) when no article needs extraction."""

    def builds(articles: Iterable[Article]) -> Iterator[BuiltArticle]:
        source = _unless_empty(articles)
        if source is None:
            return
        # spawn, not fork: the writer holds an open RocksDB store and its threads.
        context = multiprocessing.get_context("spawn")
        with context.Pool(jobs, initializer=init_worker, initargs=(factory,)) as pool:

            def submit(batch: list[Article]) -> _Pending:
                return _AsyncResult(pool.apply_async(build_chunk, (batch, factory)))

            window_chunks = window or jobs * CHUNKS_PER_WORKER
            yield from windowed(source, submit, chunk=chunk, window=window_chunks)

    return builds


def _unless_empty(articles: Iterable[Article]) -> Iterator[Article] | None:
    """The articles, or None when there are none (so no workers start for nothing)."""
    source = iter(articles)
    first = list(islice(source, 1))
    return _chain(first, source) if first else None


def _chain(first: list[Article], rest: Iterator[Article]) -> Iterator[Article]:
    yield from first
    yield from rest


def dask_builds(
    scheduler: Any,
    *,
    factory: ProcessorFactory = ArticleGraphBuilder,
    chunk: int = CHUNK_ARTICLES,
    window: int | None = None,
) -> ArticleBuilds:
    """Extract on a `dask.distributed` cluster: `scheduler` is its address or a `Client`."""

    def builds(articles: Iterable[Article]) -> Iterator[BuiltArticle]:
        source = _unless_empty(articles)
        if source is None:
            return
        client, own = _client(scheduler)
        try:
            workers = max(1, sum(client.nthreads().values()))

            def submit(batch: list[Article]) -> _Pending:
                future: _Pending = client.submit(build_chunk, batch, factory, pure=False)
                return future

            yield from windowed(
                source, submit, chunk=chunk, window=window or workers * CHUNKS_PER_WORKER
            )
        finally:
            if own:
                client.close()

    return builds


def _client(scheduler: Any) -> tuple[Any, bool]:
    """A client for `scheduler` and whether we made it (and so must close it)."""
    from distributed import Client

    if isinstance(scheduler, Client):
        return scheduler, False
    try:
        return Client(scheduler, timeout="5s"), True
    except (OSError, TimeoutError, ValueError) as err:
        raise SchedulerError(f"cannot reach Dask scheduler {scheduler}: {one_line(err)}") from err
