"""A view as a pyvis ``Network``: the nodes, edges and vis-network options a page draws.

pyvis holds what vis-network is given (node ids, labels, shapes, colours, positions, sizes;
edges; options); the page takes them out of the Network and writes them through the
project's own escaped, offline template (:mod:`kg.views.render`), never pyvis' templates,
which load Bootstrap from a CDN and do not escape.
"""

from __future__ import annotations

import json
import math
from typing import Any

import networkx as nx
from pyvis.network import Network

from kg.readmodel import ReadModel
from kg.views.styles import DRAG_EDGES, STYLES, VIS_OPTIONS, View


def network(
    model: ReadModel,
    view: View,
    pos: dict[str, tuple[int, int]],
    stands_for: dict[str, set[str]],
    index: dict[str, int],
) -> Network:
    """The view's nodes and edges drawn at ``pos``; each carries the measures it stands for
    (``stands_for``) as their numbers in ``index``, which the page's filters test.

    Directed: an edge goes the way its triple is stated (measure → region, region → parent),
    and pyvis checks an undirected edge against every edge added before it (quadratic: seconds
    for the 5,000 edges of a 5× overview); networkx has already merged repeated links.
    """
    g = view.graph
    net = Network(directed=True)
    options = dict(VIS_OPTIONS)
    options["interaction"] = {
        **options["interaction"],
        "hideEdgesOnDrag": len(g.edges) > DRAG_EDGES,
    }
    net.set_options(json.dumps(options))
    for node in g.nodes:
        measures = sorted(index[m] for m in stands_for[node])
        net.add_node(node, **_node(model, g, node, pos[node], measures))
    for i, (u, v) in enumerate(_sorted_edges(g)):
        attrs = g.edges[u, v]
        measures = sorted(index[m] for m in attrs["measures"])
        net.add_edge(u, v, id=f"e{i}", p=attrs["prop"], w=attrs["weight"], m=measures)
    return net


def _node(
    model: ReadModel, g: nx.Graph, node: str, xy: tuple[int, int], measures: list[int]
) -> dict[str, Any]:
    attrs = g.nodes[node]
    cls = attrs["cls"]
    mechanism = model.mechanisms.get(node)
    found: dict[str, Any] = {
        "label": model.label(node),
        "shape": STYLES[cls].shape,
        "color": attrs.get("color", STYLES[cls].color),
        "cls": cls,
        "en": model.english.get(node, ""),
        "alt": sorted(mechanism.alt_labels) if mechanism else [],
        "x": xy[0],
        "y": xy[1],
        "size": round(8 + 3 * math.sqrt(g.degree(node, weight="weight")), 1),
        "m": measures,
    }
    if "community" in attrs:
        found["community"] = attrs["community"]
    return found


def _sorted_edges(g: nx.Graph) -> list[tuple[str, str]]:
    """Edges as (source, target) in the direction they were stated, sorted."""
    pairs = []
    for u, v, source in g.edges(data="source"):
        pairs.append((u, v) if source == u else (v, u))
    return sorted(pairs)
