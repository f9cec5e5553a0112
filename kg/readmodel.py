"""One read model of the export: what analysis, views, report, review and evaluation know.

The export is read once (an N-Triples file through pyoxigraph into a
:class:`kg.graph.TripleIndex`; Turtle or JSON-LD through rdflib; or a graph already in
memory) and turned into plain records — documents, regions, mechanisms and measures with
their document, regions, province, city, agencies, mechanisms, outcomes and evidence. Where a
measure is (its province and city) is decided here and nowhere else.

Example:
    >>> model = read_model(Path("exports/practice-kg.nt"))
    >>> m = model.measures["https://w3id.org/practice-kg/id/measure/0656aad78729d1e5-001"]
    >>> model.regions[m.province].label, model.regions[m.city].label
    ('陕西省', '西安市')
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from kg.errors import ExportUnreadable, existing_export
from kg.graph import TripleIndex, read_ntriples
from kg.namespaces import PK

MUNICIPALITIES = frozenset({"110000", "120000", "310000", "500000"})
"""Province-level cities: their districts hang directly under them, so they are their own city."""

Source = Graph | TripleIndex | pyoxigraph.Store | Path


@dataclass(frozen=True)
class Region:
    """A region: its name, GB/T 2260 code, level and direct parent."""

    iri: str
    label: str
    code: str
    level: str
    parent: str | None


@dataclass(frozen=True)
class Mechanism:
    """A mechanism concept (or a discovered candidate) and its broader category."""

    iri: str
    label: str
    candidate: bool
    category: str | None
    category_label: str | None


@dataclass(frozen=True)
class Document:
    """A source document: its file name and issue date as written (xsd:date or gYear)."""

    iri: str
    name: str
    issued: str | None


@dataclass(frozen=True)
class Evidence:
    """One mention behind a measure's link: which link, the span and its quote."""

    predicate: str
    target: str
    start: int | None
    end: int | None
    quote: str
    document: str | None


@dataclass(frozen=True)
class Measure:
    """A measure with everything it links to; ``province`` and ``city`` are where it was done."""

    iri: str
    label: str
    document: str
    status: str
    start: int | None
    end: int | None
    quote: str
    regions: tuple[str, ...]
    province: str | None
    city: str | None
    agencies: tuple[str, ...]
    mechanisms: tuple[str, ...]
    outcomes: tuple[str, ...]
    themes: tuple[str, ...]
    evidence: tuple[Evidence, ...]


@dataclass
class ReadModel:
    """The export as records, keyed by IRI; ``graph`` answers the detail lookups views make."""

    graph: Graph | TripleIndex
    documents: dict[str, Document]
    regions: dict[str, Region]
    mechanisms: dict[str, Mechanism]
    measures: dict[str, Measure]

    def chain(self, region: str) -> tuple[str, ...]:
        """The region and its parents up to the top (pk:partOf), nearest first."""
        out: list[str] = []
        node: str | None = region
        while node is not None and node not in out and node in self.regions:
            out.append(node)
            node = self.regions[node].parent
        return tuple(out)

    def at_level(self, region: str, level: str) -> str | None:
        """The region of ``level`` the region lies in (itself included), if any."""
        return next((r for r in self.chain(region) if self.regions[r].level == level), None)

    def label(self, iri: str) -> str:
        """The Chinese name of a region or mechanism (the IRI itself if the graph has none)."""
        if iri in self.regions:
            return self.regions[iri].label
        if iri in self.mechanisms:
            return self.mechanisms[iri].label
        return iri


def read_model(source: Source | ReadModel) -> ReadModel:
    """The read model of an export file, a graph in memory or an Oxigraph store."""
    if isinstance(source, ReadModel):
        return source
    return _model(_graph(source))


def read_export(path: Path) -> Graph | TripleIndex:
    """An export file, in the format its ending names: N-Triples through pyoxigraph into a
    :class:`TripleIndex` (several times faster to look up), Turtle or JSON-LD through rdflib.
    ExportMissing or ExportUnreadable say what is wrong with the file."""
    existing_export(path)
    try:
        if path.suffix == ".nt":
            return read_ntriples(path)
        fmt = {".ttl": "turtle", ".jsonld": "json-ld"}.get(path.suffix, "turtle")
        return Graph().parse(path, format=fmt)
    except (SyntaxError, ValueError) as err:
        raise ExportUnreadable(path, str(err)) from err


def _graph(source: Source) -> Graph | TripleIndex:
    if isinstance(source, Path):
        return read_export(source)
    if isinstance(source, pyoxigraph.Store):
        return TripleIndex(_rdflib_triples(source))
    return source


def _rdflib_triples(store: pyoxigraph.Store) -> Iterable[tuple[Any, Any, Any]]:
    """A store's default-graph triples as rdflib terms (the export has no blank nodes)."""
    for quad in store.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph()):
        yield URIRef(quad.subject.value), URIRef(quad.predicate.value), _term(quad.object)


def _term(node: Any) -> URIRef | Literal:
    if isinstance(node, pyoxigraph.NamedNode):
        return URIRef(node.value)
    if node.language:
        return Literal(node.value, lang=node.language)
    return Literal(node.value, datatype=URIRef(node.datatype.value))


