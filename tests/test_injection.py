"""SPARQL injection: article text and query parameters are data, never query text.

An article whose text, title and file name hold SPARQL update syntax is stored verbatim and
changes nothing else; hostile parameter values bind as values (or give a one-line error).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import QueryError
from kg.index import is_index_graph
from kg.iri import BASE
from kg.query import named_queries, run_query

HOSTILE = Path(__file__).resolve().parent / "data" / "hostile"
KG = shutil.which("kg")
EVIL = "http://evil.example/"
PAYLOADS = (
    f'"}} ; DROP ALL ; INSERT DATA {{ <{EVIL}s> <{EVIL}p> "pwned" }} ; #',
    "') } ; DELETE WHERE { ?s ?p ?o } ; #",
    '\\" ) } UNION { ?s ?p ?o } #',
    "SELECT * WHERE { ?s ?p ?o }",
    "{{ }} {0} %s $name ?name",
    f"<{EVIL}x> }} ; CLEAR ALL",
    f"{EVIL}x>}}CLEAR",
    f"{EVIL}x",
    "\"\"\" ''' \\u0022 \\\\ \n } ;",
)
# A file name (the article's `document`) that is itself an injection attempt.
NASTY_NAME = "o'brien \"} ; DROP ALL ; {.txt"

pytestmark = pytest.mark.skipif(KG is None, reason="the `kg` command is not installed")


def kg(*args: str) -> subprocess.CompletedProcess[str]:
    assert KG is not None
    return subprocess.run([KG, *args], capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A store of articles full of SPARQL syntax; returns it and document -> expected text."""
    folder = tmp_path_factory.mktemp("injection")
    texts = {
        "ok_injection.txt": (HOSTILE / "ok_injection.txt").read_text(encoding="utf-8"),
        NASTY_NAME: "date 2018-11-06 Nancy Pelosi said " + " ".join(PAYLOADS) + "\n",
    }
    shutil.copy(HOSTILE / "ok_injection.txt", folder)
    (folder / NASTY_NAME).write_text(texts[NASTY_NAME], encoding="utf-8")
    record = {"id": "r1", "text": "Karen Handel won. " + PAYLOADS[0], "title": PAYLOADS[1],
              "url": f"http://news.example/a> <{EVIL}b> <{EVIL}c", "publisher": PAYLOADS[2]}
    (folder / "records.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    texts["records.jsonl#r1"] = record["text"]
    location = folder / "store"
    run = kg("ingest", str(folder), "-l", str(location))
    assert run.returncode == 0, run.stderr
    return location, texts


def no_evil_terms(store: ox.Store) -> None:
    for quad in store:
        for term in (quad.subject, quad.predicate, quad.object, quad.graph_name):
            if isinstance(term, ox.NamedNode):
                assert not term.value.startswith(EVIL), quad
    assert not any(isinstance(q.object, ox.Literal) and q.object.value == "pwned" for q in store)


def test_article_text_is_stored_verbatim_and_executes_nothing(
    hostile_store: tuple[Path, dict[str, str]],
) -> None:
    location, texts = hostile_store
    store = ox.Store.read_only(str(location))
    no_evil_terms(store)
    stored = {
        row["document"].value: row["text"].value
        for row in store.query(
            "SELECT ?document ?text { ?a kg:document ?document ; kg:text ?text }",
            use_default_graph_as_union=True, prefixes={"kg": BASE + "ontology#"},
        )
    }
    assert stored == texts
    assert all(g.value.startswith(BASE + "article/") for g in store.named_graphs())


def test_changed_hostile_article_replaces_its_graph_safely(
    hostile_store: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    location, texts = hostile_store
    copy = tmp_path / "store"
    shutil.copytree(location, copy)
    changed = tmp_path / NASTY_NAME
    changed.write_text(texts[NASTY_NAME] + "MOVE DEFAULT TO <http://evil.example/g>\n", "utf-8")
    run = kg("ingest", str(changed), "-l", str(copy))
    assert run.returncode == 0, run.stderr
    assert "1 replaced" in run.stderr
    store = ox.Store.read_only(str(copy))
    no_evil_terms(store)
    assert len([g for g in store.named_graphs() if not is_index_graph(g.value)]) == len(texts)


@pytest.mark.parametrize("value", PAYLOADS)
def test_hostile_parameters_bind_as_values(
    hostile_store: tuple[Path, dict[str, str]], value: str
) -> None:
    location, _ = hostile_store
    store = ox.Store.read_only(str(location))
    size = len(store)
    for query in named_queries():
        for param in query.parameters:
            name = param.split()[0]
            try:
                result = run_query(store, query.text, params={name: value})
            except QueryError as err:  # a value that is no valid IRI may be refused, in one line
                assert "\n" not in str(err)
                continue
            if not isinstance(result, ox.QueryBoolean):
                assert isinstance(list(result), list)
    assert len(store) == size
    no_evil_terms(store)


def test_hostile_document_name_is_matched_exactly(
    hostile_store: tuple[Path, dict[str, str]],
) -> None:
    location, _ = hostile_store
    run = CliRunner().invoke(cli, ["query", "article-facts", "-p", "article", NASTY_NAME,
                                   "-l", str(location), "--format", "json"])
    assert run.exit_code == 0, run.output
    rows = json.loads(run.stdout)["results"]["bindings"]
    assert rows, "the article named by a hostile document name was not found"


@pytest.mark.parametrize("value", PAYLOADS)
def test_cli_gives_one_line_or_a_result_for_hostile_values(
    hostile_store: tuple[Path, dict[str, str]], value: str
) -> None:
    location, _ = hostile_store
    for args in (
        ["query", "endorsements", "-p", "name", value],
        ["query", "SELECT ?x { BIND(?v AS ?x) }", "-p", "v", value],
        ["facts", "--relation", value],
        ["show", value],
    ):
        run = CliRunner().invoke(cli, [*args, "-l", str(location)])
        assert run.exception is None or isinstance(run.exception, SystemExit), (
            args, run.exception)
        assert run.exit_code in (0, 1), (args, run.stderr)
        if run.exit_code == 1:
            assert len(run.stderr.strip().splitlines()) == 1, (args, run.stderr)
    no_evil_terms(ox.Store.read_only(str(location)))
