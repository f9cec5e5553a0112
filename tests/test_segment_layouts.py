"""Layouts of the genre beyond the seeds, on documents written for these tests.

Each text imitates one layout real documents use (a State Council notice of one-line items
under 一、 sections, a notice of two place-led 一、 items, bracketed one-line cases, a web page
with its furniture, a single case told in facet sections, a feature in traditional characters
with two-line headings, a feature of place stories under theme headings, a feature with no
headings); the dev documents and the gold check the same rules on real articles.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.corpus import normalise, read_document
from kg.evaluate import PredictedMeasure, match_cases
from kg.segment import Measure, segment
from tests.conftest import DEV_DOCS, load_all_gold

NOTICE = """国务院办公厅关于对2025年优化营商环境工作成效明显地方予以督查激励的通报
国办发〔2025〕31号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
为进一步推广典型经验做法，现将有关情况通报如下。
一、深化“放管服”改革
1.北京市推行“一业一证”改革，将行业准入涉及的多张许可证整合为一张行业综合许可证。
2.浙江省杭州市推行企业开办“一网通办”，实现企业开办全程网上办理，最快4小时办结。
3.四川省成都市建立“容缺受理”机制。对基本条件具备、主要申报材料齐全的事项先行受理，限期补齐材料。
二、优化监管执法
4.江苏省苏州市推行“双随机、一公开”跨部门联合监管，减少对企业的重复检查。
5.湖北省武汉市实施包容审慎监管，对轻微违法行为依法不予处罚。
国务院办公厅
2025年6月20日
"""


def measures_of(tmp_path: Path, text: str, name: str = "doc.txt") -> list[Measure]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return segment(read_document(path))


def quote(m: Measure) -> str:
    return m.doc.text[m.start : m.end]


def test_a_notice_of_one_line_items_gives_one_case_per_item(tmp_path: Path) -> None:
    got = measures_of(tmp_path, NOTICE)
    assert [m.label for m in got] == ["1", "2", "3", "4", "5"]
    assert got[0].heading == normalise(
        "北京市推行“一业一证”改革，将行业准入涉及的多张许可证整合为一张行业综合许可证。"
    )
    assert got[2].heading == normalise("四川省成都市建立“容缺受理”机制")
    assert quote(got[2]).endswith("限期补齐材料。")
    assert [m.section.stripped for m in got] == [normalise("一、深化“放管服”改革")] * 3 + [
        normalise("二、优化监管执法")
    ] * 2
    assert quote(got[-1]).endswith("不予处罚。")  # the issuer and date are not part of it


def test_items_numbered_again_in_each_section(tmp_path: Path) -> None:
    text = NOTICE.replace("4.江苏", "1.江苏").replace("5.湖北", "2.湖北")
    assert [m.label for m in measures_of(tmp_path, text)] == ["1", "2", "3", "1", "2"]


def test_two_ordinal_items_led_by_places_are_cases(tmp_path: Path) -> None:
    text = (
        "关于推广优化营商环境典型做法的通知\n各市（州）人民政府：\n现将两地做法印发给你们。\n"
        "一、江苏省南京市：推行“不见面审批”\n南京市依托政务服务网推行企业投资项目“不见面审批”，审批时间压缩60%。\n"
        "二、山东省青岛市：建立“企业服务专员”制度\n青岛市为重点企业配备服务专员，累计解决企业诉求3200余件。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("江苏省南京市：推行“不见面审批”"),
        normalise("山东省青岛市：建立“企业服务专员”制度"),
    ]


def test_two_ordinal_parts_of_a_report_are_not_cases(tmp_path: Path) -> None:
    text = (
        "一、工作成效\n全局推行企业开办一日办结，服务企业1200家。\n"
        "二、存在问题\n部分事项办理时限仍然偏长，群众反映较多。\n"
    )
    got = measures_of(tmp_path, text)
    assert len(got) != 2 or got[0].heading != "工作成效"


def test_bracketed_one_line_cases_with_a_place_and_a_body(tmp_path: Path) -> None:
    text = (
        "湖北省优化营商环境典型案例（第三批）\n"
        "（一）武汉市：推行“交房即交证”改革。武汉市实现新建商品房交付时同步办证，惠及群众5.6万户。\n"
        "（二）襄阳市：建立“企业家接待日”制度。市领导每月固定一天接待企业家，协调解决问题416个。\n"
        "（三）宜昌市：推行“免申即享”。宜昌市梳理可免申政策89项，兑付资金3.2亿元。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise(h)
        for h in (
            "武汉市：推行“交房即交证”改革",
            "襄阳市：建立“企业家接待日”制度",
            "宜昌市：推行“免申即享”",
        )
    ]


def test_web_page_furniture_is_not_part_of_the_case(tmp_path: Path) -> None:
    text = (
        "首页 > 政务公开 > 工作动态\n湖南省长沙市：“一件事一次办”让企业群众少跑腿\n"
        "发布时间：2024-03-15 10:20 来源：长沙市人民政府\n【字体：大 中 小】 打印本页 关闭窗口\n"
        "今年以来，长沙市深化“一件事一次办”改革，推出126个“一件事”套餐。\n"
        "长沙市政务服务中心设立“一件事”综合窗口，企业开办时间压缩至1个工作日以内。\n"
        "分享到：\n责任编辑：李明\n"
    )
    [case] = measures_of(tmp_path, text)
    assert case.heading == normalise("湖南省长沙市：“一件事一次办”让企业群众少跑腿")
    assert case.doc.metadata.issued == "2024-03-15"
    assert quote(case).endswith("1个工作日以内。")


def test_facet_sections_of_one_case_are_one_case(tmp_path: Path) -> None:
    text = (
        "贵州省遵义市：构建“1+3+N”政务服务体系\n一、基本情况\n近年来，遵义市构建“1+3+N”政务服务体系。\n"
        "二、主要做法\n市政务服务中心整合45个部门1200余项事项集中办理。\n"
        "三、取得成效\n全市政务服务事项网上可办率达98%。\n"
    )
    [case] = measures_of(tmp_path, text)
    assert case.heading == normalise("贵州省遵义市：构建“1+3+N”政务服务体系")
    assert quote(case).endswith("网上可办率达98%。")


def test_traditional_feature_with_two_line_headings(tmp_path: Path) -> None:
    text = (
        "12版 -  營商環境“優”無止境\n"
        "近年來，各地持續優化營商環境，湧現出一批可複製可推廣的經驗做法。記者走訪多地。\n"
        "“企業吹哨”部門報到\n江西南昌建立企業訴求直通機制\n"
        "南昌市青山湖區一家電子企業因用電負荷不足，產能受限。企業通過“企業吹哨”平台反映訴求後，一週內完成增容改造。\n"
        "目前，青山湖區已累計受理企業訴求1200餘件，辦結率達98%。\n"
        "“一碼通辦”跑出加速度\n福建廈門推行涉企事項集成辦理\n"
        "在廈門市思明區行政服務中心，企業辦事員只需出示“一碼通辦”二維碼，即可調取電子證照。\n"
    )
    got = measures_of(tmp_path, text)
    assert [quote(m)[:10] for m in got] == ["“企業吹哨”部門報到", "“一碼通辦”跑出加速"]
    assert got[0].heading == "“企业吹哨”部门报到"
    assert got[0].doc.metadata.title == "营商环境“优”无止境"


def test_place_stories_under_theme_headings(tmp_path: Path) -> None:
    text = (
        "03版 -  一条热线解民忧\n今年以来，浙江省深化12345热线改革，推动诉求快速办理。\n"
        "快速响应，诉求直达\n“即接即办”是关键。浙江以改革提速，压实责任。\n"
        "在宁波，12345热线建立“首接负责”机制，群众来电由首个接听部门跟踪到底，今年办结率达99%。\n"
        "“以前打电话要转好几个部门，现在一次就办好了。”宁波市民陈先生说。\n"
        "温州市龙湾区则推行“诉求地图”，将群众诉求按街道标注，实现精准派单。\n"
        "浙江省政务服务办负责人表示，将总结推广各地经验。\n"
        "数据赋能，未诉先办\n绍兴市上线“热线大脑”，对高频诉求提前预警，主动化解矛盾纠纷300余起。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise(h)
        for h in (
            "在宁波，12345热线建立“首接负责”机制，群众来电由首个接听部门跟踪到底，今年办结率达99%。",
            "温州市龙湾区则推行“诉求地图”，将群众诉求按街道标注，实现精准派单。",
            "绍兴市上线“热线大脑”，对高频诉求提前预警，主动化解矛盾纠纷300余起。",
        )
    ]
    assert quote(got[0]).endswith("宁波市民陈先生说。")  # the quote stays with its story
    assert quote(got[1]).endswith("精准派单。")  # the province stepping back ends it
    assert [m.section.stripped for m in got] == [normalise("快速响应，诉求直达")] * 2 + [
        normalise("数据赋能，未诉先办")
    ]


def test_a_feature_without_headings_is_read_as_place_stories(tmp_path: Path) -> None:
    text = (
        "多地推进“高效办成一件事”改革见实效\n今年以来，各地聚焦企业和群众关切，推进改革走深走实。\n"
        "在浙江，杭州市上线“亲清在线”数字平台，累计兑付资金超过200亿元。\n"
        "在江苏，南京市推行“不见面审批”，审批时间压缩至50个工作日以内。\n"
        "安徽合肥则聚焦企业开办，新设企业平均3个工作日内完成登记。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:5] for m in got] == ["在浙江,杭", "在江苏,南", "安徽合肥则"]


@pytest.mark.parametrize("path", sorted(DEV_DOCS.glob("*.txt")), ids=lambda p: p.name[:2])
def test_each_newspaper_feature_gives_its_gold_cases(path: Path) -> None:
    gold = load_all_gold()[path.name]
    got = segment(read_document(path))
    predicted = [PredictedMeasure(m.start, m.end, "", m.heading) for m in got]
    pairs = match_cases(predicted, gold, list(got[0].doc.repeats))
    assert len(got) == len(gold) == len(pairs)
    assert [m.title for m, _ in pairs] == [normalise(g["title"]) for _, g in pairs]


LABELLED_WITH_FACETS = """案例1：甲省乙市“承诺即开工”改革
一、基本情况
为破解项目落地慢的问题，市里于2023年启动改革。
二、主要做法
市行政审批局对备案类项目推行“承诺即开工”，企业签订承诺书后即可开工建设。
三、取得成效
已有46个项目实现“承诺即开工”。

案例2：丙市“企业诉求直通车”
一、基本情况
丙市建立“企业诉求直通车”工作机制。
二、主要做法
市营商环境建设局开设企业服务专线，实行“接诉即办”。
三、取得成效
全年受理企业诉求5600件。
"""


def test_labelled_cases_keep_their_facet_sections(tmp_path: Path) -> None:
    """案例N with 一、基本情况 二、主要做法 三、取得成效 inside: the facets are the case's body,
    not sections that end it."""
    got = measures_of(tmp_path, LABELLED_WITH_FACETS)
    assert [m.label for m in got] == ["案例1", "案例2"]
    assert quote(got[0]).endswith("已有46个项目实现“承诺即开工”。")
    assert quote(got[1]).endswith("全年受理企业诉求5600件。")
    assert [m.section for m in got] == [None, None]
