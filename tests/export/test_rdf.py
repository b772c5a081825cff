"""RDF dumps parse back (pyoxigraph, rdflib) to the store's quads, and Jena's riot accepts them."""

from __future__ import annotations

import warnings
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.cli import cli
from kg.errors import ExportError
from kg.export.rdf import RDF_FORMATS, dump_rdf, rdf_format_for
from kg.store import open_store
from tests.export_data import corpus_store, sample_store, seeds_store
from tests.jena import missing_reason, riot_validate

SUFFIXES = {"nq": "nq", "nt": "nt", "ttl": "ttl", "trig": "trig", "jsonld": "jsonld",
            "xml": "rdf"}
RDFLIB_FORMATS = {"nq": "nquads", "nt": "nt", "ttl": "turtle", "trig": "trig",
                  "jsonld": "json-ld", "xml": "xml"}


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.getbasetemp()
    return {"seeds": seeds_store(base), "corpus": corpus_store(base)}


def _term(node: rdflib.term.Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as pyoxigraph's, to compare both parsers' output with the store."""
    if isinstance(node, rdflib.URIRef):
        return ox.NamedNode(str(node))
    if isinstance(node, rdflib.BNode):
        return ox.BlankNode(str(node))
    assert isinstance(node, rdflib.Literal)
    if node.language:
        return ox.Literal(str(node), language=node.language)
    return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)) if node.datatype
                      else None)


def _rdflib_quads(path: Path, fmt: str) -> set[ox.Quad]:
    dataset = rdflib.Dataset()
    # rdflib 7.6 leaves a file it opens itself unclosed, and its own Dataset.parse calls
    # its deprecated default_context: neither is ours to fix.
    with path.open("rb") as source, warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        dataset.parse(source=source, format=RDFLIB_FORMATS[fmt])
    quads = set()
    for s, p, o, g in dataset.quads((None, None, None, None)):
        name = getattr(g, "identifier", g)
        graph = (ox.DefaultGraph() if name is None or name == DATASET_DEFAULT_GRAPH_ID
                 else ox.NamedNode(str(name)))
        quads.add(ox.Quad(_term(s), _term(p), _term(o), graph))  # type: ignore[arg-type]
    return quads


def _expected(store: ox.Store, fmt: str) -> set[ox.Quad]:
    """The store's quads; for a triple-only format, the union as default-graph quads."""
    if RDF_FORMATS[fmt].supports_datasets:
        return set(store)
    return {ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in store}


@pytest.mark.parametrize("fmt", list(RDF_FORMATS))
def test_sample_dump_parses_back_to_the_store(tmp_path: Path, fmt: str) -> None:
    store = sample_store()
    path = tmp_path / f"dump.{SUFFIXES[fmt]}"
    summary = dump_rdf(store, path)
    assert summary.counts == (("graphs", 2), ("quads", len(store)))
    expected = _expected(store, fmt)
    assert set(ox.parse(path=str(path), format=RDF_FORMATS[fmt])) == expected
    assert _rdflib_quads(path, fmt) == expected


@pytest.mark.slow
@pytest.mark.parametrize("name", ["seeds", "corpus"])
@pytest.mark.parametrize("fmt", list(RDF_FORMATS))
def test_cli_dumps_round_trip_and_validate(stores: dict[str, Path], tmp_path: Path, name: str,
                                           fmt: str) -> None:
    path = tmp_path / f"dump.{SUFFIXES[fmt]}"
    result = CliRunner().invoke(cli, ["export", "rdf", str(path), "-l", str(stores[name])])
    assert result.exit_code == 0, result.output
    with open_store(stores[name], read_only=True) as store:
        expected = _expected(store, fmt)
        graphs = sum(1 for _ in store.named_graphs())
        assert result.output.strip() == (f"wrote {path}: {graphs} graphs, {len(store)} quads, "
                                         f"{path.stat().st_size} bytes")
    assert set(ox.parse(path=str(path), format=RDF_FORMATS[fmt])) == expected
    assert _rdflib_quads(path, fmt) == expected
    reason = missing_reason()
    if reason is not None:
        pytest.skip(f"riot: {reason}")
    checked = riot_validate(path)
    assert checked.returncode == 0, checked.stderr[-2000:]


def test_riot_rejects_a_broken_file(tmp_path: Path) -> None:
    """The riot helper can fail: a literal that is no integer is refused."""
    reason = missing_reason()
    if reason is not None:
        pytest.skip(f"riot: {reason}")
    bad = tmp_path / "bad.nt"
    bad.write_text('<http://a/s> <http://a/p> "x"^^<http://www.w3.org/2001/XMLSchema#integer> '
                   ".\n<http://a/s> <http://a/p> oops .\n")
    assert riot_validate(bad).returncode != 0


def test_one_graph_keeps_its_name_in_quad_formats(stores: dict[str, Path],
                                                  tmp_path: Path) -> None:
    with open_store(stores["seeds"], read_only=True) as store:
        graph = next(iter(store.named_graphs()))
        path = tmp_path / "one.nq"
        result = CliRunner().invoke(cli, ["export", "rdf", str(path), "--graph", graph.value,
                                          "-l", str(stores["seeds"])])
        assert result.exit_code == 0, result.output
        expected = set(store.quads_for_pattern(None, None, None, graph))
    assert set(ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS)) == expected


def test_format_from_extension_or_option(tmp_path: Path) -> None:
    assert rdf_format_for(Path("a.rdf")) == "xml"
    assert rdf_format_for(Path("a.json")) == "jsonld"
    assert rdf_format_for(Path("a.out"), "trig") == "trig"
    with pytest.raises(ExportError, match="pass --format"):
        rdf_format_for(Path("a.out"))
    with pytest.raises(ExportError, match="no graph <http://example.org/none>"):
        dump_rdf(sample_store(), tmp_path / "x.nq", graph="http://example.org/none")
    assert not (tmp_path / "x.nq").exists()
