"""Everything a page's script needs, JSON-ready and in a fixed order."""

from __future__ import annotations

import math
from typing import Any

import networkx as nx
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import SKOS

from kg.namespaces import PK
from kg.views.default import default_state
from kg.views.layout import positions
from kg.views.lookup import _refs, english, label, measure_provinces, mechanism_category
from kg.views.records import _evidence_key, _record
from kg.views.styles import MAX_NODES, STYLES, View

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
