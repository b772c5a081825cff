"""endorsement: "X endorses Y", "X-backed Y", "Y, who had the endorsement of X", tweets
"KAREN HANDEL FOR CONGRESS … — Donald J. Trump (@realDonaldTrump)", "X plans to campaign for Y",
withdrawing in favour of Y. The endorser may be a person, an organisation or a party.

The statement is read as surface text with names masked (no parse): a verb of endorsing and the
endorsed name after it are found first, then the endorser is the nearest name before the verb
that is not inside a prepositional phrase ("the chair of the DNC endorses Y" is not the DNC's
endorsement), not a possessor ("X's aide backed Y") and not the endorsed person ("X said Y is
wrong when he endorsed Y"); a name coordinated with it ("X and Y endorse Z") endorses too.
Hypothetical and negative statements ("would support", "declined to endorse") give nothing.
The word classes are data: `endorsement` in kg/extract/data/lexicons.json.
"""

from __future__ import annotations

import re

from kg.extract import party
from kg.extract.lexicons import ENDORSEMENT_WORDS, FOREIGN_PARTIES, alternation
from kg.extract.statements import ORG, ArticleContext, P, Statement
from kg.model import Entity, Fact

EXTRACTOR = "kg.extract.endorsement.v1"
_E = rf"(?:{P}|{ORG})"
_ENT = re.compile(_E)
_ADVERBS = alternation(ENDORSEMENT_WORDS["adverbs"])
_DESCRIPTORS = alternation(ENDORSEMENT_WORDS["descriptors"])
_BACKER = rf"(?:{alternation(ENDORSEMENT_WORDS['backer_nouns'])})"
_BACKING = rf"(?:{alternation(ENDORSEMENT_WORDS['backing_nouns'])})"
_HYPOTHETICAL = re.compile(
    rf"(?<![\w’'])(?:{alternation(ENDORSEMENT_WORDS['hypothetical'])})(?![\w’'])", re.I)
# "Rumors that X pledged his support to Y are untrue": the whole statement is denied
_DENIAL = re.compile(rf"\b(?:{alternation(ENDORSEMENT_WORDS['denial'])})\b", re.I)
# "X, a Y supporter and former DNC chair" is a public figure's endorsement; "X, a Y supporter
# from Connecticut" a voter's
_ROLE = re.compile(rf"(?<![\w-])(?:{alternation(ENDORSEMENT_WORDS['roles'])})(?![\w-])", re.I)
# a word that may stand between "campaigned" and "for": "campaigned heavily for", "Friday"
_WHEN = (rf"(?:{_ADVERBS}|hard|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
         rf"today|yesterday|tonight)")
# Words between an endorsing verb and the endorsed name: "rival candidate", "Vermont Senator",
# "Democratic Party rival", "Republican Party presidential candidate", "Mr."
_DESC = (rf"(?:(?:the|a|an|his|her|their|its) )?"
         rf"(?:(?:[A-Z][\w.’'-]*|(?i:{_DESCRIPTORS})) ){{0,5}}?")
# The endorsed name; a possessive only as "Y's campaign" ("backed Y's bill" is policy support)
_OBJ = (r"(?P<obj>⟨\d+⟩)(?!['’]s (?!(?:\w+ ){0,2}(?:campaign|bid|candidacy|re-?election|"
        r"nomination|run)\b))")
_PRONOUN_OBJ = (r"(?P<pron>him|her)(?=$|[,.;:—–)]| (?:--|[—–(]|a|in|on|at|for|last|this|as|"
                r"after|before|during|when|because|and|over|early|back|once|too)\b)")
