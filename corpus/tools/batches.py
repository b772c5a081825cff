"""Cut the corpus into annotation batches of 25 documents (mixed splits and kinds), and draw the
50 documents that get a second, independent annotation pass (batches r1, r2).

    python corpus/tools/batches.py       # rewrites corpus/batches.json
"""

import json
import random
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1]
SEED = 7
SIZE = 25


def main() -> None:
    rng = random.Random(SEED)
    names = sorted(json.loads((CORPUS / "documents.json").read_text(encoding="utf-8")))
    rng.shuffle(names)
    batches = {f"b{i // SIZE:02d}": sorted(names[i:i + SIZE]) for i in range(0, len(names), SIZE)}
    second = rng.sample(sorted(names), 50)
    batches["r1"], batches["r2"] = sorted(second[:25]), sorted(second[25:])
    (CORPUS / "batches.json").write_text(json.dumps(batches, indent=1) + "\n", encoding="utf-8")
    print({k: len(v) for k, v in batches.items()})


if __name__ == "__main__":
    main()
