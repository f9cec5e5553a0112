"""Score the graph against hand annotations (../shared/gold/FORMAT.md): P, R and F1 per field.

The graph is what users query, so the graph is what is scored: measures are read back from
RDF, not from the extractor. A predicted measure matches a gold case of the same file when
the overlap of their spans covers half of the shorter and a third of the longer (one to one,
largest overlaps first; a passage skipped as a repeat counts for neither), so a case found
with a slightly different start or end still counts, and one measure that swallows two
cases matches only one of them. Per field:

- ``measures``: matched measures over predicted (P) and gold (R); a gold document missing
  from the graph (skipped by the build) costs recall;
- ``titles``: the measure's label equals the gold title (the heading, or the first sentence
  of a case without one);
- ``region`` / ``province``: the most specific region's name, and its province, per measure
  (gold "unknown" expects the annotator's inferred county or city where the notes give one,
  else no region); a name the gazetteer reads as the same region counts as it (重庆两江新区
  for 两江新区);
- ``agencies``: names, micro-averaged over measures;
- ``mechanisms``: a gold string is found when it equals a label (pref or alt) of a linked
  concept or the quoted surface of a mention; a linked concept is correct when one of its
  labels or surfaces equals a gold string;
- ``outcomes``: same value and overlapping span (one-to-one);
- ``themes`` and ``status``: the measure's theme label and status.

Example (one seed built, scored against the gold of two):
    >>> from kg.build import build
    >>> graph, _ = build([Path("seeds/002_7cf1f168e163e9dc.txt")], None)
    >>> gold = load_gold(sorted(Path("tests/data/gold").glob("00[24]_*.json")))
    >>> result = evaluate(graph, gold)
    >>> result.missing  # gold documents the graph lacks cost recall
    ['004_f28145c5286a17a0.txt']
    >>> as_rows(result.fields)[0]  # field, P, R, F1, correct/predicted · found/expected
    ('measures', '1.000', '0.455', '0.625', '10/10 · 10/22')
    >>> as_rows(result.documents["002_7cf1f168e163e9dc.txt"])[2]
    ('region', '1.000', '1.000', '1.000', '10/10 · 10/10')
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from rdflib import Graph

from kg.corpus import normalise
from kg.errors import KgError
from kg.extract.outcomes import GoldOutcome, match_outcomes
from kg.gazetteer import Gazetteer
from kg.namespaces import PK
from kg.readmodel import Measure, Outcome, ReadModel, read_model

FIELDS = (
    "measures",
    "titles",
    "region",
    "province",
    "agencies",
    "mechanisms",
    "outcomes",
    "themes",
    "status",
)
_MIN_OF_SHORTER = 0.5
_MIN_OF_LONGER = 1 / 3
"""Shares of the shorter and the longer span that must overlap for a measure to match a case."""
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

    def merge(self, other: Score) -> None:
        self.add(other.correct, other.predicted, other.expected, other.found)

    def add(self, hits: int, predicted: int, expected: int, found: int | None = None) -> None:
        self.correct += hits
        self.predicted += predicted
        self.found += hits if found is None else found
        self.expected += expected


@dataclass
class Evaluation:
    """Scores over all gold documents, per document, and the gold documents not in the graph."""

    fields: dict[str, Score]
    documents: dict[str, dict[str, Score]]
    missing: list[str]


@dataclass
class PredictedMeasure:
    """A measure as the graph states it, with everything the gold can be compared to."""

    start: int
    end: int
    quote: str
    title: str = ""
    region: str | None = None
    province: str | None = None
    agencies: set[str] = field(default_factory=set)
    mechanisms: list[set[str]] = field(default_factory=list)
    outcomes: list[tuple[Decimal, int, int]] = field(default_factory=list)
    themes: set[str] = field(default_factory=set)
    status: str | None = None


class GoldUnreadable(KgError):
    """A gold file that is not a JSON list of cases in the format of FORMAT.md."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"cannot read gold {path}: {reason}")


class NoGoldDocument(KgError):
    """None of the gold documents is in the graph: every score would be 0 of nothing found,
    which says the export is the wrong one (or not built yet), not how good extraction is."""

    def __init__(self, names: list[str]) -> None:
        shown = ", ".join(names[:5]) + (" …" if len(names) > 5 else "")
        super().__init__(
            f"none of the {len(names)} gold documents is in the graph: {shown}; build them "
            "(kg build FOLDER --out OUT) and score that export (--export OUT)"
        )


_GOLD_KEYS = ("doc", "seq", "start", "end", "region", "province", "agencies", "mechanisms")


