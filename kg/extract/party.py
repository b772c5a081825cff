"""party: "Democrat Jon Ossoff", "(R-GA)", "Karen Handel, a Republican", "Borisov's GERB".

Parties are named canonically ("Republican Party", Q29468); a foreign party keeps the name the
text gives unless the small table below knows its full name. Party staff get no party.
"""

from __future__ import annotations

import re

from kg.extract.candidacy import LEADS as _LEADS
from kg.extract.candidacy import PARTY_GROUP as _GROUP
from kg.extract.lexicons import (
    FOREIGN_PARTIES,
    PARTY_NAMES,
    STATE_ABBREVIATIONS,
    STATE_ALT,
    alternation,
)
from kg.extract.statements import ORG, ArticleContext, P, Statement
from kg.model import Entity, Fact

EXTRACTOR = "kg.extract.party.v1"
REPUBLICAN = Entity(type="Party", label="Republican Party", wikidata="Q29468")
DEMOCRATIC = Entity(type="Party", label="Democratic Party", wikidata="Q29552")
LIBERTARIAN = Entity(type="Party", label="Libertarian Party")
_US_WORDS = {
    "republican": REPUBLICAN, "republicans": REPUBLICAN, "gop": REPUBLICAN, "r": REPUBLICAN,
    "rep": REPUBLICAN, "democrat": DEMOCRATIC, "democratic": DEMOCRATIC, "democrats": DEMOCRATIC,
    "d": DEMOCRATIC, "dem": DEMOCRATIC, "libertarian": LIBERTARIAN, "libertarians": LIBERTARIAN,
}
# Foreign parties by the acronym or short name news uses (kg/extract/data/lexicons.json).
FOREIGN = FOREIGN_PARTIES
FOREIGN_ALT = alternation(FOREIGN_PARTIES)
_PARTY_WORD = r"(?P<party>Republican|Democratic|Democrat|GOP|Libertarian)"

# A party's own name: capitalised words ending in "Party" ("People's Party for Freedom and
# Democracy", "Freedom Party of Austria"), or in a looser head ("Alliance", "Front", "Union")
# when a political word is in the name ("Social Liberal Union", "National Front"); a name stops
# before a title ("the Socialist Party of Prime Minister Di Rupo").
_TITLES = alternation(PARTY_NAMES['stop_titles'])
_STOP = rf"(?!(?:{_TITLES})\b)"
_NAME_WORD = rf"{_STOP}[A-Z][\w'’\-–!]*"
_TAIL = rf"(?: (?:of|for) (?:the )?{_NAME_WORD}(?: (?:and |of the |of )?{_NAME_WORD}){{0,4}})"
_NAME = (rf"(?<![\w'’])(?:{_NAME_WORD} ){{0,5}}"
         rf"(?:{alternation(PARTY_NAMES['heads'] + PARTY_NAMES['qualified_heads'])})"
         rf"(?![\w'’\-]){_TAIL}?")
PARTY_NAME = re.compile(_NAME)
# A state or county organisation of a US party is that party ("the Kansas Republican Party",
# "the Macomb County Republican Party", "the Texas Democratic Party").
_LOCAL_US = re.compile(
    rf"^(?:(?:{STATE_ALT})(?: [Ss]tate)?|(?:[A-Z][\w.'’\-]* ){{1,3}}County) "
    r"(?P<party>Republican|Democratic) Party$")
_HEADS = set(PARTY_NAMES["heads"])
_POLITICAL = set(PARTY_NAMES["political_words"])
_NOT_PARTIES = set(PARTY_NAMES["not_parties"])
_POSSESSOR = re.compile(r"^(?:[^\s'’]+ ){0,3}?[^\s'’]+['’]s (?!Party\b)")
# "Republican Party", "Democratic Party of Wisconsin", a sentence's first word before them
# ("Leading Republican Party figures"), but not "Social Democratic Party".
_US_NAME = re.compile(
    r"^(?:(?P<first>\S+) )?(?:Republican|Democratic|Democrat|GOP) Party(?: of .*)?$")
