"""holds_office: titles before and after names, current and former.

"former Rep. Tom Price (R-GA)", "Texas Sen. Ted Cruz", "Georgia Secretary of State Brian
Kemp", "Tom Price, President Donald Trump's health secretary", "the seat vacated by Tom Price",
"Russian President Vladimir Putin", "Sofia mayor Boyko Borisov". Offices get canonical labels
("U.S. Representative for Georgia's 6th congressional district"); a House seat comes from the
text, the election or the gazetteer's term.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from kg.extract import dates, elections, lexicons
from kg.extract.elections import COUNTRIES, ElectionRef
from kg.extract.gazetteer import KnownPerson
from kg.extract.gazetteer import load as gazetteer_load
from kg.extract.lexicons import (
    COUNTRY_LABELS,
    DEPARTMENTS,
    ORGANISATIONS,
    STATE_ABBREVIATIONS,
    STATE_ALT,
    STATE_BY_NAME,
    STATES,
    alternation,
)
from kg.extract.office_labels import (
    PRESIDENT,
    REPRESENTATIVE,
    canonical_title_words,
    is_plural,
    office_label,
    representative,
    senator,
    title_and_place,
)
from kg.extract.statements import ArticleContext, P, Statement
from kg.model import Entity, Fact

EXTRACTOR = "kg.extract.offices.v1"
_COUNTRY_ALT = alternation(COUNTRIES)
_DEPT_ALT = alternation(DEPARTMENTS)
_US = "the United States"
_US_HOUSE = "the United States House of Representatives"
# Titles that name one national post: title -> (office title, body).
_NATIONAL_POSTS = {
    "house minority leader": ("Minority Leader", _US_HOUSE),
    "house majority leader": ("Majority Leader", _US_HOUSE),
    "house speaker": ("Speaker", _US_HOUSE), "speaker": ("Speaker", _US_HOUSE),
    "senate majority leader": ("Majority Leader", "the United States Senate"),
    "senate minority leader": ("Minority Leader", "the United States Senate"),
    "fbi director": ("Director", f"the {ORGANISATIONS['FBI']}"),
    "cia director": ("Director", f"the {ORGANISATIONS['CIA']}"),
}
_FORMER = re.compile(r"\b(?:former|ex-|then-|onetime|one-time|retired|erstwhile)\s*$", re.I)

_PREFIX = re.compile(
    rf"(?<![Ss]tate )(?<!Deputy )(?<!Assistant )(?<!Acting )(?P<former>(?:[Ff]ormer|ex-|then-) )?"
    rf"(?:(?P<qual>U\.S\.|United States|US|American|"
    rf"(?P<country>{_COUNTRY_ALT})|(?P<state>{STATE_ALT})|(?P<place>(?:[A-Z][\w-]+ ){{1,3}}?"
    rf"(?:Oblast|Province|County|City|Region)|(?!Lieutenant|Lt|Vice|Deputy|Former|The|Democratic|Republican|Democrat|Independent)[A-Z][a-z]+)) )?"  # noqa: E501
    r"(?P<title>President|Vice President|Sen\.|Senator|Rep\.|Representative|Congressman|"
    r"Congresswoman|Gov\.|Governor|governor|Lt\. Gov\.|Lieutenant Governor|Secretary of State|"
    r"Attorney General|[Pp]rime-?[ -]?[Mm]inister|Prime Minister|[Mm]ayor|Mayor|"
    r"House Minority Leader|House Majority Leader|House Speaker|Speaker|Senate Majority Leader|"
    r"Senate Minority Leader|FBI Director|CIA Director|Finance Minister|Foreign Minister|"
    r"Defense Minister|Chancellor|senators|Senators|(?:DNC|RNC) [Cc]hair(?:man|woman)?|"
    rf"(?:(?i:{_DEPT_ALT})|HHS|HUD)(?: \([A-Z]+\))? [Ss]ecretary|"
    rf"Secretary of (?:(?i:{_DEPT_ALT})|the Treasury|the Interior))\)? (?P<who>{P})"
    rf"(?P<tag> \([RDI]-[^)]{{1,16}}\)|, [RDI]-[A-Z][\w.]{{1,6}}(?:-\d{{1,2}})?(?=[,.]))?"
)
_APPOSITIVE = re.compile(
    rf"{P}, (?P<former>former |now |then-|currently |the )?(?:(?:[^,⟨]{{0,30}}?)(?:{P}(?:'s|’s) )?)"
    rf"(?P<title>(?:(?i:{_DEPT_ALT})|HHS) [Ss]ecretary|Secretary of [A-Z][\w ]+?|"
    r"(?:Chairman|Chairwoman|Chairperson|Speaker|President|Minister|Prime Minister|Governor|"
    r"Mayor|Director|governor|mayor|president|prime minister) of (?:the )?[A-Z]\w*"
    r"(?: (?:of |and |for )?[A-Z]\w*)*|"
    r"(?:popular )?(?:Republican |Democratic )?governor)"
    r"(?=[,.;)]| and | from | who |$)"
)
_OF_PLACE = re.compile(
    rf"(?P<former>[Ff]ormer )?(?P<title>Governor|Mayor|President|Prime Minister|Premier) of "
    rf"(?P<the>the )?(?P<place>[A-Z][\w]+(?: [A-Z][\w]+)?) {P}"
)
_SWORN_IN = re.compile(
    rf"{P}(?:,[^,⟨]{{1,60}},)? (?:is|was|has been|will be|gets|got)? ?"
    rf"(?P<verb>sworn in|inaugurated|confirmed|appointed|resigns|resigned|steps down|stepped down)"
    rf" as (?:the )?(?:new |next |interim |acting )?(?:\d+\w* )?"
    rf"(?P<title>(?:[A-Z][\w.'’-]* ){{0,3}}?(?:President|Prime Minister|"
    rf"Governor|Mayor|Secretary|Senator|Minister|Chancellor|Speaker|Leader|Director|Chairman|"
    rf"Chairwoman|Chair|Attorney General|Premier)"
    rf"(?: of (?:the )?[A-Z]\w*(?: (?:of |and )?[A-Z]\w*)*)?)"
)
# A person taking, holding or leaving the office the phrase after "as" names (found by its
# grammar: "resigns as Republican National Committee finance chairman").
_AS_OFFICE = re.compile(
    rf"{P}(?:,[^,⟨]{{1,60}},| of [^,⟨.]{{1,80}}?)? (?:is |was |has been |will be |had been )?"
    rf"(?P<verb>sworn in|inaugurated|confirmed|appointed|named|elected|resigns|resigned|"
    rf"steps down|stepped down|retires|retired|serves|served|serving|quits|quit) as "
    rf"(?:the |a |an )?(?:new |next |interim |acting |permanent )?")
_LEAVING = ("resign", "step", "retire", "quit", "served")
# A person becoming the office the phrase after the verb names ("Paolo Gentiloni becomes the
# new Prime Minister of Italy"), found by its grammar.
_BECOMES = re.compile(
    rf"{P}(?:,[^,⟨]{{1,60}},)? (?:\w+ly )?(?:becomes|became|will become) (?:the |a |an )?"
    rf"(?:new |next |first |interim |acting )?")
# A member of Congress's party and state tag right after the name: "Mitch McConnell, R-Ky.,",
# "Paul Ryan (R-Wis.)": the seat the record gives in that state.
_TAGGED = re.compile(
    rf"{P}(?P<tag> \([RDI]-[^)]{{1,16}}\)|, [RDI]-[A-Z][\w.]{{1,6}}(?:-\d{{1,2}})?(?=[,.]))")
# A person and the office phrase in apposition after them.
_APPOSED = re.compile(
    rf"{P}(?: (?:of|from) [A-Z][\w.]*(?: [A-Z][\w.]*)?)?, (?:the |a |an )?"
    rf"(?P<former>former |ex-|then-|onetime |one-time )?(?:current |now |longtime |new )?")


_CLAUSE_CLOSES = re.compile(r"[,;.)]| and (?!⟨)| who ")  # not "and <another name>"


def _phrase_at(text: str, at: int, *, apposed: bool = False, placed: bool = False,
               known: KnownPerson | None = None, date: str | None = None) -> str | None:
    """The label of the office phrase (found by its grammar) that starts at `at`; in
    apposition, only one the clause closes right after ("X, the co-chair of the CPC, said");
    `placed`: only one whose jurisdiction the phrase fixes ("Prime Minister of Italy", not
    "Foreign Minister"); `known`, the holder's record, fixes a seat ("a former congressman")."""
    rest = text[at:at + 160]
    span = next(((a, b) for a, b in find_office_phrases(rest) if a == 0), None)
    # an acronym in brackets may close the phrase first ("chairman of the DNC (DNC), to")
    closing = re.sub(r"^ \([A-Z][\w.]{1,8}\)", "", rest[span[1]:]) if span else ""
    if span is None or (apposed and not _CLAUSE_CLOSES.match(closing or ".")):
        return None
    office = name_office(rest[:span[1]], after=rest[span[1]:], known=known, date=date)
    return office.label if office.aliases or not placed else None
