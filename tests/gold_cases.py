"""The gold cases as measures, so the extractors can be scored apart from segmentation.

Each gold case becomes a :class:`~kg.segment.Measure` over its annotated span (cut where a
repeated passage begins), headed by its annotated title; every extractor then runs on it as in
a build, the graph is built by ``kg.graph`` and scored by ``kg.evaluate`` — the same code as
``kg eval``, so these figures are what a build would score if segmentation were perfect.
"""

from __future__ import annotations

from functools import cache

from kg.corpus import Document, Line, read_document
from kg.evaluate import Evaluation, evaluate
from kg.extract.facts import DocumentFacts, extract_document, load_context
from kg.graph import build_triples, graph_of
from kg.parts import ONTOLOGY_FILES
from kg.segment import Measure, segment
from kg.vocab import ontology_graph
from tests.conftest import document_path, load_all_gold


def gold_measures(doc: Document, items: list[dict]) -> list[Measure]:
    """One measure per gold case of ``doc``, with the gold span, title and status (and told as
    prose when segmentation reads the document so)."""
    prose = segment(doc)[0].prose
    measures = []
    for ordinal, item in enumerate(items, 1):
        end = min([item["end"], *(s for s, _ in doc.repeats if item["start"] < s < item["end"])])
        start = item["title_offset"] if item.get("title_offset") is not None else item["start"]
        heading = Line(start, _heading_end(doc.view, start, end, item["title"]), "")
        heading = Line(heading.start, heading.end, doc.view[heading.start : heading.end])
        status = item.get("status", "implemented")
        measures.append(
            Measure(
                doc, ordinal, item.get("label"), heading.text, (heading,), end, None, status, prose
            )
        )
    return measures


def _heading_end(view: str, start: int, end: int, title: str) -> int:
    """Where the annotated title ends: walk it over the view, skipping line breaks."""
    i, j = start, 0
    while j < len(title) and i < end:
        if view[i].isspace() and not title[j].isspace():
            i += 1
        elif title[j].isspace() and not view[i].isspace():
            j += 1
        else:
            i, j = i + 1, j + 1
    return max(i, start + 1)


@cache
def gold_facts() -> tuple[DocumentFacts, ...]:
    """Extraction over every gold case of every gold document."""
    context = load_context()
    facts = []
    for name, items in load_all_gold().items():
        doc = read_document(document_path(name))
        facts.append(extract_document(doc, gold_measures(doc, items), context))
    return tuple(facts)


@cache
def extraction_scores() -> Evaluation:
    """``kg eval`` figures of the extractors on the gold cases."""
    triples = build_triples(list(gold_facts()), load_context().gazetteer)
    for name in ONTOLOGY_FILES:
        triples.update(dict.fromkeys(ontology_graph(name)))
    return evaluate(graph_of(triples), load_all_gold())
