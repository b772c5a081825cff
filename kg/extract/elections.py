"""Elections named in a statement: OCD division, date, stage, special, office.

"Georgia's Sixth Congressional district … special election", "a two-man Republican primary
run-off for governor of Georgia on Tuesday", "the Iowa caucus", "a presidential runoff" in a page
about Bulgaria, `_Context:` names such as "Russian presidential election, 2018".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from kg.extract import dates
from kg.extract.lexicons import (
    ELECTION_COUNTRIES,
    STATE_ABBREVIATIONS,
    STATE_ALT,
    STATE_BY_NAME,
    STATES,
    alternation,
)
from kg.extract.office_labels import (
    PRESIDENT,
    REPRESENTATIVE,
    SENATOR,
    office_label,
    ordinal,
    title_and_place,
)
from kg.model import Entity

ORDINALS = {
    w: i + 1
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
        "twentieth".split()
    )
}
# Country name / demonym → (ISO code, name used in office labels).
COUNTRIES = ELECTION_COUNTRIES
_STATE_ALT = STATE_ALT
_ORD_ALT = "|".join(ORDINALS)
# A country's name that ends a U.S. state's ("Mexico" in "New Mexico") names the state there.
_STATE_HEADS = sorted({state[: -len(c)] for state in STATE_BY_NAME for c in COUNTRIES
                       if state.endswith(" " + c)})
_COUNTRY_ALT = "".join(f"(?<!{re.escape(h)})" for h in _STATE_HEADS) + \
    f"(?:{alternation(COUNTRIES)})"

_HOUSE = re.compile(
    rf"(?P<state>{_STATE_ALT})(?:'s|’s)? (?P<n>\d{{1,2}})(?:st|nd|rd|th)?(?: [Cc]ongressional)?"
    rf"(?: [Dd]istrict\b)?|(?P<state2>{_STATE_ALT})(?:'s|’s)? (?P<w>{_ORD_ALT})(?: [Cc]ongressional)?"  # noqa: E501
    rf" [Dd]istrict\b|(?P<n3>\d{{1,2}})(?:st|nd|rd|th) [Cc]ongressional [Dd]istrict\b",
    re.I,
)
_HOUSE_CUE = re.compile(r"[Dd]istrict|\d(?:st|nd|rd|th)\b")
# Words without which a statement names no election (a cheap filter before the rules).
_ANY_CUE = re.compile(
    r"[Dd]istrict|[Gg]overnor|[Gg]ubernatorial|Senate|[Cc]aucus|[Pp]rimar|[Pp]residen|[Ee]lect|"
    r"[Rr]un-?off|[Rr]ace|[Pp]oll|[Vv]ote|[Ss]eat|[Cc]hair|[Pp]arliament|at-large|[Nn]omin|"
    r"White House|[Cc]onvention|[A-Z]{2}-\d|[Mm]id-?term|[Rr]ecall|Super Tuesday|[Ss]peaker|"
    r"[Ll]eader|[Pp]arty (?:elects|chooses|picks|re-?elects)"
)
_HOUSE_CODE = re.compile(r"\b(?P<code>[A-Z]{2})-(?P<n>\d{1,2})\b")
_GOVERNOR = re.compile(
    rf"\b(?:for|race for|election for|run for|elected|re-elected|reelected) governor of "
    rf"(?P<state>{_STATE_ALT})\b|"
    rf"\b(?P<state2>{_STATE_ALT})(?:'s|’s)? (?:governor(?:'s|’s)? race|gubernatorial)|"
    rf"\bgubernatorial (?:race|election|primary|contest|run-?off) in (?P<state3>{_STATE_ALT})\b",
    re.I,
)
_GOV_ELECTION_WORD = re.compile(
    r"\b(?:run-?off|primary|race|election|contest|nominat\w+|for governor|gubernatorial|"
    r"elected|re-?elected|re-?election|"
    r"candidate|governor's race)\b", re.I
)
_SENATE_KIND = (
    r"(?:special |Republican |Democratic )?(?:seat|race|election|contest|primary|run-?off|"
    r"candidate|nominee|hopeful|contender|challenger)"
)
_SENATE = re.compile(
    rf"\bSenate {_SENATE_KIND}\b[^.;]{{0,40}}?\b(?:in|from|of) "
    rf"(?P<state>{_STATE_ALT})\b|\b(?P<state2>{_STATE_ALT})(?:'s|’s)? (?:U\.S\. )?Senate "
    rf"{_SENATE_KIND}|(?P<state5>{_STATE_ALT})(?:'s|’s)? (?:Democratic|Republican) Senate "
    rf"(?:primary|run-?off|nomination)|(?:[Vv]oters|polls) in (?P<state3>{_STATE_ALT})\b"
    rf"[^.;]{{0,60}}\bSenate seat|\bfor (?:the )?U\.S\. Senate in (?P<state4>{_STATE_ALT})\b|"
    rf"\b(?P<state6>{_STATE_ALT}) (?:race|contest|election|primary|run-?off|seat) for (?:the )?"
    rf"(?:U\.S\. |United States )?Senate\b|\b(?:the next|new) (?:U\.S\. )?senator from "
    rf"(?P<state7>{_STATE_ALT})\b|\b(?:race|run|running|bid|campaign) for (?:the )?"
    rf"(?:U\.S\. |United States )?Senate (?:seat )?(?:in|from) (?P<state8>{_STATE_ALT})\b|"
    # "Kentucky Secretary of State Alison Lundergan Grimes is a candidate for the U.S. Senate"
    rf"\b(?P<state9>{_STATE_ALT})\b[^.;]{{0,80}}\b(?:candidate|nominee|challenger|running|"
    rf"run|bid|race|campaign) for (?:the )?(?:U\.S\. |United States )?Senate\b"
    rf"(?! seat (?:in|from))",
)
# "Louisiana Gov. John Bel Edwards won re-election": the incumbent's own office is contested
_INCUMBENT_RACE = re.compile(
    rf"\b(?P<state>{_STATE_ALT})(?:'s|’s)? (?P<title>Gov\.|Governor|Sen\.|Senator) "
    r"(?:[A-Z][\w.'’-]+ ){1,4}(?:won|wins|lost|loses|is seeking|seeks|sought|faces|faced|"
    r"is running for) (?:his |her )?(?:bid for )?re-?election\b"
)
_AT_LARGE = re.compile(
    rf"\b(?P<state>{_STATE_ALT})(?:'s|’s)? (?:at-large (?:congressional )?(?:district|seat)|"
    r"(?:lone|sole|only|single) (?:U\.S\. )?(?:House|congressional) seat)"
)
_PARTY_CHAIR = re.compile(
    r"\b(?P<party>DNC|RNC|Democratic National Committee|Republican National Committee) "
    r"(?:chair|chairman|chairwoman|chairmanship)(?:'s)? (?:race|election|contest|vote)|"
    r"\belected (?:as )?(?:the )?(?:new )?(?P<party2>DNC|RNC) (?:chair|chairman|chairwoman)\b|"
    r"\b(?:elected|election|race|vote|contest)\b[^.]{0,40}\b(?:[Cc]hair|[Cc]hairman|[Cc]hairwoman) "
    r"of the (?P<party3>Democratic|Republican) National Committee|"
    # "running … for the leadership of the Democratic party": its national committee's chair
    r"\b(?:for|race for|bid for|run for|campaign for|seeking|seeks|sought) (?:the )?"
    r"(?:leadership|chairmanship) of the (?P<party4>Democratic|Republican) [Pp]arty\b"
)
# "he will stand for reelection as speaker", "the speaker's election"
_SPEAKER_VOTE = re.compile(
    r"\b(?:re-?election|election|vote|ballot|race|bid) (?:as|for) (?:House )?[Ss]peaker\b|"
    r"\b(?:House )?[Ss]peaker(?:ship)?(?:'s|’s)? (?:election|vote|ballot|race)\b|"
    # "Ryan became Speaker in 2015", "McCarthy dropped a bid for the speakership": the House's
    # vote that made (or would have made) them speaker
    r"\b(?:became|becomes|become|becoming|was elected|were elected|is elected|elected as) "
    r"(?:the )?(?:new )?(?:House )?(?-i:Speaker)\b(?! of (?!the (?:U\.S\. )?House\b))(?! [A-Z])|"
    r"\b(?:bid|race|run|campaign|candidacy|vote|election) for (?:the )?speakership\b")
# a party's vote for its leader, abroad: "X is elected as party leader of the Liberal
# Democratic Party in Japan", "Japan's Liberal Democratic Party elects X", "the party's
# leadership election", "regains the role of Secretary of the Democratic Party … in an open
# primary": a party-internal contest of the country's party
_PARTY_LEADER_VOTE = re.compile(
    r"\b(?:party )?leadership (?:election|vote|ballot|contest|race|challenge|spill|primary)\b|"
    r"\b(?:elected|re-?elected|chosen|picked) (?:as )?(?:the )?(?:new )?(?:party )?"
    r"(?:leader|president|chair(?:man|woman)?|secretary(?:-general)?) of the [A-Z]|"
    r"\b(?:elected|chosen|picked) (?:as )?(?:the )?(?:new )?party (?:leader|president|chair)\b|"
    r"\b[Pp]arty (?:elects|chooses|picks|re-?elects)\b|"
    r"\b(?:role|post|position) of (?:[Ss]ecretary|[Ll]eader|[Pp]resident|[Cc]hair\w*)"
    r"(?:-[Gg]eneral)? of the [A-Z][^.;]{0,80}\b(?:primary|election|vote|ballot)\b")
_SPEAKER = "Speaker of the United States House of Representatives"
_WILL = re.compile(r"\b(?:will|is to|is set to|is expected to)\b")
_PARLIAMENTARY = re.compile(
    r"\b(?:parliamentary|legislative|federal|snap|general) elections?\b|"
    # the head of a parliamentary government is chosen by electing its parliament
    r"\b(?:candidate|run|running|bid|stand|campaign) (?:as|for) (?:the )?(?:post of )?"
    r"[Pp]rime [Mm]inister\b", re.I
)
# a recall vote: "Wis. Recall", "Wisconsin's recall election", "voters … decide whether to
# recall Gov. X": a special election of the state (of its governor, unless another office is
# named), not the regular race of its year
_RECALL = re.compile(
    rf"\b(?P<state>{_STATE_ALT})(?:'s|’s)? (?i:recall)\b|"
    rf"(?<!\w)(?P<abbr>{alternation(STATE_ABBREVIATIONS)}) (?i:recall)\b|"
    r"\b(?i:recall) (?:election|vote|ballot|race|contest)s?\b|"
    r"\b(?:whether|vote|voters?|decide|decides|ballot)\b[^.;]{0,40}\bto recall\b"
)
_OTHER_RECALLED = re.compile(r"\b(?:state )?(?:[Ss]enators?|[Ll]egislators?|[Mm]ayor|"
                             r"[Aa]ssembly(?:man|woman)?)\b")
_GOVERNOR_LOOSE = re.compile(
    r"\bgubernatorial (?:candidate|nominee|race|election|contest|hopeful|challenger)s?\b|"
    r"\b(?:the|this|a) governor(?:'s|’s) (?:race|contest)\b")
_STATE_ANY = re.compile(rf"\b({_STATE_ALT})\b(?!['’]s \d| \d)")
_GOVERNOR_MORE = re.compile(
    rf"\b(?:governor(?:'s|’s)?|gubernatorial) (?:race|election|contest|primary|run-?off) in "
    rf"(?P<state>{_STATE_ALT})\b|\b(?:race|run|running|bid) for (?P<state2>{_STATE_ALT}) "
    rf"governor\b|\bfor governor in (?P<state3>{_STATE_ALT})\b|\b(?P<state4>{_STATE_ALT})"
    rf"(?:'s|’s)? governor(?:'s|’s)? (?:race|election|contest|primary)"
)
_PRESIDENTIAL = re.compile(
    r"\bpresident(?:ial)? (?:election|race|bid|run|runoff|run-off|campaign|contest|primar\w+|"
    r"nominat\w+|debate|caucus\w*)|\bpresidential\b|\bpresident-elect\b|\bWhite House\b|"
    r"\bfor (?:the )?[Pp]resident of\b|\breelect President\b|\bre-elect President\b|"
    r"\b(?-i:President)(?: (?-i:[A-Z])[\w.'’-]+){1,3}(?:'s|’s) re-?election\b|"
    r"\bpresidency\b|\b(?:choose|choosing|elect|electing|pick|picking|vote for) (?:the|a) "
    r"next president\b|(?<!former )(?<!current )(?<!then-)\bPresident of (?:the )?(?:United "
    rf"States|U\.S\.|{_COUNTRY_ALT})\b(?! House)|\bnational (?:polls?|surveys?)\b|"
    r"\bnational party conventions?\b|\bhypothetical (?:20\d\d )?(?:general[- ]election )?"
    r"match-?ups?\b|\b(?:nomination|nominee|candidate|run|running|bid|campaign) for "
    r"(?-i:president)\b(?! (?-i:[A-Z]))",
    re.I,
)
_NOMINATION_STATE = re.compile(
    rf"\b(?P<state>{_STATE_ALT})(?:'s|’s)? (?:(?:Republican|Democratic|GOP)(?: Party)? )?"
    rf"(?:presidential )?(?:caucus(?:es)?|primary|primaries)\b|"
    rf"\b(?:caucus(?:es)?|primary|primaries) in (?:the (?:U\.S\. )?state of )?"
    rf"(?P<state2>{_STATE_ALT})\b|"
    rf"\b(?:states? of|Voters in(?: the (?:U\.S\.|US|American) states? of)?) "
    rf"(?P<state3>{_STATE_ALT})\b[^.;]{{0,160}}\b(?:caucus(?:es)?|primary|primaries)\b|"
    rf"\b(?P<state4>{_STATE_ALT})ns (?:head|go|went|will go|will head|headed) to (?:the )?"
    rf"(?:caucus(?:es)?|primary|primaries)\b|"
    # "In New Hampshire, GOP primary turnout was …": the state the statement opens with
    rf"^\s*(?:(?:And|But|Meanwhile),? )?(?:[Ii]n|[Aa]cross) (?P<state5>{_STATE_ALT}),"
    rf"[^.;]{{0,80}}\b(?:caucus(?:es)?|primary|primaries)\b"
)
_COUNTRY = re.compile(rf"\b(?P<c>{_COUNTRY_ALT})\b")
# "a close U.S. Senate race" (no state in the phrase): the one state its statement names
_SENATE_LOOSE = re.compile(r"\b(?:U\.S\. )?Senate (?:race|contest|election|seat)s?\b")
# the count of pledged delegates: the presidential nomination race as a whole
_DELEGATE_RACE = re.compile(
    r"\b(?:race|hunt|chase|fight|battle|contest) for (?:the )?(?:pledged )?delegates\b|"
    r"\bdelegate (?:race|count|lead|hunt|chase)\b")
_COUNTRY_RACE = re.compile(
    rf"\b(?P<c>{_COUNTRY_ALT})(?:'s|’s)? (?:presidential|president)\b|\bpresidential "
    rf"(?:election|race|runoff|run-off|vote|poll)s? (?:in|of) (?P<c2>{_COUNTRY_ALT})\b|"
    rf"\bPresident of (?P<c3>{_COUNTRY_ALT})\b|"
    rf"\b(?:[Vv]oters|[Pp]olls) in (?P<c4>{_COUNTRY_ALT})\b|"
    rf"\b(?P<c5>{_COUNTRY_ALT}) (?:head|heads|go|goes|vote|votes)\b"
)
_US_WORDS = re.compile(
    r"\b(?:U\.S\.|United States|American|GOP)\b|\b(?:Democratic|Republican)\b"
    r"(?! (?:Progressive|People|Party of|Front|Alliance|Union|Movement|Left|Socialist))"
)
_NATIONAL_RACE = re.compile(r"\b(?:debate|presidential primaries|nomination race)\b")
_US_PRESIDENTIAL = re.compile(
    r"\b(?:Democratic|Republican|U\.S\.|American|United States)(?: Party)? presidential\b")
_NEXT = re.compile(r"\b(?:next|upcoming|re-?elect\w*|will run|would run|run again|20\d\d "
                   r"(?:race|bid|campaign))\b", re.I)
_PAST_RACE = re.compile(r"\bformer (?:opponents|rivals|challengers)\b")
# "the last presidential election": the latest one held before the statement
_LAST_RACE = re.compile(r"\b(?:last|previous|prior) presidential (?:election|race|contest)\b",
                        re.I)
_RUNOFF = re.compile(
    r"\b(?:run-?off|run off (?:election|vote|ballot|poll)|second round)\b", re.I)
_PRIMARY = re.compile(r"\b(?:primar(?:y|ies)|caucus(?:es)?|nominating|nomination)\b", re.I)
_ONE_PARTY_RACE = re.compile(
    r"\b(?:Republican|Democratic)(?: Party)? presidential (?:candidates|hopefuls|contenders|"
    r"field|contest|primary|primaries|nomination)\b"
)
_PRIMARY_WORD = re.compile(r"\b(?:primar(?:y|ies)|caucus(?:es)?)\b", re.I)
_FIRST_ROUND = re.compile(r"\bfirst round\b", re.I)
_SPECIAL = re.compile(r"\bspecial (?:election|House election|congressional election)", re.I)
_GENERAL_HINT = re.compile(
    r"(?<!vice-presidential )(?<!former )\bnominees?\b(?! in 20)|\bgeneral election\b|"
    r"\bpresident-elect\b|\belectoral college\b|"
    r"\breelect\b|\bre-elect\b|\bpopular vote\b|\bthis fall\b|\bparty conventions\b|"
    r"\bmatch-?ups?\b|\bhead-to-head\b|(?<!Republican )(?<!Democratic )(?<!Party )"
    r"\bpresidential debates?\b", re.I
)
# "the presumptive Republican nominee": the nomination race is still on (its outcome is only
# expected), so the phrase is no sign of the general election
_PRESUMPTIVE = re.compile(
    r"\bpresumptive (?:(?:Republican|Democratic|GOP) )?(?:presidential )?nominee\b", re.I)
_ELECTION_WORD = re.compile(
    r"\b(?:election|elections|race|runoff|run-off|primary|primaries|caucus\w*|vote|polls|"
    r"ballot\w*|seat|contest|won|wins|defeat\w*|candidates?|nominees?|debates?|campaign)\b", re.I
)


@dataclass(frozen=True)
class ElectionRef:
    """What a statement says about an election; fields it does not say are None."""

    division: str | None = None
    office: str | None = None
    stage: str | None = None
    date: str | None = None
    special: bool = False
    kind: str = ""  # house, governor, senate, president, nomination

    def entity(self) -> Entity:
        return Entity(type="Election", label=self.label(), division=self.division, date=self.date,
                      stage=self.stage, special=self.special or None, office=self.office)


    def label(self) -> str:
        """A readable name built from the identity fields, e.g. "2017 Georgia's 6th
        congressional district special election", "2018 Georgia gubernatorial election (primary)".
        """
        year = (self.date or "")[:4]
        special = "special " if self.special else ""
        stage = f" ({self.stage})" if self.stage in ("primary", "runoff") else ""
        where = _place(self.division)
        office = self.office or ""
        title, place = title_and_place(office) or ("", "")
        if self.kind == "nomination" or (office == PRESIDENT
                                         and where not in ("", "United States")):
            name = f"presidential {special}primary in {where}"
            stage = ""
        elif office == PRESIDENT:
            name = f"United States presidential {special}election"
        elif title == "President":
            name = f"presidential {special}election in {place}"
        elif title == "Governor":
            name = f"{place} gubernatorial {special}election"
        elif title == SENATOR:
            name = f"United States Senate {special}election in {where}"
        elif title == REPRESENTATIVE:
            name = f"{place} {special}election"
        elif office:
            name = f"{office} {special}election"
        elif self.kind == "parliament":
            name = f"parliamentary {special}election in {where}"
        elif where:
            name = f"{where} {special}election"
        else:
            name = f"{special}election"
        return " ".join(p for p in (year, name) if p) + stage


def _place(division: str | None) -> str:
    """'ocd-division/country:us/state:ga/cd:6' → "Georgia's 6th congressional district"."""
    if not division:
        return ""
    parts = dict(p.split(":", 1) for p in division.split("/")[1:] if ":" in p)
    country = parts.get("country", "")
    names = {code: name for code, name in COUNTRIES.values()}
    place = "United States" if country == "us" else names.get(country, country.upper())
    if "state" in parts:
        place = STATES.get(parts["state"].upper(), parts["state"].upper())
    if "cd" in parts and parts["cd"].isdigit():
        place = f"{place}'s {ordinal(int(parts['cd']))} congressional district"
    return place


_STATE_LIST = re.compile(
    rf"\bstates of (?P<list>(?:(?:{_STATE_ALT})(?:, | and |, and )){{1,6}}(?:{_STATE_ALT}))\b"
)


def also_states(text: str, e: ElectionRef | None) -> tuple[ElectionRef, ...]:
    """"Voters in the states of Arkansas and Kentucky … primaries": the same contest in the
    other states the statement lists."""
    if e is None or e.kind != "nomination" or e.division is None:
        return ()
    m = _STATE_LIST.search(text)
    if m is None:
        return ()
    out = []
    for name in re.split(r",? and |, ", m.group("list")):
        code = STATE_BY_NAME.get(_title(name))
        if code and state_division(code) != e.division:
            out.append(replace(e, division=state_division(code)))
    return tuple(out)


def state_of_division(division: str | None) -> str | None:
    """The state code of a US division ("ocd-division/country:us/state:ga/cd:6" -> "GA")."""
    return division.split("state:")[1][:2].upper() if division and "state:" in division else None


def state_division(code: str) -> str:
    if code.upper() == "DC":  # the District is no state: OCD names it district:dc
        return "ocd-division/country:us/district:dc"
    return f"ocd-division/country:us/state:{code.lower()}"


_DC = re.compile(r"Washington,? D\.C\.")


def _us_general_year(year: int) -> str:
    return dates.general_election_day(year)


def presidential_year(ref: dt.date, *, future: bool = False) -> int:
    """The US presidential election a statement on `ref` is about, by default: that year's,
    the one just held in the year after an election, else the next one."""
    if ref.year % 4 == 0:
        return ref.year
    if ref.year % 4 == 1 and not future:
        return ref.year - 1
    return ref.year + 4 - ref.year % 4


def _stage(text: str) -> str | None:
    if _PRIMARY.search(text) or _ONE_PARTY_RACE.search(text):
        return "primary"
    if _RUNOFF.search(text):
        return "runoff"
    if _FIRST_ROUND.search(text):
        return "general"
    return None


# a year before those dates.years reads, said of a race: "his 1932 campaign", "in 1824"
_OLD_YEAR = re.compile(
    r"\b(1[78]\d\d|19[0-4]\d)(?= (?:presidential (?:election|race|campaign|contest|"
    r"primar)|campaign|election|race|contest|primar|convention|nomination|bid))|"
    r"(?<=\b[Ii]n )(1[78]\d\d|19[0-4]\d)\b(?!\s?%| percent)")


# a year a figure is compared with: "up from 121,000 in 2012", "compared with 2008", "versus
# 603,000 in 2012": the earlier cycle is the yardstick, not the race the statement is about
_COMPARED_YEAR = re.compile(
    r"\b(?:up|down) from [^.;]{0,30}?\b(?:19|20)\d\d\b|\b(?:compared (?:with|to)|versus|vs\.?|"
    r"than in|than) [^.;]{0,30}?\b(?:19|20)\d\d\b|\b(?:19|20)\d\d levels?\b")


_NUMBER_WORDS = {w: i + 1 for i, w in enumerate(
    "one two three four five six seven eight nine ten eleven twelve".split())}
# "two years ago", "four years ago": a past vote dated back from the statement's day
_YEARS_AGO = re.compile(
    rf"\b({'|'.join(_NUMBER_WORDS)}|\d{{1,2}}) years? ago\b", re.I)


def without_comparisons(text: str) -> str:
    """The statement with the years it only compares with blanked (offsets kept)."""
    return _COMPARED_YEAR.sub(lambda m: " " * len(m.group(0)), text)


def _when(text: str, ref: dt.date | None) -> tuple[str | None, bool]:
    """A date the statement gives for the vote, and whether it is only a year."""
    text = without_comparisons(text)
    d = dates.explicit_date(text, ref) or dates.weekday_date(text, ref)
    if d:
        return d, False
    ys = dates.years(text) or [int(a or b) for a, b in _OLD_YEAR.findall(text)]
    if ys:
        return str(ys[0]), True
    ago = _YEARS_AGO.search(text)
    if ago and ref is not None:
        # "his recall election victory two years ago": the year that many before the statement
        n = ago.group(1).lower()
        return str(ref.year - (int(n) if n.isdigit() else _NUMBER_WORDS[n])), True
    mm = dates.month_mention(text, ref)
    if mm:
        year, month = mm
        if month == 11:
            return _us_general_year(year), False
        return f"{year}-{month:02d}", True
    return None, False


def _house(text: str, upto: int | None,
           state_for_district: Callable[[int], str | None] | None) -> str | None:
    """The House district named last before `upto` (where the people start), as an OCD id."""
    found: list[str] = []
    if not _HOUSE_CUE.search(text):
        return None
    for m in _HOUSE.finditer(text):
        if upto is not None and found and m.start() >= upto:
            break
        state_name = m.group("state") or m.group("state2")
        if state_name:
            state = STATE_BY_NAME.get(_title(state_name))
            n = int(m.group("n")) if m.group("n") else ORDINALS[m.group("w").lower()]
            if state and ("district" in m.group(0).lower()
                          or re.search(r"\d(?:st|nd|rd|th)", m.group(0))):
                found.append(f"{state_division(state)}/cd:{n}")
        elif m.group("n3") and state_for_district is not None:
            n = int(m.group("n3"))
            state = state_for_district(n)
            if state:
                found.append(f"{state_division(state)}/cd:{n}")
    return found[-1] if found else None


def detect(
    text: str,
    ref_date: str | None,
    *,
    country_hint: str | None = None,
    upto: int | None = None,
    state_for_district: Callable[[int], str | None] | None = None,
) -> ElectionRef | None:
    """The election one statement speaks of, as far as the statement alone says."""
    if not _ANY_CUE.search(text):
        return None
    ref = dates.parse_iso(ref_date)
    stage = _stage(text)
    special = bool(_SPECIAL.search(text))
    when, year_only = _when(text, ref)
    div = _house(text, upto, state_for_district)
    if div:
        return _fill(ElectionRef(div, None, stage, None, special, "house"), when, year_only, ref)
    m = _HOUSE_CODE.search(text)
    if m and m.group("code") in STATES and m.group("code") not in ("US",):
        div = f"{state_division(m.group('code'))}/cd:{int(m.group('n'))}"
        return _fill(ElectionRef(div, None, stage, None, special, "house"), when, year_only, ref)
    recall = _recall(text, stage, when, year_only, ref)
    if recall is not None:
        return recall
    m = _GOVERNOR.search(text)
    if m and _GOV_ELECTION_WORD.search(text):
        name = _title(m.group("state") or m.group("state2") or m.group("state3"))
        state = STATE_BY_NAME.get(name)
        if state:
            return _fill(ElectionRef(state_division(state), office_label("Governor", name), stage,
                                     None, special, "governor"), when, year_only, ref)
    m = _GOVERNOR_MORE.search(text)
    if m:
        name = _title(next(g for g in m.groups() if g))
        state = STATE_BY_NAME.get(name)
        if state:
            return _fill(ElectionRef(state_division(state), office_label("Governor", name), stage,
                                     None, special, "governor"), when, year_only, ref)
    if _GOVERNOR_LOOSE.search(text):
        # "Democratic gubernatorial candidate X … Georgia": the one state the statement names
        names = {_title(n) for n in _STATE_ANY.findall(text)}
        if len(names) == 1:
            name = names.pop()
            state = STATE_BY_NAME.get(name)
            if state:
                return _fill(ElectionRef(state_division(state), office_label("Governor", name),
                                         stage, None, special, "governor"), when, year_only, ref)
    m = _INCUMBENT_RACE.search(text)
    if m:
        name = _title(m.group("state"))
        state = STATE_BY_NAME.get(name)
        if state:
            gov = m.group("title").startswith("Gov")
            office = office_label("Governor" if gov else SENATOR, name)
            return _fill(ElectionRef(state_division(state), office, stage, None, special,
                                     "governor" if gov else "senate"), when, year_only, ref)
    m = _AT_LARGE.search(text)
    if m:
        name = _title(m.group("state"))
        state = STATE_BY_NAME.get(name)
        if state:
            office = office_label(REPRESENTATIVE, name, district=0)
            return _fill(ElectionRef(state_division(state), office, stage, None, special,
                                     "house"), when, year_only, ref)
    m = _PARTY_CHAIR.search(text)
    if m:
        dem = (m.group("party") or m.group("party2") or m.group("party3") or m.group("party4")
               or "").startswith(("D", "Democratic"))
        if when is None and ref is not None and ref.year % 4 == 0 and ref.month >= 11:
            # the national committees choose their chairs in the winter after a presidential
            # election: a race for the post talked of in November or December is next year's
            when, year_only = str(ref.year + 1), True
        office = office_label("Chair", "the Democratic National Committee" if dem
                              else "the Republican National Committee")
        return _fill(ElectionRef("ocd-division/country:us", office, "general", None, False,
                                 "party"), when, year_only, ref)
    if _SPEAKER_VOTE.search(text):
        # the House's vote for its speaker: a party-internal contest of a leadership post
        if when and not year_only and ref and when < ref.isoformat() and _WILL.search(text):
            when = f"{int(when[:4]) + 1}{when[4:]}"  # "On Jan. 3, he will stand" in December
        return _fill(ElectionRef("ocd-division/country:us", _SPEAKER, "general", None, False,
                                 "party"), when, year_only, ref)
    leader = _party_leader_vote(text, country_hint, when, year_only, ref)
    if leader is not None:
        return leader
    m = _SENATE.search(text)
    if m:
        name = _title(next(g for g in m.groups() if g))
        state = STATE_BY_NAME.get(name)
        if state:
            return _fill(ElectionRef(state_division(state), office_label(SENATOR, name), stage,
                                     None, special, "senate"), when, year_only, ref)
    if _SENATE_LOOSE.search(text):
        # "a close U.S. Senate race" in a statement naming one state: that state's race
        names = {_title(n) for n in _STATE_ANY.findall(text)}
        state = STATE_BY_NAME.get(names.pop()) if len(names) == 1 else None
        if state:
            return _fill(ElectionRef(state_division(state), office_label(SENATOR, STATES[state]),
                                     stage, None, special, "senate"), when, year_only, ref)
    if _MIDTERMS.search(text) and not _PRESIDENTIAL_RACE.search(text):
        return midterms(text, ref)
    if (_CONGRESSIONAL_NOVEMBER.search(text) and ref is not None and ref.year % 4 == 2
            and not _PRESIDENTIAL_RACE.search(text)):
        return midterms(text, ref)
    m = _NOMINATION_STATE.search(_DC.sub("District of Columbia", text))
    # "the Florida primary" names the state's contest even beside a debate or the national race
    if m and not _COUNTRY.search(text) and (m.group("state") or not _NATIONAL_RACE.search(text)):
        name = _title(next(g for g in m.groups() if g))
        state = STATE_BY_NAME.get(name)
        if state and ref is not None and ref.year % 4 in (1, 2) and not _PRESIDENTIAL.search(
                text) and not (when and int(when[:4]) % 4 == 0):
            # "Tuesday night's California primary election" in a midterm year: the state's
            # primary election (all its offices), no presidential nominating contest
            return _fill(ElectionRef(state_division(state), None, "primary", None, special,
                                     "state-primary"), when, year_only, ref)
        if state:
            return _fill(ElectionRef(state_division(state), PRESIDENT, "primary", None, special,
                                     "nomination"), when, year_only, ref)
    if _DELEGATE_RACE.search(text) and ref is not None and (
            ref.year % 4 == 0 or (ref.year % 4 == 3 and ref.month >= 6)):
        # "his wide lead in the race for delegates": the nomination race as a whole
        return _fill(ElectionRef("ocd-division/country:us", PRESIDENT, "primary", None, special,
                                 "president"), when, year_only, ref)
    cycle = _cycle_election(text)
    if cycle and not (_PRESIDENTIAL.search(text) or _party_nomination(text, ref)):
        # "the 2016 election" beside "the California primary": the general, of the year the
        # phrase names (whatever year the statement compares with)
        stage, when, year_only = "general", cycle, True
    if _PRESIDENTIAL.search(text) or _party_nomination(text, ref) or cycle:
        cm = _COUNTRY_RACE.search(text)
        if (cm is None and not _US_PRESIDENTIAL.search(text) and not _US_WORDS.search(text)
                and not (country_hint and country_hint in COUNTRIES)):
            cm = _COUNTRY.search(text)
        country = COUNTRIES[next(g for g in cm.groups() if g)] if cm else None
        if country is None and country_hint and not _US_WORDS.search(text):
            country = COUNTRIES.get(country_hint)
        if country is not None:
            code, name = country
            return _fill(ElectionRef(f"ocd-division/country:{code}",
                                     office_label("President", name), stage, None, special,
                                     "president-foreign"), when, year_only, ref)
        race = _fill(ElectionRef("ocd-division/country:us", PRESIDENT, stage, None, special,
                                 "president"), when, year_only, ref,
                     general_hint=bool(cycle or _GENERAL_HINT.search(_PRESUMPTIVE.sub("", text))),
                     past=bool(_PAST_RACE.search(text)), future=bool(_NEXT.search(text)),
                     last=bool(_LAST_RACE.search(text)))
        if cycle and year_only and not _PRESIDENTIAL.search(text):
            race = replace(race, date=(race.date or "")[:4] or None)  # the year's, no day said
        return race
    if _PARLIAMENTARY.search(text):
        cm = _COUNTRY.search(text)
        country = COUNTRIES[cm.group("c")] if cm else (
            COUNTRIES.get(country_hint) if country_hint else None)
        if country is not None:
            return _fill(ElectionRef(f"ocd-division/country:{country[0]}", None, stage, None,
                                     special, "parliament"), when, year_only, ref)
    cm = _COUNTRY_VOTE.search(text)
    if cm is not None and _INCUMBENT_ROUND.search(text) and not _OTHER_VOTE.search(text):
        # "Voters in Lithuania go to the polls with incumbent X winning re-election in the second
        # round": the country's vote for the office its incumbent holds, which the statement
        # leaves unsaid
        code, _ = COUNTRIES[cm.group("c")]
        return _fill(ElectionRef(f"ocd-division/country:{code}", None, stage, None, special,
                                 "country"), when, year_only, ref)
    if stage in ("runoff", "general") and _ROUND_VOTE.search(text):
        # "A run off election will be held on November 13 between …": the round (and its
        # day) of the race in scope, which the statement does not name
        return ElectionRef(None, None, stage, None if year_only else when)
    if when and not year_only and when[5:7] == "11" and _DAY_OF_VOTE.search(text):
        # "Trump's challenger in the Nov. 3 election": the general of the race in scope
        return ElectionRef(None, None, "general", when)
    return None


# "the 2016 election", "in the 2000 elections": a U.S. presidential year's election as a
# whole is its presidential general election
_CYCLE_ELECTION = re.compile(r"\b(?:the|that|in) ((?:19|20)\d\d) (?:general )?"
                             r"elections?\b(?! (?:cycle|season|year))")


def _cycle_election(text: str) -> str | None:
    """The presidential year of "the 2016 election" in a statement, if it names one."""
    return next((y for y in _CYCLE_ELECTION.findall(text) if int(y) % 4 == 0), None)


def _recall(text: str, stage: str | None, when: str | None, year_only: bool,
            ref: dt.date | None) -> ElectionRef | None:
    """A recall vote in the state the phrase (or else the statement, naming one) gives: that
    state's special election for governor (or for no office the statement fixes)."""
    m = _RECALL.search(text)
    if m is None:
        return None
    if m.group("state"):
        state = STATE_BY_NAME.get(_title(m.group("state")))
    elif m.group("abbr"):
        state = STATE_ABBREVIATIONS.get(m.group("abbr"))
    else:
        names = {_title(n) for n in _STATE_ANY.findall(text)}
        state = STATE_BY_NAME.get(names.pop()) if len(names) == 1 else None
    if not state or state not in STATES:
        return None
    office = None if _OTHER_RECALLED.search(text) else office_label("Governor", STATES[state])
    return _fill(ElectionRef(state_division(state), office, stage, None, True, "governor"),
                 when, year_only, ref)