_CONFIRMS = re.compile(
    rf"\b(?:confirms|confirmed|appoints|appointed|names|named) (?:[^⟨.]{{0,40}}?){P},? as "
    rf"(?:the )?(?:new |next )?(?P<title>(?:[A-Z][\w.'’-]* ){{0,3}}?(?:Secretary|Minister|Director|"
    rf"Attorney General|Ambassador)(?: of (?:the )?[A-Z]\w*(?: (?:of |and )?[A-Z]\w*)*)?)"
)
# A title right before a person (a cheap filter before the long title rule).
_TITLE_CUE = re.compile(
    r"(?:President|Sen\.|Senator|Rep\.|Representative|Congress(?:wo)?man|Gov\.|[Gg]overnor|"
    r"Secretary|[Ss]ecretary|Secretary of State|Attorney General|[Mm]inister|[Mm]ayor|Leader|"
    r"Speaker|Director|"
    r"Chancellor|[Ss]enators|[Cc]hair(?:man|woman)?)\)? ⟨"
)
_THE_STATES_GOVERNOR = re.compile(
    rf"\bthe state(?:'s|’s) (?:\w+ ){{0,2}}governor, {P}"
)
_STATE_LEGISLATOR = re.compile(
    rf"\b(?P<former>[Ff]ormer )?(?P<state>{STATE_ALT}) [Ss]tate (?P<title>Senator|Sen\.|senator|"
    rf"Representative|Rep\.|representative|Assemblyman|Assemblywoman) {P}"
)
_OTHER_SENATOR = re.compile(
    rf"\b[Tt]he state(?:'s|’s) (?:other |junior |senior )?(?:U\.S\. )?senator(?:,| is) "
    rf"(?:(?:Republican|Democrat|Democratic|incumbent) )?{P}"
)
_ASSEMBLY_SPEAKER = re.compile(rf"\b(?:State )?Assembly [Ss]peaker {P}")
_SENATORS_OF = re.compile(rf"{P} of (?P<state>{STATE_ALT})\b")
_VACATED = re.compile(
    rf"(?:seat|district)(?: \w+){{0,2}} (?:vacated|left open|left vacant) by (?:[^⟨.]{{0,60}}?){P}|"
    rf"\breplace (?:[^⟨.]{{0,20}}?){P}|{P}, who vacated the seat|remainder of (?:Rep\. |Sen\. )?"
    rf"{P}(?:'s|’s) (?:\w+ )?term|{P} (?:resigned|steps down|stepped down|retired)\b"
)
_BECAME = re.compile(
    rf"{P}[^⟨.]{{0,60}}?\bbecame (?:[^.,]{{0,30}}?)(?P<title>(?:(?i:{_DEPT_ALT})|"
    r"HHS)(?: \([A-Z]+\))? [Ss]ecretary|Secretary of [A-Z][\w ]+)"
)
_RESPECTIVELY = re.compile(
    rf"{P}[^⟨.]{{0,80}}? and (?:[^⟨.]{{0,60}}?){P},? as Secretaries of (?P<a>(?i:{_DEPT_ALT})) "
    rf"and (?P<b>(?i:{_DEPT_ALT})),? respectively"
)
_INCUMBENT = re.compile(rf"\b[Ii]ncumbent (?:President |Governor |Senator )?{P}")
_TAG = re.compile(
    r"(?:\(|, )(?P<party>[RDI])-(?P<state>[A-Z][A-Za-z.]{1,5}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    r"(?:-(?P<cd>\d{1,2}))?(?:\)|,|$)"
)
def office(label: str) -> Entity:
    return Entity(type="Office", label=label)


@lru_cache(maxsize=1)
def _house_seats() -> dict[str, list[tuple[str, str, int]]]:
    """Every House term of the reference records by state: (start, end, district)."""
    out: dict[str, list[tuple[str, str, int]]] = {}
    for person in gazetteer_load().people:
        for t in person.terms:
            if t.kind == "rep" and t.state and t.district is not None:
                out.setdefault(t.state, []).append((t.start, t.end, t.district))
    return out


def at_large_state(code: str, date: str | None) -> bool:
    """Does the state (a code) elect its one representative at large around `date`, by the
    reference records' House terms then (all of district 0)?  A "Missouri Rep." without a
    district is then no at-large seat but a seat not known."""
    year = int((date or "9999")[:4])
    seats = _house_seats().get(code, [])
    dated = [(int(start[:4]), int(end[:4]) if end else 9999, d) for start, end, d in seats
             if start]
    # the terms of the years around (the records date only recent terms), else any
    near = {d for start, end, d in dated if start - 4 <= year <= end + 4}
    districts = near or {d for *_, d in dated} or {d for *_, d in seats}
    return districts == {0}


def _tag_state(tag: str | None) -> tuple[str | None, int | None]:
    if not tag:
        return None, None
    m = _TAG.search(tag)
    if not m:
        return None, None
    st = m.group("state")
    code = (st.upper() if st.upper() in STATES else STATE_ABBREVIATIONS.get(st)
            or STATE_BY_NAME.get(st.rstrip(".")))
    return code, int(m.group("cd")) if m.group("cd") else None


class _Context:
    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx
        self.date = ctx.article.date
        self.scope: ArticleOffices | None = None  # set by extract: the article's offices

    def known_term(self, person: str, kind: str) -> tuple[str | None, int | None] | None:
        """State and district of the person's latest term of this kind, from the gazetteer."""
        known = self.ctx.people.people[int(person)].known
        if known is None:
            return None
        terms = [t for t in known.terms if t.kind == kind and (not t.start or not self.date
                                                                or t.start <= self.date)]
        if not terms:
            return None
        t = terms[-1]
        return t.state, t.district

    def was_us(self, person: str, kind: str) -> bool:
        """Did the gazetteer's person hold this US office (president, vice president)?"""
        known = self.ctx.people.people[int(person)].known
        return known is not None and any(t.kind == kind for t in known.terms)

    def held(self, person: str, title: str) -> str | None:
        """The full office of this title the article gives the person elsewhere ("Ukrainian
        President Petro Poroshenko"), if any."""
        if self.scope is None:
            return None
        surname = _fold_name(self.ctx.people.people[int(person)].last)
        return self.scope.holders.get((surname, title))

    def state_of_article(self) -> str | None:
        e = self.ctx.main_election
        if e and e.division and "/state:" in e.division:
            return e.division.split("/state:")[1].split("/")[0].upper()
        return None


def _title_office(oc: _Context, m: re.Match[str], election: ElectionRef | None) -> str | None:
    title = m.group("title")
    t = title.lower().rstrip(".")
    state_held = state_office(title, m.string[:m.start("title")], oc.state_of_article())
    if state_held is not None:  # "State Rep. X", "state House Speaker X"; a bare post
        # ("Speaker", no state known) gives no fact, a bare "State Senator" does
        is_post = not state_held.label.startswith("State ")
        return None if is_post and not state_held.aliases else state_held.label
    if t in ("mayor", "gov", "governor") or "leader" in t or "speaker" in t:
        shaped = _shape_label(m.string, m.start("title"))
        if shaped is not None:
            return shaped
    who = m.group("who")[1:-1]
    qual = m.group("qual")
    state = STATE_BY_NAME.get(m.group("state") or "")
    country = COUNTRIES.get(m.group("country") or "")
    tag_state, tag_cd = _tag_state(m.group("tag"))
    if t in ("president", "vice president"):
        title_label = "President" if t == "president" else "Vice President"
        if country:
            return office_label(title_label, country[1])
        if qual and qual not in ("U.S.", "United States", "US", "American"):
            return None
        if qual or oc.was_us(who, "prez" if t == "president" else "viceprez"):
            return office_label(title_label, _US)
        # "President Poroshenko" after "Ukrainian President Petro Poroshenko": the country the
        # article gives him, not the page's (a US president is one by the record, above)
        held = oc.held(who, title_label)
        if held is not None and not held.endswith(_US):
            return held
        page = _country_from_election(election) or _country_from_election(
            oc.ctx.main_election)
        foreign = page[1] if page else _country_in(m.string, before=m.start())
        return office_label(title_label, foreign) if foreign else None
    if t in ("sen", "senator", "senators"):
        s = state or tag_state
        if s is None:
            term = oc.known_term(who, "sen")
            s = term[0] if term else None
        return senator(s)
    if t in ("rep", "representative", "congressman", "congresswoman"):
        s, cd = state or tag_state, tag_cd
        if cd is None:
            term = oc.known_term(who, "rep")
            if term and (s is None or term[0] == s):
                s, cd = term
        if s and cd is None and not at_large_state(s, oc.date):
            return REPRESENTATIVE  # "Missouri Rep.": a state of several districts, seat unknown
        return representative(s, cd)
    if t in ("gov", "governor"):
        place = m.group("state") or m.group("place")
        if place is None and qual and qual not in ("U.S.", "United States", "US", "American"):
            place = qual
        return office_label("Governor", place)
    if t in ("lt. gov", "lieutenant governor"):
        s = m.group("state") or (STATES.get(oc.state_of_article() or ""))
        return office_label("Lieutenant Governor", s)
    if t in ("secretary of state", "attorney general"):
        name = "Secretary of State" if t == "secretary of state" else "Attorney General"
        if m.group("state"):
            return office_label(name, m.group("state"))
        return office_label(name, _US if qual in ("U.S.", "United States", "US") else None)
    if "minister" in t and "prime" in t:
        c = country or _country_from_election(election)
        return office_label("Prime Minister", c[1] if c else None)
    if t.endswith("minister"):
        kind = t.split()[0].capitalize()
        c = country or _country_from_election(election)
        return office_label(f"Minister of {kind}", c[1]) if c else f"{kind} Minister"
    if t == "mayor":
        place = m.group("place") or m.group("state") or (qual if qual and qual[0].isupper() else None)  # noqa: E501
        return office_label("Mayor", place) if place and place not in ("U.S.",) else None
    if t in _NATIONAL_POSTS:
        return office_label(*_NATIONAL_POSTS[t])
    if t.startswith(("dnc", "rnc")):
        return office_label("Chair", f"the {ORGANISATIONS[t[:3].upper()]}")
    return _cabinet(title)


def _shape_label(text: str, at: int) -> str | None:
    """The label of the office mention (found by its shape) that covers `at`, where the
    mention fixes its jurisdiction ("South Bend, Indiana, Mayor" → Mayor of South Bend)."""
    for a, b in find_titles(text):
        if a <= at < b:
            office = name_office(text[a:b], before=text[:a], after=text[b:])
            return office.label if office.aliases else None
    return None


def _country_in(text: str, *, before: int | None = None) -> str | None:
    """The country named nearest before `before` (else the first one named)."""
    found = list(re.finditer(rf"\b({_COUNTRY_ALT})\b", text))
    near = [m for m in found if before is not None and m.start() < before]
    m = near[-1] if near else (found[0] if found else None)
    return COUNTRIES[m.group(1)][1] if m else None


def _cabinet(title: str) -> str | None:
    t = re.sub(r"\s*\([A-Z]+\)", "", title).strip()
    m = re.match(r"(?i)secretar(?:y|ies) of (.+)$", t)
    dept = m.group(1) if m else re.sub(r"(?i)\s*secretary$", "", t)
    d = DEPARTMENTS.get(dept.lower().removeprefix("the "))
    return office_label("Secretary", d) if d else None


