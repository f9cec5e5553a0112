"""Shared fixtures: the seed corpus, the gold annotations, and a built graph."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "data" / "gold"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def seed_files() -> list[Path]:
    return SEED_FILES


@pytest.fixture(scope="session")
def gold() -> dict[str, list[dict]]:
    """Gold annotations by document file name."""
    out: dict[str, list[dict]] = {}
    for path in sorted(GOLD.glob("*.json")):
        for item in json.loads(path.read_text(encoding="utf-8")):
            out.setdefault(item["doc"], []).append(item)
    return out


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory):
    """The seeds built once per test session: (rdflib graph, report, export folder)."""
    from kg.build import build

    out = tmp_path_factory.mktemp("exports")
    graph, report = build([SEEDS], out)
    return graph, report, out
