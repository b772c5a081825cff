"""endorsement: "X endorses Y", "X-backed Y", "Y, who had the endorsement of X", tweets
"KAREN HANDEL FOR CONGRESS … — Donald J. Trump (@realDonaldTrump)", "X plans to campaign for Y",
withdrawing in favour of Y. The endorser may be a person, an organisation or a party.

The statement is read as surface text with names masked (no parse): a verb of endorsing and the
endorsed name after it are found first, then the endorser is the nearest name before the verb
that is not inside a prepositional phrase ("the chair of the DNC endorses Y" is not the DNC's
endorsement), not a possessor ("X's aide backed Y") and not the endorsed person ("X said Y is
wrong when he endorsed Y"); a name coordinated with it ("X and Y endorse Z") endorses too.
Hypothetical and negative statements ("would support", "declined to endorse") give nothing, nor
do a poll's shares ("45 percent back Y"), a condition ("campaign for Y if ..."), or a name that is
the object of an earlier verb ("congratulated X and called for a vote for him"). Names in an aside
between dashes are skipped ("X on Monday — who was a Z backer — endorsed Y").
Other shapes: "Z-backed Rep. Y", "Y, whom X backed", "X, a DNC member who backs Y", "a super PAC
backing Y, called X", "Y campaign co-chair X", "Y secured X's endorsement", "endorsed Z's
opponent, Y", "the president endorsed Y".
The word classes are data: `endorsement` in kg/extract/data/lexicons.json.
"""

from __future__ import annotations

import re

from kg.extract import party
from kg.extract.lexicons import ENDORSEMENT_WORDS, FOREIGN_PARTIES, ORGANISATIONS, alternation
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
        r"nomination|run|defen[cs]e|side)\b))")
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
    rf"rall(?:y|ies|ied|ying) (?:{_WHEN} )?(?:for|behind|to(?= ⟨\d+⟩['’]s (?:defen[cs]e|side)\b))|"
    rf"stump(?:s|ed|ing)? (?:{_WHEN} )?for|"
    rf"(?:come|comes|coming|came) out (?:{_WHEN} )?(?:for|in (?:support|favou?r) of)|"
    r"(?:show|voice|pledge|offer|lend|lent|give|gave|giving|announce|declare|express|extend)\w* "
    r"(?:his|her|their|its) (?:\w+ )?(?:support (?:for|to)|endorsement (?:of|to)|"
    r"backing (?:of|for|to))|"
    r"(?:urg|call)\w* (?:on )?(?:[\w’']+ ){0,3}to vote for|"
    r"(?:made|makes|make|making) (?:a|an|his|her|their|its) (?:[\w-]+ ){0,2}endorsement of|"
    r"(?:endorsed|endorses|backed|backs) and (?:fundraised|raised money|campaigned|stumped) for)"
)
# "endorsed Blackburn's opponent, the Democratic former governor Phil Bredesen"
_RIVAL_OF = r"(?:⟨\d+⟩['’]s (?:[\w-]+ )?(?:opponent|rival|challenger),? )"
_PREDICATE = re.compile(
    rf"(?<= ){_VERB} (?:{_RIVAL_OF}?(?:the (?:candidacy|campaign|bid|re-?election) of )?"
    rf"{_DESC}{_OBJ}|{_PRONOUN_OBJ})")
# A condition after the endorsed name: "campaign for Y if that's who it is"
_CONDITION_AFTER = re.compile(r"^(?: \([^()]*\))?,? (?:if|unless|should|once)\b")
# Between a name and the verb, a new subject: "X and an identical number backed Y", "X (42
# percent) as they are to back Y", "Ossoff and called on her supporters" (X the object)
_OTHER_SUBJECT = re.compile(
    r"^,? and (?:(?:a|an|the|some|many|most|\d+)\b|(?:\w+ly )?$)|\b(?:as|than) (?:they|he|she|we|"
    r"you|I)\b|\b(?:percent|%|number|share|majority|voters|respondents)(?: \w+)? $")
# A condition on the subject: "if X can show that the conference will back him"
_CONDITION_BEFORE = re.compile(r"\b(?:if|unless|whether)\s+(?:\S+\s+){0,2}$", re.I)
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
    rf"{_E}(?: \([^()]{{1,12}}\))?(?: of [A-Z][\w.]*(?: [A-Z][\w.]*)?)?,? (?:and|&) "
    rf"(?:(?:[A-Z][\w.’'-]*\.?|(?i:{_DESCRIPTORS})) ){{0,4}}$")