def _country_from_election(e: ElectionRef | None) -> tuple[str, str] | None:
    if e and e.division and e.division.startswith("ocd-division/country:") and e.office:
        m = re.match(r"President of (.+)$", e.office)
        if m and m.group(1) != "the United States":
            return ("", m.group(1))
    return None


def _seat_office(oc: _Context, e: ElectionRef | None) -> str | None:
    """The office an election fills: the seat a former holder vacated."""
    if e is None or e.division is None or e.kind not in ("house", "senate", "governor"):
        return None
    m = re.search(r"/state:(\w\w)/cd:(\d+)$", e.division)
    if m:
        return representative(m.group(1).upper(), int(m.group(2)))
    return e.office


def _last_seat(oc: _Context, who: str) -> str | None:
    """The Senate or House seat the person's record gives them last by the article's date
    ("the seat vacated by Tom Price" where the statement names no race)."""
    known = oc.ctx.people.people[int(who)].known
    if known is None or not oc.date:
        return None
    seats = [t for t in known.terms if t.kind in ("sen", "rep")]
    # the historical table keeps a former member's last term, undated
    began = [t for t in seats if t.start and t.start[:10] <= oc.date[:10]] or [
        t for t in seats if not t.start]
    if not began:
        return None
    kind = max(began, key=lambda t: t.start).kind
    seat = record_office(known, kind, oc.date)
    if seat is None or not seat[0]:
        return None
    return senator(seat[0]) if kind == "sen" else representative(*seat)


def _facts(oc: _Context, st: Statement) -> list[tuple[str, str, bool, float]]:
    text = st.people_only
    found: list[tuple[str, str, bool, float]] = []
    for m in _OF_PLACE.finditer(text):
        title, place = m.group("title"), m.group("place")
        country = COUNTRIES.get(place)
        place_name = country[1] if country else place
        if not country and m.group("the"):
            place_name = "the " + place
        found.append((m.group(5), office_label(title, place_name), bool(m.group("former")),
                      0.88))
    for m in (_PREFIX.finditer(text) if _TITLE_CUE.search(text) else ()):
        label = _title_office(oc, m, st.election)
        if label is None:
            continue
        former = bool(m.group("former")) or bool(_FORMER.search(text[: m.start()]))
        if m.group("title") in ("senators", "Senators"):
            continue
        found.append((m.group("who")[1:-1], label, former, 0.9))
    for m in re.finditer(rf"(?:[Ss]enators|Democratic senators|Republican senators)"
                         rf"(?:—|&mdash;|:| )+(?P<list>(?:{P}(?: of [A-Z]\w+(?: [A-Z]\w+)?)?"
                         rf"(?: \([^)]*\))?(?:,? and |, )?)+)", text):
        for pm in re.finditer(rf"{P}(?: of (?P<st>[A-Z]\w+(?: [A-Z]\w+)?))?(?P<tag> \([^)]*\))?",
                              m.group("list")):
            s = STATE_BY_NAME.get(pm.group("st") or "") or _tag_state(pm.group("tag"))[0]
            found.append((pm.group(1), senator(s), False, 0.88))
    for m in _APPOSITIVE.finditer(text):
        title = m.group("title")
        label = _cabinet(title)
        if label is None:
            if " of " not in title and "governor" in title.lower():
                s = STATES.get(oc.state_of_article() or "")
                label = office_label("Governor", s)
            else:
                label = title[0].upper() + title[1:]
                if label.startswith("Prime minister"):
                    label = "Prime Minister" + label[len("Prime minister"):]
        former = bool(re.search(r"\bformer\b|\bex-", m.group(0)[: m.start("title") - m.start()]))
        found.append((m.group(1), label, former, 0.85))
    for pattern in (_SWORN_IN, _CONFIRMS):
        for m in pattern.finditer(text):
            label = _cabinet(m.group("title")) or m.group("title")
            former = pattern is _SWORN_IN and m.group("verb").startswith(("resign", "step"))
            found.append((m.group(1), label, former, 0.85))
    # 0.9: of these two rules' facts on the corpus (train and dev), 44 of 45 are gold
    for m in _AS_OFFICE.finditer(text):  # "resigns as RNC finance chairman"
        label = _phrase_at(text, m.end(), date=oc.date,
                           known=oc.ctx.people.people[int(m.group(1))].known)
        if label is not None:
            found.append((m.group(1), label, m.group("verb").startswith(_LEAVING), 0.9))
    for m in _BECOMES.finditer(text):
        label = _phrase_at(text, m.end(), placed=True)
        if label is not None:
            found.append((m.group(1), label, False, 0.85))
    for m in _TAGGED.finditer(text):
        if _CHAIR_BEFORE.search(text, 0, m.start()) or re.search(
                r"\b(?:[Ff]ormer|ex-)[^⟨]{0,20}$", text[:m.start()]):
            continue  # "Senate Judiciary Chairman Lindsey Graham, R-S.C.": the chair is the post
        seat = _tagged_seat(oc, m.group(1), m.group("tag"))
        if seat is not None:
            found.append((m.group(1), seat, False, 0.85))
    for m in _APPOSED.finditer(text):  # "Mark Pocan from Wisconsin, the co-chair of the CPC,"
        label = _phrase_at(text, m.end(), apposed=True, date=oc.date,
                           known=oc.ctx.people.people[int(m.group(1))].known)
        if label is not None:
            found.append((m.group(1), label, bool(m.group("former")), 0.9))
    for m in _THE_STATES_GOVERNOR.finditer(text):
        s = STATES.get(oc.state_of_article() or "")
        found.append((m.group(1), office_label("Governor", s), False, 0.85))
    for m in _VACATED.finditer(text):
        who = next(g for g in m.groups() if g)
        label = _seat_office(oc, st.election)
        if label is None and re.search(r"\b(?:seat|district|term)\b", m.group(0)):
            label = _last_seat(oc, who)  # no race known: the seat the record gave them
        if label:
            found.append((who, label, True, 0.85))
    for m in _BECAME.finditer(text):
        label = _cabinet(m.group("title"))
        if label:
            found.append((m.group(1), label, False, 0.85))
    for m in _RESPECTIVELY.finditer(text):
        for who, dept in ((m.group(1), m.group("a")), (m.group(2), m.group("b"))):
            label = _cabinet(f"Secretary of {dept}")
            if label:
                found.append((who, label, False, 0.85))
    for m in _STATE_LEGISLATOR.finditer(text):
        chamber = "Senate" if m.group("title").lower().startswith("sen") else (
            "House of Representatives" if m.group("title").lower().startswith("rep")
            else "State Assembly")
        found.append((m.group(4), office_label("Member", f"the {m.group('state')} {chamber}"),
                      bool(m.group("former")), 0.85))
    article_state = STATES.get(oc.state_of_article() or "")
    for m in _OTHER_SENATOR.finditer(text):
        if article_state:
            found.append((m.group(1), senator(article_state), False, 0.85))
    for m in _ASSEMBLY_SPEAKER.finditer(text):
        if article_state:
            assembly = f"the {article_state} State Assembly"
            found.append((m.group(1), office_label("Speaker", assembly), False, 0.8))
    for m in _INCUMBENT.finditer(text):
        if st.election is not None and st.election.office:
            found.append((m.group(1), st.election.office, False, 0.8))
    return found


_CHAIR_BEFORE = re.compile(r"[Cc]hair(?:man|woman|person)? $")


def _tagged_seat(oc: _Context, who: str, tag: str) -> str | None:
    """The Senate or House seat a party-and-state tag's holder has at the article's date, by
    the record, where it is in the tag's state."""
    state, _ = _tag_state(tag)
    known = oc.ctx.people.people[int(who)].known
    date = oc.date
    if state is None or known is None or not date:
        return None
    for kind in ("sen", "rep"):
        # a member at the date (the historical table's terms are undated: the tag says so)
        if not any(t.kind == kind and (not t.start or t.start[:10] <= date[:10] <= (t.end or "9"))
                   for t in known.terms):
            continue
        seat = record_office(known, kind, date)
        if seat is not None and seat[0] == state:
            return senator(state) if kind == "sen" else representative(*seat)
    return None


def _state_office(title: str, before: str) -> str:
    """A state office's bare title ("Gov. Tommy Thompson") in the state its sentence names just
    before ("the contest in Wisconsin, where former Gov. Tommy G. Thompson"), else the title."""
    state = _state_just_before(before) if title in _STATE_TITLES else None
    if state is None:
        return title
    return senator(STATE_BY_NAME[state]) if title == "Senator" else office_label(title, state)


def _minted(label: str) -> str:
    """A mayor's label as office_labels mints it (a rule may copy the text's "mayor of New
    York"), so the rule's fact and the learned candidate name one office."""
    if label.lower().startswith("mayor of "):
        return office_label("Mayor", label[len("mayor of "):])
    return label


def extract(ctx: ArticleContext) -> list[Fact]:
    oc = _Context(ctx)
    out: list[Fact] = []
    seen: set[tuple[str, str, int]] = set()
    scope = oc.scope = article_offices(ctx)
    for st in ctx.statements:
        for who, label, former, conf in _facts(oc, st):
            label = _minted(label)
            if label in _BARE_TITLES:  # "Gov. Kasich" after "Ohio Gov. John Kasich"
                surname = _fold_name(ctx.people.people[int(who)].last)
                before = st.people_only.split(f"⟨{who}⟩", 1)[0]
                label = scope.holders.get((surname, label)) or _state_office(label, before)
            key = (who, label, st.unit.start)
            if key in seen:
                continue
            seen.add(key)
            attrs: dict[str, object] = {"former": True} if former else {}
            out.append(ctx.fact("holds_office", ctx.person(who), office(label), [st], conf,
                                EXTRACTOR, attributes=attrs or None))
    return out





# ---------------------------------------------------------------- office names
# One labelling function for every office mention, whoever found it: the label the gold
# README's conventions give it where the mention (or the holder's record) fixes the
# jurisdiction ("U.S. Senator from Vermont", "Governor of Ohio", "Prime Minister of Romania",
# "Chair of the Democratic National Committee"), else the bare title ("Senator", "Mayor").

