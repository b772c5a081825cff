"""candidacy: races "between A and B", nominees, candidates named as such, debate line-ups.

The election is the statement's own (or its block's, or the article's main one); a statement
that names no election and has none around it gives no candidacy.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.elections import ElectionRef, looks_electoral
from kg.extract.statements import ArticleContext, P, Statement
from kg.model import Fact

EXTRACTOR = "kg.extract.candidacy.v1"
_BETWEEN = re.compile(
    r"\b(?:election|race|runoff|run-off|contest|primary|caucus\w*|debate|face-off|matchup|"
    r"vote|polls|head-to-head)\b[^.⟨]{0,60}?\bbetween\b(?P<rest>[^.]{0,160})"
)
_HEAD_TO_HEAD = re.compile(
    rf"{P} and (?:\w+ ){{0,2}}{P} are (?:going head-to-head|facing off|neck and neck|tied)|"
    rf"{P} (?:is|was|remains) (?:locked in a (?:dead heat|tight race|close race|tie)|neck and neck|"
    rf"tied|running even) with (?:[\w.-]+ ){{0,3}}?{P}"
)
# "The Republican contest is too close to call as A leads B": rivals in a named contest
LEADS = re.compile(
    rf"\b(?:contest|race|primary|caucus\w*|election|run-?off|vote)\b[^.]{{0,60}}?{P} "
    rf"(?:leads|led|trails|trailed|is leading|was leading|is trailing|edges|edged) "
    rf"(?:[\w.-]+ ){{0,2}}?{P}"
)
# "The other Republicans - former Congressman A, businessman B and Assembly speaker C"
PARTY_GROUP = re.compile(
    rf"\b(?:[Tt]he )?(?:other |two |three |four |fellow |leading )?(?P<party>Republican|Democrat)s"
    rf"(?: in the race| running)? ?(?:-|—|–|:|&mdash;) ?"
    rf"(?P<list>(?:(?:[\w.-]+ ){{0,3}}?{P}(?:,? and |, )?)+)"
)
_LEADS_FIELD = re.compile(rf"{P} (?:leads|led|is leading|tops|topped) the (?:\w+ )?field\b")
_ROLE_BEFORE = re.compile(
    rf"\b(?:candidates?|nominees?|contenders?|challengers?|running mate)(?:,)? {P}"
    rf"(?:,? and {P})?"
)
_ROLE_AFTER = re.compile(
    rf"{P}(?:,| is| was| as| became| becomes) (?:the |a |an )?(?:[\w\-]+ ){{0,4}}?"
    rf"(?:nominee|candidate|"
    rf"contender|challenger)\b(?! for (?:the )?(?:job|position|post))"
)
_ACTION = re.compile(
    rf"{P}(?:,[^,⟨]{{0,60}},)? (?:will face (?=⟨|Democrat|Republican|incumbent)|"
    rf"faces (?=⟨|Democrat|Republican|incumbent)|is facing (?=⟨|Democrat|Republican)|"
    rf"is running for|ran for|announced (?:his|her) (?:candidacy|bid|campaign)|"
    rf"launched (?:his|her) (?:\w+ )?(?:bid|campaign)|is vying|vying|"
    rf"is seeking (?:the|re-?election|a second)|"
    rf"declares victory|declared victory|concedes|conceded|"
    rf"suspend(?:s|ed|ing)? (?:his|her) (?:\w+ )?(?:campaign|bid)|"
    rf"(?:is )?end(?:s|ed|ing)? (?:his|her) (?:\w+ )?"
    rf"(?:campaign|bid)|drop(?:s|ped)? out of the (?:\w+ )?(?:race|primary|contest)|"
    rf"withdr[ae]ws? from the (?:\w+ )?(?:race|primary|contest))"
    rf"(?P<rest>[^.]{{0,80}})"
)
# More ways of saying someone is in a race: seeking a nomination, a bid announced, a race
# entered, a rival faced (the election is the statement's, as for _ACTION).
_SEEKING = re.compile(
    rf"{P}(?:,[^,⟨]{{0,60}},)? (?:(?:is |was )?(?:seeking|seeks|sought) (?:the |a |his |her )?"
    rf"(?:[\w-]+ ){{0,2}}?(?:nomination|re-?election|seat|presidency|office|post)|"
    rf"(?:is |was )?running (?:for re-?election|against|in the (?:\w+ )?(?:race|primary|election))|"
    rf"(?:is |was )?campaigning for (?:the |a )?(?:[\w-]+ ){{0,2}}?"
    rf"(?:nomination|re-?election|presidency|seat)|"
    rf"(?:entered|enters|joined|joins|jumped into|jumps into) the (?:\w+ )?"
    rf"(?:race|primary|contest)|"
    rf"announced (?:his|her) (?:\w+ )?(?:run|bid|candidacy|campaign)|"
    rf"(?:is |was )?challenging (?=⟨|incumbent|Democrat|Republican|Sen\.|Rep\.|Gov\.)|"
    rf"faced (?=⟨|Democrat|Republican|incumbent)|ran against)"
)
# "his race against P", "a rematch against P": P is a rival in the race
_AGAINST = re.compile(
    rf"\b(?:(?:race|campaign|run|bid|challenge|contest|primary|matchup|match-up|rematch) "
    rf"against|(?:race|contest|matchup|match-up|rematch) with) (?:[\w.-]+ ){{0,3}}?{P}"
)
_CLAUSE_END = re.compile(r",|;| (?:before|after|while|when|but|until|since) ")
_REELECT = re.compile(rf"\b(?:re-?elect|re-?election of) (?:President |Sen\. |Rep\. |Gov\. )?{P}")
_LINEUP = re.compile(
    rf"\bcandidates\b[^.⟨]{{0,60}}?\b(?:were|are|include|including|:)\s*"
    rf"(?P<list>(?:{P}(?:,? and |, )?)+)"
)
_OPPONENTS = re.compile(
    r"\b(?:former )?(?:opponents|rivals|challengers) in the (?:\w+ )?primar(?:y|ies)[,:]? "
    r"(?P<list>[^.]{0,160})"
)
_PAST_ROLE = re.compile(r"\b(?:former|one-time|onetime|two-time|three-time|then-|past|"
                        r"failed|unsuccessful|(?:19|20)\d\d)\b")
_NEGATION = re.compile(r"\b(?:not|never|won't|wouldn't|declined|ruled out|expected to run|"
                       r"considering|may run|might run)\b")


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _other_year(st: Statement, words: str) -> bool:
    """The words name a year, none of them the year of the statement's election: "a two-way
    race with ⟨1⟩ in 2016" in a story about the 2020 race is about another race."""
    election = st.election
    year = (election.date or "")[:4] if election is not None else ""
    named = set(_YEAR.findall(words))
    return bool(named) and bool(year) and year not in named


