"""A relation is added with one module and its ontology triples, and nothing else: a toy
`rivalry` goes in through `kg ingest` and comes out of `kg facts`, `kg validate` and the HTML and
GraphML exports.

The two files are written where kg/relations/ is read from (the package path, extended with a
temporary folder here), exactly as a developer drops them into kg/relations/.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from rdflib import Graph

import kg.relations
from kg import schema
from kg.cli import cli
from kg.export.graphfiles import read_graph_file
from kg.validate import ontology_graph, schema_mismatches

MODULE = '''"""rivalry (toy): "A and B are rivals"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.schema import Relation, iri

if TYPE_CHECKING:
    from kg.extract.statements import ArticleContext
    from kg.model import Fact

RELATION = Relation("rivalry", iri("kg:Rivalry"), ("Person",), ("Person",),
                    shortcut=iri("kg:rivalOf"), colour="#00aa88")
EXTRACTOR = "kg.relations.rivalry.v1"
_RIVALS = re.compile(r"⟨(\\d+)⟩ and ⟨(\\d+)⟩ are rivals")


def extract(ctx: ArticleContext) -> list[Fact]:
    return [ctx.fact("rivalry", ctx.person(m.group(1)), ctx.person(m.group(2)), [st], 0.8,
                     EXTRACTOR)
            for st in ctx.statements for m in _RIVALS.finditer(st.masked)]
'''

ONTOLOGY = """@prefix kg:   <https://w3id.org/kg-elections/ontology#> .
@prefix owl:  <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

kg:Rivalry a owl:Class ;
    rdfs:label "Rivalry" ;
    rdfs:comment "Two people (kg:subject, kg:object) are rivals." ;
    rdfs:subClassOf kg:Fact ;
    kg:relationName "rivalry" ;
    kg:shortcut kg:rivalOf .

kg:rivalOf a owl:ObjectProperty ;
    rdfs:label "rival of" ;
    rdfs:comment "Shortcut of a kg:Rivalry: person kg:rivalOf person." ;
    rdfs:domain kg:Person ;
    rdfs:range kg:Person .
"""

ARTICLE = """ date 2017-06-20 Georgia's Sixth Congressional district holds its special election.

Karen Handel and Jon Ossoff are rivals in the most expensive House race in U.S. history.
"""


@pytest.fixture
def rivalry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """kg/relations/ with rivalry.py and rivalry.ttl in it."""
    folder = tmp_path / "relations"
    folder.mkdir()
    (folder / "rivalry.py").write_text(MODULE, encoding="utf-8")
    (folder / "rivalry.ttl").write_text(ONTOLOGY, encoding="utf-8")
    monkeypatch.setattr(kg.relations, "__path__", [*kg.relations.__path__, str(folder)])
    schema.refresh()
    yield folder
    monkeypatch.undo()
    schema.refresh()


def kg_run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_a_relation_is_one_module_and_its_ontology(rivalry: Path, tmp_path: Path) -> None:
    assert schema.relation_names()[-1] == "rivalry"
    shapes = Graph().parse(schema.SHAPES_FILE, format="turtle")
    assert schema_mismatches(ontology_graph(), shapes) == []

    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "rivals.txt").write_text(ARTICLE, encoding="utf-8")
    store = str(tmp_path / "store")
    ingest = kg_run("ingest", str(articles), "-l", store, "--quiet")
    assert ingest.exit_code == 0, ingest.output

    facts = [json.loads(line) for line in kg_run("facts", "-l", store).output.splitlines()]
    rivals = [f for f in facts if f["relation"] == "rivalry"]
    assert [(f["subject"]["label"], f["object"]["label"]) for f in rivals] == [
        ("Karen Handel", "Jon Ossoff")]
    assert rivals[0]["sources"][0]["text"].startswith("Karen Handel and Jon Ossoff are rivals")

    shortcut = kg_run("query", "-l", store, "--format", "csv",
                      "SELECT ?a ?b WHERE { ?f a kg:Rivalry . ?a kg:rivalOf ?b }")
    assert len(shortcut.output.strip().splitlines()) == 2, shortcut.output

    validated = kg_run("validate", "-l", store)
    assert validated.exit_code == 0, validated.output

    page = tmp_path / "page.html"
    assert kg_run("export", "html", "-l", store, str(page)).exit_code == 0
    html = page.read_text(encoding="utf-8")
    assert '"rivalry":"#00aa88"' in html

    graphml = tmp_path / "graph.graphml"
    assert kg_run("export", "graphml", "-l", store, str(graphml)).exit_code == 0
    graph = read_graph_file(graphml, fmt="graphml")
    edges = [(graph.nodes[u]["label"], graph.nodes[v]["label"])
             for u, v, d in graph.edges(data=True) if d["relation"] == "rivalry"]
    assert edges == [("Karen Handel", "Jon Ossoff")]


def test_without_the_module_the_relation_is_not_valid(rivalry: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The shapes take the relation names from the registry: a store holding rivalry facts
    fails validation once the module is gone."""
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "rivals.txt").write_text(ARTICLE, encoding="utf-8")
    store = str(tmp_path / "store")
    assert kg_run("ingest", str(articles), "-l", store, "--quiet").exit_code == 0
    monkeypatch.undo()
    schema.refresh()
    validated = CliRunner().invoke(cli, ["validate", "-l", store])
    assert validated.exit_code == 1
    assert 'kg:relation "rivalry" is not one of "candidacy"' in validated.output