_US_WORDS = {"u.s.", "us", "united states", "american", "u.s", "federal"}
_US_WORDS_RE = r"U\.S\.|US|United States|American|America's|the nation's|the country's"
# Head titles: surface → (key, canonical title).  Longest first when matched.
HEAD_TITLES: dict[str, tuple[str, str]] = {
    "vice president": ("vp", "Vice President"), "vice-president": ("vp", "Vice President"),
    "president": ("president", "President"), "presidency": ("president", "President"),
    "prime minister": ("pm", "Prime Minister"), "prime-minister": ("pm", "Prime Minister"),
    "premier": ("pm", "Premier"),
    "deputy prime minister": ("dpm", "Deputy Prime Minister"),
    "u.s. senator": ("sen", "Senator"), "united states senator": ("sen", "Senator"),
    "senator": ("sen", "Senator"), "sen.": ("sen", "Senator"), "sens.": ("sen", "Senator"),
    "senators": ("sen", "Senator"),
    "u.s. representative": ("rep", "Representative"), "representative": ("rep", "Representative"),
    "rep.": ("rep", "Representative"), "reps.": ("rep", "Representative"),
    "congressman": ("rep", "Representative"), "congresswoman": ("rep", "Representative"),
    "lieutenant governor": ("ltgov", "Lieutenant Governor"),
    "lt. gov.": ("ltgov", "Lieutenant Governor"), "lt. governor": ("ltgov", "Lieutenant Governor"),
    "governor": ("gov", "Governor"), "gov.": ("gov", "Governor"),
    "governorship": ("gov", "Governor"),
    "attorney general": ("state", "Attorney General"),
    "secretary of state": ("state", "Secretary of State"),
    "mayor": ("mayor", "Mayor"), "lord mayor": ("mayor", "Lord Mayor"),
    "speaker": ("speaker", "Speaker"), "speakership": ("speaker", "Speaker"),
    "majority leader": ("leader", "Majority Leader"),
    "minority leader": ("leader", "Minority Leader"),
    "majority whip": ("leader", "Majority Whip"), "minority whip": ("leader", "Minority Whip"),
    "chairman": ("chair", "Chair"), "chairwoman": ("chair", "Chair"),
    "chairperson": ("chair", "Chair"), "chair": ("chair", "Chair"),
    "opposition leader": ("opposition", "Leader of the Opposition"),
}
_HEAD_ALT = alternation(HEAD_TITLES)
_HEAD = re.compile(rf"(?i)(?<!\w)(?:{_HEAD_ALT})(?![\w-])")
_LEADING = re.compile(
    r"^(?:(?:the|The|a|an|[Ff]ormer|[Oo]utgoing|[Ii]ncoming|[Aa]cting|[Ii]nterim|[Oo]netime|"
    r"[Oo]ne-time|[Cc]urrent|[Ll]ate)\s+|(?:[Ee]x|[Tt]hen|[Nn]ow)-\s*)+")
_PLACE_WORDS = r"(?:[A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){0,3})"
_OF_AFTER = re.compile(
    rf"^,? (?:of|from|for) (?:the )?(?:(?:[a-z]+ ){{0,3}}(?:State|state|Commonwealth) of )?"
    rf"(?:(?:his|her|their|its) )?(?:neighboring |native |home )?"
    rf"(?P<place>{_PLACE_WORDS})")


def _place(words: str) -> str:
    """A place as an office label names it: 'South Bend, Indiana' → 'South Bend'."""
    words = words.strip(" ,’'")
    for stop in re.finditer(r"(?<=[a-z]{2})\.(?: |$)", words):  # a sentence's stop: "Haiti."
        if words[:stop.start() + 1].split()[-1].lstrip(",") not in STATE_ABBREVIATIONS:
            words = words[:stop.start()]  # not "Ind." nor "D.C."
            break
    words = re.sub(r"(?:'s|’s)$", "", words)
    head, _, tail = words.partition(",")
    if tail and (tail.strip() in STATE_BY_NAME or tail.strip() in STATE_ABBREVIATIONS):
        return head.strip()
    return words


def _jurisdiction(place: str) -> str:
    """The longest leading run of words that is a state or a country ('Ukraine Petro' →
    'Ukraine'), else the place as given."""
    words = place.split()
    for n in range(len(words), 0, -1):
        head = " ".join(words[:n])
        if head in STATE_BY_NAME or head in COUNTRY_LABELS:
            return head
    return place


def _state_in(words: str) -> str | None:
    """The US state a pre-modifier names ('Ohio', "Ohio's", 'the Ohio')."""
    w = re.sub(r"(?:'s|’s)$", "", words.strip().removeprefix("the ").strip())
    return w if w in STATE_BY_NAME else None


def _country_of(words: str) -> str | None:
    w = re.sub(r"(?:'s|’s)$", "", words.strip().removeprefix("the ").strip())
    if w.casefold() in _US_WORDS or w in ("U.S.", "United States", "America"):
        return "the United States"
    return COUNTRY_LABELS.get(w)


# Days from a November election to the term it fills (January 3 in Congress, January 20 for
# the presidency), with some slack: a record's first term this soon is the member-elect's seat.
_ELECT_DAYS = 80


def _days_after(date: str, days: int) -> str:
    try:
        return (dt.date.fromisoformat(date[:10]) + dt.timedelta(days=days)).isoformat()
    except ValueError:
        return date[:10]


def record_office(known: KnownPerson | None, kind: str, date: str | None
                  ) -> tuple[str | None, int | None] | None:
    """State and district of the person's term of this kind at `date` (else of the last one
    before it): what fixes 'Sen.' or 'Rep.' to a seat."""
    if known is None:
        return None
    terms = [t for t in known.terms if t.kind == kind]
    if date:
        current = [t for t in terms if t.start and t.start[:10] <= date[:10] <= (t.end or "9")]
        earlier = [t for t in terms if t.start and t.start[:10] <= date[:10]]
        terms = current or earlier[-1:]
        if not terms:  # the historical table keeps a former member's last term, undated
            terms = [t for t in known.terms if t.kind == kind and not t.start]
        if not terms:  # a member-elect between the election and the swearing-in
            terms = [t for t in known.terms if t.kind == kind and t.start
                     and date[:10] < t.start[:10] <= _days_after(date, _ELECT_DAYS)][:1]
    seats = {(t.state, t.district) for t in terms}
    return seats.pop() if len(seats) == 1 else None


# A second title after "and" whose place ends the pair: "Prime Minister and President of
# Italy" (the place both titles share; a country or a state).
_SHARED_PLACE = re.compile(rf"^ and (?:[A-Z][\w-]* ){{1,3}}of (?:the )?"
                           rf"(?P<place>{alternation([*STATE_BY_NAME, *COUNTRY_LABELS])})\b")


def name_office(surface: str, *, before: str = "", after: str = "",
                known: KnownPerson | None = None, date: str | None = None,
                scope: ArticleOffices | None = None) -> Entity:
    """The office an office mention names.  `surface` is the mention ("Vermont Sen.", "the
    former mayor of South Bend", "DNC chair"), `before` and `after` the text around it (a
    jurisdiction may sit just outside: "Ohio's governor", "senator from Vermont"), `known`
    the holder's reference record (it fixes a senator's state and a representative's seat),
    `scope` what the whole article fixes about its offices (a bare "Gov." or "the president"
    takes its jurisdiction from there).  A plural ("Sens.", "governors") is the office of
    several holders: only what the mention itself or the one holder asked about fixes ("two
    Texas senators", Rubio's seat in "Sens. Marco Rubio and Ted Cruz") qualifies it, and only a
    national office ("these presidents") takes the article's country."""
    plural = is_plural(surface)
    state_held = state_office(surface, before, scope.state if scope else None)
    if state_held is not None:  # "State Rep. X", "state House Speaker X": not Congress's
        return state_held
    office = _name_office(surface, before=before, after=after, known=known, date=date)
    shared = _SHARED_PLACE.match(after) if not office.aliases else None
    if shared:  # "Prime Minister and President of Italy": the place is both titles'
        placed = _name_office(f"{surface} of {shared.group('place')}", before=before,
                              known=known, date=date)
        office = placed if placed.aliases else office
    if scope is None or (plural and office.label not in _NATIONAL_TITLES):
        return office
    office = _localise(office, scope.country, surface, before)
    if office.aliases:
        return office
    return scope.resolve(office, before=before, after=after, surface=surface) or office


# A state's legislator or chamber post: "State Sen.", "Georgia state representative",
# "state House Speaker" (the word "State" may sit just before the title the lexicon found)
_STATE_OFFICE = re.compile(
    r"(?i)^(?:the )?(?:(?:former|then-?) )?(?:(?P<state_word>state) )?(?:(?P<member>sen\.|"
    r"senator|rep\.|representative)|(?P<chamber>house|senate) (?P<post>speaker|"
    r"majority leader|minority leader|president))$")
_STATE_NAME_BEFORE = re.compile(r"(?:^|[^\w.])(?P<state>[A-Z][a-z]+(?: [A-Z][a-z]+)?) $")
_STATE_WORD_BEFORE = re.compile(r"(?:^|[^\w.])(?:(?P<state>[A-Z][a-z]+(?: [A-Z][a-z]+)?) )?"
                                r"[Ss]tate $")
_CHAMBER_BEFORE = re.compile(r"(?i)(?:^|\s)(?P<chamber>house|senate) $")


def state_office(surface: str, before: str, fallback_state: str | None) -> Entity | None:
    """The office of a state legislator or of a state chamber's post, never one in Congress:
    "Ohio State Rep." is Member of the Ohio House of Representatives, "state House Speaker" in
    a Maine story Speaker of the Maine House of Representatives; the state named right before,
    else `fallback_state` (the article's), else the bare title ("State Senator", "Speaker").
    None for any other mention (a bare "House Speaker" is the United States House's)."""
    s = " ".join(surface.split())
    m = _STATE_OFFICE.match(s)
    chamber_before = _CHAMBER_BEFORE.search(before) if m is None else None
    if chamber_before:  # the post found without its chamber: "state House" + "Speaker"
        m = _STATE_OFFICE.match(f"{chamber_before.group('chamber')} {s}")
        before = before[:chamber_before.start() + 1]
    if m is None or m.group("post") is None and m.group("member") is None:
        return None
    found = (_STATE_NAME_BEFORE if m.group("state_word") else _STATE_WORD_BEFORE).search(before)
    if found is None and not m.group("state_word"):
        return None
    named = found.group("state") if found else None
    state = named if named in STATE_BY_NAME else fallback_state
    state = STATES.get(state, state) if state else None
    if m.group("member"):
        chamber = "Senate" if m.group("member").lower().startswith("sen") else (
            "House of Representatives")
        title = f"State {'Senator' if chamber == 'Senate' else 'Representative'}"
        place_title = "Member"
    else:
        chamber = "House of Representatives" if m.group("chamber").lower() == "house" else (
            "Senate")
        title = place_title = title_case(m.group("post"))
    if state in STATE_BY_NAME:
        return _full(office_label(place_title, f"the {state} {chamber}"), title)
    return _generic(title)