def _party_leader_vote(text: str, country_hint: str | None, when: str | None,
                       year_only: bool, ref: dt.date | None) -> ElectionRef | None:
    """A foreign party's vote for its leader (the country the statement, else the article,
    names): a `party-internal` election of that country, of the year the statement gives."""
    if not _PARTY_LEADER_VOTE.search(text):
        return None
    cm = _COUNTRY.search(text)
    name = cm.group("c") if cm else country_hint
    if name is None or name not in COUNTRIES or COUNTRIES[name][0] == "us":
        return None
    code, _ = COUNTRIES[name]
    return _fill(ElectionRef(f"ocd-division/country:{code}", None, "general", None, False,
                             "party-internal"), when, year_only, ref)


# a foreign country's voters at the polls: "Voters in Lithuania go to the polls"
_COUNTRY_VOTE = re.compile(
    rf"\b(?:[Vv]oters|[Cc]itizens|[Pp]eople) (?:in|of) (?:the )?(?P<c>{_COUNTRY_ALT})\b"
    r"[^.;]{0,30}\b(?:go|goes|went|head|heads|headed|going) to the polls\b")
_INCUMBENT_ROUND = re.compile(r"\bre-?election\b|\b(?:first|second) round\b|\brun-?off\b", re.I)
_OTHER_VOTE = re.compile(r"\b(?:referendum|plebiscite|local|regional|municipal|provincial|mayoral|"
                         r"state|senate|parliament\w*|legislative)\b", re.I)
