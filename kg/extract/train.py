"""Train the relation classifier on the annotated corpus (corpus/ in a checkout).

    python -m kg.extract.train [--corpus corpus] [--train-docs N] [--out FILE]

Every training document is read by the rule extractor, its office titles looked up in a lexicon
made from the other folds' gold only (as on unseen text); every candidate
(kg.extract.candidates) is labelled by whether it matches a gold fact of that document, matched
exactly as shared/tools/score-facts matches; one logistic regression per relation is fitted on
the train split (with boosted trees beside it where they lower the dev log loss); on the dev
split each relation's probabilities are calibrated (Platt) and its threshold picked. On unseen
text (training documents scored out of fold, plus dev) each model is weighed against the rules'
own proposals and against both together: a relation the rules alone do best is left to them;
where both do best, the rules' proposals stand beside the model's (`rule_precision`). For
candidacy, party and holds_office a fact-level stage weighs the statements of one fact together.
The test split is never read. Deterministic: same corpus, same model bytes. Needs scikit-learn
(the `dev` extra), which using the model does not."""

from __future__ import annotations

import argparse
import hashlib
import importlib.machinery
import importlib.util
import json
import math
import os
import random
import sys
import time
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

from kg.extract import Extractor, aggregate, candidates
from kg.extract.candidates import Candidate, person_features
from kg.extract.classifier import MODEL_FILE, OUTCOMES, FactModel, RelationModel
from kg.extract.classifier import sigmoid as _sigmoid
from kg.extract.confidence import fact_key
from kg.extract.trees import Forest
from kg.facts import fact_record
from kg.model import SCORED_RELATIONS, Article
from kg.readers import iter_articles

CHECKOUT = Path(__file__).resolve().parents[2]
C_GRID = (0.05, 0.1, 0.2, 0.5, 1.0)
# A relation with fewer right training candidates than this is left to the rules' proposals
# (too few examples to learn from: poll and funding, as of the first corpus).
MIN_TRAIN_POSITIVES = 30
# Fewer right dev candidates than this: too few to calibrate or tune a threshold on.
MIN_DEV_POSITIVES = 20
# Folds of the training documents for the out-of-fold statement scores the fact stage learns from.
FOLDS = 5
# Relations whose statement model adds boosted trees, over features seen this often in training.
FOREST_RELATIONS = ("candidacy", "party", "holds_office")
MIN_TREE_FEATURE_COUNT = 40
# Annotated by an earlier session on documents outside corpus/: more training text.
EXTRA_GOLD = CHECKOUT / "benchmarks" / "extra_gold"


def scorer(shared: Path) -> ModuleType:
    """shared/tools/score-facts as a module: labels use the scorer's own matching rules."""
    path = shared / "tools" / "score-facts"
    loader = importlib.machinery.SourceFileLoader("score_facts", str(path))
    spec = importlib.util.spec_from_loader("score_facts", loader)
    if spec is None or not path.exists():
        sys.exit(f"error: {path} not found; pass --shared DIR")
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def gold_by_document(path: Path, sf: ModuleType) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        for doc in {s["document"] for s in d["sources"]}:
            out[doc].append(sf.parse(json.loads(line), "gold", set(SCORED_RELATIONS)))
    return out


TITLE_FOLDS = 5


def office_titles(path: Path, leave_out: frozenset[str] = frozenset()) -> list[str]:
    """Surface forms of offices in the gold: the lexicon office candidates are found with.
    `leave_out` documents do not count (a fact stated only there adds no title)."""
    titles: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        if leave_out and all(s["document"] in leave_out for s in d.get("sources", [])):
            continue
        for side in ("subject", "object"):
            e = d.get(side) or {}
            if e.get("type") == "Office":
                titles |= {t for t in [e["label"], *e.get("aliases", [])] if len(t) >= 3}
    return sorted(titles)


def labelled(extractor: Extractor, generator: candidates.Generator, article: Article,
             gold: list[Any], sf: ModuleType) -> list[tuple[Candidate, int]]:
    analysed = extractor.analyse(article)
    if analysed is None:
        return []
    ctx, facts = analysed
    out = []
    for cand in generator(ctx, facts):
        if cand.fact.relation not in SCORED_RELATIONS:
            continue
        pred = sf.parse(json.loads(json.dumps(fact_record(cand.fact, article))), "pred",
                        set(SCORED_RELATIONS))
        same = [g for g in gold if g.relation == pred.relation]
        ok = any(sf.fact_match(pred, g) for g in same)
        a, b = cand.fact.evidence[0].start, cand.fact.evidence[0].end
        cand.stated = int(any(
            sf.entity_match(pred.subject, g.subject)
            and any(s["document"] == article.document and s["start"] < b and a < s["end"]
                    for s in g.sources) for g in same))
        out.append((cand, int(ok)))
    return out


