"""Named-query latency (p50/p95) on a store of at least 1 M quads, through kg.query.

A store smaller than --min-quads is copied and grown: its article graphs are loaded again under
fresh article/fact IRIs (the entities stay shared, as more articles about the same people
would), until it holds enough quads.

    python benchmarks/queries.py --location STORE [--min-quads 1000000] [--repeat 20]
"""

from __future__ import annotations

import argparse
import shlex
import statistics
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from kg.iri import BASE
from kg.query import format_result, named_queries, run_query

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--location", type=Path, required=True)
    parser.add_argument("--min-quads", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="kg-bench-queries-"))
    location = grown_store(args.location, args.min_quads, workdir)
    store = ox.Store.read_only(str(location))
    print(f"\nnamed queries on {len(store):,} quads ({args.repeat} runs each, after one warm-up)\n")
    print("| query | parameters | rows | p50 ms | p95 ms |")
    print("|---|---|---:|---:|---:|")
    for query in named_queries():
        params = example_params(query.example)
        times: list[float] = []
        rows = 0
        for run in range(args.repeat + 1):
            started = time.perf_counter()
            result = run_query(store, query.text, params=params)
            fmt = "nt" if isinstance(result, ox.QueryTriples) else "csv"
            out = format_result(result, fmt)  # consume every row, as the CLI does
            if run:
                times.append((time.perf_counter() - started) * 1000)
            rows = max(out.count(b"\n") - 1, 0)
        shown = " ".join(f"{k}={v!r}" for k, v in params.items()) or "-"
        print(f"| {query.name} | {shown} | {rows:,} | {statistics.median(times):.1f} | "
              f"{percentile(times, 0.95):.1f} |")


if __name__ == "__main__":
    main()