# a round named as a vote of its own: "a run off election will be held", "the second round
# of voting", "a runoff on 24 February", "X won the first round"
_ROUND_VOTE = re.compile(
    r"\b(?:run-?off|run off|(?:first|second) round)\b(?: (?:election|vote|ballot|poll|of "
    r"(?:voting|the (?:presidential )?election)))?\b(?=.{0,40}\b(?:will|is|was|be|held|on|"
    r"between)\b)|\b(?:won|wins|win|winning|lost|loses|lose|losing) the (?:first|second) "
    r"round\b", re.I)
# a November day as the day of the vote: "the Nov. 3 election", "on November 8, voters …"
_DAY_OF_VOTE = re.compile(
    r"\b(?:Nov\.?|November) \d{1,2}(?:,? \d{4})?(?:['’]s)? (?:general )?(?:election|vote|"
    r"ballot)\b|\b(?:election|vote|voters?|polls?|ballots?)\b[^.;]{0,30}\bon (?:Nov\.?|"
    r"November) \d{1,2}\b")


# "the 2018 midterms", "the midterm elections": the country's whole set of congressional and
# state races, no one contest of them
_MIDTERMS = re.compile(r"\bmid-?term(?:s| (?:elections?|races|contests|vote|ballot|season|cycle|"
                       r"campaigns?|endorsements?|year))\b", re.I)
