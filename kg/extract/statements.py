"""One article made ready for relation rules: statements with names masked and elections known.

In `masked`, every person span becomes `⟨i⟩` (i = person index) and every organisation span
`⟪k⟫`, so rules are plain regular expressions over short strings, run once per statement.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from kg.extract import dates, elections, segments
from kg.extract.elections import ElectionRef
from kg.extract.gazetteer import STATE_BY_NAME, STATES
from kg.extract.lexicons import STATE_ABBREVIATIONS, alternation
from kg.extract.mentions import Mention
from kg.extract.office_labels import PRESIDENT, SENATOR, office_label
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
    # a statement naming races of different offices ("the presidential election but … a close
    # U.S. Senate race"): each race phrase's own race, as (start, end, race) in article offsets
    races: tuple[tuple[int, int, ElectionRef], ...] = ()
    # where `election` came from: own (the statement names it), recent (the race named just
    # before: paragraph or previous statement), seat ("the district": the House race named
    # earlier), block, main (the article's), other-state /
    # other-year (the scope's race moved to the state or year the statement names), or
    # other-office / other-country (the statement names another race: no election inherited)
    source: str = ""

    def evidence(self) -> Evidence:
        return Evidence(self.unit.start, self.unit.end, self.unit.text)


@dataclass
class ArticleContext:
    article: Article
    people: People
    orgs: list[str]
    statements: list[Statement] = field(default_factory=list)
    main_election: ElectionRef | None = None
    # what later stages read of the whole article, computed once (offices.article_offices)
    derived: dict[str, object] = field(default_factory=dict)

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
    cards = segments.name_cards(text)  # a site's name card reads as nothing: "⟨3⟩ (R-Ky.)"
    spans_all = sorted([t for t in spans_all if not any(a <= t[0] < b for a, b in cards)]
                       + [(a, b, "") for a, b in cards])
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
        elif country is None and _loose_foreign(u, own[id(u)], people):
            own[id(u)] = elections.detect(elections._COUNTRY.sub("", u.text), u.date,
                                          upto=first_person[id(u)],
                                          state_for_district=state_for_district)
    # "the gubernatorial race", "his recall election victory" (no state said) in a story about
    # one state: that state's
    home = _article_state(units)
    if home is not None:
        for u in units:
            if own[id(u)] is None and _STATELESS_RACE.search(u.text) and not _states_named(
                    u.text):
                own[id(u)] = elections.detect(f"{u.text} ({STATES[home]})", u.date,
                                              country_hint=country, upto=first_person[id(u)],
                                              state_for_district=state_for_district)
    # "Scott Walker's recall election" (no state said) in a story naming a recall: that one
    recalls = [e for e in own.values() if e is not None and e.special and e.kind == "governor"]
    if len({(e.division, e.office, (e.date or "")[:4]) for e in recalls}) == 1:
        for u in units:
            if own[id(u)] is None and elections._RECALL.search(u.text):
                own[id(u)] = replace(recalls[0], date=(recalls[0].date or "")[:4] or None)
    # "the midterms" are a statement's own mention, but no one contest its facts are of (nor
    # its paragraph's or article's race): those stay with the race in scope
    midterms = {k: e for k, e in own.items() if e is not None and e.kind == "midterm"}
    for k in midterms:
        own[k] = None
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
    focus = _focus_primary(units, main)
    previous: Unit | None = None
    latest: dict[int, ElectionRef] = {}  # per paragraph, the last race a statement named
    last_named: ElectionRef | None = None  # the race the statement just before named
    named_races: list[ElectionRef] = []  # the races statements named so far, in order
    span_starts = [s[0] for s in spans_all]
    for u in units:
        lo, hi = bisect.bisect_left(span_starts, u.start), bisect.bisect_left(span_starts, u.end)
        inside = [s for s in spans_all[lo:hi] if s[1] <= u.end]
        masked = _mask(text, u.start, inside) + text[inside[-1][1] : u.end] if inside else u.text
        pinside = [s for s in inside if s[2].startswith("⟨") or not s[2]]
        people_only = (_mask(text, u.start, pinside) + text[pinside[-1][1] : u.end]
                       if pinside else u.text)
        people_idx = [int(t[2][1:-1]) for t in inside if t[2].startswith("⟨")]
        org_idx = [int(t[2][1:-1]) for t in inside if t[2].startswith("⟪")]
        default = block_election.get(u.line)
        if u.section not in ("related",):
            default = elections.merge(default, main) if default else main
        elif default is not None:
            default = elections.merge(default, main)
        mine = own[id(u)]
        if mine is None or (mine.kind == "president" and not dates.years(u.text)):
            mine = _possessive_election(u, people_only, people) or mine
        midterm = midterms.get(id(u))
        named = mine is not None and mine.division is not None
        source = "own" if named else "block" if block_election.get(u.line) else "main"
        # recent-mention scope before paragraph and article scope: the latest race named
        # earlier in the paragraph, or, for "the primary" / "its primary" / "the race", in
        # the statement just before
        near = _recent_race(u.text, mine, latest.get(u.line), last_named)
        if near is not None:
            if named:
                mine = None  # a bare "the Republican primary" read as the national race
            default, source = near, "recent"
        if (mine is None or mine.kind.startswith("president")) and _THE_SEAT.search(u.text):
            seat = _seat_election(u, previous, own, units, people)
            if seat is not None:
                default, source = seat, "seat"
        prior = default  # the race in scope before the statement's own
        election = elections.merge(mine, default)
        if mine is None or mine.division is None:
            election = elections.shift_to_general(election, u.text, u.date)
            election = elections.shift_year(election, u.text)
            election, rescoped = rescope(election, masked, earlier=named_races)
            source = rescoped or source
        if focus is not None and _about_focus(election, u.text, named, focus):
            mine = None if named else mine
            election, source = focus, "focus"
        own_ref = mine
        races = _named_races(u, country, state_for_district, first_person[id(u)])
        if named and not races and prior is not None:
            races = _anaphor_before_race(u, mine, prior)
        if (mine is not None and mine.division is None and mine.stage is not None
                and election is not None and election.division is not None):
            # "A run off election will be held on November 13": the statement names that round
            # of the race in scope, which is then its own
            own_ref = election
        ctx.statements.append(
            Statement(u, masked, people_idx, org_idx, elections.finalize(election),
                      midterm or own_ref,
                      u.line, people_only,
                      scoped=mine is not None or u.section in ("headline", "topic")
                      or (block_election.get(u.line) is not None
                          and u.section in ("related", "change", "change-old"))
                      or source in ("other-state", "other-year"),
                      also=elections.also_states(u.text, mine), source=source,
                      races=races)
        )
        if named and mine is not None:
            named_races.append(mine)
        elif source == "seat" and election is not None:
            named_races.append(election)
        # the race a statement names (or moves to another state) is the paragraph's from
        # there on; a race of another year named in passing ("the last such defeat occurring
        # in 2000", "Trump carried the district in 2016") is not
        # (a nomination race moved to one state's primary is that statement's alone: the
        # story goes on about the national race)
        moved = source == "other-state" and election is not None and election.kind != "nomination"
        if election is not None and (named or moved or source in ("recent", "seat")) and (
                main is None or (election.date or "")[:4] == (main.date or "")[:4]):
            latest[u.line] = last_named = election
        else:
            last_named = None
        previous = u
    _last_contest(ctx)
    return ctx


_LAST_CONTEST = re.compile(r"\bthe (?:last|final) (?:primary|caucus(?:es)?|contest)\b(?! season)")


def _last_contest(ctx: ArticleContext) -> None:
    """"vowing to stay in until the last primary next week. … 'We're going to fight hard to
    win the primary in Washington, D.C.'": the last contest of a nomination calendar is one
    state's, the one the statement next to it names (the one after it, else before)."""
    sts = ctx.statements
    for i, st in enumerate(sts):
        e = st.election
        if (not _LAST_CONTEST.search(st.unit.text) or e is None or e.stage != "primary"
                or not (e.division == US or e.kind == "nomination")
                or st.own_election is not None):
            continue
        for j in (i + 1, i - 1):
            near = sts[j].own_election if 0 <= j < len(sts) else None
            if (near is not None and near.kind == "nomination"
                    and (near.date or "")[:4] == (e.date or "")[:4]):
                sts[i] = replace(st, election=near, source="recent")
                break


