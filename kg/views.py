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

Example:
    >>> render(Path("exports/practice-kg.nt"), Path("exports/html"))
    [PosixPath('exports/html/index.html'), PosixPath('exports/html/overview.html'), ...]
"""

from __future__ import annotations

import json
import math
import shutil
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from kg import analysis
from kg.graph import TripleIndex, read_ntriples
from kg.namespaces import PK
from kg.readmodel import ReadModel, read_model

MAX_NODES = 1000
"""Above this many nodes a view opens on a filtered default, so the page stays responsive."""

SEED = 42
"""Seed of every layout, so two renders of one graph are byte-identical (communities come
from :func:`kg.analysis.communities`, seeded there)."""

VIS_VERSION = "vis-9.1.2"
TEMPLATES = Path(__file__).resolve().parent / "templates"
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


# --- reading the RDF graph --------------------------------------------------------------------


def load_graph(source: Graph | Path) -> Graph:
    """The graph itself, or read from an export file (format from the file ending); an
    N-Triples export is read by pyoxigraph into a :class:`kg.graph.TripleIndex`, which answers
    the views' lookups several times faster than an rdflib store."""
    if isinstance(source, Graph):
        return source
    if source.suffix == ".nt":
        return read_ntriples(source)  # type: ignore[return-value]
    fmt = {".ttl": "turtle", ".jsonld": "json-ld"}.get(source.suffix, "turtle")
    return Graph().parse(source, format=fmt)


def _text(value: Any) -> str:
    return str(value) if value is not None else ""


def clear_caches() -> None:
    """Forget cached lookups; every entry point calls this so a changed graph is re-read."""
    for cached in (label, english, read, mechanism_category, _evidence_index, _record):
        cached.cache_clear()


@lru_cache(maxsize=4)
def read(kg: Graph) -> tuple[ReadModel, analysis.KGData]:
    """The export's read model and the analysis data drawn from it, made once per graph."""
    model = read_model(kg)
    return model, analysis.load_data(model)


@lru_cache(maxsize=65536)
def label(kg: Graph, node: URIRef) -> str:
    """Chinese label: rdfs:label, else skos:prefLabel @zh, else the IRI's last segment."""
    for prop in (RDFS.label, SKOS.prefLabel):
        values = sorted(kg.objects(node, prop), key=_lang_rank)
        if values:
            return str(values[0])
    return str(node).rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _lang_rank(value: Any) -> tuple[int, str]:
    lang = getattr(value, "language", None) or ""
    return ({"zh": 0, "": 1}.get(lang.lower().split("-")[0], 2), str(value))


@lru_cache(maxsize=65536)
def english(kg: Graph, node: URIRef) -> str:
    """English label (skos:prefLabel or rdfs:label @en), or empty."""
    for prop in (SKOS.prefLabel, RDFS.label):
        for value in sorted(kg.objects(node, prop), key=str):
            if isinstance(value, Literal) and (value.language or "").startswith("en"):
                return str(value)
    return ""


def _one(kg: Graph, node: URIRef, prop: URIRef) -> Any:
    values = sorted(kg.objects(node, prop), key=str)
    return values[0] if values else None


def _refs(kg: Graph, node: URIRef, prop: URIRef) -> list[URIRef]:
    return sorted(o for o in kg.objects(node, prop) if isinstance(o, URIRef))


def instances(kg: Graph, cls: str) -> list[URIRef]:
    """Sorted IRIs typed with ``pk:<cls>``."""
    return sorted(s for s in kg.subjects(RDF.type, PK[cls]) if isinstance(s, URIRef))


def used_mechanisms(kg: Graph) -> list[URIRef]:
    """Mechanisms at least one measure uses (the vocabulary holds unused ones too)."""
    return sorted({o for _, o in kg.subject_objects(PK.mechanism) if isinstance(o, URIRef)})


def measure_provinces(kg: Graph, measure: URIRef) -> list[URIRef]:
    """The measure's province as a facet value (none when the place is unknown)."""
    province = read(kg)[0].measures[str(measure)].province
    return [URIRef(province)] if province else []