# "the general congressional election in November" in a year without a presidential election:
# the midterm elections
_CONGRESSIONAL_NOVEMBER = re.compile(
    r"\b(?:general )?congressional elections? (?:in|this) (?:November|fall)\b|"
    # "elected to Congress in the recent elections": the year's whole set of races
    r"\b(?:Congress|congressional)\b[^.;]{0,60}\bthe (?:recent|last|latest|November|fall) "
    r"elections\b", re.I)
_PRESIDENTIAL_RACE = re.compile(
    r"\bpresidential (?:election|race|contest|campaign|primar\w+|nominat\w+)", re.I)


def midterms(text: str, ref: dt.date | None) -> ElectionRef | None:
    """The midterm elections a statement names: the year it gives, else the nearest midterm
    year (the coming one, or the one just held in the year after)."""
    ys = [y for y in dates.years(text) if y % 4 == 2]
    if ys:
        year = ys[0]
    elif ref is not None:
        year = ref.year + (2 - ref.year % 4 if ref.year % 4 <= 2 else -1)
    else:
        return None
    return ElectionRef("ocd-division/country:us", None, "general",
                       dates.general_election_day(year), False, "midterm")


_PARTY_NOMINATION = re.compile(
    r"\b(?:Republican|Democratic|GOP)(?: Party(?:'s|’s)?)? (?:presidential )?(?:nominating|"
    r"nomination|nominee|primary|primaries)\b|"
    # the nomination calendar as a whole: "the first four nominating contests", "primary season"
    r"\bnominating (?:contests?|season|calendar|process)\b|\bprimary (?:season|calendar)\b|"
    r"\bSuper Tuesday\b|\b[Tt]he (?:presidential )?primaries (?:began|begin|started|start)\b")
