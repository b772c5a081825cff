"""won / lost with vote share: "A defeated B by a 57%-42.8% margin", "A wins … with 75%".

In a two-way race whose winner is stated, the other candidate lost. District-level
presidential results ("Trump won the district") are not results of that district's election.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from kg.extract import dates, races
from kg.extract.candidacy import candidacy_fact
from kg.extract.elections import COUNTRIES, ElectionRef, state_division, state_of_division
from kg.extract.lexicons import (
    NOMINATION_VERBS,
    RESULT_VERBS,
    STATE_ALT,
    STATE_BY_NAME,
    STATES,
    alternation,
)
from kg.extract.office_labels import PRESIDENT, SENATOR, office_label
from kg.extract.statements import ORG, US, ArticleContext, P, Statement
from kg.model import Fact

EXTRACTOR = "kg.extract.results.v1"
_PCT = r"(\d{1,2}(?:\.\d)?) ?(?:%|percent(?!age))"
# "A, a Democrat, won", "A of the DPP won", "A, who (also) won": what stands between a name
# and its verb of result
_APPOS = (r"(?:,[^,]{1,90},| of the ⟪\d+⟫(?: \(⟪\d+⟫\))?|"
          r", who(?: also| then| later| eventually)?)?")
_WIN = re.compile(
    rf"(?<!by ){P}{_APPOS} (?:(?:has |had |narrowly |convincingly |easily |ultimately |eventually |finally |handily |comfortably )?(?:won|wins|win)\b(?!['’])(?! (?:the |"  # noqa: E501
    rf"this )?(?:traditionally \w+ )?(?:district|state|county|counties|popular vote|[\w-]+ vote)|"
    rf" (?:all |both |the |only |just )?(?:[\w-]+ ){{0,2}}(?:states|counties|districts|delegates|"
    rf"them)\b|"
    rf" (?:\w+ )?(?:women|men|voters|independents|seniors|whites|blacks|Latinos|Hispanics|"
    rf"millennials|suburbs|suburban)\b|"
    rf" by less| by \d| narrowly in)|"
    rf"(?:is|was) (?:declared|projected|named|randomly chosen as) (?:as )?(?:the |a )?(?:[\d.]+%-[\d.]+% )?"  # noqa: E501
    rf"(?:projected )?winner|(?:is|was) the (?:projected |apparent )?winner|"
    rf"(?:is|was) projected to win|claim(?:s|ed|ing)? victory(?! for)|becomes the president-elect|"
    rf"became the president-elect|(?:is|was) elected|(?:is|was) re-?elected)"
)
# "won over Sanders supporters": people persuaded, not a candidate beaten
_FOLLOWERS = re.compile(r"(?:'s|’s)? (?:supporters|voters|backers|fans|loyalists|base|camp)\b")
_NOMINATION_NEXT = re.compile(r" (?:the |a |an |his |her |their )?(?:[\w'’.-]+ ){0,3}?nomination\b")
# "narrowly defeated", "soundly beat": how a result was won
_HOW = r"(?:narrowly|soundly|easily|handily|comfortably|decisively|convincingly|resoundingly|"\
       r"overwhelmingly|badly|roundly|ultimately|eventually|also|then|later)"
# "A defeated / walloped / edged out B"
_DEFEAT_VERB = alternation(RESULT_VERBS["finite"])
# "…, defeating / holding off B"
_DEFEATING = alternation(RESULT_VERBS["gerund"])
_DEFEAT = re.compile(
    rf"(?<!by ){P}{_APPOS} (?:(?:was |is )?projected to )?(?:{_HOW} )?"
    rf"(?:{_DEFEAT_VERB}|{_DEFEATING})\b"
    rf"(?: (?:\w+ ){{0,2}}?(?:(?:Rep|Sen|Gov|Rev|Dr|Mr|Mrs|Ms)\. )?)?\s?{P}(?P<rest>[^.]{{0,40}})"
)
# "A clinched the Republican nomination", "eventual nominee A", "A became the party's nominee"
_NOMINATED = re.compile(
    rf"(?<!by ){P}{_APPOS}[^⟨.;]{{0,20}}? (?:{alternation(NOMINATION_VERBS)}) "
    rf"(?:the |a |an |his |her |their )?(?:[\w'’.-]+ ){{0,3}}?nomination\b|"
    rf"\beventual (?:[\w-]+ ){{0,2}}?nominee,? {P}|"
    rf"{P}{_APPOS} (?:became|becomes|is|was|will be) the (?:[\w'’.-]+ ){{0,3}}?nominee\b"
)
# "A, fresh off his speech Thursday night accepting the Democratic presidential nomination":
# the nomination accepted was won
_ACCEPTED = re.compile(
    rf"(?<!by ){P}{_APPOS}[^⟨.;]{{0,60}}?\baccept(?:ed|s|ing) (?:the |his |her |their )?"
    rf"(?!vice)(?:[\w'’.-]+ ){{0,3}}?nomination\b"
)
_AFTER_DEFEATING = re.compile(
    rf"(?<!by ){P}[^⟨.]{{0,120}}?\b(?:after|by) (?:{_DEFEATING}) (?:[\w-]+ ){{0,3}}?{P}|"
    rf"(?<!by ){P}[^⟨.]{{0,40}}?\b(?:wins?|won|winning|is elected|was elected|is re-?elected|"
    rf"was re-?elected)\b.{{0,120}}?, (?:{_DEFEATING}) "
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
_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|last)"
# "came in a very close third", "placed (a distant) second to B", "a fourth-place finish",
# "second-place Joseph Estrada": a placing behind the winner is a loss
_PLACING = re.compile(
    rf"{P}{_APPOS}[^⟨.;]{{0,40}}?\b(?:finish(?:ed|es|ing)?|came|comes|coming|placed|placing|"
    rf"ended up) (?:in )?(?:an? |\([^)]{{1,20}}\) )?(?:(?:distant|close|very close|strong|"
    rf"disappointing|respectable|solid|poor) )?{_ORDINAL}\b(?:[- ]place\b)?"
    rf"(?: (?:place )?to {P})?|"
    rf"{P}(?:'s|’s)?[^⟨.;]{{0,40}}?\b{_ORDINAL}[- ]place finish\b|"
    rf"\b{_ORDINAL}[- ]place (?:finisher )?{P}"
)
# a placing is a result only in a statement about a vote
_VOTE_WORDS = re.compile(
    r"\b(?:primary|caucus(?:es)?|election|run-?off|contest|ballot|vote|votes)\b")
_NOT_VOTES = re.compile(r" (?:in|for) (?:the )?(?:fundraising|money|donations|polls?|polling|"
                        r"delegates|the race for money)\b")
# "A lost to B", "A, the Republican who lost to B", "A loses her bid for a fourth term … to B"
_LOST_TO = re.compile(
    rf"(?<!by ){P}(?:{_APPOS}|,[^,⟨.]{{1,60}}\bwho)(?: (?:narrowly|badly|ultimately|eventually|"
    rf"also|actually))? (?:lost|loses|losing)\b(?P<rest>[^⟨.;]{{0,90}})"
)
_LOST_WHAT = re.compile(
    r"^(?: (?:the|a|an|his|her|their) (?:[\w-]+ ){0,4}?(?:race|election|primary|run-?off|"
    r"contest|bid|seat|nomination|re-?election|campaign|caucus(?:es)?)\b| (?:re-?election|"
    r"decisively|narrowly|badly|handily)\b| to\b| in (?:a |the )?(?:[\w-]+ ){0,3}?(?:race|"
    r"election|primary|run-?off|contest|landslide|\d{4})\b| by (?:a |an |less than |more than |"
    r"just |only )?(?:[\w-]+ ){0,3}?(?:margin|points?|votes|percent|percentage points?)\b)"
)
# "A was defeated by B", "A was ousted in a primary by B"
_DEFEATED_BY = re.compile(
    rf"(?<!by ){P}{_APPOS} (?:was|were|is|got|had been) (?:narrowly |soundly |handily |easily )?"
    rf"(?:defeated|beaten|ousted|unseated|routed|trounced)\b(?P<rest>[^⟨.;]{{0,60}})"
)
_BY_WINNER = re.compile(rf"^[^⟨]{{0,40}}?\bby (?:[\w.-]+ ){{0,4}}?{P}")
# "A's narrow victory in Iowa", "Trump's presidential victory", "Moore's Senate loss"
_POSSESSIVE_RESULT = re.compile(
    rf"{P}(?:'s|’s) (?P<mods>(?:[\w-]+ ){{0,3}}?)(?P<noun>victory|win|landslide|triumph|"
    rf"loss|defeat)\b(?! (?:of|for)\b)"
)
# "A … after his narrow win in Iowa's caucuses": the nearest name before owns the result (not
# "his campaign declared victory": no verb among the words before the noun)
_PRONOUN_RESULT = re.compile(
    rf"{P}[^⟨.;]{{0,150}}?\b(?:his|her) (?P<mods>(?:(?![\w-]+ed )[\w-]+ ){{0,2}}?)"
    rf"(?P<noun>victory|win|landslide|triumph|loss|defeat)\b(?! (?:of|for|over|against)\b)"
)
# "Garcia's victory marks a shift from 2016, when …": the year named is another race's
_CONTRAST = re.compile(
    r"\b(?:from|since|than|unlike|compared (?:with|to))\b[^.⟨]{0,30}\b(?:19|20)\d\d\b")
_VICTORY_OVER = re.compile(
    rf"{P}[^⟨.;]{{0,60}}?\b(?:victory|win|triumph|landslide) (?:over|against) "
    rf"(?:[\w.-]+ ){{0,4}}?{P}|"
    # "Bush's 1988 defeat of Democrat Dukakis": the possessor won
    rf"{P}(?:'s|’s) (?:(?:\d{{4}}|narrow|stunning|decisive|resounding|upset|surprise) )?"
    rf"defeat of (?:[\w.-]+ ){{0,3}}?{P}"
)
# "…, defeating incumbent Sens. A, B and C": losers of a result whose winner is no person
_DEFEATING_CLAUSE = re.compile(
    rf", (?:{_HOW} )?(?:{_DEFEATING}) (?:[\w-]+ ){{0,3}}?(?:(?:Reps?|Sens?|Gov)\. )?{P}"
)
# "A first proved a serious force in the 1976 primaries (losing to B, but barely)": the
# nearest name before the clause lost to the one after it
_LOSING_TO = re.compile(
    rf"{P}[^⟨.;]{{0,100}}?(?:\(|, )(?:narrowly |badly |ultimately |eventually )?losing "
    rf"(?:the (?:[\w-]+ ){{0,3}}?(?:race|election|primary|nomination|contest|run-?off) )?"
    rf"to (?:[\w.-]+ ){{0,3}}?{P}"
)
# "… through which he defeated B": the one beaten, whoever "he" is
_PRONOUN_DEFEAT = re.compile(
    rf"\b(?:he|she) (?:{_HOW} )?(?:{_DEFEAT_VERB}) (?:[\w-]+ ){{0,2}}?"
    rf"(?:(?:Reps?|Sens?|Gov|President|Mr|Mrs|Ms)\. )?{P}"
)
# "A became the first woman to win a governor's race": a record set by winning
_FIRST_TO_WIN = re.compile(
    rf"{P}{_APPOS} (?:became|becomes|is|was|would become) the first [^⟨.;]{{0,60}}? to "
    rf"(?:win|be elected)\b"
)
# "the first Democrat to win the state since 1976": a place carried, not a race won
_PLACE_NEXT = re.compile(r" (?:the |this |that )?(?:[\w-]+ ){0,2}?(?:state|district|county|"
                         r"counties|city|popular vote|states)\b")
# "A makes his concession speech … after being defeated by B"
_AFTER_DEFEATED = re.compile(
    rf"(?<!by ){P}(?:[^⟨.;]|\.(?= \d)){{0,120}}?\bafter (?:being|having been) "
    rf"(?:narrowly |soundly |handily )?"
    rf"(?:defeated|beaten|ousted|unseated) by (?:[\w.-]+ ){{0,4}}?{P}"
)
# "with Hillary Clinton winning against Bernie Sanders", "Grybauskaite winning re-election"
_WINNING_MORE = re.compile(
    rf"{P} winning (?:re-?election|another term|a (?:[\w-]+ )?term|against (?:[\w.-]+ ){{0,4}}?"
    rf"{P})"
)
# "failed Senate candidates A and B", "defeated candidate A", "A's failed 2012 bid",
# "A, who mounted an unsuccessful bid", "A fell short in a congressional primary"
_FAILED = re.compile(
    rf"\b(?:failed|defeated|losing|unsuccessful) (?:[\w-]+ ){{0,2}}?(?:candidates?|nominees?|"
    rf"challengers?) (?:[\w.-]+ ){{0,3}}?{P}(?:[^⟨.;]{{0,30}}? and (?:[\w.-]+ ){{0,3}}?{P})?|"
    rf"{P}(?:'s|’s) (?:failed|unsuccessful|losing) (?:\d{{4}} )?(?:[\w-]+ ){{0,2}}?(?:bid|run|"
    rf"campaign|candidacy)\b|"
    rf"{P}{_APPOS}[^⟨.;]{{0,30}}?\b(?:mounted|made|waged|staged|ran) an? (?:[\w-]+ )?"
    rf"(?:unsuccessful|failed|losing) (?:[\w-]+ )?(?:bid|run|campaign|challenge)\b|"
    rf"{P}{_APPOS} (?:fell|falls) short (?:in|of winning)\b"
)
# "Arizona voters re-elected McCain"
_VOTERS_ELECTED = re.compile(
    rf"\b(?:voters|[Vv]oters in [A-Z]\w+(?: [A-Z]\w+)?) (?:re-?elected|elected) {P}"
)
# "pitting A against B", "A versus B": a two-way race, like "between A and B"
_PITTING = re.compile(rf"\bpitting (?:[\w.-]+ ){{0,3}}?{P} against (?:[\w.-]+ ){{0,3}}?{P}")
# "wins … with Ron Paul in second and Jon Huntsman in third": placed behind the winner
_PLACED = re.compile(
    rf"(?:\bwith|,|\band) {P},? (?:[\w-]+ ){{0,2}}?(?:finishing |coming |placing )?in "
    rf"(?:second|third|fourth|fifth|sixth|last|2nd|3rd|4th|5th)(?: place)?\b(?! in the polls?)"
)
_CONCEDES = re.compile(
    rf"(?<!by ){P}{_APPOS}[^⟨.]{{0,60}}?\b(?:concedes|conceded|conceding) (?:defeat|(?:the )?"
    rf"(?:[\w-]+ ){{0,3}}?(?:race|election|primary|run-?off|contest))\b"
)
_MARGIN = re.compile(
    r"(\d{1,2}(?:\.\d+)?)%[-–](\d{1,2}(?:\.\d+)?)%|"
    r"(?:\bby |(?<=⟩),? )(\d{1,2}(?:\.\d+)?) ?(?:%|percent) to (\d{1,2}(?:\.\d+)?) ?"
    r"(?:%|percent)"
)
_SHARE_AFTER = re.compile(
    rf"{P}[^⟨.]{{0,100}}?\b(?:with|by|received|got|took|garnered|winning|won|taking|"
    rf"capturing|garnering|receiving|getting|securing) "
    rf"(?:about |around |just over |over |more than |less than |nearly |almost |roughly |some )?"
    rf"{_PCT}"
)
_SHARE_POSSESSIVE = re.compile(rf"{P}(?:'s|’s) (?:about |around |just over |over |nearly )?{_PCT}")
_IN_STATE = re.compile(
    r" (?:(?:as the winner )?in )?(?:the (?:U\.S\. )?state of )?(?:"
    + "|".join(STATE_BY_NAME) + r")\b"
)
_NOT_A_RACE = re.compile(
    r" (?:only |just )?(?:a|an|the|that|this|his|her|their) "
    r"(?!(?:[\w-]+ ){0,3}(?:election|race|primary|seat|"
    r"term|majority|run-?off|nomination|victory|landslide|vote|caucus|contest|presidency|"
    r"mayoralty|governorship|re-?election|[Pp]resident|[Gg]overnor|[Mm]ayor|[Ss]enator|"
    r"[Pp]rime [Mm]inister|[Cc]hancellor)\b)"
)
# the share after "defeating X with 66%" is the winner's, not X's
_BEATEN = re.compile(r"\b(?:defeating|defeated|defeats|beat|beating|beats|over|against) "
                     r"(?:[\w.-]+ ){0,4}$")
_PLACE_WON = re.compile(
    r"(?:\b(?:state|states|district|county|counties|city|precinct)s? (?:that |which )?|, which )"
    r"(?:Mr\. |Mrs\. |Ms\. |President |Sen\. )?$"
)
_AGENT = re.compile(r"\bby (?:[\w.]+ ){0,3}$")
_FIRST_ROUND = re.compile(r"\bfirst round\b(?![^.]*\beliminat)")
# "Congresswoman-elect A", "A, the president-elect": chosen in the race the title names
_ELECT = re.compile(
    r"(?<![\w-])(?P<title>(?:[A-Z][\w.-]* ){0,2}[A-Z][\w-]*?)-elect,? "
    r"(?:(?:Dr|Mr|Mrs|Ms)\. )?⟨(?P<p1>\d+)⟩|"
    r"⟨(?P<p2>\d+)⟩, the (?:[\w-]+ ){0,3}?(?P<title2>[\w-]+)-elect\b"
)
# the words of an "-elect" title -> what the election's office or kind must then contain
_ELECT_TITLES = (
    (re.compile(r"(?i)congress(?:wo)?man|representative"), ("Representative", "house")),
    (re.compile(r"(?i)senator"), ("Senator", "senate")),
    (re.compile(r"(?i)governor"), ("Governor", "governor")),
    (re.compile(r"(?i)mayor"), ("Mayor", "mayor")),
    (re.compile(r"(?i)^(?:president|presidential)$"), ("President", "president")),
)


def _elect_fits(title: str | None, e: ElectionRef | None) -> bool:
    """An "-elect" title is the office the statement's election fills (a vice president-elect
    is not the president's race)."""
    if e is None or not title:
        return False
    last = title.split()[-1].split("-")[-1]
    if re.search(r"(?i)vice|deputy|lieutenant", title):
        return False
    for pat, fits in _ELECT_TITLES:
        if pat.search(last):
            return any(f in (e.office or "") or f == e.kind for f in fits)
    return False


