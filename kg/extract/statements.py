"""One article made ready for relation rules: statements with names masked and elections known.

In `masked`, every person span becomes `⟨i⟩` (i = person index) and every organisation span
`⟪k⟫`, so rules are plain regular expressions over short strings, run once per statement.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from kg.extract import elections
from kg.extract.elections import ElectionRef
from kg.extract.gazetteer import STATE_BY_NAME, STATES
from kg.extract.mentions import Mention
from kg.extract.resolve import People
from kg.extract.segments import Unit
from kg.model import Article, Entity, Evidence, Fact

P = r"⟨(\d+)⟩"
ORG = r"⟪(\d+)⟫"


@dataclass
class Statement:
    unit: Unit
    masked: str
    people: list[int]
    orgs: list[int]
    election: ElectionRef | None
    own_election: ElectionRef | None
    block: int
    people_only: str = ""  # masked with person spans only (organisation names kept)
    scoped: bool = False  # the statement or its block (not just the article) names a race
    also: tuple[ElectionRef, ...] = ()  # the same contest in other states the statement lists

    def evidence(self) -> Evidence:
        return Evidence(self.unit.start, self.unit.end, self.unit.text)


@dataclass
class ArticleContext:
    article: Article
    people: People
    orgs: list[str]
    statements: list[Statement] = field(default_factory=list)
    main_election: ElectionRef | None = None

    def person(self, index: int | str) -> Entity:
        return self.people.people[int(index)].entity()

    def org(self, index: int | str) -> str:
        return self.orgs[int(index)]

    def fact(
        self,
        relation: str,
        subject: Entity,
        obj: Entity | None,
        evidence: list[Statement],
        confidence: float,
        extractor: str,
        *,
        value: float | str | None = None,
        attributes: dict[str, object] | None = None,
    ) -> Fact:
        spans = tuple(dict.fromkeys(s.evidence() for s in evidence))
        attrs = tuple(sorted((attributes or {}).items()))
        return Fact(relation, subject, obj, spans, confidence, extractor, value, attrs)  # type: ignore[arg-type]


def _mask(text: str, start: int, spans: list[tuple[int, int, str]]) -> str:
    out = []
    pos = start
    for a, b, token in spans:
        out.append(text[pos:a])
        out.append(token)
        pos = b
    return "".join(out)


def build(
    article: Article, units: list[Unit], people: People, mentions: list[Mention], *,
    date: str | None = None,
) -> ArticleContext:
    text = article.text
    org_mentions = [m for m in mentions if m.kind == "ORG"]
    org_labels: list[str] = []
    org_index: dict[str, int] = {}
    for m in org_mentions:
        label = re.sub(r"^(?:the|The) ", "", m.text)
        if label not in org_index:
            org_index[label] = len(org_labels)
            org_labels.append(label)
    if date and not article.date:
        from dataclasses import replace as _replace

        article = _replace(article, date=date)
    ctx = ArticleContext(article, people, org_labels)
    person_spans = [(s.start, s.end, f"⟨{s.person}⟩") for s in people.spans]
    spans_all = person_spans + [
        (m.start, m.end, f"⟪{org_index[re.sub(r'^(?:the|The) ', '', m.text)]}⟫")
        for m in org_mentions
        if not any(m.start < b and a < m.end for a, b, _ in person_spans)
    ]
    spans_all.sort()
    blocks: dict[int, list[Unit]] = {}
    for u in units:
        blocks.setdefault(u.line, []).append(u)
    country = _country_hint(units)
    state_for_district = _district_states(text, people)
    person_starts = [s.start for s in people.spans]  # sorted
    first_person = {}
    for u in units:
        i = bisect.bisect_left(person_starts, u.start)
        first_person[id(u)] = (person_starts[i] - u.start
                               if i < len(person_starts) and person_starts[i] < u.end else None)
    # elections: per unit, per block (a related item / paragraph), per article
    own = {
        id(u): elections.detect(u.text, u.date, country_hint=country, upto=first_person[id(u)],
                                state_for_district=state_for_district)
        for u in units
    }
    for u in units:
        if own[id(u)] is None or own[id(u)].division is None:  # type: ignore[union-attr]
            own[id(u)] = _vacated_seat(u, people) or own[id(u)]
    block_election: dict[int, ElectionRef | None] = {}
    for line, us in blocks.items():
        found = next((own[id(u)] for u in us if own[id(u)] and own[id(u)].division), None)  # type: ignore[union-attr]
        if found is None and us[0].context:
            for name in us[0].context:
                found = elections.from_context_name(name)
                if found is not None:
                    break
        block_election[line] = found
    main = _main_election(units, own) or _context_election(units, people, block_election, date)
    ctx.main_election = main
    previous: Unit | None = None
    span_starts = [s[0] for s in spans_all]
    for u in units:
        lo, hi = bisect.bisect_left(span_starts, u.start), bisect.bisect_left(span_starts, u.end)
        inside = [s for s in spans_all[lo:hi] if s[1] <= u.end]
        masked = _mask(text, u.start, inside) + text[inside[-1][1] : u.end] if inside else u.text
        pinside = [s for s in inside if s[2].startswith("⟨")]
        people_only = (_mask(text, u.start, pinside) + text[pinside[-1][1] : u.end]
                       if pinside else u.text)
        people_idx = [int(t[2][1:-1]) for t in inside if t[2].startswith("⟨")]
        org_idx = [int(t[2][1:-1]) for t in inside if t[2].startswith("⟪")]
        default = block_election.get(u.line)
        if u.section not in ("related",):
            default = elections.merge(default, main) if default else main
        elif default is not None:
            default = elections.merge(default, main)
        if (own[id(u)] is None or own[id(u)].kind.startswith("president")) and _THE_SEAT.search(  # type: ignore[union-attr]
            u.text
        ):
            default = _seat_election(u, previous, own, units, people) or default
        election = elections.merge(own[id(u)], default)
        if own[id(u)] is None or own[id(u)].division is None:  # type: ignore[union-attr]
            election = elections.shift_to_general(election, u.text, u.date)
            election = elections.shift_year(election, u.text)
        ctx.statements.append(
            Statement(u, masked, people_idx, org_idx, elections.finalize(election), own[id(u)],
                      u.line, people_only,
                      scoped=own[id(u)] is not None or u.section in ("headline", "topic")
                      or (block_election.get(u.line) is not None
                          and u.section in ("related", "change", "change-old")),
                      also=elections.also_states(u.text, own[id(u)]))
        )
        previous = u
    return ctx


_THE_SEAT = re.compile(r"\bthe (?:district|seat|House seat|congressional seat)\b")
STATE_NAME = re.compile(
    r"\b(" + "|".join(sorted(STATE_BY_NAME, key=len, reverse=True)) + r")\b"
)


_VACATED_SEAT = re.compile(
    r"\b(?P<kind>Senate|House|congressional) seat (?:vacated|left open|left vacant|formerly held|"
    r"previously held|once held) by (?:[^.]{0,60}?)(?P<name>[A-Z][a-z]+(?: [A-Z]\.)? [A-Z][\w'’-]+)"
)


def _vacated_seat(u: Unit, people: People) -> ElectionRef | None:
    """'the Senate seat vacated by Jeff Sessions': the race for the seat the gazetteer says
    that person held."""
    m = _VACATED_SEAT.search(u.text)
    if m is None:
        return None
    known = people.gaz.lookup(m.group("name"))
    if known is None:
        return None
    kind = "sen" if m.group("kind") == "Senate" else "rep"
    terms = [t for t in known.terms if t.kind == kind and t.state]
    if not terms:
        return None
    t = terms[-1]
    state = t.state or ""
    text = f"{STATES[state]}'s {t.district}th district" if kind == "rep" else (
        f"Senate seat in {STATES[state]}")
    e = elections.detect(f"{text} {u.text}", u.date)
    return e


def _main_election(units: list[Unit], own: dict[int, ElectionRef | None]) -> ElectionRef | None:
    """The article's election: a topic line, else the first specific one near the top."""
    for u in units:
        if u.section == "topic":
            e = elections.from_context_name(u.text)
            if e is not None:
                return e
    top = [u for u in units if u.section in ("headline", "body", "tweet")]
    found = [own[id(u)] for u in top if own[id(u)] is not None and own[id(u)].division]  # type: ignore[union-attr]
    if not found:
        return None
    heads = [own[id(u)] for u in top[:5] if own[id(u)] is not None and own[id(u)].division]  # type: ignore[union-attr]
    specific = [e for e in heads if e is not None and not e.kind.startswith("president")]
    main = specific[0] if specific else found[0]
    ref = top[0].date if top else None
    if main is not None and ref and main.date and abs(int(main.date[:4]) - int(ref[:4])) > 1:
        # a race years away (or long past) is not what the story is about
        return None
    return main


