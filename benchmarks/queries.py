"""Named-query latency (p50/p95) on a store of at least 1 M quads, through kg.query.

A store smaller than --min-quads is copied and grown: its article graphs are loaded again under
fresh article/fact IRIs (the entities stay shared, as more articles about the same people
would), until it holds enough quads.

    python benchmarks/queries.py --location STORE [--min-quads 1000000] [--repeat 20]
"""

from __future__ import annotations

import argparse
import json
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
from kg.query import format_result, named_queries, named_query, run_query

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
    data = source.dump(format=ox.RdfFormat.N_QUADS) or b""
    copies = -(-min_quads // size) - 1
    target = workdir / "queries-store"
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
    return target


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def time_query(location: Path, name: str, repeat: int, budget: float) -> None:
    """Child mode: one warm-up, then `repeat` timed runs (fewer once `budget` s are spent)."""
    store = ox.Store.read_only(str(location))
    query = named_query(name)
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


def measure(location: Path, name: str, repeat: int, *, timeout: float, max_mb: int) -> str:
    """The p50/p95 cells for one query, run in a child killed past `timeout` s or `max_mb` RSS
    (a runaway join must not take the machine down)."""
    child = subprocess.Popen(
        [sys.executable, __file__, "--location", str(location), "--one", name,
         "--repeat", str(repeat)], stdout=subprocess.PIPE, text=True)
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
    parser.add_argument("--min-quads", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--max-mb", type=int, default=4096)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        return time_query(args.location, args.one, args.repeat, budget=args.timeout / 4)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="kg-bench-queries-"))
    workdir.mkdir(parents=True, exist_ok=True)
    location = grown_store(args.location, args.min_quads, workdir)
    size = len(ox.Store.read_only(str(location)))
    print(f"\nnamed queries on {size:,} quads ({args.repeat} runs each after a warm-up; "
          f"children killed past {args.timeout:.0f} s or {args.max_mb:,} MB)\n")
    print("| query | parameters | rows | p50 ms | p95 ms |")
    print("|---|---|---:|---:|---:|")
    for query in named_queries():
        params = example_params(query.example)
        shown = " ".join(f"{k}={v!r}" for k, v in params.items()) or "-"
        cells = measure(location, query.name, args.repeat, timeout=args.timeout,
                        max_mb=args.max_mb)
        print(f"| {query.name} | {shown} | {cells}", flush=True)


if __name__ == "__main__":
    main()