_WHEN_WON = re.compile(rf"(?<!by ){P}[^⟨.]{{0,60}}?\bwhen (?:she|he) won\b")
_SPECULATIVE = re.compile(
    r"\b(?:expects? to|would|could|may|might|if|whether|hopes? to|predict\w*|likely to|"
    r"remains to be seen|seen who won|intend|will)\b", re.I
)


# "defeating A, B and C": the others named in a list after the first loser
_LIST_MORE = re.compile(r"((?:,? (?:[\w.-]+ ){0,3}?⟨\d+⟩)*),? and (?:[\w.-]+ ){0,3}?⟨\d+⟩")
# words naming the kind of seat a person's record race is for
_KIND_WORDS = {
    "senate": re.compile(r"\b(?:Senate|[Ss]enators?|Sens?\.)"),
    "house": re.compile(r"\b(?:(?:House|[Cc]ongress(?:ional|man|woman)?|"
                        r"[Rr]epresentatives?)\b|Reps?\.)"),
    "governor": re.compile(r"\b(?:[Gg]overnor(?:ship)?|[Gg]ubernatorial|Gov\.)"),
    "president": re.compile(r"\b(?:[Pp]residen(?:t|cy|tial)|White House)\b"),
}
# how a record knows a race, in the order a winner's (a loser's) result is likely that race
_WON_HOW = ("won_seat", "general", "primary")
_RUNOFF = re.compile(r"\brun-?off\b", re.I)
_LOST_HOW = ("seat_up", "general", "primary")