# A party by its name or, failing that, by the acronym or short name in the lexicon.
# A name the text glosses with a lexicon acronym ("Christian Democratic Appeal (CDA)") is that
# party whatever its last word.
_GLOSSED = rf"(?:{_NAME_WORD} ){{1,5}}\((?:{FOREIGN_ALT})\)"
_ANY_NAME = rf"(?P<name>{_GLOSSED}|{_NAME}|(?<![\w-])(?:{FOREIGN_ALT})(?![\w-]))"
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
# A US party word, not the end of a foreign one ("the German Social Democrat Martin Schulz").
_NOT_FOREIGN = r"(?<![\w-])(?<!Social )(?<!Christian )(?<!Liberal )"
_BEFORE = re.compile(
    rf"{_NOT_FOREIGN}(?:[Pp]resumed |[Ff]ormer |[Pp]resumptive )?{_PARTY_WORD} (?:{_ROLE})?{P}|"
    rf"(?<![\w-])(?P<party2>Republican|Democratic|Democrat|GOP) (?:governor|senator|congressman|congresswoman|mayor|"  # noqa: E501
    rf"lawmaker|candidate|nominee), {P}"
)
_TAG = re.compile(
    rf"{P} \((?P<party>R|D|Rep|Dem)(?:[.\-–][^)]{{0,12}})?\)|"
    rf"{P}, (?P<party2>R|D)-[A-Z][\w.]{{1,6}}(?:-\d{{1,2}})?(?=[,.])"
)
# "Karen Handel, a Republican", "Jack Conway, the state's Democratic attorney general", "Greg
# Fischer, Louisville's Democratic mayor", "Tom Barrett, his Democratic challenger", "X, a real
# estate agent and a former Republican".
_APPOSITIVE = re.compile(
    rf"{P}[,:] (?:a|the|an|his|her|their|(?:the )?[\w.]+(?: [A-Z][\w.]+)?['’]s) "
    rf"(?P<mods>(?:[\w\-]+ ){{0,3}}?(?:and (?:a|an) (?:[\w\-]+ )?)?){_PARTY_WORD}\b"
    r"(?! (?:National|Congressional|Governors|Senatorial|Party of|Attorneys|Press))"
)
# The party word ends the description ("a former Republican, ...", "a former Democrat who"):
# the person has left that party (unlike "a former Democratic congressman").
_FORMER_END = re.compile(r"(?:s)?(?=[,.;:)—]|\s+(?:who|and|but|turned|now)\b|$)")
# "Democratic incumbent Sens. X, Y and Z", "Democratic Sens. X, Ill., Y, R.I., and Z, Mass.",
# "Democratic operatives X and Y": a plural role after the party word, then the names.
_STATE_ABBR = alternation(STATE_ABBREVIATIONS)
_PLURAL = re.compile(
    rf"{_PARTY_WORD}(?:ic)? (?:Party )?(?:(?:presidential|incumbent|fellow|former|freshman|"
    rf"Senate|House|state|congressional|gubernatorial|U\.S\.) ){{0,2}}(?:senators|candidates|"
    rf"nominees|Reps\.|Sens\.|Govs\.|lawmakers|governors|contenders|hopefuls|operatives|"
    rf"strategists|consultants|incumbents|challengers|congressmen|congresswomen|representatives)"
    rf"(?: were| are|,|:|—|&mdash;| )*"
    rf"(?P<list>(?:{P}(?: of [A-Z]\w+(?: [A-Z]\w+)?)?(?: \([^)]*\))?"
    rf"(?:, (?:{_STATE_ABBR}|[A-Z]\.[A-Z]\.))?"
    rf"(?:,? and |, |&mdash;|—)?)+)"
)
# "three Democratic candidates who appeared to be winning …: X in the Texas Senate race, Y in
# …, and Z", "Republican Party members seeking election — California's X and Massachusetts' Y":
# a plural partisan noun, then a colon or dash, then the people it lists.
_PLURAL_INTRO = re.compile(
    rf"{_PARTY_WORD}(?:ic)? (?:Party )?(?:(?:presidential|incumbent|fellow|former|freshman|"
    rf"Senate|House|state|congressional|gubernatorial|U\.S\.) ){{0,2}}(?:senators|candidates|"
    rf"nominees|lawmakers|governors|contenders|hopefuls|incumbents|challengers|members|"
    rf"congressmen|congresswomen|representatives)\b[^.;:⟨—]{{0,120}}?(?::|—|&mdash;) ?")
_INTRO_ITEM = re.compile(r"^(?:and )?(?:(?:[A-Z][\w.\-]*(?:['’]s?)?|former|state|the) ){0,4}$")
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")


def _listed_after_intro(text: str, start: int) -> list[str]:
    """The people an introduced list names: each item (split at commas and "and") opens with a
    name after at most a place's possessive and titles; the list stops at an item that names
    someone after other words (a clause, not an item) or at the sentence end."""
    end = _SENTENCE_END.search(text, start)
    people: list[str] = []
    for item in re.split(r",? and |, ", text[start:end.start() if end else len(text)]):
        m = _PERSON_GROUP.search(item)
        if m is None:
            continue
        if not _INTRO_ITEM.match(item[:m.start()]):
            break
        people.append(m.group(1))
    return people


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
# Foreign parties by their own name (or the lexicon's acronym): "Mark Rutte of the People's
# Party for Freedom and Democracy", "Prime Minister Victor Ponta's ruling Social Liberal Union",
# "Freedom Party of Austria candidate Norbert Hofer", "The Social Democrats, led by Borut Pahor",
# "Martin Schulz resigns as leader of the Social Democratic Party of Germany".
_SIDE = r"(?:ruling|governing|opposition|centre-right|center-right|centre-left|center-left|" \
    r"conservative|liberal|socialist|nationalist|centrist|populist|far-right|far-left|new|own)"
