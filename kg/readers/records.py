"""JSON articles: a `.json` object or array of objects, or JSON Lines (one object a line).

Fields (`RecordFields`; the first present wins, `--field SLOT=NAME` puts another first): the
text from `text`, `content_original`, `content` or `body` (taken exactly), `title` or `headline`,
`date`/`published`, `url`/`link`, `publisher` or `source` (a string, or an object with a
`name`), `id`. A bad record gives an `InputError` naming its line and field; the other records
still load. A date that does not parse leaves the date unset with a warning.
"""

from __future__ import annotations

import codecs
import dataclasses
import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from kg.errors import InputError, InputWarning
from kg.model import Article
from kg.readers.dates import iso_date
from kg.readers.decode import (
    BINARY_SNIFF_BYTES,
    BOM,
    binary_reason,
    bom_encoding,
    decode_line,
    is_line_safe,
    utf16_without_bom,
)
from kg.readers.layout import read_sections


@dataclass(frozen=True)
class RecordFields:
    """The JSON field names each article slot is read from, in order of preference."""

    text: tuple[str, ...] = ("text", "content_original", "content", "body")
    title: tuple[str, ...] = ("title", "headline")
    date: tuple[str, ...] = ("date", "published", "publishedAt", "datePublished")
    url: tuple[str, ...] = ("url", "link")
    publisher: tuple[str, ...] = ("publisher", "source")
    id: tuple[str, ...] = ("id",)

    def mapped(self, specs: Iterable[str]) -> RecordFields:
        """These fields with each `SLOT=NAME` of `specs` tried first for its slot (repeatable;
        the usual names stay as fallbacks). Raises ValueError for a malformed spec."""
        slots = [f.name for f in dataclasses.fields(self)]
        extra: dict[str, list[str]] = {}
        for spec in specs:
            slot, sep, name = (part.strip() for part in spec.partition("="))
            if not sep or not name or slot not in slots:
                raise ValueError(f"{spec!r}: expected SLOT=FIELD with SLOT one of "
                                 f"{', '.join(slots)} (e.g. text=article_body)")
            extra.setdefault(slot, []).append(name)
        changes = {slot: tuple(dict.fromkeys([*names, *getattr(self, slot)]))
                   for slot, names in extra.items()}
        return dataclasses.replace(self, **changes)


RECORD_FIELDS = RecordFields()
_JSON_WHITESPACE = " \t\n\r"
# JSON may escape half a surrogate pair ("\ud800"); such a string cannot be written as UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")
_SHOWN = 60


def read_json(
    text: str, *, base: str, origin: str, fields: RecordFields = RECORD_FIELDS
) -> Iterator[Article | InputError]:
    """A single object is one article named `base`; an array gives `base#id` (else `base#index`,
    from 0) per element, each with the line it starts on as its origin. A leading BOM is skipped."""
    text = text.removeprefix(BOM)
    if not text.strip():
        yield InputError(origin, "empty article")
        return
    value = _parse(text, origin, name_line=True)
    if isinstance(value, InputError):
        yield value
    elif isinstance(value, dict):
        yield record_article(value, document=base, origin=origin, fmt="json", fields=fields)
    elif value == []:
        yield InputError(origin, "empty article (an empty array)")
    elif isinstance(value, list):
        for index, (line, item) in enumerate(_array_items(text)):
            key = f"{base}#{index}"
            yield record_article(
                item, document=key, origin=f"{origin}:{line}", fmt="json", base=base,
                fields=fields,
            )
    else:
        yield InputError(
            origin, f"expected a JSON object or an array of objects, got {_kind(value)}"
        )


