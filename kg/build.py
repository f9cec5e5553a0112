"""Run the stages in order: corpus → segment → extract → graph → validate → exports → views
and report.

A file that cannot be read is reported with its reason and the others still build; with
``strict`` any such file stops the build before anything is written. A build in which no
document was built writes nothing at all, so a mistyped folder never replaces a good export;
every output is staged and moved into place by kg/publish.py.

Example (one seed into an empty folder; ``kg build seeds --out exports`` builds them all):
    >>> graph, report = build([Path("seeds/004_f28145c5286a17a0.txt")], out)
    >>> report.documents, report.skipped, len(graph) == report.triples
    ([('004_f28145c5286a17a0.txt', 12)], [], True)
    >>> [p.name for p in report.outputs]
    ['practice-kg.ttl', 'practice-kg.nt', 'practice-kg.jsonld', 'html', 'analysis']
"""

from __future__ import annotations

import gc
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Literal

from kg.cache import Part, PartStore
from kg.corpus import SUFFIXES, DocumentError, iter_paths, other_files, read_document
from kg.curation import decision_triples, load_curation
from kg.errors import KgError
from kg.export import ntriples_text, write_exports
from kg.extract.facts import DocumentFacts, extract_document, load_context
from kg.graph import Triples, build_iri_of, graph_of_ntriples
from kg.namespaces import PK
from kg.parts import PENDING_BUILD, Assembled, assemble, make_part, validated
from kg.publish import CACHE, GRAPH, check_folder, exclusive, publish, staging
from kg.segment import segment
from kg.validate import ValidationReport
from kg.vocab import tokenizer

_NAMED = 10
"""How many left-out files a build names; a folder of 500 pictures is one line, not 500."""


@dataclass
class BuildReport:
    """What a build read, skipped, produced, reused from its cache and how long it took."""

    documents: list[tuple[str, int]] = field(default_factory=list)
    skipped: list[DocumentError] = field(default_factory=list)
    duplicates: list[tuple[Path, Path]] = field(default_factory=list)
    """(file, the earlier file of the same bytes it duplicates): built once, not a failure."""
    left_out: list[Path] = field(default_factory=list)
    """Files in the folders given of types no reader reads, relative to their folder."""
    triples: int = 0
    seconds: float = 0.0
    outputs: list[Path] = field(default_factory=list)
    validation: ValidationReport | None = None
    cached: int = 0

    def left_out_note(self) -> str:
        """One line naming the files of other types (when there are any)."""
        count = len(self.left_out)
        files = "file of a type" if count == 1 else "files of types"
        reads = " ".join(SUFFIXES)
        names = ", ".join(map(str, self.left_out[:_NAMED]))
        more = f" and {count - _NAMED} more" if count > _NAMED else ""
        return f"left out {count} {files} it does not read (it reads {reads}): {names}{more}"

    @property
    def measures(self) -> int:
        return sum(count for _, count in self.documents)

    def summary(self) -> str:
        count = len(self.duplicates)
        duplicates = f", {count} duplicate{'s' if count > 1 else ''}" if count else ""
        skipped = f", {len(self.skipped)} skipped" if self.skipped else ""
        cached = f" ({self.cached} from the cache)" if self.cached else ""
        return (
            f"{len(self.documents)} documents{cached}{duplicates}{skipped}, "
            f"{self.measures} measures, "
            f"{self.triples} triples in {self.seconds:.2f} s"
        )


