"""Current-Events markdown pages (kg.readers.markdown): date, headline, sources and topics."""

from __future__ import annotations

from pathlib import Path

from kg.model import SourceLink
from tests.readers.reading import CURRENT_EVENTS, GOLD_DOCS, needs_shared, only_article, raw_text

OLD_LAYOUT = (
    CURRENT_EVENTS
    / "2012/11/1"
    / (
        "new-york-mayor-michael-bloomberg-endorses-u-s-president-barack-obama-over-mitt-romney-"
        "citing-the-need-to-deal-with-climate-change-in-the-w.md"
    )
)
NEW_LAYOUT = (
    CURRENT_EVENTS
    / "2018/01/3"
    / (
        "u-s-president-donald-trump-dissolves-the-voter-fraud-commission-noting-the-cost-to-the-"
        "public-of-litigating-against-lawsuits-from-states-ob.md"
    )
)


@needs_shared
def test_current_events_old_layout() -> None:
    article = only_article(OLD_LAYOUT)
    assert article.format == "markdown"
    assert article.document == OLD_LAYOUT.name
    assert article.text == raw_text(OLD_LAYOUT)
    assert article.date == "2012-11-01"  # `### [2012-11-1]`: the day is unpadded
    assert article.title == (
        "New York Mayor Michael Bloomberg endorses U.S. President Barack Obama over Mitt Romney, "
        "citing the need to deal with climate change in the wake of Hurricane Sandy as a reason "
        "for his choice."
    )
    assert article.sources == (
        SourceLink(
            "http://www.businessweek.com/ap/2012-11-01/new-york-mayor-bloomberg-endorses-obama",
            "BusinessWeek",
        ),
        SourceLink(
            "http://www.foxnews.com/politics/2012/11/01/"
            "nyc-mayor-bloomberg-backs-obama-for-re-election-citing-climate-change/",
            "Fox News",
        ),
        SourceLink(
            "http://www.nytimes.com/2012/11/02/nyregion/"
            "bloomberg-endorses-obama-saying-hurricane-sandy-affected-decision.html",
            "New York Times",
        ),
    )
    assert article.topics[:3] == ("Barack Obama", "climate change", "Mitt Romney")
    assert len(article.topics) == len(set(article.topics))
    assert article.url is None


@needs_shared
def test_current_events_new_layout() -> None:
    article = only_article(NEW_LAYOUT)
    assert article.text.startswith("\nFormats: [HTML]")
    assert article.text == raw_text(NEW_LAYOUT)
    assert article.date == "2018-01-03"
    assert article.title == (
        "U.S. President Donald Trump dissolves the voter fraud commission noting the cost to the "
        "public of litigating against lawsuits from states objecting to the voter information "
        "requested."
    )
    # The `Cover Image` link is an image, not a source.
    assert [s.title for s in article.sources] == ["CNN", "Reuters"]
    assert article.sources[0].url == (
        "http://www.cnn.com/2018/01/03/politics/presidential-election-commission/index.html"
    )
    # The `##### topic` line first, then the `_Context:` tags.
    assert article.topics == (
        "Presidential Advisory Commission on Election Integrity",
        "Donald Trump",
        "U.S. President",
    )


@needs_shared
def test_current_events_page_saved_as_txt_with_changes_section() -> None:
    article = only_article(GOLD_DOCS / "010_c3ea0ee8126e4a06.txt")
    assert article.format == "markdown"
    assert article.date == "2018-03-14"
    assert article.title is not None and article.title.startswith("Democrat Conor Lamb declares")
    assert [s.title for s in article.sources] == ["Fox News", "The New York Times"]
    # "…special election, 2018" is one Wikipedia title although tags are joined by ", ".
    assert article.topics[0] == "Pennsylvania's 18th congressional district special election, 2018"
    assert "2018" not in article.topics


@needs_shared
def test_forced_text_format_reads_a_page_as_plain_text() -> None:
    article = only_article(GOLD_DOCS / "002_37adf535b016b979.txt", format="text")
    assert (article.format, article.date, article.sources) == ("text", None, ())


def test_markdown_entities_and_parenthesised_urls(tmp_path: Path) -> None:
    path = tmp_path / "page.md"
    path.write_text(
        "### [2016-11-8](/news/2016/11/8/index.md)\n\n# O&#039;Rourke runs. \n\n"
        "### Source:\n\n1. [Wiki &amp; co](https://en.wikipedia.org/wiki/Beto_(politician))\n\n"
        "### Related:\n\n1. [x](/news/a.md) _Context: Beto O&#039;Rourke, Texas, Texas_\n",
        encoding="utf-8",
    )
    article = only_article(path)
    assert article.title == "O'Rourke runs."
    assert article.sources == (
        SourceLink("https://en.wikipedia.org/wiki/Beto_(politician)", "Wiki & co"),
    )
    assert article.topics == ("Beto O'Rourke", "Texas")
