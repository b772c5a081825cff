"""endorsement: "X endorses Y", "X-backed Y", "Y, who had the endorsement of X", tweets
"KAREN HANDEL FOR CONGRESS … — Donald J. Trump (@realDonaldTrump)", "X plans to campaign for Y",
withdrawing in favour of Y. The endorser may be a person, an organisation or a party.
"""

from __future__ import annotations

import re

from kg.extract import party
from kg.extract.lexicons import FOREIGN_PARTIES
from kg.extract.statements import ORG, ArticleContext, P, Statement
from kg.model import Entity, Fact

EXTRACTOR = "kg.extract.endorsement.v1"
_E = rf"(?:{P}|{ORG})"
_VERB = (
    r"(?:endorses|endorsed|is endorsing|endorsing|will endorse|to endorse|backs|backed|is backing|"
    r"threw (?:his|her|their) support behind|throws (?:his|her|their) support behind|"
    r"campaign(?:s|ed|ing)? for|rall(?:y|ies|ied) for|showed support for|stumped for|"
    r"(?:plans?|planned) to campaign for|urged (?:\w+ ){0,3}to vote for)"
)
# "will endorse rival candidate X": descriptors between the verb and the endorsed
_DESC = (r"(?:the )?(?:(?:rival|fellow|former|Republican|Democratic|GOP|presidential|"
         r"candidate|front-?runner|nominee|incumbent|Senate|gubernatorial) ){0,3}")
_ACTIVE = re.compile(
    rf"(?<!with )(?<!from )(?<!by )(?<!to )(?<!against )(?<!than ){_E}(?:,[^,⟨]{{1,80}},)?"
    rf"(?: (?:(?![—–(]|who |which |backer|supporter)[^.⟨]){{0,90}}?)? {_VERB} {_DESC}{P}"
)
_SWITCH_SUPPORT = re.compile(
    rf"{_E}[^.⟨]{{0,40}}?\b(?:switch|shift|mov)\w* (?:his|her|their) (?:support|endorsement|"
    rf"allegiance) from {_DESC}{P} to {_DESC}{P}"
)
_RECEIVED = re.compile(
    rf"{P}(?:,[^,⟨]{{1,60}},)? (?:received|receives|won|earned|got|has|had|secured|gained|"
    rf"picked up|landed)(?: (?:an|the|a))? (?:\w+ )?(?:endorsement|backing|support)s? (?:of|from) "
    rf"(?:[^.⟨]{{0,40}}?|[^.⟨]{{0,80}}?, as well as (?:the )?){_E}"
)
_WHO_ENDORSED = re.compile(
    rf"{_E}, who (?:has |had |also )?(?:endorsed|backed|is backing|campaigned for) {P}"
)
_ANNOUNCED = re.compile(
    rf"{_E} (?:announced|announces|declared|declares|gave|gives|offered|offers) (?:his|her|their) "
    rf"(?:endorsement of|support for|backing of|backing to|endorsement to) {P}"
)
_WHO_HAD = re.compile(rf"{P}, who (?:had|has|won|received) the (?:endorsement|backing|support) of {_E}")  # noqa: E501
_POSSESSIVE = re.compile(rf"{_E}(?:'s|’s) (?:endorsement|backing) of {P}")
_THANKED = re.compile(rf"{P} thanked {_E} for (?:his|her|their) (?:support|endorsement|backing)")
_BACKED_ADJ = re.compile(rf"(?:{P}|{ORG}|(?P<word>[A-Z]\w*))[- ]backed {P}")
_BACKED_BY = re.compile(rf"{P}(?:,)? (?:backed|endorsed|supported) by (?:[^.⟨]{{0,30}}?){_E}")
_TWEET = re.compile(
    r"^(?P<name>[A-Z][A-Z.' \-]+?) FOR (?:CONGRESS|SENATE|GOVERNOR|PRESIDENT|MAYOR)\b"
)
_TWEET_AUTHOR = re.compile(rf"— {P} \(@\w+\)")
_RESPECTIVELY = re.compile(
    rf"{P} and {P} (?:plan to |will |to )?(?:campaign|rally|stump) for (?:the )?(?:[\w-]+ ){{0,3}}?"
    rf"{P} and {P},? respectively"
)
_PRESIDENT_BACKING = re.compile(
    rf"{P}(?:,[^,⟨]{{1,60}},)? (?:earned|won|received|got|secured|has|had) the president(?:'s|’s) "
    rf"(?:\w+ )?(?:backing|endorsement|support)"
)
_WITHDRAW = re.compile(
    rf"{P}[^.⟨]{{0,80}}(?:withdraw\w*|drops? out|dropped out|suspend\w*|ends? (?:his|her) "
    rf"campaign)[^.⟨]{{0,60}}(?:in favou?r of|endors\w+|backing) {_DESC}{P}"
)
_NOT = re.compile(r"\b(?:not|never|refused|declined|won't|wouldn't|no longer)\b")


class _Endorsers:
    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx

    def entity(self, person: str | None, org: str | None) -> Entity | None:
        if person:
            return self.ctx.person(person)
        if org:
            name = self.ctx.org(org)
            if name in FOREIGN_PARTIES or name.endswith(("Party", "party")):
                return party.foreign_party(name)
            return Entity(type="Organization", label=name)
        return None