_MEMBER = r"(?:leader|chairman|chairwoman|chair|president|head|founder|co-founder|member|" \
    r"[Ss]ecretary|[Gg]eneral [Ss]ecretary|[Ss]ecretary[- ][Gg]eneral|" \
    r"candidate|nominee|deputy leader|co-leader|MP|lawmaker|legislator)"
_NAMED_PARTY = [
    re.compile(rf"{P},? (?:of|from) (?:the )?(?:{_SIDE} )*{_ANY_NAME}"),
    re.compile(rf"{P}(?:'s|’s) (?:{_SIDE} )*{_ANY_NAME}"),
    re.compile(rf"{_ANY_NAME}(?: \([^)⟨]{{1,40}}\))? (?:(?:presidential|party|parliamentary|former|"
               rf"state|[A-Z][\w.]*) ){{0,4}}(?:{_MEMBER}|(?!(?:{_SIDE})\b)[A-Z][\w.]*) {P}"),
    re.compile(rf"{_ANY_NAME} of (?:(?:{_TITLES}|former|current) ){{1,3}}{P}"),
    re.compile(rf"{P},? (?:[^⟨.;]{{0,80}} )?(?:become|became|becomes|is|was|as) (?:the )?"
               rf"{_ANY_NAME}(?:'s|’s) (?:[\w-]+ )?(?:{_MEMBER})\b"),
    re.compile(rf"{_ANY_NAME}(?: \([^)⟨]{{1,40}}\))?,? (?:led|headed|founded|formed) by "
               rf"(?:[\w.\-]+ ){{0,3}}?{P}"),
    re.compile(rf"{P},? (?:[^,.;⟨]{{0,50}} as (?:the |a |an )?|(?:is |was )?(?:the |a |an )?)"
               rf"(?:(?:former|current|interim|new|deputy|party) ){{0,2}}{_MEMBER} of (?:the )?"
               rf"(?:[A-Z]\w+(?:'s|’s) )?{_ANY_NAME}"),
    # "Matteo Renzi regains the role of Secretary of the Democratic Party"
    re.compile(rf"{P},? (?:[^,.;⟨]{{0,40}} )?the (?:role|post|position|office|job) of "
               rf"(?:(?:former|current|interim|new|deputy|party) ){{0,2}}(?:{_MEMBER}) of (?:the )?"
               rf"{_ANY_NAME}"),
    # A party's own vote for its leader: "Japan's ruling Liberal Democratic Party chooses former
    # Foreign Minister Taro Aso as …", "X is elected by the Liberal Democratic Party".
    re.compile(rf"{_ANY_NAME},? (?:elects|elected|chooses|chose|picks|picked|selects|selected) "
               rf"(?:(?:former|current|[A-Z][\w.\-]*|of) ){{0,6}}{P}"),
    re.compile(rf"{P},? (?:[^,.;⟨]{{0,40}}, )?(?:is|was|has been) (?:re-?)?elected by "
               rf"(?:the )?(?:[A-Z]\w+['’]s )?(?:{_SIDE} )*{_ANY_NAME}"),
    # A lexicon acronym in brackets after a name: "CDA negotiator Ab Klink (CDA)"
    re.compile(rf"{P} \((?P<name>{FOREIGN_ALT})\)"),
    # "the chairman of the Libertarian Party, Nicholas Sarwark"
    re.compile(rf"(?:(?:former|current|interim|new|deputy|party) ){{0,2}}{_MEMBER} of (?:the )?"
               rf"{_ANY_NAME}(?: \([^)⟨]{{1,40}}\))?, {P}"),
]
# Members of a party's national committee belong to the party ("a DNC member", "an RNC
# committeewoman"), and so does a former chair ("former DNC chair"); a sitting chair is read
# as the party's officer (holds_office), its staff (spokesmen, aides) as no member.
_COMMITTEE_POST = (r"(?:(?:former|onetime) (?:chair|chairman|chairwoman)|member|committeeman|"
                   r"committeewoman)")
_POST_OF = (r"(?:, (?:(?:a|an|the) [^,.;]{0,40}? and )?| (?:who )?(?:is|was|became|becomes|"
            r"served as|serves as) )(?:(?:the|a|an) )?")
