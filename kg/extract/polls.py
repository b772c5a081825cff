"""poll: one fact per candidate and poll with the share, and the pollster when named.

"Real Clear Politics polling data … Handel at 49 percent and Ossoff at 48 percent",
"An ABC News/Washington Post poll give Clinton a 4-point advantage …, 47 percent to 43 percent"
(the second figure is the opponent's), "a survey from Rasmussen Reports … gives Trump a 7-point
lead" (no share: a fact without value, kept only when the pollster is named). Sub-group splits,
approval ratings and changes since an earlier poll are left out.

The race is the statement's, except where the statement says which state's contest the poll is
of: a poll of one state's primary voters or caucus-goers in a story about the nomination race
is of that state's primary, and in "the contest in Wisconsin, where A leads …, and Ohio, where B
is tied …" each candidate's race is that of the state named before them (a state inside a
pollster's name, "New York Times", names no race).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from kg.extract import dates, statements
from kg.extract.candidacy import candidacy_fact
from kg.extract.elections import ElectionRef, finalize, state_division
from kg.extract.lexicons import POLLSTERS, STATES, alternation
from kg.extract.office_labels import PRESIDENT
from kg.extract.statements import ORG, US, ArticleContext, P, Statement
from kg.model import Entity, Fact

EXTRACTOR = "kg.extract.polls.v1"
_POLL_WORD = re.compile(r"\b(?:poll|polls|polling|survey|surveys)\b", re.I)
# a statement about votes cast, not a poll: its figures are results
_RESULT_WORD = re.compile(r"\b(?:won|wins|win|vote|votes|voted|ballots?|results?|precincts?|"
                          r"counted|turnout|elected|victory|finished|caucused)\b", re.I)
# how many statements back a named poll still speaks for a statement's shares
_POLL_REACH = 2
_NAME = r"[A-Z][\w.&'’\-]*"
_POLLSTER_BEFORE = re.compile(
    rf"(?:{ORG}|(?P<name>(?:{_NAME}(?:/| )){{0,5}}{_NAME}))(?:'s|’s|'|’)? "
    r"(?:(?:latest |new |daily |national |state )*(?:tracking )?(?:poll|polling|survey)\b|"
    r"average of (?:state |national |recent )?polls)"
)
_POLLSTER_FROM = re.compile(
    rf"\b(?:poll|polls|survey|surveys)(?: (?:by|from|of)|[^.⟨]{{0,40}}?,? (?:conducted|"
    rf"commissioned|released|published|sponsored) by) (?:the |The )?"
    rf"(?:{ORG}|(?P<name>{_NAME}(?: {_NAME}){{0,4}}))"
    rf"(?: and (?:the |The )?(?:{ORG}|(?P<name2>{_NAME}(?: {_NAME}){{0,4}})))?"
)
_KNOWN_POLLSTER = re.compile(rf"\b(?:{alternation(POLLSTERS)})(?![\w-])")
_NUM = r"(\d{1,2}(?:\.\d)?)"
_PCT = rf"(?:about |around |roughly |nearly |almost |just over |over |more than )?{_NUM} ?(?:%|percent)"  # noqa: E501
_TITLE = r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\. |President |Senator |Governor )?"
# two shares, the first one's before the second's: "53 percent to 43 percent", "53 to 44
# percent", "49%-40%"
_PAIR = rf"{_NUM}(?: ?(?:%|percent))?(?: to |-|–){_NUM} ?(?:%|percent)"
_AT = re.compile(
    rf"{P}(?:,[^,⟨.]{{1,40}},|, (?:a|an|the) [^,⟨.]{{1,40}}? (?:who|which))? (?:at|with|getting|"
    rf"receiving|on|polling at|polled|polls at|has|had|scored|scores|drew|draws|got|gets|"
    rf"garnered|averaged|averages|pulling|pulled|pulls|(?:has|had|with) the support of) {_PCT}"
)
_LEAD_SPLIT = re.compile(
    rf"{P}(?:(?:'s|’s) lead)?[^⟨.]{{0,90}}?(?:advantage|lead|leads|leading|ahead|points?)"
    rf"[^⟨.]{{0,60}}?,? {_PAIR}"
)
_LEAD_OVER = re.compile(
    rf"{P} (?:is |was )?(?:leading|leads|led|ahead of|over|beating|beats|tops|topping|edging|"
    rf"edges) (?:[\w.-]+ ){{0,3}}?{P}[^⟨.]{{0,30}}?,? (?:by )?{_PAIR}"
)
_POSSESSIVE_SHARE = re.compile(rf"{P}(?:'s|’s|'|’) {_PCT}(?!age)")
_LISTED_SHARE = re.compile(rf"{P},? {_PCT}(?!age)")
# "a tie at 47 percent each", "an exact dead heat, at 46-46": both of the race's candidates
_TIE_AT = re.compile(
    rf"\b(?:tie|tied|dead heat|deadlock(?:ed)?|even)\b[^⟨.]{{0,12}}?(?:,| at) {_NUM}"
    rf"(?: ?(?:%|percent))?"
    rf"(?:(?: to |-|–){_NUM}\b(?! ?points?)| (?:each|apiece))"
)
# "11 percent in a Monmouth University poll": one candidate's share in several polls, each named
_PCT_IN_POLL = re.compile(
    rf"{_PCT} in (?:a|an|one|the|another|the latest|a new) "
    rf"(?P<who>(?:{_NAME}|{ORG})(?:[ /](?:{_NAME}|{ORG})){{0,4}}) (?:poll|survey)"
)
_LEAD_ONLY = re.compile(
    rf"\b(?:gives?|gave|giving|found|finds|shows?|showed|showing) (?:[\w-]+ ){{0,4}}?{_TITLE}{P}"
    rf"(?: (?:a|an) (\d+)-point (?:lead|advantage)| leading {_TITLE}{P}|"
    rf" (?:the|an|a) (?:[\w-]+ ){{0,3}}?(?:edge|advantages?|lead)\b| leading by)"
)
# "McCaskill is leading by 9 points", "Kasich leads her by 9", "holds an 18-point lead"
_LEADS_BY = re.compile(
    rf"{P}(?:,[^,⟨]{{1,60}},)? (?:is |was |has been )?(?:leading|leads|led|ahead)"
    rf"(?: {_TITLE}{P}| him| her)? by (?:about |nearly |roughly |almost |just |more than )?"
    rf"\d+(?:\.\d)? (?:percentage )?points?|"
    rf"{P} (?:holds|has|had|held|maintains|enjoys) (?:a|an) (?:[\w-]+ ){{0,2}}?\d+-point "
    rf"(?:lead|advantage|edge)"
)
_TIED_WITH = re.compile(
    rf"{P}(?:,[^,⟨]{{1,60}},)? (?:is |was |are |were )?(?:tied|deadlocked|running even|"
    rf"in a (?:virtual |statistical )?(?:tie|dead heat)) with {_TITLE}{P}"
)
_PREDICTS = re.compile(
    rf"(?:[Oo]pinion poll\w*|[Pp]olls?|[Ss]urveys?) (?:predicts?|shows?|suggests?|gives?)"
    rf"[^⟨]{{0,30}}{P}[^⟨.]{{0,80}}?\bwith {_PCT}"
)
_SUBGROUP = re.compile(r"\b[Aa]mong (?!registered|likely|all\b|others?\b|the (?:candidates|contenders|races)\b)|\bvoters aged\b|\baged \d|\bsince\b|\bin June\b|\bmid-\w+ poll\b|\bearlier poll\b|"  # noqa: E501
                       r"\blast (?:month|week)'s\b")
# a share of a sub-group or an approval rating, right after the figure
_NOT_SHARE_AFTER = re.compile(r"^(?: support)? (?:among (?!registered|likely|all\b)|of (?:the )?"
                              r"(?:women|men|independents|Democrats|Republicans|voters under|"
                              r"voters over|those)\b|approv|disapprov|favou?rab)")
_APPROVAL = re.compile(r"\b(?:approval|approve|approved|disapprove|favou?rab\w*|unfavou?rab\w*|"
                       r"job performance)\b", re.I)
# a statement about one vote of a nomination race: its poll is of that state's voters
_ONE_STATE_CUE = re.compile(r"\bcaucus(?:es|-goers|goers)?\b|\bprimary voters\b|"
                            r"\b(?:the|this) state\b", re.I)
_NOT_POLLSTER = frozenset({"The", "A", "An", "New", "Final", "National", "Exit", "Opinion", "This",
                           "That", "Each", "Another", "Its", "Their", "Latest", "Recent", "Some",
                           "Other", "Several", "Most", "All", "Both", "Public"})


@dataclass(frozen=True)
class _Share:
    """One candidate's share (None: a lead or tie without figures) in one statement; where
    (offset in the masked text) is where the candidate is named, for the race."""

    person: str
    value: float | None
    where: int
    pollster: str | None = None
    against: str | None = None  # the other candidate of a head-to-head figure or tie


def _pollster_names(ctx: ArticleContext, st: Statement) -> list[str]:
    names: list[str] = []
    for m in _POLLSTER_FROM.finditer(st.masked):
        for grp_org, grp_name in ((1, "name"), (3, "name2")):
            org = m.group(grp_org) if m.lastindex and m.lastindex >= grp_org else None
            if org:
                names.append(ctx.org(org))
            elif m.group(grp_name):
                names.append(m.group(grp_name).rstrip("."))
    if not names:
        for m in _POLLSTER_BEFORE.finditer(st.masked):
            name = ctx.org(m.group(1)) if m.group(1) else m.group("name")
            words = [w for w in name.split() if w not in _NOT_POLLSTER]
            if words:
                names.append(" ".join(words))
                break
    if not names:
        names = [m.group(0) for m in _KNOWN_POLLSTER.finditer(st.people_only)]
    return list(dict.fromkeys(names))


def _pollster(ctx: ArticleContext, st: Statement) -> Entity | None:
    names = _pollster_names(ctx, st)
    return Entity(type="Organization", label="; ".join(names)) if names else None


def _race_pair(ctx: ArticleContext) -> list[str]:
    """The two candidates the article's polls are about: the pair of people most often named
    together in statements about polls or leads (none when no statement names two)."""
    counts: Counter[tuple[str, str]] = Counter()
    for st in ctx.statements:
        if _POLL_WORD.search(st.masked) or re.search(r"\blead\b|\bleads\b|\bover\b", st.masked):
            people = sorted({str(p) for p in st.people})
            counts.update((a, b) for i, a in enumerate(people) for b in people[i + 1 :])
    if not counts:
        return []
    return list(counts.most_common(1)[0][0])


def _opponent(ctx: ArticleContext, i: int, leader: str, pair: list[str]) -> str | None:
    """Whom a lead is over when the statement names only the leader: the person the nearest
    statement before (up to three back) names beside the leader ("Stabenow is in a tight race
    with Hoekstra. A poll … gave Mr. Hoekstra a narrow lead, 45 percent to 44 percent"), else
    the article's race pair."""
    for st in reversed(ctx.statements[max(0, i - 3) : i + 1]):
        people = [str(p) for p in dict.fromkeys(st.people)]
        if leader in people:
            others = [p for p in people if p != leader]
            if others:
                return others[0]
    if leader in pair:
        return next(p for p in pair if p != leader)
    return None


def _local_pair(ctx: ArticleContext, i: int, pair: list[str]) -> list[str]:
    """The two candidates a tie without names is between: the statement's, else those of the
    nearest statement before that names two, else the article's race pair."""
    for st in reversed(ctx.statements[max(0, i - 3) : i + 1]):
        people = [str(p) for p in dict.fromkeys(st.people)]
        if len(people) == 2:
            # one of the race pair beside someone else ("Comey accusing Clinton"): the pair
            return pair if len(set(people) & set(pair)) == 1 else people
    return pair


def _share_ok(text: str, m: re.Match[str], group: int) -> bool:
    """A figure that is not a sub-group's share or an approval rating."""
    after = text[m.end(group):]
    after = re.sub(r"^ ?(?:%|percent)", "", after)
    return not _NOT_SHARE_AFTER.match(after)


def _values(ctx: ArticleContext, i: int, st: Statement, pair: list[str]) -> list[_Share]:
    text = st.masked
    sub = _SUBGROUP.search(text)
    first = min((m.start() for m in re.finditer(_NUM + r" ?(?:%|percent)", text)), default=None)
    if sub and (first is None or sub.start() < first) and not _AT.search(text[: sub.start()]):
        return []  # "Among women, Biden had 65%"
    approval = bool(_APPROVAL.search(text))
    found: list[_Share] = []

    def add(person: str, value: str | None, where: int, pollster: str | None = None,
            against: str | None = None) -> None:
        found.append(_Share(person, float(value) if value is not None else None, where,
                            pollster, against))

    if not approval:
        for m in _AT.finditer(text):
            if _share_ok(text, m, 2):
                add(m.group(1), m.group(2), m.start(1))
        for m in _POSSESSIVE_SHARE.finditer(text):
            if _share_ok(text, m, 2):
                add(m.group(1), m.group(2), m.start(1))
    for m in _LEAD_OVER.finditer(text):
        add(m.group(1), m.group(3), m.start(1), against=m.group(2))
        add(m.group(2), m.group(4), m.start(2), against=m.group(1))
    if not found and not approval:
        for m in _LISTED_SHARE.finditer(text):
            if _share_ok(text, m, 2):
                add(m.group(1), m.group(2), m.start(1))
    for m in _LEAD_SPLIT.finditer(text):
        leader = m.group(1)
        other = _opponent(ctx, i, leader, pair)
        add(leader, m.group(2), m.start(1), against=other)
        if other is not None:
            add(other, m.group(3), m.start(1), against=leader)
    if not found:
        tie = _TIE_AT.search(text)
        both = _local_pair(ctx, i, pair)
        if tie and len(both) == 2 and (tie.group(2) is None or tie.group(1) == tie.group(2)):
            add(both[0], tie.group(1), tie.start(), against=both[1])
            add(both[1], tie.group(1), tie.start(), against=both[0])
    for m in _PREDICTS.finditer(text):
        add(m.group(1), m.group(2), m.start(1))
    if not found and len(set(st.people)) == 1 and not approval:
        person = str(st.people[0])
        for m in _PCT_IN_POLL.finditer(text):
            who = re.sub(ORG, lambda o: ctx.org(o.group(1)), m.group("who"))
            words = [w for w in who.split() if w not in _NOT_POLLSTER]
            add(person, m.group(1), text.find(f"⟨{person}⟩"), " ".join(words) or None)
    if not found:
        for m in _LEAD_ONLY.finditer(text):
            add(m.group(1), None, m.start(1))
        for m in _LEADS_BY.finditer(text):
            person = m.group(1) or m.group(3)
            add(person, None, text.find(f"⟨{person}⟩"))
        for m in _TIED_WITH.finditer(text):
            add(m.group(1), None, m.start(1), against=m.group(2))
            add(m.group(2), None, m.start(2), against=m.group(1))
    seen: set[tuple[str, str | None]] = set()
    unique = []
    for share in found:
        key = (share.person, share.pollster)
        if key not in seen:
            seen.add(key)
            unique.append(share)
    return unique


def _in_poll(ctx: ArticleContext, i: int) -> bool:
    """Whether a statement's shares are a poll's: it speaks of a poll, or one of the two
    statements before it does and it speaks of no votes ("According to the poll … Obama has
    49%. … Mr. Romney averaged 48.4%; Mr. Obama, 47.2%.")."""
    st = ctx.statements[i]
    if _POLL_WORD.search(st.masked):
        return True
    if _RESULT_WORD.search(st.masked):
        return False
    return any(_POLL_WORD.search(s.masked)
               for s in ctx.statements[max(0, i - _POLL_REACH) : i])


def _article_state(ctx: ArticleContext) -> str | None:
    """The state a story names most, when one stands out (twice or more, more than any other):
    where a nomination-race story's caucus or primary is."""
    cached = ctx.derived.get("polls.article_state", "")
    if cached != "":
        return cached if isinstance(cached, str) else None
    counts: Counter[str] = Counter()
    for st in ctx.statements:
        counts.update(statements._states_named(st.people_only))
    top = counts.most_common(2)
    state = top[0][0] if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1]) \
        else None
    ctx.derived["polls.article_state"] = state
    return state


