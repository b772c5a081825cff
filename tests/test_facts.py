"""Facts read back from the store are the FACTS.md records of what was built, merged by fact."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pyoxigraph import Store

from kg.build import article_quads
from kg.facts import Record, entity_record, fact_record, format_fact_table, iter_fact_records
from kg.iri import article_iri, entity_iri
from tests.graph_sample import (
    ARTICLE_000,
    ARTICLE_001,
    DATA,
    FACTS_000,
    FACTS_001,
    SAMPLE,
    sample_store,
)

SCORER = Path(__file__).resolve().parents[2] / "shared" / "tools" / "score-facts"


@pytest.fixture(scope="module")
def store() -> Store:
    return sample_store()


def canonical(records: list[Record]) -> list[str]:
    return sorted(json.dumps(r, sort_keys=True) for r in records)


@pytest.mark.parametrize(("article", "facts"), SAMPLE, ids=["000", "001"])
def test_one_graph_reads_back_as_fact_records(store: Store, article, facts) -> None:
    records = list(iter_fact_records(store, graph=article_iri(article)))
    assert canonical(records) == canonical([fact_record(f, article) for f in facts])


def test_union_merges_the_same_fact_from_two_articles(store: Store) -> None:
    records = list(iter_fact_records(store))
    assert len(records) == len(FACTS_000) + len(FACTS_001) - 1
    ossoff = [r for r in records
              if r["relation"] == "candidacy" and r["subject"]["label"] == "Jon Ossoff"]
    assert len(ossoff) == 1
    merged = ossoff[0]
    assert merged["confidence"] == 0.95
    assert [s["document"] for s in merged["sources"]] == [ARTICLE_000.document,
                                                          ARTICLE_001.document]
    first = merged["sources"][0]
    assert first["url"] == ARTICLE_000.url and first["title"] == ARTICLE_000.title
    assert first["date"] == "2017-06-20" and first["article"] == article_iri(ARTICLE_000)
    assert merged["sources"][1]["url"] is None


def test_records_have_the_facts_md_shape(store: Store) -> None:
    poll = next(iter_fact_records(store, relations=["poll"]))
    assert poll["value"] == 49.0
    assert poll["attributes"] == {"pollster": "Real Clear Politics"}
    assert poll["object"]["division"] == "ocd-division/country:us/state:ga/cd:6"
    assert poll["object"]["stage"] == "runoff" and poll["object"]["special"] is True
    assert poll["object"]["office"].startswith("U.S. Representative")
    endorsement = next(iter_fact_records(store, relations=["endorsement"]))
    assert endorsement["attributes"]["election"] == endorsement_election_iri()
    assert endorsement["subject"]["aliases"] == ["Donald J. Trump", "President Trump"]
    assert [s["text"] for s in endorsement["sources"]][1] == "KAREN HANDEL FOR CONGRESS."
    for record in iter_fact_records(store):
        for source in record["sources"]:
            text = (DATA / source["document"]).read_text(encoding="utf-8")
            assert text[source["start"]:source["end"]] == source["text"]


def endorsement_election_iri() -> str:
    return entity_iri(dict(FACTS_000[3].attributes)["election"])  # type: ignore[arg-type]


def test_filters_and_order_are_stable(store: Store) -> None:
    everything = list(iter_fact_records(store))
    assert everything == list(iter_fact_records(store))
    assert [r["relation"] for r in everything] == sorted(r["relation"] for r in everything)
    funding = list(iter_fact_records(store, relations=["funding", "won"]))
    assert {r["relation"] for r in funding} == {"funding", "won"} and len(funding) == 3
    handel = entity_iri(FACTS_000[1].subject)
    about = list(iter_fact_records(store, entity=handel))
    assert len(about) == 4  # candidacy, endorsed by Trump, poll, quote
    assert all(handel in (r["subject"]["id"], (r["object"] or {}).get("id")) for r in about)
    assert list(iter_fact_records(store, relations=["nonsense"])) == []


def test_union_picks_the_label_most_articles_use() -> None:
    s = sample_store()
    renamed = [fact for fact in FACTS_001 if fact.relation == "poll"]
    other = ARTICLE_001.__class__(text=ARTICLE_001.text, document="copy.txt", origin="copy")
    s.extend(article_quads(other, renamed))
    poll = next(iter_fact_records(s, relations=["poll"]))
    assert len(poll["sources"]) == 2
    assert poll["subject"] == entity_record(FACTS_001[1].subject)


def test_table_lists_every_record(store: Store) -> None:
    records = list(iter_fact_records(store))
    text = format_fact_table(records)
    assert text.endswith("\n")
    table = text.splitlines()
    assert table[0].split() == ["relation", "subject", "object", "value", "conf", "sources"]
    assert len(table) == len(records) + 2
    assert any("2,000,000" in line and "Democratic National Committee" in line for line in table)
    assert any(line.startswith("candidacy") and "(+1)" in line for line in table)


@pytest.mark.skipif(not SCORER.exists(), reason="shared/tools/score-facts not on this machine")
def test_score_facts_accepts_the_output(store: Store, tmp_path: Path) -> None:
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as out:
        for record in iter_fact_records(store):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    docs = tmp_path / "docs"
    docs.mkdir()
    for article in (ARTICLE_000, ARTICLE_001):
        shutil.copy(DATA / article.document, docs)
    result = subprocess.run(
        [sys.executable, str(SCORER), str(DATA / "gold.jsonl"), str(pred), "--docs", str(docs),
         "--json"], capture_output=True, text=True, check=True)
    scores = json.loads(result.stdout)
    assert scores["overall"]["precision"] == 1.0, result.stdout
    assert scores["grounded"] == 1.0
    assert scores["overall"]["matched"] == 9