def _name_office(surface: str, *, before: str = "", after: str = "",
                 known: KnownPerson | None = None, date: str | None = None) -> Entity:
    """The office the mention itself (with the words just around it and the holder's record)
    names: `name_office` without the article's scope."""
    s = _LEADING.sub("", canonical_title_words(surface.strip())).strip(" ,")
    agency = _AGENCY_HEAD.match(s)
    if agency:  # "FBI Director" → Director of the Federal Bureau of Investigation
        title = title_case(agency.group("head").lower())
        return _full(office_label(title, _body(ORGANISATIONS[agency.group('org')])), title)
    heads = list(_HEAD.finditer(s))
    if not s or not heads:
        body = _agency_of(s, before, after)
        if body is not None:  # "USCIS Director", "the director of the Federal Bureau of ..."
            title = title_case(s.lower())
            return _full(office_label(title, _body(body)), title)
        return _generic(s or surface)
    # The last head title is the office ("Senate Majority Leader", "House Budget Committee
    # chairman"); a "vice"/"deputy" in front of it is part of it.
    h = heads[-1]
    if h.start() > 0 and s[: h.start()].rstrip().lower().endswith(("vice", "deputy", "co-")):
        return _generic(s)
    key, title = HEAD_TITLES[h.group(0).lower()]
    pre = _ADJECTIVES.sub(" ", s[: h.start()]).strip(" ,")
    post = s[h.end():]
    if post.strip() and not re.match(r"^,? (?:of|from|for) ", post):
        return _generic(s)
    if key == "state" and post.startswith(" for "):
        return _generic(s)  # "Secretary of State for International Development"
    of_match = _OF_AFTER.match(post) or (None if post.strip() else _OF_AFTER.match(after))
    of_place = _jurisdiction(_place(of_match.group("place"))) if of_match else None
    if not pre:
        pre = _premodifier(before)
    elif pre in ("House", "Senate") and not of_place:
        # "Pennsylvania's Republican House Majority Leader": the state before the chamber
        pre = f"{_premodifier(_PARTY_AT_END.sub('', before))} {pre}".strip()
    return _compose(key, title, pre, of_place, s, known=known, date=date)


# The head of a public body by its acronym: "FBI Director", "EPA administrator".
_AGENCY_HEAD = re.compile(
    rf"^(?P<org>{alternation(ORGANISATIONS)}) (?P<head>[Dd]irector|[Aa]dministrator|"
    rf"[Cc]ommissioner)$")
_PARTY_AT_END = re.compile(r"(?:Republican|Democratic|Democrat|GOP) $")
_AGENCY_TITLE = re.compile(r"(?i)^(?:director|administrator|commissioner)$")
_AGENCY_BEFORE = re.compile(rf"(?<![\w.])(?P<org>{alternation(ORGANISATIONS)}) $")
_AGENCY_AFTER = re.compile(
    rf"^ of (?:the )?(?P<body>{alternation(set(ORGANISATIONS.values()))})(?![\w-])")


def _body(name: str) -> str:
    """A public body's name as an office label's place: with "the", except a name that
    reads without one ("Director of U.S. Citizenship and Immigration Services")."""
    return name if name.startswith("U.S. ") else f"the {name}"


def _agency_of(title: str, before: str, after: str) -> str | None:
    """The public body whose head a bare "director"/"administrator" is, by the acronym just
    before it ("USCIS Director") or the body's name just after it ("director of the
    Federal Emergency Management Agency"); None elsewhere."""
    if not _AGENCY_TITLE.match(title):
        return None
    acronym = _AGENCY_BEFORE.search(before)
    if acronym:
        return ORGANISATIONS[acronym.group("org")]
    named = _AGENCY_AFTER.match(after)
    return named.group("body") if named else None


_ADJECTIVES = re.compile(
    r"(?:^|\s)(?:Republican|Democratic|Democrat|GOP|Conservative|Labour|Labor|Liberal|"
    r"Socialist|Independent|[Ii]ncumbent|[Ss]itting|new|New(?! [A-Z])|[Ll]ongtime|[Pp]opular|"
    r"[Tt]wo-term|"
    r"[Ff]irst-term|[Ff]reshman|[Vv]eteran|[Tt]hen|[Ff]ormer|[Tt]he)(?=\s|$)")


def _premodifier(before: str) -> str:
    """A jurisdiction right before a title found alone: "Ohio Gov.", "Georgia's secretary"."""
    m = re.search(r"(?:^|[^\w.])((?:[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})(?:'s|’s)?) ?$", before)
    if not m:
        return ""
    words = m.group(1).removeprefix("The ")
    return words if (_state_in(words) or _country_of(words) or words in ORGANISATIONS
                     or words in ("House", "Senate", "U.S. House", "U.S. Senate")) else ""


def _compose(key: str, title: str, pre: str, of_place: str | None, surface: str, *,
             known: KnownPerson | None, date: str | None) -> Entity:
    lead = _jurisdiction(re.sub(r"(?:'s|’s)(?=\s|$)", "", pre)) if pre else ""
    state = lead if lead in STATE_BY_NAME else None
    if state is None and of_place in STATE_BY_NAME:
        state = of_place
    # "Iran, Prime Minister of Italy": the country after "of" is the office's
    country = COUNTRY_LABELS.get(of_place or "") if state is None else None
    if country is None and lead and state is None:
        country = _country_of(lead)
    if key in ("sen", "rep"):
        if re.search(r"(?i)\b(?:state|assembly)\b", pre) or (pre and country and
                                                             country != "the United States"):
            return _generic(surface)  # "State Sen.", "Italian Senator"
        record = record_office(known, key, date)
        code = STATE_BY_NAME.get(state) if state else None
        if record is not None and (code is None or record[0] == code):
            code, district = record
            if key == "rep":
                return _full(representative(code, district), "Representative")
        if key == "sen" and code:
            return _full(senator(code), "Senator")
        return _generic(title)
    if key in ("gov", "ltgov"):
        place = state or (of_place if of_place and country is None else None)
        if place is None and pre and pre.istitle() and not country:
            place = None
        return _full(office_label(title, place), title) if place else _generic(title)
    if key == "state":
        if state:
            return _full(office_label(title, state), title)
        if country == _US:
            return _full(office_label(title, _US), title)
        if of_place and country is None:  # "attorney general of Puerto Rico": a territory's
            return _full(office_label(title, of_place), title)
        return _generic(title)
    if key == "mayor":
        place = of_place or (_place(pre) if pre and not country else None)
        return _full(office_label(title, place), title) if place else _generic(title)
    if key in ("president", "vp", "pm", "dpm"):
        if state:
            return _generic(surface)  # "Ohio State President"
        if country is None and (pre or of_place):
            return _generic(surface)  # "Senate President", "President of the Senate"
        if country is None and key in ("president", "vp") and known is not None:
            kind = "prez" if key == "president" else "viceprez"
            if any(t.kind == kind and (not date or t.start[:10] <= date[:10])
                   for t in known.terms):
                country = "the United States"
        return _full(office_label(title, country), title) if country else _generic(title)
    if key == "speaker":
        if state and "House" in surface:
            house = f"the {state} House of Representatives"
            return _full(office_label("Speaker", house), "Speaker")
        if re.search(r"\bHouse\b", surface) and not state and country in (None,
                                                                          "the United States"):
            return _full(office_label("Speaker", _US_HOUSE), "Speaker")
        return _generic(title if not pre else surface)
    if key == "leader":
        found = re.search(r"\b(House|Senate)\b", pre)
        # a bare "Majority Whip Steve Scalise": the chamber the holder's record sits him in
        chamber = found.group(1) if found else None if pre else _chamber_of(known, date)
        if chamber and not re.search(r"(?i)\b(?:Republican|Democratic|GOP|Democrat)\b", pre):
            if state:
                body = (f"{state} House of Representatives" if chamber == "House"
                        else f"{state} Senate")
            else:
                body = ("United States House of Representatives" if chamber == "House"
                        else "United States Senate")
            return _full(office_label(title, f"the {body}"), title)
        return _generic(title if not pre else surface)
    if key == "opposition":
        return (_full(office_label(title, country), title) if country and country != _US
                else _generic(title))
    if key == "chair":
        if re.search(r"(?:^|\s)[a-z][\w-]*$", pre):
            return _generic(surface)  # "RNC finance chairman": another post of the body
        org = ORGANISATIONS.get(pre) or ORGANISATIONS.get(of_place or "") or next(
            (o for o in ORGANISATIONS.values() if o in surface and " " in o), None)
        if org is not None:
            return _full(office_label("Chair", f"the {org}"), title)
        return _generic(surface)
    return _generic(surface)


def _chamber_of(known: KnownPerson | None, date: str | None) -> str | None:
    """The chamber of Congress ("House", "Senate") the record has the person sitting in at
    `date`."""
    if known is None or not date:
        return None
    kinds = {t.kind for t in known.terms if t.start and t.start[:10] <= date[:10] <= (t.end or "9")}
    if kinds == {"rep"}:
        return "House"
    return "Senate" if kinds == {"sen"} else None


def _full(label: str, generic: str) -> Entity:
    return Entity(type="Office", label=label, aliases=(generic,) if generic != label else ())


