"""The article decides a fact, not one sentence of it.

The relation classifier scores each statement that may state a fact. Whether the article states
the fact is a second, learned decision over all those statements together: a party mentioned
beside a person three times in passing says more than any one of the three sentences. A fact's
features here are numbers about its statements and its rivals in the same article (the best and
second-best statement score, their noisy-or, how many statements, whether it is its subject's
best-scored object of that relation and by what margin, how many objects the subject has, how
much of the article is about the subject, how many facts share the object, whether a rule fired).
No feature names a word, person or party; the weights come from the annotated corpus
(kg.extract.train fits them on out-of-fold statement scores of the training documents).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from kg.extract.candidates import EXTRACTOR, Candidate
from kg.extract.confidence import fact_key
from kg.model import Fact

FEATURES = ("best", "second", "statements", "noisy_or", "subject_best", "margin", "objects",
            "other_race_margin", "salience", "object_share", "rule")
_Z_CAP = 12.0  # a score beyond this is certain either way: capped so one outlier cannot rule
_NO_SECOND = -6.0


@dataclass
class FactGroup:
    """All candidates of one fact in one article, with their statement scores (log-odds)."""

    candidates: list[Candidate]
    scores: list[float]  # raw, as the statement classifier gave them
    features: dict[str, float]

    @property
    def relation(self) -> str:
        return self.candidates[0].fact.relation

    def best(self) -> Candidate:
        return self.candidates[max(range(len(self.scores)), key=self.scores.__getitem__)]


def _cap(z: float) -> float:
    return max(-_Z_CAP, min(_Z_CAP, z))


def _logit(p: float) -> float:
    p = min(1 - 1e-6, max(1e-6, p))
    return math.log(p / (1 - p))


def groups(candidates: list[Candidate], scores: list[float],
           calibrated: Callable[[str, float], float]) -> list[FactGroup]:
    """The article's candidates grouped by fact, each group described by FEATURES.

    `scores` are the statement classifier's raw log-odds, `calibrated(relation, z)` its
    probability for a score."""
    by_fact: dict[tuple[object, ...], tuple[list[Candidate], list[float]]] = {}
    for cand, z in zip(candidates, scores, strict=True):
        cands, zs = by_fact.setdefault(fact_key(cand.fact), ([], []))
        cands.append(cand)
        zs.append(z)
    subject_best: dict[tuple[str, str], list[float]] = defaultdict(list)
    subject_races: dict[tuple[str, str], list[tuple[object, float]]] = defaultdict(list)
    object_facts: dict[tuple[str, str | None], int] = defaultdict(int)
    for cands, zs in by_fact.values():
        fact = cands[0].fact
        subject_best[(fact.relation, fact.subject.label)].append(_cap(max(zs)))
        subject_races[(fact.relation, fact.subject.label)].append((_race(fact), _cap(max(zs))))
        object_facts[(fact.relation, fact.object.label if fact.object else None)] += 1
    statements_of: dict[str, set[int]] = defaultdict(set)
    for cand in candidates:
        statements_of[cand.fact.subject.label].add(_statement(cand))
    n_statements = len({_statement(c) for c in candidates}) or 1
    out = []
    for cands, zs in by_fact.values():
        fact = cands[0].fact
        ranked = sorted((_cap(z) for z in zs), reverse=True)
        rivals = sorted(subject_best[(fact.relation, fact.subject.label)], reverse=True)
        rivals.remove(ranked[0])
        other_races = [z for race, z in subject_races[(fact.relation, fact.subject.label)]
                       if race != _race(fact)]
        noisy = 1 - math.prod(1 - min(calibrated(fact.relation, z), 0.999) for z in ranked)
        out.append(FactGroup(cands, zs, {
            "best": ranked[0],
            "second": ranked[1] if len(ranked) > 1 else _NO_SECOND,
            "statements": math.log1p(len(ranked)),
            "noisy_or": _logit(noisy),
            "subject_best": float(not rivals or ranked[0] >= rivals[0]),
            "margin": max(-6.0, min(6.0, ranked[0] - rivals[0])) if rivals else 6.0,
            "objects": math.log1p(len(rivals) + 1),
            # against the subject's best fact about another race (place or year), not about
            # another round or stage of the same one
            "other_race_margin": max(-6.0, min(6.0, ranked[0] - max(other_races)))
            if other_races else 6.0,
            "salience": len(statements_of[fact.subject.label]) / n_statements,
            "object_share": math.log1p(
                object_facts[(fact.relation, fact.object.label if fact.object else None)]),
            "rule": float(any(c.fact.extractor != EXTRACTOR or "rule" in c.features
                              for c in cands)),
        }))
    return out


def _race(fact: Fact) -> object:
    """What makes two objects the same race for a rival check: an election's place and year,
    anything else's label."""
    o = fact.object
    if o is None:
        return None
    if o.type == "Election":
        return (o.division, (o.date or "")[:4])
    return o.label


def _statement(cand: Candidate) -> int:
    return cand.fact.evidence[0].start if cand.fact.evidence else -1
