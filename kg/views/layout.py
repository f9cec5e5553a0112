"""Positions from seeded NetworkX layouts, rounded so renders are byte-identical."""

from __future__ import annotations

import math
from collections import defaultdict

import networkx as nx

from kg.views.styles import BLOCK_COLUMNS, RING_SIZE, SEED, View

# --- layout -----------------------------------------------------------------------------------


def positions(view: View) -> dict[str, tuple[int, int]]:
    """Pixel positions from seeded NetworkX layouts, rounded so renders are byte-identical."""
    g = _canonical(view.graph)
    if not len(g):
        return {}
    if view.name == "cooccurrence":
        raw = _community_layout(g)
    elif view.name == "recurrence":
        raw = _bipartite_layout(g)
    else:
        raw = _hub_layout(g, list(g.nodes))
    return {n: (round(x), round(y)) for n, (x, y) in raw.items()}


def _bipartite_layout(g: nx.Graph) -> dict[str, tuple[float, float]]:
    """Provinces in a column on the left; mechanisms several provinces share in a column on
    their right, ordered by reach and placed level with their provinces; each province's own
    mechanisms in a block beside the shared column, level with the province.

    What recurs where is then read left to right: the middle column is the answer, the
    blocks are what each province reports alone.
    """
    provinces = sorted(
        (n for n, layer in g.nodes(data="layer") if layer == 0), key=lambda n: (-g.degree(n), n)
    )
    pos: dict[str, tuple[float, float]] = {}
    top = 0.0
    for province in provinces:
        alone = sorted(m for m in g.neighbors(province) if g.degree(m) == 1)
        rows = max(1, math.ceil(len(alone) / BLOCK_COLUMNS))
        pos[province] = (0.0, top + 40.0 * (rows - 1) / 2)
        for i, mechanism in enumerate(alone):
            pos[mechanism] = (900.0 + 70.0 * (i % BLOCK_COLUMNS), top + 40.0 * (i // BLOCK_COLUMNS))
        top += 40.0 * rows + 80.0
    shared = [n for n, layer in g.nodes(data="layer") if layer == 1 and g.degree(n) > 1]

    def level(mechanism: str) -> float:
        return sum(pos[p][1] for p in g.neighbors(mechanism)) / g.degree(mechanism)

    shared.sort(key=lambda m: (-g.degree(m), level(m), m))
    step = max(30.0, top / max(1, len(shared)))
    for i, mechanism in enumerate(shared):
        pos[mechanism] = (450.0, i * step)
    return pos


def _canonical(g: nx.Graph) -> nx.Graph:
    """The same graph with nodes and edges inserted in sorted order.

    Seeded layouts and Louvain still follow insertion order, and the RDF graph's order
    depends on the hash seed; sorting first makes renders byte-identical across processes.
    """
    out = nx.Graph()
    out.add_nodes_from(sorted(g.nodes(data=True), key=lambda item: item[0]))
    edges = ((*sorted((u, v)), data) for u, v, data in g.edges(data=True))
    out.add_edges_from(sorted(edges, key=lambda edge: (edge[0], edge[1])))
    return out


def _spring(g: nx.Graph, nodes: list[str], spacing: float) -> dict[str, tuple[float, float]]:
    """Seeded Fruchterman–Reingold layout of ``nodes`` scaled so neighbours sit about
    ``spacing`` apart.

    This is what ``nx.spring_layout(seed=SEED, iterations=80, weight=None)`` does below 500
    nodes (the same calls, so the positions are the same), at every size: from 500 nodes on
    networkx switches to a sparse variant that loops in Python over the nodes in every
    iteration (9 s for the 1,069-node core of a 5× overview, against 2–4 s for numpy's dense
    arrays; 1,069² distances are 9 MB). A subgraph view of a few nodes iterates its node *set*
    (hash order), so the subgraph is copied in sorted order before the layout.
    """
    sub = _canonical(g.subgraph(nodes))
    if len(sub) == 1:
        return {nodes[0]: (0.0, 0.0)}
    adjacency = nx.to_numpy_array(sub, weight=None)
    raw = nx.drawing.layout._fruchterman_reingold(adjacency, iterations=80, seed=SEED)
    raw = nx.rescale_layout(raw, scale=1)
    scale = spacing * math.sqrt(len(sub))
    return {n: (float(x) * scale, float(y) * scale) for n, (x, y) in zip(sub, raw, strict=True)}


def _hub_layout(g: nx.Graph, nodes: list[str]) -> dict[str, tuple[float, float]]:
    """Spring layout of the core; leaves (one link, to the core) ring their hub; connected
    parts are packed side by side, largest first.

    Leaves are most of a large graph (outcomes, one-off mechanisms, a region's measures):
    placing them around their hub keeps the layout fast and each hub readable.
    """
    sub = g.subgraph(nodes)
    leaves: dict[str, list[str]] = defaultdict(list)
    core = []
    for node in nodes:
        hub = _only_neighbour(sub, node)
        if hub is not None and sub.degree(hub) > 1:
            leaves[hub].append(node)
        else:
            core.append(node)
    parts = []
    for component in _components(sub.subgraph(core), core):
        pos = _spring(g, component, spacing=140.0)
        for hub in component:
            pos.update(_ring(pos[hub], leaves.get(hub, [])))
        parts.append(pos)
    return _pack(parts)


def _components(g: nx.Graph, order: list[str]) -> list[list[str]]:
    """Connected parts, largest first, each in ``order``'s order (deterministic)."""
    rank = {n: i for i, n in enumerate(order)}
    parts = [sorted(c, key=rank.__getitem__) for c in nx.connected_components(g)]
    return sorted(parts, key=lambda c: (-len(c), rank[c[0]]))


def _ring(centre: tuple[float, float], ring: list[str]) -> dict[str, tuple[float, float]]:
    """Leaves on concentric rings around their hub, at most RING_SIZE per ring."""
    cx, cy = centre
    pos = {}
    for start in range(0, len(ring), RING_SIZE):
        chunk = ring[start : start + RING_SIZE]
        radius = max(60.0, 30.0 * len(chunk) / (2 * math.pi)) + 50.0 * (start // RING_SIZE)
        for i, leaf in enumerate(chunk):
            angle = 2 * math.pi * i / len(chunk) + 0.3
            pos[leaf] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle))
    return pos


def _only_neighbour(g: nx.Graph, node: str) -> str | None:
    neighbours = list(g.neighbors(node))
    return neighbours[0] if len(neighbours) == 1 else None


def _pack(parts: list[dict[str, tuple[float, float]]]) -> dict[str, tuple[float, float]]:
    """Place laid-out parts in rows (shelf packing), in the given order, without overlap."""
    boxes = [_bounds(p) for p in parts]
    area = sum((x1 - x0 + 80) * (y1 - y0 + 80) for x0, y0, x1, y1 in boxes)
    width = max(math.sqrt(area) * 1.3, max((x1 - x0 for x0, _, x1, _ in boxes), default=0))
    pos: dict[str, tuple[float, float]] = {}
    x = y = row = 0.0
    for part, (x0, y0, x1, y1) in zip(parts, boxes, strict=True):
        if x > 0 and x + (x1 - x0) > width:
            x, y, row = 0.0, y + row + 80.0, 0.0
        pos.update({n: (px - x0 + x, py - y0 + y) for n, (px, py) in part.items()})
        x += x1 - x0 + 80.0
        row = max(row, y1 - y0)
    return pos


def _bounds(pos: dict[str, tuple[float, float]]) -> tuple[float, float, float, float]:
    xs = [x for x, _ in pos.values()]
    ys = [y for _, y in pos.values()]
    return min(xs), min(ys), max(xs), max(ys)


def _community_layout(g: nx.Graph) -> dict[str, tuple[float, float]]:
    """Each Louvain community laid out on its own and packed largest first; mechanisms used
    alone (no partner) in a grid after them."""
    groups: dict[int, list[str]] = defaultdict(list)
    for node, community in g.nodes(data="community"):
        groups[community].append(node)
    lone = groups.pop(-1, [])
    parts = [_hub_layout(g, members) for _, members in sorted(groups.items())]
    if lone:
        columns = max(6, round(math.sqrt(len(lone) * 2)))
        parts.append(
            {n: (110.0 * (i % columns), 60.0 * (i // columns)) for i, n in enumerate(lone)}
        )
    return _pack(parts)
