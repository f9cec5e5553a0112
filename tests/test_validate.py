"""Validation: kg/shacl.py (the build's engine) reports what pySHACL reports, on graphs broken
in every way ontology/shapes.ttl can see: the same focus nodes, paths, values and constraint
components."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from kg.export import ntriples_text, render_runs
from kg.graph import document_part
from kg.namespaces import PK, PKR, PREFIXES, SH
from kg.resources import ontology_path
from kg.shacl import compile_shapes
from kg.validate import type_index, validate, validate_file, validate_part


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


def _negative_start(g: Graph) -> None:
    g.set((_first(g, PK.Measure), PK.start, Literal(-3)))


def _empty_quote(g: Graph) -> None:
    g.set((_first(g, PK.Outcome), PK.quote, Literal("")))


def _region_as_agency(g: Graph) -> None:
    g.add((_first(g, PK.Measure), PK.agency, _first(g, PK.Region)))


def _evidence_of_a_literal(g: Graph) -> None:
    evidence = _first(g, PK.Evidence)
    g.set((evidence, RDF.object, Literal("x")))
    g.set((evidence, RDF.predicate, PK.quote))


def _two_labels_in_one_language(g: Graph) -> None:
    mechanism = _first(g, PK.Mechanism)
    g.add((mechanism, SKOS.prefLabel, Literal("一", lang="zh")))
    g.add((mechanism, SKOS.prefLabel, Literal("二", lang="zh")))


def _issued_as_string(g: Graph) -> None:
    g.set((_first(g, PK.Document), DCTERMS.issued, Literal("2024")))


def _script_with_a_language(g: Graph) -> None:
    g.set((_first(g, PK.Document), PK.script, Literal("simplified", lang="en")))


def _malformed_literals(g: Graph) -> None:
    g.set((_first(g, PK.Outcome), PK.start, Literal("abc", datatype=XSD.integer)))
    g.set((_first(g, PK.Document), DCTERMS.issued, Literal("2024-02-30", datatype=XSD.date)))
    g.set((_first(g, PK.Outcome), PK.value, Literal("3,5", datatype=XSD.decimal)))


def _bad_text_file_and_code(g: Graph) -> None:
    g.set((_first(g, PK.Document), PK.textFile, Literal("elsewhere/a.txt")))
    g.set((_first(g, PK.Region), PK.adminCode, Literal("11")))


def _city_without_parent(g: Graph) -> None:
    region = _first(g, PK.Region)
    g.set((region, PK.level, Literal("city")))
    g.remove((region, PK.partOf, None))


BREAKS: list[Callable[[Graph], None]] = [
    _no_document,
    _string_offset,
    _no_quote,
    _region_without_level,
    _decimal_as_string,
    _bad_hash_and_two_titles,
    _unknown_status,
    _end_before_start,
    _negative_start,
    _empty_quote,
    _region_as_agency,
    _evidence_of_a_literal,
    _two_labels_in_one_language,
    _issued_as_string,
    _script_with_a_language,
    _malformed_literals,
    _bad_text_file_and_code,
    _city_without_parent,
]

Finding = tuple[str, str | None, str | None, str]
"""(focus node, path IRI, value, constraint component as sh:X names it)."""


def _pyshacl_findings(graph: Graph) -> set[Finding]:
    from pyshacl import validate as shacl_validate

    shapes = Graph().parse(ontology_path("shapes.ttl"), format="turtle")
    _, results, _ = shacl_validate(graph, shacl_graph=shapes, inference="none")
    findings = set()
    for node in results.subjects(RDF.type, SH.ValidationResult):
        path, value = results.value(node, SH.resultPath), results.value(node, SH.value)
        component = str(results.value(node, SH.sourceConstraintComponent)).removeprefix(str(SH))
        name = component.removesuffix("ConstraintComponent")
        focus = str(results.value(node, SH.focusNode))
        findings.add((focus, _str(path), _str(value), name[0].lower() + name[1:]))
    return findings


def _str(term: object) -> str | None:
    return None if term is None else str(term)


def _our_findings(graph: Graph) -> set[Finding]:
    findings = set()
    for v in validate(graph.serialize(format="nt")).violations:
        if v.constraint is not None:  # not the evidence rule, which SHACL Core cannot say
            prefix, _, local = (v.path or "").partition(":")
            path = PREFIXES[prefix] + local if v.path else None
            findings.add((v.focus, path, v.value, v.constraint.split()[0].removeprefix("sh:")))
    return findings


@pytest.mark.parametrize("breaking", BREAKS, ids=lambda f: f.__name__.strip("_"))
def test_the_engine_finds_what_pyshacl_finds(seed_graph: Graph, breaking) -> None:
    broken = Graph()
    for triple in seed_graph:
        broken.add(triple)
    breaking(broken)
    expected = _pyshacl_findings(broken)
    assert expected, "the break must violate a shape"
    assert _our_findings(broken) == expected


def test_a_shape_the_engine_cannot_check_stops_it(tmp_path: Path) -> None:
    """Editing shapes.ttl must never make validation silently check less."""
    shapes = ontology_path("shapes.ttl").read_text(encoding="utf-8")
    edited = tmp_path / "shapes.ttl"
    edited.write_text(shapes.replace("sh:minLength 1 ]", "sh:maxLength 9 ]"), encoding="utf-8")
    with pytest.raises(NotImplementedError, match="maxLength"):
        compile_shapes(edited)


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
    quote = "分\u2028行\u0085“引”\\\n"  # line separators, quotes, escapes: one line each
    broken.set((_first(broken, PK.Evidence), PK.quote, Literal(quote)))
    text = ntriples_text(broken)
    whole = validate(text).violations
    owners = {v.focus.rsplit("/", 1)[-1][:16] if document_part(v.focus) else "" for v in whole}
    assert len(owners) == 3 and len(whole) >= 10
    parts: dict[str, list[str]] = {}
    for line in text.removesuffix("\n").split("\n"):  # not splitlines: U+2028 is in a quote
        subject = line[1 : line.index(">")]
        owner = subject.rsplit("/", 1)[-1][:16] if document_part(subject) else "shared"
        parts.setdefault(owner, []).append(line)
    assert len(parts) == 6
    index = type_index(text)
    found = [v for lines in parts.values() for v in validate_part("\n".join(lines), index)]
    assert sorted(found, key=str) == sorted(whole, key=str)
    nodes: dict[str, dict[str, list[str]]] = {}
    render_runs(broken, document_part, nodes)  # how a build checks what it has just rendered
    assert validate_part(nodes, index) == validate_part(text, index)
