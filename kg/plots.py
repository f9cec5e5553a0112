"""Figures people would rather look at than read: a mechanism × province heatmap and the
co-occurrence network, as PNG and SVG, with Chinese labels in an installed CJK font.

Output is byte-identical across runs: the Agg canvas (figures are plain ``Figure`` objects,
so importing this module never switches a notebook's backend), a fixed ``svg.hashsalt``, no
dates or version strings in the file metadata, and layouts with a fixed seed.

Example (``out`` is an empty folder):
    >>> from kg.analysis import load_export
    >>> data = load_export(Path("exports/practice-kg.nt"))
    >>> [p.name for p in save_figure(heatmap(data, top=5), out / "heatmap")]
    ['heatmap.png', 'heatmap.svg']
    >>> _ = save_figure(heatmap(data, top=5), out / "again")
    >>> (out / "heatmap.svg").read_bytes() == (out / "again.svg").read_bytes()
    True
"""

from __future__ import annotations

import html
import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import matplotlib
import networkx as nx
import numpy as np
from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from kg.analysis import (
    KGData,
    as_data,
    communities,
    community_index,
    cooccurrence_graph,
    recurrence,
)
from kg.errors import KgError

CJK_FONTS = (
    "Noto Sans CJK SC",
    "Noto Sans CJK JP",
    "Noto Sans CJK TC",
    "Noto Serif CJK SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "AR PL UMing CN",
)
"""Fonts with the simplified Chinese glyphs, preferred first."""
FONT_PACKAGE = "fonts-noto-cjk"
SVG_HASHSALT = "practice-kg"
PNG_METADATA = {"Software": None}
SVG_METADATA = {"Date": None, "Creator": "Practice KG"}
DPI = 150
LAYOUT_SEED = 42


class MissingCJKFont(KgError, RuntimeError):
    """No installed font can draw Chinese: figures would show boxes instead of labels."""

    def __init__(self) -> None:
        super().__init__(
            "no CJK font found by matplotlib (looked for Noto Sans CJK and others); Chinese "
            f"labels would be drawn as boxes. Install one, e.g. `apt-get install {FONT_PACKAGE}`"
            ", then clear matplotlib's font cache (rm -r ~/.cache/matplotlib)."
        )


def cjk_font() -> str:
    """The family name of an installed CJK font, or MissingCJKFont naming the package.

    Example:
        >>> cjk_font()
        'Noto Sans CJK SC'
    """
    installed = {f.name for f in font_manager.fontManager.ttflist}
    for name in CJK_FONTS:
        if name in installed:
            return name
    raise MissingCJKFont()


@contextmanager
def figure_style() -> Iterator[None]:
    """Matplotlib settings for every figure: CJK font, stable SVG ids, plain paths."""
    settings = {
        "font.family": [cjk_font()],
        "svg.hashsalt": SVG_HASHSALT,
        "svg.fonttype": "path",
        "axes.unicode_minus": False,
    }
    with matplotlib.rc_context(settings):
        yield


def save_figure(fig: Figure, stem: Path) -> list[Path]:
    """Write ``stem``.png and ``stem``.svg (no timestamps) through the Agg/SVG canvases."""
    stem.parent.mkdir(parents=True, exist_ok=True)
    png, svg = stem.with_suffix(".png"), stem.with_suffix(".svg")
    FigureCanvasAgg(fig)
    with matplotlib.rc_context({"svg.hashsalt": SVG_HASHSALT, "svg.fonttype": "path"}):
        fig.savefig(png, dpi=DPI, metadata=PNG_METADATA)
        fig.savefig(svg, metadata=SVG_METADATA)
    return [png, svg]


def figure_png(fig: Figure) -> bytes:
    """The figure as PNG bytes, for notebooks (a plain Figure has no inline display)."""
    buffer = io.BytesIO()
    FigureCanvasAgg(fig)
    fig.savefig(buffer, format="png", dpi=DPI, metadata=PNG_METADATA)
    return buffer.getvalue()


# --- heatmap --------------------------------------------------------------------------------


