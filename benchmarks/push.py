"""Push throughput (quads/s) from a kg store to a fresh Oxigraph server and a fresh Virtuoso 7.

Prints a markdown table: first push into an empty store, then a re-push that replaces every
graph (the idempotent path). Usage:

    python benchmarks/push.py -l kg-store            # an existing store
    python benchmarks/push.py --articles 300         # ingest seeds + 300 corpus articles first
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from pushdata import build_store  # noqa: E402
from servers import Server, start_oxigraph, start_virtuoso, stop  # noqa: E402

from kg.push import push_store  # noqa: E402
from kg.store import open_store  # noqa: E402

SERVERS: dict[str, tuple[Callable[[Path], Server], dict[str, str]]] = {
    "oxigraph": (start_oxigraph, {}),
    "virtuoso": (start_virtuoso, {"user": "dba", "password": "dba"}),
}


def bench(location: Path, names: list[str], *, batch: int) -> None:
    print("| server | push | graphs | quads | s | quads/s |")
    print("|---|---|---:|---:|---:|---:|")
    with open_store(location, read_only=True) as store, tempfile.TemporaryDirectory() as tmp:
        for name in names:
            start, login = SERVERS[name]
            try:
                server = start(Path(tmp) / name)
            except pytest.skip.Exception as skipped:
                print(f"| {name} | skipped: {skipped} | | | | |")
                continue
            try:
                for run in ("first", "again"):
                    report = push_store(store, server.url, target=name, batch_graphs=batch,
                                        verify=run == "again", **login)
                    print(f"| {name} | {run} | {report.graphs} | {report.quads} | "
                          f"{report.seconds:.2f} | {report.quads_per_second:,.0f} |", flush=True)
            finally:
                stop(server)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-l", "--location", type=Path, help="an existing store to push")
    parser.add_argument("--articles", type=int, default=300,
                        help="without -l: corpus articles to ingest (with the seeds)")
    parser.add_argument("--servers", default="oxigraph,virtuoso")
    parser.add_argument("--batch", type=int, default=200, help="graphs per batch")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        location = args.location or build_store(Path(tmp), articles=args.articles)
        bench(location, args.servers.split(","), batch=args.batch)


if __name__ == "__main__":
    main()
