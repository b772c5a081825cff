"""Plain-text articles, in the seed layout ` date YYYY-MM-DD <text>` or without the header.

`Article.text` is the whole decoded file: evidence offsets index it, so nothing is stripped
(not even a BOM).
"""

from __future__ import annotations

import re

from kg.errors import InputError, InputWarning
from kg.model import Article
from kg.readers.dates import iso_date
from kg.readers.decode import BOM
from kg.readers.layout import SEED_HEADER, read_sections

# A stop after a lone capital ("U.S.", "J. Smith") does not end the sentence.
_FIRST_SENTENCE = re.compile(r".+?(?<!\b[A-Z])[.!?]['\"’”)]?(?=\s|$)")
TITLE_MAX = 200


def read_text(text: str, *, document: str, origin: str) -> Article | InputError:
    """One article per file; the date comes from the header when there is one."""
    header = SEED_HEADER.match(text)
    body_start = header.end() if header else len(BOM) if text.startswith(BOM) else 0
    if not text[body_start:].strip():
        return InputError(origin, "empty article")
    date = iso_date(header.group(1)) if header else None
    return Article(
        text=text,
        document=document,
        origin=origin,
        date=date,
        title=first_sentence(text[body_start:]),
        format="text",
        warnings=bad_date_warning(origin, header.group(1) if header else None, date),
        sections=read_sections(text, date),
    )


def bad_date_warning(
    origin: str, written: str | None, parsed: str | None
) -> tuple[InputWarning, ...]:
    """A warning when a date was written but is no calendar date (`2017-02-30`)."""
    if written is None or parsed is not None:
        return ()
    return (InputWarning(origin, f"date {written!r} is not a date; stored without a date"),)


def first_sentence(body: str) -> str | None:
    """A title for an article that has none: its first sentence, cut to `TITLE_MAX` characters."""
    line = next((line.strip() for line in body.splitlines() if line.strip()), "")
    match = _FIRST_SENTENCE.match(line)
    title = match.group(0) if match else line
    if len(title) > TITLE_MAX:
        cut = title.rfind(" ", 0, TITLE_MAX)
        title = title[: cut if cut > 0 else TITLE_MAX].rstrip() + "…"
    return title or None
