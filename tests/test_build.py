"""`kg build` end to end: counts, evidence spans, reproducible bytes, bad input, atomic writes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import RDF, Graph
from rdflib.compare import isomorphic

import kg.build
from kg.cli import main
from kg.corpus import read_document
from kg.namespaces import PK
from kg.publish import CACHE
from tests.conftest import ROOT, SEEDS

NAMES = ("practice-kg.ttl", "practice-kg.nt", "practice-kg.jsonld")


def test_the_seeds_build_into_95_measures(built) -> None:
    graph, report, _ = built
    assert report.measures == 95
    assert dict(report.documents) == {
        "000_afa441fe3532fa0d.txt": 21,
        "001_f8b2453fb6aaea16.txt": 36,
        "002_7cf1f168e163e9dc.txt": 10,
        "003_27f5d9a0d8442b46.txt": 16,
        "004_f28145c5286a17a0.txt": 12,
    }
    assert len(set(graph.subjects(RDF.type, PK.Measure))) == 95
    assert report.validation is not None and report.validation.conforms, report.validation


def test_every_quote_is_the_original_text_at_its_offsets(built) -> None:
    graph, _, _ = built
    texts = {p.name: read_document(p).text for p in SEEDS.glob("*.txt")}
    names = {doc: str(name) for doc, name in graph.subject_objects(PK.fileName)}
    checked = 0
    for node, quote in graph.subject_objects(PK.quote):
        text = texts[names[graph.value(node, PK.document)]]
        start, end = int(graph.value(node, PK.start)), int(graph.value(node, PK.end))
        assert text[start:end] == str(quote), node
        checked += 1
    assert checked > 1000


def test_traditional_quotes_stay_traditional(built) -> None:
    graph, _, _ = built
    quotes = {str(q) for q in graph.objects(None, PK.quote)}
    assert any("寧夏回族自治區" in q for q in quotes)


def test_turtle_ntriples_and_jsonld_hold_the_same_graph(built) -> None:
    _, _, out = built
    turtle = Graph().parse(out / "practice-kg.ttl", format="turtle")
    ntriples = Graph().parse(out / "practice-kg.nt", format="nt")
    jsonld = Graph().parse(out / "practice-kg.jsonld", format="json-ld")
    assert isomorphic(turtle, ntriples)
    assert isomorphic(turtle, jsonld)
    assert not any(isinstance(t, type(None)) for t in turtle.all_nodes())
    assert "_:" not in (out / "practice-kg.nt").read_text(encoding="utf-8")


def _build_in_subprocess(out: Path, seed: str, *options: str) -> None:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    command = [sys.executable, "-m", "kg.cli", "build", str(SEEDS), "--out", str(out), *options]
    subprocess.run(command, check=True, env=env, cwd=ROOT, capture_output=True)


@pytest.mark.slow
def test_builds_are_byte_identical_across_hash_seeds_and_workers(tmp_path: Path) -> None:
    """One process, or the default of one worker per core: the same bytes."""
    _build_in_subprocess(tmp_path / "a", "1", "--jobs", "1")
    _build_in_subprocess(tmp_path / "b", "4242", "--jobs", "3")
    for name in NAMES:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_a_gbk_copy_builds_the_same_measures(tmp_path: Path) -> None:
    source = SEEDS / "003_27f5d9a0d8442b46.txt"
    (tmp_path / "utf8").mkdir()
    (tmp_path / "gbk").mkdir()
    shutil.copy(source, tmp_path / "utf8" / source.name)
    (tmp_path / "gbk" / source.name).write_bytes(source.read_text("utf-8").encode("gbk"))

    def labels(folder: Path) -> list[tuple[str, str, str]]:
        from kg.build import build

        graph, _ = build([folder], None, check_shapes=False)
        rows = [
            (str(graph.value(m, PK.start)), str(graph.value(m, PK.end)), str(label))
            for m in graph.subjects(RDF.type, PK.Measure)
            for label in [graph.value(m, PK.quote)]
        ]
        return sorted(rows)

    assert labels(tmp_path / "gbk") == labels(tmp_path / "utf8")


@pytest.fixture()
def messy_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(SEEDS / "002_7cf1f168e163e9dc.txt", folder / "good.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "broken.txt").write_bytes("1.上海:标题\n".encode() + b"\xff\xfe\xfa" * 4)
    (folder / "prose.txt").write_text("只是一段说明文字。\n没有案例。\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_bad_files_are_named_and_the_rest_still_builds(
    messy_folder: Path, tmp_path: Path, jobs: str
) -> None:
    """In one process or in workers, whose errors come back to the build as they were."""
    out = tmp_path / "out"
    command = ["build", str(messy_folder), str(tmp_path / "missing"), "--out", str(out)]
    result = CliRunner().invoke(main, [*command, "--jobs", jobs])
    assert result.exit_code == 1
    for name, reason in [
        ("empty.txt", "empty file"),
        ("binary.txt", "binary file"),
        ("broken.txt", "not UTF-8"),
        ("prose.txt", "names no place doing anything"),
        ("missing", "no such file or directory"),
    ]:
        line = next(ln for ln in result.output.splitlines() if name in ln)
        assert reason in line
    assert "Traceback" not in result.output
    graph = Graph().parse(out / "practice-kg.nt", format="nt")
    assert len(set(graph.subjects(RDF.type, PK.Measure))) == 10


def test_an_internal_error_on_one_document_skips_that_document_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fault of ours while reading one file (a bug, not the file's) names the file and asks
    for a report; the other documents are built and the status is a failure."""
    real = kg.build.extract_document

    def failing_on_002(doc, measures, context):
        if doc.path.name.startswith("002"):
            raise IndexError("string index out of range")
        return real(doc, measures, context)

    monkeypatch.setattr(kg.build, "extract_document", failing_on_002)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(out), "--jobs", "1"])
    assert result.exit_code == 1
    line = next(ln for ln in result.output.splitlines() if "002_" in ln)
    assert "internal error" in line and "IndexError" in line and "report" in line
    graph = Graph().parse(out / "practice-kg.nt", format="nt")
    assert len(set(graph.subjects(RDF.type, PK.Measure))) == 95 - 10