_COMMITTEE = re.compile(
    rf"{P}{_POST_OF}{_COMMITTEE_POST} of the (?P<party>Republican|Democratic) National "
    rf"Committee\b|"
    rf"{P}{_POST_OF}(?:(?P<former>former|onetime) )?(?P<acronym>DNC|RNC) "
    rf"(?(former)(?:chair|chairman|chairwoman)|(?:member|committeeman|committeewoman))\b"
)
_PERSON_GROUP = re.compile(P)
# "Governor Perry is a Republican", "castigating Michael Dukakis as a left-of-center Democrat",
# "Crist is a former Florida Republican governor"; "a former Democrat" is the old party.
_IS_PARTISAN = re.compile(
    rf"{P},? (?:is|was|as|became|becomes|remains|is also|was also) (?:a|an) "
    rf"(?P<mods>(?:[\w\-]+ ){{0,2}}?){_PARTY_WORD}(?![\w\-])(?! (?:National|Party|Congressional|"
    r"Governors|Senatorial|Attorneys|Press|primary|stronghold|district|state|county|seat|area|"
    r"town|city|bastion|convention|caucus|debate|ticket|platform|wave|majority|plan|bill))"
)
# A pronoun in a statement that names one person only: "… swarmed over the Christie story
# because he's a Republican".
_PRONOUN_PARTISAN = re.compile(
    rf"\b(?:[Hh]e|[Ss]he)(?:['’]s| is| was) (?:a|an) (?P<mods>(?:[\w\-]+ ){{0,2}}?){_PARTY_WORD}"
    r"(?![\w\-])(?! (?:National|Party|Congressional|Governors|Senatorial|Attorneys|Press|"
    r"primary|stronghold|district|state|county|seat|area|town|city|bastion|convention|caucus|"
    r"debate|ticket|platform|wave|majority|plan|bill|leaders?|voters?)\b)")
# "Sen. Carl Levin … sitting with his older brother and fellow Michigan Democrat Rep. Sandy
# Levin", "X joined fellow Republicans in …": the person before "fellow" shares the party.
_FELLOW = re.compile(
    rf"{P}(?![\'’]s)[^.;⟨]{{0,150}}?\bfellow (?:[A-Z][\w.]*(?: [A-Z][\w.]*)? )?"
    r"(?P<party>Republican|Democrat|GOP|Libertarian)s?\b(?! (?:Party|National|leaders?)\b)")
# Seeking or winning one party's nomination: "George McGovern and Jimmy Carter winning
# Democratic nominations", "Huntsman's failed 2012 bid for the Republican nomination".
_NOMINATION = (r"(?:the )?(?:\d{4} )?(?P<party>Republican|Democratic|GOP|Libertarian)"
               r"(?: Party['’]s)? (?:(?:presidential|gubernatorial|Senate|House|"
               r"vice[- ]presidential) )?"
               r"(?:nominations?|primar(?:y|ies)|caucus(?:es)?)\b")
_SEEKS_NOMINATION = re.compile(
    rf"(?P<list>{P}(?:(?:,| and|, and) {P})*),? (?:(?:has|had|have|was|were|is|are) )?"
    rf"(?:(?:[\w-]+ly|also|then|eventually|narrowly) )?(?:win|wins|won|winning|seek|seeks|sought|"
    rf"seeking|clinch|clinches|clinched|clinching|secure|secures|secured|securing|capture|"
    rf"captures|captured|capturing|accept|accepts|accepted|accepting|lose|loses|lost|losing) "
    rf"{_NOMINATION}"
)
_BIDS_FOR_NOMINATION = re.compile(
    rf"(?P<list>{P})(?:'s|’s) (?:[\w-]+ ){{0,3}}?(?:bid|campaign|run|quest|race) for {_NOMINATION}")
# Washington-style descriptions after the name: "Doc Hastings, Washington state Republican,",
# "Ted Cruz, Texas Republican", "Ted Cruz, Republican of Texas".
_HOME_PARTISAN = re.compile(
    rf"{P}, (?:(?:[A-Z][\w.]+ ){{1,2}}(?:state )?{_PARTY_WORD}(?![\w\-])(?! (?:Party|National|"
    r"Congressional|Governors|Senatorial|Attorneys|Press|primary|caucus|convention|leaders?|"
    r"party)\b)|(?P<party2>Republican|Democrat) (?:of|from) [A-Z])"
)
# "Democrats Hillary Clinton and Martin O'Malley", "House Democrats Nancy Pelosi, of
# California, and Patrick Kennedy of Rhode Island" (a home state after each name).
_HOME = r"(?:,? of [A-Z]\w+(?: [A-Z]\w+)?)?"
_PARTISANS = re.compile(
    rf"(?<![\w-])(?P<party>Republicans|Democrats) "
    rf"(?P<list>{P}{_HOME}(?:, {P}{_HOME})*,? and {P})")
