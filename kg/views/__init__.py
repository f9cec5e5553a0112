"""Interactive HTML views of the knowledge graph, built from the exported RDF alone.

The views read the export (a file, an rdflib ``Graph`` or an Oxigraph store) once, into the
read model (:mod:`kg.readmodel`: labels, records, evidence, places), and draw nothing else, so
what a reviewer sees is exactly what a SPARQL user can query. Which mechanisms recur in a
province, which travel together and in which community come from the analysis
(:mod:`kg.analysis`) of that model, so the pages and the report number the same communities
over the same nodes. Each view is a NetworkX graph with positions precomputed by a seeded
layout, turned into a pyvis ``Network`` (nodes, edges, vis-network options); the page draws
it with vis-network (vendored from the pyvis package into ``lib/``, never a CDN) with
physics off.

Document text is data, never markup: all graph data goes into the page as JSON inside
``<script type="application/json">`` with ``<``, ``>``, ``&`` and U+2028/2029 escaped, and the
page script builds every panel with ``textContent``.

One module per step: :mod:`~kg.views.graphs` (the four views), :mod:`~kg.views.layout`,
:mod:`~kg.views.network` (the pyvis Network), :mod:`~kg.views.page` with
:mod:`~kg.views.records` and :mod:`~kg.views.default`, and :mod:`~kg.views.render` (the
pages); styles in :mod:`~kg.views.styles`.

Example:
    >>> [p.name for p in render(Path("exports/practice-kg.nt"), out / "html")]
    ['index.html', 'overview.html', 'recurrence.html', 'cooccurrence.html', 'regions.html']
"""

from kg.views.default import default_state, visible_count
from kg.views.graphs import (
    VIEWS,
    build_views,
    cooccurrence_view,
    overview_view,
    recurrence_view,
    regions_view,
)
from kg.views.layout import positions
from kg.views.network import network
from kg.views.page import page_data
from kg.views.render import class_counts, copy_assets, render, script_json
from kg.views.styles import (
    ASSETS,
    BLOCK_COLUMNS,
    COMMUNITY_COLORS,
    HIDE_ORDER,
    LEGEND_COMMUNITIES,
    LONE_COLOR,
    MAX_NODES,
    RING_SIZE,
    SEED,
    STYLES,
    TEMPLATES,
    VIS_VERSION,
    ClassStyle,
    View,
)

__all__ = [
    "ASSETS",
    "BLOCK_COLUMNS",
    "COMMUNITY_COLORS",
    "HIDE_ORDER",
    "LEGEND_COMMUNITIES",
    "LONE_COLOR",
    "MAX_NODES",
    "RING_SIZE",
    "SEED",
    "STYLES",
    "TEMPLATES",
    "VIEWS",
    "VIS_VERSION",
    "ClassStyle",
    "View",
    "build_views",
    "class_counts",
    "cooccurrence_view",
    "copy_assets",
    "default_state",
    "network",
    "overview_view",
    "page_data",
    "positions",
    "recurrence_view",
    "regions_view",
    "render",
    "script_json",
    "visible_count",
]
