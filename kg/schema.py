"""The data model's terms in one place: which class and properties each relation, attribute and
entity field is written as; read by the writer (kg.build) and the readers (kg.facts, ...).
"""

from __future__ import annotations

from rdflib import URIRef

from kg.namespace import KG, WDT

# relation -> (fact class, shortcut predicate, shortcut runs object -> subject)
RELATION_CLASSES: dict[str, tuple[URIRef, URIRef | None, bool]] = {
    "candidacy": (KG.Candidacy, WDT.P726, True),
    "party": (KG.PartyMembership, WDT.P102, False),
    "endorsement": (KG.Endorsement, KG.endorses, False),
    "won": (KG.Win, WDT.P991, True),
    "lost": (KG.Loss, KG.lost, False),
    "poll": (KG.PollResult, None, False),
    "funding": (KG.Funding, KG.funds, False),
    "holds_office": (KG.OfficeHolding, WDT.P39, False),
    "quote": (KG.Quote, None, False),
    "claim": (KG.Claim, None, False),
    "turnout": (KG.Turnout, None, False),
    "spending": (KG.Spending, None, False),
    "cost": (KG.Cost, None, False),
}
# Fact.attributes name -> property; entity-valued attributes link to the entity's node.
ATTRIBUTE_PROPERTIES: dict[str, URIRef] = {
    "pollster": KG.pollster,
    "election": KG.election,
    "start": KG.attrStart,
    "end": KG.attrEnd,
    "former": KG.former,
    "date": KG.date,
    "where": KG.where,
}
# Entity field -> the property it is written as (labels and aliases aside).
ENTITY_FIELD_PROPERTIES: dict[str, URIRef] = {
    "wikidata": KG.wikidata,
    "division": KG.division,
    "date": KG.electionDate,
    "stage": KG.stage,
    "special": KG.special,
    "office": KG.officeLabel,
}