def heatmap_matrix(source: Any, top: int = 30) -> tuple[list[str], list[str], np.ndarray]:
    """(mechanism labels, province labels, counts of measures), rows sorted by recurrence.

    Rows are the ``top`` vocabulary mechanisms by number of provinces (then measures);
    columns the provinces, most mechanisms first. Candidates are left out.

    Example:
        >>> rows, cols, counts = heatmap_matrix(data, top=5)
        >>> rows[0], counts.shape
        ('包容审慎监管  (4)', (5, 12))
    """
    data = as_data(source)
    rows = [r for r in recurrence(data) if not r.candidate and r.provinces][:top]
    index = {r.iri: i for i, r in enumerate(rows)}
    cells: dict[tuple[str, str], set[str]] = {}
    for use in data.uses:
        if use.mechanism in index and use.province:
            cells.setdefault((use.mechanism, data.label(use.province)), set()).add(use.measure)
    provinces = {data.label(p) for p in data.regions("province")}
    columns = _province_order(data, provinces, cells)
    counts = np.zeros((len(rows), len(columns)), dtype=int)
    for (mech, province), measures in cells.items():
        counts[index[mech], columns.index(province)] = len(measures)
    labels = [f"{r.label}  ({len(r.provinces)})" for r in rows]
    return labels, columns, counts


def _province_order(
    data: KGData, provinces: set[str], cells: dict[tuple[str, str], set[str]]
) -> list[str]:
    """Provinces with the most mechanisms in the figure first, then by name."""
    width = {p: sum(1 for _, q in cells if q == p) for p in provinces}
    return sorted(provinces, key=lambda p: (-width[p], p))


def heatmap(source: Any, top: int = 30) -> Figure:
    """Mechanism × province heatmap of measure counts, most widespread mechanisms on top.

    Example (the rows of :func:`heatmap_matrix`, top to bottom):
        >>> fig = heatmap(data, top=5)
        >>> [label.get_text() for label in fig.axes[0].get_yticklabels()][:2]
        ['包容审慎监管  (4)', '一件事一次办  (4)']
    """
    rows, columns, counts = heatmap_matrix(source, top)
    with figure_style():
        fig = Figure(figsize=(2.5 + 0.55 * len(columns), 1.6 + 0.32 * len(rows)))
        ax = fig.add_subplot()
        if not rows:  # a graph whose mechanisms are all candidates: nothing curated to count
            ax.axis("off")
            ax.text(0.5, 0.5, "没有已收录的机制", ha="center", va="center", fontsize=11)
            return fig
        ax.imshow(counts, cmap="Blues", aspect="auto", vmin=0, vmax=max(1, counts.max()))
        ax.set_xticks(range(len(columns)), columns, rotation=45, ha="right", fontsize=9)
        ax.set_yticks(range(len(rows)), rows, fontsize=9)
        for (i, j), value in np.ndenumerate(counts):
            if value:
                colour = "white" if value > counts.max() / 2 else "black"
                ax.text(j, i, str(value), ha="center", va="center", fontsize=7, color=colour)
        ax.set_title("机制 × 省份：举措数（括号内为省份数）", fontsize=11)
        fig.tight_layout()
    return fig


# --- co-occurrence network ------------------------------------------------------------------


def network_figure(source: Any, top: int = 40) -> Figure:
    """The co-occurrence network of the ``top`` mechanisms by weighted degree.

    Node colour = Louvain community, node size = measures, edge width = shared measures.

    Example (as PNG bytes, the way a notebook shows it):
        >>> figure_png(network_figure(data, top=10))[:8]
        b'\\x89PNG\\r\\n\\x1a\\n'
    """
    graph = cooccurrence_graph(as_data(source), include_candidates=True)  # the caller's data
    groups = communities(graph)
    index = community_index(groups)
    sub = top_subgraph(graph, top)
    positions = nx.spring_layout(sub, seed=LAYOUT_SEED, weight="weight", k=1.2, iterations=200)
    with figure_style():
        fig = Figure(figsize=(12, 10))
        ax = fig.add_subplot()
        _draw_network(ax, sub, positions, index)
        ax.set_title("机制共现网络（同一举措中出现；颜色＝社区）", fontsize=12)
        ax.set_axis_off()
        fig.tight_layout()
    return fig