def _more_named(text: str, at: int) -> list[str]:
    """The people listed after a first one: "defeating A, B and C" gives B and C."""
    m = _LIST_MORE.match(text, at)
    return re.findall(r"⟨(\d+)⟩", m.group(0)) if m else []


def _record_race(ctx: ArticleContext, st: Statement, person: str, won: bool, *,
                 seat_up: bool = True) -> ElectionRef | None:
    """The race the person's reference records (terms of office, candidate tables) place
    them in, in the year the statement names (else the last vote before it was written), when
    the statement names that race's state or kind of seat: a winner's term that began after
    the vote, an incumbent whose term ended then (a loser). Where several fit, the one whose
    kind of seat the statement names, then the likeliest by how the record knows it; none
    where that leaves a tie."""
    known = ctx.people.people[int(person)].known
    ref = dates.parse_iso(st.unit.date or ctx.article.date)
    if ref is None:
        return None
    last = ref.year - ref.year % 2
    if dates.general_election_day(last) > ref.isoformat():
        last -= 2
    years = set(dates.years(st.unit.text)) or {last, ref.year}
    found = races.from_terms(known, years) + races.from_tables(ctx.person(person).label, years)
    winning = {(r.election.division, r.election.date) for r in found if r.how == "won_seat"}
    hows = _WON_HOW if won else _LOST_HOW if seat_up else _LOST_HOW[1:]
    primary = bool(re.search(r"\bprimar(?:y|ies)\b", st.masked))
    ranked: dict[tuple[object, ...], tuple[int, int, ElectionRef]] = {}
    for r in found:
        e = r.election
        if (r.how not in hows or (e.date or "9999") > ref.isoformat()
                or (not won and (e.division, e.date) in winning)
                or (r.how in ("primary", "general") and (r.how == "primary") != primary)):
            continue
        state = STATES.get(state_of_division(e.division) or "")
        words = _KIND_WORDS.get(e.kind or "")
        kind_named = bool(words and words.search(st.masked))
        if e.kind == "president" or not (kind_named or (
                state and re.search(rf"\b{state}\b", st.unit.text))):
            continue  # a president's race is the statement's scope's to give
        if e.stage == "general" and _RUNOFF.search(st.masked):
            e = replace(e, stage="runoff", date=(e.date or "")[:4])
        rank = (0 if kind_named else 1, hows.index(r.how), e)
        key = (e.division, e.date, e.stage)
        if key not in ranked or rank[:2] < ranked[key][:2]:
            ranked[key] = rank
    best = sorted(ranked.values(), key=lambda x: x[:2])
    if not best or (len(best) > 1 and best[0][:2] == best[1][:2]):
        return None
    return best[0][2]


