"""kg.schema is the one list of relations: it agrees with the ontology and the shapes, and what
the extractor writes keeps to the subject and object types it declares."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from kg.model import ENTITY_TYPES, RELATIONS, SCORED_RELATIONS
from kg.namespace import KG
from kg.schema import (
    BUILTIN_RELATIONS,
    OTHER_COLOUR,
    PALETTE,
    SHAPES_FILE,
    Relation,
    iri,
    ontology_files,
    relation_colour,
    relation_names,
    relations,
)
from kg.validate import ontology_graph, schema_mismatches

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return ontology_graph()


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_FILE, format="turtle")


def test_the_schema_agrees_with_the_ontology_and_shapes(ontology: Graph, shapes: Graph) -> None:
    assert schema_mismatches(ontology, shapes) == []


def test_a_relation_the_ontology_lacks_is_found(ontology: Graph, shapes: Graph,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    stray = Relation("rivalry", iri("kg:Rivalry"), ("Person",), ("Person",))
    wrong = Relation("party", str(KG.PartyMembership), ("Person",), ("Person",),
                     shortcut=str(KG.endorses))
    table = {**relations(), "rivalry": stray, "party": wrong}
    monkeypatch.setattr("kg.validate.relations", lambda: table)
    assert schema_mismatches(ontology, shapes) == [
        "party: the ontology's kg:shortcut is wdt:P102",
        "party: the shapes want a kg:Party object, not Person",
        "rivalry: no class kg:Rivalry with kg:relationName in the ontology",
    ]


def test_the_registry_holds_the_builtin_relations_in_order() -> None:
    assert relation_names()[: len(BUILTIN_RELATIONS)] == RELATIONS
    assert set(SCORED_RELATIONS) == {r.name for r in BUILTIN_RELATIONS if r.scored}
    assert ontology_files()[0].name == "kg.ttl"


def test_each_builtin_relation_has_its_own_colour() -> None:
    colours = [relation_colour(r.name) for r in BUILTIN_RELATIONS]
    assert colours == list(PALETTE[: len(colours)])
    assert relation_colour("no-such-relation") == OTHER_COLOUR


def test_types_are_entity_types() -> None:
    for rel in relations().values():
        assert set(rel.subject_types) <= set(ENTITY_TYPES), rel.name
        assert set(rel.object_types) <= set(ENTITY_TYPES), rel.name


def test_the_annotated_corpus_keeps_to_the_declared_types() -> None:
    """What the gold facts say of each relation's ends, the schema allows."""
    gold = ROOT / "corpus" / "dev.jsonl"
    if not gold.exists():
        pytest.skip("no annotated corpus in this checkout")
    table = relations()
    for line in gold.read_text(encoding="utf-8").splitlines():
        fact = json.loads(line)
        rel = table.get(fact["relation"])
        if rel is None or not isinstance(fact.get("subject"), dict):
            continue
        assert fact["subject"]["type"] in rel.subject_types, line
        obj = fact.get("object")
        if isinstance(obj, dict):
            assert obj["type"] in rel.object_types, line


def test_the_shortcut_runs_the_declared_way() -> None:
    candidacy = relations()["candidacy"]
    assert candidacy.shortcut == str(URIRef("http://www.wikidata.org/prop/direct/P726"))
    assert candidacy.shortcut_ends("person", "election") == ("election", "person")
    assert relations()["party"].shortcut_ends("person", "party") == ("person", "party")
