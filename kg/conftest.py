"""Names the docstring examples of kg/ use (pytest --doctest-modules): the committed export
as analysis data (``data``), a small seed read and extracted (``doc``, ``facts``), and an
empty folder for what an example writes (``out``).

Examples run in the checkout (``seeds/``, ``exports/``, ``tests/data/`` are where a user in it
finds them) and only read there: whatever an example writes goes into ``out``, a fresh folder
per example, so running the doctests never touches the committed exports.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXPORT = ROOT / "exports" / "practice-kg.nt"
SEED = ROOT / "seeds" / "002_7cf1f168e163e9dc.txt"
"""A small seed (the national list of 2024: 10 cases from 10 provinces, in traditional
characters): examples that need a document's facts use it, so they stay fast."""
SERVER_EXAMPLES = (ROOT / "kg" / "server.py",)
"""Modules whose examples start a real Oxigraph server: ``server`` tests, so slow."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Examples that start a server are left out of the fast loop, like the server tests."""
    for item in items:
        if item.path in SERVER_EXAMPLES:
            item.add_marker(pytest.mark.server)
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def _export_data():
    """The committed export as analysis data, read once for every example."""
    from kg import analysis

    return analysis.load_export(EXPORT)


@pytest.fixture(scope="session")
def _seed_facts():
    """The seed read, segmented and extracted once for every example."""
    from kg.corpus import read_document
    from kg.extract.facts import extract_document, load_context
    from kg.segment import segment

    doc = read_document(SEED)
    return doc, extract_document(doc, segment(doc), load_context())


@pytest.fixture(autouse=True)
def _doctest_names(
    doctest_namespace: dict,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    _export_data,
    _seed_facts,
) -> None:
    """Examples name files relative to the checkout, as a user in it would."""
    from kg import analysis
    from kg.query import load_store

    monkeypatch.chdir(ROOT)
    doc, facts = _seed_facts
    doctest_namespace.update(
        Path=Path,
        a=analysis,
        load_store=load_store,
        data=_export_data,
        doc=doc,
        facts=facts,
        out=tmp_path,
    )
