"""The build cache (kg/cache.py): a build that reuses documents writes the very bytes a full
build writes, and the cache is never trusted when the document, ontology/ or kg/ changed or an
entry is damaged."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.build import build
from kg.publish import CACHE
from tests.conftest import ROOT, SEEDS

GRAPH_FILES = ("practice-kg.ttl", "practice-kg.nt", "practice-kg.jsonld")
FIRST = ("002_7cf1f168e163e9dc.txt", "004_f28145c5286a17a0.txt")
ADDED = "003_27f5d9a0d8442b46.txt"


def _graph(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in GRAPH_FILES}


def _docs(folder: Path, names: tuple[str, ...]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(SEEDS / name, folder / name)
    return folder


def _build(docs: Path, out: Path, **options: bool):
    _, report = build([docs], out, views=False, analysis=False, **options)
    return report


def _entries(out: Path) -> list[Path]:
    return sorted((out / CACHE).glob("*.part"))


def test_adding_a_document_reuses_the_others_and_writes_what_a_full_build_writes(
    tmp_path: Path,
) -> None:
    docs = _docs(tmp_path / "docs", FIRST)
    out = tmp_path / "out"
    assert _build(docs, out).cached == 0
    _docs(docs, (ADDED,))
    report = _build(docs, out)
    assert report.cached == 2 and len(report.documents) == 3
    assert report.validation is not None and report.validation.conforms
    full = _build(docs, tmp_path / "full", cache=False)
    assert full.cached == 0 and not (tmp_path / "full" / CACHE).exists()
    assert _graph(out) == _graph(tmp_path / "full")
    assert report.triples == full.triples
    assert len(_entries(out)) == 3


def test_a_changed_document_is_read_again_and_its_old_entry_dropped(tmp_path: Path) -> None:
    docs = _docs(tmp_path / "docs", FIRST)
    out = tmp_path / "out"
    _build(docs, out)
    before = set(_entries(out))
    changed = docs / FIRST[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n(第二版)\n", encoding="utf-8")
    report = _build(docs, out)
    assert report.cached == 1
    assert len(_entries(out)) == 2 and len(set(_entries(out)) - before) == 1
    _build(docs, tmp_path / "full", cache=False)
    assert _graph(out) == _graph(tmp_path / "full")


@pytest.mark.parametrize("damage", ["truncate", "garbage", "flip"])
def test_a_damaged_entry_is_ignored_and_rebuilt(tmp_path: Path, damage: str) -> None:
    docs = _docs(tmp_path / "docs", FIRST)
    out = tmp_path / "out"
    _build(docs, out)
    expected = _graph(out)
    entry = _entries(out)[0]
    data = entry.read_bytes()
    if damage == "truncate":
        entry.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        entry.write_bytes(b"not a cache entry at all")
    else:  # one byte of the rendered text, past the header: only the CRC can tell
        at = len(data) - 100
        entry.write_bytes(data[:at] + bytes([data[at] ^ 0x20]) + data[at + 1 :])
    report = _build(docs, out)
    assert report.cached == 1
    assert _graph(out) == expected
    assert entry.read_bytes() == data  # rebuilt, the same bytes as before


def test_no_cache_neither_reads_nor_writes_the_cache(tmp_path: Path) -> None:
    docs = _docs(tmp_path / "docs", FIRST)
    out = tmp_path / "out"
    _build(docs, out)
    entries = {p: p.read_bytes() for p in _entries(out)}
    report = _build(docs, out, cache=False)
    assert report.cached == 0
    assert {p: p.read_bytes() for p in _entries(out)} == entries


def test_a_part_made_without_validation_is_validated_when_a_build_asks(tmp_path: Path) -> None:
    docs = _docs(tmp_path / "docs", FIRST)
    out = tmp_path / "out"
    assert _build(docs, out, check_shapes=False).validation is None
    report = _build(docs, out)
    assert report.cached == 2
    assert report.validation is not None and report.validation.conforms


@pytest.mark.slow
def test_the_cache_survives_publishing_and_is_not_an_output(tmp_path: Path) -> None:
    """A full build (views and report) swaps every output; the cache stays, outside them."""
    docs = _docs(tmp_path / "docs", FIRST[:1])
    out = tmp_path / "out"
    build([docs], out)
    _, report = build([docs], out)
    assert report.cached == 1
    manifest = (out / ".practice-kg.json").read_text(encoding="utf-8")
    assert CACHE not in manifest


# --- invalidation by ontology/ and kg/ ----------------------------------------------------------


@pytest.fixture()
def checkout(tmp_path: Path) -> Path:
    """A copy of the tool (kg/ and ontology/) that a test may edit."""
    root = tmp_path / "checkout"
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(ROOT / "kg", root / "kg", ignore=ignore)
    shutil.copytree(ROOT / "ontology", root / "ontology", ignore=ignore)
    return root


def _cli_build(checkout: Path, docs: Path, out: Path) -> tuple[int, str]:
    """``kg build`` of the copy; (documents from the cache, the summary line)."""
    env = dict(os.environ, PYTHONPATH=str(checkout))
    command = [sys.executable, "-m", "kg", "build", str(docs), "--out", str(out)]
    command += ["--no-views", "--no-report"]
    done = subprocess.run(command, cwd=checkout, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    found = re.search(r"\((\d+) from the cache\)", done.stdout)
    return (int(found.group(1)) if found else 0), done.stdout


@pytest.mark.slow
def test_editing_ontology_or_code_invalidates_every_entry(checkout: Path, tmp_path: Path) -> None:
    docs = _docs(tmp_path / "docs", FIRST)
    out = tmp_path / "out"
    assert _cli_build(checkout, docs, out)[0] == 0
    assert _cli_build(checkout, docs, out)[0] == 2
    vocabulary = checkout / "ontology" / "mechanisms.ttl"
    vocabulary.write_text(vocabulary.read_text(encoding="utf-8") + "\n# edited\n", "utf-8")
    assert _cli_build(checkout, docs, out)[0] == 0
    assert _cli_build(checkout, docs, out)[0] == 2
    source = checkout / "kg" / "graph.py"
    source.write_text(source.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert _cli_build(checkout, docs, out)[0] == 0
    assert len(_entries(out)) == 2  # the stale entries were removed


def test_a_changed_curation_file_rebuilds_every_document(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kg.cli import main

    docs = _docs(tmp_path / "docs", ("000_afa441fe3532fa0d.txt",))
    out, curation = tmp_path / "out", tmp_path / "curation.ttl"
    assert _build(docs, out).cached == 0
    decide = ["vocab", "accept", "信用+双随机", "--category", "监管方式", "--curation", curation]
    assert CliRunner().invoke(main, [*map(str, decide), "--by", "A"]).exit_code == 0
    _, report = build([docs], out, views=False, analysis=False, curation=curation)
    assert report.cached == 0 and report.validation.conforms
    assert "信用+双随机" in (out / "practice-kg.nt").read_text(encoding="utf-8")
    _, again = build([docs], out, views=False, analysis=False, curation=curation)
    assert again.cached == 1
    assert _graph(out) == _graph(_fresh(docs, tmp_path / "fresh", curation))


def _fresh(docs: Path, out: Path, curation: Path) -> Path:
    build([docs], out, views=False, analysis=False, cache=False, curation=curation)
    return out
