"""JSON and JSON Lines records (kg.readers.records): one article per record, a bad record named by
its line and field, the others read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.model import Article
from kg.readers import RECORD_FIELDS, iter_articles
from tests.readers.reading import CORPUS, DATA, needs_shared, only_article, only_error, read


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


def test_bom_is_skipped_in_json(tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"text": "First."}\n{"text": "Second."}\n')
    assert [a.text for a in read(path) if isinstance(a, Article)] == ["First.", "Second."]


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
