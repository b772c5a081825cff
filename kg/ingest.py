"""Articles in, article graphs out: read, skip what is unchanged, extract, build, write.

Unchanged articles (same IRI and content hash) are skipped before any NLP runs, so
re-ingesting a corpus costs little more than reading it. Extraction runs here, on N local
processes or on a Dask cluster (kg.parallel); writing always happens here, in input order.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TextIO

import pyoxigraph as ox

from kg import store as kg_store
from kg.articlework import (
    ArticleBuilds,
    ArticleGraphBuilder,
    ArticleProcessor,
    BuiltArticle,
    build_article,
    stored_key,
)
from kg.errors import InputError
from kg.iri import article_iri
from kg.model import Article
from kg.readers.records import RECORD_FIELDS, RecordFields
from kg.readers.sections import MAX_ARTICLE_CHARS

# Transactions of a few thousand quads wrote fastest here (5 k: 17 s, 50 k: 20 s for 135 k quads).
BATCH_QUADS = 5_000
BATCH_SECONDS = 1.0
# RocksDB keeps written quads in memory tables until they are flushed: about 0.9 MB per 1,000
# quads here, 1.5 GB peak for the whole corpus. Flushing every 100 k quads holds it near 100 MB
# (a 1 M-quad write: 874 MB without, 92 MB with).
FLUSH_QUADS = 100_000


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """`1 article`, `2 articles`: a count with its noun in the right number."""
    return f"{count} {singular if count == 1 else plural or singular + 's'}"


@dataclass
class IngestReport:
    """What one ingest run did; `errors` and `warnings` hold one-line messages
    (`file:line: reason`), warnings once each."""

    read: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    facts: int = 0
    quads: int = 0
    words: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    _seen: set[str] = field(default_factory=set, repr=False, compare=False)

    @property
    def failed(self) -> int:
        return len(self.errors)

    def warn(self, message: str) -> None:
        if message not in self._seen:
            self._seen.add(message)
            self.warnings.append(message)

    def summary(self) -> str:
        rate = self.read / self.seconds if self.seconds else 0.0
        warned = f", {counted(len(self.warnings), 'warning')}" if self.warnings else ""
        return (
            f"{counted(self.read, 'article')} read: {self.added} added, "
            f"{self.replaced} replaced, {self.unchanged} unchanged, {self.failed} failed"
            f"{warned}; {counted(self.facts, 'fact')}, {counted(self.quads, 'quad')} "
            f"in {self.seconds:.1f} s ({rate:.1f} articles/s)"
        )


def serial_builds(process: ArticleProcessor | None = None) -> ArticleBuilds:
    """Build in this process; the models load only when the first changed article arrives."""

    def builds(articles: Iterable[Article]) -> Iterator[BuiltArticle]:
        builder = process
        for article in articles:
            if builder is None:
                builder = ArticleGraphBuilder()
            yield build_article(builder, article)

    return builds


class GraphWriter:
    """New graphs go in batches (one transaction each); a changed graph is swapped alone.

    A batch is written once it holds `batch_quads` quads or is `batch_seconds` old, so a crash
    loses at most a few seconds of work and readers see progress.
    """

    def __init__(
        self,
        store: ox.Store,
        *,
        batch_quads: int = BATCH_QUADS,
        batch_seconds: float = BATCH_SECONDS,
        flush_quads: int = FLUSH_QUADS,
    ) -> None:
        self.store = store
        self.flush_quads = flush_quads
        self.batch_quads = batch_quads
        self.batch_seconds = batch_seconds
        self.pending: list[kg_store.ArticleGraph] = []
        self.pending_quads = 0
        self.oldest = 0.0
        self.unflushed_quads = 0

    def add(self, graph: kg_store.ArticleGraph) -> None:
        if not self.pending:
            self.oldest = time.monotonic()
        self.pending.append(graph)
        self.pending_quads += len(graph.quads)
        if (
            self.pending_quads >= self.batch_quads
            or time.monotonic() - self.oldest >= self.batch_seconds
        ):
            self.flush()

    def replace(self, graph: kg_store.ArticleGraph) -> None:
        self.flush()
        kg_store.replace(self.store, graph)
        self._written(len(graph.quads))

    def flush(self) -> None:
        if self.pending:
            kg_store.write_new(self.store, self.pending)
            self._written(self.pending_quads)
            self.pending = []
            self.pending_quads = 0

    def _written(self, quads: int) -> None:
        """Move the store's memory tables to disk every `flush_quads`, so memory stays flat."""
        self.unflushed_quads += quads
        if self.unflushed_quads >= self.flush_quads:
            self.store.flush()
            self.unflushed_quads = 0