_AUX = r"(?P<aux>to|will|’ll|'ll|would|could|might|did|does|do|must|should|can|shall)"
_VERB = (
    r"(?<![\w-])(?:endorses|endorsed|backs|backed|supports|supported|"
    r"(?:is|are|was|were|been|be|to|for|by|in|after|while|from|on|now|also) "
    r"(?:endorsing|backing|supporting)|"
    rf"{_AUX} (?:(?:{_ADVERBS}) )?(?:endorse|back|support)|"
    r"thr(?:ew|ows|owing|own|ow) (?:his|her|their|its) (?:\w+ )?(?:support|weight) behind|"
    rf"(?:(?<!the )(?<!a )(?<!his )(?<!her )(?<!their )(?<!its )(?<!['’]s )campaign(?:s|ed|ing)|"
    rf"{_AUX.replace('?P<aux>', '?:')} campaign) (?:{_WHEN} )?(?:for|on behalf of)|"
    rf"rall(?:y|ies|ied|ying) (?:{_WHEN} )?(?:for|behind)|"
    rf"stump(?:s|ed|ing)? (?:{_WHEN} )?for|"
    rf"(?:come|comes|coming|came) out (?:{_WHEN} )?(?:for|in (?:support|favou?r) of)|"
    r"(?:show|voice|pledge|offer|lend|lent|give|gave|giving|announce|declare|express|extend)\w* "
    r"(?:his|her|their|its) (?:\w+ )?(?:support (?:for|to)|endorsement (?:of|to)|"
    r"backing (?:of|for|to))|"
    r"(?:urg|call)\w* (?:on )?(?:[\w’']+ ){0,3}to vote for)"
)
_PREDICATE = re.compile(rf"(?<= ){_VERB} (?:{_DESC}{_OBJ}|{_PRONOUN_OBJ})")
# "joined Y on the campaign trail", "joins Y's election campaign"
_JOINED = re.compile(
    r"(?<= )join(?:s|ed|ing)? (?P<obj>⟨\d+⟩)(?: on the (?:campaign )?trail|['’]s (?:\w+ )?"
    r"campaign\b(?! (?:as|staff|team))(?! (?:manager|chair|adviser)))"
)
_POSSESSOR = re.compile(r"^['’]s\b")
# A name that modifies a noun ("X backer", "X campaign") is not the subject
_MODIFIER = re.compile(rf"^ (?:{_BACKER}|campaign|aide|adviser|advisor|spokesman|spokeswoman|"
                       rf"staff|delegate|administration)s?\b")
# A new clause with its own pronoun subject: "likes X, but he is open to backing Y"
_NEW_CLAUSE = re.compile(r"(?:,|;) (?:but|and|so|yet|while|though|although) (?:he|she|they)\b")
# A name inside a prepositional phrase before the verb is not its subject
_PREPOSITION = re.compile(
    r"\b(?:of|(?<![Aa]s )for|with|from|by|to|against|than|at|in|on|about|over|under|like|including|"
    r"between|behind|toward|towards|into|among|defeating|defeated|beat|beating|unlike|"
    r"besides|after|before|during|told|said)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\.?\s+){0,3}$"
)
_COORDINATED = re.compile(
    rf"{_E}(?: \([^()]{{1,12}}\))?,? (?:and|&) (?:[A-Z][\w.’'-]*\.? ){{0,2}}$")
_LISTED = re.compile(rf"{_E}, (?:[A-Z][\w.’'-]*\.? ){{0,2}}$")
# More endorsers after one: "from Mayor X and Sen. Y", "of X and ... — Representatives Y, Z and W"
_MORE = re.compile(
    rf"^(?:,|,? and|,? as well as|;|,? including)(?: by)?(?: the)?(?: [^,.;⟨⟪—–]{{0,70}}? [—–:])?"
    rf" (?:the )?(?:[A-Z][\w.’'-]*\.? ){{0,3}}{_E}"
)
_NEXT_OBJECT = re.compile(rf"^(?:,|,? and) {_DESC}(⟨\d+⟩)(?=$|[,.;:)]| (?:for|in|as|on|at)\b)")

_SWITCH_SUPPORT = re.compile(
    rf"{_E}[^.⟨]{{0,40}}?\b(?:switch|shift|mov)\w* (?:his|her|their) (?:support|endorsement|"
    rf"allegiance) from {_DESC}{P} to {_DESC}{P}"
)
_RECEIVED = re.compile(
    rf"{P}(?:,[^,⟨]{{1,60}},)?(?:[^.⟨⟪]{{0,100}}? (?:after|by|with|following|since))? "
    rf"(?:received|receives|receiving|won|wins|winning|earned|earns|earning|got|gets|getting|has|"
    rf"had|having|secured|secures|securing|gained|gaining|picked up|picking up|landed|landing|"
    rf"nabbed|collected|accepted|welcomed)"
    rf"(?: (?:an|the|a|his|her))? (?:\w+ ){{0,2}}?{_BACKING}s? (?:of|from|by) "
    rf"(?:(?:[^.⟨⟪]{{0,40}}?)|"
    rf"[^.⟨⟪]{{0,80}}?[,\"”]* (?:as well as|including|like|such as) (?:the )?)"
    rf"{_E}"
)
_BACKING_FROM = re.compile(
    rf"(?<![\w-]){P}(?:['’]s)? {_BACKING}s? from (?:the )?(?:[A-Z][\w.’'-]*\.? ){{0,3}}{_E}")
