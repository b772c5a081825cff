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

from kg.extract.gazetteer import Gazetteer, KnownPerson, fold
from kg.extract.mentions import PARTICLES, Mention
from kg.extract.segments import Unit
from kg.model import Entity

_CAPITALS = re.compile(r"[A-Z]{2,} [A-Z]{2,}")
_INITIAL = re.compile(r"^[A-Z]\.$")
_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})
# Lower-case particles belong to the surname: "Hans von Spakowsky" is Spakowsky's "von Spakowsky".
# A title or honorific right before a lone surname: the name is a person's, not a word.
_TITLE_BEFORE = re.compile(
    r"(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Sens|Reps|Lt)\.? $|"
    r"(?:President|Senator|Governor|Congressman|Congresswoman|Speaker|Secretary|Leader) $")
# A title that only a person's surname follows ("Miss Universe" is a pageant).
_NAMING_TITLE = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Sens|Reps|Lt)\.? $|"
    r"(?:Senator|Governor|Congressman|Congresswoman|Speaker|Mayor|Director|Secretary|Judge) $")
_PRESIDENT_TITLE = re.compile(r"(?:President|President-elect|Mr\.|Mrs\.|Ms\.) $")
# Where a surname starts: not inside a word or compound, except after a prefix ("anti-Trump").
_NAME_START = "(?:(?<![\\w\\-])|" + "|".join(
    f"(?<=\\b{p}-)" for p in ("anti", "pro", "non", "post", "pre", "never")) + ")"
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
    suffix: str = ""  # "Jr.": Donald Trump Jr. is not Donald Trump
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
    parts: list[str] = []
    for w in words:  # a particle opens the surname: "von Spakowsky" is one part
        if parts and parts[-1].split()[-1] in PARTICLES:
            parts[-1] = f"{parts[-1]} {w}"
        else:
            parts.append(w)
    return parts


def _suffix(surface: str) -> str:
    """'Jr.' of 'Donald Trump Jr.' (normalised with its dot), else ''."""
    last = surface.split()[-1] if surface.split() else ""
    if last not in _SUFFIXES:
        return ""
    return last if last in ("II", "III", "IV") or last.endswith(".") else f"{last}."


