"""What the detail panel shows for a node: facts, source span and evidence quotes."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import Any

from rdflib import RDF, Graph, URIRef
from rdflib.namespace import SKOS

from kg.namespaces import PK
from kg.views.lookup import _one, _refs, _text, english, instances, label, mechanism_category, read
from kg.views.styles import STYLES

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


def clear_caches() -> None:
    """Forget cached lookups; every entry point calls this so a changed graph is re-read."""
    for cached in (label, english, read, mechanism_category, _evidence_index, _record):
        cached.cache_clear()
