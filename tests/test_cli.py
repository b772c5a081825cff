"""End to end: the real `kg` command on the bundled seed articles, checked through SPARQL,
`kg facts` (evidence offsets against the text), re-ingest, bad input and `kg validate`."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "examples" / "articles"
SHARED = next((p for p in (Path("/work/shared"), ROOT.parent / "shared") if p.is_dir()), None)
CORPUS = (SHARED or ROOT.parent / "shared") / "data" / "corpus" / "articles" / "articles.jsonl"
needs_corpus = pytest.mark.skipif(
    not CORPUS.is_file(), reason=f"the shared corpus is missing (looked for {CORPUS})"
)
_SCRIPT = Path(sys.executable).with_name("kg")
KG = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "kg.cli"]


def run_kg(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*KG, *args], capture_output=True, text=True, input=stdin, check=False)


def dump(location: Path) -> set[str]:
    with_store = ox.Store.read_only(str(location))
    return {str(q) for q in with_store}


@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    location = tmp_path_factory.mktemp("seeds") / "store"
    done = run_kg("ingest", str(SEEDS), "-l", str(location))
    assert done.returncode == 0, done.stderr
    assert "3 articles read: 3 added" in done.stderr
    assert "Traceback" not in done.stderr
    return location


def select(location: Path, sparql: str, **params: str) -> list[dict[str, str]]:
    args = ["query", sparql, "-l", str(location), "--format", "json"]
    for name, value in params.items():
        args += ["-p", name, value]
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout_bytes)
    return [{k: v["value"] for k, v in b.items()} for b in payload["results"]["bindings"]]


def facts_of(location: Path) -> list[dict]:
    result = CliRunner().invoke(cli, ["facts", "-l", str(location)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


RUNOFF = """
SELECT DISTINCT ?name ?stage ?date WHERE {
  ?e a kg:Election ; kg:division "ocd-division/country:us/state:ga/cd:6" ;
     kg:electionDate ?date ; wdt:P726 ?p .
  OPTIONAL { ?e kg:stage ?stage }
  ?p rdfs:label ?name .
} ORDER BY ?name
"""


def test_seed_runoff_candidates_through_sparql(seeds_store: Path) -> None:
    rows = select(seeds_store, RUNOFF)
    # The 2017-06-20 vote was the runoff; an article that does not name the round gives none.
    runoff = {r["name"] for r in rows
              if r["date"] == "2017-06-20" and r.get("stage", "runoff") == "runoff"}
    assert {"Karen Handel", "Jon Ossoff"} <= runoff


def relation_rows(location: Path, relation: str) -> set[tuple[str, str, str]]:
    sparql = """
    SELECT DISTINCT ?s ?o ?v ?relation WHERE {
      ?f kg:relation ?relation ; kg:subject ?sn ; kg:object ?on .
      ?sn rdfs:label ?s . ?on rdfs:label ?o . OPTIONAL { ?f kg:value ?v }
    }"""
    rows = select(location, sparql, relation=relation)
    return {(r["s"], r["o"], r.get("v", "")) for r in rows}


def test_seed_facts_through_sparql(seeds_store: Path) -> None:
    parties = {(s, o) for s, o, _ in relation_rows(seeds_store, "party")}
    assert ("Karen Handel", "Republican Party") in parties
    assert ("Jon Ossoff", "Democratic Party") in parties
    won = {(s, o) for s, o, _ in relation_rows(seeds_store, "won")}
    assert any(s == "Karen Handel" and "Georgia's 6th" in o for s, o in won)
    assert not any(s == "Jon Ossoff" and "Georgia's 6th" in o for s, o in won)
    candidates = {(s, o) for s, o, _ in relation_rows(seeds_store, "candidacy")}
    for name in ("Karen Handel", "Jon Ossoff"):
        assert any(s == name and "2017 Georgia's 6th" in o for s, o in candidates)
    offices = {(s, o) for s, o, _ in relation_rows(seeds_store, "holds_office")}
    assert any(s == "Tom Price" for s, _ in offices)
    money = {(s, o, float(v)) for s, o, v in relation_rows(seeds_store, "funding") if v}
    assert ("Democratic National Committee", "Jon Ossoff", 2_000_000.0) in money


def test_current_events_page_keeps_its_cited_sources(seeds_store: Path) -> None:
    rows = select(seeds_store, """
        SELECT ?src WHERE { ?a kg:document "002_37adf535b016b979.txt" ; kg:citesSource ?src }""")
    sources = {r["src"] for r in rows}
    reuters = "http://www.reuters.com/article/us-usa-politics-georgia-election-idUSKBN19A2TD"
    assert reuters in sources


def test_kg_facts_evidence_is_the_exact_span(seeds_store: Path) -> None:
    records = facts_of(seeds_store)
    assert records
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.iterdir()}
    for record in records:
        assert 0 < record["confidence"] <= 1
        assert record["sources"], record
        for source in record["sources"]:
            text = texts[source["document"]]
            assert text[source["start"]:source["end"]] == source["text"]


def test_one_person_node_per_person(seeds_store: Path) -> None:
    rows = select(seeds_store, "SELECT DISTINCT ?p ?l WHERE { ?p a kg:Person ; rdfs:label ?l }")
    labels = [r["l"] for r in rows]
    assert len(labels) == len(set(labels))
    keys = {"handel", "ossoff", "trump", "price", "pelosi"}
    for key in keys:
        nodes = {r["p"] for r in rows if key in r["l"].lower().split()[-1]}
        assert len(nodes) <= 1, (key, nodes)


def test_reingest_leaves_the_store_identical(seeds_store: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(seeds_store, copy)
    before = dump(copy)
    done = run_kg("ingest", str(SEEDS), "-l", str(copy))
    assert done.returncode == 0, done.stderr
    assert "3 unchanged" in done.stderr
    assert dump(copy) == before


def test_changed_article_replaces_its_graph(seeds_store: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(seeds_store, copy)
    changed = tmp_path / "000_3b53e3438b27af4f.txt"
    text = (SEEDS / changed.name).read_text(encoding="utf-8")
    changed.write_text(text.replace("Karen Handel", "Karen Handle"), encoding="utf-8")
    done = run_kg("ingest", str(changed), "-l", str(copy))
    assert done.returncode == 0, done.stderr
    assert "1 replaced" in done.stderr
    count = 'SELECT (COUNT(*) AS ?n) WHERE { ?a kg:document "000_3b53e3438b27af4f.txt" }'
    rows = select(copy, count)
    assert rows == [{"n": "1"}]
    hashes = select(copy, """SELECT ?h WHERE { ?a kg:document "000_3b53e3438b27af4f.txt" ;
                                                  kg:contentHash ?h }""")
    assert len(hashes) == 1


@needs_corpus
def test_broken_jsonl_line_is_reported_and_the_rest_stored(tmp_path: Path) -> None:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()[:3]
    lines.insert(1, '{"title": "broken", "content": ')
    bad = tmp_path / "batch.jsonl"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    location = tmp_path / "store"
    done = run_kg("ingest", str(bad), "-l", str(location))
    assert done.returncode == 1
    assert f"{bad}:2:" in done.stderr
    assert "Traceback" not in done.stderr
    assert "3 articles read: 3 added" in done.stderr
    rows = select(location, "SELECT (COUNT(?a) AS ?n) WHERE { ?a a kg:Article }")
    assert rows == [{"n": "3"}]


def test_validate_passes_on_the_seeds(seeds_store: Path) -> None:
    result = CliRunner().invoke(cli, ["validate", "-l", str(seeds_store)])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_bad_sparql_reports_line_and_column(seeds_store: Path) -> None:
    done = run_kg("query", "SELECT *\nWHERE { ?s ?p }", "-l", str(seeds_store))
    assert done.returncode == 1
    assert "error at 2:" in done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_locked_store_is_reported(seeds_store: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(seeds_store, copy)
    holder = ox.Store(str(copy))
    try:
        done = run_kg("ingest", str(SEEDS), "-l", str(copy))
        assert done.returncode == 1
        assert "locked" in done.stderr and "Traceback" not in done.stderr
        readable = run_kg("query", "ASK { ?s ?p ?o }", "-l", str(copy))  # readers still work
        assert readable.returncode == 0 and readable.stdout.strip() == "true"
    finally:
        del holder


def test_named_queries_run_on_the_seeds(seeds_store: Path) -> None:
    result = CliRunner().invoke(cli, ["queries"])
    assert "candidates" in result.output
    candidates = (ROOT / "queries" / "candidates.rq").read_text()
    rows = select(seeds_store, candidates, election="cd:6")
    assert {"Karen Handel", "Jon Ossoff"} <= {r["candidate"] for r in rows}
    everything = select(seeds_store, candidates)
    assert len(everything) >= len(rows)
    assert select(seeds_store, candidates, election="no such election") == []
    rows = select(seeds_store, (ROOT / "queries" / "endorsements.rq").read_text(), name="Handel")
    assert any(r["endorser"] == "Donald Trump" and "HANDEL" in r["sentence"] for r in rows)


def test_stats_counts(seeds_store: Path) -> None:
    result = CliRunner().invoke(cli, ["stats", "-l", str(seeds_store)])
    assert result.exit_code == 0, result.output
    assert "articles   3" in result.output
    assert "Person" in result.output and "candidacy" in result.output
