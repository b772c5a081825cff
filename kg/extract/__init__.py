"""Extraction: political news text in, facts with evidence spans and confidence out.

`Extractor` loads the spaCy model and the gazetteer once; `extract()` runs NER once per
article, resolves names within it, then applies the relation rules (one module each).
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract import (
    candidacy,
    confidence,
    endorsement,
    gazetteer,
    mentions,
    money,
    offices,
    party,
    polls,
    quotes,
    results,
    segments,
    statements,
)
from kg.extract.pipeline import NamePipeline
from kg.extract.resolve import People
from kg.model import Article, Fact

__all__ = ["Extractor"]

_RELATIONS = (candidacy, party, endorsement, results, polls, money, offices, quotes)


class Extractor:
    """Loads the spaCy model and gazetteer once; extract() is called per article."""

    name = "kg.extract"
    version = "1"

    def __init__(self) -> None:
        self.gazetteer = gazetteer.load()
        self.pipeline = NamePipeline(self.gazetteer)

    def extract(self, article: Article) -> list[Fact]:
        text = article.text
        date = article.date or segments.header_date(text)
        units = segments.split(text, date)
        if not units:
            return []
        doc, known = self.pipeline(text)
        found = mentions.find(doc, units, known)
        people = People(self.gazetteer, date)
        people.build(text, units, found)
        ctx = statements.build(article, units, people, found, date=date)
        facts: list[Fact] = []
        for module in _RELATIONS:
            facts += module.extract(ctx)
        facts += _other_states(ctx, facts)
        facts += party.primary_parties(ctx, facts)
        return confidence.finalize(facts, text)


def _other_states(ctx: statements.ArticleContext, facts: list[Fact]) -> list[Fact]:
    """A fact about a contest held in several states the statement lists holds in each."""
    by_span = {st.evidence(): st for st in ctx.statements if st.also}
    out: list[Fact] = []
    for f in facts:
        if f.object is None or f.object.type != "Election" or len(f.evidence) != 1:
            continue
        st = by_span.get(f.evidence[0])
        if st is None or st.election is None or f.object.division != st.election.division:
            continue
        out += [replace(f, object=e.entity()) for e in st.also]
    return out