# the head of an election mention, with what it is for: "race", "the race for delegates"
_RACE_HEAD = re.compile(
    r"\b(?:(?:[Rr]e-?)?[Ee]lections?|[Rr]aces?|[Cc]ontests?|[Pp]rimar(?:y|ies)|[Cc]aucus(?:es)?|[Rr]un-?offs?|"
    r"[Rr]ecalls?|mid-?terms?(?: elections?)?)\b"
    r"(?: for (?:the )?(?:pledged )?(?:delegates|nomination|White House|presidency|governor|"
    r"Senate|House))?")
# the words before that head that qualify the race: "a close U.S. Senate", "the 2016 presidential"
_RACE_MODIFIERS = re.compile(
    r"(?:(?:[A-Z][\w.'’-]*|\d{4}|presidential|gubernatorial|congressional|mayoral|general|"
    r"special|close|tight|narrow|national|state(?:'s|’s)?|governor(?:'s|’s)?|the|a|an|this|"
    r"that|his|her|its|their)\s+)*$")
# the office (or nomination) a race phrase names, by kind
_RACE_KINDS = (
    ("recall", re.compile(r"(?i:recall)")),
    ("midterm", re.compile(r"mid-?term")),
    # "the 2016 election": a presidential year's election (the year divisible by four)
    ("president", re.compile(r"[Pp]residen|White House|\b(?:19|20)(?:[02468][048]|[13579][26]) "
                             r"(?:general )?election")),
    ("senate", re.compile(r"Senate")),
    ("governor", re.compile(r"[Gg]overnor|[Gg]ubernatorial")),
    ("house", re.compile(r"House|[Cc]ongressional|[Dd]istrict")),
    ("nomination", re.compile(r"delegates|nomination")),
    ("state", re.compile(rf"\b(?:{elections.STATE_ALT})\b.*\b(?:primary|caucus)")),
)