def _without_pollsters(ctx: ArticleContext, st: Statement) -> str:
    """The statement (people masked) with pollsters' names blanked: "New York Times" in a
    pollster's name names no state."""
    text = st.people_only
    for name in _pollster_names(ctx, st) + [m.group(0) for m in _KNOWN_POLLSTER.finditer(text)]:
        for part in name.split("; "):
            text = text.replace(part, " " * len(part))
    return text


def _state_primary(e: ElectionRef, code: str) -> ElectionRef:
    return ElectionRef(state_division(code), PRESIDENT, "primary", (e.date or "")[:4] or None,
                       False, "nomination")


def _party(ctx: ArticleContext, person: str) -> str | None:
    """The party the reference record gives a person's latest term (independents: none)."""
    known = ctx.people.people[int(person)].known
    parties = [t.party for t in known.terms if t.party] if known is not None else []
    party = parties[-1] if parties else None
    return party if party in ("Democrat", "Republican") else None


def _rivals(ctx: ArticleContext, share: _Share) -> bool:
    """Whether a head-to-head figure sets candidates of the two parties against each other: a
    general-election matchup, even in a story about the primaries."""
    if share.against is None:
        return False
    a, b = _party(ctx, share.person), _party(ctx, share.against)
    return a is not None and b is not None and a != b


