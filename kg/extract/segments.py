"""The statements of an article: sentences of prose, headlines, list items, tweets.

A `Unit` is the span evidence cites. The readers mark an article's sections (kg.readers.layout:
a Current-Events page's source lists and format links state nothing; Related items carry the
date of their own link); here each section is cut into sentences, tweets and topics kept whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.model import Article, Section
from kg.readers.layout import read_sections

# Tokens ending in "." that do not end a sentence.
_ABBREVIATIONS = frozenset(
    "u.s mr ms mrs sen sens rep reps gov govs lt dr st jr sr vs d.c ind calif mass vt wis mich md "
    "okla ga fla no co inc a.m p.m gen col pa ariz tenn va n.h n.j n.c s.c u.n sept jan feb aug oct "  # noqa: E501
    "nov dec mt e.g i.e del atty u.k ft approx corp ltd bros ave messrs conn minn ill ky la nev "
    "ore wash wyo ala ark colo kan neb tex mo miss prof rev hon pres gens adm sgt cpl".split()
)
_CANDIDATE_END = re.compile(r"[.!?\n]")

# A site's name card after a linked name (The Hill): the display name "Mitch McConnell" is
# followed by the full name ("Addison (Mitch) Mitchell McConnell"), glued headlines of the
# person's page and "MORE"; the card is not prose and its names are not mentions.
_NAME_CARD = re.compile(
    r"\b(?P<last>[A-Z][\w'’\-]+)(?P<card> (?:(?:[A-Z][\w.'’\-]*|\([^()\n]{1,25}\)|"
    r"[“\"][^”\"\n]{1,25}[”\"]) ){0,5}(?P=last)(?![a-z]))(?P<rest>[^\n]{0,600}? MORE\b)"
)


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
        if re.fullmatch(r"[a-z](?:\.[a-z])+", word):  # initials: "Gov. J.B. Pritzker"
            return False
        if re.fullmatch(r"\(?[a-z]-[a-z.]+", word):  # (R-Ga.
            return False
    return True


@lru_cache(maxsize=4)
def name_cards(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of a site's name cards (`_NAME_CARD`), in text order (every section of an
    article asks, hence the cache)."""
    if " MORE" not in text:
        return ()
    return tuple((m.start("card"), m.end("rest")) for m in _card_matches(text))


@lru_cache(maxsize=4)
def name_card_cuts(text: str) -> tuple[int, ...]:
    """Where a name card's words must not run on into a name: its start (after the display
    name: "Mitch McConnell | Addison") and the end of the full name it gives ("Mitchell
    McConnell | GOP senators balk"). The names inside a card are mentions all the same."""
    if " MORE" not in text:
        return ()
    return tuple(p for m in _card_matches(text) for p in (m.start("card"), m.end("card")))


def _card_matches(text: str) -> list[re.Match[str]]:
    """The name cards of `text`. The display name's first word may recur in the full name too
    ("Paul Ryan Paul Davis Ryan"): of the readings of one card the one whose repeated word comes
    last is the surname's."""
    found = []
    pos = 0
    while (m := _NAME_CARD.search(text, pos)) is not None:
        while (later := _NAME_CARD.search(text, m.start("last") + 1)) is not None \
                and later.start("last") < m.end("card"):
            m = later
        found.append(m)
        pos = m.end()
    return found


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end], trimmed of blanks."""
    out = []
    s = start
    cards = [(a, b) for a, b in name_cards(text) if a < end and b > start]
    for m in _CANDIDATE_END.finditer(text, start, end):
        i = m.start()
        if i < s or not _is_boundary(text, i) or any(a <= i < b for a, b in cards):
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


def units(article: Article) -> list[Unit]:
    """All statement units of an article, in text order, from the sections its reader marked
    (an article built in code without them is laid out by the same reader-side parser)."""
    sections = article.sections or read_sections(article.text, article.date)
    return _units_of_sections(article.text, sections)


def split(text: str, date: str | None) -> list[Unit]:
    """All statement units of a bare text, in text order."""
    return _units_of_sections(text, read_sections(text, date))


def _units_of_sections(text: str, sections: tuple[Section, ...]) -> list[Unit]:
    found: list[Unit] = []
    for s in sections:
        if s.kind in ("topic", "tweet"):
            body = text[s.start:s.end]
            # a topic's span keeps the line's end, as evidence offsets always have
            found.append(Unit(s.start, s.end, body.rstrip() if s.kind == "topic" else body,
                              s.kind, s.date, s.context, s.line))
        else:
            found += [Unit(a, b, text[a:b], s.kind, s.date, s.context, s.line)
                      for a, b in sentences(text, s.start, s.end)]
    return found
