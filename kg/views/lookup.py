"""Lookups the views make in the graph (labels, instances, categories) and the read model
and analysis data they draw, each made once per graph."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from kg import analysis
from kg.namespaces import PK
from kg.readmodel import ReadModel, read_export, read_model

# --- reading the RDF graph --------------------------------------------------------------------


def load_graph(source: Graph | Path) -> Graph:
    """The graph itself, or read from an export file (kg.readmodel.read_export)."""
    if isinstance(source, Graph):
        return source
    return read_export(source)  # type: ignore[return-value]


def _text(value: Any) -> str:
    return str(value) if value is not None else ""


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
