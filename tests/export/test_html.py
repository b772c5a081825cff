"""The HTML page draws in headless Chromium with no network and no console error, and shows
article text as text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.build import article_quads
from kg.cli import cli
from kg.export.html import PHYSICS_LIMIT, build_network, export_html
from kg.export.subgraph import build_graph
from kg.store import open_store
from tests.browser import chromium_page, missing_reason
from tests.export_data import PAYLOAD, corpus_store, payload_article, sample_store, seeds_store

READY = "document.body && document.body.dataset.ready === '1'"
# Pixels of the graph canvas that are not background: a drawn graph has many.
INK = """(() => {
  const c = document.querySelector('#mynetwork canvas');
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let ink = 0;
  for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && d[i] + d[i + 1] + d[i + 2] < 700) ink++;
  return ink;
})()"""
LOCAL = ("file://", "data:", "blob:", "about:")


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.getbasetemp()
    return {"seeds": seeds_store(base), "corpus": corpus_store(base)}


@pytest.fixture(scope="module")
def browser_ok() -> Iterator[None]:
    reason = missing_reason()
    if reason is not None:
        pytest.skip(reason)
    yield


class _Resources(HTMLParser):
    """Every URL the markup itself would load (scripts, styles, images, frames)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value and name in ("src", "href") and tag != "a":
                self.urls.append(value)


def assert_self_contained(path: Path) -> None:
    html = path.read_text(encoding="utf-8")
    parser = _Resources()
    parser.feed(html)
    assert parser.urls == []
    assert not re.search(r"url\(\s*['\"]?https?:", html)
    assert "bootstrap" not in html.lower()


def open_page(path: Path, shot: Path | None = None) -> dict[str, object]:
    """Load the page, wait until it has drawn, and report what happened."""
    with chromium_page() as page:
        page.open(path.resolve().as_uri())
        page.wait_for(READY, timeout=120)
        report: dict[str, object] = {
            "canvases": page.evaluate("document.querySelectorAll('#mynetwork canvas').length"),
            "ink": page.evaluate(INK),
            "nodes": page.evaluate("allNodes.length"),
            "pwned": page.evaluate("typeof window.__pwned"),
        }
        if shot is not None:
            report["png"] = len(page.screenshot(shot))
        report["requests"] = list(page.requests)
        report["errors"] = list(page.errors)
    return report


def assert_drew_offline(report: dict[str, object], nodes: int) -> None:
    assert report["canvases"] == 1
    assert report["nodes"] == nodes
    assert isinstance(report["ink"], int) and report["ink"] > 500
    requests = report["requests"]
    assert isinstance(requests, list) and requests
    assert [u for u in requests if not u.startswith(LOCAL)] == []
    assert report["errors"] == []


def test_sample_page_is_self_contained(tmp_path: Path) -> None:
    path = tmp_path / "sample.html"
    graph = build_graph(sample_store())
    summary = export_html(graph, path, heading="sample")
    assert summary.counts == (("nodes", graph.number_of_nodes()), ("edges", 10))
    assert_self_contained(path)


def test_small_graphs_use_physics_large_ones_an_overview() -> None:
    small = nx.MultiDiGraph()
    small.add_edge("a", "b", key="f", relation="party")
    net, page = build_network(small)
    assert net.options["physics"]["enabled"] is True
    assert "x" not in net.nodes[0]
    assert page["mode"] == "full" and page["spokes"] is True
    large = nx.MultiDiGraph(nx.path_graph(PHYSICS_LIMIT + 1))
    nx.set_node_attributes(large, "Person", "type")
    nx.set_node_attributes(large, "someone", "label")
    net, page = build_network(large)
    assert net.options["physics"] == {"enabled": False}
    assert page["mode"] == "overview" and page["spokes"] is False
    # The overview places some nodes; every other one belongs to a card it opens from.
    placed = [n for n in net.nodes if "x" in n]
    assert 1 < len(placed) < len(net.nodes)
    assert all("y" in n for n in placed) and all("hub" in n for n in net.nodes)


def test_parallel_facts_merge_into_one_drawn_edge() -> None:
    net, page = build_network(build_graph(sample_store()))
    candidacy = [e for e in net.edges if e["relation"] == "candidacy" and len(e["facts"]) == 2]
    assert len(candidacy) == 1 and candidacy[0]["label"] == "candidacy ×2"
    assert len(page["articles"]) == 2


