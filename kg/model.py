"""The data kg passes between readers, extractors and the graph builder.

Frozen dataclasses, so a value read from one article can be shared and hashed safely.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from kg.errors import InputWarning
from kg.schema import BUILTIN_RELATIONS

# Entity type (its class in the kg ontology) -> the path its IRIs are minted under (kg.iri).
ENTITY_PATHS = {
    "Person": "person",
    "Organization": "org",
    "Party": "party",
    "Election": "election",
    "Office": "office",
    "District": "district",
}
ENTITY_TYPES = tuple(ENTITY_PATHS)
# The entity classes as a SPARQL `VALUES` list (the queries declare the kg: prefix).
ENTITY_CLASS_VALUES = " ".join(f"kg:{name}" for name in ENTITY_TYPES)
# The built-in relations' names (kg.schema has them all, with those of kg/relations/).
SCORED_RELATIONS = tuple(r.name for r in BUILTIN_RELATIONS if r.scored)
# Unscored relations kept in the graph; their `value` carries the text or figure.
EXTRA_RELATIONS = tuple(r.name for r in BUILTIN_RELATIONS if not r.scored)
RELATIONS = SCORED_RELATIONS + EXTRA_RELATIONS


@dataclass(frozen=True)
class SourceLink:
    """A link an article cites as its source (Current-Events `### Source(s):` lists)."""

    url: str
    title: str | None = None


@dataclass(frozen=True)
class Section:
    """A span of `Article.text` that states something, as the article's layout marks it.

    `kind`: headline, topic, body, tweet, related, change, change-old (a superseded Changes
    item). `date` is the reference date for relative dates in it (the article's, or a Related
    item's own link date); `context` holds the `_Context: …_` names of a list item; `line`
    numbers the line it stands on, so the statements of one line stay together.
    """

    kind: str
    start: int
    end: int
    date: str | None = None
    context: tuple[str, ...] = ()
    line: int = 0


@dataclass(frozen=True)
class Article:
    """One article as read from a file or record, before any extraction.

    `text` is exactly what evidence offsets index: the decoded file for .txt/.md (nothing
    stripped), the text/content field for a JSON record, the main text for HTML.
    `document` is the name facts cite (the file's base name; `file#id` for a JSON record).
    `origin` is where it came from, for error messages (`path` or `path:line`).
    `part` numbers the sections of a text too long for one article (`document#part-N`), so
    each section gets its own IRI even when they share a URL.
    `warnings` say what the reader could not take as written (a date that does not parse, a
    guessed encoding); they do not change what the article says, so they are not hashed.
    `sections` are the spans that state something, as the reader found them (`kg.readers.layout`);
    they follow from `text` and `date`, so they are neither hashed, compared nor stored.
    """

    text: str
    document: str
    origin: str
    date: str | None = None
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    sources: tuple[SourceLink, ...] = ()
    topics: tuple[str, ...] = ()
    format: str = "text"
    part: int | None = None
    warnings: tuple[InputWarning, ...] = field(default=(), compare=False)
    sections: tuple[Section, ...] = field(default=(), compare=False, repr=False)

    @property
    def content_hash(self) -> str:
        """SHA-256 of everything that can change what the article says."""
        h = hashlib.sha256()
        for part in (self.text, self.date, self.title, self.url, self.publisher, self.document):
            h.update((part or "").encode("utf-8"))
            h.update(b"\x00")
        for link in self.sources:
            h.update(f"{link.url}\x01{link.title or ''}\x00".encode())
        for topic in self.topics:
            h.update(topic.encode("utf-8") + b"\x02")
        return h.hexdigest()


@dataclass(frozen=True)
class Entity:
    """A thing facts are about. Identity (its IRI) is minted from these fields in `kg.iri`.

    People: `wikidata` when the gazetteer knows them, else the normalised `label` is the key.
    Elections: `division` (Open Civic Data id) + `date` + `stage` (+ `office` for a country or
    state division) are the key.
    `merge_reasons` say why mentions were folded into this entity ("'Handel' → Karen Handel:
    surname of a person named earlier in the article").
    """

    type: str
    label: str
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    division: str | None = None
    date: str | None = None
    stage: str | None = None
    special: bool | None = None
    office: str | None = None
    merge_reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Evidence:
    """The span of the article text that states a fact: `article.text[start:end] == text`."""

    start: int
    end: int
    text: str


AttributeValue = str | float | bool | Entity


@dataclass(frozen=True)
class Fact:
    """One extracted statement with its evidence and confidence.

    `attributes` holds relation-specific extras as sorted (name, value) pairs: `pollster`
    (an Organization entity), `election` (an Election entity, for endorsement/funding
    context), `start`/`end`/`former` for offices, `date`, `where` for quotes.
    """

    relation: str
    subject: Entity
    object: Entity | None
    evidence: tuple[Evidence, ...]
    confidence: float
    extractor: str
    value: float | str | None = None
    attributes: tuple[tuple[str, AttributeValue], ...] = field(default_factory=tuple)

    def attribute(self, name: str) -> AttributeValue | None:
        return dict(self.attributes).get(name)
