"""Offices the candidate generator proposes carry their jurisdiction (kg.extract.candidates)."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.extract.candidates import Generator, office_entity
from kg.extract.gazetteer import load
from kg.model import Article


@pytest.mark.parametrize("text, title, holder, date, label", [
    ("Ohio Gov. John Kasich spoke.", "Gov.", None, None, "Governor of Ohio"),
    ("Ken Cuccinelli, the attorney general of Virginia, sued.", "attorney general", None, None,
     "Attorney General of Virginia"),
    ("Sen. Ted Cruz campaigned in Iowa.", "Sen.", "Ted Cruz", "2016-01-30",
     "U.S. Senator from Texas"),
    ("Rep. Darrell Issa held a hearing.", "Rep.", "Darrell Issa", "2012-06-20",
     "U.S. Representative for California's 49th congressional district"),
    ("Attorney General Eric Holder testified.", "Attorney General", "Eric Holder", None,
     "Attorney General"),
    ("Sen. Ted Cruz campaigned in Iowa.", "Sen.", "Ted Cruz", "2009-01-30", "Senator"),
])
def test_office_with_its_jurisdiction(text: str, title: str, holder: str | None,
                                      date: str | None, label: str) -> None:
    start = text.index(title)
    known = load().lookup(holder) if holder else None
    assert office_entity(title, text, start, start + len(title), known, date).label == label


def test_a_seat_up_that_year_is_proposed_from_the_record(extractor: Extractor) -> None:
    """A statement about a senator in the year their seat is up proposes that seat's race
    from the record, though the statement names no race; the classifier weighs it by what the
    statement says."""
    text = "Sen. Claire McCaskill spoke to farmers in Sedalia on Monday about trade."
    article = Article(text=text, document="t.txt", origin="t.txt", date="2018-08-06")
    analysed = extractor.analyse(article)
    assert analysed is not None
    ctx, facts = analysed
    proposed = [c for c in Generator(())(ctx, facts)
                if c.fact.relation == "candidacy" and "scope:record" in c.features]
    assert [(c.fact.subject.label, c.fact.object.division, c.fact.object.date)
            for c in proposed] == [("Claire McCaskill", "ocd-division/country:us/state:mo",
                                    "2018-11-06")]
    assert {"rec:seat_up", "rec_office_named"} <= proposed[0].features
    assert "rec_state_named" not in proposed[0].features


def test_a_state_that_qualifies_an_office_is_no_primary(extractor: Extractor) -> None:
    """"Minnesota Senator Amy Klobuchar", "the former mayor of South Bend, Indiana": where a
    candidate holds (or held) office, not a state whose primary the statement is about."""
    text = ("Pete Buttigieg, the former mayor of South Bend, Indiana, won narrowly in Iowa's "
            "caucuses until a surge by Minnesota Senator Amy Klobuchar in New Hampshire's "
            "primary.")
    article = Article(text=text, document="t.txt", origin="t.txt", date="2020-02-12")
    analysed = extractor.analyse(article)
    assert analysed is not None
    ctx, facts = analysed
    divisions = {c.fact.object.division for c in Generator(())(ctx, facts)
                 if c.fact.relation == "candidacy"}
    assert "ocd-division/country:us/state:nh" in divisions
    assert not {"ocd-division/country:us/state:mn",
                "ocd-division/country:us/state:in"} & divisions


def test_a_record_seat_says_what_title_the_statement_gives(extractor: Extractor) -> None:
    """The seat the record gives is described by the title right before the name (gold names
    the seat beside "Minority Leader" only sometimes) and by a title of that seat's kind in
    the statement ("the Florida senator")."""
    text = ("Minority Leader Nancy Pelosi, D-Calif., tweeted a CNN story. Marco Rubio spoke "
            "on Monday, and the Florida senator was applauded.")
    article = Article(text=text, document="t.txt", origin="t.txt", date="2018-06-25")
    analysed = extractor.analyse(article)
    assert analysed is not None
    ctx, facts = analysed
    seats = {c.fact.subject.label: c.features for c in Generator(())(ctx, facts)
             if c.fact.relation == "holds_office" and "record_seat" in c.features}
    assert "record_titled:minority leader" in seats["Nancy Pelosi"]
    assert "record_title_in_stmt" not in seats["Nancy Pelosi"]
    assert "record_title_in_stmt" in seats["Marco Rubio"]


def test_a_record_seat_titled_by_the_next_statement(extractor: Extractor) -> None:
    """"Marco Rubio spoke. The Florida senator was applauded.": the title of the statement
    after, which names no one, describes the seat of the person named before."""
    text = "Marco Rubio spoke in Iowa on Monday. The Florida senator was applauded."
    article = Article(text=text, document="t.txt", origin="t.txt", date="2016-01-25")
    analysed = extractor.analyse(article)
    assert analysed is not None
    ctx, facts = analysed
    seats = [c.features for c in Generator(())(ctx, facts)
             if c.fact.relation == "holds_office" and "record_seat" in c.features]
    assert seats and all("record_title_next_stmt" in f for f in seats)
