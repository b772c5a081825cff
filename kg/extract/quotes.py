"""quote (unscored): who said what — `“…,” Handel said`, `Ossoff told USA Today`."""

from __future__ import annotations

import re

from kg.extract.statements import ArticleContext, P
from kg.model import Fact

EXTRACTOR = "kg.extract.quotes.v1"
_QUOTE = r"[\"“](?P<q>[^\"”]{12,400})[,.!?]?[\"”]"
_SAID_AFTER = re.compile(
    rf"{_QUOTE},? {P} (?:said|says|told|added|wrote|tweeted|declared)\b"
)
_SAID_BEFORE = re.compile(
    rf"{P} (?:said|says|told [A-Z][\w ]+?|added|wrote|tweeted)(?: that)?,? {_QUOTE}"
)


def extract(ctx: ArticleContext) -> list[Fact]:
    out: list[Fact] = []
    for st in ctx.statements:
        for pat in (_SAID_AFTER, _SAID_BEFORE):
            for m in pat.finditer(st.masked):
                quote = m.group("q")
                if "⟨" in quote or "⟪" in quote:
                    continue
                who = next(g for g in m.groups()[1:] if g and g.isdigit()) if pat is _SAID_AFTER \
                    else m.group(1)
                out.append(ctx.fact("quote", ctx.person(who), None, [st], 0.7, EXTRACTOR,
                                    value=quote.strip()))
    return out