# "over Vermont Sen. A": the state of a member's seat, not of the contest
_HOME_TITLE = r"(?:'s|’s)? (?:(?:Democratic|Republican|GOP|incumbent) )?(?:Sen\.|Senator|Rep\.|"\
              r"Representative|Gov\.|Governor|Congress(?:wo)?man)"


def _home_state_only(text: str, e: ElectionRef) -> bool:
    """The statement names the race's state only in someone's title ("Vermont Sen. A"): the
    race the state gave the statement is no race of that state."""
    state = STATES.get(state_of_division(e.division) or "")
    if not state:
        return False
    named = list(re.finditer(rf"\b{state}\b", text))
    return bool(named) and all(re.match(_HOME_TITLE, text[m.end():]) for m in named)


def _person_race(ctx: ArticleContext, st: Statement, person: str, e: ElectionRef | None, *,
                 won: bool, partner: str | None = None) -> ElectionRef | None:
    """The race of a result: the statement's, unless the person's own record names another
    the statement points to better (no race in scope; a seat of another state; a race of
    another kind the statement's words do not name, picked from the article, not the
    statement). A person without a record takes their rival's race."""
    if e is not None and st.source == "other-state" and _home_state_only(st.unit.text, e):
        e = None
    # a winner's new seat is the surer record; an incumbent's seat that was up is the race
    # they lost only where the statement names no winner (who may have beaten them elsewhere)
    rival = partner if partner is not None and partner != person else None
    if won:
        race = _record_race(ctx, st, person, True) or (
            _record_race(ctx, st, rival, False, seat_up=False) if rival else None)
    else:
        race = (_record_race(ctx, st, rival, True) if rival else None) or _record_race(
            ctx, st, person, False, seat_up=rival is None)
    if race is None:
        return e
    if e is None or _seat_elsewhere(st.masked, person, e):
        return race
    if e.division == race.division and (e.date or "")[:4] == (race.date or "")[:4]:
        return e
    if st.own_election is not None and st.source == "own":
        return e
    own_words = _KIND_WORDS.get(e.kind or "")
    race_state = STATES.get(state_of_division(race.division) or "")
    e_state = STATES.get(state_of_division(e.division) or "")
    race_words = _KIND_WORDS.get(race.kind or "")
    if e.kind != race.kind and not (own_words and own_words.search(st.masked)) and (
            race_words and race_words.search(st.masked)):
        return race
    if (race_state and race_state != e_state and re.search(rf"\b{race_state}\b", st.unit.text)
            and not (e_state and re.search(rf"\b{e_state}\b", st.unit.text))):
        return race
    return e


