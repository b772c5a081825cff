"""Named-query latency (p50/p95) on stores of at least 1 M and 10 M quads, through kg.query.

A store smaller than a --min-quads size is copied and grown: its N-Quads dump is loaded again
under fresh article/fact IRIs (the entities stay shared, as more articles about the same people
would), until it holds enough quads. The query index needs no re-deriving in a copy: an
article's index graph is named after the article (so it is renamed with it) and holds only what
that article states; the index nodes several articles share (kg.index.INDEX_BASE) are keyed by
what is stated, not by where, so a copy adds its own links to them, as a new article would.

    python benchmarks/queries.py --location STORE [--min-quads 1000000,10000000] [--repeat 20]
                                 [--queries DIR]   # e.g. tests/data/queries-before
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
import pyoxigraph as ox

from kg.iri import BASE
from kg.query import QUERIES_DIR, format_result, named_queries, named_query, run_query

# Per-article IRIs: renamed in each copy so a copy adds articles rather than repeating them.
ARTICLE_SCOPED = [f"<{BASE}article/".encode(), f"<{BASE}fact/".encode()]


def example_params(example: str) -> dict[str, str]:
    """The `-p NAME VALUE` pairs of a query header's example command."""
    words = shlex.split(example)
    return {words[i + 1]: words[i + 2] for i, w in enumerate(words[:-2]) if w in ("-p", "--param")}


def grown_store(location: Path, min_quads: int, workdir: Path) -> Path:
    """`location` if it is big enough, else a copy grown past `min_quads`."""
    source = ox.Store.read_only(str(location))
    size = len(source)
    if size >= min_quads:
        return location
    target = workdir / f"queries-store-{min_quads}"
    if (target / "grown").is_file():  # made by an earlier run (--workdir)
        return target
    data = source.dump(format=ox.RdfFormat.N_QUADS) or b""
    copies = -(-min_quads // size) - 1
    shutil.rmtree(target, ignore_errors=True)
    store = ox.Store(str(target))
    started = time.perf_counter()
    store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
    for copy in range(1, copies + 1):
        renamed = data
        for prefix in ARTICLE_SCOPED:
            renamed = renamed.replace(prefix, prefix + f"copy{copy}-".encode())
        store.bulk_load(renamed, format=ox.RdfFormat.N_QUADS)
    store.flush()
    store.optimize()
    print(f"grew {size:,} quads to {len(store):,} ({copies} renamed copies) "
          f"in {time.perf_counter() - started:.1f} s")
    del store
    (target / "grown").write_text(f"{copies} copies of {location}\n")
    return target


def disk_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def time_query(location: Path, name: str, repeat: int, budget: float, folder: Path) -> None:
    """Child mode: one warm-up, then `repeat` timed runs (fewer once `budget` s are spent)."""
    store = ox.Store.read_only(str(location))
    query = named_query(name, folder)
    params = example_params(query.example)
    times: list[float] = []
    rows = 0
    spent = 0.0
    for run in range(repeat + 1):
        started = time.perf_counter()
        result = run_query(store, query.text, params=params)
        fmt = "nt" if isinstance(result, ox.QueryTriples) else "csv"
        out = format_result(result, fmt)  # consume every row, as the CLI does
        elapsed = time.perf_counter() - started
        rows = max(out.count(b"\n") - (fmt == "csv"), 0)
        spent += elapsed
        if run or spent > budget:
            times.append(elapsed * 1000)
        if spent > budget:
            break
    print(json.dumps({"rows": rows, "times": times}))


def measure(location: Path, name: str, repeat: int, *, timeout: float, max_mb: int,
            folder: Path) -> str:
    """The rows/p50/p95 cells for one query, run in a child killed past `timeout` s or `max_mb`
    RSS (a runaway join must not take the machine down)."""
    child = subprocess.Popen(
        [sys.executable, __file__, "--location", str(location), "--one", name,
         "--repeat", str(repeat), "--timeout", str(timeout), "--queries", str(folder)],
        stdout=subprocess.PIPE, text=True)
    started = time.monotonic()
    watched = psutil.Process(child.pid)
    while child.poll() is None:
        too_big = watched.memory_info().rss > max_mb * 2**20
        if too_big or time.monotonic() - started > timeout:
            child.kill()
            child.wait()
            why = f"killed: over {max_mb:,} MB" if too_big else f"killed: over {timeout:.0f} s"
            return f"- | {why} | |"
        time.sleep(0.1)
    assert child.stdout is not None
    result = json.loads(child.stdout.read())
    times = result["times"]
    return f"{result['rows']:,} | {statistics.median(times):.1f} | {percentile(times, 0.95):.1f} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--location", type=Path, required=True)
    parser.add_argument("--min-quads", default="1000000,10000000",
                        help="comma-separated store sizes to grow to and measure")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--max-mb", type=int, default=4096)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--queries", type=Path, default=QUERIES_DIR,
                        help="folder of .rq files to time (default: kg's named queries)")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        return time_query(args.location, args.one, args.repeat, args.timeout / 4, args.queries)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="kg-bench-queries-"))
    workdir.mkdir(parents=True, exist_ok=True)
    sizes = [int(n) for n in args.min_quads.split(",")]
    queries = named_queries(args.queries)
    cells: dict[str, list[str]] = {q.name: [] for q in queries}
    header = []
    for min_quads in sizes:
        location = grown_store(args.location, min_quads, workdir)
        size = len(ox.Store.read_only(str(location)))
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        print(f"named queries of {args.queries} on {size:,} quads ({disk_mb(location):,.0f} MB on "
              f"disk at {location}); {args.repeat} runs each after a warm-up; load {load}",
              flush=True)
        header.append(f"{size / 1e6:.1f} M")
        for query in queries:
            cells[query.name].append(measure(
                location, query.name, args.repeat, timeout=args.timeout, max_mb=args.max_mb,
                folder=args.queries))
            print(f"  {query.name}: {cells[query.name][-1]}", flush=True)
    print(f"\nload average at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())}\n")
    print("| query | parameters | " + " | ".join(
        f"rows {h} | p50 ms {h} | p95 ms {h}" for h in header) + " |")
    print("|---|---|" + "---:|---:|---:|" * len(header))
    for query in queries:
        params = example_params(query.example)
        shown = " ".join(f"{k}={v!r}" for k, v in params.items()) or "-"
        print(f"| {query.name} | {shown} | " + " ".join(cells[query.name]))


if __name__ == "__main__":
    main()