_OTHER_OFFICE = re.compile(
    r"[Dd]istrict|Senate|[Ss]enator|[Gg]overnor|[Gg]ubernatorial|House|[Cc]ongress|[Ss]eat|"
    r"[Mm]ayor|[Ll]egislat|[Aa]ttorney [Gg]eneral|[Cc]ounty")


def _party_nomination(text: str, ref: dt.date | None) -> bool:
    """"the chaotic Republican nominating campaign", "the Republican nominee" in a year of a
    presidential election (or its eve), naming no other office: the presidential race."""
    if ref is None or not _PARTY_NOMINATION.search(text) or _OTHER_OFFICE.search(text):
        return False
    if _CYCLE_NOMINATION.search(text):
        return True  # "the 1976 Republican primaries": that cycle's, whenever told
    return ref.year % 4 == 0 or (ref.year % 4 == 3 and ref.month >= 6)


# a presidential year naming a party's nomination race: "the 1976 Republican primaries"
_CYCLE_NOMINATION = re.compile(
    r"\b(?:19|20)\d\d (?:(?:Republican|Democratic|GOP) )(?:presidential )?(?:nomination|"
    r"primar(?:y|ies)|nominating contests?|caucuses)\b")


def _title(name: str) -> str:
    return " ".join(w if w.lower() == "of" else w.capitalize() for w in name.split())


