"""kg push against real servers (kg.push): the remote store must end up holding the same graphs."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
import requests

from kg.errors import InputError, PushError
from kg.prefixes import PREFIXES
from kg.push import push_store
from kg.query import named_query, run_query
from kg.store import open_store
from tests.pushdata import build_store
from tests.servers import (
    Server,
    free_port,
    oxigraph_server,
    start_oxigraph,
    start_virtuoso,
    stop,
    virtuoso_server,
)

__all__ = ["oxigraph_server", "virtuoso_server"]  # session fixtures used below by name

ROOT = Path(__file__).resolve().parents[2]
COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
# A named query that needs no parameter, joins entities across article graphs and aggregates
# (COUNT DISTINCT), and runs in well under a second on a few hundred articles.
COMPARED_QUERY = "parties"


@pytest.fixture(scope="session")
def store_location(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("push-source"), articles=200)


@pytest.fixture(scope="session")
def store(store_location: Path) -> Iterator[ox.Store]:
    with open_store(store_location, read_only=True) as opened:
        yield opened


def local_counts(store: ox.Store) -> dict[str, int]:
    result = store.query(COUNTS)
    assert isinstance(result, ox.QuerySolutions)
    return {row["g"].value: int(row["n"].value) for row in result}


def remote_select(query_url: str, sparql: str, *, auth: Any = None) -> list[dict[str, Any]]:
    response = requests.post(query_url, data={"query": sparql}, auth=auth,
                             headers={"Accept": "application/sparql-results+json"}, timeout=120)
    response.raise_for_status()
    rows: list[dict[str, Any]] = response.json()["results"]["bindings"]
    return rows


def remote_counts(query_url: str, graphs: set[str]) -> dict[str, int]:
    """Per-graph counts of the kg article graphs on the remote side (not the system graphs)."""
    rows = remote_select(query_url, COUNTS)
    return {r["g"]["value"]: int(r["n"]["value"]) for r in rows if r["g"]["value"] in graphs}


def term_key(kind: str, value: str, datatype: str | None) -> tuple[str, str]:
    """A term as both engines agree on it: numbers by value (Virtuoso writes 42.5 as 42.5)."""
    if kind == "literal" and datatype and datatype.startswith(PREFIXES["xsd"]):
        try:
            return ("number", str(Decimal(value).normalize()))
        except InvalidOperation:
            pass
    return ("iri" if kind in ("uri", "iri") else kind, value)


def local_rows(store: ox.Store, sparql: str) -> list[tuple[tuple[str, str] | None, ...]]:
    result = run_query(store, sparql)
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    rows = []
    for solution in result:
        row = []
        for name in names:
            term = solution[name]
            if term is None:
                row.append(None)
            elif isinstance(term, ox.Literal):
                row.append(term_key("literal", term.value, term.datatype.value))
            else:
                row.append(term_key("iri", term.value, None))
        rows.append(tuple(row))
    return sorted(rows, key=repr)


def remote_rows(query_url: str, sparql: str, names: list[str]) -> list[tuple[Any, ...]]:
    prefixes = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
    rows = []
    for binding in remote_select(query_url, prefixes + sparql):
        row = []
        for name in names:
            term = binding.get(name)
            row.append(None if term is None else
                       term_key("literal" if "literal" in term["type"] else term["type"],
                                term["value"], term.get("datatype")))
        rows.append(tuple(row))
    return sorted(rows, key=repr)


def assert_same_graphs(store: ox.Store, query_url: str) -> None:
    """Per-graph triple counts equal, and a named query answers the same rows remotely."""
    local = local_counts(store)
    assert len(local) >= 200
    assert remote_counts(query_url, set(local)) == local
    sparql = named_query(COMPARED_QUERY).text
    result = run_query(store, sparql)
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    expected = local_rows(store, sparql)
    assert len(expected) > 20
    assert remote_rows(query_url, sparql, names) == expected


def total_remote(query_url: str) -> int:
    rows = remote_select(query_url, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    return int(rows[0]["n"]["value"])


def test_push_to_oxigraph_gives_the_same_graphs_and_twice_adds_nothing(
    store: ox.Store, oxigraph_server: Server
) -> None:
    seen: list[tuple[int, int]] = []
    report = push_store(store, oxigraph_server.url, target="oxigraph", verify=True,
                        progress=lambda done, total: seen.append((done, total)))
    quads = sum(local_counts(store).values())
    assert (report.graphs, report.quads, report.verified) == (len(local_counts(store)), quads,
                                                              True)
    assert seen[0] == (0, quads) and seen[-1] == (quads, quads) and len(seen) > 2
    assert_same_graphs(store, oxigraph_server.url + "/query")
    assert total_remote(oxigraph_server.url + "/query") == quads

    again = push_store(store, oxigraph_server.url, target="oxigraph", verify=True)
    assert again.quads == quads
    assert total_remote(oxigraph_server.url + "/query") == quads
    assert_same_graphs(store, oxigraph_server.url + "/query")


def test_push_to_virtuoso_gives_the_same_graphs_and_twice_adds_nothing(
    store: ox.Store, virtuoso_server: Server
) -> None:
    url, query_url = virtuoso_server.url, virtuoso_server.url + "/sparql"
    before = total_remote(query_url)  # a fresh Virtuoso already holds its system graphs
    report = push_store(store, url, target="virtuoso", user="dba", password="dba", verify=True)
    assert report.verified is True
    assert_same_graphs(store, query_url)
    after = total_remote(query_url)
    assert after - before == report.quads

    push_store(store, url, target="virtuoso", user="dba", password="dba", batch_graphs=50)
    assert total_remote(query_url) == after
    assert_same_graphs(store, query_url)


def test_generic_target_pushes_one_graph_with_put(store: ox.Store, tmp_path: Path) -> None:
    server = start_oxigraph(tmp_path / "generic")
    try:
        graph = sorted(local_counts(store))[0]
        report = push_store(store, server.url + "/store", target="generic", graph=graph,
                            verify=True, query_url=server.url + "/query")
        assert report.graphs == 1 and report.verified
        assert remote_counts(server.url + "/query", {graph}) == {graph: local_counts(store)[graph]}
        assert total_remote(server.url + "/query") == report.quads
    finally:
        stop(server)


def test_push_an_export_file(store: ox.Store, tmp_path: Path) -> None:
    dump = tmp_path / "out.nq"
    store.dump(dump, format=ox.RdfFormat.N_QUADS)
    server = start_oxigraph(tmp_path / "from-file")
    try:
        report = push_store(None, server.url, target="oxigraph", source_file=dump, verify=True)
        assert report.quads == sum(local_counts(store).values())
        assert_same_graphs(store, server.url + "/query")
    finally:
        stop(server)


def test_triples_file_goes_into_the_named_graph_and_default_graph_is_skipped(
    tmp_path: Path, oxigraph_server: Server
) -> None:
    nt = tmp_path / "one.nt"
    nt.write_text('<http://example.org/s> <http://example.org/p> "é \\"q\\"\\n" .\n'
                  '<http://example.org/s> <http://example.org/p> _:b .\n', encoding="utf-8")
    graph = "http://example.org/graph/one"
    report = push_store(None, oxigraph_server.url, target="oxigraph", source_file=nt,
                        graph=graph, verify=True)
    assert (report.graphs, report.quads, report.skipped) == (1, 2, 0)
    rows = remote_select(oxigraph_server.url + "/query",
                         f"SELECT ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    assert "é \"q\"\n" in {r["o"]["value"] for r in rows}

    skipped = push_store(None, oxigraph_server.url, target="oxigraph", source_file=nt)
    assert (skipped.graphs, skipped.quads, skipped.skipped) == (0, 0, 2)


def test_verify_fails_loudly_when_the_remote_side_differs(store: ox.Store, tmp_path: Path,
                                                           oxigraph_server: Server) -> None:
    elsewhere = start_oxigraph(tmp_path / "empty")  # counts come back from an empty store
    try:
        graph = sorted(local_counts(store))[1]
        with pytest.raises(PushError, match=r"verify failed: 1 of 1 graphs differ.*0 remotely"):
            push_store(store, oxigraph_server.url, target="oxigraph", graph=graph,
                       verify=True, query_url=elsewhere.url + "/query")
    finally:
        stop(elsewhere)


def test_unreachable_endpoint_is_one_line() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal("o"),
                      ox.NamedNode("http://e/g")))
    with pytest.raises(PushError) as caught:
        push_store(store, url, retries=1, backoff=0.01)
    assert str(caught.value) == f"cannot reach {url}: Connection refused"


def test_wrong_password_reports_status_and_message(store: ox.Store,
                                                   virtuoso_server: Server) -> None:
    graph = sorted(local_counts(store))[0]
    with pytest.raises(PushError) as caught:
        push_store(store, virtuoso_server.url, target="virtuoso", graph=graph, user="dba",
                   password="wrong")
    message = str(caught.value)
    assert "HTTP 401" in message and "check --user" in message and "\n" not in message


def test_read_only_server_refusal_carries_the_server_message(store: ox.Store,
                                                             tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    with open_store(folder):
        pass  # an empty store for serve-read-only to open
    server = start_oxigraph(folder, read_only=True)
    try:
        graph = sorted(local_counts(store))[0]
        with pytest.raises(PushError) as caught:
            push_store(store, server.url, target="oxigraph", graph=graph)
        assert "HTTP 4" in str(caught.value) and "\n" not in str(caught.value)
    finally:
        stop(server)


def test_bad_source_file_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.nq"
    bad.write_text('<http://e/s> <http://e/p> "o" <http://e/g> .\n<oops> <p> .\n',
                   encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.nq: .*line 2"):
        push_store(None, "http://127.0.0.1:1", source_file=bad)
    with pytest.raises(InputError, match="RDF format"):
        push_store(None, "http://127.0.0.1:1", source_file=tmp_path / "x.docx")


def test_unknown_target_and_missing_graph_are_one_line(store: ox.Store) -> None:
    with pytest.raises(PushError, match="unknown target 'neptune'; choose one of oxigraph"):
        push_store(store, "http://127.0.0.1:1", target="neptune")
    with pytest.raises(PushError, match="is not in the source"):
        push_store(store, "http://127.0.0.1:1", graph="http://example.org/none")
    with pytest.raises(PushError, match="--graph 'article 1' is not an absolute IRI"):
        push_store(store, "http://127.0.0.1:1", graph="article 1")


def run_kg(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=600, env={**os.environ, **(env or {})})


def test_cli_push_takes_the_password_from_the_environment(store_location: Path,
                                                          virtuoso_server: Server) -> None:
    done = run_kg("push", virtuoso_server.url, "-l", str(store_location), "--target", "virtuoso",
                  "--user", "dba", "--verify", env={"KG_PUSH_PASSWORD": "dba"})
    assert done.returncode == 0, done.stderr
    assert re.fullmatch(r"pushed \d+ graphs, \d+ quads in [\d.]+ s \([\d,]+ quads/s\), "
                        r"verified\n", done.stderr), done.stderr


def test_cli_push_failure_is_one_line(store_location: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    done = run_kg("push", url, "-l", str(store_location), "--target", "oxigraph",
                  "--retries", "0")
    assert done.returncode == 1
    assert done.stderr == f"Error: cannot reach {url}/update: Connection refused\n"


@pytest.fixture(scope="session")
def nq_export(store_location: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("export") / "kg.nq"
    done = run_kg("export", "rdf", str(out), "-l", str(store_location))
    assert done.returncode == 0, done.stderr
    return out


def test_readme_virtuoso_bulk_load_of_an_nq_export(store: ox.Store, nq_export: Path,
                                                   tmp_path: Path) -> None:
    """`isql-vt … ld_dir(…); rdf_loader_run();` as the README shows, on a fresh Virtuoso."""
    if shutil.which("isql-vt") is None:
        pytest.skip("isql-vt is not installed (apt-get install virtuoso-opensource)")
    server = start_virtuoso(tmp_path / "virtuoso")  # its folder is in DirsAllowed
    try:
        shutil.copy(nq_export, server.folder / "kg.nq")
        load = (f"ld_dir('{server.folder}', 'kg.nq', 'https://w3id.org/kg-elections/'); "
                "rdf_loader_run(); checkpoint;")
        done = subprocess.run(["isql-vt", str(server.isql_port), "dba", "dba", f"exec={load}"],
                              capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stdout + done.stderr
        local = local_counts(store)
        assert remote_counts(server.url + "/sparql", set(local)) == local
    finally:
        stop(server)


def test_readme_jena_tdb2_load_of_an_nq_export(store: ox.Store, nq_export: Path,
                                               tmp_path: Path) -> None:
    """`tdb2.tdbloader --loc DB out.nq` (Debian's jars, as the README shows) keeps the graphs."""
    from tests.jena import _classpath, missing_reason

    reason = missing_reason()
    if reason:
        pytest.skip(f"Jena: {reason}")
    java = ["java", "-cp", _classpath()]
    db = tmp_path / "tdb2"
    loaded = subprocess.run([*java, "tdb2.tdbloader", "--loc", str(db), str(nq_export)],
                            stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=600)
    assert loaded.returncode == 0, loaded.stderr[-2000:]
    counted = subprocess.run([*java, "tdb2.tdbquery", "--loc", str(db), "--results=TSV", COUNTS],
                             stdin=subprocess.DEVNULL, capture_output=True, text=True,
                             timeout=600)
    assert counted.returncode == 0, counted.stderr[-2000:]
    rows = [line.split("\t") for line in counted.stdout.splitlines()[1:]]
    assert {g.strip("<>"): int(n.split("^^")[0]) for g, n in rows} == local_counts(store)