def read_split(corpus: Path, split: str, limit: int | None, seed: int) -> list[Article]:
    names = (corpus / f"{split}.docs").read_text(encoding="utf-8").split()
    if limit is not None and limit < len(names):
        names = sorted(random.Random(seed).sample(names, limit))
    paths = [str(corpus / "docs" / n) for n in names]
    return [a for a in iter_articles(paths) if isinstance(a, Article)]


def _fit(rows: list[tuple[Candidate, int]], c: float) -> tuple[float, dict[str, float]]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(sorted(cand.features), 1.0) for cand, _ in rows]).tocsr()
    x.indices, x.indptr = x.indices.astype("int32"), x.indptr.astype("int32")  # liblinear's need
    y = [label for _, label in rows]
    model = LogisticRegression(C=c, solver="liblinear", random_state=0, max_iter=1000,
                               class_weight="balanced")
    model.fit(x, y)
    names = vec.get_feature_names_out()
    weights = {str(n): round(float(w), 4) for n, w in zip(names, model.coef_[0], strict=True)
               if abs(w) >= 1e-3}
    return round(float(model.intercept_[0]), 4), weights


def _platt(z: list[float], y: list[int]) -> tuple[float, float]:
    from sklearn.linear_model import LogisticRegression

    if len(set(y)) < 2:
        return 1.0, 0.0
    m = LogisticRegression(C=100.0, solver="lbfgs")
    m.fit([[v] for v in z], y)
    return round(float(m.coef_[0][0]), 4), round(float(m.intercept_[0]), 4)


def _log_loss(p: list[float], y: list[int]) -> float:
    eps = 1e-6
    return -sum(math.log(max(eps, q if t else 1 - q)) for q, t in zip(p, y, strict=True)) / max(
        1, len(y))


def _best_threshold(p: list[float], y: list[int], low: float = 0.7) -> float:
    """The cut that maximises F1 of the facts on dev, within [low, 0.9]: a kept fact is more
    likely right than wrong (by default well more: a statement alone is weak evidence)."""
    best, best_f1 = 0.5, -1.0
    for i in range(round(low * 100), 91, 5):
        t = i / 100
        f1 = _f1(p, y, t)
        if f1 > best_f1 + 1e-9:
            best, best_f1 = t, f1
    return best


def _by_person(doc: list[tuple[Candidate, int]], rel: str) -> list[tuple[Candidate, int]]:
    """One row per person and statement for an outcome relation: person features only, right
    when gold states that relation of them in that statement (in whichever race)."""
    groups: dict[tuple[str, int], tuple[Candidate, int]] = {}
    for cand, y in doc:
        if cand.fact.relation != rel:
            continue
        key = (cand.fact.subject.label, cand.fact.evidence[0].start if cand.fact.evidence else -1)
        old = groups.get(key)
        feats = person_features(cand.features)
        if old is None:
            groups[key] = (Candidate(cand.fact, feats), max(y, cand.stated))
        else:
            old[0].features |= feats
            groups[key] = (old[0], max(old[1], y, cand.stated))
    return list(groups.values())


def _fit_best(model: RelationModel, name: str, tr: list[tuple[Candidate, int]],
              dv: list[tuple[Candidate, int]], grid: tuple[float, ...] = C_GRID) -> float:
    """Fits `name`'s weights into `model` with the C of `grid` of least dev log loss; returns
    that C."""
    best: tuple[float, float, dict[str, float], float] | None = None
    for c in grid:
        b, w = _fit(tr, c)
        p = [_sigmoid(b + sum(w.get(f, 0.0) for f in cand.features)) for cand, _ in dv]
        loss = _log_loss(p, [y for _, y in dv]) if dv else 0.0
        if best is None or loss < best[0] - 1e-9:
            best = (loss, b, w, c)
    assert best is not None
    _, model.bias[name], model.weights[name], c = best
    return c