def _named_races(u: Unit, country: str | None, state_for_district: Callable[[int], str | None],
                 upto: int | None) -> tuple[tuple[int, int, ElectionRef], ...]:
    """The race each election phrase of a statement names, when the phrases name races of
    different kinds ("a key battleground not just for the presidential election but for a close
    U.S. Senate race"; "Wisconsin primary voters … his lead in the race for delegates"): one
    election per statement would give both mentions the same race. Each phrase is read with
    the statement's words minus the other race phrases."""
    phrases: list[tuple[int, int, str]] = []
    for m in _RACE_HEAD.finditer(u.text):
        modifiers = _RACE_MODIFIERS.search(u.text[:m.start()])
        start = modifiers.start() if modifiers is not None else m.start()
        phrase = u.text[start:m.end()]
        kind = next((k for k, pattern in _RACE_KINDS if pattern.search(phrase)), "")
        if kind:
            phrases.append((start, m.end(), kind))
    if len({k for _, _, k in phrases}) < 2:
        return _past_presidential(u, phrases)
    out = []
    for a, b, _ in phrases:
        chars = list(u.text)
        for s, e, _ in phrases:
            if (s, e) != (a, b):
                chars[s:e] = " " * (e - s)  # blanked, so offsets (upto) stay the same
        rest = "".join(chars)
        race = elections.finalize(elections.detect(rest, u.date, country_hint=country, upto=upto,
                                                   state_for_district=state_for_district))
        if race is not None:
            out.append((u.start + a, u.start + b, race))
    return tuple(out)


# a phrase that refers back to a race: "that election", "the race", "this contest"
_ANAPHORIC_RACE = re.compile(r"\b(?:that|this|the) (?:election|race|contest|vote)\b")


def _anaphor_before_race(u: Unit, mine: ElectionRef | None, prior: ElectionRef
                         ) -> tuple[tuple[int, int, ElectionRef], ...]:
    """"the stakes in that election could have national implications … even for President
    Obama's re-election": a phrase referring back, before the statement names a race of
    another kind, is the race in scope; the named one is the statement's own."""
    own, before = elections.finalize(mine), elections.finalize(prior)
    if own is None or before is None or (own.division, own.office) == (
            before.division, before.office):
        return ()
    kinded = [m for m in _RACE_HEAD.finditer(u.text)
              if any(p.search(u.text[_phrase_start(u.text, m.start()):m.end()])
                     for _, p in _RACE_KINDS)]
    if not kinded:
        return ()
    first = _phrase_start(u.text, kinded[0].start())
    out = [(u.start + m.start(), u.start + m.end(), before)
           for m in _ANAPHORIC_RACE.finditer(u.text[:first])]
    if not out:
        return ()
    # the named race by its head word alone: the names qualifying it are people's mentions
    return (*out, (u.start + kinded[0].start(), u.start + kinded[0].end(), own))


