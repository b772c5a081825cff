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
