"""Identity on the resolution set (corpus/resolution): does kg give every mention of one person,
election or office the same node, and people the right Wikidata QID?

    python benchmarks/resolution.py [--batches r0,r1,r2] [--errors [TYPE]] [--agreement]

Gold: corpus/resolution/annotations/*.jsonl, one line per mention (GUIDE.md there). kg's side:
each document is read by the extractor; a person mention is a span the resolver attached to a
person (its node: the person's IRI, QID-keyed when known, so identity is across documents); an
election mention is read at the statement that contains it (the election that statement names,
else the one in its scope, as its contest); an office mention is the office title kg reads at
that span. B-cubed precision and recall are computed over the gold mentions of each type, across
all documents (a gold mention kg does not find is its own singleton). QID accuracy: of the gold
person mentions kg links to a QID, the share linked to the right one (a wrong QID is worse than
none); QID recall: of the gold mentions whose person has a QID, the share kg links to it.
`--batches` restricts the set to the documents of the named batches (`batch-rN.docs`): develop
against the errors of some batches and only score the others. `--errors` prints, per type (or
for the one named), every gold entity kg splits over several nodes (or misses) and every kg node
that merges several gold entities, with the mention texts.
`--agreement` scores the second annotator's pass (corpus/resolution/second) against the first.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "corpus" / "resolution"
DOCS = ROOT / "corpus" / "docs"
TYPES = ("Person", "Election", "Office")


def read_mentions(paths: list[Path]) -> list[dict[str, object]]:
    rows = [json.loads(line) for p in paths for line in p.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    # An entity's QID as any annotator gave it: the reference tables are the same for all.
    qids: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if r.get("wikidata"):
            qids[str(r["entity"])].add(str(r["wikidata"]))
    for r in rows:
        found = qids.get(str(r["entity"]), set())
        r["wikidata"] = next(iter(found)) if len(found) == 1 else None
    return rows


def b_cubed(gold: dict[tuple[object, ...], str], system: dict[tuple[object, ...], str]
            ) -> tuple[float, float, float]:
    """B-cubed over the gold mentions; a mention without a system cluster is a singleton."""
    sys_of = {m: system.get(m, f"singleton:{m}") for m in gold}
    by_gold: dict[str, set[tuple[object, ...]]] = defaultdict(set)
    by_sys: dict[str, set[tuple[object, ...]]] = defaultdict(set)
    for m, g in gold.items():
        by_gold[g].add(m)
        by_sys[sys_of[m]].add(m)
    p = r = 0.0
    for m in gold:
        g, s = by_gold[gold[m]], by_sys[sys_of[m]]
        both = len(g & s)
        p += both / len(s)
        r += both / len(g)
    n = max(1, len(gold))
    p, r = p / n, r / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def system_mentions(docs: list[str]) -> dict[str, dict[tuple[object, ...], str]]:
    """kg's node for each mention span it sees, by type: {type: {(doc, start, end): node}}."""
    from kg.contests import contest_of
    from kg.extract import Extractor, candidates, elections, offices
    from kg.extract.classifier import load as load_model
    from kg.iri import contest_iri, entity_iri
    from kg.readers import iter_articles

    extractor = Extractor(learned=False)
    titles = candidates.Generator(load_model().titles).titles
    out: dict[str, dict[tuple[object, ...], str]] = {t: {} for t in (*TYPES, "ElectionPhrase")}
    for article in iter_articles([str(DOCS / d) for d in docs]):
        analysed = extractor.analyse(article)  # type: ignore[arg-type]
        if analysed is None:
            continue
        ctx, _ = analysed
        doc = article.document  # type: ignore[union-attr]
        for span in ctx.people.spans:
            out["Person"][(doc, span.start, span.end)] = entity_iri(ctx.person(span.person))
        for st in ctx.statements:
            ref = elections.finalize(st.own_election or st.election)
            contest = contest_of(ref.entity()) if ref is not None else None
            if contest is not None:
                out["Election"][(doc, st.unit.start, st.unit.end)] = contest_iri(contest)
            for a, b, race in st.races:  # a race phrase of a statement naming several races
                contest = contest_of(race.entity())
                if contest is not None:
                    out["ElectionPhrase"][(doc, a, b)] = contest_iri(contest)
            for m in titles.finditer(st.unit.text) if titles else ():
                a = st.unit.start + m.start()
                holder = next((ctx.people.people[sp.person].known for sp in ctx.people.spans
                               if a + len(m.group(0)) <= sp.start <= a + len(m.group(0)) + 2),
                              None)  # the name right after the title: "Sen. Ted Cruz"
                office = candidates.office_entity(m.group(0), st.unit.text, m.start(), m.end(),
                                                  holder, article.date,  # type: ignore[union-attr]
                                                  offices.article_offices(ctx))
                out["Office"][(doc, a, a + len(m.group(0)))] = entity_iri(office)
    return out


