"""Draw the annotated corpus: 300 documents at random from shared/data/corpus, split by document.

Deterministic (seed 20261204). Documents already in shared/gold, benchmarks/extra_gold or
benchmarks/blind_gold are left out (their text was read while the rules were written). News
articles longer than 9,000 characters are left out so that one annotator can read every
document in full (the median article is 5,200 characters). Articles are written in the gold
layout (" date YYYY-MM-DD " + content_original); Current-Events pages are copied verbatim.

    python corpus/tools/sample.py        # rewrites corpus/docs/ and corpus/split.json
"""

import json
import random
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent
SHARED = CORPUS.parents[1] / "shared"
SEED = 20261204
N_ARTICLES, N_PAGES = 230, 70
SPLIT_SHARE = {"test": 0.22, "dev": 0.15}  # the rest is train
MAX_ARTICLE_CHARS = 9000


def known_texts() -> list[str]:
    bench = CORPUS.parent / "benchmarks"
    folders = [SHARED / "gold" / "docs", bench / "extra_gold" / "docs",
               bench / "blind_gold" / "docs"]
    return [p.read_text(encoding="utf-8") for f in folders for p in sorted(f.glob("*.txt"))]


def already_used(text: str, known: list[str]) -> bool:
    probe = text.strip()[:300]
    return any(probe and probe in k for k in known)


def main() -> None:
    rng = random.Random(SEED)
    known = known_texts()
    articles = []
    for line in (SHARED / "data/corpus/articles/articles.jsonl").open(encoding="utf-8"):
        rec = json.loads(line)
        body = rec.get("content_original") or ""
        if not body.strip() or len(body) > MAX_ARTICLE_CHARS or already_used(body, known):
            continue
        articles.append(rec)
    pages = []
    for p in sorted((SHARED / "data/corpus/current-events/news").rglob("*.md")):
        text = p.read_text(encoding="utf-8")
        if not already_used(text, known):
            pages.append(p)
    docs = []  # (name, text, stratum, origin)
    for rec in rng.sample(articles, N_ARTICLES):
        year = rec["date"][:4]
        name = f"a_{rec['date']}_{rec['ID'] if 'ID' in rec else rec['id']}.txt"
        docs.append((name, f" date {rec['date']} {rec['content_original']}", f"article-{year}",
                     {"kind": "article", "source": rec["source"], "id": rec["id"],
                      "url": rec.get("url"), "title": rec.get("title"), "date": rec["date"]}))
    for p in rng.sample(pages, N_PAGES):
        rel = p.relative_to(SHARED / "data/corpus/current-events")
        y, m, d = rel.parts[1:4]
        date = f"{y}-{int(m):02d}-{int(d):02d}"
        name = f"c_{date}_{p.stem[:40]}.txt"
        docs.append((name, p.read_text(encoding="utf-8"), f"page-{y}",
                     {"kind": "current-events", "path": str(rel), "date": date}))
    strata: dict[str, list[str]] = defaultdict(list)
    for name, _, stratum, _ in docs:
        strata[stratum].append(name)
    split = {}
    for stratum in sorted(strata):
        names = sorted(strata[stratum])
        rng.shuffle(names)
        n_test = round(len(names) * SPLIT_SHARE["test"])
        n_dev = round(len(names) * SPLIT_SHARE["dev"])
        for i, n in enumerate(names):
            split[n] = "test" if i < n_test else "dev" if i < n_test + n_dev else "train"
    out = CORPUS / "docs"
    for old in out.glob("*.txt"):
        old.unlink()
    meta = {}
    for name, text, stratum, origin in docs:
        (out / name).write_text(text, encoding="utf-8")
        meta[name] = {**origin, "stratum": stratum, "split": split[name]}
    (CORPUS / "documents.json").write_text(json.dumps(dict(sorted(meta.items())), indent=1,
                                                      ensure_ascii=False) + "\n", encoding="utf-8")
    counts: dict[str, int] = defaultdict(int)
    for v in split.values():
        counts[v] += 1
    print(f"{len(docs)} documents: {dict(counts)}")


if __name__ == "__main__":
    main()
