"""`kg eval` on the probe documents, built and scored as a user would: tests/data/probes (six
layouts of the genre written for the tests) and tests/data/probes2 to probes40 (five to eight
documents each, counted in DOCUMENTS below), each set written blind: by someone who had not
read the extractor. probes5's and probes7's titles drop the 。 of a first-sentence title, and
probes7's the place label before a one-line item's colon, conventions of their own; probes9
names development zones by their short forms, 合肥高新区, where the graph labels a region by
its full name, 合肥高新技术产业开发区; probes10 gives national new areas their province's
prefix, 重庆两江新区, 河北雄安新区, where the graph names them without it; probes11 heads a
press conference's answers by the reporter's question, where the graph, as probes6, heads
them by the answer's first sentence; probes37 keeps the 。 of a one-phrase 一是 item's
title, which the seeds' gold drops, and counts no 下一步 items, which seed 004's gold counts
as planned cases; probes39 titles a run-in item (（一）place：title。body) without its
。.
The figures are floors: raise them as extraction improves, never lower them to make a change
pass; a floor lowered says why in its commit (a gold convention the graph does not follow, or
fields scored over more cases once more are found)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.build import build
from kg.evaluate import evaluate, load_gold
from tests.conftest import ROOT

DATA = ROOT / "tests" / "data"
FLOORS = {  # set: {field: (precision, recall)} over its documents
    "probes": {
        "measures": (1.0, 1.0),
        "titles": (1.0, 1.0),
        "region": (1.0, 1.0),
        "province": (1.0, 1.0),
        "agencies": (0.9, 0.9),
        "mechanisms": (0.91, 0.9),
        "outcomes": (1.0, 0.97),
        "themes": (0.95, 0.91),
        "status": (1.0, 1.0),
    },
    "probes2": {
        "measures": (1.0, 1.0),
        "titles": (1.0, 1.0),
        "region": (1.0, 1.0),
        "province": (1.0, 1.0),
        "agencies": (1.0, 1.0),
        "mechanisms": (0.85, 0.92),
        "outcomes": (0.96, 1.0),
        "themes": (0.9, 0.86),
        "status": (1.0, 1.0),
    },
    "probes3": {
        "measures": (1.0, 1.0),
        "titles": (1.0, 1.0),
        "region": (1.0, 1.0),
        "province": (1.0, 1.0),
        "agencies": (0.78, 0.82),
        "mechanisms": (0.88, 0.95),
        "outcomes": (0.98, 1.0),
        "themes": (0.77, 0.77),
        "status": (1.0, 1.0),
    },
    "probes4": {
        "measures": (1.0, 1.0),
        "titles": (0.63, 0.63),
        "region": (1.0, 1.0),
        "province": (1.0, 1.0),
        "agencies": (0.97, 0.97),
        "mechanisms": (0.76, 0.79),
        "outcomes": (0.91, 1.0),
        "themes": (0.95, 0.95),
        "status": (1.0, 1.0),
    },
    "probes5": {
        "measures": (1.0, 1.0),
        "titles": (0.18, 0.18),
        "region": (1.0, 1.0),
        "province": (1.0, 1.0),
        "agencies": (0.97, 0.97),
        "mechanisms": (0.76, 0.72),
        "outcomes": (0.95, 1.0),
        "themes": (0.97, 0.97),
        "status": (1.0, 1.0),
    },
    "probes6": {
        "measures": (1.0, 1.0),
        "titles": (0.62, 0.62),
        "region": (1.0, 0.97),
        "province": (1.0, 1.0),
        "agencies": (0.84, 0.81),
        "mechanisms": (0.84, 0.81),
        "outcomes": (0.8, 0.97),
        "themes": (0.69, 0.69),
        "status": (1.0, 1.0),
    },
    "probes7": {
        "measures": (1.0, 1.0),
        "titles": (0.25, 0.25),
        "region": (1.0, 1.0),
        "province": (1.0, 1.0),
        "agencies": (0.94, 0.83),
        "mechanisms": (0.86, 0.78),
        "outcomes": (0.83, 1.0),
        "themes": (0.75, 0.72),
        "status": (1.0, 1.0),
    },
    "probes8": {
        "measures": (1.0, 1.0),
        "titles": (0.72, 0.72),
        "region": (1.0, 1.0),
        "province": (1.0, 1.0),
        "agencies": (0.98, 0.96),
        "mechanisms": (0.75, 0.83),
        "outcomes": (0.83, 0.95),
        "themes": (0.81, 0.77),
        "status": (1.0, 1.0),
    },
    "probes9": {
        "measures": (1.0, 1.0),
        "titles": (0.6, 0.6),
        "region": (0.87, 0.87),
        "province": (1.0, 1.0),
        "agencies": (0.97, 0.95),
        "mechanisms": (0.81, 0.82),
        "outcomes": (0.8, 0.94),
        "themes": (0.75, 0.72),
        "status": (1.0, 1.0),
    },
    "probes10": {
        "measures": (1.0, 1.0),
        "titles": (1.0, 1.0),
        "region": (0.93, 0.93),
        "province": (1.0, 1.0),
        "agencies": (0.7, 0.68),
        "mechanisms": (0.84, 0.87),
        "outcomes": (0.74, 0.93),
        "themes": (0.77, 0.77),
        "status": (1.0, 1.0),
    },
    "probes11": {
        "measures": (0.98, 0.98),
        "titles": (0.84, 0.84),
        "region": (0.98, 0.98),
        "province": (1.0, 1.0),
        "agencies": (0.8, 0.8),
        "mechanisms": (0.77, 0.85),
        "outcomes": (0.81, 0.94),
        "themes": (0.87, 0.87),
        "status": (1.0, 1.0),
    },
    "probes12": {
        "measures": (1.0, 0.96),
        "titles": (1.0, 1.0),
        "region": (0.96, 0.96),
        "province": (1.0, 1.0),
        "agencies": (0.92, 0.86),
        "mechanisms": (0.7, 0.71),
        "outcomes": (0.9, 0.95),
        "themes": (0.67, 0.66),
        "status": (1.0, 1.0),
    },
    "probes13": {
        "measures": (0.98, 1.0),
        "titles": (0.96, 0.96),
        "region": (0.95, 0.95),
        "province": (1.0, 1.0),
        "agencies": (0.75, 0.78),
        "mechanisms": (0.75, 0.84),
        "outcomes": (0.95, 0.95),
        "themes": (0.75, 0.72),
        "status": (1.0, 1.0),
    },
    "probes14": {
        "measures": (1.0, 1.0),
        "titles": (1.0, 1.0),
        "region": (1.0, 1.0),
        "province": (1.0, 1.0),
        "agencies": (0.95, 0.9),
        "mechanisms": (0.8, 0.78),
        "outcomes": (0.92, 0.98),
        "themes": (0.68, 0.68),
        "status": (1.0, 1.0),
    },
    "probes15": {
        "measures": (0.97, 1.0),
        "titles": (0.9, 0.9),
        "region": (0.9, 0.9),
        "province": (1.0, 1.0),
        "agencies": (0.81, 0.87),
        "mechanisms": (0.64, 0.77),
        "outcomes": (0.85, 0.91),
        "themes": (0.73, 0.71),
        "status": (1.0, 1.0),
    },
    "probes16": {
        "measures": (1.0, 1.0),
        "titles": (0.92, 0.92),
        "region": (0.95, 0.95),
        "province": (1.0, 1.0),
        "agencies": (0.92, 0.88),
        "mechanisms": (0.7, 0.78),
        "outcomes": (0.92, 0.96),
        "themes": (0.73, 0.7),
        "status": (1.0, 1.0),
    },
    "probes17": {
        "measures": (1.0, 1.0),
        "titles": (1.0, 1.0),
        "region": (0.94, 0.93),
        "province": (1.0, 0.99),
        "agencies": (0.71, 0.69),
        "mechanisms": (0.65, 0.65),
        "outcomes": (0.92, 0.99),
        "themes": (0.76, 0.61),
        "status": (1.0, 1.0),
    },
    "probes18": {
        "measures": (0.9, 1.0),
        "titles": (0.62, 0.62),
        "region": (0.9, 0.9),
        "province": (1.0, 1.0),
        "agencies": (0.87, 0.84),
        "mechanisms": (0.67, 0.68),
        "outcomes": (0.87, 0.89),
        "themes": (0.41, 0.4),
        "status": (1.0, 1.0),
    },
    "probes19": {
        "measures": (0.96, 1.0),
        "titles": (0.96, 0.96),
        "region": (1.0, 1.0),
        "province": (1.0, 1.0),
        "agencies": (0.96, 0.96),
        "mechanisms": (0.64, 0.76),
        "outcomes": (0.86, 0.91),
        "themes": (0.77, 0.77),
        "status": (1.0, 1.0),
    },
    "probes20": {
        "measures": (1.0, 0.98),
        "titles": (0.98, 0.98),
        "region": (0.96, 0.96),
        "province": (0.98, 0.98),
        "agencies": (0.75, 0.73),
        "mechanisms": (0.72, 0.77),
        "outcomes": (0.91, 0.9),
        "themes": (0.67, 0.62),
        "status": (1.0, 1.0),
    },
    "probes21": {
        "measures": (1.0, 1.0),
        "titles": (0.87, 0.87),
        "region": (0.9, 0.9),
        "province": (1.0, 1.0),
        "agencies": (0.85, 0.83),
        "mechanisms": (0.67, 0.64),
        "outcomes": (0.95, 0.94),
        "themes": (0.78, 0.75),
        "status": (0.98, 0.98),
    },
    "probes22": {
        "measures": (1.0, 0.97),
        "titles": (0.92, 0.92),
        "region": (0.92, 0.92),
        "province": (1.0, 1.0),
        "agencies": (0.87, 0.9),
        "mechanisms": (0.67, 0.78),
        "outcomes": (0.79, 0.96),
        "themes": (0.57, 0.56),
        "status": (1.0, 1.0),
    },
    "probes23": {
        "measures": (0.94, 0.92),
        "titles": (0.83, 0.83),
        "region": (0.94, 0.94),
        "province": (1.0, 1.0),
        "agencies": (0.57, 0.68),
        "mechanisms": (0.65, 0.77),
        "outcomes": (0.87, 0.94),
        "themes": (0.82, 0.79),
        "status": (1.0, 1.0),
    },
    "probes24": {
        "measures": (0.93, 1.0),
        "titles": (0.95, 0.95),
        "region": (0.97, 0.97),
        "province": (1.0, 1.0),
        "agencies": (0.9, 0.9),
        "mechanisms": (0.65, 0.78),
        "outcomes": (0.9, 0.94),
        "themes": (0.77, 0.73),
        "status": (1.0, 1.0),
    },
    "probes25": {
        "measures": (1.0, 0.96),
        "titles": (0.86, 0.86),
        "region": (0.97, 0.97),
        "province": (1.0, 1.0),
        "agencies": (0.8, 0.79),
        "mechanisms": (0.73, 0.73),
        "outcomes": (0.9, 0.94),
        "themes": (0.79, 0.71),
        "status": (1.0, 1.0),
    },
    "probes26": {
        "measures": (1.0, 0.94),
        "titles": (0.91, 0.91),
        "region": (0.94, 0.91),
        "province": (1.0, 0.97),
        "agencies": (0.79, 0.87),
        "mechanisms": (0.77, 0.86),
        "outcomes": (0.77, 0.97),
        "themes": (0.68, 0.64),
        "status": (1.0, 1.0),
    },
    "probes27": {
        "measures": (0.97, 0.94),
        "titles": (0.85, 0.85),
        "region": (0.92, 0.92),
        "province": (1.0, 1.0),
        "agencies": (0.85, 0.81),
        "mechanisms": (0.65, 0.77),
        "outcomes": (0.91, 0.99),
        "themes": (0.82, 0.76),
        "status": (1.0, 1.0),
    },
    "probes28": {
        "measures": (0.9, 0.92),
        "titles": (0.7, 0.7),
        "region": (0.91, 0.91),
        "province": (1.0, 1.0),
        "agencies": (0.83, 0.94),
        "mechanisms": (0.78, 0.85),
        "outcomes": (0.86, 0.93),
        "themes": (0.56, 0.56),
        "status": (1.0, 1.0),
    },
    "probes29": {
        "measures": (0.98, 0.98),
        "titles": (0.67, 0.67),
        "region": (0.98, 0.98),
        "province": (1.0, 1.0),
        "agencies": (0.63, 0.67),
        "mechanisms": (0.72, 0.81),
        "outcomes": (0.88, 0.86),
        "themes": (0.67, 0.55),
        "status": (1.0, 1.0),
    },
    "probes30": {
        "measures": (0.95, 0.97),
        "titles": (0.79, 0.79),
        "region": (0.94, 0.94),
        "province": (1.0, 1.0),
        "agencies": (0.86, 0.87),
        "mechanisms": (0.64, 0.66),
        "outcomes": (0.79, 0.98),
        "themes": (0.72, 0.66),
        "status": (1.0, 1.0),
    },
    "probes31": {
        "measures": (0.91, 0.9),
        "titles": (0.68, 0.68),
        "region": (0.94, 0.94),
        "province": (1.0, 1.0),
        "agencies": (0.81, 0.9),
        "mechanisms": (0.64, 0.69),
        "outcomes": (0.77, 0.94),
        "themes": (0.67, 0.62),
        "status": (0.98, 0.98),
    },
    "probes32": {
        "measures": (0.97, 1.0),
        "titles": (0.82, 0.82),
        "region": (0.97, 0.97),
        "province": (1.0, 1.0),
        "agencies": (0.89, 0.92),
        "mechanisms": (0.73, 0.79),
        "outcomes": (0.78, 0.89),
        "themes": (0.71, 0.71),
        "status": (1.0, 1.0),
    },
    "probes33": {
        "measures": (0.69, 0.75),
        "titles": (0.49, 0.49),
        "region": (0.94, 0.94),
        "province": (1.0, 1.0),
        "agencies": (0.88, 0.89),
        "mechanisms": (0.74, 0.85),
        "outcomes": (0.88, 0.97),
        "themes": (0.58, 0.58),
        "status": (0.98, 0.98),
    },
    "probes34": {
        "measures": (0.85, 0.92),
        "titles": (0.62, 0.62),
        "region": (0.77, 0.77),
        "province": (1.0, 1.0),
        "agencies": (0.74, 0.89),
        "mechanisms": (0.65, 0.8),
        "outcomes": (0.73, 0.86),
        "themes": (0.7, 0.68),
        "status": (1.0, 1.0),
    },
    "probes35": {
        "measures": (0.96, 0.95),
        "titles": (0.87, 0.87),
        "region": (0.94, 0.9),
        "province": (0.99, 0.95),
        "agencies": (0.57, 0.56),
        "mechanisms": (0.72, 0.85),
        "outcomes": (0.85, 0.97),
        "themes": (0.88, 0.8),
        "status": (1.0, 1.0),
    },
    "probes36": {
        "measures": (0.97, 0.95),
        "titles": (0.67, 0.67),
        "region": (1.0, 1.0),
        "province": (1.0, 1.0),
        "agencies": (0.77, 0.9),
        "mechanisms": (0.69, 0.96),
        "outcomes": (0.78, 0.98),
        "themes": (0.62, 0.62),
        "status": (1.0, 1.0),
    },
    "probes37": {
        "measures": (0.98, 1.0),
        "titles": (0.85, 0.85),
        "region": (0.98, 0.98),
        "province": (1.0, 1.0),
        "agencies": (0.64, 0.63),
        "mechanisms": (0.73, 0.87),
        "outcomes": (0.84, 0.94),
        "themes": (0.76, 0.7),
        "status": (1.0, 1.0),
    },
    "probes38": {
        "measures": (1.0, 0.94),
        "titles": (0.87, 0.87),
        "region": (0.96, 0.96),
        "province": (1.0, 1.0),
        "agencies": (0.81, 0.88),
        "mechanisms": (0.7, 0.9),
        "outcomes": (0.74, 0.91),
        "themes": (0.56, 0.56),
        "status": (1.0, 1.0),
    },
    "probes39": {
        "measures": (0.98, 1.0),
        "titles": (0.85, 0.85),
        "region": (0.98, 0.98),
        "province": (0.98, 0.98),
        "agencies": (0.54, 0.52),
        "mechanisms": (0.76, 0.83),
        "outcomes": (0.87, 0.96),
        "themes": (0.85, 0.78),
        "status": (1.0, 1.0),
    },
    "probes40": {
        "measures": (0.96, 0.96),
        "titles": (0.73, 0.73),
        "region": (0.88, 0.88),
        "province": (1.0, 1.0),
        "agencies": (0.83, 0.87),
        "mechanisms": (0.65, 0.84),
        "outcomes": (0.69, 0.97),
        "themes": (0.65, 0.65),
        "status": (1.0, 1.0),
    },
}
DOCUMENTS = {
    "probes": 6,
    "probes2": 7,
    "probes3": 6,
    "probes4": 5,
    "probes5": 6,
    "probes6": 6,
    "probes7": 6,
    "probes8": 6,
    "probes9": 6,
    "probes10": 8,
    "probes11": 8,
    "probes12": 8,
    "probes13": 8,
    "probes14": 6,
    "probes15": 7,  # and a column with no case (gold []), refused as one
    "probes16": 8,
    "probes17": 6,
    "probes18": 8,
    "probes19": 7,  # and a column with no case (gold []), refused as one
    "probes20": 8,
    "probes21": 8,
    "probes22": 8,
    "probes23": 8,
    "probes24": 8,
    "probes25": 8,
    "probes26": 8,
    "probes27": 8,
    "probes28": 8,
    "probes29": 8,
    "probes30": 8,
    "probes31": 8,
    "probes32": 8,
    "probes33": 8,
    "probes34": 8,
    "probes35": 8,
    "probes36": 8,
    "probes37": 8,
    "probes38": 8,
    "probes39": 8,
    "probes40": 8,
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def probe_set(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """(set name, its scores)."""
    folder = DATA / request.param
    graph, report = build([folder], tmp_path_factory.mktemp(request.param), check_shapes=False)
    gold = load_gold(sorted((folder / "gold").glob("*.json")))
    refused = [e for e in report.skipped if _gold_cases(folder, e.path) != []]
    assert not refused, refused  # only a text with no case (a commentary, gold []) is refused
    return request.param, evaluate(graph, gold)


def _gold_cases(folder: Path, document: Path) -> list | None:
    """A document's gold cases as annotated ([] for a text with none), None with no gold."""
    path = next((folder / "gold").glob(f"{document.stem}*.json"), None)
    return json.loads(path.read_text(encoding="utf-8")) if path else None


def test_every_probe_document_is_built_and_scored(probe_set) -> None:
    name, scores = probe_set
    assert scores.missing == []
    assert len(scores.documents) == DOCUMENTS[name]
    assert all(s["measures"].predicted for s in scores.documents.values())


def test_probe_scores_stay_above_their_floors(probe_set) -> None:
    name, scores = probe_set
    floors = FLOORS[name]
    low = {
        field: (round(s.precision, 3), round(s.recall, 3))
        for field, s in scores.fields.items()
        if s.precision < floors[field][0] or s.recall < floors[field][1]
    }
    assert not low, f"{name} below the floor: {low}"
