"""Wikipedia Current-Events pages as markdown (both layouts of the Context's robots), and other
markdown: the date link, `# headline`, `### Source(s):` links and `_Context: …_` topics.
"""

from __future__ import annotations

import html
import re

from kg.errors import InputError
from kg.model import Article, SourceLink
from kg.readers.dates import iso_date
from kg.readers.decode import BOM
from kg.readers.layout import CURRENT_EVENTS_DATE, read_sections
from kg.readers.text import bad_date_warning

_HEADLINE = re.compile(r"^# (.+)$", re.MULTILINE)
_TOPIC_LINE = re.compile(r"^##### (.+)$", re.MULTILINE)
_SOURCES = re.compile(r"^### Sources?:[ \t]*$(.*?)(?=^#{1,6} |\Z)", re.MULTILINE | re.DOTALL)
# A URL may hold balanced parentheses (Wikipedia links do).
_LINK = re.compile(r"^[ \t]*\d+\.[ \t]*\[(.*?)\]\(((?:[^()\s]|\([^()\s]*\))+)\)", re.MULTILINE)
_CONTEXT = re.compile(r"_Context: (.*)_[ \t]*$", re.MULTILINE)
_YEAR = re.compile(r"\d{4}")
COVER_IMAGE = "Cover Image"


def looks_like_current_events(text: str) -> bool:
    """True for a Current-Events page saved under another extension (the gold docs are .txt)."""
    head = text.removeprefix(BOM).lstrip()
    return head.startswith(("### [", "Formats:"))


def read_markdown(text: str, *, document: str, origin: str) -> Article | InputError:
    """One article per page; `text` is the page unchanged (BOM included), the rest is read from
    its sections."""
    if not text.removeprefix(BOM).strip():
        return InputError(origin, "empty article")
    written = CURRENT_EVENTS_DATE.search(text)
    date = iso_date(written.group(1)) if written else None
    headline = _HEADLINE.search(text)
    return Article(
        text=text,
        document=document,
        origin=origin,
        date=date,
        warnings=bad_date_warning(origin, written.group(1) if written else None, date),
        title=_clean(headline.group(1)) if headline else None,
        sources=source_links(text),
        topics=topics(text),
        format="markdown",
        sections=read_sections(text, date),
    )


def source_links(text: str) -> tuple[SourceLink, ...]:
    """The cited sources, in page order; the `Cover Image` link is an image, not a source."""
    links: list[SourceLink] = []
    for section in _SOURCES.finditer(text):
        for match in _LINK.finditer(section.group(1)):
            title = _clean(match.group(1)) or None
            if title != COVER_IMAGE:
                links.append(SourceLink(url=match.group(2), title=title))
    return tuple(links)


def topics(text: str) -> tuple[str, ...]:
    """The page's `##### topic` line, then every `_Context:` entity, without repeats.

    Context tags are joined with ", " though Wikipedia titles hold commas too; a lone year is the
    tail of the title before it ("Russian presidential election, 2018"), so it is joined back.
    """
    found: list[str] = [_clean(match.group(1)) for match in _TOPIC_LINE.finditer(text)]
    for match in _CONTEXT.finditer(text):
        parts: list[str] = []
        for part in _clean(match.group(1)).split(", "):
            if parts and _YEAR.fullmatch(part):
                parts[-1] = f"{parts[-1]}, {part}"
            elif part:
                parts.append(part)
        found.extend(parts)
    return tuple(dict.fromkeys(topic for topic in found if topic))


def _clean(value: str) -> str:
    """Markdown metadata as plain text: entities decoded (`&#039;`), outer spaces dropped."""
    return html.unescape(value).strip()
