"""Interactive HTML views of the knowledge graph, built from the RDF graph alone.

The views read only the exported RDF (an rdflib ``Graph`` or an export file), so what a
reviewer sees is exactly what a SPARQL user can query. Where a measure is, which mechanisms
recur in a province, which travel together and in which community come from the read model
(:mod:`kg.readmodel`) and the analysis (:mod:`kg.analysis`), so the pages and the report
number the same communities over the same nodes. Each view is a NetworkX graph with
positions precomputed by a seeded layout; the page draws it with vis-network (vendored from
the pyvis package into ``lib/``, never a CDN) with physics off.

Document text is data, never markup: all graph data goes into the page as JSON inside
``<script type="application/json">`` with ``<``, ``>``, ``&`` and U+2028/2029 escaped, and the
page script builds every panel with ``textContent``.

One module per step: :mod:`~kg.views.lookup` (what the views read), :mod:`~kg.views.graphs`
(the four views), :mod:`~kg.views.layout`, :mod:`~kg.views.page` with :mod:`~kg.views.records`
and :mod:`~kg.views.default`, and :mod:`~kg.views.render` (the pages); styles in
:mod:`~kg.views.styles`.

Example:
    >>> render(Path("exports/practice-kg.nt"), Path("exports/html"))
    [PosixPath('exports/html/index.html'), PosixPath('exports/html/overview.html'), ...]
"""

from kg.views.default import default_state, visible_count
from kg.views.graphs import (
    VIEWS,
    build_views,
    cooccurrence_view,
    overview_view,
    recurrence_view,
    regions_view,
    without_candidates,
)
from kg.views.layout import positions
from kg.views.lookup import (
    english,
    instances,
    label,
    load_graph,
    measure_provinces,
    mechanism_category,
    read,
    used_mechanisms,
)
from kg.views.page import page_data
from kg.views.records import clear_caches
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
    "clear_caches",
    "cooccurrence_view",
    "copy_assets",
    "default_state",
    "english",
    "instances",
    "label",
    "load_graph",
    "measure_provinces",
    "mechanism_category",
    "overview_view",
    "page_data",
    "positions",
    "read",
    "recurrence_view",
    "regions_view",
    "render",
    "script_json",
    "used_mechanisms",
    "visible_count",
    "without_candidates",
]
