"""HTML pages (kg.readers.html_page): the main text and its metadata, without the boilerplate."""

from __future__ import annotations

from pathlib import Path

from tests.readers.reading import DATA, only_article, only_error


def test_html_main_text_and_metadata() -> None:
    article = only_article(DATA / "page.html")
    assert article.format == "html"
    assert article.document == "page.html"
    assert article.title == "Ossoff and Handel face off in Georgia runoff"
    assert article.date == "2017-06-20"
    assert article.url == "https://news.example.org/2017/06/20/georgia-runoff"
    assert article.publisher == "Example News"
    assert "Democrat Jon Ossoff and Republican Karen Handel." in article.text
    assert "endorsing Handel." in article.text
    for boilerplate in ("SCRIPT", "NAV-", "FOOTER-", "ASIDE-", "dataLayer", "font-family"):
        assert boilerplate not in article.text


def test_html_without_main_text_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><body><script>var x = 1;</script></body></html>", encoding="utf-8")
    assert only_error(path).reason.startswith("empty article")
