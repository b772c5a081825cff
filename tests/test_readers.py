"""The article readers on the project's real files (seeds, gold docs, corpus) and on broken ones."""

from __future__ import annotations

import io
import json
import os
import tempfile
from pathlib import Path
from typing import TextIO

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.model import Article, SourceLink
from kg.readers import (
    FORMATS,
    MAX_ARTICLE_CHARS,
    RECORD_FIELDS,
    guess_format,
    iter_articles,
    sniff_format,
)

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "data" / "seeds"
GOLD_DOCS = SHARED / "gold" / "docs"
CURRENT_EVENTS = SHARED / "data" / "corpus" / "current-events" / "news"
CORPUS = SHARED / "data" / "corpus" / "articles" / "articles.jsonl"
DATA = Path(__file__).parent / "data" / "readers"

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


# --- plain text (seed layout) ------------------------------------------------------------------


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


# --- Current-Events markdown -------------------------------------------------------------------


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


# --- JSON and JSON Lines -----------------------------------------------------------------------


@needs_shared
def test_corpus_jsonl_reads_every_record() -> None:
    items = read(CORPUS)
    assert len(items) == 2477
    assert all(isinstance(a, Article) for a in items)
    first = items[0]
    assert isinstance(first, Article)
    with CORPUS.open(encoding="utf-8") as lines:
        record = json.loads(next(lines))
    assert first.document == f"articles.jsonl#{record['id']}"
    assert first.origin == f"{CORPUS}:1"
    assert first.format == "jsonl"
    # content_original (the article as published) wins over the dataset's tokenised `content`.
    assert first.text == record["content_original"]
    assert (first.title, first.date, first.url, first.publisher) == (
        record["title"],
        record["date"],
        record["url"],
        record["source"],
    )
    assert len({a.document for a in items if isinstance(a, Article)}) == 2477


def test_broken_jsonl_line_is_reported_and_the_others_read() -> None:
    items = read(DATA / "broken.jsonl")
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "Article"]
    error = items[1]
    assert isinstance(error, InputError)
    assert ":2:" in str(error)
    assert str(error).startswith(f"{DATA / 'broken.jsonl'}:2: invalid JSON: ")
    third = items[2]
    assert isinstance(third, Article)
    assert (third.document, third.date, third.text) == (
        "broken.jsonl#a3",
        "2016-11-09",
        "Trump wins the election.",
    )


def test_jsonl_records_of_wrong_types_name_line_and_field() -> None:
    items = read(DATA / "wrong_types.jsonl")
    messages = [str(i).split(":", 1)[1] for i in items[:-1] if isinstance(i, InputError)]
    assert messages == [
        "1: field 'text': expected a string, got a number",
        "2: expected a JSON object, got an array",
        "3: no article text (none of the fields 'text', 'content_original', 'content', 'body'; "
        "--field text=NAME reads another)",
        "5: empty article",
        "6: field 'title': expected a string, got an array",
        "7: field 'text': invalid Unicode (a lone surrogate escape)",
    ]
    # A date that does not parse keeps the record, without a date, and says so.
    kept = items[3]
    assert isinstance(kept, Article)
    assert (kept.text, kept.date) == ("A date that is not one.", None)
    assert [str(w) for w in kept.warnings] == [
        f"{DATA / 'wrong_types.jsonl'}:4: field 'date': not a date: 'yesterday-ish'; "
        "stored without a date"
    ]
    last = items[-1]
    assert isinstance(last, Article)
    # No id: the line number names the record; a {"name": …} source gives the publisher.
    assert (last.document, last.publisher) == ("wrong_types.jsonl#8", "CNN")


def test_json_array_names_records_by_id_or_index() -> None:
    first, second = read(DATA / "array.json")
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.document, first.origin, first.url, first.publisher) == (
        "array.json#x1",
        f"{DATA / 'array.json'}:2",
        "https://example.org/one",
        "Example",
    )
    assert (second.document, second.date, second.publisher, second.text) == (
        "array.json#1",
        "2016-02-02",
        "Example Wire",
        "Cruz wins the Iowa caucuses.",
    )


