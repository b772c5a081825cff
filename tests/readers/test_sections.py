"""Articles longer than MAX_ARTICLE_CHARS cut into parts at paragraph ends (kg.readers.sections)."""

from __future__ import annotations

from pathlib import Path

from kg.model import Article
from kg.readers import MAX_ARTICLE_CHARS
from tests.readers.reading import read


def test_long_text_is_split_into_sections_that_cover_it(tmp_path: Path) -> None:
    paragraph = "Karen Handel won the runoff. " * 30 + "\n\n"
    text = paragraph * (2_100_000 // len(paragraph))
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    parts = read(path)
    assert len(parts) == 3
    assert all(isinstance(p, Article) for p in parts)
    articles = [p for p in parts if isinstance(p, Article)]
    assert "".join(a.text for a in articles) == text
    assert [a.document for a in articles] == [f"long.txt#part-{n}" for n in (1, 2, 3)]
    assert [a.part for a in articles] == [1, 2, 3]
    assert all(len(a.text) <= MAX_ARTICLE_CHARS and a.text.endswith("\n\n") for a in articles)
    assert "stored as 3 sections" in str(articles[0].warnings[0])
