"""A build never loses a good export: nothing built, killed builds, two builds, other files."""

from __future__ import annotations

import hashlib
import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import export
from kg.cli import main
from kg.publish import CACHE, LOCK, MANIFEST, exclusive, read_manifest
from kg.query import load_store
from kg.report import write_report
from kg.views import render
from tests.conftest import ROOT, SEEDS

GRAPH_FILES = ("practice-kg.ttl", "practice-kg.nt", "practice-kg.jsonld")


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file of the export, by relative path (the lock file and the build cache are
    bookkeeping)."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != LOCK and CACHE not in p.relative_to(folder).parts
    }


@pytest.fixture()
def good_export(built, tmp_path: Path) -> Path:
    """A copy of a complete seed export: graph, views, report, manifest."""
    _, _, out = built
    target = tmp_path / "exports"
    shutil.copytree(out, target)
    return target


def build(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["build", *args])
    return result.exit_code, result.output


def test_a_build_of_nothing_leaves_a_good_export_byte_identical(
    good_export: Path, tmp_path: Path
) -> None:
    before = snapshot(good_export)
    (tmp_path / "empty").mkdir()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "a.txt").write_bytes(b"")
    (bad / "b.txt").write_bytes(bytes(range(256)) * 4)
    for source in (tmp_path / "no-such-folder", tmp_path / "empty", bad):
        status, output = build(str(source), "--out", str(good_export))
        assert status == 1
        assert "no document was built" in output and f"{good_export} is unchanged" in output
        assert snapshot(good_export) == before, source
    assert "a.txt: empty file" in output and "b.txt: binary file" in output


