"""Hostile and random input: every file gives stored articles or one-line errors, never a
traceback; nothing is stored from what cannot be read and everything readable is stored."""

from __future__ import annotations

import json
import shutil
import string
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.articlework import ArticleGraphBuilder
from kg.build import article_quads
from kg.errors import KgError
from kg.index import is_index_graph
from kg.ingest import MAX_ARTICLE_CHARS, ingest, read_items
from kg.iri import BASE, article_iri
from kg.model import Article

HOSTILE = Path(__file__).resolve().parent / "data" / "hostile"
KG = shutil.which("kg")
DOCUMENT = ox.NamedNode(BASE + "ontology#document")
EXTENSIONS = (".txt", ".md", ".json", ".jsonl", ".ndjson", ".html", ".htm", "")
GOOD_SENTENCE = "Karen Handel defeated Jon Ossoff in the runoff for Georgia's 6th district."


@pytest.fixture(scope="module")
def builder() -> ArticleGraphBuilder:
    return ArticleGraphBuilder()


def stored_documents(store: ox.Store) -> set[str]:
    return {q.object.value for q in store.quads_for_pattern(None, DOCUMENT, None, None)}


def refused_by_builder(article: Article) -> bool:
    """Input the reader passes but the graph builder refuses (a `url` that is no IRI)."""
    try:
        article_quads(article, [])
    except KgError:
        return True
    return False


# --- random files ---------------------------------------------------------------------------

json_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=4),
    max_leaves=12,
)
field_names = st.sampled_from(
    ["text", "content", "content_original", "title", "date", "url", "publisher", "source", "id"]
)
plausible = st.sampled_from(
    [GOOD_SENTENCE, "2018-11-06", "November 6, 2018", "", "  ", "CNN", "http://x.example/a"]
)
records = st.dictionaries(field_names, plausible | json_values, max_size=6)
words = st.text(alphabet=string.ascii_letters + " .,'\"{}<>;#\n\t-–é🗳\u200b\ufeff", max_size=300)


def corrupt(data: bytes, position: int, junk: bytes) -> bytes:
    cut = position % (len(data) + 1)
    return data[:cut] + junk + data[cut:]


@st.composite
def hostile_files(draw: st.DrawFn) -> tuple[str, bytes]:
    """(extension, bytes): random binary, text, JSON, JSON Lines, markdown or HTML, maybe
    with a few bytes of junk spliced in."""
    kind = draw(st.sampled_from(["binary", "text", "json", "jsonl", "markdown", "html"]))
    if kind == "binary":
        data = draw(st.binary(max_size=400))
    elif kind == "text":
        date = draw(st.sampled_from(["", "date 2018-11-06 ", "date 2018-13-45 ", " date x "]))
        data = (date + draw(words) + draw(st.sampled_from(["", GOOD_SENTENCE]))).encode()
    elif kind == "json":
        value = draw(records | json_values | st.lists(records, max_size=4))
        data = json.dumps(value, ensure_ascii=draw(st.booleans())).encode()
    elif kind == "jsonl":
        lines = draw(st.lists(records | json_values, max_size=5))
        data = "\n".join(json.dumps(v) for v in lines).encode()
    elif kind == "markdown":
        head = draw(st.sampled_from(["", "# ", "### [2018-11-06](x)\n", "### [nope](x)\n"]))
        data = (head + draw(words) + "\n\n" + draw(words)).encode()
    else:
        depth = draw(st.integers(0, 400))
        data = ("<html><body>" + "<div>" * depth + "<p>" + draw(words) + GOOD_SENTENCE
                + "</p>" + draw(st.sampled_from(["", "</div>" * depth + "</body></html>"]))
                ).encode()
    if draw(st.booleans()):
        junk = draw(st.sampled_from([b"\xff", b"\xc3(", b"\x00", b"\xe2\x80", b"\xed\xa0\x80"]))
        data = corrupt(data, draw(st.integers(0, 10_000)), junk)
    return draw(st.sampled_from(EXTENSIONS)), data


