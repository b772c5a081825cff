"""SPARQL text as tokens: whether it is a query or an update, its variables and prefixes.

Enough lexing to give useful messages (strings, IRIs and comments are skipped whole) and to
bind parameters of an update token by token; parsing stays with Oxigraph.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

import pyoxigraph as ox

QUERY_FORMS = ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")
UPDATE_FORMS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD",
                "WITH")
_PROLOGUE = ("PREFIX", "BASE", "VERSION")
_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<comment>\#[^\n]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
              |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00b7]+)
  | (?P<bnode>_:[\w.\-]*)
  | (?P<pname>(?:[^\W\d_][\w.\-]*)?:(?:[\w\-:%\\]|\.(?=[\w\-:%]))*)
  | (?P<word>[^\W\d][\w\-]*)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple


@dataclass(frozen=True)
class Token:
    kind: str
    text: str


def tokens(sparql: str) -> list[Token]:
    """The tokens of `sparql`, whitespace and comments included, so that they join back to it."""
    return [Token(str(m.lastgroup), m.group()) for m in _TOKEN.finditer(sparql)]


def _significant(sparql: str) -> list[Token]:
    return [t for t in tokens(sparql) if t.kind not in ("space", "comment")]


def operation(sparql: str) -> str | None:
    """The first keyword after the prologue (`SELECT`, `INSERT`…), upper-cased, or None."""
    skip = 0
    for token in _significant(sparql):
        if skip:
            skip -= 1
            continue
        word = token.text.upper()
        if token.kind == "word" and word in _PROLOGUE:
            skip = 2 if word == "PREFIX" else 1
            continue
        return word if token.kind == "word" else None
    return None


def is_update(sparql: str) -> bool | None:
    """True for an update, False for a query, None when the text says neither."""
    word = operation(sparql)
    if word in QUERY_FORMS:
        return False
    if word in UPDATE_FORMS:
        return True
    return None


def variables(sparql: str) -> list[str]:
    """The names of the variables `sparql` mentions, in order of first mention."""
    return list(dict.fromkeys(t.text[1:] for t in _significant(sparql) if t.kind == "var"))


def undeclared_prefixes(sparql: str, predefined: Mapping[str, str]) -> list[str]:
    """Prefixes used in prefixed names that neither `predefined` nor a PREFIX line declares."""
    found = _significant(sparql)
    declared = {found[i + 1].text[:-1] for i, t in enumerate(found[:-1])
                if t.kind == "word" and t.text.upper() == "PREFIX" and found[i + 1].kind == "pname"}
    used = (t.text.split(":", 1)[0] for t in found if t.kind == "pname")
    return list(dict.fromkeys(p for p in used if p not in declared and p not in predefined))


def substitute(sparql: str, terms: Mapping[str, Term]) -> str:
    """`sparql` with each variable named in `terms` replaced by its term, written by Oxigraph
    (N-Triples syntax, every quote and backslash escaped): SEP-0007 substitution for updates,
    which pyoxigraph binds for queries only. The value never passes through as raw text."""
    return "".join(
        str(terms[t.text[1:]]) if t.kind == "var" and t.text[1:] in terms else t.text
        for t in tokens(sparql)
    )
