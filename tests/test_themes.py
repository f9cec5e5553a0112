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


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("甲市建立“首席服务官”制度，为重点企业提供服务专员。", "企业帮扶"),
        ("乙市推出“免申即享”政策兑现机制，全年向企业兑现资金1亿元。", "企业帮扶"),
        ("丙市联合银行推出“科创贷”，为科技型企业发放信用贷款。", "获得信贷"),
        ("丁市推行企业投资项目“承诺制+标准地”改革，项目开工前审批时间压缩。", "办理建筑许可"),
        ("戊市推进“高效办成一件事”，200项事项实现全程网办。", "政务服务"),
        ("己县规范涉企行政检查，推行“扫码入企”，执法人员入企须扫码登记。", "执法规范"),
        ("庚市对企业实施信用风险分级分类监管，低风险企业降低抽查比例。", "信用监管"),
        ("辛县市场监管局推行个体工商户登记“智能秒批”，全年秒批办件3万件。", "开办企业"),
    ],
)
def test_keywords_of_the_genre_choose_the_theme(text: str, theme: str) -> None:
    themes = ThemeVocabulary.load()
    found = classify_theme(None, text, themes)
    assert found is not None and themes.concept(found.iri).pref_zh == theme


def test_a_section_heading_that_lists_several_themes_decides_none() -> None:
    """强化融资、涉税和跨境贸易服务 heads cases of three themes: each case's own words decide."""
    themes = ThemeVocabulary.load()
    assert themes.lookup("四、强化融资、涉税和跨境贸易服务") is None
    assert themes.lookup("四、优化跨境贸易服务") is not None
    found = classify_theme(
        "四、强化融资、涉税和跨境贸易服务", "推行“税费服务直通车”，办税时间压缩50%", themes
    )
    assert found is not None and found.basis == "keywords"