def _phrase_start(text: str, head: int) -> int:
    """Where the words qualifying a race head begin ("the 2016 presidential race")."""
    m = _RACE_MODIFIERS.search(text[:head])
    return m.start() if m is not None else head


_YEAR_PRESIDENTIAL = re.compile(r"\b(?:(?:19|20)\d\d presidential (?:election|race|contest)|"
                                r"(?:19|20)(?:[02468][048]|[13579][26]) (?:general )?elections?)$")


def _past_presidential(u: Unit, phrases: list[tuple[int, int, str]]
                       ) -> tuple[tuple[int, int, ElectionRef], ...]:
    """"the 2016 presidential race" in a 2018 statement that also speaks of a nomination
    ("who sought the Republican nomination in …"): the phrase names the past election as a
    whole, its general, whatever the statement's other words make of the statement's race."""
    out = []
    for a, b, kind in phrases:
        if kind == "president" and _YEAR_PRESIDENTIAL.search(u.text[a:b]):
            race = elections.finalize(elections.detect(u.text[a:b], u.date))
            if race is not None and race.stage == "general" and (race.date or "9") < (
                    u.date or ""):
                out.append((u.start + a, u.start + b, race))
    return tuple(out)


_ABBREVIATION_ALT = alternation(STATE_ABBREVIATIONS)
# "NASHUA, N.H. -", "MANCHESTER, New Hampshire (Reuters) -": where the story was filed
_DATELINE = re.compile(
    rf"^\s*[A-Z][A-Z.'’ -]+, (?P<state>{elections.STATE_ALT}|{_ABBREVIATION_ALT})"
    r"(?: \([A-Za-z .]+\))? ?[-–—]")
# "Last Clash Before N.H.", "in Iowa": a state as the place of the story, not a title's
_PLACE_STATE = re.compile(
    rf"\b(?:[Ii]n|[Bb]efore|[Aa]fter|[Aa]cross|[Ii]nto|[Tt]o|[Aa]t) "
    rf"(?P<state>{elections.STATE_ALT}|{_ABBREVIATION_ALT})(?!\w)"
    r"(?! (?:Gov|Sen|Rep|[Gg]overnor|[Ss]enator|[A-Z]\w+ (?:Gov|Sen)))")
# a statement about one vote: "Tuesday night's primary", "the nation's first primary", "before
# the primary", "in this state"; not the nomination race as a whole
_ONE_VOTE = re.compile(
    r"\b(?:primary|caucus(?:es)?)\b(?! (?:season|field|race|campaign|calendar|process|"
    r"debates?|contests?|rivals?|opponents?|challengers?|candidates?|elections?)\b)|"
    r"\b(?:this|the) state\b|\bElection Day\b|\bthe election\b")
_WHOLE_RACE = re.compile(
    r"\b(?:nomination|nominee|nominating|delegates?|national|primaries|caucuses and|"
    r"presidential primary|states|race for|battle for|general election)\b", re.I)


def _focus_primary(units: list[Unit], main: ElectionRef | None) -> ElectionRef | None:
    """The state whose presidential primary a story about the nomination race is filed from
    or headlined with ("NASHUA, N.H. -", "Last Clash Before N.H."): that state's primary,
    which a statement about one vote there ("Tuesday night's primary") is about."""
    if main is None or main.division is None or main.stage != "primary" or (
            main.office != PRESIDENT):
        return None
    if main.kind == "nomination":
        return main
    top = [u for u in units if u.section in ("headline", "body")][:2]
    codes: list[str] = []
    for u in top:
        m = _DATELINE.match(u.text)
        if m is not None:
            codes = [_state_code(m.group("state"))]
            break
    if not codes and top:
        codes = [_state_code(m.group("state")) for m in _PLACE_STATE.finditer(top[0].text)]
    if not codes and top and _ONE_VOTE.search(top[0].text):
        # "contenders are begging their Iowa supporters to get to the caucuses Monday": the
        # one state a lead about one vote names
        codes = _states_named(top[0].text)
    if len(set(codes)) != 1 or not codes[0]:
        return None
    year = (main.date or "")[:4] or None
    return ElectionRef(elections.state_division(codes[0]), PRESIDENT, "primary", year, False,
                       "nomination")


def _state_code(name: str) -> str:
    return STATE_ABBREVIATIONS.get(name) or STATE_BY_NAME.get(elections._title(name), "")


