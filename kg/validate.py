"""Check a graph against ontology/shapes.ttl with pySHACL and say what is wrong, readably.

Example:
    >>> report = validate(graph)
    >>> report.conforms, len(report.violations)
    (True, 0)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rdflib import RDF, RDFS, Graph, Namespace
from rdflib.term import Node

from kg.graph import PK
from kg.resources import ontology_path

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Violation:
    """One failed constraint: which node, which property, what the shape says."""

    focus: str
    label: str | None
    path: str | None
    message: str
    value: str | None

    def __str__(self) -> str:
        name = f"{self.label} <{self.focus}>" if self.label else f"<{self.focus}>"
        where = f" {self.path}:" if self.path else ""
        value = f" (value: {self.value})" if self.value else ""
        return f"{name}{where} {self.message}{value}"


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: tuple[Violation, ...]


@cache
def _shapes() -> Graph:
    return Graph().parse(ontology_path("shapes.ttl"), format="turtle")


LINKS = (PK.region, PK.agency, PK.mechanism, PK.outcome, PK.theme)
"""Links of a measure that must each have at least one evidence node."""


def validate(graph: Graph) -> ValidationReport:
    """Validate ``graph`` (which already includes the ontology) against the project's shapes,
    and check that every link of a measure has its evidence."""
    from pyshacl import validate as shacl_validate  # 0.4 s to import; --no-validate skips it

    conforms, results, _ = shacl_validate(graph, shacl_graph=_shapes(), inference="none")
    nodes = results.subjects(RDF.type, SH.ValidationResult)
    violations = [_violation(results, graph, node) for node in nodes]
    violations += unevidenced_links(graph)
    return ValidationReport(bool(conforms) and not violations, tuple(sorted(violations, key=str)))


def unevidenced_links(graph: Graph) -> list[Violation]:
    """Links (measure, predicate, target) that no pk:Evidence node stands behind.

    SHACL could say this with a SPARQL constraint, but pySHACL runs one query per measure
    and takes minutes on the seed corpus; an index of evidence triples takes milliseconds.
    """
    evidenced = {
        (graph.value(e, RDF.subject), graph.value(e, RDF.predicate), graph.value(e, RDF.object))
        for e in graph.subjects(RDF.type, PK.Evidence)
    }
    return [
        Violation(
            str(m),
            _label(graph, m),
            graph.namespace_manager.normalizeUri(p),
            "link has no pk:Evidence node",
            str(o),
        )
        for p in LINKS
        for m, o in graph.subject_objects(p)
        if (graph.value(m, RDF.type) == PK.Measure) and (m, p, o) not in evidenced
    ]


def _label(graph: Graph, node: Node) -> str | None:
    label = graph.value(node, RDFS.label)
    return str(label) if label is not None else None


def _violation(results: Graph, data: Graph, node: Node) -> Violation:
    focus = results.value(node, SH.focusNode)
    path = results.value(node, SH.resultPath)
    value = results.value(node, SH.value)
    return Violation(
        focus=str(focus),
        label=_label(data, focus),
        path=data.namespace_manager.normalizeUri(path) if path is not None else None,
        message=str(results.value(node, SH.resultMessage) or "violates a shape"),
        value=str(value) if value is not None else None,
    )
