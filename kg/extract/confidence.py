"""Final pass: merge duplicate facts, check every span, calibrate confidence.

A fact stated in several statements of one article is one fact with all their spans; its
confidence rises with each extra statement (noisy-or, capped), because independent statements
of one fact are rarely all misread.
"""

from __future__ import annotations

from kg.model import Entity, Fact


def entity_key(e: Entity | None) -> tuple[object, ...]:
    """What makes two entities the same for merging facts: QID or folded label, and for an
    election its division, year, round and office."""
    if e is None:
        return ()
    return (e.type, e.wikidata or e.label.casefold(), e.division, (e.date or "")[:4], e.stage,
            e.office)


def fact_key(f: Fact) -> tuple[object, ...]:
    """Facts with the same key are one fact."""
    return (f.relation, entity_key(f.subject), entity_key(f.object), f.value)


def finalize(facts: list[Fact], text: str) -> list[Fact]:
    merged: dict[tuple[object, ...], Fact] = {}
    for f in facts:
        if not f.evidence or any(text[e.start : e.end] != e.text for e in f.evidence):
            continue
        key = fact_key(f)
        old = merged.get(key)
        if old is None:
            merged[key] = f
            continue
        spans = tuple(dict.fromkeys(old.evidence + f.evidence))
        conf = 1 - (1 - old.confidence) * (1 - f.confidence) if spans != old.evidence else max(
            old.confidence, f.confidence)
        best = old if old.confidence >= f.confidence else f
        attrs = dict(f.attributes)
        attrs.update(dict(old.attributes))
        merged[key] = Fact(best.relation, best.subject, best.object, spans,
                           round(min(conf, 0.99), 3), best.extractor, best.value,
                           tuple(sorted(attrs.items())))
    return list(merged.values())
