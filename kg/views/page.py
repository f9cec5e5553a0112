"""Everything a page's script needs, JSON-ready and in a fixed order: the view's pyvis
Network (nodes, edges, options) and the read model's facets and detail records."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import networkx as nx

from kg.readmodel import ReadModel
from kg.views.default import default_state
from kg.views.layout import positions
from kg.views.network import network
from kg.views.records import EvidenceIndex, evidence_index, evidence_key, record
from kg.views.styles import MAX_NODES, STYLES, View

# --- page data --------------------------------------------------------------------------------


def page_data(model: ReadModel, view: View, max_nodes: int = MAX_NODES) -> dict[str, Any]:
    """Everything the page script needs, JSON-ready and in a fixed order.

    Example:
        >>> from kg.readmodel import read_model
        >>> from kg.views import overview_view
        >>> model = read_model(Path("exports/practice-kg.nt"))
        >>> data = page_data(model, overview_view(model, a.load_data(model)))
        >>> data["nodes"][0]["cls"], data["nodes"][0]["shape"], data["options"]["physics"]
        ('Measure', 'dot', False)
    """
    g = view.graph
    stands_for = _stands_for(model, g)
    measure_ids = sorted(
        {m for found in stands_for.values() for m in found}
        | {m for _, _, found in g.edges(data="measures") for m in found}
    )
    index = {m: i for i, m in enumerate(measure_ids)}
    net = network(model, view, positions(view), stands_for, index)
    facets, measures = _facets(model, measure_ids)
    records, evidence = _records(model, evidence_index(model), list(g.nodes), measure_ids)
    data = {
        "view": {"name": view.name, "title": view.title, "titleEn": view.title_en},
        "classes": {
            k: {"zh": s.zh, "en": s.en, "color": s.color, "shape": s.shape}
            for k, s in STYLES.items()
        },
        "legend": view.legend,
        "notes": view.notes,
        "nodes": net.nodes,
        "edges": [_undirected(e) for e in net.edges],
        "options": net.options,
        "measures": measures,
        "facets": facets,
        "records": records,
        "evidence": evidence,
    }
    data["default"] = default_state(data, max_nodes)
    return data


def _undirected(edge: dict[str, Any]) -> dict[str, Any]:
    """The edge without the arrowhead pyvis gives a directed Network's edges: the page draws
    links, not arrows (their direction is the triple's, shown in the panel)."""
    return {k: v for k, v in edge.items() if k != "arrows"}


def _records(
    model: ReadModel, index: EvidenceIndex, drawn: list[str], measure_ids: list[str]
) -> tuple[dict[str, dict], list[dict]]:
    """Detail records of drawn nodes (evidence rows stored once, by index) and short records
    of the measures that edges stand for (label and source file only)."""
    records: dict[str, dict] = {}
    rows: dict[tuple, int] = {}
    evidence: list[dict] = []
    for node in sorted(drawn):
        found = record(model, index, node)
        found["ev"] = [_row_index(row, rows, evidence) for row in found.pop("evidence", [])]
        records[node] = found
    for measure in measure_ids:
        if measure not in records:
            full = record(model, index, measure)
            source = full.get("source", {})
            records[measure] = {
                "label": full["label"],
                "cls": full["cls"],
                "file": source.get("file", ""),
            }
    return records, evidence


def _row_index(row: dict[str, Any], rows: dict[tuple, int], evidence: list[dict]) -> int:
    key = (*evidence_key(row), row["quote"], row["basis"])
    if key not in rows:
        rows[key] = len(evidence)
        evidence.append(row)
    return rows[key]


def _stands_for(model: ReadModel, g: nx.Graph) -> dict[str, set[str]]:
    """The measures each node stands for (a region: those placed in it or anywhere below it,
    pk:partOf*); filters show a node when one of them matches."""
    links: dict[str, set[str]] = defaultdict(set)
    for m in model.measures.values():
        links[m.iri].add(m.iri)
        for target in (*m.regions, *m.agencies, *m.mechanisms, *m.outcomes):
            links[target].add(m.iri)
    children: dict[str, list[str]] = defaultdict(list)
    for region in model.regions.values():
        if region.parent:
            children[region.parent].append(region.iri)
    out = {}
    for node, cls in g.nodes(data="cls"):
        found, below, frontier = set(links.get(node, ())), {node}, [node]
        while cls == "Region" and frontier:
            for child in children.get(frontier.pop(), ()):
                if child not in below:
                    below.add(child)
                    frontier.append(child)
                    found |= links.get(child, set())
        out[node] = found
    return out


def _facets(
    model: ReadModel, measure_ids: list[str]
) -> tuple[dict[str, list[list[str]]], list[dict]]:
    """Filter values (province, theme, mechanism category) and each measure's values."""
    values: dict[str, set[str]] = {"province": set(), "theme": set(), "category": set()}
    measures = []
    for iri in measure_ids:
        m = model.measures[iri]
        row = {
            "province": [m.province] if m.province else [],
            "theme": list(m.themes),
            "category": sorted(
                {
                    c
                    for x in m.mechanisms
                    if x in model.mechanisms and (c := model.mechanisms[x].category)
                }
            ),
        }
        for key, found in row.items():
            values[key].update(found)
        measures.append({"id": iri, "p": row["province"], "t": row["theme"], "c": row["category"]})
    facets = {
        key: [[v, _facet_label(model, v)] for v in sorted(found)] for key, found in values.items()
    }
    return facets, measures


def _facet_label(model: ReadModel, node: str) -> str:
    en = model.english.get(node, "")
    return f"{model.label(node)} · {en}" if en else model.label(node)
