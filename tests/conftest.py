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