def _best_statements(model: RelationModel, rel: str, docs: Docs,
                     scores: list[list[float]] | None = None
                     ) -> tuple[list[float], list[int], list[int]]:
    """`rel`'s facts in `docs`, each as its best statement: raw score (the model's, or the
    given `scores` per document), right or not, and whether a rule proposed it."""
    z: list[float] = []
    y: list[int] = []
    ruled: list[int] = []
    for i, doc in enumerate(docs):
        doc_scores = model.scores([c for c, _ in doc]) if scores is None else scores[i]
        best: dict[tuple[object, ...], tuple[float, int, int]] = {}
        for (cand, label), v in zip(doc, doc_scores, strict=True):
            if cand.fact.relation != rel:
                continue
            key = fact_key(cand.fact)
            rule = int("rule" in cand.features)
            old = best.get(key, (-math.inf, 0, 0))
            best[key] = (max(v, old[0]), max(label, old[1]), max(rule, old[2]))
        z += [max(-30.0, min(30.0, v)) for v, _, _ in best.values()]
        y += [label for _, label, _ in best.values()]
        ruled += [rule for _, _, rule in best.values()]
    return z, y, ruled


def _calibrate(model: RelationModel, rel: str, dev: list[list[tuple[Candidate, int]]]) -> None:
    """Platt scaling of `rel`'s scores on dev, then the threshold that maximises dev F1."""
    model.calibration.pop(rel, None)
    z, y, _ = _best_statements(model, rel, dev)
    if sum(y) >= MIN_DEV_POSITIVES:
        _set_calibration(model, rel, z, y)
    else:
        model.calibration[rel], model.threshold[rel] = (1.0, 0.0), 0.7


def _set_calibration(model: RelationModel, rel: str, z: list[float], y: list[int],
                     low: float = 0.7) -> None:
    """Platt scaling of `rel`'s scores `z` against labels `y`, and the cut (from `low`) that
    maximises F1 there."""
    model.calibration[rel] = _platt(z, y)
    a, b = model.calibration[rel]
    model.threshold[rel] = _best_threshold([_sigmoid(a * v + b) for v in z], y, low=low)


def _recalibrate_sparse(model: RelationModel, train_docs: Docs, oof: list[list[float]],
                        dev_docs: Docs, dev_scores: list[list[float]], quiet: bool) -> None:
    """The outcomes (won, lost, poll), and any relation with too few right dev facts for a
    Platt fit, are calibrated, and their threshold picked (from 0.5), on the training
    documents scored out of fold together with dev: unseen text either way, and several times
    the examples dev alone has (about twenty right outcomes of each kind). Calibrated on dev
    alone, an outcome's probability (a product of two) rarely reached the statement cut of
    0.7, and the outcome models were dropped as worse than the rules."""
    for name in list(model.weights):
        rel = name.split(":")[0]
        dz, dy, _ = _best_statements(model, rel, dev_docs, dev_scores)
        if sum(dy) >= MIN_DEV_POSITIVES and rel not in OUTCOMES:
            continue
        z, y, _ = _best_statements(model, rel, train_docs, oof)
        z, y = z + dz, y + dy
        if sum(y) < MIN_DEV_POSITIVES:
            continue
        _set_calibration(model, rel, z, y, low=0.5)
        if not quiet:
            print(f"{name:20} calibrated out of fold: {sum(y)} right of {len(y)}, "
                  f"threshold={model.threshold[rel]}", file=sys.stderr)


def _drop_unlearned(model: RelationModel, train_docs: Docs, oof: list[list[float]],
                    dev_docs: Docs, dev_scores: list[list[float]], quiet: bool) -> None:
    """Weighs each statement model against the rules on unseen text (training documents
    scored out of fold, and dev), by F1: the model alone, the rules' own proposals alone, and
    both (a fact kept when the model keeps it or a rule proposed it). Where the rules alone do
    best, the model is dropped and the rules decide its relation (it has not learned it from
    the examples there are); where both do best, the rule proposals stand beside the model's,
    with the rules' precision there as their least confidence. Candidacy stays a model: the
    outcomes are scored through it."""
    for name in list(model.weights):
        rel = name.split(":")[0]
        z, y, ruled = _best_statements(model, rel, train_docs, oof)
        dz, dy, druled = _best_statements(model, rel, dev_docs, dev_scores)
        p = [model.calibrated(rel, v) for v in z + dz]
        ruled, y = ruled + druled, y + dy
        threshold = model.threshold.get(rel, 0.5)
        f1_model = _f1(p, y, threshold)
        f1_rules = _f1([float(r) for r in ruled], y, 0.5)
        f1_both = _f1([1.0 if r else q for q, r in zip(p, ruled, strict=True)], y, threshold)
        if not quiet:
            print(f"{name:20} unseen F1 {f1_model:.3f} (model), {f1_rules:.3f} (rules), "
                  f"{f1_both:.3f} (both)", file=sys.stderr)
        if f1_both > max(f1_model, f1_rules) and any(ruled):
            model.rule_precision[rel] = round(
                sum(v for v, r in zip(y, ruled, strict=True) if r) / sum(ruled), 3)
        elif f1_rules >= f1_model and name != "candidacy":
            for table in (model.weights, model.bias, model.forests):
                table.pop(name, None)
            model.calibration.pop(rel, None)
            model.threshold.pop(rel, None)


