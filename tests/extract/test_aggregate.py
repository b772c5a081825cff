"""The fact stage (kg.extract.aggregate): the statements of one fact weighed together."""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

import pytest

from kg.extract import Extractor, aggregate
from kg.extract.candidates import Candidate
from kg.extract.confidence import fact_key
from kg.model import Article
from kg.readers import iter_articles

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "examples" / "articles"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    """The rules and the trained classifier: what kg stores (not conftest's rules alone)."""
    return Extractor()


def test_the_fact_stage_weighs_every_statement_of_a_fact(extractor: Extractor) -> None:
    """On a seed article: each learned candidate is in exactly one fact group, a group's
    features describe its statements, and a fact the stage keeps has that stage's probability
    as confidence and the statements that state it as evidence."""
    model = extractor.model
    assert model is not None and {"candidacy", "party"} <= set(model.facts)
    for fact_model in model.facts.values():
        assert set(fact_model.weights) == set(aggregate.FEATURES)
        assert 0.5 <= fact_model.threshold <= 0.9
    article = next(a for a in iter_articles([str(SEEDS)]) if isinstance(a, Article))
    analysed = extractor.analyse(article)
    assert analysed is not None
    cands = [c for c in extractor.generator(*analysed) if model.learned(c.fact.relation)]
    scores = model.scores(cands)
    groups = aggregate.groups(cands, scores, model.calibrated)
    assert sorted(id(c) for g in groups for c in g.candidates) == sorted(id(c) for c in cands)
    assert len({fact_key(g.candidates[0].fact) for g in groups}) == len(groups)
    for g in groups:
        assert {fact_key(c.fact) for c in g.candidates} == {fact_key(g.candidates[0].fact)}
        assert g.features["statements"] == pytest.approx(math.log1p(len(g.candidates)))
        assert (g.features["second"] == -6.0) == (len(g.candidates) == 1)
    # the same fact stated again elsewhere in the article joins its group
    first = next(c for c in cands if c.fact.relation == "candidacy")
    other = next(c.fact.evidence[0] for c in cands if c.fact.evidence[0] != first.fact.evidence[0])
    twin = Candidate(replace(first.fact, evidence=(other,)), set(first.features))
    pair = aggregate.groups([first, twin], model.scores([first, twin]), model.calibrated)
    assert len(pair) == 1 and pair[0].features["statements"] == pytest.approx(math.log1p(2))
    kept = {fact_key(f): f for f in model.decide(cands)}
    staged = [g for g in groups if g.relation in model.facts and fact_key(g.best().fact) in kept]
    assert staged
    for g in staged:
        fact = kept[fact_key(g.best().fact)]
        p = model.facts[g.relation].probability(g.features)
        assert fact.confidence == round(min(p, 0.99), 3) >= model.keeps_at(g.relation)
        assert all(article.text[e.start:e.end] == e.text for e in fact.evidence)
        assert set(fact.evidence) <= {e for c in g.candidates for e in c.fact.evidence}