# "Democrats, including Rev. X, pastor of ..., and Y", "fellow Republicans including Texas Sen.
# X, Louisiana Gov. Y and former Florida Gov. Z", "Republicans like (Governor) X and Y": the
# people of the list that follows (titles before a name, not a name inside an appositive).
# A closing quote may come between ('"establishment Republicans," including X'); one partisan
# may stand for the kind ("a bad Democrat like [Rep.] Scott Peters").
_PARTISANS_LIKE = re.compile(
    r"(?<![\w-])(?P<party>Republicans|Democrats|Libertarians)[\"”’']?,?[\"”’']? (?:including|"
    r"like|such as|led by) |"
    r"\b(?:a|an) (?:[\w-]+ )?(?P<party2>Republican|Democrat|Libertarian) (?:like|such as) ")
_LIST_END = re.compile(r"[;:!?—–]|&mdash;| (?:who|which|that|have|has|had|are|were|is|was|will|"
                       r"would|said|says|say|to|in|on|at|for|with)\b")
_BEFORE_ITEM = re.compile(r"^(?:,? and |, |,? or )?(?:(?:[A-Z][\w.’'\-]*|\([A-Z]\w*\)|"
                          r"\[[A-Z][\w.]*\]|former|state|"
                          r"of|the|conservative|liberal|progressive|moderate|House|Senate|"
                          r"gubernatorial|presidential|congressional|mayoral|candidates?|like) "
                          r"){0,6}$")
_AFTER_APPOSITION = re.compile(r"^, [^⟨]*,? (?:and|or) (?:(?:[A-Z][\w.’'\-]*|former|state) ){0,6}$")
# "Lt. Gov. X or Secretary of State Y, the Republicans who advanced"
_LIST_THE_PARTISANS = re.compile(
    rf"(?P<list>{P}(?:(?:,| and| or|, and|, or) (?:(?:[A-Z][\w.]*|of) ){{0,5}}{P})+), (?:the|both) "
    r"(?:two |three |four )?(?P<party>Republicans|Democrats)\b")
# "Two billionaires in the Democratic race, Tom Steyer and Michael Bloomberg", "the Libertarian
# Party's flag bearers, Gary Johnson and William Weld"
_RACE_LIST = re.compile(
    rf"(?:\b(?:in|of) the {_PARTY_WORD} (?:presidential )?(?:race|primary|field|contest)|"
    rf"\bthe (?P<party2>Republican|Democratic|Libertarian) Party['’]s (?:[\w-]+ ){{0,2}}?"
    rf"(?:nominees|candidates|flag bearers|standard-bearers|ticket)), "
    rf"(?P<list>{P}(?:, {P})*,? and {P})")
# "The Republican floor leader, Senator Mark Schoesler", "the Democratic nominee, Stacey Abrams"
_THE_ROLE_COMMA = re.compile(
    rf"\b[Tt]he (?:(?:former|presumptive|likely|eventual|incumbent|other) )?{_PARTY_WORD} "
    rf"(?:(?:[\w-]+) ){{0,2}}?(?:leader|whip|nominee|candidate|incumbent|challenger|recruit|"
    rf"lawmaker|legislator|strategist|operative|"
    rf"front-runner|frontrunner|hopeful|senator|governor|congressman|congresswoman|mayor), "
    rf"(?:(?:[A-Z][\w.]*|state|former) ){{0,3}}{P}(?=[,.;]| (?:who|has|had|is|was|said|says)\b)")
# A party named by the word before a lower-case "party": "Tanzania's opposition Chadema party
# presidential candidate Edward Lowassa", "X of the opposition Civic United Front party".
_LOWER_PARTY = (r"(?:opposition|ruling|governing) "
                r"(?P<name>[A-Z][\w\-]+(?: [A-Z][\w\-]+){0,3}) party")
_SMALL_PARTY = (
    re.compile(rf"{_LOWER_PARTY} (?:(?:presidential|parliamentary|mayoral) )?(?:candidate|nominee|"
               rf"leader|chairman|chairwoman|member|MP|lawmaker) {P}"),
    re.compile(rf"{P},? (?:of|from) the {_LOWER_PARTY}\b"),
)
_TICKET = re.compile(
    rf"{P},? (?:was |is |will be )?(?:on|tops|topped|heads|headed) the {_PARTY_WORD} ticket\b")
# "Republican House Majority Leader Mike Turzai", "Democratic U.S. presidential candidate and
# former South Bend Mayor Pete Buttigieg": a party word, titles (the last capitalised), the name.
_TITLE_WORD = r"(?:[A-Z][\w.\-]*|state|former|presidential|congressional|gubernatorial|" \
    r"candidate|hopeful|nominee|incumbent|and former|strategist and|consultant and|" \
    r"operative and|pollster and|party)"