_ANNOUNCED = re.compile(
    rf"{_E} (?:announced|announces|declared|declares|gave|gives|offered|offers) (?:his|her|their) "
    rf"(?:endorsement of|support for|backing of|backing to|endorsement to) {P}"
)
_WHO_HAD = re.compile(rf"{P}, who (?:had|has|won|received) the (?:endorsement|backing|support) of {_E}")  # noqa: E501
_POSSESSIVE = re.compile(
    rf"{_E}(?:'s|’s) (?:\w+ )?(?:endorsement|backing|support) (?:of|for) {_DESC}{_OBJ}")
_THANKED = re.compile(rf"{P} thanked {_E} for (?:his|her|their) (?:support|endorsement|backing)")
_BACKED_ADJ = re.compile(
    rf"(?:{P}|{ORG}|(?P<word>[A-Z]\w*))[- ](?:backed|endorsed) {P}")
_BACKED_BY = re.compile(
    rf"{P}(?:,? who(?:['’]s| is| was| has been| had been)|,? (?:is|was|has been|had been|being))?"
    rf",? (?:(?:{_ADVERBS}) )?(?:backed|endorsed|supported) by "
    rf"(?P<mid>(?:(?! of )[^.⟨⟪]){{0,30}}?){_E}"
)
# "X, a Y supporter", "X, an RNC committeewoman and Y supporter", "X, who served as a key Y
# surrogate"
_BACKER_APPOSITIVE = re.compile(
    rf"{_E},? (?:who (?:is|was|has been|had been|served as|serves as|became|remains) "
    rf"(?:now |also |long )?)?(?:a|an|one|the) (?:[^,⟨⟪.;]{{0,60}}? )?{P}(?:['’]s)? "
    rf"(?:\w+ )?{_BACKER}\b"
)
# "Y supporter X", "Y backers X and Z"
_BACKER_BEFORE = re.compile(
    rf"{P}(?:['’]s)? {_BACKER}s? (?:(?:[A-Z][\w.’'-]*\.?|(?i:{_DESCRIPTORS})) ){{0,3}}?{_E}")
# "X started as a supporter of Y", "X is now a supporter and adviser to Y"
_BACKER_OF = re.compile(
    rf"{_E},?(?P<mid>[^.⟨⟪]{{0,50}}?)\b(?:as|is|was|became|been|remains?|remained) "
    rf"(?:a|an|one of the|the) (?:\w+ ){{0,2}}?{_BACKER}s? (?:and (?:\w+ ){{1,3}})?(?:of|to|for) "
    rf"{_DESC}{_OBJ}"
)
# "Y's supporters, like X", "Y supporters, including Rep. X"
_BACKERS_LIKE = re.compile(
    rf"{P}(?:['’]s)? {_BACKER}s,? (?:like|including|such as|among them) [^,.⟨⟪;]{{0,60}}?{_E}")
# "X, Y's latest big endorsement"
_ENDORSEMENT_APPOSITIVE = re.compile(
    rf"{_E}, {P}(?:['’]s) (?:\w+ ){{0,3}}(?:endorsement|{_BACKER})\b")
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
_SUBJECT_WINDOW = 100


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


def _groups(m: re.Match[str]) -> tuple[str | None, str | None]:
    """(person index, organisation index) of a name token match."""
    return m.group(1), m.group(2)


