"""Score the extractor on the dev gold: runs kg.extract directly on every gold document,
writes FACTS.md records, runs shared/tools/score-facts, then prints a reliability table (how
often facts in each confidence bin match a gold fact).

    python benchmarks/score_dev.py [--gold DIR] [--out PRED.jsonl] [--show-errors]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kg.extract import Extractor
from kg.facts import fact_record
from kg.model import SCORED_RELATIONS
from kg.readers import iter_articles

SHARED = Path(os.environ.get("KG_SHARED", "/work/shared"))


def predict(gold_dir: Path) -> tuple[list[dict[str, object]], float, float]:
    """FACTS.md records for every gold document; extraction and bare-NER seconds."""
    extractor = Extractor()
    records: list[dict[str, object]] = []
    seconds = bare = 0.0
    for article in iter_articles([str(gold_dir / "docs")]):
        if isinstance(article, Exception):
            print(f"skipped: {article}", file=sys.stderr)
            continue
        t = time.perf_counter()
        facts = extractor.extract(article)
        seconds += time.perf_counter() - t
        t = time.perf_counter()
        extractor.pipeline.nlp(article.text)
        bare += time.perf_counter() - t
        records += [dict(fact_record(f, article)) for f in facts]
    return records, seconds, bare


def reliability(pred_path: Path, gold_dir: Path, records: list[dict[str, object]]) -> None:
    """Per confidence bin: how many scored predictions match some gold fact (scorer rules)."""
    import importlib.machinery
    import importlib.util

    loader = importlib.machinery.SourceFileLoader("score_facts", str(SHARED / "tools" / "score-facts"))  # noqa: E501
    spec = importlib.util.spec_from_loader("score_facts", loader)
    assert spec is not None
    sf = importlib.util.module_from_spec(spec)
    loader.exec_module(sf)
    scored = set(SCORED_RELATIONS)
    gold = [sf.parse(json.loads(line), "gold", scored)
            for line in (gold_dir / "dev.jsonl").open(encoding="utf-8")]
    bins = [(0.0, 0.6), (0.6, 0.8), (0.8, 0.9), (0.9, 1.01)]
    rows = {b: [0, 0] for b in bins}
    for r in records:
        if r["relation"] not in SCORED_RELATIONS:
            continue
        p = sf.parse(json.loads(json.dumps(r)), "pred", scored)
        ok = any(sf.fact_match(p, g) for g in gold if g.relation == p.relation)
        conf = float(r["confidence"])  # type: ignore[arg-type]
        for b in bins:
            if b[0] <= conf < b[1]:
                rows[b][0] += 1
                rows[b][1] += ok
    print("\nreliability (scored relations, by confidence)")
    print(f"{'bin':>12} {'facts':>6} {'right':>6} {'share':>6}")
    for (lo, hi), (n, right) in rows.items():
        share = f"{right / n:.2f}" if n else "-"
        print(f"{lo:.2f}-{min(hi, 1.0):.2f} {n:>6} {right:>6} {share:>6}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--gold", type=Path, default=SHARED / "gold")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--show-errors", action="store_true")
    args = ap.parse_args()
    records, seconds, bare = predict(args.gold)
    out = args.out or Path(tempfile.mkstemp(suffix=".jsonl")[1])
    with out.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    cmd = [sys.executable, str(SHARED / "tools" / "score-facts"), str(args.gold / "dev.jsonl"),
           str(out), "--docs", str(args.gold / "docs")]
    if args.show_errors:
        cmd += ["--show-errors", "200"]
    subprocess.run(cmd, check=False)
    reliability(out, args.gold, records)
    print(f"\nextraction {seconds:.2f}s, bare spaCy NER {bare:.2f}s on the same texts "
          f"(speed {bare / seconds:.2f}x of bare NER); predictions in {out}")


if __name__ == "__main__":
    main()
