"""The four views as NetworkX graphs: overview, recurrence, co-occurrence (the analysis'
graph and communities) and regions."""

from __future__ import annotations

from collections import Counter, defaultdict

import networkx as nx
from rdflib import RDF, Graph, Literal, URIRef

from kg import analysis
from kg.graph import TripleIndex
from kg.namespaces import PK
from kg.views.lookup import _refs, instances, label, read, used_mechanisms
from kg.views.records import clear_caches
from kg.views.styles import COMMUNITY_COLORS, LEGEND_COMMUNITIES, LONE_COLOR, STYLES, View

# --- the four views ---------------------------------------------------------------------------


def overview_view(kg: Graph) -> View:
    """All five classes and the links between them."""
    g = nx.Graph()
    classes = {
        "Measure": instances(kg, "Measure"),
        "Mechanism": used_mechanisms(kg),
        "Region": instances(kg, "Region"),
        "Agency": instances(kg, "Agency"),
        "Outcome": instances(kg, "Outcome"),
    }
    for cls, nodes in classes.items():
        for node in nodes:
            g.add_node(str(node), cls=cls, layer=cls)
    for measure in classes["Measure"]:
        for prop in ("region", "agency", "mechanism", "outcome"):
            for target in _refs(kg, measure, PK[prop]):
                _link(g, measure, target, prop, [measure])
    for agency in classes["Agency"]:
        for region in _refs(kg, agency, PK.region):
            _link(g, agency, region, "region", [])
    for region in classes["Region"]:
        for parent in _refs(kg, region, PK.partOf):
            _link(g, region, parent, "partOf", [])
    unused = len(instances(kg, "Mechanism")) - len(classes["Mechanism"])
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


def recurrence_view(kg: Graph) -> View:
    """Mechanisms × provinces; edge width = number of measures of that province using it."""
    data = read(kg)[1]
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
        g.add_node(str(province), cls="Region", layer=0)
    for mechanism in sorted(mechanism_reach, key=lambda m: (-mechanism_reach[m], str(m))):
        g.add_node(str(mechanism), cls="Mechanism", layer=1)
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


def cooccurrence_view(kg: Graph) -> View:
    """Mechanisms linked when one measure uses both, coloured by Louvain community."""
    cooccurs = analysis.cooccurrence_graph(read(kg)[1], include_candidates=True)
    g = nx.Graph()
    for mechanism in cooccurs:
        g.add_node(mechanism, cls="Mechanism", layer=0)
    for first, second, measures in sorted(cooccurs.edges(data="measures")):
        _link(g, first, second, "cooccurs", measures)
    legend = _color_communities(kg, g, analysis.communities(cooccurs))
    return View(
        "cooccurrence",
        "机制共现",
        "Co-occurrence",
        "同一举措中一起使用的机制相连,颜色为 Louvain 社区。"
        " Mechanisms used in the same measure are linked; colour = Louvain community.",
        g,
        legend=legend,
    )


def regions_view(kg: Graph) -> View:
    """The region hierarchy (pk:partOf) with the measures of each region."""
    g = nx.Graph()
    for region in instances(kg, "Region"):
        g.add_node(str(region), cls="Region", layer=0)
    placed = [m for m in instances(kg, "Measure") if _refs(kg, m, PK.region)]
    for measure in placed:
        g.add_node(str(measure), cls="Measure", layer=1)
    for region in instances(kg, "Region"):
        for parent in _refs(kg, region, PK.partOf):
            _link(g, region, parent, "partOf", [])
    for measure in placed:
        for region in _refs(kg, measure, PK.region):
            _link(g, measure, region, "region", [measure])
    unplaced = len(instances(kg, "Measure")) - len(placed)
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


def build_views(kg: Graph, left_out: int = 0) -> list[View]:
    """Every view of the graph, in page order; where mechanisms are drawn a note says whether
    candidates are: ``left_out`` of them were removed, or those the graph holds are drawn."""
    clear_caches()
    views = [make(kg) for make in VIEWS]
    drawn = analysis.candidate_summary(read(kg)[1])["candidates"]
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


def without_candidates(kg: Graph | TripleIndex) -> tuple[TripleIndex, int]:
    """The graph without candidate mechanisms, their links and evidence; and how many of
    the candidates a measure used (what the pages say they leave out)."""
    candidates = set(kg.subjects(PK.candidate, Literal(True)))
    used = {o for _, o in kg.subject_objects(PK.mechanism) if o in candidates}
    evidence = {s for s, o in kg.subject_objects(RDF.object) if o in candidates}
    dropped = candidates | evidence
    kept = (t for t in kg if t[0] not in dropped and t[2] not in dropped)
    return TripleIndex(kept), len(used)


def _link(g: nx.Graph, source: URIRef, target: URIRef, prop: str, measures: list[URIRef]) -> None:
    """Add an edge when both ends are drawn; repeated links merge their measures."""
    u, v = str(source), str(target)
    if u == v or u not in g or v not in g:
        return
    if g.has_edge(u, v):
        merged = sorted(set(g.edges[u, v]["measures"]) | {str(m) for m in measures})
        g.edges[u, v]["measures"] = merged
        g.edges[u, v]["weight"] = max(1, len(merged))
        return
    names = sorted({str(m) for m in measures})
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
    kg: Graph, g: nx.Graph, ordered: list[tuple[str, ...]]
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
            names = "、".join(label(kg, URIRef(n)) for n in top)
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