def load_gold(paths: Iterable[Path]) -> dict[str, list[dict]]:
    """Gold items by document file name, in document order; GoldUnreadable names a file that
    is not JSON (with its line) or a case that lacks a field the scores need.

    >>> bad = out / "bad.json"
    >>> _ = bad.write_text('[{"doc": "a.txt", "seq": 1}]', encoding="utf-8")
    >>> load_gold([bad])
    Traceback (most recent call last):
    kg.evaluate.GoldUnreadable: cannot read gold .../bad.json: case 1 lacks start, end, ...
    """
    gold: dict[str, list[dict]] = {}
    for path in paths:
        for item in _gold_items(path):
            gold.setdefault(item["doc"], []).append(item)
    return {name: sorted(items, key=lambda i: i["seq"]) for name, items in gold.items()}


def _gold_items(path: Path) -> list[dict]:
    try:
        items = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        raise GoldUnreadable(path, f"line {err.lineno}: {err.msg}") from None
    except (OSError, UnicodeDecodeError) as err:
        raise GoldUnreadable(path, str(err)) from None
    if not isinstance(items, list):
        raise GoldUnreadable(path, "not a list of cases")
    for number, item in enumerate(items, 1):
        lacking = [k for k in _GOLD_KEYS if not isinstance(item, dict) or k not in item]
        if lacking:
            raise GoldUnreadable(path, f"case {number} lacks {', '.join(lacking)}")
    return items


def evaluate(source: Graph | ReadModel, gold: dict[str, list[dict]]) -> Evaluation:
    """Scores per field over every gold document, and per document; NoGoldDocument when the
    graph holds none of them."""
    total = {name: Score() for name in FIELDS}
    documents, missing = {}, []
    model = read_model(source)
    for file_name, items in gold.items():
        predicted = read_measures(model, file_name)
        docs = [doc for doc in model.documents.values() if doc.name == file_name]
        if not docs:
            missing.append(file_name)
        repeats = [span for doc in docs for span in doc.skipped_repeats]
        scores = {name: Score() for name in FIELDS}
        pairs = match_cases(predicted, items, repeats)
        scores["measures"].add(len(pairs), len(predicted), len(items))
        for got, expected in pairs:
            _score_measure(scores, got, expected)
        documents[file_name] = scores
        for name, score in scores.items():
            total[name].merge(score)
    if gold and len(missing) == len(gold):
        raise NoGoldDocument(missing)
    return Evaluation(total, documents, missing)


def match_cases(
    predicted: list[PredictedMeasure],
    gold: list[dict],
    repeats: list[tuple[int, int]] = (),  # type: ignore[assignment]
) -> list[tuple[PredictedMeasure, dict]]:
    """Pairs of measure and gold case whose spans overlap enough, largest overlaps first.

    >>> got = [PredictedMeasure(0, 100, ""), PredictedMeasure(100, 130, "")]
    >>> [(m.start, g["seq"]) for m, g in match_cases(got, [{"seq": 1, "start": 10, "end": 90}])]
    [(0, 1)]
    """

    def size(start: int, end: int) -> int:
        return end - start - sum(max(0, min(end, e) - max(start, s)) for s, e in repeats)

    candidates = []
    for i, measure in enumerate(predicted):
        for j, item in enumerate(gold):
            overlap = size(max(measure.start, item["start"]), min(measure.end, item["end"]))
            sizes = sorted((size(measure.start, measure.end), size(item["start"], item["end"])))
            if overlap >= max(1, _MIN_OF_SHORTER * sizes[0], _MIN_OF_LONGER * sizes[1]):
                candidates.append((-overlap, i, j))
    used_measures, used_gold, pairs = set(), set(), []
    for _, i, j in sorted(candidates):
        if i not in used_measures and j not in used_gold:
            used_measures.add(i)
            used_gold.add(j)
            pairs.append((predicted[i], gold[j]))
    return sorted(pairs, key=lambda pair: pair[0].start)


def _score_measure(scores: dict[str, Score], got: PredictedMeasure, gold: dict) -> None:
    _score_value(scores["titles"], got.title, gold.get("title"))
    region = gold["region"]
    if region == "unknown":
        region = gold.get("county") or gold.get("city")
    _score_value(scores["region"], got.region, _same_region_as(region, got.region))
    _score_value(scores["province"], got.province, gold["province"])
    agencies = {_key(a) for a in gold["agencies"]}
    hits = len({_key(a) for a in got.agencies} & agencies)
    scores["agencies"].add(hits, len(got.agencies), len(agencies))
    _score_mechanisms(scores["mechanisms"], got.mechanisms, gold["mechanisms"])
    _score_outcomes(scores["outcomes"], got, gold["outcomes"])
    hit = _key(gold["theme"]) in got.themes if gold.get("theme") else False
    scores["themes"].add(int(hit), int(bool(got.themes)), int(bool(gold.get("theme"))))
    _score_value(scores["status"], got.status, gold["status"])