def _align(kind: str, mention: dict[str, object], system: dict[tuple[object, ...], str],
           phrases: dict[tuple[object, ...], str] | None = None) -> str | None:
    """The system node for a gold mention: a person or office span that overlaps it; for an
    election, the race phrase it overlaps in a statement naming several races (`phrases`),
    else the election read at the statement containing it."""
    doc, a, b = mention["document"], int(mention["start"]), int(mention["end"])  # type: ignore
    for (d, s, e), node in (phrases or {}).items():
        if d == doc and s < b and a < e:
            return node
    for (d, s, e), node in system.items():
        if d != doc:
            continue
        if kind == "Election" and s <= a and b <= e:
            return node
        if kind != "Election" and s < b and a < e:
            return node
    return None


def score(gold_rows: list[dict[str, object]],
          system: dict[str, dict[tuple[object, ...], str]]) -> dict[str, object]:
    report: dict[str, object] = {}
    for kind in TYPES:
        rows = [r for r in gold_rows if r["type"] == kind]
        gold = {(r["document"], r["start"], r["end"]): str(r["entity"]) for r in rows}
        found = {}
        for r in rows:
            node = _align(kind, r, system[kind], system["ElectionPhrase"])
            if node is not None:
                found[(r["document"], r["start"], r["end"])] = node
        p, rec, f = b_cubed(gold, found)
        report[kind] = {"mentions": len(gold), "found": len(found), "b3_precision": round(p, 3),
                        "b3_recall": round(rec, 3), "b3_f1": round(f, 3)}
    linked = right = with_qid = recalled = 0
    for r in (r for r in gold_rows if r["type"] == "Person"):
        node = _align("Person", r, system["Person"])
        qid = re.search(r"/person/(Q\d+)$", node).group(1) if node and re.search(
            r"/person/(Q\d+)$", node) else None
        if r["wikidata"]:
            with_qid += 1
            recalled += qid == r["wikidata"]
        if qid:
            linked += 1
            right += qid == r["wikidata"]
    report["qid"] = {"linked": linked, "accuracy": round(right / max(1, linked), 3),
                     "gold_with_qid": with_qid, "recall": round(recalled / max(1, with_qid), 3)}
    return report


def errors(gold_rows: list[dict[str, object]],
           system: dict[str, dict[tuple[object, ...], str]], kind: str) -> list[str]:
    """Readable lines: gold entities split over nodes (or not found), nodes merging entities."""
    rows = [r for r in gold_rows if r["type"] == kind]
    node_of = {id(r): _align(kind, r, system[kind], system["ElectionPhrase"]) for r in rows}
    lines: list[str] = []

    def where(r: dict[str, object]) -> str:
        return f"{str(r['document'])[:13]}@{r['start']} {r['text']!r}"

    by_entity: dict[str, list[dict[str, object]]] = defaultdict(list)
    for r in rows:
        by_entity[str(r["entity"])].append(r)
    for entity, ms in sorted(by_entity.items()):
        groups: dict[str, list[dict[str, object]]] = defaultdict(list)
        for r in ms:
            groups[node_of[id(r)] or "(not found)"].append(r)
        if len(groups) > 1 or "(not found)" in groups:
            lines.append(f"SPLIT {entity} ({len(ms)} mentions, {len(groups)} nodes)")
            for node, rs in sorted(groups.items(), key=lambda kv: -len(kv[1])):
                shown = ", ".join(where(r) for r in rs[:6]) + (" …" if len(rs) > 6 else "")
                short = node.split("/", 3)[-1] if node[0] != "(" else node
                lines.append(f"    {len(rs):3} {short}  {shown}")
    by_node: dict[str, list[dict[str, object]]] = defaultdict(list)
    for r in rows:
        if node_of[id(r)] is not None:
            by_node[str(node_of[id(r)])].append(r)
    for node, ms in sorted(by_node.items()):
        entities = sorted({str(r["entity"]) for r in ms})
        if len(entities) > 1:
            lines.append(f"MERGED {node}")
            for e in entities:
                rs = [r for r in ms if r["entity"] == e]
                shown = ", ".join(where(r) for r in rs[:4]) + (" …" if len(rs) > 4 else "")
                lines.append(f"    {len(rs):3} {e}  {shown}")
    return lines