def _fill(
    e: ElectionRef,
    when: str | None,
    year_only: bool,
    ref: dt.date | None,
    *,
    general_hint: bool = False,
    past: bool = False,
    future: bool = False,
    last: bool = False,
) -> ElectionRef:
    """Complete date and stage from what the statement and its date say."""
    stage, date = e.stage, when
    if e.kind == "president" and when and not year_only and len(when) == 10 \
            and int(when[:4]) % 4 != 0:
        # a day of a year with no presidential vote ("an event commemorating Sept. 11, 2001")
        # dates something else the statement tells, not the race
        when = None
    if e.kind == "president":
        year = int(when[:4]) if when else (
            presidential_year(ref, future=future) if ref else None)
        if when is None and ref is not None and past and ref.year % 4:
            year = ref.year - ref.year % 4
        if when is None and ref is not None and last:
            year = ref.year - ref.year % 4
            if ref.isoformat() <= _us_general_year(year):
                year -= 4
            stage = stage or "general"
        if year is not None and year % 4 != 0:
            year = year + 4 - year % 4
        if stage is None and ref is not None and year is not None and not general_hint:
            # before the conventions a presidential race is the nomination race
            stage = "primary" if (ref.year, ref.month) < (year, 6) else "general"
        if stage is None:
            stage = "general"
        if year is not None:
            date = _us_general_year(year) if stage == "general" else str(year)
        e = replace(e, stage=stage, date=date)
        return e
    # A vote's day comes from the statement (or, for a regular U.S. general election, from the
    # calendar), never from the page's date: an unstated day leaves the year, the contest.
    if e.kind == "nomination":
        if date is None and ref is not None:
            date = str(ref.year)
        return replace(e, date=date)
    state = (e.division or "").partition("/state:")[2][:2].upper()
    if e.kind == "governor" and state and not e.special and ref is not None and (
            date is None or year_only):
        # the state's own calendar: New Jersey elects its governor in 2013, not in 2012 or 2014
        year = governor_year(state, ref, int(date[:4]) if date else None)
        general = stage in (None, "general")
        date = _us_general_year(year) if general else str(year)
        return replace(e, stage=stage, date=date)
    if date is None and ref is not None:
        if ref.year % 2 == 0 and e.kind in ("house", "governor", "senate") and not e.special \
                and stage not in ("primary", "runoff"):
            date = _us_general_year(ref.year)
        else:
            date = str(ref.year)
    elif date is not None and year_only and e.kind in ("house", "governor", "senate"):
        y = int(date[:4])
        if stage in (None, "general") and not e.special and y % 2 == 0:
            date = _us_general_year(y)
    return replace(e, stage=stage, date=date)


