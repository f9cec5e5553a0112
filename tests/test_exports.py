"""The committed exports/ is exactly what the tools produce from seeds/ (CI checks it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.publish import CACHE, LOCK
from kg.query import load_store
from kg.report import write_report
from kg.views import render
from tests.conftest import ROOT

pytestmark = pytest.mark.slow  # snapshot: the committed exports against a build

EXPORTS = ROOT / "exports"


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != LOCK and CACHE not in p.relative_to(folder).parts
    }


def test_committed_exports_are_what_the_main_command_produces(built) -> None:
    """Graph, views, report and manifest: every file of exports/ equals a fresh build's."""
    _, _, out = built
    command = "kg build seeds --out exports"
    expected, got = _files(EXPORTS), _files(out)
    assert expected, f"{EXPORTS} is missing: run `{command}`"
    assert sorted(expected) == sorted(got), f"files differ from a fresh `{command}`"
    stale = [name for name in expected if expected[name] != got[name]]
    assert not stale, f"stale: {stale}; run `{command}`"


def test_the_views_and_report_of_a_build_describe_its_graph(built, tmp_path: Path) -> None:
    _, _, out = built
    render(out / "practice-kg.nt", tmp_path / "html")
    write_report(load_store(out / "practice-kg.nt"), tmp_path / "analysis")
    for part in ("html", "analysis"):
        assert _files(out / part) == _files(tmp_path / part), part


def test_views_and_report_do_not_depend_on_the_hash_seed(built, tmp_path: Path) -> None:
    """NetworkX layouts and Louvain follow insertion order; the RDF graph's order does not."""
    _, _, out = built
    export = str(out / "practice-kg.nt")
    for seed in ("1", "777"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        for command in (
            ["render", "--export", export, "--out", str(tmp_path / seed / "html")],
            ["analyze", "report", "--export", export, "--out", str(tmp_path / seed / "report")],
        ):
            subprocess.run([sys.executable, "-m", "kg", *command], check=True, env=env, cwd=ROOT)
    for part in ("html", "report"):
        assert _files(tmp_path / "1" / part) == _files(tmp_path / "777" / part), part
