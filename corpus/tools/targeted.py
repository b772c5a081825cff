"""Draw extra training documents rich in the rare relations (endorsement, won, lost, poll,
funding), which a random draw gives too few examples of for a model to learn them.

The 300 documents of `sample.py` are a random draw; their training split holds 85 endorsement,
115 won, 67 lost, 30 poll and 17 funding facts. This tool adds documents drawn at random among
those whose text has cues of at least two of the rare relations (general vocabulary: "endorse",
"defeated", "percent", "donated" ...; a Current-Events page, a short list of events, needs one),
to the **train split only**: dev and test stay the random
draw they were, so scores and thresholds still describe ordinary news. Deterministic (seed
20261205); the same exclusions as sample.py (the three gold sets, articles over 9,000
characters) plus the documents already drawn.

    python corpus/tools/targeted.py      # batches b12-b15 and r3 (batches.json, docs/)
    python corpus/tools/targeted.py --round 2   # 80 more (b16-b19), and 40 random dev documents
                                                # (b20, b21): dev had too few rare facts to set
                                                # their thresholds
"""

import json
import random
import re
import sys
from pathlib import Path

from sample import MAX_ARTICLE_CHARS, SHARED, already_used, known_texts

CORPUS = Path(__file__).resolve().parents[1]
SEED = 20261205
N_ARTICLES, N_PAGES = 60, 20
BATCH_SIZE = 20
FIRST_BATCH = 12
SECOND_PASS, SECOND_PASS_SIZE = "r3", 16  # an independent second pass: agreement on these

CUES = {
    "endorsement": r"\bendors\w*|\bthrew (?:his|her|their) support\b|\bbacked by\b",
    "result": r"\bdefeat\w*|\bconced\w*|\bwon the\b|\bvictory\b|\bnarrowly\b|\bre-?elected\b",
    "poll": r"\bpoll\w*\b[^.]{0,120}\d+ ?(?:%|percent)",
    "funding": r"\bdonat\w*|\bcontribut\w*|\bgave \$|\braised \$",
}


def rare_cues(text: str) -> int:
    """How many of the rare relations the text has a cue of."""
    return sum(1 for pattern in CUES.values() if re.search(pattern, text, re.IGNORECASE))


def draw(rng: random.Random, first_batch: int, n_articles: int, n_pages: int, *, split: str,
         cues: bool) -> dict[str, list[str]]:
    """Draws documents not drawn before (among those with the rare relations' cues, or at
    random), writes them to docs/ and documents.json; returns their batches."""
    meta = json.loads((CORPUS / "documents.json").read_text(encoding="utf-8"))
    drawn_ids = {m.get("id") for m in meta.values()} | {m.get("path") for m in meta.values()}
    used = known_texts() + [p.read_text(encoding="utf-8") for p in (CORPUS / "docs").glob("*")]
    articles = []
    for line in (SHARED / "data/corpus/articles/articles.jsonl").open(encoding="utf-8"):
        rec = json.loads(line)
        body = rec.get("content_original") or ""
        if (not body.strip() or len(body) > MAX_ARTICLE_CHARS or rec["id"] in drawn_ids
                or (cues and rare_cues(body) < 2) or already_used(body, used)):
            continue
        articles.append(rec)
    pages = []
    for p in sorted((SHARED / "data/corpus/current-events/news").rglob("*.md")):
        rel = str(p.relative_to(SHARED / "data/corpus/current-events"))
        text = p.read_text(encoding="utf-8")
        if (rel not in drawn_ids and (not cues or rare_cues(text) >= 1)
                and not already_used(text, used)):
            pages.append(p)
    how = "targeted" if cues else "random"
    new: dict[str, dict] = {}
    for rec in rng.sample(articles, n_articles):
        name = f"a_{rec['date']}_{rec['id']}.txt"
        (CORPUS / "docs" / name).write_text(f" date {rec['date']} {rec['content_original']}",
                                            encoding="utf-8")
        new[name] = {"kind": "article", "source": rec["source"], "id": rec["id"],
                     "url": rec.get("url"), "title": rec.get("title"), "date": rec["date"],
                     "stratum": f"article-{rec['date'][:4]}", "split": split, "drawn": how}
    for p in rng.sample(pages, n_pages):
        rel = p.relative_to(SHARED / "data/corpus/current-events")
        y, m, d = rel.parts[1:4]
        date = f"{y}-{int(m):02d}-{int(d):02d}"
        name = f"c_{date}_{p.stem[:40]}.txt"
        (CORPUS / "docs" / name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
        new[name] = {"kind": "current-events", "path": str(rel), "date": date,
                     "stratum": f"page-{y}", "split": split, "drawn": how}
    meta.update(new)
    (CORPUS / "documents.json").write_text(json.dumps(dict(sorted(meta.items())), indent=1,
                                                      ensure_ascii=False) + "\n", encoding="utf-8")
    names = sorted(new)
    rng.shuffle(names)
    print(f"{len(articles)} articles and {len(pages)} pages to draw from; drew {n_articles} and "
          f"{n_pages} ({how}, {split})")
    return {f"b{first_batch + i // BATCH_SIZE:02d}": sorted(names[i:i + BATCH_SIZE])
            for i in range(0, len(names), BATCH_SIZE)}


def main() -> None:
    batches = json.loads((CORPUS / "batches.json").read_text(encoding="utf-8"))
    second_round = "--round" in sys.argv and sys.argv[sys.argv.index("--round") + 1] == "2"
    first = FIRST_BATCH + (4 if second_round else 0)
    if f"b{first:02d}" in batches:
        raise SystemExit("this round's batches are drawn already")
    if not second_round:
        rng = random.Random(SEED)
        new = draw(rng, first, N_ARTICLES, N_PAGES, split="train", cues=True)
        names = sorted(n for b in new.values() for n in b)
        new[SECOND_PASS] = sorted(rng.sample(names, SECOND_PASS_SIZE))
    else:
        new = draw(random.Random(SEED + 1), first, N_ARTICLES, N_PAGES, split="train", cues=True)
        # dev as the first draw made it: at random, articles and pages in its proportions
        new |= draw(random.Random(SEED + 2), first + 4, 31, 9, split="dev", cues=False)
    batches.update(new)
    (CORPUS / "batches.json").write_text(json.dumps(batches, indent=1) + "\n", encoding="utf-8")
    print({b: len(v) for b, v in new.items()})


if __name__ == "__main__":
    main()
