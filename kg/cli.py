"""The `kg` command: parses options, calls the library, prints. No logic lives here."""

from __future__ import annotations

import json
import sys
import traceback
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
            # The frames keep an open store alive (and its lock held) while anyone holds the
            # exception, e.g. a test runner: drop their locals now.
            traceback.clear_frames(err.__traceback__)
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
@click.option("--encoding", metavar="NAME", callback=lambda _c, _p, v: _checked_encoding(v),
              help="Force the text encoding (utf-8, utf-16, cp1252, latin-1…); default: a BOM, "
                   "UTF-16, UTF-8, else a guessed code page (with a warning).")
@click.option("--field", "fields", metavar="SLOT=FIELD", multiple=True,
              help="Read a JSON slot (text, title, date, url, publisher, id) from another field, "
                   "e.g. text=article_body; repeatable.")
@click.option("-q", "--quiet", is_flag=True, help="Print only warnings, errors and the summary.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Extract on N processes (one writer).")
@click.option("--scheduler", metavar="ADDRESS",
              help="Extract on a dask.distributed cluster (e.g. tcp://host:8786).")
def ingest(
    paths: tuple[str, ...],
    location: Path,
    fmt: str | None,
    encoding: str | None,
    fields: tuple[str, ...],
    quiet: bool,
    jobs: int,
    scheduler: str | None,
) -> None:
    """Read articles (files, folders, `-` for stdin) and store their facts.

    Unchanged articles are skipped; a changed article replaces its graph atomically. An
    unreadable file or record is reported as `file:line: reason` and the rest still goes in;
    the exit status is then 1. What is stored but not as written (a date that does not parse,
    a guessed encoding, a text over 1,000,000 characters split into sections) is reported as
    `Warning: file:line: reason`.
    """
    from kg.ingest import ingest as run_ingest
    from kg.ingest import read_items
    from kg.readers import RECORD_FIELDS
    from kg.store import open_store

    try:
        record_fields = RECORD_FIELDS.mapped(fields)
    except ValueError as err:
        raise click.BadParameter(str(err), param_hint="'--field'") from None
    items = read_items(paths, format=fmt, stdin=sys.stdin, encoding=encoding,
                       fields=record_fields)
    with open_store(location, holder="kg ingest") as store:
        with click.progressbar(
            length=0, label="ingesting", file=sys.stderr, hidden=quiet or not sys.stderr.isatty()
        ) as bar:
            report = run_ingest(
                store, items, jobs=jobs, scheduler=scheduler, on_article=lambda _: bar.update(1)
            )
    for warning in report.warnings:
        click.echo(f"Warning: {warning}", err=True)
    for error in report.errors:
        click.echo(f"Error: {error}", err=True)
    click.echo(report.summary(), err=True)
    if report.errors:
        sys.exit(1)


def _checked_encoding(name: str | None) -> str | None:
    from kg.readers.decode import check_encoding

    try:
        return None if name is None else check_encoding(name)
    except ValueError as err:
        raise click.BadParameter(str(err), param_hint="'--encoding'") from None


param_option = click.option(
    "-p", "--param", "params", type=(str, str), multiple=True, metavar="NAME VALUE",
    help="Bind ?NAME to VALUE (an IRI if it looks like one, else a string).")


def _sparql_source(text: str | None, source_file: Any) -> str:
    """The SPARQL of QUERY / `-f FILE` / `-` (stdin); a bare name is a named query's text."""
    from kg.query import named_query

    if source_file is not None:
        return str(source_file.read())
    if text == "-":
        return sys.stdin.read()
    if text is None:
        raise click.UsageError("give a QUERY, a query name or -f FILE")
    if any(c in text for c in "{ \n"):
        return text
    return named_query(text).text


@cli.command()
@click.argument("query_text", metavar="QUERY", required=False)
@click.option("-f", "--file", "query_file", type=click.File("r", encoding="utf-8"),
              help="Read the query from a file (`-` for stdin).")
@param_option
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
    from kg.query import format_result, run_query
    from kg.store import open_store

    sparql = _sparql_source(query_text, query_file)
    with open_store(location, read_only=True) as store:
        result = run_query(store, sparql, params=dict(params))
        sys.stdout.buffer.write(format_result(result, fmt))


@cli.command()
@click.argument("update_text", metavar="UPDATE", required=False)
@click.option("-f", "--file", "update_file", type=click.File("r", encoding="utf-8"),
              help="Read the update from a file (`-` for stdin).")
