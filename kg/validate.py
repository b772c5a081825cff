"""Check a store against ontology/shapes.ttl (SHACL via pyshacl), reporting one line per problem.

The union of the article graphs is copied into rdflib term by term (faster than N-Triples
parsing), with the ontology's subclass axioms so sh:class sees a kg:Party as a kg:Organization.
The relation names a fact may have are the schema's (kg.schema.relations), added to the shapes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from pyshacl import validate
from rdflib import OWL, RDF, RDFS, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from kg.model import ENTITY_TYPES
from kg.prefixes import PREFIXES
from kg.schema import SHAPES_FILE, ontology_files, relation_names, relations

SH = Namespace("http://www.w3.org/ns/shacl#")
# The shape of kg:relation, whose sh:in list is the schema's relation names.
RELATION_SHAPE = URIRef("https://w3id.org/kg-elections/shapes#RelationShape")
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
    data += _subclass_axioms(tuple(ontology_files()))
    shapes = _shapes(relation_names())
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
def _shapes(names_in: tuple[str, ...]) -> Graph:
    shapes = Graph().parse(SHAPES_FILE, format="turtle")
    names = BNode()
    Collection(shapes, names, [Literal(name) for name in names_in])
    shapes.add((RELATION_SHAPE, SH["in"], names))
    return shapes


@lru_cache(maxsize=1)
def _subclass_axioms(files: tuple[Path, ...]) -> Graph:
    ontology = ontology_graph(files)
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


def ontology_graph(files: Iterable[Path] | None = None) -> Graph:
    """The ontology as one graph: ontology/kg.ttl and the .ttl files of kg/relations/."""
    ontology = Graph()
    for path in ontology_files() if files is None else files:
        ontology.parse(path, format="turtle")
    return ontology


def schema_mismatches(ontology: Graph, shapes: Graph) -> list[str]:
    """Where kg.schema's relations and the ontology (and the shapes) disagree; [] when none.

    Each relation needs its fact class, a subclass of kg:Fact whose kg:relationName is the
    relation and whose kg:shortcut is the relation's shortcut, declared as a property; its
    subject and object types must be entity classes, and the object types those the shapes
    allow; every class with a kg:relationName must be a relation of the schema.
    """
    kg = Namespace(PREFIXES["kg"])
    found: list[str] = []
    named = {str(name): cls for cls, name in ontology.subject_objects(kg.relationName)}
    schema = relations()
    found += [f"{name}: class {_show(cls)} names a relation the schema does not have"
              for name, cls in named.items() if name not in schema]
    for rel in schema.values():
        cls = URIRef(rel.fact_class)
        if named.get(rel.name) != cls:
            found.append(f"{rel.name}: no class {_show(cls)} with kg:relationName in the ontology")
            continue
        if (cls, RDFS.subClassOf * "+", kg.Fact) not in ontology:  # type: ignore[operator]
            found.append(f"{rel.name}: {_show(cls)} is not a subclass of kg:Fact")
        shortcut = ontology.value(cls, kg.shortcut)
        if shortcut != (URIRef(rel.shortcut) if rel.shortcut else None):
            found.append(f"{rel.name}: the ontology's kg:shortcut is {_show(shortcut)}")
        if shortcut is not None and (shortcut, RDF.type, OWL.ObjectProperty) not in ontology:
            found.append(f"{rel.name}: shortcut {_show(shortcut)} is not an object property")
        for kind in (*rel.subject_types, *rel.object_types):
            if kind not in ENTITY_TYPES or (kg[kind], RDF.type, OWL.Class) not in ontology:
                found.append(f"{rel.name}: {kind} is not an entity class")
        for allowed in _object_classes(shapes, ontology, cls):
            found += [f"{rel.name}: the shapes want a {_show(allowed)} object, not {kind}"
                      for kind in rel.object_types
                      if (kg[kind], RDFS.subClassOf * "*", allowed) not in ontology]  # type: ignore[operator]
    return found


def _object_classes(shapes: Graph, ontology: Graph, cls: URIRef) -> set[Node]:
    """The sh:class the shapes of `cls` (or of a class above it) require of kg:object."""
    classes = set(ontology.transitive_objects(cls, RDFS.subClassOf))
    required: set[Node] = set()
    for shape in {s for c in classes for s in shapes.subjects(SH.targetClass, c)}:
        for prop in shapes.objects(shape, SH.property):
            if shapes.value(prop, SH.path) == URIRef(PREFIXES["kg"] + "object"):
                required.update(shapes.objects(prop, SH["class"]))
    return required