def _previous_holder(ctx: ArticleContext, person: str) -> bool:
    """The person held the seat before this election (replaced, vacated, resigned)."""
    pat = re.compile(
        rf"(?:replace|vacated by|left open by|remainder of (?:Rep\. |Sen\. )?|succeed)(?:[^⟨.]{{0,20}})"  # noqa: E501
        rf"⟨{person}⟩|⟨{person}⟩,? (?:who |has |had )?(?:resigned|vacated|stepped down|"
        rf"steps down)"
    )
    return any(pat.search(st.masked) for st in ctx.statements)


def _election(ctx: ArticleContext, st: Statement, person: str,
              window: str = "") -> ElectionRef | None:
    e = st.election
    if e is None or not _possible(e, ctx, st):
        return None
    years = dates.years(st.unit.text)
    moved = _in_year_named(e, ctx, st, window)
    if moved is not None:
        e = moved
    elif years and e.date and int(e.date[:4]) not in years and st.own_election is None:
        return None  # "… won in 2004": another race than the article's
    ref = dates.parse_iso(st.unit.date or ctx.article.date)
    if e.kind.startswith("president") and not st.scoped and not _just_decided(e, ref, years):
        return None  # a presidential result needs its race named nearby
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


# "Louisiana Sen. A lost a runoff election", "Hawaii Democratic Gov. A lost his primary race":
# a state's senator or governor whose result the statement gives, in a race it names no more of
_TITLED = re.compile(
    rf"\b(?P<state>{STATE_ALT})(?:'s|’s)? (?:(?:Democratic|Republican|GOP) )?"
    rf"(?P<title>Sen\.|Senator|Gov\.|Governor) ⟨\d+⟩"
)
_OWN_SEAT = re.compile(r"\b(?:race|election|primary|run-?off|seat|re-?election|contest)\b")


# "A wins leadership of the Labor Party against incumbent B", "A wins a leadership ballot in
# the Labor Party, defeating B", "A is elected as the new leader of the Labor Party … 39 votes for
# B": a party's vote for its leader
_LEADERSHIP = re.compile(
    rf"{P}{_APPOS} (?:wins|won|win) (?:the |a )?leadership(?: (?:ballot|vote|election|contest|"
    rf"spill|challenge))? (?:of|in) the {ORG}|"
    rf"{P}{_APPOS} (?:is|was) (?:re-?)?elected (?:as )?(?:the )?(?:new )?leader of the {ORG}"
)
_LEADERSHIP_LOSER = re.compile(
    rf"^[^.⟨]{{0,80}}?\b(?:against|defeating|over|votes for) (?:[\w.-]+ ){{0,4}}?{P}")


def _leaderships(
    ctx: ArticleContext, st: Statement,
    winners: dict[tuple[str, ElectionRef], tuple[Statement, float | None]],
    losers: dict[tuple[str, ElectionRef], tuple[Statement, float | None]],
) -> None:
    """Party leadership contests: won by the new leader, lost by the one it names beaten. The
    contest is the party's (its country from the party's name or the statement), in the year
    of the statement."""
    for m in _LEADERSHIP.finditer(st.masked):
        if not _said(st.masked, m):
            continue
        person, org = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        party = re.sub(r"^(?:Federal|National|federal|national) ", "", ctx.org(org))
        found = [c for c in COUNTRIES if re.search(rf"\b{re.escape(c)}\b", party)] or [
            c for c in COUNTRIES if re.search(rf"\b{re.escape(c)}\b", st.unit.text)]
        countries = {COUNTRIES[c][0] for c in found}
        ref = dates.parse_iso(st.unit.date or ctx.article.date)
        if len(countries) != 1 or ref is None:
            continue
        race = ElectionRef(f"ocd-division/country:{countries.pop()}",
                           office_label("Leader", f"the {party}"), "general", str(ref.year),
                           False, "party")
        winners.setdefault((person, race), (st, None))
        beaten = _LEADERSHIP_LOSER.match(st.masked[m.end():])
        if beaten and beaten.group(1) != person:
            losers.setdefault((beaten.group(1), race), (st, None))


# "Nevada's incumbent Sen. A": a state's senator or governor, whoever they are
_STATE_OFFICER = re.compile(
    rf"\b(?P<state>{STATE_ALT})(?:'s|’s)? (?:(?:incumbent|Democratic|Republican|GOP) )*"
    rf"(?P<title>Sen\.|Senator|Gov\.|Governor) ⟨(?P<person>\d+)⟩")


def _seat_elsewhere(text: str, person: str, e: ElectionRef) -> bool:
    """"Nevada's incumbent Sen. A was defeated and B took a lead in Arizona's Senate race": a
    senator or governor of one state is not a candidate for the same office in another."""
    for m in _STATE_OFFICER.finditer(text):
        if m.group("person") != person:
            continue
        kind = "governor" if m.group("title").startswith("Gov") else "senate"
        code = STATE_BY_NAME.get(m.group("state"))
        if code and e.kind == kind and e.division != state_division(code):
            return True
    return False


