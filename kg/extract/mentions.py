"""Where people and organisations are named: spaCy NER corrected by gazetteer and title rules.

The small spaCy model tags some surnames as ORG or GPE ("Ossoff", "Palin") and misses names
after titles; a name is taken from any of three sources and overlaps keep the longest.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc

from kg.extract.lexicons import STATE_BY_NAME
from kg.extract.segments import Unit

NAME_WORD = r"(?:O['’])?[A-Z][a-zA-Z\-]+"
# A person name: capitalised words, optional middle initial.
NAME = rf"{NAME_WORD}(?: [A-Z]\.)?(?: {NAME_WORD}){{1,2}}"
_TITLE_WORDS = (
    r"Democrat|Republican|Democratic|GOP|Sen\.|Rep\.|Gov\.|Senator|Representative|Governor|"
    r"President|Congressman|Congresswoman|Mayor|Mr\.|Mrs\.|Ms\.|Dr\.|nominee|candidate|"
    r"Secretary of State|Secretary of [A-Z][a-z]+|Majority Leader|Minority Leader|Whip|"
    r"Secretary|Speaker|Leader|Director|Minister|Chairman|Chairwoman|Lt\.|Attorney General|"
    r"senators?|governor|mayor|prime-minister|[Pp]rime [Mm]inister|Incumbent|incumbent|strategist"
)
_AFTER_TITLE = re.compile(rf"\b(?:{_TITLE_WORDS}) (?P<name>{NAME})")
_LISTED = re.compile(
    rf"(?:(?<=, )|(?<=\band )|(?<=\bwere )|(?<=—)|(?<=&mdash;))(?P<name>{NAME})"
    r"(?=,| and |\. |\.$| \(| of [A-Z]|&mdash;|—)"
)
_NOT_NAME_WORDS = frozenset(
    """the a an of and in on for to by with from at as new old house senate state states united
    party democrats republicans democratic republican exit tweets tweet vote today congress
    national committee news poll polls university times post journal county district city
    department court election elections campaign story continued below cover image sources
    source related changes formats context first second third monday tuesday wednesday thursday
    friday saturday sunday january february march april may june july august september october
    november december american americans federal white north south east west northern southern
    college assembly reports research international associated press cnn fox abc nbc cbs
    gop washington georgia iowa texas development services affairs security human urban housing
    energy health justice defense treasury interior labor commerce education
    transportation sen rep gov lt gen mr mrs ms dr sens reps team coalition commitee
    congressional caucus pac pacs fund foundation institute council association alliance club
    group project action network""".split()
)
# Words of page furniture that NER glues to a name ("Tim Kaine Hide" from a "Hide Caption"
# control, "Location Obama", a trailing "MORE" of hover text): trimmed from either end.
_FURNITURE = frozenset("""hide caption more location photo photos video image images close
    getty reuters advertisement share click watch read""".split())


# Organisation spans that party and office rules read as words, so they are not masked.
_PARTY_ORGS = frozenset({"gop", "republican party", "democratic party", "republicans", "democrats",
                         "house", "senate", "congress", "state", "the house", "white house", "fbi",
                         "cia", "hhs", "dnc", "rnc"})


_LEADING_TITLE = re.compile(
    r"(?:(?:Former|Incumbent|President|Vice President|Sen\.|Senator|Rep\.|Gov\.|Governor|"
    r"Secretary of State|Majority Leader|Minority Leader|Leader|Whip|Sens\.|Reps\.|"
    r"Representative|Congressman|Congresswoman|Chancellor|Prime Minister|Minister|Mr\.|Mrs\.|"
    r"Ms\.|Dr\.|Mayor|Speaker|Secretary|Chairman|Chairwoman|Judge|Justice|General|Gen\.) )+"
)


_PARTY_WORD = re.compile(r"(?:(?:Democrat|Republican|Democratic|GOP|Independent) )+")
# NER glues a neighbouring word to a surname: "Keeping Trump from winning", "give Cruz
# Florida's 99 delegates". A leading gerund or a trailing place name is not part of a name.
_GERUND_HEAD = re.compile(r"^[A-Z][a-z]{2,}ing (?=[A-Z])")


def _trim_glued(text: str, s: int, e: int) -> tuple[int, int]:
    span = text[s:e]
    head = _GERUND_HEAD.match(span)
    if head and len(span.split()) == 2:
        s += head.end()
    rest, _, tail = text[s:e].rpartition(" ")
    if rest and len(rest.split()) == 1 and tail in STATE_BY_NAME:
        e = s + len(rest)
    return s, e


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str  # PERSON, ORG


def _clean(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim possessives, leading 'the' and punctuation; None when not a plausible name."""
    s, e = start, end
    span = text[s:e]
    for suffix in ("'s", "’s", "'", "’"):
        if span.endswith(suffix):
            e -= len(suffix)
            span = text[s:e]
            break
    while span and span[-1] in ",.;:" and not re.search(r"\b[A-Z]\.$", span):
        e -= 1
        span = text[s:e]
    if span.lower().startswith("the "):
        s += 4
        span = text[s:e]
    title = _LEADING_TITLE.match(span)
    if title and title.end() < len(span):
        s += title.end()
        span = text[s:e]
    s, e = _trim_furniture(text, s, e)
    span = text[s:e]
    if not span or any(c in span for c in "/[]()@#0123456789\n_|*="):
        return None
    return s, s + len(_trim_repeat(span))