def _generic(surface: str) -> Entity:
    """A title as found, spelled as a label: leading "the"/"former" dropped, abbreviations
    spelled out, words capitalised as in a title ("Senator", "Attorney General")."""
    s = _LEADING.sub("", surface.strip()).strip(" ,")
    s = re.sub(r"(?i)^(?:sens\.|senators)$", "Senator", s)
    s = re.sub(r"(?i)^(?:reps\.|representatives)$", "Representative", s)
    s = re.sub(r"(?i)^presidency$", "President", s)
    s = re.sub(r"(?i)^speakership$", "Speaker", s)
    s = re.sub(r"(?i)^governorship$", "Governor", s)
    return Entity(type="Office", label=title_case(s or surface))


_ABBREVIATIONS = {"sen.": "Senator", "rep.": "Representative", "gov.": "Governor",
                  "lt. gov.": "Lieutenant Governor", "pres.": "President", "atty. gen.":
                  "Attorney General", "sec.": "Secretary"}
_SMALL = {"of", "the", "for", "and", "on", "to", "in"}


def title_case(title: str) -> str:
    """'sen.' → 'Senator', 'attorney general' → 'Attorney General'."""
    spelled = _ABBREVIATIONS.get(title.casefold())
    if spelled:
        return spelled
    words = title.split()
    return " ".join(w if (w.isupper() or w in _SMALL and i) else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))


# Office mentions by their shape: a head title with what may qualify it on either side.
_STATE_OR_COUNTRY = alternation([*STATE_BY_NAME, *COUNTRY_LABELS])
_STATE_OR_COUNTRY_WORD = re.compile(rf"\b(?:{_STATE_OR_COUNTRY})\b")
_ORG_ALT = alternation(ORGANISATIONS)
_CAP = r"[A-Z][\w.'’&-]*"
_SHAPES = re.compile(
    # "former Kentucky Attorney General", "Pennsylvania's House Majority Leader", "DNC chair"
    rf"(?:\b(?:{_STATE_OR_COUNTRY}|{_ORG_ALT}|White House)(?:'s|’s)?,? )?"
    rf"(?:(?:Republican|Democratic|GOP) )?(?:(?:House|Senate|U\.S\.|State|state) )?"
    rf"(?<!\w)(?i:{_HEAD_ALT})(?![\w-])"
    # "mayor of South Bend, Indiana", "chairman of the House Committee on Ways and Means"
    rf"(?:,? (?:of|from) (?:the )?(?:neighboring )?{_CAP}(?: (?:{_CAP}|of|and|on|for|the))*"
    rf"(?<!\bthe)(?<!\band)(?<!\bof)(?<!\bon)(?<!\bfor))?"
    # a city before "Mayor": "South Bend Mayor", "South Bend, Indiana, Mayor"
    rf"|\b(?:{_CAP} ){{0,2}}{_CAP},? (?:{_CAP},? )?(?:[Mm]ayor|[Ll]ord [Mm]ayor)\b"
    # committee chairs: "House Budget Committee chairman", "Senate Armed Services Chairman"
    rf"|\b(?:House|Senate) (?:{_CAP} ){{1,4}}(?:[Cc]ommittee )?[Cc]hair(?:man|woman)?\b")


def find_titles(text: str) -> list[tuple[int, int]]:
    """Spans of office mentions in `text` found by their shape, longest first where two
    overlap."""
    out = []
    for m in _SHAPES.finditer(text):
        a, b = m.span()
        if text[b - 1] == "." and not _HEAD.search(text[a:b].split()[-1]):
            b -= 1  # a sentence's full stop, not an abbreviation's
        lead = _NOT_PLACE.match(text, a, b)
        if lead:  # "On Tuesday Chicago Mayor": the place starts after the sentence's words
            a = lead.end()
        of = re.search(r" (?:of|from) (?:the )?(?:neighboring )?", text[a:b])
        if of:  # "President of Ukraine Petro Poroshenko": the country, not the name after it
            rest = text[a + of.end():b]
            place = _jurisdiction(rest)
            if place != rest:
                b = a + of.end() + len(place)
        if _HEAD.search(text, a, b):
            out.append((a, b))
    return out


_NOT_PLACE = re.compile(
    r"(?:(?:The|On|In|At|And|But|As|When|After|Before|While|If|Former|Democratic|Republican|"
    r"GOP|Then|Now|Incumbent|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"Democrat|Meanwhile|Also|Even|Both|Longtime|Embattled|Outgoing)\b,? )+")


# ---------------------------------------------------------------- office phrases
# Any office mention by its grammar rather than a list of titles seen before: modifiers (a
# portfolio, a department, a body, a place, a rank), a head noun of office, and an "of/for/to
# X" complement: "Education Minister", "White House chief strategist", "co-chair of the
# Congressional Progressive Caucus", "deputy leader of Norway's Labour Party".  The word
# classes are general vocabulary, kept in lexicons.json ("office_titles").
_PHRASE_WORDS = lexicons.OFFICE_TITLES
_PHRASE_HEADS = frozenset(_PHRASE_WORDS["heads"])
# Heads that name an office only when something qualifies them ("the leader", "a director",
# "his attorney" do not; "Labour Party leader", "FEMA director", "leader of the SPD" do).
_WEAK_HEADS = frozenset(_PHRASE_WORDS["weak_heads"])
_MODIFIERS = frozenset(_PHRASE_WORDS["modifiers"])
# Staff posts are offices only in government ("White House counselor"), not on a campaign.
_STAFF_HEADS = frozenset(_PHRASE_WORDS["staff_heads"])
_STAFF_MODIFIERS = frozenset(_PHRASE_WORDS["staff_modifiers"])
_PRIVATE_BODIES = frozenset(_PHRASE_WORDS["private_bodies"])
_BODY_NOUNS = frozenset(_PHRASE_WORDS["body_nouns"])
# Words before a title that are not its modifiers: an article, an honorific.
# "under" as a preposition, not the rank of "under secretary": the office starts after it
_PREPOSITION = re.compile(r"(?<![\w-])under (?=[A-Z])")
_NOT_MODIFIER = re.compile(r"(?:(?:A|An|Mr|Mr\.|Mrs|Mrs\.|Ms|Ms\.|Madam|Dear) )+")
_RANKS = frozenset(_PHRASE_WORDS["ranks"])
_NOT_OFFICE = frozenset(_PHRASE_WORDS["not_office"])
# A party adjective before a title says whose side, not which office ("Republican strategist").
_SIDE_WORDS = frozenset({"republican", "democratic", "democrat", "gop"})
# "Republican National Committee", "Democratic Governors Association": a body's name
_ORG_AFTER_SIDE = re.compile(
    r"(?:Republican|Democratic) (?:National|Governors|Congressional|Senatorial|Party|Study)\b")
# Heads whose capitalised modifiers find_titles reads as a place ("Ohio Gov.", "Russian
# President"); here a capitalised word before them is as often a heading's ("Watching President").
_PLACED_KEYS = frozenset({"president", "vp", "pm", "dpm", "sen", "rep", "gov", "ltgov", "mayor"})
_LOWER_WORDS = alternation(w for w in _MODIFIERS | _RANKS | _NOT_OFFICE if w.islower())
_PHRASE_CAP = r"(?:[A-Z][\w.&-]*(?:['’]s)?)"
_PHRASE = re.compile(
    rf"(?P<pre>(?:(?:{_PHRASE_CAP}|(?:{_LOWER_WORDS}))[ -]){{0,5}})"
    rf"(?P<head>(?i:{alternation(_PHRASE_HEADS)}))(?![\w-])"
    rf"(?P<post>,? (?:of|for|to|on) (?:the )?{_PHRASE_CAP}"
    rf"(?:(?: (?:of|and|for|on|the|to))* {_PHRASE_CAP})*)?")


def find_office_phrases(text: str) -> list[tuple[int, int]]:
    """Spans of office mentions found by their grammar (modifiers, head noun, complement).
    Pass a view of the statement in which names are masked (candidates._masked_view) so that
    a name is not read as a modifier ("Trump adviser")."""
    out: list[tuple[int, int]] = []
    pos = 0
    while (m := _PHRASE.search(text, pos)) is not None:
        at_head = m.start("head")
        b = _phrase_end(text, m)
        pos = max(b, at_head + 1)  # a second office after "and" is read next
        a = m.start()
        lead = _NOT_PLACE.match(text, a, at_head)
        if lead and not _ORG_AFTER_SIDE.match(text, a, at_head):
            a = lead.end()  # "On Tuesday", "Republican": not the office's words
        lead = _NOT_MODIFIER.match(text, a, at_head)
        if lead:
            a = lead.end()  # "A judge", "Mr Speaker"
        prep = _PREPOSITION.search(text, a, at_head)
        if prep:
            a = prep.end()  # "the case under Travis County District Attorney": not a rank
        post = text[m.start("post"):b] if m.group("post") else ""
        if _is_office(text[a:at_head].replace("-", " ").split(), m.group("head"), post,
                      text[b:b + 30]):
            out.append((a, b))
    return out


def _phrase_end(text: str, m: re.Match[str]) -> int:
    """Where an office phrase ends: before an "and" that starts another office ("Prime
    Minister of the Netherlands and United Nations High Commissioner for Refugees"), before a
    sentence's full stop."""
    b = m.end()
    if m.group("post"):
        at = m.start("post")
        for conj in re.finditer(r" and ", text[at:b]):
            heads = _ANY_HEAD.finditer(text, at + conj.end(), b)
            before = re.sub(r"^,? \w+ (?:the )?", "", text[at:at + conj.start()])
            if any(h.group(0).lower() not in _MODIFIERS for h in heads) or (
                    before in COUNTRY_LABELS or before in STATE_BY_NAME):
                b = at + conj.start()  # another office, or a name after a place; not
                break  # "Security and Justice", a portfolio
        b = at + _complement_end(text[at:b])  # 0: no complement after all
    if text[b - 1] == "." and not re.search(r"\.\w+\.$", text[m.start():b]):
        b -= 1  # a sentence's full stop, not an abbreviation's ("U.S.")
    return b


