"""Run the stages in order: corpus → segment → extract → graph → validate → exports → views
and report.

A file that cannot be read is reported with its reason and the others still build; with
``strict`` any such file stops the build before anything is written. A build in which no
document was built writes nothing at all, so a mistyped folder never replaces a good export;
every output is staged and moved into place by kg/publish.py.

Example:
    >>> report = build([Path("seeds")], Path("exports"))
    >>> report.measures, report.skipped
    (95, [])
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from rdflib import Graph, Literal

from kg.corpus import Document, DocumentError, iter_paths, read_document, text_files
from kg.curation import decision_triples, load_curation
from kg.export import ntriples_text, write_exports
from kg.extract.facts import DocumentFacts, extract_document, load_context
from kg.graph import PK, Triples, build_iri, build_triples, graph_of
from kg.publish import GRAPH, check_folder, exclusive, publish, staging
from kg.segment import segment
from kg.validate import ValidationReport, validate
from kg.vocab import ontology_graph, tokenizer

ONTOLOGY_FILES = ("practice.ttl", "mechanisms.ttl", "themes.ttl")
"""Ontology and vocabularies shipped inside every export, so it is self-describing."""


@dataclass
class BuildReport:
    """What a build read, skipped, produced and how long it took."""

    documents: list[tuple[str, int]] = field(default_factory=list)
    skipped: list[DocumentError] = field(default_factory=list)
    triples: int = 0
    seconds: float = 0.0
    outputs: list[Path] = field(default_factory=list)
    validation: ValidationReport | None = None

    @property
    def measures(self) -> int:
        return sum(count for _, count in self.documents)

    def summary(self) -> str:
        skipped = f", {len(self.skipped)} skipped" if self.skipped else ""
        return (
            f"{len(self.documents)} documents{skipped}, {self.measures} measures, "
            f"{self.triples} triples in {self.seconds:.2f} s"
        )


class BuildFailed(Exception):
    """No document was built, a strict build met a bad file, or the graph broke its SHACL
    shapes: nothing was written."""


def build(
    paths: list[Path],
    out: Path | None,
    *,
    strict: bool = False,
    check_shapes: bool = True,
    jobs: int = 1,
    on_file: Callable[[Path], None] | None = None,
    views: bool = True,
    analysis: bool = True,
    curation: Path | None = None,
) -> tuple[Graph, BuildReport]:
    """Build the graph from documents and (when ``out`` is given) write the exports, and the
    HTML views and analysis report of the same graph unless told not to. ``curation`` is a
    file of curators' decisions (kg/curation.py) the extraction obeys."""
    started = time.perf_counter()
    report = BuildReport()
    if out is not None:
        check_folder(out)
    context = load_context(curation)  # a broken curation file stops the build here
    facts = list(_read_all(paths, report, jobs, on_file, curation))
    reasons = "".join(f"\n  {problem}" for problem in report.skipped)
    where = f"{out} is unchanged" if out is not None else "nothing written"
    if not facts:
        raise BuildFailed(f"no document was built; {where}{reasons}")
    if strict and report.skipped:
        count = len(report.skipped)
        raise BuildFailed(f"{count} file(s) could not be read; {where}{reasons}")
    triples = build_triples(facts, context.gazetteer)
    for name in ONTOLOGY_FILES:
        triples.update(dict.fromkeys(ontology_graph(name)))
    if curation is not None:
        _add_curation(triples, facts, curation)
    report.triples = len(triples)
    check = _checker(report, strict, where) if check_shapes else None
    if out is not None:
        docs = [f.doc for f in facts]
        report.outputs = _write_outputs(triples, out, views, analysis, check, docs)
    elif check is not None:
        check(ntriples_text(triples))
    report.seconds = time.perf_counter() - started
    return graph_of(triples), report


