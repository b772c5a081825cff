"""The learned relation classifier: logistic regression weights per relation, trained on the
annotated corpus by `python -m kg.extract.train` and shipped in kg/extract/data.

A candidate's probability is a calibrated sigmoid of its weighted features; candidates at or
above their relation's threshold (picked on the dev split) become facts, and the probability is
the fact's confidence. Pure Python at run time: no training library is needed to use it.
"""

from __future__ import annotations

import gzip
import json
import math
import os
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from kg.errors import ModelError
from kg.extract.candidates import EXTRACTOR, OUTCOME_RELATIONS, Candidate, person_features
from kg.extract.confidence import fact_key
from kg.model import Fact

MODEL_FILE = Path(__file__).with_name("data") / "relations.json.gz"
MODEL_ENV = "KG_RELATION_MODEL"  # another model file to use (one trained on more data, say)
# won/lost/poll of a person in a race = P(they ran in it, from the candidacy model) x P(the
# statement gives them that outcome, from the relation's outcome model over person features).
OUTCOMES = OUTCOME_RELATIONS
REBUILD = "rebuild it with `python -m kg.extract.train` (needs the corpus/ folder of a checkout)"


@dataclass(frozen=True)
class RelationModel:
    version: str
    bias: dict[str, float]
    weights: dict[str, dict[str, float]]
    calibration: dict[str, tuple[float, float]]
    threshold: dict[str, float]
    titles: tuple[str, ...]

    def learned(self, relation: str) -> bool:
        """Whether the model decides this relation (else the rules' proposals stand)."""
        return relation in self.weights or f"{relation}:outcome" in self.weights

    def linear(self, name: str, features: set[str]) -> float:
        w = self.weights.get(name)
        if w is None:
            return -math.inf
        return self.bias[name] + sum(w.get(f, 0.0) for f in features)

    def score(self, cand: Candidate, ran: float | None = None) -> float:
        """The raw (uncalibrated) decision value of a candidate: a log-odds. For an outcome,
        `ran` is the candidacy probability of the same person, race and statement."""
        rel = cand.fact.relation
        if rel in OUTCOMES and f"{rel}:outcome" in self.weights:
            outcome = sigmoid(self.linear(f"{rel}:outcome", person_features(cand.features)))
            p = max(1e-6, min(1 - 1e-6, outcome * (ran if ran is not None else 0.0)))
            return math.log(p / (1 - p))
        return self.linear(rel, cand.features)

    def probability(self, cand: Candidate, ran: float | None = None) -> float:
        return self.calibrated(cand.fact.relation, self.score(cand, ran))

    def scores(self, candidates: list[Candidate]) -> list[float]:
        """Every candidate's raw score; outcomes use the article's candidacy probability of
        the same person in the same race (its most confident statement)."""
        ran: dict[tuple[object, ...], float] = {}
        for cand in candidates:
            if cand.fact.relation == "candidacy":
                key = race_key(cand)
                ran[key] = max(self.probability(cand), ran.get(key, 0.0))
        return [self.score(c, ran.get(race_key(c), 0.0) if c.fact.relation in OUTCOMES else None)
                for c in candidates]

    def probabilities(self, candidates: list[Candidate]) -> list[float]:
        """Every candidate's calibrated probability."""
        return [self.calibrated(c.fact.relation, z)
                for c, z in zip(candidates, self.scores(candidates), strict=True)]

    def calibrated(self, relation: str, z: float) -> float:
        if z == -math.inf:
            return 0.0
        a, b = self.calibration.get(relation, (1.0, 0.0))
        return sigmoid(a * z + b)

    def decide(self, candidates: list[Candidate]) -> list[Fact]:
        """The candidates the model keeps, with their probability as confidence."""
        kept: list[Fact] = []
        for cand, p in zip(candidates, self.probabilities(candidates), strict=True):
            if not self.learned(cand.fact.relation):
                if cand.fact.extractor != EXTRACTOR:  # not learned: the rules decide
                    kept.append(cand.fact)
                continue
            if p < self.threshold.get(cand.fact.relation, 0.5):
                continue
            kept.append(replace(cand.fact, confidence=round(min(p, 0.99), 3),
                                extractor=f"{cand.fact.extractor}@model-{self.version}"))
        return _prefer_specific_offices(_one_per_fact(kept))

    def to_json(self) -> dict[str, object]:
        return {"version": self.version, "bias": self.bias, "weights": self.weights,
                "calibration": self.calibration, "threshold": self.threshold,
                "titles": list(self.titles)}

    def save(self, path: Path = MODEL_FILE) -> None:
        data = json.dumps(self.to_json(), sort_keys=True, separators=(",", ":")).encode()
        path.write_bytes(gzip.compress(data, mtime=0))  # no time, no name: same model, same bytes


def sigmoid(z: float) -> float:
    if z == -math.inf:
        return 0.0
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def race_key(cand: Candidate) -> tuple[object, ...]:
    e = cand.fact.object
    race = (e.division, (e.date or "")[:4], e.stage, e.office) if e is not None else ()
    return (cand.fact.subject.label, race)


def _one_per_fact(facts: list[Fact]) -> list[Fact]:
    """The statements of one fact become its evidence; its confidence is that of its most
    convincing statement (the probability stays calibrated, unlike a noisy-or)."""
    merged: dict[tuple[object, ...], Fact] = {}
    for f in facts:
        key = fact_key(f)
        old = merged.get(key)
        if old is None:
            merged[key] = f
            continue
        best = old if old.confidence >= f.confidence else f
        merged[key] = replace(best, evidence=tuple(dict.fromkeys(old.evidence + f.evidence)))
    return list(merged.values())


def _prefer_specific_offices(facts: list[Fact]) -> list[Fact]:
    """A bare title ("Senator") is dropped where a rule named the same person's office in full
    from the same statement ("U.S. Senator from Ohio")."""
    def learned(f: Fact) -> bool:
        return f.extractor.startswith(EXTRACTOR + "@")

    full = {(f.subject.label, f.evidence[0].start) for f in facts
            if f.relation == "holds_office" and not learned(f)}
    return [f for f in facts
            if not (f.relation == "holds_office" and learned(f)
                    and (f.subject.label, f.evidence[0].start) in full)]


def load(path: Path | None = None) -> RelationModel:
    """The shipped model, or the file $KG_RELATION_MODEL names."""
    return _load(path or Path(os.environ.get(MODEL_ENV) or MODEL_FILE))


@lru_cache(maxsize=4)
def _load(path: Path) -> RelationModel:
    if not path.exists():
        raise ModelError(f"the relation model {path} is missing; {REBUILD}")
    try:
        with gzip.open(path, "rb") as fh:
            d = json.loads(fh.read().decode("utf-8"))
        return RelationModel(
            version=str(d["version"]),
            bias={k: float(v) for k, v in d["bias"].items()},
            weights={r: {f: float(x) for f, x in w.items()} for r, w in d["weights"].items()},
            calibration={k: (float(v[0]), float(v[1])) for k, v in d["calibration"].items()},
            threshold={k: float(v) for k, v in d["threshold"].items()},
            titles=tuple(d["titles"]),
        )
    except (OSError, EOFError, ValueError, KeyError, TypeError, AttributeError) as err:
        raise ModelError(f"the relation model {path} is unreadable ({err}); {REBUILD}") from None
