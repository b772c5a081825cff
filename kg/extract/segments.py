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


# The same card without hover text: the full name runs straight into the first headline
# ("Donald Trump Donald John TrumpSessions says ...", "Ted Cruz Rafael (Ted) Edward CruzCruz,
# Graham send ..."): the repeated surname glued to a capital marks it.
_GLUED_CARD = re.compile(
    r"\b(?P<last>[A-Z][\w'’\-]+)(?P<card> (?:(?:[A-Z][\w.'’\-]*|\([^()\n]{1,25}\)|"
    r"[“\"][^”\"\n]{1,25}[”\"]) ){0,5}(?P=last))(?=[A-Z0-9])"
)


@lru_cache(maxsize=4)
def name_cards(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of a site's name cards (`_NAME_CARD`, `_GLUED_CARD`), in text order (every
    section of an article asks, hence the cache)."""
    return tuple(sorted((m.start("card"), m.end("rest") if "rest" in m.groupdict() else
                         _card_end(m)) for m in _card_matches(text)))


@lru_cache(maxsize=4)
def name_card_cuts(text: str) -> tuple[int, ...]:
    """Where a name card's words must not run on into a name: its start (after the display
    name: "Mitch McConnell | Addison") and the end of the full name it gives ("Mitchell
    McConnell | GOP senators balk"). The names inside a card are mentions all the same."""
    return tuple(sorted(p for m in _card_matches(text) for p in (m.start("card"), _card_end(m))))


# A nickname in a card's full name: "Addison (Mitch) Mitchell McConnell" goes by Mitch.
_CARD_NICKNAME = re.compile(r"[(“\"]([A-Z][\w.'’\-]*)[)”\"]")


@lru_cache(maxsize=4)
def name_card_names(text: str) -> tuple[tuple[int, int, str], ...]:
    """Each card's full name as (start, end, the name its bearer goes by): "Rafael (Ted) Edward
    Cruz" is Ted Cruz, "Donald John Trump" Donald Trump; a mention of the whole card, so its
    given and middle names do not make another person."""
    out: list[tuple[int, int, str]] = []
    for m in _card_matches(text):
        start, end = m.start("card") + 1, _card_end(m)
        words = text[start:end].split()
        nick = _CARD_NICKNAME.search(text, start, end)
        shown = re.search(r"([A-Z][a-z]+) $", text[max(0, m.start() - 30):m.start()])
        first = nick.group(1) if nick else words[0]
        if not nick and shown and shown.group(1)[0] == first[0]:
            first = shown.group(1)  # "Tom Perez Thomas Edward Perez" goes by Tom
        last = m.group("last")
        shown_before = text[max(0, m.start() - 30):m.start()].split()
        if len(words) >= 3 and shown_before and shown_before[-1] == words[-2]:
            last = f"{words[-2]} {last}"  # "Wasserman Schultz" shown and in the full name
        if len(words) >= 2 and first[0].isupper():
            out.append((start, end, f"{first} {last}"))
    return tuple(out)


def _card_end(m: re.Match[str]) -> int:
    """Where the card's full name ends: at the surname glued to the first headline ("Michael
    (Mike) Richard PenceTop Pence adviser ..." ends after "Pence")."""
    glued = re.search(rf" {re.escape(m.group('last'))}(?=[A-Z0-9])", m.group("card"))
    return m.start("card") + glued.end() if glued else m.end("card")


@lru_cache(maxsize=4)
def _card_matches(text: str) -> tuple[re.Match[str], ...]:
    """The name cards of `text`. The display name's first word may recur in the full name too
    ("Paul Ryan Paul Davis Ryan"): of the readings of one card the one whose repeated word comes
    last is the surname's."""
    found: list[re.Match[str]] = []
    for pattern in ((_NAME_CARD, _GLUED_CARD) if " MORE" in text else (_GLUED_CARD,)):
        pos = 0
        while (m := pattern.search(text, pos)) is not None:
            while (later := pattern.search(text, m.start("last") + 1)) is not None \
                    and later.start("last") < m.end("card"):
                m = later
            if not any(f.start("card") < m.end("card") and m.start("card") < f.end("card")
                       for f in found):
                found.append(m)
            pos = m.end()
    return tuple(sorted(found, key=lambda m: m.start()))


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