# The years (modulo 4) in which a state elects its governor, where not the midterm years: New
# Jersey and Virginia the year after a presidential election, Kentucky, Louisiana and
# Mississippi the year before one; nine states with the president; two every two years.
GOVERNOR_CYCLES: dict[str, tuple[int, ...]] = {
    "NJ": (1,), "VA": (1,), "KY": (3,), "LA": (3,), "MS": (3,),
    **{code: (0,) for code in ("DE", "IN", "MO", "MT", "NC", "ND", "UT", "WA", "WV")},
    "VT": (0, 2), "NH": (0, 2),
}


def governor_year(state: str, ref: dt.date, named: int | None = None) -> int:
    """The year of a state's gubernatorial election a statement on `ref` means: the one
    nearest the year it names (a wrong year in the text: "up for re-election as governor in
    2014" in New Jersey), else this year's or the next one."""
    cycle = GOVERNOR_CYCLES.get(state, (2,))
    years = [y for y in range(ref.year - 4, ref.year + 9) if y % 4 in cycle]
    if named is not None:
        if named < ref.year - 4:
            # a race long past ("before Carl won in 1978"): that year's cycle, not today's
            years = [y for y in range(named - 3, named + 4) if y % 4 in cycle]
        return min(years, key=lambda y: (abs(y - named), y))
    return next(y for y in years if y >= ref.year)