def train(corpus: Path, shared: Path, *, train_docs: int | None = None,
          dev_docs: int | None = None, seed: int = 0, quiet: bool = False) -> RelationModel:
    sf = scorer(shared)
    titles = office_titles(corpus / "train.jsonl")
    extractor = Extractor(learned=False)
    generator = candidates.Generator(titles)
    # a training document's candidates are found with the titles of the other folds only, as
    # unseen text is: otherwise every gold title is in the lexicon and the model never learns
    # what a title found by its shape alone is worth
    names = (corpus / "train.docs").read_text(encoding="utf-8").split()
    folds = [frozenset(names[k::TITLE_FOLDS]) for k in range(TITLE_FOLDS)]
    generators = {k: candidates.Generator(office_titles(corpus / "train.jsonl", fold))
                  for k, fold in enumerate(folds)}
    fold_of = {n: k for k, fold in enumerate(folds) for n in fold}
    docs: dict[str, list[list[tuple[Candidate, int]]]] = {}
    for split in ("train", "dev"):
        sets = [(corpus / f"{split}.jsonl",
                 read_split(corpus, split, train_docs if split == "train" else dev_docs, seed))]
        if split == "train" and train_docs is None and EXTRA_GOLD.exists():
            paths = sorted((EXTRA_GOLD / "docs").glob("*.txt"))
            sets.append((EXTRA_GOLD / "gold.jsonl",
                         [a for a in iter_articles([str(p) for p in paths])
                          if isinstance(a, Article)]))
        docs[split] = []
        for gold_file, articles in sets:
            gold = gold_by_document(gold_file, sf)
            docs[split] += [labelled(extractor, generators.get(fold_of.get(a.document, -1),
                                                               generator),
                                     a, gold.get(a.document, []), sf)
                            for a in articles]
    model, grid = _fit_statements(docs["train"], docs["dev"], quiet=quiet)
    oof = _out_of_fold_scores(docs["train"], docs["dev"], grid, seed)
    # the learned relations' dev scores do not depend on the ones dropped next (outcomes are
    # scored through candidacy, never the reverse): scored once for both steps
    dev_scores = [model.scores([c for c, _ in d]) for d in docs["dev"]]
    _recalibrate_sparse(model, docs["train"], oof, docs["dev"], dev_scores, quiet)
    _drop_unlearned(model, docs["train"], oof, docs["dev"], dev_scores, quiet)
    facts = _fit_facts(model, docs["train"], oof, docs["dev"], dev_scores, quiet=quiet)
    bias, weights = model.bias, model.weights
    calibration, threshold = model.calibration, model.threshold
    body = json.dumps([bias, weights, calibration, threshold, titles,
                       {rel: m.as_json() for rel, m in facts.items()},
                       {rel: f.as_json() for rel, f in model.forests.items()}]
                      + ([model.rule_precision] if model.rule_precision else []), sort_keys=True)
    version = hashlib.sha256(body.encode()).hexdigest()[:10]
    return RelationModel(version, bias, weights, calibration, threshold, tuple(titles), facts,
                         model.forests, model.rule_precision)


Docs = list[list[tuple[Candidate, int]]]


