"""`kg update`: SPARQL Update on the local store with bound parameters, under the write lock;
the wrong kind of query, an unknown parameter and an unknown prefix each get one line that
says what to do."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.store import open_store

EX = "http://example.org/"
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_SCRIPT = Path(sys.executable).with_name("kg")
KG = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "kg.cli"]
INSERT_LABEL = f"INSERT DATA {{ GRAPH <{EX}g> {{ <{EX}s> rdfs:label ?name }} }}"


@pytest.fixture
def location(tmp_path: Path) -> Path:
    folder = tmp_path / "store"
    with open_store(folder) as store:
        store.add(ox.Quad(ox.NamedNode(EX + "a"), LABEL, ox.Literal("Karen Handel"),
                          ox.NamedNode(EX + "g")))
    return folder


def kg(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def labels(location: Path) -> set[str]:
    with open_store(location, read_only=True) as store:
        return {q.object.value for q in store.quads_for_pattern(None, LABEL, None, None)}


@pytest.mark.parametrize("value", ['Evil"} ; DROP ALL ; INSERT DATA { <http://x> <http://y> "z" }',
                                   "} UNION { ?s ?p ?o", "'", "line\nbreak \\ back", "Ossoff"])
def test_parameter_is_bound_as_a_value(location: Path, value: str) -> None:
    code, _, err = kg("update", INSERT_LABEL, "-p", "name", value, "-l", str(location))
    assert code == 0, err
    assert err.strip() == f"updated {location}: 1 quads before, 2 after"
    assert labels(location) == {"Karen Handel", value}


def test_iri_parameter_and_delete_where(location: Path) -> None:
    code, _, err = kg("update", "DELETE WHERE { GRAPH ?g { ?s rdfs:label ?name } }",
                      "-p", "name", "Karen Handel", "-l", str(location))
    assert code == 0, err
    assert labels(location) == set()
    insert = "INSERT DATA { GRAPH ?g { <http://example.org/s> rdfs:label 'x' } }"
    code, _, err = kg("update", insert, "-p", "g", EX + "g2", "-l", str(location))
    assert code == 0, err
    with open_store(location, read_only=True) as store:
        (quad,) = store.quads_for_pattern(None, LABEL, None, None)
        assert (quad.graph_name, quad.object) == (ox.NamedNode(EX + "g2"), ox.Literal("x"))


def test_update_from_a_file_and_stdin(location: Path, tmp_path: Path) -> None:
    script = tmp_path / "add.ru"
    script.write_text(INSERT_LABEL, encoding="utf-8")
    assert kg("update", "-f", str(script), "-p", "name", "from file", "-l", str(location))[0] == 0
    result = CliRunner().invoke(cli, ["update", "-", "-p", "name", "from stdin", "-l",
                                      str(location)], input=INSERT_LABEL)
    assert result.exit_code == 0, result.output
    assert labels(location) == {"Karen Handel", "from file", "from stdin"}


def one_line_error(code: int, err: str) -> str:
    assert code == 1
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("Error: ")
    return lines[0]


def test_select_through_update_says_to_use_kg_query(location: Path) -> None:
    code, _, err = kg("update", "SELECT * WHERE { ?s ?p ?o }", "-l", str(location))
    assert one_line_error(code, err) == (
        "Error: this is a SPARQL query (SELECT), not an update: run it with `kg query`")
    code, _, err = kg("update", "candidates", "-l", str(location))
    assert "run it with `kg query candidates`" in one_line_error(code, err)


def test_insert_through_query_says_to_use_kg_update(location: Path) -> None:
    sparql = "PREFIX ex: <http://example.org/>\nINSERT DATA { ex:s ex:p 'x' }"
    code, _, err = kg("query", sparql, "-l", str(location))
    assert one_line_error(code, err) == (
        "Error: this is a SPARQL update (INSERT), not a query: run it with `kg update`")
    assert labels(location) == {"Karen Handel"}


@pytest.mark.parametrize("command", ["query", "update"])
def test_unknown_parameter_lists_the_variables(location: Path, command: str) -> None:
    sparql = ("SELECT ?office ?name WHERE { ?s rdfs:label ?name ; kg:office ?office }"
              if command == "query" else INSERT_LABEL.replace("?name", "?office"))
    code, _, err = kg(command, sparql, "-p", "offic", "x", "-l", str(location))
    line = one_line_error(code, err)
    assert line.startswith("Error: -p offic: the query has no variable ?offic (its variables: ")
    assert "?office" in line and "-p NAME VALUE binds ?NAME" in line


def test_parameter_outside_the_select_clause_says_to_add_it(location: Path) -> None:
    code, _, err = kg("query", "SELECT ?s WHERE { ?s rdfs:label ?name }", "-p", "name", "x",
                      "-l", str(location))
    assert "add ?name to the SELECT clause" in one_line_error(code, err)


@pytest.mark.parametrize("command", ["query", "update"])
def test_unknown_prefix_names_the_predefined_ones(location: Path, command: str) -> None:
    sparql = ("SELECT * WHERE { ?s foaf:name ?n }" if command == "query"
              else "INSERT DATA { <http://example.org/s> foaf:name 'x' }")
    code, _, err = kg(command, sparql, "-l", str(location))
    line = one_line_error(code, err)
    assert line.startswith("Error: unknown prefix foaf: (predefined: kg: schema: prov: ")
    assert "PREFIX foaf: <" in line and "\\u{" not in line


def test_messages_through_the_real_command(location: Path) -> None:
    run = subprocess.run([*KG, "update", "SELECT * { ?s ?p ?o }", "-l", str(location)],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 1
    assert run.stderr == ("Error: this is a SPARQL query (SELECT), not an update: "
                          "run it with `kg query`\n")


def test_update_waits_for_no_one_and_names_the_writer(location: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from pathlib import Path; from kg.store import open_store\n"
         "with open_store(Path(sys.argv[1]), holder='kg ingest'):\n"
         "    print('ready', flush=True); time.sleep(30)", str(location)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        code, _, err = kg("update", INSERT_LABEL, "-p", "name", "x", "-l", str(location))
        assert one_line_error(code, err) == (
            f"Error: store {location} is locked by `kg ingest` (PID {holder.pid}), which is "
            "writing to it: wait for it to finish, or query it with read-only commands")
    finally:
        holder.kill()
        holder.wait()
        assert holder.stdout is not None
        holder.stdout.close()
    assert labels(location) == {"Karen Handel"}
