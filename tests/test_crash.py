"""Crash safety: `kg ingest` killed with SIGKILL at random moments never leaves half an article,
and a re-run completes to exactly what an uninterrupted run stores.

Four chains of five killed runs each (two chains with --jobs 2); each chain ingests version A
of a small corpus, then version B (three articles changed, one added), then completes.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.store import STAGING_SUFFIX, open_store

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
KG = shutil.which("kg")
TIMEOUT = 300
KILLS_PER_CHAIN = 5
SEED = 20261129

pytestmark = pytest.mark.skipif(KG is None, reason="the `kg` command is not installed")


@dataclass(frozen=True)
class Corpus:
    """Version A and B of the input, with per-graph quad counts and all quads of a clean run."""

    a: Path
    b: Path
    counts: dict[str, set[int]]
    final: set[ox.Quad]
    seconds: float


def make_versions(root: Path) -> tuple[Path, Path]:
    """Twelve dated variants of the example articles (A); B changes three and adds one."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    a, b = root / "a", root / "b"
    a.mkdir()
    b.mkdir()
    for i in range(12):
        text = f"date 2017-06-{i + 1:02d} {texts[i % len(texts)]}"
        (a / f"article_{i:02d}.txt").write_text(text, encoding="utf-8")
        changed = text + "\nKaren Handel was endorsed by Donald Trump.\n" if i % 4 == 1 else text
        (b / f"article_{i:02d}.txt").write_text(changed, encoding="utf-8")
    (b / "article_12.txt").write_text(f"date 2017-06-20 {texts[0]}", encoding="utf-8")
    return a, b


def start(folder: Path, location: Path, *, jobs: int) -> subprocess.Popen[bytes]:
    assert KG is not None
    return subprocess.Popen(
        [KG, "ingest", str(folder), "-l", str(location), "-q", "--jobs", str(jobs)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )


def finish(proc: subprocess.Popen[bytes]) -> str:
    _, err = proc.communicate(timeout=TIMEOUT)
    assert proc.returncode == 0, err.decode()
    return err.decode()


def reap_group(proc: subprocess.Popen[bytes]) -> None:
    """Wait until the killed writer's pool workers have gone (they exit when it dies)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    os.killpg(proc.pid, signal.SIGKILL)  # our own session: only what this test started


def graph_counts(store: ox.Store) -> dict[str, int]:
    counts: dict[str, int] = {}
    for quad in store:
        assert isinstance(quad.graph_name, ox.NamedNode)
        counts[quad.graph_name.value] = counts.get(quad.graph_name.value, 0) + 1
    return counts


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """One uninterrupted run of A then B: the reference every killed run is held to."""
    root = tmp_path_factory.mktemp("crash")
    a, b = make_versions(root)
    location = root / "reference"
    started = time.monotonic()
    finish(start(a, location, jobs=1))
    seconds = time.monotonic() - started
    with open_store(location) as store:
        counts = {g: {n} for g, n in graph_counts(store).items()}
        del store
    report = finish(start(b, location, jobs=1))
    assert "3 replaced" in report and "1 added" in report, report
    with open_store(location) as store:
        for g, n in graph_counts(store).items():
            counts.setdefault(g, set()).add(n)
        final = set(store)
        del store
    return Corpus(a=a, b=b, counts=counts, final=final, seconds=seconds)


def check_whole_articles(location: Path, corpus: Corpus) -> None:
    """The store opens (read-only and as a writer) and every article graph in it is complete."""
    if not location.exists():
        return  # killed before the store was created
    try:
        view = ox.Store.read_only(str(location))
    except RuntimeError:
        # killed while RocksDB created the store (nothing stored yet): a read-only view cannot
        # replay that, the next writer does
        with open_store(location) as store:
            assert len(store) == 0, "a store cut short while created holds quads"
            del store
        view = ox.Store.read_only(str(location))
    for graph, count in graph_counts(view).items():
        if graph.endswith(STAGING_SUFFIX):
            continue  # a swap cut short: dropped when a writer opens the store (below)
        assert count in corpus.counts[graph], f"half an article: {graph} has {count} quads"
    del view
    with open_store(location) as store:
        assert not any(g.value.endswith(STAGING_SUFFIX) for g in store.named_graphs())
        del store


def kill_moments(corpus: Corpus) -> Iterator[float]:
    rng = random.Random(SEED)
    while True:
        yield rng.uniform(0.2, corpus.seconds * 1.2)


@pytest.mark.slow
@pytest.mark.parametrize("chain,jobs", [(0, 1), (1, 2), (2, 1), (3, 2)])
def test_killed_ingest_leaves_whole_articles_and_rerun_completes(
    corpus: Corpus, tmp_path: Path, chain: int, jobs: int
) -> None:
    location = tmp_path / "store"
    moments = kill_moments(corpus)
    for _ in range(chain * KILLS_PER_CHAIN):
        next(moments)  # each chain its own moments, the same on every run of the suite
    for kill in range(KILLS_PER_CHAIN):
        folder = corpus.a if kill < 3 else corpus.b
        proc = start(folder, location, jobs=jobs)
        try:
            proc.wait(timeout=next(moments))
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        assert proc.stderr is not None
        proc.stderr.close()
        reap_group(proc)
        check_whole_articles(location, corpus)
    finish(start(corpus.b, location, jobs=jobs))
    with open_store(location) as store:
        stored = set(store)
        del store
    assert not stored - corpus.final and not corpus.final - stored, (
        sorted(map(str, stored - corpus.final))[:3], sorted(map(str, corpus.final - stored))[:3])