@lru_cache(maxsize=65536)
def mechanism_category(kg: Graph, mechanism: URIRef) -> URIRef | None:
    """The mechanism's broader pk:MechanismCategory, if any (candidates have none)."""
    for broader in _refs(kg, mechanism, SKOS.broader):
        if (broader, RDF.type, PK.MechanismCategory) in kg:
            return broader
    return None


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
    """Seeded spring layout of ``nodes`` scaled so neighbours sit about ``spacing`` apart.

    A subgraph view of a few nodes iterates its node *set* (hash order), so the subgraph is
    copied in sorted order before the layout.
    """
    sub = _canonical(g.subgraph(nodes))
    if len(sub) == 1:
        return {nodes[0]: (0.0, 0.0)}
    raw = nx.spring_layout(sub, seed=SEED, iterations=80, weight=None, method="force")
    scale = spacing * math.sqrt(len(sub))
    return {n: (float(x) * scale, float(y) * scale) for n, (x, y) in raw.items()}


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


# --- page data --------------------------------------------------------------------------------


def page_data(kg: Graph, view: View, max_nodes: int = MAX_NODES) -> dict[str, Any]:
    """Everything the page script needs, JSON-ready and in a fixed order."""
    g = view.graph
    pos = positions(view)
    measure_ids = _view_measures(kg, g)
    index = {m: i for i, m in enumerate(measure_ids)}
    nodes = [_node_data(kg, g, node, pos[node], index) for node in g.nodes]
    edges = [_edge_data(g, i, u, v, index) for i, (u, v) in enumerate(_sorted_edges(g))]
    facets, measures = _facets(kg, measure_ids)
    records, evidence = _records(kg, list(g.nodes), measure_ids)
    data = {
        "view": {"name": view.name, "title": view.title, "titleEn": view.title_en},
        "classes": {
            k: {"zh": s.zh, "en": s.en, "color": s.color, "shape": s.shape}
            for k, s in STYLES.items()
        },
        "legend": view.legend,
        "notes": view.notes,
        "nodes": nodes,
        "edges": edges,
        "measures": measures,
        "facets": facets,
        "records": records,
        "evidence": evidence,
    }
    data["default"] = default_state(data, max_nodes)
    return data


def _records(
    kg: Graph, drawn: list[str], measure_ids: list[str]
) -> tuple[dict[str, dict], list[dict]]:
    """Detail records of drawn nodes (evidence rows stored once, by index) and short records
    of the measures that edges stand for (label and source file only)."""
    records: dict[str, dict] = {}
    rows: dict[tuple, int] = {}
    evidence: list[dict] = []
    for node in sorted(drawn):
        record = dict(_record(kg, URIRef(node)))
        found = record.pop("evidence", [])
        record["ev"] = [_row_index(row, rows, evidence) for row in found]
        records[node] = record
    for measure in measure_ids:
        if measure not in records:
            full = _record(kg, URIRef(measure))
            source = full.get("source", {})
            records[measure] = {
                "label": full["label"],
                "cls": full["cls"],
                "file": source.get("file", ""),
            }
    return records, evidence


def _row_index(row: dict[str, Any], rows: dict[tuple, int], evidence: list[dict]) -> int:
    key = (*_evidence_key(row), row["quote"], row["basis"])
    if key not in rows:
        rows[key] = len(evidence)
        evidence.append(row)
    return rows[key]


def _sorted_edges(g: nx.Graph) -> list[tuple[str, str]]:
    """Edges as (source, target) in the direction they were stated, sorted."""
    pairs = []
    for u, v, source in g.edges(data="source"):
        pairs.append((u, v) if source == u else (v, u))
    return sorted(pairs)


def _view_measures(kg: Graph, g: nx.Graph) -> list[str]:
    """Every measure a node or edge of the view stands for, sorted."""
    found: set[str] = set()
    for node in g.nodes:
        found.update(_node_measures(kg, g, node))
    for _, _, measures in g.edges(data="measures"):
        found.update(measures)
    return sorted(found)


def _node_measures(kg: Graph, g: nx.Graph, node: str) -> set[str]:
    """The measures a node stands for; filters show a node when one of them matches."""
    cls = g.nodes[node]["cls"]
    iri = URIRef(node)
    if cls == "Measure":
        return {node}
    if cls == "Region":
        return {str(m) for m in _region_measures(kg, iri)}
    prop = {"Mechanism": PK.mechanism, "Agency": PK.agency, "Outcome": PK.outcome}[cls]
    return {str(m) for m in kg.subjects(prop, iri) if (m, RDF.type, PK.Measure) in kg}


def _region_measures(kg: Graph, region: URIRef) -> set[URIRef]:
    """Measures placed in the region or anywhere below it (pk:partOf*)."""
    below = {region}
    frontier = [region]
    while frontier:
        for child in kg.subjects(PK.partOf, frontier.pop()):
            if isinstance(child, URIRef) and child not in below:
                below.add(child)
                frontier.append(child)
    return {m for r in below for m in kg.subjects(PK.region, r) if (m, RDF.type, PK.Measure) in kg}