def _subjects(text: str, verb_start: int, obj: str | None) -> list[re.Match[str]]:
    """The endorser tokens of a verb: the nearest name before it that is its subject, and the
    names coordinated with that one. None when the statement is hypothetical or negative, or
    the nearest candidate is a possessor ("X's aide backed Y")."""
    lo = max(0, verb_start - _SUBJECT_WINDOW)
    for m in reversed(list(_ENT.finditer(text, lo, verb_start))):
        middle = text[m.end():verb_start]
        if m.group(1) is not None and m.group(1) == obj:
            continue  # "X said … Y … when he endorsed Y"
        if _POSSESSOR.match(middle):
            return []
        if re.search(r"[.;!?](?:\s|[—–\"”])", middle) or _HYPOTHETICAL.search(middle):
            return []
        if _MODIFIER.match(middle) or _NEW_CLAUSE.search(middle):
            return []  # "a major X backer … endorsed Y"; "likes X, but he is backing Y"
        if re.search(r"\b(?:who|which|whom)\b", middle) and not re.match(r",? who\b", middle):
            return []  # "X criticised voters who backed Y"
        if _PREPOSITION.search(text[max(0, m.start() - 60):m.start()]):
            continue
        return [m, *_coordinated(text, m.start())]
    return []


def _coordinated(text: str, start: int) -> list[re.Match[str]]:
    """The names listed before a subject: "X and Sen. Y", "X, Y and Z"."""
    out: list[re.Match[str]] = []
    m = _COORDINATED.search(text, 0, start)
    while m is not None:
        out.append(m)
        m = _LISTED.search(text, 0, m.start())
    return out


def _more(text: str, end: int) -> list[re.Match[str]]:
    """The names listed after an endorser: "X and Sen. Y", "X, Y and Z"."""
    out: list[re.Match[str]] = []
    m = _MORE.match(text[end:])
    while m is not None:
        out.append(m)
        end += m.end()
        m = _MORE.match(text[end:])
    return out


def _more_objects(text: str, end: int) -> list[str]:
    """The endorsed names listed after the first: "endorsed X and Y"."""
    out: list[str] = []
    m = _NEXT_OBJECT.match(text[end:])
    while m is not None:
        out.append(m.group(1)[1:-1])
        end += m.end()
        m = _NEXT_OBJECT.match(text[end:])
    return out


def _antecedent(ctx: ArticleContext, st: Statement, prev: Statement | None, before: int,
                endorser: Entity) -> tuple[str, list[Statement]] | None:
    """The person an object pronoun ("endorsed him") refers to: the first other person named
    earlier in the statement, or else the first other person of the statement before."""
    earlier = [g for g in re.findall(P, st.masked[:before])
               if ctx.person(g).label != endorser.label]
    if earlier:
        return earlier[0], [st]
    if prev is not None:
        others = [str(p) for p in prev.people if ctx.person(p).label != endorser.label]
        if others:
            return others[0], [prev, st]
    return None


def _predicates(ctx: ArticleContext, st: Statement, prev: Statement | None,
                who: _Endorsers) -> list[tuple[Entity | None, str, float, list[Statement]]]:
    """Endorsements by a verb: "X endorsed Y", "X and Z threw their support behind Y", "as for
    X, he now backs Y", "Even the Post endorsed him"."""
    text = st.masked
    out: list[tuple[Entity | None, str, float, list[Statement]]] = []
    matches = [*_PREDICATE.finditer(text), *_JOINED.finditer(text)]
    for m in matches:
        groups = m.groupdict()
        if groups.get("aux") and _HYPOTHETICAL.fullmatch(groups["aux"]):
            continue
        if re.search(r"\brespectively\b", text[m.end():]):
            continue  # "X and Y campaign for A and B, respectively": _RESPECTIVELY pairs them
        obj = groups["obj"][1:-1] if groups.get("obj") else None
        conf = 0.9 if re.match(r"endors|back|thr", m.group(0)) else 0.85
        for s in _subjects(text, m.start(), obj):
            endorser = who.entity(*_groups(s))
            if endorser is None:
                continue
            if obj is not None:
                for o in [obj, *_more_objects(text, m.end())]:
                    out.append((endorser, o, conf, [st]))
            else:
                found = _antecedent(ctx, st, prev, s.start(), endorser)
                if found is not None:
                    out.append((endorser, found[0], 0.75, found[1]))
    return out


def _public_figure(text: str, m: re.Match[str]) -> bool:
    """'X, a Y supporter' names a public figure's endorsement when the apposition gives X a
    role ('and former DNC chair', 'an RNC committeewoman'), or the noun is not one voters are
    called by ('surrogate')."""
    if not re.search(r"supporter", m.group(0)):
        return True
    rest = re.match(r"[^,.;⟨⟪—–]*", text[m.end():])
    apposition = text[m.start():m.end() + (rest.end() if rest else 0)]
    return bool(_ROLE.search(_ENT.sub(" ", apposition)))