def _people_in(text: str) -> list[str]:
    return re.findall(P, text)


def _candidacies(ctx: ArticleContext, st: Statement) -> list[tuple[str, float]]:
    return [(person, conf) for person, conf, _ in tagged_candidacies(st)]


def tagged_candidacies(st: Statement) -> list[tuple[str, float, str]]:
    """Each candidate the statement names (a person placeholder index), with the rule's
    confidence and the name of the pattern that found them (for measuring each pattern)."""
    text = st.masked
    found: list[tuple[str, float, str]] = []
    for m in _BETWEEN.finditer(text):
        if "proxy" in m.group(0):
            continue
        pair = re.search(rf"{P}[^⟨]*? and (?:[\w-]+ ){{0,3}}?{P}", m.group("rest"))
        if pair:
            found += [(pair.group(1), 0.92, "between"), (pair.group(2), 0.92, "between")]
    for m in LEADS.finditer(text):
        if not _NEGATION.search(m.group(0)):
            found += [(m.group(1), 0.8, "leads"), (m.group(2), 0.8, "leads")]
    for m in _HEAD_TO_HEAD.finditer(text):
        if st.own_election is not None:
            found += [(p, 0.9, "head_to_head") for p in m.groups() if p]
    # a role or an action names a candidacy only where the statement names its election
    weak = (st.own_election is not None or st.unit.section in ("headline", "topic")
            or looks_electoral(text))
    if weak:
        found += [(m.group(1), 0.8, "leads_field") for m in _LEADS_FIELD.finditer(text)]
    for m in _ROLE_BEFORE.finditer(text):
        if _other_race(st, text[max(0, m.start() - 30) : m.start() + 12]):
            continue  # "GOP presidential candidate X" in a sentence about a Senate race
        if weak and not _PAST_ROLE.search(text[max(0, m.start() - 25) : m.end()]):
            found += [(p, 0.85, "role_before") for p in m.groups() if p]
    for m in _ROLE_AFTER.finditer(text):
        if weak and not _NEGATION.search(m.group(0)) and not _PAST_ROLE.search(m.group(0)):
            found.append((m.group(1), 0.85, "role_after"))
    for m in _ACTION.finditer(text):
        if not weak or _NEGATION.search(m.group(0)):
            continue
        found.append((m.group(1), 0.8, "action"))
        # the rival an action names ("will face ⟨1⟩"), within the same clause: not whoever
        # comes next ("ran for governor twice, and lost, before ⟨1⟩ captured a seat")
        rest = _CLAUSE_END.split(m.group("rest"), maxsplit=1)[0]
        found += [(p, 0.8, "action_rest") for p in _people_in(rest)[:1]]
    for m in _SEEKING.finditer(text):
        if weak and not _NEGATION.search(text[max(0, m.start() - 20) : m.end()]):
            found.append((m.group(1), 0.8, "seeking"))
    for m in _AGAINST.finditer(text):
        around = text[max(0, m.start() - 40) : m.end() + 30]
        if weak and not _NEGATION.search(around) and not _other_year(st, around):
            found.append((m.group(1), 0.8, "against"))
    for m in _REELECT.finditer(text):
        found.append((m.group(1), 0.85, "reelect"))
    for m in _OPPONENTS.finditer(text):
        found += [(p, 0.85, "opponents") for p in _people_in(m.group("list"))]
    for m in _LINEUP.finditer(text):
        found += [(p, 0.88, "lineup") for p in _people_in(m.group("list"))]
    return found