def _node_data(
    kg: Graph, g: nx.Graph, node: str, xy: tuple[int, int], index: dict[str, int]
) -> dict[str, Any]:
    attrs = g.nodes[node]
    iri = URIRef(node)
    cls = attrs["cls"]
    degree = g.degree(node, weight="weight")
    data: dict[str, Any] = {
        "id": node,
        "cls": cls,
        "label": label(kg, iri),
        "en": english(kg, iri),
        "alt": sorted(str(a) for a in kg.objects(iri, SKOS.altLabel)),
        "x": xy[0],
        "y": xy[1],
        "size": round(8 + 3 * math.sqrt(degree), 1),
        "m": sorted(index[m] for m in _node_measures(kg, g, node) if m in index),
    }
    if "color" in attrs:
        data["color"] = attrs["color"]
        data["community"] = attrs["community"]
    return data


def _edge_data(g: nx.Graph, i: int, u: str, v: str, index: dict[str, int]) -> dict[str, Any]:
    attrs = g.edges[u, v]
    return {
        "id": f"e{i}",
        "from": u,
        "to": v,
        "p": attrs["prop"],
        "w": attrs["weight"],
        "m": sorted(index[m] for m in attrs["measures"]),
    }


def _facets(kg: Graph, measure_ids: list[str]) -> tuple[dict[str, list[list[str]]], list[dict]]:
    """Filter values (province, theme, mechanism category) and each measure's values."""
    values: dict[str, set[URIRef]] = {"province": set(), "theme": set(), "category": set()}
    measures = []
    for m in measure_ids:
        iri = URIRef(m)
        row = {
            "province": measure_provinces(kg, iri),
            "theme": _refs(kg, iri, PK.theme),
            "category": sorted(
                {c for x in _refs(kg, iri, PK.mechanism) if (c := mechanism_category(kg, x))}
            ),
        }
        for key, found in row.items():
            values[key].update(found)
        measures.append(
            {
                "id": m,
                "p": [str(x) for x in row["province"]],
                "t": [str(x) for x in row["theme"]],
                "c": [str(x) for x in row["category"]],
            }
        )
    facets = {
        key: [[str(v), _facet_label(kg, v)] for v in sorted(found)] for key, found in values.items()
    }
    return facets, measures


def _facet_label(kg: Graph, node: URIRef) -> str:
    en = english(kg, node)
    return f"{label(kg, node)} · {en}" if en else label(kg, node)


# --- detail records ---------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def _record(kg: Graph, node: URIRef) -> dict[str, Any]:
    """What the detail panel shows for a node: facts, source span and evidence quotes."""
    cls = next((c for c in STYLES if (node, RDF.type, PK[c]) in kg), "")
    record: dict[str, Any] = {"label": label(kg, node), "cls": cls, "facts": _facts(kg, node, cls)}
    source = _source(kg, node)
    if source:
        record["source"] = source
    evidence = _evidence(kg, node, cls)
    if evidence:
        record["evidence"] = evidence
    return record


def _facts(kg: Graph, node: URIRef, cls: str) -> list[list[str]]:
    rows: list[tuple[str, Any]] = []
    if cls == "Measure":
        rows = [
            ("序号 ordinal", _one(kg, node, PK.ordinal)),
            ("编号 case label", _one(kg, node, PK.caseLabel)),
            ("状态 status", _one(kg, node, PK.status)),
            ("栏目 section", _one(kg, node, PK.section)),
            ("主题 theme", "、".join(label(kg, t) for t in _refs(kg, node, PK.theme))),
            ("地区 region", "、".join(label(kg, r) for r in _refs(kg, node, PK.region))),
        ]
    elif cls == "Mechanism":
        category = mechanism_category(kg, node)
        rows = [
            ("英文 English", english(kg, node)),
            ("类别 category", label(kg, category) if category else ""),
            ("别名 also", "、".join(sorted(str(a) for a in kg.objects(node, SKOS.altLabel)))),
            ("候选 candidate", "是 yes" if _one(kg, node, PK.candidate) else ""),
        ]
    elif cls == "Region":
        parent = _one(kg, node, PK.partOf)
        rows = [
            ("层级 level", _one(kg, node, PK.level)),
            ("代码 code", _one(kg, node, PK.adminCode)),
            ("上级 part of", label(kg, parent) if isinstance(parent, URIRef) else ""),
        ]
    elif cls == "Agency":
        rows = [("辖区 region", "、".join(label(kg, r) for r in _refs(kg, node, PK.region)))]
    elif cls == "Outcome":
        rows = [
            ("指标 metric", _one(kg, node, PK.metric)),
            ("数值 value", _one(kg, node, PK.value)),
            ("单位 unit", _one(kg, node, PK.unit)),
            ("基线 baseline", _one(kg, node, PK.baseline)),
        ]
    rows.append(("IRI", node))
    return [[name, _text(value)] for name, value in rows if _text(value)]