def everything(folder: Path) -> list[str]:
    """Every path under ``folder``, hidden bookkeeping (lock, cache, staging) included."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def failing_sources(tmp_path: Path) -> list[Path]:
    """A mistyped folder, an empty folder and a folder of only bad files."""
    (tmp_path / "empty").mkdir()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "a.txt").write_bytes(b"")
    (bad / "b.txt").write_bytes(bytes(range(256)) * 4)
    return [tmp_path / "no-such-folder", tmp_path / "empty", bad]


def test_a_build_of_nothing_does_not_create_its_out_folder(tmp_path: Path) -> None:
    for source in failing_sources(tmp_path):
        out = tmp_path / "newdir"
        status, output = build(str(source), "--out", str(out))
        assert status == 1 and "no document was built" in output
        assert not out.exists(), (source, everything(out))
        assert f"{out} was not created" in output


def test_a_build_of_nothing_leaves_no_lock_or_staging_in_an_export(
    good_export: Path, tmp_path: Path
) -> None:
    """Not even the bookkeeping changes: the lock file lives only while a build runs."""
    (good_export / LOCK).unlink(missing_ok=True)
    before = everything(good_export)
    for source in failing_sources(tmp_path):
        status, _ = build(str(source), "--out", str(good_export))
        assert status == 1
        assert everything(good_export) == before, source


def test_the_manifest_names_the_graph_the_outputs_describe(good_export: Path) -> None:
    manifest = read_manifest(good_export)
    assert manifest is not None
    digest = hashlib.sha256((good_export / "practice-kg.nt").read_bytes()).hexdigest()
    assert manifest["graph_sha256"] == digest
    assert manifest["outputs"] == ["analysis", "html", *sorted(GRAPH_FILES)]


def test_a_changed_input_changes_graph_views_and_report_together(
    good_export: Path, tmp_path: Path
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(SEEDS / "002_7cf1f168e163e9dc.txt", docs)
    before = snapshot(good_export)
    status, _ = build(str(docs), "--out", str(good_export), "--no-validate")
    assert status == 0
    after = snapshot(good_export)
    for part in ("practice-kg.nt", "html/index.html", "analysis/README.md", MANIFEST):
        assert after[part] != before[part], part
    fresh = tmp_path / "fresh"
    render(good_export / "practice-kg.nt", fresh / "html")
    write_report(load_store(good_export / "practice-kg.nt"), fresh / "analysis")
    assert {k: v for k, v in after.items() if k.startswith(("html/", "analysis/"))} == snapshot(
        fresh
    )
    manifest = json.loads(after[MANIFEST])
    assert manifest["graph_sha256"] != json.loads(before[MANIFEST])["graph_sha256"]


def test_a_folder_of_other_files_is_refused_and_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "thesis"
    folder.mkdir()
    (folder / "chapter1.docx").write_bytes(b"mine")
    status, output = build(str(SEEDS), "--out", str(folder))
    assert status == 1
    assert "holds other files (chapter1.docx)" in output
    assert sorted(p.name for p in folder.iterdir()) == ["chapter1.docx"]


def test_files_of_the_user_inside_an_export_folder_are_kept(
    good_export: Path, tmp_path: Path
) -> None:
    (good_export / "my-notes.md").write_text("keep me", encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(SEEDS / "002_7cf1f168e163e9dc.txt", docs)
    status, _ = build(str(docs), "--out", str(good_export), "--no-validate", "--no-views")
    assert status == 0
    assert (good_export / "my-notes.md").read_text(encoding="utf-8") == "keep me"


def test_outputs_the_new_build_did_not_write_do_not_outlive_it(
    good_export: Path, tmp_path: Path
) -> None:
    """Views, report and extracted texts of an earlier graph would describe documents the
    export no longer holds: a build without them removes them, and the manifest lists what
    is there."""
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(SEEDS / "002_7cf1f168e163e9dc.txt", docs)
    (good_export / "text").mkdir()
    (good_export / "text" / "gone.docx.0123456789ab.txt").write_text("x", encoding="utf-8")
    status, _ = build(
        str(docs), "--out", str(good_export), "--no-validate", "--no-views", "--no-report"
    )
    assert status == 0
    left = sorted(p.name for p in good_export.iterdir() if p.name not in (LOCK, CACHE))
    assert left == [MANIFEST, *sorted(GRAPH_FILES)]
    manifest = read_manifest(good_export)
    assert manifest is not None and manifest["outputs"] == sorted(GRAPH_FILES)


def test_a_second_build_into_the_same_folder_stops_while_the_first_runs(
    good_export: Path,
) -> None:
    before = snapshot(good_export)
    with exclusive(good_export):
        status, output = build(str(SEEDS), "--out", str(good_export))
    assert status == 1
    assert "another kg build is writing" in output and "pid" in output
    assert snapshot(good_export) == before


def test_a_crash_while_writing_leaves_the_previous_export(
    good_export: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(good_export)

    write = export._write

    def crash(handle: object, fmt: str, *args: object) -> None:
        if fmt == "jsonld":  # after the Turtle and N-Triples files are staged
            raise OSError("disk full")
        write(handle, fmt, *args)

    monkeypatch.setattr(export, "_write", crash)
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(SEEDS / "002_7cf1f168e163e9dc.txt", docs)
    from kg.build import build as run_build

    with pytest.raises(OSError, match="disk full"):
        run_build([docs], good_export, check_shapes=False)
    assert snapshot(good_export) == before
    assert not [p for p in good_export.iterdir() if p.name.startswith(".staging-")]


@pytest.mark.slow
def test_a_killed_build_leaves_a_complete_export(good_export: Path, tmp_path: Path) -> None:
    """SIGKILL while the outputs are being staged: the export is the old one, whole; the next
    build clears the leftover staging folder."""
    before = snapshot(good_export)
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(SEEDS / "002_7cf1f168e163e9dc.txt", docs)
    command = [sys.executable, "-m", "kg", "build", str(docs), "--out", str(good_export)]
    child = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not list(good_export.glob(".staging-*/*")):
        time.sleep(0.01)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert list(good_export.glob(".staging-*")), "the build was not caught while staging"
    kept = {k: v for k, v in snapshot(good_export).items() if not k.startswith(".staging-")}
    assert kept == before
    status, _ = build(str(docs), "--out", str(good_export), "--no-validate", "--no-views")
    assert status == 0
    assert not list(good_export.glob(".staging-*"))


def test_views_and_report_never_overwrite_a_folder_of_the_users_files(
    good_export: Path, tmp_path: Path
) -> None:
    """`kg render --out .` or `kg analyze report --out .` in a project folder would replace
    the user's README.md or index.html; a folder of earlier views or an earlier report is
    written again."""
    mine = tmp_path / "my-project"
    mine.mkdir()
    (mine / "README.md").write_text("# 我的论文笔记\n", encoding="utf-8")
    (mine / "index.html").write_text("<h1>我的主页</h1>\n", encoding="utf-8")
    before = snapshot(mine)
    export_file = str(good_export / "practice-kg.nt")
    for command in (["render"], ["analyze", "report"]):
        result = CliRunner().invoke(main, [*command, "--export", export_file, "--out", str(mine)])
        assert result.exit_code == 1, command
        assert f"{mine} holds other files (README.md, index.html)" in result.stderr, command
        assert snapshot(mine) == before, command
    for command, folder in ((["render"], "html"), (["analyze", "report"], "analysis")):
        again = [*command, "--export", export_file, "--out", str(good_export / folder)]
        assert CliRunner().invoke(main, again).exit_code == 0, command