def test_markup_in_articles_stays_text(browser_ok: None, tmp_path: Path) -> None:
    store = sample_store()
    store.extend(article_quads(*payload_article()))
    path = tmp_path / "payload.html"
    export_html(build_graph(store), path, heading=f"heading {PAYLOAD}")
    html = path.read_text(encoding="utf-8")
    assert "<script>window" not in html and "<img src=x" not in html
    assert_self_contained(path)
    with chromium_page() as page:
        page.open(path.resolve().as_uri())
        page.wait_for(READY)
        edge = page.evaluate(
            "allEdges.findIndex(e => e.relation === 'endorsement' && e.title.includes('pwned'))")
        assert edge >= 0
        page.evaluate(f"showEdge({edge}); showNode(allEdges[{edge}].from)")
        details = page.evaluate("document.getElementById('details').textContent")
        assert PAYLOAD in details  # the node label, shown as text
        page.evaluate(f"showEdge({edge})")
        details = page.evaluate("document.getElementById('details').textContent")
        tooltip = page.evaluate(f"allEdges[{edge}].title")
        assert PAYLOAD in details and PAYLOAD in tooltip
        assert "confidence 0.9" in tooltip and "Roe backs Doe" in tooltip
        # A node's tooltip samples its facts: evidence, article and confidence.
        node_tip = page.evaluate(f"byId[allEdges[{edge}].to].title")
        assert node_tip.startswith("John Doe\nPerson") and "endorsement: " in node_tip
        assert f"endorsed John Doe {PAYLOAD}" in node_tip and "confidence 0.9" in node_tip
        assert page.evaluate("document.querySelectorAll('img, #details script').length") == 0
        # A javascript: URL is never made a link.
        assert page.evaluate("document.querySelectorAll('#details a').length") == 0
        assert page.evaluate("document.title") == f"heading {PAYLOAD}"
        assert page.evaluate("typeof window.__pwned") == "undefined"
        requests, errors = list(page.requests), list(page.errors)
    assert [u for u in requests if not u.startswith(LOCAL)] == []
    assert not any(u.endswith("/x") for u in requests)
    assert errors == []


def test_filters_and_search_work(browser_ok: None, tmp_path: Path) -> None:
    path = tmp_path / "sample.html"
    graph = build_graph(sample_store())
    export_html(graph, path)
    factless = sum(1 for n in graph if graph.degree(n) == 0)
    people = sum(1 for _, d in graph.nodes(data=True) if d["type"] == "Person")
    with chromium_page() as page:
        page.open(path.resolve().as_uri())
        page.wait_for(READY)
        shown = "edges.get({filter: e => !e.hidden}).length"
        assert page.evaluate(shown) == 10 - 1  # two candidacy facts drawn as one edge
        page.evaluate("document.querySelector('input[value=funding]').click()")
        assert page.evaluate(shown) == 7
        page.evaluate("document.getElementById('reset').click()")
        page.evaluate("var s = document.getElementById('since'); s.value = '2017-06-21';"
                      "s.dispatchEvent(new Event('change'))")
        assert page.evaluate(shown) == 0
        # Entities without facts stay (the pollster, the contested office).
        assert factless >= 2
        assert page.evaluate("nodes.get({filter: n => !n.hidden}).length") == factless
        page.evaluate("document.getElementById('reset').click()")
        page.evaluate("document.querySelector('input[value=Person]').click()")
        assert people == 5
        assert page.evaluate("nodes.get({filter: n => !n.hidden}).length") == len(graph) - 5
        page.evaluate("var q = document.getElementById('search'); q.value = 'handel';"
                      "q.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter'}))")
        assert page.evaluate("document.getElementById('found').textContent") == "1 match(es)"
        assert page.evaluate("network.getSelectedNodes().map(id => byId[id].label)") == [
            "Karen Handel"]
        assert page.errors == []


@pytest.mark.slow
@pytest.mark.parametrize("name", ["seeds", "corpus"])
def test_cli_page_draws_offline(browser_ok: None, stores: dict[str, Path], tmp_path: Path,
                                name: str) -> None:
    path = tmp_path / f"{name}.html"
    result = CliRunner().invoke(cli, ["export", "html", str(path), "-l", str(stores[name])])
    assert result.exit_code == 0, result.output
    with open_store(stores[name], read_only=True) as store:
        graph = build_graph(store)
    assert result.output.strip() == (f"wrote {path}: {graph.number_of_nodes()} nodes, "
                                     f"{graph.number_of_edges()} edges, "
                                     f"{path.stat().st_size} bytes")
    assert_self_contained(path)
    report = open_page(path, tmp_path / "shot.png")
    assert_drew_offline(report, graph.number_of_nodes())
    assert isinstance(report["png"], int) and report["png"] > 20_000


def test_cli_subset_page(browser_ok: None, stores: dict[str, Path], tmp_path: Path) -> None:
    path = tmp_path / "ossoff.html"
    result = CliRunner().invoke(cli, ["export", "html", str(path), "-l", str(stores["seeds"]),
                                      "--entity", "Jon Ossoff", "--hops", "1"])
    assert result.exit_code == 0, result.output
    report = open_page(path)
    assert_drew_offline(report, int(result.output.split(": ")[1].split()[0]))


def test_empty_selection_still_gives_a_page(browser_ok: None, tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    assert export_html(nx.MultiDiGraph(), path).counts == (("nodes", 0), ("edges", 0))
    with chromium_page() as page:
        page.open(path.resolve().as_uri())
        page.wait_for(READY)
        assert "Nothing in the store matches" in page.evaluate("document.body.textContent")
        assert page.errors == []
