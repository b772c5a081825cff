"""`kg show NAME`: everything the graph says about an entity, with the sentences that say it.

Finds entities by label or alias (case-insensitive), Wikidata QID or IRI; falls back to a
substring match when nothing matches exactly.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from pyoxigraph import BlankNode, Literal, NamedNode, Store, Triple, Variable

from kg.facts import PROLOGUE, Record, format_value, iter_fact_records, read_entity
from kg.model import ENTITY_CLASS_VALUES

_ENTITY_CLASSES = ENTITY_CLASS_VALUES
_BY_NAME = PROLOGUE + f"""
SELECT DISTINCT ?e ?needle WHERE {{
  VALUES ?t {{ {_ENTITY_CLASSES} }}
  ?e a ?t ; rdfs:label|skos:altLabel ?name .
  FILTER(TEST)
}} ORDER BY ?e
"""
_BY_QID = PROLOGUE + f"""
SELECT DISTINCT ?e ?qid WHERE {{
  VALUES ?t {{ {_ENTITY_CLASSES} }}
  ?e a ?t ; kg:wikidata ?qid .
}} ORDER BY ?e
"""
_BY_IRI = PROLOGUE + f"""
SELECT DISTINCT ?e WHERE {{ VALUES ?t {{ {_ENTITY_CLASSES} }} ?e a ?t }}
"""
_MERGE_REASONS = PROLOGUE + """
SELECT DISTINCT ?e ?why WHERE { ?e kg:mergeReason ?why } ORDER BY ?why
"""
_QID = re.compile(r"[Qq][1-9]\d*")


@dataclass(frozen=True)
class FactSource:
    """Where a fact is stated: the evidence sentence and the article it is in."""

    text: str
    document: str | None
    start: int
    end: int
    article: str
    title: str | None
    date: str | None
    url: str | None


@dataclass(frozen=True)
class EntityFact:
    """A fact the entity takes part in, as subject or object."""

    relation: str
    role: str  # "subject" or "object"
    subject_label: str
    object_label: str | None
    value: object
    attributes: tuple[tuple[str, object], ...]
    confidence: float
    sources: tuple[FactSource, ...]


@dataclass(frozen=True)
class EntityReport:
    """What the graph knows about one entity."""

    iri: str
    type: str | None
    label: str
    wikidata: str | None
    aliases: tuple[str, ...]
    merge_reasons: tuple[str, ...]
    details: tuple[tuple[str, object], ...]  # election division, date, stage, special, office
    facts: tuple[EntityFact, ...]


def describe_entity(store: Store, name: str) -> list[EntityReport]:
    """Reports for every entity called `name` (label, alias, QID or IRI); [] when none is."""
    return [_report(store, iri) for iri in find_entities(store, name)]


def find_entities(store: Store, name: str) -> list[str]:
    """Entity IRIs matching `name`: exactly (ignoring case) if any do, else by substring."""
    name = name.strip()
    if not name:
        return []
    if name.startswith(("http://", "https://")):
        try:
            return _select(store, _BY_IRI, {"e": NamedNode(name)})
        except ValueError:  # not a valid IRI: no entity can have it
            return []
    if _QID.fullmatch(name):
        return _select(store, _BY_QID, {"qid": Literal(name.upper())})
    needle = {"needle": Literal(name.lower())}
    exact = _select(store, _BY_NAME.replace("TEST", "LCASE(STR(?name)) = ?needle"), needle)
    return exact or _select(
        store, _BY_NAME.replace("TEST", "CONTAINS(LCASE(STR(?name)), ?needle)"), needle)


def _select(store: Store, query: str, bindings: Mapping[str, NamedNode | Literal]) -> list[str]:
    subs: dict[Variable, NamedNode | BlankNode | Literal | Triple] = {
        Variable(k): v for k, v in bindings.items()}  # each is projected, as substitution needs
    rows = store.query(query, use_default_graph_as_union=True, substitutions=subs)
    return list(dict.fromkeys(row["e"].value for row in rows))  # type: ignore[union-attr]


def _report(store: Store, iri: str) -> EntityReport:
    entity = read_entity(store, iri)
    reasons = store.query(_MERGE_REASONS, use_default_graph_as_union=True,
                          substitutions={Variable("e"): NamedNode(iri)})
    details = tuple((k, entity[k]) for k in ("division", "date", "stage", "special", "office")
                    if k in entity)
    return EntityReport(
        iri=iri,
        type=entity["type"],
        label=entity["label"],
        wikidata=entity.get("wikidata"),
        aliases=tuple(entity.get("aliases", ())),
        merge_reasons=tuple(row["why"].value for row in reasons),  # type: ignore[union-attr]
        details=details,
        facts=tuple(_entity_fact(iri, r) for r in iter_fact_records(store, entity=iri)),
    )


def _entity_fact(iri: str, record: Record) -> EntityFact:
    obj = record["object"]
    return EntityFact(
        relation=record["relation"],
        role="subject" if record["subject"]["id"] == iri else "object",
        subject_label=record["subject"]["label"],
        object_label=obj["label"] if obj else None,
        value=record["value"],
        attributes=tuple(record["attributes"].items()),
        confidence=record["confidence"],
        sources=tuple(
            FactSource(text=s["text"], document=s["document"], start=s["start"], end=s["end"],
                       article=s["article"], title=s["title"], date=s["date"], url=s["url"])
            for s in record["sources"]
        ),
    )


def format_entity_report(report: EntityReport) -> str:
    """Readable text: the entity's names and ids, then each fact with its evidence (ends in
    a newline, so reports joined by "\n" are separated by a blank line)."""
    return "\n".join(_report_lines(report)) + "\n"


def _report_lines(report: EntityReport) -> Iterator[str]:
    yield f"{report.label} ({report.type or 'entity'})"
    yield f"  IRI:       {report.iri}"
    if report.wikidata:
        yield f"  Wikidata:  {report.wikidata} (https://www.wikidata.org/wiki/{report.wikidata})"
    if report.aliases:
        yield f"  Aliases:   {', '.join(report.aliases)}"
    for key, value in report.details:
        yield f"  {key.capitalize() + ':':<10} {value}"
    for reason in report.merge_reasons:
        yield f"  Merged:    {reason}"
    yield f"  Facts ({len(report.facts)}):"
    for fact in report.facts:
        yield "    " + _statement(fact)
        for source in fact.sources:
            quoted = textwrap.shorten(source.text, width=160, placeholder=" …")
            yield f"      {quoted}" if quoted[:1] in "“\"'" else f"      “{quoted}”"
            yield f"        — {_citation(source)}"


def _statement(fact: EntityFact) -> str:
    line = f"{fact.subject_label} —{fact.relation}→ {fact.object_label or '·'}"
    if fact.value is not None:
        value = format_value(fact.value)
        line += f" = {textwrap.shorten(value, width=80, placeholder=' …')}"
    extras = ", ".join(f"{k}: {v}" for k, v in fact.attributes)
    if extras:
        line += f" ({extras})"
    return line + f"  [confidence {fact.confidence:.2f}]"


def _citation(source: FactSource) -> str:
    title = textwrap.shorten(source.title, width=70, placeholder=" …") if source.title else None
    parts = [p for p in (title, source.date) if p]
    parts.append(f"{source.document}:{source.start}-{source.end}")
    if source.url:
        parts.append(source.url)
    return ", ".join(parts)
