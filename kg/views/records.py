"""What the detail panel shows for a node: facts, source span and evidence quotes, all from
the read model."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from kg.readmodel import Evidence, ReadModel

EvidenceIndex = tuple[dict[str, list[dict[str, Any]]], dict[str, list[dict[str, Any]]]]

# --- detail records ---------------------------------------------------------------------------


def node_class(model: ReadModel, node: str) -> str:
    """The ontology class a node is drawn as (the first of the styled classes it has)."""
    for cls, records in (
        ("Measure", model.measures),
        ("Mechanism", model.mechanisms),
        ("Region", model.regions),
        ("Agency", model.agencies),
        ("Outcome", model.outcomes),
    ):
        if node in records:
            return cls
    return ""


def record(model: ReadModel, index: EvidenceIndex, node: str) -> dict[str, Any]:
    """What the detail panel shows for a node: facts, source span and evidence quotes."""
    cls = node_class(model, node)
    found: dict[str, Any] = {"label": model.label(node), "cls": cls}
    found["facts"] = _facts(model, node, cls)
    source = _source(model, node)
    if source:
        found["source"] = source
    by_subject, by_object = index
    evidence = by_subject.get(node, []) if cls == "Measure" else []
    if cls in ("Mechanism", "Outcome", "Agency"):
        evidence = by_object.get(node, [])
    if evidence:
        found["evidence"] = evidence
    return found


def _names(model: ReadModel, nodes: tuple[str, ...]) -> str:
    return "、".join(model.label(n) for n in nodes)


def _facts(model: ReadModel, node: str, cls: str) -> list[list[str]]:
    rows: list[tuple[str, Any]] = []
    if cls == "Measure":
        m = model.measures[node]
        rows = [
            ("序号 ordinal", m.ordinal),
            ("编号 case label", m.case_label),
            ("状态 status", m.status),
            ("栏目 section", m.section),
            ("主题 theme", _names(model, m.themes)),
            ("地区 region", _names(model, m.regions)),
        ]
    elif cls == "Mechanism":
        mech = model.mechanisms[node]
        rows = [
            ("英文 English", mech.english),
            ("类别 category", model.label(mech.category) if mech.category else ""),
            ("别名 also", "、".join(mech.alt_labels)),
            ("候选 candidate", "是 yes" if mech.candidate else ""),
        ]
    elif cls == "Region":
        region = model.regions[node]
        rows = [
            ("层级 level", region.level),
            ("代码 code", region.code),
            ("上级 part of", model.label(region.parent) if region.parent else ""),
        ]
    elif cls == "Agency":
        rows = [("辖区 region", _names(model, model.agencies[node].regions))]
    elif cls == "Outcome":
        outcome = model.outcomes[node]
        rows = [
            ("指标 metric", outcome.metric),
            ("数值 value", outcome.value),
            ("单位 unit", outcome.unit),
            ("基线 baseline", outcome.baseline),
        ]
    rows.append(("IRI", node))
    return [[name, str(value)] for name, value in rows if value not in (None, "")]


def _file(model: ReadModel, document: str | None) -> str:
    found = model.documents.get(document or "")
    return found.name if found else ""


def _source(model: ReadModel, node: str) -> dict[str, Any] | None:
    """The node's own span: source file, offsets and quote (measures and outcomes)."""
    span = model.measures.get(node) or model.outcomes.get(node)
    if span is None or span.quote is None:
        return None
    return {
        "file": _file(model, span.document),
        "start": span.start,
        "end": span.end,
        "quote": span.quote,
    }


def evidence_index(model: ReadModel) -> EvidenceIndex:
    """Every evidence row as the panel shows it, by the link's subject and by its object."""
    by_subject: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_object: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in model.evidence:
        row = _evidence_row(model, item)
        by_subject[item.subject].append(row)
        by_object[item.target].append(row)
    for rows in (*by_subject.values(), *by_object.values()):
        rows.sort(key=evidence_key)
    return dict(by_subject), dict(by_object)


def evidence_key(row: dict[str, Any]) -> tuple:
    """The order rows are listed in, and (with quote and basis) what makes two rows one."""
    return (row["file"], row["start"] or 0, row["end"] or 0, row["p"], row["sid"], row["oid"])


def _evidence_row(model: ReadModel, item: Evidence) -> dict[str, Any]:
    return {
        "s": model.label(item.subject),
        "sid": item.subject,
        "p": item.predicate.rsplit("#", 1)[-1],
        "o": model.label(item.target),
        "oid": item.target,
        "file": _file(model, item.document),
        "start": item.start,
        "end": item.end,
        "quote": item.quote,
        "basis": item.basis,
    }
