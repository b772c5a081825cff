"""party: "Democrat Jon Ossoff", "(R-GA)", "Karen Handel, a Republican", "Borisov's GERB".

Parties are named canonically ("Republican Party", Q29468); a foreign party keeps the name the
text gives unless the small table below knows its full name. Party staff get no party.
"""

from __future__ import annotations

import re

from kg.extract.candidacy import LEADS as _LEADS
from kg.extract.candidacy import PARTY_GROUP as _GROUP
from kg.extract.lexicons import FOREIGN_PARTIES, alternation
from kg.extract.statements import ORG, ArticleContext, P, Statement
from kg.model import Entity, Fact

EXTRACTOR = "kg.extract.party.v1"
REPUBLICAN = Entity(type="Party", label="Republican Party", wikidata="Q29468")
DEMOCRATIC = Entity(type="Party", label="Democratic Party", wikidata="Q29552")
_US_WORDS = {
    "republican": REPUBLICAN, "republicans": REPUBLICAN, "gop": REPUBLICAN, "r": REPUBLICAN,
    "rep": REPUBLICAN, "democrat": DEMOCRATIC, "democratic": DEMOCRATIC, "democrats": DEMOCRATIC,
    "d": DEMOCRATIC, "dem": DEMOCRATIC,
}
# Foreign parties by the acronym or short name news uses (kg/extract/data/lexicons.json).
FOREIGN = FOREIGN_PARTIES
FOREIGN_ALT = alternation(FOREIGN_PARTIES)
_PARTY_WORD = r"(?P<party>Republican|Democratic|Democrat|GOP)"
_ROLE = (
    r"(?:(?:Party|party) )?(?:(?:presidential|primary|congressional|gubernatorial|Senate|House|"
    r"state|U\.S\.|incumbent|former|freshman|presumptive|presumed|establishment|moderate|"
    r"conservative|progressive|fellow) ){0,2}"
    r"(?:nominee|candidate|challenger|incumbent|Rep\.|Sen\.|Gov\.|Congressman|Congresswoman|"
    r"Representative|Senator|Governor|strategist|operative|lawmaker|senator|representative|"
    r"governor|mayor|leader|hopeful|contender|front-runner|frontrunner|rival|opponent|"
    r"Lt\. Gov\.|Lieutenant Governor|state senator|state Sen\.|state Rep\.|activist|donor|"
    r"presidential nominee|Party nominee|consultant|pollster|congressman|congresswoman) "
)
_BEFORE = re.compile(
    rf"(?<![\w-])(?:[Pp]resumed |[Ff]ormer |[Pp]resumptive )?{_PARTY_WORD} (?:{_ROLE})?{P}|"
    rf"(?<![\w-])(?P<party2>Republican|Democratic|Democrat|GOP) (?:governor|senator|congressman|congresswoman|mayor|"  # noqa: E501
    rf"lawmaker|candidate|nominee), {P}"
)
_TAG = re.compile(
    rf"{P} \((?P<party>R|D|Rep|Dem)(?:[.\-–][^)]{{0,12}})?\)|"
    rf"{P}, (?P<party2>R|D)-[A-Z][\w.]{{1,6}}(?:-\d{{1,2}})?(?=[,.])"
)
_APPOSITIVE = re.compile(
    rf"{P}, (?:a|the|an) (?:[\w\-]+ ){{0,3}}?{_PARTY_WORD}\b(?! (?:National|Congressional|"
    r"Governors|Senatorial|Party of|Attorneys|Press))"
)
_PLURAL = re.compile(
    rf"{_PARTY_WORD}(?:ic)? (?:Party )?(?:presidential )?(?:senators|candidates|nominees|"
    rf"Reps\.|Sens\.|lawmakers|governors|contenders|hopefuls)(?: were| are|,|:|—|&mdash;| )*"
    rf"(?P<list>(?:{P}(?: of [A-Z]\w+(?: [A-Z]\w+)?)?(?: \([^)]*\))?(?:,? and |, |&mdash;|—)?)+)"
)
_SWITCH = re.compile(
    r"(?:changing|changes|changed|switching|switches|switched) (?:his|her|their) party "
    r"(?:affiliation |registration )?from (?P<old>Democratic|Republican|Democrat)s? to "
    r"(?P<new>Democratic|Republican|Democrat)"
)
_POSSESSIVE_FOREIGN = re.compile(
    rf"{P}(?:'s|’s) (?:[\w\-]+ ){{0,2}}?(?P<name>{FOREIGN_ALT})\b"
)
_FROM_FOREIGN = re.compile(
    rf"{P},(?: [^,⟨]*,)? from (?:the )?(?:[\w\-]+ ){{0,3}}?(?:⟨\d+⟩(?:'s|’s) (?:[\w\-]+ )?)?"
    rf"(?P<name>{FOREIGN_ALT})\b"
)
_FROM_FOREIGN_ORG = re.compile(rf"{P},(?: [^,⟨]*,)? from (?:the )?(?:[\w\-]+ ){{0,3}}?{ORG}")
# "Tsai Ing-wen of the Democratic Progressive Party (DPP)", "Eric Chu, the ruling Kuomintang
# (Chinese Nationalist Party) candidate", "Kuomintang candidate Eric Chu"
_OF_ORG_PARTY = re.compile(
    rf"{P} of the {ORG}|{P}, the (?:ruling |opposition |governing )?{ORG}(?: \([^)⟨]{{1,40}}\))? "
    rf"(?:candidate|nominee|leader|chairman|chairwoman|chairperson)\b|"
    rf"{ORG}(?: \(⟪\d+⟫\))? (?:party )?(?:candidate|nominee|leader|chairman|chairwoman) {P}"
)
_STAFF = re.compile(r"\b(?:spokes(?:man|woman|person)|press secretary|Press secretary|staffer|aide)\b")  # noqa: E501