def _about_focus(election: ElectionRef | None, text: str, named: bool,
                 focus: ElectionRef | None = None) -> bool:
    """Whether a statement read as the national nomination race speaks of one vote (in the
    story's state): "At the end of Tuesday night's primary", "the site of the nation's first
    primary on Tuesday"."""
    if election is None or election.division != US or election.stage != "primary":
        return False
    if _WHOLE_RACE.search(text) or _FOREIGN_VOTE.search(text):
        return False
    if named and _BARE_PRIMARY_CUE.search(text):
        return False
    # "cancel events in Illinois in the waning days of the election": the story's state named
    # as the place is still that one vote
    there = elections.state_of_division(focus.division) if focus is not None else None
    return bool(_ONE_VOTE.search(text)) and not set(_states_named(text)) - {there}


# "Obama's election", "his election" (said of a president): the vote that first made them one
_POSSESSIVE_ELECTION = re.compile(r"(?:⟨(?P<person>\d+)⟩(?:'s|’s)|\b(?:[Hh]is|[Hh]er)) "
                                  r"(?:own )?(?:election|election victory)\b(?! (?:bid|campaign))")


def _possessive_election(u: Unit, people_only: str, people: People) -> ElectionRef | None:
    """"Obama's election eventually gave rise to …", "his election was The Great Mistake" (the
    president named last before): the presidential election before their first term, from the
    reference record, when that term had begun by the statement's date."""
    m = _POSSESSIVE_ELECTION.search(people_only)
    if m is None or not u.date:
        return None
    if m.group("person") is not None:
        known = people.people[int(m.group("person"))].known
    else:
        before = [s for s in people.spans if s.start < u.start]
        inside = [s for s in people.spans if u.start <= s.start < u.end]
        if inside or not before:
            return None
        known = next((people.people[s.person].known for s in reversed(before)
                      if people.people[s.person].known is not None
                      and any(t.kind == "prez" for t in people.people[s.person].known.terms)),  # type: ignore[union-attr]
                     None)
    starts = sorted(t.start for t in (known.terms if known else ()) if t.kind == "prez"
                    and t.start and t.start <= u.date)
    if not starts:
        return None
    year = int(starts[0][:4]) - 1
    return ElectionRef(US, PRESIDENT, "general", dates.general_election_day(year), False,
                       "president")


_ANAPHOR = re.compile(
    r"\b(?:the|its|that state['’]s|the state['’]s)(?: (?:Republican|Democratic|GOP|"
    r"winner-take-all|state|same))? (?P<word>primary|caucus(?:es)?|race|contest)\b(?! season)"
)
_BARE_PRIMARY_CUE = re.compile(
    r"[Pp]residen|[Nn]ational|[Nn]omination|White House|\b(?:19|20)\d\d\b")


def _recent_race(text: str, own: ElectionRef | None, in_block: ElectionRef | None,
                 before: ElectionRef | None) -> ElectionRef | None:
    """The race a statement that names none refers to when one was named just before: the
    latest named earlier in its paragraph, or, when the statement says "the primary", "its
    primary", "the race", the one the statement just before named. A bare "the Republican
    primary" (read alone as the national race) after a state's primary in the paragraph is
    that state's."""
    if own is not None and own.division is not None:
        bare = (own.division == US and own.stage == "primary"
                and not _BARE_PRIMARY_CUE.search(text))
        if (bare and in_block is not None and in_block.kind == "nomination"
                and (in_block.date or "")[:4] == (own.date or "")[:4]):
            return in_block
        return None
    if in_block is not None:
        return in_block
    m = _ANAPHOR.search(text)
    if m is None or before is None:
        return None
    if m.group("word").startswith(("primary", "caucus")) and before.stage != "primary":
        return None
    if m.group("word") in ("race", "contest") and before.kind == "nomination":
        return None  # "the race" beside one state's primary: the nomination race as a whole
    return before


# a race for another office than the one in scope: "his reelection bid as governor"
_OFFICE_RACE = re.compile(
    r"\b(?:re-?election|election|race|run|running|bid|campaign|candidacy)(?: bid)? (?:as|for) "
    r"(?:the )?(?:U\.S\. )?(?:(?P<senate>Senate|senator)|(?P<governor>governor)|"
    r"(?P<house>House|Congress)|(?P<mayor>mayor)|(?P<president>president|presidency|"
    r"White House))\b|"
    r"\b(?:(?P<governor2>gubernatorial)|(?P<mayor2>mayoral)|(?P<senate2>Senate)|"
    r"(?P<house2>House|congressional)) (?:race|election|contest|primary|bid|campaign|seat)s?\b",
    re.I,
)
_KIND_GROUP = {"president": "president", "nomination": "president", "senate": "senate",
               "governor": "governor", "house": "house"}