def _facts(ctx: ArticleContext, st: Statement, prev: Statement | None) -> list[Fact]:
    text = st.masked
    if _DENIAL.search(text):
        return []
    who = _Endorsers(ctx)
    pairs: list[tuple[Entity | None, str, float]] = []
    evidence: dict[tuple[str, str], list[Statement]] = {}
    for endorser, endorsed, conf, ev in _predicates(ctx, st, prev, who):
        if endorser is not None:
            evidence[(endorser.label, endorsed)] = ev
        pairs.append((endorser, endorsed, conf))
    for m in _RECEIVED.finditer(text):
        if not _HYPOTHETICAL.search(m.group(0)):
            pairs.append((who.entity(m.group(2), m.group(3)), m.group(1), 0.9))
            pairs += [(who.entity(*_groups(n)), m.group(1), 0.85) for n in _more(text, m.end())]
    for m in _BACKING_FROM.finditer(text):
        pairs.append((who.entity(m.group(2), m.group(3)), m.group(1), 0.85))
        pairs += [(who.entity(*_groups(n)), m.group(1), 0.85) for n in _more(text, m.end())]
    for m in _ANNOUNCED.finditer(text):
        pairs.append((who.entity(m.group(1), m.group(2)), m.group(3), 0.9))
    for m in _WHO_HAD.finditer(text):
        pairs.append((who.entity(m.group(2), m.group(3)), m.group(1), 0.92))
    for m in _POSSESSIVE.finditer(text):
        pairs.append((who.entity(m.group(1), m.group(2)), m.group("obj")[1:-1], 0.92))
    for m in _THANKED.finditer(text):
        pairs.append((who.entity(m.group(2), m.group(3)), m.group(1), 0.85))
    for m in _BACKED_ADJ.finditer(text):
        if m.group(1) or m.group(2):
            pairs.append((who.entity(m.group(1), m.group(2)), m.group(4), 0.9))
        else:
            pairs.append((_party_word(ctx, m.group("word")), m.group(4), 0.85))
    for m in _BACKED_BY.finditer(text):
        if not _HYPOTHETICAL.search(m.group("mid")):
            pairs.append((who.entity(m.group(3), m.group(4)), m.group(1), 0.88))
            pairs += [(who.entity(*_groups(n)), m.group(1), 0.85) for n in _more(text, m.end())]
    for m in _BACKER_APPOSITIVE.finditer(text):
        if not _HYPOTHETICAL.search(m.group(0)) and _public_figure(text, m):
            pairs.append((who.entity(m.group(1), m.group(2)), m.group(3), 0.85))
    for m in _BACKER_BEFORE.finditer(text):
        pairs.append((who.entity(m.group(2), m.group(3)), m.group(1), 0.85))
        pairs += [(who.entity(*_groups(n)), m.group(1), 0.85) for n in _more(text, m.end())]
    for m in _BACKER_OF.finditer(text):
        if not _HYPOTHETICAL.search(m.group(0)):
            pairs.append((who.entity(m.group(1), m.group(2)), m.group("obj")[1:-1], 0.85))
    for m in _BACKERS_LIKE.finditer(text):
        pairs.append((who.entity(m.group(2), m.group(3)), m.group(1), 0.85))
        pairs += [(who.entity(*_groups(n)), m.group(1), 0.85) for n in _more(text, m.end())]
    for m in _ENDORSEMENT_APPOSITIVE.finditer(text):
        pairs.append((who.entity(m.group(1), m.group(2)), m.group(3), 0.85))
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
    out: dict[tuple[str, str], Fact] = {}
    for endorser, candidate, conf in pairs:
        if endorser is None:
            continue
        cand = ctx.person(candidate)
        if endorser == cand or endorser.label == cand.label:
            continue
        key = (endorser.label, cand.label)
        if key in out and out[key].confidence >= conf:
            continue
        ev = evidence.get((endorser.label, candidate), [st])
        out[key] = ctx.fact("endorsement", endorser, cand, ev, conf, EXTRACTOR)
    return list(out.values())


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