_LISTED = re.compile(rf"{_E}, (?:[A-Z][\w.’'-]*\.? ){{0,2}}$")
# More endorsers after one: "from Mayor X and Sen. Y", "of X and ... — Representatives Y, Z and W"
_MORE = re.compile(
    rf"^(?:,|,? and|,? as well as|;|,? including)(?: by)?(?: the)?(?: [^,.;⟨⟪—–]{{0,70}}? [—–:])?"
    rf" (?:the )?(?:[A-Z][\w.’'-]*\.? ){{0,3}}{_E}"
)
_NEXT_OBJECT = re.compile(rf"^(?:,|,? and) {_DESC}(⟨\d+⟩)(?=$|[,.;:)]| (?:for|in|as|on|at)\b)")

_SWITCH_SUPPORT = re.compile(
    rf"{_E}[^.⟨]{{0,40}}?\b(?:switch|shift|mov)\w* (?:his|her|their) (?:support|endorsement|"
    rf"allegiance) from\s+{_DESC}{P} to {_DESC}{P}"
)
_RECEIVED = re.compile(
    rf"{P}(?:,[^,⟨]{{1,60}},)?(?:[^.⟨⟪]{{0,100}}? (?:after|by|with|following|since))? "
    rf"(?:received|receives|receiving|won|wins|winning|earned|earns|earning|got|gets|getting|has|"
    rf"had|having|secured|secures|securing|gained|gaining|picked up|picking up|landed|landing|"
    rf"nabbed|collected|accepted|welcomed|enjoys|enjoyed|enjoying|boasts|boasted|boasting)"
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
    rf"(?:{P}|{ORG}|(?P<word>[A-Z]\w*))[- ](?:backed|endorsed) "
    rf"(?:(?:[A-Z][\w.’'-]*\.?|(?i:{_DESCRIPTORS})) ){{0,5}}?{P}")