class BuildFailed(KgError):
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
    curation: Path | None = None,
) -> tuple[Graph, BuildReport]:
    """Build the graph from documents and (when ``out`` is given) write the exports, and the
    HTML views and analysis report of the same graph unless told not to. With ``cache``,
    documents built before into ``out`` are taken from its cache (kg/cache.py); ``curation``
    is a file of curators' decisions (kg/curation.py) the extraction obeys."""
    started = time.perf_counter()
    report = BuildReport()
    existed = out is not None and out.exists()
    if out is not None:
        check_folder(out)
    load_context(curation)  # a broken curation file stops the build here
    with ExitStack() as stack:
        if out is not None:
            stack.enter_context(exclusive(out))
        store = _store(out, cache, stack, curation)
        stack.enter_context(_fewer_collections())
        parts = list(_read_all(paths, report, jobs, on_file, store, check_shapes, curation))
        reasons = "".join(f"\n  {problem}" for problem in report.skipped)
        where = _unchanged(out, existed)
        if not parts:
            note = f"\n  {report.left_out_note()}" if report.left_out else ""
            raise BuildFailed(f"no document was built; {where}{reasons}{note}")
        if strict and report.skipped:
            count = len(report.skipped)
            raise BuildFailed(f"{count} file(s) could not be read; {where}{reasons}")
        built = [part for _, part in parts]
        graph = assemble(built, check_shapes, _curation_triples(built, curation))
        report.triples = graph.triples
        report.validation = graph.validation
        if strict and graph.validation and not graph.validation.conforms:
            problems = "".join(f"\n  {v}" for v in graph.validation.violations)
            raise BuildFailed(f"the graph breaks ontology/shapes.ttl; {where}{problems}")
        if out is None:
            text = _ntriples(graph, Path(stack.enter_context(tempfile.TemporaryDirectory())))
            result = graph_of_ntriples(text)
        else:
            report.outputs = _write_outputs(graph, built, out, views, analysis)
            result = graph_of_ntriples(out / GRAPH)
            if store.reuse:
                store.prune({key for key, _ in parts})
    report.seconds = time.perf_counter() - started
    return result, report


def _unchanged(out: Path | None, existed: bool) -> str:
    """What a failed build says it left: a failed build writes nothing (kg/publish.py)."""
    if out is None:
        return "nothing written"
    return f"{out} is unchanged" if existed else f"{out} was not created"


def _store(out: Path | None, cache: bool, stack: ExitStack, curation: Path | None) -> PartStore:
    """The export folder's cache, or (no folder, or ``cache`` off) a temporary folder: parts
    are kept on disk either way, so a build never holds every document's text in memory.
    The curation file's hash is part of every key: other decisions, other parts."""
    salt = load_curation(curation).sha256 if curation is not None else ""
    if out is not None and cache:
        return PartStore(out / CACHE, salt=salt)
    temp = stack.enter_context(tempfile.TemporaryDirectory(prefix="kg-parts-"))
    return PartStore(Path(temp), reuse=False, salt=salt)


def _curation_triples(parts: list[Part], path: Path | None) -> Triples:
    """The decisions (so the export holds the concepts and altLabels they add) and which
    curation file the build used, by name and SHA-256, on the build node."""
    if path is None:
        return {}
    curation = load_curation(path)
    triples: Triples = dict.fromkeys(decision_triples(curation.decisions))
    build = build_iri_of(p.sha256 for p in parts)
    triples[(build, PK.curationFile, Literal(curation.source))] = None
    triples[(build, PK.curationSha256, Literal(curation.sha256))] = None
    return triples


def _ntriples(graph: Assembled, folder: Path) -> str:
    write_exports(graph.chunks, folder, replace=(str(PENDING_BUILD), graph.build))
    return (folder / GRAPH).read_text(encoding="utf-8")


def _write_outputs(
    graph: Assembled, parts: list[Part], out: Path, views: bool, analysis: bool
) -> list[Path]:
    """Stage the exports, extracted texts, views and report of one graph, then publish them
    together."""
    with staging(out) as stage:
        written = write_exports(graph.chunks, stage, replace=(str(PENDING_BUILD), graph.build))
        _write_texts(parts, stage)
        if views:
            from kg.views import render

            render(stage / GRAPH, stage / "html")
        if analysis:
            from kg.analysis import load_export
            from kg.report import write_report

            write_report(load_export(stage / GRAPH), stage / "analysis", GRAPH)
        return publish(stage, out, written[stage / GRAPH])


def _write_texts(parts: list[Part], stage: Path) -> None:
    """The text extracted from each web page, PDF or Word file, which its offsets index."""
    for part in parts:
        if part.text_file is not None and part.text is not None:
            (stage / part.text_file).parent.mkdir(exist_ok=True)
            (stage / part.text_file).write_text(part.text, encoding="utf-8", newline="")


