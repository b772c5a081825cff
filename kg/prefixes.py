"""The namespaces kg writes and reads, each with its usual prefix, defined here once: for SPARQL
prologues, RDF serialisations, messages and the rdflib vocabulary (kg.namespace).

Plain strings, importing nothing, so the query path needs no rdflib.
"""

from __future__ import annotations

# Where kg mints its own IRIs (kg.iri); the ontology lives under it.
BASE = "https://w3id.org/kg-elections/"

PREFIXES: dict[str, str] = {
    "kg": BASE + "ontology#",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "wdt": "http://www.wikidata.org/prop/direct/",
    "wd": "http://www.wikidata.org/entity/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
}


def sparql_prologue(*names: str) -> str:
    """`PREFIX name: <iri>` lines for the named prefixes, in the order given."""
    return "".join(f"PREFIX {name}: <{PREFIXES[name]}>\n" for name in names)
