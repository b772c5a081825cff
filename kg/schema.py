"""The data model's terms in one place: each relation (its fact class, shortcut triple, colour on
the HTML page, subject and object types), fact attribute and entity field, and their IRIs.

Read by the writer (kg.build), the readers (kg.facts, kg.export, kg.validate) and the extractor.
Relations are the built-in ones below plus one per module in kg/relations/ (a `RELATION`, with
its ontology triples in a .ttl beside it): `relations()` is the registry. tests/test_schema.py
checks every relation against the ontology. Plain strings, so importing this needs no rdflib.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import TypeVar

from kg.prefixes import PREFIXES
from kg.resources import package_dir

T = TypeVar("T")

# The package whose every module is one relation (kg/relations/__init__.py says what it holds).
RELATION_PACKAGE = "kg.relations"
ONTOLOGY_DIR = package_dir("ontology")
ONTOLOGY_FILE = ONTOLOGY_DIR / "kg.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"


def iri(curie: str) -> str:
    """`kg:Candidacy` -> its full IRI (the prefixes of kg.prefixes)."""
    prefix, _, local = curie.partition(":")
    return PREFIXES[prefix] + local


# The HTML page's colours: relations in the order below, then parties (kg.export.html).
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf",
           "#bcbd22", "#ff7f0e", "#7f7f7f", "#393b79", "#637939", "#843c39")
OTHER_COLOUR = "#999999"  # a relation the schema does not know (a store from another version)
# The entity types a relation may name, as in FACTS.md (their classes: kg.model.ENTITY_PATHS).
AGENTS = ("Person", "Organization", "Party")


@dataclass(frozen=True)
class Relation:
    """One relation: how its facts are written and drawn, and what they link.

    `fact_class` is the class its fact nodes get (with `kg:relationName` = `name` in the
    ontology). `shortcut` is the property of the one direct triple written beside a fact with an
    object, subject -> object, or object -> subject when `shortcut_inverse` (as Wikidata's
    election wdt:P726 candidate). `object_types` empty: the facts have no object, their value is
    the point (a quote). `scored`: the learned classifier decides it (kg.extract.train).
    """

    name: str
    fact_class: str
    subject_types: tuple[str, ...]
    object_types: tuple[str, ...] = ()
    shortcut: str | None = None
    shortcut_inverse: bool = False
    colour: str = OTHER_COLOUR
    scored: bool = False

    def shortcut_ends(self, subject: T, obj: T) -> tuple[T, T]:
        """(from, to) of the shortcut triple of a fact with these ends."""
        return (obj, subject) if self.shortcut_inverse else (subject, obj)


BUILTIN_RELATIONS: tuple[Relation, ...] = (
    Relation("candidacy", iri("kg:Candidacy"), ("Person",), ("Election",),
             shortcut=iri("wdt:P726"), shortcut_inverse=True, colour=PALETTE[0], scored=True),
    Relation("party", iri("kg:PartyMembership"), ("Person",), ("Party",),
             shortcut=iri("wdt:P102"), colour=PALETTE[1], scored=True),
    Relation("endorsement", iri("kg:Endorsement"), AGENTS, ("Person",),
             shortcut=iri("kg:endorses"), colour=PALETTE[2], scored=True),
    Relation("won", iri("kg:Win"), ("Person",), ("Election",),
             shortcut=iri("wdt:P991"), shortcut_inverse=True, colour=PALETTE[3], scored=True),
    Relation("lost", iri("kg:Loss"), ("Person",), ("Election",),
             shortcut=iri("kg:lost"), colour=PALETTE[4], scored=True),
    Relation("poll", iri("kg:PollResult"), ("Person",), ("Election",),
             colour=PALETTE[5], scored=True),
    Relation("funding", iri("kg:Funding"), AGENTS, AGENTS,
             shortcut=iri("kg:funds"), colour=PALETTE[6], scored=True),
    Relation("holds_office", iri("kg:OfficeHolding"), ("Person",), ("Office",),
             shortcut=iri("wdt:P39"), colour=PALETTE[7], scored=True),
    # Unscored relations kept in the graph; their value carries the text or figure.
    Relation("quote", iri("kg:Quote"), AGENTS, colour=PALETTE[8]),
    Relation("claim", iri("kg:Claim"), AGENTS, colour=PALETTE[9]),
    Relation("turnout", iri("kg:Turnout"), ("Election",), colour=PALETTE[10]),
    Relation("spending", iri("kg:Spending"), AGENTS, colour=PALETTE[11]),
    Relation("cost", iri("kg:Cost"), ("Election", *AGENTS), colour=PALETTE[12]),
)


@cache
def relation_modules() -> tuple[ModuleType, ...]:
    """The modules of kg/relations/ (a relation each), by name: imported on first use."""
    package = importlib.import_module(RELATION_PACKAGE)
    names = sorted(info.name for info in pkgutil.iter_modules(package.__path__)
                   if not info.name.startswith("_"))
    return tuple(importlib.import_module(f"{RELATION_PACKAGE}.{name}") for name in names)


@cache
def relations() -> dict[str, Relation]:
    """Every relation by name: the built-in ones in order, then those of kg/relations/."""
    found = {r.name: r for r in BUILTIN_RELATIONS}
    for module in relation_modules():
        declared = getattr(module, "RELATION", None)
        if not isinstance(declared, Relation):
            raise TypeError(f"{module.__name__} declares no RELATION (a kg.schema.Relation)")
        if declared.name in found:
            raise ValueError(f"{module.__name__}: relation {declared.name!r} is already defined")
        found[declared.name] = declared
    return found


def relation(name: str) -> Relation | None:
    return relations().get(name)


def relation_names() -> tuple[str, ...]:
    return tuple(relations())


def relation_colour(name: str) -> str:
    found = relation(name)
    return found.colour if found is not None else OTHER_COLOUR


def ontology_files() -> list[Path]:
    """The ontology: ontology/kg.ttl, then the .ttl triples beside the relation modules."""
    package = importlib.import_module(RELATION_PACKAGE)
    return [ONTOLOGY_FILE, *_turtle_files(package.__path__)]


def _turtle_files(folders: Iterable[str]) -> list[Path]:
    return sorted(path for folder in folders for path in Path(folder).glob("*.ttl"))


def refresh() -> None:
    """Forget the relations read so far, so kg/relations/ is read again (tests add to it)."""
    relation_modules.cache_clear()
    relations.cache_clear()


# Fact.attributes name -> property; entity-valued attributes link to the entity's node.
ATTRIBUTE_PROPERTIES: dict[str, str] = {
    "pollster": iri("kg:pollster"),
    "election": iri("kg:election"),
    "start": iri("kg:attrStart"),
    "end": iri("kg:attrEnd"),
    "former": iri("kg:former"),
    "date": iri("kg:date"),
    "where": iri("kg:where"),
}
# Entity field -> the property it is written as (labels and aliases aside).
ENTITY_FIELD_PROPERTIES: dict[str, str] = {
    "wikidata": iri("kg:wikidata"),
    "division": iri("kg:division"),
    "date": iri("kg:electionDate"),
    "stage": iri("kg:stage"),
    "special": iri("kg:special"),
    "office": iri("kg:officeLabel"),
}
