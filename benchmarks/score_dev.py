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
from kg.readers import iter_articles

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score_corpus import calibration  # noqa: E402

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
    calibration(records, args.gold / "dev.jsonl")
    print(f"\nextraction {seconds:.2f}s, bare spaCy NER {bare:.2f}s on the same texts "
          f"(speed {bare / seconds:.2f}x of bare NER); predictions in {out}")


if __name__ == "__main__":
    main()
