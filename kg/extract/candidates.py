"""Candidate facts and their features: what the learned relation classifier decides on.

The rule modules propose facts with high precision but low recall. Here every plausible pairing
within a statement is proposed as well (each person with each election in scope, each party or
office title near them, each ordered pair of people), and described by general features: the
words around and between the two mentions, their distance, the statement's section, where the
election came from (the statement itself, its paragraph or the article), whether a rule fired.
No feature names a person, party or document; the weights come from the annotated corpus.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from kg.extract import elections, offices, races
from kg.extract.confidence import fact_key
from kg.extract.elections import ElectionRef, state_division, state_of_division
from kg.extract.gazetteer import STATE_BY_NAME, STATES, KnownPerson
from kg.extract.office_labels import PRESIDENT
from kg.extract.party import mentions as party_mentions
from kg.extract.statements import STATE_NAME, STATE_VOTE, ArticleContext, Statement
from kg.model import Entity, Evidence, Fact

EXTRACTOR = "kg.extract.learned"
OUTCOME_RELATIONS = ("won", "lost", "poll")
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|\d+(?:\.\d+)?%?|[%$]")
_PERCENT = re.compile(r"(?<![\d.])(\d{1,2}(?:\.\d{1,2})?)\s?(?:%|percent\b|per cent\b)")
_FORMER = re.compile(r"\b(?:former|ex-|then-|onetime|one-time|retired|outgoing|erstwhile)\W*$",
                     re.I)
_YEAR = re.compile(r"\b(19[6-9]\d|20[0-4]\d)\b")
_NOMINATING = re.compile(r"\b(?:caucus(?:es)?|primar(?:y|ies))\b", re.I)
US = "ocd-division/country:us"
WINDOW = 90  # characters between a person and a party or office mention that may be paired


@dataclass
class Candidate:
    """A fact the classifier may keep, with the features it is judged by."""

    fact: Fact
    features: set[str] = field(default_factory=set)
    # Training only: gold states this relation of this subject in this statement (any object).
    stated: int = 0


_TOKEN = re.compile(r"⟨\d+⟩|" + _WORD.pattern)


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _masked_words(text: str) -> list[str]:
    """Words of a statement view in which person names are ⟨0⟩ placeholders."""
    return [w.lower() for w in _TOKEN.findall(text)]


def _norm_token(w: str) -> str:
    if w.startswith("⟨"):
        return "<person>"
    if w[0].isdigit():
        return "<pct>" if w.endswith("%") else "<num>"
    return w


class Mentions:
    """Where each person of a statement is named, in article offsets."""

    def __init__(self, ctx: ArticleContext) -> None:
        self.spans = sorted((s.start, s.end, s.person) for s in ctx.people.spans)
        self.starts = [s[0] for s in self.spans]

    def within(self, start: int, end: int) -> list[tuple[int, int, int]]:
        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return [s for s in self.spans[lo:hi] if s[1] <= end]


def _context_features(text: str, a: int, b: int, prefix: str = "") -> set[str]:
    """Words just before and after the span [a, b) of `text` (statement-relative offsets)."""
    left = [_norm_token(w) for w in _masked_words(text[:a])][-5:]
    right = [_norm_token(w) for w in _masked_words(text[b:])][:7]
    out = {f"{prefix}L:{w}" for w in left} | {f"{prefix}R:{w}" for w in right}
    if left:
        out.add(f"{prefix}L1:{left[-1]}")
    if right:
        out.add(f"{prefix}R1:{right[0]}")
    if len(left) >= 2:
        out.add(f"{prefix}L2:{left[-2]}_{left[-1]}")
    if len(right) >= 2:
        out.add(f"{prefix}R2:{right[0]}_{right[1]}")
    return out


def _between_features(text: str, a_end: int, b_start: int) -> set[str]:
    between = [_norm_token(w) for w in _masked_words(text[a_end:b_start])]
    out = {f"B:{w}" for w in between[:8]}
    n = len(between)
    out.add(f"Bn:{min(n, 6) if n < 6 else '6+' if n < 12 else '12+'}")
    if n <= 3:
        out.add("Bseq:" + "_".join(between))
    if any(w == "<person>" for w in between):
        out.add("B:other_person")
    if "," in text[a_end:b_start]:
        out.add("B:comma")
    if "(" in text[a_end:b_start]:
        out.add("B:paren")
    return out


def _statement_features(st: Statement, n_people: int) -> set[str]:
    words = set(_words(st.unit.text))
    out = {f"sec:{st.unit.section}", f"np:{min(n_people, 4)}"}
    out |= {f"W:{w}" for w in words if not w[0].isdigit()}
    if _PERCENT.search(st.unit.text):
        out.add("W:<pct>")
    if "?" in st.unit.text:
        out.add("question")
    return out


def office_label(title: str) -> str:
    """A title as found ("sen.", "attorney general") as an office label ("Senator",
    "Attorney General"): abbreviations spelled out, words capitalised as in a title."""
    return offices.title_case(title)


def office_entity(title: str, text: str, start: int, end: int,
                  known: KnownPerson | None = None, date: str | None = None,
                  scope: offices.ArticleOffices | None = None) -> Entity:
    """The office a title names, with its jurisdiction where the text, the holder's record or
    the article (`scope`) fixes it: "Ohio Gov." → Governor of Ohio, "Sen." before a senator
    from Texas → U.S. Senator from Texas, "governor of Virginia" → Governor of Virginia, "Gov.
    Kasich" after "Ohio Gov. John Kasich" → Governor of Ohio, "the president" in a US story →
    President of the United States; otherwise the title spelled out ("Senator", "Attorney
    General").  One labelling function: offices.name_office."""
    return offices.name_office(title, before=text[:start], after=text[end:], known=known,
                               date=date, scope=scope)


def _record_seat(known: KnownPerson | None, date: str | None) -> list[tuple[Entity, bool]]:
    """The offices the person's reference record says they hold (or last held) at the
    article's date: a Senate or House seat, the presidency, the vice presidency."""
    if known is None or not date:
        return []
    out: list[tuple[Entity, bool]] = []
    began = [t for t in known.terms if t.start and t.start[:10] <= date[:10]]
    current = {t.kind for t in began if date[:10] <= (t.end or "9")}
    # Held now, else only the office held last (a House seat left for the Senate decades ago
    # is rarely what a story says of a senator).
    kinds = current or {max(began, key=lambda t: t.end or "9").kind} if began else set()
    for kind in ("sen", "rep", "prez", "viceprez"):
        if kind not in kinds:
            continue
        seat = offices.record_office(known, kind, date)
        if seat is None:
            continue
        former = kind not in current
        if kind == "sen" and seat[0]:
            label = offices.senator(seat[0])
        elif kind == "rep" and seat[0]:
            label = offices.representative(seat[0], seat[1])
        elif kind == "prez":
            label = PRESIDENT
        elif kind == "viceprez":
            label = "Vice President of the United States"
        else:
            continue
        out.append((Entity(type="Office", label=label), former))
    return out


# Title heads (offices.title_head) that name a seat of the kind a record gives.
_SEAT_HEADS = {"sen.": "sen", "senator": "sen", "senators": "sen", "sens.": "sen",
               "rep.": "rep", "reps.": "rep", "representative": "rep", "congressman": "rep",
               "congresswoman": "rep", "congressmen": "rep", "u.s. representative": "rep",
               "president": "prez", "vice president": "viceprez"}


def _seat_kind(label: str) -> str:
    """The kind of seat (sen, rep, prez, viceprez) of a label _record_seat gives."""
    if label.startswith("U.S. Senator"):
        return "sen"
    if label.startswith("U.S. Representative"):
        return "rep"
    return "viceprez" if label.startswith("Vice") else "prez"


_FEDERAL_SEATS = (("U.S. Senator", {"sen"}), ("U.S. Representative", {"rep"}),
                  ("President of the United States", {"prez"}),
                  ("Vice President of the United States", {"viceprez"}))
_CHAMBERS = (("United States Senate", {"sen"}), ("United States House", {"rep"}))


def _office_record(known: KnownPerson | None, label: str) -> str:
    """Whether the reference records (congress-legislators) give the person a term of the
    kind a federal office needs (a seat in that chamber for its leaders): "House Majority Leader
    Mike Turzai" with no term in Congress is a state house's; distant supervision, a feature."""
    kinds = next((k for prefix, k in _FEDERAL_SEATS if label.startswith(prefix)), None) or next(
        (k for body, k in _CHAMBERS if body in label), None)
    if kinds is None:
        return "office_kb:na"
    if known is None:
        return "office_kb:unknown"
    return "office_kb:held" if any(t.kind in kinds for t in known.terms) else "office_kb:other"


def _percent_after(text: str, end: int, next_person: int | None) -> float | None:
    limit = min(len(text), end + 45, next_person if next_person is not None else len(text))
    m = _PERCENT.search(text, end, limit)
    return float(m.group(1)) if m else None


def _presidential_years(text: str, article_year: str | None) -> list[int]:
    """US presidential cycles a statement may be about: the years it names, else the
    article's cycle (its year when it is one, else the one before and the one after)."""
    named = sorted({int(y) for y in _YEAR.findall(text) if int(y) % 4 == 0})
    if named:
        return named
    if article_year:
        y = int(article_year)
        return [y] if y % 4 == 0 else [y - y % 4, y + 4 - y % 4]
    return []


def _presidential_races(ctx: ArticleContext, st: Statement,
                        scoped: list[tuple[ElectionRef, str]]) -> list[tuple[ElectionRef, str]]:
    """The US presidential general election and nomination races (national, and in each state
    the statement or its scope names with a caucus or primary) of the statement's cycles."""
    article_year = (ctx.article.date or "")[:4] or None
    out: list[tuple[ElectionRef, str]] = []
    years = _presidential_years(st.unit.text, article_year)
    for year in years:
        general = elections.finalize(ElectionRef(US, PRESIDENT, None, str(year), kind="president"))
        if general is not None:
            out.append((general, "pres_general"))
        out.append((ElectionRef(US, PRESIDENT, "primary", str(year), kind="nomination"),
                    "pres_primary"))
        states = _places_named(st.unit.text) if _NOMINATING.search(st.unit.text) else set()
        states |= {ref.division.rsplit(":", 1)[1].upper() for ref, _ in scoped
                   if ref.division and ref.division.count("/") == 2 and ref.stage == "primary"}
        for code in sorted(states):
            out.append((ElectionRef(state_division(code), PRESIDENT, "primary", str(year),
                                    kind="nomination"), "state_pres_primary"))
    out += [(ref, "state_pres_primary") for ref in _state_votes(st, scoped, years, article_year)]
    return out


# a state's name that describes a person's office ("Minnesota Senator Amy Klobuchar", "Ohio's
# Gov. John Kasich"): where they hold office, not a state whose primary the statement is about
_STATE_TITLE = re.compile(
    r"^(?:['’]s)? (?:(?:Democratic|Republican|GOP|state|State|U\.S\.) )?(?:Sen\.|Senator|"
    r"Gov\.|Governor|Lt\. Gov\.|Lieutenant Governor|Rep\.|Representative|Congress(?:man|woman)|"
    r"Attorney General|Secretary of State|Mayor|Treasurer|Comptroller)\b")


# "the former mayor of South Bend, Indiana": the state of a city named before it
_CITY_BEFORE = re.compile(r"\b[A-Z][a-z]+, $")


def _places_named(text: str) -> set[str]:
    """The states a statement names, less those that only qualify a person's office title."""
    return {STATE_BY_NAME[m.group(1)] for m in STATE_NAME.finditer(text)
            if not _STATE_TITLE.match(text[m.end():])
            and not _CITY_BEFORE.search(text[:m.start()])}


def _state_votes(st: Statement, scoped: list[tuple[ElectionRef, str]], years: list[int],
                 article_year: str | None) -> list[ElectionRef]:
    """"a fifth-place finish in New Hampshire" in a statement about the nomination race:
    that state's primary, in the cycles the statement names and the article's own."""
    if not any(ref.stage == "primary" and ref.office == PRESIDENT for ref, _ in scoped):
        return []
    codes = {STATE_BY_NAME[m.group("state")] for m in STATE_VOTE.finditer(st.unit.text)}
    cycles = set(years)
    if article_year and int(article_year) % 4 == 0:
        cycles.add(int(article_year))
    return [ElectionRef(state_division(code), PRESIDENT, "primary", str(year), kind="nomination")
            for code in sorted(codes) for year in sorted(cycles)]


def _election_scopes(ctx: ArticleContext, st: Statement) -> list[tuple[ElectionRef, str]]:
    found: list[tuple[ElectionRef, str]] = []
    seen: set[tuple[object, ...]] = set()
    own = elections.finalize(st.own_election) if st.own_election and (
        st.own_election.kind != "midterm") else None
    scoped = [(ref, scope) for ref, scope in ((own, "own"), (st.election, "stmt"),
                                              (elections.finalize(ctx.main_election), "main"))
              if ref is not None and ref.division is not None]
    for ref, scope in scoped + _presidential_races(ctx, st, scoped):
        key = (ref.division, (ref.date or "")[:4], ref.stage, ref.office)
        if key in seen:
            continue
        seen.add(key)
        found.append((ref, scope))
    return found


_RACE_WORDS = {"senate": re.compile(r"\b(?:senate|senator|sen\.)", re.I),
               "house": re.compile(r"\b(?:house|congress\w*|district|rep\.)", re.I),
               "governor": re.compile(r"\b(?:governor|gubernatorial|gov\.)", re.I),
               "president": re.compile(r"\b(?:president\w*|white house)", re.I)}


_STATE_WORD = {code: re.compile(rf"\b(?:{re.escape(name)}|{code})\b")
               for code, name in STATES.items()}


def _race_years(text: str, article_year: str | None) -> set[int]:
    """The even years a statement names, and its article's cycle (the year itself when even,
    else the vote before and the one after)."""
    years = {int(y) for y in _YEAR.findall(text) if int(y) % 2 == 0}
    if article_year:
        y = int(article_year)
        years |= {y} if y % 2 == 0 else {y - 1, y + 1}
    return years


def _with_record_races(scopes: list[tuple[ElectionRef, str]], label: str,
                       known: KnownPerson | None, text: str, years: set[int]
                       ) -> list[tuple[ElectionRef, str, set[str]]]:
    """The statement's races, each with what the person's reference records say of it, then
    the races only the records give (kg.extract.races), as candidates of their own."""
    def key(ref: ElectionRef) -> tuple[object, ...]:
        return (ref.division, (ref.date or "")[:4], ref.stage, ref.office)

    found: dict[tuple[object, ...], tuple[ElectionRef, set[str]]] = {}
    for race in races.from_terms(known, years) + races.from_tables(label, years):
        found.setdefault(key(race.election), (race.election, set()))[1].add(f"rec:{race.how}")
    out = [(ref, scope, found.pop(key(ref), (ref, set()))[1]) for ref, scope in scopes]
    for ref, tags in found.values():
        state = state_of_division(ref.division)
        if state and _STATE_WORD[state].search(text):
            tags.add("rec_state_named")
        words = _RACE_WORDS.get(ref.kind)
        if words is not None and words.search(text):
            tags.add("rec_office_named")
        out.append((ref, "record", tags))
    return out


_CONTEXT = ("L1:", "R1:", "L2:", "R2:", "W:", "sec:", "np:", "ppos:", "pct_after")


def _conjoin(person: set[str], election: set[str]) -> set[str]:
    """Person-context and election features, plus their pairs for where the election came
    from: 'wins' right after a name means one thing for the race the statement names, another
    for the article's main race."""
    scopes = [f for f in election if f.startswith(("scope:", "age:"))]
    pairs = {f"{s}&{f}" for s in scopes for f in person if f.startswith(_CONTEXT)}
    return person | election | pairs


_ELECTION_FEATURES = ("scope:", "stage:", "kind:", "special:", "age:", "year_in_stmt", "dated",
                      "kb:", "rec")
_TERM_KIND = {"house": "rep", "senate": "sen", "president": "prez", "nomination": "prez"}


def person_features(features: set[str]) -> set[str]:
    """The features that describe the person in the statement, without the election: what the
    outcome models (did they win, lose, poll a share?) are judged by."""
    return {f for f in features if not f.startswith(_ELECTION_FEATURES) and "&" not in f}


def _election_features(ref: ElectionRef, scope: str, st: Statement,
                       article_year: str | None) -> set[str]:
    year = (ref.date or "")[:4]
    out = {f"scope:{scope}", f"stage:{ref.stage}", f"kind:{ref.kind or 'none'}",
           f"special:{bool(ref.special)}", f"source:{st.source or 'none'}"}
    if year and year in st.unit.text:
        out.add("year_in_stmt")
    if article_year and year:
        diff = int(article_year) - int(year)
        out.add(f"age:{diff if -1 <= diff <= 2 else 'far'}")
    if (ref.date or "").count("-") == 2:
        out.add("dated")
    return out


def _record_party(known: KnownPerson | None, party: Entity) -> str:
    """Whether the reference records (congress-legislators, FiveThirtyEight candidate tables)
    give the person this party in some term: distant supervision, as a feature."""
    parties = {t.party for t in known.terms if t.party} if known is not None else set()
    if not parties:
        return "kb_party:unknown"
    stem = party.label.casefold()[:8]
    return "kb_party:same" if any(p.casefold()[:8] == stem for p in parties) else "kb_party:other"


def _record_features(known: KnownPerson | None, ref: ElectionRef) -> set[str]:
    """What the reference record (congress-legislators) says of the person and the race: a term
    of that office and state that began just after the vote (they won it), a term they held at
    the vote in that office (an incumbent) or in another office (often someone named in passing:
    the president in a House race)."""
    if known is None:
        return {"kb:unknown"}
    year = (ref.date or "")[:4]
    kind = _TERM_KIND.get(ref.kind or "")
    state = state_of_division(ref.division)
    if not year or kind is None:
        return {"kb:known"}
    out = {"kb:known"}
    for t in known.terms:
        begins, ends = t.start[:4], t.end[:4]
        same = t.kind == kind and (kind == "prez" or t.state == state)
        if same and begins and int(year) <= int(begins) <= int(year) + 1:
            out.add("kb:term_after")
        if begins and ends and begins <= year < ends:
            out.add("kb:incumbent" if same else "kb:in_other_office")
    return out


@dataclass
class _Reading:
    """One statement as the features see it: names as placeholders, where each person is
    named (statement offsets, in order of first mention), and the statement-wide features."""

    view: str
    spans: dict[int, list[tuple[int, int]]]
    common: set[str]

    def mention_features(self, person: int) -> set[str]:
        """Context words of every mention of `person` (up to three): "Handel and Ossoff,
        where Republican Handel wins" is read at both names."""
        out: set[str] = set()
        for a, b in self.spans[person][:3]:
            out |= _context_features(self.view, a, b)
        return out


def _read(st: Statement, mentions: Mentions) -> _Reading:
    base = st.unit.start
    found = [(a - base, b - base, p) for a, b, p in mentions.within(st.unit.start, st.unit.end)]
    spans: dict[int, list[tuple[int, int]]] = {}
    for a, b, p in found:
        spans.setdefault(p, []).append((a, b))
    return _Reading(_masked_view(st.unit.text, [(a, b) for a, b, _ in found]), spans,
                    _statement_features(st, len(spans)))


class Generator:
    """Proposes candidates for one article; `titles` are office surface forms (lowercase)."""

    def __init__(self, titles: Iterable[str]) -> None:
        alts = sorted({t for t in titles if len(t) >= 3}, key=len, reverse=True)
        self._next_heads: dict[tuple[int, int], set[str | None]] = {}
        self.titles = re.compile(r"(?<![\w])(" + "|".join(map(re.escape, alts)) + r")(?![\w])",
                                 re.I) if alts else None

    def __call__(self, ctx: ArticleContext, rule_facts: list[Fact]) -> list[Candidate]:
        mentions = Mentions(ctx)
        article_year = (ctx.article.date or "")[:4] or None
        by_key: dict[tuple[object, ...], Candidate] = {}
        readings = {(st.unit.start, st.unit.end): (st, _read(st, mentions))
                    for st in ctx.statements}

        def add(fact: Fact, feats: set[str]) -> None:
            """One candidate per fact, its features pooled over the statements that propose it
            (a rule's copy replaces the generator's); outcomes (won, lost, poll) stay one per
            statement, since what one statement says of a person is what decides them."""
            key = fact_key(fact)
            if fact.relation in OUTCOME_RELATIONS:
                key = (*key, fact.evidence[0].start if fact.evidence else -1)
            old = by_key.get(key)
            if old is None:
                by_key[key] = Candidate(fact, set(feats))
                return
            old.features |= feats
            if fact.extractor != EXTRACTOR and old.fact.extractor == EXTRACTOR:
                old.fact = fact
            elif old.fact.extractor == fact.extractor:
                old.fact = replace(old.fact, evidence=tuple(dict.fromkeys(old.fact.evidence
                                                                          + fact.evidence)))

        # the seat kinds a following statement without a name of its own titles ("... The
        # Florida senator was applauded."): said of someone the statement before names
        ordered = sorted(readings.values(), key=lambda r: (r[0].unit.start, r[0].unit.end))
        self._next_heads = {
            (st.unit.start, st.unit.end): self._seat_heads(nxt.unit.text)
            for (st, _), (nxt, nreading) in zip(ordered, ordered[1:], strict=False)
            if not nreading.spans}
        for st, reading in readings.values():
            for cand in self._statement(ctx, st, reading, article_year):
                add(cand.fact, cand.features)
        for f in rule_facts:
            feats = {f"rule:{f.extractor}", f"rule_conf:{round(f.confidence, 1)}", "rule"}
            if len(f.evidence) > 1:
                feats.add("multi_evidence")
            for ev in f.evidence:
                where = readings.get((ev.start, ev.end))
                extra = _subject_features(ctx, where[1], f.subject) if where else set()
                add(replace(f, evidence=(ev,)), feats | extra)
        return list(by_key.values())

    def _seat_heads(self, text: str) -> set[str | None]:
        """The seat kinds (sen, rep, prez, viceprez) the statement's titles name."""
        return {_SEAT_HEADS.get(offices.title_head(text[a:b]))
                for a, b in self._title_spans(text)}

    def _title_spans(self, text: str, view: str | None = None) -> list[tuple[int, int]]:
        """Office mentions: the lexicon's titles, those found by their shape
        (offices.find_titles) and by their grammar in the statement with its names masked
        (offices.find_office_phrases: a title never seen in training is found as well);
        where two overlap, the longer."""
        spans = [m.span() for m in self.titles.finditer(text)] if self.titles else []
        spans += offices.find_titles(text)
        spans += offices.find_office_phrases(view if view is not None else text)
        kept: list[tuple[int, int]] = []
        for a, b in sorted(set(spans), key=lambda s: (s[0] - s[1], s[0])):
            if all(b <= ka or kb <= a for ka, kb in kept):
                kept.append((a, b))
        return sorted(kept)

    def _statement(self, ctx: ArticleContext, st: Statement, reading: _Reading,
                   article_year: str | None) -> list[Candidate]:
        text, view, common = st.unit.text, reading.view, reading.common
        first = {p: spans[0] for p, spans in reading.spans.items()}
        people = list(first)
        out: list[Candidate] = []
        scopes = _election_scopes(ctx, st) if people else []
        years = _race_years(text, article_year)
        title_spans = self._title_spans(text, view) if people else []
        starts = sorted(a for a, _ in first.values())
        for rank, p in enumerate(people):
            person = ctx.person(p)
            a, b = first[p]
            feats = common | reading.mention_features(p) | {f"ppos:{min(rank, 2)}"}
            later = [s for s in starts if s > a]
            pct = _percent_after(text, b, later[0] if later else None)
            if pct is not None:
                feats.add("pct_after")
            evidence = (Evidence(st.unit.start, st.unit.end, st.unit.text),)
            for ref, scope, rfeats in _with_record_races(scopes, person.label,
                                                         ctx.people.people[p].known, text,
                                                         years):
                efeats = _conjoin(feats, _election_features(ref, scope, st, article_year)
                                  | _record_features(ctx.people.people[p].known, ref) | rfeats)
                election = ref.entity()
                for relation in ("candidacy", "won", "lost"):
                    value = pct if relation != "candidacy" else None
                    out.append(Candidate(
                        Fact(relation, person, election, evidence, 0.5, EXTRACTOR,
                             value), set(efeats)))
                if pct is not None:
                    out.append(Candidate(
                        Fact("poll", person, election, evidence, 0.5, EXTRACTOR, pct),
                        set(efeats)))
            known = ctx.people.people[p].known
            for party, (pa, pb) in _parties(text):
                pfeats = _pair_features(view, (a, b), (pa, pb)) | common
                pfeats.add(f"ptoken:{text[pa:pb].lower()[:12]}")
                pfeats.add(_record_party(known, party))
                out.append(Candidate(Fact("party", person, party, evidence, 0.5,
                                          EXTRACTOR), pfeats))
            for ts, te in title_spans:
                if abs(ts - a) > WINDOW and abs(te - b) > WINDOW:
                    continue
                ofeats = _pair_features(view, (a, b), (ts, te)) | common
                ofeats.add(f"title:{text[ts:te].lower()}")
                ofeats.add(f"title_head:{offices.title_head(text[ts:te])}")
                former = bool(_FORMER.search(text[max(0, ts - 16):ts])) or any(
                    text[pe:ts] == " and " and _FORMER.search(text[max(0, ps - 16):ps])
                    for ps, pe in title_spans)  # "Former Prime Minister and President of"
                if former:
                    ofeats.add("former")
                office = office_entity(text[ts:te], text, ts, te, known, ctx.article.date,
                                       offices.article_offices(ctx))
                ofeats.add("office_full" if office.aliases else "office_bare")
                ofeats.add(_office_record(known, office.label))
                attrs = (("former", True),) if former else ()
                out.append(Candidate(Fact("holds_office", person, office, evidence,
                                          0.5, EXTRACTOR, None, attrs), ofeats))
            # the title the statement gives the person right before the name ("Minority Leader
            # Nancy Pelosi"): gold names the seat beside a leadership post only sometimes
            titled = {f"record_titled:{offices.title_head(text[ts:te])}"
                      for ts, te in title_spans if 0 <= a - te <= 2}
            heads = {_SEAT_HEADS.get(offices.title_head(text[ts:te])) for ts, te in title_spans}
            next_heads = self._next_heads.get((st.unit.start, st.unit.end), set())
            for office, former in _record_seat(known, ctx.article.date):
                rfeats = common | reading.mention_features(p) | titled | {
                    f"ppos:{min(rank, 2)}", "record_seat", f"record:{office.label[:14]}",
                    "record_former" if former else "record_current"}
                if _seat_kind(office.label) in heads:  # "the Florida senator" beside a senator
                    rfeats.add("record_title_in_stmt")
                if _seat_kind(office.label) in next_heads:
                    rfeats.add("record_title_next_stmt")
                attrs = (("former", True),) if former else ()
                out.append(Candidate(Fact("holds_office", person, office, evidence, 0.5,
                                          EXTRACTOR, None, attrs), rfeats))
            for q in people:
                if q == p:
                    continue
                efeats = _pair_features(view, (a, b), first[q]) | common
                out.append(Candidate(Fact("endorsement", person,
                                          ctx.person(q), evidence, 0.5, EXTRACTOR),
                                     efeats))
        return out


def _subject_features(ctx: ArticleContext, reading: _Reading, subject: Entity) -> set[str]:
    """A rule fact's subject as the statement reads it."""
    out = set(reading.common)
    for rank, p in enumerate(reading.spans):
        if ctx.person(p).label == subject.label:
            return out | reading.mention_features(p) | {f"ppos:{min(rank, 2)}"}
    return out | {"subject_not_in_statement"}


def _masked_view(text: str, spans: list[tuple[int, int]]) -> str:
    """The statement with each person span replaced by a same-length ⟨0⟩-style token run, so
    offsets still index `text` while names read as one placeholder word."""
    chars = list(text)
    for a, b in spans:
        token = "⟨0⟩".ljust(b - a, " ") if b - a >= 3 else "⟨0⟩"[: b - a]
        chars[a:b] = list(token)
    return "".join(chars)


def _pair_features(view: str, subj: tuple[int, int], obj: tuple[int, int]) -> set[str]:
    (a, b), (c, d) = subj, obj
    if c >= b:
        out = {"dir:obj_after"} | _between_features(view, b, c)
        gap = c - b
    else:
        out = {"dir:obj_before"} | _between_features(view, d, a) if d <= a else {"dir:overlap"}
        gap = a - d
    out.add("gap:" + ("0-2" if gap <= 2 else "3-12" if gap <= 12 else "13-40" if gap <= 40
                      else "41+"))
    out |= _context_features(view, min(a, c), max(b, d), prefix="pair")
    return out


def _parties(text: str) -> list[tuple[Entity, tuple[int, int]]]:
    """Every party the statement names (kg.extract.party.mentions): each is paired with each
    person of the statement."""
    return party_mentions(text)