def _document_name(kg: Graph, doc: Any) -> str:
    if not isinstance(doc, URIRef):
        return ""
    return _text(_one(kg, doc, PK.fileName)) or label(kg, doc)


def _source(kg: Graph, node: URIRef) -> dict[str, Any] | None:
    """The node's own span: source file, offsets and quote (measures and outcomes)."""
    quote = _one(kg, node, PK.quote)
    if quote is None:
        return None
    doc = _one(kg, node, PK.document)
    if doc is None:  # an outcome without pk:document: take its measure's
        owners = sorted(kg.subjects(PK.outcome, node), key=str)
        doc = _one(kg, owners[0], PK.document) if owners else None
    return {
        "file": _document_name(kg, doc),
        "start": _int(_one(kg, node, PK.start)),
        "end": _int(_one(kg, node, PK.end)),
        "quote": str(quote),
    }


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _evidence(kg: Graph, node: URIRef, cls: str) -> list[dict[str, Any]]:
    """Evidence of the node's links: a measure's own links, or the uses of a mechanism etc."""
    by_subject, by_object = _evidence_index(kg)
    if cls == "Measure":
        return by_subject.get(node, [])
    if cls in ("Mechanism", "Outcome", "Agency"):
        return by_object.get(node, [])
    return []


@lru_cache(maxsize=8)
def _evidence_index(kg: Graph) -> tuple[dict[URIRef, list[dict]], dict[URIRef, list[dict]]]:
    """Every pk:Evidence row, by its rdf:subject and by its rdf:object, read in one pass."""
    by_subject: dict[URIRef, list[dict]] = defaultdict(list)
    by_object: dict[URIRef, list[dict]] = defaultdict(list)
    for item in instances(kg, "Evidence"):
        row = _evidence_row(kg, item)
        subject, obj = _one(kg, item, RDF.subject), _one(kg, item, RDF.object)
        if isinstance(subject, URIRef):
            by_subject[subject].append(row)
        if isinstance(obj, URIRef):
            by_object[obj].append(row)
    for rows in (*by_subject.values(), *by_object.values()):
        rows.sort(key=_evidence_key)
    return dict(by_subject), dict(by_object)


def _evidence_key(row: dict[str, Any]) -> tuple:
    return (row["file"], row["start"] or 0, row["end"] or 0, row["p"], row["sid"], row["oid"])


def _evidence_row(kg: Graph, item: URIRef) -> dict[str, Any]:
    prop = _one(kg, item, RDF.predicate)
    subject, obj = _one(kg, item, RDF.subject), _one(kg, item, RDF.object)
    return {
        "s": label(kg, subject) if isinstance(subject, URIRef) else _text(subject),
        "sid": str(subject) if isinstance(subject, URIRef) else "",
        "p": str(prop).rsplit("#", 1)[-1] if prop is not None else "",
        "o": label(kg, obj) if isinstance(obj, URIRef) else _text(obj),
        "oid": str(obj) if isinstance(obj, URIRef) else "",
        "file": _document_name(kg, _one(kg, item, PK.document)),
        "start": _int(_one(kg, item, PK.start)),
        "end": _int(_one(kg, item, PK.end)),
        "quote": _text(_one(kg, item, PK.quote)),
        "basis": _text(_one(kg, item, PK.basis)),
    }


# --- the filtered default for large views -----------------------------------------------------


def visible_count(data: dict[str, Any], hide: Iterable[str], province: str | None) -> int:
    """Nodes the page draws under a class filter and a province filter (same rule as the JS)."""
    hidden = set(hide)
    ok = [province is None or province in m["p"] for m in data["measures"]]
    return sum(
        1
        for n in data["nodes"]
        if n["cls"] not in hidden and (province is None or any(ok[i] for i in n["m"]))
    )


