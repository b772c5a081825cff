"""The trained relation classifier: the shipped model, its decisions, its errors, its training."""

from __future__ import annotations

import gzip
import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import ModelError
from kg.extract import Extractor, aggregate, classifier
from kg.extract.confidence import fact_key
from kg.model import Article
from kg.readers import iter_articles

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "examples" / "articles"
SHARED = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_shipped_model_is_small_and_names_its_version(extractor: Extractor) -> None:
    assert classifier.MODEL_FILE.stat().st_size < 25_000_000
    model = extractor.model
    assert model is not None and len(model.version) == 10
    for relation in ("candidacy", "party", "holds_office"):
        assert model.weights[relation] and 0.7 <= model.threshold[relation] <= 0.9
    assert {"won:outcome", "lost:outcome"} <= set(model.weights)


def test_kept_facts_carry_their_probability(extractor: Extractor) -> None:
    text = ("Republican Mike Garcia defeated Democrat Christy Smith in the special election in "
            "California's 25th congressional district on Tuesday. Garcia, a former Navy pilot, "
            "won 56 percent of the vote.")
    facts = extractor.extract(Article(text=text, document="t.txt", origin="t.txt",
                                      date="2020-05-13"))
    model = extractor.model
    assert model is not None
    learned = [f for f in facts if "@model-" in f.extractor]
    assert learned, facts
    for f in learned:
        assert f.extractor.endswith("@model-" + model.version)
        assert model.keeps_at(f.relation) <= f.confidence < 1.0
    assert any(f.relation == "party" and f.subject.label == "Mike Garcia"
               and f.object is not None and f.object.label == "Republican Party" for f in facts)


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
    several = [g for g in groups if len(g.candidates) > 1]
    assert several, "a seed article states some fact more than once"
    kept = {fact_key(f): f for f in model.decide(cands)}
    staged = [g for g in groups if g.relation in model.facts and fact_key(g.best().fact) in kept]
    assert staged
    for g in staged:
        fact = kept[fact_key(g.best().fact)]
        p = model.facts[g.relation].probability(g.features)
        assert fact.confidence == round(min(p, 0.99), 3) >= model.keeps_at(g.relation)
        assert all(article.text[e.start:e.end] == e.text for e in fact.evidence)
        assert set(fact.evidence) <= {e for c in g.candidates for e in c.fact.evidence}


def test_a_model_without_a_fact_stage_decides_by_statement(tmp_path: Path) -> None:
    """A model file written before the fact stage still loads, and keeps a fact when one of its
    statements reaches the relation's threshold."""
    with gzip.open(classifier.MODEL_FILE, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    del data["facts"]
    older = tmp_path / "older.json.gz"
    older.write_bytes(gzip.compress(json.dumps(data).encode()))
    model = classifier.load(older)
    assert model.facts == {}
    article = Article(text="Democrat Jon Ossoff faces Republican Karen Handel in Georgia's 6th "
                      "congressional district special election on June 20, 2017.",
                      document="t.txt", origin="t.txt", date="2017-06-01")
    extractor = Extractor()
    analysed = extractor.analyse(article)
    assert analysed is not None
    learned = [f for f in model.decide(extractor.generator(*analysed)) if "@model-" in f.extractor]
    assert learned
    assert all(f.confidence >= model.threshold[f.relation] for f in learned)


def test_a_sentence_naming_nobody_gives_no_fact(extractor: Extractor) -> None:
    article = Article(text="The weather in Atlanta was mild on Tuesday.", document="t.txt",
                      origin="t.txt", date="2017-06-20")
    assert [f for f in extractor.extract(article) if f.relation != "quote"] == []


def test_missing_and_corrupt_models_are_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="missing.*python -m kg.extract.train"):
        classifier.load(tmp_path / "none.json.gz")
    broken = tmp_path / "broken.json.gz"
    broken.write_bytes(b"not gzip at all")
    with pytest.raises(ModelError, match="unreadable.*python -m kg.extract.train"):
        classifier.load(broken)
    with gzip.open(classifier.MODEL_FILE, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    relation = next(iter(data["forests"]))
    data["forests"][relation]["trees"][0][0] = [0]  # a node cut short
    cut = tmp_path / "cut.json.gz"
    cut.write_bytes(gzip.compress(json.dumps(data).encode()))
    with pytest.raises(ModelError, match="unreadable"):
        classifier.load(cut)
    truncated = tmp_path / "truncated.json.gz"
    truncated.write_bytes(gzip.compress(b'{"version": "x"}'))
    with pytest.raises(ModelError, match="unreadable"):
        classifier.load(truncated)


def test_cli_reports_a_corrupt_model_without_traceback(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json.gz"
    broken.write_bytes(b"\x1f\x8b garbage")
    env = {**os.environ, classifier.MODEL_ENV: str(broken)}
    kg = Path(sys.executable).with_name("kg")
    run = subprocess.run([str(kg), "ingest", str(SEEDS), "-l", str(tmp_path / "store")],
                         capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode != 0
    lines = [x for x in run.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and "relation model" in lines[0] and "Traceback" not in run.stderr
    assert "python -m kg.extract.train" in lines[0]


def test_cli_ingest_uses_the_model(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["ingest", str(SEEDS), "-l", str(tmp_path / "s"), "-q"])
    assert result.exit_code == 0, result.output
    query = "SELECT DISTINCT ?x WHERE { ?f kg:extractor ?x }"
    result = CliRunner().invoke(cli, ["query", query, "-l", str(tmp_path / "s"), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "@model-" + classifier.load().version in result.output


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


def test_a_new_model_reads_unchanged_articles_again(tmp_path: Path) -> None:
    """Same article, same model: skipped; another model: extracted again and replaced."""
    store = tmp_path / "store"
    kg = Path(sys.executable).with_name("kg")

    def ingest(env: dict[str, str]) -> str:
        run = subprocess.run([str(kg), "ingest", str(SEEDS), "-l", str(store)],
                             capture_output=True, text=True, env=env, timeout=300)
        assert run.returncode == 0, run.stderr
        return run.stderr

    assert "3 added" in ingest(dict(os.environ))
    assert "3 unchanged" in ingest(dict(os.environ))
    with gzip.open(classifier.MODEL_FILE, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    data["version"] = "0000000000"
    other = tmp_path / "other.json.gz"
    other.write_bytes(gzip.compress(json.dumps(data).encode()))
    assert "3 replaced" in ingest({**os.environ, classifier.MODEL_ENV: str(other)})
