"""holds_office: titles before and after names, current and former.

"former Rep. Tom Price (R-GA)", "Texas Sen. Ted Cruz", "Georgia Secretary of State Brian
Kemp", "Tom Price, President Donald Trump's health secretary", "the seat vacated by Tom Price",
"Russian President Vladimir Putin", "Sofia mayor Boyko Borisov". Offices get canonical labels
("U.S. Representative for Georgia's 6th congressional district"); a House seat comes from the
text, the election or the gazetteer's term.
"""

from __future__ import annotations

import re

from kg.extract.elections import COUNTRIES, ElectionRef
from kg.extract.gazetteer import STATE_BY_NAME, STATES
from kg.extract.statements import ArticleContext, P, Statement
from kg.model import Entity, Fact

EXTRACTOR = "kg.extract.offices.v1"
_STATE_ALT = "|".join(sorted((re.escape(s) for s in STATE_BY_NAME), key=len, reverse=True))
_COUNTRY_ALT = "|".join(sorted((re.escape(c) for c in COUNTRIES), key=len, reverse=True))
DEPARTMENTS = {
    "health and human services": ("Health and Human Services", "Health and Human Services"),
    "hhs": ("Health and Human Services", "HHS"), "health": ("Health and Human Services", "Health"),
    "housing and urban development": ("Housing and Urban Development", "HUD"),
    "hud": ("Housing and Urban Development", "HUD"), "energy": ("Energy", "Energy"),
    "defense": ("Defense", "Defense"), "treasury": ("the Treasury", "Treasury"),
    "education": ("Education", "Education"), "labor": ("Labor", "Labor"),
    "commerce": ("Commerce", "Commerce"), "agriculture": ("Agriculture", "Agriculture"),
    "interior": ("the Interior", "Interior"), "transportation": ("Transportation", "Transportation"),  # noqa: E501
    "homeland security": ("Homeland Security", "Homeland Security"),
    "veterans affairs": ("Veterans Affairs", "Veterans Affairs"),
}
_DEPT_ALT = "|".join(sorted((re.escape(d) for d in DEPARTMENTS), key=len, reverse=True))
_FORMER = re.compile(r"\b(?:former|ex-|then-|onetime|one-time|retired|erstwhile)\s*$", re.I)

_PREFIX = re.compile(
    rf"(?<![Ss]tate )(?P<former>(?:[Ff]ormer|ex-|then-) )?"
    rf"(?:(?P<qual>U\.S\.|United States|US|American|"
    rf"(?P<country>{_COUNTRY_ALT})|(?P<state>{_STATE_ALT})|(?P<place>(?:[A-Z][\w-]+ ){{1,3}}?"
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
    rf"\b(?P<former>[Ff]ormer )?(?P<state>{_STATE_ALT}) [Ss]tate (?P<title>Senator|Sen\.|senator|"
    rf"Representative|Rep\.|representative|Assemblyman|Assemblywoman) {P}"
)
_OTHER_SENATOR = re.compile(
    rf"\b[Tt]he state(?:'s|’s) (?:other |junior |senior )?(?:U\.S\. )?senator(?:,| is) "
    rf"(?:(?:Republican|Democrat|Democratic|incumbent) )?{P}"
)
_ASSEMBLY_SPEAKER = re.compile(rf"\b(?:State )?Assembly [Ss]peaker {P}")
_SENATORS_OF = re.compile(rf"{P} of (?P<state>{_STATE_ALT})\b")
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
_TAG_STATES = {"Mich.": "MI", "Ga.": "GA", "Calif.": "CA", "Fla.": "FL", "Md.": "MD",
               "Mass.": "MA", "Wis.": "WI", "Ill.": "IL", "Tex.": "TX", "Va.": "VA",
               "Pa.": "PA", "Minn.": "MN", "Ky.": "KY", "La.": "LA", "Ala.": "AL",
               "Ariz.": "AZ", "Tenn.": "TN", "Okla.": "OK", "Conn.": "CT", "Colo.": "CO",
               "Ind.": "IN", "Mo.": "MO", "N.Y.": "NY", "N.J.": "NJ", "N.C.": "NC", "S.C.": "SC",
               "Ore.": "OR", "Wash.": "WA", "Nev.": "NV", "Ohio": "OH", "Iowa": "IA",
               "Vt.": "VT", "N.H.": "NH", "Del.": "DE", "Miss.": "MS", "Ark.": "AR",
               "Kan.": "KS", "Neb.": "NE", "Utah": "UT", "Mont.": "MT", "W.Va.": "WV"}


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def representative(state: str | None, district: int | None) -> str:
    if state is None:
        return "U.S. Representative"
    name = STATES.get(state, state)
    if district is None or district == 0:
        return f"U.S. Representative for {name}'s at-large congressional district"
    return f"U.S. Representative for {name}'s {ordinal(district)} congressional district"


def senator(state: str | None) -> str:
    return f"U.S. Senator from {STATES.get(state, state)}" if state else "U.S. Senator"


def office(label: str) -> Entity:
    return Entity(type="Office", label=label)


def _tag_state(tag: str | None) -> tuple[str | None, int | None]:
    if not tag:
        return None, None
    m = _TAG.search(tag)
    if not m:
        return None, None
    st = m.group("state")
    code = (st.upper() if st.upper() in STATES else _TAG_STATES.get(st)
            or STATE_BY_NAME.get(st.rstrip(".")))
    return code, int(m.group("cd")) if m.group("cd") else None


