"""Article readers: files, folders or stdin in, one `Article` per article out, whatever the format.

A file or record that cannot be read comes out as an `InputError` value, never raised, so the
caller reports it on one line and goes on with the rest; what was read but not quite as written
travels as `Article.warnings`.
"""

from __future__ import annotations

import dataclasses
import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import TextIO

from kg.errors import InputError, InputWarning
from kg.model import Article
from kg.readers.decode import BOM, decode
from kg.readers.html_page import read_html
from kg.readers.markdown import looks_like_current_events, read_markdown
from kg.readers.records import RECORD_FIELDS, RecordFields, read_json, read_jsonl
from kg.readers.sections import MAX_ARTICLE_CHARS, split_article
from kg.readers.text import read_text

__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "MAX_ARTICLE_CHARS",
    "RECORD_FIELDS",
    "RecordFields",
    "guess_format",
    "iter_articles",
    "sniff_format",
]

FORMATS = ("text", "markdown", "json", "jsonl", "html")
EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
}
STDIN = "-"
STDIN_NAME = "<stdin>"
_HTML_START = re.compile(
    r"<(?:!doctype html|html|head|body|article|main|div|p)[\s>]", re.IGNORECASE
)


def guess_format(path: str) -> str | None:
    """The format a file name's extension implies (case-insensitive), or None.

    `.txt` says "text", though a `.txt` holding a Current-Events page is read as markdown.
    """
    return EXTENSIONS.get(os.path.splitext(path)[1].lower())


def sniff_format(text: str) -> str:
    """The format of text with no telling name (stdin, a file without extension)."""
    head = text.removeprefix(BOM).lstrip()
    if looks_like_current_events(head) or head.startswith("# "):
        return "markdown"
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        try:
            json.loads(text)
        except (ValueError, RecursionError):
            return "jsonl"
        return "json"
    if _HTML_START.match(head[:200]):
        return "html"
    return "text"


@dataclasses.dataclass(frozen=True)
class _Options:
    format: str | None
    encoding: str | None
    fields: RecordFields


def iter_articles(
    paths: Sequence[str],
    *,
    format: str | None = None,
    stdin: TextIO | None = None,
    encoding: str | None = None,
    fields: RecordFields = RECORD_FIELDS,
) -> Iterator[Article | InputError]:
    """Every article in `paths`, in order, one `Article` per file or JSON record.

    Folders are read recursively in sorted order, skipping hidden entries and files whose
    extension no reader knows; `-` reads `stdin` (default `sys.stdin`; document `<stdin>`).
    `format` (one of `FORMATS`) forces the format of every file; without it the extension
    decides, a `.txt` Current-Events page is read as markdown, and stdin or a file with no
    extension is sniffed. `encoding` forces the text encoding; without it a BOM, UTF-16, UTF-8
    and then a guessed code page are tried (see `kg.readers.decode`). A leading UTF-8 BOM stays
    in a .txt/.md `Article.text` as U+FEFF, since score-facts indexes the plain decoded file;
    JSON and HTML readers skip it. `fields` says which JSON fields fill which slot. A text over
    `MAX_ARTICLE_CHARS` comes out as several articles, one per section.
    Raises ValueError only for an unknown `format` (a programming error).
    """
    if format is not None and format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; expected one of {', '.join(FORMATS)}")
    options = _Options(format=format, encoding=encoding, fields=fields)
    for item in _read_paths(paths, options, stdin):
        if isinstance(item, InputError):
            yield item
        else:
            sections = split_article(item)
            yield from (sections,) if isinstance(sections, InputError) else sections


def _read_paths(
    paths: Sequence[str], options: _Options, stdin: TextIO | None
) -> Iterator[Article | InputError]:
    for path in paths:
        if path == STDIN:
            yield from _read_stdin(stdin if stdin is not None else sys.stdin, options)
        elif os.path.isdir(path):
            for found in _walk(path):
                if isinstance(found, InputError):
                    yield found
                else:
                    yield from _read_file(found, options)
        else:
            yield from _read_file(path, options)


