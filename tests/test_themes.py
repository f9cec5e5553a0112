"""Theme assignment: section headings first, keyword evidence otherwise; scored on gold."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.themes import classify_theme
from kg.vocab import ThemeVocabulary

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def themes() -> ThemeVocabulary:
    return ThemeVocabulary.load()


def test_section_heading_wins_over_keywords(themes):
    text = "某市推行不动产登记“交地即交证”\n  办理不动产登记……"
    assignment = classify_theme("知识产权创造、保护和运用", text, themes)
    assert assignment is not None and assignment.basis == "section"
    assert themes.concept(assignment.iri).pref_zh == "知识产权创造保护和运用"


def test_unknown_heading_falls_back_to_keywords(themes):
    text = "某市全面推行“交地即交证”改革\n  优化不动产登记流程。"
    assignment = classify_theme("其他", text, themes)
    assert assignment is not None and assignment.basis == "keywords"
    assert themes.concept(assignment.iri).pref_zh == "登记财产"
    assert "不动产" in text[assignment.start : assignment.end] or text[
        assignment.start : assignment.end
    ] in ("交地即交证",)


def test_heading_keywords_outweigh_body_mentions(themes):
    text = "某市打造电梯安全监管新模式\n  加强食品抽检,同时对电梯开展检验。"
    assignment = classify_theme(None, text, themes)
    assert assignment is not None and themes.concept(assignment.iri).pref_zh == "特种设备安全"
    assert assignment.end <= text.index("\n")


def test_text_without_evidence_has_no_theme(themes):
    assert classify_theme(None, "今天天气很好。", themes) is None
