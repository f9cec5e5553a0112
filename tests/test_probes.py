"""`kg eval` on the probe documents (tests/data/probes): six layouts of the genre written for
the tests, built and scored as a user would. The figures are floors: raise them as extraction
improves, never lower them to make a change pass."""

from __future__ import annotations

import pytest

from kg.build import build
from kg.evaluate import evaluate, load_gold
from tests.conftest import ROOT

PROBES = ROOT / "tests" / "data" / "probes"
FLOORS = {  # field: (precision, recall) over the six probe documents
    "measures": (1.0, 1.0),
    "titles": (1.0, 1.0),
    "region": (1.0, 1.0),
    "province": (1.0, 1.0),
    "agencies": (0.80, 0.77),
    "mechanisms": (0.79, 0.94),
    "outcomes": (0.94, 0.94),
    "themes": (0.95, 0.91),
    "status": (1.0, 1.0),
}


@pytest.fixture(scope="module")
def probe_scores(tmp_path_factory: pytest.TempPathFactory):
    graph, report = build([PROBES], tmp_path_factory.mktemp("probes"), check_shapes=False)
    assert not report.skipped, report.skipped
    return evaluate(graph, load_gold(sorted((PROBES / "gold").glob("*.json"))))


def test_every_probe_document_is_built_and_scored(probe_scores) -> None:
    assert probe_scores.missing == []
    assert len(probe_scores.documents) == 6


def test_probe_scores_stay_above_their_floors(probe_scores) -> None:
    low = {
        field: (round(s.precision, 3), round(s.recall, 3))
        for field, s in probe_scores.fields.items()
        if s.precision < FLOORS[field][0] or s.recall < FLOORS[field][1]
    }
    assert not low, f"below the floor: {low}"
