"""Cue tables (ontology/cues/*.csv): read as data, and a malformed table is named, not guessed."""

from __future__ import annotations

import pytest

from kg.cues import Cues, CueTableError, load_cues


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
    with pytest.raises(KeyError, match="no kind 'heading'"):
        cues.terms("segment", "heading")
