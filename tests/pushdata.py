"""A real store to push: the seeds plus the first corpus articles, built with `kg.ingest`.

While the NLP extractor is not importable, a small stand-in makes a candidacy and a poll fact
per article (names, decimals, dates, evidence), so the graphs have the contract's shape.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from kg.build import article_quads
from kg.ingest import ingest
from kg.iri import article_iri
from kg.model import Article, Entity, Evidence, Fact
from kg.readers import iter_articles
from kg.store import ArticleGraph, open_store

DATA = Path("/work/shared/data")
SEEDS = DATA / "seeds"
ARTICLES = DATA / "corpus" / "articles" / "articles.jsonl"
NAME = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")


def stand_in_graph(article: Article) -> ArticleGraph:
    """Two facts about the first capitalised name pair in the text (or none without one)."""
    facts: list[Fact] = []
    found = NAME.search(article.text)
    if found:
        person = Entity(type="Person", label=found.group(0))
        election = Entity(type="Election", label="United States presidential election",
                          division="ocd-division/country:us", date=(article.date or "2016")[:4],
                          stage="general", office="President of the United States")
        evidence = (Evidence(found.start(), found.end(), found.group(0)),)
        facts = [
            Fact("candidacy", person, election, evidence, 0.75, "tests.stand_in.v1"),
            Fact("poll", person, election, evidence, 0.5, "tests.stand_in.v1", value=42.5,
                 attributes=(("pollster", Entity(type="Organization", label="Gallup")),)),
        ]
    return ArticleGraph(article_iri(article), article.content_hash, article_quads(article, facts))


def real_extractor_available() -> bool:
    try:
        from kg.extract import Extractor  # noqa: F401
    except ImportError:
        return False
    return True


def build_store(folder: Path, *, articles: int = 300) -> Path:
    """Ingest the seeds and the first `articles` corpus records into a store under `folder`."""
    corpus = folder / "articles.jsonl"
    with ARTICLES.open(encoding="utf-8") as src, corpus.open("w", encoding="utf-8") as out:
        for _, line in zip(range(articles), src, strict=False):
            out.write(line)
    seeds = folder / "seeds"
    shutil.copytree(SEEDS, seeds)
    location = folder / "store"
    process = None if real_extractor_available() else stand_in_graph
    with open_store(location) as store:
        report = ingest(store, iter_articles([str(seeds), str(corpus)]), process=process)
    assert not report.errors, report.errors
    return location
