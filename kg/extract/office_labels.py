"""Office labels: the one place that spells an office's name as the gold conventions give it
("U.S. Senator from Vermont", "Governor of Ohio", "President of the United States")."""

from __future__ import annotations

import re

from kg.extract.lexicons import MAYOR_PLACES, OFFICE_PLURALS, OFFICE_WORDS, STATES, alternation

_OFFICE_WORDS = re.compile(rf"(?i)(?<![\w.-])(?:{alternation(OFFICE_WORDS)})(?![\w-])")
_PLURAL = re.compile(rf"(?i)(?<![\w.-])(?:{alternation(OFFICE_PLURALS)})(?![\w-])")

PRESIDENT = "President of the United States"
SENATOR = "U.S. Senator"
REPRESENTATIVE = "U.S. Representative"
# National posts named "United States Attorney General", not "... of the United States".
_US_NAMED_FIRST = ("Attorney General", "Secretary of State")
# How a label joins its title to its jurisdiction.
_JOINS = {SENATOR: " from ", REPRESENTATIVE: " for "}


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def office_label(title: str, place: str | None = None, *, district: int | None = None) -> str:
    """The label of the office `title` ("Governor", "Prime Minister", `SENATOR`,
    `REPRESENTATIVE`) in `place` ("Ohio", "the United Kingdom", "the Democratic National
    Committee"; a US senator's or representative's state also as its code), with a
    representative's `district` (0 or None: at large); the bare title where no place is known.
    """
    if not place:
        return title
    if title in (SENATOR, REPRESENTATIVE):
        state = STATES.get(place, place)
        if title == SENATOR:
            return f"{SENATOR} from {state}"
        seat = ordinal(district) if district else "at-large"
        return f"{REPRESENTATIVE} for {state}'s {seat} congressional district"
    if place == "the United States" and title in _US_NAMED_FIRST:
        return f"United States {title}"
    if title == "Mayor":
        place = MAYOR_PLACES.get(place, place)
    return f"{title} of {place}"


def canonical_title_words(surface: str) -> str:
    """A title mention in the words office labels are made from: a plural or an abbreviation
    of a title is that title ("presidents" -> "president", "VP" -> "vice president"), "head of"
    is "chair of", "leader of the opposition" is "opposition leader"; other words unchanged."""
    return _OFFICE_WORDS.sub(lambda m: OFFICE_WORDS[m.group(0).lower()], surface)


def is_plural(surface: str) -> bool:
    """Does the mention name a title in the plural ("Sens.", "governors", "These presidents")?
    It names the office of several holders, so no one holder's record or seat fixes it."""
    return _PLURAL.search(surface) is not None


def representative(state: str | None, district: int | None) -> str:
    return office_label(REPRESENTATIVE, state, district=district)


def senator(state: str | None) -> str:
    return office_label(SENATOR, state)


def title_and_place(label: str) -> tuple[str, str] | None:
    """The title and the place of a label `office_label` made ("Governor of Ohio" ->
    ("Governor", "Ohio")); None for a bare title."""
    for title, join in _JOINS.items():
        if label.startswith(title + join):
            return title, label.removeprefix(title + join)
    title, of, place = label.partition(" of ")
    return (title, place) if of else None
