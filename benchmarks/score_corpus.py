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
    args = ap.parse_args()
    extra = (["--show-errors", str(args.show_errors)] if args.show_errors else [])
    extra += ["--json"] if args.json else []
    records = predict(split_documents(args.split))
    score(CORPUS / f"{args.split}.jsonl", records, CORPUS / "docs", args.out, extra)


if __name__ == "__main__":
    main()
