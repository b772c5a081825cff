"""The kg vocabulary as an rdflib `DefinedNamespace`, so a typo in a term fails at import.

The `KG` class body is generated from ontology/kg.ttl (`python -m kg.namespace --write`);
tests/test_ontology.py checks that it matches the ontology, so the two cannot drift.
"""

# ruff: noqa: N815  (term names are the ontology's camelCase local names)

from __future__ import annotations

import re
import sys
from pathlib import Path

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from kg.prefixes import PREFIXES
from kg.schema import ONTOLOGY_DIR, ONTOLOGY_FILE, SHAPES_FILE

__all__ = ["KG", "OA", "ONTOLOGY_DIR", "ONTOLOGY_FILE", "PROV", "SCHEMA", "SHAPES_FILE", "SKOS",
           "WD", "WDT"]

SCHEMA = Namespace(PREFIXES["schema"])
PROV = Namespace(PREFIXES["prov"])
OA = Namespace(PREFIXES["oa"])
WDT = Namespace(PREFIXES["wdt"])
WD = Namespace(PREFIXES["wd"])
SKOS = Namespace(PREFIXES["skos"])

# Split so the markers below are the only literal occurrences in this file.
_BEGIN = "    # BEGIN " + "GENERATED from ontology/kg.ttl"
_END = "    # END " + "GENERATED"


class KG(DefinedNamespace):
    """Terms of <https://w3id.org/kg-elections/ontology#>."""

    _NS = Namespace(PREFIXES["kg"])
    _fail = True

    # BEGIN GENERATED from ontology/kg.ttl
    # Classes
    Article: URIRef  # Article
    Candidacy: URIRef  # Candidacy
    Claim: URIRef  # Claim
    Cost: URIRef  # Cost
    District: URIRef  # District
    Election: URIRef  # Election
    Endorsement: URIRef  # Endorsement
    Fact: URIRef  # Fact
    Funding: URIRef  # Funding
    Loss: URIRef  # Loss
    Office: URIRef  # Office
    OfficeHolding: URIRef  # Office holding
    Organization: URIRef  # Organization
    Party: URIRef  # Party
    PartyMembership: URIRef  # Party membership
    Person: URIRef  # Person
    PollResult: URIRef  # Poll result
    Quote: URIRef  # Quote
    Result: URIRef  # Result
    Spending: URIRef  # Spending
    Turnout: URIRef  # Turnout
    Win: URIRef  # Win
    # Properties
    aboutLabel: URIRef  # about label
    answers: URIRef  # answers
    articleKey: URIRef  # article key
    attrEnd: URIRef  # end
    attrStart: URIRef  # start
    citesSource: URIRef  # cites source
    claimKind: URIRef  # claim kind
    claimLabel: URIRef  # claim label
    confidence: URIRef  # confidence
    contentHash: URIRef  # content hash
    date: URIRef  # date
    division: URIRef  # division
    divisionKey: URIRef  # division key
    document: URIRef  # document
    election: URIRef  # election
    electionDate: URIRef  # election date
    endorses: URIRef  # endorses
    evidence: URIRef  # evidence
    extractor: URIRef  # extractor
    format: URIRef  # format
    former: URIRef  # former
    funds: URIRef  # funds
    indexOf: URIRef  # index of
    lost: URIRef  # lost
    mergeReason: URIRef  # merge reason
    nameKey: URIRef  # name key
    object: URIRef  # object
    officeContested: URIRef  # office contested
    officeLabel: URIRef  # office label
    partyKey: URIRef  # party key
    partyLabel: URIRef  # party label
    personLabel: URIRef  # person label
    pollster: URIRef  # pollster
    relation: URIRef  # relation
    relationName: URIRef  # relation name
    shortcut: URIRef  # shortcut
    special: URIRef  # special
    stage: URIRef  # stage
    statedBy: URIRef  # stated by
    subject: URIRef  # subject
    text: URIRef  # text
    topic: URIRef  # topic
    value: URIRef  # value
    where: URIRef  # where
    wikidata: URIRef  # Wikidata QID
    # END GENERATED


def generated_body(ontology: Path = ONTOLOGY_FILE) -> str:
    """The annotated term list for `KG`: classes, then properties, each sorted, with labels."""
    from rdflib import OWL, RDF, RDFS, Graph

    graph = Graph().parse(ontology, format="turtle")
    ns = str(KG._NS)
    kinds = (
        ("Classes", (OWL.Class,)),
        ("Properties", (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)),
    )
    lines = [_BEGIN]
    for heading, types in kinds:
        terms = sorted(
            {str(s)[len(ns):] for t in types for s in graph.subjects(RDF.type, t)
             if isinstance(s, URIRef) and str(s).startswith(ns)}
        )
        lines.append(f"    # {heading}")
        for name in terms:
            label = graph.value(URIRef(ns + name), RDFS.label)
            lines.append(f"    {name}: URIRef  # {label}" if label else f"    {name}: URIRef")
    lines.append(_END)
    return "\n".join(lines)


def current_body(source: Path = Path(__file__)) -> str:
    """The generated region as it is in this file now."""
    text = source.read_text(encoding="utf-8")
    match = re.search(re.escape(_BEGIN) + r".*?" + re.escape(_END), text, flags=re.DOTALL)
    if match is None:
        raise RuntimeError(f"{source}: generated region markers are missing")
    return match.group(0)


def write_generated(source: Path = Path(__file__)) -> bool:
    """Rewrite the generated region from the ontology; True when the file changed."""
    text = source.read_text(encoding="utf-8")
    new = text.replace(current_body(source), generated_body(), 1)
    if new == text:
        return False
    source.write_text(new, encoding="utf-8")
    return True


if __name__ == "__main__":
    if sys.argv[1:] == ["--write"]:
        print("kg/namespace.py updated" if write_generated() else "kg/namespace.py up to date")
    elif sys.argv[1:] == ["--check"]:
        sys.exit(0 if current_body() == generated_body() else 1)
    else:
        print("usage: python -m kg.namespace --write | --check", file=sys.stderr)
        sys.exit(2)
