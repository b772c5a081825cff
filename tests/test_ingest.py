"""Every awkward input through the real `kg ingest` (in process and as a command): a date that
does not parse, other field names, Latin-1, UTF-16 with a BOM and a 2 MB text are each stored,
and what cannot be read is named with file:line. Nothing disappears silently. An article read
before is skipped while its extraction is the same, and extracted again under a new model."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.extract import classifier

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "examples" / "articles"
_SCRIPT = Path(sys.executable).with_name("kg")
LATIN1 = "date 2017-06-20 Café owners in Roswell said Karen Handel won the runoff.\n"
WIDE = "# Ossoff concedes\n\nJon Ossoff, the Democrat, conceded to Karen Handel in Atlanta.\n"


def seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def big_text() -> str:
    """Over 2,000,000 characters: seed articles between long runs of blank lines, laid out so
    each of the three sections holds real sentences."""
    run = "\n"
    return (seed("000_3b53e3438b27af4f.txt") + run * 700_000 + seed("001_decd0acf880a9682.txt")
            + run * 700_000 + seed("000_3b53e3438b27af4f.txt").replace("Handel", "Handle")
            + run * 600_000 + seed("001_decd0acf880a9682.txt").replace("Ossoff", "Osoff"))


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("inputs")
    records = [
        {"id": "bad-date", "text": "Doug Jones won the Alabama Senate race.",
         "date": "the 32nd of Smarch"},
        {"id": "other-names", "body": "Ralph Northam won the Virginia governor race.",
         "headline": "Northam wins", "published": "2017-11-07",
         "link": "https://news.example.org/northam"},
        {"id": "mapped", "article_body": "Phil Murphy won the New Jersey governor race.",
         "title": "Murphy wins", "date": "2017-11-07"},
    ]
    lines = [json.dumps(r) for r in records]
    lines.insert(2, '{"id": "broken", "text": ')  # line 3: cannot be read, must be named
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "latin1.txt").write_bytes(LATIN1.encode("latin-1"))
    (folder / "wide.md").write_bytes(WIDE.encode("utf-16"))  # with a BOM
    (folder / "big.txt").write_text(big_text(), encoding="utf-8")
    return folder


EXPECTED_DOCUMENTS = {
    "feed.jsonl#bad-date", "feed.jsonl#other-names", "feed.jsonl#mapped",
    "latin1.txt", "wide.md", "big.txt#part-1", "big.txt#part-2", "big.txt#part-3",
}


def stored_articles(location: Path) -> dict[str, dict[str, str]]:
    result = CliRunner().invoke(cli, [
        "query", "-l", str(location), "--format", "json",
        """SELECT ?doc ?text ?title ?date ?url WHERE { ?a a kg:Article ; kg:document ?doc ;
             kg:text ?text . OPTIONAL { ?a schema:headline ?title }
             OPTIONAL { ?a schema:datePublished ?date } OPTIONAL { ?a schema:url ?url } }"""])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout_bytes)["results"]["bindings"]
    return {r["doc"]["value"]: {k: v["value"] for k, v in r.items()} for r in rows}


def check_run(folder: Path, location: Path, exit_code: int, stderr: str) -> None:
    assert exit_code == 1, stderr  # one record could not be read
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    errors = [line for line in lines if line.startswith("Error: ")]
    warnings = [line for line in lines if line.startswith("Warning: ")]
    assert errors == [f"Error: {folder / 'feed.jsonl'}:3: invalid JSON: Expecting value "
                      "(column 26)"]
    assert f"Warning: {folder / 'feed.jsonl'}:1: field 'date': not a date: " \
           "'the 32nd of Smarch'; stored without a date" in warnings
    assert any(w.startswith(f"Warning: {folder / 'latin1.txt'}: not UTF-8 (byte 0xe9 at "
                            "offset 19); read as cp1252") for w in warnings), warnings
    assert any(w.startswith(f"Warning: {folder / 'big.txt'}: 2,0") and "3 sections" in w
               for w in warnings), warnings
    assert len(warnings) == 3, warnings
    assert lines[-1].startswith("8 articles read: 8 added, 0 replaced, 0 unchanged, 1 failed, "
                                "3 warnings; ")

    stored = stored_articles(location)
    assert set(stored) == EXPECTED_DOCUMENTS
    assert "date" not in stored["feed.jsonl#bad-date"]
    other = stored["feed.jsonl#other-names"]
    assert (other["title"], other["date"], other["url"]) == (
        "Northam wins", "2017-11-07", "https://news.example.org/northam")
    assert stored["feed.jsonl#mapped"]["text"] == "Phil Murphy won the New Jersey governor race."
    assert stored["latin1.txt"]["text"] == LATIN1
    assert stored["wide.md"]["text"] == WIDE
    assert "".join(stored[f"big.txt#part-{n}"]["text"] for n in (1, 2, 3)) == big_text()

    # Evidence offsets index each article's own text, sections included.
    facts = CliRunner().invoke(cli, ["facts", "-l", str(location)])
    assert facts.exit_code == 0, facts.output
    sources = [s for line in facts.stdout.splitlines() for s in json.loads(line)["sources"]]
    for source in sources:
        text = stored[source["document"]]["text"]
        assert text[source["start"]:source["end"]] == source["text"], source
    assert {s["document"] for s in sources} >= {"big.txt#part-1", "big.txt#part-3"}


def test_every_input_variant_through_kg_ingest(inputs: Path, tmp_path: Path) -> None:
    location = tmp_path / "store"
    result = CliRunner().invoke(cli, ["ingest", str(inputs), "-l", str(location),
                                      "--field", "text=article_body"])
    check_run(inputs, location, result.exit_code, result.stderr)


@pytest.mark.skipif(not _SCRIPT.exists(), reason=f"no installed kg command at {_SCRIPT}")
def test_every_input_variant_through_the_kg_command(inputs: Path, tmp_path: Path) -> None:
    location = tmp_path / "store"
    run = subprocess.run([str(_SCRIPT), "ingest", str(inputs), "-l", str(location),
                          "--field", "text=article_body"],
                         capture_output=True, text=True, timeout=600, check=False)
    check_run(inputs, location, run.returncode, run.stderr)
    again = subprocess.run([str(_SCRIPT), "ingest", str(inputs / "wide.md"), "-l",
                            str(location), "--encoding", "utf-16"],
                           capture_output=True, text=True, timeout=600, check=False)
    assert again.returncode == 0, again.stderr
    assert again.stderr.strip().splitlines()[-1].startswith(
        "1 article read: 0 added, 0 replaced, 1 unchanged, 0 failed; 0 facts, 0 quads")


def test_forced_encoding_that_does_not_fit_names_file_and_offset(inputs: Path,
                                                                tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["ingest", str(inputs / "latin1.txt"), "-l",
                                      str(tmp_path / "store"), "--encoding", "utf-8"])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        f"Error: {inputs / 'latin1.txt'}: not utf-8 (byte 0xe9 at offset 19)")
    assert result.stderr.splitlines()[-1].startswith("0 articles read: 0 added, 0 replaced, "
                                                     "0 unchanged, 1 failed; 0 facts, 0 quads")


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



def test_writer_moves_written_quads_to_disk_every_flush_quads(tmp_path: Path) -> None:
    """RocksDB holds writes in memory until flushed (1.5 GB on the whole corpus); the writer
    flushes every `flush_quads`, which shows as table files on disk."""
    import pyoxigraph as ox

    from kg.ingest import GraphWriter
    from kg.store import ArticleGraph, open_store

    def graph(n: int) -> ArticleGraph:
        g = ox.NamedNode(f"http://example.org/a{n}")
        quads = [ox.Quad(g, ox.NamedNode("http://example.org/p"), ox.Literal(f"v{n}-{i}"), g)
                 for i in range(100)]
        return ArticleGraph(iri=g.value, content_hash=str(n), quads=quads)

    location = tmp_path / "s"
    with open_store(location) as store:
        writer = GraphWriter(store, batch_quads=100, flush_quads=1_000)
        tables = set(location.glob("*.sst"))
        for n in range(9):
            writer.add(graph(n))
        assert set(location.glob("*.sst")) == tables, "900 quads: still in memory"
        writer.add(graph(9))
        assert set(location.glob("*.sst")) > tables, "1,000 quads: flushed to table files"
        del store
