"""The per-article work: extract one article, build its graph, or say in one line why not.

Shared by the serial ingest (kg.ingest) and the worker processes (kg.parallel); imports neither.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from kg import store as kg_store
from kg.errors import KgError
from kg.iri import article_iri
from kg.model import Article

ArticleProcessor = Callable[[Article], kg_store.ArticleGraph]
_MESSAGE_MAX = 300


class ArticleGraphBuilder:
    """Extraction plus RDF building for one article; loads the NLP models once."""

    def __init__(self) -> None:
        from kg.extract import Extractor, fingerprint

        self.extractor = Extractor()
        self.extraction = fingerprint()
        self.facts_last = 0

    def __call__(self, article: Article) -> kg_store.ArticleGraph:
        from kg.build import article_quads

        facts = self.extractor.extract(article)
        self.facts_last = len(facts)
        key = stored_key(article, self.extraction)
        return kg_store.ArticleGraph(
            iri=article_iri(article),
            content_hash=key,
            quads=article_quads(article, facts, content_key=key),
        )


def stored_key(article: Article, extraction: str) -> str:
    """What an article graph is stored under: its content and the extraction that read it, so
    re-ingesting an unchanged article with the same kg changes nothing, while a new extractor
    or relation model reads it again."""
    return hashlib.sha256(f"{article.content_hash}\x00{extraction}".encode()).hexdigest()


@dataclass(frozen=True)
class BuiltArticle:
    """One article after extraction and building, or the one-line reason it failed."""

    origin: str
    graph: kg_store.ArticleGraph | None
    facts: int = 0
    words: int = 0
    error: str | None = None


# Maps articles to their builds in the same order; may run ahead of the consumer by a window.
ArticleBuilds = Callable[[Iterable[Article]], Iterator[BuiltArticle]]


def one_line(err: BaseException, *, limit: int = _MESSAGE_MAX) -> str:
    """An exception's message squeezed onto one line and clipped, for `file:line: reason`."""
    text = " ".join(str(err).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def build_article(process: ArticleProcessor, article: Article) -> BuiltArticle:
    """The per-article work: a pure function of the article (given loaded models)."""
    try:
        graph = process(article)
    except KgError as err:  # input the builder refuses (e.g. a URL that is no IRI): one line
        return BuiltArticle(origin=article.origin, graph=None, error=one_line(err))
    except Exception as err:  # noqa: BLE001 - one bad article must not stop the run
        reason = f"extraction failed: {type(err).__name__}: {one_line(err)}"
        return BuiltArticle(origin=article.origin, graph=None, error=f"{article.origin}: {reason}")
    return BuiltArticle(
        origin=article.origin,
        graph=graph,
        facts=getattr(process, "facts_last", 0),
        words=len(article.text.split()),
    )