def test_strict_builds_write_nothing_when_a_file_is_bad(messy_folder: Path, tmp_path: Path) -> None:
    """No export; in an existing folder only the cache keeps the good document's work for
    the build after the fix, and a folder that did not exist is not created."""
    out = tmp_path / "out"
    out.mkdir()
    result = CliRunner().invoke(main, ["build", str(messy_folder), "--out", str(out), "--strict"])
    assert result.exit_code == 1
    assert "is unchanged" in result.output
    assert {p.name for p in out.iterdir()} == {CACHE}
    new = tmp_path / "new"
    result = CliRunner().invoke(main, ["build", str(messy_folder), "--out", str(new), "--strict"])
    assert result.exit_code == 1
    assert f"{new} was not created" in result.output and not new.exists()


def a_downloads_folder(tmp_path: Path, document: bool = True) -> Path:
    """What a researcher's downloads hold besides documents: a spreadsheet, a picture, a WPS
    file and an OFD in a subfolder; and hidden or lock files, passed over without a word."""
    folder = tmp_path / "downloads"
    (folder / "附件").mkdir(parents=True)
    (folder / "__MACOSX").mkdir()
    if document:
        shutil.copy(SEEDS / "002_7cf1f168e163e9dc.txt", folder / "通知.txt")
    for name in ("统计表.xlsx", "照片.jpg", "附件/名单.ofd", "说明.wps"):
        (folder / name).write_bytes(b"PK\x03\x04 not a document of ours")
    for name in (".DS_Store", "~$通知.docx", "__MACOSX/._照片.jpg"):
        (folder / name).write_bytes(b"\x00\x05\x16\x07")
    return folder


def test_files_of_other_types_are_named_once_and_the_build_succeeds(tmp_path: Path) -> None:
    folder = a_downloads_folder(tmp_path)
    out = tmp_path / "out"
    options = ["--no-views", "--no-report", "--no-validate"]
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(out), *options])
    assert result.exit_code == 0, result.output
    lines = [ln for ln in result.output.splitlines() if "left out" in ln]
    assert len(lines) == 1, result.output
    assert lines[0].startswith("left out 4 files of types it does not read")
    assert lines[0].endswith(": 照片.jpg, 统计表.xlsx, 说明.wps, 附件/名单.ofd")
    assert "DS_Store" not in result.output and "~$" not in result.output


def test_a_folder_of_only_other_types_says_why_nothing_was_built(tmp_path: Path) -> None:
    folder = a_downloads_folder(tmp_path, document=False)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(out)])
    assert result.exit_code == 1
    assert "no document was built" in result.output
    assert "left out 4 files of types it does not read" in result.output
    assert result.output.count("left out") == 1


def test_a_folder_of_many_pictures_is_one_short_line() -> None:
    from kg.build import BuildReport

    report = BuildReport(left_out=[Path(f"p{n:03}.jpg") for n in range(500)])
    note = report.left_out_note()
    assert note.startswith("left out 500 files of types it does not read")
    assert note.endswith(
        ": p000.jpg, p001.jpg, p002.jpg, p003.jpg, p004.jpg, p005.jpg, "
        "p006.jpg, p007.jpg, p008.jpg, p009.jpg and 490 more"
    )
    assert (
        BuildReport(left_out=[Path("a.ofd")])
        .left_out_note()
        .startswith("left out 1 file of a type it does not read")
    )


def test_a_second_copy_of_a_download_is_a_duplicate_not_a_failure(tmp_path: Path) -> None:
    """The same notice downloaded twice into two folders: built once (the first in path
    order), the other named as its duplicate, and neither exit status 1 nor a --strict
    failure."""
    folder = tmp_path / "docs"
    first, copy = folder / "2024" / "通知.txt", folder / "下载" / "通知.txt"
    for path in (first, copy):
        path.parent.mkdir(parents=True)
        shutil.copy(SEEDS / "002_7cf1f168e163e9dc.txt", path)
    out = tmp_path / "out"
    options = ["--out", str(out), "--no-views", "--no-report", "--no-validate", "--strict"]
    result = CliRunner().invoke(main, ["build", str(folder), *options])
    assert result.exit_code == 0, result.output
    assert f"duplicate {copy}: same bytes as {first}; built once" in result.output.splitlines()
    assert "skipped" not in result.output
    assert "1 documents, 1 duplicate, 10 measures" in result.output
    graph = Graph().parse(out / "practice-kg.nt", format="nt")
    assert len(set(graph.subjects(RDF.type, PK.Document))) == 1


def test_stats_counts_classes_and_documents(built) -> None:
    _, _, out = built
    result = CliRunner().invoke(main, ["stats", "--export", str(out / "practice-kg.nt")])
    assert result.exit_code == 0, result.output
    assert "pk#Measure" in result.output or "Measure" in result.output
    assert "004_f28145c5286a17a0.txt" in result.output


def test_stats_without_an_export_says_to_build(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["stats", "--export", str(tmp_path / "none.nt")])
    assert result.exit_code != 0
    assert "kg build" in result.output