def us_party(word: str) -> Entity | None:
    return _US_WORDS.get(word.lower().rstrip("."))


def foreign_party(name: str) -> Entity:
    return Entity(type="Party", label=FOREIGN.get(name, name))


def _facts(ctx: ArticleContext, st: Statement) -> list[Fact]:
    out: list[Fact] = []
    text = st.people_only

    def add(person: str, party: Entity | None, conf: float, **attrs: object) -> None:
        if party is None:
            return
        out.append(ctx.fact("party", ctx.person(person), party, [st], conf, EXTRACTOR,
                            attributes=attrs or None))

    for m in _BEFORE.finditer(text):
        add(m.group(2) or m.group(4), us_party(m.group("party") or m.group("party2")), 0.93)
    for m in _TAG.finditer(text):
        add(m.group(1) or m.group(3), us_party(m.group("party") or m.group("party2")), 0.95)
    for m in _APPOSITIVE.finditer(text):
        if not _STAFF.search(m.group(0)):
            add(m.group(1), us_party(m.group("party")), 0.9)
    for m in _PLURAL.finditer(text):
        for p in re.findall(P, m.group("list")):
            add(p, us_party(m.group("party")), 0.88)
    for m in _GROUP.finditer(text):
        for p in re.findall(P, m.group("list")):
            add(p, us_party(m.group("party")), 0.85)
    switch = _SWITCH.search(text)
    if switch and st.people:
        who = str(st.people[0])
        add(who, us_party(switch.group("new")), 0.9)
        add(who, us_party(switch.group("old")), 0.85, former=True)
    for m in _OF_ORG_PARTY.finditer(st.masked):
        who, org = ((m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
                    if m.group(3) else (m.group(6), m.group(5)))
        name = ctx.org(org)
        if name in FOREIGN or re.search(r"\b[Pp]arty$", name):
            add(who, us_party(name.split()[0]) if name in ("Republican Party", "Democratic Party")
                else foreign_party(name), 0.85)
    for m in _POSSESSIVE_FOREIGN.finditer(text):
        add(m.group(1), foreign_party(m.group("name")), 0.85)
    for m in _FROM_FOREIGN.finditer(text):
        add(m.group(1), foreign_party(m.group("name")), 0.85)

    return out


_CONTEST = re.compile(
    r"\b(?P<party>Republican|Democratic)(?: Party)? (?:presidential )?(?:debate|contest|primary|"
    r"primaries|caucus(?:es)?|nomination contest)\b"
)
_PARTICIPANT = re.compile(
    rf"\bcandidates\b[^.⟨]{{0,60}}?\b(?:were|are|include|including)\s*(?P<list>(?:{P}(?:,? and |, )?)+)|"  # noqa: E501
    rf"{P} defeating {P}|{P} (?:following|finishing|coming) in \w+ place|{P}, the (?:current )?front-runner"  # noqa: E501
)


def _contest_parties(ctx: ArticleContext) -> list[Fact]:
    """Candidates in one party's debate, primary or caucus belong to that party."""
    out: list[Fact] = []
    blocks: dict[int, list[Statement]] = {}
    for st in ctx.statements:
        blocks.setdefault(st.block, []).append(st)
    for st in ctx.statements:
        words = set(re.findall(r"\b(Republican|Democratic|Democrat)s?\b", st.unit.text))
        parties = {m.group("party") for m in _CONTEST.finditer(st.unit.text)}
        if len(parties) == 1 and words == parties:
            entity = us_party(parties.pop())
            for m in _LEADS.finditer(st.masked):
                out += [ctx.fact("party", ctx.person(p), entity, [st], 0.8, EXTRACTOR)
                        for p in (m.group(1), m.group(2))]
    for sts in blocks.values():
        text = " ".join(s.unit.text for s in sts)
        parties = {m.group("party") for m in _CONTEST.finditer(text)}
        other = re.findall(r"\b(Republican|Democratic|Democrat)s?\b", text)
        if len(parties) != 1 or len(set(other) - {"Democrat"} | parties) != 1:
            continue
        entity = us_party(parties.pop())
        for st in sts:
            for m in _PARTICIPANT.finditer(st.masked):
                for p in re.findall(P, m.group(0)):
                    out.append(ctx.fact("party", ctx.person(p), entity, [st], 0.82, EXTRACTOR))
    return out


_THE_PARTISAN = re.compile(
    r"^The (?:[\w-]+ ){0,2}(?P<party>Democrat|Republican)\b(?! (?:Party|National|leaders?))"
)


def _the_partisan(ctx: ArticleContext) -> list[Fact]:
    """'… Nancy Pelosi breaks the record … The 77-year-old Democrat spoke …': the statement
    before names the person."""
    out = []
    prev: Statement | None = None
    for st in ctx.statements:
        m = _THE_PARTISAN.match(st.masked)
        if m and not st.people and prev is not None and prev.block == st.block and prev.people:
            out.append(ctx.fact("party", ctx.person(prev.people[0]), us_party(m.group("party")),
                                [prev, st], 0.8, EXTRACTOR))
        prev = st
    return out


def primary_parties(ctx: ArticleContext, facts: list[Fact]) -> list[Fact]:
    """Candidates of one party's primary ("a two-man Republican primary run-off") are that
    party's members; a contest naming both parties says nothing."""
    out = []
    for st in ctx.statements:
        e = st.own_election
        if e is None or st.election is None or st.election.stage != "primary":
            continue
        parties = set(re.findall(r"\b(Republican|Democratic)(?: Party)? (?:[\w-]+ ){0,2}?"
                                 r"(?:primary|primaries|caucus(?:es)?|run-?off|nominating)",
                                 st.unit.text))
        if len(parties) != 1 or len(set(re.findall(r"\b(Republican|Democratic|Democrat)",
                                                    st.unit.text)) - {"Democrat"}) != 1:
            continue
        party = us_party(parties.pop())
        key = st.election.entity()
        for f in facts:
            if f.relation == "candidacy" and f.object == key and party is not None:
                out.append(ctx.fact("party", f.subject, party, [st], 0.8, EXTRACTOR))
    return out


def extract(ctx: ArticleContext) -> list[Fact]:
    return ([f for st in ctx.statements for f in _facts(ctx, st)] + _contest_parties(ctx)
            + _the_partisan(ctx))
