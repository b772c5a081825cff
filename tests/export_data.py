"""Stores for the export tests: hand-made sample facts, the seed articles, 300 corpus articles.

The seed and corpus stores are made by the real `kg ingest` once per test session (they are
cached under pytest's session temp dir through `session_store`), so every export test file reads
the same stores without re-ingesting.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from click.testing import CliRunner

from kg.build import article_quads
from kg.cli import cli
from kg.model import Article, Entity, Fact
from tests.graph_sample import SAMPLE, span

SEEDS = Path("/work/shared/data/seeds")
CORPUS = Path("/work/shared/data/corpus/articles/articles.jsonl")
CORPUS_ARTICLES = 300

PAYLOAD = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'


def sample_store() -> ox.Store:
    """The two graph_sample articles, in memory."""
    store = ox.Store()
    for article, facts in SAMPLE:
        store.extend(article_quads(article, facts))
    return store


def payload_article() -> tuple[Article, list[Fact]]:
    """An article whose title, URL-less source and evidence carry markup and script."""
    text = (f"Mayor Jane Roe endorsed John Doe {PAYLOAD} for governor on Monday. "
            "Roe said the race was close.")
    article = Article(text=text, document="payload.txt", origin="payload.txt",
                      date="2020-01-02", title=f"Roe backs Doe {PAYLOAD}",
                      url="javascript:alert(1)")
    roe = Entity(type="Person", label=f"Jane Roe {PAYLOAD}", aliases=("Roe",))
    doe = Entity(type="Person", label="John Doe")
    evidence = span(article, f"Mayor Jane Roe endorsed John Doe {PAYLOAD} for governor on Monday.")
    return article, [Fact("endorsement", roe, doe, (evidence,), 0.9, "test.v1")]


def ingest(paths: list[Path], location: Path) -> Path:
    """Run the real `kg ingest` into `location` (once: an existing store is reused)."""
    if not (location / "done").exists():
        result = CliRunner().invoke(cli, ["ingest", "-q", "-l", str(location),
                                          *map(str, paths)])
        assert result.exit_code == 0, result.output
        (location / "done").write_text("ok")
    return location


def corpus_sample(folder: Path) -> Path:
    """The first CORPUS_ARTICLES lines of the corpus as a JSON Lines file."""
    path = folder / "corpus.jsonl"
    if not path.exists():
        with CORPUS.open(encoding="utf-8") as src:
            lines = [line for _, line in zip(range(CORPUS_ARTICLES), src, strict=False)]
        path.write_text("".join(lines), encoding="utf-8")
    return path


def seeds_store(base: Path) -> Path:
    """The seed articles ingested under `base` (pytest's session base temp dir)."""
    return ingest([SEEDS], base / "export-seeds")


def corpus_store(base: Path) -> Path:
    """CORPUS_ARTICLES corpus articles ingested under `base`."""
    return ingest([corpus_sample(base)], base / "export-corpus")
