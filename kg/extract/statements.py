"""One article made ready for relation rules: statements with names masked and elections known.

In `masked`, every person span becomes `⟨i⟩` (i = person index) and every organisation span
`⟪k⟫`, so rules are plain regular expressions over short strings, run once per statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract import elections
from kg.extract.elections import ElectionRef
from kg.extract.mentions import Mention
from kg.extract.resolve import People
from kg.extract.segments import Unit
from kg.model import Article, Entity, Evidence, Fact

P = r"⟨(\d+)⟩"
ORG = r"⟪(\d+)⟫"


@dataclass
class Statement:
    unit: Unit
    masked: str
    people: list[int]
    orgs: list[int]
    election: ElectionRef | None
    own_election: ElectionRef | None
    block: int

    def evidence(self) -> Evidence:
        return Evidence(self.unit.start, self.unit.end, self.unit.text)


@dataclass
class ArticleContext:
    article: Article
    people: People
    orgs: list[str]
    statements: list[Statement] = field(default_factory=list)
    main_election: ElectionRef | None = None

    def person(self, index: int | str) -> Entity:
        return self.people.people[int(index)].entity()

    def org(self, index: int | str) -> str:
        return self.orgs[int(index)]

    def fact(
        self,
        relation: str,
        subject: Entity,
        obj: Entity | None,
        evidence: list[Statement],
        confidence: float,
        extractor: str,
        *,
        value: float | str | None = None,
        attributes: dict[str, object] | None = None,
    ) -> Fact:
        spans = tuple(dict.fromkeys(s.evidence() for s in evidence))
        attrs = tuple(sorted((attributes or {}).items()))
        return Fact(relation, subject, obj, spans, confidence, extractor, value, attrs)  # type: ignore[arg-type]


def _mask(text: str, start: int, spans: list[tuple[int, int, str]]) -> str:
    out = []
    pos = start
    for a, b, token in spans:
        out.append(text[pos:a])
        out.append(token)
        pos = b
    return "".join(out)


def build(
    article: Article, units: list[Unit], people: People, mentions: list[Mention], *,
    date: str | None = None,
) -> ArticleContext:
    text = article.text
    org_mentions = [m for m in mentions if m.kind == "ORG"]
    org_labels: list[str] = []
    org_index: dict[str, int] = {}
    for m in org_mentions:
        label = re.sub(r"^(?:the|The) ", "", m.text)
        if label not in org_index:
            org_index[label] = len(org_labels)
            org_labels.append(label)
    if date and not article.date:
        from dataclasses import replace as _replace

        article = _replace(article, date=date)
    ctx = ArticleContext(article, people, org_labels)
    spans_all = [(s.start, s.end, f"⟨{s.person}⟩") for s in people.spans] + [
        (m.start, m.end, f"⟪{org_index[re.sub(r'^(?:the|The) ', '', m.text)]}⟫")
        for m in org_mentions
    ]
    spans_all.sort()
    blocks: dict[int, list[Unit]] = {}
    for u in units:
        blocks.setdefault(u.line, []).append(u)
    country = _country_hint(units)
    # elections: per unit, per block (a related item / paragraph), per article
    own = {id(u): elections.detect(u.text, u.date, country_hint=country) for u in units}
    block_election: dict[int, ElectionRef | None] = {}
    for line, us in blocks.items():
        found = next((own[id(u)] for u in us if own[id(u)] and own[id(u)].division), None)  # type: ignore[union-attr]
        if found is None and us[0].context:
            for name in us[0].context:
                found = elections.from_context_name(name)
                if found is not None:
                    break
        block_election[line] = found
    main = None
    for u in units:
        if u.section in ("topic", "headline", "body", "tweet"):
            e = own[id(u)] if u.section != "topic" else elections.from_context_name(u.text)
            if e is not None and e.division is not None:
                main = e
                break
    ctx.main_election = main
    for u in units:
        inside = [s for s in spans_all if u.start <= s[0] and s[1] <= u.end]
        masked = _mask(text, u.start, inside) + text[inside[-1][1] : u.end] if inside else u.text
        people_idx = [int(t[2][1:-1]) for t in inside if t[2].startswith("⟨")]
        org_idx = [int(t[2][1:-1]) for t in inside if t[2].startswith("⟪")]
        default = block_election.get(u.line)
        if u.section not in ("related",):
            default = elections.merge(default, main) if default else main
        election = elections.finalize(elections.merge(own[id(u)], default))
        ctx.statements.append(
            Statement(u, masked, people_idx, org_idx, election, own[id(u)], u.line)
        )
    return ctx


def _country_hint(units: list[Unit]) -> str | None:
    """A foreign country the article's headline or topic is about."""
    for u in units:
        if u.section in ("headline", "topic") or u.section == "body":
            m = elections._COUNTRY.search(u.text)
            if m:
                return m.group("c")
            if u.section == "body":
                return None
    return None
