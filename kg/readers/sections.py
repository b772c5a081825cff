"""Texts too long for one article (spaCy's 1,000,000-character limit) split into sections.

Each section is an article of its own (`document#part-N`) whose text is a slice of the whole,
cut at a paragraph break where there is one, so evidence offsets index the section's text.
"""

from __future__ import annotations

import dataclasses

from kg.errors import InputError, InputWarning
from kg.model import Article
from kg.readers.layout import read_sections

MAX_ARTICLE_CHARS = 1_000_000
# Beyond this a text is not news but hostile input (a 50 MB line): refused, not split.
MAX_SPLIT_CHARS = 10_000_000
# Cut no earlier than this share of a section, so sections stay close to the limit.
_EARLIEST_CUT = 0.5
# Preferred places to cut, best first; each cut falls just after its separator.
_SEPARATORS = ("\n\n", "\n", ". ", " ")


def split_article(
    article: Article, *, max_chars: int = MAX_ARTICLE_CHARS, max_total: int = MAX_SPLIT_CHARS
) -> tuple[Article, ...] | InputError:
    """`article` itself when short enough, else its sections (blank ones dropped), the first
    carrying a warning that says how it was split; an `InputError` beyond `max_total`."""
    size = len(article.text)
    if size <= max_chars:
        return (article,)
    if size > max_total:
        return InputError(article.origin, f"article too long ({size:,} characters; texts of up "
                                          f"to {max_total:,} are split into sections, longer "
                                          "ones are refused)")
    bounds = [(start, end) for start, end in section_bounds(article.text, max_chars)
              if article.text[start:end].strip()]
    count = len(bounds)
    first, last = f"{article.document}#part-1", f"{article.document}#part-{count}"
    note = InputWarning(article.origin, f"{size:,} characters, over the {max_chars:,} limit: "
                                        f"stored as {count} sections, {first} to {last} "
                                        "(offsets index each section's own text)")
    return tuple(
        dataclasses.replace(
            article,
            text=article.text[start:end],
            document=f"{article.document}#part-{number}",
            origin=f"{article.origin} (part {number} of {count})",
            title=f"{article.title} (part {number} of {count})" if article.title else None,
            part=number,
            sections=read_sections(article.text[start:end], article.date),
            warnings=(*article.warnings, note) if number == 1 else article.warnings,
        )
        for number, (start, end) in enumerate(bounds, 1)
    )


def section_bounds(text: str, max_chars: int) -> list[tuple[int, int]]:
    """(start, end) of consecutive sections of at most `max_chars` that cover `text` exactly."""
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > max_chars:
        end = _cut(text, start, start + max_chars)
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def _cut(text: str, start: int, limit: int) -> int:
    earliest = start + int((limit - start) * _EARLIEST_CUT)
    for separator in _SEPARATORS:
        found = text.rfind(separator, earliest, limit - len(separator) + 1)
        if found >= 0:
            return found + len(separator)
    return limit
