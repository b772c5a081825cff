"""Learning curve: train on 25, 50, 100 and all training documents (a fixed random sample each),
score each model on a split, print F1 per size. Shows whether more annotation would still help.

    python benchmarks/learning_curve.py [--split test] [--sizes 25 50 100 0]   # 0 = all

Each model is written to a temp file and used through $KG_RELATION_MODEL; the shipped model is
not touched. Scoring the test split here is scoring, not tuning: nothing is chosen from it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="test", choices=["dev", "test"])
    ap.add_argument("--sizes", type=int, nargs="+", default=[25, 50, 100, 0])
    args = ap.parse_args()
    print(f"{'train docs':>10} {'precision':>9} {'recall':>7} {'f1':>6}")
    with tempfile.TemporaryDirectory(prefix="kg-curve-") as tmp:
        for n in args.sizes:
            model = Path(tmp) / f"model-{n}.json.gz"
            cmd = [sys.executable, "-m", "kg.extract.train", "--out", str(model)]
            if n:
                cmd += ["--train-docs", str(n)]
            subprocess.run(cmd, check=True, capture_output=True)
            env = {**os.environ, "KG_RELATION_MODEL": str(model)}
            run = subprocess.run([sys.executable, str(HERE / "score_corpus.py"), args.split,
                                  "--json"], check=True, capture_output=True, text=True, env=env)
            overall = json.loads(run.stdout)["overall"]
            print(f"{n or 'all':>10} {overall['precision']:>9.3f} {overall['recall']:>7.3f} "
                  f"{overall['f1']:>6.3f}", flush=True)


if __name__ == "__main__":
    main()
