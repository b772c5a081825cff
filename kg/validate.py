"""Check a store against ontology/shapes.ttl (SHACL via pyshacl), reporting one line per problem.

The union of the article graphs is copied into rdflib term by term (faster than N-Triples
parsing), with the ontology's subclass axioms so sh:class sees a kg:Party as a kg:Organization.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph as ox
from pyshacl import validate
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from kg.namespace import ONTOLOGY_FILE, SHAPES_FILE
from kg.prefixes import PREFIXES

SH = Namespace("http://www.w3.org/ns/shacl#")
# How a result names a term: these namespaces shortened to their prefix, others in full.
_PREFIXES = {
    PREFIXES[name]: f"{name}:"
    for name in ("kg", "schema", "prov", "oa", "skos", "rdfs", "xsd", "wdt")
}
_XSD_STRING = str(XSD.string)


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of `kg validate`: conforms unless there is a violation (warnings allowed)."""

    conforms: bool
    violations: tuple[str, ...]
    warnings: tuple[str, ...] = ()
    triples: int = 0


def validate_store(store: ox.Store, *, graph: str | None = None) -> ValidationReport:
    """Validate the union of the store's named graphs (or one graph) against the shapes."""
    data = store_graph(store, graph=graph)
    triples = len(data)
    data += _subclass_axioms()
    shapes = _shapes()
    conforms, results, _text = validate(
        data, shacl_graph=shapes, inference="none", allow_warnings=True, abort_on_first=False,
    )
    violations, warnings = [], []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        line = _describe(results, shapes, result)
        if results.value(result, SH.resultSeverity) == SH.Violation:
            violations.append(line)
        else:
            warnings.append(line)
    return ValidationReport(conforms=bool(conforms) and not violations,
                            violations=tuple(sorted(violations)),
                            warnings=tuple(sorted(warnings)), triples=triples)


def store_graph(store: ox.Store, *, graph: str | None = None) -> Graph:
    """The store's union graph (or one named graph) as an rdflib Graph."""
    if graph is None:
        quads: Iterable[ox.Quad] = store.quads_for_pattern(None, None, None, None)
    else:
        quads = store.quads_for_pattern(None, None, None, ox.NamedNode(graph))
    converted: dict[object, Node] = {}

    def term(t: object) -> Node:
        node = converted.get(t)
        if node is None:
            node = converted[t] = _rdflib_term(t)
        return node

    out = Graph()
    add = out.add
    for q in quads:
        add((term(q.subject), term(q.predicate), term(q.object)))
    return out


def _rdflib_term(t: object) -> Node:
    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return BNode(t.value)
    if isinstance(t, ox.Literal):
        if t.language:
            return Literal(t.value, lang=t.language)
        datatype = t.datatype.value
        return Literal(t.value, datatype=None if datatype == _XSD_STRING else URIRef(datatype))
    raise TypeError(f"cannot convert {t!r} to rdflib")


@lru_cache(maxsize=1)
def _shapes() -> Graph:
    return Graph().parse(SHAPES_FILE, format="turtle")


@lru_cache(maxsize=1)
def _subclass_axioms() -> Graph:
    ontology = Graph().parse(ONTOLOGY_FILE, format="turtle")
    axioms = Graph()
    for s, o in ontology.subject_objects(RDFS.subClassOf):
        if isinstance(s, URIRef) and isinstance(o, URIRef):
            axioms.add((s, RDFS.subClassOf, o))
    return axioms


def _describe(results: Graph, shapes: Graph, result: Node) -> str:
    """`fact <iri>: kg:confidence 1.3 is not ≤ 1 (ConfidenceShape)`."""
    focus = results.value(result, SH.focusNode)
    path = results.value(result, SH.resultPath)
    value = results.value(result, SH.value)
    source = results.value(result, SH.sourceShape)
    component = results.value(result, SH.sourceConstraintComponent)
    node_shape = source
    if isinstance(source, BNode) or (source, RDF.type, SH.PropertyShape) in shapes:
        node_shape = shapes.value(None, SH.property, source) or source
    kind = shapes.value(node_shape, RDFS.label) or "node"
    name = _local(source if isinstance(source, URIRef) else node_shape)
    where = f"{kind} {_show(focus)}:"
    if path is not None:
        where += f" {_show(path)}"
    problem = _problem(shapes, source, component, value)
    if problem is None:
        message = results.value(result, SH.resultMessage)
        problem = (f"{_show(value)} " if value is not None else "") + str(message or component)
    return f"{where} {problem} ({name})"


def _problem(shapes: Graph, shape: Node | None, component: Node | None,
             value: Node | None) -> str | None:
    """A short phrase for the common constraint components, from the shape's parameter."""
    if not isinstance(component, URIRef):
        return None
    kind = str(component).removeprefix(str(SH)).removesuffix("ConstraintComponent")

    def param(p: str) -> str:
        return _show(shapes.value(shape, SH[p]))

    shown = _show(value)
    phrases = {
        "MinCount": lambda: f"is missing (needs at least {param('minCount')})",
        "MaxCount": lambda: f"has more than {param('maxCount')} value(s)",
        "MaxInclusive": lambda: f"{shown} is not ≤ {param('maxInclusive')}",
        "MinInclusive": lambda: f"{shown} is not ≥ {param('minInclusive')}",
        "Datatype": lambda: f"{shown} is not an {param('datatype')}",
        "Pattern": lambda: f"{shown} does not match {param('pattern')}",
        "Class": lambda: f"{shown} is not a {param('class')}",
        "NodeKind": lambda: f"{shown} is not an IRI",
        "In": lambda: f"{shown} is not one of " + ", ".join(
            _show(v) for v in Collection(shapes, shapes.value(shape, SH["in"]) or RDF.nil)),
        "LessThan": lambda: f"{shown} is not < {param('lessThan')}",
        "MinLength": lambda: f"{shown} is too short",
    }
    phrase = phrases.get(kind)
    return phrase() if phrase is not None else None


def _show(term: Node | None) -> str:
    if term is None:
        return "?"
    if isinstance(term, Literal):
        if term.datatype in (None, XSD.string) and term.language is None:
            return json.dumps(str(term), ensure_ascii=False)
        return str(term)
    if isinstance(term, URIRef):
        for ns, prefix in _PREFIXES.items():
            if term.startswith(ns):
                return prefix + term[len(ns):]
        return f"<{term}>"
    return "[]"


def _local(term: Node | None) -> str:
    return str(term).rsplit("#", 1)[-1] if term is not None else "?"