def top_subgraph(graph: nx.Graph, top: int) -> nx.Graph:
    """A copy holding the ``top`` connected nodes by weighted degree, in sorted order.

    A copy rather than ``graph.subgraph``: a subgraph view of a small node set iterates
    that set, whose order changes with the hash seed, and so would the layout.
    """
    keep = sorted(graph, key=lambda n: (-graph.degree(n, weight="weight"), n))[:top]
    nodes = sorted(n for n in keep if graph.degree(n) > 0)
    sub = nx.Graph()
    sub.add_nodes_from((n, graph.nodes[n]) for n in nodes)
    edges = sorted((a, b) if a < b else (b, a) for a, b in graph.edges(nodes))
    sub.add_edges_from((a, b, graph.edges[a, b]) for a, b in edges if a in sub and b in sub)
    return sub


def _draw_network(ax: Any, graph: nx.Graph, positions: dict, index: dict[str, int]) -> None:
    palette = matplotlib.colormaps["tab10"]
    nodes = sorted(graph)
    edges = sorted(graph.edges)
    widths = [0.3 + 0.8 * (graph.edges[e]["weight"] - 1) for e in edges]
    nx.draw_networkx_edges(graph, positions, edgelist=edges, width=widths, alpha=0.25, ax=ax)
    nx.draw_networkx_nodes(
        graph,
        positions,
        nodelist=nodes,
        node_size=[80 + 40 * graph.nodes[n]["measures"] for n in nodes],
        node_color=[palette((index.get(n, 1) - 1) % 10) for n in nodes],
        ax=ax,
    )
    box = {"boxstyle": "round,pad=0.15", "facecolor": "white", "alpha": 0.75, "linewidth": 0}
    for node in nodes:
        x, y = positions[node]
        label = graph.nodes[node]["label"]
        ax.annotate(
            label,
            (x, y),
            xytext=(0, 7),
            textcoords="offset points",
            fontsize=8,
            ha="center",
            va="bottom",
            bbox=box,
        )


# --- interactive view for the notebook ------------------------------------------------------


def network_html(source: Any, top: int = 40, height: int = 520) -> str:
    """A self-contained vis-network page (JS inlined from pyvis' own copy, no CDN).

    pyvis' ``cdn_resources="in_line"`` template still loads Bootstrap from a CDN, so this
    builds the nodes with pyvis and writes a minimal page around them. Wrap it with
    :func:`iframe` to show it in a notebook.

    Example:
        >>> page = network_html(data)
        >>> page.count("<script>"), page.count("<script src"), page.count("<link")
        (3, 0, 0)
    """
    from pyvis.network import Network

    graph = cooccurrence_graph(as_data(source))
    index = community_index(communities(graph))
    sub = top_subgraph(graph, top)
    net = Network(height=f"{height}px", width="100%", cdn_resources="in_line")
    for node, attrs in sub.nodes(data=True):
        net.add_node(
            node,
            label=attrs["label"],
            title=f"{attrs['label']} · {attrs['category']} · {attrs['measures']} measures",
            group=index.get(node, 0),
            value=attrs["measures"],
        )
    for a, b, weight in sub.edges(data="weight"):
        net.add_edge(a, b, value=weight, title=str(weight))
    return _page(net.nodes, net.edges, height)


def _page(nodes: list[dict], edges: list[dict], height: int) -> str:
    import pyvis

    lib = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
    script = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    style = (lib / "vis-network.css").read_text(encoding="utf-8")
    payload = json.dumps({"nodes": nodes, "edges": edges}, ensure_ascii=False, sort_keys=True)
    payload = payload.replace("</", "<\\/")
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><style>{style}</style>
<style>#net {{ height: {height}px; border: 1px solid #ddd; }}</style>
<script>{script}</script></head>
<body><div id="net"></div><script>
const data = {payload};
new vis.Network(document.getElementById("net"),
  {{nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges)}},
  {{physics: {{stabilization: {{iterations: 200}}}}, nodes: {{shape: "dot"}},
   layout: {{randomSeed: {LAYOUT_SEED}}}}});
</script></body></html>"""


def iframe(page: str, height: int = 540) -> str:
    """The page in an ``<iframe srcdoc>``, so it shows inline in Jupyter with its own scripts.

    Wrapped in a ``<div>`` because IPython warns about HTML that starts with an iframe.
    """
    return (
        f'<div><iframe srcdoc="{html.escape(page, quote=True)}" width="100%" '
        f'height="{height}" style="border:none"></iframe></div>'
    )