def _walk(folder: str) -> Iterator[str | InputError]:
    """Readable files under `folder`, sorted by name at each level; symlink loops are cut."""
    seen: set[str] = set()
    count = 0
    for found in _walk_folder(folder, seen):
        count += not isinstance(found, InputError)
        yield found
    if count == 0:
        known = ", ".join(EXTENSIONS)
        yield InputError(folder, f"no article files in folder (looked for {known})")


def _walk_folder(folder: str, seen: set[str]) -> Iterator[str | InputError]:
    real = os.path.realpath(folder)
    if real in seen:
        return
    seen.add(real)
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        yield InputError(folder, f"cannot read folder: {error.strerror or error}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk_folder(entry.path, seen)
        elif guess_format(entry.name) is not None:
            yield entry.path


def _read_file(path: str, options: _Options) -> Iterator[Article | InputError]:
    forced = options.format
    fmt = forced or guess_format(path)
    if fmt is None and os.path.splitext(path)[1]:
        known = ", ".join(EXTENSIONS)
        yield InputError(path, f"unknown file type (known: {known}; or give the format)")
        return
    base = os.path.basename(path)
    try:
        if fmt == "jsonl":
            with open(path, "rb") as stream:
                yield from read_jsonl(stream, base=base, origin=path, encoding=options.encoding,
                                      fields=options.fields)
            return
        with open(path, "rb") as stream:
            data = stream.read()
    except OSError as error:
        yield InputError(path, f"cannot read: {error.strerror or error}")
        return
    yield from _read_data(data, fmt, base=base, origin=path, sniff=forced is None,
                          options=options)


def _read_stdin(stdin: TextIO, options: _Options) -> Iterator[Article | InputError]:
    buffer = getattr(stdin, "buffer", None)
    try:
        data = (
            buffer.read() if buffer is not None else stdin.read().encode("utf-8", "surrogatepass")
        )
    except (OSError, UnicodeError) as error:
        yield InputError(STDIN_NAME, f"cannot read: {error}")
        return
    forced = options.format
    if forced == "jsonl":
        yield from read_jsonl(io.BytesIO(data), base=STDIN_NAME, origin=STDIN_NAME,
                              encoding=options.encoding, fields=options.fields)
    else:
        yield from _read_data(data, forced, base=STDIN_NAME, origin=STDIN_NAME,
                              sniff=forced is None, options=options)


def _read_data(
    data: bytes, fmt: str | None, *, base: str, origin: str, sniff: bool, options: _Options
) -> Iterator[Article | InputError]:
    """The articles in one whole file; `fmt` None means sniff it from the text."""
    decoded = decode(data, origin, encoding=options.encoding)
    if isinstance(decoded, InputError):
        yield decoded
        return
    text = decoded.text
    if fmt is None:
        fmt = sniff_format(text)
    elif fmt == "text" and sniff and looks_like_current_events(text):
        fmt = "markdown"
    if fmt == "jsonl":
        # Lines of a file already decoded: re-encoded as UTF-8 so the line reader takes them.
        stream = io.BytesIO(text.encode("utf-8", "surrogatepass"))
        items: Iterable[Article | InputError] = read_jsonl(
            stream, base=base, origin=origin, encoding="utf-8", fields=options.fields)
    elif fmt == "json":
        items = read_json(text, base=base, origin=origin, fields=options.fields)
    elif fmt == "markdown":
        items = (read_markdown(text, document=base, origin=origin),)
    elif fmt == "html":
        items = (read_html(text, document=base, origin=origin),)
    else:
        items = (read_text(text, document=base, origin=origin),)
    note = InputWarning(origin, decoded.guessed) if decoded.guessed else None
    for item in items:
        if note is not None and isinstance(item, Article):
            item = dataclasses.replace(item, warnings=(note, *item.warnings))
        yield item
