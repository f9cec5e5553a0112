"""A document's share of the graph, and the whole graph put together from the shares.

Every node whose IRI names a document (its pk:Document node, measures, outcomes, evidence:
kg.graph.document_part) is described by that document alone, so those nodes are rendered
once, into a few runs of the sorted exports, and checked against the shapes once: every
shape in ontology/shapes.ttl looks only at a focus node's own triples and at the rdf:type of
the nodes they point to (kg.validate.validate_part). What documents share (agencies,
regions, candidate mechanisms) and the build node are put together, rendered and checked on
every build; they are a small part of the graph.

A document's measures point at the build (prov:wasGeneratedBy), whose IRI depends on every
document of the build; parts are rendered with :data:`PENDING_BUILD` there, and the export
writer swaps in the build's IRI.

Example (``facts``: one seed's extracted facts, as kg/extract/facts.py makes them):
    >>> from kg.export import write_exports
    >>> from kg.extract.facts import load_context
    >>> part = make_part(facts, load_context().gazetteer, known="")
    >>> part.name, part.measures, part.findings
    ('002_7cf1f168e163e9dc.txt', 10, ())
    >>> graph = assemble([part], check=True)
    >>> graph.validation.conforms
    True
    >>> files = write_exports(graph.chunks, out, replace=(str(PENDING_BUILD), graph.build))
    >>> [p.name for p in files]
    ['practice-kg.ttl', 'practice-kg.nt', 'practice-kg.jsonld']
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import chain

from rdflib import RDF, RDFS

from kg.cache import Part
from kg.corpus import text_file
from kg.export import Chunk, Term, iri_term, ntriples_text, render_runs, terms_of
from kg.extract.facts import DocumentFacts
from kg.gazetteer import Gazetteer
from kg.graph import (
    PK,
    PKD,
    TermTriples,
    Triples,
    build_iri_of,
    build_node_triples,
    document_iri_of,
    document_part,
    document_triples,
)
from kg.shacl import Data, Nodes
from kg.validate import ValidationReport, Violation, type_index, validate_part
from kg.vocab import ontology_graph

ONTOLOGY_FILES = ("practice.ttl", "mechanisms.ttl", "themes.ttl")
"""Ontology and vocabularies shipped inside every export, so it is self-describing."""

PENDING_BUILD = PKD["build/\0"]
"""Stands for the build's IRI in a part. A NUL cannot occur in any IRI the graph makes and is
escaped in every literal of every format, so its rendering occurs nowhere else."""


def make_part(facts: DocumentFacts, gazetteer: Gazetteer, known: str | None = None) -> Part:
    """One document's share: shared triples and its own nodes rendered, and, when ``known``
    is given (see :func:`validated`), the shape violations of its own nodes."""
    triples = document_triples(facts, gazetteer, str(PENDING_BUILD))
    own, shared = [], []
    owned: dict[Term, bool] = {}
    for triple in triples:
        mine = owned.get(triple[0])
        if mine is None:
            mine = owned[triple[0]] = document_part(triple[0].nt[1:-1]) is not None
        (own if mine else shared).append(triple)
    nodes: Nodes = {}
    runs = tuple(render_runs(own, document_part, nodes if known is not None else None))
    findings = None if known is None else _findings(nodes, shared, known)
    doc = facts.doc
    text = doc.text if doc.extracted else None
    fields = (len(facts.measures), len(own), tuple(shared), runs, findings)
    return Part(doc.name, doc.sha256, *fields, text_file(doc), text)


def validated(part: Part, known: str = "") -> Part:
    """``part`` with the shape violations of its own nodes. ``known`` is N-Triples of nodes
    the build adds besides the ontology (the curators' concepts), so links to them are
    checked as links."""
    own = b"".join(run.read("nt") for run in part.runs).decode("utf-8")
    return replace(part, findings=_findings(own, part.shared, known))


def _findings(own: str | Nodes, shared: Iterable, known: str) -> tuple[Violation, ...]:
    """The violations of a part's own nodes, knowing the types of the shared nodes, of the
    ontology and of ``known``."""
    types = ntriples_text(t for t in shared if _is_context(t[1]))
    return validate_part(own, type_index(types, _known_index(known)))


def _is_context(predicate: Term) -> bool:
    return predicate.nt in _CONTEXT


_CONTEXT = (iri_term(RDF.type).nt, iri_term(RDFS.subClassOf).nt)


@dataclass(frozen=True)
class Assembled:
    """The whole graph as chunks to write, the build's IRI, its size, and (when the parts
    were checked) the validation report."""

    chunks: list[Chunk]
    build: str
    triples: int
    validation: ValidationReport | None


def assemble(parts: list[Part], check: bool, extra: Triples | None = None) -> Assembled:
    """Put the parts together with the build node, the ontology and ``extra`` triples (the
    curators' decisions); check the shared nodes (the parts' own nodes were checked when they
    were made)."""
    build = build_iri_of(p.sha256 for p in parts)
    made = build_node_triples(build, [p.sha256 for p in parts]) | (extra or {})
    shared: TermTriples = dict.fromkeys(
        chain(terms_of(made), *(part.shared for part in parts), _ontology_terms())
    )
    chunks: list[Chunk] = [run for part in parts for run in part.runs]
    nodes: Nodes | None = {} if check else None
    chunks += render_runs(shared, lambda subject: None, nodes)
    validation = _check(parts, nodes) if nodes is not None else None
    return Assembled(chunks, str(build), sum(p.triples for p in parts) + len(shared), validation)


def _check(parts: list[Part], shared: Nodes) -> ValidationReport:
    """The shared nodes checked (indexed as :func:`render_runs` rendered them), knowing the
    documents' types; with the violations each part found in its own nodes."""
    documents = ((iri_term(document_iri_of(p.sha256)), _TYPE, _DOCUMENT) for p in parts)
    found: list[Violation] = list(validate_part(shared, type_index(ntriples_text(documents))))
    for part in parts:
        found += part.findings or ()
    return ValidationReport(not found, tuple(sorted(found, key=str)))


@lru_cache(maxsize=4)
def _known_index(known: str) -> Data:
    """Type and subclass lines of the ontology and ``known``, indexed once per build rather
    than once per document."""
    return type_index(_ontology_nt() + known)


@cache
def _ontology_nt() -> str:
    return ntriples_text(_ontology_terms())


@cache
def _ontology_terms() -> TermTriples:
    return dict.fromkeys(terms_of(t for name in ONTOLOGY_FILES for t in ontology_graph(name)))


_TYPE, _DOCUMENT = iri_term(RDF.type), iri_term(PK.Document)