_OCCUPATION = r"(?:businessman|businesswoman|attorney|lawyer|physician|doctor|veteran|" \
    r"billionaire|megadonor|politician|commissioner|councilman|councilwoman|councilmember|" \
    r"assemblyman|assemblywoman|delegate|official|officeholder|newcomer|sheriff|treasurer|" \
    r"auditor|comptroller|prosecutor|chairman|chairwoman|whip|stalwart|firebrand|senators?|" \
    r"representatives?|congressm[ae]n|lawmakers?|legislators?|governors?|contributor|" \
    r"commentator|analyst)"
_PARTY_TITLE = re.compile(
    rf"{_NOT_FOREIGN}(?:[Ff]ormer )?{_PARTY_WORD} (?P<titles>(?:{_TITLE_WORD} ){{0,6}}"
    rf"(?:[A-Z][\w.]*|{_OCCUPATION})) {P}"
)
_ORG_WORDS = re.compile(r"\b(?:National|Committee|Caucus|Coalition|Association|Convention|"
                        r"Party|Governors|Attorneys|Senatorial|Campaign|Club|Conference|"
                        r"Leadership|Study|Policy|Institute|Foundation|PAC)\b")
_STAFF = re.compile(r"\b(?:spokes(?:man|woman|person)|press secretary|Press secretary|staffer|aide)\b")  # noqa: E501


def _listed_after(text: str, start: int) -> list[str]:
    """The people of the list at `start`: each name with at most titles before it, up to the
    end of the list (a clause or sentence end)."""
    end = _LIST_END.search(text, start)
    segment = text[start:end.start() if end else len(text)]
    people: list[str] = []
    last = 0
    for m in _PERSON_GROUP.finditer(segment):
        if not _BEFORE_ITEM.match(segment[last:m.start()]):
            if people:
                before = segment[last:m.start()]
                if not _AFTER_APPOSITION.match(before):
                    break
            else:
                break
        people.append(m.group(1))
        last = m.end()
    return people


def us_party(word: str) -> Entity | None:
    return _US_WORDS.get(word.lower().rstrip("."))


def foreign_party(name: str) -> Entity:
    return Entity(type="Party", label=FOREIGN.get(name, name))


def _name_start(surface: str) -> int:
    """Where the name itself begins in a PARTY_NAME match: after "The" and after the possessor
    news puts before it ("Mark Rutte's People's Party …", "Norway's Labour Party")."""
    start = 4 if surface.startswith(("The ", "the ")) else 0
    while m := _POSSESSOR.match(surface[start:]):
        start += m.end()
    return start


def named_party(surface: str) -> Entity | None:
    """The party a PARTY_NAME match (or a lexicon acronym) names; None for a US party (read
    from its word), a lone head word or a name of that shape that is no party."""
    if surface in FOREIGN:
        return foreign_party(surface)
    if (gloss := re.search(r"\(([^()]+)\)$", surface)) and gloss.group(1) in FOREIGN:
        return foreign_party(gloss.group(1))
    label = surface[_name_start(surface):]
    if local := _LOCAL_US.match(label):
        return us_party(local.group("party"))
    words = label.split()
    us = _US_NAME.match(label)
    if (len(words) < 2 or (us and us.group("first") not in _POLITICAL) or label in _NOT_PARTIES
            or not (_HEADS & set(words) or _POLITICAL & set(words[:-1]))):
        return None
    if label.startswith("Libertarian Party"):
        return LIBERTARIAN
    return foreign_party(label)


_US_MENTION = re.compile(
    r"\b(Republicans?|Democrats?|Democratic|GOP|Libertarians?)\b|\((R|D)[-–,)]|\b(R|D)-[A-Z][A-Za-z.]")
_FOREIGN_MENTION = re.compile(rf"(?<![\w-])({FOREIGN_ALT})(?![\w-])")


# "Kuomintang (Chinese Nationalist Party)": a name in brackets after a party glosses it.
_GLOSS = re.compile(rf"({FOREIGN_ALT}) \($")


def mentions(text: str) -> list[tuple[Entity, tuple[int, int]]]:
    """Every party `text` names, with its span: US party words and tags, foreign parties by
    their own name or by the lexicon's acronyms. A US word inside a longer name is that name's
    ("Social Democratic Party", "Democratic Rally"), not the US party's."""
    out: list[tuple[Entity, tuple[int, int]]] = []
    names: list[tuple[int, int]] = []
    for m in PARTY_NAME.finditer(text):
        party = named_party(m.group(0))
        gloss = _GLOSS.search(text, 0, m.start())
        if party is not None and gloss and FOREIGN[gloss.group(1)] != party.label:
            names.append(m.span())  # an alias: its words are no US party, nor a party apart
        elif party is not None:
            span = (m.start() + _name_start(m.group(0)), m.end())
            out.append((party, span))
            names.append(span)
    for m in _FOREIGN_MENTION.finditer(text):
        if not any(a <= m.start() and m.end() <= b for a, b in names):
            out.append((foreign_party(m.group(1)), m.span()))
    for m in _US_MENTION.finditer(text):
        party = us_party(next(g for g in m.groups() if g))
        if party is not None and not any(a <= m.start() < b for a, b in names):
            out.append((party, m.span()))
    return out