def _read_all(
    paths: list[Path],
    report: BuildReport,
    jobs: int,
    on_file: Callable[[Path], None] | None,
    store: PartStore,
    check: bool,
    curation: Path | None,
) -> Iterator[tuple[str, Part]]:
    """(cache key, part) of every readable, distinct document, in path order."""
    seen: dict[str, Path] = {}
    for path in paths:
        if not path.exists():
            report.skipped.append(DocumentError(path, "no such file or directory"))
    files = list(iter_paths([p for p in paths if p.exists()]))
    report.left_out = other_files(paths)
    tasks = [(path, store, check, curation) for path in files]
    for path, result in zip(files, _map(tasks, jobs), strict=True):
        if on_file:
            on_file(path)
        if isinstance(result, DocumentError):
            report.skipped.append(result)
            continue
        key, part, cached = result
        if part.sha256 in seen:
            report.duplicates.append((path, seen[part.sha256]))
        else:
            seen[part.sha256] = path
            report.documents.append((path.name, part.measures))
            report.cached += cached
            yield key, part


_Task = tuple[Path, PartStore, bool, Path | None]
_Result = tuple[str, Part, bool] | DocumentError
INTERNAL_ERROR = "not built: an internal error of Practice KG while reading it, please report it"


def _map(tasks: list[_Task], jobs: int) -> Iterator[_Result]:
    """Each file's part, in worker processes when ``jobs`` > 1."""
    if jobs <= 1 or len(tasks) < 2:
        yield from map(_part_of, tasks)
        return
    _warm_up(tasks[0][3])
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_part_of, tasks, chunksize=max(1, len(tasks) // (jobs * 4)))


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Garbage collection, made to cost less while the build runs: what is loaded already
    (gazetteer, vocabularies) is left out of it, and it runs after 20,000 new objects rather
    than 700. A build makes millions of small objects (terms, triples, matches), nearly none
    in cycles; collections walking them and the loaded data again and again were ~9 % of a
    first build. Afterwards both are as they were."""
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(20_000, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def _warm_up(curation: Path | None) -> None:
    """Load the gazetteer, vocabularies and jieba dictionary before the pool forks, so the
    workers inherit them instead of each paying ~1.5 s to load its own copy."""
    tokenizer(load_context(curation).mechanisms.extra_words)


def _part_of(task: _Task) -> _Result:
    """The document's part from the cache (validated now if it was made without), else
    read, extracted, rendered, checked and stored; (key, part, from the cache)."""
    result = _unchecked(task)
    return result if isinstance(result, DocumentError) else _finished(task, *result)


def _unchecked(task: _Task) -> tuple[str, Part, bool] | DocumentError:
    """(key, part, from the cache): the cached part, else the document read, extracted,
    rendered and (when asked) checked, but not stored."""
    path, store, check, curation = task
    try:
        data = path.read_bytes()
    except OSError as err:
        return DocumentError(path, f"cannot read file ({err.strerror})")
    key = store.key(data, path.name)
    part = store.load(key)
    if part is not None:
        return key, part, True
    facts = _read_one(path, curation)
    if isinstance(facts, DocumentError):
        return facts
    gazetteer = load_context(curation).gazetteer
    known = _curated_nodes(curation) if check else None
    return key, make_part(facts, gazetteer, known), False


def _finished(task: _Task, key: str, part: Part, cached: bool) -> _Result:
    """The part checked (when asked and not yet done) and stored when it changed."""
    _, store, check, curation = task
    if check and part.findings is None:
        part = validated(part, _curated_nodes(curation))
    elif cached:
        return key, part, True
    return key, store.save(key, part), cached


@lru_cache(maxsize=4)
def _curated_nodes(curation: Path | None) -> str:
    """N-Triples of the concepts the curation file adds (empty without one)."""
    if curation is None:
        return ""
    return ntriples_text(decision_triples(load_curation(curation).decisions))


def _read_one(path: Path, curation: Path | None = None) -> DocumentFacts | DocumentError:
    """The document's facts, or why it was skipped: its own fault, or a fault of ours while
    reading it (named, so the rest still builds and the user can report it)."""
    try:
        doc = read_document(path)
        return extract_document(doc, segment(doc), load_context(curation))
    except DocumentError as err:
        return err
    except Exception as err:  # one document's internal error skips that document only
        return DocumentError(path, f"{INTERNAL_ERROR} ({type(err).__name__}: {err})")
