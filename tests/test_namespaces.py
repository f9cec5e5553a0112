"""One namespace module: PK is closed over the ontology, and PK and PREFIXES are defined once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import OWL, RDF, Graph

from kg.namespaces import PK, PREFIXES, SPARQL_PREFIXES, terms
from kg.parts import ONTOLOGY_FILES
from kg.resources import ontology_path

KG = Path(__file__).resolve().parent.parent / "kg"
DECLARATIONS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)


def _declared() -> set[str]:
    """Local names of the pk: classes and properties the ontology files declare."""
    graph = Graph()
    for name in ONTOLOGY_FILES:
        graph.parse(ontology_path(name))
    return {
        str(s).removeprefix(str(PK))
        for kind in DECLARATIONS
        for s in graph.subjects(RDF.type, kind)
        if str(s).startswith(str(PK))
    }


def test_pk_holds_exactly_the_declared_terms() -> None:
    assert terms(PK) == _declared()


def test_a_misspelt_term_fails_where_it_is_written() -> None:
    with pytest.raises(AttributeError, match="fileNmae"):
        _ = PK.fileNmae
    assert PK.fileName == PK["fileName"]


def test_sparql_prefixes_render_the_prefix_table() -> None:
    lines = SPARQL_PREFIXES.splitlines()
    assert lines == [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items()]


@pytest.mark.parametrize(
    "definition",
    [r"^(PK|PKD|PKM|PKR|PKT)\s*=|^class PK\b", r"^_?PREFIXES\s*(:[^=]*)?=", r"^SH\s*="],
)
def test_each_namespace_is_defined_once(definition: str) -> None:
    pattern = re.compile(definition, re.MULTILINE)
    files = KG.rglob("*.py")
    where = [p.relative_to(KG).as_posix() for p in files if pattern.search(p.read_text())]
    assert where in ([], ["namespaces.py"])
