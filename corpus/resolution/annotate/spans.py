"""Offsets of a batch's annotations, computed from snippets (shared by the batch scripts rN.py
from r3 on): the n-th occurrence of a snippet, then the name inside it; every match of a
pattern not inside an explicit mention or a skipped snippet. Checks text == doc[start:end], no
overlaps, and nothing after a Current-Events page's "Related:" heading (links, not text)."""

import json
import re
from pathlib import Path


def P(key):
    return ("Person", key)


def O(key):
    return ("Office", key)


def E(key, rnd=None):
    return ("Election", key, rnd)


def find_nth(text, snippet, n):
    pos = -1
    for _ in range(n + 1):
        pos = text.find(snippet, pos + 1)
        if pos < 0:
            raise ValueError("snippet not found (occurrence %d): %r" % (n, snippet))
    return pos


def overlaps(a, b, spans):
    return any(a < y and x < b for x, y in spans)


class Batch:
    """One batch's entity tables and per-document specs."""

    def __init__(self, name, people, offices, elections, ann):
        root = Path(__file__).resolve().parents[3]
        self.docs = root / "corpus" / "docs"
        self.out = root / "corpus" / "resolution" / "annotations" / f"{name}.jsonl"
        self.batch = root / "corpus" / "resolution" / f"batch-{name}.docs"
        self.people, self.offices, self.elections, self.ann = people, offices, elections, ann

    def record(self, doc, text, a, b, ent):
        kind = ent[0]
        rec = {"document": doc, "start": a, "end": b, "text": text[a:b], "type": kind}
        if kind == "Person":
            name, qid = self.people[ent[1]]
            rec["entity"] = "person:" + name
            rec["wikidata"] = qid
        elif kind == "Office":
            rec["entity"] = "office:" + self.offices[ent[1]]
            rec["wikidata"] = None
        else:
            rec["entity"] = "election:" + self.elections[ent[1]]
            rec["wikidata"] = None
            rec["round"] = ent[2]
        return rec

    def annotate(self, doc, spec):
        text = (self.docs / doc).read_text(encoding="utf-8")
        limit = len(text)
        if doc.startswith("c_"):
            m = re.search(r"^#+ Related:", text, re.M)
            if m:
                limit = m.start()
        recs, spans = [], []
        for snippet, n, sub, ent in spec["explicit"]:
            p = find_nth(text, snippet, n)
            if sub is None:
                a, b = p, p + len(snippet)
            else:
                q = snippet.find(sub)
                if q < 0:
                    raise ValueError("%r not in snippet %r" % (sub, snippet))
                a, b = p + q, p + q + len(sub)
            if overlaps(a, b, spans):
                raise ValueError("%s: explicit mention overlaps another: %r at %d"
                                 % (doc, text[a:b], a))
            if b > limit:
                raise ValueError("%s: explicit mention after Related: %r at %d"
                                 % (doc, text[a:b], a))
            recs.append(self.record(doc, text, a, b, ent))
            spans.append((a, b))
        blocked = []
        for s in spec["skip"]:
            for m in re.finditer(re.escape(s), text):
                blocked.append((m.start(), m.end()))
        for pat, ent in spec["every"]:
            for m in re.finditer(r"(?<![A-Za-z])" + pat + r"(?![a-z])", text):
                a, b = m.start(), m.end()
                if overlaps(a, b, spans) or overlaps(a, b, blocked) or b > limit:
                    continue
                recs.append(self.record(doc, text, a, b, ent))
                spans.append((a, b))
        recs.sort(key=lambda r: r["start"])
        return text, recs

    def write(self):
        docs = self.batch.read_text().split()
        assert sorted(docs) == sorted(self.ann), "batch and annotation documents differ"
        out = []
        for doc in docs:
            text, recs = self.annotate(doc, self.ann[doc])
            for r in recs:                                   # verify every line
                assert text[r["start"]:r["end"]] == r["text"], r
            for x, y in zip(recs, recs[1:]):
                assert x["end"] <= y["start"], ("overlap", x, y)
            out.extend(recs)
        self.out.parent.mkdir(parents=True, exist_ok=True)
        with self.out.open("w", encoding="utf-8") as f:
            for r in out:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("wrote %d mentions for %d documents to %s" % (len(out), len(docs), self.out))
