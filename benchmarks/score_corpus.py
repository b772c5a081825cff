"""Score the extractor on a split of the annotated corpus (corpus/): extract every document of
the split, write FACTS.md records, run shared/tools/score-facts against corpus/<split>.jsonl.

    python benchmarks/score_corpus.py dev [--out PRED.jsonl] [--show-errors N] [--json]

The test split is only ever scored: run it once per change worth recording, and write the
figure into benchmarks/test-split.md; never read its documents or errors to change the code.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from kg.extract import Extractor
from kg.facts import fact_record
from kg.model import SCORED_RELATIONS
from kg.readers import iter_articles

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SHARED = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared"))


def predict(paths: list[Path], extractor: Extractor | None = None) -> list[dict[str, object]]:
    """FACTS.md records for every document in `paths`."""
    extractor = extractor or Extractor()
    records: list[dict[str, object]] = []
    for article in iter_articles([str(p) for p in paths]):
        if isinstance(article, Exception):
            print(f"skipped: {article}", file=sys.stderr)
            continue
        records += [dict(fact_record(f, article)) for f in extractor.extract(article)]
    return records


def calibration(records: list[dict[str, object]], gold_path: Path) -> None:
    """Reliability by confidence bin (how many scored predictions match some gold fact, scorer
    rules) and the expected calibration error: the bins' |share right - mean confidence|,
    weighted by their size."""
    from kg.extract.train import scorer

    sf = scorer(SHARED)
    scored = set(SCORED_RELATIONS)
    gold = [sf.parse(json.loads(line), "gold", scored)
            for line in gold_path.open(encoding="utf-8") if line.strip()]
    bins = [(0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)]
    rows: dict[tuple[float, float], list[float]] = {b: [0, 0, 0.0] for b in bins}
    for r in records:
        if r["relation"] not in scored:
            continue
        p = sf.parse(json.loads(json.dumps(r)), "pred", scored)
        ok = any(sf.fact_match(p, g) for g in gold if g.relation == p.relation)
        conf = float(r["confidence"])  # type: ignore[arg-type]
        for b in bins:
            if b[0] <= conf < b[1]:
                rows[b][0] += 1
                rows[b][1] += ok
                rows[b][2] += conf
    total = sum(n for n, _, _ in rows.values())
    print("\nreliability (scored relations, by confidence)")
    print(f"{'bin':>12} {'facts':>6} {'right':>6} {'share':>6} {'mean conf':>9}")
    ece = 0.0
    for (lo, hi), (n, right, conf_sum) in rows.items():
        share = f"{right / n:.2f}" if n else "-"
        mean = f"{conf_sum / n:.2f}" if n else "-"
        print(f"{lo:.2f}-{min(hi, 1.0):.2f} {int(n):>6} {int(right):>6} {share:>6} {mean:>9}")
        if n:
            ece += n / total * abs(right / n - conf_sum / n)
    print(f"expected calibration error {ece:.3f} over {int(total)} facts")


def split_documents(split: str) -> list[Path]:
    names = (CORPUS / f"{split}.docs").read_text(encoding="utf-8").split()
    return [CORPUS / "docs" / n for n in names]


def score(gold: Path, records: list[dict[str, object]], docs: Path, out: Path | None,
          extra: list[str]) -> None:
    out = out or Path(tempfile.mkstemp(suffix=".jsonl")[1])
    with out.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    subprocess.run([sys.executable, str(SHARED / "tools" / "score-facts"), str(gold), str(out),
                    "--docs", str(docs), *extra], check=False)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("split", choices=["train", "dev", "test"])
    ap.add_argument("--out", type=Path)
    ap.add_argument("--show-errors", type=int)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--rules", action="store_true", help="the rule facts alone, no classifier")
    args = ap.parse_args()
    extra = (["--show-errors", str(args.show_errors)] if args.show_errors else [])
    extra += ["--json"] if args.json else []
    records = predict(split_documents(args.split), Extractor(learned=not args.rules))
    score(CORPUS / f"{args.split}.jsonl", records, CORPUS / "docs", args.out, extra)
    if not args.json:
        calibration(records, CORPUS / f"{args.split}.jsonl")


if __name__ == "__main__":
    main()