def _add_curation(triples: Triples, facts: list[DocumentFacts], path: Path) -> None:
    """The decisions (so the export holds the concepts and altLabels they add) and which
    curation file the build used, by name and SHA-256, on the build node."""
    curation = load_curation(path)
    triples.update(dict.fromkeys(decision_triples(curation.decisions)))
    build = build_iri(f.doc for f in facts)
    triples[(build, PK.curationFile, Literal(curation.source))] = None
    triples[(build, PK.curationSha256, Literal(curation.sha256))] = None


def _checker(report: BuildReport, strict: bool, where: str) -> Callable[[str], None]:
    """Validation of the graph's N-Triples text; a strict build stops on a violation."""

    def check(text: str) -> None:
        report.validation = validate(text)
        if strict and not report.validation.conforms:
            problems = "".join(f"\n  {v}" for v in report.validation.violations)
            raise BuildFailed(f"the graph breaks ontology/shapes.ttl; {where}{problems}")

    return check


def _write_outputs(
    triples: Triples,
    out: Path,
    views: bool,
    analysis: bool,
    check: Callable[[str], None] | None,
    docs: list[Document],
) -> list[Path]:
    """Stage the exports, extracted texts, views and report of one graph (validated, when
    asked, before anything is published), then publish them together."""
    with exclusive(out), staging(out) as stage:
        write_exports(triples, stage)
        _write_texts(docs, stage)
        if check is not None:
            check((stage / GRAPH).read_text(encoding="utf-8"))
        if views:
            from kg.views import render

            render(stage / GRAPH, stage / "html")
        if analysis:
            from kg.analysis import load_export
            from kg.report import write_report

            write_report(load_export(stage / GRAPH), stage / "analysis", GRAPH)
        return publish(stage, out)


def _write_texts(docs: list[Document], stage: Path) -> None:
    """The text extracted from each web page, PDF or Word file, which its offsets index."""
    names = text_files(docs)
    for doc in docs:
        if name := names.get(doc.sha256):
            (stage / name).parent.mkdir(exist_ok=True)
            (stage / name).write_text(doc.text, encoding="utf-8", newline="")


def _read_all(
    paths: list[Path],
    report: BuildReport,
    jobs: int,
    on_file: Callable[[Path], None] | None,
    curation: Path | None = None,
) -> Iterator[DocumentFacts]:
    """Facts of every readable, distinct document, in path order."""
    seen: dict[str, str] = {}
    for path in paths:
        if not path.exists():
            report.skipped.append(DocumentError(path, "no such file or directory"))
    files = list(iter_paths([p for p in paths if p.exists()]))
    for path, result in zip(files, _map(files, jobs, curation), strict=True):
        if on_file:
            on_file(path)
        if isinstance(result, DocumentError):
            report.skipped.append(result)
        elif result.doc.sha256 in seen:
            reason = f"same bytes as {seen[result.doc.sha256]}; read once"
            report.skipped.append(DocumentError(path, reason))
        else:
            seen[result.doc.sha256] = path.name
            report.documents.append((path.name, len(result.measures)))
            yield result


def _map(
    files: list[Path], jobs: int, curation: Path | None
) -> Iterator[DocumentFacts | DocumentError]:
    """Read and extract each file, in worker processes when ``jobs`` > 1."""
    read = partial(_read_one, curation=curation)
    if jobs <= 1 or len(files) < 2:
        yield from map(read, files)
        return
    _warm_up(curation)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(read, files, chunksize=max(1, len(files) // (jobs * 4)))


def _warm_up(curation: Path | None) -> None:
    """Load the gazetteer, vocabularies and jieba dictionary before the pool forks, so the
    workers inherit them instead of each paying ~1.5 s to load its own copy."""
    tokenizer(load_context(curation).mechanisms.extra_words)


def _read_one(path: Path, curation: Path | None = None) -> DocumentFacts | DocumentError:
    try:
        doc = read_document(path)
        return extract_document(doc, segment(doc), load_context(curation))
    except DocumentError as err:
        return err
