"""Final pass: merge duplicate facts, check every span, calibrate confidence.

A fact stated in several statements of one article is one fact with all their spans; its
confidence rises with each extra statement (noisy-or, capped), because independent statements
of one fact are rarely all misread.
"""

from __future__ import annotations

from dataclasses import replace

from kg.model import Entity, Fact

LEARNED = "kg.extract.learned"  # the extractor name of the classifier's own pairings


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


def _one_entity_per_vote(facts: list[Fact]) -> list[Fact]:
    """A dated vote is one round node: where an article gives the same vote (division, day,
    office) as two rounds (a general and a runoff on one day), the first one stated stands for
    every fact about it, so the node gets one stage, one label and each fact one confidence."""
    first: dict[tuple[object, ...], Entity] = {}
    out = []
    for f in facts:
        o = f.object
        if o is not None and o.type == "Election" and o.date and len(o.date) == 10:
            vote = first.setdefault((o.division, o.date, o.office), o)
            if vote is not o:
                f = replace(f, object=vote)
        out.append(f)
    return out


def _proposed_by_rule(f: Fact) -> bool:
    """A rule's reading of a statement, not the learned classifier's guess over every
    pairing (kg.extract.candidates)."""
    return not f.extractor.startswith(LEARNED)


def _one_outcome_per_race(facts: list[Fact]) -> list[Fact]:
    """A person did not both win and lose one race: where a rule reads one outcome and the
    classifier guessed the other, less surely, from the pairings, the guess goes."""
    ruled: dict[tuple[object, ...], dict[str, float]] = {}
    for f in facts:
        if f.relation in ("won", "lost") and _proposed_by_rule(f):
            race = (entity_key(f.subject), entity_key(f.object))
            seen = ruled.setdefault(race, {})
            seen[f.relation] = max(seen.get(f.relation, 0.0), f.confidence)
    out = []
    for f in facts:
        if f.relation in ("won", "lost") and not _proposed_by_rule(f):
            other = "lost" if f.relation == "won" else "won"
            seen = ruled.get((entity_key(f.subject), entity_key(f.object)), {})
            if seen.get(other, 0.0) > f.confidence:
                continue
        out.append(f)
    return out


def finalize(facts: list[Fact], text: str) -> list[Fact]:
    merged: dict[tuple[object, ...], Fact] = {}
    for f in _one_entity_per_vote(facts):
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
    return _one_outcome_per_race(list(merged.values()))