def read_jsonl(
    stream: BinaryIO,
    *,
    base: str,
    origin: str,
    encoding: str | None = None,
    fields: RecordFields = RECORD_FIELDS,
) -> Iterator[Article | InputError]:
    """One record a line, read line by line (a huge file is never held whole); blank lines skipped,
    a BOM before the first line skipped.

    Documents are `base#id`, else `base#LINE`; origins are `origin:LINE`. Lines are UTF-8 unless
    `encoding` or a UTF-16/32 BOM says otherwise; a line that is not UTF-8 is read in a guessed
    code page, with a warning on the first such line.
    """
    head = stream.read(BINARY_SNIFF_BYTES)
    stream.seek(0)
    if encoding is not None:
        wide = None if is_line_safe(encoding) else encoding
    else:
        wide = bom_encoding(head) or utf16_without_bom(head)
        reason = None if wide else binary_reason(head)
        if reason:
            yield InputError(origin, reason)
            return
    lines = _wide_lines(stream, wide, origin) if wide else _byte_lines(stream, origin, encoding)
    records = 0
    for number, text, warning in lines:
        where = f"{origin}:{number}"
        if isinstance(text, InputError):
            yield text
            continue
        if number == 1:
            text = text.removeprefix(BOM)
        if not text.strip():
            continue
        records += 1
        value = _parse(text.rstrip("\r\n"), where, name_line=False)
        if isinstance(value, InputError):
            yield value
            continue
        key = f"{base}#{number}"
        article = record_article(value, document=key, origin=where, fmt="jsonl", base=base,
                                 fields=fields)
        if warning is not None and isinstance(article, Article):
            article = dataclasses.replace(article, warnings=(warning, *article.warnings))
        yield article
    if records == 0:
        yield InputError(origin, "empty article")


_Line = tuple[int, str | InputError, InputWarning | None]


def _byte_lines(stream: BinaryIO, origin: str, encoding: str | None) -> Iterator[_Line]:
    """Lines of an ASCII-compatible stream, each decoded alone (so a bad line names its line).

    A code page guessed for one line is tried first on later non-UTF-8 lines: one warning per
    file, not one per line, when a whole file is Latin-1.
    """
    offset = 0
    guessed: str | None = None
    for number, raw in enumerate(stream, 1):
        where = f"{origin}:{number}"
        decoded = decode_line(raw, where, offset=offset, encoding=encoding, prefer=guessed)
        offset += len(raw)
        if isinstance(decoded, InputError):
            yield number, decoded, None
            continue
        warning = None
        if decoded.guessed is not None:
            reason = decoded.guessed
            if decoded.encoding != "utf-8":
                guessed = decoded.encoding
                reason += f"; later lines that are not UTF-8 are read as {guessed} too"
            warning = InputWarning(where, reason)
        yield number, decoded.text, warning


def _wide_lines(stream: BinaryIO, encoding: str, origin: str) -> Iterator[_Line]:
    """Lines of a UTF-16/32 stream, decoded as a stream (its bytes cannot be split first)."""
    name = codecs.lookup(encoding).name
    wrapper = io.TextIOWrapper(stream, encoding=encoding, errors="strict", newline="\n")
    number = 0
    try:
        while True:
            try:
                line = wrapper.readline()
            except UnicodeDecodeError as error:
                reason = f"not {name} ({error.reason}); the rest of the file is not read"
                yield number + 1, InputError(f"{origin}:{number + 1}", reason), None
                return
            if not line:
                return
            number += 1
            yield number, line, None
    finally:
        wrapper.detach()  # the caller closes the stream


def record_article(
    value: object,
    *,
    document: str,
    origin: str,
    fmt: str,
    base: str | None = None,
    fields: RecordFields = RECORD_FIELDS,
) -> Article | InputError:
    """The article in one JSON record; `base` set means its `id` (if any) names the document."""
    if not isinstance(value, dict):
        return InputError(origin, f"expected a JSON object, got {_kind(value)}")
    try:
        text = _text(value, fields.text)
        if not text.strip():
            return InputError(origin, "empty article")
        record_id = _id(value, fields.id)
        date, date_warning = _date(value, fields.date)
        return Article(
            text=text,
            document=f"{base}#{record_id}" if base is not None and record_id else document,
            origin=origin,
            date=date,
            title=_first_string(value, fields.title),
            url=_first_string(value, fields.url),
            publisher=_publisher(value, fields.publisher),
            format=fmt,
            warnings=(InputWarning(origin, date_warning),) if date_warning else (),
            sections=read_sections(text, date),
        )
    except _FieldError as error:
        return InputError(origin, str(error))