def _titled_scope(ctx: ArticleContext, st: Statement) -> Statement:
    """A statement naming no race, about one state's senator or governor and a race of theirs:
    the race for that state's seat, in the year the statement names (else the article's)."""
    if st.election is not None or not _OWN_SEAT.search(st.masked):
        return st
    found = {(m.group("state"), m.group("title")[:3]) for m in _TITLED.finditer(st.masked)}
    if len(found) != 1:
        return st
    state, title = found.pop()
    years = dates.years(st.unit.text)
    ref = dates.parse_iso(st.unit.date or ctx.article.date)
    year = years[0] if len(years) == 1 else (ref.year if ref is not None and not years else None)
    code = STATE_BY_NAME.get(state)
    if year is None or code is None:
        return st
    stage = ("primary" if re.search(r"\bprimar", st.masked) else
             "runoff" if re.search(r"\brun-?off\b", st.masked) else "general")
    gov = title == "Gov"
    if not gov and year % 2:
        return st  # Senate seats are filled in even years (a special election says so)
    date = dates.general_election_day(year) if stage == "general" else str(year)
    office = office_label("Governor" if gov else SENATOR, STATES[code])
    race = ElectionRef(state_division(code), office, stage, date, False,
                       "governor" if gov else "senate")
    return replace(st, election=race, own_election=race, scoped=True, source="own")


def _possible(e: ElectionRef, ctx: ArticleContext, st: Statement) -> bool:
    """A result is of a race already held when the text was written, and a U.S. presidential
    race (or nomination) is held only in years divisible by four: any other is a race the
    statement's scope put there by mistake."""
    year = (e.date or "")[:4]
    if (e.kind in ("president", "nomination") or e.office == PRESIDENT
            ) and year.isdigit() and int(year) % 4:
        return False
    ref = dates.parse_iso(st.unit.date or ctx.article.date)
    if ref is None or not year.isdigit():
        return True
    return int(year) <= ref.year if len(e.date or "") == 4 else (e.date or "") <= ref.isoformat()


def _in_year_named(e: ElectionRef, ctx: ArticleContext, st: Statement,
                   window: str) -> ElectionRef | None:
    """"A, who won the Iowa contest in 2012", "B, who narrowly defeated C in 2012": the result's
    own words name one year, other than the scope's race's: the same contest in that year, when
    such a contest is held that year (presidential years, even years for Congress) and before
    the text was written."""
    named = set(dates.years(window))
    if len(named) != 1 or not e.date or st.own_election is not None:
        return None
    year = named.pop()
    place = _place_words(e)
    if place is None or not re.search(place, window):
        return None  # the result's words must name the race's place too
    ref = dates.parse_iso(st.unit.date or ctx.article.date)
    if year == int(e.date[:4]) or ref is None or year > ref.year:
        return None
    if (e.kind in ("president", "nomination") and year % 4) or (
            e.kind in ("house", "senate") and year % 2) or e.kind not in (
            "president", "nomination", "house", "senate", "governor"):
        return None
    general = e.stage in (None, "general") and not e.special
    date = dates.general_election_day(year) if general else str(year)
    return replace(e, date=date, special=e.special and not general)


def _place_words(e: ElectionRef) -> str | None:
    """A pattern for the words naming an election's place: its state, or for the U.S.
    presidency, the presidency."""
    m = re.search(r"/state:(\w\w)", e.division or "")
    if m:
        name = STATES.get(m.group(1).upper())
        return rf"\b{name}\b" if name else None
    if e.division == US and e.kind in ("president", "nomination"):
        return r"\b(?:[Pp]residen(?:t|cy|tial)|White House)\b"
    return None


def _just_decided(e: ElectionRef, ref: date | None, years: list[int]) -> bool:
    """The article's presidential election was decided in the months before it was written:
    an unnamed result ("Trump won fair and square", "Clinton's loss") is that election's."""
    held = dates.parse_iso(e.date or "")
    return (not years and e.stage == "general" and ref is not None and held is not None
            and 0 <= (ref - held).days <= 200)


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
    nominated: set[tuple[str, ElectionRef]] = set()  # a nomination's share is not the race's
    for st in ctx.statements:
        if st.unit.section == "change-old" or _FIRST_ROUND.search(st.masked):
            continue
        st = _titled_scope(ctx, st)
        text = st.masked
        margin = _MARGIN.search(text)
        won_val = float(margin.group(1) or margin.group(3)) if margin else None
        lost_val = float(margin.group(2) or margin.group(4)) if margin else None

        def win(p: str, m: re.Match[str], *, val: float | None = None,
                st: Statement = st, nomination: bool = False, partner: str | None = None,
                at: int | None = None) -> None:
            e = _election(ctx, st, p, _window(m, at))
            if not nomination:
                e = _person_race(ctx, st, p, e, won=True, partner=partner)
            if e is not None and _seat_elsewhere(st.masked, p, e):
                return
            if e is not None and nomination and e.stage != "primary":
                # a nomination is won in the party's primary for the office, not in November
                e = replace(e, stage="primary", date=(e.date or "")[:4] or None)
            if e is not None and (p, e) not in winners and _about(ctx, st, m, e, at):
                winners[(p, e)] = (st, None if nomination else val)
                if nomination:
                    nominated.add((p, e))

        def lose(p: str, m: re.Match[str], *, val: float | None = None,
                 st: Statement = st, partner: str | None = None, at: int | None = None) -> None:
            e = _person_race(ctx, st, p, _election(ctx, st, p, _window(m, at)), won=False,
                             partner=partner)
            if e is not None and _seat_elsewhere(st.masked, p, e):
                return
            if e is not None and (p, e) not in losers and _about(ctx, st, m, e, at):
                losers[(p, e)] = (st, val)

        for m in _WIN.finditer(text):
            if _SPECULATIVE.search(text[max(0, m.start() - 30) : m.end()]) or _AGENT.search(
                text[max(0, m.start() - 30) : m.start()]
            ) or _IN_STATE.match(text, m.end()) or _NOT_A_RACE.match(text, m.end()) or (
                _PLACE_WON.search(text[max(0, m.start() - 20) : m.start()])
            ) or (
                text[max(0, m.start() - 12) : m.start()].endswith(("campaign of ", "campaign "))
            ) or _NOMINATION_NEXT.match(text, m.end()):
                continue
            win(m.group(1), m, val=won_val)
            rest = text[m.end() : m.end() + 120]
            over = re.match(rf"[^⟨.]{{0,60}}\b(?:over|against) (?:[\w.-]+ ){{0,4}}?{P}", rest)
            if over and not _FOLLOWERS.match(rest, over.end()):
                lose(over.group(1), over, val=lost_val, partner=m.group(1))
        for m in _DEFEAT.finditer(text):
            if re.search(r"\b(?:would|could|may|might|if|hopes? to)\b", m.group(0)):
                continue
            win(m.group(1), m, val=won_val, partner=m.group(2))
            lose(m.group(2), m, val=lost_val, partner=m.group(1))
            for other in _more_named(text, m.start("rest")):
                lose(other, m, partner=m.group(1))
        for m in _AFTER_DEFEATING.finditer(text):
            w, lo = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            win(w, m, val=won_val, partner=lo)
            lose(lo, m, val=lost_val, partner=w)
        for m in _CONCEDED.finditer(text):
            if not _SPECULATIVE.search(text[max(0, m.start() - 30) : m.end()]):
                win(m.group(2), m, partner=m.group(1))
                lose(m.group(1), m, partner=m.group(2))
        for m in _WINNER_OVER.finditer(text):
            win(m.group(1), m, val=won_val, partner=m.group(2))
            lose(m.group(2), m, val=lost_val, partner=m.group(1))
        for pat in (_WINNING, _CHOSEN):
            for m in pat.finditer(text):
                if _said(text, m):
                    win(next(g for g in m.groups() if g), m)
        for m in _ELECT.finditer(text):
            if _said(text, m) and _elect_fits(m.group("title") or m.group("title2"), st.election):
                win(m.group("p1") or m.group("p2"), m)
        for m in _WHEN_WON.finditer(text):
            win(m.group(1), m)
        for m in _PLACE.finditer(text):
            lose(m.group(1), m)
        if not re.search(r"\bpoll", text, re.I):
            for m in _PLACED.finditer(text):
                lose(m.group(1), m)
        for m in _CONCEDES.finditer(text):
            if not _SPECULATIVE.search(text[max(0, m.start() - 30) : m.end()]):
                lose(m.group(1), m)
        _more_results(text, win, lose)
        _leaderships(ctx, st, winners, losers)
    _two_way_losers(ctx, winners, losers)
    for table, relation in ((winners, "won"), (losers, "lost")):
        for (person, election), (st, val) in table.items():
            if val is None and (person, election) not in nominated:
                val = _share(ctx, person, st, election)
            # a result whose race the statement itself names is surer than one in the
            # article's race by default
            conf = 0.9 if st.own_election is not None and st.own_election.division else 0.8
            out.append(ctx.fact(relation, ctx.person(person), election.entity(), [st], conf,
                                EXTRACTOR, value=val))
            out.append(candidacy_fact(ctx, person, election, [st], conf, EXTRACTOR))
    return out