def _complement_end(post: str) -> int:
    """Where an "of/for/to X" complement ends: after the place or body it names where a name
    follows ("of the Netherlands Piet", "of NATO Anders"; not "of the United States Senate");
    nowhere (0) where it ends in a possessive ("of Romania's" anti-corruption agency)."""
    words = list(re.finditer(r"\S+", post))
    if words and re.search(r"['’]s,?$", words[-1].group(0)):
        return 0
    for i, w in enumerate(words[:-1]):
        place = " ".join(x.group(0) for x in words[1:i + 1]).removeprefix("the ")
        rest = [x.group(0) for x in words[i + 1:]]
        if (place in STATE_BY_NAME or place in COUNTRY_LABELS or place in ORGANISATIONS) and (
                len(rest) <= 3 and all(x[:1].isupper() and x.lower().strip(",.") not in
                                       _BODY_NOUNS | _PRIVATE_BODIES for x in rest)):
            return w.end()
    return len(post)


# The noun a phrase is part of: the word right after it, or after an "of the <name>" that
# did not make a complement ("co-chairman of the Romney campaign").
_FOLLOWING = re.compile(
    r"(?:,? (?:of|for|with|on) (?:the )?(?:(?:⟨\d+⟩|[A-Z][\w'’.-]*)\s+){1,3})?\s*([\w-]+)")


def _is_office(pre: list[str], head_text: str, post: str, after: str = "") -> bool:
    """Whether modifiers `pre`, a head (`head_text` as written) and a complement `post`
    name a public office; `after` is the text that follows the phrase."""
    head = head_text.lower()
    words = [w.lower().removesuffix("'s").removesuffix("’s") for w in pre]
    while words and f"{words[-1]} {head}" in _PHRASE_HEADS:  # "Press secretary"
        head = f"{words.pop()} {head}"
        pre = pre[:-1]
    phrase = " ".join([*words, head])
    following = _FOLLOWING.match(after)
    if any(w in _NOT_OFFICE for w in words) or any(
            f" {n} " in f" {phrase} " for n in _NOT_OFFICE if " " in n) or (
            following and following.group(1).lower() in _NOT_OFFICE | _PRIVATE_BODIES):
        return False  # "campaign chairman", "executive director", "of the Romney campaign"
    if head in _MODIFIERS and head_text.islower():
        return False  # "economic justice": a portfolio's word, not "Justice"
    complement = [w.strip(",.").removesuffix("'s").removesuffix("’s") for w in post.split()]
    if head == "head" and not (post.startswith(" of ") and any(
            w.lower() in _BODY_NOUNS or w in ORGANISATIONS for w in complement)):
        return False  # "head of the Federal Reserve", not "head of Election Day"
    if any(w.lower() in _PRIVATE_BODIES for w in complement or pre):
        return False  # "president of the California School Nurses Association"
    if (HEAD_TITLES.get(head, ("", ""))[0] in _PLACED_KEYS and not post
            and all(w[:1].isupper() for w in pre)):
        return False  # "Ohio Gov.", "Russian President": find_titles reads those
    modifiers = " ".join(words)
    if head in _STAFF_HEADS:
        return _qualifies(pre, modifiers, staff=True)
    # a complement qualifies by naming something other than a title ("speaker for President")
    named = any(w[:1].isupper() and not _ANY_HEAD.fullmatch(w) for w in complement)
    return head not in _WEAK_HEADS or named or _qualifies(pre, modifiers)


_ANY_HEAD = re.compile(
    rf"(?i)(?<![\w-])(?:{alternation(_PHRASE_HEADS | set(HEAD_TITLES))})(?![\w-])")


def title_head(surface: str) -> str:
    """The head noun of an office mention, lower case ("White House chief strategist" ->
    "strategist", "co-chair of the Caucus" -> "co-chair"): what a title never seen in training
    shares with those that were, for the classifier to weigh."""
    core = re.split(r",? (?:of|for|to|from) ", surface, maxsplit=1)[0]
    heads = list(_ANY_HEAD.finditer(core)) or list(_ANY_HEAD.finditer(surface))
    return heads[-1].group(0).lower() if heads else "none"


def _qualifies(pre: list[str], modifiers: str, *, staff: bool = False) -> bool:
    """Whether the words before a head name a portfolio, a body or a place (not only a rank
    or a side, nor only a nationality): "White House", "Education", "FEMA", "Senate"; not
    "senior", "Republican", "Russian" (attorney).  A staff post needs one of the lexicon's
    staff modifiers ("White House", "national security"), not any name or portfolio
    ("economic adviser")."""
    if staff:
        return any(f" {mod} " in f" {modifiers} " for mod in _STAFF_MODIFIERS)
    if any(f" {mod} " in f" {modifiers} " for mod in _MODIFIERS):
        return True
    return any(w[:1].isupper() and w.lower() not in _RANKS and w.lower() not in _SIDE_WORDS
               and w not in COUNTRY_LABELS for w in pre)


# ---------------------------------------------------------------- an article's offices
# A bare title ("Gov. Kasich", "the governor", "the president") names the office the article
# has already tied to its holder or to that title, else its country's office of that title.

# The bare titles the article's country fixes, with the office each names in the United States;
# elsewhere "<title> of <country>".
_US_TITLES = {
    "President": PRESIDENT,
    "Vice President": "Vice President of the United States",
    "Speaker": office_label("Speaker", _US_HOUSE),
    "Attorney General": office_label("Attorney General", _US),
}
_FOREIGN_TITLES = ("President", "Vice President", "Prime Minister", "Leader of the Opposition")
# Titles of one office per country: their plural in a story about one country is its office.
_NATIONAL_TITLES = frozenset({"President", "Vice President", "Prime Minister"})
# The bare titles an article can tie to one office.
_BARE_TITLES = {title for _, title in HEAD_TITLES.values()} - {"Chair"}
# Words that may come right before a bare title of the country's office ("the president", "as
# president", "his presidency"); another word there ("company president", "its president")
# makes it some other body's.
_LEAD_WORDS = frozenset("""
a an the this that these those my your mr mr. madam former then now new next current sitting
incumbent outgoing incoming acting
interim future late first his her their our for as of to be been being become became becomes
elected reelected re-elected elect with by and or than whose is was were are said says told
when while who if but on in at after before from against under about since then- ex- vice
republican democratic democrat gop independent two-term first-term one-term woman female
say tell call like see
good great bad better best worse worst strong weak popular effective successful
two three four five six seven eight nine ten several many both other previous past recent
""".split())
_US_CUES = re.compile(
    rf"\b(?:U\.S\.|United States|Congress|White House|GOP|Republicans|Democrats|"
    rf"{STATE_ALT})\b")
# an editor's bracketed insertion is part of the name ("Gov. [Terry] Branstad" in a quote)
_NAME_AFTER = re.compile(
    r"^(?:\)|-elect)? (?:\[?[A-Z][\w'’.-]*\]?\s){0,3}(?P<last>[A-Z][\w'’-]+)")
# "Rubio, a 44-year-old first-term U.S. senator": the holder named in apposition before
_NAME_BEFORE = re.compile(
    r"(?P<last>[A-Z][\w'’-]+), "
    r"(?:(?!(?:and|or|but|while|as)\b)(?:[a-z0-9][\w-]*|U\.S\.|then-|ex-) ?){0,5}$")
# Abstract nouns of an office: a word before them is its holder or a quality ("a Trump
# presidency", "the imperial presidency"), never another body ("company president").
_TENURE_WORDS = frozenset({"presidency", "governorship", "speakership"})


def _localise(office: Entity, country: str | None, surface: str, before: str) -> Entity:
    """"The speaker of the House" in a story about another country is that country's."""
    if (office.label == _US_TITLES["Speaker"] and country not in (None, _US)
            and not re.search(_US_WORDS_RE, surface + before[-20:])):
        return _full(office_label("Speaker", f"the House of Representatives of {country}"),
                     "Speaker")
    return office


def _surname(name: re.Match[str] | None) -> str | None:
    """The surname a `_NAME_AFTER`/`_NAME_BEFORE` match reads, unless it is an acronym ("a
    VP, and the Ohio governor")."""
    last = name.group("last") if name else None
    return last if last and not last.isupper() else None


# Bare titles of a state's office: in a US story, the state its sentence names just before.
_STATE_TITLES = frozenset({"Governor", "Lieutenant Governor", "Senator"})
# A state's name that is as often a city's or the capital's ("in Washington, Sen. X said").
_CITY_NAMED = frozenset({"Washington"})


# A sentence's end, not an abbreviation's ("former Gov. Thompson", "Mr. Smith")
_SENTENCE_END = re.compile(r"(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\b[A-Z])[.!?;]\s")


_STATE_NAME = re.compile(rf"\b(?:{STATE_ALT})\b")


def _state_just_before(before: str) -> str | None:
    """The one state named in the sentence before a title (not a name that is also the
    capital's, nor one after another title), else None."""
    sentence = _SENTENCE_END.split(before[-150:])[-1]
    found = list(_STATE_NAME.finditer(sentence))
    named = {m.group(0) for m in found}
    if len(named) != 1 or named & _CITY_NAMED or _HEAD.search(sentence, 0, found[0].start()):
        return None  # several, the capital, or another title's ("governor of Texas, ... Gov.")
    return named.pop()


def _fold_name(name: str) -> str:
    return re.sub(r"(?:'s|’s)$", "", name).casefold()


