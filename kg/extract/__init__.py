"""Extraction: political news text in, facts with evidence spans and confidence out.

`Extractor` loads the spaCy model, the gazetteer and the learned relation model once;
`extract()` runs NER once per article, resolves names within it, lets the relation rules (one
module each: the built-in ones below, then each of kg/relations/) propose facts, adds every
plausible pairing as a candidate (`kg.extract.candidates`), and keeps what the classifier trained
on the annotated corpus accepts (`kg.extract.classifier`), with its calibrated probability as
confidence; the rules' facts of a relation it has not learned stand as proposed.
"""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from kg.extract import (
    candidacy,
    candidates,
    classifier,
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
from kg.readers.layout import header_date
from kg.schema import relation_modules

__all__ = ["Extractor", "fingerprint"]

# The built-in rule modules, in the order they run; each has `extract(ctx) -> list[Fact]`.
_RELATIONS = (candidacy, party, endorsement, results, polls, money, offices, quotes)


def rule_modules() -> tuple[ModuleType, ...]:
    """The built-in rule modules, then each relation module of kg/relations/."""
    return (*_RELATIONS, *relation_modules())


def fingerprint() -> str:
    """The extraction an article graph was made by: extractor version, the relations added in
    kg/relations/ (none: the name is as before there were any) and relation model."""
    model = classifier.load()
    added = "".join(f"+{module.RELATION.name}" for module in relation_modules())
    return f"{Extractor.name}/{Extractor.version}{added}@model-{model.version}"


class Extractor:
    """Loads the models once; extract() is called per article.

    `learned=False` gives the rule facts alone (what the classifier is trained on top of).
    """

    name = "kg.extract"
    version = "6"  # raise when extraction changes, so stores re-read their articles

    def __init__(self, *, learned: bool = True) -> None:
        self.gazetteer = gazetteer.load()
        self.pipeline = NamePipeline(self.gazetteer)
        self.model = classifier.load() if learned else None
        self.generator = candidates.Generator(self.model.titles if self.model else ())

    def analyse(self, article: Article) -> tuple[statements.ArticleContext, list[Fact]] | None:
        """The article's statements, people and elections, and the facts the rules propose."""
        text = article.text
        date = article.date or header_date(text)
        units = segments.units(article)
        if not units:
            return None
        doc, known = self.pipeline(text)
        found = mentions.find(doc, units, known)
        people = People(self.gazetteer, date)
        people.build(text, units, found)
        ctx = statements.build(article, units, people, found, date=date)
        offices.governor_reelections(ctx)  # needs the article's office holders
        facts: list[Fact] = []
        for module in rule_modules():
            facts += module.extract(ctx)
        facts += _other_states(ctx, facts)
        facts += party.primary_parties(ctx, facts)
        return ctx, facts

    def extract(self, article: Article) -> list[Fact]:
        analysed = self.analyse(article)
        if analysed is None:
            return []
        ctx, facts = analysed
        if self.model is not None:
            facts = self.model.decide(self.generator(ctx, facts))
        return confidence.finalize(facts, article.text)


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