_RACE_KIND = {
    "senate": re.compile(r"\bSenate (?:race|seat|candidate|nominee|primary|contest|election)\b"),
    "house": re.compile(r"\b(?:House|congressional) (?:race|seat|candidate|nominee|primary|"
                        r"contest|election)\b"),
    "governor": re.compile(r"\b(?:gubernatorial|governor's race|(?:race|run|running|candidate|"
                           r"bid) for (?:[A-Z]\w+ )?governor)\b"),
    "president": re.compile(r"\bpresidential\b|\bWhite House\b"),
    "mayor": re.compile(r"\bmayoral\b|\bmayor's race\b"),
}


def _other_race(st: Statement, words: str) -> bool:
    """The words qualify a role by another kind of race than the statement's election."""
    if st.election is None:
        return False
    kind = "president" if st.election.kind.startswith("president") else st.election.kind
    if kind == "nomination":
        kind = "president"
    return any(other != kind and pattern.search(words) for other, pattern in _RACE_KIND.items())


def election_for(st: Statement) -> ElectionRef | None:
    """The statement's election, unless it names a race of another kind than the article's
    election it would otherwise inherit ("The Senate race between …" in a presidential story)."""
    e = st.election
    if e is None or st.own_election is not None:
        return e
    kind = "president" if e.kind.startswith("president") else e.kind
    for other, pattern in _RACE_KIND.items():
        if other != kind and pattern.search(st.unit.text):
            return None
    return e


def extract(ctx: ArticleContext) -> list[Fact]:
    out: list[Fact] = []
    for st in ctx.statements:
        election = election_for(st)
        if election is None:
            continue
        for person, conf in _candidacies(ctx, st):
            e = election
            out.append(ctx.fact("candidacy", ctx.person(person), e.entity(), [st],
                                conf if st.own_election else conf - 0.15, EXTRACTOR))
    return out


def candidacy_fact(ctx: ArticleContext, person: str, election: ElectionRef,
                   sts: list[Statement], conf: float, extractor: str) -> Fact:
    """A candidacy implied by another fact (a result, a poll)."""
    return ctx.fact("candidacy", ctx.person(person), replace(election).entity(), sts, conf,
                    extractor)
