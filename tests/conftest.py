"""Shared fixtures: the seed corpus, the gold annotations, and a built graph."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "data" / "gold"
DEV_DOCS = ROOT / "tests" / "data" / "dev-docs"
"""Six real newspaper features (../shared/dev-docs) with gold beside the seeds' in GOLD."""
SEED_FILES = sorted(SEEDS.glob("*.txt"))
SLOW_KINDS = ("browser", "server", "notebook", "chromium", "office")
"""Markers whose tests start a browser, a server, a kernel or an office program: all slow."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test of a slow kind ``slow`` too, so ``-m "not slow"`` is the fast loop."""
    for item in items:
        if any(item.get_closest_marker(kind) for kind in SLOW_KINDS):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def seed_files() -> list[Path]:
    return SEED_FILES


def document_path(name: str) -> Path:
    """A gold document's file: a seed or a dev document."""
    return next(p for p in (SEEDS / name, DEV_DOCS / name) if p.exists())


def load_all_gold() -> dict[str, list[dict]]:
    """Gold annotations of the seeds and dev documents by file name, in document order."""
    out: dict[str, list[dict]] = {}
    for path in sorted(GOLD.glob("*.json")):
        for item in json.loads(path.read_text(encoding="utf-8")):
            out.setdefault(item["doc"], []).append(item)
    return {name: sorted(items, key=lambda i: i["seq"]) for name, items in out.items()}


@pytest.fixture(scope="session")
def all_gold() -> dict[str, list[dict]]:
    """Gold annotations of all eleven documents (seeds and newspaper features)."""
    return load_all_gold()


@pytest.fixture(scope="session")
def gold(all_gold: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Gold annotations of the five seeds."""
    return {name: items for name, items in all_gold.items() if (SEEDS / name).exists()}


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory):
    """The seeds built once per test session: (rdflib graph, report, export folder)."""
    from kg.build import build

    out = tmp_path_factory.mktemp("exports")
    graph, report = build([SEEDS], out)
    return graph, report, out


@pytest.fixture(scope="session")
def built_with_dev_docs(tmp_path_factory: pytest.TempPathFactory):
    """Seeds and the six newspaper features built once: (graph, report, export folder)."""
    from kg.build import build

    out = tmp_path_factory.mktemp("exports-dev")
    graph, report = build([SEEDS, DEV_DOCS], out, check_shapes=False)
    return graph, report, out