def _race(ctx: ArticleContext, i: int, st: Statement, share: _Share) -> ElectionRef | None:
    """The race a candidate's share is of (see the module docstring)."""
    e = st.election
    if e is None or e.division is None:
        return e
    if e.division == US and e.stage == "primary":
        named = list(dict.fromkeys(statements._states_named(st.people_only)))
        if len(named) == 1:
            return _state_primary(e, named[0])
        state = _article_state(ctx)
        if not named and state and _ONE_STATE_CUE.search(st.masked):
            return _state_primary(e, state)
        return e
    if e.office == PRESIDENT and e.stage == "primary" and _rivals(ctx, share):
        year = (e.date or "")[:4]
        return ElectionRef(US, PRESIDENT, "general",
                           dates.general_election_day(int(year)) if year.isdigit() else None,
                           False, "president")
    if e.kind not in ("senate", "governor"):
        return e
    text = _without_pollsters(ctx, st)
    where = min(max(share.where, 0), len(text))
    before = statements._states_named(text[:where])
    if before:
        moved, _ = statements._other_state(e, f"in {STATES[before[-1]]}", [])
        return moved or e
    if st.source == "other-state" and not statements._states_named(text) and i > 0:
        previous = ctx.statements[i - 1].election
        if previous is not None and previous.kind == e.kind:
            return previous
    return e


