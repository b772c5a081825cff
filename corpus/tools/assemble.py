"""Assemble the per-batch annotations into one gold file per split, and measure agreement.

First-pass batches (b00..b11) are the gold; a fact's sources are split by the split of their
document, and facts the scorer cannot tell apart are merged into one line (sources and gold
aliases united), so every split file passes shared/gold/tools/validate.py. The second-pass
batches (r1, r2) are scored against the first pass on the same documents with
shared/tools/score-facts: fact-level F1 between the two passes is the agreement.

    python corpus/tools/assemble.py      # writes corpus/{train,dev,test}.jsonl, prints agreement
"""

import hashlib
import importlib.machinery
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1]
SHARED = CORPUS.parents[1] / "shared"
SCORER = SHARED / "tools" / "score-facts"


def scorer_module():  # type: ignore[no-untyped-def]
    loader = importlib.machinery.SourceFileLoader("score_facts", str(SCORER))
    spec = importlib.util.spec_from_loader("score_facts", loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def read_lines(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def merge_matching(lines: list[dict]) -> list[dict]:
    """One line per group of facts the scorer matches to each other (sources, aliases united)."""
    sf = scorer_module()
    rels = set(sf.SCORED) if hasattr(sf, "SCORED") else {x["relation"] for x in lines}
    out: list[tuple[object, dict]] = []
    for line in lines:
        parsed = sf.parse(json.loads(json.dumps(line)), "gold", rels)
        for other_parsed, other in out:
            if other["relation"] == line["relation"] and (sf.fact_match(parsed, other_parsed)
                                                          or sf.fact_match(other_parsed, parsed)):
                for s in line["sources"]:
                    if s not in other["sources"]:
                        other["sources"].append(s)
                for side in ("subject", "object"):
                    extra = [a for a in line[side].get("aliases", []) + [line[side]["label"]]
                             if a not in other[side].get("aliases", [])
                             and a != other[side]["label"]]
                    if extra:
                        other[side]["aliases"] = other[side].get("aliases", []) + extra
                break
        else:
            out.append((parsed, json.loads(json.dumps(line))))
    return [line for _, line in out]


def for_documents(lines: list[dict], docs: set[str]) -> list[dict]:
    out = []
    for line in lines:
        sources = [s for s in line["sources"] if s["document"] in docs]
        if sources:
            out.append({**line, "sources": sources})
    return out


def finished(annotations: Path, batch: str, names: list[str]) -> set[str]:
    """The documents of a batch its annotator finished: those listed in `<batch>.docs` (written
    as each document is done, so a batch stopped half-way counts only what it holds), else every
    document of a batch whose annotations exist (the first batches wrote no list). A finished
    document may have no fact."""
    listed = annotations / f"{batch}.docs"
    if listed.exists():
        return set(listed.read_text(encoding="utf-8").split()) & set(names)
    return set(names) if (annotations / f"{batch}.jsonl").exists() else set()


def agreement(first: list[dict], second_batches: list[Path], batches: dict,
              first_done: set[str]) -> None:
    for path in second_batches:
        docs = finished(path.parent, path.stem, batches[path.stem]) & first_done
        second = read_lines(path)
        a = for_documents(first, docs)
        b = for_documents(second, docs)
        with tempfile.TemporaryDirectory() as tmp:
            pa, pb = Path(tmp) / "a.jsonl", Path(tmp) / "b.jsonl"
            pa.write_text("".join(json.dumps(x) + "\n" for x in merge_matching(a)))
            pb.write_text("".join(json.dumps(x) + "\n" for x in b))
            print(f"== agreement {path.stem}: first pass as gold, second as prediction "
                  f"({len(docs)} documents)")
            subprocess.run([sys.executable, str(SCORER), str(pa), str(pb), "--docs",
                            str(CORPUS / "docs")], check=False)


def main() -> None:
    meta = json.loads((CORPUS / "documents.json").read_text(encoding="utf-8"))
    batches = json.loads((CORPUS / "batches.json").read_text(encoding="utf-8"))
    annotations = CORPUS / "annotations"
    first = [line for p in sorted(annotations.glob("b*.jsonl")) for line in read_lines(p)]
    annotated = {s["document"] for line in first for s in line["sources"]}
    for b, names in batches.items():
        if b.startswith("b"):
            annotated |= finished(annotations, b, names)
    for split in ("train", "dev", "test"):
        docs = {n for n, m in meta.items() if m["split"] == split and n in annotated}
        lines = merge_matching(for_documents(first, docs))
        path = CORPUS / f"{split}.jsonl"
        path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines),
                        encoding="utf-8")
        (CORPUS / f"{split}.docs").write_text("".join(n + "\n" for n in sorted(docs)))
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
        print(f"{split}: {len(docs)} documents, {len(lines)} facts, sha256 {digest}")
    if "--agreement" in sys.argv:
        agreement(first, sorted(annotations.glob("r*.jsonl")), batches, annotated)


if __name__ == "__main__":
    main()
