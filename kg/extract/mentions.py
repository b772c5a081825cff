"""Where people and organisations are named: spaCy NER corrected by gazetteer and title rules.

The small spaCy model tags some surnames as ORG or GPE ("Ossoff", "Palin") and misses names
after titles; a name is taken from any of three sources and overlaps keep the longest.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from kg.extract.gazetteer import fold
from kg.extract.gazetteer import load as load_gazetteer
from kg.extract.lexicons import COUNTRIES, COUNTRY_LABELS, STATE_BY_NAME
from kg.extract.segments import Unit, name_card_cuts, name_card_names

NAME_WORD = r"(?:O['’])?[A-Z][a-zA-Z\-]+"
# Lower-case particles inside a surname: "Alexander Van der Bellen", "Piet de Jong".
_PARTICLE_WORDS = "van von de der den da del della di du le la bin ibn al".split()
_PARTICLE = rf"(?:{'|'.join(_PARTICLE_WORDS)})"
PARTICLES = frozenset(_PARTICLE_WORDS)
# A person name: capitalised words, optional middle initial.
NAME = rf"{NAME_WORD}(?: [A-Z]\.)?(?: (?:{_PARTICLE} ){{0,2}}{NAME_WORD}){{1,2}}"
_TITLE_WORDS = (
    r"Democrat|Republican|Democratic|GOP|Sen\.|Rep\.|Gov\.|Senator|Representative|Governor|"
    r"President|Congressman|Congresswoman|Mayor|Mr\.|Mrs\.|Ms\.|Dr\.|nominee|candidate|"
    r"Secretary of State|Secretary of [A-Z][a-z]+|Majority Leader|Minority Leader|Whip|"
    r"Secretary|Speaker|Leader|Director|Minister|Chairman|Chairwoman|Lt\.|Attorney General|"
    r"senators?|governor|mayor|prime-minister|[Pp]rime [Mm]inister|Incumbent|incumbent|strategist"
)
_AFTER_TITLE = re.compile(rf"\b(?:{_TITLE_WORDS}) (?P<name>{NAME})")
_LISTED = re.compile(
    rf"(?:(?<=, )|(?<=\band )|(?<=\bwere )|(?<=—)|(?<=&mdash;))(?P<name>{NAME})"
    r"(?=,| and |\. |\.$| \(| of [A-Z]|&mdash;|—)"
)
# A photographer's credit: "toggle caption Chip Somodevilla/Getty Images", "(Photo: Amanda
# Inscore/The News-Press)".
_PHOTO_CUE = re.compile(r"\b(?:caption|photo|photograph|image|credit)s?\b", re.IGNORECASE)
_PHOTO_CREDIT = re.compile(rf"(?<![\w/])(?P<name>{NAME})(?=/[A-Z])")
_NOT_NAME_WORDS = frozenset(
    """the a an of and in on for to by with from at as new old house senate state states united
    party democrats republicans democratic republican exit tweets tweet vote today congress
    national committee news poll polls university times post journal county district city
    department court election elections campaign story continued below cover image sources
    source related changes formats context first second third monday tuesday wednesday thursday
    friday saturday sunday january february march april may june july august september october
    november december american americans federal white north south east west northern southern
    college assembly reports research international associated press cnn fox abc nbc cbs
    gop washington georgia iowa texas development services affairs security human urban housing
    energy health justice defense treasury interior labor commerce education
    transportation sen rep gov lt gen mr mrs ms dr sens reps team coalition commitee
    congressional caucus pac pacs fund foundation institute council association alliance club
    group project action network people republic""".split()
)
_MONTHS = frozenset("""january february march april may june july august september october
    november december""".split())
_DAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Words of organisations' names a person's name does not contain.
_ORG_WORDS = frozenset("""party front union movement league society bank group media press
    times news post review inc corp company university school center centre church army bureau
    force conference room bedroom command amendment strategies video file office agency""".split())
# An editor's insertion before a quoted surname: "[Rep. Rashida] Tlaib", "[House Majority Leader
# Kevin] McCarthy told reporters"; the mention's text is the name without the bracket.
_BRACKETED_FIRST = re.compile(
    r"\[(?P<title>[^\[\]\n]{0,60}? )?(?P<first>[A-Z][a-z]+)\] (?P<last>(?:O['’])?[A-Z][a-zA-Z\-]+)")
# Words that end a group's name and no person's: "Broad Front", "Democratic Unity Roundtable".
_GROUP_WORDS = frozenset("party front union movement league roundtable".split())
# Verbs a tagger glues to the name they introduce ("Meet Nathan Sproul").
_LEADING_VERBS = frozenset("meet says said asked told thanks ask tell".split())
# unions of the word sets above, made once (they are checked per entity and per word)
_SKIPPED_LEAD = STOP_WORDS | _LEADING_VERBS
_NOT_PERSON_WORDS = _NOT_NAME_WORDS | _ORG_WORDS
_NOT_PERSON_OR_MONTH = _NOT_PERSON_WORDS | _MONTHS
# Words of page furniture that NER glues to a name ("Tim Kaine Hide" from a "Hide Caption"
# control, "Location Obama", a trailing "MORE" of hover text): trimmed from either end.
_FURNITURE = frozenset("""hide caption more location photo photos video image images close
    getty reuters advertisement share click watch read""".split())


# Organisation spans that party and office rules read as words, so they are not masked.
_PARTY_ORGS = frozenset({"gop", "republican party", "democratic party", "republicans", "democrats",
                         "house", "senate", "congress", "state", "the house", "white house", "fbi",
                         "cia", "hhs", "dnc", "rnc"})


_LEADING_TITLE = re.compile(
    r"(?:(?:Former|Incumbent|President|Vice President|Sen\.|Senator|Rep\.|Gov\.|Governor|"
    r"Secretary of State|Majority Leader|Minority Leader|Leader|Whip|Sens\.|Reps\.|"
    r"Representative|Congressman|Congresswoman|Chancellor|Prime Minister|Minister|Mr\.|Mrs\.|"
    r"Ms\.|Dr\.|Mayor|Speaker|Secretary|Chairman|Chairwoman|Chair|Judge|Justice|General|Gen\.|"
    r"Treasurer|Commissioner|Ambassador|Premier|Deputy|Councilman|Councilwoman|Lieutenant "
    r"Governor|Attorney General|Special Counsel|Comptroller|Auditor|Prime Minister|Minister) )+"
)


# Titles that end a span naming no one ("DCCC Chairwoman", "Senate Majority Leader").
_TRAILING_TITLES = frozenset("""chairwoman chairman chair senator governor president
    spokesman spokeswoman spokesperson leader secretary director nominee candidate minister
    congressman congresswoman representative mayor speaker whip""".split())


_PARTY_WORD = re.compile(r"(?:(?:Democrat|Republican|Democratic|GOP|Independent) )+")
# NER glues a neighbouring word to a surname: "Keeping Trump from winning", "give Cruz
# Florida's 99 delegates". A leading gerund or a trailing place name is not part of a name.
_GERUND_HEAD = re.compile(r"^[A-Z][a-z]{2,}ing (?=[A-Z])")


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Words for a state's or country's people ("Texan", "Floridian", "New Yorker",
    "Ukrainian"): before a surname they describe the person ("Texan Cruz"), never name them.
    States' are formed by the usual endings (a form no one uses matches nothing); a form that
    is also a known first name or surname is left out."""
    forms = {n for c in COUNTRIES for n in c.names if n != c.label and " " not in n}
    for state in STATE_BY_NAME:
        w = state.split()[-1]
        stem = w[:-1] if w[-1] in "aeiouy" else w
        forms |= {w + "n", w + "an", w + "ian", w + "er", w + "r", w + "ite",
                  stem + "an", stem + "n", stem + "ian", stem + "ite", w[:-1] + "n"}
    gaz = load_gazetteer()
    return frozenset(f for f in forms if fold(f) not in gaz.by_last
                     and fold(f) not in gaz.first_names and f not in COUNTRY_LABELS.values())


