"""Score the graph against hand annotations (../shared/gold/FORMAT.md): P, R and F1 per field.

The graph is what users query, so the graph is what is scored: measures are read back from
RDF, not from the extractor. A predicted measure matches a gold one when both start at the
same heading offset of the same file. Per field:

- ``measures``: matched measures over predicted (P) and gold (R);
- ``region`` / ``province``: the most specific region's name, and its province, per measure
  (gold "unknown" expects no region);
- ``agencies``: names, micro-averaged over measures;
- ``mechanisms``: a gold string is found when it equals a label (pref or alt) of a linked
  concept or the quoted surface of a mention; a linked concept is correct when one of its
  labels or surfaces equals a gold string;
- ``outcomes``: same value and overlapping span (one-to-one);
- ``themes`` and ``status``: the measure's theme label and status.

Example:
    >>> scores = evaluate(graph, load_gold([Path("tests/data/gold/000_afa441fe3532fa0d.json")]))
    >>> scores["measures"].f1
    1.0
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import RDFS, SKOS

from kg.corpus import normalise
from kg.graph import PK

FIELDS = (
    "measures",
    "region",
    "province",
    "agencies",
    "mechanisms",
    "outcomes",
    "themes",
    "status",
)
_NOISE = re.compile(r"[\s“”\"'‘’「」『』《》<>]")


@dataclass
class Score:
    """Counts behind precision and recall for one field.

    ``correct`` counts predictions that are right, ``found`` counts gold items that were
    predicted; they differ only where one prediction can cover several gold strings.
    """

    correct: int = 0
    predicted: int = 0
    found: int = 0
    expected: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, hits: int, predicted: int, expected: int, found: int | None = None) -> None:
        self.correct += hits
        self.predicted += predicted
        self.found += hits if found is None else found
        self.expected += expected


@dataclass
class PredictedMeasure:
    """A measure as the graph states it, with everything the gold can be compared to."""

    start: int
    quote: str
    region: str | None = None
    province: str | None = None
    agencies: set[str] = field(default_factory=set)
    mechanisms: list[set[str]] = field(default_factory=list)
    outcomes: list[tuple[Decimal, int, int]] = field(default_factory=list)
    themes: set[str] = field(default_factory=set)
    status: str | None = None


def load_gold(paths: Iterable[Path]) -> dict[str, list[dict]]:
    """Gold items by document file name, in document order."""
    gold: dict[str, list[dict]] = {}
    for path in paths:
        for item in json.loads(path.read_text(encoding="utf-8")):
            gold.setdefault(item["doc"], []).append(item)
    return {name: sorted(items, key=lambda i: i["seq"]) for name, items in gold.items()}


def evaluate(graph: Graph, gold: dict[str, list[dict]]) -> dict[str, Score]:
    """Scores per field over every gold document found in the graph."""
    scores = {name: Score() for name in FIELDS}
    for file_name, items in gold.items():
        predicted = {m.start: m for m in read_measures(graph, file_name)}
        expected = {item["title_offset"]: item for item in items}
        matched = sorted(predicted.keys() & expected.keys())
        scores["measures"].add(len(matched), len(predicted), len(expected))
        for start in matched:
            _score_measure(scores, predicted[start], expected[start])
    return scores


def _score_measure(scores: dict[str, Score], got: PredictedMeasure, gold: dict) -> None:
    region = None if gold["region"] == "unknown" else gold["region"]
    _score_value(scores["region"], got.region, region)
    _score_value(scores["province"], got.province, gold["province"])
    agencies = {_key(a) for a in gold["agencies"]}
    hits = len({_key(a) for a in got.agencies} & agencies)
    scores["agencies"].add(hits, len(got.agencies), len(agencies))
    _score_mechanisms(scores["mechanisms"], got.mechanisms, gold["mechanisms"])
    _score_outcomes(scores["outcomes"], got, gold["outcomes"])
    hit = _key(gold["theme"]) in got.themes if gold.get("theme") else False
    scores["themes"].add(int(hit), int(bool(got.themes)), int(bool(gold.get("theme"))))
    _score_value(scores["status"], got.status, gold["status"])


def _score_value(score: Score, got: str | None, expected: str | None) -> None:
    hit = got is not None and expected is not None and _key(got) == _key(expected)
    score.add(int(hit), int(got is not None), int(expected is not None))


def _score_mechanisms(score: Score, got: list[set[str]], expected: list[str]) -> None:
    wanted = {_key(m) for m in expected}
    labels = set().union(*got) if got else set()
    found = sum(1 for m in wanted if m in labels)
    correct = sum(1 for concept in got if concept & wanted)
    score.add(correct, len(got), len(wanted), found)


def _score_outcomes(score: Score, got: PredictedMeasure, expected: list[dict]) -> None:
    free = list(got.outcomes)
    hits = 0
    for item in expected:
        offset = got.quote.find(item["text"])
        start = got.start + offset if offset >= 0 else -1
        end = start + len(item["text"])
        value = Decimal(str(item["value"]))
        match = next((o for o in free if o[0] == value and o[1] < end and start < o[2]), None)
        if match and offset >= 0:
            free.remove(match)
            hits += 1
    score.add(hits, len(got.outcomes), len(expected))


def _key(text: str) -> str:
    return _NOISE.sub("", normalise(text))


# --- reading measures back from the graph ---------------------------------------------------


def read_measures(graph: Graph, file_name: str) -> list[PredictedMeasure]:
    """Every measure of one document, with what the graph links it to."""
    docs = list(graph.subjects(PK.fileName, Literal(file_name)))
    measures = []
    for doc in docs:
        for node in graph.subjects(PK.document, doc):
            if (node, RDF.type, PK.Measure) in graph:
                measures.append(_read_measure(graph, node))
    return sorted(measures, key=lambda m: m.start)


def _read_measure(graph: Graph, node: URIRef) -> PredictedMeasure:
    measure = PredictedMeasure(
        start=int(graph.value(node, PK.start)),
        quote=str(graph.value(node, PK.quote)),
        status=str(graph.value(node, PK.status)),
    )
    region = graph.value(node, PK.region)
    if region is not None:
        measure.region = str(graph.value(region, RDFS.label))
        measure.province = _province(graph, region)
    measure.agencies = {str(graph.value(a, RDFS.label)) for a in graph.objects(node, PK.agency)}
    surfaces = _mention_surfaces(graph, node)
    measure.mechanisms = [
        {_key(str(label)) for label in _labels(graph, m)} | surfaces.get(m, set())
        for m in graph.objects(node, PK.mechanism)
    ]
    measure.outcomes = [
        (
            Decimal(str(graph.value(o, PK.value))),
            int(graph.value(o, PK.start)),
            int(graph.value(o, PK.end)),
        )
        for o in graph.objects(node, PK.outcome)
    ]
    measure.themes = {
        _key(str(t)) for th in graph.objects(node, PK.theme) for t in _labels(graph, th)
    }
    return measure


def _labels(graph: Graph, concept: URIRef) -> list[str]:
    labels = [*graph.objects(concept, SKOS.prefLabel), *graph.objects(concept, SKOS.altLabel)]
    return [str(label) for label in labels if getattr(label, "language", None) in (None, "zh")]


def _mention_surfaces(graph: Graph, measure: URIRef) -> dict[URIRef, set[str]]:
    surfaces: dict[URIRef, set[str]] = {}
    for evidence in graph.objects(measure, PK.evidence):
        if graph.value(evidence, RDF.predicate) == PK.mechanism:
            target = graph.value(evidence, RDF.object)
            surfaces.setdefault(target, set()).add(_key(str(graph.value(evidence, PK.quote))))
    return surfaces


def _province(graph: Graph, region: URIRef) -> str | None:
    node: URIRef | None = region
    while node is not None:
        if str(graph.value(node, PK.level)) == "province":
            return str(graph.value(node, RDFS.label))
        node = graph.value(node, PK.partOf)
    return None


# --- output ---------------------------------------------------------------------------------


def as_rows(scores: dict[str, Score]) -> list[tuple[str, str, str, str, str]]:
    """Rows for a table: field, precision, recall, F1, support (predicted / gold)."""
    return [
        (
            name,
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f1:.3f}",
            f"{s.correct}/{s.predicted} · {s.found}/{s.expected}",
        )
        for name, s in scores.items()
    ]


def as_json(scores: dict[str, Score]) -> str:
    data = {
        name: {
            "precision": round(s.precision, 4),
            "recall": round(s.recall, 4),
            "f1": round(s.f1, 4),
            "correct": s.correct,
            "predicted": s.predicted,
            "found": s.found,
            "gold": s.expected,
        }
        for name, s in scores.items()
    }
    return json.dumps(data, ensure_ascii=False, indent=2)