class ArticleOffices:
    """What one article fixes about the offices it names: the office each of its people holds
    by a full mention ("Ohio Gov. John Kasich", or a senator's seat from the record), the
    offices of each title it qualifies, and the country it is about."""

    def __init__(self, country: str | None, holders: dict[tuple[str, str], str],
                 qualified: dict[str, set[str]],
                 given: dict[tuple[str, str], str | None] | None = None,
                 state: str | None = None) -> None:
        self.country = country
        self.state = state  # the US state the article is about, if one stands out
        self.holders = holders  # (folded surname, bare title) -> label
        self.qualified = qualified  # bare title -> the full labels the article gives it
        # (folded given name, bare title) -> label, None where two holders share the name
        self.given = given or {}

    @classmethod
    def read(cls, text: str, *, country: str | None = None,
             people: Sequence[tuple[int, int, str, KnownPerson | None]] = (),
             date: str | None = None) -> ArticleOffices:
        """The offices of the article `text`, whose `people` are (start, end, surname, record)
        spans; `country` the one its main election fixes, weighed with those the text names."""
        holders: dict[tuple[str, str], str] = {}
        qualified: dict[str, set[str]] = {}
        given: dict[tuple[str, str], str | None] = {}
        country = _country_of_text(text, country)
        for a, b in find_titles(text):
            after_person = next((p for p in people if b <= p[0] <= b + 2), None)
            before_person = next((p for p in people if a - 8 <= p[1] <= a
                                  and "," in text[p[1]:a]), None)
            holder = after_person or before_person
            office = _name_office(text[a:b], before=text[max(0, a - 80):a],
                                  after=text[b:b + 80], known=holder[3] if holder else None,
                                  date=date)
            office = _localise(office, country, text[a:b], text[max(0, a - 20):a])
            if not office.aliases:
                continue
            title = office.aliases[0]
            qualified.setdefault(title, set()).add(office.label)
            named = (_NAME_AFTER.match(text[b:b + 80])
                     or _NAME_BEFORE.search(text[max(0, a - 60):a]))
            surname = holder[2] if holder else _surname(named)
            if surname:
                holders.setdefault((_fold_name(surname), title), office.label)
            for word in text[holder[0]:holder[1]].split()[:-1] if holder else ():
                key = (_fold_name(word), title)  # "Mayor Pete" after "Mayor Pete Buttigieg"
                given[key] = office.label if given.get(key, office.label) == office.label else None
        for _, _, surname, known in people:  # a member of Congress's seat from the record
            for kind, title in (("sen", "Senator"), ("rep", "Representative")):
                seat = record_office(known, kind, date)
                if seat is not None and seat[0]:
                    label = senator(seat[0]) if kind == "sen" else representative(*seat)
                    holders.setdefault((_fold_name(surname), title), label)
        return cls(country, holders, qualified, given, _main_state(text))

    def resolve(self, office: Entity, *, before: str = "", after: str = "",
                surface: str = "") -> Entity | None:
        """The full office a bare title (`office` as the mention alone names it, `surface` as
        written) names in this article: its holder's (the name right after it, or before it in
        apposition), else the one office of that title the article qualifies, else the state
        the sentence names just before ("In Connecticut, where Sen. Joe Lieberman"), else its
        country's; None where the context names another body ("president of the college",
        "company president")."""
        title = office.label
        if title not in _BARE_TITLES:
            return None
        after_name = _NAME_AFTER.match(after)
        for name in (after_name, _NAME_BEFORE.search(before[-60:])):
            surname = _surname(name)
            label = self.holders.get((_fold_name(surname), title)) if surname else None
            if label is not None:
                return _full(label, title)
        for word in re.findall(r"[A-Z][\w'’-]+", after_name.group(0)) if after_name else ():
            label = self.holders.get((_fold_name(word), title)) or self.given.get(
                (_fold_name(word), title))  # "Mayor Pete", a name with a name card after it
            if label is not None:
                return _full(label, title)
        tenure = _LEADING.sub("", surface.strip()).lower() in _TENURE_WORDS
        if self._other_body(before, after, tenure=tenure):
            return None
        if after_name is None:  # "Rubio's team says the senator's best chance": the nearest
            for word in reversed(re.findall(r"[A-Z][\w'’-]+", before[-200:])):  # holder named
                label = self.holders.get((_fold_name(word), title))  # before in the statement
                if label is not None:
                    return _full(label, title)
        label = None
        if title in _STATE_TITLES and _RUNNING_FOR.search(before):
            label = self._runner_state_office(title, before)
        only = self.qualified.get(title, set()) if label is None else set()
        if len(only) == 1 and not (after_name and only & set(self.holders.values())):
            label = next(iter(only))  # not when it is held by someone else than the name here
        if label is None and self.country in (None, _US):
            in_state = _state_office(title, before)
            label = in_state if in_state != title else None
        if label is None and self.state and self.country in (None, _US) and (
                title in _STATE_TITLES):  # "the governor's race" in a story about Wisconsin
            label = _state_office(title, f"in {self.state} ")
        # a story about several countries: the one country the statement names
        country = self.country or _only_country(before[-300:] + " " + after[:300])
        if label is None and country == _US:
            label = _US_TITLES.get(title)
        elif label is None and country and title in _FOREIGN_TITLES:
            label = office_label(title, country)
        return _full(label, title) if label else None

    def _runner_state_office(self, title: str, before: str) -> str | None:
        """"Cuccinelli, ..., is running for governor": the office in the state where the
        person named last before holds another office ("Virginia's Attorney General Ken
        Cuccinelli")."""
        for word in reversed(re.findall(r"[A-Z][\w'’-]+", before[-200:])):
            states = {_state_of_label(label) for (name, _), label in self.holders.items()
                      if name == _fold_name(word)} - {None}
            if len(states) == 1:
                return _state_office(title, f"in {states.pop()} ")
            if states:
                return None
        return None

    def _other_body(self, before: str, after: str, *, tenure: bool = False) -> bool:
        if re.match(r"^,? (?:of|at) (?!\w+ing\b)", after):
            return True
        prev = re.search(r"([\w'’.-]+)\s*$", before)
        if prev is None or tenure:
            return False
        word = prev.group(1)
        if word.lower() in _LEAD_WORDS or (word.islower() and word != "its"
                                           and word.endswith(("ed", "ing", "s"))):
            return False  # "the president", "elected president", "says President-elect"
        possessive = re.sub(r"(?:'s|’s)$", "", word)
        if possessive != word and possessive[:1].isupper():
            return False  # "Obama's presidency", "Kasich's governorship"
        return True


def _country_of_text(text: str, election_country: str | None = None) -> str | None:
    """The country an article is about: the United States when it names US things (states,
    Congress, the White House) at least as often as any other country, else the country it
    names most (twice at least, and more often than any other); the country of its main
    election counts as two mentions (an Australian story may name the American election)."""
    counts: dict[str, int] = {election_country: 2} if election_country else {}
    for m in _STATE_OR_COUNTRY_WORD.finditer(text):
        word = m.group(0)
        country = _US if word in STATE_BY_NAME else COUNTRY_LABELS.get(word)
        if country:
            counts[country] = counts.get(country, 0) + 1
    counts[_US] = counts.get(_US, 0) + len(_US_CUES.findall(text))
    ranked = sorted(counts, key=lambda c: (counts[c], c == _US), reverse=True)
    best, second = counts[ranked[0]], counts[ranked[1]] if len(ranked) > 1 else 0
    return ranked[0] if best >= 2 and (best > second or ranked[0] == _US) else None


# A bare title as what someone runs for: "is running for governor", "a bid for governor".
_RUNNING_FOR = re.compile(r"\b(?:run|runs|running|ran|bid|campaign|candidate|candidacy) for $")


def _state_of_label(label: str) -> str | None:
    """The US state an office label names ("Attorney General of Virginia", "U.S. Senator from
    Ohio", "U.S. Representative for Georgia's 6th congressional district")."""
    place = title_and_place(label)
    state = re.sub(r"(?:'s|’s) .*$", "", place[1]) if place else ""
    state = STATES.get(state, state)
    return state if state in STATE_BY_NAME else None




def _main_state(text: str) -> str | None:
    """The US state an article is about: named three times at least and at least twice as
    often as any other state (a name that is also a city's does not count)."""
    counts: dict[str, int] = {}
    for m in _STATE_NAME.finditer(text):
        if m.group(0) not in _CITY_NAMED:
            counts[m.group(0)] = counts.get(m.group(0), 0) + 1
    ranked = sorted(counts.values(), reverse=True) + [0]
    best = max(counts, key=lambda s: counts[s]) if counts else None
    return best if best and ranked[0] >= 3 and ranked[0] >= 2 * ranked[1] else None


def _only_country(text: str) -> str | None:
    """The one country `text` names (a US state names the United States), else None."""
    named = {_US if m.group(0) in STATE_BY_NAME else COUNTRY_LABELS.get(m.group(0))
             for m in _STATE_OR_COUNTRY_WORD.finditer(text)}
    return named.pop() if len(named) == 1 else None


_ISO_COUNTRIES = {c.iso: c.label for c in lexicons.COUNTRIES if c.iso} | {"us": _US}


def article_offices(ctx: ArticleContext) -> ArticleOffices:
    """The offices of the article `ctx` reads (read once per article)."""
    cached = ctx.derived.get("offices")
    if isinstance(cached, ArticleOffices):
        return cached
    people = [(sp.start, sp.end, ctx.people.people[sp.person].last,
               ctx.people.people[sp.person].known) for sp in ctx.people.spans]
    main = ctx.main_election
    country = None
    if main is not None and main.division:
        iso = re.match(r"ocd-division/country:(\w\w)", main.division)
        country = _ISO_COUNTRIES.get(iso.group(1)) if iso else None
    scope = ArticleOffices.read(ctx.article.text, country=country, people=people,
                                date=ctx.article.date)
    ctx.derived["offices"] = scope
    return scope


# "his own reelection bid as governor", "Christie is up for re-election as governor": the race
# for the office the person holds
_GOVERNOR_REELECTION = re.compile(
    r"\b(?:re-?election|reelection bid|bid for re-?election) as governor\b", re.I)


def governor_reelections(ctx: ArticleContext) -> None:
    """A statement about a governor's re-election, in a story about another race (rescope
    found none): the race for the governorship the article gives that person ("New Jersey's
    Republican Gov. Chris Christie", the person named last before), in the year the state
    elects it."""
    for i, st in enumerate(ctx.statements):
        m = _GOVERNOR_REELECTION.search(st.unit.text)
        ref = dates.parse_iso(st.unit.date)
        if m is None or st.own_election is not None or ref is None:
            continue
        at = st.unit.start + m.start()
        before = [s for s in ctx.people.spans if s.start < at]
        if not before:
            continue
        surname = _fold_name(ctx.people.people[before[-1].person].last)
        label = article_offices(ctx).holders.get((surname, "Governor"))
        title_place = title_and_place(label) if label else None
        code = STATE_BY_NAME.get(title_place[1]) if title_place else None
        if code is None:
            continue
        named = dates.years(st.unit.text[m.end():m.end() + 10])  # "as governor in 2014"
        year = elections.governor_year(code, ref, named[0] if named else None)
        race = ElectionRef(elections.state_division(code), office_label("Governor", STATES[code]),
                           "general", dates.general_election_day(year), False, "governor")
        ctx.statements[i] = replace(st, election=race, own_election=race, source="own")