# words naming a kind of office -> what the election's office (or kind) must then contain
_RACE_WORDS = (
    (re.compile(r"\bSenate\b|\b[Ss]enator"), ("Senator", "senate")),
    (re.compile(r"\b(?:[Gg]overnor|[Gg]ubernatorial|[Gg]overnorship)"), ("Governor", "governor")),
    (re.compile(r"\b[Mm]ayor"), ("Mayor", "mayor")),
    (re.compile(r"\b(?:[Cc]ongressional|House seat)"), ("Representative", "house")),
    (re.compile(r"\b(?:[Pp]residen(?:t|cy|tial)|White House)\b"), ("President", "president",
                                                                     "nomination")),
)
# words naming one stage of a race: "his bid for the White House" is not a primary result
_GENERAL_WORDS = re.compile(r"\b(?:White House|presidency|general election)\b")
_PRIMARY_WORDS = re.compile(r"\b(?:primary|primaries|caucus(?:es)?|nomination)\b")
# "… numbers nearly identical to those in the presidential race between A and B": the race
# named in a comparison is not the one the result is about
_COMPARED = re.compile(r"\b(?:compared (?:to|with)|similar to|identical to|like those|unlike)\b"
                       r"[^.]{0,80}\b(?:race|election|primary|contest|campaign)\b")
# "is elected President of the House of Representatives of the Netherlands": the office named
_ELECTED_AS = re.compile(r"\b(?:re-?)?elected (?:as )?(?:the )?(?:new |first (?:female |woman )?)?"
                         r"(?P<office>[A-Z][\w.-]*(?: (?:[A-Z][\w.-]*|of|the))*)")


def _window(m: re.Match[str], at: int | None = None) -> str:
    """The result statement's own words: the match and what follows it closely."""
    return m.string[m.start() if at is None else at : m.end() + 40]


def _about(ctx: ArticleContext, st: Statement, m: re.Match[str], e: ElectionRef,
           at: int | None = None) -> bool:
    """The result the match states is one of the statement's election: its own words name no
    other kind of race or office, and that election is not named only in a comparison."""
    if st.source == "own" and _COMPARED.search(m.string, m.end()):
        return False
    return not _other_race(_unmask(ctx, _window(m, at)), e)


def _unmask(ctx: ArticleContext, window: str) -> str:
    """Organisation names back in place of their masks: offices are named after bodies."""
    return re.sub(ORG, lambda o: ctx.org(o.group(1)), window)


def _other_race(window: str, e: ElectionRef) -> bool:
    """The result's own words name another kind of race than the statement's election ("X's
    Senate loss" in a presidential context), or another office than the one it elects."""
    if (e.stage == "primary" and _GENERAL_WORDS.search(window)) or (
            e.stage in ("general", "runoff") and _PRIMARY_WORDS.search(window)):
        return True
    office = e.office or ""
    named = [fits for pat, fits in _RACE_WORDS if pat.search(window)]
    if len(named) == 1 and not any(f in office or f == e.kind for f in named[0]):
        return True
    m = _ELECTED_AS.search(window)
    if m is None or " of " not in m.group("office") or not office or re.search(
            r" (?:of|the)$", m.group("office")):
        return False  # no office named, or one whose body is a masked organisation

    def norm(x: str) -> str:
        return re.sub(r"\b(?:the|of) ", "", x.lower()).strip(" .")

    return norm(m.group("office")) != norm(office)


# fears, wishes and attempts before a result: "What I fear is that A becomes the nominee"
_WISHED = re.compile(r"\b(?:fears?|feared|worr(?:y|ies|ied)|wants?|wanted|wish\w*|"
                     r"hop(?:e|es|ed|ing)|needs?|chances?|odds|unless|should|can|must|try(?:ing)?|attempt\w*|"
                     r"seek\w*|aim\w*|imagine|suppose|assum\w+|prospects?)\b", re.I)


