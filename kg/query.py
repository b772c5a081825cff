"""SPARQL over the store: named queries from queries/, updates, bound parameters, result
formatting.

Query parameters are bound with pyoxigraph `substitutions`, never pasted into the query text;
update parameters (pyoxigraph has no substitutions for updates) replace their variable tokens
with terms Oxigraph writes itself (`kg.sparql.substitute`).

Named queries find what a parameter names through the query index (kg.index): a
`BIND(… AS ?key)` computes the lookup key in SPARQL exactly as `kg.index.search_key` does, and
`LATERAL` joins run on it, so a query reads only the articles that name what it asks for.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg import sparql as sparql_text
from kg.errors import (
    QueryError,
    UnknownParameterError,
    UnknownPrefixError,
    UnknownQueryError,
    WrongQueryKindError,
)
from kg.prefixes import PREFIXES
from kg.resources import package_dir

QUERIES_DIR = package_dir("queries")
SOLUTION_FORMATS = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
}
GRAPH_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
}
_HEADER = re.compile(r"^#\s?(.*)$")
_IRI = re.compile(r"^(?:https?|urn|ftp|file|mailto):\S+$")


@dataclass(frozen=True)
class NamedQuery:
    """A query file and what its header comment says about it."""

    name: str
    path: Path
    summary: str
    parameters: tuple[str, ...]
    example: str
    text: str


def _parse_header(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    summary, example, params = "", "", []
    for line in text.splitlines():
        match = _HEADER.match(line)
        if not match:
            break
        body = match.group(1).strip()
        lower = body.lower()
        if lower.startswith("param"):
            params.append(body.split(":", 1)[1].strip())
        elif lower.startswith("example:"):
            example = body.split(":", 1)[1].strip()
        elif body and not summary:
            summary = body
    return NamedQuery(path.stem, path, summary, tuple(params), example, text)


def named_queries(folder: Path = QUERIES_DIR) -> list[NamedQuery]:
    return [_parse_header(p) for p in sorted(folder.glob("*.rq"))]


def named_query(name: str, folder: Path = QUERIES_DIR) -> NamedQuery:
    path = folder / f"{name.removesuffix('.rq')}.rq"
    if not path.is_file():
        known = ", ".join(q.name for q in named_queries(folder)) or "none"
        raise UnknownQueryError(f"no named query {name!r} (known: {known})")
    return _parse_header(path)


def parameter_term(value: str) -> ox.NamedNode | ox.Literal:
    """An absolute IRI (or `<iri>`) binds as an IRI; anything else as a plain string."""
    candidate = value[1:-1] if value.startswith("<") and value.endswith(">") else value
    if candidate is not value or _IRI.match(value):
        try:
            return ox.NamedNode(candidate)
        except ValueError:  # not a valid IRI after all ("http://x>}"): bind the text
            pass
    return ox.Literal(value)


def run_query(
    store: ox.Store, sparql: str, *, params: Mapping[str, str] | None = None
) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    """Run SPARQL over the union of named graphs with `params` bound as `?NAME`."""
    if sparql_text.is_update(sparql):
        raise WrongQueryKindError(
            f"this is a SPARQL update ({sparql_text.operation(sparql)}), not a query: "
            "run it with `kg update`")
    params = dict(params or {})
    _check_parameters(sparql, params)
    substitutions: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {
        ox.Variable(k): parameter_term(v) for k, v in params.items()}
    try:
        return store.query(
            sparql,
            use_default_graph_as_union=True,
            substitutions=substitutions,
            prefixes=PREFIXES,
        )
    except SyntaxError as err:
        raise _syntax_error(sparql, err) from err
    except RuntimeError as err:  # e.g. a parameter the query does not project
        unbound = _NOT_PROJECTED.search(str(err))
        if unbound:
            name = unbound.group(1)
            raise UnknownParameterError(
                f"-p {name}: ?{name} is in the query but not in its SELECT clause, and only "
                f"selected variables can be bound: add ?{name} to the SELECT clause") from err
        raise QueryError(f"query failed: {_clip(str(err), 160)}") from err
    except (OSError, ValueError, TypeError) as err:
        raise QueryError(f"query failed: {' '.join(str(err).split())}") from err


def run_update(store: ox.Store, sparql: str, *, params: Mapping[str, str] | None = None) -> None:
    """Run a SPARQL update (one transaction) with `params` bound as `?NAME`.

    Unlike queries, an update sees the store's own default graph, not the union: reach article
    graphs with `GRAPH ?g { … }`.
    """
    params = dict(params or {})
    check_update(sparql, params=params)
    bound = sparql_text.substitute(sparql, {k: parameter_term(v) for k, v in params.items()})
    try:
        store.update(bound, prefixes=PREFIXES)
    except SyntaxError as err:
        raise _syntax_error(sparql, err) from err
    except (OSError, RuntimeError, ValueError, TypeError) as err:
        raise QueryError(f"update failed: {_clip(str(err), 160)}") from err


def check_update(sparql: str, *, params: Mapping[str, str] | None = None) -> None:
    """Raise the one-line error for a query given as an update or an unknown parameter; cheap,
    so callers check before they take the store's write lock."""
    if sparql_text.is_update(sparql) is False:
        raise WrongQueryKindError(
            f"this is a SPARQL query ({sparql_text.operation(sparql)}), not an update: "
            "run it with `kg query`")
    if sparql_text.is_update(sparql) is None and _is_query_name(sparql):
        raise WrongQueryKindError(f"{sparql.strip()!r} is a named query, not an update: run it "
                                  f"with `kg query {sparql.strip()}`")
    _check_parameters(sparql, params or {})


