"""The overview page of a large graph: contests as labelled hubs, no overlapping labels, no
tiled isolates, search that finds the right person, contests that open on a click."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.export.overview import (
    YEAR_FONT,
    build_overview,
    display_label,
    label_extent,
    overlapping_labels,
)
from kg.stats import store_stats
from kg.store import open_store
from tests.browser import Page, chromium_page, missing_reason
from tests.export_data import CORPUS, corpus_store

READY = "document.body && document.body.dataset.ready === '1'"
# The boxes (node and label, in canvas units, as vis-network measured them) of the labels the
# current view draws: vis skips labels under 5 px on the screen. vis measures a label only when
# it draws it, so everything is drawn once at the current fonts, then the view is put back.
LABEL_BOXES = """(() => {
  const view = {position: network.getViewPosition(), scale: network.getScale()};
  const shown = nodes.get({filter: n => !n.hidden && n.font.size * view.scale >= 5});
  network.setOptions({nodes: {scaling: {label: {drawThreshold: 0}}}});
  network.fit({animation: false});
  network.redraw();
  const boxes = shown.map(n => {
    const b = network.getBoundingBox(n.id);
    return [n.id, b.left, b.top, b.right, b.bottom];
  });
  network.setOptions({nodes: {scaling: {label: {drawThreshold: 5}}}});
  network.moveTo({position: view.position, scale: view.scale, animation: false});
  return boxes;
})()"""
# The names the current view draws.
DRAWN_LABELS = """(() => { const s = network.getScale();
  return nodes.get({filter: n => !n.hidden && n.font.size * s >= 5}).map(n => n.label); })()"""


def election_graph() -> nx.MultiDiGraph:
    """Three contests in two years and places, people with parties and offices, loners."""
    graph = nx.MultiDiGraph()
    contests = {
        "e1": ("2012 United States presidential election", "ocd-division/country:us", "2012"),
        "e2": ("2012 United States Senate election in Ohio",
               "ocd-division/country:us/state:oh", "2012-11-06"),
        "e3": ("2010 Ohio gubernatorial election", "ocd-division/country:us/state:oh", "2010"),
    }
    for key, (label, division, date) in contests.items():
        graph.add_node(key, label=label, type="Election", division=division, date=date)
    graph.add_node("dem", label="Democratic Party", type="Party")
    graph.add_node("office", label="Governor of Ohio", type="Office")
    for i in range(40):
        person = f"p{i}"
        graph.add_node(person, label=f"Candidate Number {i}", type="Person")
        graph.add_edge(person, f"e{1 + i % 3}", relation="candidacy")
        graph.add_edge(person, "dem", relation="party")
        graph.add_edge(person, "office", relation="holds_office")
    graph.add_edge("p0", "e1", relation="won")
    graph.add_edge("p39", "p0", relation="endorsement")
    graph.add_node("loner", label="Nobody Linked", type="Person")
    graph.add_node("a", label="Pair A", type="Person")
    graph.add_node("b", label="Pair B", type="Organization")
    graph.add_edge("a", "b", relation="funding")
    return graph


def test_overview_hubs_cards_and_minor_list() -> None:
    graph = election_graph()
    overview = build_overview(graph)
    assert {"e1", "e2", "e3"} <= overview.shown
    # Parties and offices are attributes; the loner and the pair are listed, not drawn.
    assert set(overview.minor) == {"dem", "office", "loner", "a", "b"}
    assert not overview.shown & set(overview.minor)
    assert overview.hubs["p0"] == "e1" and overview.ranks["p0"] == 0  # the winner first
    assert [h.text for h in overview.headers if h.size == YEAR_FONT] == ["2012", "2010"]
    assert "United States \u00b7 Ohio" in {h.text for h in overview.headers}
    boxes = []
    for node, (x, y) in overview.positions.items():
        label = display_label(graph.nodes[node])
        half, above, below = label_extent(label, overview.fonts[node], 10)
        boxes.append((x - half, y - above, x + half, y + below))
    assert overlapping_labels(boxes) == []
    # Every drawn member is linked to something else drawn.
    for node in overview.shown:
        assert any(n in overview.shown for n in nx.all_neighbors(graph, node))


def test_spokes_on_request_keep_parties_and_offices_drawn() -> None:
    overview = build_overview(election_graph(), spokes=True)
    assert {"dem", "office"} <= set(overview.hubs) and "dem" not in overview.minor


@pytest.fixture(scope="module")
def corpus_page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    if missing_reason() is not None:
        pytest.skip(str(missing_reason()))
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} is not here")
    store = corpus_store(tmp_path_factory.getbasetemp())
    path = tmp_path_factory.mktemp("overview") / "corpus.html"
    result = CliRunner().invoke(cli, ["export", "html", str(path), "-l", str(store)])
    assert result.exit_code == 0, result.output
    yield path, store


def opened(page: Page, path: Path) -> None:
    page.open(path.resolve().as_uri())
    page.wait_for(READY, timeout=120)


def assert_labels_clear(page: Page) -> None:
    boxes = page.evaluate(LABEL_BOXES)
    assert boxes
    overlaps = overlapping_labels([b[1:] for b in boxes])
    assert overlaps == [], [(boxes[i][0], boxes[j][0]) for i, j in overlaps]


def click_node(page: Page, node: int) -> None:
    """Click a node where it is drawn on the screen, as a reader would."""
    point = page.evaluate(f"(() => {{ const p = network.getPositions([{node}])[{node}];"
                          f" const d = network.canvasToDOM(p);"
                          f" const r = document.getElementById('mynetwork')"
                          f".getBoundingClientRect(); return [d.x + r.left, d.y + r.top]; }})()")
    page.click(*point)


@pytest.mark.slow
def test_overview_labels_clear_and_counts_agree(corpus_page: tuple[Path, Path],
                                                tmp_path: Path) -> None:
    path, store = corpus_page
    with chromium_page() as page:
        opened(page, path)
        assert_labels_clear(page)
        # The first screen shows it all, names the contests, and draws no entity on its own.
        drawn = page.evaluate(DRAWN_LABELS)
        hubs = page.evaluate("nodes.get({filter: n => n.kind === 'Election'}).map(n => n.label)")
        assert len(hubs) >= 5 and len(set(drawn) & set(hubs)) >= 5
        assert page.evaluate("nodes.get().every(n => { const p = network.canvasToDOM(n);"
                             " return p.x >= 0 && p.y >= 0 && p.x <= container.clientWidth &&"
                             " p.y <= container.clientHeight; })")
        # Zoomed in, every name is drawn, and still none covers another.
        page.evaluate("network.moveTo({scale: 1, animation: false}); declutter()")
        assert len(page.evaluate(DRAWN_LABELS)) == page.evaluate("nodes.length")
        assert_labels_clear(page)
        page.evaluate("network.fit({animation: false}); declutter()")
        # Only a contest may stand alone (its candidates are in other contests' cards).
        lonely = page.evaluate("nodes.get({filter: n => typeof n.id === 'number'})"
                               ".filter(n => !network.getConnectedEdges(n.id).length)"
                               ".map(n => n.kind)")
        assert set(lonely) <= {"Election"}
        assert page.evaluate("KG.minor.length") > 0
        assert int(page.evaluate("document.body.dataset.readyMs")) < 5000
        summary = page.evaluate("document.getElementById('summary').textContent")
        counts = page.evaluate("KG.counts")
        page.screenshot(tmp_path / "overview.png")
        assert page.errors == []
    with open_store(store, read_only=True) as opened_store:
        stats = store_stats(opened_store)
    assert counts["articles"] == stats.articles
    assert counts["entities"] == sum(n for _, n in stats.entities)
    assert counts["facts"] == sum(n for _, n in stats.relations)
    assert summary.startswith(f"{stats.articles:,} articles, ")


@pytest.mark.slow
def test_search_ranks_the_most_connected_match_first(corpus_page: tuple[Path, Path]) -> None:
    path, _ = corpus_page
    with chromium_page() as page:
        opened(page, path)
        page.evaluate("var q = document.getElementById('search'); q.value = 'Romney';"
                      "q.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter'}))")
        selected = page.evaluate("network.getSelectedNodes().map(id => byId[id].label)")
        assert selected == ["Mitt Romney"]
        picks = page.evaluate("[...document.querySelectorAll('#found .pick')]"
                              ".map(r => r.firstChild.textContent)")
        assert picks[0] == "Mitt Romney" and "George Romney" in picks
        # Mitt Romney is in the drawing and in the middle of the screen.
        centre = page.evaluate("(() => { const id = network.getSelectedNodes()[0];"
                               " const p = network.getPositions([id])[id];"
                               " const v = network.getViewPosition();"
                               " return Math.hypot(p.x - v.x, p.y - v.y); })()")
        assert centre < 1
        details = page.evaluate("document.getElementById('details').textContent")
        assert details.startswith("Mitt RomneyPerson") and "Timeline:" in details
        # The pick list moves the focus to another match.
        page.evaluate("[...document.querySelectorAll('#found .pick')]"
                      ".find(r => r.firstChild.textContent === 'George Romney').click()")
        assert page.evaluate("network.getSelectedNodes().map(id => byId[id].label)") == [
            "George Romney"]
        assert page.errors == []


@pytest.mark.slow
def test_clicking_a_contest_opens_its_candidates(corpus_page: tuple[Path, Path]) -> None:
    path, _ = corpus_page
    with chromium_page() as page:
        opened(page, path)
        # The contest with the most candidates the overview does not show yet.
        hub = page.evaluate("""(() => { let best = null, most = 0;
          nodes.get({filter: n => n.kind === 'Election'}).forEach(n => {
            const hidden = adj[n.id].map(i => allEdges[i]).filter(e => e.to === n.id &&
              e.relation === 'candidacy' && !inView[e.from]).length;
            if (hidden > most) { most = hidden; best = n.id; } });
          return best; })()""")
        assert hub is not None
        candidates = page.evaluate(f"adj[{hub}].map(i => allEdges[i]).filter(e => e.to === {hub}"
                                   f" && e.relation === 'candidacy').map(e => e.from)")
        page.evaluate(f"network.focus({hub}, {{scale: 1, animation: false}})")
        click_node(page, hub)
        shown = page.evaluate(f"{json.dumps(candidates)}.filter(id => nodes.get(id) &&"
                              f" !nodes.get(id).hidden).length")
        assert shown == len(candidates)
        details = page.evaluate("document.getElementById('details').textContent")
        assert "Candidates" in details and "Close" in details
        # Opened candidates are drawn with their edges to the contest.
        drawn = page.evaluate(f"network.getConnectedNodes({hub}).length")
        assert drawn >= len(candidates)
        click_node(page, hub)  # a second click closes it again
        assert page.evaluate(f"{json.dumps(candidates)}.filter(id => nodes.get(id)).length") < (
            len(candidates))
        assert page.errors == []