def merge(specific: ElectionRef | None, default: ElectionRef | None) -> ElectionRef | None:
    """A statement's partial reference completed from the article's (or block's) election.

    The same division and year as the default, with no round stated, is the default election.
    """
    if specific is None:
        return default
    if default is None:
        return specific
    if specific.division is None:
        return replace(
            default,
            stage=specific.stage or default.stage,
            date=default.date if specific.date is None else specific.date,
        )
    same = (
        specific.division == default.division
        and (specific.office is None or specific.office == default.office)
        and (specific.date or "")[:4] == (default.date or "")[:4]
    )
    if same and specific.stage in (None, default.stage):
        return default
    return specific


def finalize(e: ElectionRef | None) -> ElectionRef | None:
    """Default round: general, on the regular November day or where only a year is known.

    A vote on any other day (a special election, a runoff) of an unstated round keeps none.
    """
    if e is None or e.division is None:
        return None
    if e.stage is None and not e.special:
        regular = (e.date is None or len(e.date) == 4
                   or e.date == dates.general_election_day(int(e.date[:4]))
                   or e.kind.startswith("president") or e.kind == "parliament")
        if regular:
            return replace(e, stage="general")
    return e


def shift_year(e: ElectionRef | None, text: str) -> ElectionRef | None:
    """'won the seat … in 2018' about a 2020 race: that seat's 2018 general election."""
    if e is None or e.kind not in ("house", "senate", "governor"):
        return e
    ys = [y for y in dates.years(text) if str(y) != (e.date or "")[:4]]
    if len(ys) == 1 and ys[0] % 2 == 0:
        return replace(e, date=dates.general_election_day(ys[0]), stage="general", special=False)
    return e


# "the early contests", "the first four nominating contests": the primaries and caucuses
_CALENDAR_CONTESTS = re.compile(
    r"\b(?:early|earliest|first|opening|nominating) (?:\w+ )?contests\b")
_GENERAL_WORD = re.compile(
    r"\bgeneral[- ]\[?elections?\b|\bthe general\b(?=\s*(?:[.,;:)”\"]|$|if\b|in\b|against\b))")


def shift_to_general(e: ElectionRef | None, text: str, ref_date: str | None) -> ElectionRef | None:
    """'in November's midterm elections' in a statement about a primary: that office's general;
    'the primary season' in a statement of an article about the general: that office's primary
    (a statement naming no election of its own)."""
    ref = dates.parse_iso(ref_date)
    if (e is not None and e.stage == "primary" and e.division
            and e.kind in ("president", "house", "senate", "governor")
            and _GENERAL_WORD.search(text) and not _PRIMARY_WORD.search(text)
            and (e.date or "")[:4].isdigit()):
        # "electability in the general election" in a story about the primaries: that
        # race's general
        return replace(e, stage="general", date=dates.general_election_day(int((e.date or "")[:4])))
    if (e is not None and e.stage == "general" and not e.special and e.division
            and e.kind in ("president", "house", "senate", "governor")
            and (_PRIMARY_WORD.search(text) or _CALENDAR_CONTESTS.search(text))
            and not _GENERAL_HINT.search(text)):
        return replace(e, stage="primary", date=(e.date or "")[:4] or None)
    if e is None or e.stage not in ("primary", "runoff") or ref is None:
        return e
    mm = dates.month_mention(text, ref)
    if mm and mm[1] == 11 and str(mm[0]) == (e.date or "")[:4]:
        return replace(e, stage="general", date=dates.general_election_day(mm[0]),
                       special=False)
    return e


def looks_electoral(text: str) -> bool:
    return bool(_ELECTION_WORD.search(text))


def from_context_name(name: str) -> ElectionRef | None:
    """`_Context:` / topic names: "Georgia's 6th congressional district special election, 2017"."""
    ys = dates.years(name)
    if not ys or "election" not in name.lower():
        return None
    ref = dt.date(ys[0], 12, 31)
    e = detect(name.replace(f", {ys[0]}", "").replace(str(ys[0]), ""), None)
    if e is None and re.search(r"\belection\b", name) and _COUNTRY.search(name):
        return None
    if e is None:
        return None
    when, _ = _when(name, ref)
    return _fill(replace(e, date=None), when, True, ref)
