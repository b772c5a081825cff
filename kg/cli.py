"""The `kg` command: parses options, calls the library, prints. No logic lives here."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from kg import __version__
from kg.config import DEFAULT_LOCATION, LOCATION_ENV
from kg.errors import KgError

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class KgGroup(click.Group):
    """Turns every KgError into `Error: <one line>` and a non-zero exit, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KgError as err:
            raise click.ClickException(str(err)) from err


def location_option(func: Any) -> Any:
    return click.option(
        "-l",
        "--location",
        type=click.Path(file_okay=False, path_type=Path),
        envvar=LOCATION_ENV,
        default=DEFAULT_LOCATION,
        show_default=True,
        help=f"Store folder (also ${LOCATION_ENV}).",
    )(func)


@click.group(cls=KgGroup, context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "-V", "--version")
def cli() -> None:
    """Turn political news into an evidence-backed knowledge graph of elections.

    Every fact carries the article, the exact sentence and offsets that state it, and a
    confidence. The graph lives in an on-disk Oxigraph store, one named graph per article.
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@location_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown", "json", "jsonl", "html"]),
    help="Force the input format (default: from the extension; sniffed for `-`).",
)
@click.option("-q", "--quiet", is_flag=True, help="Print only errors and the summary.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Extract on N processes (one writer).")
@click.option("--scheduler", metavar="ADDRESS",
              help="Extract on a dask.distributed cluster (e.g. tcp://host:8786).")
def ingest(
    paths: tuple[str, ...],
    location: Path,
    fmt: str | None,
    quiet: bool,
    jobs: int,
    scheduler: str | None,
) -> None:
    """Read articles (files, folders, `-` for stdin) and store their facts.

    Unchanged articles are skipped; a changed article replaces its graph atomically. An
    unreadable file or record is reported as `file:line: reason` and the rest still goes in;
    the exit status is then 1.
    """
    from kg.ingest import ingest as run_ingest
    from kg.ingest import read_items
    from kg.store import open_store

    items = read_items(paths, format=fmt, stdin=sys.stdin)
    with open_store(location) as store:
        with click.progressbar(
            length=0, label="ingesting", file=sys.stderr, hidden=quiet or not sys.stderr.isatty()
        ) as bar:
            report = run_ingest(
                store, items, jobs=jobs, scheduler=scheduler, on_article=lambda _: bar.update(1)
            )
    for error in report.errors:
        click.echo(f"Error: {error}", err=True)
    click.echo(report.summary(), err=True)
    if report.errors:
        sys.exit(1)


@cli.command()
@click.argument("query_text", metavar="QUERY", required=False)
@click.option("-f", "--file", "query_file", type=click.File("r", encoding="utf-8"),
              help="Read the query from a file (`-` for stdin).")
@click.option("-p", "--param", "params", type=(str, str), multiple=True, metavar="NAME VALUE",
              help="Bind ?NAME to VALUE (an IRI if it looks like one, else a string).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json", "xml", "ttl", "nt", "nq", "jsonld"]),
    default="table",
    show_default=True,
    help="table/csv/tsv/json/xml for SELECT and ASK; ttl/nt/nq/jsonld/xml for CONSTRUCT.",
)
@location_option
def query(
    query_text: str | None,
    query_file: Any,
    params: tuple[tuple[str, str], ...],
    fmt: str,
    location: Path,
) -> None:
    """Run SPARQL over the union of all article graphs.

    QUERY is SPARQL text, `-` for stdin, or the name of a query in queries/ (see `kg queries`).
    The store is opened read-only, so queries can run while another process ingests.

    Example: kg query candidates -p election "Georgia's 6th congressional district"
    """
    from kg.query import format_result, named_query, run_query
    from kg.store import open_store

    if query_file is not None:
        sparql = query_file.read()
    elif query_text == "-":
        sparql = sys.stdin.read()
    elif query_text is None:
        raise click.UsageError("give a QUERY, a query name or -f FILE")
    elif any(c in query_text for c in "{ \n"):
        sparql = query_text
    else:
        sparql = named_query(query_text).text
    with open_store(location, read_only=True) as store:
        result = run_query(store, sparql, params=dict(params))
        sys.stdout.buffer.write(format_result(result, fmt))


@cli.command()
def queries() -> None:
    """List the named queries in queries/ with their parameters and an example."""
    from kg.query import named_queries

    for q in named_queries():
        click.echo(click.style(q.name, bold=True) + f"  {q.summary}")
        for param in q.parameters:
            click.echo(f"    -p {param}")
        if q.example:
            click.echo(f"    e.g. {q.example}")


@cli.command()
@location_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl",
              show_default=True)
@click.option("--relation", "relations", multiple=True, help="Only these relations (repeatable).")
@click.option("--graph", help="Only the facts of one article graph (its IRI).")
def facts(location: Path, fmt: str, relations: tuple[str, ...], graph: str | None) -> None:
    """Print every fact with its evidence, in the Facts JSON Lines shape (FACTS.md)."""
    from kg.facts import format_fact_table, iter_fact_records
    from kg.store import open_store

    with open_store(location, read_only=True) as store:
        records = iter_fact_records(store, graph=graph, relations=relations or None)
        if fmt == "table":
            click.echo(format_fact_table(list(records)), nl=False)
            return
        out = sys.stdout
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


@cli.command()
@location_option
def stats(location: Path) -> None:
    """Count articles, entities by type, facts by relation and quads."""
    from kg.stats import format_stats, store_stats
    from kg.store import open_store

    with open_store(location, read_only=True) as store:
        click.echo(format_stats(store_stats(store)), nl=False)


@cli.command()
@location_option
def validate(location: Path) -> None:
    """Check the store against the ontology's SHACL shapes; exit 1 on any violation."""
    from kg.errors import ValidationFailedError
    from kg.store import open_store
    from kg.validate import validate_store

    with open_store(location, read_only=True) as store:
        report = validate_store(store)
    for line in report.violations:
        click.echo(line)
    for line in report.warnings:
        click.echo(f"warning: {line}")
    if not report.conforms:
        raise ValidationFailedError(f"{len(report.violations)} SHACL violation(s)")
    click.echo("store conforms to the shapes")


@cli.command()
@click.argument("name")
@location_option
def show(name: str, location: Path) -> None:
    """Print an entity (name, alias, QID or IRI) with its facts, evidence and merge reasons."""
    from kg.errors import KgError as NotFound
    from kg.show import describe_entity, format_entity_report
    from kg.store import open_store

    with open_store(location, read_only=True) as store:
        reports = describe_entity(store, name)
    if not reports:
        raise NotFound(f"no entity named {name!r} in the store")
    click.echo("\n".join(format_entity_report(r) for r in reports), nl=False)


@cli.group()
def export() -> None:
    """Export the graph: an offline HTML page, graph files, or RDF dumps."""


def main() -> None:
    cli(prog_name="kg")


if __name__ == "__main__":
    main()