@settings(
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                           HealthCheck.data_too_large],
)
@given(case=hostile_files())
def test_random_files_store_what_reads_and_report_the_rest(
    case: tuple[str, bytes], tmp_path: Path, builder: ArticleGraphBuilder
) -> None:
    extension, data = case
    path = tmp_path / f"case{extension}"
    path.write_bytes(data)
    items = list(read_items([str(path)]))
    articles = [i for i in items if isinstance(i, Article) and len(i.text) <= MAX_ARTICLE_CHARS
                and not refused_by_builder(i)]
    assert items, "a file must give at least one article or one error"
    store = ox.Store()
    report = ingest(store, items, process=builder)
    for message in report.errors:
        assert "\n" not in message and message.startswith(str(path)), message
        assert "extraction failed" not in message, message
    assert report.failed == len(items) - len(articles)
    assert {g.value for g in store.named_graphs() if not is_index_graph(g.value)} == {
        article_iri(a) for a in articles}
    assert stored_documents(store) == {a.document for a in articles}


# --- the hostile folder through the command -------------------------------------------------

def kg_ingest(*paths: Path, location: Path) -> subprocess.CompletedProcess[str]:
    assert KG is not None
    return subprocess.run([KG, "ingest", *map(str, paths), "-l", str(location)],
                          capture_output=True, text=True, timeout=600, check=False)


def check_one_line_errors(stderr: str) -> list[str]:
    """The error lines of a run; every line is an error or the one summary line."""
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert "articles read:" in lines[-1]
    errors = [line for line in lines[:-1] if not line.startswith("Warning: ")]
    assert all(line.startswith("Error: ") for line in errors), errors
    return errors


@pytest.mark.skipif(KG is None, reason="the `kg` command is not installed")
def test_hostile_folder(tmp_path: Path) -> None:
    run = kg_ingest(HOSTILE, location=tmp_path / "store")
    assert run.returncode == 1
    errors = check_one_line_errors(run.stderr)
    bad = sorted(p.name for p in HOSTILE.iterdir() if p.name.startswith("bad_"))
    for name in bad:
        assert sum(f"/{name}:" in line for line in errors) == 1, name
    mixed_errors = [line for line in errors if "/mixed_" in line]
    assert len(mixed_errors) == 5 + 9  # mixed_array.json, mixed_records.jsonl
    # Read, but not as written (a bad date, a guessed encoding): stored, and one warning each.
    warned = sorted(p.name for p in HOSTILE.iterdir() if p.name.startswith("warn_"))
    warnings = [line for line in run.stderr.splitlines() if line.startswith("Warning: ")]
    for name in warned:
        assert sum(f"/{name}:" in line for line in warnings) == 1, name
    assert sum("/mixed_records.jsonl:7: field 'date'" in line for line in warnings) == 1
    store = ox.Store.read_only(str(tmp_path / "store"))
    ok = {p.name for p in HOSTILE.iterdir() if p.name.startswith("ok_")}
    good_records = {"mixed_array.json#ok", "mixed_records.jsonl#good1",
                    "mixed_records.jsonl#good2", "mixed_records.jsonl#good3",
                    "mixed_records.jsonl#t5"}
    assert stored_documents(store) == ok | set(warned) | good_records
    assert len(errors) == len(bad) + len(mixed_errors)


@pytest.mark.skipif(KG is None, reason="the `kg` command is not installed")
def test_fifty_megabyte_line_is_refused_in_one_line(tmp_path: Path) -> None:
    huge = "Ossoff " * (50 * 1024 * 1024 // 7)
    jsonl = tmp_path / "huge.jsonl"
    with jsonl.open("w", encoding="utf-8") as out:
        out.write(json.dumps({"id": "a", "text": GOOD_SENTENCE}) + "\n")
        out.write(json.dumps({"id": "huge", "text": huge}) + "\n")
        out.write(json.dumps({"id": "b", "text": "Doug Jones won in Alabama."}) + "\n")
    text = tmp_path / "huge.txt"
    text.write_text(huge, encoding="utf-8")
    del huge
    run = kg_ingest(jsonl, text, location=tmp_path / "store")
    assert run.returncode == 1
    errors = check_one_line_errors(run.stderr)
    assert len(errors) == 2
    assert errors[0].startswith(f"Error: {jsonl}:2: article too long (")
    assert errors[1].startswith(f"Error: {text}: article too long (")
    store = ox.Store.read_only(str(tmp_path / "store"))
    assert stored_documents(store) == {"huge.jsonl#a", "huge.jsonl#b"}
