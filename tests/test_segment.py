"""Segmenting the five seed layouts into measures, checked against the texts and the gold."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from kg.corpus import DocumentError, normalise, read_document
from kg.segment import segment
from tests.conftest import SEED_FILES, SEEDS

EXPECTED_COUNTS = {
    "000_afa441fe3532fa0d.txt": 21,
    "001_f8b2453fb6aaea16.txt": 36,
    "002_7cf1f168e163e9dc.txt": 10,
    "003_27f5d9a0d8442b46.txt": 16,
    "004_f28145c5286a17a0.txt": 12,
}


@pytest.fixture(scope="module")
def measures() -> dict[str, list]:
    return {p.name: segment(read_document(p)) for p in SEED_FILES}


def test_each_seed_has_its_number_of_cases(measures: dict[str, list]) -> None:
    assert {name: len(ms) for name, ms in measures.items()} == EXPECTED_COUNTS
    assert sum(EXPECTED_COUNTS.values()) == 95


def test_heading_offsets_point_at_the_first_heading_line_in_the_original(
    measures: dict[str, list],
) -> None:
    for ms in measures.values():
        for m in ms:
            first = m.heading_lines[0]
            original = m.doc.text[m.start : m.start + len(first.text)]
            assert normalise(original) == first.text
            assert original.strip() == original
            assert m.heading.startswith(first.text)


def test_traditional_headings_stay_traditional_in_the_original(measures: dict[str, list]) -> None:
    first = measures["002_7cf1f168e163e9dc.txt"][0]
    original = first.doc.text[first.start : first.heading_end]
    assert original == "上海:企業信息“自動變更”“高效辦成一件事”"
    assert first.heading == "上海:企业信息“自动变更”“高效办成一件事”"


def test_headings_and_offsets_match_the_gold(measures: dict[str, list], gold) -> None:
    for name, got in measures.items():
        items = gold[name]
        assert len(got) == len(items)
        for m, item in zip(got, items, strict=True):
            assert m.start == item["title_offset"]
            assert m.heading == item["title"]
            assert m.label == item["label"]


def test_wrapped_headings_are_joined() -> None:
    fourth = segment(read_document(SEEDS / "000_afa441fe3532fa0d.txt"))[3]
    assert fourth.heading == "西安市碑林区建立知识产权全链条服务新模式助力经济高质量发展"
    assert len(fourth.heading_lines) == 2


def test_section_headings_become_the_measures_sections(measures: dict[str, list]) -> None:
    numbered = measures["001_f8b2453fb6aaea16.txt"]
    text = numbered[0].doc.text
    for m in numbered:
        assert m.section is not None
        before_number = text[: m.start].rstrip().rsplit("\n", 2)[-2].strip()
        assert m.section.stripped == before_number or m.section.start < m.start
    assert numbered[2].section.stripped == "开办企业"
    assert numbered[32].section.stripped == "知识产权创造、保护和运用"


def test_work_plan_items_are_planned(measures: dict[str, list]) -> None:
    report = measures["004_f28145c5286a17a0.txt"]
    assert [m.status for m in report] == ["implemented"] * 6 + ["planned"] * 6
    assert report[6].heading.startswith("制定《×市市场监管局")


def test_bodies_do_not_cross_into_the_next_case_or_section(measures: dict[str, list]) -> None:
    for ms in measures.values():
        for a, b in pairwise(ms):
            assert a.start < a.end <= b.start
    sixth = measures["004_f28145c5286a17a0.txt"][5]
    assert "工作打算" not in sixth.doc.text[sixth.start : sixth.end]


def test_preambles_are_not_measures(measures: dict[str, list]) -> None:
    first = measures["000_afa441fe3532fa0d.txt"][0]
    assert "联系人" not in first.doc.text[first.start : first.end]
    shandong = measures["003_27f5d9a0d8442b46.txt"]
    assert all("民心所向" not in m.doc.text[m.start : m.end] for m in shandong)


def test_a_gbk_copy_segments_like_the_utf8_original(tmp_path: Path) -> None:
    source = SEEDS / "003_27f5d9a0d8442b46.txt"
    copy = tmp_path / "gbk.txt"
    copy.write_bytes(source.read_text(encoding="utf-8").encode("gbk"))
    original = [(m.start, m.end, m.heading) for m in segment(read_document(source))]
    assert [(m.start, m.end, m.heading) for m in segment(read_document(copy))] == original


def test_a_text_that_names_no_place_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "prose.txt"
    path.write_text("这是一段普通的文字,没有任何案例编号。\n第二段也只是说明。\n", encoding="utf-8")
    with pytest.raises(DocumentError, match="names no place doing anything"):
        segment(read_document(path))


def test_a_commentary_that_names_places_only_in_passing_is_refused(tmp_path: Path) -> None:
    """A 评论 column recalls provinces' reforms as examples (从浙江的“最多跑一次”到广东的
    “粤省事”): no paragraph is led by a place and none speaks for the whole text."""
    path = tmp_path / "comment.txt"
    path.write_text(
        "营商环境好不好，企业说了算（人民时评）\n"
        "营商环境是企业生存发展的土壤。这些年，从浙江的“最多跑一次”到广东的“粤省事”，"
        "各地你追我赶，改革举措层出不穷。\n"
        "也要看到，一些地方仍存在重排名轻体验的倾向。营商环境没有最好，只有更好。\n"
        "（作者为本报评论员）\n",
        encoding="utf-8",
    )
    with pytest.raises(DocumentError, match="names places only in passing"):
        segment(read_document(path))


def test_prose_that_names_a_place_is_one_case(tmp_path: Path) -> None:
    path = tmp_path / "prose.txt"
    path.write_text("这是一段说明文字。\n近年来,株洲市推行企业开办一日办结。\n", encoding="utf-8")
    [measure] = segment(read_document(path))
    assert measure.heading == "这是一段说明文字。"
    assert measure.doc.text[measure.start : measure.end].endswith("一日办结。")


def test_a_report_whose_items_are_all_problems_is_one_case_not_none(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "岳阳市优化营商环境调研报告\n"
        "岳阳市推行企业开办“一窗通办”,开办时间压缩至1个工作日。\n"
        "一、存在的问题\n"
        "(一)部分事项线上办理深度不够。\n"
        "(二)基层窗口人员力量不足。\n"
        "二、几点建议\n"
        "(一)加快数据共享。\n"
        "(二)充实窗口力量。\n",
        encoding="utf-8",
    )
    [measure] = segment(read_document(path))
    assert "一窗通办" in measure.doc.text[measure.start : measure.end]


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return path


BODY = "该市通过改革,实现企业开办时间压缩至1个工作日。一是推行一网通办。二是推行容缺受理。"


def test_bracketed_cases_under_theme_sections(tmp_path: Path) -> None:
    text = (
        "某省优化营商环境典型案例\n一、开办企业\n(一)甲市推行企业开办一网通办\n" + BODY + "\n"
        "(二)乙市推行容缺受理\n" + BODY + "\n二、获得电力\n(三)丙市推行阳光办电\n" + BODY + "\n"
    )
    measures = segment(read_document(_write(tmp_path, text)))
    assert [m.heading for m in measures] == [
        "甲市推行企业开办一网通办",
        "乙市推行容缺受理",
        "丙市推行阳光办电",
    ]
    sections = [m.section.stripped for m in measures]
    assert sections == ["一、开办企业", "一、开办企业", "二、获得电力"]
    assert all(m.status == "implemented" for m in measures)


def test_chinese_ordinal_cases_keep_their_items_inside(tmp_path: Path) -> None:
    text = "".join(
        f"{n}、{city}市创新监管方式\n{BODY}\n" for n, city in zip("一二三", "甲乙丙", strict=True)
    )
    measures = segment(read_document(_write(tmp_path, text)))
    assert [m.label for m in measures] == ["一", "二", "三"]
    assert "二是推行容缺受理" in measures[0].doc.text[measures[0].start : measures[0].end]


def test_bracketed_case_labels(tmp_path: Path) -> None:
    text = "【案例一】甲市推行一网通办\n" + BODY + "\n【案例二】乙市推行容缺受理\n" + BODY + "\n"
    measures = segment(read_document(_write(tmp_path, text)))
    assert [m.heading for m in measures] == ["甲市推行一网通办", "乙市推行容缺受理"]


def test_bracketed_cases_restart_their_numbers_in_each_section(tmp_path: Path) -> None:
    text = (
        "某省优化营商环境典型案例\n一、开办企业\n(一)甲市推行企业开办一网通办\n" + BODY + "\n"
        "(二)乙市推行容缺受理\n" + BODY + "\n二、获得电力\n(一)丙市推行阳光办电\n" + BODY + "\n"
        "(二)丁市推行低压小微企业零投资\n" + BODY + "\n"
    )
    measures = segment(read_document(_write(tmp_path, text)))
    assert [m.label for m in measures] == ["(一)", "(二)", "(一)", "(二)"]
    assert [m.section.stripped for m in measures][2:] == ["二、获得电力"] * 2


def test_sentence_headings_with_the_body_on_the_same_line(tmp_path: Path) -> None:
    """(一)推行X。正文… : the first sentence, as written with its 。, is the heading; the line
    is the case."""
    text = (
        "关于推广营商环境创新试点改革举措的通知\n各区人民政府:\n现将改革举措印发给你们。\n"
        "一、政务服务\n"
        "(一)推行企业登记“智能审批”。甲市市场监管局推行智能审批,占比达到45%。\n"
        "(二)建立帮办代办机制。乙市组建帮办代办队伍,全年帮办事项2000余件。\n"
        "二、市场监管\n"
        "(一)实施跨部门联合抽查。丙市推行跨部门联合抽查,减少企业检查频次30%。\n"
        "某市人民政府办公室\n"
    )
    doc = read_document(_write(tmp_path, text))
    measures = segment(doc)
    assert [m.heading for m in measures] == [
        "推行企业登记“智能审批”。",
        "建立帮办代办机制。",
        "实施跨部门联合抽查。",
    ]
    first = measures[0]
    assert doc.text[first.start : first.end].endswith("占比达到45%。")
    assert [m.section.stripped for m in measures] == ["一、政务服务"] * 2 + ["二、市场监管"]
    assert "人民政府办公室" not in doc.text[measures[-1].start : measures[-1].end]
