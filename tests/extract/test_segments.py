"""The statements an article is cut into, with their sections and dates (kg.extract.segments)."""

from __future__ import annotations

from kg.extract import segments


def test_current_events_sections() -> None:
    text = (
        "### [2017-06-20](/news/2017/06/20/index.md)\n\n# Handel wins. \n\n### Source:\n\n"
        "1. [Reuters](http://example.com/x)\n\n### Related:\n\n"
        "1. [Ryan plans to campaign for Handel. ](/news/2017/04/20/x.md) _Context: Karen Handel_\n"
    )
    units = segments.split(text, None)
    kinds = [(u.section, u.text, u.date) for u in units]
    assert ("headline", "Handel wins.", "2017-06-20") in kinds
    assert ("related", "Ryan plans to campaign for Handel.", "2017-04-20") in kinds
    assert all("Reuters" not in u.text for u in units)
    for u in units:
        assert text[u.start : u.end] == u.text


def test_a_name_card_glued_to_its_first_headline() -> None:
    """The Hill's card without hover text: the full name ends where the surname runs into the
    first headline; its bearer goes by the nickname in brackets, else the shown first name."""
    text = ("Vice President Mike Pence Michael (Mike) Richard PenceTop Pence adviser was on the "
            "call said on Monday. DNC chairman Tom Perez Thomas Edward PerezSanders campaign "
            "says it will ask for a recanvass praised volunteers.")
    names = [(text[s:e], called) for s, e, called in segments.name_card_names(text)]
    assert names == [("Michael (Mike) Richard Pence", "Mike Pence"),
                     ("Thomas Edward Perez", "Tom Perez")]
    assert segments.name_card_cuts(text)[:2] == (text.index(" Michael"),
                                                 text.index("Top Pence"))
