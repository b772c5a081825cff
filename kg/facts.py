"""Facts as FACTS.md records: read back from the store, or made directly from a Fact.

The same fact (relation, subject, object, value) stated in several articles is one record with
one source per evidence span; `kg facts` prints these as JSON Lines or a table.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from pyoxigraph import Literal, NamedNode, QuerySolution, Store, Variable

from kg.contests import as_stored
from kg.iri import article_iri, entity_iri
from kg.model import ENTITY_TYPES, Article, AttributeValue, Entity, Fact
from kg.namespace import KG
from kg.prefixes import PREFIXES, sparql_prologue
from kg.schema import ATTRIBUTE_PROPERTIES, ENTITY_FIELD_PROPERTIES

Record = dict[str, Any]

PROLOGUE = sparql_prologue("kg", "schema", "prov", "oa", "skos", "rdfs", "rdf")
_ATTRIBUTE_OPTIONALS = "\n".join(
    f"  OPTIONAL {{ ?fact <{prop}> ?attr_{name} }}" for name, prop in ATTRIBUTE_PROPERTIES.items()
)
_FACTS_QUERY = PROLOGUE + """
SELECT * WHERE {{
  {filters}
  ?fact kg:relation ?relation ; kg:subject ?subject ; kg:confidence ?confidence ;
        prov:wasDerivedFrom ?article ; kg:evidence ?ev .
  ?ev oa:start ?start ; oa:end ?end ; oa:exact ?exact .
  OPTIONAL {{ ?fact kg:object ?object }}
  OPTIONAL {{ ?fact kg:value ?value }}
{attributes}
}}
ORDER BY ?relation ?subject ?object ?value ?fact ?start ?end
"""
# Entity descriptions, counting in how many articles (graphs) each value is stated, so the
# union of articles gives the label most of them use.
_ENTITY_QUERY = PROLOGUE + """
SELECT ?e ?p ?o (COUNT(DISTINCT ?g) AS ?n) WHERE {
  GRAPH ?g { ?e ?p ?o }
  VALUES ?p { rdf:type rdfs:label skos:altLabel kg:wikidata kg:division kg:electionDate
              kg:stage kg:special kg:officeLabel }
} GROUP BY ?e ?p ?o
"""
_ARTICLE_QUERY = PROLOGUE + """
SELECT ?a ?document ?title ?date ?url WHERE {
  ?a a kg:Article ; kg:document ?document .
  OPTIONAL { ?a schema:headline ?title }
  OPTIONAL { ?a schema:datePublished ?date }
  OPTIONAL { ?a schema:url ?url }
}
"""
_ENTITY_FIELDS = {str(prop): name for name, prop in ENTITY_FIELD_PROPERTIES.items()}
_CLASS_TYPES = {str(KG[name]): name for name in ENTITY_TYPES}
_RDF_TYPE = PREFIXES["rdf"] + "type"
_LABEL = PREFIXES["rdfs"] + "label"
_ALT_LABEL = PREFIXES["skos"] + "altLabel"


def fact_record(fact: Fact, article: Article) -> Record:
    """The FACTS.md record of one fact as extracted from one article (no store needed)."""
    article_id = article_iri(article)
    sources = [
        _source(article.document, article_id, article.url, ev.start, ev.end, ev.text,
                article.title, article.date)
        for ev in fact.evidence
    ]
    attributes = {name: _attribute_value(name, value) for name, value in fact.attributes}
    return {
        "relation": fact.relation,
        "subject": entity_record(fact.subject),
        "object": entity_record(fact.object) if fact.object is not None else None,
        "value": _plain_value(fact.value),
        "attributes": dict(sorted(attributes.items())),
        "confidence": float(fact.confidence),
        "sources": sorted(sources, key=_source_key),
    }


def entity_record(entity: Entity) -> Record:
    """An entity as FACTS.md prints it: optional fields only where known; an election as the
    graph keeps it (kg.contests)."""
    entity = as_stored(entity)
    record: Record = {"id": entity_iri(entity), "type": entity.type, "label": entity.label}
    aliases = sorted(set(entity.aliases) - {entity.label})
    if aliases:
        record["aliases"] = aliases
    fields = {"wikidata": entity.wikidata, "division": entity.division, "date": entity.date,
              "stage": entity.stage, "special": entity.special, "office": entity.office}
    record.update((k, v) for k, v in fields.items() if v is not None)
    return record


def iter_fact_records(
    store: Store,
    *,
    graph: str | None = None,
    relations: Sequence[str] | None = None,
    entity: str | None = None,
) -> Iterator[Record]:
    """Stream the store's facts as FACTS.md records, merged across articles, in a fixed order.

    `graph` reads one article's graph instead of the union; `relations` keeps only those
    relations; `entity` (an IRI) keeps the facts it is subject or object of.
    """
    filters = []
    if relations is not None:
        values = " ".join(str(Literal(r)) for r in relations)
        filters.append(f"VALUES ?relation {{ {values} }}")
    if entity is not None:
        filters.append(f"{{ ?fact kg:subject {NamedNode(entity)} }} "
                       f"UNION {{ ?fact kg:object {NamedNode(entity)} }}")
    query = _FACTS_QUERY.format(filters="\n  ".join(filters), attributes=_ATTRIBUTE_OPTIONALS)
    reader = _StoreReader(store, graph)
    group: list[QuerySolution] = []
    key: tuple[object, ...] | None = None
    for row in reader.select(query):
        row_key = (row["relation"], row["subject"], row["object"], _literal_value(row["value"]))
        if group and row_key != key:
            yield reader.record(group)
            group = []
        key = row_key
        group.append(row)
    if group:
        yield reader.record(group)


def read_entity(store: Store, iri: str, *, graph: str | None = None) -> Record:
    """One entity as FACTS.md prints it, read from the store (the union or one graph)."""
    return _StoreReader(store, graph).entity(iri)


@dataclass
class _StoreReader:
    """Runs queries over one graph or the union, and caches entity and article descriptions."""

    store: Store
    graph: str | None
    _entities: dict[str, Record] = field(default_factory=dict)
    _articles: dict[str, Record] | None = None

    def select(self, query: str, **kwargs: Any) -> Iterator[QuerySolution]:
        if self.graph is None:
            result = self.store.query(query, use_default_graph_as_union=True, **kwargs)
        else:
            result = self.store.query(query, default_graph=NamedNode(self.graph),
                                      named_graphs=[NamedNode(self.graph)], **kwargs)
        assert not isinstance(result, bool), "not a SELECT query"
        return iter(result)  # type: ignore[arg-type]

    def entity(self, iri: str) -> Record:
        if iri not in self._entities:
            self._entities[iri] = _entity_from_rows(iri, self.select(
                _ENTITY_QUERY, substitutions={Variable("e"): NamedNode(iri)}))
        return self._entities[iri]

    def article(self, iri: str) -> Record:
        if self._articles is None:
            self._articles = {
                row["a"].value: {
                    "document": row["document"].value,
                    "url": _opt(row["url"]),
                    "title": _opt(row["title"]),
                    "date": _opt(row["date"]),
                }
                for row in self.select(_ARTICLE_QUERY)
            }
        return self._articles.get(iri, {"document": None, "url": None, "title": None,
                                        "date": None})

    def record(self, rows: list[QuerySolution]) -> Record:
        """One record from the rows (one per evidence span) of facts with the same key."""
        first = rows[0]
        by_confidence = sorted(rows, key=lambda r: (-float(r["confidence"].value),
                                                    r["fact"].value))
        attributes: Record = {}
        for row in by_confidence:
            for name in ATTRIBUTE_PROPERTIES:
                term = row[f"attr_{name}"]
                if term is not None and name not in attributes:
                    attributes[name] = self._attribute(name, term)
        sources = {}
        for row in rows:
            art = self.article(row["article"].value)
            src = _source(art["document"], row["article"].value, art["url"],
                          int(row["start"].value), int(row["end"].value), row["exact"].value,
                          art["title"], art["date"])
            sources[(src["article"], src["start"], src["end"])] = src
        obj = first["object"]
        return {
            "relation": first["relation"].value,
            "subject": self.entity(first["subject"].value),
            "object": self.entity(obj.value) if obj is not None else None,
            "value": _literal_value(first["value"]),
            "attributes": dict(sorted(attributes.items())),
            "confidence": float(by_confidence[0]["confidence"].value),
            "sources": sorted(sources.values(), key=_source_key),
        }

    def _attribute(self, name: str, term: NamedNode | Literal) -> object:
        if isinstance(term, NamedNode):
            return self.entity(term.value)["label"] if name == "pollster" else term.value
        return _literal_value(term)


def _entity_from_rows(iri: str, rows: Iterable[QuerySolution]) -> Record:
    """Pick, per field, the value most articles state (then the smallest) for a stable record."""
    seen: dict[str, list[tuple[int, str, object]]] = {}
    aliases: set[str] = set()
    for row in rows:
        pred, obj, n = row["p"].value, row["o"], int(row["n"].value)
        if pred == _RDF_TYPE:
            name = _CLASS_TYPES.get(obj.value)
            if name:
                seen.setdefault("type", []).append((-n, name, name))
        elif pred in (_LABEL, _ALT_LABEL):
            aliases.add(obj.value)
            if pred == _LABEL:
                seen.setdefault("label", []).append((-n, obj.value, obj.value))
        else:
            value = _literal_value(obj)
            seen.setdefault(_ENTITY_FIELDS[pred], []).append((-n, str(value), value))
    best = {name: min(options)[2] for name, options in seen.items()}
    label = best.pop("label", iri)
    record: Record = {"id": iri, "type": best.pop("type", None), "label": label}
    if aliases - {label}:
        record["aliases"] = sorted(aliases - {label})
    for name in ("wikidata", "division", "date", "stage", "special", "office"):
        if name in best:
            record[name] = best[name]
    return record


def _source(document: str | None, article: str, url: str | None, start: int, end: int,
            text: str, title: str | None, date: str | None) -> Record:
    return {"document": document, "article": article, "url": url, "start": start, "end": end,
            "text": text, "title": title, "date": date}


def _source_key(source: Record) -> tuple[str, str, int, int]:
    return (source["document"] or "", source["article"], source["start"], source["end"])


def _attribute_value(name: str, value: AttributeValue) -> object:
    """Entity attributes by IRI, except the pollster, which FACTS.md gives by name."""
    if isinstance(value, Entity):
        return value.label if name == "pollster" else entity_iri(value)
    return _plain_value(value)


def _plain_value(value: object) -> object:
    """Numbers as floats, as they read back from xsd:decimal."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return value


