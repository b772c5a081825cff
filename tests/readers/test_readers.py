"""The readers as `kg ingest` calls them (kg.readers: iter_articles): files, folders and stdin,
the format by extension or content, empty and unreadable files; any bytes give articles or
one-line errors."""

from __future__ import annotations

import io
import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.model import Article
from kg.readers import FORMATS, guess_format, sniff_format
from tests.readers.reading import CURRENT_EVENTS, DATA, needs_shared, only_article, only_error, read


@pytest.mark.parametrize("name", ["empty.txt", "blank.md"])
def test_empty_files(name: str) -> None:
    assert str(only_error(DATA / name)) == f"{DATA / name}: empty article"


@pytest.mark.parametrize("suffix", [".json", ".jsonl", ".html"])
def test_empty_files_of_every_format(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"empty{suffix}"
    path.write_bytes(b" \n\n")
    assert only_error(path).reason == "empty article"


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
                utf8: str | None = data.decode("utf-8")
            except UnicodeDecodeError:
                utf8 = None
            if utf8 is not None and not (item.warnings and "NUL bytes" in str(item.warnings[0])):
                assert item.text == utf8
            else:  # decoded otherwise (NULs on one side of each byte pair read as UTF-16, or
                # not UTF-8 at all), and a warning says how
                assert item.warnings and str(item.warnings[0]).startswith(str(path))
