"""The article readers on the project's real files (seeds, gold docs, corpus) and on broken ones:
where those files are, and reading them as `kg ingest` does."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

import pytest

from kg.errors import InputError
from kg.model import Article
from kg.readers import iter_articles

SHARED = Path(__file__).resolve().parents[3] / "shared"
SEEDS = SHARED / "data" / "seeds"
GOLD_DOCS = SHARED / "gold" / "docs"
CURRENT_EVENTS = SHARED / "data" / "corpus" / "current-events" / "news"
CORPUS = SHARED / "data" / "corpus" / "articles" / "articles.jsonl"
DATA = Path(__file__).parent.parent / "data" / "readers"

needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="shared data folder not present")


def read(
    *paths: str | Path,
    format: str | None = None,
    stdin: TextIO | None = None,
    encoding: str | None = None,
) -> list[Article | InputError]:
    return list(
        iter_articles([str(p) for p in paths], format=format, stdin=stdin, encoding=encoding)
    )


def only_article(
    *paths: str | Path,
    format: str | None = None,
    stdin: TextIO | None = None,
    encoding: str | None = None,
) -> Article:
    (item,) = read(*paths, format=format, stdin=stdin, encoding=encoding)
    assert isinstance(item, Article), item
    return item


def only_error(*paths: str | Path, format: str | None = None) -> InputError:
    (item,) = read(*paths, format=format)
    assert isinstance(item, InputError), item
    return item


def raw_text(path: Path) -> str:
    """The file as score-facts decodes it: bytes as UTF-8, nothing stripped or translated."""
    return path.read_bytes().decode("utf-8")
