"""Training the relation classifier (python -m kg.extract.train)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.extract import classifier, train
from kg.extract.candidates import Candidate
from kg.extract.classifier import RelationModel
from kg.model import Entity, Evidence, Fact

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared"))


@pytest.mark.skipif(not (SHARED / "tools" / "score-facts").exists(),
                    reason="needs ../shared/tools/score-facts to label training candidates")
def test_training_is_deterministic(tmp_path: Path) -> None:
    """Same corpus, same seed: the same model bytes (a small sample keeps this quick)."""
    outs = []
    for n in (1, 2):
        out = tmp_path / f"m{n}.json.gz"
        run = subprocess.run(
            [sys.executable, "-m", "kg.extract.train", "--train-docs", "24", "--dev-docs", "6",
             "--out", str(out), "--shared", str(SHARED)],
            capture_output=True, text=True, timeout=600, cwd=ROOT)
        assert run.returncode == 0, run.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    model = classifier.load(tmp_path / "m1.json.gz")
    assert "candidacy" in model.weights


def _endorsements(right: int, wrong: int) -> list[tuple[Candidate, int]]:
    """Endorsement candidates of one document: the right ones proposed by a rule, the wrong
    ones carrying the feature the model below (wrongly) trusts."""
    ev = (Evidence(0, 4, "text"),)
    rows = []
    for i in range(right + wrong):
        fact = Fact("endorsement", Entity("Person", f"A{i}"), Entity("Person", f"B{i}"), ev, 0.5,
                    "test")
        rows.append((Candidate(fact, {"rule"} if i < right else {"misleading"}), int(i < right)))
    return rows


@pytest.mark.parametrize(("weight", "kept"), [(5.0, False), (-5.0, True)])
def test_a_model_that_does_not_beat_the_rules_on_unseen_text_is_dropped(weight: float,
                                                                        kept: bool) -> None:
    """Judged on out-of-fold training scores and dev together: a model no better than the rules'
    own proposals leaves the relation to the rules; a better one stays."""
    model = RelationModel("t", {"endorsement": 0.0}, {"endorsement": {"misleading": weight,
                                                                     "rule": 4.0}},
                          {}, {"endorsement": 0.5}, ())
    docs = [_endorsements(3, 1), _endorsements(2, 2)]
    oof = [model.scores([c for c, _ in doc]) for doc in docs]
    # a better model: it keeps what the rules keep and one right fact they miss
    if kept:
        docs[0][0][0].features.discard("rule")
        docs[0][0][0].features.add("misleading2")
        model.weights["endorsement"]["misleading2"] = 5.0
        oof = [model.scores([c for c, _ in doc]) for doc in docs]
    dev = [_endorsements(2, 1)]
    train._drop_unlearned(model, docs, oof, dev, [model.scores([c for c, _ in d]) for d in dev],
                          quiet=True)
    assert model.learned("endorsement") == kept
    assert ("endorsement" in model.threshold) == kept


def test_a_training_fold_finds_offices_without_its_own_titles() -> None:
    """A document's office titles come from the other folds: a title stated only in the left-out
    documents is not in their lexicon, one stated elsewhere too still is."""
    gold = ROOT / "corpus" / "train.jsonl"
    names = (ROOT / "corpus" / "train.docs").read_text(encoding="utf-8").split()
    everything = set(train.office_titles(gold))
    fold = frozenset(names[0::train.TITLE_FOLDS])
    rest = set(train.office_titles(gold, fold))
    assert rest < everything
    assert set(train.office_titles(gold, frozenset(names))) == set()


def test_a_relation_with_few_dev_examples_is_calibrated_out_of_fold() -> None:
    """With fewer right dev facts than a Platt fit needs, the calibration and threshold come
    from the training documents scored out of fold and dev together; a relation with enough
    dev examples keeps its dev calibration."""
    model = RelationModel("t", {"endorsement": -2.0}, {"endorsement": {"rule": 4.0}},
                          {"endorsement": (1.0, 0.0)}, {"endorsement": 0.7}, ())
    docs = [_endorsements(12, 12) for _ in range(2)]
    oof = [model.scores([c for c, _ in doc]) for doc in docs]
    dev = [_endorsements(2, 2)]
    dev_scores = [model.scores([c for c, _ in d]) for d in dev]
    train._recalibrate_sparse(model, docs, oof, dev, dev_scores, quiet=True)
    a, b = model.calibration["endorsement"]
    # the rule separates right from wrong perfectly: calibrated far apart, cut in between
    assert model.calibrated("endorsement", 2.0) > 0.9 > 0.1 > model.calibrated("endorsement", -2.0)
    assert (a, b) != (1.0, 0.0) and 0.5 <= model.threshold["endorsement"] <= 0.9
    enough = [_endorsements(train.MIN_DEV_POSITIVES, 2)]
    model.calibration["endorsement"] = (1.0, 0.0)
    train._recalibrate_sparse(model, docs, oof, enough,
                              [model.scores([c for c, _ in d]) for d in enough], quiet=True)
    assert model.calibration["endorsement"] == (1.0, 0.0)
