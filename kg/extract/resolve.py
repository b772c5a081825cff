"""Within-article coreference of person names: "Handel" and "KAREN HANDEL" → Karen Handel.

Full names found anywhere in the article make clusters; surnames and capitalised forms are then
attached to the cluster (the nearest preceding one when a surname is shared), and every fold is
recorded in the entity's `merge_reasons`. Known people (gazetteer) give the label and QID.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from kg.extract.gazetteer import Gazetteer, KnownPerson
from kg.extract.mentions import Mention
from kg.extract.segments import Unit
from kg.model import Entity

_CAPITALS = re.compile(r"[A-Z]{2,} [A-Z]{2,}")
_INITIAL = re.compile(r"^[A-Z]\.$")
_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})
_PRESIDENT_TITLE = re.compile(r"(?:President|President-elect|Mr\.|Mrs\.|Ms\.) $")
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.? $")
_HONORIFIC_SEX = {"Mr": "M", "Mrs": "F", "Ms": "F", "Miss": "F"}


@dataclass
class Person:
    """One person of the article, with every span that names them."""

    index: int
    label: str
    first: str
    last: str
    known: KnownPerson | None
    surfaces: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)

    def entity(self) -> Entity:
        aliases = tuple(sorted({s for s in self.surfaces if s != self.label}))
        return Entity(
            type="Person",
            label=self.label,
            wikidata=self.known.wikidata if self.known else None,
            aliases=aliases,
            merge_reasons=tuple(dict.fromkeys(self.reasons)),
        )


@dataclass(frozen=True)
class PersonSpan:
    start: int
    end: int
    person: int


# A known person named in the news long before their first term is more likely someone else of
# that name (Tom Barrett the Milwaukee mayor in 2012 is not the Michigan representative of 2025).
_YEARS_BEFORE_FIRST_TERM = 10


def _context_conflict(known: KnownPerson, date: str | None) -> str | None:
    """Why the reference record cannot be the person the article names here, or None: the
    article is dated long before their first term. (A party tag at the name is no evidence
    against a record: sources misprint them, "Rep. Elijah Cummings, R-Md.")"""
    starts = [t.start[:4] for t in known.terms if t.start]
    if date and starts and int(min(starts)) - int(date[:4]) > _YEARS_BEFORE_FIRST_TERM:
        return f"the article ({date[:4]}) is from long before their first term ({min(starts)})"
    return None


def _name_parts(surface: str) -> list[str]:
    words = [w for w in surface.split() if not _INITIAL.match(w) and w not in _SUFFIXES]
    return words


def _title_case(surface: str) -> str:
    if surface.isupper():
        return " ".join(w.capitalize() for w in surface.split())
    return surface


class People:
    """The people of one article and where each is named."""

    def __init__(self, gaz: Gazetteer, date: str | None) -> None:
        self.gaz = gaz
        self.date = date
        self.people: list[Person] = []
        self.spans: list[PersonSpan] = []

    def _cluster_for_full(self, surface: str) -> Person:
        surface = _title_case(surface)
        parts = _name_parts(surface)
        first, last = parts[0], parts[-1]
        known = self.gaz.lookup(surface) or self.gaz.lookup(" ".join(parts))
        variant = None
        if known is None and len(parts) == 2:
            variant = known = self.gaz.spelling_variant(first, last)
        conflict = _context_conflict(known, self.date) if known else None
        unlinked = None
        if conflict is not None:  # a wrong QID is worse than none: the name stays unlinked
            unlinked = (f"'{surface}' not linked to {known.label} "  # type: ignore[union-attr]
                        f"({known.wikidata or 'no QID'}): {conflict}")  # type: ignore[union-attr]
            known = variant = None
        person = self._same_person(surface, first, last, known)
        if person is None:
            label = known.label if known else " ".join(parts)
            person = Person(len(self.people), label, first, last, known)
            if variant is not None:
                person.reasons.append(f"'{surface}' → {label}: spelling variant of a known "
                                      "person of that surname")
            self.people.append(person)
        if unlinked is not None:
            person.reasons.append(unlinked)
        return person

    def _same_person(self, surface: str, first: str, last: str,
                     known: KnownPerson | None) -> Person | None:
        """The person already in the article that this full name names, if any."""
        for p in self.people:
            if known is not None and p.known is known:
                p.reasons.append(f"'{surface}' → {p.label}: same known person")
                return p
            if p.last.casefold() == last.casefold() and p.first.casefold() == first.casefold():
                if surface != p.label:
                    p.reasons.append(f"'{surface}' → {p.label}: same first and last name")
                return p
            if (
                p.first.casefold() == first.casefold()
                and fuzz.ratio(p.last.casefold(), last.casefold()) >= 85
            ):
                p.reasons.append(f"'{surface}' → {p.label}: same first name, spelling variant")
                return p
        return None

    def sex(self, p: Person) -> str | None:
        """From the reference record, else from the first name; None when unknown."""
        if p.known is not None and p.known.gender:
            return p.known.gender
        return self.gaz.gender(p.first)

    def _single(self, token: str, start: int, text: str) -> Person | None:
        """A surname alone: the nearest preceding person with that surname, else any."""
        token = _title_case(token)
        candidates = [p for p in self.people if p.last.casefold() == token.casefold()]
        honorific = _HONORIFIC.search(text[max(0, start - 6) : start])
        if honorific:  # "Mr. Obama" is not Michelle Obama
            sex = _HONORIFIC_SEX[honorific.group(1)]
            candidates = [p for p in candidates if self.sex(p) in (sex, None)]
        if len(candidates) > 1:
            before = [
                (max((a for a, _ in p.spans if a < start), default=-1), p) for p in candidates
            ]
            before.sort(key=lambda x: x[0])
            return before[-1][1] if before[-1][0] >= 0 else None
        if candidates:
            return candidates[0]
        if _PRESIDENT_TITLE.search(text[max(0, start - 16) : start]):
            known = self.gaz.president_at(token, self.date)
            if known is not None:
                person = Person(len(self.people), known.label, known.label.split()[0], token,
                                known)
                person.reasons.append(f"'{token}' → {known.label}: president of that name")
                self.people.append(person)
                return person
        return None

    def build(self, text: str, units: list[Unit], mentions: list[Mention]) -> None:
        persons = [m for m in mentions if m.kind.startswith("PERSON")]
        full = [m for m in persons if len(_name_parts(m.text)) >= 2]
        for m in full:
            p = self._cluster_for_full(m.text)
            p.spans.append((m.start, m.end))
            p.surfaces.append(m.text)
        taken = sorted(s for p in self.people for s in p.spans)
        taken_starts = [a for a, _ in taken]

        def is_taken(pos: int) -> bool:
            i = bisect.bisect_right(taken_starts, pos) - 1
            return i >= 0 and taken[i][0] <= pos < taken[i][1]

        # surnames and all-caps full names anywhere in the units
        names = {p.last for p in self.people} | {
            t for m in persons if len(_name_parts(m.text)) == 1 for t in [m.text]
        }
        extra: list[tuple[int, int, str]] = []
        if names:
            alternatives = "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))
            pattern = re.compile(rf"(?<![\w\-])(?:{alternatives})(?![\w\-])")
            upper = {p.label.upper(): p for p in self.people if len(p.label.split()) >= 2}
            upper_pattern = re.compile("|".join(re.escape(k) for k in upper)) if upper else None
            for u in units:
                for hit in pattern.finditer(u.text):
                    s, e = u.start + hit.start(), u.start + hit.end()
                    if not is_taken(s):
                        extra.append((s, e, hit.group()))
                if upper_pattern is None or not _CAPITALS.search(u.text):
                    continue
                for hit in upper_pattern.finditer(u.text):
                    s = u.start + hit.start()
                    p = upper[hit.group()]
                    if not is_taken(s):
                        p.spans.append((s, s + len(hit.group())))
                        p.surfaces.append(hit.group())
                        p.reasons.append(f"'{hit.group()}' → {p.label}: same name in capitals")
        for s, e, token in sorted(extra):
            found = self._single(token, s, text)
            if found is None:
                continue
            found.spans.append((s, e))
            found.surfaces.append(token)
            if token != found.label:
                found.reasons.append(f"'{token}' → {found.label}: surname of a person named in "
                                     "the article")
        self.spans = sorted(
            (PersonSpan(a, b, p.index) for p in self.people for a, b in p.spans),
            key=lambda x: x.start,
        )
