"""Check a graph against ontology/shapes.ttl and say what is wrong, readably.

SHACL runs on pyrudof (a Rust engine: ~0.6 s on the seed export where pySHACL took ~4 s and
needed the graph in an rdflib store); tests/test_validate.py checks that both engines report
the same violations on broken graphs. That every link of a measure has an evidence node is one
SPARQL query on pyoxigraph (SHACL Core cannot say it, and SHACL-SPARQL runs once per node).
The graph comes as N-Triples text: the export the build has just written, or a file.

Every shape here looks only at a focus node's own triples and at the rdf:type (with
rdfs:subClassOf) of the nodes they point to, and the evidence rule only at a measure and its
evidence nodes. So a graph can be checked in parts (:func:`validate_part`): each part's
subjects with the type lines of what they point to, keeping the findings about its own
subjects. The union over a partition of the subjects is what the whole graph gives
(tests/test_validate.py checks it); a build checks each document once and caches the result.

Example:
    >>> report = validate_file(Path("exports/practice-kg.nt"))
    >>> report.conforms, len(report.violations)
    (True, 0)

A measure that is only typed breaks several shapes, each said in one line:
    >>> bare = "<https://example.org/m> a <https://w3id.org/practice-kg/ontology#Measure> ."
    >>> for violation in validate(bare, turtle=True).violations[1:3]:
    ...     print(violation)
    <https://example.org/m> pk:document: MinCount(1) not satisfied
    <https://example.org/m> pk:end: MinCount(1) not satisfied
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph
import pyrudof

from kg.errors import existing_export
from kg.namespaces import PREFIXES, SPARQL_PREFIXES
from kg.resources import ontology_path

LINKS = ("region", "agency", "mechanism", "outcome", "theme")
"""Links of a measure (pk: terms) that must each have at least one evidence node."""

_LINK_VALUES = " ".join(f"pk:{link}" for link in LINKS)
_LINKED = (
    SPARQL_PREFIXES
    + f"SELECT ?m ?p ?o WHERE {{ VALUES ?p {{ {_LINK_VALUES} }} ?m a pk:Measure ; ?p ?o }}"
)
_EVIDENCED = (
    SPARQL_PREFIXES
    + "SELECT ?m ?p ?o WHERE { ?e a pk:Evidence ; rdf:subject ?m ; rdf:predicate ?p ; "
    "rdf:object ?o }"
)
_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_SUBCLASS = "<http://www.w3.org/2000/01/rdf-schema#subClassOf>"
_PK = PREFIXES["pk"]


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


def validate_file(path: Path) -> ValidationReport:
    """Validate an export file (N-Triples, or Turtle by its suffix)."""
    turtle = path.suffix.lower() in (".ttl", ".turtle")
    return validate(existing_export(path).read_text(encoding="utf-8"), turtle=turtle)


def validate(text: str, turtle: bool = False, focus: set[str] | None = None) -> ValidationReport:
    """Validate a graph given as N-Triples (or Turtle) text, which already includes the
    ontology, against the project's shapes, and check every link of a measure has evidence.
    With ``focus`` (N-Triples IRIs, ``<…>``), only the violations about those nodes."""
    store = pyoxigraph.Store()
    store.load(text.encode("utf-8"), _oxigraph_format(turtle))
    entries = _shacl(text, turtle)
    if focus is not None:
        entries = [entry for entry in entries if f"<{entry.focus_node}>" in focus]
    violations = [_violation(store, entry) for entry in entries]
    violations += unevidenced_links(store)
    if focus is not None:
        violations = [v for v in violations if f"<{v.focus}>" in focus]
    return ValidationReport(not violations, tuple(sorted(violations, key=str)))


class TypeIndex:
    """The lines a part of a graph needs from the rest: rdf:type lines by subject, and every
    rdfs:subClassOf line (SHACL's sh:class and sh:targetClass follow subclasses)."""

    def __init__(self) -> None:
        self.types: dict[str, list[str]] = {}
        self.subclasses: dict[str, None] = {}

    def copy(self) -> TypeIndex:
        """An index to add to without changing this one."""
        other = TypeIndex()
        other.types = {subject: list(lines) for subject, lines in self.types.items()}
        other.subclasses = dict(self.subclasses)
        return other

    def add(self, ntriples: str) -> None:
        """Index the type and subclass lines of N-Triples text."""
        for line in ntriples.splitlines(keepends=True):
            subject, predicate, _ = line.split(" ", 2)
            if predicate == _TYPE:
                self.types.setdefault(subject, []).append(line)
            elif predicate == _SUBCLASS:
                self.subclasses[line] = None


def validate_part(own: str, index: TypeIndex) -> tuple[Violation, ...]:
    """The violations about the subjects of ``own`` (N-Triples: every triple of those
    subjects), validated with the type lines ``index`` holds for the nodes they point to."""
    subjects: set[str] = set()
    objects: set[str] = set()
    for line in own.splitlines():
        subject, _, rest = line.split(" ", 2)
        subjects.add(subject)
        if rest.startswith("<"):
            objects.add(rest[: rest.index(">") + 1])
    context = [line for node in objects - subjects for line in index.types.get(node, ())]
    report = validate(own + "".join(context) + "".join(index.subclasses), focus=subjects)
    return report.violations


def _shacl(text: str, turtle: bool) -> list:
    engine = pyrudof.Rudof(pyrudof.RudofConfig())
    data_format = pyrudof.RDFFormat.Turtle if turtle else pyrudof.RDFFormat.NTriples
    engine.read_data(text, format=data_format, reader_mode=pyrudof.ReaderMode.Strict)
    engine.read_shacl(str(ontology_path("shapes.ttl")))
    return [entry for entry in engine.validate_shacl() if entry.severity == "Violation"]


def _oxigraph_format(turtle: bool) -> pyoxigraph.RdfFormat:
    return pyoxigraph.RdfFormat.TURTLE if turtle else pyoxigraph.RdfFormat.N_TRIPLES


def unevidenced_links(store: pyoxigraph.Store) -> list[Violation]:
    """Links (measure, predicate, target) that no pk:Evidence node stands behind (two scans
    and a set difference: a NOT EXISTS per link takes seconds)."""
    evidenced = {tuple(row) for row in store.query(_EVIDENCED)}
    missing = [tuple(row) for row in store.query(_LINKED) if tuple(row) not in evidenced]
    return [
        Violation(
            m.value,
            _label(store, m.value),
            "pk:" + p.value.removeprefix(_PK),
            "link has no pk:Evidence node",
            o.value,
        )
        for m, p, o in sorted(missing, key=str)
    ]


def _label(store: pyoxigraph.Store, iri: str) -> str | None:
    if not iri.startswith(("http://", "https://")):
        return None
    rows = list(store.query(f"SELECT ?l WHERE {{ <{iri}> {_LABEL} ?l }} LIMIT 1"))
    return rows[0][0].value if rows else None


def _violation(store: pyoxigraph.Store, entry: pyrudof.ShaclValidationEntry) -> Violation:
    path = entry.path
    return Violation(
        focus=entry.focus_node,
        label=_label(store, entry.focus_node),
        path=("pk:" + path.removeprefix(_PK)) if path and path.startswith(_PK) else path,
        message=entry.message.strip('"'),
        value=entry.value.strip('"') if entry.value else None,
    )
