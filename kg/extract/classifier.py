"""The learned relation classifier: logistic regression weights per relation, trained on the
annotated corpus by `python -m kg.extract.train` and shipped in kg/extract/data.

A candidate's probability is a calibrated sigmoid of its weighted features: how likely its
statement states the fact. Where the model has a fact-level stage for the relation
(kg.extract.aggregate), the article's statements of one fact are weighed together and that
stage's calibrated probability, at or above its threshold (picked on the dev split), keeps the
fact and is its confidence; otherwise the best statement's probability is. Pure Python at run
time: no training library is needed to use it.
"""

from __future__ import annotations

import gzip
import json
import math
import os
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from kg.errors import ModelError
from kg.extract import aggregate
from kg.extract.candidates import EXTRACTOR, OUTCOME_RELATIONS, Candidate, person_features
from kg.extract.confidence import fact_key
from kg.extract.trees import Forest
from kg.model import Fact

MODEL_FILE = Path(__file__).with_name("data") / "relations.json.gz"
MODEL_ENV = "KG_RELATION_MODEL"  # another model file to use (one trained on more data, say)
# won/lost/poll of a person in a race = P(they ran in it, from the candidacy model) x P(the
# statement gives them that outcome, from the relation's outcome model over person features).
OUTCOMES = OUTCOME_RELATIONS
REBUILD = "rebuild it with `python -m kg.extract.train` (needs the corpus/ folder of a checkout)"


@dataclass(frozen=True)
class FactModel:
    """The fact-level stage of one relation: logistic weights over aggregate.FEATURES, Platt
    calibration and threshold from the dev split."""

    bias: float
    weights: dict[str, float]
    calibration: tuple[float, float]
    threshold: float

    def log_odds(self, features: dict[str, float]) -> float:
        return self.bias + sum(w * features[name] for name, w in self.weights.items())

    def probability(self, features: dict[str, float]) -> float:
        a, b = self.calibration
        return sigmoid(a * self.log_odds(features) + b)

    def as_json(self) -> list[object]:
        return [self.bias, self.weights, list(self.calibration), self.threshold]


@dataclass(frozen=True)
class RelationModel:
    version: str
    bias: dict[str, float]
    weights: dict[str, dict[str, float]]
    calibration: dict[str, tuple[float, float]]
    threshold: dict[str, float]
    titles: tuple[str, ...]
    facts: dict[str, FactModel] = field(default_factory=dict)
    forests: dict[str, Forest] = field(default_factory=dict)
    # Relations whose rule proposals stand beside the model's (where that union beat both on
    # unseen text), with the rules' precision there: a proposal's least confidence.
    rule_precision: dict[str, float] = field(default_factory=dict)

    def learned(self, relation: str) -> bool:
        """Whether the model decides this relation (else the rules' proposals stand)."""
        return relation in self.weights or f"{relation}:outcome" in self.weights

    def keeps_at(self, relation: str) -> float:
        """The confidence from which a fact of `relation` is kept."""
        fact_model = self.facts.get(relation)
        return fact_model.threshold if fact_model else self.threshold.get(relation, 0.5)

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
        z = self.linear(rel, cand.features)
        forest = self.forests.get(rel)
        return z if forest is None else (z + forest.score(cand.features)) / 2

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

    def calibrated(self, relation: str, z: float) -> float:
        if z == -math.inf:
            return 0.0
        a, b = self.calibration.get(relation, (1.0, 0.0))
        return sigmoid(a * z + b)

    def decide(self, candidates: list[Candidate]) -> list[Fact]:
        """The facts the model keeps, with their probability as confidence."""
        scores = self.scores(candidates)
        kept: list[Fact] = []
        learned: list[tuple[Candidate, float]] = []
        for cand, z in zip(candidates, scores, strict=True):
            if self.learned(cand.fact.relation):
                learned.append((cand, z))
            elif cand.fact.extractor != EXTRACTOR:  # not learned: the rules decide
                kept.append(cand.fact)
        for group in aggregate.groups([c for c, _ in learned], [z for _, z in learned],
                                      self.calibrated):
            threshold = self.keeps_at(group.relation)
            fact_model = self.facts.get(group.relation)
            # a rule's proposal stands at least at the rules' precision (None: not beside it)
            floor = self.rule_precision.get(group.relation)
            if fact_model is not None:
                p = fact_model.probability(group.features)
                if floor is not None and any(_ruled(c) for c in group.candidates):
                    p = max(p, floor)
                elif p < threshold:
                    continue
                kept.append(self._fact(group.best(), self._evidence(group), p))
                continue
            for cand, z in zip(group.candidates, group.scores, strict=True):
                p = self.calibrated(group.relation, z)
                if floor is not None and _ruled(cand):
                    p = max(p, floor)
                elif p < threshold:
                    continue
                kept.append(self._fact(cand, [cand], p))
        return _prefer_specific_offices(_one_per_fact(kept))

    def _evidence(self, group: aggregate.FactGroup) -> list[Candidate]:
        """The statements that state a kept fact: every one the statement classifier finds
        more likely than not, and at least the best."""
        rel = group.relation
        stating = [c for c, z in zip(group.candidates, group.scores, strict=True)
                   if self.calibrated(rel, z) >= 0.5]
        return stating or [group.best()]

    def _fact(self, best: Candidate, stating: list[Candidate], p: float) -> Fact:
        evidence = sorted(dict.fromkeys(e for c in stating for e in c.fact.evidence),
                          key=lambda e: (e.start, e.end))
        return replace(best.fact, evidence=tuple(evidence) or best.fact.evidence,
                       confidence=round(min(p, 0.99), 3),
                       extractor=f"{best.fact.extractor}@model-{self.version}")

    def to_json(self) -> dict[str, object]:
        return {"version": self.version, "bias": self.bias, "weights": self.weights,
                "calibration": self.calibration, "threshold": self.threshold,
                "titles": list(self.titles),
                "facts": {rel: m.as_json() for rel, m in self.facts.items()},
                "forests": {rel: f.as_json() for rel, f in self.forests.items()},
                "rule_precision": self.rule_precision}

    def save(self, path: Path = MODEL_FILE) -> None:
        data = json.dumps(self.to_json(), sort_keys=True, separators=(",", ":")).encode()
        path.write_bytes(gzip.compress(data, mtime=0))  # no time, no name: same model, same bytes


def _ruled(cand: Candidate) -> bool:
    """Whether a rule proposed the candidate."""
    return "rule" in cand.features


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
            facts={rel: FactModel(float(b), {str(k): float(v) for k, v in w.items()},
                                  (float(cal[0]), float(cal[1])), float(t))
                   for rel, (b, w, cal, t) in d.get("facts", {}).items()},
            forests={rel: Forest.from_json(f) for rel, f in d.get("forests", {}).items()},
            rule_precision={rel: float(v) for rel, v in d.get("rule_precision", {}).items()},
        )
    except (OSError, EOFError, ValueError, KeyError, IndexError, TypeError, AttributeError) as err:
        raise ModelError(f"the relation model {path} is unreadable ({err}); {REBUILD}") from None