_NOT_PROJECTED = re.compile(r"does not contains? variable \?(\w+)")


def _is_query_name(text: str) -> bool:
    name = text.strip()
    return bool(name) and not any(c.isspace() or c in "{}" for c in name) and any(
        q.name == name.removesuffix(".rq") for q in named_queries())


def _check_parameters(sparql: str, params: Mapping[str, str]) -> None:
    """Every `-p NAME` names a variable of the query; else say which variables it has."""
    known = sparql_text.variables(sparql)
    for name in params:
        if name not in known:
            has = ", ".join(f"?{v}" for v in known) if known else "none"
            raise UnknownParameterError(
                f"-p {name}: the query has no variable ?{name} (its variables: {has}); "
                "-p NAME VALUE binds ?NAME")


def _syntax_error(sparql: str, err: SyntaxError) -> QueryError:
    """A one-line parse error; an unknown prefix says which are predefined and how to declare."""
    unknown = sparql_text.undeclared_prefixes(sparql, PREFIXES)
    if unknown:
        first = unknown[0]
        predefined = " ".join(f"{p}:" for p in PREFIXES)
        return UnknownPrefixError(
            f"unknown prefix {first}: (predefined: {predefined}); declare it at the top of the "
            f"query: PREFIX {first}: <http://example.org/your-namespace#>")
    return QueryError(f"SPARQL syntax {_clip(str(err), 160)}")


def format_result(
    result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, fmt: str
) -> bytes:
    """Serialise a result; `table` is a plain aligned text table for people."""
    if isinstance(result, ox.QueryBoolean):
        if fmt in SOLUTION_FORMATS:
            return result.serialize(format=SOLUTION_FORMATS[fmt]) or b""
        return (b"true" if bool(result) else b"false") + b"\n"
    if isinstance(result, ox.QueryTriples):
        graph_fmt = GRAPH_FORMATS.get(fmt, ox.RdfFormat.TURTLE if fmt == "table" else None)
        if graph_fmt is None:
            choices = ", ".join(GRAPH_FORMATS)
            raise QueryError(f"--format {fmt} is for SELECT/ASK; use one of {choices}")
        if graph_fmt == ox.RdfFormat.N_QUADS:
            graph_fmt = ox.RdfFormat.N_TRIPLES  # CONSTRUCT gives triples; N-Triples is N-Quads
        return result.serialize(format=graph_fmt) or b""
    if fmt == "table":
        return solutions_table(result).encode("utf-8")
    if fmt not in SOLUTION_FORMATS:
        raise QueryError(f"--format {fmt} is for CONSTRUCT; use table, csv, tsv, json or xml")
    return result.serialize(format=SOLUTION_FORMATS[fmt]) or b""


def term_text(term: object) -> str:
    """How a term reads in a table: IRIs bare, literals by value."""
    if term is None:
        return ""
    if isinstance(term, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return term.value
    return str(term)


def solutions_table(solutions: ox.QuerySolutions, *, max_width: int = 80) -> str:
    names = [v.value for v in solutions.variables]
    rows = [[_clip(term_text(row[i]), max_width) for i in range(len(names))] for row in solutions]
    widths = [max([len(n), *(len(r[i]) for r in rows)]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