def extract(ctx: ArticleContext) -> list[Fact]:
    out: list[Fact] = []
    pair = _race_pair(ctx)
    valued: set[tuple[str, str]] = set()
    pending: list[tuple[str, Statement, Entity, ElectionRef]] = []
    for i, st in enumerate(ctx.statements):
        if st.election is None or not _in_poll(ctx, i):
            continue
        pollster = _pollster(ctx, st)
        for share in _values(ctx, i, st, pair):
            race = finalize(_race(ctx, i, st, share))
            if race is None:
                continue
            named = (Entity(type="Organization", label=share.pollster) if share.pollster
                     else pollster)
            if share.value is None:
                if named is not None:
                    pending.append((share.person, st, named, race))
                continue
            valued.add((share.person, named.label if named else ""))
            attrs: dict[str, object] = {"pollster": named} if named else {}
            out.append(ctx.fact("poll", ctx.person(share.person), race.entity(), [st], 0.9,
                                EXTRACTOR, value=share.value, attributes=attrs))
            out.append(candidacy_fact(ctx, share.person, race, [st], 0.85, EXTRACTOR))
    for person, st, named, race in pending:
        label = named.label
        if any(p == person and (label in lab or lab in label) for p, lab in valued if lab):
            continue
        out.append(ctx.fact("poll", ctx.person(person), race.entity(), [st], 0.75,
                            EXTRACTOR, attributes={"pollster": named}))
    return out