def _fit_statements(train_docs: Docs, dev_docs: Docs, *, quiet: bool = True,
                    grid: dict[str, float] | None = None) -> tuple[RelationModel, dict[str, float]]:
    """One logistic regression per relation over statement candidates (outcomes: over person
    features, times the candidacy probability), calibrated on dev. With `grid`, each model's C
    is fixed to it instead of chosen on dev. Returns the model and each model's C."""
    model = RelationModel("probe", {}, {}, {}, {}, ())
    chosen: dict[str, float] = {}

    def fit(name: str, tr: list[tuple[Candidate, int]], dv: list[tuple[Candidate, int]]) -> None:
        chosen[name] = _fit_best(model, name, tr, dv,
                                 (grid[name],) if grid and name in grid else C_GRID)
        if name in FOREST_RELATIONS:
            _fit_forest(model, name, tr, dv)
        _calibrate(model, name.split(":")[0], dev_docs)
        if not quiet:
            print(f"{name:20} train {len(tr):6} candidates ({sum(y for _, y in tr):4} right), "
                  f"dev {len(dv):5} ({sum(y for _, y in dv):3} right); C={chosen[name]} "
                  f"threshold={model.threshold.get(name.split(':')[0])} "
                  f"{len(model.weights[name])} weights", file=sys.stderr)

    for rel in (r for r in SCORED_RELATIONS if r not in OUTCOMES):
        tr = [row for d in train_docs for row in d if row[0].fact.relation == rel]
        dv = [row for d in dev_docs for row in d if row[0].fact.relation == rel]
        if sum(y for _, y in tr) >= MIN_TRAIN_POSITIVES:
            fit(rel, tr, dv)
    for rel in OUTCOMES:
        tr = [row for d in train_docs for row in _by_person(d, rel)]
        dv = [row for d in dev_docs for row in _by_person(d, rel)]
        if sum(y for _, y in tr) >= MIN_TRAIN_POSITIVES and "candidacy" in model.weights:
            fit(f"{rel}:outcome", tr, dv)
    return model, chosen


def _fit_forest(model: RelationModel, name: str, tr: list[tuple[Candidate, int]],
                dv: list[tuple[Candidate, int]]) -> None:
    """Boosted trees beside the relation's logistic regression (their log-odds averaged), kept
    only where that lowers the calibrated dev log loss."""
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier

    counts = Counter(f for cand, _ in tr for f in cand.features)
    vocab = sorted(f for f, n in counts.items() if n >= MIN_TREE_FEATURE_COUNT)
    index = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(tr), len(vocab)), dtype=np.uint8)
    for row, (cand, _) in enumerate(tr):
        for f in cand.features:
            if f in index:
                x[row, index[f]] = 1
    fitted = HistGradientBoostingClassifier(
        max_iter=200, learning_rate=0.1, max_leaf_nodes=15, l2_regularization=1.0,
        early_stopping=False, random_state=0).fit(x, [y for _, y in tr])
    forest = forest_from_sklearn(fitted, vocab)
    before = _dev_loss(model, dv)
    model.forests[name] = forest
    if _dev_loss(model, dv) >= before:
        del model.forests[name]


def forest_from_sklearn(fitted: Any, vocab: list[str]) -> Forest:
    """A fitted binary HistGradientBoostingClassifier over 0/1 columns named `vocab`, as a
    Forest (a column is 1 when the feature is present, so "present" takes the right branch)."""
    import numpy as np

    trees = tuple(
        tuple((-1 if node["is_leaf"] else int(node["feature_idx"]), int(node["left"]),
               int(node["right"]), round(float(node["value"]), 5)) for node in predictor.nodes)
        for [predictor] in fitted._predictors)
    return Forest(tuple(vocab), round(float(np.ravel(fitted._baseline_prediction)[0]), 5),
                  trees)


def _dev_loss(model: RelationModel, dv: list[tuple[Candidate, int]]) -> float:
    z = [max(-30.0, min(30.0, model.score(c))) for c, _ in dv]
    y = [label for _, label in dv]
    a, b = _platt(z, y)
    return _log_loss([_sigmoid(a * v + b) for v in z], y)


def _out_of_fold_scores(train_docs: Docs, dev_docs: Docs, grid: dict[str, float],
                        seed: int) -> list[list[float]]:
    """Each training document's statement scores from a model that did not see it (FOLDS
    folds by document): the fact-level stage learns from scores like those of unseen text."""
    order = list(range(len(train_docs)))
    random.Random(seed).shuffle(order)
    scores: list[list[float]] = [[] for _ in train_docs]
    for k in range(FOLDS):
        held = set(order[k::FOLDS])
        fold, _ = _fit_statements([d for i, d in enumerate(train_docs) if i not in held],
                                  dev_docs, grid=grid)
        for i in held:
            scores[i] = fold.scores([c for c, _ in train_docs[i]])
    return scores