def test_single_json_object_is_named_by_the_file() -> None:
    article = only_article(DATA / "single.json")
    assert (article.document, article.date, article.format) == ("single.json", "2018-03-14", "json")


def test_text_field_wins_over_content(tmp_path: Path) -> None:
    path = tmp_path / "both.json"
    path.write_text(json.dumps({"content": "tokenised", "text": "The text."}), encoding="utf-8")
    assert only_article(path).text == "The text."


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("[1, 2", "invalid JSON"),
        ('"just a string"', "expected a JSON object or an array of objects, got a string"),
        ("[]", "empty article (an empty array)"),
        ("[" * 100_000, "invalid JSON"),
    ],
)
def test_bad_json_files(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    assert reason in only_error(path).reason


def test_very_long_jsonl_line(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    body = "word " * 400_000
    path.write_text(json.dumps({"text": body}) + "\n" + '{"text": 5}\n', encoding="utf-8")
    first, second, error = read(path)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.text + second.text == body
    assert (first.document, second.document) == ("long.jsonl#1#part-1", "long.jsonl#1#part-2")
    assert str(error) == f"{path}:2: field 'text': expected a string, got a number"


# --- HTML --------------------------------------------------------------------------------------


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


# --- encodings, empty and unreadable files -----------------------------------------------------


def test_latin1_is_read_as_cp1252_with_a_warning_naming_byte_and_offset() -> None:
    article = only_article(DATA / "latin1.txt")
    assert article.text == (DATA / "latin1.txt").read_bytes().decode("cp1252")
    assert article.text.startswith("Café au lait")
    assert [str(w) for w in article.warnings] == [
        f"{DATA / 'latin1.txt'}: not UTF-8 (byte 0xe9 at offset 3); read as cp1252 "
        "(guessed; --encoding forces one)"
    ]


def test_forced_encoding_is_used_without_a_warning_and_checked() -> None:
    article = only_article(DATA / "latin1.txt", encoding="latin-1")
    assert (article.text[:12], article.warnings) == ("Café au lait", ())
    (error,) = read(DATA / "latin1.txt", encoding="utf-8")
    assert str(error) == f"{DATA / 'latin1.txt'}: not utf-8 (byte 0xe9 at offset 3)"


def test_not_utf8_jsonl_line_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"text": "ok"}\n{"text": "caf\xe9"}\n{"text": "fine \xe8"}\n')
    items = read(path)
    assert [i.text for i in items if isinstance(i, Article)] == ["ok", "café", "fine è"]
    assert [[str(w) for w in i.warnings] for i in items if isinstance(i, Article)] == [
        [],
        [f"{path}:2: not UTF-8 (byte 0xe9 at offset 28); read as cp1252 (guessed; --encoding "
         "forces one); later lines that are not UTF-8 are read as cp1252 too"],
        [],
    ]


def test_cyrillic_code_page_is_detected(tmp_path: Path) -> None:
    text = "Выборы в России прошли в воскресенье, сообщает агентство.\n"
    path = tmp_path / "ru.txt"
    path.write_bytes(text.encode("cp1251"))
    article = only_article(path)
    assert article.text == text
    assert "read as cp1251" in str(article.warnings[0])


def test_truncated_utf8_keeps_the_text_and_marks_the_cut(tmp_path: Path) -> None:
    path = tmp_path / "cut.md"
    path.write_bytes(b"# Headline\n\nCruz won in Texas " + "é".encode()[:1])
    article = only_article(path)
    assert article.text.endswith("Texas \ufffd")
    assert "ends inside a UTF-8 character" in str(article.warnings[0])


@pytest.mark.parametrize("name", ["empty.txt", "blank.md"])
def test_empty_files(name: str) -> None:
    assert str(only_error(DATA / name)) == f"{DATA / name}: empty article"


@pytest.mark.parametrize("suffix", [".json", ".jsonl", ".html"])
def test_empty_files_of_every_format(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"empty{suffix}"
    path.write_bytes(b" \n\n")
    assert only_error(path).reason == "empty article"


def test_bom_is_kept_in_text_so_offsets_match_the_scorer() -> None:
    article = only_article(DATA / "bom.txt")
    assert article.text == (DATA / "bom.txt").read_bytes().decode("utf-8")
    assert article.text.startswith("\ufeff date 2016-11-08 ")
    assert article.date == "2016-11-08"
    assert article.title == "Voters in the United States go to the polls."
    first = article.sections[0]  # the header is metadata, after a BOM as anywhere
    assert article.text[first.start:first.end].startswith("Voters in the United States")


def test_bom_is_skipped_in_json(tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"text": "First."}\n{"text": "Second."}\n')
    assert [a.text for a in read(path) if isinstance(a, Article)] == ["First.", "Second."]


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert only_error(path).reason == "binary file, not text (NUL byte at offset 8)"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_files_are_decoded(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "wide.md"
    path.write_bytes("# Headline\n\nKaren Handel défeated Jon Ossoff.\n".encode(codec))
    article = only_article(path)
    assert article.text == "# Headline\n\nKaren Handel défeated Jon Ossoff.\n"
    assert article.title == "Headline"
    # A BOM says the encoding; without one it is guessed from the NUL bytes, with a warning.
    assert bool(article.warnings) == (codec in ("utf-16-le", "utf-16-be"))


def test_utf16_jsonl_is_read_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "wide.jsonl"
    lines = '{"text": "One é."}\n{"text": 5}\n{"text": "Three."}\n'
    path.write_bytes(lines.encode("utf-16"))
    items = read(path)
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "Article"]
    assert str(items[1]) == f"{path}:2: field 'text': expected a string, got a number"
    assert [i.text for i in items if isinstance(i, Article)] == ["One é.", "Three."]


def test_other_field_names_and_mapped_fields(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    records = [
        {"body": "Body text.", "headline": "A headline", "published": "2017-06-20",
         "link": "https://example.org/a"},
        {"article_body": "Mapped text.", "text": "fallback", "when": "2018-03-14"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    first, second = read(path)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.text, first.title, first.date, first.url) == (
        "Body text.", "A headline", "2017-06-20", "https://example.org/a")
    assert (second.text, second.date) == ("fallback", None)
    fields = RECORD_FIELDS.mapped(["text=article_body", "date=when"])
    mapped = [i for i in iter_articles([str(path)], fields=fields) if isinstance(i, Article)]
    assert [(a.text, a.date) for a in mapped] == [("Body text.", "2017-06-20"),
                                                  ("Mapped text.", "2018-03-14")]
    with pytest.raises(ValueError, match="SLOT=FIELD"):
        RECORD_FIELDS.mapped(["body"])


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


def test_missing_path_and_unknown_extension(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert str(only_error(missing)) == f"{missing}: cannot read: No such file or directory"
    table = tmp_path / "table.csv"
    table.write_text("a,b\n", encoding="utf-8")
    assert only_error(table).reason.startswith("unknown file type")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("text", encoding="utf-8")
    path.chmod(0)
    assert only_error(path).reason == "cannot read: Permission denied"


def test_unknown_format_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown format 'pdf'"):
        read(DATA, format="pdf")


# --- folders and stdin -------------------------------------------------------------------------


def test_folder_recursion_is_sorted_and_skips_hidden_and_unknown(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zed.", encoding="utf-8")
    (tmp_path / "a.md").write_text("# A\n\nAy.", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"id": 7, "text": "Cee."}\n', encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x,y\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("Hidden too.", encoding="utf-8")
    items = read(tmp_path)
    assert [(a.document, a.text) for a in items if isinstance(a, Article)] == [
        ("a.md", "# A\n\nAy."),
        ("z.txt", "Zed."),
        ("c.jsonl#7", "Cee."),
    ]
    assert len(items) == 3


def test_folder_with_no_article_files_is_reported(tmp_path: Path) -> None:
    (tmp_path / "data.csv").write_text("x\n", encoding="utf-8")
    assert only_error(tmp_path).reason.startswith("no article files in folder")


@needs_shared
def test_current_events_folder() -> None:
    items = read(CURRENT_EVENTS)
    assert len(items) == len(list(CURRENT_EVENTS.rglob("*.md")))  # 18 once, 201 since
    assert all(isinstance(a, Article) and a.format == "markdown" and a.date for a in items)


def test_stdin_is_sniffed_or_forced() -> None:
    text = " date 2017-06-20 Ossoff concedes.\n"
    article = only_article("-", stdin=io.StringIO(text))
    assert (article.document, article.origin, article.date, article.text) == (
        "<stdin>",
        "<stdin>",
        "2017-06-20",
        text,
    )
    lines = '{"id": "r1", "text": "One."}\n{"text": "Two."}\n'
    one, two = read("-", stdin=io.StringIO(lines))
    assert isinstance(one, Article) and isinstance(two, Article)
    assert (one.document, two.document, two.origin) == ("<stdin>#r1", "<stdin>#2", "<stdin>:2")
    forced = only_article("-", stdin=io.StringIO("# Not a headline\n"), format="text")
    assert (forced.format, forced.title) == ("text", "# Not a headline")


def test_stdin_bytes_that_are_not_utf8_are_decoded_with_a_warning() -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"caf\xe9\n"), encoding="utf-8")
    article = only_article("-", stdin=stdin)
    assert article.text == "café\n"
    assert str(article.warnings[0]).startswith("<stdin>: not UTF-8 (byte 0xe9 at offset 3)")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\nFormats: [HTML](x)", "markdown"),
        ("### [2016-11-8](/news)", "markdown"),
        ('[{"text": "a"}]', "json"),
        ('{"text": "a"}', "json"),
        ('{"text": "a"}\n{"text": "b"}\n', "jsonl"),
        ("<!DOCTYPE html>\n<html>", "html"),
        (" date 2017-06-20 Text.", "text"),
    ],
)
def test_sniff_format(text: str, expected: str) -> None:
    assert sniff_format(text) == expected


def test_guess_format() -> None:
    assert [guess_format(p) for p in ("a.TXT", "b.md", "c.json", "d.ndjson", "e.htm", "f.pdf")] == [
        "text",
        "markdown",
        "json",
        "jsonl",
        "html",
        None,
    ]
    assert set(FORMATS) == {"text", "markdown", "json", "jsonl", "html"}


# --- property: any bytes give Articles or InputErrors ------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(["id", "text", "content", "title", "date"]), inner)
    ),
    max_leaves=8,
)
file_bytes = (
    st.binary(max_size=300)
    | st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass"))
    | json_values.map(lambda v: json.dumps(v).encode())
    | st.lists(json_values, max_size=4).map(lambda vs: "\n".join(map(json.dumps, vs)).encode())
    | st.sampled_from([b'{"text": "half a pair \\ud800"}', b'{"text": "x", "id": "\\udc00"}'])
)


@settings(deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(suffix=st.sampled_from([".txt", ".md", ".json", ".jsonl", ".html"]), data=file_bytes)
def test_any_bytes_give_articles_or_input_errors(suffix: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        items = read(path)
    assert items
    for item in items:
        assert isinstance(item, Article | InputError)
        assert str(item) if isinstance(item, InputError) else item.content_hash
        if isinstance(item, InputError):
            assert str(item).startswith(str(path))
            assert "\n" not in str(item)
        elif suffix in (".txt", ".md"):
            try:
                assert item.text == data.decode("utf-8")
            except UnicodeDecodeError:  # decoded otherwise, and a warning says how
                assert item.warnings and str(item.warnings[0]).startswith(str(path))