def _president(ctx: ArticleContext) -> str | None:
    """The person the article calls President (for "the president's backing")."""
    for st in ctx.statements:
        m = re.search(rf"\bPresident {P}", st.masked)
        if m:
            return m.group(1)
    return None


def _facts(ctx: ArticleContext, st: Statement, prev: Statement | None) -> list[Fact]:
    text = st.masked
    who = _Endorsers(ctx)
    pairs: list[tuple[Entity | None, str, float]] = []
    for m in _ACTIVE.finditer(text):
        if not _NOT.search(m.group(0)):
            pairs.append((who.entity(m.group(1), m.group(2)), m.group(3), 0.9))
    for m in _RECEIVED.finditer(text):
        pairs.append((who.entity(m.group(2), m.group(3)), m.group(1), 0.9))
    for pattern in (_WHO_ENDORSED, _ANNOUNCED):
        for m in pattern.finditer(text):
            pairs.append((who.entity(m.group(1), m.group(2)), m.group(3), 0.9))
    for m in _WHO_HAD.finditer(text):
        pairs.append((who.entity(m.group(2), m.group(3)), m.group(1), 0.92))
    for m in _POSSESSIVE.finditer(text):
        pairs.append((who.entity(m.group(1), m.group(2)), m.group(3), 0.92))
    for m in _THANKED.finditer(text):
        pairs.append((who.entity(m.group(2), m.group(3)), m.group(1), 0.85))
    for m in _BACKED_ADJ.finditer(text):
        if m.group(1) or m.group(2):
            pairs.append((who.entity(m.group(1), m.group(2)), m.group(4), 0.9))
        else:
            pairs.append((_party_word(ctx, m.group("word")), m.group(4), 0.85))
    for m in _BACKED_BY.finditer(text):
        pairs.append((who.entity(m.group(2), m.group(3)), m.group(1), 0.88))
    for m in _RESPECTIVELY.finditer(text):
        pairs.append((ctx.person(m.group(1)), m.group(3), 0.9))
        pairs.append((ctx.person(m.group(2)), m.group(4), 0.9))
    for m in _SWITCH_SUPPORT.finditer(text):
        pairs.append((who.entity(m.group(1), m.group(2)), m.group(4), 0.88))
        pairs.append((who.entity(m.group(1), m.group(2)), m.group(3), 0.8))
    for m in _WITHDRAW.finditer(text):
        pairs.append((ctx.person(m.group(1)), m.group(2), 0.85))
    backing = _PRESIDENT_BACKING.search(text)
    president = _president(ctx) if backing else None
    if backing and president is not None and president != backing.group(1):
        pairs.append((ctx.person(president), backing.group(1), 0.88))
    if st.unit.section == "tweet":
        t = _TWEET.match(st.unit.text)
        a = _TWEET_AUTHOR.search(text)
        if t and a:
            target = next((p for p in st.people if ctx.person(p).label.upper() == t.group("name")
                           .strip()), None)
            if target is not None:
                pairs.append((ctx.person(a.group(1)), str(target), 0.95))
    out = []
    for endorser, candidate, conf in pairs:
        if endorser is None:
            continue
        cand = ctx.person(candidate)
        if endorser == cand:
            continue
        out.append(ctx.fact("endorsement", endorser, cand, [st], conf, EXTRACTOR))
    return out


def _party_word(ctx: ArticleContext, word: str) -> Entity | None:
    """'BSP backed', 'Socialist-backed': a party named by acronym or adjective."""
    if word in FOREIGN_PARTIES:
        return party.foreign_party(word)
    us = party.us_party(word)
    if us is not None:
        return us
    if word in ("Socialist", "Socialists"):
        for st in ctx.statements:
            m = re.search(r"\b(BSP|PSRM|Socialist Party|[A-Z][a-z]+ Socialist Party)\b", st.unit.text)  # noqa: E501
            if m:
                return party.foreign_party(m.group(1))
    return None


_PRONOUN_RECEIVED = re.compile(
    rf"(?:^|, )(?:he|she) (?:received|won|got|earned|picked up|secured) (?:an |the )?(?:\w+ )?"
    rf"(?:endorsement|backing) (?:from|of) (?:[^.⟨]{{0,60}}?){P}"
)


def _pronoun_facts(ctx: ArticleContext, st: Statement, prev: Statement | None) -> list[Fact]:
    """'he received an endorsement from … Aissa Wayne': 'he' is the person the statement
    before ended on (other than the endorser)."""
    if prev is None:
        return []
    out = []
    for m in _PRONOUN_RECEIVED.finditer(st.masked):
        earlier = [str(p) for p in prev.people if str(p) != m.group(1)]
        if earlier:
            out.append(ctx.fact("endorsement", ctx.person(m.group(1)), ctx.person(earlier[-1]),
                                [prev, st], 0.8, EXTRACTOR))
    return out


def extract(ctx: ArticleContext) -> list[Fact]:
    out: list[Fact] = []
    prev = None
    for st in ctx.statements:
        out += _facts(ctx, st, prev)
        out += _pronoun_facts(ctx, st, prev)
        if st.own_election is not None and st.election is not None:
            # the endorsed person is a candidate in the race the statement names
            for f in list(out):
                if f.relation == "endorsement" and f.evidence[-1] == st.evidence():
                    out.append(ctx.fact("candidacy", f.object, st.election.entity(), [st],  # type: ignore[arg-type]
                                        0.8, EXTRACTOR))
        prev = st
    return out
