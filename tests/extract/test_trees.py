"""Boosted trees evaluated without scikit-learn: the same log-odds as the fitted model."""

from __future__ import annotations

import random

import pytest

from kg.extract import classifier
from kg.extract.trees import Forest

np = pytest.importorskip("numpy")
ensemble = pytest.importorskip("sklearn.ensemble")


def test_a_forest_scores_as_scikit_learn_does() -> None:
    from kg.extract.train import forest_from_sklearn

    rng = random.Random(0)
    vocab = [f"w:{i}" for i in range(12)]
    rows = [[rng.random() < 0.3 for _ in vocab] for _ in range(600)]
    labels = [int((r[0] and r[1]) or (r[2] and not r[3]) or rng.random() < 0.1) for r in rows]
    x = np.array(rows, dtype=np.uint8)
    fitted = ensemble.HistGradientBoostingClassifier(
        max_iter=30, max_leaf_nodes=7, early_stopping=False, random_state=0).fit(x, labels)
    forest = Forest.from_json(forest_from_sklearn(fitted, vocab).as_json())
    expected = fitted.decision_function(x)
    for row, want in zip(rows, expected, strict=True):
        present = {f for f, on in zip(vocab, row, strict=True) if on}
        assert forest.score(present) == pytest.approx(float(want), abs=1e-3)


def test_the_shipped_model_carries_forests_over_its_own_features() -> None:
    model = classifier.load()
    assert model.forests, "the shipped model has boosted trees for some relation"
    for relation, forest in model.forests.items():
        assert relation in model.weights and forest.trees
        used = {forest.features[n[0]] for tree in forest.trees for n in tree if n[0] >= 0}
        assert used and used <= set(forest.features)
