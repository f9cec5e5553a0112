"""The committed exports/ is exactly what the tools produce from seeds/ (CI checks it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kg.query import load_store
from kg.report import write_report
from kg.views import render
from tests.conftest import ROOT

EXPORTS = ROOT / "exports"


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def _assert_same_tree(committed: Path, fresh: Path, command: str) -> None:
    expected, got = _files(committed), _files(fresh)
    assert expected, f"{committed} is missing: run `{command}`"
    assert sorted(expected) == sorted(got), f"files differ from a fresh `{command}`"
    stale = [name for name in expected if expected[name] != got[name]]
    assert not stale, f"stale: {stale}; run `{command}`"


def test_committed_html_views_are_current(built, tmp_path: Path) -> None:
    _, _, out = built
    render(out / "practice-kg.nt", tmp_path / "html")
    _assert_same_tree(EXPORTS / "html", tmp_path / "html", "kg render")


def test_committed_analysis_report_is_current(built, tmp_path: Path) -> None:
    _, _, out = built
    write_report(load_store(out / "practice-kg.nt"), tmp_path / "analysis")
    _assert_same_tree(
        EXPORTS / "analysis", tmp_path / "analysis", "kg analyze report --out exports/analysis"
    )


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
