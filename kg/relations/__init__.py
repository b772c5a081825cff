"""Relations added to kg: each module here is one relation, found by kg.schema.relations().

A module declares `RELATION = kg.schema.Relation(...)` (its fact class, shortcut, colour,
subject and object types) and `extract(ctx: ArticleContext) -> list[Fact]`, which the extractor
runs after the built-in rules; its ontology triples (the fact class, a subclass of kg:Fact with
`kg:relationName` and `kg:shortcut`, and the shortcut property) go in a .ttl file beside it, read
with ontology/kg.ttl. Nothing else needs editing: build, facts, validate and the exports read the
relation from the schema, and tests/test_schema.py checks it against the ontology. The read side
(`kg facts`, `kg validate`, the exports) imports these modules too, so import the extraction
helpers a module needs inside its `extract`. (The built-in relations are listed in kg.schema.)
"""
