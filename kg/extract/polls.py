"""poll: one fact per candidate and poll with the share, and the pollster when named.

"Real Clear Politics polling data … Handel at 49 percent and Ossoff at 48 percent",
"An ABC News/Washington Post poll give Clinton a 4-point advantage …, 47 percent to 43 percent"
(the second figure is the opponent's), "a survey from Rasmussen Reports … gives Trump a 7-point
lead" (no share). Sub-group splits and changes since an earlier poll are left out.
"""

from __future__ import annotations

import re
from collections import Counter

from kg.extract.candidacy import candidacy_fact
from kg.extract.statements import ORG, ArticleContext, P, Statement
from kg.model import Entity, Fact

EXTRACTOR = "kg.extract.polls.v1"
_POLL_WORD = re.compile(r"\b(?:poll|polls|polling|survey|surveys)\b", re.I)
_POLLSTER_BEFORE = re.compile(
    rf"(?:{ORG}|(?P<name>(?:[A-Z][\w.&'’\-]*(?:/| )){{0,5}}[A-Z][\w.&'’\-]*)) "
    r"(?:poll|polling|survey)\b"
)
_POLLSTER_FROM = re.compile(
    rf"\b(?:poll|polls|survey|surveys) (?:by|from|of|conducted by) (?:the )?"
    rf"(?:{ORG}|(?P<name>[A-Z][\w.&'’\-]*(?: [A-Z][\w.&'’\-]*){{0,4}}))"
    rf"(?: and (?:{ORG}|(?P<name2>[A-Z][\w.&'’\-]*(?: [A-Z][\w.&'’\-]*){{0,4}})))?"
)
_PCT = r"(?:about |around |roughly |nearly |almost |just over |over |more than )?(\d{1,2}(?:\.\d)?) ?(?:%|percent)"  # noqa: E501
_AT = re.compile(
    rf"{P}(?:,[^,⟨.]{{1,40}},|, (?:a|an|the) [^,⟨.]{{1,40}}? (?:who|which))? (?:at|with|getting|"
    rf"receiving|on|polling at|has|had|scored|scores|drew|draws|got|gets|garnered) {_PCT}"
)
_LEAD_SPLIT = re.compile(
    rf"{P}(?:(?:'s|’s) lead)?[^⟨.]{{0,90}}?(?:advantage|lead|leads|leading|ahead|points?)"
    rf"[^⟨.]{{0,60}}?,? (\d{{1,2}}(?:\.\d)?) ?(?:%|percent) to (\d{{1,2}}(?:\.\d)?) ?(?:%|percent)"
)
_LEAD_OVER = re.compile(
    rf"{P} (?:leading|leads|led|ahead of|over|beating|beats|tops|topping|edging) "
    rf"(?:[\w.-]+ ){{0,3}}?{P}[^⟨.]{{0,30}}?,? (?:by )?"
    rf"(\d{{1,2}}(?:\.\d)?) ?(?:%|percent) to (\d{{1,2}}(?:\.\d)?) ?(?:%|percent)"
)
_LISTED_SHARE = re.compile(rf"{P}(?:'s|’s)?,? (\d{{1,2}}(?:\.\d)?) ?(?:%|percent)(?!age)")
_TIED = re.compile(r"\btied,? (\d{1,2}) ?(?:%|percent) to (\d{1,2}) ?(?:%|percent)")
_LEAD_ONLY = re.compile(
    rf"\b(?:gives?|giving|found|finds|shows?|showed|showing) (?:[\w-]+ ){{0,4}}?{P}(?: (?:a|an) (\d+)-point "  # noqa: E501
    rf"(?:lead|advantage)| leading (?:Mr\. |Mrs\. |Ms\. |President |Sen\. )?{P})"
)
_PREDICTS = re.compile(
    rf"(?:[Oo]pinion poll\w*|[Pp]olls?|[Ss]urveys?) (?:predicts?|shows?|suggests?|gives?)"
    rf"[^⟨]{{0,30}}{P}[^⟨.]{{0,80}}?\bwith {_PCT}"
)
_SUBGROUP = re.compile(r"\bamong (?!registered|likely|all\b)|\bvoters aged\b|\baged \d|\bsince\b|\bin June\b|\bmid-\w+ poll\b|\bearlier poll\b|"  # noqa: E501
                       r"\blast (?:month|week)'s\b")
