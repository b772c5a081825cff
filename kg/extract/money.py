"""funding: a named giver gives money to a named receiver ("the DNC … has given more than
$2 million to Ossoff's race" → 2000000); "X, a Trump campaign donor" is X's funding of
Trump, without amount. Own fundraising, self-funding and ad spending are not funding; the
race's cost ("cost up to $50 million") is kept as the unscored `cost`.
"""

from __future__ import annotations

import re

from kg.extract.statements import ORG, ArticleContext, P, Statement
from kg.model import Entity, Fact

EXTRACTOR = "kg.extract.money.v1"
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "k": 1e3, "m": 1e6, "bn": 1e9}
AMOUNT = (
    r"\$(?P<num>\d[\d,]*(?:\.\d+)?)(?: ?(?P<scale>thousand|million|billion|k|m|bn)\b)?"
)
_GIVE = (
    r"(?:has |have |had )?(?:donated|given|contributed|gave|gives|donates|contributes|"
    r"funneled|poured|sent|transferred)"
)
_GIVER = rf"(?:{P}|{ORG})"
_FUNDING = re.compile(
    rf"{_GIVER}(?:,)?(?: (?:which|who|that))? {_GIVE} (?P<what>[^.⟨⟪]{{0,50}}?)\bto (?:the )?"
    rf"(?:{P}|{ORG})"
)
_ALONG_WITH = re.compile(
    rf"{P} {_GIVE}[^.⟨⟪]{{0,50}}?\bto {P}, along with {_GIVER}(?: (?:which|who|that))? {_GIVE} "
    rf"(?P<what>[^.⟨⟪]{{0,50}}?)\bto {P}"
)
# "Sondland, a Trump campaign donor": the person named gives to the candidate named
_DONOR_OF = re.compile(
    rf"{P}, (?:a|an) (?:[a-z-]+ ){{0,2}}{P}(?:'s|’s)? (?:campaign |presidential campaign )?"
    r"(?:donor|contributor|funder|bundler)\b"
)
_COST = re.compile(rf"\b(?:cost|costs|price tag)\b[^.$]{{0,30}}{AMOUNT}")
_SELF = re.compile(r"\b(?:own money|self-fund\w*|raised|fundraising|ads?|advertising)\b")


def parse_amount(text: str) -> float | None:
    m = re.search(AMOUNT, text)
    if not m:
        return None
    value = float(m.group("num").replace(",", ""))
    scale = m.group("scale")
    return value * _SCALE[scale.lower()] if scale else value


def _giver(ctx: ArticleContext, person: str | None, org: str | None) -> Entity | None:
    if person:
        return ctx.person(person)
    if org:
        return Entity(type="Organization", label=ctx.org(org))
    return None


def _facts(ctx: ArticleContext, st: Statement) -> list[Fact]:
    out: list[Fact] = []
    text = st.masked
    found: list[tuple[Entity | None, str, Entity]] = []
    for m in _FUNDING.finditer(text):
        receiver = (ctx.person(m.group(4)) if m.group(4)
                    else Entity(type="Organization", label=ctx.org(m.group(5))))
        found.append((_giver(ctx, m.group(1), m.group(2)), m.group("what"), receiver))
    for m in _ALONG_WITH.finditer(text):
        found.append((_giver(ctx, m.group(3), m.group(4)), m.group("what"),
                      ctx.person(m.group(6))))
    for m in _DONOR_OF.finditer(text):
        if m.group(1) != m.group(2):
            out.append(ctx.fact("funding", ctx.person(m.group(1)), ctx.person(m.group(2)), [st],
                                0.75, EXTRACTOR))
    for giver, what, receiver in found:
        if giver is None or _SELF.search(what):
            continue
        value = parse_amount(what)
        if value is None and "money" not in what and "sum" not in what and "$" not in what:
            continue
        out.append(ctx.fact("funding", giver, receiver, [st], 0.85, EXTRACTOR,
                            value=value))
    cost = _COST.search(st.unit.text)
    if cost and st.election is not None:
        out.append(ctx.fact("cost", st.election.entity(), None, [st], 0.6, EXTRACTOR,
                            value=parse_amount(cost.group(0))))
    return out


def extract(ctx: ArticleContext) -> list[Fact]:
    seen: set[tuple[str, str, object]] = set()
    out = []
    for st in ctx.statements:
        for f in _facts(ctx, st):
            key = (f.subject.label, f.object.label if f.object else "", f.value)
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out