@param_option
@location_option
def update(
    update_text: str | None,
    update_file: Any,
    params: tuple[tuple[str, str], ...],
    location: Path,
) -> None:
    """Run a SPARQL Update against the store, in one transaction.

    UPDATE is SPARQL Update text, or `-` for stdin. It takes the store's write lock, like
    `kg ingest`. Unlike `kg query`, it sees the store's own default graph, not the union of
    the article graphs: reach those with GRAPH ?g { … }.

    Example: kg update 'DELETE WHERE { GRAPH ?g { ?f kg:relation "quote" ; ?p ?o } }'
    """
    from kg.query import check_update, run_update
    from kg.store import open_store

    if update_text is None and update_file is None:
        raise click.UsageError("give an UPDATE or -f FILE")
    sparql = update_file.read() if update_file is not None else (
        sys.stdin.read() if update_text == "-" else str(update_text))
    check_update(sparql, params=dict(params))  # before taking the lock
    with open_store(location, holder="kg update") as store:
        before = len(store)
        run_update(store, sparql, params=dict(params))
        after = len(store)
    click.echo(f"updated {location}: {before} quads before, {after} after", err=True)


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


def subset_options(func: Any) -> Any:
    """The options that select part of the graph, shared by every graph export."""
    from kg.schema import relation_names

    day = click.DateTime(formats=["%Y-%m-%d"])
    for option in reversed([
        click.option("--election", "elections", multiple=True, metavar="NAME",
                     help="Only this election (label, IRI) and what is within --hops of it."),
        click.option("--entity", "entities", multiple=True, metavar="NAME",
                     help="Only this entity (label, alias, QID, IRI) and its neighbourhood."),
        click.option("--hops", type=click.IntRange(min=0), default=1, show_default=True,
                     help="Neighbourhood radius for --entity/--election."),
        click.option("--since", type=day, help="Only facts from articles dated on/after."),
        click.option("--until", type=day, help="Only facts from articles dated on/before."),
        click.option("--relation", "relations", multiple=True, type=click.Choice(relation_names()),
                     help="Only these relations (repeatable)."),
    ]):
        func = option(func)
    return func


def _subset(params: dict[str, Any]) -> Any:
    from kg.export.subgraph import Subset

    return Subset(
        entities=params["entities"], elections=params["elections"], hops=params["hops"],
        since=params["since"].date().isoformat() if params["since"] else None,
        until=params["until"].date().isoformat() if params["until"] else None,
        relations=params["relations"])


def _export_graph(location: Path, out: Path, fmt: str, style: str, params: dict[str, Any]) -> None:
    from kg.export.subgraph import count_facts
    from kg.export.write import export_store
    from kg.store import open_store

    with open_store(location, read_only=True) as store:
        with click.progressbar(length=count_facts(store), label=f"exporting {fmt}",
                               file=sys.stderr, hidden=not sys.stderr.isatty()) as bar:
            summary = export_store(store, out, fmt=fmt, style=style, subset=_subset(params),
                                   title=params.get("title") or "", on_fact=bar.update)
    click.echo(summary.line())


@export.command("html")
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@location_option
@subset_options
@click.option("--title", default="Election knowledge graph", show_default=True,
              help="Heading of the page.")
@click.option("--spokes/--no-spokes", default=None,
              help="Draw party and holds_office facts as edges to party and office nodes "
                   "(default: only for a graph small enough to draw whole).")
def export_html_command(out: Path, location: Path, **params: Any) -> None:
    """Write the graph as one offline HTML page.

    Up to 200 nodes the page draws the whole graph: nodes coloured and shaped by type, edges
    labelled by relation. A larger graph opens on an overview: contests as hubs by year and
    place with their leading candidates; click a contest to open all its candidates, results,
    polls and endorsements, a person for a timeline of their facts. Entities linked to no
    contest are listed beside it. Hover for the evidence sentence, article and confidence;
    search (exact names and the most connected first, with a pick list), and filter by type,
    relation and date. Counts on the page agree with `kg stats`.
    """
    from kg.export.html import export_html
    from kg.export.subgraph import build_graph, count_facts
    from kg.store import open_store

    with open_store(location, read_only=True) as store:
        with click.progressbar(length=count_facts(store), label="exporting html",
                               file=sys.stderr, hidden=not sys.stderr.isatty()) as bar:
            graph = build_graph(store, _subset(params), on_fact=bar.update)
    summary = export_html(graph, out, heading=params["title"] or "",
                          spokes=params.get("spokes"))
    click.echo(summary.line())


def _graph_file_command(fmt: str, summary: str) -> None:
    @export.command(fmt, help=summary)
    @click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
    @location_option
    @subset_options
    def command(out: Path, location: Path, style: str = "node-link", **params: Any) -> None:
        _export_graph(location, out, fmt, style, params)

    if fmt == "json":
        click.option("--style", type=click.Choice(["node-link", "cytoscape"]),
                     default="node-link", show_default=True,
                     help="networkx node-link data, or Cytoscape.js elements.")(command)