def default_state(data: dict[str, Any], max_nodes: int) -> dict[str, Any]:
    """What a view opens on: everything, or for a large graph a filter that fits ``max_nodes``."""
    total = len(data["nodes"])
    hide: list[str] = []
    province: str | None = None
    present = {n["cls"] for n in data["nodes"]}
    for cls in HIDE_ORDER:
        if visible_count(data, hide, province) <= max_nodes:
            break
        if cls in present and len(present - {*hide, cls}) > 0:
            hide.append(cls)
    if visible_count(data, hide, province) > max_nodes and data["facets"]["province"]:
        province = _busiest_province(data)
    shown = visible_count(data, hide, province)
    if shown == total:
        return {"hide": [], "province": "", "note": "", "shown": total}
    return {
        "hide": hide,
        "province": province or "",
        "shown": shown,
        "note": _default_note(data, total, shown, hide, province),
    }


def _busiest_province(data: dict[str, Any]) -> str:
    counts = Counter(p for m in data["measures"] for p in m["p"])
    return sorted(counts, key=lambda p: (-counts[p], p))[0]


def _default_note(
    data: dict[str, Any], total: int, shown: int, hide: list[str], province: str | None
) -> str:
    parts_zh, parts_en = [], []
    if hide:
        parts_zh.append("隐藏" + "、".join(STYLES[c].zh for c in hide))
        parts_en.append("hidden: " + ", ".join(STYLES[c].en for c in hide))
    if province:
        name = dict(map(tuple, data["facets"]["province"]))[province]
        parts_zh.append(f"只显示{name}")
        parts_en.append(f"only {name}")
    return (
        f"本图有 {total} 个节点,为保持流畅默认显示 {shown} 个({';'.join(parts_zh)})。"
        f"用筛选或“显示全部”查看其余部分。 This graph has {total} nodes; it opens showing "
        f"{shown} ({'; '.join(parts_en)}). Use the filters or “show all” to see the rest."
    )


# --- writing the pages ------------------------------------------------------------------------


def script_json(data: Any) -> Markup:
    """JSON that is safe inside a <script> element: no <, >, & or line separators survive."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for raw, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, escaped)
    return Markup(text)


def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(["html"]),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _vis_dir() -> Path:
    """vis-network as shipped inside the pyvis package (no CDN, no download)."""
    root = Path(str(resources.files("pyvis")))
    for folder in (root / "lib" / VIS_VERSION, root / "templates" / "lib" / VIS_VERSION):
        if (folder / "vis-network.min.js").exists():
            return folder
    raise FileNotFoundError(f"pyvis does not ship {VIS_VERSION}/vis-network.min.js")


def copy_assets(out: Path) -> None:
    """Vendor vis-network and the page script/style into ``out/lib``."""
    lib = out / "lib"
    lib.mkdir(parents=True, exist_ok=True)
    vis = _vis_dir()
    shutil.copyfile(vis / "vis-network.min.js", lib / "vis-network.min.js")
    shutil.copyfile(vis / "vis-network.css", lib / "vis-network.min.css")
    for name in ASSETS:
        shutil.copyfile(TEMPLATES / name, lib / name)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8", newline="\n")
    return path


def render(
    source: Graph | Path, out: Path, *, max_nodes: int = MAX_NODES, with_candidates: bool = False
) -> list[Path]:
    """Write index.html and one page per view into ``out``; return the pages written.

    Curated mechanisms only (the pages say how many candidates are left out), unless
    ``with_candidates``."""
    kg, left_out = load_graph(source), 0
    if not with_candidates:
        kg, left_out = without_candidates(kg)
    out.mkdir(parents=True, exist_ok=True)
    copy_assets(out)
    env = _environment()
    page = env.get_template("view.html")
    written, summaries = [], []
    for view in build_views(kg, left_out):
        data = page_data(kg, view, max_nodes)
        html = page.render(view=view, data=script_json(data), default=data["default"])
        written.append(_write(out / f"{view.name}.html", html))
        summaries.append(_summary(view, data))
    index = env.get_template("index.html").render(views=summaries, counts=class_counts(kg))
    return [_write(out / "index.html", index), *written]


def _summary(view: View, data: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": view.name,
        "title": view.title,
        "title_en": view.title_en,
        "description": view.description,
        "nodes": len(data["nodes"]),
        "edges": len(data["edges"]),
        "note": data["default"]["note"],
        "notes": view.notes,
    }


def class_counts(kg: Graph) -> list[dict[str, Any]]:
    """Instances per class, for the index page."""
    return [
        {"zh": s.zh, "en": s.en, "color": s.color, "count": len(instances(kg, cls))}
        for cls, s in STYLES.items()
    ]
