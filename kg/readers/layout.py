"""The layout of an article's text: the spans that state something, their kind, date and context.

Readers fill `Article.sections` from here, so extraction never parses a format itself; the seed
`date` header and the Current-Events date line are read here and nowhere else.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Section
from kg.readers.dates import iso_date

# The seed layout's header, ` date YYYY-MM-DD <text>` (a BOM may come first).
SEED_HEADER = re.compile(r"\ufeff?[ \t]*date[ \t]+(\d{4}-\d{1,2}-\d{1,2})(?:[ \t]+|(?=\n)|$)")
# A Current-Events page's date line, `### [2017-06-20](…)`.
CURRENT_EVENTS_DATE = re.compile(r"^### \[(\d{4}-\d{1,2}-\d{1,2})\]", re.MULTILINE)
# A page is Current-Events when its date line stands this near the top.
_CURRENT_EVENTS_HEAD = 2000
_LINK_DATE = re.compile(r"\]\(/news/(\d{4})/(\d{2})/(\d{1,2})/")
_ITEM = re.compile(r"^\s*\d+\. \[(?P<text>.*?)\]\((?P<link>[^)\s]*)\)\s*(?P<tail>.*)$")
_CONTEXT = re.compile(r"_Context: (.*?)_\s*$")
# "Georgia's 6th congressional district special election, 2017" is one name.
_CONTEXT_SEPARATOR = re.compile(r", (?!\d{4}\b)")
_TWEET = re.compile(r"— [^\n]*\(@\w+\) \w+ \d{1,2}, \d{4}\s*$")
# Current-Events `### heading` -> the kind of its list items; any other heading's items state
# nothing (sources, formats).
_LISTS = {"related": "related", "changes": "change"}


def is_current_events(text: str) -> bool:
    return bool(CURRENT_EVENTS_DATE.search(text[:_CURRENT_EVENTS_HEAD])) and "\n### Source" in text


def header_date(text: str) -> str | None:
    """The date an article states in its own header (`date YYYY-MM-DD`, Current-Events line)."""
    match = SEED_HEADER.match(text) or CURRENT_EVENTS_DATE.search(text[:_CURRENT_EVENTS_HEAD])
    return iso_date(match.group(1)) if match else None


def read_sections(text: str, date: str | None) -> tuple[Section, ...]:
    """The sections of `text`, in text order; `date` (else the header's) dates them."""
    date = date or header_date(text)
    if is_current_events(text):
        return tuple(_current_events_sections(text, date))
    return tuple(_seed_sections(text, date))


def _lines(text: str, begin: int = 0) -> Iterator[tuple[int, int, int, str]]:
    """(number, start, end, line) of every line of text[begin:]."""
    pos = begin
    for number, line in enumerate(text[begin:].split("\n")):
        yield number, pos, pos + len(line), line
        pos += len(line) + 1


def _current_events_sections(text: str, date: str | None) -> Iterator[Section]:
    kind = "body"  # the summary above the first `### ` heading
    for n, a, b, line in _lines(text):
        stripped = line.strip()
        if not stripped or stripped.startswith("Formats:") or CURRENT_EVENTS_DATE.match(stripped):
            continue
        if stripped.startswith("### "):
            kind = _LISTS.get(stripped[4:].rstrip(":").lower(), "skip")
        elif stripped.startswith("##### "):
            yield Section("topic", a + line.index("##### ") + 6, b, date, (), n)
        elif stripped.startswith("# "):
            yield Section("headline", a + line.index("# ") + 2, b, date, (), n)
        elif kind in _LISTS.values() and (item := _ITEM.match(line)):
            yield _item_section(item, a, kind, date, n)
        elif kind == "body":
            yield Section("body", a, b, date, (), n)


def _item_section(item: re.Match[str], a: int, kind: str, date: str | None, n: int) -> Section:
    """A Related or Changes list item: its link text, dated and with its context names."""
    tail = item.group("tail")
    context = _CONTEXT.search(tail)
    names = _CONTEXT_SEPARATOR.split(context.group(1)) if context else []
    if kind == "change":
        kind = "change" if "Current version" in tail else "change-old"
    else:
        date = _link_date(item.group("link")) or date
    return Section(kind, a + item.start("text"), a + item.end("text"), date,
                   tuple(name.strip() for name in names), n)


def _link_date(link: str) -> str | None:
    m = _LINK_DATE.search("](" + link)
    return f"{m.group(1)}-{m.group(2)}-{int(m.group(3)):02d}" if m else None


def _seed_sections(text: str, date: str | None) -> Iterator[Section]:
    """Lines after the `date` header (metadata, never a sentence): tweets whole, any other
    line as body."""
    header = SEED_HEADER.match(text)
    for n, a, b, line in _lines(text, header.end() if header else 0):
        if not line.strip():
            continue
        if _TWEET.search(line):
            yield Section("tweet", a + len(line) - len(line.lstrip()), b, date, (), n)
        else:
            yield Section("body", a, b, date, (), n)
