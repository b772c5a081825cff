"""The word lists extraction matches against: US states and their abbreviations, countries and
their demonyms, foreign parties, departments and organisations, read once from the package's
data/lexicons.json so every extractor module shares one copy."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LEXICONS_FILE = Path(__file__).with_name("data") / "lexicons.json"


@dataclass(frozen=True)
class Country:
    """A country as office labels name it ("the Netherlands") and the words that name it; `iso`
    is set for the countries whose elections are recognised, which match `election_names` and
    are called `election_label` in election names."""

    label: str
    names: tuple[str, ...]
    iso: str | None = None
    election_names: tuple[str, ...] = ()
    election_label: str = ""


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of `words`, longest first, so a longer name wins over
    its prefix ("West Virginia" over "Virginia")."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _country(record: dict[str, Any]) -> Country:
    names = tuple(record["names"])
    if not record.get("iso"):
        return Country(label=record["label"], names=names)
    return Country(label=record["label"], names=names, iso=record["iso"],
                   election_names=tuple(record.get("election_names", names)),
                   election_label=record.get("election_label", record["label"]))


_DATA = json.loads(LEXICONS_FILE.read_text(encoding="utf-8"))

# USPS code -> state name ("GA" -> "Georgia"), the District of Columbia included.
STATES: dict[str, str] = dict(_DATA["us_states"])
STATE_BY_NAME: dict[str, str] = {name: code for code, name in STATES.items()}
STATE_ALT = alternation(STATE_BY_NAME)
# AP-style abbreviations in party tags ("(R-Mich.)") -> USPS code.
STATE_ABBREVIATIONS: dict[str, str] = dict(_DATA["state_abbreviations"])

COUNTRIES: tuple[Country, ...] = tuple(_country(r) for r in _DATA["countries"])
# Any word naming a country -> its label in office names ("Dutch" -> "the Netherlands").
COUNTRY_LABELS: dict[str, str] = {n: c.label for c in COUNTRIES for n in c.names}
# The words election detection knows a country by -> (ISO code, name in election names).
ELECTION_COUNTRIES: dict[str, tuple[str, str]] = {
    n: (c.iso, c.election_label) for c in COUNTRIES if c.iso for n in c.election_names}

# The words before "secretary" -> the executive department ("hhs" -> "Health and Human
# Services"), lower case.
DEPARTMENTS: dict[str, str] = dict(_DATA["departments"])
# Bodies whose posts are offices, by the name news uses ("DNC" -> "Democratic National
# Committee").
ORGANISATIONS: dict[str, str] = dict(_DATA["organisations"])
# Foreign parties by the acronym or short name news uses -> full name.
FOREIGN_PARTIES: dict[str, str] = dict(_DATA["foreign_parties"])
# The word classes the endorsement rules are built from (adverbs, descriptors before a name,
# backer and backing nouns, hypothetical and negative markers).
ENDORSEMENT_WORDS: dict[str, tuple[str, ...]] = {
    key: tuple(words) for key, words in _DATA["endorsement"].items()}
# How a party's name ends ("heads", "qualified_heads" with one of "political_words") and the
# titles a name stops before.
PARTY_NAMES: dict[str, list[str]] = dict(_DATA["party_names"])
# Other words for a title ("presidents", "VP", "head of") -> the words labels are made from.
# A title's plural -> its singular ("senators" -> "senator"): the office of several holders.
OFFICE_PLURALS: dict[str, str] = dict(_DATA["office_plurals"])
OFFICE_WORDS: dict[str, str] = dict(_DATA["office_words"]) | OFFICE_PLURALS
# A place whose bare name before "mayor" is a city of another name ("New York").
MAYOR_PLACES: dict[str, str] = dict(_DATA["mayor_places"])
# The word classes office mentions are made of (heads, weak and staff heads, modifiers, ...).
OFFICE_TITLES: dict[str, list[str]] = dict(_DATA["office_titles"])
# Verbs of defeating another candidate ("finite": "walloped", "gerund": "holding off").
RESULT_VERBS: dict[str, list[str]] = dict(_DATA["result_verbs"])
# Verbs of taking a party's nomination ("clinched").
NOMINATION_VERBS: tuple[str, ...] = tuple(_DATA["nomination_verbs"])
# Polling organisations by name ("Quinnipiac University", "Rasmussen Reports", "YouGov").
POLLSTERS: tuple[str, ...] = tuple(_DATA["pollsters"])
