"""The trained relation classifier: the shipped model, its decisions, its errors."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import ModelError
from kg.extract import Extractor, classifier
from kg.model import Article

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "examples" / "articles"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    """The rules and the trained classifier: what kg stores (not conftest's rules alone)."""
    return Extractor()


def test_shipped_model_is_small_and_names_its_version(extractor: Extractor) -> None:
    assert classifier.MODEL_FILE.stat().st_size < 25_000_000
    model = extractor.model
    assert model is not None and len(model.version) == 10
    for relation in ("candidacy", "party", "holds_office"):
        assert model.weights[relation] and 0.7 <= model.threshold[relation] <= 0.9
    for relation in ("won", "lost", "endorsement"):  # learned, or left to the rules
        assert model.learned(relation) == (relation in model.threshold)


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


def test_rule_proposals_stand_beside_the_model_where_it_learned_so() -> None:
    """With `rule_precision` for a relation, a fact a rule proposed is kept even below the
    model's threshold, at least at the rules' precision; the model's own finds still need it."""
    extractor = Extractor()
    assert extractor.model is not None
    article = Article(text="Democrat Jon Ossoff faces Republican Karen Handel in Georgia's 6th "
                      "congressional district special election on June 20, 2017.",
                      document="t.txt", origin="t.txt", date="2017-06-01")
    analysed = extractor.analyse(article)
    assert analysed is not None
    unreachable = {rel: 1.01 for rel in extractor.model.threshold}
    strict = replace(extractor.model, facts={}, threshold=unreachable, rule_precision={})
    assert not [f for f in strict.decide(extractor.generator(*analysed))
                if "@model-" in f.extractor]
    both = replace(strict, rule_precision={"candidacy": 0.8})
    kept = [f for f in both.decide(extractor.generator(*analysed)) if "@model-" in f.extractor]
    assert {f.subject.label for f in kept} == {"Jon Ossoff", "Karen Handel"}
    assert all(f.relation == "candidacy" and f.confidence >= 0.8 for f in kept)


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
