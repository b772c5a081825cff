"""Bytes to text (kg.readers.decode): UTF-8, a BOM, UTF-16/32, a guessed code page with a warning
that names byte and offset, a forced encoding; binary files refused."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from kg.model import Article
from tests.readers.reading import DATA, only_article, only_error, read


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


def test_bom_is_kept_in_text_so_offsets_match_the_scorer() -> None:
    article = only_article(DATA / "bom.txt")
    assert article.text == (DATA / "bom.txt").read_bytes().decode("utf-8")
    assert article.text.startswith("\ufeff date 2016-11-08 ")
    assert article.date == "2016-11-08"
    assert article.title == "Voters in the United States go to the polls."
    first = article.sections[0]  # the header is metadata, after a BOM as anywhere
    assert article.text[first.start:first.end].startswith("Voters in the United States")


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


def test_stdin_bytes_that_are_not_utf8_are_decoded_with_a_warning() -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"caf\xe9\n"), encoding="utf-8")
    article = only_article("-", stdin=stdin)
    assert article.text == "café\n"
    assert str(article.warnings[0]).startswith("<stdin>: not UTF-8 (byte 0xe9 at offset 3)")