_BACKED_BY = re.compile(
    rf"{P}(?:,? who(?:['’]s| is| was| has been| had been)|,? (?:is|was|has been|had been|being)|"
    rf", (?:the|a|an) (?:[\w-]+ ){{1,6}}?(?=(?:backed|endorsed) by))?"
    rf",? (?:(?:{_ADVERBS}) )?(?:backed|endorsed|supported) by "
    rf"(?P<mid>(?:(?! of )[^.⟨⟪]){{0,45}}?){_E}"
)
# "X, a Y supporter", "X, an RNC committeewoman and Y supporter", "X, who served as a key Y
# surrogate"
_BACKER_APPOSITIVE = re.compile(
    rf"{_E}(?: \([^()]{{1,12}}\)| of [A-Z][\w.]*(?: [A-Z][\w.]*)?)?,? "
    rf"(?:who (?:is|was|has been|had been|served as|serves as|became|remains) "
    rf"(?:now |also |long )?)?(?:a|an|one|the|another) (?:[^,⟨⟪.;]{{0,60}}? )?{P}(?:['’]s)? "
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
# "X, a DNC member from Colorado who backs Y": an apposition with a role, then who backs
_WHO_BACKS = re.compile(
    rf"{_E}, (?:a|an|the) (?P<app>[^,.;⟨—–]{{0,60}}?(?:⟪\d+⟫[^,.;⟨⟪—–]{{0,40}}?)?) who "
    rf"(?:(?:{_ADVERBS}) )?(?:backs|supports|endorsed|endorses|backed|supported|"
    rf"(?:is|was|has been) (?:backing|supporting|endorsing)) {_DESC}{_OBJ}"
)
# "Y, whom X backed", "Y, whom X campaigned for last weekend"
_WHOM = re.compile(
    rf"{P}, whom {_E} (?:(?:{_ADVERBS}|had|has) )?(?:backed|endorsed|supported|campaigned for|"
    rf"rallied for|stumped for)"
)
# "Keep the Promise, a super PAC supporting Y"; "A super PAC backing Y, called Z"
_PAC = re.compile(
    rf"(?:(?:{_E}|(?P<name>(?<![\w’'-])[A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|the|of|for)){{0,4}})), "
    rf"(?:a|the) (?:[\w-]+ )?super ⟪\d+⟫ (?:supporting|backing) {P}|"
    rf"(?:[Aa]|[Tt]he) (?:[\w-]+ )?super ⟪\d+⟫ (?:supporting|backing) {P}, "
    rf"(?:called|named|dubbed) {_E})"
)
# "Biden campaign co-chairman, Louisiana Rep. X"; "X, ... and Sanders campaign co-chair";
# "X resigns as the co-chairman of Y's electoral campaign"
_CO_CHAIR = r"(?:national )?co-?chair(?:man|woman|person)?"
_CO_CHAIR_BEFORE = re.compile(
    rf"{P}(?:['’]s)? (?:[\w-]+ )?campaign {_CO_CHAIR},? (?:[A-Z][\w.’'-]*\.? ){{0,4}}{_E}")
_CO_CHAIR_AFTER = re.compile(
    rf"{_E},? (?:[^,.;⟨⟪]{{0,60}} and )?{P}(?:['’]s)? (?:[\w-]+ )?campaign {_CO_CHAIR}\b")
_CO_CHAIR_OF = re.compile(
    rf"{_E}[^.⟨⟪]{{0,40}}?\b(?:as|is|was|became|named|,) (?:the |a )?{_CO_CHAIR} of {P}['’]s "
    rf"(?:[\w-]+ ){{0,2}}?campaign")
# "Clinton had secured President Barack Obama's endorsement"
_RECEIVED_POSSESSIVE = re.compile(
    rf"{P}(?:,[^,⟨]{{1,60}},)? (?:\w+ ){{0,2}}?(?:received|receives|won|wins|earned|earns|got|"
    rf"gets|secured|secures|gained|landed|picked up|had|has|boasts|enjoys|enjoyed) "
    rf"(?:(?:[A-Z][\w.’'-]*\.?|(?i:{_DESCRIPTORS})) ){{0,3}}{_E}['’]s (?:[\w-]+ ){{0,2}}?"
    rf"(?:endorsement|backing|support)\b"
)
# "Trump went to Indiana where he got the endorsement of ... Bobby Knight": "he" is the name
# before it, with no other name between
_WHERE_HE_RECEIVED = re.compile(
    rf"{P}[^⟨⟪.]{{0,160}}?\b(?:where|when|after|and|as|which|while) (?:he|she) (?:also )?"
    rf"(?:received|won|got|earned|picked up|secured|gained|landed) (?:an |the )?(?:[\w-]+ ){{0,2}}"
    rf"(?:endorsement|backing) (?:from|of) [^.⟨⟪]{{0,60}}?{_E}"
)
# "X joined the list of GOP officials supporting Y"
_JOINED_LIST = re.compile(
    rf"{_E} join(?:s|ed|ing)? (?:the |a )?(?:growing )?(?:list|ranks|chorus|group|number) of "
    rf"[^.⟨⟪]{{0,40}}?(?:supporting|backing|endorsing) {_DESC}{P}"
)
_TWEET = re.compile(
    r"^(?P<name>[A-Z][A-Z.' \-]+?) FOR (?:CONGRESS|SENATE|GOVERNOR|PRESIDENT|MAYOR)\b"
)
_TWEET_AUTHOR = re.compile(rf"— {P} \(@\w+\)")
_RESPECTIVELY = re.compile(
    rf"{P} and {P} (?:plan to |will |to )?(?:campaign|rally|stump) for (?:the )?(?:[\w-]+ ){{0,3}}?"
    rf"{P} and {P},? respectively"
)
_PRESIDENT_BACKING = re.compile(
    rf"{P}(?:,[^,⟨]{{1,80}},)? (?:earned|won|received|got|secured|has|had) "
    rf"(?:the president(?:'s|’s) (?:\w+ )?(?:backing|endorsement|support)|"
    rf"(?:an? |the )?(?:[\w-]+ ){{0,3}}?"
    rf"(?:backing|endorsement|support) from the president\b)"
)
# "The president endorsed accused child molester Roy Moore"
_PRESIDENT_ENDORSED = re.compile(
    rf"(?:^|[,;:] )[Tt]he president (?:(?:{_ADVERBS}|has|had) )?(?:endorsed|endorses|backed|backs|"
    rf"campaigned for|rallied for) (?:(?:[\w-]+ ){{0,3}}?)(?P<obj>⟨\d+⟩)(?!['’]s)"
)
_WITHDRAW = re.compile(
    rf"{P}[^.⟨]{{0,80}}(?:withdraw\w*|drops? out|dropped out|suspend\w*|ends? (?:his|her) "
    rf"campaign)[^.⟨]{{0,60}}(?:in favou?r of|endors\w+|backing) {_DESC}{P}"
)
_SUBJECT_WINDOW = 100
# An aside between dashes before the verb: its names are not the subject
_ASIDE = re.compile(r" (?:—|–|--) [^—–.;]{1,100}? (?:—|–|--) ")
_ORG_MENTION = re.compile(rf"⟪|\b(?:{alternation(ORGANISATIONS)})\b")  # an organisation named
_GENERIC_ORGS = {"pac", "super pac", "superpac", "campaign", "committee"}


class _Endorsers:
    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx

    def entity(self, person: str | None, org: str | None) -> Entity | None:
        if person:
            return self.ctx.person(person)
        if org:
            name = self.ctx.org(org)
            if name.casefold() in _GENERIC_ORGS:
                return None  # "a super PAC backing Y": the kind of group, not its name
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
    asides = [(a.start(), a.end()) for a in _ASIDE.finditer(text, lo, verb_start)]
    for m in reversed(list(_ENT.finditer(text, lo, verb_start))):
        if any(a <= m.start() and m.end() <= b for a, b in asides):
            continue  # "X on Monday — who was a major Z backer in 2016 — also endorsed Y"
        middle = text[m.end():verb_start]
        for a, b in asides:
            if a >= m.end():
                middle = middle.replace(text[a:b], " ")
        if m.group(1) is not None and m.group(1) == obj:
            continue  # "X said … Y … when he endorsed Y"
        if _POSSESSOR.match(middle):
            return []
        if re.search(r"[.;!?](?:\s|[—–\"”])", middle) or _HYPOTHETICAL.search(middle):
            return []
        if _MODIFIER.match(middle) or _NEW_CLAUSE.search(middle):
            return []  # "a major X backer … endorsed Y"; "likes X, but he is backing Y"
        if re.search(r"\b(?:who|which|whom)\b", middle) and not re.match(
                r"(?:,| --| [—–])? who\b", middle):
            return []  # "X criticised voters who backed Y"
        if _PREPOSITION.search(text[max(0, m.start() - 60):m.start()]):
            continue
        if _OTHER_SUBJECT.search(middle) or _CONDITION_BEFORE.search(text[lo:m.start()]):
            return []
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
        if _CONDITION_AFTER.match(text[m.end():]):
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
    for m in _WHO_BACKS.finditer(text):
        if _ROLE.search(m.group("app")) or _ORG_MENTION.search(m.group("app")):
            pairs.append((who.entity(m.group(1), m.group(2)), m.group("obj")[1:-1], 0.85))
    for m in _WHOM.finditer(text):
        pairs.append((who.entity(m.group(2), m.group(3)), m.group(1), 0.88))
    for m in _PAC.finditer(text):
        if m.group("name"):
            pairs.append((Entity(type="Organization", label=m.group("name")), m.group(4), 0.85))
        elif m.group(4) is not None:
            pairs.append((who.entity(m.group(1), m.group(2)), m.group(4), 0.85))
        else:
            pairs.append((who.entity(m.group(6), m.group(7)), m.group(5), 0.85))
    for m in _CO_CHAIR_BEFORE.finditer(text):
        pairs.append((who.entity(m.group(2), m.group(3)), m.group(1), 0.85))
    for m in _CO_CHAIR_AFTER.finditer(text):
        pairs.append((who.entity(m.group(1), m.group(2)), m.group(3), 0.85))
    for m in _CO_CHAIR_OF.finditer(text):
        pairs.append((who.entity(m.group(1), m.group(2)), m.group(3), 0.85))
    for m in _RECEIVED_POSSESSIVE.finditer(text):
        if not _HYPOTHETICAL.search(m.group(0)):
            pairs.append((who.entity(m.group(2), m.group(3)), m.group(1), 0.88))
    for m in _WHERE_HE_RECEIVED.finditer(text):
        if not _HYPOTHETICAL.search(m.group(0)):
            pairs.append((who.entity(m.group(2), m.group(3)), m.group(1), 0.8))
    for m in _JOINED_LIST.finditer(text):
        pairs.append((who.entity(m.group(1), m.group(2)), m.group(3), 0.85))
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
    by_president = _PRESIDENT_ENDORSED.search(text)
    president = _president(ctx) if backing or by_president else None
    if backing and president is not None and president != backing.group(1):
        pairs.append((ctx.person(president), backing.group(1), 0.88))
    if by_president and president is not None and f"⟨{president}⟩" != by_president.group("obj"):
        pairs.append((ctx.person(president), by_president.group("obj")[1:-1], 0.85))
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
    rf"(?:^|, )(?:[Hh]e|[Ss]he)(?:['’]s| has| had)?(?: also| later| then| since)? "
    rf"(?:received|won|got|earned|picked up|secured) (?:an |the )?(?:[\w-]+ )?"
    rf"(?:endorsements?|backing) (?:from|of) (?:[^.⟨]{{0,60}}?){P}"
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
