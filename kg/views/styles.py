"""How the views look: class styles, community colours, sizes, and the View record."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

MAX_NODES = 1000
"""Above this many nodes a view opens on a filtered default, so the page stays responsive."""

SEED = 42
"""Seed of every layout, so two renders of one graph are byte-identical (communities come
from :func:`kg.analysis.communities`, seeded there)."""

VIS_VERSION = "vis-9.1.2"
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
ASSETS = ("practice-kg.js", "practice-kg.css")


@dataclass(frozen=True)
class ClassStyle:
    """How one ontology class is drawn: Chinese and English names, colour, vis shape."""

    zh: str
    en: str
    color: str
    shape: str


STYLES: dict[str, ClassStyle] = {
    "Measure": ClassStyle("举措", "Measure", "#4e79a7", "dot"),
    "Mechanism": ClassStyle("机制", "Mechanism", "#e15759", "diamond"),
    "Region": ClassStyle("地区", "Region", "#59a14f", "square"),
    "Agency": ClassStyle("机构", "Agency", "#f28e2b", "triangle"),
    "Outcome": ClassStyle("成效", "Outcome", "#9467bd", "star"),
}

COMMUNITY_COLORS = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
    "#ff9da7", "#9c755f", "#17becf", "#bcbd22", "#8c564b", "#1f77b4", "#d62728",
)  # fmt: skip
LONE_COLOR = "#bab0ac"
"""Colour of a co-occurrence community of one mechanism (never used together with another)."""

RING_SIZE = 60
"""Leaves per ring around a hub; more leaves go on further rings."""

BLOCK_COLUMNS = 12
"""Mechanisms one province alone uses are drawn in a block of this many columns beside it."""

LEGEND_COMMUNITIES = 10
"""Communities named in the co-occurrence legend (largest first); the rest are counted."""

HIDE_ORDER = ("Outcome", "Agency", "Measure")
"""Classes a too-large view hides first, least central first."""

DRAG_EDGES = 2000
"""Above this many edges, edges are hidden while the view is dragged, so dragging stays smooth."""

VIS_OPTIONS = {
    "physics": False,
    "layout": {"improvedLayout": False},
    "interaction": {
        "hover": True,
        "tooltipDelay": 150,
        "navigationButtons": False,
        "keyboard": False,
    },
    "nodes": {"borderWidth": 1},
    "edges": {"smooth": False, "selectionWidth": 2},
}
"""vis-network options of every view: positions are precomputed, so physics is off."""


@dataclass
class View:
    """One drawable view: a NetworkX graph plus the page texts that say what it shows."""

    name: str
    title: str
    title_en: str
    description: str
    graph: nx.Graph
    notes: list[str] = field(default_factory=list)
    legend: list[dict[str, str]] = field(default_factory=list)
