"""Articles in, article graphs out: read, skip what is unchanged, extract, build, write.

Unchanged articles (same IRI and content hash) are skipped before any NLP runs, so
re-ingesting a corpus costs little more than reading it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TextIO

import pyoxigraph as ox

from kg import store as kg_store
from kg.errors import InputError
from kg.iri import article_iri
from kg.model import Article

ArticleProcessor = Callable[[Article], kg_store.ArticleGraph]


@dataclass
class IngestReport:
    """What one ingest run did; `errors` holds one-line messages (`file:line: reason`)."""

    read: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    facts: int = 0
    quads: int = 0
    words: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.errors)

    def summary(self) -> str:
        rate = self.read / self.seconds if self.seconds else 0.0
        return (
            f"{self.read} articles read: {self.added} added, {self.replaced} replaced, "
            f"{self.unchanged} unchanged, {self.failed} failed; {self.facts} facts, "
            f"{self.quads} quads in {self.seconds:.1f} s ({rate:.1f} articles/s)"
        )


class ArticleGraphBuilder:
    """Extraction plus RDF building for one article; loads the NLP models once."""

    def __init__(self) -> None:
        from kg.extract import Extractor

        self.extractor = Extractor()
        self.facts_last = 0

    def __call__(self, article: Article) -> kg_store.ArticleGraph:
        from kg.build import article_quads

        facts = self.extractor.extract(article)
        self.facts_last = len(facts)
        return kg_store.ArticleGraph(
            iri=article_iri(article),
            content_hash=article.content_hash,
            quads=article_quads(article, facts),
        )


def ingest(
    store: ox.Store,
    items: Iterable[Article | InputError],
    *,
    process: ArticleProcessor | None = None,
    batch_quads: int = 50_000,
    on_article: Callable[[Article | InputError], None] | None = None,
) -> IngestReport:
    """Store every readable article; report the unreadable ones and carry on.

    New articles are written in batches (one transaction each, never half an article);
    changed ones replace their graph atomically.
    """
    report = IngestReport()
    started = time.perf_counter()
    known = kg_store.stored_hashes(store)
    builder = process
    pending: list[kg_store.ArticleGraph] = []
    pending_quads = 0

    def flush() -> None:
        nonlocal pending_quads
        if pending:
            kg_store.write_new(store, pending)
            pending.clear()
            pending_quads = 0

    for item in items:
        if on_article is not None:
            on_article(item)
        if isinstance(item, InputError):
            report.errors.append(str(item))
            continue
        report.read += 1
        iri = article_iri(item)
        if known.get(iri) == item.content_hash:
            report.unchanged += 1
            continue
        if builder is None:
            builder = ArticleGraphBuilder()
        try:
            graph = builder(item)
        except Exception as err:  # noqa: BLE001 - one bad article must not stop the run
            report.errors.append(f"{item.origin}: extraction failed: {type(err).__name__}: {err}")
            continue
        report.words += len(item.text.split())
        report.quads += len(graph.quads)
        report.facts += getattr(builder, "facts_last", 0)
        if iri in known:
            flush()
            kg_store.replace(store, graph)
            report.replaced += 1
        else:
            pending.append(graph)
            pending_quads += len(graph.quads)
            report.added += 1
            if pending_quads >= batch_quads:
                flush()
        known[iri] = item.content_hash
    flush()
    report.seconds = time.perf_counter() - started
    return report


def read_items(
    paths: Sequence[str], *, format: str | None = None, stdin: TextIO | None = None
) -> Iterable[Article | InputError]:
    from kg.readers import iter_articles

    return iter_articles(paths, format=format, stdin=stdin)
