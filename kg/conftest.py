"""Names the docstring examples of kg/ use (pytest --doctest-modules): the committed export,
read once, as a graph, a store and the analysis data."""

from __future__ import annotations

from pathlib import Path

import pytest

EXPORT = Path(__file__).resolve().parent.parent / "exports" / "practice-kg.nt"


@pytest.fixture(autouse=True)
def _doctest_names(doctest_namespace: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    """Examples name files relative to the checkout, as a user in it would."""
    from kg import analysis
    from kg.query import load_store

    monkeypatch.chdir(EXPORT.parent.parent)
    doctest_namespace.update(
        Path=Path, a=analysis, load_store=load_store, data=analysis.load_export(EXPORT)
    )
