"""Small texts of our own through the extractor, and the facts of one relation it gives."""

from __future__ import annotations

from kg.extract import Extractor
from kg.model import Article, Fact


def run(extractor: Extractor, text: str, date: str = "2018-05-10") -> list[Fact]:
    article = Article(text=text, document="t.txt", origin="t.txt", date=date)
    facts = extractor.extract(article)
    for f in facts:
        for e in f.evidence:
            assert text[e.start : e.end] == e.text
    return facts


def triples(facts: list[Fact], relation: str) -> set[tuple[str, str, object]]:
    return {(f.subject.label, f.object.label if f.object else "", f.value)
            for f in facts if f.relation == relation}


def elections_of(facts: list[Fact], relation: str) -> dict[str, tuple[object, ...]]:
    return {f.subject.label: (f.object.division, (f.object.date or "")[:4], f.object.stage,
                              f.object.office)
            for f in facts if f.relation == relation and f.object is not None}


def rel(extractor: Extractor, text: str, relation: str, date: str) -> set[tuple[str, str]]:
    facts: list[Fact] = extractor.extract(
        Article(text=text, document="t.txt", origin="t.txt", date=date))
    return {(f.subject.label, f.object.label if f.object else "") for f in facts
            if f.relation == relation}