_FOREIGN_ALT = alternation(k for k, (_, name) in elections.COUNTRIES.items()
                           if name.removeprefix("the ") == k or k == "Britain")
# a foreign country as the place of the vote: "In Pakistan, … elections", "France's election"
_FOREIGN_VOTE = re.compile(
    rf"\b[Ii]n (?:the )?(?:{_FOREIGN_ALT})\b(?=.*\b(?:elections?|vot(?:e|es|ers|ing)|polls|ballot)"
    rf"\b)|\b(?:{_FOREIGN_ALT})(?:'s|’s) (?:\w+ )?(?:elections?|vote|voters|polls)\b")
# a statement set in the present ("on Tuesday", "this year") is about the race in scope even
# when it compares with another year
_NOW = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|"
                  r"this (?:year|week|month)|now)\b")
_ANCHORED_YEAR = re.compile(
    r"\b(?:[Ii]n|of) ((?:19|20)\d\d)\b|\b((?:19|20)\d\d)(?:['’]s)? (?:elections?|race|"
    r"campaign|primar(?:y|ies)|caucus(?:es)?|contest|vote|general election|presidential)\b")
US = "ocd-division/country:us"


def rescope(e: ElectionRef | None, text: str, *, earlier: list[ElectionRef] | None = None
            ) -> tuple[ElectionRef | None, str]:
    """The race in scope, for a statement that names none of its own, unless the statement
    names another office, country, year or state than that race's: then the same kind of race
    there or then when the statement says which, else none (never the article's main race).
    Returns the race and how it was moved ("" when it was not)."""
    if e is None or e.division is None or not e.division.startswith(US):
        return e, ""
    m = _OFFICE_RACE.search(text)
    if m is not None:
        kind = next(k.rstrip("2") for k, v in m.groupdict().items() if v)
        if kind != _KIND_GROUP.get(e.kind, kind):
            return None, "other-office"
    if _FOREIGN_VOTE.search(STATE_NAME.sub("", text)):
        return None, "other-country"
    moved = _other_year(e, text)
    if moved is not e:
        return moved, "other-year"
    return _other_state(e, text, earlier or [])


def _other_year(e: ElectionRef, text: str) -> ElectionRef | None:
    """'Election Day in 2008' in a story about the 2012 presidential race: the race of the
    year named; a nomination race, or a year beyond the race's cycle: none (which of that
    year's races the statement means, it does not say)."""
    year = int((e.date or "0")[:4])
    named = {int(a or b) for a, b in _ANCHORED_YEAR.findall(elections.without_comparisons(text))}
    if (not year or not named or year in named or e.kind not in ("president", "nomination")
            or _NOW.search(text)):
        return e
    cycles = [y for y in named if y % 4 == 0]
    if len(named) == 1 and cycles and e.kind == "president" and e.stage == "general":
        return replace(e, date=dates.general_election_day(cycles[0]))
    if len(named) == 1 and cycles and cycles[0] < year and e.kind == "president":
        # "Obama won 67 percent of the Hispanic vote in 2008" in a story of the 2012
        # nomination race: that past cycle's race, its primaries when the statement says so
        if elections._PRIMARY_WORD.search(text):
            return replace(e, stage="primary", date=str(cycles[0]))
        return replace(e, stage="general", date=dates.general_election_day(cycles[0]))
    if e.kind == "nomination" or e.stage == "primary" or all(
            y > year or y < year - 3 for y in named):
        return None
    return e


_STATE_WORD = re.compile(r" state\b")
# "got less than 30% of the vote in New Hampshire", "his win in Iowa": a result in one state,
# in a story about the nomination race: a candidacy in that state's primary (the statement's
# election stays the race it names: "talk about the race … after his finish in New Hampshire")
STATE_VOTE = re.compile(
    r"\b(?:vote|votes|won|win|wins|winning|victory|showing|finish|finished|placed|lagged|"
    r"results?|turnout|compet(?:e|es|ing)|play|campaign(?:s|ed|ing)|stump(?:s|ed|ing)|"
    r"lead|leads|leading|ahead|trail(?:s|ed|ing)?|gap|surge|surging|polls?|polling)\b"
    r"(?: [\w%’'-]+){0,5} in "
    rf"(?P<state>{'|'.join(sorted(STATE_BY_NAME, key=len, reverse=True))})\b"
    r"(?! [A-Z]| and [A-Z]|, [A-Z][a-z]+ and [A-Z])")