_NOT_POLLSTER = frozenset({"The", "A", "An", "New", "Final", "National", "Exit", "Opinion", "This",
                           "That", "Each", "Another", "Its", "Their", "Latest"})


def _pollster(ctx: ArticleContext, st: Statement) -> Entity | None:
    names: list[str] = []
    for m in _POLLSTER_FROM.finditer(st.masked):
        for grp_org, grp_name in ((1, "name"), (3, "name2")):
            org = m.group(grp_org) if m.lastindex and m.lastindex >= grp_org else None
            if org:
                names.append(ctx.org(org))
            elif m.group(grp_name):
                names.append(m.group(grp_name))
    if not names:
        for m in _POLLSTER_BEFORE.finditer(st.masked):
            name = ctx.org(m.group(1)) if m.group(1) else m.group("name")
            words = [w for w in name.split() if w not in _NOT_POLLSTER]
            if words:
                names.append(" ".join(words))
                break
    if not names:
        return None
    return Entity(type="Organization", label="; ".join(dict.fromkeys(names)))


def _race_pair(ctx: ArticleContext) -> list[str]:
    """The two candidates the article's polls are about: the pair of people most often named
    together in statements about polls or leads (none when no statement names two)."""
    counts: Counter[tuple[str, str]] = Counter()
    for st in ctx.statements:
        if _POLL_WORD.search(st.masked) or re.search(r"\blead\b|\bleads\b|\bover\b", st.masked):
            people = sorted({str(p) for p in st.people})
            counts.update((a, b) for i, a in enumerate(people) for b in people[i + 1 :])
    if not counts:
        return []
    return list(counts.most_common(1)[0][0])


def _values(ctx: ArticleContext, st: Statement, pair: list[str]) -> list[tuple[str, float | None]]:
    text = st.masked
    if _SUBGROUP.search(text) and not _AT.search(text):
        return []
    found: list[tuple[str, float | None]] = []
    for m in _AT.finditer(text):
        found.append((m.group(1), float(m.group(2))))
    for m in _LEAD_OVER.finditer(text):
        found += [(m.group(1), float(m.group(3))), (m.group(2), float(m.group(4)))]
    if not found:
        for m in _LISTED_SHARE.finditer(text):
            found.append((m.group(1), float(m.group(2))))
    for m in _LEAD_SPLIT.finditer(text):
        leader = m.group(1)
        found.append((leader, float(m.group(2))))
        others = [p for p in pair if p != leader]
        if others:
            found.append((others[0], float(m.group(3))))
    tied = _TIED.search(text)
    if tied and len(pair) == 2 and not found:
        found += [(pair[0], float(tied.group(1))), (pair[1], float(tied.group(2)))]
    for m in _PREDICTS.finditer(text):
        found.append((m.group(1), float(m.group(2))))
    if not found:
        for m in _LEAD_ONLY.finditer(text):
            found.append((m.group(1), None))
    seen: set[str] = set()
    unique = []
    for p, v in found:
        if p not in seen:
            seen.add(p)
            unique.append((p, v))
    return unique


def extract(ctx: ArticleContext) -> list[Fact]:
    out: list[Fact] = []
    pair = _race_pair(ctx)
    valued: set[tuple[str, str]] = set()
    pending: list[tuple[str, Statement, Entity | None]] = []
    for st in ctx.statements:
        if not _POLL_WORD.search(st.masked) or st.election is None:
            continue
        pollster = _pollster(ctx, st)
        for person, value in _values(ctx, st, pair):
            if value is None:
                if pollster is None:
                    continue
                pending.append((person, st, pollster))
                continue
            valued.add((person, pollster.label if pollster else ""))
            attrs: dict[str, object] = {"pollster": pollster} if pollster else {}
            out.append(ctx.fact("poll", ctx.person(person), st.election.entity(), [st], 0.9,
                                EXTRACTOR, value=value, attributes=attrs))
            out.append(candidacy_fact(ctx, person, st.election, [st], 0.85, EXTRACTOR))
    for person, st, pollster in pending:
        label = pollster.label if pollster else ""
        if any(p == person and (label in lab or lab in label) for p, lab in valued if lab):
            continue
        assert st.election is not None
        out.append(ctx.fact("poll", ctx.person(person), st.election.entity(), [st], 0.75,
                            EXTRACTOR, attributes={"pollster": pollster} if pollster else None))
    return out
