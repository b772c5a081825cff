"""Plain text in the seed layout (kg.readers.text): the date header, the title, the whole
file as text."""

from __future__ import annotations

import json
import os
from pathlib import Path

from kg.model import Article
from tests.readers.reading import (
    GOLD_DOCS,
    SEEDS,
    SHARED,
    needs_shared,
    only_article,
    only_error,
    raw_text,
    read,
)


@needs_shared
def test_seeds_read_with_their_date_and_the_whole_file_as_text() -> None:
    items = read(SEEDS)
    assert [a.document for a in items if isinstance(a, Article)] == sorted(os.listdir(SEEDS))
    first, second, page = items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert isinstance(page, Article)
    for article in (first, second):
        assert article.format == "text"
        assert article.date == "2017-06-20"
        assert article.text == raw_text(SEEDS / article.document)
        assert article.origin == str(SEEDS / article.document)
    assert first.title is not None and first.title.startswith("The polls have closed in Georgia")
    assert second.title == (
        "The most expensive House election in U.S. history is down to the wire Tuesday in "
        "Georgia's sixth district."
    )
    # 002 is a Current-Events page saved as .txt: its content makes it markdown.
    assert page.format == "markdown"
    assert page.date == "2017-06-20"


@needs_shared
def test_gold_docs_text_is_what_gold_offsets_index() -> None:
    articles = read(GOLD_DOCS)
    assert len(articles) == 12
    for article in articles:
        assert isinstance(article, Article)
        assert article.text == raw_text(GOLD_DOCS / article.document)
        assert article.date is not None
    formats = {a.document[:3]: a.format for a in articles if isinstance(a, Article)}
    assert [n for n, f in sorted(formats.items()) if f == "markdown"] == [
        "002", "007", "008", "009", "010", "011"
    ]  # fmt: skip
    gold_lines = (SHARED / "gold" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    gold = [json.loads(line) for line in gold_lines if line.strip()]
    texts = {a.document: a.text for a in articles if isinstance(a, Article)}
    for fact in gold:
        for source in fact["sources"]:
            assert texts[source["document"]][source["start"] : source["end"]] == source["text"]


def test_plain_text_without_header_has_no_date(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Karen Handel wins. She thanks voters.\n", encoding="utf-8")
    article = only_article(path)
    assert (article.date, article.title, article.text) == (
        None,
        "Karen Handel wins.",
        "Karen Handel wins. She thanks voters.\n",
    )


def test_header_without_body_is_an_empty_article(tmp_path: Path) -> None:
    path = tmp_path / "header.txt"
    path.write_text(" date 2017-06-20 \n\n", encoding="utf-8")
    assert only_error(path).reason == "empty article"