def independent(ctx: ArticleContext, person: int | str) -> bool:
    """The reference records give the person no party but Independent in every term (Bernie
    Sanders, Angus King): a Democratic label in the text ("Democrat Bernie Sanders") is how
    they caucus or run, not a membership the annotators record."""
    known = ctx.people.people[int(person)].known
    parties = {t.party for t in known.terms if t.party} if known is not None else set()
    return parties == {"Independent"}


def _facts(ctx: ArticleContext, st: Statement) -> list[Fact]:
    out: list[Fact] = []
    text = st.people_only

    def add(person: str, party: Entity | None, conf: float, **attrs: object) -> None:
        if party is None or (party in (REPUBLICAN, DEMOCRATIC) and independent(ctx, person)):
            return
        out.append(ctx.fact("party", ctx.person(person), party, [st], conf, EXTRACTOR,
                            attributes=attrs or None))

    def listed(rules: tuple[tuple[re.Pattern[str], float], ...]) -> None:
        """Every person of a rule's `list` group gets its `party` ("Democrats X and Y")."""
        for rule, conf in rules:
            for m in rule.finditer(text):
                for p in re.findall(P, m.group("list")):
                    add(p, us_party(m.group("party")), conf)

    for m in _BEFORE.finditer(text):
        add(m.group(2) or m.group(4), us_party(m.group("party") or m.group("party2")), 0.93)
    for m in _TAG.finditer(text):
        add(m.group(1) or m.group(3), us_party(m.group("party") or m.group("party2")), 0.95)
    for m in _APPOSITIVE.finditer(text):
        if not _STAFF.search(m.group(0)):
            left = (m.group("mods").split() or [""])[-1] in ("former", "onetime", "ex-")
            former = left and bool(_FORMER_END.match(text, m.end()))
            add(m.group(1), us_party(m.group("party")), 0.9, **({"former": True} if former else {}))
    listed(((_PLURAL, 0.88), (_GROUP, 0.85)))
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
    for rule in _NAMED_PARTY:
        for m in rule.finditer(text):
            who = next(g for g in _PERSON_GROUP.findall(m.group(0)))
            party = named_party(m.group("name")) or us_party(m.group("name").split()[0])
            if party is not None and not _STAFF.search(m.group(0)):
                add(who, party, 0.85)
    for m in _COMMITTEE.finditer(text):
        word = m.group("party") or {"DNC": "Democratic", "RNC": "Republican"}[m.group("acronym")]
        if not _STAFF.search(m.group(0)):
            add(next(p for p in _PERSON_GROUP.findall(m.group(0))), us_party(word), 0.88)
    for m in _IS_PARTISAN.finditer(text):
        former = m.group("mods").strip() in ("former", "former registered", "onetime", "ex-")
        add(m.group(1), us_party(m.group("party")), 0.85, **({"former": True} if former else {}))
    listed(((_SEEKS_NOMINATION, 0.85), (_BIDS_FOR_NOMINATION, 0.85), (_PARTISANS, 0.88),
            (_LIST_THE_PARTISANS, 0.85)))
    for m in _RACE_LIST.finditer(text):
        for who in re.findall(P, m.group("list")):
            add(who, us_party(m.group("party") or m.group("party2")), 0.85)
    for m in _THE_ROLE_COMMA.finditer(text):
        if not _STAFF.search(m.group(0)):
            add(m.groups()[-1], us_party(m.group("party")), 0.88)
    for m in _PLURAL_INTRO.finditer(text):
        for who in _listed_after_intro(text, m.end()):
            add(who, us_party(m.group("party")), 0.85)
    for m in _PARTISANS_LIKE.finditer(text):
        people = _listed_after(text, m.end())
        for who in people if m.group("party") else people[:1]:
            add(who, us_party(m.group("party") or m.group("party2")), 0.85)
    for rule in _SMALL_PARTY:
        for m in rule.finditer(text):
            name, who = m.group("name"), _PERSON_GROUP.findall(m.group(0))[0]
            if name not in _NOT_PARTIES and us_party(name.split()[0]) is None:
                add(who, foreign_party(name), 0.85)
    for m in _HOME_PARTISAN.finditer(text):
        add(m.group(1), us_party(m.group("party") or m.group("party2")), 0.88)
    for m in _TICKET.finditer(text):
        add(m.group(1), us_party(m.group("party")), 0.85)
    for m in _PARTY_TITLE.finditer(text):
        if not _ORG_WORDS.search(m.group("titles")) and not _STAFF.search(m.group(0)):
            add(m.groups()[-1], us_party(m.group("party")), 0.88)
    if len(set(st.people)) == 1:
        for m in _PRONOUN_PARTISAN.finditer(text):
            former = m.group("mods").strip() in ("former", "onetime", "ex-")
            if not (former and _FORMER_END.match(text, m.end())):
                add(str(st.people[0]), us_party(m.group("party")), 0.8)
    for m in _FELLOW.finditer(text):
        add(m.group(1), us_party(m.group("party")), 0.85)
    for m in _POSSESSIVE_FOREIGN.finditer(text):
        add(m.group(1), foreign_party(m.group("name")), 0.85)
    for m in _FROM_FOREIGN.finditer(text):
        add(m.group(1), foreign_party(m.group("name")), 0.85)

    return out


