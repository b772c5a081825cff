"""The statements of an article: sentences of prose, headlines, list items, tweets.

A `Unit` is the span evidence cites. Current-Events pages are split by section: source lists,
format links and URLs state nothing; Related/Changes items carry the date of their own link.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Tokens ending in "." that do not end a sentence.
_ABBREVIATIONS = frozenset(
    "u.s mr ms mrs sen sens rep reps gov govs lt dr st jr sr vs d.c ind calif mass vt wis mich md "
    "okla ga fla no co inc a.m p.m gen col pa ariz tenn va n.h n.j n.c s.c u.n sept jan feb aug oct "  # noqa: E501
    "nov dec mt e.g i.e del atty u.k ft approx corp ltd bros ave messrs conn minn ill ky la nev "
    "ore wash wyo ala ark colo kan neb tex mo miss prof rev hon pres gens adm sgt cpl".split()
)
_HEADER_DATE = re.compile(r"\A\s*date (\d{4}-\d{2}-\d{2}) ")
_CE_DATE = re.compile(r"^### \[(\d{4})-(\d{2})-(\d{1,2})\]", re.M)
_LINK_DATE = re.compile(r"\]\(/news/(\d{4})/(\d{2})/(\d{1,2})/")
_ITEM = re.compile(r"^\s*\d+\. \[(?P<text>.*?)\]\((?P<link>[^)\s]*)\)\s*(?P<tail>.*)$")
_CONTEXT = re.compile(r"_Context: (.*?)_\s*$")
_CANDIDATE_END = re.compile(r"[.!?\n]")
_TWEET = re.compile(r"— [^\n]*\(@\w+\) \w+ \d{1,2}, \d{4}\s*$")


@dataclass(frozen=True)
class Unit:
    """One statement span. `section`: headline, topic, body, related, change, change-old, tweet.

    `date` is the reference date for relative dates in it (the article's, or a linked item's).
    `context` holds the `_Context: …_` names of a Related item.
    """

    start: int
    end: int
    text: str
    section: str
    date: str | None
    context: tuple[str, ...] = ()
    line: int = 0


def is_current_events(text: str) -> bool:
    return bool(_CE_DATE.search(text[:2000])) and "\n### Source" in text


def header_date(text: str) -> str | None:
    """The date an article states in its own header (`date YYYY-MM-DD`, Current-Events line)."""
    m = _HEADER_DATE.match(text)
    if m:
        return m.group(1)
    m = _CE_DATE.search(text[:2000])
    if m:
        return f"{m.group(1)}-{m.group(2)}-{int(m.group(3)):02d}"
    return None


def _is_boundary(text: str, i: int) -> bool:
    """True when text[i] ends a sentence."""
    c = text[i]
    if c == "\n":
        return True
    if c not in ".!?":
        return False
    j = i + 1
    while j < len(text) and text[j] in "\"”’')":
        j += 1
    if j < len(text) and text[j] not in " \n]":
        # "2000.The Republican Party" (a missing space before a capital) still ends a sentence
        return c == "." and text[j].isupper() and i > 0 and text[i - 1].isdigit()
    k = j
    while k < len(text) and text[k] == " ":
        k += 1
    if k < len(text) and (text[k].islower() or text[k].isdigit()):
        return False
    if c == ".":
        w = i - 1
        while w >= 0 and not text[w].isspace() and text[w] not in "([\"“":
            w -= 1
        word = text[w + 1 : i].lower()
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            return False
        if re.fullmatch(r"\(?[a-z]-[a-z.]+", word):  # (R-Ga.
            return False
    return True


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end], trimmed of blanks."""
    out = []
    s = start
    for m in _CANDIDATE_END.finditer(text, start, end):
        i = m.start()
        if i < s or not _is_boundary(text, i):
            continue
        e = i + 1
        while e < end and text[e] in "\"”’')":
            e += 1
        out.append((s, e))
        s = e
    out.append((s, end))
    trimmed = []
    for a, b in out:
        while a < b and text[a] in " \n\t":
            a += 1
        while b > a and text[b - 1] in " \n\t":
            b -= 1
        if b - a > 1:
            trimmed.append((a, b))
    return trimmed


def _link_date(link: str) -> str | None:
    m = _LINK_DATE.search("](" + link)
    return f"{m.group(1)}-{m.group(2)}-{int(m.group(3)):02d}" if m else None


def _units_of_span(text: str, a: int, b: int, section: str, date: str | None,
                   context: tuple[str, ...] = (), line: int = 0) -> list[Unit]:
    return [Unit(s, e, text[s:e], section, date, context, line) for s, e in sentences(text, a, b)]


def _current_events_units(text: str, date: str | None) -> list[Unit]:
    units: list[Unit] = []
    section = "summary"
    pos = 0
    for n, line in enumerate(text.split("\n")):
        a, b = pos, pos + len(line)
        pos = b + 1
        stripped = line.strip()
        if not stripped or stripped.startswith("Formats:") or _CE_DATE.match(stripped):
            continue
        if stripped.startswith("### "):
            head = stripped[4:].rstrip(":").lower()
            section = {"related": "related", "changes": "change"}.get(head, "skip")
            continue
        if stripped.startswith("##### "):
            off = a + line.index("##### ") + 6
            units.append(Unit(off, b, text[off:b].rstrip(), "topic", date, (), n))
            continue
        if stripped.startswith("# "):
            off = a + line.index("# ") + 2
            units += _units_of_span(text, off, b, "headline", date, (), n)
            continue
        if section == "skip":
            continue
        m = _ITEM.match(line)
        if m and section in ("related", "change"):
            ta, tb = a + m.start("text"), a + m.end("text")
            tail = m.group("tail")
            ctx = _CONTEXT.search(tail)
            # "Georgia's 6th congressional district special election, 2017" is one name
            names = re.split(r", (?!\d{4}\b)", ctx.group(1)) if ctx else []
            context = tuple(c.strip() for c in names)
            if section == "change":
                kind = "change" if "Current version" in tail else "change-old"
                item_date = date
            else:
                kind = "related"
                item_date = _link_date(m.group("link")) or date
            units += _units_of_span(text, ta, tb, kind, item_date, context, n)
            continue
        if section == "summary":
            units += _units_of_span(text, a, b, "body", date, (), n)
    return units


def split(text: str, date: str | None) -> list[Unit]:
    """All statement units of an article, in text order."""
    if is_current_events(text):
        return _current_events_units(text, date)
    m = _HEADER_DATE.match(text)
    begin = m.end() if m else 0
    units: list[Unit] = []
    pos = begin
    for n, line in enumerate(text[begin:].split("\n")):
        a, b = pos, pos + len(line)
        pos = b + 1
        if not line.strip():
            continue
        if _TWEET.search(line):
            s = a + len(line) - len(line.lstrip())
            units.append(Unit(s, b, text[s:b], "tweet", date, (), n))
            continue
        units += _units_of_span(text, a, b, "body", date, (), n)
    return units
