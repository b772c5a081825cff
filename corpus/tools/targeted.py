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

    python corpus/tools/targeted.py      # adds batches b12.. and r3 to batches.json, documents to docs/
"""

import json
import random
import re
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


def main() -> None:
    rng = random.Random(SEED)
    meta = json.loads((CORPUS / "documents.json").read_text(encoding="utf-8"))
    batches = json.loads((CORPUS / "batches.json").read_text(encoding="utf-8"))
    if any(b >= f"b{FIRST_BATCH:02d}" for b in batches if b.startswith("b")):
        raise SystemExit("the targeted batches are drawn already")
    drawn_ids = {m.get("id") for m in meta.values()} | {m.get("path") for m in meta.values()}
    used = known_texts() + [p.read_text(encoding="utf-8") for p in (CORPUS / "docs").glob("*")]
    articles = []
    for line in (SHARED / "data/corpus/articles/articles.jsonl").open(encoding="utf-8"):
        rec = json.loads(line)
        body = rec.get("content_original") or ""
        if (not body.strip() or len(body) > MAX_ARTICLE_CHARS or rec["id"] in drawn_ids
                or rare_cues(body) < 2 or already_used(body, used)):
            continue
        articles.append(rec)
    pages = []
    for p in sorted((SHARED / "data/corpus/current-events/news").rglob("*.md")):
        rel = str(p.relative_to(SHARED / "data/corpus/current-events"))
        text = p.read_text(encoding="utf-8")
        if rel not in drawn_ids and rare_cues(text) >= 1 and not already_used(text, used):
            pages.append(p)
    new: dict[str, dict] = {}
    for rec in rng.sample(articles, N_ARTICLES):
        name = f"a_{rec['date']}_{rec['id']}.txt"
        (CORPUS / "docs" / name).write_text(f" date {rec['date']} {rec['content_original']}",
                                            encoding="utf-8")
        new[name] = {"kind": "article", "source": rec["source"], "id": rec["id"],
                     "url": rec.get("url"), "title": rec.get("title"), "date": rec["date"],
                     "stratum": f"article-{rec['date'][:4]}", "split": "train",
                     "drawn": "targeted"}
    for p in rng.sample(pages, N_PAGES):
        rel = p.relative_to(SHARED / "data/corpus/current-events")
        y, m, d = rel.parts[1:4]
        date = f"{y}-{int(m):02d}-{int(d):02d}"
        name = f"c_{date}_{p.stem[:40]}.txt"
        (CORPUS / "docs" / name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
        new[name] = {"kind": "current-events", "path": str(rel), "date": date,
                     "stratum": f"page-{y}", "split": "train", "drawn": "targeted"}
    names = sorted(new)
    rng.shuffle(names)
    for i in range(0, len(names), BATCH_SIZE):
        batches[f"b{FIRST_BATCH + i // BATCH_SIZE:02d}"] = sorted(names[i:i + BATCH_SIZE])
    batches[SECOND_PASS] = sorted(rng.sample(sorted(new), SECOND_PASS_SIZE))
    meta.update(new)
    (CORPUS / "documents.json").write_text(json.dumps(dict(sorted(meta.items())), indent=1,
                                                      ensure_ascii=False) + "\n", encoding="utf-8")
    (CORPUS / "batches.json").write_text(json.dumps(batches, indent=1) + "\n", encoding="utf-8")
    print(f"{len(articles)} articles and {len(pages)} pages with the rare relations' cues; "
          f"drew {N_ARTICLES} and {N_PAGES}: batches "
          f"{[b for b in batches if b >= f'b{FIRST_BATCH:02d}' and b.startswith('b')]}")


if __name__ == "__main__":
    main()