def _trim_furniture(text: str, s: int, e: int) -> tuple[int, int]:
    """[s, e) without page-furniture words at either end."""
    while True:
        span = text[s:e]
        head, _, rest = span.partition(" ")
        if rest and head.casefold() in _FURNITURE:
            s += len(head) + 1
            continue
        rest, _, tail = span.rpartition(" ")
        if rest and tail.casefold() in _FURNITURE:
            e -= len(tail) + 1
            continue
        return s, e


def _trim_repeat(span: str) -> str:
    """'Barack Obama Barack' (a site's inline name card repeats the name): 'Barack Obama'."""
    words = span.split()
    if len(words) > 2 and words[0] in words[1:]:
        return " ".join(words[: words[1:].index(words[0]) + 1])
    return span


def _plausible_person(span: str) -> bool:
    words = span.split()
    if not 1 <= len(words) <= 4:
        return False
    if any(not (w[0].isupper() or w in ("de", "van", "von", "da", "bin")) for w in words):
        return False
    return not any(w.lower().strip(".'’") in _NOT_NAME_WORDS for w in words)


def find(doc: Doc, units: list[Unit], known: list[tuple[int, int]]) -> list[Mention]:
    """Person and organisation mentions inside the units, non-overlapping, in text order."""
    text = doc.text
    found: list[Mention] = []
    for ent in doc.ents:
        cleaned = _clean(text, ent.start_char, ent.end_char)
        if cleaned is None:
            continue
        s, e = cleaned
        span = text[s:e]
        if ent.label_ == "PERSON":
            party = _PARTY_WORD.match(span)  # "Democrat Dianne Feinstein"
            if party and party.end() < len(span):
                s += party.end()
                span = text[s:e]
            s, e = _trim_glued(text, s, e)
            span = text[s:e]
            if _plausible_person(span):
                found.append(Mention(s, e, span, "PERSON"))
        elif ent.label_ in ("ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART", "FAC") and (
            ent.label_ == "ORG" and span[0].isupper()
        ):
            found.append(Mention(s, e, span, "ORG"))
    for u in units:
        for pattern in (_AFTER_TITLE, _LISTED):
            for m in pattern.finditer(u.text):
                span = _trim_repeat(m.group("name"))
                title = _LEADING_TITLE.match(span)
                skip = title.end() if title and title.end() < len(span) else 0
                s = u.start + m.start("name") + skip
                s, e = _trim_furniture(text, s, s + len(span) - skip)
                if _plausible_person(text[s:e]):
                    found.append(Mention(s, e, text[s:e], "PERSON-RULE"))
    for s, e in known:
        found.append(Mention(s, e, text[s:e], "PERSON-KNOWN"))
    in_units = _inside(found, units)
    people = _non_overlapping([m for m in in_units if m.kind != "ORG"])
    people_starts = [p.start for p in people]

    def overlaps_person(m: Mention) -> bool:
        i = bisect.bisect_left(people_starts, m.end)
        return i > 0 and people[i - 1].end > m.start

    orgs = [m for m in in_units if m.kind == "ORG" and not overlaps_person(m)]
    orgs = [m for m in orgs if m.text.casefold().removeprefix("the ") not in _PARTY_ORGS]
    return sorted(people + _non_overlapping(orgs), key=lambda m: m.start)


def _inside(mentions: list[Mention], units: list[Unit]) -> list[Mention]:
    spans = sorted((u.start, u.end) for u in units)
    out = []
    starts = [a for a, _ in spans]
    for m in mentions:
        i = bisect.bisect_right(starts, m.start) - 1
        if i >= 0 and spans[i][0] <= m.start and m.end <= spans[i][1]:
            out.append(m)
    return out


_PRIORITY = {"PERSON-KNOWN": 3, "PERSON": 2, "PERSON-RULE": 2, "ORG": 1}


def _non_overlapping(mentions: list[Mention]) -> list[Mention]:
    """Longest first, then by source priority; person beats organisation on equal spans."""
    ordered = sorted(mentions, key=lambda m: (-(m.end - m.start), -_PRIORITY[m.kind], m.start))
    taken: list[Mention] = []
    starts: list[int] = []  # occupied intervals, sorted and disjoint
    ends: list[int] = []
    for m in ordered:
        i = bisect.bisect_left(starts, m.end)  # intervals starting before m ends
        if i > 0 and ends[i - 1] > m.start:
            continue
        starts.insert(i, m.start)
        ends.insert(i, m.end)
        taken.append(m)
    return sorted(taken, key=lambda m: m.start)