_PARTY_AFTER = re.compile(r" (?:Republican|Democrat)s?\b(?! (?:primary|caucus|Party|party))")
_PLACE_BEFORE = re.compile(r"[A-Z][a-z]+, $")


def _states_named(text: str) -> list[str]:
    """The U.S. states a statement names as places, in order: not "Washington" (the capital)
    unless "Washington state", not a state that describes a person ("Kentucky Republican")."""
    out = []
    for m in STATE_NAME.finditer(text):
        if m.group(1) == "Washington" and not _STATE_WORD.match(text[m.end():]):
            continue
        if _PARTY_AFTER.match(text[m.end():]) or _PLACE_BEFORE.search(text[:m.start()]):
            continue
        out.append(STATE_BY_NAME[m.group(1)])
    return out


def _other_state(e: ElectionRef, text: str, earlier: list[ElectionRef]
                 ) -> tuple[ElectionRef | None, str]:
    """'In Virginia, the race between …' in a story about Missouri's Senate race: Virginia's
    Senate race; 'Indiana, which holds its primary' in a story about the nomination race:
    Indiana's primary; another state in a story about a House district: the race the story
    named last in that state, else none."""
    named = _states_named(text)
    division = e.division or ""
    own_state = elections.state_of_division(division)
    if not named or own_state in named:
        return e, ""
    nomination = e.kind == "nomination" or (e.kind == "president" and e.stage == "primary")
    if not (e.kind in ("senate", "governor", "house")
            or (nomination and elections._PRIMARY_WORD.search(text))):
        return e, ""  # a state in a presidential story: the same national race
    code, year = named[0], (e.date or "")[:4]
    there = elections.state_division(code)
    for race in reversed(earlier):
        division = race.division or ""
        if (division == there or division.startswith(there + "/")) and (
                race.date or "")[:4] == year:
            return race, "other-state"
    if e.kind in ("senate", "governor"):
        office = office_label(SENATOR if e.kind == "senate" else "Governor", STATES[code])
        regular = e.stage in (None, "general") and year.isdigit() and int(year) % 2 == 0
        date = dates.general_election_day(int(year)) if regular else year or None
        return ElectionRef(there, office, e.stage, date, False, e.kind), "other-state"
    if nomination:
        return ElectionRef(there, PRESIDENT, "primary", year or None, False,
                           "nomination"), "other-state"
    return None, "other-state"  # a House district's story: no race of that state named


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


# a race of a state's own that a statement may leave unplaced
_STATELESS_RACE = re.compile(
    r"\bgubernatorial (?:race|election|contest)\b|\b(?:the|this|a) governor(?:'s|’s) "
    r"(?:race|contest)\b|\brecall (?:election|vote|race)\b")


# "Wisconsinites", "Iowans": the state's people, a sign of where the story is
_STATE_DEMONYM = re.compile(
    r"\b(" + "|".join(sorted(STATE_BY_NAME, key=len, reverse=True)) + r")(?:ites|ians|ans|ers)\b")


def _article_state(units: list[Unit]) -> str | None:
    """The one U.S. state a story is about: named at least three times as a place, and more
    than twice as often as any other."""
    counts: dict[str, int] = {}
    for u in units:
        for code in _states_named(u.text) + [STATE_BY_NAME[m.group(1)]
                                             for m in _STATE_DEMONYM.finditer(u.text)]:
            counts[code] = counts.get(code, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[1][1] * 2 >= ranked[0][1]):
        return None
    return ranked[0][0]


def _loose_foreign(u: Unit, e: ElectionRef | None, people: People) -> bool:
    """"Russian meddling … during the 2016 presidential election" in a story about U.S.
    politicians: a country named apart from the election word (not "Russia's presidential
    election") does not make a foreign race of it when the statement names people who held
    U.S. office."""
    if e is None or e.kind != "president-foreign" or elections._COUNTRY_RACE.search(u.text):
        return False
    return any(u.start <= s.start < u.end and people.people[s.person].known is not None
               and people.people[s.person].known.terms for s in people.spans)  # type: ignore[union-attr]


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
