"""Cue tables (ontology/cues/*.csv): read as data, and a malformed table is named, not guessed."""

from __future__ import annotations

import pytest

from kg.cues import Cues, CueTableError, load_cues
from tests.conftest import DEV_DOCS, SEED_FILES


def test_the_shipped_tables_load() -> None:
    cues = load_cues()
    assert {"segment", "mechanisms", "speech", "places"} <= set(cues.tables)
    assert cues.regex("segment", "planned-section").search("三、下一步工作计划")


def test_a_row_without_a_term_names_the_file_and_line(tmp_path) -> None:
    (tmp_path / "segment.csv").write_text("kind,term,note\nheading,一、,\nheading\n", "utf-8")
    with pytest.raises(CueTableError, match=r"segment\.csv:3: a cue needs a kind and a term"):
        Cues.load(tmp_path)


def test_an_unquoted_comma_names_the_line(tmp_path) -> None:
    (tmp_path / "speech.csv").write_text("kind,term,note\nmark,“,opens, a quote\n", "utf-8")
    with pytest.raises(CueTableError, match=r"speech\.csv:2: more fields"):
        Cues.load(tmp_path)


def test_a_broken_pattern_names_its_table_and_kind(tmp_path) -> None:
    (tmp_path / "segment.csv").write_text("kind,term,note\nlabel,案例[,\n", "utf-8")
    cues = Cues.load(tmp_path)
    with pytest.raises(CueTableError, match=r"segment\.csv, kind 'label'"):
        cues.regex("segment", "label")
    with pytest.raises(CueTableError, match=r"segment\.csv, kind 'label'"):
        cues.found("segment", "label", "案例一")
    with pytest.raises(KeyError, match="no kind 'heading'"):
        cues.terms("segment", "heading")


def test_found_answers_as_the_kind_s_regex_does() -> None:
    """``found`` tries the terms one by one; it must say what a search of their alternation
    says, for every kind of the segment table, on every line of the seeds and dev documents
    and on furniture lines written for this test (anchored at the start, found inside)."""
    cues = load_cues()
    paths = [*SEED_FILES, *sorted(DEV_DOCS.glob("*.txt"))]
    lines = [line for path in paths for line in path.read_text("utf-8").splitlines()]
    lines += [
        "本报记者　赵磊",
        "（完）",
        "首页 > 政务公开",
        "网站标识码：3300000001 版权所有",
        "一、主要做法",
    ]
    for kind in cues.tables["segment"]:
        pattern = cues.regex("segment", kind)
        found = [line for line in lines if cues.found("segment", kind, line)]
        assert found == [line for line in lines if pattern.search(line)], kind
    assert cues.found("segment", "furniture", "首页 > 政务公开")
    assert not cues.found("segment", "furniture", "一、主要做法")
