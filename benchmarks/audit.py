"""Random-fact audit of a whole-corpus store: draw N scored facts uniformly, have each judged
against its evidence, and summarise the judgements.

    python benchmarks/audit.py sample STORE [--n 200] [--seed 1] > benchmarks/audit/facts.jsonl
    python benchmarks/audit.py summary benchmarks/audit/judged.jsonl

A judged line is the sampled line plus "verdict": "right" | "partly" | "wrong" and "why".
"right" means the evidence states the fact as printed (subject, relation, object, value, and for
an election its place, year and round); "partly" means the relation holds but a detail is off.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

from kg.model import SCORED_RELATIONS


def _entity(e: dict[str, object] | None) -> str:
    if not e:
        return ""
    parts = [str(e.get("label"))]
    for k in ("division", "date", "stage", "office"):
        if e.get(k):
            parts.append(f"{k}={e[k]}")
    return "; ".join(parts)


def sample(store: Path, n: int, seed: int) -> None:
    kg = Path(sys.executable).with_name("kg")
    run = subprocess.run([str(kg), "facts", "--format", "jsonl", "-l", str(store)],
                         capture_output=True, text=True, check=True)
    facts = [json.loads(x) for x in run.stdout.splitlines() if x.strip()]
    facts = [f for f in facts if f["relation"] in SCORED_RELATIONS]
    for i, f in enumerate(random.Random(seed).sample(facts, min(n, len(facts)))):
        src = f["sources"][0]
        print(json.dumps({"n": i + 1, "relation": f["relation"], "subject": _entity(f["subject"]),
                          "object": _entity(f["object"]), "value": f["value"],
                          "confidence": f["confidence"], "document": src["document"],
                          "evidence": src["text"]}, ensure_ascii=False))
    print(f"sampled {min(n, len(facts))} of {len(facts)} scored facts", file=sys.stderr)


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return 0.0, 0.0
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return c - h, c + h


def summary(path: Path) -> None:
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    verdicts = Counter(r["verdict"] for r in rows)
    n, right = len(rows), verdicts["right"]
    lo, hi = wilson(right, n)
    print(f"{n} facts: right {right} ({right / n:.0%}, 95% CI {lo:.2f}-{hi:.2f}), "
          f"partly {verdicts['partly']}, wrong {verdicts['wrong']}")
    by_rel: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        by_rel[r["relation"]][r["verdict"]] += 1
    for rel, c in sorted(by_rel.items(), key=lambda x: -sum(x[1].values())):
        total = sum(c.values())
        print(f"  {rel:13} {total:4}  right {c['right'] / total:.0%}")
    bins = [(0.5, 0.7), (0.7, 0.9), (0.9, 1.01)]
    for lo_b, hi_b in bins:
        inside = [r for r in rows if lo_b <= float(r["confidence"]) < hi_b]
        if inside:
            k = sum(r["verdict"] == "right" for r in inside)
            print(f"  confidence {lo_b:.1f}-{min(hi_b, 1):.1f}: {len(inside)} facts, "
                  f"right {k / len(inside):.0%}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="verb", required=True)
    s = sub.add_parser("sample")
    s.add_argument("store", type=Path)
    s.add_argument("--n", type=int, default=200)
    s.add_argument("--seed", type=int, default=1)
    m = sub.add_parser("summary")
    m.add_argument("judged", type=Path)
    args = ap.parse_args()
    if args.verb == "sample":
        sample(args.store, args.n, args.seed)
    else:
        summary(args.judged)


if __name__ == "__main__":
    main()
