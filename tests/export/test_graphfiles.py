"""Graph files (GraphML, GEXF, node-link and Cytoscape JSON) read back with the same graph."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import ExportError
from kg.export.graphfiles import read_graph_file, sanitised, write_graph_file
from kg.export.subgraph import build_graph
from kg.store import open_store
from tests.export_data import corpus_store, sample_store, seeds_store

FORMATS = [("graphml", "node-link", "graphml"), ("gexf", "node-link", "gexf"),
           ("json", "node-link", "json"), ("json", "cytoscape", "cy.json")]


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.getbasetemp()
    return {"seeds": seeds_store(base), "corpus": corpus_store(base)}


def test_sanitised_attributes_are_writer_safe() -> None:
    graph = nx.MultiDiGraph()
    graph.add_node("a", label="A", aliases=["x", "y"], none=None, day=dt.date(2017, 6, 20),
                   info={"k": 1}, empty=[])
    graph.add_node("b", label="B", mixed=2.5)
    graph.add_node("c", label="C", mixed="text")
    graph.add_edge("a", "b", key="f1", value=49.0)
    graph.add_edge("a", "b", key="f2", value="a quote")
    clean = sanitised(graph)
    assert clean.nodes["a"] == {"label": "A", "aliases": '["x", "y"]', "day": "2017-06-20",
                                "info": '{"k": 1}'}
    # A key holding numbers on some items and text on others is text everywhere.
    assert (clean.nodes["b"]["mixed"], clean.nodes["c"]["mixed"]) == ("2.5", "text")
    assert {d["value"] for *_, d in clean.edges(data=True)} == {"49.0", "a quote"}
    assert clean.edges["a", "b", "f1"]["fact"] == "f1"


@pytest.mark.parametrize(("fmt", "style", "suffix"), FORMATS)
def test_sample_round_trip_keeps_attributes(tmp_path: Path, fmt: str, style: str,
                                            suffix: str) -> None:
    graph = build_graph(sample_store())
    path = tmp_path / f"g.{suffix}"
    summary = write_graph_file(graph, path, fmt=fmt, style=style)
    assert summary.counts == (("nodes", 13), ("edges", 10))  # the runoff and its contest
    assert summary.bytes == path.stat().st_size
    back = read_graph_file(path, fmt=fmt, style=style)
    assert set(back) == set(graph)
    assert back.number_of_edges() == graph.number_of_edges()
    handel = "https://w3id.org/kg-elections/person/Q6369678"
    assert back.nodes[handel]["label"] == "Karen Handel"
    relations = sorted(d["relation"] for *_, d in back.edges(data=True))
    assert relations == sorted(d["relation"] for *_, d in graph.edges(data=True))
    evidence = [d["evidence"] for u, _, d in back.edges(data=True) if u == handel
                and d["relation"] == "poll"][0]
    texts = evidence if isinstance(evidence, list) else json.loads(evidence)
    assert texts[0].startswith("Real Clear Politics polling data shows")


@pytest.mark.slow
@pytest.mark.parametrize("name", ["seeds", "corpus"])
@pytest.mark.parametrize(("fmt", "style", "suffix"), FORMATS)
def test_cli_files_read_back_with_same_counts(stores: dict[str, Path], tmp_path: Path,
                                              name: str, fmt: str, style: str,
                                              suffix: str) -> None:
    out = tmp_path / f"graph.{suffix}"
    result = CliRunner().invoke(cli, ["export", fmt, str(out), "-l", str(stores[name]),
                                      *(["--style", style] if fmt == "json" else [])])
    assert result.exit_code == 0, result.output
    with open_store(stores[name], read_only=True) as store:
        graph = build_graph(store)
    back = read_graph_file(out, fmt=fmt, style=style)
    assert (back.number_of_nodes(), back.number_of_edges()) == (
        graph.number_of_nodes(), graph.number_of_edges())
    assert graph.number_of_edges() > (10 if name == "seeds" else 300)
    assert result.output.strip() == (f"wrote {out}: {graph.number_of_nodes()} nodes, "
                                     f"{graph.number_of_edges()} edges, "
                                     f"{out.stat().st_size} bytes")


def test_cli_subset_options(stores: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "endorsements.graphml"
    result = CliRunner().invoke(cli, ["export", "graphml", str(out), "-l", str(stores["seeds"]),
                                      "--relation", "endorsement", "--since", "2017-01-01"])
    assert result.exit_code == 0, result.output
    back = read_graph_file(out, fmt="graphml")
    assert back.number_of_edges() > 0
    assert {d["relation"] for *_, d in back.edges(data=True)} == {"endorsement"}


def test_cli_errors_are_one_line(stores: dict[str, Path], tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["export", "gexf", str(tmp_path / "x.gexf"), "-l",
                                 str(stores["seeds"]), "--entity", "Nobody At All"])
    assert result.exit_code == 1
    assert result.output.strip() == "Error: no entity named 'Nobody At All' in the store"
    result = runner.invoke(cli, ["export", "json", str(tmp_path / "missing" / "x.json"), "-l",
                                 str(stores["seeds"])])
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot write ") and result.output.count("\n") == 1


def test_unknown_format_is_an_export_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="unknown graph format"):
        write_graph_file(nx.MultiDiGraph(), tmp_path / "x.dot", fmt="dot")