def _fact_rows(model: RelationModel, docs: Docs,
               scores: list[list[float]]) -> list[tuple[str, dict[str, float], int]]:
    """(relation, features, right) of every fact group of every document."""
    rows = []
    for doc, zs in zip(docs, scores, strict=True):
        learned = [(c, y, z) for (c, y), z in zip(doc, zs, strict=True)
                   if model.learned(c.fact.relation)]
        label = {id(c): y for c, y, _ in learned}
        for group in aggregate.groups([c for c, _, _ in learned], [z for _, _, z in learned],
                                      model.calibrated):
            rows.append((group.relation, group.features,
                         max(label[id(c)] for c in group.candidates)))
    return rows


def _fit_facts(model: RelationModel, train_docs: Docs, oof: list[list[float]], dev_docs: Docs,
               dev_scores: list[list[float]],
               *, quiet: bool = True) -> dict[str, FactModel]:
    """The fact-level stage of each relation, kept where it beats the best statement alone on
    dev F1."""
    from sklearn.linear_model import LogisticRegression

    train_rows = _fact_rows(model, train_docs, oof)
    dev_rows = _fact_rows(model, dev_docs, dev_scores)
    facts: dict[str, FactModel] = {}
    for rel in SCORED_RELATIONS:
        tr = [(x, y) for r, x, y in train_rows if r == rel]
        dv = [(x, y) for r, x, y in dev_rows if r == rel]
        if sum(y for _, y in tr) < MIN_TRAIN_POSITIVES or sum(y for _, y in dv) < MIN_DEV_POSITIVES:
            continue
        fitted = LogisticRegression(C=1.0, max_iter=5000).fit(
            [[x[n] for n in aggregate.FEATURES] for x, _ in tr], [y for _, y in tr])
        weights = {n: round(float(w), 4)
                   for n, w in zip(aggregate.FEATURES, fitted.coef_[0], strict=True)}
        stage = FactModel(round(float(fitted.intercept_[0]), 4), weights, (1.0, 0.0), 0.5)
        z = [stage.log_odds(x) for x, _ in dv]
        y = [label for _, label in dv]
        a, b = _platt(z, y)
        p = [_sigmoid(a * v + b) for v in z]
        threshold = _best_threshold(p, y, low=0.5)
        statement = [model.calibrated(rel, x["best"]) for x, _ in dv]
        f1_fact = _f1(p, y, threshold)
        f1_statement = _f1(statement, y, model.threshold.get(rel, 0.5))
        if not quiet:
            print(f"{rel + ':fact':20} train {len(tr):6} facts ({sum(v for _, v in tr):4} right), "
                  f"dev {len(dv):5}; threshold={threshold}; dev F1 {f1_fact:.3f} against "
                  f"{f1_statement:.3f} from the best statement", file=sys.stderr)
        if f1_fact > f1_statement:
            facts[rel] = replace(stage, calibration=(a, b), threshold=threshold)
    return facts


def _f1(p: list[float], y: list[int], threshold: float) -> float:
    tp = sum(1 for q, v in zip(p, y, strict=True) if q >= threshold and v)
    kept = sum(1 for q in p if q >= threshold)
    return 2 * tp / (kept + sum(y)) if kept + sum(y) else 0.0


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m kg.extract.train", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CHECKOUT / "corpus")
    ap.add_argument("--shared", type=Path,
                    default=Path(os.environ.get("KG_SHARED", CHECKOUT.parent / "shared")))
    ap.add_argument("--train-docs", type=int, help="train on a random sample of N documents")
    ap.add_argument("--dev-docs", type=int, help="calibrate on a random sample of N dev documents")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, default=MODEL_FILE)
    args = ap.parse_args(argv)
    if not (args.corpus / "train.jsonl").exists():
        sys.exit(f"error: {args.corpus}/train.jsonl not found; pass --corpus DIR")
    started = time.perf_counter()
    model = train(args.corpus, args.shared, train_docs=args.train_docs, dev_docs=args.dev_docs,
                  seed=args.seed)
    model.save(args.out)
    size = args.out.stat().st_size
    print(f"wrote {args.out} (model {model.version}, {size / 1e6:.2f} MB) in "
          f"{time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