def _short_form(a: str, b: str) -> bool:
    """One first name is the short form of the other: "Ed" and "Edward", "Chris" and
    "Christopher", "Charlie" and "Charles" (a prefix, or the first four letters shared)."""
    a, b = a.casefold().rstrip("."), b.casefold().rstrip(".")
    if a == b or min(len(a), len(b)) < 2:
        return False
    return a.startswith(b) or b.startswith(a) or (min(len(a), len(b)) >= 5 and a[:4] == b[:4])


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
        suffix = _suffix(surface)
        known = self.gaz.lookup(surface)
        if known is None:
            known = self.gaz.lookup(" ".join(parts))
            if known is not None and suffix and not any(
                    n.split()[-1].rstrip(".") == suffix.rstrip(".") for n in known.names):
                known = None  # "Donald Trump Jr." is not the Donald Trump of the record
        variant = None
        if known is None and len(parts) == 2 and not suffix:
            variant = known = self.gaz.spelling_variant(first, last)
        conflict = _context_conflict(known, self.date) if known else None
        unlinked = None
        if conflict is not None:  # a wrong QID is worse than none: the name stays unlinked
            unlinked = (f"'{surface}' not linked to {known.label} "  # type: ignore[union-attr]
                        f"({known.wikidata or 'no QID'}): {conflict}")  # type: ignore[union-attr]
            known = variant = None
        person = self._same_person(surface, first, last, known, suffix)
        if person is None:
            # a short form keeps the article's name ("Ben Cardin", not the record's "Benjamin")
            recorded = fold(variant.label.split()[0]) if variant is not None else ""
            short = recorded.startswith(fold(first)) and fuzz.ratio(recorded, fold(first)) < 85
            label = known.label if known and not short else " ".join(
                parts + ([suffix] if suffix else []))
            person = Person(len(self.people), label, first, last, known, suffix)
            if variant is not None:
                person.reasons.append(f"'{surface}' → {label}: spelling variant of a known "
                                      "person of that surname")
            self.people.append(person)
        if unlinked is not None:
            person.reasons.append(unlinked)
        return person

    def _same_person(self, surface: str, first: str, last: str,
                     known: KnownPerson | None, suffix: str = "") -> Person | None:
        """The person already in the article that this full name names, if any."""
        words = surface.split()
        for p in self.people:
            if len(words) == 2 and p.suffix == suffix and known is None \
                    and any(len(n.split()) >= 3 and n.split()[-2:] == words
                            for n in (p.label, *p.surfaces)):
                p.reasons.append(f"'{surface}' → {p.label}: the compound surname of a person "
                                 "named in full")  # "Wasserman Schultz", "Lundergan Grimes"
                return p
        for p in self.people:
            if known is not None and p.known is known:
                p.reasons.append(f"'{surface}' → {p.label}: same known person")
                return p
            if p.suffix != suffix:
                continue
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
            if p.last.casefold() == last.casefold() and _short_form(p.first, first) \
                    and (known is None or p.known is None):
                p.reasons.append(f"'{surface}' → {p.label}: same surname, short form of the "
                                 "first name")
                return p
        return None

    def sex(self, p: Person) -> str | None:
        """From the reference record, else from the first name; None when unknown."""
        if p.known is not None and p.known.gender:
            return p.known.gender
        return self.gaz.gender(p.first)

    def _single(self, token: str, start: int, text: str, *, repeated: bool = False,
                titled_here: bool = False, honored_here: bool = False) -> Person | None:
        """A surname alone: the nearest preceding person with that surname, else any; else the
        first name of one person of the article; else the one known person of that surname in
        office around the article's date; a surname the article gives a title or honorific
        (`titled_here`: "Mr. Romney" in an article that never names him in full) is the one
        known person of that surname whose record fits the date. (A person made of a bare
        surname otherwise was tried: it adds a false fact on unseen text for nothing.) A
        surname the article gives an honorific (`honored_here`: "Mr. Sheldon will be elected
        president pro tem") and no record fits is a person of that surname all the same."""
        token = _title_case(token)
        candidates = [p for p in self.people if p.last.casefold() == token.casefold()
                      or (p.suffix and f"{p.last} {p.suffix}".casefold() == token.casefold())]
        junior: list[Person] = []
        if token.split()[-1] not in _SUFFIXES and any(p.suffix for p in candidates):
            # a bare "Trump" is Trump Jr. only when no other Trump may be meant
            junior = [p for p in candidates if p.suffix]
            candidates = [p for p in candidates if not p.suffix]
        honorific = _HONORIFIC.search(text[max(0, start - 6) : start])
        sex = _HONORIFIC_SEX[honorific.group(1)] if honorific else None
        if sex:  # "Mr. Obama" is not Michelle Obama
            candidates = [p for p in candidates if self.sex(p) in (sex, None)]
        if len(candidates) > 1:
            before = [
                (max((a for a, _ in p.spans if a < start), default=-1), p) for p in candidates
            ]
            before.sort(key=lambda x: x[0])
            return before[-1][1] if before[-1][0] >= 0 else None
        if candidates:
            return candidates[0]
        if honorific is None:
            by_first = self._by_first_name(token)
            if by_first is not None:
                return by_first
        titled = _TITLE_BEFORE.search(text[max(0, start - 14) : start])
        known = None
        if _PRESIDENT_TITLE.search(text[max(0, start - 16) : start]):
            known = self.gaz.president_at(token, self.date)
            reason = "president of that name"
        if known is None and (titled or repeated):
            known = self.gaz.in_office_at(token, self.date)
            reason = "the one known person of that surname in office then"
        if known is None and honorific is None and not titled:
            # "the Obama campaign" (2012): a president's surname alone is the president in
            # office then (a past one is not: "the Clinton campaign" of 2016 is Hillary's)
            president = self.gaz.president_at(token, self.date)
            if president is not None and self._serving(president):
                known, reason = president, "president of that name"
        if known is None and titled_here:
            known = self._only_one_called(token)
            reason = "the one known person of that surname"
        if known is None or (sex and known.gender not in (sex, None)):
            if len(junior) == 1:
                return junior[0]
            return self._honored(token, sex) if honored_here and honorific else None
        if any(p.known is known for p in self.people):
            return next(p for p in self.people if p.known is known)
        person = Person(len(self.people), known.label, known.label.split()[0], token, known)
        person.reasons.append(f"'{token}' → {known.label}: {reason}")
        self.people.append(person)
        return person

    def _honored(self, surname: str, sex: str | None) -> Person:
        """A person the article names only as "Mr. Sheldon": labelled by the surname."""
        person = Person(len(self.people), surname, "", surname, None)
        person.reasons.append(f"'{surname}' → {surname}: a person the article names only by "
                              f"an honorific and surname ({sex or 'sex unknown'})")
        self.people.append(person)
        return person

    def _only_one_called(self, surname: str) -> KnownPerson | None:
        """The one known person of this surname, when their record fits the article's date
        (in office within ten years either side of it; an undated record needs a QID)."""
        hits = self.gaz.by_last.get(fold(surname), [])
        if len(hits) != 1 or not self.date:
            return None
        year = int(self.date[:4])
        dated = [t for t in hits[0].terms if t.start and t.end]
        if not dated and hits[0].wikidata is None:
            return None  # an old member's bare record: too little to go on
        if dated and not any(int(t.start[:4]) - 10 <= year <= int(t.end[:4]) + 10
                             for t in dated):
            return None
        return hits[0] if _context_conflict(hits[0], self.date) is None else None

    def _serving(self, p: KnownPerson) -> bool:
        """True when the article's date falls within one of `p`'s terms."""
        return bool(self.date) and any(
            t.start and t.start <= str(self.date) <= t.end for t in p.terms)

    def _by_first_name(self, token: str) -> Person | None:
        """"Hillary" after "Hillary Clinton": the one person of the article with that first
        name, when no one has it as a surname."""
        if any(p.last.casefold() == token.casefold() for p in self.people):
            return None
        hits = [p for p in self.people if p.first.casefold() == token.casefold()
                and p.first != p.last]
        return hits[0] if len(hits) == 1 else None

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
            f"{p.last} {p.suffix}" for p in self.people if p.suffix} | {
            t for m in persons if len(_name_parts(m.text)) == 1 for t in [m.text]
        }
        names |= {n.upper() for n in names if len(n) >= 4}  # "BANNON:" in a transcript
        extra: list[tuple[int, int, str]] = []
        if names:
            alternatives = "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))
            # "Pelosi-backed" names Pelosi; "Clinton-Kaine" is a ticket, not one surname
            pattern = re.compile(rf"{_NAME_START}(?:{alternatives})(?!\w)(?!-[^a-z])")
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
        counts: dict[str, int] = {}
        for _, _, token in extra:
            counts[token.casefold()] = counts.get(token.casefold(), 0) + 1
        titled = {token.casefold() for s, _, token in extra
                  if _NAMING_TITLE.search(text[max(0, s - 14):s])}
        honored = {token.casefold() for s, _, token in extra
                   if _HONORIFIC.search(text[max(0, s - 6):s])}
        for s, e, token in sorted(extra):
            found = self._single(token, s, text, repeated=counts[token.casefold()] > 1,
                                 titled_here=token.casefold() in titled,
                                 honored_here=token.casefold() in honored)
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
