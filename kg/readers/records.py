"""JSON articles: a `.json` object or array of objects, or JSON Lines (one object a line).

Fields: `text`, else `content_original`, else `content` (the text; taken exactly), `title`,
`date`, `url`, `publisher` or `source` (a string, or an object with a `name`), `id`.
A bad record gives an `InputError` naming its line and field; the other records still load.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import BinaryIO

from kg.errors import InputError
from kg.model import Article
from kg.readers.dates import iso_date
from kg.readers.decode import BINARY_SNIFF_BYTES, BOM, binary_reason, decode_utf8

TEXT_FIELDS = ("text", "content_original", "content")
_JSON_WHITESPACE = " \t\n\r"
# JSON may escape half a surrogate pair ("\ud800"); such a string cannot be written as UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")
_SHOWN = 60


def read_json(text: str, *, base: str, origin: str) -> Iterator[Article | InputError]:
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
        yield record_article(value, document=base, origin=origin, fmt="json")
    elif value == []:
        yield InputError(origin, "empty article (an empty array)")
    elif isinstance(value, list):
        for index, (line, item) in enumerate(_array_items(text)):
            key = f"{base}#{index}"
            yield record_article(
                item, document=key, origin=f"{origin}:{line}", fmt="json", base=base
            )
    else:
        yield InputError(
            origin, f"expected a JSON object or an array of objects, got {_kind(value)}"
        )


def read_jsonl(stream: BinaryIO, *, base: str, origin: str) -> Iterator[Article | InputError]:
    """One record a line, read line by line (a huge file is never held whole); blank lines skipped,
    a BOM before the first line skipped.

    Documents are `base#id`, else `base#LINE`; origins are `origin:LINE`.
    """
    reason = binary_reason(stream.read(BINARY_SNIFF_BYTES))
    if reason:
        yield InputError(origin, reason)
        return
    stream.seek(0)
    offset = 0
    records = 0
    for number, raw in enumerate(stream, 1):
        where = f"{origin}:{number}"
        text = decode_utf8(raw, where, offset=offset)
        if number == 1 and isinstance(text, str):
            text = text.removeprefix(BOM)
        offset += len(raw)
        if isinstance(text, InputError):
            yield text
            continue
        if not text.strip():
            continue
        records += 1
        value = _parse(text.rstrip("\r\n"), where, name_line=False)
        if isinstance(value, InputError):
            yield value
        else:
            key = f"{base}#{number}"
            yield record_article(value, document=key, origin=where, fmt="jsonl", base=base)
    if records == 0:
        yield InputError(origin, "empty article")


def record_article(
    value: object, *, document: str, origin: str, fmt: str, base: str | None = None
) -> Article | InputError:
    """The article in one JSON record; `base` set means its `id` (if any) names the document."""
    if not isinstance(value, dict):
        return InputError(origin, f"expected a JSON object, got {_kind(value)}")
    try:
        text = _text(value)
        if not text.strip():
            return InputError(origin, "empty article")
        record_id = _id(value)
        return Article(
            text=text,
            document=f"{base}#{record_id}" if base is not None and record_id else document,
            origin=origin,
            date=_date(value),
            title=_string(value, "title"),
            url=_string(value, "url"),
            publisher=_publisher(value),
            format=fmt,
        )
    except _FieldError as error:
        return InputError(origin, str(error))


class _FieldError(Exception):
    """A field of the wrong type; turned into an `InputError` naming the record."""


def _text(record: dict[str, object]) -> str:
    for name in TEXT_FIELDS:
        value = _string(record, name, strip=False)
        if value is not None:
            return value
    raise _FieldError(f"no article text (none of the fields {', '.join(map(repr, TEXT_FIELDS))})")


def _string(record: dict[str, object], name: str, *, strip: bool = True) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _FieldError(f"field {name!r}: expected a string, got {_kind(value)}")
    _check_unicode(name, value)
    return (value.strip() or None) if strip else value


def _id(record: dict[str, object]) -> str | None:
    value = record.get("id")
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise _FieldError(f"field 'id': expected a string or an integer, got {_kind(value)}")
    return _check_unicode("id", str(value))


def _date(record: dict[str, object]) -> str | None:
    value = _string(record, "date")
    if value is None:
        return None
    parsed = iso_date(value)
    if parsed is None:
        raise _FieldError(f"field 'date': not a date: {_shown(value)}")
    return parsed


def _check_unicode(name: str, value: str) -> str:
    if _SURROGATE.search(value):
        raise _FieldError(f"field {name!r}: invalid Unicode (a lone surrogate escape)")
    return value


def _publisher(record: dict[str, object]) -> str | None:
    publisher = _string(record, "publisher")
    if publisher is not None:
        return publisher
    source = record.get("source")
    if isinstance(source, dict):  # NewsAPI's {"id": …, "name": …}
        return _string(source, "name")
    return _string(record, "source")


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
