"""bench/corpus.py stays honest: N copies build into N× the measures, none sharing an IRI.

Not a timing test; it runs the generator at 2× so it stays quick.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import RDF

from kg.build import build
from kg.namespaces import PK
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from corpus import generate


def test_generated_corpus_builds_into_distinct_measures(tmp_path: Path) -> None:
    files = generate(2, tmp_path / "corpus")
    graph, report = build([tmp_path / "corpus"], None, check_shapes=False)
    assert len(files) == 10 and not report.skipped
    measures = set(graph.subjects(RDF.type, PK.Measure))
    documents = set(graph.subjects(RDF.type, PK.Document))
    assert len(documents) == 10
    # one IRI per measure, and about twice the seeds' 95 (a renamed heading may merge a case)
    assert len(measures) == report.measures and 0.97 * 190 <= len(measures) <= 190
    regions = set(graph.objects(None, PK.region))
    assert len(regions) > 40  # the copies moved to other provinces and cities