_graph_file_command("graphml", "Write the graph as GraphML (networkx; lists as JSON text).")
_graph_file_command("gexf", "Write the graph as GEXF for Gephi (networkx; lists as JSON text).")
_graph_file_command("json", "Write the graph as JSON: node-link, or Cytoscape.js elements.")


@export.command("rdf")
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@location_option
@click.option("--format", "fmt", type=click.Choice(["nq", "nt", "ttl", "trig", "jsonld", "xml"]),
              help="Default: from OUT's extension (.nq .nt .ttl .trig .jsonld .rdf/.xml).")
@click.option("--graph", metavar="IRI", help="Only this article graph.")
def export_rdf_command(out: Path, location: Path, fmt: str | None, graph: str | None) -> None:
    """Dump the store as RDF, streamed (it need not fit in memory).

    nq, trig and jsonld keep one named graph per article. nt, ttl and xml hold triples only:
    they get the union of all article graphs (a triple several articles state is written once
    per article; parsers merge the copies), or with --graph just that graph.
    """
    from kg.export.rdf import dump_rdf
    from kg.store import open_store

    with open_store(location, read_only=True) as store:
        with click.progressbar(length=len(store), label="dumping RDF", file=sys.stderr,
                               hidden=not sys.stderr.isatty()) as bar:
            summary = dump_rdf(store, out, fmt=fmt, graph=graph, on_quads=bar.update)
    click.echo(summary.line())


@cli.command()
@click.argument("url")
@location_option
@click.option("--target", type=click.Choice(["oxigraph", "virtuoso", "generic"]),
              default="generic", show_default=True,
              help="Endpoint layout: oxigraph/virtuoso take the base URL, generic the GSP URL.")
@click.option("--graph", metavar="IRI", help="Push only this graph (a file's triples go into it).")
@click.option("-f", "--file", "source_file",
              type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="Push an RDF export (.nq, .trig, .nt, .ttl) instead of the store.")
@click.option("-u", "--user", help="User for HTTP authentication.")
@click.option("--password", envvar="KG_PUSH_PASSWORD",
              help="Password (better: the KG_PUSH_PASSWORD environment variable).")
@click.option("--auth", type=click.Choice(["basic", "digest"]),
              help="Authentication scheme [default: digest for virtuoso, else basic].")
@click.option("--query-url", help="SPARQL query endpoint for --verify (generic target).")
@click.option("--batch", "batch_graphs", type=click.IntRange(min=1), default=200,
              show_default=True, help="Graphs per batch.")
@click.option("--retries", type=click.IntRange(min=0), default=4, show_default=True,
              help="Retries of a failed request, with exponential backoff.")
@click.option("--verify", is_flag=True, help="Compare per-graph triple counts after the push.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def push(url: str, location: Path, source_file: Path | None, quiet: bool, **options: Any) -> None:
    """Send every article graph to a SPARQL 1.1 Graph Store Protocol endpoint at URL.

    Each graph is replaced, not added to, so pushing the same data twice changes nothing.

    Example: kg push http://127.0.0.1:7878 --target oxigraph --verify
    """
    import contextlib

    from kg.push import push_store
    from kg.store import open_store

    with contextlib.ExitStack() as stack:
        store = None if source_file else stack.enter_context(open_store(location, read_only=True))
        bar = stack.enter_context(click.progressbar(
            length=1, label="pushing", file=sys.stderr, hidden=quiet or not sys.stderr.isatty()))

        def progress(done: int, total: int) -> None:
            bar.length = max(total, 1)
            bar.update(done - bar.pos)

        report = push_store(store, url, source_file=source_file, progress=progress, **options)
    checked = ", verified" if report.verified else ""
    skipped = f"; skipped {report.skipped} quads outside named graphs" if report.skipped else ""
    click.echo(f"pushed {report.graphs} graphs, {report.quads} quads in {report.seconds:.1f} s "
               f"({report.quads_per_second:,.0f} quads/s){checked}{skipped}", err=True)


@cli.command()
@location_option
@click.option("-b", "--bind", default="127.0.0.1:7878", show_default=True,
              help="Host and port to listen on.")
@click.option("--writable", is_flag=True, help="Accept SPARQL updates and Graph Store writes.")
def serve(location: Path, bind: str, writable: bool) -> None:
    """Serve the store as a SPARQL endpoint (oxigraph server) until Ctrl-C.

    Read-only unless --writable; queries see the union of all article graphs. While it
    serves read-only, writers such as `kg ingest` are kept out (they report the lock).
    """
    from kg.serve import serve_store

    serve_store(location, bind=bind, read_only=not writable, echo=click.echo)


def main() -> None:
    cli(prog_name="kg")


if __name__ == "__main__":
    main()
