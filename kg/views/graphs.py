"""The four views as NetworkX graphs: overview, recurrence, co-occurrence (the analysis'
graph and communities) and regions."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

import networkx as nx

from kg import analysis
from kg.analysis import KGData
from kg.readmodel import ReadModel
from kg.views.styles import COMMUNITY_COLORS, LEGEND_COMMUNITIES, LONE_COLOR, STYLES, View

# --- the four views ---------------------------------------------------------------------------


def overview_view(model: ReadModel, data: KGData) -> View:
    """All five classes and the links between them."""
    g = nx.Graph()
    used = sorted({x for m in model.measures.values() for x in m.mechanisms})
    classes = {
        "Measure": sorted(model.measures),
        "Mechanism": used,
        "Region": sorted(model.regions),
        "Agency": sorted(model.agencies),
        "Outcome": sorted(model.outcomes),
    }
    for cls, nodes in classes.items():
        for node in nodes:
            g.add_node(node, cls=cls, layer=cls)
    for m in model.measures.values():
        for prop, targets in (
            ("region", m.regions),
            ("agency", m.agencies),
            ("mechanism", m.mechanisms),
            ("outcome", m.outcomes),
        ):
            for target in targets:
                _link(g, m.iri, target, prop, [m.iri])
    for agency in model.agencies.values():
        for region in agency.regions:
            _link(g, agency.iri, region, "region", [])
    for region in model.regions.values():
        if region.parent:
            _link(g, region.iri, region.parent, "partOf", [])
    unused = len(model.mechanisms) - len(used)
    return View(
        "overview",
        "总览",
        "Overview",
        "举措、机制、地区、机构与成效五类节点及其关系。"
        " Measures, mechanisms, regions, agencies and outcomes, and how they link.",
        g,
        notes=[
            f"词表中有 {unused} 个机制未被任何举措使用,未画出。"
            f" {unused} vocabulary mechanisms that no measure uses are not drawn."
        ]
        if unused
        else [],
        legend=[_class_legend(cls) for cls in classes],
    )


def recurrence_view(model: ReadModel, data: KGData) -> View:
    """Mechanisms × provinces; edge width = number of measures of that province using it."""
    uses: dict[tuple[str, str], list[str]] = defaultdict(list)
    for use in data.uses:
        if use.province:
            uses[(use.province, use.mechanism)].append(use.measure)
    placed = {u.measure for u in data.uses if u.province}
    unplaced = len({u.measure for u in data.uses} - placed)
    g = nx.Graph()
    province_size = Counter(p for p, _ in uses for _ in uses[(p, _)])
    mechanism_reach = Counter(m for _, m in uses)
    for province in sorted(province_size, key=lambda p: (-province_size[p], str(p))):
        g.add_node(province, cls="Region", layer=0)
    for mechanism in sorted(mechanism_reach, key=lambda m: (-mechanism_reach[m], str(m))):
        g.add_node(mechanism, cls="Mechanism", layer=1)
    for (province, mechanism), measures in sorted(uses.items()):
        _link(g, province, mechanism, "usedIn", sorted(set(measures)))
    notes = []
    if unplaced:
        notes.append(
            f"{unplaced} 个使用机制的举措没有可确定的省份,未计入。"
            f" {unplaced} measures with mechanisms but no known province are left out."
        )
    return View(
        "recurrence",
        "机制复现",
        "Recurrence",
        "左列省份,右列机制;连线越粗,该省使用该机制的举措越多。"
        " Provinces (left) × mechanisms (right); edge width = number of measures.",
        g,
        notes=notes,
        legend=[_class_legend("Region", "省份", "Province"), _class_legend("Mechanism")],
    )


def cooccurrence_view(model: ReadModel, data: KGData) -> View:
    """Mechanisms linked when one measure uses both, coloured by Louvain community."""
    cooccurs = analysis.cooccurrence_graph(data, include_candidates=True)
    g = nx.Graph()
    for mechanism in cooccurs:
        g.add_node(mechanism, cls="Mechanism", layer=0)
    for first, second, measures in sorted(cooccurs.edges(data="measures")):
        _link(g, first, second, "cooccurs", measures)
    legend = _color_communities(model, g, analysis.communities(cooccurs))
    return View(
        "cooccurrence",
        "机制共现",
        "Co-occurrence",
        "同一举措中一起使用的机制相连,颜色为 Louvain 社区。"
        " Mechanisms used in the same measure are linked; colour = Louvain community.",
        g,
        legend=legend,
    )


def regions_view(model: ReadModel, data: KGData) -> View:
    """The region hierarchy (pk:partOf) with the measures of each region."""
    g = nx.Graph()
    for region in sorted(model.regions):
        g.add_node(region, cls="Region", layer=0)
    placed = [m for _, m in sorted(model.measures.items()) if m.regions]
    for m in placed:
        g.add_node(m.iri, cls="Measure", layer=1)
    for region in model.regions.values():
        if region.parent:
            _link(g, region.iri, region.parent, "partOf", [])
    for m in placed:
        for region in m.regions:
            _link(g, m.iri, region, "region", [m.iri])
    unplaced = len(model.measures) - len(placed)
    notes = (
        [
            f"{unplaced} 个举措没有地区(如匿名的×市),未画出。"
            f" {unplaced} measures without a region (e.g. an anonymised city) are not drawn."
        ]
        if unplaced
        else []
    )
    return View(
        "regions",
        "地区层级",
        "Regions",
        "行政区划层级(pk:partOf)及各地区的举措。"
        " The region hierarchy (pk:partOf) with the measures of each region.",
        g,
        notes=notes,
        legend=[_class_legend("Region"), _class_legend("Measure")],
    )


VIEWS = (overview_view, recurrence_view, cooccurrence_view, regions_view)


def build_views(model: ReadModel, left_out: int = 0) -> list[View]:
    """Every view of the model, in page order; where mechanisms are drawn a note says whether
    candidates are: ``left_out`` of them were removed, or those the model holds are drawn."""
    data = analysis.load_data(model)
    views = [make(model, data) for make in VIEWS]
    drawn = analysis.candidate_summary(data)["candidates"]
    note = ""
    if left_out:
        note = (
            f"仅显示已审定机制:{left_out} 个候选机制(尚未审定)未画出。"
            f" Curated mechanisms only: {left_out} candidate mechanisms (not yet reviewed) are"
            " left out; `kg render --with-candidates` draws them."
        )
    elif drawn:
        note = (
            f"含 {drawn} 个候选机制(尚未审定)。"
            f" Candidates included: {drawn} candidate mechanisms (not yet reviewed) are drawn."
        )
    if note:
        for view in views:
            if view.name != "regions":
                view.notes.append(note)
    return views


def _link(g: nx.Graph, u: str, v: str, prop: str, measures: Iterable[str]) -> None:
    """Add an edge when both ends are drawn; repeated links merge their measures."""
    if u == v or u not in g or v not in g:
        return
    if g.has_edge(u, v):
        merged = sorted(set(g.edges[u, v]["measures"]) | set(measures))
        g.edges[u, v]["measures"] = merged
        g.edges[u, v]["weight"] = max(1, len(merged))
        return
    names = sorted(set(measures))
    g.add_edge(u, v, source=u, prop=prop, measures=names, weight=max(1, len(names)))


def _class_legend(cls: str, zh: str = "", en: str = "") -> dict[str, str]:
    style = STYLES[cls]
    return {
        "key": cls,
        "zh": zh or style.zh,
        "en": en or style.en,
        "color": style.color,
        "shape": style.shape,
    }


def _color_communities(
    model: ReadModel, g: nx.Graph, ordered: list[tuple[str, ...]]
) -> list[dict[str, str]]:
    """Colour nodes by the analysis' communities, numbered as the report numbers them; lone
    mechanisms share one grey."""
    legend = []
    for index, members in enumerate(ordered):
        lone = len(members) == 1
        color = LONE_COLOR if lone else COMMUNITY_COLORS[index % len(COMMUNITY_COLORS)]
        for node in members:
            g.nodes[node]["color"] = color
            g.nodes[node]["community"] = -1 if lone else index + 1
        if not lone and index < LEGEND_COMMUNITIES:
            top = sorted(members, key=lambda n: (-g.degree(n, weight="weight"), n))[:3]
            names = "、".join(model.label(n) for n in top)
            legend.append(
                {
                    "key": f"c{index + 1}",
                    "zh": f"社区 {index + 1}: {names}",
                    "en": f"{len(members)} mechanisms",
                    "color": color,
                    "shape": "dot",
                }
            )
    rest = sum(1 for c in ordered[LEGEND_COMMUNITIES:] if len(c) > 1)
    if rest:
        legend.append(
            {
                "key": "rest",
                "zh": f"其余 {rest} 个社区",
                "en": f"{rest} more communities",
                "color": "#ffffff",
                "shape": "dot",
            }
        )
    if any(len(c) == 1 for c in ordered):
        legend.append(
            {
                "key": "lone",
                "zh": "未与其他机制共现",
                "en": "used alone",
                "color": LONE_COLOR,
                "shape": "dot",
            }
        )
    return legend