def _context_election(
    units: list[Unit], people: People, block_election: dict[int, ElectionRef | None],
    date: str | None,
) -> ElectionRef | None:
    """A page whose headline names no election: the `_Context:` election of a related item
    about the same people in the same year."""
    heads = [u for u in units if u.section == "headline"]
    if not heads or not date:
        return None

    def persons(u: Unit) -> set[int]:
        return {s.person for s in people.spans if u.start <= s.start < u.end}

    named = set().union(*(persons(u) for u in heads))
    for u in units:
        e = block_election.get(u.line)
        if (u.section == "related" and e is not None and (e.date or "")[:4] == date[:4]
                and named & persons(u)):
            return e
    return None


def _seat_election(
    u: Unit, previous: Unit | None, own: dict[int, ElectionRef | None], units: list[Unit],
    people: People,
) -> ElectionRef | None:
    """'in the district': the House election named earlier in a state this or the last
    statement mentions, else the latest one."""
    earlier: list[ElectionRef] = []
    for v in units:
        if v is u:
            break
        e = own[id(v)]
        if e is not None and e.kind == "house" and e.division:
            earlier.append(e)
        if e is None or e.kind != "house":
            continue
        for m in elections._HOUSE.finditer(v.text):
            state = m.group("state") or m.group("state2")
            if state and m.group(0).lower().endswith("district") and e is not None:
                code = STATE_BY_NAME.get(elections._title(state))
                if code:
                    n = m.group("n") or str(elections.ORDINALS.get((m.group("w") or "").lower(), 0))
                    div = f"{elections.state_division(code)}/cd:{int(n)}"
                    earlier.append(_replace_div(e, div))
    if not earlier:
        return None
    for s in people.spans:
        known = people.people[s.person].known
        if u.start <= s.start < u.end and known is not None:
            for t in known.terms:
                for e in earlier:
                    if t.kind == "rep" and t.state and (e.division or "").endswith(
                        f"/state:{t.state.lower()}/cd:{t.district}"
                    ):
                        return e
    near = u.text + " " + (previous.text if previous else "")
    states = {STATE_BY_NAME[m.group(1)] for m in STATE_NAME.finditer(near)}
    for e in reversed(earlier):
        if any(f"/state:{s.lower()}/" in (e.division or "") for s in states):
            return e
    return earlier[-1]


def _replace_div(e: ElectionRef, division: str) -> ElectionRef:
    from dataclasses import replace as _replace

    return _replace(e, division=division)


def _district_states(text: str, people: People) -> Callable[[int], str | None]:
    """For "Los Angeles County's 25th congressional district": a state the article names
    that has such a district (from the gazetteer's House terms), preferring people's own."""
    named = [STATE_BY_NAME[m.group(1)] for m in STATE_NAME.finditer(text)]

    def state_for(n: int) -> str | None:
        for p in people.people:
            if p.known:
                for t in p.known.terms:
                    if t.kind == "rep" and t.district == n and t.state in named:
                        return t.state
        with_district = {t.state for p in people.gaz.people for t in p.terms
                         if t.kind == "rep" and t.district == n}
        for s in named:
            if s in with_district:
                return s
        return None

    return state_for


def _country_hint(units: list[Unit]) -> str | None:
    """A foreign country the article's headline or topic is about."""
    for u in units:
        if u.section in ("headline", "topic") or u.section == "body":
            m = elections._COUNTRY.search(u.text)
            if m:
                return m.group("c")
            if u.section == "body":
                return None
    return None