def _model(graph: Graph | TripleIndex) -> ReadModel:
    model = ReadModel(graph, _documents(graph), _regions(graph), _mechanisms(graph), {})
    evidence = _evidence(graph)
    for node in sorted(graph.subjects(RDF.type, PK.Measure)):
        model.measures[str(node)] = _measure(model, node, evidence.get(str(node), ()))
    return model


def _values(graph: Any, node: Any, prop: URIRef) -> list[Any]:
    return sorted(graph.objects(node, prop), key=str)


def _first(graph: Any, node: Any, prop: URIRef) -> str | None:
    values = _values(graph, node, prop)
    return str(values[0]) if values else None


def _iris(graph: Any, node: Any, prop: URIRef) -> tuple[str, ...]:
    return tuple(str(o) for o in _values(graph, node, prop) if isinstance(o, URIRef))


def _zh(graph: Any, node: Any, prop: URIRef) -> str | None:
    """The smallest Chinese (or untagged) label: concepts may carry several."""
    values = [v for v in _values(graph, node, prop) if (v.language or "zh").startswith("zh")]
    return str(values[0]) if values else None


def _int(value: str | None) -> int | None:
    return int(value) if value is not None else None


def _documents(graph: Any) -> dict[str, Document]:
    out = {}
    for node in sorted(graph.subjects(RDF.type, PK.Document)):
        name = _first(graph, node, PK.fileName) or str(node)
        out[str(node)] = Document(str(node), name, _first(graph, node, DCTERMS.issued))
    return out


def _regions(graph: Any) -> dict[str, Region]:
    out = {}
    for node in sorted(graph.subjects(RDF.type, PK.Region)):
        out[str(node)] = Region(
            iri=str(node),
            label=_first(graph, node, RDFS.label) or str(node),
            code=_first(graph, node, PK.adminCode) or "",
            level=_first(graph, node, PK.level) or "",
            parent=_first(graph, node, PK.partOf),
        )
    return out


def _mechanisms(graph: Any) -> dict[str, Mechanism]:
    out = {}
    categories = set(graph.subjects(RDF.type, PK.MechanismCategory))
    for node in sorted(graph.subjects(RDF.type, PK.Mechanism)):
        category = next((c for c in _values(graph, node, SKOS.broader) if c in categories), None)
        out[str(node)] = Mechanism(
            iri=str(node),
            label=_zh(graph, node, SKOS.prefLabel) or str(node).rsplit("/", 1)[-1],
            candidate=(_first(graph, node, PK.candidate) or "false").lower() in {"true", "1"},
            category=str(category) if category is not None else None,
            category_label=(_zh(graph, category, SKOS.prefLabel) or str(category))
            if category is not None
            else None,
        )
    return out


def _evidence(graph: Any) -> dict[str, list[Evidence]]:
    out: dict[str, list[Evidence]] = defaultdict(list)
    for node in graph.subjects(RDF.type, PK.Evidence):
        measure = _first(graph, node, RDF.subject)
        if measure is None:
            continue
        out[measure].append(
            Evidence(
                predicate=_first(graph, node, RDF.predicate) or "",
                target=_first(graph, node, RDF.object) or "",
                start=_int(_first(graph, node, PK.start)),
                end=_int(_first(graph, node, PK.end)),
                quote=_first(graph, node, PK.quote) or "",
                document=_first(graph, node, PK.document),
            )
        )
    return {m: sorted(rows, key=_evidence_key) for m, rows in out.items()}


def _evidence_key(row: Evidence) -> tuple:
    return (row.start if row.start is not None else -1, row.predicate, row.target, row.quote)


def _measure(model: ReadModel, node: URIRef, evidence: Iterable[Evidence]) -> Measure:
    graph = model.graph
    regions = _iris(graph, node, PK.region)
    province, city = place(model, regions)
    return Measure(
        iri=str(node),
        label=_first(graph, node, RDFS.label) or "",
        document=_first(graph, node, PK.document) or "",
        status=_first(graph, node, PK.status) or "implemented",
        start=_int(_first(graph, node, PK.start)),
        end=_int(_first(graph, node, PK.end)),
        quote=_first(graph, node, PK.quote) or "",
        regions=regions,
        province=province,
        city=city,
        agencies=_iris(graph, node, PK.agency),
        mechanisms=_iris(graph, node, PK.mechanism),
        outcomes=_iris(graph, node, PK.outcome),
        themes=_iris(graph, node, PK.theme),
        evidence=tuple(evidence),
    )


def place(model: ReadModel, regions: Iterable[str]) -> tuple[str | None, str | None]:
    """The province and city of a measure done in ``regions``: the first (by IRI) province
    and city their pk:partOf chains reach; a municipality stands in as its own city.

    This is the one definition of a measure's province.
    """
    provinces = sorted({p for r in regions if (p := model.at_level(r, "province"))})
    cities = sorted({c for r in regions if (c := model.at_level(r, "city"))})
    province = provinces[0] if provinces else None
    city = cities[0] if cities else None
    if city is None and province and model.regions[province].code in MUNICIPALITIES:
        city = province
    return province, city