class _FieldError(Exception):
    """A field of the wrong type; turned into an `InputError` naming the record."""


def _text(record: dict[str, object], names: tuple[str, ...]) -> str:
    for name in names:
        value = _string(record, name, strip=False)
        if value is not None:
            return value
    raise _FieldError(f"no article text (none of the fields {', '.join(map(repr, names))}; "
                      "--field text=NAME reads another)")


def _first_string(record: dict[str, object], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = _string(record, name)
        if value is not None:
            return value
    return None


def _string(record: dict[str, object], name: str, *, strip: bool = True) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _FieldError(f"field {name!r}: expected a string, got {_kind(value)}")
    _check_unicode(name, value)
    return (value.strip() or None) if strip else value


def _id(record: dict[str, object], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = record.get(name)
        if value is None or value == "":
            continue
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise _FieldError(f"field {name!r}: expected a string or an integer, "
                              f"got {_kind(value)}")
        return _check_unicode(name, str(value))
    return None


def _date(record: dict[str, object], names: tuple[str, ...]) -> tuple[str | None, str | None]:
    """The first date field that parses, else None and why the first one present does not."""
    problem = None
    for name in names:
        value = record.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if isinstance(value, str) and not _SURROGATE.search(value):
            parsed = iso_date(value)
            if parsed is not None:
                return parsed, None
            reason = f"not a date: {_shown(value)}"
        elif isinstance(value, str):
            reason = "invalid Unicode (a lone surrogate escape)"
        else:
            reason = f"expected a date string, got {_kind(value)}"
        problem = problem or f"field {name!r}: {reason}; stored without a date"
    return None, problem


def _check_unicode(name: str, value: str) -> str:
    if _SURROGATE.search(value):
        raise _FieldError(f"field {name!r}: invalid Unicode (a lone surrogate escape)")
    return value


def _publisher(record: dict[str, object], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = record.get(name)
        if isinstance(value, dict):  # NewsAPI's "source": {"id": …, "name": …}
            value = _string(value, "name")
        elif value is not None:
            value = _string(record, name)
        if value is not None:
            return value
    return None


def _array_items(text: str) -> Iterator[tuple[int, object]]:
    """(line, element) for each element of a JSON array already known to be valid."""
    decoder = json.JSONDecoder()
    pos = _skip_space(text, text.index("[") + 1)
    line, counted = 1, 0
    while text[pos] != "]":
        line += text.count("\n", counted, pos)
        counted = pos
        item, end = decoder.raw_decode(text, pos)
        yield line, item
        pos = _skip_space(text, end)
        if text[pos] == ",":
            pos = _skip_space(text, pos + 1)


def _skip_space(text: str, pos: int) -> int:
    while text[pos] in _JSON_WHITESPACE:
        pos += 1
    return pos


def _kind(value: object) -> str:
    """The JSON name of a value's type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def _shown(value: str) -> str:
    """A value quoted for a message, cut so a huge field cannot flood the terminal."""
    return repr(value if len(value) <= _SHOWN else value[:_SHOWN] + "…")


def _parse(text: str, origin: str, *, name_line: bool) -> object | InputError:
    """The JSON value in `text`; `name_line` adds the error's line to `origin` (a whole file)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        where = f"{origin}:{error.lineno}" if name_line else origin
        return InputError(where, f"invalid JSON: {error.msg} (column {error.colno})")
    except RecursionError:
        return InputError(origin, "invalid JSON: nested too deeply")
    except ValueError as error:  # e.g. an integer of more digits than Python converts
        return InputError(origin, f"invalid JSON: {str(error)[:200]}")
