"""The ontology is the single source of the vocabulary: namespace.py and all code follow it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

from kg.namespace import KG, ONTOLOGY_FILE, SHAPES_FILE, current_body, generated_body
from kg.schema import ATTRIBUTE_PROPERTIES

ROOT = Path(__file__).resolve().parent.parent
KG_TERM = re.compile(r"(?<![\w.])(?:kg:|KG\.)([A-Za-z]\w*)")
PREFIXED_TERM = re.compile(r"(?<![\w.])kg:([A-Za-z]\w*)")
IMPORTS_KG = re.compile(r"from kg\.namespace import[^\n]*\bKG\b")


def used_terms(text: str) -> list[str]:
    """kg:x in SPARQL/Turtle text; KG.x too in modules that import the namespace (others may
    have an unrelated `KG` object, such as the HTML export's JavaScript)."""
    pattern = KG_TERM if IMPORTS_KG.search(text) else PREFIXED_TERM
    return pattern.findall(text)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


def defined_terms(ontology: Graph) -> set[str]:
    ns = str(KG._NS)
    return {str(s)[len(ns):] for s in ontology.subjects(RDF.type, None)
            if isinstance(s, URIRef) and str(s).startswith(ns)}


def test_namespace_module_is_generated_from_the_ontology() -> None:
    assert current_body() == generated_body(), "run: python -m kg.namespace --write"


def test_every_kg_term_used_in_code_and_queries_is_defined(ontology: Graph) -> None:
    defined = defined_terms(ontology)
    files = sorted((ROOT / "kg").rglob("*.py")) + sorted((ROOT / "queries").glob("*.rq"))
    files += [ROOT / "ontology" / "shapes.ttl"]
    missing = {
        f"{path.relative_to(ROOT)}: kg:{name}"
        for path in files
        for name in used_terms(path.read_text(encoding="utf-8"))
        if name not in defined
    }
    assert not missing, sorted(missing)


def test_the_term_scan_would_catch_an_undefined_term(ontology: Graph) -> None:
    imported = "from kg.namespace import KG\n?f kg:confidenec ?c . KG.Candidacy"
    assert used_terms(imported) == ["confidenec", "Candidacy"]
    assert used_terms("var a = KG.articles; ?f kg:value ?v") == ["value"]
    assert "confidenec" not in defined_terms(ontology)


def test_every_term_has_label_and_comment(ontology: Graph) -> None:
    for name in defined_terms(ontology):
        term = KG[name]
        assert ontology.value(term, RDFS.label), f"kg:{name} has no rdfs:label"
        assert ontology.value(term, RDFS.comment), f"kg:{name} has no rdfs:comment"


def test_properties_have_domain_or_range(ontology: Graph) -> None:
    for kind in (OWL.ObjectProperty, OWL.DatatypeProperty):
        for prop in ontology.subjects(RDF.type, kind):
            if str(prop).startswith(str(KG._NS)):
                assert (ontology.value(prop, RDFS.domain) or ontology.value(prop, RDFS.range)), prop


def test_attribute_properties_apply_to_facts(ontology: Graph) -> None:
    for prop in ATTRIBUTE_PROPERTIES.values():
        domain = ontology.value(URIRef(prop), RDFS.domain)
        assert domain is not None
        assert (domain, RDFS.subClassOf * "*", KG.Fact) in ontology  # type: ignore[operator]


def test_alignment_to_standards(ontology: Graph) -> None:
    schema, prov = "https://schema.org/", "http://www.w3.org/ns/prov#"
    assert (KG.Article, RDFS.subClassOf, URIRef(schema + "NewsArticle")) in ontology
    assert (KG.Article, RDFS.subClassOf, URIRef(prov + "Entity")) in ontology
    assert (KG.Fact, RDFS.subClassOf, URIRef(prov + "Entity")) in ontology
    assert (KG.Party, RDFS.subClassOf, KG.Organization) in ontology
    assert (KG.officeContested, OWL.equivalentProperty,
            URIRef("http://www.wikidata.org/prop/direct/P541")) in ontology
    assert "ocd-division" in str(ontology.value(KG.division, RDFS.comment))
    for pid in ("P726", "P991", "P102", "P39"):
        wdt = URIRef("http://www.wikidata.org/prop/direct/" + pid)
        assert (None, RDFS.seeAlso, wdt) in ontology, pid
    assert ontology.value(KG.Candidacy, KG.relationName) == Literal("candidacy")


def test_shapes_parse() -> None:
    shapes = Graph().parse(SHAPES_FILE, format="turtle")
    assert len(shapes) > 50