def agreement() -> dict[str, object]:
    second = read_mentions([SET / "second" / "second.jsonl"])
    docs = {str(r["document"]) for r in second}
    first = [r for r in read_mentions(sorted((SET / "annotations").glob("*.jsonl")))
             if r["document"] in docs]
    out: dict[str, object] = {"documents": len(docs)}
    for kind in TYPES:
        a = {(r["document"], r["start"], r["end"]): str(r["entity"]) for r in first
             if r["type"] == kind}
        b = {(r["document"], r["start"], r["end"]): str(r["entity"]) for r in second
             if r["type"] == kind}
        spans_a = {(d, s, e) for d, s, e in a}
        overlap = {k for k in b if any(d == k[0] and s < k[2] and k[1] < e for d, s, e in spans_a)}
        p = len(overlap) / max(1, len(b))
        r = len({k for k in a if any(d == k[0] and s < k[2] and k[1] < e
                                     for d, s, e in b)}) / max(1, len(a))
        # entity agreement on the mentions both marked: B-cubed of the second against the first
        common_b = {}
        for k in overlap:
            hit = next(x for x in a if x[0] == k[0] and x[1] < k[2] and k[1] < x[2])
            common_b[hit] = b[k]
        bp, br, bf = b_cubed({k: a[k] for k in common_b}, common_b)
        out[kind] = {"first": len(a), "second": len(b),
                     "span_f1": round(2 * p * r / (p + r) if p + r else 0.0, 3),
                     "entity_b3_f1_on_shared_spans": round(bf, 3)}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--agreement", action="store_true")
    ap.add_argument("--batches", help="comma-separated batch names (r0,r1,…): only their documents")
    ap.add_argument("--errors", nargs="?", const="all", choices=("all", *TYPES),
                    help="print split and merged clusters (of one type, or all)")
    args = ap.parse_args()
    if args.agreement:
        print(json.dumps(agreement(), indent=1))
        return
    gold = read_mentions(sorted((SET / "annotations").glob("*.jsonl")))
    docs = sorted({str(r["document"]) for r in gold}
                  | set((SET / "documents.txt").read_text().split()))
    if args.batches:
        chosen = {d for b in args.batches.split(",")
                  for d in (SET / f"batch-{b.strip()}.docs").read_text().split()}
        docs = [d for d in docs if d in chosen]
        gold = [r for r in gold if r["document"] in chosen]
    system = system_mentions(docs)
    report = score(gold, system)
    if args.errors:
        for kind in TYPES if args.errors == "all" else (args.errors,):
            print(f"== {kind}")
            print("\n".join(errors(gold, system, kind)))
    print(f"{len(docs)} documents, {len(gold)} gold mentions")
    print(f"{'type':10} {'mentions':>8} {'found':>6} {'B3 P':>6} {'B3 R':>6} {'B3 F1':>6}")
    for kind in TYPES:
        k = report[kind]
        assert isinstance(k, dict)
        print(f"{kind:10} {k['mentions']:8} {k['found']:6} {k['b3_precision']:6.3f} "
              f"{k['b3_recall']:6.3f} {k['b3_f1']:6.3f}")
    q = report["qid"]
    assert isinstance(q, dict)
    print(f"QID links: {q['linked']} person mentions linked, accuracy {q['accuracy']:.3f}; "
          f"recall {q['recall']:.3f} of {q['gold_with_qid']} gold mentions with a QID")


if __name__ == "__main__":
    main()
