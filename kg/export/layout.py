"""Node positions for large graphs, so the browser draws them at once with physics off.

networkx's spring layout is quadratic (81 s for 5 k nodes here), so only each component's
best-connected `core_size` nodes (grown outward from its hub) get a spring layout; the rest
are placed on rings around the neighbour that reached them first, and components are packed
in rows, largest first.
"""

from __future__ import annotations

import heapq
import math
import random
from collections import deque
from collections.abc import Hashable, Iterable

import networkx as nx

Position = tuple[float, float]


def _ring_offsets(count: int, spacing: float, rng: random.Random) -> list[Position]:
    """`count` points on concentric rings around a parent, ring j holding about 6(j+1)."""
    offsets: list[Position] = []
    ring = 0
    while len(offsets) < count:
        ring += 1
        capacity = min(6 * ring, count - len(offsets))
        radius = spacing * (0.8 + 0.6 * ring)
        turn = rng.random() * 2 * math.pi
        offsets += [(radius * math.cos(turn + 2 * math.pi * i / capacity),
                     radius * math.sin(turn + 2 * math.pi * i / capacity))
                    for i in range(capacity)]
    return offsets


def _spring(graph: nx.Graph, nodes: Iterable[Hashable], size: float,
            seed: int) -> dict[Hashable, Position]:
    sub = graph.subgraph(nodes)
    if sub.number_of_nodes() == 1:
        return {next(iter(sub)): (0.0, 0.0)}
    pos = nx.spring_layout(sub, seed=seed, scale=size / 2)
    return {n: (float(x), float(y)) for n, (x, y) in pos.items()}


def _connected_core(graph: nx.Graph, nodes: set[Hashable], size: int) -> list[Hashable]:
    """The `size` best-connected nodes reachable from the hub without leaving the set: a
    disconnected core would fling its pieces (and their rings) far apart."""
    key = {n: (-graph.degree(n), str(n)) for n in nodes}
    start = min(nodes, key=key.__getitem__)
    core: list[Hashable] = []
    seen = {start}
    frontier = [(key[start], start)]
    while frontier and len(core) < size:
        _, node = heapq.heappop(frontier)
        core.append(node)
        for n in graph[node]:
            if n not in seen:
                seen.add(n)
                heapq.heappush(frontier, (key[n], n))
    return core


def _component(graph: nx.Graph, nodes: set[Hashable], *, core_size: int, spacing: float,
               seed: int) -> dict[Hashable, Position]:
    size = spacing * math.sqrt(len(nodes)) * 1.6
    if len(nodes) <= core_size:
        return _spring(graph, nodes, size, seed)
    pos = _spring(graph, _connected_core(graph, nodes, core_size), size, seed)
    rng = random.Random(seed)
    queue = deque(sorted(pos, key=lambda n: -graph.degree(n)))
    while queue:
        parent = queue.popleft()
        children = sorted((n for n in graph[parent] if n not in pos), key=str)
        px, py = pos[parent]
        for child, (dx, dy) in zip(children, _ring_offsets(len(children), spacing, rng),
                                   strict=True):
            pos[child] = (px + dx, py + dy)
            queue.append(child)
    return pos


def layout_positions(
    graph: nx.Graph, *, spacing: float = 120.0, core_size: int = 250, seed: int = 7
) -> dict[Hashable, Position]:
    """Positions in screen units (about `spacing` between neighbours), deterministic per seed."""
    simple = nx.Graph(graph.to_undirected(as_view=True)) if graph.is_directed() else graph
    components = sorted(nx.connected_components(simple),
                        key=lambda c: (-len(c), min(map(str, c))))
    placed = [_component(simple, c, core_size=core_size, spacing=spacing, seed=seed)
              for c in components]
    total = sum(len(c) for c in components)
    row_width = spacing * math.sqrt(max(total, 1)) * 2.2
    result: dict[Hashable, Position] = {}
    x = y = row_height = 0.0
    for pos in placed:
        left = min(p[0] for p in pos.values())
        top = min(p[1] for p in pos.values())
        width = max(p[0] for p in pos.values()) - left + spacing
        height = max(p[1] for p in pos.values()) - top + spacing
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in pos.items():
            result[node] = (x + px - left, y + py - top)
        x += width
        row_height = max(row_height, height)
    return result