def _same_region_as(expected: str | None, got: str | None) -> str | None:
    """The gold region, written as the graph names it when both name the same region (the
    gold's 重庆两江新区 or 深圳前海深港现代服务业合作区 for the gazetteer's 两江新区 and
    前海深港现代服务业合作区): a region is scored, not a spelling of it."""
    if expected is None or got is None or _key(expected) == _key(got):
        return expected
    gazetteer = Gazetteer.load()
    wanted, named = gazetteer.resolve(expected), gazetteer.resolve(got)
    return got if wanted is not None and named is not None and wanted == named else expected


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
    """Matched by the one outcome rule (:func:`kg.extract.outcomes.match_outcomes`); a gold
    outcome whose text is not in the measure's quote cannot match."""
    predicted = [GoldOutcome(start, end, value) for value, start, end in got.outcomes]
    gold = []
    for item in expected:
        offset = got.quote.find(item["text"])
        if offset >= 0:
            start = got.start + offset
            gold.append(GoldOutcome(start, start + len(item["text"]), Decimal(str(item["value"]))))
    hits = len(match_outcomes(predicted, gold))
    score.add(hits, len(got.outcomes), len(expected))


def _key(text: str) -> str:
    return _NOISE.sub("", normalise(text))


# --- reading measures back from the graph ---------------------------------------------------


def read_measures(source: Graph | ReadModel, file_name: str) -> list[PredictedMeasure]:
    """Every measure of one document, with what the graph links it to."""
    model = read_model(source)
    docs = {iri for iri, doc in model.documents.items() if doc.name == file_name}
    found = [_read_measure(model, m) for m in model.measures.values() if m.document in docs]
    return sorted(found, key=lambda m: m.start)


def _read_measure(model: ReadModel, m: Measure) -> PredictedMeasure:
    measure = PredictedMeasure(
        start=m.start or 0, end=m.end or 0, quote=m.quote, title=m.label, status=m.status
    )
    if m.regions:
        measure.region = model.label(m.regions[0])
    if m.province:
        measure.province = model.label(m.province)
    measure.agencies = {model.agencies[a].label for a in m.agencies}
    surfaces: dict[str, set[str]] = {}
    for evidence in m.evidence:
        if evidence.predicate == str(PK.mechanism):
            surfaces.setdefault(evidence.target, set()).add(_key(evidence.quote))
    measure.mechanisms = [
        {_key(label) for label in model.names.get(x, ())} | surfaces.get(x, set())
        for x in m.mechanisms
    ]
    measure.outcomes = [_outcome(model.outcomes[o]) for o in m.outcomes]
    measure.themes = {_key(t) for th in m.themes for t in model.names.get(th, ())}
    return measure


def _outcome(outcome: Outcome) -> tuple[Decimal, int, int]:
    return Decimal(str(outcome.value)), int(outcome.start or 0), int(outcome.end or 0)


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


def document_rows(evaluation: Evaluation) -> list[tuple[str, ...]]:
    """Rows for a table: each document, its cases found of gold, then precision/recall per field."""
    rows = []
    for name, scores in evaluation.documents.items():
        cases = scores["measures"]
        note = " (not in the graph)" if name in evaluation.missing else ""
        rows.append(
            (
                name + note,
                f"{cases.found}/{cases.expected} · {cases.correct}/{cases.predicted}",
                *(_precision_recall(scores[f]) for f in FIELDS[1:]),
            )
        )
    return rows


def _precision_recall(score: Score) -> str:
    """``P/R`` with a dash for a side that has nothing to count."""
    precision = f"{score.precision:.2f}" if score.predicted else "—"
    recall = f"{score.recall:.2f}" if score.expected else "—"
    return f"{precision}/{recall}"


DOCUMENT_COLUMNS = ("document", "cases found · real", *(f"{f} P/R" for f in FIELDS[1:]))


def as_json(evaluation: Evaluation) -> str:
    def figures(scores: dict[str, Score]) -> dict[str, dict[str, float | int]]:
        return {
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

    data = {
        "fields": figures(evaluation.fields),
        "documents": {name: figures(scores) for name, scores in evaluation.documents.items()},
        "missing": evaluation.missing,
    }
    return json.dumps(data, ensure_ascii=False, indent=2)