_CONTEST = re.compile(
    r"\b(?P<party>Republican|Democratic)(?: Party)? (?:presidential )?(?:debate|contest|primary|"
    r"primaries|caucus(?:es)?|nomination contest|race|nomination|field)\b"
)
# A share of the vote or of a poll: "Clinton with 45 percent support to Sanders' 42 percent".
_SHARE = re.compile(rf"{P}(?:'s|’s|'|’)?(?: with| at| \(|,)? \d{{1,2}}(?:\.\d)? ?(?:%|percent)")
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
            out += [ctx.fact("party", ctx.person(m.group(1)), entity, [st], 0.8, EXTRACTOR)
                    for m in _SHARE.finditer(st.masked) if not independent(ctx, m.group(1))]
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
    r"^The (?:[\w-]+ ){0,2}(?P<party>Democrat|Republican)\b(?! (?:Party|National|leaders?))|"
    r"(?:^|, )(?:[Tt]he|[Aa]nd the) (?:(?:former|presumptive|likely|eventual) )?"
    r"(?P<party2>Democratic|Republican|GOP|Libertarian) (?:(?:presidential|Senate|House|"
    r"gubernatorial|congressional|mayoral|vice presidential) )?(?:nominee|candidate|hopeful|"
    r"front-runner|frontrunner|senator|governor|congressman|congresswoman|incumbent|"
    r"challenger|contender)\b"
)


def _the_partisan(ctx: ArticleContext) -> list[Fact]:
    """'… Nancy Pelosi breaks the record … The 77-year-old Democrat spoke …', '… Clinton
    said … The Democratic presidential nominee also urged …': the statement before names the
    person."""
    out = []
    prev: Statement | None = None
    for st in ctx.statements:
        m = _THE_PARTISAN.search(st.masked)
        near = prev is not None and (prev.block == st.block or m is not None
                                     and m.group("party2") is not None)
        if (m and not st.people and prev is not None and near and prev.people
                and not independent(ctx, prev.people[0])):
            out.append(ctx.fact("party", ctx.person(prev.people[0]),
                                us_party(m.group("party") or m.group("party2")), [prev, st],
                                0.8, EXTRACTOR))
        prev = st
    return out


# "But Ayotte, Ohio's Rob Portman and Pennsylvania's Pat Toomey … have a trickier path. …
# These GOP senators have worked hard …": a plural partisan phrase naming no one refers to the
# people the statements just before list.
_THESE_PARTISANS = re.compile(
    r"^(?:[A-Z]\w* )?(?:[Tt]hese|[Tt]hose|[Bb]oth|[Aa]ll (?:two|three|four|five)|"
    r"[Tt]he (?:two|three|four|five)) (?:[\w-]+ )?(?P<party>GOP|Republican|Democratic|Libertarian) "
    r"(?:senators|"
    r"candidates|nominees|lawmakers|governors|contenders|hopefuls|incumbents|challengers|"
    r"congressmen|congresswomen|representatives|women|men)\b")


def _these_partisans(ctx: ArticleContext) -> list[Fact]:
    """The people of the nearest earlier statement (at most two back, the paragraph before
    included) that names several, when a statement naming no one calls them "these Republican
    senators"."""
    out: list[Fact] = []
    for i, st in enumerate(ctx.statements):
        m = _THESE_PARTISANS.search(st.people_only)
        if m is None or st.people:
            continue
        for prev in reversed(ctx.statements[max(0, i - 2):i]):
            if len(set(prev.people)) >= 2:
                out += [ctx.fact("party", ctx.person(p), us_party(m.group("party")),
                                 [prev, st], 0.8, EXTRACTOR)
                        for p in dict.fromkeys(prev.people) if not independent(ctx, p)]
                break
            if prev.people:
                break
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
            + _the_partisan(ctx) + _these_partisans(ctx))
