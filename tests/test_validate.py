"""Validation: pyrudof (the build's engine) reports what pySHACL reports, on broken graphs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from kg.export import ntriples_text
from kg.graph import document_part
from kg.namespaces import PK, PKR, SH
from kg.resources import ontology_path
from kg.validate import TypeIndex, validate, validate_file, validate_part


@pytest.fixture(scope="module")
def seed_graph(built) -> Graph:
    _, _, out = built
    return Graph().parse(out / "practice-kg.nt", format="nt")


def _first(graph: Graph, cls: URIRef) -> URIRef:
    return sorted(graph.subjects(RDF.type, cls))[0]


def _no_document(g: Graph) -> None:
    g.remove((_first(g, PK.Measure), PK.document, None))


def _string_offset(g: Graph) -> None:
    g.set((_first(g, PK.Measure), PK.start, Literal("12")))


def _no_quote(g: Graph) -> None:
    g.remove((_first(g, PK.Evidence), PK.quote, None))


def _region_without_level(g: Graph) -> None:
    g.remove((_first(g, PK.Region), PK.level, None))


def _decimal_as_string(g: Graph) -> None:
    g.set((_first(g, PK.Outcome), PK.value, Literal("3.5")))


def _bad_hash_and_two_titles(g: Graph) -> None:
    doc = _first(g, PK.Document)
    g.set((doc, PK.sha256, Literal("XYZ")))
    g.add((doc, DCTERMS.title, Literal("a second title")))


def _unknown_status(g: Graph) -> None:
    g.set((_first(g, PK.Measure), PK.status, Literal("done")))


def _end_before_start(g: Graph) -> None:
    g.set((_first(g, PK.Outcome), PK.end, Literal(0, datatype=XSD.integer)))


BREAKS: list[Callable[[Graph], None]] = [
    _no_document,
    _string_offset,
    _no_quote,
    _region_without_level,
    _decimal_as_string,
    _bad_hash_and_two_titles,
    _unknown_status,
    _end_before_start,
]


def _pyshacl_findings(graph: Graph) -> set[tuple[str, str | None]]:
    from pyshacl import validate as shacl_validate

    shapes = Graph().parse(ontology_path("shapes.ttl"), format="turtle")
    _, results, _ = shacl_validate(graph, shacl_graph=shapes, inference="none")
    findings = set()
    for node in results.subjects(RDF.type, SH.ValidationResult):
        path = results.value(node, SH.resultPath)
        findings.add((str(results.value(node, SH.focusNode)), str(path) if path else None))
    return findings


def _pyrudof_findings(graph: Graph) -> set[tuple[str, str | None]]:
    report = validate(graph.serialize(format="nt"))
    return {
        (v.focus, str(PK) + v.path[3:] if v.path and v.path.startswith("pk:") else v.path)
        for v in report.violations
    }


@pytest.mark.parametrize("breaking", BREAKS, ids=lambda f: f.__name__.strip("_"))
def test_pyrudof_finds_what_pyshacl_finds(seed_graph: Graph, breaking) -> None:
    broken = Graph()
    for triple in seed_graph:
        broken.add(triple)
    breaking(broken)
    expected = _pyshacl_findings(broken)
    assert expected, "the break must violate a shape"
    assert _pyrudof_findings(broken) == expected


def test_the_seed_export_conforms(built) -> None:
    _, _, out = built
    report = validate_file(out / "practice-kg.nt")
    assert report.conforms and report.violations == ()
    assert validate_file(out / "practice-kg.ttl").conforms


def test_a_link_without_evidence_is_a_violation(seed_graph: Graph) -> None:
    broken = Graph()
    for triple in seed_graph:
        broken.add(triple)
    evidence = _first(broken, PK.Evidence)
    measure, target = broken.value(evidence, RDF.subject), broken.value(evidence, RDF.object)
    predicate = broken.value(evidence, RDF.predicate)
    for node in [e for e in broken.subjects(RDF.subject, measure)]:
        if (node, RDF.object, target) in broken and (node, RDF.predicate, predicate) in broken:
            broken.remove((node, None, None))
    report = validate(broken.serialize(format="nt"))
    [problem] = [v for v in report.violations if "no pk:Evidence" in v.message]
    assert problem.focus == str(measure) and problem.value == str(target)


def test_kg_validate_names_each_violation(seed_graph: Graph, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kg.cli import main

    broken = Graph()
    for triple in seed_graph:
        broken.add(triple)
    _unknown_status(broken)
    path = tmp_path / "broken.nt"
    broken.serialize(path, format="nt")
    result = CliRunner().invoke(main, ["validate", "--export", str(path)])
    assert result.exit_code == 1
    assert "pk:status" in result.output and "done" in result.output


def _agency_in_two_regions(g: Graph) -> None:
    g.add((_first(g, PK.Agency), PK.region, PKR["110000"]))


def test_a_graph_checked_in_parts_gives_what_the_whole_graph_gives(seed_graph: Graph) -> None:
    """How a build validates: each document's own nodes apart (kg/parts.py), the shared
    nodes together; with every break above at once, in documents' and shared nodes."""
    broken = Graph()
    for triple in seed_graph:
        broken.add(triple)
    for breaking in [*BREAKS, _agency_in_two_regions]:
        breaking(broken)
    evidence = _first(broken, PK.Evidence)
    broken.remove((evidence, None, None))
    last = sorted(broken.subjects(RDF.type, PK.Measure))[-1]  # another document
    broken.remove((last, RDFS.label, None))
    text = ntriples_text(broken)
    whole = validate(text).violations
    owners = {v.focus.rsplit("/", 1)[-1][:16] if document_part(v.focus) else "" for v in whole}
    assert len(owners) == 3 and len(whole) >= 10
    parts: dict[str, list[str]] = {}
    for line in text.splitlines(keepends=True):
        subject = line[1 : line.index(">")]
        owner = subject.rsplit("/", 1)[-1][:16] if document_part(subject) else "shared"
        parts.setdefault(owner, []).append(line)
    assert len(parts) == 6
    index = TypeIndex()
    index.add(text)
    found = [v for lines in parts.values() for v in validate_part("".join(lines), index)]
    assert sorted(found, key=str) == sorted(whole, key=str)
