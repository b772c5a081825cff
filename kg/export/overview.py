"""The overview of a large graph for the HTML page: contests as hub cards in bands by year and
place, with room for every label; entities linked to no contest go to a list instead.

A card shows its contest's leading candidates (outcomes first); the page opens the rest.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache

import networkx as nx

Position = tuple[float, float]
# Facts that tie a person to an office or a party: drawn as edges, they make those nodes huge
# hubs that tangle everything; the overview shows them as node attributes instead.
SPOKES = ("holds_office", "party")
OUTCOMES = ("won", "lost")
# Components this small with no contest in them are listed beside the graph, not drawn.
MINOR_SIZE = 2
OVERVIEW_BUDGET = 700  # members shown at first across all cells, besides the hubs
LABEL_FONT = 14
YEAR_FONT = 120  # read at any zoom: whole-corpus overviews are drawn at about 1:10
PLACE_FONT = 24
SCREEN_ASPECT = 1.45  # a laptop window less the side panel
CARD_COLUMNS = 3
_CHAR_WIDTH = 0.6  # of the font size: a generous average for sans-serif names
_GAP = 18.0

# Territories for the place headers; the lexicons list the states and DC only (extraction finds no
# territory: its OCD ids would be territory:xx, not state:xx), so these stay here.
_US_TERRITORIES = {
    "pr": "Puerto Rico", "gu": "Guam", "vi": "U.S. Virgin Islands", "as": "American Samoa",
    "mp": "Northern Mariana Islands",
}
COUNTRIES = {
    "us": "United States", "gb": "United Kingdom", "fr": "France", "de": "Germany",
    "mx": "Mexico", "ca": "Canada", "fi": "Finland", "ru": "Russia", "it": "Italy",
    "es": "Spain", "gr": "Greece", "eg": "Egypt", "in": "India", "jp": "Japan", "cn": "China",
    "au": "Australia", "br": "Brazil", "ve": "Venezuela", "il": "Israel", "ir": "Iran",
    "kr": "South Korea", "tw": "Taiwan", "nl": "Netherlands", "ie": "Ireland", "ua": "Ukraine",
    "af": "Afghanistan", "iq": "Iraq", "ly": "Libya", "sy": "Syria", "pk": "Pakistan",
    "za": "South Africa", "ng": "Nigeria", "ke": "Kenya", "ar": "Argentina", "co": "Colombia",
}


@dataclass(frozen=True)
class Header:
    """A text-only node naming a band (year) or a block (place)."""

    text: str
    x: float
    y: float
    size: int


@dataclass(frozen=True)
class Overview:
    """Where the overview draws what, and what it leaves for the reader to open."""

    positions: dict[Hashable, Position]  # the nodes drawn at first
    hubs: dict[Hashable, Hashable]  # every member of a cell -> its hub (a hub -> itself)
    ranks: dict[Hashable, int]  # a member's rank in its cell: the order it is expanded in
    minor: tuple[Hashable, ...]  # isolated entities and minor pairs, most connected first
    headers: tuple[Header, ...]
    fonts: dict[Hashable, int]  # label size of every node: larger for the most connected

    @property
    def shown(self) -> frozenset[Hashable]:
        return frozenset(self.positions)


@dataclass(frozen=True, eq=False)
class _HeaderNode:
    """Stands in for a header while blocks are packed; each one is distinct."""

    text: str
    font: int


@dataclass
class _Box:
    """A node with its label: the rectangle (relative to the node's centre) it must own."""

    node: Hashable
    x: float
    y: float
    half_width: float
    above: float
    below: float

    def overlaps(self, other: _Box, gap: float) -> tuple[float, float]:
        """How far the two boxes overlap along x and y (both > 0 when they do)."""
        dx = (self.half_width + other.half_width + gap) - abs(self.x - other.x)
        top, bottom = self.y - self.above, self.y + self.below
        o_top, o_bottom = other.y - other.above, other.y + other.below
        dy = min(bottom, o_bottom) - max(top, o_top) + gap
        return dx, dy


def label_extent(label: str, font: int, size: float) -> tuple[float, float, float]:
    """(half width, height above the centre, height below) of a node drawn with its label
    under it, as vis-network does for dots, stars and other shapes."""
    lines = label.split("\n") or [""]
    width = max(len(line) for line in lines) * font * _CHAR_WIDTH
    height = len(lines) * font * 1.2
    return max(width / 2, size), size, size + 4 + height


def wrap_label(label: str, width: int = 26) -> str:
    """A long contest name on a few lines, so its card is not as wide as its name."""
    lines: list[str] = []
    for word in label.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


def display_label(data: dict[str, object]) -> str:
    label = str(data.get("label", ""))
    return wrap_label(label) if data.get("type") == "Election" else label


def election_year(data: dict[str, object]) -> str | None:
    for text in (data.get("date"), data.get("label")):
        found = re.search(r"\b(1[89]\d\d|2\d\d\d)\b", str(text or ""))
        if found:
            return found.group(1)
    return None


def election_place(data: dict[str, object]) -> tuple[str, str]:
    """(country, state) codes from an OCD division id, e.g. ('us', 'ia'); '' when unknown."""
    division = str(data.get("division") or "")
    country = re.search(r"country:([a-z]{2})", division)
    state = re.search(r"state:([a-z]{2})", division)
    return (country.group(1) if country else "", state.group(1) if state else "")


@cache
def us_states() -> dict[str, str]:
    """OCD state code -> name ("ga" -> "Georgia"): the states and DC as the extraction lexicons
    (kg/extract/data/lexicons.json) spell them, and the territories. Imported on first use, not
    at the top: importing kg.extract loads spaCy, which an export of a small graph does without."""
    from kg.extract.lexicons import STATES

    return {code.lower(): name for code, name in STATES.items()} | _US_TERRITORIES


def place_name(country: str, state: str) -> str:
    if not country:
        return "Place not stated"
    name = COUNTRIES.get(country, country.upper())
    if state:
        state_name = us_states().get(state, state.upper()) if country == "us" else state
        return f"{name} \u00b7 {state_name}"
    return name


def contest_graph(graph: nx.MultiDiGraph, *, spokes: bool) -> nx.Graph:
    """Undirected, one edge per linked pair weighted by its facts; spokes only if asked."""
    simple = nx.Graph()
    simple.add_nodes_from(graph)
    for u, v, data in graph.edges(data=True):
        if u == v or (not spokes and data.get("relation") in SPOKES):
            continue
        if simple.has_edge(u, v):
            simple[u][v]["weight"] += 1
        else:
            simple.add_edge(u, v, weight=1)
    return simple


def _assign_hubs(simple: nx.Graph, hubs: Iterable[Hashable]) -> dict[Hashable, Hashable]:
    """Each node to its nearest hub (breadth first from every hub at once); at equal distance
    the hub it shares most facts with, then the larger hub."""
    owner: dict[Hashable, Hashable] = {}
    order = sorted(hubs, key=lambda h: (-simple.degree(h, weight="weight"), str(h)))
    frontier = list(order)
    for hub in order:
        owner[hub] = hub
    while frontier:
        claims: dict[Hashable, Counter[Hashable]] = defaultdict(Counter)
        for node in frontier:
            for n, attrs in simple[node].items():
                if n not in owner:
                    claims[n][owner[node]] += attrs["weight"]
        rank = {h: i for i, h in enumerate(order)}
        for n, votes in claims.items():
            owner[n] = min(votes, key=lambda h: (-votes[h], rank[h]))
        frontier = sorted(claims, key=str)
    return owner


def _member_rank(graph: nx.MultiDiGraph, simple: nx.Graph, hub: Hashable,
                 members: Sequence[Hashable]) -> list[Hashable]:
    """Who shows first in a cell: outcomes, then candidates, then facts with the hub, then
    the most connected."""
    def key(node: Hashable) -> tuple[int, int, float, float, str]:
        relations = {d.get("relation") for d in (graph.get_edge_data(node, hub) or {}).values()}
        outcome = 0 if relations & set(OUTCOMES) else 1
        candidate = 0 if "candidacy" in relations else 1
        shared = simple[hub][node]["weight"] if simple.has_edge(hub, node) else 0
        return (outcome, candidate, -shared, -simple.degree(node, weight="weight"), str(node))
    return sorted(members, key=key)


def _spread(boxes: list[_Box], *, fixed: int = 1, rounds: int = 200) -> None:
    """Push overlapping boxes apart (the first `fixed` stay put) until none overlap."""
    for _ in range(rounds):
        moved = False
        for i, a in enumerate(boxes):
            for j in range(i + 1, len(boxes)):
                b = boxes[j]
                dx, dy = a.overlaps(b, _GAP)
                if dx <= 0 or dy <= 0:
                    continue
                moved = True
                mover, other = (b, a) if j >= fixed else (a, b)
                if dx < dy:
                    mover.x += dx if mover.x >= other.x else -dx
                else:
                    mover.y += dy if mover.y >= other.y else -dy
        if not moved:
            return


def _cell(graph: nx.MultiDiGraph, hub: Hashable, members: Sequence[Hashable],
          fonts: dict[Hashable, int], sizes: dict[Hashable, float]) -> list[_Box]:
    """A card: the hub on top, its shown members in a grid under it, labels clear."""
    def box(node: Hashable, x: float, y: float) -> _Box:
        half, above, below = label_extent(display_label(graph.nodes[node]), fonts[node],
                                          sizes[node])
        return _Box(node, x, y, half, above, below)

    boxes = [box(hub, 0.0, 0.0)]
    if members:
        grid = [box(m, 0.0, 0.0) for m in members]
        columns = min(len(grid), CARD_COLUMNS)
        width = max(2 * b.half_width for b in grid) + _GAP
        y = boxes[0].below + 50.0
        for start in range(0, len(grid), columns):
            row = grid[start:start + columns]
            top = max(b.above for b in row)
            for i, b in enumerate(row):
                b.x = (i - (len(row) - 1) / 2) * width
                b.y = y + top
            y += top + max(b.below for b in row) + 30.0
        boxes += grid
    _spread(boxes)
    return boxes


def _extent(boxes: Iterable[_Box]) -> tuple[float, float, float, float]:
    items = list(boxes)
    return (min(b.x - b.half_width for b in items), min(b.y - b.above for b in items),
            max(b.x + b.half_width for b in items), max(b.y + b.below for b in items))


def _shift(boxes: Iterable[_Box], dx: float, dy: float) -> None:
    for b in boxes:
        b.x += dx
        b.y += dy


def _shelf(groups: Sequence[list[_Box]], width: float, gap: float) -> list[_Box]:
    """Groups of boxes placed left to right in rows no wider than `width` (top-left 0, 0)."""
    out: list[_Box] = []
    x = y = row = 0.0
    for boxes in groups:
        left, top, right, bottom = _extent(boxes)
        if x > 0 and x + right - left > width:
            x, y, row = 0.0, y + row + gap, 0.0
        _shift(boxes, x - left, y - top)
        out += boxes
        x += right - left + gap
        row = max(row, bottom - top)
    return out


def _headed(title: str, font: int, boxes: list[_Box]) -> list[_Box]:
    """`boxes` under a header naming them."""
    left, top, _, _ = _extent(boxes)
    half = len(title) * font * _CHAR_WIDTH / 2
    header = _Box(_HeaderNode(title, font), left + half, top - font, half, font * 0.7,
                  font * 0.7)
    return [header, *boxes]


def build_overview(graph: nx.MultiDiGraph, *, spokes: bool = False,
                   sizes: dict[Hashable, float] | None = None) -> Overview:
    """Hubs, their cells, bands and the minor list for `graph`."""
    simple = contest_graph(graph, spokes=spokes)
    kinds = {n: d.get("type") for n, d in graph.nodes(data=True)}
    left_out: list[Hashable] = []
    if not spokes:  # they are attributes of people now, listed beside the graph
        left_out = [n for n, k in kinds.items() if k in ("Office", "Party")]
        simple.remove_nodes_from(left_out)
    sizes = sizes or {n: 10.0 for n in graph}
    degree = dict(simple.degree(weight="weight"))
    hubs: list[Hashable] = []
    minor: list[Hashable] = []
    for component in nx.connected_components(simple):
        elections = [n for n in component if kinds[n] == "Election"]
        if elections and len(component) > 1:
            hubs += elections
        elif len(component) <= MINOR_SIZE:
            minor += component
        else:  # a group with no contest: its best-connected node stands in for one
            hubs.append(min(component, key=lambda n: (-degree[n], str(n))))
    owner = _assign_hubs(simple, hubs)
    cells: dict[Hashable, list[Hashable]] = defaultdict(list)
    for node, hub in owner.items():
        if node != hub:
            cells[hub].append(node)
    ranked = {h: _member_rank(graph, simple, h, cells[h]) for h in hubs}
    ranks = {m: i for h in hubs for i, m in enumerate(ranked[h])}
    people = sorted((n for n in owner if n not in cells), key=lambda n: (-degree[n], str(n)))
    top = set(people[:25])
    fonts = _fonts(graph, degree, hubs, top)
    per_cell = max(2, min(8, OVERVIEW_BUDGET // max(len(hubs), 1)))
    shown = {h: _linked_first(simple, h, ranked[h], per_cell, top) for h in hubs}
    if not hubs:
        positions: dict[Hashable, Position] = {}
        headers: tuple[Header, ...] = ()
    else:
        positions, headers = _pack(_bands(graph, kinds, hubs, shown, fonts, sizes))
    minor += left_out
    minor.sort(key=lambda n: (-graph.degree(n), str(graph.nodes[n].get("label", n))))
    return Overview(positions, dict(owner), ranks, tuple(minor), headers, fonts)


def _linked_first(simple: nx.Graph, hub: Hashable, ranked: Sequence[Hashable], count: int,
                  always: set[Hashable]) -> list[Hashable]:
    """The first `count` members in rank order (and any in `always`) that link to the hub or
    to a member already chosen: a chosen member is never drawn alone."""
    chosen: list[Hashable] = []
    placed = {hub}
    waiting = list(ranked)
    progress = True
    while waiting and progress:
        progress = False
        for node in list(waiting):
            if len(chosen) >= count and node not in always:
                continue
            if any(n in placed for n in simple[node]):
                chosen.append(node)
                placed.add(node)
                waiting.remove(node)
                progress = True
                break
    return sorted(chosen, key=list(ranked).index)


def _fonts(graph: nx.MultiDiGraph, degree: dict[Hashable, float], hubs: Sequence[Hashable],
           top: set[Hashable]) -> dict[Hashable, int]:
    """Label sizes: hubs by their facts, the most connected people larger than the rest."""
    fonts = {n: LABEL_FONT for n in graph}
    for hub in hubs:
        fonts[hub] = int(min(40, 20 + 3 * math.log2(1 + degree.get(hub, 0))))
    for node in top:
        fonts[node] = int(min(26, LABEL_FONT + 2 * math.log2(1 + degree.get(node, 0))))
    return fonts


def _bands(graph: nx.MultiDiGraph, kinds: dict[Hashable, object], hubs: Sequence[Hashable],
           shown: dict[Hashable, list[Hashable]], fonts: dict[Hashable, int],
           sizes: dict[Hashable, float]) -> list[tuple[str, list[tuple[str, list[list[_Box]]]]]]:
    """Bands (a year, then undated contests, then other groups) of blocks (a place) of cards,
    each card laid out around (0, 0)."""
    bands: dict[str, dict[str, list[Hashable]]] = defaultdict(lambda: defaultdict(list))
    place_order: dict[str, tuple[int, str, str]] = {}
    for hub in hubs:
        data = graph.nodes[hub]
        if kinds[hub] == "Election":
            year = election_year(data) or "Year not stated"
            country, state = election_place(data)
            place = place_name(country, state)
            place_order[place] = (0 if country == "us" else 1 if country else 2, country, state)
        else:
            year, place = "Other connections", ""
            place_order[place] = (3, "", "")
        bands[year][place].append(hub)

    def band_key(year: str) -> tuple[int, str]:
        return (0, f"{9999 - int(year):04d}") if year.isdigit() else (
            1 if year == "Year not stated" else 2, year)

    out = []
    for year in sorted(bands, key=band_key):
        blocks = []
        for place in sorted(bands[year], key=lambda p: (place_order[p], p)):
            members = sorted(bands[year][place], key=lambda h: (
                -len(shown[h]), str(graph.nodes[h].get("label", h))))
            blocks.append((place, [_cell(graph, h, shown[h], fonts, sizes) for h in members]))
        out.append((year, blocks))
    return out


def _copy(boxes: Iterable[_Box]) -> list[_Box]:
    return [replace(b) for b in boxes]


def _packed(bands: list[tuple[str, list[tuple[str, list[list[_Box]]]]]],
            width: float) -> list[_Box]:
    """Cards in rows under their place's header, places in rows under their year's header,
    years in rows: no row wider than `width` unless one card is."""
    groups = []
    for year, blocks in bands:
        headed = []
        for place, cards in blocks:
            block = _shelf([_copy(c) for c in cards], width, 40.0)
            headed.append(_headed(place, PLACE_FONT, block) if place else block)
        groups.append(_headed(year, YEAR_FONT, _shelf(headed, width, 80.0)))
    return _shelf(groups, width, 160.0)


def _pack(bands: list[tuple[str, list[tuple[str, list[list[_Box]]]]]]) -> tuple[
        dict[Hashable, Position], tuple[Header, ...]]:
    """The packing, among some row widths, whose shape is closest to a screen's."""
    cards = [c for _, blocks in bands for _, cs in blocks for c in cs]
    area = sum((r - le + 40) * (b - t + 40) for le, t, r, b in map(_extent, cards))
    widest = max([r - le for le, _, r, _ in map(_extent, cards)] + [1.0])
    best: list[_Box] = []
    best_score = math.inf
    for factor in (0.6, 0.8, 1.0, 1.25, 1.6, 2.0, 2.5):
        width = max(widest, math.sqrt(area * SCREEN_ASPECT) * factor)
        boxes = _packed(bands, width)
        left, top, right, bottom = _extent(boxes)
        # The screen shows the packing at the scale its longer side allows: prefer the
        # packing that scale makes largest.
        score = max((right - left) / SCREEN_ASPECT, bottom - top)
        if score < best_score:
            best, best_score = boxes, score
    positions: dict[Hashable, Position] = {}
    headers: list[Header] = []
    for b in best:
        if isinstance(b.node, _HeaderNode):
            headers.append(Header(b.node.text, round(b.x, 1), round(b.y, 1), b.node.font))
        else:
            positions[b.node] = (round(b.x, 1), round(b.y, 1))
    return positions, tuple(headers)


def overlapping_labels(boxes: Sequence[tuple[float, float, float, float]]) -> list[tuple[int, int]]:
    """Index pairs of (left, top, right, bottom) rectangles that overlap: for the tests."""
    cells: dict[tuple[int, int], list[int]] = defaultdict(list)
    size = max([max(r - le, b - t) for le, t, r, b in boxes] + [1.0])
    for i, (le, t, r, b) in enumerate(boxes):
        for cx in range(int(le // size), int(r // size) + 1):
            for cy in range(int(t // size), int(b // size) + 1):
                cells[(cx, cy)].append(i)
    pairs = set()
    for members in cells.values():
        for i in members:
            for j in members:
                if i < j:
                    a, b2 = boxes[i], boxes[j]
                    if a[0] < b2[2] and b2[0] < a[2] and a[1] < b2[3] and b2[1] < a[3]:
                        pairs.add((i, j))
    return sorted(pairs)

