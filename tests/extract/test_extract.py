"""The extractor (kg.extract.Extractor) as a whole: on the bundled seed articles (the seed facts,
one node per person, exact spans), on hostile files, and on small texts of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import Extractor, classifier
from kg.iri import entity_iri
from kg.model import Fact
from kg.readers import iter_articles
from tests.extract.small_texts import rel, run

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "articles"


def _extract_seeds(extractor: Extractor) -> dict[str, list[Fact]]:
    out: dict[str, list[Fact]] = {}
    for article in iter_articles([str(SEEDS)]):
        assert not isinstance(article, Exception)
        facts = extractor.extract(article)
        for f in facts:
            for e in f.evidence:
                assert article.text[e.start : e.end] == e.text
        out[article.document] = facts
    return out


@pytest.fixture(scope="session")
def seed_facts() -> dict[str, list[Fact]]:
    """What kg stores: rule proposals and candidates, judged by the trained classifier."""
    return _extract_seeds(Extractor())


@pytest.fixture(scope="session")
def rule_facts() -> dict[str, list[Fact]]:
    """What the relation rules alone propose."""
    return _extract_seeds(Extractor(learned=False))


def _has(facts: list[Fact], relation: str, subject: str, obj: str, value: object = None) -> bool:
    for f in facts:
        if f.relation != relation or f.subject.label != subject or f.object is None:
            continue
        target = f.object.division if f.object.type == "Election" else f.object.label
        if target == obj and (value is None or f.value == value):
            return True
    return False


GA6 = "ocd-division/country:us/state:ga/cd:6"


def test_seed_facts_kept_by_the_classifier(seed_facts: dict[str, list[Fact]]) -> None:
    """The quickstart's promise: Ossoff and Handel ran in the 2017 GA-6 race, Handel won."""
    everything = [f for facts in seed_facts.values() for f in facts]
    for facts in seed_facts.values():
        assert _has(facts, "candidacy", "Karen Handel", GA6)
        assert _has(facts, "candidacy", "Jon Ossoff", GA6)
    assert _has(everything, "won", "Karen Handel", GA6)
    assert not _has(everything, "won", "Jon Ossoff", GA6)
    assert not _has(everything, "lost", "Karen Handel", GA6)
    assert _has(everything, "party", "Jon Ossoff", "Democratic Party")
    assert _has(everything, "party", "Karen Handel", "Republican Party")
    model = classifier.load()
    for f in everything:  # the model decides what it learned; the rules decide the rest
        assert 0.5 <= f.confidence < 1.0
        assert ("@model-" in f.extractor) == model.learned(f.relation), f


def test_seed_facts_proposed_by_the_rules(rule_facts: dict[str, list[Fact]]) -> None:
    a = rule_facts["000_3b53e3438b27af4f.txt"]
    b = rule_facts["001_decd0acf880a9682.txt"]
    c = rule_facts["002_37adf535b016b979.txt"]
    for facts in (a, b, c):
        assert _has(facts, "candidacy", "Karen Handel", GA6)
        assert _has(facts, "candidacy", "Jon Ossoff", GA6)
        assert _has(facts, "party", "Jon Ossoff", "Democratic Party")
        assert _has(facts, "party", "Karen Handel", "Republican Party")
    assert _has(c, "won", "Karen Handel", GA6) and _has(c, "lost", "Jon Ossoff", GA6)
    assert _has(a, "endorsement", "Donald Trump", "Karen Handel")
    assert _has(a, "holds_office", "Tom Price",
                "U.S. Representative for Georgia's 6th congressional district")
    assert _has(a, "holds_office", "Tom Price", "Secretary of Health and Human Services")
    assert _has(b, "poll", "Karen Handel", GA6, 49.0) and _has(b, "poll", "Jon Ossoff", GA6, 48.0)
    assert _has(b, "funding", "Democratic National Committee", "Jon Ossoff", 2000000.0)


def test_one_node_per_person_across_seeds(seed_facts: dict[str, list[Fact]]) -> None:
    by_surname: dict[str, set[str]] = {}
    for facts in seed_facts.values():
        for f in facts:
            for e in (f.subject, f.object):
                if e is not None and e.type == "Person":
                    by_surname.setdefault(e.label.split()[-1], set()).add(entity_iri(e))
    assert by_surname["Handel"] == {entity_iri(next(
        f.subject for f in seed_facts["000_3b53e3438b27af4f.txt"]
        if f.subject.label == "Karen Handel"))}
    assert all(len(iris) == 1 for iris in by_surname.values()), by_surname


def test_surname_mentions_carry_merge_reasons(seed_facts: dict[str, list[Fact]]) -> None:
    handel = next(f.subject for f in seed_facts["001_decd0acf880a9682.txt"]
                  if f.subject.label == "Karen Handel")
    assert any("'Handel' → Karen Handel" in r for r in handel.merge_reasons)


HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile"


def test_odd_inputs_extract_without_error() -> None:
    """Every hostile file the readers accept extracts cleanly, with exact spans."""
    extractor = Extractor()
    read = 0
    for article in iter_articles([str(HOSTILE)]):
        if isinstance(article, Exception):
            continue
        read += 1
        for f in extractor.extract(article):
            assert all(article.text[e.start : e.end] == e.text for e in f.evidence)
            assert 0.0 < f.confidence <= 1.0
    assert read > 5


def test_no_facts_from_empty_or_odd_text(extractor: Extractor) -> None:
    assert run(extractor, "") == []
    assert run(extractor, "\n\n   \n") == []
    assert isinstance(run(extractor, "[](/x) ### ## # 1. [a](b) _Context: _"), list)


def test_contest_in_several_listed_states(extractor: Extractor) -> None:
    text = ("Voters in the US states of Oregon and Idaho go to the polls, with Mitt Romney "
            "winning the Republican primaries.")
    won = rel(extractor, text, "won", "2012-05-15")
    assert won == {("Mitt Romney", "2012 presidential primary in Oregon"),
                   ("Mitt Romney", "2012 presidential primary in Idaho")}