def _said(text: str, m: re.Match[str]) -> bool:
    """The match states an outcome, not a hope, a fear, a condition or a forecast."""
    before = text[max(0, m.start() - 30) : m.end()]
    return not _SPECULATIVE.search(before) and not _WISHED.search(before)


_POLLED = re.compile(r"\b(?:poll|survey|debate|ranking|standings|fundrais)", re.I)


def _more_results(text: str, win: Callable[..., None], lose: Callable[..., None]) -> None:
    """Result statements beyond "A won"/"A defeated B": placings, losses, passives, nouns of
    victory and defeat, failed bids."""
    voted = bool(_VOTE_WORDS.search(text))
    for m in _PLACING.finditer(text):
        # a placing in a poll or a debate: the words of one near the placing (a debate named
        # earlier in a sentence about the primary's result does not make it a poll)
        near = text[max(0, m.start() - 40) : m.end() + 60]
        if _POLLED.search(near) or not voted or not _said(text, m) or _NOT_VOTES.match(
                text, m.end()):
            continue
        lose(m.group(1) or m.group(3) or m.group(4), m)
        if m.group(2):
            win(m.group(2), m)
    for m in _LOST_TO.finditer(text):
        if not _LOST_WHAT.match(m.group("rest")) or not _said(text, m):
            continue
        to = re.match(rf"[^⟨.;]{{0,90}}?\bto (?:[\w.“”\"’-]+ ){{0,4}}?{P}",
                      text[m.start("rest"):])
        lose(m.group(1), m, partner=to.group(1) if to else None)
        if to:
            win(to.group(1), m, partner=m.group(1))
    for m in _DEFEATED_BY.finditer(text):
        if not _said(text, m):
            continue
        by = _BY_WINNER.match(text[m.start("rest"):])
        lose(m.group(1), m, partner=by.group(1) if by else None)
        if by:
            win(by.group(1), m, partner=m.group(1))
    for m in _POSSESSIVE_RESULT.finditer(text):
        if not _said(text, m) or re.search(
            r"\b(?:potential|possible|likely|expected|path|chances?|hopes?)\b", m.group("mods")
        ) or _CONTRAST.search(text, m.end()):
            continue
        (win if m.group("noun") in ("victory", "win", "landslide", "triumph") else lose)(
            m.group(1), m)
    for m in _PRONOUN_RESULT.finditer(text):
        # only the statement's first person is surely the one "his" or "her" is: "A thanked
        # B for his support in a speech accepting his victory" is A's
        if "⟨" in text[: m.start()] or not _said(text, m) or re.search(
            r"\b(?:potential|possible|likely|expected|path|chances?|hopes?|first|next)\b",
            m.group("mods")) or _CONTRAST.search(text, m.end()):
            continue
        # the result's own words begin at the pronoun, not at the name's apposition
        (win if m.group("noun") in ("victory", "win", "landslide", "triumph") else lose)(
            m.group(1), m, at=m.start("mods") - 4)
    for m in _VICTORY_OVER.finditer(text):
        if _said(text, m):
            w, lo = m.group(1) or m.group(3), m.group(2) or m.group(4)
            win(w, m, partner=lo)
            lose(lo, m, partner=w)
    for m in _FIRST_TO_WIN.finditer(text):
        if _said(text, m) and not _PLACE_NEXT.match(text, m.end()):
            win(m.group(1), m)
    for m in (*_AFTER_DEFEATED.finditer(text), *_LOSING_TO.finditer(text)):
        if _said(text, m):  # "X, after being defeated by Y", "X, losing to Y"
            lose(m.group(1), m, partner=m.group(2))
            win(m.group(2), m, partner=m.group(1))
    for m in _WINNING_MORE.finditer(text):
        if _said(text, m):
            win(m.group(1), m, partner=m.group(2))
            if m.group(2):
                lose(m.group(2), m, partner=m.group(1))
    for m in _PRONOUN_DEFEAT.finditer(text):
        if _said(text, m):
            lose(m.group(1), m)
    for m in _DEFEATING_CLAUSE.finditer(text):
        if _said(text, m) and not re.search(r"\b(?:will|would|could|hop\w+|aim\w*|bid)\b",
                                            text[: m.start()]):
            for loser in (m.group(1), *_more_named(text, m.end())):
                lose(loser, m)
    for m in _FAILED.finditer(text):
        for g in m.groups():
            if g:
                lose(g, m)
    for m in _ACCEPTED.finditer(text):
        if _said(text, m):
            win(m.group(1), m, nomination=True)
    for m in _NOMINATED.finditer(text):
        if _said(text, m):
            win(next(g for g in m.groups() if g), m, nomination=True)
    for m in _VOTERS_ELECTED.finditer(text):
        if _said(text, m):
            win(m.group(1), m)


def _two_way_losers(
    ctx: ArticleContext,
    winners: dict[tuple[str, ElectionRef], tuple[Statement, float | None]],
    losers: dict[tuple[str, ElectionRef], tuple[Statement, float | None]],
) -> None:
    """The other candidate of a two-way race ("between A and B") lost."""
    from kg.extract.candidacy import _BETWEEN

    for st in ctx.statements:
        if st.election is None:
            continue
        pairs = [[m.group(1), m.group(2)] for m in _PITTING.finditer(st.masked)]
        for m in _BETWEEN.finditer(st.masked):
            both = re.search(rf"{P}[^⟨]*? and (?:[\w-]+ ){{0,3}}?{P}", m.group("rest"))
            if both is not None and "proxy" not in m.group(0):
                pairs.append([both.group(1), both.group(2)])
        for pair in pairs:
            for (w, e), _ in list(winners.items()):
                if w in pair and _same(e, st.election):
                    other = pair[1 - pair.index(w)]
                    won_too = any(p == other and _same(x, e) for p, x in winners)
                    if (other, e) not in losers and not won_too:
                        losers[(other, e)] = (st, None)


def _same(a: ElectionRef, b: ElectionRef) -> bool:
    return a.division == b.division and (a.date or "")[:4] == (b.date or "")[:4]
