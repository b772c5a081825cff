"""The one place IRIs are minted: the same input always gives the same IRI.

Articles by URL (else by document name), people by Wikidata QID (else a normalised name key),
elections by contest (division + year + kind + office, kg.contests) and round (+ the vote's
date), facts by everything that identifies them.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from kg.contests import Contest, contest_of, round_date
from kg.model import ENTITY_PATHS, Article, Entity, Evidence
from kg.prefixes import BASE, PREFIXES

ONTOLOGY = PREFIXES["kg"]
WIKIDATA_ENTITY = PREFIXES["wd"]



def name_key(name: str) -> str:
    """A readable, stable slug for a name: accents and case folded, punctuation to hyphens."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"['’‘`]", "", s)
    s = re.sub(r"[^\w]+", "-", s).strip("-")
    return s or _digest(name)[:16]


def _digest(*parts: object) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(str(part).encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


def article_iri(article: Article) -> str:
    """By URL when the article has one (so a changed page replaces itself), else by name; a
    section of a long text adds its number to the URL (its document name already has it)."""
    if article.url and article.part is not None:
        key = f"{article.url}#part-{article.part}"
    else:
        key = article.url or f"document:{article.document}"
    return f"{BASE}article/{_digest(key)[:24]}"


def division_path(division: str) -> str:
    """`ocd-division/country:us/state:ga/cd:6` -> `us/ga/cd-6`."""
    parts = division.removeprefix("ocd-division/").split("/")
    return "/".join(name_key(p.split(":", 1)[-1]) if p.startswith(("country:", "state:"))
                    else name_key(p.replace(":", "-")) for p in parts if p)


def entity_iri(entity: Entity) -> str:
    """An entity's IRI from its identity fields (see `Entity`)."""
    kind = ENTITY_PATHS.get(entity.type, "thing")
    contest = contest_of(entity)
    if contest is not None:
        date = round_date(entity)
        return contest_iri(contest) + (f"/{date}" if date else "")
    if entity.type == "Election" and entity.division:
        # A full date pins the vote (a primary and a runoff fall on different days), so the
        # stage joins the key only when the date is a year or missing: an article that does not
        # name the round then still lands on the same node as one that does.
        parts = [division_path(entity.division), entity.date or "undated"]
        if not entity.date or len(entity.date) < 10:
            parts.append(entity.stage or "any-stage")
        if entity.office:
            parts.append(name_key(entity.office))
        return f"{BASE}{kind}/" + "/".join(parts)
    if entity.wikidata:
        return f"{BASE}{kind}/{entity.wikidata}"
    return f"{BASE}{kind}/{name_key(entity.label)}"


def contest_iri(contest: Contest) -> str:
    """`…/election/us/ga/cd-6/2017/special`; a round adds its date (`…/special/2017-06-20`)."""
    parts = [division_path(contest.division), contest.year, contest.kind]
    if contest.office:
        parts.append(name_key(contest.office))
    return f"{BASE}election/" + "/".join(parts)


def wikidata_iri(qid: str) -> str:
    return WIKIDATA_ENTITY + qid.rsplit("/", 1)[-1]


def fact_iri(
    article_id: str,
    relation: str,
    subject_id: str,
    object_id: str | None,
    value: object,
    evidence: tuple[Evidence, ...],
) -> str:
    spans = ",".join(f"{e.start}-{e.end}" for e in evidence)
    return f"{BASE}fact/{_digest(article_id, relation, subject_id, object_id, value, spans)[:32]}"


def evidence_iri(fact_id: str, evidence: Evidence) -> str:
    return f"{fact_id}/evidence/{evidence.start}-{evidence.end}"
