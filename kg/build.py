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

import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from kg.cache import Part, PartStore
from kg.corpus import DocumentError, iter_paths, read_document
from kg.export import write_exports
from kg.extract.facts import DocumentFacts, extract_document, load_context
from kg.graph import graph_of_ntriples
from kg.parts import PENDING_BUILD, Assembled, assemble, make_part, validated
from kg.publish import CACHE, GRAPH, check_folder, exclusive, publish, staging
from kg.segment import segment
from kg.validate import ValidationReport
from kg.vocab import tokenizer


@dataclass
class BuildReport:
    """What a build read, skipped, produced, reused from its cache and how long it took."""

    documents: list[tuple[str, int]] = field(default_factory=list)
    skipped: list[DocumentError] = field(default_factory=list)
    triples: int = 0
    seconds: float = 0.0
    outputs: list[Path] = field(default_factory=list)
    validation: ValidationReport | None = None
    cached: int = 0

    @property
    def measures(self) -> int:
        return sum(count for _, count in self.documents)

    def summary(self) -> str:
        skipped = f", {len(self.skipped)} skipped" if self.skipped else ""
        cached = f" ({self.cached} from the cache)" if self.cached else ""
        return (
            f"{len(self.documents)} documents{cached}{skipped}, {self.measures} measures, "
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
    cache: bool = True,
) -> tuple[Graph, BuildReport]:
    """Build the graph from documents and (when ``out`` is given) write the exports, and the
    HTML views and analysis report of the same graph unless told not to. With ``cache``,
    documents built before into ``out`` are taken from its cache (kg/cache.py)."""
    started = time.perf_counter()
    report = BuildReport()
    if out is not None:
        check_folder(out)
    with ExitStack() as stack:
        if out is not None:
            stack.enter_context(exclusive(out))
        store = _store(out, cache, stack)
        parts = list(_read_all(paths, report, jobs, on_file, store, check_shapes))
        reasons = "".join(f"\n  {problem}" for problem in report.skipped)
        where = f"{out} is unchanged" if out is not None else "nothing written"
        if not parts:
            raise BuildFailed(f"no document was built; {where}{reasons}")
        if strict and report.skipped:
            count = len(report.skipped)
            raise BuildFailed(f"{count} file(s) could not be read; {where}{reasons}")
        graph = assemble([part for _, part in parts], check_shapes)
        report.triples = graph.triples
        report.validation = graph.validation
        if strict and graph.validation and not graph.validation.conforms:
            problems = "".join(f"\n  {v}" for v in graph.validation.violations)
            raise BuildFailed(f"the graph breaks ontology/shapes.ttl; {where}{problems}")
        if out is None:
            text = _ntriples(graph, Path(stack.enter_context(tempfile.TemporaryDirectory())))
            result = graph_of_ntriples(text)
        else:
            report.outputs = _write_outputs(graph, out, views, analysis)
            result = graph_of_ntriples(out / GRAPH)
            if store.reuse:
                store.prune({key for key, _ in parts})
    report.seconds = time.perf_counter() - started
    return result, report


def _store(out: Path | None, cache: bool, stack: ExitStack) -> PartStore:
    """The export folder's cache, or (no folder, or ``cache`` off) a temporary folder: parts
    are kept on disk either way, so a build never holds every document's text in memory."""
    if out is not None and cache:
        return PartStore(out / CACHE)
    temp = stack.enter_context(tempfile.TemporaryDirectory(prefix="kg-parts-"))
    return PartStore(Path(temp), reuse=False)


def _ntriples(graph: Assembled, folder: Path) -> str:
    write_exports(graph.chunks, folder, replace=(str(PENDING_BUILD), graph.build))
    return (folder / GRAPH).read_text(encoding="utf-8")


def _write_outputs(graph: Assembled, out: Path, views: bool, analysis: bool) -> list[Path]:
    """Stage the exports, views and report of one graph, then publish them together."""
    with staging(out) as stage:
        write_exports(graph.chunks, stage, replace=(str(PENDING_BUILD), graph.build))
        if views:
            from kg.views import render

            render(stage / GRAPH, stage / "html")
        if analysis:
            from kg.analysis import load_export
            from kg.report import write_report

            write_report(load_export(stage / GRAPH), stage / "analysis", GRAPH)
        return publish(stage, out)


def _read_all(
    paths: list[Path],
    report: BuildReport,
    jobs: int,
    on_file: Callable[[Path], None] | None,
    store: PartStore,
    check: bool,
) -> Iterator[tuple[str, Part]]:
    """(cache key, part) of every readable, distinct document, in path order."""
    seen: dict[str, str] = {}
    for path in paths:
        if not path.exists():
            report.skipped.append(DocumentError(path, "no such file or directory"))
    files = list(iter_paths([p for p in paths if p.exists()]))
    tasks = [(path, store, check) for path in files]
    for path, result in zip(files, _map(tasks, jobs), strict=True):
        if on_file:
            on_file(path)
        if isinstance(result, DocumentError):
            report.skipped.append(result)
            continue
        key, part, cached = result
        if part.sha256 in seen:
            reason = f"same bytes as {seen[part.sha256]}; read once"
            report.skipped.append(DocumentError(path, reason))
        else:
            seen[part.sha256] = path.name
            report.documents.append((path.name, part.measures))
            report.cached += cached
            yield key, part


_Task = tuple[Path, PartStore, bool]
_Result = tuple[str, Part, bool] | DocumentError


def _map(tasks: list[_Task], jobs: int) -> Iterator[_Result]:
    """Each file's part, in worker processes when ``jobs`` > 1."""
    if jobs <= 1 or len(tasks) < 2:
        yield from map(_part_of, tasks)
        return
    _warm_up()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_part_of, tasks, chunksize=max(1, len(tasks) // (jobs * 4)))


def _warm_up() -> None:
    """Load the gazetteer, vocabularies and jieba dictionary before the pool forks, so the
    workers inherit them instead of each paying ~1.5 s to load its own copy."""
    load_context()
    tokenizer()


def _part_of(task: _Task) -> _Result:
    """The document's part from the cache (validated now if it was made without), else
    read, extracted, rendered, checked and stored; (key, part, from the cache)."""
    path, store, check = task
    try:
        data = path.read_bytes()
    except OSError as err:
        return DocumentError(path, f"cannot read file ({err.strerror})")
    key = store.key(data, path.name)
    part = store.load(key)
    if part is not None:
        if check and part.findings is None:
            part = store.save(key, validated(part))
        return key, part, True
    facts = _read_one(path)
    if isinstance(facts, DocumentError):
        return facts
    return key, store.save(key, make_part(facts, load_context().gazetteer, check)), False


def _read_one(path: Path) -> DocumentFacts | DocumentError:
    try:
        doc = read_document(path)
        return extract_document(doc, segment(doc), load_context())
    except DocumentError as err:
        return err