def ingest(
    store: ox.Store,
    items: Iterable[Article | InputError],
    *,
    process: ArticleProcessor | None = None,
    jobs: int = 1,
    scheduler: str | None = None,
    batch_quads: int = BATCH_QUADS,
    batch_seconds: float = BATCH_SECONDS,
    on_article: Callable[[Article | InputError], None] | None = None,
) -> IngestReport:
    """Store every readable article; report the unreadable ones and carry on.

    `jobs` > 1 extracts on that many processes, `scheduler` (a `dask.distributed` address) on
    a cluster; either way this process alone writes. New articles are written in batches (one
    transaction each, never half an article); changed ones replace their graph atomically.
    """
    report = IngestReport()
    started = time.perf_counter()
    if scheduler is not None or jobs > 1:
        from kg.parallel import dask_builds, process_builds

        builds = dask_builds(scheduler) if scheduler is not None else process_builds(jobs)
    else:
        builds = serial_builds(process)
    writer = GraphWriter(store, batch_quads=batch_quads, batch_seconds=batch_seconds)
    replacing: deque[bool] = deque()
    from kg.extract import fingerprint

    known = kg_store.stored_hashes(store)
    kg_store.add_missing_indexes(store, known)
    todo = _changed_articles(
        items, known, report, replacing, on_article=on_article, extraction=fingerprint()
    )
    for built in builds(todo):
        is_replacement = replacing.popleft()
        if built.graph is None:
            report.errors.append(built.error or f"{built.origin}: extraction failed")
            continue
        report.words += built.words
        report.quads += len(built.graph.quads)
        report.facts += built.facts
        if is_replacement:
            writer.replace(built.graph)
            report.replaced += 1
        else:
            writer.add(built.graph)
            report.added += 1
    writer.flush()
    report.seconds = time.perf_counter() - started
    return report


def _changed_articles(
    items: Iterable[Article | InputError],
    known: dict[str, str],
    report: IngestReport,
    replacing: deque[bool],
    *,
    on_article: Callable[[Article | InputError], None] | None,
    extraction: str,
) -> Iterator[Article]:
    """The articles that need extraction, in input order; the unchanged-skip happens here,
    before dispatch, and `replacing` records for each one whether it replaces a stored graph."""
    for item in items:
        if on_article is not None:
            on_article(item)
        if isinstance(item, InputError):
            report.errors.append(str(item))
            continue
        report.read += 1
        for warning in item.warnings:
            report.warn(str(warning))
        refused = _refusal(item)
        if refused is not None:
            report.errors.append(f"{item.origin}: {refused}")
            continue
        iri = article_iri(item)
        content_hash = stored_key(item, extraction)
        stored = known.get(iri)
        if stored == content_hash:
            report.unchanged += 1
            continue
        known[iri] = content_hash
        replacing.append(stored is not None)
        yield item


def _refusal(article: Article) -> str | None:
    """Why an article that was read is still not ingested, or None."""
    if len(article.text) > MAX_ARTICLE_CHARS:  # the readers split longer texts into sections
        return (
            f"article too long ({len(article.text):,} characters; "
            f"the limit is {MAX_ARTICLE_CHARS:,}; kg.readers.sections.split_article splits it)"
        )
    try:
        article.content_hash  # noqa: B018 - raises for text that is not valid Unicode
    except UnicodeEncodeError:
        return "invalid Unicode (a lone surrogate)"
    return None


def read_items(
    paths: Sequence[str],
    *,
    format: str | None = None,
    stdin: TextIO | None = None,
    encoding: str | None = None,
    fields: RecordFields = RECORD_FIELDS,
) -> Iterable[Article | InputError]:
    from kg.readers import iter_articles

    return iter_articles(paths, format=format, stdin=stdin, encoding=encoding, fields=fields)