def _describes(word: str) -> bool:
    """A word before a name that describes the person: a demonym or "Utah-born"."""
    return word in demonyms() or bool(re.fullmatch(r"[A-Z][\w.]*-(?:born|bred|based)", word))


def _trim_glued(text: str, s: int, e: int) -> tuple[int, int]:
    span = text[s:e]
    head = _GERUND_HEAD.match(span)
    if head and len(span.split()) == 2:
        s += head.end()
    first, _, rest = text[s:e].partition(" ")
    if rest and _describes(first) and not _given_name(first) \
            and text[s:e] not in COUNTRY_LABELS:  # "Saudi Arabia" is a country's name
        s += len(first) + 1  # "Texan Cruz", "the Provo, Utah-born McMullin"
    rest, _, tail = text[s:e].rpartition(" ")
    if rest and len(rest.split()) == 1 and tail in STATE_BY_NAME:
        e = s + len(rest)
    return s, e


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str  # PERSON, ORG


def _clean(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim possessives, leading 'the' and punctuation; None when not a plausible name."""
    s, e = start, end
    span = text[s:e]
    for suffix in ("'s", "’s", "'", "’"):
        if span.endswith(suffix):
            e -= len(suffix)
            span = text[s:e]
            break
    while span and span[-1] in ",.;:" and not re.search(r"\b[A-Z]\.$", span):
        e -= 1
        span = text[s:e]
    if span.lower().startswith("the "):
        s += 4
        span = text[s:e]
    title = _LEADING_TITLE.match(span)
    if title and title.end() < len(span):
        s += title.end()
        span = text[s:e]
    s, e = _trim_furniture(text, s, e)
    span = text[s:e]
    if not span or any(c in span for c in "/[]()@#0123456789\n_|*="):
        return None
    return s, s + len(_trim_repeat(span))


def _trim_furniture(text: str, s: int, e: int) -> tuple[int, int]:
    """[s, e) without page-furniture words at either end."""
    while True:
        span = text[s:e]
        head, _, rest = span.partition(" ")
        if rest and head.casefold() in _FURNITURE:
            s += len(head) + 1
            continue
        rest, _, tail = span.rpartition(" ")
        if rest and tail.casefold() in _FURNITURE:
            e -= len(tail) + 1
            continue
        return s, e


def _trim_repeat(span: str) -> str:
    """'Barack Obama Barack' (a site's inline name card repeats the name): 'Barack Obama'."""
    words = span.split()
    if len(words) > 2 and words[0] in words[1:]:
        return " ".join(words[: words[1:].index(words[0]) + 1])
    return span


def _plausible_person(span: str) -> bool:
    words = span.split()
    if not 1 <= len(words) <= 5:
        return False
    if not words[0][0].isupper() or any(
            not (w[0].isupper() or w in PARTICLES) for w in words):
        return False
    folded = [w.lower().strip(".'’") for w in words]
    if len(words) > 1 and not any(w in _DAY_WORDS for w in folded):
        # a month is a first name or surname beside other names: "April Powers", "Theresa May"
        folded = [w for w in folded if w not in _MONTHS]
    return bool(folded) and not any(w in _NOT_NAME_WORDS or w in _GROUP_WORDS for w in folded)


def _person_span(text: str, s: int, e: int, *, party_word: bool = False,
                 headline: bool = False, rule: bool = False) -> tuple[int, int] | None:
    """[s, e) without the words a tagger or a name rule glues to a person's name (a leading
    title, party word, sentence-initial function word or gerund, page furniture, a trailing
    state name); None when no plausible name is left ("Prime Minister" alone is a title). A
    name a rule read in a title-case headline (`rule`) needs a known first name or surname."""
    span = text[s:e]
    if _LEADING_TITLE.fullmatch(span + " ") or _PARTY_WORD.fullmatch(span + " "):
        return None
    for head in (_LEADING_TITLE, _PARTY_WORD, _LEADING_TITLE):  # "Democrat Sen. Jack Reed"
        m = head.match(text[s:e])
        if m and m.end() < e - s:
            s += m.end()
            party_word |= head is _PARTY_WORD
    if party_word and headline and not _given_name(text[s:e].split()[0]):
        return None  # an adjective in a title-case headline: "Republican Convention Speakers"
    owner = re.search(r"['’]s ", text[s:e])
    if owner:  # "Johnson’s Libertarian": the possessor is the person
        e = s + owner.start()
    first, _, rest = text[s:e].partition(" ")
    if len(rest.split()) >= 2 and _TITLE_OF.search(text, max(0, s - 30), s) \
            and not PARTICLES & set(rest.split()):
        s += len(first) + 1  # the place of a title: "the mayor of Sibiu Klaus Iohannis"
        first, _, rest = text[s:e].partition(" ")
    if rest and first.casefold() in _SKIPPED_LEAD and not _given_name(first):
        s += len(first) + 1  # "Never Trump", "Meet Nathan Sproul", "Meet Paul Ryan’s mom"
    s, e = _trim_glued(text, s, e)
    s, e = _trim_furniture(text, s, e)
    span = text[s:e]
    if span.rpartition(" ")[2].casefold() in _TRAILING_TITLES:
        return None  # "DCCC Chairwoman": a title after an organisation, no name
    if rule and headline and not _given_name(span.split()[0]) \
            and not load_gazetteer().lookup(span) and not _surname(span.split()[-1]):
        return None  # "Chairwoman Wont Say If": capitals of a title-case headline
    return (s, e) if span and _plausible_person(span) else None


def _title_case(unit_text: str) -> bool:
    """A headline in title case ("Republican Convention Speakers Include Old And New Faces"),
    where capitals say nothing about names."""
    words = [w for w in unit_text.split() if w[0].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _given_name(word: str) -> bool:
    return fold(word) in given_names()


def _surname(word: str) -> bool:
    return fold(word) in load_gazetteer().by_last


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """First names of the people the reference tables know (folded): evidence that a span the
    tagger labelled an organisation or place ("Carly Fiorina", ORG) names a person."""
    gaz = load_gazetteer()
    names = {fold(n.split()[0]) for p in gaz.people for n in p.names
             if len(n.split()) >= 2 and len(n.split()[0].rstrip(".")) > 1}
    return frozenset(names | set(gaz.first_names))


# An office title in an organisation-tagged span, ending in a person's name: the last two
# capitalised words (three with a particle: "Prime Minister of the Netherlands Piet de Jong")
# right after a capitalised word of the title ("Prime Minister of Italy for Forza Italia" is not).
_TITLED_NAME = re.compile(
    r"\b(?:Secretary|Minister|Mayor|mayor|President|Coordinator|Chancellor|Governor|Ambassador|"
    r"Commissioner|Leader|Chairman|Chairwoman|Director|Envoy|Premier|Superintendent|Treasurer|"
    r"Comptroller|Auditor)\b.*?"
    rf" (?P<name>{NAME_WORD} (?:{_PARTICLE} )?{NAME_WORD})$")
_TITLE_OF = re.compile(
    r"\b(?:[Mm]ayor|[Gg]overnor|[Pp]resident|[Pp]remier|[Pp]rime [Mm]inister|[Ss]enator|"
    r"[Cc]hancellor|[Ll]eader|[Cc]hairman|[Cc]hairwoman) of $")
_POSSESSOR = re.compile(r"^.*?['’]s (?=[A-Z])")


def _misread_person(text: str, s: int, e: int) -> tuple[int, int] | None:
    """An ORG/NORP/FAC/GPE span that is a person's name: two or three capitalised words whose
    first is a known first name and whose others are no organisation words, after a possessor
    ("National Review’s Jim Geraghty") or a leading verb ("Meet Nathan Sproul") is dropped."""
    owner = _POSSESSOR.match(text[s:e])
    if owner:
        s += owner.end()
    line_start = text.rfind("\n", 0, s) + 1
    titled = _TITLED_NAME.search(text, max(line_start, s - 60), e)
    before = text[max(line_start, s - 60):titled.start("name")].split() if titled else []
    if titled and titled.start("name") >= s and before and before[-1][0].isupper():
        # "Secretary of State for International Development Penny Mordaunt" (ORG)
        name = titled.group("name")
        if all(w in PARTICLES or (w.casefold() not in _NOT_PERSON_WORDS
                                   and w not in STATE_BY_NAME and w not in COUNTRY_LABELS)
               for w in name.split()):  # "leader of Forza Italia" is a party's
            return titled.start("name"), e
    words = text[s:e].split()
    if len(words) == 3 and not _given_name(words[0]) and _given_name(words[1]) \
            and words[0].casefold() in _SKIPPED_LEAD:
        s += len(words[0]) + 1
        words = words[1:]
    if not 2 <= len(words) <= 3 or not _given_name(words[0]) or _surname(words[0]):
        return None  # "Kelly File", "Lincoln Bedroom": a surname first is no evidence
    if any(not re.fullmatch(r"(?:O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]\.", w) for w in words):
        return None
    if any(w.casefold() in _NOT_PERSON_WORDS for w in words):
        return None
    if text[s:e] in STATE_BY_NAME:
        return None
    return s, e


# Words around a span the tagger labelled a place or organisation that say it is a person's name
# ("porn actress Stormy Daniels", "replacing Yasuo Fukuda", "Kenta Izumi won by a landslide",
# "Trond Giske announces his resignation"): a role noun or a verb of succession before it, a
# verb of a person's speech or fate, or a relative "who", after it.
_PERSON_BEFORE = re.compile(
    r"\b(?:actress|actor|attorney|lawyer|blogger|columnist|strategist|adviser|advisor|aide|"
    r"spokesman|spokeswoman|businessman|businesswoman|activist|candidate|challenger|nominee|"
    r"incumbent|replacing|replaced|succeeding|succeeded|defeating|defeated|unseating|"
    r"former MP|MP|MEP|lawmaker|legislator|politician|opponent|rival) $")
_PERSON_AFTER = re.compile(
    r"^(?:,? who\b|, whose\b|,? (?:said|says|told|announced|announces|resigned|resigns|"
    r"won|wins|died|dies|claims|claimed|conceded|concedes|declared|declares|defeated|"
    r"defeats|tweeted|wrote)\b)")


def _cued_person(text: str, s: int, e: int) -> tuple[int, int] | None:
    """A place- or organisation-tagged span of two or three capitalised words, none of them an
    organisation's, place's or month's word, that the words around it give as a person's name
    (`_PERSON_BEFORE`, `_PERSON_AFTER`)."""
    words = text[s:e].split()
    if not 2 <= len(words) <= 3 or text[s:e] in STATE_BY_NAME or text[s:e] in COUNTRY_LABELS:
        return None
    if any(not re.fullmatch(r"(?:O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?", w)
           or w.casefold() in _NOT_PERSON_OR_MONTH or w in STATE_BY_NAME
           or w in COUNTRY_LABELS or _describes(w) for w in words):
        return None
    if not (_PERSON_BEFORE.search(text, max(0, s - 20), s)
            or _PERSON_AFTER.match(text[e:e + 20])):
        return None
    return s, e


def _abutting_given_name(doc: Doc, text: str) -> list[tuple[int, int]]:
    """A person's name the tagger split in two: a one-word entity right before a PERSON entity
    ("Natalia" GPE + "Veselnitskaya", "Vox’s Emily" ORG + "Stewart", "Sybrand" + "van Haersma
    Buma"), or a name cut at an abbreviated middle name ("Gudni Th" + ". Johannesson"): the
    whole name, when the first part's last word is no place's, organisation's or title's."""
    out = []
    ents = list(doc.ents)
    for prev, ent in zip(ents, ents[1:], strict=False):
        if ent.label_ != "PERSON" or prev.label_ not in ("PERSON", "GPE", "ORG", "NORP"):
            continue
        gap = text[prev.end_char:ent.start_char]
        word = prev.text.split()[-1] if prev.text.split() else ""
        abbreviated = gap == ". " and prev.label_ == "PERSON" and re.fullmatch(
            r"[A-Z][a-z]{0,2}", word) is not None and len(prev.text.split()) >= 2
        if gap != " " and not abbreviated:
            continue
        if not abbreviated and (
                not re.fullmatch(r"[A-Z][a-z]+", word) or "\n" in prev.text
                or word.casefold() in _NOT_PERSON_OR_MONTH or word in STATE_BY_NAME
                or word in COUNTRY_LABELS or _describes(word) or _LEADING_TITLE.match(word + " ")
                or (_surname(word) and not _given_name(word))
                or (prev.label_ != "PERSON" and not _given_name(word)
                    and ent.text.split()[0] not in PARTICLES and len(prev.text.split()) > 1)):
            continue
        start = prev.end_char - len(word) if not abbreviated else prev.start_char
        out.append((start, ent.end_char))
    return out


def find(doc: Doc, units: list[Unit], known: list[tuple[int, int]]) -> list[Mention]:
    """Person and organisation mentions inside the units, non-overlapping, in text order."""
    text = doc.text
    found: list[Mention] = []
    cuts = name_card_cuts(text)
    headlines = sorted((u.start, u.end) for u in units if _title_case(u.text))

    def in_headline(pos: int) -> bool:
        i = bisect.bisect_right(headlines, (pos, len(text))) - 1
        return i >= 0 and headlines[i][0] <= pos < headlines[i][1]

    for ent in doc.ents:
        cleaned = _clean(text, ent.start_char, ent.end_char)
        if cleaned is None:
            continue
        s, e = _cut_at_cards(cuts, *cleaned)
        span = text[s:e]
        if not span:
            continue
        if ent.label_ == "PERSON":
            person = _person_span(text, s, e, headline=in_headline(s))
            if person is not None:
                found.append(Mention(*person, text[slice(*person)], "PERSON"))
            continue
        person = _misread_person(text, s, e)
        if person is None and ent.label_ in ("ORG", "GPE", "NORP", "WORK_OF_ART", "FAC"):
            person = _cued_person(text, s, e)  # "porn actress Stormy Daniels" (ORG)
        if person is not None:  # "Carly Fiorina" tagged ORG, "Meet Nathan Sproul" FAC
            found.append(Mention(*person, text[slice(*person)], "PERSON-RULE"))
        elif ent.label_ == "ORG" and span[0].isupper():
            found.append(Mention(s, e, span, "ORG"))
    for u in units:
        patterns = [_AFTER_TITLE, _LISTED]
        if _PHOTO_CUE.search(u.text):
            patterns.append(_PHOTO_CREDIT)
        for pattern in patterns:
            for m in pattern.finditer(u.text):
                span = _trim_repeat(m.group("name"))
                s = u.start + m.start("name")
                s, e = _cut_at_cards(cuts, s, s + len(span))
                after_party = bool(_PARTY_WORD.match(m.group(0)))  # "Republican Convention"
                person = (_person_span(text, s, e, party_word=after_party,
                                       headline=_title_case(u.text), rule=True)
                          if e > s else None)
                if person is not None:
                    found.append(Mention(*person, text[slice(*person)], "PERSON-RULE"))
    for a, b in _abutting_given_name(doc, text):
        cleaned = _clean(text, a, b)
        person = _person_span(text, *cleaned) if cleaned is not None else None
        if person is not None and _cut_at_cards(cuts, *person) == person:
            found.append(Mention(*person, text[slice(*person)], "PERSON-RULE"))
    for m in _BRACKETED_FIRST.finditer(text):  # "[Rep. Rashida] Tlaib": one name across "] "
        name = f"{m.group('first')} {m.group('last')}"
        if _plausible_person(name) and (m.group("title") or _given_name(m.group("first"))):
            found.append(Mention(m.start("first"), m.end("last"), name, "PERSON-RULE"))
    cards = {(s, e): called for s, e, called in name_card_names(text)}
    for m in _NICKNAMED.finditer(text):  # 'Jesus “Chuy” Garcia': the name he goes by
        name = _called_name(m.group("nick"), m.group("rest"))
        on_card = any(s < m.end() and m.start() < e for s, e in cards)  # cards read their own
        if (not on_card and _cut_at_cards(cuts, m.start(), m.end()) == m.span()
                and _plausible_person(name)):
            found.append(Mention(m.start(), m.end(), name, "PERSON-RULE"))
    for (s, e), called in cards.items():  # "Rafael (Ted) Edward Cruz": Ted Cruz
        found.append(Mention(s, e, called, "PERSON-KNOWN"))
    for s, e in known:
        if _cut_at_cards(cuts, s, e) == (s, e):
            found.append(Mention(s, e, text[s:e], "PERSON-KNOWN"))
    in_units = _inside(found, units)
    people = _extend_cut_surnames(text, _non_overlapping([m for m in in_units if m.kind != "ORG"]))
    # a card after a name shown in full repeats it ("Attorney General William Barr | William
    # Pelham Barr"): still a mention of the bearer (dropping it was tried: no fact changes, and
    # the card's name is then no one's)
    people_starts = [p.start for p in people]

    def overlaps_person(m: Mention) -> bool:
        i = bisect.bisect_left(people_starts, m.end)
        return i > 0 and people[i - 1].end > m.start

    orgs = [m for m in in_units if m.kind == "ORG" and not overlaps_person(m)]
    orgs = [m for m in orgs if m.text.casefold().removeprefix("the ") not in _PARTY_ORGS]
    return sorted(people + _non_overlapping(orgs), key=lambda m: m.start)


# A full name with the name its bearer goes by in quotes or brackets: 'Jesus “Chuy” Garcia',
# "Deborah (Debbie) Wasserman Schultz", "Jefferson (Jeff) Beauregard Sessions".
_NICKNAMED = re.compile(
    rf"(?<![\w.])[A-Z][a-z]+ (?:[“\"(](?P<nick>[A-Z][a-z]+)[”\")]) "
    rf"(?P<rest>{NAME_WORD}(?: {NAME_WORD})?)(?![\w-])")


def _called_name(nick: str, rest: str) -> str:
    """The name a nicknamed full name goes by: the nickname and the surname, a two-word rest
    read as a middle name and a surname unless the reference knows the compound surname."""
    words = rest.split()
    if len(words) == 2 and load_gazetteer().lookup(f"{nick} {rest}") is None:
        return f"{nick} {words[-1]}"
    return f"{nick} {rest}"


_NEXT_WORD = re.compile(r" ((?:O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=[,.;:)]|['’]s\b| [a-z])")


def _extend_cut_surnames(text: str, people: list[Mention]) -> list[Mention]:
    """A two-word name the tagger cut before the last word of a compound surname, where that
    word alone names a person elsewhere in the article ("Allison Lundergan | Grimes, Kentucky's
    secretary of state" ... "Grimes has an uphill battle"): the whole name."""
    starts = {m.start for m in people}

    def alone_elsewhere(word: str, at: int) -> bool:
        return any(h.start() != at for h in re.finditer(
            rf"(?<![A-Za-z] )(?<![A-Za-z]-)\b{re.escape(word)}\b(?! [A-Z])", text))

    out = []
    for m in people:
        nxt = _NEXT_WORD.match(text, m.end) if len(m.text.split()) == 2 else None
        if nxt and nxt.start(1) not in starts and text[m.start:m.end] == m.text \
                and nxt.group(1).casefold() not in _NOT_PERSON_OR_MONTH \
                and nxt.group(1) not in STATE_BY_NAME and nxt.group(1) not in COUNTRY_LABELS \
                and not _given_name(nxt.group(1)) \
                and alone_elsewhere(nxt.group(1), nxt.start(1)):
            m = Mention(m.start, nxt.end(1), text[m.start:nxt.end(1)], m.kind)
        out.append(m)
    return out


def _cut_at_cards(cuts: tuple[int, ...], s: int, e: int) -> tuple[int, int]:
    """[s, e) cut at the first name-card boundary inside it (`segments.name_card_cuts`)."""
    for cut in cuts:
        if s < cut < e:
            return s, cut
    return s, e


def _inside(mentions: list[Mention], units: list[Unit]) -> list[Mention]:
    spans = sorted((u.start, u.end) for u in units)
    out = []
    starts = [a for a, _ in spans]
    for m in mentions:
        i = bisect.bisect_right(starts, m.start) - 1
        if i >= 0 and spans[i][0] <= m.start and m.end <= spans[i][1]:
            out.append(m)
    return out


_PRIORITY = {"PERSON-KNOWN": 3, "PERSON": 2, "PERSON-RULE": 2, "ORG": 1}


def _non_overlapping(mentions: list[Mention]) -> list[Mention]:
    """Longest first, then by source priority; person beats organisation on equal spans."""
    ordered = sorted(mentions, key=lambda m: (-(m.end - m.start), -_PRIORITY[m.kind], m.start))
    taken: list[Mention] = []
    starts: list[int] = []  # occupied intervals, sorted and disjoint
    ends: list[int] = []
    for m in ordered:
        i = bisect.bisect_left(starts, m.end)  # intervals starting before m ends
        if i > 0 and ends[i - 1] > m.start:
            continue
        starts.insert(i, m.start)
        ends.insert(i, m.end)
        taken.append(m)
    return sorted(taken, key=lambda m: m.start)
