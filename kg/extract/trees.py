"""Gradient-boosted trees over a candidate's binary features, evaluated in pure Python.

A logistic regression weighs each feature alone; trees also learn conjunctions ("a party word
before the name" and "the race came from the article" together). Trained with scikit-learn's
HistGradientBoostingClassifier by kg.extract.train and shipped as plain node lists, so using
them needs no training library.
"""

from __future__ import annotations

from dataclasses import dataclass

# (feature index, or -1 at a leaf; left child; right child; leaf value)
Node = tuple[int, int, int, float]


@dataclass(frozen=True)
class Forest:
    """Trees whose summed leaf values, plus the baseline, are a log-odds."""

    features: tuple[str, ...]
    baseline: float
    trees: tuple[tuple[Node, ...], ...]

    def score(self, present: set[str]) -> float:
        z = self.baseline
        for nodes in self.trees:
            i = 0
            while True:
                feature, left, right, value = nodes[i]
                if feature < 0:
                    z += value
                    break
                i = right if self.features[feature] in present else left
        return z

    def as_json(self) -> dict[str, object]:
        return {"features": list(self.features), "baseline": self.baseline,
                "trees": [[list(n) for n in t] for t in self.trees]}

    @classmethod
    def from_json(cls, d: dict[str, object]) -> Forest:
        trees = tuple(tuple((int(n[0]), int(n[1]), int(n[2]), float(n[3])) for n in t)
                      for t in d["trees"])  # type: ignore[attr-defined]
        return cls(tuple(str(f) for f in d["features"]),  # type: ignore[attr-defined]
                   float(d["baseline"]), trees)  # type: ignore[arg-type]
