"""Score kg on the extra gold set (benchmarks/extra_gold): documents the extractor was not tuned
on, so the score says whether the dev score generalises.

Runs the real CLI end to end: `kg ingest DOCS -l TMP`, `kg facts --format jsonl -l TMP`, then
shared/tools/score-facts with --docs, and prints its table.

    python benchmarks/score_extra.py [--gold benchmarks/blind_gold] [--out PRED.jsonl] \
        [--show-errors N] [--json]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
DEFAULT_GOLD = REPO / "benchmarks" / "extra_gold"


def kg_command() -> list[str]:
    """The `kg` entry point of this interpreter's environment (else `python -m kg.cli`)."""
    exe = Path(sys.executable).with_name("kg")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("kg")
    return [found] if found else [sys.executable, "-m", "kg.cli"]


def predict(store: Path, out: Path, gold: Path) -> None:
    """Ingest the gold documents into a fresh store and print its facts to `out`."""
    kg = kg_command()
    subprocess.run([*kg, "ingest", str(gold / "docs"), "-l", str(store), "-q"], check=True)
    with out.open("w", encoding="utf-8") as fh:
        subprocess.run([*kg, "facts", "--format", "jsonl", "-l", str(store)], check=True, stdout=fh)


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD,
                    help="a gold folder with docs/ and gold.jsonl (default: extra_gold)")
    ap.add_argument("--out", type=Path, help="keep the predictions here (default: a temp file)")
    ap.add_argument("--show-errors", type=int, default=0, metavar="N",
                    help="list up to N false positives and false negatives")
    ap.add_argument("--json", action="store_true", help="score-facts --json output")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-extra-") as tmp:
        out = args.out or Path(tmp) / "pred.jsonl"
        gold = args.gold
        predict(Path(tmp) / "store", out, gold)
        cmd = [sys.executable, str(SHARED / "tools" / "score-facts"), str(gold / "gold.jsonl"),
               str(out), "--docs", str(gold / "docs")]
        if args.show_errors:
            cmd += ["--show-errors", str(args.show_errors)]
        if args.json:
            cmd.append("--json")
        return subprocess.run(cmd, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
