"""Parallel and distributed extraction store exactly what one process stores, in input order,
with a bounded number of articles in flight."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.articlework import BuiltArticle
from kg.build import article_quads
from kg.index import is_index_graph
from kg.ingest import ingest, read_items
from kg.iri import article_iri
from kg.model import Article
from kg.parallel import PackedArticle, windowed
from kg.store import ArticleGraph

ROOT = Path(__file__).resolve().parent.parent
INPUTS = [ROOT / "examples" / "articles", ROOT / "tests" / "data" / "hostile"]
KG = shutil.which("kg")


def article(i: int, text: str = "") -> Article:
    return Article(text=text or f"Article {i} about Karen Handel.", document=f"doc{i}.txt",
                   origin=f"doc{i}.txt", date="2017-06-20")


def built(a: Article) -> BuiltArticle:
    graph = ArticleGraph(iri=article_iri(a), content_hash=a.content_hash,
                         quads=article_quads(a, []))
    return BuiltArticle(origin=a.origin, graph=graph, words=len(a.text.split()))


def test_packed_quads_survive_the_trip_exactly() -> None:
    hostile = article(1, "quotes \" ' \\ newline \n tab \t bell \x07 nul-free 🗳 \u202e e\u0301 "
                         '"} ; DROP ALL ; INSERT DATA { <a> <b> <c> }')
    original = built(hostile)
    back = PackedArticle.pack(original).unpack()
    assert back.graph is not None and original.graph is not None
    assert list(back.graph.quads) == list(original.graph.quads)
    assert (back.graph.iri, back.graph.content_hash) == (original.graph.iri,
                                                          original.graph.content_hash)
    failed = BuiltArticle(origin="x.txt", graph=None, error="x.txt: extraction failed: E")
    assert PackedArticle.pack(failed).unpack() == failed


class Immediate:
    """A finished chunk, standing in for a pool's or a cluster's pending result."""

    def __init__(self, batch: list[Article]) -> None:
        self.packed = [PackedArticle.pack(built(a)) for a in batch]

    def result(self) -> list[PackedArticle]:
        return self.packed


def test_window_keeps_input_order_and_bounds_articles_in_flight() -> None:
    pulled = 0
    in_flight = 0
    most = 0

    def source() -> Iterator[Article]:
        nonlocal pulled
        for i in range(50):
            pulled += 1
            yield article(i)

    def submit(batch: list[Article]) -> Immediate:
        nonlocal in_flight, most
        in_flight += len(batch)
        most = max(most, in_flight)
        return Immediate(batch)

    seen = []
    for result in windowed(source(), submit, chunk=3, window=2):
        in_flight -= 1
        seen.append(result.origin)
        assert pulled - len(seen) <= 3 * 2  # never more than `window` chunks read ahead
    assert seen == [f"doc{i}.txt" for i in range(50)]
    assert most <= 3 * 2


def kg_ingest(location: Path, *options: str) -> subprocess.CompletedProcess[str]:
    assert KG is not None
    return subprocess.run([KG, "ingest", *map(str, INPUTS), "-l", str(location), *options],
                          capture_output=True, text=True, timeout=600, check=False)


@pytest.fixture(scope="module")
def one_job(tmp_path_factory: pytest.TempPathFactory) -> tuple[set[ox.Quad], list[str]]:
    """All quads and the stderr lines of an ingest on one process."""
    location = tmp_path_factory.mktemp("parallel") / "one"
    run = kg_ingest(location, "--jobs", "1")
    assert run.returncode == 1 and "Traceback" not in run.stderr  # hostile files report errors
    return set(ox.Store.read_only(str(location))), run.stderr.splitlines()


@pytest.mark.skipif(KG is None, reason="the `kg` command is not installed")
def test_two_jobs_store_the_same_as_one(
    one_job: tuple[set[ox.Quad], list[str]], tmp_path: Path
) -> None:
    quads, lines = one_job
    run = kg_ingest(tmp_path / "two", "--jobs", "2")
    assert run.returncode == 1
    assert set(ox.Store.read_only(str(tmp_path / "two"))) == quads
    errors = run.stderr.splitlines()
    assert errors[:-1] == lines[:-1]  # the same one-line errors, in the same order
    again = kg_ingest(tmp_path / "two", "--jobs", "2")
    assert " 0 added, 0 replaced" in again.stderr


def test_dask_local_cluster_stores_the_same_as_one_process(
    one_job: tuple[set[ox.Quad], list[str]],
) -> None:
    distributed = pytest.importorskip("distributed")
    quads, _ = one_job
    store = ox.Store()
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        report = ingest(store, read_items([str(p) for p in INPUTS]),
                        scheduler=cluster.scheduler_address)
    assert set(store) == quads
    assert report.added == len([g for g in store.named_graphs() if not is_index_graph(g.value)])


@pytest.mark.skipif(KG is None, reason="the `kg` command is not installed")
def test_unreachable_scheduler_is_one_line(tmp_path: Path) -> None:
    run = kg_ingest(tmp_path / "s", "--scheduler", "tcp://127.0.0.1:9")
    assert run.returncode == 1
    [line] = run.stderr.strip().splitlines()
    assert line.startswith("Error: cannot reach Dask scheduler tcp://127.0.0.1:9: ")
