"""won / lost with vote share: "A defeated B by a 57%-42.8% margin", "A wins … with 75%".

In a two-way race whose winner is stated, the other candidate lost. District-level
presidential results ("Trump won the district") are not results of that district's election.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract import dates
from kg.extract.candidacy import candidacy_fact
from kg.extract.elections import ElectionRef
from kg.extract.lexicons import STATE_BY_NAME
from kg.extract.statements import ArticleContext, P, Statement
from kg.model import Fact

EXTRACTOR = "kg.extract.results.v1"
_PCT = r"(\d{1,2}(?:\.\d)?) ?(?:%|percent(?!age))"
_APPOS = r"(?:,[^,]{1,90},| of the ⟪\d+⟫(?: \(⟪\d+⟫\))?)?"
_WIN = re.compile(
    rf"(?<!by ){P}{_APPOS} (?:(?:has |had |narrowly |convincingly |easily |ultimately |eventually |finally |handily |comfortably )?(?:won|wins|win)\b(?!['’])(?! (?:the |"  # noqa: E501
    rf"this )?(?:traditionally \w+ )?(?:district|state|county|counties|popular vote|[\w-]+ vote)|"
    rf" (?:all |both |the )?(?:\w+ )?(?:states|counties|districts|delegates)\b|"
    rf" (?:\w+ )?(?:women|men|voters|independents|seniors|whites|blacks|Latinos|Hispanics|"
    rf"millennials|suburbs|suburban)\b|"
    rf" by less| by \d| narrowly in)|"
    rf"(?:is|was) (?:declared|projected|named|randomly chosen as) (?:as )?(?:the |a )?(?:[\d.]+%-[\d.]+% )?"  # noqa: E501
    rf"(?:projected )?winner|(?:is|was) the (?:projected |apparent )?winner|"
    rf"(?:is|was) projected to win|claim(?:s|ed)? victory|becomes the president-elect|"
    rf"became the president-elect|(?:is|was) elected|(?:is|was) re-?elected)"
)
_DEFEAT = re.compile(
    rf"(?<!by ){P}{_APPOS} (?:(?:was |is )?projected to )?(?:defeat(?:s|ed|ing)?|beat(?:s)?|bested|"
    rf"edged(?: out)?|ousted|unseated|trounced|routed)(?: (?:\w+ ){{0,2}}?)?\s?{P}"
    rf"(?P<rest>[^.]{{0,40}})"
)
_AFTER_DEFEATING = re.compile(
    rf"(?<!by ){P}[^⟨.]{{0,120}}?\b(?:after|by) defeating (?:[\w-]+ ){{0,3}}?{P}|"
    rf"(?<!by ){P}[^⟨.]{{0,40}}?\b(?:wins?|won|winning|is elected|was elected|is re-?elected|"
    rf"was re-?elected)\b.{{0,120}}?, (?:defeating|beating|ousting|edging(?: out)?) "
    rf"(?:[\w.-]+ |⟪\d+⟫ ){{0,4}}?{P}"
)
_CONCEDED = re.compile(
    rf"(?<!by ){P} (?:conceded|concedes|lost|loses) (?:the (?:[\w-]+ ){{0,3}}?(?:race|election|"
    rf"primary|run-?off|contest) )?to (?:[\w-]+ ){{0,2}}?{P}"
)
_WINNER_OVER = re.compile(rf"{P}[^⟨.]{{0,60}}\bwinner over (?:\w+ ){{0,2}}?{P}")
_WINNING = re.compile(rf"{P} winning (?:in )?the (?:\w+ ){{0,2}}(?:election|race|primary|"
                      rf"primaries|caucus(?:es)?|runoff|vote)|{P} winning(?=,| but\b)")
_CHOSEN = re.compile(
    rf"{P} being (?:randomly )?(?:chosen|declared|named) (?:as )?the winner|"
    rf"\b(?:certif(?:y|ying|ies|ied)|declar(?:e|es|ed|ing)|nam(?:e|es|ed|ing)) {P}"
    rf"(?:,[^,⟨.]{{1,40}},)? (?:as )?the (?:official |rightful )?winner\b"
)
_PLACE = re.compile(rf"{P} (?:following|finishing|coming|came|finished) in (?:second|third|fourth|fifth|last) place")  # noqa: E501
# "wins … with Ron Paul in second and Jon Huntsman in third": placed behind the winner
_PLACED = re.compile(
    rf"(?:\bwith|,|\band) {P},? (?:[\w-]+ ){{0,2}}?(?:finishing |coming |placing )?in "
    rf"(?:second|third|fourth|fifth|sixth|last|2nd|3rd|4th|5th)(?: place)?\b(?! in the polls?)"
)
_CONCEDES = re.compile(
    rf"(?<!by ){P}{_APPOS}[^⟨.]{{0,60}}?\b(?:concedes|conceded|conceding) (?:defeat|the "
    rf"(?:[\w-]+ ){{0,3}}?(?:race|election|primary|run-?off|contest))\b"
)
_MARGIN = re.compile(
    r"(\d{1,2}(?:\.\d+)?)%[-–](\d{1,2}(?:\.\d+)?)%|"
    r"(?:\bby |(?<=⟩) )(\d{1,2}(?:\.\d+)?) ?(?:%|percent) to (\d{1,2}(?:\.\d+)?) ?"
    r"(?:%|percent)"
)
_SHARE_AFTER = re.compile(
    rf"{P}[^⟨.]{{0,60}}?\b(?:with|by|received|got|took|garnered|winning|won) "
    rf"(?:about |around |just over |over |more than |less than |nearly |almost |roughly |some )?"
    rf"{_PCT}"
)
_SHARE_POSSESSIVE = re.compile(rf"{P}(?:'s|’s) (?:about |around |just over |over |nearly )?{_PCT}")
_IN_STATE = re.compile(
    r" (?:(?:as the winner )?in )?(?:the (?:U\.S\. )?state of )?(?:"
    + "|".join(STATE_BY_NAME) + r")\b"
)
_NOT_A_RACE = re.compile(
    r" (?:a|an|the|that|this|his|her|their) (?!(?:[\w-]+ ){0,3}(?:election|race|primary|seat|"
    r"term|majority|run-?off|nomination|victory|landslide|vote|caucus|contest|presidency|"
    r"mayoralty|governorship|re-?election|[Pp]resident|[Gg]overnor|[Mm]ayor|[Ss]enator|"
    r"[Pp]rime [Mm]inister|[Cc]hancellor)\b)"
)
# the share after "defeating X with 66%" is the winner's, not X's
_BEATEN = re.compile(r"\b(?:defeating|defeated|defeats|beat|beating|beats|over|against) "
                     r"(?:[\w.-]+ ){0,4}$")
_PLACE_WON = re.compile(
    r"\b(?:state|states|district|county|counties|city|precinct)s? (?:that |which )?"
    r"(?:Mr\. |Mrs\. |Ms\. |President |Sen\. )?$"
)
_AGENT = re.compile(r"\bby (?:[\w.]+ ){0,3}$")
_FIRST_ROUND = re.compile(r"\bfirst round\b(?![^.]*\beliminat)")
_WHEN_WON = re.compile(rf"(?<!by ){P}[^⟨.]{{0,60}}?\bwhen (?:she|he) won\b")
_SPECULATIVE = re.compile(
    r"\b(?:expects? to|would|could|may|might|if|whether|hopes? to|predict\w*|likely to|"
    r"remains to be seen|seen who won|intend|will)\b", re.I
)


def _previous_holder(ctx: ArticleContext, person: str) -> bool:
    """The person held the seat before this election (replaced, vacated, resigned)."""
    pat = re.compile(
        rf"(?:replace|vacated by|left open by|remainder of (?:Rep\. |Sen\. )?|succeed)(?:[^⟨.]{{0,20}})"  # noqa: E501
        rf"⟨{person}⟩|⟨{person}⟩,? (?:who |has |had )?(?:resigned|vacated|stepped down|"
        rf"steps down)"
    )
    return any(pat.search(st.masked) for st in ctx.statements)


def _election(ctx: ArticleContext, st: Statement, person: str) -> ElectionRef | None:
    e = st.election
    if e is None:
        return None
    years = dates.years(st.unit.text)
    if years and e.date and int(e.date[:4]) not in years and st.own_election is None:
        return None  # "… won in 2004": another race than the article's
    if e.kind.startswith("president") and not st.scoped:
        return None  # a presidential result needs its race named nearby
    ref = dates.parse_iso(st.unit.date or ctx.article.date)
    if (e.kind == "president" and ref is not None and not dates.years(st.unit.text)
            and (e.date or "9999") > ref.isoformat() and e.stage == "general"):
        # a result is in the past: the last presidential election, not the next one; in an
        # election year before November it is some other contest the statement leaves unsaid
        if ref.year % 4 == 0:
            return None
        year = ref.year - ref.year % 4
        e = replace(e, date=dates.general_election_day(year))
    if (st.own_election is None or not dates.years(st.unit.text)) and _previous_holder(
        ctx, person
    ):
        # the former holder's win was the seat's last regular election
        ref = dates.parse_iso(ctx.article.date)
        if ref is not None and e.division and "/cd:" in e.division:
            year = ref.year - 1 if ref.year % 2 else ref.year - 2
            e = replace(e, date=dates.general_election_day(year), stage="general",
                        special=False)
    return e


def _share(ctx: ArticleContext, person: str, source: Statement,
           election: ElectionRef) -> float | None:
    """The person's vote share: in the statement of the result, else in another statement
    about the same race."""
    others = [st for st in ctx.statements if st is not source and st.election is not None
              and _same(st.election, election)]
    for st in [source, *others]:
        if st.unit.section == "change-old":
            continue
        for pat in (_SHARE_AFTER, _SHARE_POSSESSIVE):
            for m in pat.finditer(st.masked):
                if (m.group(1) == person and "poll" not in st.masked[: m.start()].lower()[-80:]
                        and not _BEATEN.search(st.masked[: m.start()])):
                    return float(m.group(2))
    return None


def extract(ctx: ArticleContext) -> list[Fact]:
    out: list[Fact] = []
    winners: dict[tuple[str, ElectionRef], tuple[Statement, float | None]] = {}
    losers: dict[tuple[str, ElectionRef], tuple[Statement, float | None]] = {}
    for st in ctx.statements:
        if st.unit.section == "change-old" or _FIRST_ROUND.search(st.masked):
            continue
        text = st.masked
        margin = _MARGIN.search(text)
        won_val = float(margin.group(1) or margin.group(3)) if margin else None
        lost_val = float(margin.group(2) or margin.group(4)) if margin else None

        def win(p: str, *, val: float | None = None, st: Statement = st) -> None:
            e = _election(ctx, st, p)
            if e is not None and (p, e) not in winners:
                winners[(p, e)] = (st, val)

        def lose(p: str, *, val: float | None = None, st: Statement = st) -> None:
            e = _election(ctx, st, p)
            if e is not None and (p, e) not in losers:
                losers[(p, e)] = (st, val)

        for m in _WIN.finditer(text):
            if _SPECULATIVE.search(text[max(0, m.start() - 30) : m.end()]) or _AGENT.search(
                text[max(0, m.start() - 30) : m.start()]
            ) or _IN_STATE.match(text, m.end()) or _NOT_A_RACE.match(text, m.end()) or (
                _PLACE_WON.search(text[max(0, m.start() - 20) : m.start()])
            ) or (
                text[max(0, m.start() - 12) : m.start()].endswith(("campaign of ", "campaign "))
            ):
                continue
            win(m.group(1), val=won_val)
            rest = text[m.end() : m.end() + 120]
            over = re.match(rf"[^⟨.]{{0,60}}\b(?:over|against) (?:[\w.-]+ ){{0,4}}?{P}", rest)
            if over:
                lose(over.group(1), val=lost_val)
        for m in _DEFEAT.finditer(text):
            if re.search(r"\b(?:would|could|may|might|if|hopes? to)\b", m.group(0)):
                continue
            win(m.group(1), val=won_val)
            lose(m.group(2), val=lost_val)
        for m in _AFTER_DEFEATING.finditer(text):
            w, lo = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            win(w, val=won_val)
            lose(lo, val=lost_val)
        for m in _CONCEDED.finditer(text):
            if not _SPECULATIVE.search(text[max(0, m.start() - 30) : m.end()]):
                win(m.group(2))
                lose(m.group(1))
        for m in _WINNER_OVER.finditer(text):
            win(m.group(1), val=won_val)
            lose(m.group(2), val=lost_val)
        for pat in (_WINNING, _CHOSEN):
            for m in pat.finditer(text):
                win(next(g for g in m.groups() if g))
        for m in _WHEN_WON.finditer(text):
            win(m.group(1))
        for m in _PLACE.finditer(text):
            lose(m.group(1))
        if not re.search(r"\bpoll", text, re.I):
            for m in _PLACED.finditer(text):
                lose(m.group(1))
        for m in _CONCEDES.finditer(text):
            if not _SPECULATIVE.search(text[max(0, m.start() - 30) : m.end()]):
                lose(m.group(1))
    _two_way_losers(ctx, winners, losers)
    for table, relation in ((winners, "won"), (losers, "lost")):
        for (person, election), (st, val) in table.items():
            if val is None:
                val = _share(ctx, person, st, election)
            # a result whose race the statement itself names is surer than one in the
            # article's race by default
            conf = 0.9 if st.own_election is not None and st.own_election.division else 0.8
            out.append(ctx.fact(relation, ctx.person(person), election.entity(), [st], conf,
                                EXTRACTOR, value=val))
            out.append(candidacy_fact(ctx, person, election, [st], conf, EXTRACTOR))
    return out


def _two_way_losers(
    ctx: ArticleContext,
    winners: dict[tuple[str, ElectionRef], tuple[Statement, float | None]],
    losers: dict[tuple[str, ElectionRef], tuple[Statement, float | None]],
) -> None:
    """The other candidate of a two-way race ("between A and B") lost."""
    from kg.extract.candidacy import _BETWEEN

    for st in ctx.statements:
        for m in _BETWEEN.finditer(st.masked):
            both = re.search(rf"{P}[^⟨]*? and (?:[\w-]+ ){{0,3}}?{P}", m.group("rest"))
            if both is None or st.election is None or "proxy" in m.group(0):
                continue
            pair = [both.group(1), both.group(2)]
            for (w, e), _ in list(winners.items()):
                if w in pair and _same(e, st.election):
                    other = pair[1 - pair.index(w)]
                    won_too = any(p == other and _same(x, e) for p, x in winners)
                    if (other, e) not in losers and not won_too:
                        losers[(other, e)] = (st, None)


def _same(a: ElectionRef, b: ElectionRef) -> bool:
    return a.division == b.division and (a.date or "")[:4] == (b.date or "")[:4]
