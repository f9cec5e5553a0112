"""Check a graph against ontology/shapes.ttl and say what is wrong, readably.

The shapes are checked by kg/shacl.py: the part of SHACL Core they use, compiled once and run
in Python over N-Triples lines, linear in the triples (a general engine was most of a first
build: pyrudof ~25–30 µs a triple, pySHACL more). tests/test_validate.py checks that it
reports what pySHACL reports on broken graphs. That every link of a measure has an evidence
node is a rule SHACL Core cannot say; it is checked here, over the same index.

Every shape here looks only at a focus node's own triples and at the rdf:type (with
rdfs:subClassOf) of the nodes they point to, and the evidence rule only at a measure and its
evidence nodes. So a graph can be checked in parts (:func:`validate_part`): each part's
subjects with the type lines of what they point to (:func:`type_index`). The union over a
partition of the subjects is what the whole graph gives (tests/test_validate.py checks it); a
build checks each document once and caches the result.

Example:
    >>> report = validate_file(Path("exports/practice-kg.nt"))
    >>> report.conforms, len(report.violations)
    (True, 0)

A measure that is only typed breaks several shapes, each said in one line:
    >>> bare = "<https://example.org/m> a <https://w3id.org/practice-kg/ontology#Measure> ."
    >>> for violation in validate(bare, turtle=True).violations[:2]:
    ...     print(violation)
    <https://example.org/m> pk:document: 0 value(s), at least 1 needed [sh:minCount 1]
    <https://example.org/m> pk:end: 0 value(s), at least 1 needed [sh:minCount 1]
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import RdfFormat
from rdflib import RDF, RDFS

from kg.errors import ExportUnreadable, existing_export
from kg.export import nt_term
from kg.namespaces import PK
from kg.query import export_format
from kg.resources import ontology_path
from kg.shacl import SUBCLASS, TYPE, Data, Nodes, canonical, check, compile_shapes, shown

LINKS = ("region", "agency", "mechanism", "outcome", "theme")
"""Links of a measure (pk: terms) that must each have at least one evidence node."""

_LINKS = tuple((f"pk:{link}", nt_term(PK[link])) for link in LINKS)
_MEASURE, _EVIDENCE = nt_term(PK.Measure), nt_term(PK.Evidence)
_SUBJECT, _PREDICATE, _OBJECT = (nt_term(p) for p in (RDF.subject, RDF.predicate, RDF.object))
_LABEL = nt_term(RDFS.label)
_CONTEXT = frozenset({TYPE, SUBCLASS})
_UNEVIDENCED = "link has no pk:Evidence node"


@dataclass(frozen=True)
class Violation:
    """One failed constraint: which node, which property, what the shape says, the value it
    failed on and the constraint as written in the shapes (None for the evidence rule)."""

    focus: str
    label: str | None
    path: str | None
    message: str
    value: str | None
    constraint: str | None = None

    def __str__(self) -> str:
        name = f"{self.label} <{self.focus}>" if self.label else f"<{self.focus}>"
        where = f" {self.path}:" if self.path else ""
        constraint = f" [{self.constraint}]" if self.constraint else ""
        value = f" (value: {self.value})" if self.value else ""
        return f"{name}{where} {self.message}{constraint}{value}"


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: tuple[Violation, ...]


def validate_file(path: Path) -> ValidationReport:
    """Validate an export file in the format its ending names (N-Triples, Turtle, JSON-LD);
    ExportMissing or ExportUnreadable say what is wrong with the file."""
    text = existing_export(path).read_text(encoding="utf-8", errors="replace")
    try:
        ntriples = canonical(text, export_format(path))
    except (SyntaxError, ValueError) as err:
        raise ExportUnreadable(path, str(err)) from err
    return _report(ntriples)


def validate(text: str, turtle: bool = False) -> ValidationReport:
    """Validate a graph given as N-Triples (or Turtle) text, which already includes the
    ontology, against the project's shapes, and check every link of a measure has evidence."""
    return _report(canonical(text, RdfFormat.TURTLE if turtle else RdfFormat.N_TRIPLES))


def _report(ntriples: str) -> ValidationReport:
    data = Data()
    data.add(ntriples)
    violations = _violations(data)
    return ValidationReport(not violations, violations)


def type_index(ntriples: str, context: Data | None = None) -> Data:
    """The rdf:type and rdfs:subClassOf lines of N-Triples text (as the exports write it):
    what a part needs of the nodes it points to. Nodes it does not hold are looked up in
    ``context``."""
    index = Data(context)
    index.add(ntriples, only=_CONTEXT)
    return index


def validate_part(own: str | Nodes, index: Data) -> tuple[Violation, ...]:
    """The violations about the subjects of ``own`` (every triple of those subjects, as
    N-Triples text the exports write, or already indexed as kg.export.render_runs gives
    them), with the types ``index`` holds for the nodes they point to."""
    data = Data(index)
    if isinstance(own, str):
        data.add(own)
    else:
        data.add_nodes(own)
    return _violations(data)


def _violations(data: Data) -> tuple[Violation, ...]:
    """Every shape violation and unevidenced link of the subjects of ``data``, sorted."""
    found = [
        Violation(r.focus, _label(data, r.focus), r.path, r.message, r.value, r.constraint)
        for r in check(compile_shapes(ontology_path("shapes.ttl")), data)
    ]
    found += unevidenced_links(data)
    return tuple(sorted(found, key=str))


def unevidenced_links(data: Data) -> list[Violation]:
    """Links (measure, predicate, target) that no pk:Evidence node of ``data`` stands behind."""
    evidenced = set()
    measures = []
    for node, predicates in data.nodes.items():
        types = predicates.get(TYPE, ())
        if _EVIDENCE in types:
            for m in predicates.get(_SUBJECT, ()):
                for p in predicates.get(_PREDICATE, ()):
                    evidenced.update((m, p, o) for o in predicates.get(_OBJECT, ()))
        if _MEASURE in types:
            measures.append((node, predicates))
    return [
        Violation(shown(node), _label(data, shown(node)), path, _UNEVIDENCED, shown(o))
        for node, predicates in measures
        for path, link in _LINKS
        for o in predicates.get(link, ())
        if (node, link, o) not in evidenced
    ]


def _label(data: Data, iri: str) -> str | None:
    if not iri.startswith(("http://", "https://")):
        return None
    labels = data.objects(f"<{iri}>", _LABEL)
    return shown(labels[0]) if labels else None