class _Context:
    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx
        self.date = ctx.article.date

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

    def state_of_article(self) -> str | None:
        e = self.ctx.main_election
        if e and e.division and "/state:" in e.division:
            return e.division.split("/state:")[1].split("/")[0].upper()
        return None


def _title_office(oc: _Context, m: re.Match[str], election: ElectionRef | None) -> str | None:
    title = m.group("title")
    t = title.lower().rstrip(".")
    who = m.group("who")[1:-1]
    qual = m.group("qual")
    state = STATE_BY_NAME.get(m.group("state") or "")
    country = COUNTRIES.get(m.group("country") or "")
    tag_state, tag_cd = _tag_state(m.group("tag"))
    if t in ("president", "vice president"):
        title_label = "President" if t == "president" else "Vice President"
        if country:
            return f"{title_label} of {country[1]}"
        if qual and qual not in ("U.S.", "United States", "US", "American"):
            return None
        if qual or oc.was_us(who, "prez" if t == "president" else "viceprez"):
            return f"{title_label} of the United States"
        page = _country_from_election(election) or _country_from_election(
            oc.ctx.main_election)
        foreign = page[1] if page else _country_in(m.string, before=m.start())
        return f"{title_label} of {foreign}" if foreign else None
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
        return representative(s, cd)
    if t in ("gov", "governor"):
        place = m.group("state") or m.group("place")
        if place is None and qual and qual not in ("U.S.", "United States", "US", "American"):
            place = qual
        return f"Governor of {place}" if place else "Governor"
    if t in ("lt. gov", "lieutenant governor"):
        s = m.group("state") or (STATES.get(oc.state_of_article() or ""))
        return f"Lieutenant Governor of {s}" if s else "Lieutenant Governor"
    if t in ("secretary of state", "attorney general"):
        name = "Secretary of State" if t == "secretary of state" else "Attorney General"
        if m.group("state"):
            return f"{name} of {m.group('state')}"
        if qual in ("U.S.", "United States", "US"):
            return "United States Attorney General" if name == "Attorney General" else (
                "United States Secretary of State")
        return name
    if "minister" in t and "prime" in t:
        c = country or _country_from_election(election)
        return f"Prime Minister of {c[1]}" if c else "Prime Minister"
    if t.endswith("minister"):
        kind = t.split()[0].capitalize()
        c = country or _country_from_election(election)
        return f"Minister of {kind} of {c[1]}" if c else f"{kind} Minister"
    if t == "mayor":
        place = m.group("place") or m.group("state") or (qual if qual and qual[0].isupper() else None)  # noqa: E501
        return f"Mayor of {place}" if place and place not in ("U.S.",) else None
    if t in ("house minority leader",):
        return "Minority Leader of the United States House of Representatives"
    if t in ("house majority leader",):
        return "Majority Leader of the United States House of Representatives"
    if t in ("house speaker", "speaker"):
        return "Speaker of the United States House of Representatives"
    if t == "senate majority leader":
        return "Majority Leader of the United States Senate"
    if t == "senate minority leader":
        return "Minority Leader of the United States Senate"
    if t == "fbi director":
        return "Director of the Federal Bureau of Investigation"
    if t == "cia director":
        return "Director of the Central Intelligence Agency"
    if t.startswith(("dnc", "rnc")):
        return ("Chair of the Democratic National Committee" if t.startswith("dnc")
                else "Chair of the Republican National Committee")
    return _cabinet(title)


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
    return f"Secretary of {d[0]}" if d else None


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


def _facts(oc: _Context, st: Statement) -> list[tuple[str, str, bool, float]]:
    text = st.people_only
    found: list[tuple[str, str, bool, float]] = []
    for m in _OF_PLACE.finditer(text):
        title, place = m.group("title"), m.group("place")
        country = COUNTRIES.get(place)
        place_name = country[1] if country else place
        if not country and m.group("the"):
            place_name = "the " + place
        found.append((m.group(5), f"{title} of {place_name}", bool(m.group("former")), 0.88))
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
                label = f"Governor of {s}" if s else "Governor"
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
    for m in _THE_STATES_GOVERNOR.finditer(text):
        s = STATES.get(oc.state_of_article() or "")
        found.append((m.group(1), f"Governor of {s}" if s else "Governor", False, 0.85))
    for m in _VACATED.finditer(text):
        who = next(g for g in m.groups() if g)
        label = _seat_office(oc, st.election)
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
        found.append((m.group(4), f"Member of the {m.group('state')} {chamber}",
                      bool(m.group("former")), 0.85))
    article_state = STATES.get(oc.state_of_article() or "")
    for m in _OTHER_SENATOR.finditer(text):
        if article_state:
            found.append((m.group(1), f"U.S. Senator from {article_state}", False, 0.85))
    for m in _ASSEMBLY_SPEAKER.finditer(text):
        if article_state:
            found.append((m.group(1), f"Speaker of the {article_state} State Assembly", False,
                          0.8))
    for m in _INCUMBENT.finditer(text):
        if st.election is not None and st.election.office:
            found.append((m.group(1), st.election.office, False, 0.8))
    return found


def extract(ctx: ArticleContext) -> list[Fact]:
    oc = _Context(ctx)
    out: list[Fact] = []
    seen: set[tuple[str, str, int]] = set()
    for st in ctx.statements:
        for who, label, former, conf in _facts(oc, st):
            key = (who, label, st.unit.start)
            if key in seen:
                continue
            seen.add(key)
            attrs: dict[str, object] = {"former": True} if former else {}
            out.append(ctx.fact("holds_office", ctx.person(who), office(label), [st], conf,
                                EXTRACTOR, attributes=attrs or None))
    return out