def _literal_value(term: object) -> object:
    if term is None:
        return None
    if not isinstance(term, Literal):
        return getattr(term, "value", None)
    datatype = term.datatype.value.rsplit("#", 1)[-1]
    if datatype in ("decimal", "double", "float", "integer"):
        return float(term.value)
    if datatype == "boolean":
        return term.value == "true"
    return term.value


def _opt(term: object) -> str | None:
    return None if term is None else str(getattr(term, "value", term))


def format_fact_table(records: Iterable[Record]) -> str:
    """A fixed-width text table for `kg facts --format table`: one line per record, and a
    final newline, so the CLI prints it as is."""
    header = ("relation", "subject", "object", "value", "conf", "sources")
    rows = [header]
    for r in records:
        sources = r["sources"]
        first = sources[0] if sources else None
        where = f"{first['document']}:{first['start']}-{first['end']}" if first else "-"
        if len(sources) > 1:
            where += f" (+{len(sources) - 1})"
        obj = r["object"]
        rows.append((
            r["relation"],
            _clip(r["subject"]["label"]),
            _clip(obj["label"]) if obj else "-",
            _clip(format_value(r["value"])),
            f"{r['confidence']:.2f}",
            where,
        ))
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
             for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines) + "\n"


def format_value(value: object) -> str:
    """A fact value for people: "49", "2,000,000", a quoted text."""
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,}"
    return json.dumps(value, ensure_ascii=False) if isinstance(value, str) else str(value)


def _clip(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
