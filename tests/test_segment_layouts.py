"""Layouts of the genre beyond the seeds, on documents written for these tests.

Each text imitates one layout real documents use (a State Council notice of one-line items
under 一、 sections, a notice of two place-led 一、 items, bracketed one-line cases, a web page
with its furniture, a single case told in facet sections, a feature in traditional characters
with two-line headings, a feature of place stories under theme headings, a feature with no
headings); the dev documents and the gold check the same rules on real articles.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from kg.corpus import is_furniture, normalise, read_document
from kg.cues import load_cues
from kg.evaluate import PredictedMeasure, match_cases
from kg.extract.facts import DocumentFacts, extract_document, load_context
from kg.segment import Measure, segment
from kg.segment.lines import content_lines
from kg.segment.numbered import holds_no_cases
from tests.conftest import DEV_DOCS, ROOT, load_all_gold

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


def facts_of(tmp_path: Path, text: str, name: str = "doc.txt") -> DocumentFacts:
    """What the extract stage reads of a text written as a file: its cases with their facts."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    return extract_document(doc, segment(doc), load_context())


def region_names(facts: DocumentFacts) -> list[str]:
    """The name of the region each case of a text is placed in."""
    return [f.region.region.name for f in facts.measures if f.region]


def quote(m: Measure) -> str:
    return m.doc.text[m.start : m.end]


def test_a_notice_of_one_line_items_gives_one_case_per_item(tmp_path: Path) -> None:
    got = measures_of(tmp_path, NOTICE)
    assert [m.label for m in got] == ["1", "2", "3", "4", "5"]
    assert got[0].heading == normalise(
        "北京市推行“一业一证”改革，将行业准入涉及的多张许可证整合为一张行业综合许可证。"
    )
    assert got[2].heading == normalise("四川省成都市建立“容缺受理”机制。")
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
        "一、江苏省南京市：推行“不见面审批”\n南京市依托政务服务网推行企业投资项目“不见面审批”，"
        "审批时间压缩60%。\n"
        "二、山东省青岛市：建立“企业服务专员”制度\n青岛市为重点企业配备服务专员，"
        "累计解决企业诉求3200余件。\n"
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
        "（一）武汉市：推行“交房即交证”改革。武汉市实现新建商品房交付时同步办证，惠及群众5.6万户。"
        "\n"
        "（二）襄阳市：建立“企业家接待日”制度。市领导每月固定一天接待企业家，协调解决问题416个。\n"
        "（三）宜昌市：推行“免申即享”。宜昌市梳理可免申政策89项，兑付资金3.2亿元。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise(h)
        for h in (
            "武汉市：推行“交房即交证”改革。",
            "襄阳市：建立“企业家接待日”制度。",
            "宜昌市：推行“免申即享”。",
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
        "贵州省遵义市：构建“1+3+N”政务服务体系\n一、基本情况\n近年来，"
        "遵义市构建“1+3+N”政务服务体系。\n"
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
        "南昌市青山湖區一家電子企業因用電負荷不足，產能受限。企業通過“企業吹哨”平台反映訴求後，"
        "一週內完成增容改造。\n"
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


def test_one_reform_told_in_stages_is_one_case(tmp_path: Path) -> None:
    text = (
        "南昌“一照通行”三年迭代升级\n本报记者 刘芳\n"
        "2021年以来，南昌市在市场准入领域推行“一照通行”改革，从试点走向全域。\n"
        "起步：试点破冰\n改革之初，南昌市选取药店、便利店两个行业试点，一张许可证准营。\n"
        "深化：扩面提质\n2022年，南昌市将改革扩大到30个行业，累计发放行业综合许可证8600张。\n"
        "升级：迈向“智能审批”\n2023年，南昌市上线智能审批系统，80%的事项实现秒批。\n"
    )
    [case] = measures_of(tmp_path, text)
    assert case.heading == normalise("南昌“一照通行”三年迭代升级")
    assert quote(case).endswith("实现秒批。")


def test_one_reform_whose_lead_lists_its_sides_is_one_case(tmp_path: Path) -> None:
    text = (
        "【襄阳日报·深度】\n\n一张清单管到底\n——枣阳市推行涉企收费“明白账”调查\n本报记者 周明\n"
        "近年来，襄阳枣阳市推出涉企收费“明白账”，破解收费项目不清、违规收费难查、减负难等问题。\n"
        "一笔一笔摆上桌\n枣阳市发展改革局会同市财政局梳理收费项目，往返武汉核对目录，"
        "全部上网公示。\n"
        "“乱伸手”有人管\n枣阳市市场监督管理局设立投诉专线，今年查处违规收费案件9起。\n"
        "账本越算越轻\n截至9月，枣阳市为企业减负1200万元。\n"
    )
    [case] = measures_of(tmp_path, text)
    assert case.heading == normalise("一张清单管到底")
    assert quote(case).endswith("1200万元。")


def test_a_roundup_whose_lead_lists_places_keeps_its_cases(tmp_path: Path) -> None:
    text = (
        "襄阳县市比拼服务\n本报记者 周明\n"
        "记者近日走访枣阳、宜城、老河口等地，发现各地服务企业各有新招。\n"
        "代办到家\n枣阳市组建代办队伍，今年代办事项300件。\n"
        "企业有事找专员\n宜城市为企业配备服务专员，解决诉求80件。\n"
        "审批不出园区\n老河口市在园区设立审批窗口，办件1200件。\n"
    )
    assert len(measures_of(tmp_path, text)) == 3


def test_notice_items_that_wrap_over_lines(tmp_path: Path) -> None:
    text = (
        "關於推廣優化營商環境典型經驗做法的通知\n"
        "（1）吉林省長春市推行“企業開辦一日辦結”改革。\n"
        "（2）貴州省貴陽市觀山湖區推行“企業開辦零成本”改革，\n免費為新辦企業提供印章。\n"
        "（3）山東省青島市推行“交地即交證”改革，將土地出讓與不動產登\n記並聯辦理。\n"
        "（4）甘肅省蘭州新區推行“標準地”出讓。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["(1)", "(2)", "(3)", "(4)"]
    assert got[1].heading == normalise(
        "貴州省貴陽市觀山湖區推行“企業開辦零成本”改革，免費為新辦企業提供印章。"
    )
    assert got[2].heading.endswith(normalise("登記並聯辦理。"))


def test_cases_each_told_in_facet_sections(tmp_path: Path) -> None:
    text = (
        "江西省优化营商环境典型案例\n"
        "一、赣州市：推行“不来即享”政策兑现\n（一）主要做法\n赣州市财政局建设惠企政策兑现平台。\n"
        "（二）取得成效\n累计兑付资金6.2亿元。\n"
        "二、上饶市：打造“项目全程代办”\n（一）主要做法\n上饶市组建代办专员队伍。\n"
        "（二）取得成效\n项目审批时间压缩50%。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("赣州市：推行“不来即享”政策兑现"),
        normalise("上饶市：打造“项目全程代办”"),
    ]
    assert quote(got[0]).endswith("6.2亿元。")


def test_a_word_before_a_colon_is_a_place_heading_only_when_it_is_a_place(
    tmp_path: Path,
) -> None:
    text = (
        "银川政务服务“好差评”见闻\n近年来，银川市推行政务服务“好差评”，群众满意度持续提升。\n"
        "起步：设立评价器\n每个窗口都设立了评价器，群众办完事即可评价。\n"
        "深化：差评必整改\n对差评实行回访整改，整改率达100%。\n"
        "升级：线上线下同评\n“好差评”延伸到网上办事平台，累计收到评价120万条。\n"
    )
    [case] = measures_of(tmp_path, text)
    assert case.heading == normalise("银川政务服务“好差评”见闻")


def test_a_paragraph_of_places_in_clauses_gives_one_case_per_place(tmp_path: Path) -> None:
    text = (
        "广东：“数字政府”跑出加速度\n本报记者 陈静\n"
        "近年来，广东深化“数字政府”改革，政务服务效能持续提升。\n"
        "一网通办\n"
        "广州上线“穗好办”，2800余项事项掌上可办；惠州推行“湾区通办”，与港澳实现120项事项跨境办理；"
        "佛山则推出“一码通”，企业扫码即可调取电子证照。\n"
        "广东省政务服务数据管理局负责人表示，将继续推广这些做法。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("广州上线“穗好办”，2800余项事项掌上可办"),
        normalise("惠州推行“湾区通办”，与港澳实现120项事项跨境办理"),
        normalise("佛山则推出“一码通”，企业扫码即可调取电子证照。"),
    ]
    assert [quote(m)[-4:] for m in got] == ["掌上可办", "跨境办理", "电子证照。"[1:]]


def test_a_clause_led_by_a_places_own_utility_is_that_places_case(tmp_path: Path) -> None:
    """衡阳市供电公司推行…；浏阳市推行…: the city's utility acts for the city, so its clause is
    the city's case like any body of its government."""
    text = (
        "各指标先进经验\n"
        "一、获得电力\n"
        "本指标全省平均得分89.6分。衡阳市供电公司推行低压小微企业用电报装“三零”服务，"
        "全年为1.1万户企业零投资接电；浏阳市推行高压用户“电力接入一件事”，"
        "平均接电时间由38天压缩至16天。\n"
        "二、政务服务\n"
        "本指标全省平均得分86.8分。长沙市天心区推行“AI帮办”，全年服务9.8万次；"
        "衡阳市推行“办不成事”反映窗口，全年解决疑难事项1460件。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:5] for m in got] == ["衡阳市供电", "浏阳市推行", "长沙市天心", "衡阳市推行"]


def test_a_place_named_in_passing_and_a_captions_credit_are_no_cases(tmp_path: Path) -> None:
    text = (
        "湖南：“一件事”改革让企业少跑腿\n本报记者 何军\n"
        "今年以来，湖南省深化“高效办成一件事”改革。\n"
        "在长沙，市政务服务中心设立“一件事”综合窗口，今年已办理5.2万件。\n"
        "6月3日，在岳阳市政务服务中心，工作人员为企业办理业务。本报记者 何军摄\n"
        "衡阳市则推行“企业服务码”，企业扫码即可反映诉求，平均响应时间缩短至2小时。\n"
        "目前，这一做法已在邵阳市、常德市等地推广。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:4] for m in got] == ["在长沙,", "衡阳市则"]
    assert quote(got[1]).endswith("等地推广。")  # the spread is part of the story told


def test_items_of_a_reports_problem_section_are_no_cases(tmp_path: Path) -> None:
    text = (
        "关于全县优化营商环境工作情况的汇报\n今年以来，乐清市深入推进营商环境改革。\n"
        "一、主要做法\n一是推行企业开办“一件事”，全流程压缩至0.5个工作日。\n"
        "二是实施项目审批“代办制”，为50个重点项目提供全程代办服务。\n"
        "二、存在问题\n一是部分审批事项办理时限仍然较长。\n二是要素保障压力较大。\n"
        "三、下一步打算\n一是深化数字化改革，推动更多事项“掌上办”。\n"
    )
    got = measures_of(tmp_path, text)
    assert [(m.label, m.status) for m in got] == [
        ("一是", "implemented"),
        ("二是", "implemented"),
        ("一是", "planned"),
    ]
    assert quote(got[1]).endswith("全程代办服务。")


def test_place_headings_with_long_autonomous_and_zone_names(tmp_path: Path) -> None:
    """``place：title`` headings whose place is a long autonomous prefecture's or a zone's
    name (恩施土家族苗族自治州：, 武汉经济技术开发区：), or a body's of a place
    (泰安高新技术产业开发区企业服务中心：), head cases as short names do."""
    text = (
        "湖北省营商环境“微改革”典型案例\n\n"
        "◎钟祥市：“农批贷”破解农业经营主体融资难\n"
        "　　钟祥市农业农村局推出“农批贷”，全年累计发放贷款9.7亿元。\n\n"
        "◎恩施土家族苗族自治州：“硒茶通”助力特色产业出山\n"
        "　　恩施州市场监督管理局推行“硒茶通”质量追溯码，已有436家茶企赋码。\n\n"
        "◎长阳土家族自治县：“民宿一件事”让开办少跑腿\n"
        "　　长阳县政务服务中心设立民宿开办综合窗口，办理时间压缩至3天。\n\n"
        "◎武汉经济技术开发区：“车谷企业码”实现涉企服务一码通\n"
        "　　武汉经开区政务服务和大数据管理局上线“车谷企业码”，累计赋码1.2万家。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:4] for m in got] == ["钟祥市:", "恩施土家", "长阳土家", "武汉经济"]
    [page] = (Path(__file__).parent / "data" / "probes129").glob("01_*.txt")  # a blind set's
    assert [m.heading[:2] for m in segment(read_document(page))] == [
        *["黄石", "十堰", "宜都", "钟祥", "恩施", "长阳", "武汉", "潜江"]
    ]
    [bodies] = (Path(__file__).parent / "data" / "probes49").glob("04_*.txt")  # bodies' names
    assert [m.heading[:2] for m in segment(read_document(bodies))] == [
        *["济宁", "泰安", "山东", "邹平", "青岛", "日照", "枣庄", "潍坊"]
    ]


def test_a_surveys_part_of_members_complaints_holds_no_cases(tmp_path: Path) -> None:
    """A chamber's survey whose parts are numbered in formal numerals (贰、會員主要反映問題 over
    一、二、 complaints; 參、 over 做法一, 做法二): the complaints are no cases, the recommended
    practices are."""
    text = (
        "高雄市進出口商業同業公會\n2025年度會員企業大陸經營環境問卷調查報告\n\n"
        "壹、調查說明\n\n本調查於2025年10月至12月間以電子問卷進行，回收有效問卷312份。\n\n"
        "貳、會員主要反映問題\n\n"
        "一、稅務稽查與查帳頻率增加。42.5%的受訪企業表示查帳次數增加。\n\n"
        "二、地方政府及國有企業拖欠貨款。27.3%的受訪企業曾遭拖欠。\n\n"
        "三、用工成本與招工困難。36.8%的受訪企業表示熟練工難招。\n\n"
        "參、會員推薦之良好做法\n\n"
        "做法一　台資企業「首席服務員」制度\n"
        "地點：江蘇省南通市如皋市\n做法：如皋市台灣事務辦公室為台資企業配備首席服務員。\n\n"
        "做法二　出口企業「集中查驗、一次放行」\n"
        "地點：四川省成都市青白江區\n做法：成都海關所屬青白江海關推行集中查驗，通關時間壓縮40%。\n"
    )
    headings = [m.heading for m in measures_of(tmp_path, text)]
    assert not any("稅務稽查" in h or "税务稽查" in h or "拖欠" in h for h in headings)
    assert any("首席服" in h for h in headings)


def test_a_run_in_item_opening_with_a_meeting_that_sets_up_a_practice(tmp_path: Path) -> None:
    """Run-in items 【county】… of a prefecture's news page, one opening with a meeting
    (3月5日，康定市召开…会议) that goes on to the practice it set up (建立“市级领导联系重点
    企业”机制): a case like the others."""
    text = (
        "全州各地扎实推进优化营商环境各项工作\n\n"
        "今年以来，全州各县（市）认真贯彻落实州委、州政府部署，持续优化营商环境。\n\n"
        "【康定市】3月5日，康定市召开2026年第一次优化营商环境工作领导小组会议，研究部署全年重点任务。"
        "会后，康定市建立“市级领导联系重点企业”机制，每名市级领导联系2至3家重点企业。\n\n"
        "【泸定县】泸定县把政企沟通作为优化营商环境的重要抓手，开设“政企直通车”热线。\n\n"
        "【稻城县】稻城县围绕文旅产业旺季前的准备工作，推行民宿开办“一件事”。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:5] for m in got] == ["【康定市】", "【泸定县】", "【稻城县】"]


def test_one_case_written_up_in_facets_keeps_its_steps(tmp_path: Path) -> None:
    """One case written up as （一）背景 （二）做法 （三）成效 （四）启示, its 做法 told in
    一是…二是… steps naming no place: one case, its steps no cases of their own."""
    text = (
        "潜江市：工业项目“区域评估+标准地”改革打通项目落地快车道\n"
        "（一）背景\n潜江市是省直管市，工业项目落地慢的问题较为突出。\n"
        "（二）做法\n一是区域评估“打包做”。潜江市自然资源和规划局统一开展区域评估。\n"
        "二是出让条件“清单化”。每宗工业用地出让前明确控制指标。\n"
        "三是审批服务“全代办”。设立“标准地”代办专窗。\n"
        "（三）成效\n改革以来，全市累计以“标准地”方式出让工业用地61宗。\n"
        "（四）启示\n一是政府多担当，企业少负担。二是标准在前，服务在后。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("潜江市：工业项目“区域评估+标准地”改革打通项目落地快车道")
    ]
    [page] = (Path(__file__).parent / "data" / "probes125").glob("08_*.txt")  # a blind set's
    assert [m.heading[:3] for m in segment(read_document(page))] == ["潜江市"]


def test_number_lines_with_wrapped_headings_over_facet_sections(tmp_path: Path) -> None:
    text = (
        "广西优化营商环境创新案例\n"
        "01\n南宁市推行“桂易办”\n打造政务服务新品牌\n案例背景\n企业群众办事存在材料多的问题。\n"
        "主要做法\n南宁市推出“桂易办”服务，整合事项1600项。\n"
        "02\n北海市打造跨境贸易“单一窗口”\n案例背景\n北海港进出口企业通关成本较高。\n"
        "主要做法\n北海海关推行“两步申报”，整体通关时间压缩50%。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("南宁市推行“桂易办”打造政务服务新品牌"),
        normalise("北海市打造跨境贸易“单一窗口”"),
    ]


def test_markdown_case_headings_before_the_first_paragraph(tmp_path: Path) -> None:
    text = (
        "# 江苏省优化营商环境典型案例\n\n发布时间：2024-02-01 来源：江苏省发展改革委\n\n"
        "### 1. 南京市：推行“宁满意”服务品牌\n\n"
        "南京市推出“宁满意”服务，企业开办实现“一日办结”。\n\n"
        "### 2. 常州市：打造“常有善商”营商品牌\n\n常州市建立企业诉求“一键直达”平台。\n"
    )
    got = measures_of(tmp_path, text, "list.md")
    assert [m.heading for m in got] == [
        normalise("南京市：推行“宁满意”服务品牌"),
        normalise("常州市：打造“常有善商”营商品牌"),
    ]


def test_numbered_theme_headings_over_several_places_stories(tmp_path: Path) -> None:
    text = (
        "优化营商环境 各地出实招\n本报记者 郑宇\n今年以来，各地聚焦企业关切，推出一批改革举措。\n"
        "一、数字赋能，让企业少跑腿\n在南京，“宁满意”平台实现惠企政策在线兑付，累计兑付资金80亿元。"
        "\n"
        "福建厦门推出“秒报秒批”，120个事项实现即报即批。\n"
        "二、精准服务，让企业有感\n山东烟台为重点企业配备“服务专员”，解决诉求2100余件。\n"
        "在湖南长沙，“企业家接待日”让市领导每月面对面听取企业诉求。\n"
        "三、法治护航，让企业安心\n天津推行轻微违法行为免罚清单，今年免罚企业6000家。\n"
        "重庆市江北区法院设立商事纠纷“诉前调解”中心，调解成功率达60%。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:4] for m in got] == [
        "在南京,",
        "福建厦门",
        "山东烟台",
        "在湖南长",
        "天津推行",
        "重庆市江",
    ]
    assert got[2].section.stripped == normalise("二、精准服务，让企业有感")


def test_a_wire_story_keeps_its_first_paragraph_and_drops_related_titles(tmp_path: Path) -> None:
    text = (
        "您所在的位置：首页>要闻>地方\n"
        "新华社南宁6月5日电（记者 韦江）近日，广西壮族自治区柳州市推行“企业开办一件事”集成服务，"
        "企业开办时间压缩至半个工作日。\n"
        "柳州市市场监管局负责人介绍，今年以来全市新设企业2.1万户。\n"
        "相关新闻\n南宁市推行“拿地即开工”审批模式\n桂林市上线企业诉求直通车平台\n"
        "版权所有：广西壮族自治区人民政府办公厅 桂ICP备05012345号 地址：南宁市青秀区民族大道，"
        "网站标识码4500000001，建议使用1920×1080分辨率浏览本网站。\n"
    )
    [case] = measures_of(tmp_path, text)
    assert case.heading == normalise(
        "近日，广西壮族自治区柳州市推行“企业开办一件事”集成服务，企业开办时间压缩至半个工作日。"
    )
    assert quote(case).endswith("新设企业2.1万户。")


def test_source_and_author_lines_under_a_web_heading_do_not_end_the_case(
    tmp_path: Path,
) -> None:
    text = (
        "首页 > 新闻中心 > 基层动态\n吉林四平：“一窗通办”让企业办事更便捷\n"
        "来源：四平日报\n作者：王刚\n字体：【大】【中】【小】\n"
        "今年以来，四平市政务服务中心推行“一窗通办”改革，企业办事平均等候时间缩短至10分钟。\n"
        "截至目前，综合窗口已受理业务5.2万件。\n分享：\n微信 微博\n"
    )
    [case] = measures_of(tmp_path, text)
    assert quote(case).endswith("受理业务5.2万件。")
    assert case.doc.metadata.publisher == "四平日报"


def test_a_lead_that_lists_places_is_no_case(tmp_path: Path) -> None:
    text = (
        "营商环境创新试点经验做法发布\n"
        "今年以来，北京、上海、重庆、杭州等试点城市大胆探索，形成一批可复制推广的经验。\n"
        "江苏、浙江、广东等地也结合实际出台了配套措施。\n"
        "上海市推行“一业一证”改革，已覆盖31个行业。\n"
        "杭州市推行“亲清在线”，惠企政策兑付时间缩短至平均3天。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == ["上海市", "杭州市"]


@pytest.mark.parametrize("plan", ["二、2025年工作要点", "二、下步工作举措", "二、今后工作谋划"])
def test_items_under_a_plan_section_are_planned(tmp_path: Path, plan: str) -> None:
    text = (
        "×区行政审批局2024年工作总结\n一、工作成效\n一是推行企业开办“一日办结”。\n"
        f"二是推行“拿地即开工”。\n{plan}\n一是推进“高效办成一件事”。\n二是深化“一业一证”改革。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.status for m in got] == ["implemented"] * 2 + ["planned"] * 2


@pytest.mark.parametrize(
    ("first", "second", "third"), [("1.", "2.", "3."), ("（一）", "（二）", "（三）")]
)
def test_numbered_headings_that_wrap_over_two_lines(
    tmp_path: Path, first: str, second: str, third: str
) -> None:
    text = (
        "甘肃省优化营商环境典型案例\n"
        f"{first}兰州市推行“一件事一次办”集成改革\n打造政务服务新模式\n"
        "兰州市政务服务中心梳理“一件事”套餐86个，企业办事时间压缩70%。\n"
        f"{second}天水市推行“拿地即开工”\n助力项目早落地早投产\n"
        "天水市对工业项目实行容缺审批，开工时间平均提前3个月。\n"
        f"{third}酒泉市建立“企业服务专员”制度\n酒泉市为800家企业配备服务专员。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("兰州市推行“一件事一次办”集成改革打造政务服务新模式"),
        normalise("天水市推行“拿地即开工”助力项目早落地早投产"),
        normalise("酒泉市建立“企业服务专员”制度"),
    ]


def test_a_headed_section_without_place_stories_is_its_own_case(tmp_path: Path) -> None:
    text = (
        "数字政府建设见闻\n本报记者 刘洋\n近年来，各地加快数字政府建设，政务服务更加便捷高效。\n"
        "政策直达\n在杭州，“亲清在线”平台累计兑付资金超过200亿元。\n"
        "宁波市上线了“甬易办”，1800余项政策实现“免申即享”。\n"
        "秒批提效\n走进政务大厅，申请人提交材料后几秒钟即可出结果。厦门已有236个事项实现秒批。\n"
        "持续发力\n业内人士表示，数字政府建设还需久久为功。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:4] for m in got] == ["在杭州,", "宁波市上", "厦门已有"]  # after its topic
    assert quote(got[2]).endswith("实现秒批。")  # a section naming no place is no case


def test_paragraphs_run_on_in_one_line_with_indents(tmp_path: Path) -> None:
    """Text copied from a web page may keep each paragraph's indent but lose its line break."""
    indent = "\u3000\u3000"
    text = indent.join(
        [
            "关于推广优化营商环境典型经验做法的通知",
            "各市（州）人民政府：",
            "现将有关做法印发你们。",
            "一、深化改革",
            "1.四川省绵阳市推行“一件事一次办”改革。",
            "2.四川省德阳市推行“拿地即开工”。",
            "3.四川省宜宾市建立“企业服务专员”制度。",
        ]
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["1", "2", "3"]
    assert quote(got[1]) == "四川省德阳市推行“拿地即开工”。"
    assert got[0].section.stripped == "一、深化改革"


def test_inline_numbered_cases_numbered_again_under_each_theme(tmp_path: Path) -> None:
    text = (
        "湖北省营商环境创新案例\n一、政务服务\n"
        "1、武汉市：“高效办成一件事”\n武汉市推出“一件事”套餐120个。\n"
        "2、黄石市：“企业开办零成本”\n黄石市为新办企业免费刻章。\n"
        "二、市场监管\n1、十堰市：“信用+监管”\n十堰市按信用等级实施差异化监管。\n"
        "2、恩施州：“首违不罚”清单\n恩施州推行轻微违法行为首违不罚。\n"
    )
    got = measures_of(tmp_path, text)
    assert [(m.label, m.section.stripped) for m in got] == [
        ("1", "一、政务服务"),
        ("2", "一、政务服务"),
        ("1", "二、市场监管"),
        ("2", "二、市场监管"),
    ]


def test_stories_set_in_county_level_cities_named_short(tmp_path: Path) -> None:
    text = (
        "浙江：县域营商环境比学赶超\n本报记者 吴晓\n今年以来，浙江各地推出一批务实举措。\n"
        "在义乌，国际商贸城设立涉外服务专区，外商办理登记最快1天办结。\n"
        "在安吉，“标准地”改革让项目拿地即开工，今年已有36个项目受益。\n"
        "浙江省发展改革委负责人表示，将总结推广这些经验。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:4] for m in got] == ["在义乌,", "在安吉,"]


def test_a_story_whose_first_clause_names_a_place_it_learns_from(tmp_path: Path) -> None:
    text = (
        "各地互学互鉴优化营商环境\n今年以来，各地相互学习，推出一批务实举措。\n"
        "借鉴浙江经验，南昌市推出“一照通”改革，企业开办时间压缩至半天。\n"
        "本报记者近日从长沙市政务服务中心获悉，长沙市推行“一件事一次办”，已办理8万件。\n"
        "岳阳市则推行“企业服务码”，企业扫码即可反映诉求。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:6] for m in got] == ["借鉴浙江经验", "本报记者近日", "岳阳市则推行"]


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


ROUNDUP_TAGGED = """各地优化营商环境创新举措集锦

【浙江宁波】推行“一窗通办”3.0版
宁波市行政审批管理办公室整合窗口，企业办事平均用时压缩至20分钟。

【河北保定】建立“企业吹哨、部门报到”机制
保定市营商环境监督局受理企业诉求900余件，办结率98%。
"""

ROUNDUP_BULLETED = """廣西壯族自治區2024年度優化營商環境典型案例

▲南寧市：推行“交地即交證”
南寧市自然資源局推行交地即交證，企業拿地當天即可領取不動產權證書。

▲柳州市：建立“企業服務專員”制度
柳州市工業和信息化局為重點企業配備服務專員，累計解決問題300餘個。
"""


@pytest.mark.parametrize(
    ("text", "headings"),
    [
        (
            ROUNDUP_TAGGED,
            ["【浙江宁波】推行“一窗通办”3.0版", "【河北保定】建立“企业吹哨、部门报到”机制"],
        ),
        (ROUNDUP_BULLETED, ["南宁市:推行“交地即交证”", "柳州市:建立“企业服务专员”制度"]),
    ],
    ids=["tags", "bullets-traditional"],
)
def test_a_roundup_whose_first_case_stands_right_under_the_title(
    tmp_path: Path, text: str, headings: list[str]
) -> None:
    """With no lede, the first heading that carries the mark every case heading carries
    (【江苏南京】, ▲) is a case, not a kicker; the bullet is not part of the heading."""
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == headings
    assert quote(got[0]).endswith("20分钟。") or quote(got[0]).endswith("證書。")


def test_a_kicker_with_a_bullet_used_once_is_no_case(tmp_path: Path) -> None:
    """A bullet that does not recur marks a kicker, not a case heading: the lede above the
    first heading stays no case."""
    text = (
        "■ 聚焦营商环境\n审批提速让企业受益\n"
        "今年以来，各地推出一批务实举措，企业获得感持续增强。\n"
        "拿地即开工\n泉州市住建局推行并联审批，项目审批时间由60天压缩至20天。\n"
        "诉求直通车\n漳州市营商环境局开通企业诉求专线，全年受理诉求3000件。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == ["拿地即开工", "诉求直通车"]


@pytest.mark.parametrize(
    "byline", ["**本报记者　赵磊**", "*通讯员　林晓　记者　陈明*", "__本報記者　王芳__"]
)
def test_markdown_emphasis_around_a_byline_keeps_it_furniture(tmp_path: Path, byline: str) -> None:
    """An archived article's byline in Markdown emphasis is still a byline; its ``# `` line is
    the title even when short or ending like an issuer's name."""
    text = (
        f"# 走进合肥市政务服务中心\n\n{byline}\n\n"
        "合肥市政务服务中心推进“一件事一次办”改革，将企业开办等20个事项集成办理。\n"
    )
    got = measures_of(tmp_path, text, "article.md")
    assert [m.heading for m in got] == ["走进合肥市政务服务中心"]


def test_emphasis_is_stripped_from_a_numbered_heading(tmp_path: Path) -> None:
    text = (
        "优化营商环境典型案例\n**1.大同市：推行“一业一证”**\n大同市行政审批局整合许可证。\n"
        "**2.晋中市：“双随机、一公开”监管**\n晋中市市场监管局建立联合抽查机制。\n"
    )
    got = measures_of(tmp_path, text, "cases.md")
    assert [m.heading for m in got] == ["大同市:推行“一业一证”", "晋中市:“双随机、一公开”监管"]
    assert quote(got[0]).startswith("大同市：推行“一业一证”")


def test_ordinal_items_keep_the_full_stop_of_a_sentence_but_not_of_a_phrase(
    tmp_path: Path,
) -> None:
    """``一是推行X，做到Y。`` is the item's first sentence, as written with its 。;
    ``一是推进X。`` is a one-phrase run-in heading, without it."""
    text = (
        "某县优化营商环境工作情况\n"
        "一是推行“拿地即开工”，跑出项目加速度。某县自然资源局对重点项目并联审批，审批时间压缩40%。"
        "\n"
        "二是深化“证照分离”改革。某县市场监管局推行告知承诺，办理时间压缩至1个工作日。\n"
        "三是打造“企业之家”，让服务更有温度。某县工商联组建服务专班，解决诉求120件。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("推行“拿地即开工”，跑出项目加速度。"),
        normalise("深化“证照分离”改革"),
        normalise("打造“企业之家”，让服务更有温度。"),
    ]


def test_a_closing_paragraph_after_one_line_items_is_not_the_last_item(tmp_path: Path) -> None:
    text = (
        "关于推广第三批营商环境创新做法的通知\n各市人民政府：\n现将有关做法印发给你们。\n"
        "1.甲市推行“证照联办”，企业开办时间压缩至半天。\n"
        "2.乙市建立“企业服务日”制度，累计解决诉求800余件。\n"
        "3.丙市推行“信用承诺”审批，审批提速45%。\n"
        "各地要结合实际学习借鉴，推广中的问题请及时报告。\n"
    )
    got = measures_of(tmp_path, text)
    assert quote(got[-1]).endswith("审批提速45%。")


def test_a_facet_section_of_a_report_ends_the_item_above_it(tmp_path: Path) -> None:
    """二、取得成效 is a section of the report, not a facet inside its (五) item."""
    text = (
        "某市2025年优化营商环境工作总结\n一、主要做法\n"
        "（一）甲区：推行“一窗通办”，提升办事效率。甲区政务服务中心设综合窗口，办件2.1万件。\n"
        "（二）乙县：建设“企业之家”，服务产业集群。乙县商务局设服务中心，办理业务9000件。\n"
        "（三）丙区：推行“信用+”监管，减少检查。丙区检查次数同比下降30%。\n"
        "二、取得成效\n全市新登记经营主体8.2万户，同比增长7%。\n"
    )
    got = measures_of(tmp_path, text)
    assert len(got) == 3
    assert quote(got[-1]).endswith("下降30%。")


def test_a_box_beside_the_story_ends_the_last_case(tmp_path: Path) -> None:
    text = (
        "三城优化营商环境见闻\n"
        "济南市：审批“秒批”\n济南市政务服务中心推出秒批事项120项，办理时间压缩到5分钟。\n"
        "青岛市：诉求“快办”\n青岛市营商环境服务中心设立诉求平台，受理诉求4200件。\n"
        "烟台市：服务“上门”\n烟台市税务局组建上门服务队，为企业解决涉税问题1300个。\n"
        "延伸阅读\n何为营商环境\n营商环境是指市场主体在经营活动中面对的体制机制因素。\n"
    )
    got = measures_of(tmp_path, text)
    assert len(got) == 3
    assert quote(got[-1]).endswith("涉税问题1300个。")


def test_an_interview_gives_one_case_per_answered_question(tmp_path: Path) -> None:
    text = (
        "让审批再快一点——访某市行政审批局局长张华\n"
        "【编者按】围绕企业关心的问题，本报记者专访了某市行政审批局局长张华。\n"
        "问：某市在企业开办方面有哪些新做法？\n"
        "答：我们推行“一窗通办”，企业开办时间压缩至半天。\n"
        "问：项目审批慢的问题怎么解决？\n"
        "答：我们推行“拿地即开工”，今年已有30个项目落地。\n"
        "我们还建立了帮办代办机制。\n"
        "问：下一步有什么打算？\n"
        "答：今年将新推出15个“一件事”集成服务。\n"
        "问：谢谢您接受采访。\n"
        "（本报记者 李青）\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("某市在企业开办方面有哪些新做法？"),
        normalise("项目审批慢的问题怎么解决？"),
        normalise("下一步有什么打算？"),
    ]
    assert [m.status for m in got] == ["implemented", "implemented", "planned"]
    assert quote(got[1]).endswith("帮办代办机制。")
    assert quote(got[2]).endswith("集成服务。")  # the closing question is no part of it


def test_a_press_conference_gives_one_case_per_speakers_answer(tmp_path: Path) -> None:
    """A transcript with each label alone on its line: every speaker's answer is a case,
    headed by its first sentence past its courtesies (感谢大家。); the host's words and the
    questions are none, and an answer on what comes next is planned."""
    text = (
        "某省人民政府新闻办公室新闻发布会\n"
        "主持人（省政府新闻办副主任 周强）：\n"
        "欢迎各位。今天请到三个市的负责同志介绍情况。\n"
        "钱进：\n"
        "感谢大家。甲市推行“拿地即开工”，今年已有40个项目落地。\n"
        "主持人：\n"
        "下面请孙梅女士介绍。\n"
        "孙梅：\n"
        "乙市在全市推行“证照联办”，办理时间压缩至2天。\n"
        "经济日报记者：\n"
        "请问李伟先生，丙市在纳税服务上有什么做法？\n"
        "李伟：\n"
        "谢谢提问。丙市税务局推行“非接触式”办税，网上可办率达到98%。\n"
        "新华社记者：\n"
        "请问钱进先生，下一步有什么打算？\n"
        "钱进：\n"
        "下一步，甲市将推出10个“一件事”集成服务。\n"
        "主持人：\n"
        "发布会到此结束。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("甲市推行“拿地即开工”，今年已有40个项目落地。"),
        normalise("乙市在全市推行“证照联办”，办理时间压缩至2天。"),
        normalise("丙市税务局推行“非接触式”办税，网上可办率达到98%。"),
        normalise("下一步，甲市将推出10个“一件事”集成服务。"),
    ]
    assert quote(got[2]).startswith("谢谢提问。")  # the turn's text, from its first words
    assert quote(got[2]).endswith("达到98%。")  # up to the next reporter's label
    assert [m.status for m in got] == ["implemented"] * 3 + ["planned"]


def test_a_press_conference_with_bracketed_labels(tmp_path: Path) -> None:
    """A transcript that sets each label in brackets alone on its line (【主持人】,
    【甘肃日报记者】, 【马丽·艾山】): as with 主持人：, every speaker's answer is a case and the
    host's words are none."""
    text = (
        "甘肃省人民政府新闻办公室新闻发布会（文字实录）\n"
        "【主持人】\n欢迎各位。今天请到两位负责同志介绍情况。\n"
        "【甘肃日报记者】\n请问兰州市在项目审批上有什么做法？\n"
        "【王建国】\n兰州市推行“拿地即开工”，今年已有40个项目落地。\n"
        "【每日甘肃网记者】\n请问临夏州在企业开办上有哪些举措？\n"
        "【马丽·艾山】\n临夏州推行企业开办“一日办结”，开办时间压缩至1天。\n"
        "【新华社记者】\n请问天水市在纳税服务上有什么做法？\n"
        "【李伟】\n天水市税务局推行“非接触式”办税，网上可办率达到98%。\n"
        "【主持人】\n发布会到此结束。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("兰州市推行“拿地即开工”，今年已有40个项目落地。"),
        normalise("临夏州推行企业开办“一日办结”，开办时间压缩至1天。"),
        normalise("天水市税务局推行“非接触式”办税，网上可办率达到98%。"),
    ]
    assert quote(got[-1]).endswith("达到98%。")  # not the host's closing words


def test_a_press_conference_with_marked_labels_and_the_provinces_overview(
    tmp_path: Path,
) -> None:
    """Labels alone on their lines after a bullet mark, with no colon, the answering speaker
    named in brackets after their role (■主持人（…）, ■记者（江西日报）, ■发布人（廖建中）): a
    transcript. Where most answers open with a city's practice, past the courtesies and the
    problem taken on (谢谢您的提问。针对…的问题，乙市推出…), those are the cases; the
    province official's overview of the year's figures and his answer on what comes next
    are none."""
    text = (
        "某省人民政府新闻办公室新闻发布会速记\n"
        "■主持人（省政府新闻办副主任　周强）\n"
        "女士们、先生们，大家下午好！今天请到省发展改革委和三个市的负责同志。\n"
        "■发布人（钱进）\n"
        "谢谢主持人。2025年，全省新登记经营主体68.4万户，同比增长7.2%。"
        "去年以来共征集各地改革案例176个。\n"
        "■记者（江西日报）\n"
        "抚州去年推出的平台反响很好，请问是怎么做的？\n"
        "■发布人（孙梅）\n"
        "抚州市依托“抚企通”平台，把企业诉求从“多头找”变成“一口收”，办结率达99.1%。\n"
        "■记者（中国新闻社）\n"
        "请问景德镇在服务小微企业方面有什么新举措？\n"
        "■发布人（李伟）\n"
        "谢谢您的提问。针对陶瓷小微企业“开办繁、融资难”的问题，景德镇市推出“陶瓷产业一件事”"
        "集成服务，开办时间压缩至1个工作日。\n"
        "■记者（人民网）\n"
        "吉安在工程建设项目审批方面有哪些探索？\n"
        "■发布人（吴刚）\n"
        "吉安市在全市推行“承诺+预审”审批模式，项目开工时间平均提前73天。\n"
        "■记者（江西广播电视台）\n"
        "请问下一步如何推广这些经验？\n"
        "■发布人（钱进）\n"
        "谢谢您的提问。我们将把这些做法纳入第三批复制推广清单，年内再遴选20个改革案例。\n"
        "■主持人（省政府新闻办副主任　周强）\n"
        "今天的发布会到此结束。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:5] for m in got] == ["抚州市依托", "针对陶瓷小", "吉安市在全"]
    assert quote(got[-1]).rstrip().endswith("提前73天。")  # up to the next reporter's label


def test_a_radio_reports_script_gives_a_case_per_report_between_the_hosts_lead_ins(
    tmp_path: Path,
) -> None:
    """A radio programme's script (【主持人】, 【记者】, 【录音】（role　name）, 【记者连线】):
    the host's lead-ins are none; each report after one, the reporter's words with the sound
    bites in them, is one case, titled by its first sentence past a courtesy (主持人好。); a
    sound bite after a lead-in that tells no place (an expert's) is none."""
    text = (
        "高效办成一件事｜各地这样做\n"
        "【主持人】\n听众朋友，早上好。今天关注各地的做法。\n"
        "【记者】\n沧州市行政审批局推行企业迁移登记“一件事”，迁移办理压缩至3个工作日。\n"
        "【录音】（企业财务人员　刘女士）\n以前要跑好几趟，这次一次就办完了。\n"
        "【主持人】\n项目建成后，验收能不能快一点？\n"
        "【记者连线】\n主持人好。衡阳市住房和城乡建设局推行联合验收，验收时间缩短至5个工作日。\n"
        "【主持人】\n部门协同是关键。\n"
        "【录音】（大学教授　李明远）\n下一步，要把“一件事”向更多事项拓展。\n"
        "【主持人】\n感谢收听。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:6] for m in got] == ["沧州市行政审", "衡阳市住房和"]
    assert quote(got[0]).rstrip().endswith("一次就办完了。")  # the sound bite is the report's


def test_a_tv_scripts_caption_strip_recaps_its_reports(tmp_path: Path) -> None:
    """A TV news script (【导语】, 【解说】, 【同期声】) on two counties, closed by the city's
    plans (据了解，下一步，我市将…) and a caption strip (【字幕条】 1.甲县：… 2.乙县：…): the
    numbered captions only recap the reports above them, so the reports are the cases, and
    the last ends before the plans."""
    text = (
        "某市广播电视台　新闻播出稿\n"
        "标题：甲县、乙县：找准“小切口”\n"
        "【导语】\n今年以来，我市深入实施营商环境优化提升行动，新登记经营主体2.16万户。\n"
        "【解说】\n今年以来，隆回县在全市率先推行食品小作坊“证照联办”，办理时限压缩80%。\n"
        "【同期声】（字幕：隆回县行政审批服务局局长　罗建华）\n现在我们一次就能办好两个证。\n"
        "【解说】\n在湘桂边界的城步苗族自治县，乡村民宿正成为群众增收的新路子。"
        "城步推行“民宿开办一件事”，一次申报、联合踏勘。\n"
        "【同期声】（字幕：城步苗族自治县民宿经营者　蓝海燕）\n一个星期不到就拿证了。\n"
        "【解说】\n据了解，下一步，我市将在总结隆回、城步等地经验的基础上推广“一件事”改革。\n"
        "（某市广播电视台记者　曾梓涵　报道）\n"
        "【字幕条】\n"
        "1.隆回：食品小作坊“证照联办”　办理时限压缩80%\n"
        "2.城步：“民宿开办一件事”　一次申报　联合踏勘\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:6] for m in got] == ["今年以来,隆", "在湘桂边界的"]
    assert quote(got[-1]).rstrip().endswith("拿证了。")  # not the city's plans


def test_a_live_text_of_a_press_conference_with_statements_before_the_questions(
    tmp_path: Path,
) -> None:
    """A government site's live text (图文直播): a time line before each turn, labels in
    brackets with the speaker's role (【沈阳市人民政府副市长 赵明】), a named host who opens
    and closes, each speaker's statement before any question is asked: every statement is a
    case (the province's from 在省级层面，我们把…), titled past its courtesies (谢谢主持人。);
    the page's header and the host's words are none."""
    text = (
        "【图文直播】辽宁省营商环境进展情况新闻发布会\n"
        "时间：2026年3月26日10:00\n地点：省政府新闻发布厅\n"
        "10:00\n【省政府新闻办副主任 刘畅】\n大家上午好！今天请来省营商环境建设局和两市负责同志。\n"
        "10:02\n【省营商环境建设局副局长 李志远】\n谢谢主持人。全省实有经营主体突破520万户。\n"
        "在省级层面，我们把“高效办成一件事”作为“当头炮”，上线重点事项26个，办件量达86万件。\n"
        "10:12\n【沈阳市人民政府副市长 赵明】\n"
        "谢谢主持人。沈阳市推行“拿地即开工”，项目开工时间平均提前4个月。\n"
        "10:20\n【鞍山市台安县县长 高峰】\n谢谢主持人。台安县组建“项目管家”团队，服务项目86个。\n"
        "10:40\n【辽宁日报记者】\n请问李局长，在信用修复方面有哪些举措？\n"
        "10:41\n【省营商环境建设局副局长 李志远】\n"
        "谢谢您的提问。锦州市推出信用修复“一件事”，办理时间压缩至2个工作日。\n"
        "10:46\n【中央广播电视总台记者】\n请问赵副市长，沈阳还有哪些做法？\n"
        "10:47\n【沈阳市人民政府副市长 赵明】\n谢谢您的提问。沈阳市推行“一企一证”，发证3200张。\n"
        "10:52\n【省政府新闻办副主任 刘畅】\n今天的发布会就到这里，谢谢大家！\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:5] for m in got] == [
        "我们把“高",
        "沈阳市推行",
        "台安县组建",
        "锦州市推出",
        "沈阳市推行",
    ]


def test_a_press_conference_with_answers_run_on_from_their_labels(tmp_path: Path) -> None:
    """Labels before the words on the same line, a speaker's role in brackets: each answer
    to a turn that asks is a case from its first words; a facet's label (主要做法：) answers
    no turn that asks, so is no speaker."""
    text = (
        "新闻发布会文字实录\n"
        "主持人：请甲市介绍。\n"
        "赵敏（甲市副市长）：甲市推行“一窗通办”。主要做法：设立综合窗口，办件时间压缩60%。\n"
        "人民日报记者：乙县有何做法？\n"
        "吴刚（乙县县长）：乙县建立“企业之家”，解决诉求300件。\n"
        "新华社记者：丙区呢？\n"
        "丙区区长 郑洁：丙区推行“交地即交证”。\n"
        "主要做法：区自然资源局前移登记服务。\n"
        "主持人：发布会到此结束。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("甲市推行“一窗通办”。"),
        normalise("乙县建立“企业之家”，解决诉求300件。"),
        normalise("丙区推行“交地即交证”。"),
    ]
    assert quote(got[0]).startswith("甲市推行")  # past the label and the role
    assert quote(got[1]).endswith("300件。")  # up to the next reporter's label


def test_a_notice_of_first_second_items_with_circled_points(tmp_path: Path) -> None:
    """第一，… 第二，… items, each headed by a practice (not a place) and told in ①②③ points:
    the ordinal is the case, its points are its body, the issuer below is none."""
    text = (
        "关于推广优化营商环境典型做法的通知\n"
        "各市州人民政府：\n"
        "现将有关做法印发给你们，请结合实际学习借鉴。\n"
        "第一，推行“一照多址”改革。岳阳市市场监督管理局对增设经营场所实行备案管理。\n"
        "①取消登记前置条件；②推行线上备案。今年已有1200家企业办理备案。\n"
        "第二，推行“联合报装”。益阳市住房和城乡建设局会同供水企业实行一窗受理。\n"
        "①统一申请表；②同步踏勘。报装时间由12个工作日压缩至4个工作日。\n"
        "第三，创新“信易贷”服务。永州市发展和改革委员会搭建融资平台。\n"
        "①归集信用信息；②推动银行开发产品。累计发放贷款30亿元。\n"
        "某省人民政府办公厅\n"
        "2026年3月1日\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["第一", "第二", "第三"]
    assert got[0].heading == normalise("推行“一照多址”改革")
    assert quote(got[1]).endswith("压缩至4个工作日。")
    assert quote(got[2]).endswith("发放贷款30亿元。")  # not the issuer


def test_a_markdown_table_of_cases_gives_one_case_per_row(tmp_path: Path) -> None:
    """A report's | 地区 | 做法 | 成效 | table: each row under the rule is a case from pipe to
    pipe, headed by its practice cell's first sentence; the analysis below is none."""
    text = (
        "某省营商环境研究报告\n"
        "一、各地做法\n"
        "| 地区 | 主要做法 | 成效 |\n"
        "| --- | --- | --- |\n"
        "| 甲市 | 推行“一窗通办”。市政务服务中心设立综合窗口 | 办理时间压缩60% |\n"
        "| 乙县 | 建立“企业之家”。县工商联牵头受理诉求 | 解决诉求300件 |\n"
        "| 丙区 | 推行“交地即交证” | — |\n"
        "二、比较分析\n"
        "三地做法各有特色，但数据共享仍有差距。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("推行“一窗通办”。"),
        normalise("建立“企业之家”。"),
        normalise("推行“交地即交证”"),
    ]
    assert [quote(m)[0] + quote(m)[-1] for m in got] == ["||"] * 3
    assert quote(got[0]).startswith("| 甲市 |")


def test_a_markdown_tables_section_rows_head_the_rows_below_them(tmp_path: Path) -> None:
    """A notice's annex as a markdown table whose sections are rows of one cell
    (``| 一、投资建设（2项） | | | |``), after a notice whose own points are numbered 一、二、:
    a case per numbered row, in its section; the notice's points are none."""
    text = (
        "某省人民政府办公厅关于推广改革举措的通知\n"
        "各市人民政府：\n"
        "一、高度重视推广工作。各地要结合实际抓好落实。\n"
        "二、强化部门协同。省有关部门要加强指导。\n"
        "附件\n"
        "改革举措推广清单\n"
        "| 序号 | 改革举措 | 主要内容 | 试点城市 |\n"
        "| --- | --- | --- | --- |\n"
        "| 一、市场准入（1项） | | | |\n"
        "| 1 | 企业注销“一件事” | 整合注销登记、清税等事项，办理时间压缩60%。 | 甲市 |\n"
        "| 二、投资建设（2项） | | | |\n"
        "| 2 | 低风险项目“验登合一” | 竣工验收与首次登记合并办理。 | 乙市 |\n"
        "| 3 | 工程建设项目“用地清单制” | 土地出让前统一开展区域评估。 | 丙市 |\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("企业注销“一件事”"),
        normalise("低风险项目“验登合一”"),
        normalise("工程建设项目“用地清单制”"),
    ]
    assert [m.section.stripped for m in got] == [
        normalise("一、市场准入（1项）"),
        normalise("二、投资建设（2项）"),
        normalise("二、投资建设（2项）"),
    ]


def test_a_box_drawn_table_gives_a_case_per_row(tmp_path: Path) -> None:
    """A notice's annex drawn as a box table (┌──┬──┐, │序号│举措名称│主要做法│首创地区│, a
    ├──┼──┤ rule between rows): a case per numbered row, headed by its practice's name and
    placed in its first region's column."""
    text = (
        "国家发展改革委办公厅关于推广可复制改革举措的通知\n"
        "各省、自治区、直辖市发展改革委：现将有关举措印发给你们。\n"
        "附件\n"
        "可复制改革举措清单\n"
        "┌──┬────────┬────────┬────┐\n"
        "│序号│举措名称│主要做法│首创地区│\n"
        "├──┼────────┼────────┼────┤\n"
        "│1│企业登记“智能引导+无感审批”│系统自动比对核验，即时出照。│江苏省无锡市│\n"
        "├──┼────────┼────────┼────┤\n"
        "│2│港口物流“一单制”服务│以“一张提单”贯通海运、铁路运输。│浙江省宁波市北仑区│\n"
        "└──┴────────┴────────┴────┘\n"
        "注：“首创地区”为最早报送该举措的地区。\n"
    )
    facts = facts_of(tmp_path, text)
    assert [f.measure.heading for f in facts.measures] == [
        normalise("企业登记“智能引导+无感审批”"),
        normalise("港口物流“一单制”服务"),
    ]
    assert region_names(facts) == ["无锡市", "北仑区"]


def test_a_summarys_theme_over_a_series_of_practices_gives_a_case_per_item(
    tmp_path: Path,
) -> None:
    """A county's year-end summary: (一)(二) themes that name no practice, each going on in
    its paragraph with 一是…；二是… practices. The items are the cases; the themes, the
    problems' series and the plan's are none. A theme that names its practice (“一件事”)
    keeps its items as steps of one case."""
    text = (
        "丹寨县2025年政务服务工作总结\n"
        "一、2025年工作开展情况\n"
        "(一)聚焦集成改革，推动政务服务提质增效。一是推进“高效办成一件事”，县政务服务中心"
        "设立综合窗口，全年办件1.2万件；二是深化“帮办代办”服务，组建帮办队伍，服务项目56个；"
        "三是推行“容缺受理”，全年容缺办理项目86个。\n"
        "(二)聚焦便民利企，延伸服务触角。一是建设“15分钟政务服务圈”，在14个乡镇推行就近办；"
        "二是推行“企业服务专员”制度，为168家企业配备专员。\n"
        "(三)推行“证照联办”。一是梳理事项清单，明确办理标准；二是优化办理流程，实现一窗受理。\n"
        "二、存在的问题\n"
        "一是部分乡镇人员业务能力有待提高；二是数据共享不够充分。\n"
        "三、2026年工作计划\n"
        "一是扩大“一件事”覆盖面；二是推进服务向园区延伸。\n"
    )
    got = [m for m in measures_of(tmp_path, text) if m.status != "planned"]
    assert [m.heading[:6] for m in got] == [
        normalise(words)
        for words in (
            "推进“高效办",
            "深化“帮办代",
            "推行“容缺受",
            "建设“15分",
            "推行“企业服",
            "推行“证照联",
        )
    ]


def test_a_bulletins_items_close_with_their_reporting_body_in_square_brackets(
    tmp_path: Path,
) -> None:
    """A 信息专报 page: bold headings over one paragraph each, closed by the body that reported
    it (〔神木市委办〕), which heads nothing; a 【相关链接】 box after them that names no
    place is no case."""
    text = (
        "榆林信息专报\n第15期\n\n"
        "**神木市“金融管家”破解民营企业融资难**\n"
        "神木市组建“金融管家”队伍，一季度帮助企业获得贷款12亿元。\n"
        "〔神木市委办〕\n\n"
        "**榆阳区“夜间不打烊”政务服务驿站方便上班族**\n"
        "榆阳区设立“夜间不打烊”驿站，累计办件3200件。\n"
        "〔榆阳区委办〕\n\n"
        "**米脂县“拿地即开工”推动项目早落地**\n"
        "米脂县推行“拿地即开工”，项目开工时间平均提前3个月。\n"
        "〔米脂县委办〕\n\n"
        "**【相关链接】全市“突破年”活动一季度进展**\n"
        "一季度，全市共梳理突破事项236项，已完成68项。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == ["神木市", "榆阳区", "米脂县"]
    assert all(m.view.rstrip().endswith("委办〕") for m in got)


def test_a_features_editors_note_data_box_and_analysts_box_are_no_cases(tmp_path: Path) -> None:
    """A business paper's feature: 【编者按】 over its note, a 【数据】 box of ● figures whose
    last line sits right over the first sample's heading, two 样本N｜place：… samples and an
    【分析师观点】 box. The samples are the cases, each placed by the place after its label,
    though the two lie in different provinces."""
    text = (
        "陆路口岸“提速战”：东兴、满洲里的通关新解法\n\n"
        "【编者按】\n跨境贸易便利化是营商环境评价的重要指标。本报记者走访两地口岸。\n\n"
        "随着贸易往来日益紧密，陆路口岸的通关效率备受关注，多地探索改革。\n\n"
        "【数据】\n"
        "● 2025年，我国陆路口岸进出口货运量同比增长8.7%\n"
        "● 全国边境陆路口岸共有100余个\n"
        "● 广西2025年外贸进出口总额7890亿元\n"
        "样本一｜东兴：水果车“跑”出加速度\n"
        "东兴市联合东兴海关推行“提前申报”，进口水果货车平均通关时间压缩至2小时。\n\n"
        "样本二｜满洲里：中欧班列“不停站”\n"
        "满洲里市与满洲里海关推行“一次申报、分批验放”，班列停留时间缩短40%。\n\n"
        "【分析师观点】\n某证券首席分析师认为，口岸改革的下一步在于数据互认。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("样本一｜东兴：水果车“跑”出加速度"),
        normalise("样本二｜满洲里：中欧班列“不停站”"),
    ]


def test_a_series_opening_note_is_no_case(tmp_path: Path) -> None:
    """【开栏的话】 under the column's 【天府观察】 label opens a newspaper series with the
    editors' note, no heading of a case; the scene and the province's figures after it lead
    into the stories under the city headings, the cases."""
    text = (
        "四川日报　第05版：天府观察\n\n【天府观察】\n\n"
        "两座城市的“企业体验官”\n\n□本报记者　唐　霜\n\n"
        "　　【开栏的话】\n"
        "　　营商环境好不好，企业最有发言权。即日起，本报推出“营商环境看市州”栏目，敬请关注。\n\n"
        "　　3月的一个清晨，温州客商郑海峰拖着行李箱直奔高铁站，要在绵阳和达州之间选址。\n\n"
        "　　四川省经济和信息化厅数据显示，2025年全省新增规模以上工业企业1860户。\n\n"
        "　　绵阳　让“知产”变“资产”\n\n"
        "　　2025年，绵阳市市场监督管理局推出知识产权质押融资“入园惠企”行动，登记金额38.6亿元。\n\n"
        "　　达州　用气报装“零上门”\n\n"
        "　　达州市住房和城乡建设局推行用气报装“零上门”，报装时间压缩至5个工作日。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:2] for m in got] == ["绵阳", "达州"]


def test_themes_under_a_heading_over_many_places_hold_one_case_per_place(
    tmp_path: Path,
) -> None:
    """A 政协 report: 二、区县主要做法及成效 speaks of many places for the themes under it
    (（一）在审批提速上做“减法”: a figure of speech, no practice's name), and each theme holds
    two paragraphs led by counties of their own: one case per paragraph, not per theme."""
    counties = {
        "减法": (
            "碧江区推行低风险项目“一次申请、一次踏勘”。",
            "万山区推出“企业全生命周期一件事”套餐服务。",
        ),
        "加法": ("松桃苗族自治县建立“政银担”风险分担机制。", "江口县推出文旅企业“一业一证”改革。"),
        "乘法": ("玉屏侗族自治县建立“企业服务专员”制度。", "石阡县推行涉企检查“扫码入企”。"),
    }
    body = "".join(
        f"（{n}）在{what}上做“{figure}”\n\n"
        + "".join(
            f"{lead}县里相关部门牵头，全年办理业务1200件，办理时间压缩60%。\n\n" for lead in pair
        )
        for n, what, (figure, pair) in zip(
            "一二三", ("审批提速", "要素保障", "服务企业"), counties.items(), strict=True
        )
    )
    text = (
        "关于我市区县优化营商环境工作情况的专题调研报告\n\n"
        "按照市政协年度协商工作计划，市政协经济委员会组成调研组，先后赴各区县实地调研并赴黔东南州学习考察，"
        "召开座谈会12场。现将有关情况报告如下。\n\n"
        "一、基本情况\n\n近年来，全市经营主体总量达38.6万户。\n\n"
        f"二、区县主要做法及成效\n\n{body}"
        "三、存在的问题\n\n一是区县之间发展不平衡；二是部分惠企政策兑现慢。\n"
    )
    got = [m.heading[:3] for m in measures_of(tmp_path, text)]
    assert got == ["碧江区", "万山区", "松桃苗", "江口县", "玉屏侗", "石阡县"]
    [report] = (Path(__file__).parent / "data" / "probes99").glob("03_*.txt")
    got = [m.heading[:3] for m in segment(read_document(report))]  # a blind set's such report
    assert got[:6] == ["碧江区", "万山区", "松桃苗", "玉屏侗", "江口县", "调研组"]


def test_a_closing_list_naming_the_cases_again_is_no_case(tmp_path: Path) -> None:
    """A notice tells its cases in full, then its 附件 lists their names again, each with the
    body that sent it in (1.游艇登记“一站式”服务…（三亚市交通运输局）): the list tells no case.
    A 【问题与建议】 box is a report's problems, no case either."""
    text = (
        "关于通报2025年度优化营商环境优秀案例的通报\n\n"
        "各市、县人民政府：经评审，评选出优秀案例3个。现通报如下。\n\n"
        "一、优秀案例\n\n"
        "优秀案例一：游艇登记“一站式”服务提升国际游艇消费便利度（三亚市交通运输局报送）\n\n"
        "三亚市交通运输局联合三亚海事局设立游艇登记“一站式”服务窗口，将13个事项集中办理。"
        "2025年，游艇登记办理时间由15个工作日压缩至3个工作日。\n\n"
        "优秀案例二：“一码办”打通不动产登记与水电气网联动过户（儋州市人民政府报送）\n\n"
        "儋州市资规局联合市不动产登记中心推行“一码办”，过户时间压缩至1个工作日。\n\n"
        "优秀案例三：“保税油直供”降低国际船舶加注成本（洋浦经济开发区管委会报送）\n\n"
        "洋浦经济开发区管委会联合洋浦海关创新保税油“直供+监管”模式，加注成本下降12%。\n\n"
        "【问题与建议】\n\n部分市县案例总结提炼不够，建议加强指导。\n\n"
        "二、有关要求\n\n各地要认真学习借鉴。\n\n"
        "附件\n\n优秀案例名单\n"
        "1.游艇登记“一站式”服务提升国际游艇消费便利度（三亚市交通运输局）\n"
        "2.“一码办”打通不动产登记与水电气网联动过户（儋州市人民政府）\n"
        "3.“保税油直供”降低国际船舶加注成本（洋浦经济开发区管委会）\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == ["三亚市", "儋州市", "洋浦经"]
    [notice] = (Path(__file__).parent / "data" / "probes99").glob("08_*.txt")  # a blind set's
    assert [m.heading[:3] for m in segment(read_document(notice))] == [
        "三亚市",
        "吉阳区",
        "三亚崖",
        "儋州市",
        "洋浦经",
    ]


def test_a_county_naming_its_own_practice_after_its_citys_section_is_a_case() -> None:
    """Two blind sets' reports (a city's annual summary, a province's survey of two cities):
    a section names no place and its first paragraph is led by a city; a later paragraph
    led by a county or zone inside it that names a practice of its own (吉安高新技术产业开发区
    管委会推行…“厂房代建+定制服务”; 集安市则…开设“参企服务专区”) is that place's case. The
    city's own later paragraphs go on with the section (吉安's 一、 keeps its 如井冈山市…
    example, which no place leads)."""
    data = Path(__file__).parent / "data"
    [summary] = (data / "probes95").glob("08_*.txt")
    [survey] = (data / "probes92").glob("02_*.txt")
    headings = [m.heading[:4] for m in segment(read_document(summary))]
    assert headings[:6] == ["推行“庐", "深化“拿", "吉安高新", "创新“庐", "永丰县联", "规范涉企"]
    headings = [m.heading[:4] for m in segment(read_document(survey))]
    assert headings[1:3] == ["医药企业", "集安市则"]


def test_what_an_inspection_found_wrong_is_no_case(tmp_path: Path) -> None:
    """A 督查通报 praises some places and criticises others in paragraphs of the same form:
    what an inspection found (督查发现，…存在“体外循环”现象) and an unnamed body criticised
    (某区…窗口形同虚设) are problems, no cases."""
    text = (
        "关于全省优化营商环境专项督查情况的通报\n\n"
        "一、政务服务方面\n\n"
        "四平市推行“无证明城市”建设，全年减少证明材料1.2万份。\n\n"
        "督查发现，白城市镇赉县政务服务中心部分窗口存在“体外循环”现象。\n\n"
        "通化市某区政务服务大厅“帮办代办”窗口形同虚设，暗访时无人值守。\n\n"
        "二、要素保障方面\n\n"
        "延吉市推行“标准地+承诺制”，项目开工时间平均提前4个月。\n\n"
        "督查发现，辽源市部分工业园区存在“批而未供”土地问题。\n\n"
        "三、涉企执法方面\n\n"
        "长春新区推行涉企检查“扫码入企”，检查次数下降38%。\n\n"
        "延边州某县涉企检查备案率不足50%。\n"
    )
    got = [m.heading[:3] for m in measures_of(tmp_path, text)]
    assert got == ["四平市", "延吉市", "长春新"]


def test_a_speeches_directives_are_no_cases(tmp_path: Path) -> None:
    """A vice-governor's speech: its first part praises cities by name (cases); its tasks are
    numbered directives (（一）要在提升政务服务效能上下功夫。要深化…), no cases."""
    text = (
        "在全省营商环境建设推进大会上的讲话\n\n"
        "一、充分肯定2025年全省营商环境建设取得的成效\n\n"
        "大连市推行“交地即交证”，全年86个项目受益。\n\n"
        "鞍山市推行“标准地+承诺制”，项目开工时间提前4个月。\n\n"
        "二、清醒认识存在的差距和不足\n\n"
        "一些地方政策兑现仍然偏慢。\n\n"
        "三、聚焦重点任务，推动营商环境建设取得新突破\n\n"
        "（一）要在提升政务服务效能上下功夫。要深化“高效办成一件事”改革，年内新增重点事项15个。\n"
        "（二）要在强化要素保障上下功夫。要推广鞍山“标准地+承诺制”经验。\n"
        "（三）要在规范涉企执法上下功夫。要全面落实“首违不罚”清单。\n"
    )
    assert [m.heading[:3] for m in measures_of(tmp_path, text)] == ["大连市", "鞍山市"]


def test_facets_under_a_headline_naming_one_practice_are_one_case(tmp_path: Path) -> None:
    """A county paper's feature whose headline names the one practice it tells (福建省尤溪县
    推行工业项目全周期服务见闻) over 【…】 headings naming no practice verb: the practice's
    facets, one case. A county's material whose headings each name a practice of their own
    (一、…推行园区项目“全程代办”) tells several."""
    facets = (
        "中国县域经济报　2026年3月26日　第3版\n\n本版编辑：林雅琴　　美编：陈晨\n\n"
        "尤溪：项目落地“一路绿灯”\n——福建省尤溪县推行工业项目全周期服务见闻\n\n"
        "□本报记者　郑文彬\n\n"
        "　　尤溪县地处福建省中部，是金属新材料和竹木加工产业基地。\n\n"
        "　　【签约即服务】\n\n"
        "　　尤溪县推行“签约即服务”机制，对签约项目建立“一个项目、一个专班”包联服务。\n\n"
        "　　【拿地即开工】\n\n"
        "　　尤溪县自然资源局推行“带方案出让”，项目拿地当天即取得四证。\n\n"
        "　　【竣工即投产】\n\n"
        "　　尤溪县推行联合验收，竣工验收时间由30天缩短至7天。\n"
    )
    [case] = measures_of(tmp_path, facets)
    assert case.heading == normalise("尤溪：项目落地“一路绿灯”")
    several = (
        facets.replace("【签约即服务】", "【推行“签约即服务”】")
        .replace("【拿地即开工】", "【推出“带方案出让”】")
        .replace("【竣工即投产】", "【实行联合验收】")
    )
    assert len(measures_of(tmp_path, several, name="several.txt")) == 3


def test_a_meetings_programme_and_a_visits_headline_are_no_cases(tmp_path: Path) -> None:
    """A news item on a meeting: the places' exchange speeches are cases; what the
    participants did before it (会前，与会人员现场观摩了…) is its programme. A bulletin's visit
    headline (省能源局到公司调研“获得电力”工作) is news of a visit."""
    text = (
        "全省工程建设项目审批制度改革推进会在常德召开\n\n"
        "会上，株洲市、常德市、浏阳市作交流发言。\n\n"
        "株洲市介绍了推行“拿地即开工”的做法，全年96个项目拿地即开工。\n\n"
        "常德市介绍了推行“联合验收”的做法，验收时间压缩至7个工作日。\n\n"
        "会前，与会人员现场观摩了常德经济技术开发区“拿地即开工”项目。\n\n"
        "省能源局到公司调研“获得电力”工作\n\n"
        "3月5日，省能源局有关负责人到公司调研，听取工作汇报。\n"
    )
    assert [m.heading[:3] for m in measures_of(tmp_path, text)] == ["株洲市", "常德市"]
    data = Path(__file__).parent / "data" / "probes100"  # a blind set's news item and bulletin
    headings = [
        m.heading for f in sorted(data.glob("0[47]_*.txt")) for m in segment(read_document(f))
    ]
    assert not [h for h in headings if h.startswith(("会前", "省能源局到公司调研"))]


def test_an_aside_that_others_spread_a_practice_is_no_case(tmp_path: Path) -> None:
    """A feature's closing aside that other places spread or explore a practice (另据了解，临沂市
    已在沂南、平邑等县推广…) is news in passing; an aside telling a place's own practice (另悉，
    合作区经济发展局…推行…) is a case."""
    text = (
        "花生贷让种植户不再愁\n\n"
        "　　莒南县推出“花生贷”，以花生订单作为增信依据，累计放款3.2亿元。\n\n"
        "　　另据了解，河南省驻马店市已在正阳、泌阳等县推广“花生贷”经验。\n\n"
        "　　另悉，横琴粤澳深度合作区经济发展局今年3月起推行惠企政策“免申即享”，兑现资金1.2亿元。\n"
    )
    assert [m.heading[:4] for m in measures_of(tmp_path, text)] == ["莒南县推", "另悉,横"]


@pytest.mark.parametrize(
    "plan",
    ["据悉，莒南县下一步计划将“花生贷”扩大到全县。", "据悉，山东省计划2026年在全省推广这一做法。"],
)
def test_a_closing_aside_on_what_a_place_plans_is_no_case(tmp_path: Path, plan: str) -> None:
    """A closing aside on what a place plans (据悉，前海下一步计划将…; 据悉，江西省计划2026年在
    全省推广…) is a plan in passing, no case."""
    text = (
        "花生贷让种植户不再愁\n\n"
        "　　莒南县推出“花生贷”，以花生订单作为增信依据，累计放款3.2亿元。\n\n"
        "　　沂南县推行“金融辅导员”制度，为200家小微企业对接融资。\n\n"
        f"　　{plan}\n"
    )
    assert [m.heading[:3] for m in measures_of(tmp_path, text)] == ["莒南县", "沂南县"]


def test_headings_over_what_comes_next_or_what_is_asked_are_no_cases(tmp_path: Path) -> None:
    """A saved page's ## 下一步工作 and a feature's closing heading that asks for more
    (营商环境还需在“常态长效”上下功夫) head no case; the places' sections above them are the cases
    and end there."""
    text = (
        "# 湖北多地推进“高效办成一件事”\n\n"
        "今年以来，各地围绕企业和群众关切，推出一批“一件事”集成服务。\n\n"
        "## 随州市：水电气网联合报装“一件事”\n\n"
        "随州市推行水电气网联合报装，办理时间压缩至3个工作日。\n\n"
        "## 仙桃市：出口退税“一件事”快退直达\n\n"
        "仙桃市推行出口退税“一件事”，平均退税时间缩短至2个工作日。\n\n"
        "## 武汉经济技术开发区：区域评估成果“拿来即用”\n\n"
        "武汉经济技术开发区推行区域评估，为企业节省评估费用1200万元。\n\n"
        "## 营商环境还需在“常态长效”上下功夫\n\n"
        "专家认为，各地应把“一件事”改革从点上突破转向面上推开。\n\n"
        "## 下一步工作\n\n"
        "湖北省政务管理办公室将推动更多“一件事”在全省落地。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == ["随州市", "仙桃市", "武汉经"]
    assert quote(got[-1]).endswith("1200万元。")


def test_markdown_headings_right_under_the_title_head_cases(tmp_path: Path) -> None:
    """A saved Markdown page whose ## headings follow its # title with no lead paragraph: the
    first ## heading heads a case as the others do, not the page's kicker."""
    text = (
        "# 湖北多地推进“高效办成一件事”\n\n"
        "## 随州市：水电气网联合报装“一件事”\n\n"
        "随州市推行水电气网联合报装，办理时间压缩至3个工作日。\n\n"
        "## 仙桃市：出口退税“一件事”快退直达\n\n"
        "仙桃市推行出口退税“一件事”，平均退税时间缩短至2个工作日。\n"
    )
    got = measures_of(tmp_path, text, "page.md")
    assert [m.heading[:3] for m in got] == ["随州市", "仙桃市"]


def test_an_items_place_line_keeps_its_later_paragraph_in_it(tmp_path: Path) -> None:
    """An item whose place stands in brackets on the line under its title (（日喀则市吉隆县）)
    and whose first paragraph opens on a site in the province (吉隆口岸是西藏…): a later
    paragraph led by that place (吉隆县还在口岸设立…) goes on with the item."""
    text = (
        "西藏自治区优化营商环境典型经验做法\n"
        "（一）园区事园区办　企业办事不出园\n（拉萨市堆龙德庆区）\n"
        "堆龙德庆区在工业园区设立政务服务分中心，2025年办理涉企事项5830件。\n"
        "（二）口岸通关“提前申报、抵港直装”\n（日喀则市吉隆县）\n"
        "吉隆口岸是西藏面向南亚开放的重要陆路口岸。吉隆县会同吉隆海关推行“提前申报、抵港直装”模式。\n"
        "吉隆县还在口岸设立“一站式”通关服务中心，出口货物通关时间由18.5小时压缩至3.2小时。\n"
        "（三）文旅项目审批“多评合一”\n（林芝市）\n"
        "林芝市对文旅项目推行“多评合一、联合审图”，审批时间压缩至20个工作日。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["(一)", "(二)", "(三)"]
    assert quote(got[1]).endswith("压缩至3.2小时。")


def test_an_item_number_before_a_hotlines_number(tmp_path: Path) -> None:
    """3．12345热线“企业诉求直通车” is item 3 on the hotline's number, not the decimal 3.12345:
    items 3 and 4 are cases of their own."""
    items = [
        "工程建设项目“联合验收”\n市住房和城乡建设局推行联合验收，验收时间压缩至5个工作日。",
        "用水报装“零跑动”\n市水务局推行用水报装“零跑动”，办理时间压缩至2个工作日。",
        "12345热线“企业诉求直通车”\n市营商环境建设局开设“企业诉求直通车”专席，受理企业诉求4120件。",
        "涉企轻微违法行为“首违不罚”\n市综合行政执法局对680起首次轻微违法行为依法不予处罚。",
    ]
    text = "三亚市复制推广优化营商环境改革举措清单\n" + "".join(
        f"{n}．{item}\n" for n, item in enumerate(items, 1)
    )
    assert [m.label for m in measures_of(tmp_path, text)] == ["1", "2", "3", "4"]


def test_a_reports_study_item_and_a_search_pages_lines_are_no_cases(tmp_path: Path) -> None:
    """A director's report: its item on political study (坚持把学习贯彻…作为首要任务。) is no
    practice; its practices are. A site search page's own lines (为您找到相关结果约…,
    您是不是要找：…, < 上一页 … 下一页 >) are furniture."""
    report = (
        "晋城市营商办主任2025年度述职报告\n\n一、履职情况\n\n"
        "（一）坚持把学习贯彻习近平新时代中国特色社会主义思想作为首要任务。全年组织学习24次。\n"
        "（二）推行“高效办成一件事”。晋城市营商办牵头梳理重点事项32项，办理时间压缩60%。\n"
        "（三）推行“免申即享”。晋城市兑现惠企资金2.3亿元，惠及企业1860户。\n"
        "（四）开展营商环境“体检”。晋城市对11个市直部门进行专项评估。\n"
    )
    got = [m.heading[:4] for m in measures_of(tmp_path, report)]
    assert got == ["推行“高", "推行“免", "开展营商"]
    page = (
        "四川省人民政府　站内搜索\n为您找到相关结果约1,286个，用时0.21秒\n"
        "您是不是要找：营商环境典型案例\n\n"
        "康定市推行“藏汉双语帮办”　群众办事更顺畅\n2026-03-02\n"
        "康定市政务服务中心推行“藏汉双语帮办”，全年服务群众2.1万人次。\n\n"
        "< 上一页 1 2 3 4 5 … 129 下一页 >\n"
    )
    assert [m.heading[:3] for m in measures_of(tmp_path, page, name="page.txt")] == ["康定市"]


def test_items_naming_practices_of_their_own_under_a_place_heading_are_cases() -> None:
    """A blind set's 汇编 of a city's county materials: under 宜州区：三项举措…, items that each
    open with a practice verb and quote a practice of their own (一、推出“蚕茧贷”…) are the
    county's cases, placed by the heading as their section; under 罗城…：“企业服务专员”…,
    items naming none (一、建立专员队伍。) are one practice's facets, one case."""
    [compilation] = (Path(__file__).parent / "data" / "probes111").glob("05_*.txt")
    got = segment(read_document(compilation))
    assert [m.heading[:4] for m in got][:4] == ["推出“蚕", "推行茧丝", "建设茧丝", "罗城仫佬"]
    assert got[0].section is not None and got[0].section.stripped.startswith("宜州区")


def test_a_posts_sides_its_lead_lists_in_one_quote_are_one_case(tmp_path: Path) -> None:
    """A county's post: its lead lists the practice's sides in one quote (提供“全程帮办、上门
    代办、跟踪问效”服务) and the sections open with them (全程帮办：…): one case, though the
    page's dateline names the province. The photo placeholders (图片 alone on a line), their
    captions and the repost's 原标题 line are furniture."""
    text = (
        "澎湃新闻 > 澎湃号 > 政务\n\n“畲乡小二”跑在前　企业办事不用愁\n\n"
        "景宁发布\n2026-05-09 18:26　浙江\n\n"
        "　　这是景宁打造“畲乡小二”帮办代办服务品牌的一个场景。景宁畲族自治县组建42名帮办员，"
        "为企业提供“全程帮办、上门代办、跟踪问效”服务。\n\n"
        "图片\n“畲乡小二”在车间现场指导企业准备许可材料。通讯员 蓝晓燕 摄\n\n"
        "全程帮办：一个项目一个“小二”\n"
        "　　对新落地的工业项目，“畲乡小二”实行“一对一”结对，全程代跑审批环节。\n\n"
        "上门代办：把窗口“搬”到企业和村里\n"
        "　　景宁在每个乡镇设立“畲乡小二”服务点，38个高频事项在家门口即可办理。\n\n"
        "跟踪问效：问题不解决不“销号”\n"
        "　　企业诉求统一录入平台，实行闭环管理，累计办理6380件次。\n\n"
        "原标题：《“畲乡小二”跑在前　企业办事不用愁》\n"
    )
    [case] = measures_of(tmp_path, text)
    assert case.heading == normalise("“畲乡小二”跑在前　企业办事不用愁")


def test_a_scene_set_elsewhere_made_an_instance_of_a_places_practice_is_the_hook(
    tmp_path: Path,
) -> None:
    """A portal's article: a scene in an industrial park of the city, then 这是麻章区推行…的
    一个缩影 and the district's practice told in run-in parts: the scene is the hook, the
    article one case of the district; so it is when the scene is set in the district itself."""
    text = (
        "湛江市人民政府门户网站\n首页 | 政务公开 | 政务服务\n"
        "麻章区推行工业项目“五证同发”　助力项目拿地即开工\n"
        "3月12日上午，位于湛江临港产业园的一家新材料企业在完成土地出让手续当天，"
        "一次性领取了不动产权证书和施工许可证等五本证书。\n"
        "这是麻章区推行工业项目“五证同发”改革的一个缩影。\n"
        "前移服务关口。麻章区成立工业项目审批专班，提前介入项目设计方案审查。\n"
        "强化数据共享。麻章区打通不动产登记、规划许可和施工许可业务系统，企业只需提交一套材料。\n"
        "改革推行以来，麻章区已有14个工业项目实现“五证同发”，时间由45天压缩至1天。\n"
    )
    [case] = measures_of(tmp_path, text)
    assert case.heading == normalise("麻章区推行工业项目“五证同发”　助力项目拿地即开工")
    at_home = text.replace("位于湛江临港产业园的", "在麻章区政务服务中心，")
    assert [m.heading for m in measures_of(tmp_path, at_home, name="home.txt")] == [case.heading]


def test_numbered_stages_of_one_places_reform_told_in_the_lead_are_one_case(
    tmp_path: Path,
) -> None:
    """A feature whose lead tells one city's reform in stages (三年三步走; 从“…”到“…”再到“…”)
    over 一、二、三 headings that name no place: the stages of that reform, one case. The same
    headings over stories other places open are several cases."""
    stages = (
        "聊城：水电气暖信报装从“跑多家”到“零跑腿”\n"
        "——联合报装改革三年三步走\n\n"
        "在聊城，一项持续三年的联合报装改革，让企业“接入难”成了过去时。\n\n"
        "一、一窗受理，告别“多头跑”\n\n"
        "2023年，聊城市行政审批服务局设立“联合报装专窗”，申请材料由23份精简为6份。\n\n"
        "二、一次开挖，破解“马路拉链”\n\n"
        "专窗解决了“进多个门”，外线工程又推行“一次开挖”，开挖次数减少七成。\n\n"
        "三、数据跑腿，迈向“零材料”\n\n"
        "2025年，聊城市大数据局打通数据，报装实现“零材料”。\n"
    )
    assert len(measures_of(tmp_path, stages)) == 1
    places = stages.replace("2023年，聊城市", "临沂市").replace("2025年，聊城市", "济宁市")
    got = measures_of(tmp_path, places, name="places.txt")
    assert [m.heading[:2] for m in got] == ["一窗", "一次", "数据"]


def test_an_epaper_front_page_whose_cases_open_by_introducing_their_county(
    tmp_path: Path,
) -> None:
    """A provincial daily's front page saved with its masthead lines (大众日报　…　第01版：要闻),
    a 今日导读 list, a ═══ rule and the next page's masthead: the two counties told in full,
    each paragraph opening with its short form (寿光是…, 沂水县是…), are the cases; the lead,
    the list of winners and the page furniture are none."""
    text = (
        "大众日报　2026年1月22日　星期四　第01版：要闻\n\n"
        "我省发布十大创新案例\n\n"
        "本报济南1月21日讯　今天，山东省发布2025年度优化营商环境十大创新案例。\n\n"
        "此次入选的十大案例分别是：济南市历城区“项目管家”，青岛市崂山区“一码通”等。\n\n"
        "寿光是全国重要的蔬菜基地。寿光市推行“菜企服务专员”制度，为企业解决诉求260件。\n\n"
        "沂水县是农业大县。沂水县推行“活体抵押贷”，累计放贷5.2亿元。\n\n"
        "今日导读\n"
        "●全省经济工作会议精神宣讲活动启动（第二版）\n"
        "●冬春农田水利建设进展顺利（第四版）\n\n"
        "══════════════════════════════\n\n"
        "大众日报　2026年1月22日　星期四　第02版：要闻\n\n"
        "记者注意到，入选案例覆盖了全省10个市。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == ["寿光是", "沂水县"]


def test_a_red_and_black_lists_black_items_are_no_cases(tmp_path: Path) -> None:
    """A 红黑榜 notice: the red list's items are cases, the black list's failings (三、黑榜:
    （一）…超出承诺时限…) and the requirements after them are not."""
    text = (
        "关于2026年第一季度优化营商环境“红黑榜”的通报\n"
        "一、总体情况\n一季度，全市各部门围绕“高效办成一件事”推出一批举措。\n"
        "二、红榜\n"
        "【兴庆区】商圈服务驿站让个体户“一站办齐”\n兴庆区商务局设立2个“商圈服务驿站”，办件2140件。\n"
        "【金凤区】“楼宇服务专员”驻楼解难题\n金凤区在42栋楼宇推行“楼宇服务专员”制度，解决诉求310件。\n"
        "【西夏区】工业项目“拿地即开工”\n西夏区推行“拿地即开工”，9个重点项目提前投产。\n"
        "三、黑榜\n"
        "（一）永宁县自然资源局办理1宗不动产登记超出承诺时限8个工作日。\n"
        "（二）金凤区某街道要求企业重复提交营业执照复印件。\n"
        "（三）灵武市某部门对一起企业诉求件未经核实即作办结处理。\n"
        "四、有关要求\n"
        "（一）各县（市）区要对照红榜做法学习借鉴。\n（二）黑榜涉及单位要深刻剖析原因。\n"
        "（三）市营商办将持续开展季度评估。\n"
    )
    got = measures_of(tmp_path, text)
    assert len(got) == 3
    assert all("黑榜" not in m.view and "永宁县" not in m.view for m in got)


def test_a_bulletins_data_and_policy_columns_are_no_cases(tmp_path: Path) -> None:
    """A prefecture's 简报 in columns: the counties' items under 【县市经验】 are the cases; its
    【数据速览】 of figures and 【政策速递】 of a document issued are none."""
    text = (
        "甘南州民营经济发展简报\n2026年第3期（总第27期）\n\n"
        "【县市经验】\n\n"
        "合作市“商户之家”为个体工商户解难题\n合作市市场监督管理局设立“商户之家”，解决诉求320件。\n\n"
        "夏河县“链长+行长”助企融资\n夏河县推行“链长+行长”机制，为企业融资2.1亿元。\n\n"
        "临潭县涉企执法“观察期”\n临潭县司法局推行涉企执法“观察期”，免罚企业46家。\n\n"
        "【数据速览】\n2025年，全州实有民营经营主体14.2万户，同比增长5.8%。\n\n"
        "【政策速递】\n州政府办公室印发《关于做好惠企政策直达快享工作的通知》。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == ["合作市", "夏河县", "临潭县"]
    assert all("14.2万户" not in m.view and "印发" not in m.view for m in got)


def test_a_reports_overview_section_holds_no_stories(tmp_path: Path) -> None:
    """A port office's report: 一、总体情况 gives the city's size and its customs' figures in
    paragraphs led by places; they are no stories. The ports' numbered items are the cases."""
    text = (
        "黑河市人民政府口岸办公室关于2025年度口岸通关便利化工作情况\n"
        "一、总体情况\n"
        "黑河市是我国对俄开放的重要窗口，对俄边境线长358公里。\n"
        "据哈尔滨海关统计，全市进口整体通关时间较2024年压缩13.1%。\n"
        "二、各口岸主要做法\n"
        "1.黑河公路口岸\n黑河海关推行“提前申报”，货车通关时间压缩至1小时。\n"
        "2.黑河边境经济合作区\n合作区管委会推进边民互市贸易落地加工，交易额增长21%。\n"
        "3.逊克口岸\n逊克县推行“两步申报”，报关时间缩短40%。\n"
        "三、存在的问题\n口岸基础设施仍较薄弱。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == ["黑河公路口岸", "黑河边境经济合作区", "逊克口岸"]


def test_a_theme_over_its_counties_stories_gives_a_case_per_county(tmp_path: Path) -> None:
    """A prefecture's report: 二、推动县市特色改革 (a theme speaking of its counties) over a lead
    and two paragraphs each led by a county: each county's paragraph is a case; the other
    sections, the prefecture's own, stay one case each."""
    text = (
        "玉树州优化营商环境工作经验交流材料\n"
        "一、坚持系统集成，打造“玉树速办”品牌\n"
        "我们把“高效办成一件事”作为改革总抓手，全州办件时间压缩40%。\n"
        "二、坚持以点带面，推动县市特色改革\n"
        "州委、州政府鼓励各县市结合产业特点先行先试。\n"
        "称多县聚焦虫草交易季节性强的问题，建立“企业用工服务专班”，服务企业86家。\n"
        "囊谦县针对光伏项目审批环节多的问题，推行“并联审批”，审批时间缩短至20天。\n"
        "三、坚持法治保障，构建多元化解体系\n"
        "玉树州中级人民法院联合州司法局设立商事调解中心，调解纠纷126件。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:4] for m in got] == ["坚持系统", "称多县聚", "囊谦县针", "坚持法治"]


def test_a_features_titled_data_box_and_background_box_are_no_cases(tmp_path: Path) -> None:
    """A magazine's feature: a 【财新数据】 box with its own title, · figures and their source
    line, then a 【小资料】 box of a place's size: none is a case, only the city's story."""
    text = (
        "扫码入企：一座城市的“减法”\n\n"
        "一座城市的“减法”\n"
        "淄博市司法局推行涉企检查“扫码入企”，全年检查次数下降41%，企业满意度达98%。\n\n"
        "【财新数据】\n涉企行政检查，几组数字\n"
        "· 2025年，全国各级行政执法机关开展涉企行政检查约1.2亿次\n"
        "· 全国已有26个省份上线涉企检查监管平台\n"
        "· 受访企业中，27.4%认为检查过多过频\n"
        "数据来源：司法部、全国工商联，财新整理\n\n"
        "【小资料】\n淄博：位于山东省中部，总面积5965平方公里。\n\n"
        "一位学者指出，扫码入企的关键在于数据共享，而非多一道程序。\n"
    )
    got = measures_of(tmp_path, text)
    assert len(got) == 1 and got[0].heading.startswith("淄博市司法局")
    assert "26个省份" not in got[0].view and "5965" not in got[0].view


def test_a_news_items_agency_tag_leaves_its_bracketed_subheadings_headings(
    tmp_path: Path,
) -> None:
    """A paper's report opened by 【本报消息】 (a tag over its words, but only one) with two
    bracketed subheadings (【商事登记“跨境办”】): each subheading heads a case."""
    text = (
        "澳门日报电子版\n\n合作区两招便利澳企落户\n\n"
        "【本报消息】横琴粤澳深度合作区执委会昨日举行发布会，介绍两项便利澳企的措施。\n\n"
        "【商事登记“跨境办”】\n"
        "合作区商事服务局推行“澳门投资者跨境办”，累计办理登记1860宗，平均用时1天。\n\n"
        "【工程建设“澳门标准”】\n"
        "合作区城市规划和建设局推行“澳门标准”备案，已有126家澳门企业备案执业。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("【商事登记“跨境办”】"),
        normalise("【工程建设“澳门标准”】"),
    ]


def test_an_audits_good_practice_told_after_many_places_is_its_case(tmp_path: Path) -> None:
    """An audit report: 一、基本情况和审计评价 says some places found good ways (部分地方…
    好的做法。) and tells one (澧县推行…): that county's story is the case; the findings, advice
    and follow-up sections hold none."""
    text = (
        "益阳市2025年度优化营商环境政策措施落实情况跟踪审计结果\n"
        "一、基本情况和审计评价\n"
        "2025年，全市各级各部门认真贯彻落实优化营商环境政策措施，取得积极成效。\n"
        "审计发现，部分地方在政策落实中探索形成了一些好的做法。安化县推行保证金“电子保函替代”"
        "机制，县财政局建立保证金统一管理平台，全年为312家企业替代保证金2.36亿元。\n"
        "二、审计发现的主要问题\n"
        "（一）惠企政策落实不到位。部分奖补资金兑付不及时。\n"
        "（二）涉企收费不规范。1家单位违规收取保证金。\n"
        "（三）拖欠中小企业账款问题仍然存在。2个区拖欠账款未清偿。\n"
        "三、审计建议\n（一）加快惠企资金兑付。\n（二）清理规范涉企收费。\n"
        "（三）建立拖欠账款清偿长效机制。\n"
        "四、审计发现问题的整改情况\n对审计发现的问题，有关单位认真进行整改。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == ["安化县"]


def test_an_exchange_compilations_materials_told_in_facets_are_a_case_each(
    tmp_path: Path,
) -> None:
    """A 经验交流材料汇编: `材料一：place title` labels, each told in 一、背景情况 二、主要做法
    (（一）…（二）…) 三、取得成效 四、经验启示: one case per material, over all its facets."""
    text = (
        "青海省优化营商环境经验交流材料汇编\n编印说明：本汇编收录三地经验材料。\n"
        "材料一：格尔木市　打造“盐湖速办”服务品牌\n"
        "一、背景情况\n格尔木市是盐湖化工产业集聚地。\n"
        "二、主要做法\n（一）推行“一窗受理”。市政务服务中心设立综合窗口。\n"
        "（二）推广“容缺办理”。对非关键材料实行容缺。\n（三）建设项目服务平台。上线项目库。\n"
        "三、取得成效\n2025年，项目审批时间压缩45%。\n四、经验启示\n服务要在“联”字上下功夫。\n"
        "材料二：德令哈市　推行“高原暖心办”\n"
        "一、背景情况\n德令哈市地广人稀。\n"
        "二、主要做法\n（一）建立帮办代办队伍。\n（二）开通流动政务服务车。\n（三）推行“跨区县通办”。\n"
        "三、取得成效\n全市设立帮办代办窗口86个。\n四、经验启示\n服务要向基层延伸。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == ["格尔木", "德令哈"]
    assert "45%" in got[0].view and "86个" in got[1].view


def test_a_bilingual_pages_case_labels_head_its_cases(tmp_path: Path) -> None:
    """A zone's bilingual page: `Case 1｜“一站式服务”（One-Stop Service）…` labels a case as
    `案例一：` does, titled by the words after the bar."""
    text = (
        "黑河片区营商环境创新实践（Innovation Practices）\n"
        "【片区概况（Overview）】\n片区实施范围20平方公里。\n"
        "Case 1｜“一站式服务”（One-Stop Service）破解对俄企业办事难\n"
        "片区设立对俄企业服务中心，2025年办理业务9860件。\n"
        "Case 2｜“互贸商品落地加工”（Border Trade Processing）拓展边民增收渠道\n"
        "片区商务局推行互市商品落地加工，加工量达23.6万吨。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:7] for m in got] == ["“一站式服务”", "“互贸商品落地"]


def test_a_box_of_what_people_say_and_its_attributions_are_no_cases(tmp_path: Path) -> None:
    """A page's ■侨商说 box: quotes, each over its attribution line (——旅美侨商林国平): none is a
    case or a heading; the two counties' subheaded stories are the cases."""
    text = (
        "侨乡新貌：两地为侨商办实事\n"
        "本报记者　李明\n"
        "海外侨胞回乡投资兴业，最盼的是办事方便。记者近日走访浙江、广东两地侨乡。\n"
        "（上）“侨事”跨洋办\n"
        "浙江省温州市文成县推行“侨事通办”，海外侨胞通过视频即可办理公证、社保等事项。"
        "全年为海外侨胞办理事项3200件，平均办理时间由15天缩短至3天。\n"
        "（下）“侨资”有保障\n"
        "广东省江门市台山市设立侨资企业服务中心，由市商务局牵头为侨资企业提供全程代办。"
        "2025年协调解决侨资企业诉求186件，新增侨资项目42个。\n"
        "■侨商说\n“在国外也能办国内的事，省了来回机票钱。”\n——荷兰侨商、青田籍企业家叶志远\n"
        "“家乡的服务越来越贴心，我们投资更有信心。”\n——旅美侨商林国平\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("（上）“侨事”跨洋办"),
        normalise("（下）“侨资”有保障"),
    ]


def test_a_spreadsheet_saved_as_comma_separated_text_gives_one_case_per_row(
    tmp_path: Path,
) -> None:
    """A summary sheet copied as CSV: a title row padded with commas, a header of column
    names, rows whose description is quoted where it holds ASCII commas (1,286) or doubled
    quotes, an empty 省份 cell under a merged one, a description quoted over two lines: a
    case per row, titled by its practice cell, placed by the narrowest of its place cells."""
    text = (
        "2025年各地优化营商环境典型经验做法汇总表,,,,\n"
        "序号,省份,地市,经验做法名称,简要说明\n"
        '1,重庆市,渝北区,“渝悦·营商”服务专员制度,"渝北区配备服务专员1,286名,解决诉求3,412件"\n'
        "2,,永川区,企业开办“一日办”,永川区推行企业开办“一日办”，开办时间压缩至1天\n"
        '3,广西壮族自治区,崇左市,边境贸易“跨境通”,"凭祥市在友谊关口岸推行“跨境通”,\n'
        '通关时间由2小时压缩至15分钟"\n'
        '4,海南省,省本级,"""码上办""企业服务",海南省大数据管理局推出“码上办”企业服务\n'
        "合计：4项,,,,\n"
    )
    facts = facts_of(tmp_path, text, "sheet.txt")
    assert [f.measure.label for f in facts.measures] == ["1", "2", "3", "4"]
    assert [f.measure.heading[:6] for f in facts.measures] == [
        normalise(h) for h in ("“渝悦·营商", "企业开办“一", "边境贸易“跨", '""码上办"')
    ]
    regions = region_names(facts)
    assert regions == ["渝北区", "永川区", "凭祥市", "海南省"]
    assert quote(facts.measures[2].measure).endswith('15分钟"')


def test_a_tab_separated_row_placed_by_the_first_of_the_places_it_lists(tmp_path: Path) -> None:
    """A promotion list copied with tabs, its practice before its places: a row whose 地市
    cell lists two cities is the first's; the practice's name between the number and the
    places does not stop them."""
    text = (
        "试点改革复制推广清单\n"
        "序号\t经验做法名称\t省份\t地市\t简要说明\n"
        "1\t知识产权质押融资“入园惠企”\t安徽省\t合肥市、芜湖市\t两市知识产权局进园区开展对接。\n"
        "2\t“标准地”出让\t浙江省\t湖州市\t湖州市推行工业用地“标准地”出让。\n"
        "3\t用电报装“三零”服务\t河北省\t石家庄市\t国网石家庄供电公司推行“三零”服务。\n"
    )
    facts = facts_of(tmp_path, text, "list.txt")
    assert region_names(facts) == ["合肥市", "湖州市", "石家庄市"]


def test_a_tab_separated_list_with_section_rows_and_its_places_last(tmp_path: Path) -> None:
    """A ministry's list copied from a Word table: section rows between the numbered ones
    (``一、市场准入（2项）`` with its other cells empty, the trailing tabs gone), the practice
    named in a 改革事项 column before its description, the pilot city in the last column (two
    cities: the first; a district in brackets: the district). A row per case, titled by its
    name; a section row ends the row above it."""
    text = (
        "营商环境创新试点可复制推广改革举措清单\n"
        "序号\t改革事项\t主要做法\t试点城市\n"
        "一、市场准入和退出（2项）\t\t\t\n"
        "1\t经营主体歇业“一件事”联办\t打通市场监管、税务等部门系统，办理时间压缩至2天。"
        "\t杭州市、宁波市\n"
        "2\t外商投资企业登记“跨境办”\t设立跨境登记服务点，远程办理登记1260件。\t广州市（南沙区）\n"
        "二、跨境贸易（1项）\t\t\t\n"
        "3\t中欧班列“一单制”数字提单\t银行凭数字提单开展质押融资，累计融资12.4亿元。\t重庆市\n"
    )
    facts = facts_of(tmp_path, text, "list.txt")
    measures = [f.measure for f in facts.measures]
    assert [m.heading[:4] for m in measures] == ["经营主体", "外商投资", "中欧班列"]
    assert region_names(facts) == ["杭州市", "南沙区", "重庆市"]
    assert "二、跨境贸易" not in quote(measures[1])


def test_a_reports_boxes_are_its_cases(tmp_path: Path) -> None:
    """A national report's chapter tells its cases in boxes between its own analysis: each
    ``专栏N-M`` box is a case, ending before its source line ((资料来源：…)); its heading line
    is no wrap of the paragraph above; a box over several places is a case per numbered item;
    the analysis after a box is none."""
    text = (
        "第三章　政务服务效能持续提升\n"
        "　　各地拓展特色“一件事”，改革正向企业全生命周期延伸（见专栏3-1）。\n"
        "专栏3-1　浙江省：推动“一件事”向企业全生命周期延伸\n"
        "　　浙江省数据局上线28个特色“一件事”，办件量达到486万件。\n"
        "（资料来源：浙江省发展改革委）\n"
        "　　从评估情况看，部分地区仍存在数据共享不充分等问题。\n"
        "专栏3-2　部分地区推行惠企政策“免申即享”\n"
        "　　1.江苏省苏州市：苏州市发展改革委推行“免申即享”，惠及企业2.1万家。\n"
        "　　2.宁夏回族自治区银川市：银川市审批服务管理局推行政策“直达快享”。\n"
        "（资料来源：江苏省、宁夏回族自治区发展改革委）\n"
        "专栏3-3　湖北省十堰市竹山县：“流动政务服务车”进山入企\n"
        "　　竹山县政务服务和大数据管理局开通流动服务车，全年服务企业1200家次。\n"
        "（资料来源：湖北省发展改革委）\n"
        "　　但也要看到，基层政务服务能力仍不均衡。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["专栏3-1", "1", "2", "专栏3-3"]
    assert [quote(m)[-6:] for m in got] == ["486万件。", "2.1万家。", "直达快享”。", "200家次。"]


def test_a_reports_examples_in_brackets_and_after_many_places(tmp_path: Path) -> None:
    """A 人大 inspection report sums each result up in one paragraph and cites places as
    examples, in brackets (…积极探索（如兰州新区推行…；天水市麦积区…）) or after what many
    places did (各地…。例如，酒泉市推行…): the examples are the cases; a city's paragraph that
    illustrates its own work by one district (全市推行…。例如，七里河区…) stays the city's."""
    text = (
        "关于检查《甘肃省优化营商环境条例》实施情况的报告\n"
        "一、条例实施的主要成效\n"
        "（一）市场准入更加便利。全省企业开办时间压缩至1个工作日。各地积极探索（如兰州新区推行"
        "“一业一证”改革，办理时限压缩78%；天水市麦积区设立“个转企”服务专区，帮助312户个体工商户"
        "转型为企业），企业办事更加便捷。\n"
        "（二）要素保障更加有力。各地创新要素保障方式。例如，酒泉市推行“拿地即开工”，34个项目"
        "实现“拿地即开工”。\n"
        "（三）政务服务更加高效。兰州市全面推行“一网通办”。例如，七里河区设立“办不成事”窗口，"
        "解决诉求300件。\n"
        "二、存在的主要问题\n"
        "（一）部分政策落实不够到位。一些地方惠企政策兑现周期长。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:4] for m in got] == [
        normalise(h) for h in ("兰州新区", "天水市麦", "酒泉市推", "政务服务")
    ]


def test_an_evaluation_reports_highlights_are_its_cases(tmp_path: Path) -> None:
    """A third-party evaluation report gives each city a section of scores, highlights and
    shortcomings (亮点1（开办企业）：… 短板：…), then a section of county highlights as
    numbered one-sentence items: each highlight is a case, ending before the shortcomings,
    placed by its own words (not by the indicator in its label); a city with shortcomings
    only has none."""
    text = (
        "2025年度云南省营商环境评价报告\n"
        "二、各州（市）评价结果与亮点\n"
        "（一）昆明市\n综合得分88.72分，排名第1。\n"
        "亮点1（开办企业）：昆明市市场监管局推行企业开办“全程网办”，开办时间压缩至0.5天。\n"
        "亮点2（获得用水用气）：五华区推行水电气“一件事”联合报装，接入时间压缩至3个工作日。\n"
        "短板：执行合同指标得分低于全省平均水平。\n"
        "（二）玉溪市\n综合得分86.15分，排名第2。\n"
        "亮点（获得信贷）：玉溪市推行“信易贷+产业链”融资模式，发放信用贷款46.3亿元。\n"
        "短板：部分县用水报装仍需现场提交材料。\n"
        "（三）昭通市\n综合得分74.05分，排名第15。\n短板：开办企业指标得分低于全省平均。\n"
        "三、县域营商环境评价亮点\n"
        "1.安宁市：安宁市推行工业园区“企业服务管家”制度，协调解决企业诉求930件。\n"
        "2.弥勒市：弥勒市人民法院设立“商会调解工作室”，调解涉企纠纷312件。\n"
    )
    facts = facts_of(tmp_path, text, "report.txt")
    assert [f.measure.label for f in facts.measures] == ["亮点1", "亮点2", "亮点", "1", "2"]
    assert region_names(facts) == [
        "昆明市",
        "五华区",
        "玉溪市",
        "安宁市",
        "弥勒市",
    ]
    assert quote(facts.measures[1].measure).endswith("3个工作日。")


def test_a_ministrys_plan_in_its_answers_is_no_case(tmp_path: Path) -> None:
    """A ministry's spokesman cites places' practices, then answers what the ministry will do
    next (下一步，总局将…一是…二是…): a text that speaks for no place, so those plan items,
    naming none, are its own programme, not planned cases; a city's plan stays planned."""
    ministry = (
        "市场监管总局有关司局负责人就第二批典型经验做法答记者问\n"
        "一、问：《经验做法》有哪些亮点？\n"
        "答：总的看，第二批做法有两个突出特点。\n"
        "一是更加注重集成改革。比如，上海市浦东新区推行“一业一证”改革，覆盖43个行业。\n"
        "二是更加注重数字赋能。比如，浙江省湖州市市场监管局建设“湖企信”平台，归集数据1.2亿条。\n"
        "二、问：下一步，总局将如何推动《经验做法》落地见效？\n"
        "答：下一步，总局将从三个方面推动。一是加强宣传解读，推动各地学习借鉴。"
        "二是强化跟踪评估，将复制推广情况纳入评价。\n"
    )
    got = measures_of(tmp_path, ministry)
    assert len(got) == 2
    assert "浦东新区" in quote(got[0]) and "湖州市" in quote(got[1])
    assert not any("一是" in quote(m) for m in got)
    city = (
        "西安市市场监管局2025年工作总结\n一、主要工作\n"
        "一是推行企业开办“一件事”，开办时间压缩至0.5个工作日。\n"
        "二是推行“综合查一次”，减少入企检查1200户次。\n"
        "二、下一步工作打算\n（一）深化“高效办成一件事”改革。\n（二）推进信用修复“一网通办”。\n"
    )
    got = measures_of(tmp_path, city, "city.txt")
    assert [m.status for m in got] == ["implemented", "implemented", "planned", "planned"]


def test_a_two_level_annex_whose_places_head_numbered_steps(tmp_path: Path) -> None:
    """A promotion list under indicator headings: each ``（一）place：name`` over numbered
    sub-measures most of which name no place (1.在区政务服务中心设立… 2.2025年共发放…): the
    heading is the case, its numbered lines its steps."""
    text = (
        "附件\n山东省第三批优化营商环境创新举措复制推广清单\n"
        "一、开办企业\n"
        "（一）济南市历下区：企业登记“智能导办+远程帮办”\n"
        "1.历下区行政审批服务局建设企业登记智能导办系统，自动生成申请材料。\n"
        "2.在区政务服务中心设立远程帮办席位，累计提供远程帮办服务1.6万次。\n"
        "（二）潍坊市寿光市：蔬菜产业经营主体“一业一证”\n"
        "1.将蔬菜种苗经营、农药经营等涉及的7张许可证整合为1张综合许可证。\n"
        "2.2025年共发放蔬菜产业综合许可证860张。\n"
        "二、获得信贷\n"
        "（一）中国人民银行山东省分行：“科创积分贷”\n"
        "1.会同省科技厅建立科技型中小企业“科创积分”评价体系。\n"
        "2.引导银行机构对积分达标企业发放信用贷款，累计发放贷款126亿元。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["(一)", "(二)", "(一)"]
    assert quote(got[0]).endswith("1.6万次。") and quote(got[2]).endswith("126亿元。")


def test_a_place_heading_over_two_places_gives_the_second_its_case(tmp_path: Path) -> None:
    """A web page's ``place：phrase`` headings, one over two places (嘉善与吴江：…): the
    paragraph led by the second place (吴江区则把…) is its case; the first keeps the heading."""
    text = (
        "长三角营商环境“比学赶超”\n"
        "闵行：企业开办“零材料”\n在上海市闵行区，企业开办已进入“零材料”时代，新设企业2.86万户。\n"
        "海门：政策“免申即享”\n江苏南通市海门区把惠企政策兑现做成了“不用申请的服务”。\n"
        "嘉善与吴江：跨省“同城”办事\n在示范区，嘉善县行政审批局设立“跨省通办”专窗，办件1.2万件。\n"
        "吴江区则把跨省通办延伸到了不动产登记，办理跨省登记业务1.3万件。\n"
        "滁州：承接产业转移的“店小二”\n安徽滁州市为转移企业配备“项目管家”，服务项目326个。\n"
    )
    got = measures_of(tmp_path, text)
    assert [quote(m)[:4] for m in got] == [
        "闵行：企",
        "海门：政",
        "嘉善与吴",
        "吴江区则",
        "滁州：承",
    ]


def test_place_headings_after_an_epithet_or_listing_two_places(tmp_path: Path) -> None:
    """``place：phrase`` headings where the place follows its epithet (侨乡泉州：…) or two
    places are listed (西安、成都：…, the second told in its own paragraph): each a case."""
    text = (
        "外资企业在华投资便利度持续提升\n"
        "侨乡泉州：侨商投资“一站通”\n泉州市商务局设立“侨商投资服务一站通”窗口，新设侨资企业386家。"
        "\n"
        "两江新区：外企“家门口”办结汇\n两江新区管委会设立“跨境金融服务港”，办理业务1.8万笔。\n"
        "西安、成都：中欧班列“一单到底”\n西安国际港务区推行中欧班列“一单制”，融资12.4亿元。\n"
        "成都则推动“空铁联运、一单到底”，中转时间由3天缩短至1天。\n"
        "前海：外籍人才“两证联办”\n前海推行工作许可和居留许可“两证联办”，办理时间压缩至7天。\n"
    )
    got = measures_of(tmp_path, text)
    assert [quote(m)[:4] for m in got] == [
        "侨乡泉州",
        "两江新区",
        "西安、成",
        "成都则推",
        "前海：外",
    ]


def test_a_line_that_only_names_places_is_no_case(tmp_path: Path) -> None:
    """A notice rewarding places lists some with their practices (北京市海淀区　　推行…) and
    others by name only (天津市，辽宁省大连市，上海市。): a line of names tells no practice."""
    text = (
        "关于对2025年落实有关重大政策措施真抓实干成效明显地方予以督查激励的通报\n"
        "一、优化营商环境工作成效明显的地方\n"
        "北京市海淀区　　推行经营主体登记“智能审批”，即时办结率达到85%。\n"
        "河北省唐山市　　推行工业项目“标准地+承诺制”供地，开工时间压缩至30天。\n"
        "二、稳外贸稳外资工作成效明显的地方\n"
        "天津市，辽宁省大连市，上海市，江苏省苏州市，浙江省宁波市。\n"
        "三、促进民营经济发展成效明显的地方\n"
        "浙江省温州市　　建立“民营企业家恳谈会”制度，解决诉求1260件。\n"
        "安徽省芜湖市　　设立中小企业“首贷服务中心”，发放首贷86亿元。\n"
    )
    got = measures_of(tmp_path, text)
    assert [quote(m)[:4] for m in got] == ["北京市海", "河北省唐", "浙江省温", "安徽省芜"]


def test_two_places_heading_the_practice_they_share_are_its_case(tmp_path: Path) -> None:
    """An annex's bullets run the practice on after its places (◆四平市、辽源市：推行…): two
    places heading the practice they share are no line of names, the bullet is a case."""
    text = (
        "附件：优化营商环境创新举措（第二批）\n"
        "一、登记财产\n"
        "◆四平市、辽源市：推行不动产登记“跨市通办”，全年跨市办理登记业务1860件。\n"
        "◆通化市集安市：推行“交房即交证”，惠及购房群众5400户。\n"
        "◆白城市：依托“吉企银通”平台推行“信易贷”，发放信用贷款12.6亿元。\n"
    )
    got = measures_of(tmp_path, text)
    assert [quote(m)[:3] for m in got] == ["四平市", "通化市", "白城市"]


def test_a_county_bulletin_with_a_guide_and_bracketed_sections(tmp_path: Path) -> None:
    """A county bulletin: its guide (【本期导读】 ◎…) lists the items without their numbers
    (◎县税务局… over 二、县税务局…), the items carry 【经验做法】【工作成效】 facets, and
    【信息速递】 closes the last item: the first item is no line of the guide, and the last
    ends before the news in brief."""
    text = (
        "互助土族自治县优化营商环境工作简报\n第6期\n"
        "【本期导读】\n◎县行政审批服务局推行“一业一证”改革\n◎县税务局打造“税费服务驿站”\n"
        "◎信息速递\n"
        "一、县行政审批服务局推行“一业一证”改革\n"
        "【经验做法】县行政审批服务局将青稞酒生产、销售许可整合为一张综合许可证。\n"
        "【工作成效】发放综合许可证146张，申请材料由21份减至6份。\n"
        "二、县税务局打造“税费服务驿站”\n"
        "【经验做法】县税务局在威远镇设立3个“税费服务驿站”。\n"
        "【工作成效】驿站共办理涉税业务4860笔。\n"
        "三、县人民法院设立“商会调解工作室”\n"
        "【经验做法】县人民法院在县工商联设立“商会调解工作室”。\n"
        "【工作成效】共受理涉企纠纷132件，调解成功97件。\n"
        "【信息速递】\n◇3月28日，县优化营商环境工作领导小组召开一季度工作推进会。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["一", "二", "三"]
    assert quote(got[2]).endswith("调解成功97件。")


def test_a_bureaus_report_tells_its_own_work_and_its_districts_in_one_item(
    tmp_path: Path,
) -> None:
    """A city bureau's annual report: each numbered item tells the bureau's own practice in
    the first person (我局牵头推行…), then its districts' (霍山县推行…): the bureau's story and
    each district's are cases, the bureau's credited to the body that signs the report."""
    text = (
        "六安市市场监督管理局2025年工作总结\n"
        "一、2025年主要工作\n"
        "（一）持续深化商事制度改革。我局牵头推行企业开办“一件事”集成办理，开办时间压缩至0.5个"
        "工作日。霍山县推行“一照多址”备案改革，已惠及连锁企业86家。\n"
        "（二）创新包容审慎监管。我局在全市推行“综合查一次”联合检查机制，全年开展联合检查1260户次。"
        "叶集区推行“信用+风险”分级分类监管，入企检查频次同比下降42%。\n"
        "（三）守牢消费安全底线。全年全市12315平台受理诉求2.1万件。\n"
        "二、2026年工作打算\n（一）深化准入准营改革。在全市推行经营主体歇业备案。\n"
        "六安市市场监督管理局\n2026年1月8日\n"
    )
    facts = facts_of(tmp_path, text, "report.txt")
    stories = [f for f in facts.measures if f.measure.status == "implemented"]
    assert [quote(f.measure)[:4] for f in stories][:4] == [
        "我局牵头",
        "霍山县推",
        "我局在全",
        "叶集区推",
    ]
    assert [f.region.region.name for f in stories][:4] == ["六安市", "霍山县", "六安市", "叶集区"]
    assert "六安市市场监督管理局" in [a.name for a in stories[0].agencies]


def test_a_timeline_gives_one_case_per_month_that_names_a_place(tmp_path: Path) -> None:
    """A year in review, a paragraph per month: an entry led by a place is a case of that one
    paragraph; one led by a national body or a provincial meeting is none."""
    text = (
        "浙江营商环境这一年\n"
        "1月，国务院印发意见，部署优化政务服务。\n"
        "3月，杭州市推行企业开办“一网通办”，开办时间压缩至半天。\n"
        "4月，国家发展改革委召开全国会议，公布评价结果。\n"
        "6月，浙江省市场监督管理局在全省推行“信用修复一件事”，修复3000户。\n"
        "9月，温州市鹿城区推行“证照联办”，办结率达到99%。\n"
        "12月，省委、省政府召开全省大会，提出明年目标。\n"
        "展望新的一年，改革仍有不少难题。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:5] for m in got] == ["3月,杭州", "6月,浙江", "9月,温州"]
    assert quote(got[-1]).endswith("达到99%。")  # not the provincial meeting below it
    stages = text.replace("9月，温州市鹿城区", "9月，浙江省市场监督管理局又")
    assert [m.heading[:5] for m in measures_of(tmp_path, stages)] == ["3月,杭州", "6月,浙江"]
    assert quote(measures_of(tmp_path, stages)[-1]).endswith("达到99%。")  # one case in stages
    months = text.replace("3月，", "三月份，").replace("6月，", "六月中旬，")
    assert [m.heading[:4] for m in measures_of(tmp_path, months)] == [
        "三月份,",
        "六月中旬",
        "9月,温",
    ]


def test_a_column_of_dispatches_gives_one_case_per_dateline(tmp_path: Path) -> None:
    """地方传真: each paragraph opened by a dateline is a case from the dateline, even one led
    by a firm of its place; the caption and the editor's name below the column are none."""
    text = (
        "第5版　地方传真\n"
        "本报合肥3月2日电（记者 甲）合肥市蜀山区推行“一网通办”，办件时间压缩60%。\n"
        "本报讯（记者 乙 通讯员 丙）“现在办证一天就够了。”一位企业主说。六安市推行“证照联办”。\n"
        "本报芜湖3月2日电（记者 丁）芜湖市鸠江区供电公司推出“三零”服务，接电时间缩短至2天。\n"
        "（图片说明）3月1日，在铜陵市政务服务中心，工作人员讲解流程。\n"
        "责任编辑：戊\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:4] for m in got] == ["合肥市蜀", "“现在办", "芜湖市鸠"]
    assert quote(got[0]).startswith("本报合肥")  # from its dateline
    assert quote(got[-1]).endswith("缩短至2天。")  # not the caption below


def _printed(paragraphs: list[str], margin: int = 28, indent: str = "　　") -> str:
    """Paragraphs as a PDF's text gives them: each opened by an indent and hard-wrapped at
    the margin; lines that open with ``|`` are set as they are."""
    out = []
    for para in paragraphs:
        if para.startswith("|"):
            out.append(para[1:])
            continue
        text = indent + para
        out += [text[k : k + margin] for k in range(0, len(text), margin)]
    return "\n".join(out) + "\n"


PDF_NOTICE = _printed(
    [
        "|某省优化营商环境领导小组办公室文件",
        "|",
        "|某省优化营商环境领导小组办公室关于推广第三批营商环境",
        "|创新举措的通知",
        "|",
        "|各市人民政府，省直各有关部门：",
        "经各地申报、专家评审，遴选出第三批创新举措，现印发给你们，请结合实际认真抓好复制"
        "推广工作，切实增强市场主体获得感。",
        "|",
        "|— 1 —",
        "|",
        "一、济南市推行“工业项目拿地即开工”",
        "济南市行政审批服务局对工业项目实行“预审查+承诺制”，在土地出让前完成方案审查，企业"
        "拿地后当天即可领取施工许可证。去年共有46个项目实现“拿地即开工”。",
        "二、烟台市打造“一窗通办”不动产登记",
        "烟台市不动产登记中心联合市税务局推行交易、缴税、登记“一窗受理”，一般登记办理时间"
        "压缩至1个工作日内，抵押登记全程网办。",
        "|",
        "|- 2 -",
        "|",
        "三、潍坊市推行企业诉求“直通车”",
        "潍坊市营商环境服务中心设立企业诉求平台，诉求分派至相关部门限时办理，去年受理企业"
        "诉求5200件，办结率达到97%以上。",
        "|",
        "四、其他创新举措",
        "|",
        "|序号\t地区\t做法\t成效",
        "|1\t淄博市\t推行个体户“智能审批”，登记全程自动办理\t登记时间压缩至20分钟",
        "|2\t日照市\t市税务局推出“办税管家”服务\t涉税诉求办结",
        "|率100%",
        "|",
        "|第3页",
        "|",
        "|3\t临沂市兰山区\t推行企业注销“一网服务”\t全年办理简易注销800户",
        "|",
        "|抄送：省委办公厅。",
    ]
)


def test_a_text_extracted_from_a_pdf_with_an_annex_table(tmp_path: Path) -> None:
    """Hard-wrapped paragraphs, page numbers and a table of cases: a heading is not joined
    to its body, a numbered heading after a page number still opens a case, and each
    numbered row of the table is a case headed by its practice cell."""
    got = measures_of(tmp_path, PDF_NOTICE)
    assert [m.heading for m in got] == [
        normalise(h)
        for h in (
            "济南市推行“工业项目拿地即开工”",
            "烟台市打造“一窗通办”不动产登记",
            "潍坊市推行企业诉求“直通车”",
            "推行个体户“智能审批”，登记全程自动办理",
            "市税务局推出“办税管家”服务",
            "推行企业注销“一网服务”",
        )
    ]
    unwrapped = [quote(m).replace("\n", "") for m in got]
    assert unwrapped[0].endswith("“拿地即开工”。")
    assert unwrapped[2].endswith("办结率达到97%以上。")  # not the table's title or rows
    assert quote(got[3]).startswith("1\t淄博市") and quote(got[3]).endswith("压缩至20分钟")
    assert quote(got[4]).endswith("办结\n率100%")  # a cell wrapped onto the next line
    assert quote(got[-1]).endswith("简易注销800户")
    assert [m.section.stripped if m.section else None for m in got][3:] == [
        normalise("四、其他创新举措")
    ] * 3


def test_page_numbers_are_furniture_and_wrapped_paragraphs_one_line(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(PDF_NOTICE, encoding="utf-8")
    texts = [ln.stripped for ln in content_lines(read_document(path))]
    assert not any(t in texts for t in ("— 1 —", "- 2 -", "第3页"))
    assert any(t.endswith(normalise("抵押登记全程网办。")) and len(t) > 40 for t in texts)
    assert normalise("一、济南市推行“工业项目拿地即开工”") in texts


def test_a_text_with_a_paragraph_a_line_is_not_rewrapped(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(PDF_NOTICE.replace("\n", ""), encoding="utf-8")
    lines = content_lines(read_document(path))
    assert lines and all("\n" not in ln.text for ln in lines)


@pytest.mark.parametrize(
    "closing",
    [
        "下一步，全省将总结推广典型做法，持续打造一流营商环境。",
        "据了解，下一步，全省将总结推广典型做法。",
        "总结一下：各地做法不同，具体请以当地部门的解释为准。",
    ],
)
def test_a_closing_paragraph_for_the_whole_document_is_not_the_last_case(
    tmp_path: Path, closing: str
) -> None:
    text = (
        "某省营商环境创新实践案例\n"
        "（一）甲市推行“交房即交证”\n甲市自然资源局联合税务部门推行交房即交证，惠及群众1.2万户。\n"
        "改革后，购房群众办证时间压缩至1个工作日。\n"
        "（二）乙市建立“企业服务专员”制度\n乙市为重点企业配备服务专员，解决诉求600件。\n"
        "服务专员每月走访企业，收集意见建议。\n"
        "（三）丙县推行“信用+审批”\n丙县行政审批局推行信用承诺审批，办理事项900件。\n"
        "守信企业可享受容缺受理，审批提速40%。\n"
        f"{closing}\n"
    )
    got = measures_of(tmp_path, text)
    assert len(got) == 3
    assert quote(got[-1]).endswith("审批提速40%。")


def test_a_pdf_text_without_indents_starts_a_case_at_its_label(tmp_path: Path) -> None:
    """Without paragraph indents, a line that fills the margin runs on into the next, but not
    into a case label after a finished sentence."""

    def body(place: str) -> str:  # three full lines, the last ending its sentence
        return (place + "政务服务中心推行一窗受理、集成服务，全年办件2万件，" * 4)[:89] + "。"

    text = _printed(
        [
            "|某市优化营商环境典型做法",
            "一、南山区推行“一窗通办”",
            body("南山区"),
            "二、博罗县建设“企业之家”",
            body("博罗县"),
            "三、福田区推行“信用+”监管",
            body("福田区"),
        ],
        margin=30,
        indent="",
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["一", "二", "三"]
    assert all(quote(m).endswith("。") for m in got)


SERIES_NEWS = (
    "首页 > 新闻中心 > 部门动态\n"
    "荆门市“四个一”打造便利化营商环境\n"
    "发布时间：2025-09-12 10:05　　来源：荆门市发展和改革委员会\n"
    "\n"
    "今年以来，荆门市聚焦企业办事堵点，召开专题会议8次，印发行动方案，明确20项重点任务。"
    "一是推行“一业一证”改革，荆门市行政审批局将便利店、药店等15个行业的多项许可整合为"
    "一张综合许可证，办理时间由20个工作日压缩至5个工作日；"
    "二是建立“首席服务官”制度，荆门市工业和信息化局为重点企业配备服务官300名，"
    "累计解决企业诉求860件；"
    "三是开展“信用+监管”，荆门市市场监督管理局按信用等级确定抽查比例，"
    "对守信企业“无事不扰”，检查次数同比下降32%。\n"
    "“以前办证要跑好几个部门，现在一个窗口就办好了。”一家药店负责人说。\n"
    "据统计，今年1—8月全市新增经营主体1.6万户，同比增长8%。\n"
    "下一步，荆门市将持续深化改革，不断提升企业获得感。\n"
)


@pytest.mark.parametrize(
    ("lead_end", "item_end"),
    [("。", "；"), ("。\n", "；"), ("。", "；\n")],
    ids=["inline", "own-paragraph", "first-inline-then-paragraphs"],
)
def test_a_paragraphs_inline_series_of_practices_gives_a_case_per_item(
    tmp_path: Path, lead_end: str, item_end: str
) -> None:
    """一是…；二是…；三是… inside one paragraph after a lead, opening a paragraph of its own,
    or 一是 inline after the lead and the next items a paragraph each: a case per item, from
    its label up to the next; the lead, the quote, the figures and 下一步 are no item's."""
    text = SERIES_NEWS.replace("重点任务。一是", "重点任务" + lead_end + "一是")
    text = text.replace("；二是", item_end + "二是").replace("；三是", item_end + "三是")
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["一是", "二是", "三是"]
    assert [quote(m)[:4] for m in got] == ["一是推行", "二是建立", "三是开展"]
    assert got[0].heading == normalise(
        "推行“一业一证”改革，荆门市行政审批局将便利店、药店等15个行业的多项许可整合为"
        "一张综合许可证，办理时间由20个工作日压缩至5个工作日；"
    )
    assert quote(got[1]).endswith("诉求860件；")
    assert quote(got[-1]).endswith("同比下降32%。")
    assert got[-1].heading.endswith(normalise("同比下降32%。"))


def test_an_inline_series_of_results_is_one_case(tmp_path: Path) -> None:
    """A series whose items name no practice (results, problems) does not split the text."""
    text = SERIES_NEWS.replace(
        "一是推行“一业一证”改革，荆门市行政审批局", "一是办事效率明显提升，荆门市行政审批局"
    )
    got = measures_of(tmp_path, text)
    assert len(got) == 1


def test_an_item_of_one_sentence_is_its_own_title(tmp_path: Path) -> None:
    """Items opening paragraphs share the rule: an item of one long sentence is its title as
    written; an item of several sentences is headed by its first."""
    text = (
        "某区优化营商环境工作情况\n"
        "一是推行“拿地即开工”，某区自然资源局对重点项目实行预审查和承诺制，"
        "企业取得土地后当天即可领取施工许可证。\n"
        "二是深化“证照分离”改革。某区市场监管局推行告知承诺，办理时间压缩至1个工作日。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise(
            "推行“拿地即开工”，某区自然资源局对重点项目实行预审查和承诺制，"
            "企业取得土地后当天即可领取施工许可证。"
        ),
        normalise("深化“证照分离”改革"),
    ]


def test_extractors_read_a_hard_wrap_as_no_break_and_a_cell_boundary_as_one(
    tmp_path: Path,
) -> None:
    """What the extractors read keeps the original's length (offsets stay exact), but a
    result that runs over a wrapped line is read whole, and a result cell is read apart from
    the practice cell before it."""
    from kg.extract.outcomes import find_outcomes

    text = _printed(
        [
            "|某省营商环境创新举措",
            "一、红河州推行“一窗通办”",
            "红河州政务服务管理局设立综合窗口，推行“前台综合受理、后台分类审批”，全年累计办理"
            "各类业务5.2万件，企业满意度达到98%。",
            "二、玉溪市建设“企业之家”",
            "玉溪市工商业联合会建设企业之家，为企业提供政策咨询和法律服务，全年累计解决企业"
            "诉求680件，企业满意度达到97%。",
            "三、大理州推行“信用+审批”",
            "大理州行政审批局对守信企业实行容缺受理，全年累计办理容缺事项1900件，审批时间"
            "平均压缩40%。",
            "|",
            "|序号\t地区\t做法\t成效",
            "|1\t普洱市\t推出“园区贷”\t累计发放贷款12.4亿元",
            "|2\t保山市\t推行“拿地即开工”\t审批时间压缩至15个工作日",
        ],
        margin=26,
    )
    got = measures_of(tmp_path, text)
    assert len(got) == 5
    assert all(len(m.view) == m.end - m.start for m in got)
    first = got[0]
    assert "\n" in quote(first).split("\n", 1)[1]  # the original keeps its wraps
    assert "\n" not in first.view.split("\n", 1)[1]  # what is read does not
    found = {first.view[o.start : o.end].replace(" ", "") for o in find_outcomes(first.view)}
    assert normalise("全年累计办理各类业务5.2万件") in found
    row = got[3]
    assert row.view.count(";") >= 3
    (loan,) = find_outcomes(row.view)
    assert row.view[loan.start : loan.end] == normalise("累计发放贷款12.4亿元")


def test_a_table_of_cases_without_numbers_and_with_a_wrapped_practice_cell(
    tmp_path: Path,
) -> None:
    """Rows not numbered are the lines with as many cells as the header; a practice cell
    wrapped onto the line below (its piece in the same column, tab by tab) is all title."""
    text = (
        "附件\n某省第二批营商环境创新举措\n"
        "地区\t创新举措\t主要成效\n"
        "六盘水市\t推行“不动产+金融”登记，抵押\t抵押登记时间压缩至1天\n"
        "\t登记在银行网点即可办理\t\n"
        "铜仁市\t建立“企业吹哨、部门报到”机制\t解决企业诉求420件\n"
        "安顺市\t推行“信用+容缺”审批\t审批提速50%\n"
        "各地要结合实际抓好复制推广。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("推行“不动产+金融”登记，抵押登记在银行网点即可办理"),
        normalise("建立“企业吹哨、部门报到”机制"),
        normalise("推行“信用+容缺”审批"),
    ]
    assert quote(got[0]).startswith("六盘水市\t") and quote(got[-1]).endswith("审批提速50%")


def test_a_paragraph_that_runs_on_over_a_page_break_is_one_paragraph(tmp_path: Path) -> None:
    """A page number that falls mid-sentence splits no paragraph: the sentence runs on over
    it, and what extractors read there is blank."""
    body = (
        "丽江市政务服务管理局推行“一窗通办”，将企业开办、不动产登记等高频事项纳入综合窗口，"
        "全年累计办理各类业务6.3万件，群众满意度达到99%。"
    )
    other = "政务服务中心设立综合窗口，推行“前台综合受理、后台分类审批”，全年办件1.2万件。"
    printed = _printed(
        [
            "|某市优化营商环境典型做法",
            "一、丽江市推行“一窗通办”",
            body,
            "二、玉溪市推行“综合窗口”",
            "玉溪市" + other * 2,
            "三、普洱市推行“综合窗口”",
            "普洱市" + other * 2,
        ],
        margin=27,
    )
    wrapped = printed.splitlines()
    cut = next(k for k, line in enumerate(wrapped) if line.endswith("各类业务"))
    paged = "\n".join([*wrapped[: cut + 1], "", "— 2 —", "", *wrapped[cut + 1 :]]) + "\n"
    path = tmp_path / "doc.txt"
    path.write_text(paged, encoding="utf-8")
    assert normalise(body) in [ln.stripped for ln in content_lines(read_document(path))]
    case = measures_of(tmp_path, paged)[0]
    assert "— 2 —" in quote(case) and "— 2 —" not in case.view
    assert normalise("全年累计办理各类业务6.3万件") in case.view.replace(" ", "")


def test_a_bold_lead_right_under_an_editors_note_and_byline_is_a_case(tmp_path: Path) -> None:
    """A roundup whose cases open with bold run-in leads (``**…**``): the bold is the mark
    every case heading carries, so the first lead is a case even with no lede above it
    (only an editor's note, the title and the byline, all furniture)."""
    text = (
        "编者按：审批改革一头连着政府，一头连着企业。本版选登几地做法。\n\n"
        "# 审批改革走笔\n\n本报记者  周  楠\n\n"
        "**拿地即开工**\n\n"
        "在安徽合肥，合肥市住房城乡建设局推行“拿地即开工”，项目审批用时压缩至7天。\n\n"
        "**诉求快响应**\n\n"
        "江西赣州市营商环境局开通企业诉求专线，全年办结诉求2100件。\n"
    )
    got = measures_of(tmp_path, text, "roundup.md")
    assert [m.heading for m in got] == ["拿地即开工", "诉求快响应"]
    assert quote(got[0]).endswith("压缩至7天。")


def test_numbered_items_under_a_plan_section_are_planned_cases(tmp_path: Path) -> None:
    """A report telling its practices 一是/二是 and its plans (一)(二): the items under the plan
    section are cases too, planned, though few and labelled otherwise; the problems are not
    cases, and a closing paragraph of the plan section is not part of its last item."""
    text = (
        "九江市2025年优化营商环境工作报告\n"
        "一、主要做法\n"
        "一是推行“拿地即开工”。九江市自然资源局推行带方案出让，项目拿地即开工。\n"
        "二是建立企业服务专员制度。九江市工业和信息化局为企业配备专员，解决诉求800件。\n"
        "三是深化“证照分离”改革。九江市市场监管局对许可事项实行告知承诺。\n"
        "二、存在的问题\n"
        "一是数据共享不充分；二是县区之间不均衡。\n"
        "三、下一步工作计划\n"
        "（一）推进“免申即享”。建立惠企政策库，实现惠企资金直达企业。\n"
        "（二）扩大“一件事”集成服务。新推出一批主题服务。\n"
        "此外，市政府将健全督查问责机制，推动营商环境持续优化。\n"
    )
    got = measures_of(tmp_path, text)
    assert [(m.label, m.status) for m in got] == [
        ("一是", "implemented"),
        ("二是", "implemented"),
        ("三是", "implemented"),
        ("(一)", "planned"),
        ("(二)", "planned"),
    ]
    assert quote(got[-1]).endswith("新推出一批主题服务。")


def test_one_line_items_under_theme_headings_with_the_place_at_the_end(tmp_path: Path) -> None:
    """A provincial notice of one-line items numbered on across theme headings ((一)开办企业),
    each naming its place at the end, in parentheses or after a dash, then a 工作要求 section
    of its own (一)(二)(三): the items are the cases, the theme headings their sections."""
    text = (
        "湖南省人民政府办公厅关于推广营商环境创新做法的通知\n\n"
        "各市州人民政府，省直各单位：\n\n"
        "现将各地形成的创新做法予以推广，做法后括注为首创地区。\n\n"
        "一、推广的创新做法\n\n"
        "（一）开办企业\n\n"
        "1. 企业登记“秒批”。系统自动核验申请材料，登记时间压缩至10分钟。（长沙市岳麓区）\n\n"
        "2. 印章刻制“零费用”。新办企业免费领取首套印章。——株洲市天元区\n\n"
        "（二）纳税\n\n"
        "3. 办税“非接触”。纳税人全部涉税事项网上办理。（国家税务总局湖南省税务局）\n\n"
        "4. 退税“直达快享”。符合条件的留抵退税3个工作日到账。（衡阳市）\n\n"
        "二、工作要求\n\n"
        "（一）加强组织领导。各地要结合实际抓好推广。\n\n"
        "（二）强化跟踪评估。省直部门要加强业务指导。\n\n"
        "（三）及时总结经验。推广中的问题及时报告。\n\n"
        "湖南省人民政府办公厅\n2025年4月2日\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["1", "2", "3", "4"]
    assert [m.section.stripped for m in got] == [normalise("（一）开办企业")] * 2 + [
        normalise("（二）纳税")
    ] * 2
    assert quote(got[0]).endswith("（长沙市岳麓区）")
    assert quote(got[1]).endswith("——株洲市天元区")
    assert quote(got[3]).endswith("（衡阳市）")


def test_sub_items_numbered_afresh_under_each_theme_heading(tmp_path: Path) -> None:
    """A legislature's inspection report: (1)(2) sub-items counting afresh under each (一)
    theme heading are the cases; its problems and its suggestions (一)(二)(三) are not."""
    text = (
        "省人大常委会执法检查组关于检查优化营商环境条例实施情况的报告\n\n"
        "一、条例实施的主要成效\n\n"
        "（一）审批服务更加便捷\n\n"
        "(1)赣州市推行“证照联办”，企业开办和许可申请一次提交，办理时间压缩60%。\n\n"
        "(2)上饶市设立“办不成事”反映窗口，全年解决企业诉求1200件。\n\n"
        "（二）融资服务持续改善\n\n"
        "(1)抚州市建立“信易贷”平台，累计为企业发放贷款46亿元。\n\n"
        "(2)宜春市设立应急转贷资金，为320户企业转贷15亿元。\n\n"
        "二、存在的主要问题\n\n"
        "（一）部分政策落实不到位。萍乡市个别部门仍存在拖欠账款问题。\n\n"
        "（二）数据共享仍有壁垒。部分系统对接不畅。\n\n"
        "（三）检查仍较频繁。有的企业一年接受检查超过6次。\n\n"
        "三、意见和建议\n\n"
        "（一）加强条例宣传。各级政府要把条例实施纳入考核。\n\n"
        "（二）打通数据壁垒。推动垂管系统数据回流。\n\n"
        "（三）规范涉企检查。全面推行“扫码入企”。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["(1)", "(2)", "(1)", "(2)"]
    assert [m.section.stripped for m in got] == [normalise("（一）审批服务更加便捷")] * 2 + [
        normalise("（二）融资服务持续改善")
    ] * 2
    assert quote(got[1]).endswith("解决企业诉求1200件。")
    assert quote(got[-1]).endswith("为320户企业转贷15亿元。")


def test_an_accounts_article_under_arrow_place_headings(tmp_path: Path) -> None:
    """An official account's article: ``▶ 地名：`` headings over one-line paragraphs, one
    opening with a question; each heading is a case, the arrow no part of it."""
    text = (
        "点击蓝字 关注我们\n\n"
        "湖北这3地做法获国务院通报表扬\n\n"
        "近日，国务院办公厅通报表扬了一批创新举措。\n\n"
        "▶ 襄阳市：“拿地即开工”跑出加速度\n\n"
        "项目开工要等多久？\n\n"
        "襄阳市自然资源和规划局推行“带方案出让”，项目拿地当天即可开工。\n\n"
        "▶ 宜昌市：企业诉求“一号响应”\n\n"
        "企业有难题，找谁？\n\n"
        "宜昌市营商环境局开通12345企业专线，诉求平均办结时间缩短至2天。\n\n"
        "▶ 荆州市：涉企检查“扫码入企”\n\n"
        "荆州市司法局推行“扫码入企”，入企检查次数下降40%。\n\n"
        "阅读原文\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("襄阳市：“拿地即开工”跑出加速度"),
        normalise("宜昌市：企业诉求“一号响应”"),
        normalise("荆州市：涉企检查“扫码入企”"),
    ]
    assert quote(got[1]).endswith("缩短至2天。")


def test_labelled_cases_told_in_bracketed_facets_with_data_lines(tmp_path: Path) -> None:
    """An annex of 案例一/案例二 each told in 【基本情况】【主要做法】【取得成效】 facets, the
    results as ``数据：`` lines: a case per label, its facets and all its data lines inside
    (a data line above the next label is no section heading)."""
    text = (
        "附件\n\n知识产权保护典型案例\n\n"
        "案例一　浙江省宁波市：专利快审护航制造业\n\n"
        "【基本情况】\n宁波市制造业企业专利需求大。\n\n"
        "【主要做法】\n一是设立快审通道。宁波市市场监管局对专利申请开展预审。\n\n"
        "【取得成效】\n数据：专利授权周期由20个月压缩至4个月\n数据：快审专利2300件\n\n"
        "案例二　福建省泉州市：商标品牌指导站进园区\n\n"
        "【基本情况】\n泉州市鞋服企业集聚。\n\n"
        "【主要做法】\n一是建设指导站。泉州市市场监管局在园区设立指导站。\n\n"
        "【取得成效】\n数据：服务企业860家\n数据：新增注册商标1500件\n\n"
        "案例三　安徽省合肥市：知识产权质押融资“快贷”\n\n"
        "【主要做法】\n一是推出快贷产品。合肥市市场监管局联合银行开展质押融资。\n\n"
        "【取得成效】\n数据：质押融资金额12亿元\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["案例一", "案例二", "案例三"]
    assert quote(got[0]).endswith("数据：快审专利2300件")
    assert quote(got[1]).endswith("数据：新增注册商标1500件")
    assert all(m.section is None or "数据" not in m.section.stripped for m in got)


def test_an_item_headed_by_what_its_place_plans_by_a_date_is_planned(tmp_path: Path) -> None:
    """Among the achievements of a report, an item whose subject plans by a date (计划于
    2026年…) is planned in its own words; an item that says what was done is not."""
    text = (
        "一、主要成效\n\n"
        "(1)九江市推行“拿地即开工”，项目开工时间压缩至7天。\n\n"
        "(2)萍乡市计划于2026年6月底前建成企业诉求平台，目前平台正在调试。\n\n"
        "(3)新余市设立续贷过桥资金，累计转贷8亿元。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.status for m in got] == ["implemented", "planned", "implemented"]


def test_ordinal_cases_told_in_bracketed_facets_with_a_results_table(tmp_path: Path) -> None:
    """一、 cases each told in 【】 facets, the results in a Markdown table: the facet label
    is no part of the heading and the table's last row, above the next case, is no section."""
    text = (
        "优化营商环境典型案例汇编\n\n"
        "一、福建省泉州市：“一业一证”改革\n\n【基本情况】\n泉州市小微企业多。\n\n"
        "【主要做法】\n泉州市行政审批局将多张许可证整合为一张行业综合许可证。\n\n"
        "【取得成效】\n| 指标 | 改革前 | 改革后 |\n|---|---|---|\n| 办证时间（天） | 20 | 3 |\n\n"
        "二、广东省佛山市：“交房即交证”\n\n【基本情况】\n佛山市购房需求大。\n\n"
        "【主要做法】\n佛山市自然资源局推行交房即交证。\n\n"
        "【取得成效】\n| 指标 | 2023年 | 2024年 |\n|---|---|---|\n| 交证楼盘（个） | 12 | 85 |\n\n"
        "三、江西省赣州市：涉企检查“扫码入企”\n\n【主要做法】\n赣州市司法局推行扫码入企。\n\n"
        "【取得成效】\n数据：入企检查次数下降40%\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("福建省泉州市：“一业一证”改革"),
        normalise("广东省佛山市：“交房即交证”"),
        normalise("江西省赣州市：涉企检查“扫码入企”"),
    ]
    assert quote(got[0]).endswith("| 办证时间（天） | 20 | 3 |")
    assert quote(got[1]).endswith("| 交证楼盘（个） | 12 | 85 |")
    assert [m.section for m in got] == [None, None, None]


def test_run_in_titles_are_cases_and_an_annex_of_names_is_none(tmp_path: Path) -> None:
    """A provincial announcement of its best cases: each a paragraph opened by a run-in title
    that ends in a colon (one led by a provincial bureau, not a place), then a closing
    paragraph and an annex listing the names of the runners-up, which tells nothing of them."""
    text = (
        "江西省营商环境办公室关于通报2025年度优秀改革案例的通知\n"
        "各设区市人民政府，省直有关单位：\n"
        "经各地推荐、专家评审，评出优秀改革案例4个、入围案例3个，现通报如下：\n"
        "南昌市“园区事园区办”：南昌市行政审批局在6个园区设立审批服务站，园区企业办事不出园。"
        "全年办件2.1万件。\n"
        "赣州市章贡区“证照联办”：章贡区市场监管局把营业执照和8类许可一并受理，实现一次申请、"
        "同步发证。\n"
        "国家税务总局江西省税务局“问办协同”：省税务局推行线上咨询与办税联动，"
        "纳税人咨询后可直接转办。\n"
        "九江市“港口服务一窗通”：九江市交通运输局联合九江海关推行港口作业一窗受理，"
        "集装箱平均滞港时间缩短1天。\n"
        "各地要认真学习借鉴上述案例，结合实际抓好推广。\n"
        "附件：2025年度入围案例名单\n"
        "1.上饶市信州区“夜市经营许可便利化”\n"
        "2.宜春市袁州区“农村集体资产交易”\n"
        "3.江西省自然资源厅“不动产登记一网通”\n"
        "江西省营商环境办公室\n"
        "2025年12月1日\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("南昌市“园区事园区办”"),
        normalise("赣州市章贡区“证照联办”"),
        normalise("国家税务总局江西省税务局“问办协同”"),
        normalise("九江市“港口服务一窗通”"),
    ]
    assert quote(got[0]).startswith("南昌市“园区事园区办”：")
    assert quote(got[-1]).endswith("缩短1天。")  # the closing and the annex are no part


def test_one_line_items_labelled_by_their_place_are_cases(tmp_path: Path) -> None:
    """A notice of one-line items ``××省××市：practice。`` under 一、 sections, a province's
    item right above the item of one of its cities, one item a ministry's: each item a case
    from its label on, its title the sentence after the label."""
    text = (
        "国务院办公厅关于推广地方政务服务创新做法的通知\n"
        "各省、自治区、直辖市人民政府：\n"
        "现将各地政务服务创新做法通报如下，请结合实际借鉴推广。\n"
        "一、政务服务\n"
        "四川省：推行“天府通办”政务服务品牌，上线高频事项1200项。\n"
        "四川省绵阳市：设立“科技城企业服务驿站”，为科技企业提供一站式服务。\n"
        "陕西省宝鸡市：推出“秦云办”掌上服务，群众可在手机上办理社保业务。\n"
        "二、市场监管\n"
        "国家税务总局：推行“非接触式”办税，网上办税率达到95%。\n"
        "云南省昆明市：推行“一码检查”，入企检查次数下降三成。\n"
        "各地区要加强学习交流，推动政务服务持续优化。\n"
    )
    got = measures_of(tmp_path, text)
    assert [quote(m)[:6] for m in got] == [
        "四川省：推行",
        "四川省绵阳市",
        "陕西省宝鸡市",
        "国家税务总局",
        "云南省昆明市",
    ]
    assert got[1].heading == normalise("设立“科技城企业服务驿站”，为科技企业提供一站式服务。")
    assert got[3].heading == normalise("推行“非接触式”办税，网上办税率达到95%。")
    assert [m.section.stripped for m in got] == [normalise("一、政务服务")] * 3 + [
        normalise("二、市场监管")
    ] * 2
    assert quote(got[-1]).endswith("下降三成。")


def test_a_county_page_of_town_paragraphs_gives_a_case_per_town(tmp_path: Path) -> None:
    """A county news page with no headings: a county-wide lead, then paragraphs each led by
    one of its towns or streets (``网岭镇围绕…``, ``在皇图岭镇，…``, ``联星街道在…``), which the
    gazetteer does not know; a paragraph on all towns (各乡镇…) and the closing are none."""
    text = (
        "攸县：乡镇服务“就近办”见实效\n"
        "来源：攸县融媒体中心　　发布时间：2025-11-02 09:30\n"
        "今年以来，攸县推动审批服务向乡镇延伸，全县乡镇便民服务中心全部开通“一窗通办”。\n"
        "各乡镇结合产业特点，探索出不少接地气的好办法。\n"
        "网岭镇围绕油茶加工产业，推行项目“帮代办”，镇干部全程代办用地、环评手续。"
        "今年落地项目从签约到开工平均用时28天。\n"
        "在皇图岭镇，镇便民服务中心联合攸县农村商业银行设立“金融便民点”，开展整村授信。"
        "全镇已发放信用贷款8600万元。\n"
        "联星街道在辖区商圈推行“网格+企业服务”机制，网格员上门收集企业诉求。"
        "截至10月底，街道办结企业诉求218件。\n"
        "下一步，攸县将在全部乡镇推行“企业服务专员”制度。\n"
    )
    got = measures_of(tmp_path, text)
    assert [quote(m)[:5] for m in got] == ["网岭镇围绕", "在皇图岭镇", "联星街道在"]
    assert quote(got[-1]).endswith("企业诉求218件。")


def test_a_reform_told_under_two_character_labels_is_one_case(tmp_path: Path) -> None:
    """A deep report on one city's one reform, its headings the reform's steps under
    two-character labels (整合：…, 打通：…, 评价：…) and no other place's story: one case,
    headed by the headline. Two-character labels that are places (苏州：…, 无锡：…) head a
    case each."""
    steps = (
        "一窗受理办成事　宁波“一件事”改革两年观察\n"
        "本报记者　李航\n"
        "清晨，宁波市民服务中心的综合窗口前，企业代办员递上材料，半小时后就拿到了证照。\n"
        "两年前，宁波市把企业和群众眼中的“一件事”作为改革单元，推动部门流程再造。\n"
        "整合：多个部门“一张表”\n"
        "宁波市政务服务办牵头梳理事项，把分散在各部门的申请表合并为一张表，企业一次填报。\n"
        "打通：数据共享“不见面”\n"
        "依托市公共数据平台，宁波市打通16个部门的数据，企业申报材料减少四成。\n"
        "评价：好差评“促整改”\n"
        "宁波市在每个窗口推行“好差评”，差评件限期整改，群众满意率达99%。\n"
    )
    got = measures_of(tmp_path, steps, "steps.txt")
    assert [m.heading for m in got] == [normalise("一窗受理办成事　宁波“一件事”改革两年观察")]
    assert quote(got[0]).endswith("群众满意率达99%。")
    cities = (
        "江苏两地优化营商环境见闻\n"
        "今年以来，江苏各地持续优化营商环境，涌现出一批好做法。\n"
        "苏州：项目审批“加速跑”\n"
        "苏州市行政审批局推行“拿地即开工”，项目开工时间缩短一半。\n"
        "无锡：涉企服务“一码通”\n"
        "无锡市推出企业服务码，企业扫码即可提交诉求。\n"
    )
    assert len(measures_of(tmp_path, cities, "cities.txt")) == 2


def test_items_in_english_punctuation_are_numbered_cases(tmp_path: Path) -> None:
    """A report converted from an English source: items labelled ``1)``, sentences ended by
    a half-width ``.`` (a decimal point is none): a case per item, its title the first
    sentence."""
    text = (
        "Hebei Province: Three Cities Report Their Practices\n"
        "In 2025, the province added 0.9 million market entities. Cities reported as follows.\n"
        '1) 石家庄市推行"证照联办". 石家庄市行政审批局将营业执照和12类许可一并受理, '
        "办理时间压缩至1.5个工作日.\n"
        '2) 保定市建立"园区管家"制度. 保定市发展改革委为园区企业配备管家, 解决诉求416件.\n'
        '3) 邯郸市推出"信用快贷". 邯郸市金融办联合8家银行推出信用贷款, 发放贷款3.2亿元.\n'
        "Next steps: the province will extend these practices to all cities.\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["1)", "2)", "3)"]
    assert got[1].heading == normalise('保定市建立"园区管家"制度.')
    assert quote(got[0]).endswith("1.5个工作日.")
    assert quote(got[-1]).endswith("3.2亿元.")


def test_a_web_address_does_not_end_a_heading_sentence(tmp_path: Path) -> None:
    """A half-width full stop followed by a letter is part of a web address or a name
    (www.hnzwfw.gov.cn), not the end of an item's first sentence."""
    text = (
        "关于推广政务服务便利化做法的通知\n"
        "1.长沙:企业登录www.hnzwfw.gov.cn一网通办开办企业。长沙市数据资源局打通12个系统。\n"
        "2.株洲:推行容缺受理。株洲市行政审批局对次要材料实行容缺受理。\n"
    )
    got = measures_of(tmp_path, text)
    assert "www.hnzwfw.gov.cn一网通办开办企业" in got[0].heading


def test_one_line_numbered_items_that_do_something_stay_cases(tmp_path: Path) -> None:
    """Numbered one-line items without a full stop, each right over the next, that say what
    their place does: cases, unlike a list of case names."""
    text = (
        "关于推广部分地区优化营商环境做法的通知\n"
        "各区县人民政府：\n"
        "现将有关做法通报如下：\n"
        "1.合肥市推行“拿地即开证”改革\n"
        "2.芜湖市建立企业诉求“一站式”办理机制\n"
        "3.蚌埠市开展“双随机、一公开”联合抽查\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["1", "2", "3"]


def test_a_town_inside_a_county_story_goes_on_with_it(tmp_path: Path) -> None:
    """A city page's county story that goes on to one of the county's towns (佛堂镇…) is
    one case: the town lies in the county told of; the next county opens the next."""
    text = (
        "金华市：县域营商环境各有亮点\n"
        "今年以来，金华市各县（市、区）持续优化营商环境。\n"
        "在义乌市，市场监管局推行“个转企”直接变更，全年办理“个转企”1200户。\n"
        "佛堂镇围绕古镇文旅产业，推行民宿证照“一件事”联办，办理时间压缩至3天。\n"
        "在东阳市，行政审批局推出“拿地即开工”，项目开工时间平均缩短40天。\n"
    )
    got = measures_of(tmp_path, text)
    assert [quote(m)[:4] for m in got] == ["在义乌市", "在东阳市"]
    assert quote(got[0]).endswith("压缩至3天。")


def test_reforms_listed_sentence_by_sentence_in_a_reports_review_are_cases(
    tmp_path: Path,
) -> None:
    """A provincial work report: its review of the year lists its reforms in one paragraph, a
    sentence each (doer, verb, quoted practice, result), among sentences that name none (an
    opening, a stock figure, a problem); its plan lists (一)(二)(三). Each reform sentence is
    a case of its own, implemented, titled by the sentence; the other sentences are none."""
    text = (
        "2026年江西省政府工作报告（节选）\n"
        "一、2025年工作回顾\n"
        "一年来，全省上下把优化营商环境作为“头号工程”来抓，发展环境持续改善。"
        "全省推行“赣服通”掌上办，上线高频服务事项1800项，网办率达到92%。"
        "省税务局创新“非接触式”办税，办税时间压缩40%。"
        "省自然资源厅实施“交房即交证”，惠及群众18万户。"
        "全省经营主体总量达到520万户。"
        "但也要看到，部分地方“新官不理旧账”问题仍然存在。\n"
        "二、2026年工作安排\n"
        "（一）深化“一件事一次办”。再推出一批集成服务。\n"
        "（二）优化信用修复。推行信用修复“一网通办”。\n"
        "（三）加强要素保障。推广“标准地”出让。\n"
    )
    got = measures_of(tmp_path, text)
    assert [(m.heading[:8], m.status) for m in got] == [
        ("全省推行“赣服通", "implemented"),
        ("省税务局创新“非", "implemented"),
        ("省自然资源厅实施", "implemented"),
        ("深化“一件事一次", "planned"),
        ("优化信用修复。", "planned"),
        ("加强要素保障。", "planned"),
    ]
    assert quote(got[0]) == "全省推行“赣服通”掌上办，上线高频服务事项1800项，网办率达到92%。"
    assert quote(got[2]) == "省自然资源厅实施“交房即交证”，惠及群众18万户。"


def test_a_one_case_paragraph_of_several_reform_sentences_stays_one_case(
    tmp_path: Path,
) -> None:
    """One place's case told in sentences that each name a practice is not split: only a
    report's review of its year lists its reforms sentence by sentence."""
    text = (
        "上饶市优化营商环境典型案例\n"
        "上饶市推行“一窗通办”改革，设立综合窗口42个，办理时间缩短60%。"
        "市行政审批局实施“容缺受理”，累计受理事项3200件。"
        "市市场监管局推行“证照联办”，企业开办时间压缩至1天。\n"
    )
    assert len(measures_of(tmp_path, text)) == 1


def _wrapped_by_count(paragraph: str, width: int = 30) -> str:
    """A paragraph as a PDF's text gives it: indented, broken every ``width`` characters."""
    text = "　　" + paragraph
    return "\n".join(text[k : k + width] for k in range(0, len(text), width)) + "\n"


BULLETIN = (
    "柳州市人民政府办公室\n"
    "        营 商 信 息\n"
    "        第12期\n"
    "柳州市人民政府办公室编　　　　　　2025年6月3日\n"
    "━━━━━━━━━━━━━━━━━━━━━━━━\n"
    "        【本期要目】\n"
    "●柳南区“企业管家”服务让企业办事不出园区\n"
    "●融安县推行工程建设项目“拿地即开工”\n"
    "━━━━━━━━━━━━━━━━━━━━━━━━\n"
    "\n"
    "  柳南区“企业管家”服务让企业办事不出园区\n\n"
    + _wrapped_by_count(
        "柳南区在全区12个园区推行“企业管家”服务，由区营商环境建设局牵头，每个园区配备"
        "2名管家，实行“一企一策”精准服务，对企业反映的用工、融资、审批等诉求实行清单化管理，"
        "能够现场解决的当场解决，需要部门协调的统一交办、限时反馈。今年1至5月累计办理企业"
        "诉求3200件，办结率达到98%。"
    )
    + "\n  融安县推行工程建设项目“拿地即开工”\n\n"
    + _wrapped_by_count(
        "融安县行政审批局对社会投资项目实行“预审批+承诺制”，在土地出让前提前介入，"
        "组织规划、住建、人防等部门开展联合预审，2024年至2025年已有126个项目摘牌后"
        "即可领取施工许可证，审批时间由45个工作日压缩至7个工作日。"
    )
    + "━━━━━━━━━━━━━━━━━━━━━━━━\n"
    "报：市委办公室，市人大常委会办公室，市政协办公室。\n"
    "发：各县（市）区人民政府，市政府各部门。\n"
    "          （共印80份）\n"
)


def test_a_bulletin_whose_contents_list_its_items(tmp_path: Path) -> None:
    """A 政务信息 bulletin: masthead, 本期要目 over its items, each item a heading over a
    hard-wrapped paragraph, a rule and the distribution lines at its foot. The contents are
    no lead naming facets of one case, and the first item, right under the masthead, is a
    case; the rule and the distribution lines are furniture."""
    got = measures_of(tmp_path, BULLETIN)
    assert [m.heading for m in got] == [
        normalise("柳南区“企业管家”服务让企业办事不出园区"),
        normalise("融安县推行工程建设项目“拿地即开工”"),
    ]
    assert quote(got[0]).endswith("办结率达到98%。")
    assert quote(got[-1]).endswith("工作日。")  # not the rule, not 报：… 发：…


def test_contents_entries_are_not_content_lines(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(BULLETIN, encoding="utf-8")
    texts = [ln.stripped for ln in content_lines(read_document(path))]
    assert texts.count(normalise("融安县推行工程建设项目“拿地即开工”")) == 1
    assert not any(t.startswith(("━", "报:", "发:", "(共印")) for t in texts)


def test_a_paragraph_wrapped_by_character_count_is_one_line(tmp_path: Path) -> None:
    """A text wrapped at a count of characters, digits taking a full place: a line full by
    count runs on though digits print narrower."""
    path = tmp_path / "doc.txt"
    path.write_text(BULLETIN, encoding="utf-8")
    texts = [ln.stripped for ln in content_lines(read_document(path))]
    assert any(t.endswith(normalise("压缩至7个工作日。")) and t.startswith("融安县") for t in texts)


def test_a_lone_headed_case_beside_a_table_of_cases_is_kept(tmp_path: Path) -> None:
    """One 案例 of the text's own and a table of cases under another heading: the table's rows
    are cases, and so is the text's one case (it needs no second one beside a table)."""
    text = (
        "浙江省营商环境改革案例\n"
        "案例一：宁波市推行“证照分离”改革\n"
        "宁波市市场监管局推行“证照分离”改革，企业开办时间压缩至1天，惠及企业3万户。\n"
        "案例二：各地“拿地即开工”做法\n"
        "地区\t做法\t成效\n"
        "嘉兴市\t推行“拿地即开工”\t开工时间提前90天\n"
        "湖州市\t推行“标准地”出让\t出让时间压缩50%\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("宁波市推行“证照分离”改革"),
        normalise("推行“拿地即开工”"),
        normalise("推行“标准地”出让"),
    ]
    assert quote(got[0]).endswith("惠及企业3万户。")


def test_a_work_report_excerpt_lists_its_reforms_sentence_by_sentence(tmp_path: Path) -> None:
    """A 政府工作报告 excerpt: its review and its plan (一、2024年工作回顾, 二、2025年工作安排),
    each with a paragraph of reforms one sentence each under a theme line, and …… where
    the excerpt left text out. Each reform sentence is a case, planned under the plan; the
    stock sentences and the ellipses are none."""
    text = (
        "银川市政府工作报告（摘编）\n"
        "各位代表：\n"
        "一、2024年工作回顾\n"
        "过去一年，全市经济稳中有进，地区生产总值增长6.1%。\n"
        "……\n"
        "（三）聚焦改革创新，发展活力持续增强。\n"
        "营商环境持续优化。工程建设项目审批推行“告知承诺+容缺受理”，审批时限压缩至40个工作日。"
        "上线“惠企通”平台，推行政策“免申即享”，兑现惠企资金2.1亿元。"
        "市12345热线推行企业诉求“接诉即办”，办结率98%。\n"
        "……\n"
        "二、2025年工作安排\n"
        "（四）持续优化营商环境。\n"
        "深化“高效办成一件事”改革，新推出10个“一件事”。全面推行涉企检查“扫码入企”，严控检查频次。\n"
        "……\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:8] for m in got] == [
        normalise("工程建设项目审批"),
        normalise("上线“惠企通”平"),
        normalise("市12345热线"),
        normalise("深化“高效办成一"),
        normalise("全面推行涉企检查"),
    ]
    assert [m.status for m in got] == ["implemented"] * 3 + ["planned"] * 2


def test_a_work_reports_examples_in_brackets_are_cases_of_their_places(tmp_path: Path) -> None:
    """A province's 政府工作报告 gives its cities' examples in brackets after its own reform
    sentences, clause by clause (…62.3万户（海口市推行…；三亚市…）。), or after a sentence of
    national policy: each example is its place's case; the province's sentence is its case up
    to the bracket; a bracket that is no example (以下简称…) leaves its sentence whole."""
    text = (
        "海南省政府工作报告（摘要）\n"
        "一、2025年工作回顾\n"
        "（三）营商环境持续优化。深化“极简审批”改革，全年新增经营主体62.3万户"
        "（海口市推行“一业一证”改革，发放许可证1.8万张；三亚市在旅游行业推行“准入即准营”，"
        "开业时间缩短15天）。上线惠企政策兑现平台“海易兑”（以下简称“兑现平台”），"
        "兑现资金58.6亿元。\n"
        "（四）开放型经济加快发展。加工增值内销免征关税政策扩大至全岛，享惠货值186亿元"
        "（儋州市依托洋浦港开展“加工增值”业务，享惠企业达到68家）。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:5] for m in got] == [
        "深化“极简",
        "海口市推行",
        "三亚市在旅",
        "上线惠企政",
        "儋州市依托",
    ]
    assert quote(got[0]).endswith("62.3万户") and quote(got[3]).rstrip().endswith("58.6亿元。")


def test_a_work_report_names_some_reforms_without_quotes(tmp_path: Path) -> None:
    """A county's report names some reforms by what was set up, unquoted (设立…调解工作室,
    建立…制度, 建设…服务中心, 健全…机制): each such sentence is a case as a quoted one is;
    the county's totals and a sentence of problems solved are none."""
    text = (
        "永和县人民政府工作报告（节选）\n"
        "一、2025年工作回顾\n"
        "（三）营商环境持续优化。全年新增经营主体2100户。"
        "推行企业开办“一窗通办”，全流程压缩至0.5个工作日。"
        "县人民法院设立商事纠纷诉前调解工作室，全年化解纠纷210件。"
        "建立县级领导联系重点企业制度，28名县级领导联系86户企业。"
        "全年协调解决企业融资、用地等问题130个。\n"
        "二、2026年工作安排\n"
        "（四）持续打造一流营商环境。建设县级企业综合服务中心，集中办理政策兑现和诉求。"
        "健全政府守信践诺机制，按期清偿拖欠企业账款。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:6] for m in got] == [
        normalise("推行企业开办"),
        normalise("县人民法院设"),
        normalise("建立县级领导"),
        normalise("建设县级企业"),
        normalise("健全政府守信"),
    ]
    assert [m.status for m in got] == ["implemented"] * 3 + ["planned"] * 2


def test_a_reform_told_in_pilot_spread_and_deepen_stages_under_a_masthead(tmp_path: Path) -> None:
    """A department's web page: its masthead and menu, the title, a lead, then three stages of
    one reform (试点先行：…, 全省推广：…, 深化改革：…). One case, headed by the title, its body
    the whole article (the masthead above the title neither ends nor opens it)."""
    text = (
        "甘肃省自然资源厅\n"
        "首页 | 机构概况 | 政务公开 | 政务服务\n"
        "当前位置：首页 > 新闻中心 > 工作动态\n\n"
        "从“跑多次”到“一次办”——我省不动产登记改革三年见成效\n\n"
        "发布日期：2025-05-12　　来源：不动产登记局\n\n"
        "　　2022年以来，省自然资源厅持续推进不动产登记便利化改革。\n\n"
        "　　试点先行：兰州市“带押过户”破解资金难题\n\n"
        "　　2022年，省自然资源厅选择兰州市开展“带押过户”试点，办理时间压缩至1个工作日。\n\n"
        "　　全省推广：登记服务实现“一网通办”\n\n"
        "　　2023年起，全省14个市州推行不动产登记“一网通办”，网办率达到85%。\n\n"
        "　　深化改革：企业登记“零跑腿”\n\n"
        "　　2024年，我省推行企业不动产登记“零跑腿”，累计服务企业3200家。\n\n"
        "【打印本页】　　【关闭窗口】\n"
    )
    got = measures_of(tmp_path, text)
    assert len(got) == 1
    assert got[0].heading == normalise("从“跑多次”到“一次办”——我省不动产登记改革三年见成效")
    assert quote(got[0]).endswith("累计服务企业3200家。")


WECHAT_REPOST = (
    "营商环境再升级！海淀这三项改革入选全市优秀案例\n\n"
    "原创 海淀融媒 北京海淀 2025年06月12日 18:30 北京\n\n"
    "👆点击上方蓝字“北京海淀”关注我们\n\n"
    "近日，全市优化营商环境优秀案例名单公布，海淀区“企业服务管家”制度、中关村科学城"
    "“科创一站通”、“不见面审批”三项改革榜上有名🎉\n\n"
    "📌 “服务管家”：企业诉求有人管\n\n"
    "海淀区建立“企业服务管家”制度，由区投资促进服务中心牵头，为重点企业配备服务管家。\n\n"
    "[图片]\n"
    "▲服务管家上门走访企业\n\n"
    "✅ 累计解决企业诉求3100余件，诉求解决率97.5%\n\n"
    "📌 中关村科学城：“科创一站通”\n\n"
    "中关村科学城管委会建成科创服务大厅，科技企业可“一站式”办理开办事项。\n\n"
    "✅ 新设科技企业开办时间压缩至1个工作日\n\n"
    "📌 “不见面审批”：企业“零跑动”\n\n"
    "海淀区政务服务中心推行“不见面审批”，企业在线提交材料、在线领取证照。\n\n"
    "✅ 网上办件占比达到95%\n"
)


def test_a_wechat_repost_with_emoji_headings_ticked_results_and_captions(tmp_path: Path) -> None:
    """A WeChat article copied as text: 📌 opens each of the three reforms the lead counts
    (三项改革: cases, not facets of one reform), ✅ opens a line of results (body, not a
    heading), [图片] with the caption under it is furniture."""
    got = measures_of(tmp_path, WECHAT_REPOST)
    assert [m.heading for m in got] == [
        normalise("“服务管家”：企业诉求有人管"),
        normalise("中关村科学城：“科创一站通”"),
        normalise("“不见面审批”：企业“零跑动”"),
    ]
    assert quote(got[0]).endswith("诉求解决率97.5%")
    assert "▲" not in "".join(ln.stripped for m in got for ln in m.heading_lines)


def test_a_plain_text_table_split_by_full_width_bars(tmp_path: Path) -> None:
    """An annex table set as plain text with ｜ between cells and none at the ends (序号｜地区｜
    主要做法｜取得成效): a row per case, headed by its practice cell's first sentence."""
    text = (
        "附件\n"
        "2024年度全省营商环境改革创新“最佳实践案例”一览表\n"
        "序号｜地区（单位）｜主要做法｜取得成效\n"
        "1｜鞍山市铁东区｜推行企业变更登记“无感审批”。系统自动核验材料。｜办理时间压缩80%\n"
        "2｜锦州市｜建立“企业服务专员”制度。专员常态化走访企业。｜解决诉求600件\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("推行企业变更登记“无感审批”。"),
        normalise("建立“企业服务专员”制度。"),
    ]


def test_a_place_story_opened_after_a_short_topic_sentence(tmp_path: Path) -> None:
    """A feature's paragraph that opens with a topic sentence and only then with its place
    (减少检查不等于放松监管。在甘肃张掖，…): the place's story, from that sentence."""
    text = (
        "各地规范涉企检查见闻\n"
        "本报记者　李明\n"
        "　　今年以来，各地规范涉企行政检查，减轻企业负担。\n"
        "　　在宁夏银川，涉企行政检查全面实行“扫码入企”，检查频次下降40%。\n"
        "　　减少检查不等于放松监管。在甘肃张掖，当地对信用好的经营主体实行“白名单”管理，"
        "目前已有900家企业纳入“白名单”。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("在宁夏银川，涉企行政检查全面实行“扫码入企”，检查频次下降40%。"),
        normalise(
            "在甘肃张掖，当地对信用好的经营主体实行“白名单”管理，目前已有900家企业纳入“白名单”。"
        ),
    ]


def test_items_numbered_afresh_under_field_headings_ending_in_a_full_stop(tmp_path: Path) -> None:
    """A 国务院办公厅 通报: items ``1.××省××市…。`` numbered afresh under each
    ``（一）…方面。`` heading, which ends in a full stop as the notice writes it: every item is
    a case, under its field."""
    text = (
        "国务院办公厅关于对大督查发现的典型经验做法给予表扬的通报\n"
        "各省、自治区、直辖市人民政府：\n"
        "现对以下典型经验做法予以通报表扬。\n"
        "（一）深化“放管服”改革、优化政务服务方面。\n"
        "1.山东省潍坊市推行企业开办“一窗通办”，开办时间压缩至半天。\n"
        "2.河南省洛阳市推行“一件事一次办”，办理时限平均压缩60%。\n"
        "（二）加强事中事后监管方面。\n"
        "1.安徽省蚌埠市推行涉企行政检查“扫码入企”，检查频次下降40%。\n"
        "2.吉林省通化市推行包容审慎监管，制定“首违不罚”清单。\n"
        "国务院办公厅\n2025年11月12日\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["1", "2", "1", "2"]
    assert [m.section.stripped[:5] for m in got] == [normalise("（一）深化")] * 2 + [
        normalise("（二）加强")
    ] * 2


def test_places_alone_before_a_colon_over_their_practices(tmp_path: Path) -> None:
    """An annex ordered by city: ``无锡市：`` alone on its line, the practice under it, or
    items numbered afresh ``1、`` ``2、`` when the city sent two: a case each, under the city."""
    text = (
        "附件\n2025年全省优化营商环境创新做法汇总\n"
        "常州市：\n推行政务服务“一窗综办”改革，办件时间压缩40%。\n"
        "镇江市：\n1、推行工业项目“拿地即发证”，项目开工时间提前2个月。\n"
        "2、设立“企业家会客厅”，协调解决企业诉求120件。\n"
        "泰州市：\n建立“法企同行”涉企法律服务机制，化解涉企纠纷300件。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:6] for m in got] == [
        normalise("推行政务服务"),
        normalise("推行工业项目"),
        normalise("设立“企业家"),
        normalise("建立“法企同"),
    ]
    assert [m.section.stripped for m in got] == [
        normalise(p) for p in ("常州市：", "镇江市：", "镇江市：", "泰州市：")
    ]


def test_places_alone_over_bracketed_items_and_a_pages_attachments(tmp_path: Path) -> None:
    """A government page's notice lists its cities alone on their lines (no colon) over items
    ``(1)`` ``(2)`` numbered afresh, and ends with its attachments' file names, numbered too
    (``1. 附件1：…清单.docx``): a case per item, under its city; a file's name is none."""
    text = (
        "关于推广第二批营商环境“微改革”创新举措的通知\n"
        "第二批营商环境“微改革”创新举措如下：\n"
        "石家庄市\n(1)推行工业项目“拿地即开工”，全年42个项目实现拿地当天开工。\n"
        "(2)长安区在商务楼宇设立“楼宇服务站”，服务入驻企业2600家。\n"
        "唐山市\n(1)曹妃甸区会同曹妃甸海关推行大宗散货“先放后检”，在港停留时间缩短2天。\n"
        "保定市\n(1)涿州市推行“交房即交证”，1.6万套新建商品房实现交房即领证。\n"
        "附件下载：\n1. 附件1：第二批创新举措清单.docx\n2. 附件2：申报材料汇编.pdf\n"
        "3. 附件3：推广情况统计表.xlsx\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:5] for m in got] == ["推行工业项", "长安区在商", "曹妃甸区会", "涿州市推行"]
    assert [m.section.stripped for m in got] == ["石家庄市", "石家庄市", "唐山市", "保定市"]


def test_places_alone_before_a_colon_over_items_numbered_throughout(tmp_path: Path) -> None:
    """A notice's annex numbering its items through the whole list under province lines
    (``天津市：`` over ``3．…`` alone): the one item under a province keeps its number as its
    label, out of its title, as the items of a province with two do."""
    text = (
        "附件1\n督查发现的典型经验做法\n"
        "北京市：\n1．海淀区推行“服务包”机制，解决企业诉求4860件。\n"
        "2．实施政务服务“一网通办”升级行动，全程网办率达到96.8%。\n"
        "天津市：\n3．滨海新区开展“一企一证”综合改革，累计发放综合许可证3260张。\n"
        "河北省：\n4．唐山市推行工业项目“标准地+承诺制”出让，开工用时压缩至30天。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["1", "2", "3", "4"]
    assert [m.heading[:5] for m in got] == [
        normalise(h) for h in ("海淀区推行", "实施政务服", "滨海新区开", "唐山市推行")
    ]


def test_places_run_on_in_circled_items_and_semicolon_clauses(tmp_path: Path) -> None:
    """A progress notice's theme paragraph with its places' practices as ①②③ items, closed
    by semicolons, and a web excerpt running places on after 例如，…；…: a case per item,
    titled by its words without the numeral or the closing semicolon."""
    text = (
        "关于上半年全区优化营商环境工作进展情况的通报\n"
        "一、工作进展及成效\n"
        "（一）政务服务效能持续提升。全区事项全部上线运行。各地涌现出一批好的做法：①南宁市青秀区"
        "推出企业开办“青e办”套餐服务，开办时间压缩至0.5个工作日；②柳州市开设“办不成事”反映窗口，"
        "协调解决问题300件；③北海市推行“帮代办”服务，代办事项1.2万件。\n"
        "（二）市场环境更加公平有序。全区涉企检查总量下降18.9%。例如，桂林市推行“信用+承诺”"
        "经营模式，旅游投诉量下降31%；东兴市设立涉外商事纠纷调解中心，调解纠纷60件。\n"
        "二、存在的问题\n部分地区政务服务“网上办”深度不够。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("南宁市青秀区推出企业开办“青e办”套餐服务，开办时间压缩至0.5个工作日"),
        normalise("柳州市开设“办不成事”反映窗口，协调解决问题300件"),
        normalise("北海市推行“帮代办”服务，代办事项1.2万件。"),
        normalise("桂林市推行“信用+承诺”经营模式，旅游投诉量下降31%"),
        normalise("东兴市设立涉外商事纠纷调解中心，调解纠纷60件。"),
    ]
    assert [m.label for m in got][:3] == ["①", "②", "③"]


def test_a_policy_explainer_whose_answers_tell_places_stories(tmp_path: Path) -> None:
    """A 政策解读 in 问：/答：: answers restate the province's plan, then some tell places'
    practices in paragraphs of their own (湛江市在这方面先行先试…, 韶关市则…). Those stories
    are the cases; the plan's own words and an answer that tells no place are none."""
    text = (
        "《广东省优化营商环境行动方案》政策解读\n"
        "问：《行动方案》出台的背景是什么？\n"
        "答：营商环境是高质量发展的重要保障。近年来，我省持续深化“放管服”改革。\n"
        "问：在项目审批方面有哪些举措？有没有可借鉴的经验？\n"
        "答：《行动方案》提出，全面推行社会投资项目“极简审批”。\n"
        "湛江市在这方面先行先试，对园区内项目实行“一枚印章管审批”，审批时间压缩60%。\n"
        "韶关市则推行“区域评估+承诺制”，入园项目直接共享评估成果，节省时间3个月。\n"
        "问：企业遇到问题可以通过什么渠道反映？\n"
        "答：企业可通过12345政务服务便民热线反映问题和诉求。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == [normalise("湛江市"), normalise("韶关市")]
    assert quote(got[0]).endswith("审批时间压缩60%。")


def test_an_officials_answers_cite_places_as_examples_inside_paragraphs(tmp_path: Path) -> None:
    """An interview with a provincial official (记者：/the official's name): an answer states
    the policy, then cites a place after 比如，, or after a short topic sentence; a place's
    paragraph of its own follows. Each cited place is a case, its beneficiary's quote part of
    it (an answer that opens with its place stays the question's case); the policy talk and an
    answer that cites none are no case."""
    text = (
        "——访省商务厅厅长王立新\n"
        "记者：今年在稳外资方面有什么新举措？\n"
        "王立新：我们的思路是服务前移、精准对接，省里出台了稳外资二十条。比如，佛山市顺德区"
        "设立外资企业“服务专员”，一对一跟进项目落地，今年已服务外资项目126个。\n"
        "东莞市则推行外资项目“拿地即开工”，统一制定年度检查计划，平均开工时间提前4个月。\n"
        "“以前要等大半年，现在拿到地就能开工。”一家台资企业负责人说。\n"
        "记者：外贸企业出海有哪些支持？\n"
        "王立新：通关要快。珠海市联合拱北海关推行“两段准入”，整体通关时间压缩40%。\n"
        "记者：下一步有什么打算？\n"
        "王立新：下一步，我们将把基层的好经验总结推广到全省。\n"
    )
    got = measures_of(tmp_path, text)
    headings = [m.heading[:4] for m in got]
    assert headings == [normalise(p) for p in ("佛山市顺", "东莞市则", "外贸企业")]  # the question
    assert [m.status for m in got] == ["implemented"] * 3  # 检查计划 is no question on plans
    assert quote(got[1]).endswith("一家台资企业负责人说。")


def test_a_survey_report_with_place_practices_under_theme_headings(tmp_path: Path) -> None:
    """A 人大 survey report: 一、基本情况 二、主要做法和成效 三、存在问题 四、意见建议, the
    practices under （一）聚焦… theme headings as one sentence per place. Each place's sentence
    is a case; the problems' and the advice's items are none."""
    text = (
        "关于《优化营商环境条例》实施情况的调研报告\n"
        "一、基本情况\n条例实施以来，全省经营主体总量达到356万户。\n"
        "二、主要做法和成效\n"
        "（一）聚焦准入准营，政务服务效能不断提升\n"
        "吉林市推行“一业一证”改革，审批时限平均压缩80%以上。\n"
        "延吉市设立双语服务窗口，累计帮办代办事项1.3万件。\n"
        "（二）聚焦包容审慎，监管执法更加规范\n"
        "松原市推行“首违不罚”清单制度，明确免罚事项136项。\n"
        "敦化市推行涉企行政检查“扫码入企”，检查次数同比下降38%。\n"
        "三、存在问题\n（一）条例部分规定落实不到位。\n（二）要素保障仍有短板。\n"
        "四、意见建议\n（一）加大条例贯彻实施力度。\n（二）强化要素保障。\n（三）加强宣传培训。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == [
        normalise(p) for p in ("吉林市", "延吉市", "松原市", "敦化市")
    ]


def test_one_practice_told_in_bracketed_facets_is_one_case(tmp_path: Path) -> None:
    """A county page's 经验交流: 【背景】 【做法】 with 一是…二是…三是… 【成效】: the items are the
    steps of one case, headed by the page's title."""
    text = (
        "武邑县人民政府\n首页 | 政务公开 | 政务服务\n\n"
        "武邑县：“个转企”全周期服务激活经营主体活力\n"
        "发布时间：2025-07-22　来源：县市场监督管理局\n\n"
        "【背景】\n武邑县个体工商户超过2万户，转型升级需求迫切。\n"
        "【做法】\n一是建立培育库，县市场监督管理局按营业收入筛选重点个体户。\n"
        "二是推行“一件事”集成办理，县行政审批局实现注销与设立一次办结。\n"
        "三是强化转企后扶持，县工业和信息化局给予一次性奖励。\n"
        "【成效】\n今年上半年，全县共有312户个体工商户完成“个转企”，同比增长46%。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [normalise("武邑县：“个转企”全周期服务激活经营主体活力")]
    assert quote(got[0]).endswith("同比增长46%。")


def test_place_stories_after_a_citys_one_paragraph_items_are_cases(tmp_path: Path) -> None:
    text = (
        "首页 > 新闻中心 > 部门动态\n"
        "株洲市“三个一”打造涉企服务升级版\n"
        "来源：株洲市营商环境建设局　发布时间：2025-09-02\n"
        "今年以来，株洲市以“企业服务一站通”为抓手，持续提升涉企服务质效。\n"
        "一是一网受理，企业诉求“一键提”。市营商环境建设局上线涉企诉求平台，累计受理诉求1.2万件。\n"
        "二是一窗办结，审批服务“一次办”。市政务服务中心设立综合窗口，办结率达98.5%。\n"
        "三是一员到底，帮办服务“全程陪”。为重点项目配备帮办专员，审批时间压缩至15个工作日。\n"
        "芦淞区在全市率先推行“企业吹哨、部门报到”机制，由区营商办统筹，问题平均办结时间缩短至3天。"
        "\n"
        "醴陵市聚焦陶瓷产业，推行“标准地+承诺制”，新开工项目同比增长18%。\n"
        "下一步，株洲市将持续深化“企业服务一站通”，不断提升经营主体获得感。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["一是", "二是", "三是", None, None]
    assert quote(got[2]).endswith("压缩至15个工作日。")  # the last item is one paragraph
    assert got[3].heading.startswith("芦淞区在全市率先推行")
    assert quote(got[4]).startswith("醴陵市") and quote(got[4]).endswith("同比增长18%。")


def test_items_numbered_afresh_under_numbered_field_headings_are_cases(tmp_path: Path) -> None:
    text = (
        "市场监管总局办公厅关于推广登记注册便利化典型做法的通知\n"
        "各省、自治区、直辖市市场监管局：\n"
        "现将有关典型做法印发你们，请结合实际借鉴推广。\n"
        "附件\n"
        "1.准入准营便利化方面\n"
        "（1）南通市市场监管局推行“证照联办”。企业一次申请即可同步取得营业执照和许可证。\n"
        "（2）嘉兴市市场监管局推出经营主体“智能审批”。名称申报等8类事项实现秒批。\n"
        "2.退出便利化方面\n"
        "（1）泉州市市场监管局推行简易注销“一网通办”。注销办理时间压缩至1个工作日。\n"
        "（2）宜宾市市场监管局建立歇业备案“一次办”机制。全年办理歇业备案320户。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["(1)", "(2)", "(1)", "(2)"]
    assert got[2].heading == normalise("泉州市市场监管局推行简易注销“一网通办”。")
    sections = [m.section.stripped for m in got]
    assert sections == ["1.准入准营便利化方面"] * 2 + ["2.退出便利化方面"] * 2


def test_a_notices_requirements_are_no_cases_and_batches_number_afresh(tmp_path: Path) -> None:
    text = (
        "吉林省人民政府办公厅关于推广营商环境创新举措的通知\n"
        "各市（州）人民政府，省政府各厅委办、各直属机构：\n"
        "现将创新举措印发给你们，并提出如下要求。\n"
        "一是强化责任落实。各地各部门要把复制推广作为重要任务。\n"
        "二是注重实际效果。各地要结合实际细化落实措施。\n"
        "三是加强督促指导。省营商环境建设局要跟踪推广情况。\n"
        "附件\n"
        "第一批：在全省复制推广（2项）\n"
        "1.长春市推行“拿地即开工”。项目开工时间压缩至30天。\n"
        "2.吉林市推行企业开办“一日办结”。全年新设企业1.2万户。\n"
        "第二批：在具备条件的地区借鉴推广（2项）\n"
        "1.延吉市推行“双语帮办”。累计帮办事项860件。\n"
        "2.通化市推行“信用修复一次办”。已帮助96家企业完成信用修复。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["1", "2", "1", "2"]
    assert got[2].heading == normalise("延吉市推行“双语帮办”。")
    assert got[2].section.stripped == normalise("第二批：在具备条件的地区借鉴推广（2项）")


def test_a_data_page_of_marked_place_lines_gives_a_case_per_place(tmp_path: Path) -> None:
    text = (
        "数说｜“高效办成一件事”，各地亮出成绩单\n"
        "来源：湖南日报　　2026-03-12\n"
        "今年以来，我省持续推进“高效办成一件事”，各地拓展特色事项。一起来看——\n"
        "▍株洲市\n企业开办“一件事”\n● 全程网办率　97.2%\n● 累计办件　1.1万件\n"
        "营业执照、公章、发票、社保一次申请，市政务服务中心设立综合窗口。\n"
        "▍常德市\n水电气网联合报装“一件事”\n● 平均办理时间　压缩至3个工作日\n"
        "市行政审批服务局联合供电、供水企业“一窗受理、联合踏勘”。\n"
        "▍浏阳市\n企业注销“一件事”\n● 简易注销占比　64%\n"
        "市市场监督管理局、市税务局联合推行注销事项“一表申请”。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("企业开办“一件事”"),
        normalise("水电气网联合报装“一件事”"),
        normalise("企业注销“一件事”"),
    ]
    assert [m.section.stripped for m in got] == ["株洲市", "常德市", "浏阳市"]
    assert quote(got[0]).endswith("设立综合窗口。")  # the next place's line is not the case's


def test_numbered_photo_captions_with_spaced_names_are_no_cases(tmp_path: Path) -> None:
    text = (
        "港口通关再提速\n本报记者　程　远　何　静\n"
        "图①：福建厦门港海天码头。　本报记者　程　远摄\n"
        "图②：广西凭祥友谊关口岸。　本报记者　何　静摄\n"
        "跨境贸易便利化水平，是营商环境的重要指标。记者近日走访多个口岸。\n"
        "在福建厦门，厦门海关推行进口货物“船边直提”，通关时间压缩至2小时。\n"
        "广西凭祥则推行边民互市“无纸化申报”，全年申报单量增长35%。\n"
    )
    got = measures_of(tmp_path, text)
    assert [quote(m)[:4] for m in got] == ["在福建厦", "广西凭祥"]


def test_bulleted_items_under_a_plan_heading_after_the_cases_are_planned(tmp_path: Path) -> None:
    text = (
        "点击蓝字 关注我们\n"
        "这些“硬核”举措，让企业办事更省心\n"
        "今年以来，二七区市场监管局推出一系列便企利民新举措。一起来看看👇\n"
        "01\n个体户登记“智能秒批”\n二七区市场监管局推行个体户登记“智能秒批”，平均用时3分钟。\n"
        "02\n食品经营许可“证照联办”\n推行营业执照和食品经营许可“一次申请、证照同发”。\n"
        "03\n信用修复“一站式”办理\n在区政务服务中心设立信用修复专窗，全年修复523户。\n"
        "🔜下一步\n"
        "▶️推广“智能秒批”至变更、注销业务，实现个体户登记全生命周期“秒批”。\n"
        "▶️探索建立重点商圈“综合查一次”联合检查机制，减少对企业的干扰。\n"
        "小编说：优化营商环境，我们一直在路上！\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.status for m in got] == ["implemented"] * 3 + ["planned"] * 2
    assert got[3].heading.startswith("推广“智能秒批”至变更")
    assert "下一步" not in quote(got[2])  # the plan's heading ends the last case


def test_a_news_list_pages_dates_are_no_part_of_its_headlines(tmp_path: Path) -> None:
    text = (
        "当前位置：首页 > 政务公开 > 区县动态\n"
        "区县动态\n"
        "● 雁江区：企业开办“一件事”全面提速　　　　2025-09-26\n"
        "　　近日，雁江区政务服务中心推出企业开办“一件事”套餐，全程0.5个工作日办结。[详细]\n"
        "● 安岳县：小微企业用气报装“零投资”　　　　2025-09-15\n"
        "　　安岳县住房和城乡建设局推行用气报装“三零”服务，报装时间压缩至4个工作日。[详细]\n"
        "● 乐至县：涉企诉求“接诉即办”　　　　2025-09-08\n"
        "　　乐至县12345政务服务便民热线开设“企业专线”，今年受理涉企诉求612件。[详细]\n"
        "共 318 条　　首页　上一页　1　2　3　下一页　尾页\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("雁江区：企业开办“一件事”全面提速"),
        normalise("安岳县：小微企业用气报装“零投资”"),
        normalise("乐至县：涉企诉求“接诉即办”"),
    ]


def test_a_bulletins_department_item_among_place_items_and_its_closing_note(
    tmp_path: Path,
) -> None:
    text = (
        "湖北省优化营商环境工作简报\n2025年第9期\n"
        "【地方动态】\n"
        "襄阳市：“襄十通办”推动惠企政策“免申即享”\n"
        "　　今年以来，襄阳市依托涉企服务平台推动惠企政策直达，兑现时长压减至12天。\n"
        "宜昌市：12345热线开通企业诉求“直通车”\n"
        "　　宜昌市在12345政务服务便民热线设立企业诉求专席，诉求办结率达98%。\n"
        "荆州市：不动产抵押登记“银行端”直办\n"
        "　　荆州市推动不动产登记服务向银行网点延伸，全年办理抵押登记1260件。\n"
        "【部门动态】\n"
        "省税务局：跨区域涉税事项“一键通办”\n"
        "　　国家税务总局湖北省税务局上线跨区域涉税事项“一键通办”，办理时长缩短70%。\n"
        "【工作提示】\n"
        "　　请各市州于7月25日前报送上半年工作总结。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == ["襄阳市", "宜昌市", "荆州市", "省税务"]
    assert quote(got[-1]).endswith("缩短70%。")  # not the 【工作提示】 over the closing note


def test_items_that_sum_up_a_table_of_cases_are_no_cases(tmp_path: Path) -> None:
    """A report whose (一)(二)(三) items speak of all the places at once (各县（市）普遍推行…)
    beside a table with a row per place: the rows are the cases, the summaries none."""
    text = (
        "恩施州人大常委会关于全州优化营商环境工作情况的调研报告\n"
        "二、主要做法及成效\n"
        "（一）政务服务效能持续提升。各县（市）普遍推行“一窗通办”，群众满意度明显提高。\n"
        "（二）要素保障能力不断增强。各地建立产业链服务专班，推动供电、金融服务前移。\n"
        "（三）法治保障持续加强。州中级人民法院、州人民检察院积极发挥职能。\n"
        "附表\n"
        "序号\t地区\t特色做法\t成效\n"
        "1\t利川市\t推行“拿地即开工”。\t开工时间提前60天\n"
        "2\t恩施市\t推行“一业一证”改革。\t办证时间压缩70%\n"
        "3\t建始县\t建立“企业服务专员”制度。\t解决诉求200件\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("推行“拿地即开工”。"),
        normalise("推行“一业一证”改革。"),
        normalise("建立“企业服务专员”制度。"),
    ]


def test_a_cases_own_next_steps_part_is_no_plan_over_the_cases_below(tmp_path: Path) -> None:
    text = (
        "地方优化营商环境典型经验做法汇编\n"
        "案例1　浙江省宁波市：推行“一业一证”改革\n"
        "一、主要做法\n宁波市市场监管局将行业准入涉及的多张许可证整合为一张行业综合许可证。\n"
        "二、取得成效\n截至9月底，已发放行业综合许可证1.2万张。\n"
        "三、下一步工作\n宁波市将把“一业一证”扩展至更多行业。\n"
        "案例2　江苏省苏州市：工程建设项目“竣工即交付”\n"
        "一、主要做法\n苏州市住房城乡建设局推行联合验收“一口受理”。\n"
        "二、取得成效\n项目验收时间压缩至5个工作日。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["案例1", "案例2"]
    assert [m.status for m in got] == ["implemented"] * 2
    assert quote(got[0]).endswith("扩展至更多行业。")  # its next steps are part of it


def test_a_run_of_items_some_headed_some_told_in_one_sentence(tmp_path: Path) -> None:
    text = (
        "株洲市人民政府办公室关于复制推广优化营商环境改革试点经验的通知\n"
        "各县市区人民政府，市直机关各单位：\n"
        "现将试点经验印发给你们，请结合实际复制推广。\n"
        "一、复制推广内容\n"
        "1.工业项目“多证同发”（试点地区：醴陵市、攸县）\n"
        "在土地出让合同签订后一次性核发多项证书，项目开工时间提前30天。\n"
        "2.企业登记“智能导办”。芦淞区依托智能导办系统引导申请人填报，一次通过率达95%。\n"
        "3.用水用气“无感报装”（试点地区：荷塘区、天元区）\n"
        "供水、供气企业提前获取项目信息，主动上门服务，报装时间压缩至3个工作日。\n"
        "二、工作要求\n"
        "各县市区要加强组织领导，确保改革落地见效。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["1", "2", "3"]
    assert got[0].heading == normalise("工业项目“多证同发”（试点地区：醴陵市、攸县）")
    assert got[1].heading == normalise("企业登记“智能导办”。")
    assert quote(got[2]).endswith("压缩至3个工作日。")


SPACE_ALIGNED_TABLE = """湖北省优化营商环境创新举措推广清单（第二批）

序号  地区          举措名称                  主要内容
1     武汉市        企业开办“一件事”集成办理  将企业设立登记、公章刻制等事项整合为
                                              “一件事”，开办时间压缩至0.5个工作日。
2     宜昌市        社会投资工业项目“清单制+  编制审批事项清单，施工许可审批时间由
                    告知承诺制”审批           20个工作日压缩至5个工作日。
3     十堰市郧阳区  涉企纠纷“一站式”化解      区人民法院、区司法局联合设立商会调解
                                              中心，累计化解涉企纠纷1240件。

— 6 —

序号  地区          举措名称                  主要内容
4     省市场监管局  个体工商户登记“智能审批”  依托全省统一的经营主体登记系统，对申
                                              请材料实行智能比对，办件18.6万件。

湖北省优化营商环境工作领导小组办公室　　　　2025年11月4日印发
"""


def test_a_table_aligned_by_spaces_with_wrapped_cells(tmp_path: Path) -> None:
    """Cells set apart by runs of spaces, each wrapping onto lines set in under its column,
    the header again after a page number, and the printing line at the foot."""
    got = measures_of(tmp_path, SPACE_ALIGNED_TABLE)
    assert [m.heading for m in got] == [
        normalise("企业开办“一件事”集成办理"),
        normalise("社会投资工业项目“清单制+告知承诺制”审批"),
        normalise("涉企纠纷“一站式”化解"),
        normalise("个体工商户登记“智能审批”"),
    ]
    assert quote(got[1]).rstrip().endswith("压缩至5个工作日。")
    assert "印发" not in quote(got[-1])


def test_a_reply_to_a_proposal_with_county_practices_and_its_plans(tmp_path: Path) -> None:
    """A bureau's reply to a 政协 proposal: 一、关于…的建议 sections (no place), one holding
    （一）（二） place practices, the last a plan told as 一是…；二是… in one paragraph."""
    text = (
        "关于市政协第0156号提案的答复\n张委员：\n您提出的提案收悉。现答复如下：\n"
        "一、关于完善政策体系的建议\n近年来，市委、市政府先后出台多项政策文件。\n"
        "二、关于总结推广县域典型经验的建议\n现将两个具有代表性的做法报告如下：\n"
        "（一）武乡县推行“项目管家”全程帮办。县行政审批服务管理局组建队伍，服务项目97个。\n"
        "（二）沁源县推出“小米贷”质押融资。县农商银行已发放质押贷款1.35亿元。\n"
        "三、下一步工作打算\n"
        "下一步，我委将重点做好以下工作：一是在全市推广“项目管家”模式；二是建立县域营商环境"
        "季度监测评价制度。\n"
        "感谢您对发展改革工作的关心和支持。\n"
    )
    got = measures_of(tmp_path, text)
    assert [(m.label, m.status) for m in got] == [
        ("(一)", "implemented"),
        ("(二)", "implemented"),
        ("一是", "planned"),
        ("二是", "planned"),
    ]


def test_boxes_beside_a_feature_are_cases_only_when_they_tell_a_place(tmp_path: Path) -> None:
    text = (
        "涉企检查做“减法”\n本报记者　王　芳\n"
        "多地规范涉企行政检查，企业获得感明显增强。\n"
        "检查少了，服务多了\n"
        "台州市市场监管局推行涉企检查“白名单”，今年检查次数同比下降40%。\n"
        "一张清单管到底\n"
        "常德市编制涉企行政检查事项清单，保留检查事项860项。\n"
        "【延伸阅读】\n"
        "注销更顺畅\n"
        "岳阳市行政审批服务局推行“企业注销一件事”，平均办理时间压缩至5个工作日。\n"
        "【延伸阅读】\n"
        "行政检查有关规定\n"
        "有关法律明确，行政检查应当依法进行，禁止违规异地执法、趋利性执法。\n"
        "【记者手记】\n"
        "让“无事不扰”成为常态\n"
        "从台州的“白名单”到常德的“一张清单”，规范检查不是削弱监管，而是让监管更精准。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == ["检查少了,服务多了", "一张清单管到底", "注销更顺畅"]
    survey = text.replace("【记者手记】", "【调研手记】")  # a provincial paper's 一线调研 notes
    assert [m.heading for m in measures_of(tmp_path, survey, "survey.txt")][-1] == "注销更顺畅"
    takeaways = text.replace("【记者手记】", "📌 划重点")  # a WeChat post's closing box
    assert [m.heading for m in measures_of(tmp_path, takeaways, "post.txt")][-1] == "注销更顺畅"


def test_a_longer_topic_sentence_before_a_story_set_in_its_place(tmp_path: Path) -> None:
    text = (
        "涉企检查做“减法”\n本报记者　王　芳\n"
        "多地规范涉企行政检查，企业获得感明显增强。\n"
        "检查少了，服务多了\n"
        "台州市市场监管局推行涉企检查“白名单”，今年检查次数同比下降40%。\n"
        "有事找得到人\n"
        "规范检查不是“一刀切”地不管，而是把监管力量用在刀刃上。在四川省宜宾市叙州区，"
        "区市场监管局对一般风险企业推行“合规体检”，全年服务企业320家。\n"
        "湖北宜昌则把“无感监管”延伸到新业态，今年以来线上核查平台企业1.2万家。\n"
    )
    got = measures_of(tmp_path, text)
    assert [quote(m)[:4] for m in got] == ["台州市市", "在四川省", "湖北宜昌"]


def test_a_work_reports_elided_parts_are_no_sections(tmp_path: Path) -> None:
    """……（略） where an excerpt left text out: furniture, not a heading over the reforms."""
    text = (
        "武山县人民政府工作报告（节选）\n各位代表：\n"
        "一、2025年工作回顾\n过去一年，全县经济稳中有进。\n……（略）\n"
        "（四）营商环境持续优化。推行企业开办“一窗通办”，开办时间压缩至0.5个工作日。"
        "全面推行涉企行政检查“扫码入企”，检查次数同比下降35%。\n……（略）\n"
        "二、2026年工作安排\n……（略）\n"
        "（五）持续打造一流营商环境。深化“高效办成一件事”改革，新增15个县级特色事项。"
        "推行“综合查一次”，对同一企业的多项检查合并为一次。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.status for m in got] == ["implemented"] * 2 + ["planned"] * 2
    assert [m.section.stripped for m in got][-1] == normalise("二、2026年工作安排")


def test_theme_items_that_run_places_practices_on_after_ru(tmp_path: Path) -> None:
    """A 人大 report's （一）… items each tell the theme, then run the places' practices on after
    如，… separated by ；: each place's practice is a case, the item is none."""
    text = (
        "关于检查《吉林省优化营商环境条例》实施情况的报告\n"
        "一、条例实施的主要成效\n"
        "（一）政务服务效能持续提升。各级政府把“一网通办”落到实处。如，长春市推行“办不成事”"
        "反映窗口，今年以来共解决问题2140件；吉林市推行“企业开办+银行开户”一窗联办，"
        "企业开办时间压缩至0.5个工作日。\n"
        "（二）要素保障能力不断增强。各地出台了一批务实举措。如，四平市推行“标准地+承诺制”"
        "供地，平均用地审批时间缩短40%；通化市实施“阳光业扩”服务，累计节省办电成本1.36亿元。\n"
        "二、存在的主要问题\n"
        "（一）条例部分规定落实不到位。\n（二）要素保障仍有短板。\n"
    )
    got = measures_of(tmp_path, text)
    assert [quote(m)[:3] for m in got] == ["长春市", "吉林市", "四平市", "通化市"]
    assert quote(got[1]).endswith("0.5个工作日。")


def test_facets_of_one_named_reform_are_one_case_and_the_places_after_them_cases(
    tmp_path: Path,
) -> None:
    """A lead naming one reform by its quoted name, then 一是…四是… that are its facets, then
    cities' paragraphs: one case from the lead, and one per city. A lead that counts several
    practices (三项做法) keeps its items cases."""
    one = (
        "我省深化项目审批“一件事”改革\n"
        "今年以来，省发展改革委牵头推进企业投资项目审批“一件事”改革，审批时间压缩一半。\n"
        "一是推行“多评合一”。将环评、能评等评估事项合并办理。\n"
        "二是实行“承诺制+标准地”。企业承诺后即可开工。\n"
        "三是开展“模拟审批”。项目尚未取得土地时提前审查。\n"
        "四是全面推行帮办代办。为重点项目提供全程帮办服务。\n"
        "株洲市在省级园区推行“交地即交证”，今年已有32个项目受益。\n"
        "下一步，省发展改革委将持续深化改革。\n"
    )
    got = measures_of(tmp_path, one)
    assert [quote(m)[:4] for m in got] == ["今年以来", "株洲市在"]
    assert quote(got[0]).endswith("全程帮办服务。")
    several = one.replace("审批时间压缩一半。", "总结出四项具有代表性的做法。")
    assert [m.label for m in measures_of(tmp_path, several, "b.txt")][:4] == [
        "一是",
        "二是",
        "三是",
        "四是",
    ]


def test_a_round_up_of_other_places_and_a_reminder_close_a_web_list(tmp_path: Path) -> None:
    """A traditional-character web page lists places' measures under 一、… 二、…, then rounds
    up others in passing (此外，X、Y等地亦…), reminds its readers (本站提醒：…) and ends in a
    disclaimer (免責聲明：…): the last case ends with its own paragraph."""
    text = (
        "大陸各地近期改善營商環境措施摘要\n\n"
        "一、浙江省寧波市：外資企業登記「一網通辦」\n"
        "　　寧波市市場監管局推行外資企業登記「一網通辦」，平均辦理時間縮短至1個工作日。\n\n"
        "二、湖北省武漢市：臺資企業融資「專員制」\n"
        "　　武漢市地方金融管理局為臺資企業配備融資專員，已協助32家企業獲得貸款4.6億元。\n\n"
        "　　此外，蘇州、東莞等地近期亦推出臺資企業用工服務措施，本站將持續關注。\n\n"
        "　　本站提醒：赴大陸投資應審慎評估相關風險，如遇糾紛可撥打服務專線。\n\n"
        "免責聲明：本頁資訊依公開資料整理，僅供參考。\n"
    )
    got = measures_of(tmp_path, text)
    assert len(got) == 2
    assert quote(got[-1]).endswith("4.6億元。")


def test_a_list_whose_cases_sit_at_the_level_each_section_needs(tmp_path: Path) -> None:
    """A provincial list: under 一、 the cases are (一)(二) items; under 二、 they are 1. 2.
    items below (一) theme lines; under 三、 (1)(2) items below 1. theme lines; one item is the
    province's own bureau's. Every item led by a place or body is a case, the theme lines are
    sections, and the closing requirements are none."""
    text = (
        "关于印发《全省2025年度优化营商环境典型经验做法》的通知\n"
        "各市（州）人民政府，省直各部门：\n现将典型经验做法印发给你们，请结合实际借鉴推广。\n"
        "一、政务服务\n"
        "（一）兰州市推行“一业一证”改革。将28个行业的多项许可整合为一张行业综合许可证。\n"
        "（二）天水市推进“无证明城市”建设。累计取消证明材料216项。\n"
        "二、要素保障\n"
        "（一）用地保障\n"
        "1.白银市推行工业用地“标准地”出让。企业拿地即可开工，已出让标准地36宗。\n"
        "2.省自然资源厅推行不动产登记“带押过户”。全省办理带押过户业务1.2万件。\n"
        "（二）用电保障\n"
        "1.武威市推行低压小微企业“三零”办电。平均接电时间压缩至5天。\n"
        "2.张掖市推行“水电气暖”联合报装。一次申请、联合踏勘，办理时限压缩60%。\n"
        "三、监管执法\n"
        "1.信用监管\n"
        "（1）酒泉市对经营主体实施信用风险分类管理，对低风险主体降低抽查比例。\n"
        "（2）嘉峪关市推行信用修复“一次办”，修复时限压缩至2个工作日。\n"
        "2.包容审慎监管\n"
        "（1）定西市制定“免罚清单”，对首次轻微违法行为不予处罚。\n"
        "四、有关要求\n"
        "（一）各地要认真学习借鉴典型经验做法，抓好复制推广。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == [
        normalise(p)
        for p in (
            "兰州市",
            "天水市",
            "白银市",
            "省自然",
            "武威市",
            "张掖市",
            "酒泉市",
            "嘉峪关",
            "定西市",
        )
    ]
    assert quote(got[3]).endswith("1.2万件。")  # not over （二）用电保障
    assert quote(got[-1]).endswith("不予处罚。")


def test_cases_written_in_field_labels_are_titled_by_their_name_field(tmp_path: Path) -> None:
    """A 最佳实践案例 annex: 【案例N】 alone on its line, then 案例名称：/申报单位：/主要内容：/
    实践效果： lines. The 案例名称 value is the title; the other fields are the case's body."""
    text = (
        "中国（广西）自由贸易试验区第三批最佳实践案例\n"
        "【案例1】\n"
        "案例名称：跨境电商“一站式”通关服务\n"
        "申报单位：南宁市商务局\n"
        "主要内容：在南宁综合保税区设立跨境电商服务中心，推行申报、查验、放行一站式办理。\n"
        "实践效果：跨境电商通关时间压缩至2小时以内。\n"
        "【案例2】\n"
        "案例名称：边境贸易“互市+加工”模式\n"
        "申报单位：崇左市人民政府\n"
        "主要内容：在凭祥设立互市商品落地加工园区，推行“互市+加工”模式。\n"
        "实践效果：带动边民增收1.6亿元。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("跨境电商“一站式”通关服务"),
        normalise("边境贸易“互市+加工”模式"),
    ]
    assert quote(got[0]).endswith("2小时以内。")


def test_headings_credited_to_their_place_at_the_end_are_cases(tmp_path: Path) -> None:
    """A site reprints a notice's list: 一、… headings that name their place or body only in a
    bracket at the end (（杭州市）, （省市场监管局）), under an editor's note that names places
    in passing, then the site's reminder. Each heading is a case, with or without a body."""
    note = (
        "【转载】浙江省优化营商环境改革创新经验做法清单\n"
        "【编者按】近日，浙江省人民政府办公厅印发通知，在全省复制推广4项改革创新经验做法，"
        "其中多项涉及宁波舟山港及杭州、温州，与港资企业投资经营密切相关。现将清单转载如下。\n"
    )
    items = [
        ("一、推行商事登记“确认制”改革（杭州市）", "新设经营主体平均办理时间压缩至0.5个工作日。"),
        (
            "二、推行港资投资“一口受理”服务（宁波市北仑区）",
            "香港投资者可通过视频核验远程办理登记。",
        ),
        ("三、推行进出口货物“无感通关”（舟山市）", "集装箱平均通关时间压缩至1小时。"),
        ("四、推行经营主体信用修复“一网通办”（省市场监管局）", "全省累计办理信用修复1.6万件。"),
    ]
    reminder = "本站提示：港资企业如拟赴上述地区投资，可致电本站服务热线查询。\n"
    headings_only = note + "".join(h + "\n" for h, _ in items) + reminder
    with_bodies = note + "".join(f"{h}\n　　{b}\n" for h, b in items) + reminder
    for text in (headings_only, with_bodies):
        got = measures_of(tmp_path, text)
        assert [m.label for m in got] == ["一", "二", "三", "四"]
        assert got[1].heading == normalise("推行港资投资“一口受理”服务（宁波市北仑区）")
    assert quote(got[-1]).endswith("1.6万件。")


def test_a_table_header_over_no_row_is_no_table(tmp_path: Path) -> None:
    """A compilation's contents set as a table whose header (序号  案例名称  页码) stands over
    no row it can read (the first line under it is the compilation's note): no table, and the
    cases below are read as ever (the header once stopped the whole document's build)."""
    text = (
        "优化营商环境典型案例集\n"
        "序号    案例名称                        页码\n"
        "本集收录2025年度典型案例，按报送先后排列。\n"
        "案例一　鄂尔多斯市：企业全生命周期服务“一链办”\n"
        "鄂尔多斯市推行企业全生命周期服务“一链办”，办理时限压缩60%。\n"
        "案例二　阿拉善盟：新能源项目“一站式”集成审批\n"
        "阿拉善盟推行新能源项目集成审批，审批时间由90天压缩至30天。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["案例一", "案例二"]


def test_places_run_on_in_a_section_that_holds_no_item(tmp_path: Path) -> None:
    """A reply to a proposal: 一、 lists the bureau's own reforms as 一是…二是…三是…; 二、 holds no
    item, only a paragraph that runs the cities' practices on after 好做法：(A市…；B市…；C市…).
    Each city's clause is a case too."""
    text = (
        "关于政协第十三届四次会议第0218号提案的答复\n"
        "一、关于“推进一件事改革”的建议\n"
        "一是拓展集成办理范围。今年新增企业信息变更等12个“一件事”。\n"
        "二是设立综合窗口。全省政务服务中心均设立“一件事”综合窗口。\n"
        "三是开设掌上办专区。今年以来掌上办件量达到18万件。\n"
        "二、关于“加强基层政务服务”的建议\n"
        "我局指导各市因地制宜探索创新，涌现出一批好做法：西宁市推行“15分钟政务服务圈”，"
        "基层办件量占比达38%；海东市推行“政务服务+邮政”模式，代办业务1.6万件；"
        "海西州格尔木市推行“帮办代办员”制度，帮办事项9000余件。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == [
        normalise(p) for p in ("拓展集", "设立综", "开设掌", "西宁市", "海东市", "海西州")
    ]


def test_an_infographics_text_version_gives_a_case_per_numbered_block(tmp_path: Path) -> None:
    """一图读懂's text version: a totals block whose figures open lines (1.86万户 → …, a decimal,
    no label), then blocks numbered 01｜… 02｜…, one crediting its body on the line under its
    heading (国家税务总局…税务局), a rule, and a plan heading (2026年，我们将这样干) over ▶ bullets:
    each block is a case, each bullet a planned case."""
    text = (
        "一图读懂｜廊坊2025年营商环境改革“成绩单”\n"
        "▍总览\n"
        "1.52万户 → 全年新登记经营主体\n"
        "━━━━━━━━\n"
        "01｜企业开办\n"
        "0.5个工作日 → 企业开办全流程用时\n"
        "2.8万件 → 全年办理量\n"
        "02｜纳税服务\n"
        "国家税务总局廊坊市税务局\n"
        "“税费服务直通车”：问题直报、专人直办\n"
        "97% → 涉税事项网上办理率\n"
        "03｜获得电力\n"
        "15天 → 6天（高压办电平均时长）\n"
        "━━━━━━━━\n"
        "⬇ 2026年，我们将这样干\n"
        "▶ 新增12个“一件事”集成服务\n"
        "▶ 在临空经济区推行工业用地“标准地”出让\n"
        "━━━━━━━━\n"
        "数据来源：廊坊市营商环境建设局\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["01", "02", "03", None, None]
    assert [m.status for m in got] == ["implemented"] * 3 + ["planned"] * 2
    assert quote(got[1]).endswith("涉税事项网上办理率")  # past the body's credit line


def test_a_numbered_policy_qa_gives_the_places_its_answers_cite(tmp_path: Path) -> None:
    """A 政策问答 on a provincial rule, its questions numbered (1.问：…) and answered (答：…):
    the answers restate the rule, and some then cite a place's practice in a paragraph of its
    own (这一做法已有实践基础。2024年起，长春市…; 在实践中，延边州…。吉林市则…). The cited
    places are the cases; the questions and the rule's own words are none."""
    text = (
        "《吉林省规范涉企行政检查办法》政策问答\n"
        "1.问：《办法》出台的背景是什么？\n"
        "答：规范涉企行政检查，是减轻企业负担、优化营商环境的重要举措。\n"
        "2.问：什么是“综合查一次”？\n"
        "答：《办法》规定，多个行政机关对同一企业实施检查的，应当联合进行。\n"
        "这一做法在我省已有实践基础。2024年起，长春市在8个行业试点“综合查一次”，"
        "企业接受检查次数下降52%。\n"
        "3.问：企业第一次轻微违法，一定会被罚款吗？\n"
        "答：不一定。《办法》明确，首次违法且危害后果轻微的，可以不予处罚。\n"
        "在实践中，延边州推行“首违不罚+说理式执法”，去年不予处罚案件312件。"
        "吉林市则推行“轻微违法行为告知承诺制”，企业签订承诺书后限期整改。\n"
        "4.问：《办法》对执法人员有哪些约束？\n"
        "答：执法人员应当持证上岗、文明检查。\n"
        "目前，省司法厅已建成涉企行政检查监管平台，全省检查计划全部在平台公示。\n"
    )
    got = measures_of(tmp_path, text)
    openings = ["2024年起", "在实践中，延", "吉林市则推行", "目前，省司法"]
    assert [quote(m)[:6] for m in got] == openings  # the last, the province's own bureau


def test_a_series_of_stories_labelled_zhi_yi_with_credit_lines(tmp_path: Path) -> None:
    """A county media centre's series page: stories labelled 之一｜… 之二｜…, each closed by its
    credits, in brackets (（融媒体记者　张蕾　通讯员　刘建军）) or as a line of names (记者：王浩
    编辑：赵敏), which is no reporter's question: a case per story, titled after its label."""
    text = (
        "营商环境改革进行时\n"
        "——三原县融媒体中心系列报道\n"
        "之一｜“证照联办”让开店少跑腿\n"
        "三原县行政审批服务局推行个体工商户“证照联办”，办理时间由15天压缩至3天。\n"
        "（融媒体记者　张蕾　通讯员　刘建军）\n"
        "之二｜税费服务驿站开进工业园区\n"
        "国家税务总局三原县税务局在工业园区设立税费服务驿站，已为企业办理业务2300笔。\n"
        "记者：王浩　　编辑：赵敏\n"
    )
    got = measures_of(tmp_path, text)
    assert [(m.label, m.heading) for m in got] == [
        ("之一", normalise("“证照联办”让开店少跑腿")),
        ("之二", normalise("税费服务驿站开进工业园区")),
    ]
    assert quote(got[0]).rstrip().endswith("压缩至3天。")


def test_minutes_give_a_case_per_speaking_place_in_a_section_of_paragraphs(
    tmp_path: Path,
) -> None:
    """A city's meeting minutes: 一、 holds no items but a paragraph per speaking place
    (泸溪县推行…, 吉首市…) and per body of the city (州数据局依托…, whose place is the
    document's); each is a case beside the items of 三、 (read as ever), and the section's own
    total is none."""
    text = (
        "湘西州人民政府专题会议纪要\n"
        "湘西州人民政府办公室　2026年3月20日\n"
        "一、关于2025年全州优化营商环境工作\n"
        "会议认为，全州营商环境持续向好，全年新设经营主体2.6万户。\n"
        "泸溪县推行企业开办“一窗通办”，由县行政审批局设立集成服务专窗，企业开办压缩至0.5个工作日。"
        "\n"
        "吉首市推行工业项目“拿地即开工”，全年18个项目实现拿地即开工。\n"
        "州数据局依托“湘西政务通”深化“无证明城市”建设，累计清理证明事项216项。\n"
        "二、关于当前存在的问题\n"
        "会议指出，部分县市涉企检查频次偏高，凤凰县入企检查次数同比上升。\n"
        "三、关于2026年重点工作\n"
        "（一）由州司法局牵头，6月底前在全州推行涉企行政检查“综合查一次”。\n"
        "（二）由州发展改革委牵头，9月底前建成惠企政策直达平台，推行“免申即享”。\n"
        "（三）由州市场监管局牵头，年内推行个体工商户“个转企”一件事。\n"
        "（四）由州营商办牵头，每季度通报各县市工作进展。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:6] for m in got] == [
        "泸溪县推行企",
        "吉首市推行工",
        "州数据局依托",
        "由州司法局牵",
        "由州发展改革",
        "由州市场监管",
        "由州营商办牵",
    ]


def test_a_travelogues_stops_labelled_di_n_zhan_are_its_cases(tmp_path: Path) -> None:
    """A travelogue feature whose parts are stops (第一站｜汉中：…, 第二站｜十堰：…): a case per
    stop, labelled as written and titled by the words after the bar."""
    text = (
        "汉江行：沿江城市的营商“新答卷”\n"
        "第一站｜汉中：给入企检查“立规矩”\n"
        "汉中市推行涉企检查“扫码入企”，全年入企检查次数下降42%。\n"
        "第二站｜十堰：香菇之乡有了服务站\n"
        "十堰市郧阳区在香菇产区设立企业服务站，全年代办业务1800件。\n"
        "第三站｜仙桃：无纺布走向世界更快了\n"
        "仙桃市推行出口企业“一站式”通关，通关时间压缩至1天。\n"
    )
    got = measures_of(tmp_path, text)
    assert [(m.label, m.heading) for m in got] == [
        ("第一站", normalise("汉中：给入企检查“立规矩”")),
        ("第二站", normalise("十堰：香菇之乡有了服务站")),
        ("第三站", normalise("仙桃：无纺布走向世界更快了")),
    ]


def test_a_heading_over_a_quote_set_in_one_place_and_another_places_story(
    tmp_path: Path,
) -> None:
    """A 要闻 feature's phrase headings, each over two places: the first story opens with a
    quote set in its place (“以前…”在江苏无锡市新吴区，…), the second with a place (湖南株洲市
    天元区则…): a case per place, not per heading; a quote followed by a firm of the place
    (“…”浙江衢州市一家企业负责人说) opens that place's story."""
    text = (
        "各地持续优化营商环境观察\n"
        "审批提速　项目早落地\n"
        "“以前跑手续要两三个月，现在一天拿到手。”在江苏无锡市新吴区，一家企业负责人说。\n"
        "这得益于无锡市推行的“拿地即开工”改革，今年已有86个项目实现拿地即开工。\n"
        "湖南株洲市天元区则在“审批不见面”上做文章，为142个项目提供帮办代办服务。\n"
        "监管有度　经营更安心\n"
        "“以前一个月要迎接好几拨检查。”浙江衢州市一家化工企业负责人说。\n"
        "衢州市推行涉企行政检查“综合查一次”，检查次数同比减少42%。\n"
        "贵州遵义市则把信用作为监管的“指挥棒”，对低风险企业的检查户次同比减少36%。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:6] for m in got] == [
        normalise("“以前跑手续"),
        "湖南株洲市天",
        normalise("“以前一个月"),
        "贵州遵义市则",
    ]


def test_ordinal_items_count_afresh_under_each_bracketed_theme(tmp_path: Path) -> None:
    """A city's work summary: （一）（二） theme headings (聚焦…) over 一是…二是… items that count
    afresh under each: every item is a case (the city's own: 市市场监管局会同…), not only the
    first run of them."""
    text = (
        "潍坊市优化营商环境工作领导小组办公室\n关于2025年全市优化营商环境工作情况的总结\n"
        "一、主要工作及成效\n"
        "（一）聚焦准入准营，经营主体活力持续激发\n"
        "一是深化企业开办“一网通办”。市市场监管局会同市税务局将企业开办压缩至0.5个工作日。\n"
        "二是推行个体工商户“证照联办”。市行政审批服务局将办理时间压缩至2个工作日。\n"
        "（二）聚焦项目建设，审批服务提速增效\n"
        "一是全面推行工业项目“拿地即开工”。全年86个项目实现拿地即开工。\n"
        "二是推行水电气网联合报装。市住房城乡建设局牵头，报装时间压缩至5个工作日。\n"
        "（三）聚焦公正监管，法治保障更加有力\n"
        "一是推行“综合查一次”。市司法局牵头，入企检查次数同比下降38%。\n"
        "二是优化商事纠纷化解。市中级人民法院联合市工商联全年调解商事纠纷2180件。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["一是", "二是"] * 3


def test_an_evaluations_summing_up_section_is_no_case(tmp_path: Path) -> None:
    """An evaluation notice: 一、总体情况 rates places (长沙市、株洲市…评为“A+”档次) and tells no
    practice; the cases are the places of 二、's items, two in an item that names two."""
    text = (
        "湖南省优化营商环境领导小组办公室\n关于2025年度全省营商环境评价结果的通报\n"
        "各市州人民政府，省直有关单位：\n"
        "　　按照省委、省政府部署，省营商办委托第三方机构开展了年度评价。现将结果通报如下。\n"
        "　　一、总体情况\n"
        "　　全省平均得分82.6分，较上年提高2.3分。长沙市、株洲市、湘潭市总体表现优异，评为"
        "“A+”档次；衡阳市、岳阳市、常德市评为“A”档次。县域层面，浏阳市、醴陵市等20个县（市、区）"
        "进入全省前20名。\n"
        "　　二、标杆指标及典型做法\n"
        "　　各地共形成标杆指标68个，现选取部分标杆地区的典型做法予以通报。\n"
        "　　（一）开办企业。标杆地区：长沙市、株洲市。长沙市推行企业开办“一网通办”，企业开办"
        "全流程压缩至4个小时以内。株洲市推行“企业开办+银行开户”联办，开户当日办结。\n"
        "　　（二）办理建筑许可。标杆地区：湘潭市、衡阳市。湘潭市推行工业项目“标准地+承诺制”，"
        "全年213个项目实现“拿地即开工”。衡阳市推行竣工联合验收，验收时间压缩至5个工作日。\n"
        "　　（三）获得电力。标杆地区：岳阳市。国网岳阳供电公司推行低压小微企业“三零”服务，"
        "低压接电平均用时1.9天。\n"
        "　　三、存在的主要问题\n"
        "　　个别市州“一件事”办理仍停留在线下物理集成，全程网办率不足50%。\n"
        "　　四、工作要求\n"
        "　　各地要对照评价结果，制定整改方案，于2026年5月底前报省营商办。\n"
    )
    got = measures_of(tmp_path, text)
    assert not any(quote(m).startswith("一、总体情况") for m in got)
    assert [quote(m)[:3] for m in got[:4]] == ["长沙市", "株洲市", "湘潭市", "衡阳市"]


def test_an_excerpt_of_a_compilation_counts_its_cases_from_where_it_begins(
    tmp_path: Path,
) -> None:
    """A compilation's excerpt (节选) opens at 案例5: its labelled cases are cases, however
    high the first number, with page numbers (— 16 —) between them."""
    text = (
        (
            "某省优化营商环境典型案例汇编（节选）\n\n— 15 —\n\n"
            "案例5　“一企一档”服务企业全生命周期\n【基本情况】\n"
            "甲市乙区推行“一企一档”改革，为3260家企业建立电子档案。\n"
            "【主要做法】\n一是归集涉企数据。二是配备企业服务专员。\n\n— 16 —\n\n"
            "案例6　丙市：“信用+金融”破解融资难题\n【基本情况】\n"
            "丙市发展改革委搭建“丙企融”平台，累计撮合融资326亿元。\n"
            "【经验启示】\n以政府增信撬动金融资源。\n"
        )
        .replace("甲市乙区", "绵阳市涪城区")
        .replace("丙市", "乐山市")
        .replace("丙企融", "乐企融")
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["案例5", "案例6"]
    assert got[1].heading == normalise("乐山市：“信用+金融”破解融资难题")
    assert "— 16 —" not in quote(got[0]).rstrip()[-8:]


def test_a_bulletin_article_on_one_reform_in_headed_sections_is_one_case(
    tmp_path: Path,
) -> None:
    """A county's 简报 article: a headline in two lines naming the reform, a lead naming it,
    then 一、… 五、改革成效 that name no place: one case from the headline; the bulletin's
    【工作动态】 news below it is no part of it."""
    text = (
        "某县优化营商环境工作简报\n第3期\n\n"
        "【编者按】现将我县有关做法编发，供学习借鉴。\n\n"
        "盐池县推行“交地即发证”改革\n跑出项目落地“加速度”\n\n"
        "今年以来，盐池县推行“交地即发证”改革，县自然资源局、县审批服务管理局协同发力。\n"
        "一、前置服务，推行“带方案出让”\n县自然资源局在出让前统筹开展区域评估。\n"
        "二、并联审批，实行“三证同发”\n县审批服务管理局对三项许可实行并联审批。\n"
        "三、改革成效\n全县已有9个项目实现“交地即发证”，平均用时由60天压缩至1天。\n\n"
        "【工作动态】\n"
        "3月28日，县审批服务管理局举办审批业务培训班，80余名业务骨干参加培训。\n"
    )
    got = measures_of(tmp_path, text)
    assert len(got) == 1
    assert got[0].heading == normalise("盐池县推行“交地即发证”改革跑出项目落地“加速度”")
    assert quote(got[0]).rstrip().endswith("压缩至1天。")
    several = text.replace("盐池县推行“交地即发证”改革\n", "盐池县优化营商环境工作综述\n")
    assert len(measures_of(tmp_path, several, "b.txt")) > 1  # no headline names the reform


def test_a_conference_roster_is_no_case_and_a_bureau_answer_in_a_series_gives_its_items(
    tmp_path: Path,
) -> None:
    """A provincial press conference: the roster under 【发布人】 (玉溪市人民政府副市长　李文涛)
    names who speaks, no case; a province bureau answering with 一是…二是… gives a case per
    item, and a city official's answer its city's case."""
    text = (
        "云南省人民政府新闻办公室新闻发布会\n\n"
        "【主持人】\n云南省人民政府新闻办公室副主任　杨晓春\n\n"
        "【发布人】\n云南省市场监督管理局副局长　段红梅\n玉溪市人民政府副市长　李文涛\n\n"
        "杨晓春：\n大家上午好！首先请段红梅女士介绍。\n\n"
        "云南日报记者：\n请问省市场监管局有哪些举措？\n\n"
        "段红梅：\n谢谢您的提问。近年来，省市场监管局主要抓了两方面工作。"
        "一是在全省推行食品经营许可“告知承诺制”，全年发放许可证4.3万张。"
        "二是推行个体工商户登记“智能审批”，实现“秒批秒办”。\n\n"
        "新华社记者：\n请问玉溪市有哪些做法？\n\n"
        "李文涛：\n谢谢。玉溪市在工业园区推行“园区事园区办”改革，配备帮办代办员42名。\n\n"
        "杨晓春：\n发布会到此结束。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["一是", "二是", None]
    assert got[2].heading.startswith("玉溪市")
    assert not any("李文涛" in quote(m) for m in got)


def test_a_post_numbered_by_keycaps_gives_a_case_per_number_before_its_own_comment(
    tmp_path: Path,
) -> None:
    """A self-media post numbers its places 1️⃣ 2️⃣ 3️⃣: each a case headed by the words after
    the keycap; the writer's own comment (💡 小鹿说两句：) ends the last."""
    text = (
        "营商环境“卷”起来了！这3个地方的硬核操作\n\n"
        "1️⃣ 贵州贵阳：“筑企通”诉求直达\n贵阳市工业和信息化局上线“筑企通”平台，"
        "累计受理诉求4.8万件。\n\n"
        "2️⃣ 湖南长沙县：厂房“竣工即交证”\n长沙县不动产登记中心推出“竣工即交证”，"
        "已有128个项目受益。\n\n"
        "3️⃣ 山东临沂：招投标“不见面”\n临沂市公共资源交易中心推行“不见面开标”，节约成本约2.1亿元。"
        "\n\n"
        "💡 小鹿说两句：\n看完这3个地方的做法，你所在的城市有哪些让你点赞的做法？\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["1", "2", "3"]
    assert got[0].heading == normalise("贵州贵阳：“筑企通”诉求直达")
    assert quote(got[2]).rstrip().endswith("2.1亿元。")


def test_a_hong_kong_page_heads_places_with_a_space_and_sets_its_boxes_apart(
    tmp_path: Path,
) -> None:
    """A traditional-character page: headings "福田　「…」…" over each place; a place inside a
    quote someone speaks (林先生所說的「喺香港都搞得掂」) leads no story; a scholar's comment after
    the last case, the 【相關新聞】 links and a ■港商心聲 box of quotes are no case."""
    text = (
        "港商北上興業　內地多城出新招\n\n"
        "【香港文匯報訊】記者走訪深圳、武漢等地發現，各地紛紛推出便利港資企業的新舉措。\n\n"
        "福田　「深港通註冊易」跨境辦照\n"
        "　　林先生所說的「喺香港都搞得掂」，"
        "得益於深圳市福田區市場監督管理局推出的「深港通註冊易」服務。"
        "福田區市場監管局負責人介紹，已有1,386家港資企業完成註冊。\n\n"
        "武漢　港資項目配「專員」全程代辦\n"
        "　　武漢市商務局設立港澳資企業服務中心，為每個項目配備專員，已服務港資項目86個。\n"
        "　　香港中文大學經濟學系教授莊文傑表示，內地各地的競爭已由「拼優惠」轉向「拼服務」。\n\n"
        "【相關新聞】\n・南沙：港澳青年創業補貼再擴容\n\n"
        "■港商心聲\n「而家喺香港都搞得掂。」——跨境電商　林先生\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:2] for m in got] == ["福田", "武汉"]
    assert quote(got[1]).rstrip().endswith("86個。")


def test_a_news_box_under_a_related_label_is_a_case_and_a_bulleted_link_is_none(
    tmp_path: Path,
) -> None:
    """A print page's 【相关新闻】 may hold a short news item (a heading over its text): a case;
    a web page's bulleted titles under the same label are links."""
    text = (
        "湖北日报　第07版：地方实践\n\n各地优化营商环境出新招\n\n"
        "汉川：涉企检查“扫码入企”\n"
        "汉川市推行涉企检查“扫码入企”，今年以来涉企检查次数下降35%。\n\n"
        "咸宁：“信易贷”让守信企业融资不再难\n"
        "咸宁市发展改革委上线“信易贷”平台，累计放款52亿元。\n\n"
        "【相关新闻】\n\n麻城：个体户“转企”一次办结\n"
        "麻城市推行个体工商户转型为企业“一件事”，已有126户完成“个转企”。\n\n"
        "相关阅读：\n· 石家庄：企业开办实现“一日办结”\n"
        "声明：本网转载此文是出于传递更多信息之目的。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:2] for m in got] == ["汉川", "咸宁", "麻城"]
    assert "石家庄" not in quote(got[2])


def test_a_long_read_whose_headline_names_a_reform_its_sections_take_up_is_one_case(
    tmp_path: Path,
) -> None:
    """A long read headed 合肥“免申即享”一年：… whose sections all but one take 免申即享 up:
    the sections are sides of one reform, one case; sections that do not take it up are
    the place's several practices."""
    text = (
        "合肥“免申即享”一年：政策兑现从“企业跑”到“数据跑”\n\n"
        "　　去年5月起，合肥市推行惠企政策“免申即享”改革，累计兑现政策资金86.3亿元。\n\n"
        "“不用申请，钱就到账了”\n\n　　合肥市财政局数据显示，"
        "纳入“免申即享”的事项兑付时间由45天缩短至7天。\n\n"
        "数据跑路\n\n　　合肥市数据资源局打通23个部门的数据，实现“免申即享”的事项342项。\n\n"
        "“一张清单”管到底\n\n　　合肥市发改委每季度发布惠企政策兑现清单。\n\n"
        "仍有“最后一公里”\n\n　　合肥市数据资源局表示，将推动“免申即享”向县（市）区延伸。\n"
    )
    got = measures_of(tmp_path, text)
    assert len(got) == 1
    assert got[0].heading.startswith(normalise("合肥“免申即享”一年"))


def test_a_tv_reports_sound_bite_caption_does_not_end_its_story(tmp_path: Path) -> None:
    """A TV report's 【解说】 paragraphs tell places' stories; a 【同期】 line naming who speaks
    (大理古城民宿经营者　赵　鹏) is no sign-off: the story goes on past it, and the place named
    again after it (今年1至5月，黄石…) is the same story."""
    text = (
        "【新闻直播间】多地推进“高效办成一件事”\n\n"
        "　　【解说】在云南大理，“一件事”办到了客栈老板身边。"
        "大理白族自治州政务服务管理局推出民宿开办“一件事”。\n"
        "　　【同期】大理古城民宿经营者　赵　鹏\n"
        "　　驿站的工作人员帮我把材料都准备好了。\n"
        "　　【解说】截至目前，全州已有2180家民宿完成开办。\n\n"
        "　　【解说】在湖北黄石，“一件事”延伸到了企业注销。"
        "黄石市市场监督管理局推出企业注销“一件事”。\n"
        "　　【同期】黄石市市场监督管理局登记注册科科长　程　亮\n"
        "　　现在一次申请、同步办理。\n"
        "　　【解说】今年1至5月，黄石共有3410户经营主体通过“一件事”办理注销。\n"
    )
    got = measures_of(tmp_path, text)
    assert len(got) == 2
    assert quote(got[0]).rstrip().endswith("完成开办。")
    assert quote(got[1]).rstrip().endswith("办理注销。")


@pytest.mark.parametrize(
    "summing_up",
    [
        "这些做法说明，企业和职工可以实现“双赢”。",
        "这些做法各有侧重，却有一个共同点：把企业的难处当作起点。",
    ],
)
def test_a_commentary_sums_its_examples_up_and_the_last_ends_there(
    tmp_path: Path, summing_up: str
) -> None:
    """A commentary runs places' practices on in a paragraph (比如，在福建泉州，… 又如，辽宁
    大连市…) and sums them up (这些做法说明，…; 这些做法各有侧重，…): the last example ends
    before that sentence, and the opinion paragraphs after it are none of it."""
    text = (
        "优化营商环境，要让企业和职工都有获得感\n\n"
        "　　营商环境好不好，职工也有切身感受。比如，在福建泉州，"
        "泉州市人社局在重点园区派驻“用工服务专员”，"
        "已帮助企业招聘员工2.6万人。又如，辽宁大连市总工会推行劳动用工“合规体检”，"
        "已帮助1260家企业规范劳动合同管理。"
        f"{summing_up}\n\n"
        "　　好的营商环境，从来不是大城市的“专利”。各地不妨多一些“换位思考”。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:4] for m in got] == [normalise("在福建泉"), normalise("辽宁大连")]
    assert quote(got[1]).endswith("规范劳动合同管理。")


def test_a_page_of_dispatches_heads_each_by_its_own_headline(tmp_path: Path) -> None:
    """A trade paper's page of short items, each a headline over a 本报讯 dispatch: a case
    per item from its headline, headed by it."""
    text = (
        "中国税务报　第03版：基层传真\n\n"
        "问办协同　纳税人咨询“即问即办”\n"
        "　　本报讯　今年以来，国家税务总局青岛市税务局推出“问办协同”服务，办结率98.6%。\n\n"
        "不动产交易　“一窗办”变“一次办”\n"
        "　　本报讯　国家税务总局咸宁市税务局推行不动产登记与税费缴纳“一窗办理”，"
        "办理时间压缩至40分钟。\n\n"
        "政策直达　红利“免申即享”\n"
        "　　本报讯　国家税务总局包头市税务局梳理出12项“免申即享”政策，惠及纳税人2.1万户。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:4] for m in got] == ["问办协同", "不动产交", "政策直达"]
    assert quote(got[0]).startswith("问办协同")
    assert "不动产交易" not in quote(got[0])


def test_an_analysis_of_two_cities_keeps_its_data_box_and_comparison_apart(
    tmp_path: Path,
) -> None:
    """A two-city analysis: a ■数据 box of figures and its source line, a paragraph opening
    with the city the other is compared with (与厦门…不同，天津…) and a firm named by where it
    comes from (一家河北…企业) give no case; each city's section is one case. Read by its
    headings, the analysts' closing section comparing both cities with others (差异与共识) is
    none either."""
    text = (
        "厦门VS天津：两座港口城市的“通关竞速”\n\n"
        "　　跨境贸易便利化，是营商环境中最容易被企业“算出来”的一环。\n\n"
        "厦门：“单一窗口”从“能办”到“好办”\n\n"
        "　　厦门市口岸管理办公室牵头迭代国际贸易“单一窗口”，已上线应用服务功能183项。\n\n"
        "■数据\n2025年，厦门港完成集装箱吞吐量1280万标箱；天津港完成集装箱吞吐量2360万标箱。\n"
        "（数据来源：交通运输部、厦门市统计局）\n\n"
        "天津：把港口“搬”到腹地\n\n"
        "　　与厦门侧重口岸数字化不同，天津的发力点在于港口与腹地的联动。\n"
        "　　“现在在家门口就能完成报关。”一家河北汽车零部件企业的物流主管说。\n"
        "　　天津市商务局与天津海关合力推进“津港通”改革，布局内陆港23个。\n\n"
        "差异与共识\n\n"
        "　　“厦门的优势是口岸数字化程度高，天津的优势是腹地纵深广。”一位分析师说。"
        "研究员刘向东提醒，与上海、深圳、宁波等口岸相比，两地仍有差距。\n\n"
        "21世纪经济报道所刊载内容的知识产权均属广东二十一世纪环球经济报社所有。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:2] for m in got][:2] == ["厦门", "天津"]  # the box's figures: none
    assert "差异与共识" not in quote(got[1])
    boxless = text.replace("■数据\n", "").replace("（数据来源：交通运输部、厦门市统计局）\n", "")
    boxless = boxless.replace(
        "2025年，厦门港完成集装箱吞吐量1280万标箱；天津港完成集装箱吞吐量2360万标箱。\n", ""
    )
    assert [m.heading[:2] for m in measures_of(tmp_path, boxless, "b.txt")] == ["厦门", "天津"]


def test_a_bulletins_section_labels_are_no_cases(tmp_path: Path) -> None:
    """A city's bulletin: 【一季度综述】 and 【各地动态】 alone on their lines label sections;
    the items under them, 【赫山区】title over its text, are the cases."""
    text = (
        "益阳市优化营商环境工作简报\n2026年第1期\n\n"
        "【一季度综述】\n"
        "　　一季度，全市深入推进“营商环境优化提升年”行动，新设经营主体1.2万户。\n\n"
        "【各地动态】\n\n"
        "【赫山区】“企业开办+水电气”一次联办\n　　赫山区政务服务中心设立联办专窗，已办理326件。\n\n"
        "【资阳区】涉企检查“扫码入企”\n　　资阳区司法局推行“扫码入企”，检查次数下降42%。\n\n"
        "【沅江市】联合验收实现“验收即投用”\n"
        "　　沅江市住建局推行联合验收，验收时间压缩至3个工作日。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:5] for m in got] == ["【赫山区】", "【资阳区】", "【沅江市】"]


def test_a_reporters_last_stop_is_a_story_of_its_own(tmp_path: Path) -> None:
    """A 走基层 piece with no headings, stop after stop: the lead that lists the places visited
    (记者来到九龙坡、两江新区等地) is no story; the last stop (记者此行的最后一站，是位于渝东南的
    酉阳…) is its own story, not more of the stop before it."""
    text = (
        "“店小二”跑在企业前面\n\n"
        "　　6月上旬，记者来到九龙坡、两江新区等地，实地感受优化营商环境带来的新变化。\n\n"
        "　　在两江新区果园港，一辆辆集装箱卡车有序进出。两江新区推行“提前申报、抵港直装”，"
        "通关时间压缩42%。\n\n"
        "　　记者此行的最后一站，是位于渝东南的酉阳土家族苗族自治县。酉阳县政务服务中心在39个乡镇"
        "设立“帮办代办”窗口，累计办理涉企事项2.3万件。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:4] for m in got] == ["在两江新", "记者此行"]
    assert quote(got[0]).rstrip().endswith("压缩42%。")


def test_a_lead_quoting_what_all_districts_do_leaves_their_sections_cases(
    tmp_path: Path,
) -> None:
    """A municipal paper's page on three districts: its lead quotes the 一件事 every section
    takes up, but the sections tell different places, so each district's section is a case;
    told of one county, the same page is that county's one reform."""
    text = (
        "各区比拼“服务力”　企业办事更顺心\n\n"
        "今年是北京优化营商环境8.0版改革的开局之年，各区推出“一件事”集成服务。\n\n"
        "小餐馆开张　从一个月到一周\n\n"
        "朝阳区推出“小餐饮开办一件事”，开办时间由一个月压缩至一周。\n\n"
        "科技企业融资　“看得见未来”\n\n"
        "海淀区金融服务办公室推出“科创积分贷”，把融资纳入“一件事”办理，已放款12亿元。\n\n"
        "工程验收　“一次验”就能用\n\n"
        "通州区住房城乡建设委推行联合验收“一件事”，验收时间压缩至1天。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:4] for m in got] == ["小餐馆开", "科技企业", "工程验收"]
    one_county = (
        text.replace("朝阳区", "沭阳县").replace("海淀区", "沭阳县").replace("通州区", "沭阳县")
    )
    one_county = one_county.replace("北京", "江苏沭阳县").replace("各区", "沭阳县")
    assert len(measures_of(tmp_path, one_county, "b.txt")) == 1  # one county's one reform


def test_a_benchmark_page_gives_a_case_per_city_under_each_indicator(tmp_path: Path) -> None:
    """An evaluation's page: a lead listing the indicators, then per indicator a 标杆城市 line
    and a paragraph per city: each paragraph is a case, though the lead names the sections."""
    text = (
        "2026年度全省营商环境评价标杆城市典型做法\n\n"
        "今年的评价围绕开办企业、获得信贷、跨境贸易等指标开展，现将标杆城市典型做法发布如下。\n\n"
        "一、开办企业\n标杆城市：烟台市、威海市\n\n"
        "烟台市推行企业开办“全链通办”，开办时间压缩至0.5个工作日。\n\n"
        "威海市推出韩资企业开办“韩企通办”服务，已服务韩资企业186家。\n\n"
        "二、获得信贷\n标杆城市：日照市\n\n"
        "日照市推行“政银担”风险分担机制，新增担保贷款36亿元。\n\n"
        "三、跨境贸易\n标杆城市：潍坊市\n\n"
        "潍坊市推行“海铁联运+一单到底”模式，物流成本下降18%。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == ["烟台市", "威海市", "日照市", "潍坊市"]


def test_a_page_of_dated_news_items_gives_a_case_per_item(tmp_path: Path) -> None:
    """A government site's list of news: each title over its 发布时间 line and text is a case,
    the first too; the page's pager and 往期回顾 links are none of the last."""
    text = (
        "当前位置：首页 > 工作动态 > 区级动态\n\n区级动态\n\n"
        "武清区推出“企业开办+水电气网联办”一件事\n"
        "发布时间：2026-10-21　　来源：武清区政务服务办\n\n"
        "近日，武清区政务服务办联合区市场监管局推出联办服务，办理时间压缩至1个工作日。\n\n"
        "宝坻区“政务服务进园区”打通服务企业“最后一公里”\n"
        "发布时间：2026-10-16　　来源：宝坻区政务服务办\n\n"
        "今年以来，宝坻区在宝坻经济开发区设立园区政务服务驿站，办理事项218项。\n\n"
        "静海区推行“跨省通办”助力京津冀协同发展\n"
        "发布时间：2026-10-09　　来源：静海区政务服务办\n\n"
        "静海区与河北省沧州市等8个地区签订“跨省通办”协议，累计办件2300件。\n\n"
        "共3条　首页　上一页　1　下一页　尾页\n\n往期回顾：\n·北辰区推行“企业服务专员”制度\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == ["武清区", "宝坻区", "静海区"]
    assert "北辰区" not in quote(got[2])


def test_a_radio_report_quoting_people_is_read_by_its_places(tmp_path: Path) -> None:
    """A radio station's web report: a dateline (央广网长沙5月22日消息), then each place's
    story with sound bites (刘建军：…), a reporter's question (记者：…？) and an official
    introduced before speaking (谭志明介绍，… then 谭志明：…): one case per place."""
    text = (
        "多地打出助企“组合拳”\n\n"
        "央广网长沙5月22日消息（记者 周洋）据中央广播电视总台中国之声报道，多地出台助企新举措。\n\n"
        "在湖南株洲，政府采购正在成为中小企业的“助推器”。株洲市财政局推出“政采贷”。\n\n"
        "株洲一家配件企业负责人刘建军去年中标了一个市政项目。\n\n"
        "刘建军：以前中了标，要先垫资干活。\n\n记者：从申请到放款用了多长时间？\n\n"
        "刘建军：两天，全程在手机上操作。\n\n"
        "株洲市财政局政府采购科科长谭志明介绍，全市累计支付预付款2.6亿元。\n\n"
        "谭志明：我们还将采购项目预留给中小企业。\n\n"
        "江西九江则把目光投向了商事纠纷化解。九江市中级人民法院联合商会设立调解室。\n\n"
        "九江市中级人民法院立案庭庭长吴晓峰说，一年多来调解成功率达到78%。\n\n"
        "吴晓峰：商会调解不收费、不伤和气。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:4] for m in got] == ["在湖南株", "江西九江"]


def test_question_headings_under_an_editors_note_head_cases_but_the_experts_none(
    tmp_path: Path,
) -> None:
    """A 调查 page: an editor's note, then question headings each over one place's story (the
    first too), and a last question over what scholars say (受访专家认为，…): no case."""
    text = (
        "执法既有力度又有温度\n——三地涉企执法改革调查\n\n"
        "编者按：规范涉企执法，是优化营商环境的重要一环。\n\n"
        "“小错重罚”怎么避免？\n\n柳州市推行“首违不罚”，已对3126件轻微违法行为不予处罚。\n\n"
        "“多头检查”怎么治？\n\n南充市推行“综合查一次”，涉企检查次数下降46%。\n\n"
        "长效机制如何建？\n\n受访专家认为，三地的探索回应了企业关切，还需从制度层面发力。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:6] for m in got] == [normalise("“小错重罚”"), normalise("“多头检查”")]


def test_a_cases_credit_line_under_its_heading_is_no_part_of_its_title(tmp_path: Path) -> None:
    """A tax bureau's notice: each 一、heading has the crediting bureau alone on the line
    below it (国家税务总局安吉县税务局), which starts the case's text, not a second title line."""
    text = (
        "国家税务总局浙江省税务局关于推广基层税务创新做法的通知\n\n附件\n\n"
        "一、推行竹产业链“竹链税服”\n国家税务总局安吉县税务局\n\n"
        "　　安吉县税务局组建12人的竹产业税费服务团队，为链上企业提供辅导，服务企业860户。\n\n"
        "二、打造地理信息产业“税惠直达”服务\n国家税务总局德清县税务局\n\n"
        "　　德清县税务局依托大数据精准推送优惠政策，惠及企业1200户。\n\n"
        "三、推行五金产业出口退税“快退”服务\n国家税务总局永康市税务局\n\n"
        "　　永康市税务局推行出口退税“快退”，平均办理时间压缩至2个工作日。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("推行竹产业链“竹链税服”"),
        normalise("打造地理信息产业“税惠直达”服务"),
        normalise("推行五金产业出口退税“快退”服务"),
    ]
    assert quote(got[0]).startswith(normalise("推行竹产业链"))


def test_a_papers_own_dateline_with_its_reporters_places_is_no_case(tmp_path: Path) -> None:
    """A Hong Kong paper's page: the lead opens with the paper's dateline (香港文汇报讯（记者 …
    广州、深圳、珠海连线报道）), whose places say where the reporters were; then "地：phrase"
    headings, one zone's section going on about professionals from Macao (已有1260名澳门专业
    人士…, 对澳门工程咨询企业…): one case per heading."""
    text = (
        "香港文匯報　2026年5月6日　A14　大灣區\n\n大灣區營商環境再升級\n\n"
        "香港文匯報訊（記者　黃寶儀　廣州、深圳、珠海連線報道）「以前開公司要跑幾趟。」港商說。"
        "大灣區各地持續推出便利港澳企業的措施。\n\n"
        "南沙：港企開業「跨境通辦」\n\n"
        "　　在廣州市南沙區，香港投資者無需北上，即可在香港完成企業註冊，已辦理業務4260宗。\n\n"
        "前海：跨境糾紛「一站式」化解\n\n"
        "　　在深圳前海深港現代服務業合作區，港資企業可以選擇適用香港法律，審結案件3120宗。\n\n"
        "橫琴：澳門專業人士「跨境執業」\n\n"
        "　　在橫琴粵澳深度合作區，澳門的建築師經備案即可執業。"
        "合作區還對澳門工程諮詢企業實行資質認可。\n\n"
        "　　目前，已有1260名澳門專業人士完成備案並在合作區執業。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:2] for m in got] == ["南沙", "前海", "横琴"]
    assert "1260名" in quote(got[2])


def test_a_tv_scripts_sound_bites_under_captions_are_no_cases(tmp_path: Path) -> None:
    """A repost of a TV report: 【导语】 and 【正文】 labels, each place's paragraph followed by
    a 【同期声】 line whose caption names a role and a person (宝鸡市行政审批服务局局长　张磊：…):
    one case per place, the sound bite inside it."""
    text = (
        "陕西多地出实招优化营商环境\n\n来源：陕西广播电视台《陕西新闻联播》\n\n"
        "【导语】营商环境就是生产力。今年以来，我省各地推出一批创新举措。\n\n"
        "【正文】在宝鸡市高新区一处项目现场，工人们正在施工。宝鸡市行政审批服务局推行“多评合一”，"
        "审批时间压缩至30个工作日。\n\n"
        "【同期声】宝鸡市行政审批服务局局长　张磊：我们把企业跑部门变成了部门围着企业转。\n\n"
        "在榆林神木市，惠企政策兑现从“企业申请”变为“政策找企业”，兑现资金2.3亿元。\n\n"
        "【同期声】神木市一家企业财务负责人　刘晓燕：没想到补贴自己就到账了。\n\n"
        "汉中市城固县则推行水电气联合报装，办理时间压缩至3个工作日。\n\n"
        "【同期声】城固县一家食品企业负责人　王建：现在一个窗口全搞定了。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:4] for m in got] == ["在宝鸡市", "在榆林神", "汉中市城"]
    assert "张磊" in quote(got[0])


def test_a_scholars_paragraph_opened_by_a_campus_in_brackets_is_no_case(tmp_path: Path) -> None:
    """A web report telling places in paragraphs, closed by a scholar of 香港中文大学（深圳）:
    a place in brackets after a name says where the school is, no story's place."""
    text = (
        "海南自贸港营商环境持续优化\n\n"
        "在海口江东新区，“极简审批”让项目建设跑出加速度，平均开工时间缩短至2个月。\n\n"
        "三亚崖州湾科技城则瞄准知识产权保护，专利授权周期缩短至3个月左右。\n\n"
        "在洋浦经济开发区，外贸企业通关更快了，进口货物通关时间压缩至8.6小时。\n\n"
        "香港中文大学（深圳）经管学院教授吴建中表示，海南的改革以制度集成创新为重点。\n"
    )
    got = measures_of(tmp_path, text)
    assert len(got) == 3
    assert "吴建中" not in quote(got[0]) + quote(got[1])


def test_a_notices_run_in_requirements_are_no_cases(tmp_path: Path) -> None:
    """A ministry's notice whose own requirements are one-sentence 一、二、三、 items (一、各地要
    …; 三、请于…前将…报送…) over an annex of "省+市：practice。" paragraphs: the annex's items
    are the cases."""
    text = (
        "市场监管总局办公厅关于推广登记注册便利化典型做法的通知\n\n"
        "各省、自治区、直辖市市场监管局：\n现将有关典型做法印发给你们，并提出如下要求：\n"
        "一、各地要将推广典型做法作为重要抓手，结合本地实际研究制定推广措施。\n"
        "二、各地在推广中要坚持依法依规，防范虚假登记等风险。\n"
        "三、请于2026年12月20日前将学习借鉴情况报送总局登记注册局。\n\n"
        "附件\n\n登记注册便利化典型做法\n\n"
        "山西省市场监管局：推行企业登记“智能审批”。全省智能审批办件12.6万件，平均用时20分钟。\n\n"
        "辽宁省鞍山市：深化企业简易注销改革。将简易注销公告期由45天压缩至20天。\n\n"
        "陕西省榆林市：推行“一照多址”备案。已为1860户企业办理备案。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.start for m in got] == [text.index(p) for p in ("山西省", "辽宁省", "陕西省")]


def test_numbered_stage_headings_tell_one_reform(tmp_path: Path) -> None:
    """An app article on one city's one reform under numbered stage headings (01｜试点：…,
    02｜推开：…, 03｜延伸：…): one case, headed by the article's title."""
    text = (
        "湛江“一窗通办”三年路：从“找部门”到“找窗口”\n\n"
        "南方+ 记者 陈海鹏\n2026-04-09 18:36　来源：南方+客户端\n\n"
        "4月的一个上午，在湛江市政务服务中心综合受理区，市民林女士10分钟就办完了业务。\n\n"
        "01｜试点：两个区先“拆柜台”\n\n"
        "2023年3月，湛江市政务服务和数据管理局选择赤坎区、霞山区试点“一窗通办”。\n\n"
        "02｜推开：全市“一张标准”\n\n"
        "2024年，改革在全市铺开，综合窗口数由286个减少至98个。\n\n"
        "03｜延伸：服务搬到“家门口”\n\n"
        "湛江又把改革向镇（街道）延伸，全市建成便民服务站126个。\n"
    )
    got = measures_of(tmp_path, text)
    assert len(got) == 1
    assert got[0].heading.startswith(normalise("湛江“一窗通办”三年路"))


def test_place_sections_over_place_led_paragraphs_give_a_case_per_paragraph(
    tmp_path: Path,
) -> None:
    """A 通报表扬's annex groups practices under headings that are only a city's name
    ((一)洛阳市), each over paragraphs that open with a place, the city's or one of its
    districts' or courts': each paragraph is a case, two of the same city two cases."""
    text = (
        "河南省人民政府办公厅关于对优化营商环境工作成效明显地方予以通报表扬的通报\n\n"
        "附件\n\n典型做法\n\n（一）洛阳市\n\n"
        "洛阳市推行涉企经营许可“一业一证”改革，已发放行业综合许可证1.2万张。\n\n"
        "洛阳市建立重点项目“项目管家”服务机制，协调解决问题860个。\n\n"
        "孟津区推行“村企联营、订单用工”模式，带动就业3200人。\n\n"
        "（二）许昌市\n\n"
        "许昌市建立“企业吹哨、部门报到”诉求闭环办理机制，办结诉求4100件。\n\n"
        "长葛市推行工业项目“标准地+承诺制”改革，项目开工时间平均提前3个月。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == ["洛阳市", "洛阳市", "孟津区", "许昌市", "长葛市"]
    assert got[2].section is not None and got[2].section.stripped == normalise("（一）洛阳市")


def test_sections_each_following_their_own_place_are_places_apart(tmp_path: Path) -> None:
    """Phrase sections whose first stories are set in places apart (郴州市…, then 鼎城区…,
    then 浏阳市…) tell several places' cases, however often the first section comes back to
    its place: no one reform's sides, whatever the lead quotes that every section takes up
    (“领导留言板”)."""
    from kg.gazetteer import Gazetteer
    from kg.segment import features

    text = (
        "人民网 >> 湖南频道 >> 领导留言板 >> 正文\n\n一条留言撬动一项改革\n"
        "——湖南三地借“领导留言板”疏通企业办事堵点\n\n"
        "湖南省对“领导留言板”涉企留言实行限时办结。\n\n"
        "厂房分割办证　从“办不了”到“一日结”\n\n"
        "【回复】郴州市自然资源和规划局：您反映的问题已收悉。我局已会同相关部门制定分割转让办法。\n\n"
        "留言转办后，郴州市自然资源和规划局推行工业厂房分割转让登记，已办理312件。\n\n"
        "用电报装　留言背后的“提速”\n\n"
        "【回复】常德市鼎城区人民政府：针对“领导留言板”反映的问题，我区推行电力外线工程政府投资。\n\n"
        "跨区迁移　“一次都不用跑”\n\n"
        "【回复】浏阳市人民政府：感谢您通过“领导留言板”反映问题，我市推行企业跨区迁移“一件事”。\n"
    )
    got = measures_of(tmp_path, text)
    doc = got[0].doc
    lines, gazetteer = content_lines(doc), Gazetteer.load()
    headings = features.heading_blocks(lines, features._marked(doc, lines))
    scope = features.document_region(doc, gazetteer)
    leads = [features.lead_place(ln.stripped, gazetteer, scope) for ln in lines]
    stories = features._stories(lines, headings, leads, gazetteer, scope)
    assert features._sections_apart(stories, headings, lines, leads, gazetteer, scope)
    assert [m.heading[:4] for m in got] == ["厂房分割", "用电报装", "跨区迁移"]


def test_a_credit_line_closing_each_case_is_no_heading(tmp_path: Path) -> None:
    """A central-bank branch's annex: each case's heading, two paragraphs, then the body that
    reported it in brackets on a line of its own (（乌鲁木齐银行报送）): the credit closes the
    case above, it heads nothing, and the next case starts at its own heading."""
    text = (
        "中国人民银行新疆维吾尔自治区分行办公室关于印发金融服务典型做法的通知\n\n"
        "附件\n\n金融服务优化营商环境典型做法\n\n"
        "“首贷服务中心”打通小微企业首贷“最后一公里”\n\n"
        "中国人民银行昌吉回族自治州分行在园区设立首贷服务中心，已帮助312家企业获得首贷。\n\n"
        "（中国人民银行昌吉回族自治州分行报送）\n\n"
        "“政采贷”让中标企业凭合同融资\n\n"
        "乌鲁木齐银行联合乌鲁木齐市财政局推出“政采贷”，为326家中小企业发放贷款9.7亿元。\n\n"
        "（乌鲁木齐银行报送）\n\n"
        "“征信+农户信用档案”助力乡村经营主体融资\n\n"
        "中国人民银行喀什地区分行推动辖内银行建立农户信用档案，累计授信58.6亿元。\n\n"
        "（中国人民银行喀什地区分行报送）\n"
    )
    got = measures_of(tmp_path, text)
    starts = [text.index(h) for h in ("“政采贷”让", "“征信+农户")]
    assert [m.start for m in got[-2:]] == starts
    assert "乌鲁木齐银行报送" in quote(got[-2])


def test_a_headed_section_of_the_writers_overview_is_no_case(tmp_path: Path) -> None:
    """A business association's page: "city（province）：practice" headings over each city's
    paragraph, then 【综合观察】 over the writer's own overview, which recalls the cities and
    reports no practice of its own: no case."""
    text = (
        "中西部五城市改善营商环境做法一览\n\n发布日期：2026-03-18\n\n"
        "本会依据调查访谈，整理各城市的代表性做法供会员参考。\n\n"
        "西安市（陕西省）：“秦务员”工程建设项目全程帮办\n\n"
        "西安市推行工程建设项目全程帮办，审批时间压缩至60个工作日。\n\n"
        "贵阳市（贵州省）：数据驱动的“一网通办”\n\n"
        "贵阳市推行“一网通办”，全程网办率达到92%。\n\n"
        "【综合观察】\n\n"
        "整体而言，西安、贵阳等城市的改革各有侧重，台商普遍反映办事效率明显提升。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == ["西安市", "贵阳市"]
    assert "整体而言" not in quote(got[-1])


def test_a_posts_closing_words_are_no_case(tmp_path: Path) -> None:
    """A district's WeChat post: headings each opened by its own emoji (🏢, ☕, 🏗️) over its
    practices, the first right under the headline and the call to follow (👆点击蓝字…),
    then 💬 说在最后 over the editor's closing words, which name the district and its bureau
    and promise more: no case."""
    text = (
        "暖心！七里河区这几招让企业办事更省心\n\n七里河发布　2026-05-12　甘肃\n\n"
        "👆点击蓝字 关注我们\n\n"
        "🏢 开办企业“一次办好”\n\n"
        "七里河区市场监督管理局推行开办企业“一次办好”，今年以来已为1260户新办企业办结手续，"
        "平均用时0.5个工作日。\n\n"
        "☕ “政企早餐会”面对面\n\n"
        "七里河区营商环境建设局每月举办“政企早餐会”，已收集解决企业诉求86项。\n\n"
        "🏗️ 项目审批“容缺+承诺”\n\n"
        "七里河区住房和城乡建设局对重点项目推行“容缺+承诺”审批，38个项目提前开工。\n\n"
        "💬 说在最后\n\n"
        "营商环境没有最好，只有更好！接下来，七里河区营商环境建设局将推出更多暖心举措，"
        "欢迎大家踊跃参与！\n\n— END —\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:4] for m in got] == ["开办企业", "“政企早", "项目审批"]
    assert "只有更好" not in quote(got[-1])


def test_a_courts_cases_told_in_judgment_facets(tmp_path: Path) -> None:
    """A high court's release of typical cases: 案例N with a ——subtitle naming the case, then
    【基本案情】【裁判结果】【典型意义】: facets of each case, which runs to the next label."""
    text = (
        "湖南省高级人民法院发布服务保障优化营商环境典型案例\n\n"
        "案例1　“府院联动”推动制造企业重整\n——株洲某机械有限公司破产重整案\n\n"
        "【基本案情】\n株洲某机械有限公司资金链断裂，债权人向株洲市中级人民法院申请重整。\n\n"
        "【裁判结果】\n株洲市中级人民法院依托府院联动机制，化解债务3.2亿元，保留岗位260个。\n\n"
        "【典型意义】\n本案以府院联动助力危困企业重生。\n\n"
        "案例2　善意执行保住生产线\n——衡阳某食品公司执行案\n\n"
        "【基本案情】\n衡阳某食品公司因欠款被申请执行。\n\n"
        "【执行情况】\n衡阳市中级人民法院对生产设备“活封活扣”，企业三个月内还清欠款。\n\n"
        "【典型意义】\n本案体现善意文明执行理念。\n\n"
        "案例3　某投资公司与某酒业公司股东知情权纠纷案\n\n"
        "【基本案情】\n某投资公司要求查阅某酒业公司会计凭证被拒。\n\n"
        "【裁判结果】\n湖南省高级人民法院二审改判支持查阅会计凭证。\n\n"
        "【典型意义】\n本案依法保护中小投资者知情权。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["案例1", "案例2", "案例3"]
    assert [quote(m).rstrip().endswith("。") for m in got] == [True, True, True]
    assert "府院联动助力" in quote(got[0]) and "善意文明执行" in quote(got[1])
    assert "知情权。" in quote(got[2])


def test_an_interviewees_answer_in_the_first_person_is_a_case(tmp_path: Path) -> None:
    """An interview with a city official whose answers open with what the city did in the
    first person (陈永和：去年以来，我们在全市推行…), then tell a district's practice in a
    paragraph of its own: both are cases, the city's from the words after the opener."""
    text = (
        "“让企业办事像网购一样方便”\n——访遵义市发展和改革委员会主任陈永和\n\n"
        "贵州日报记者　罗晓婷\n\n"
        "记者：遵义在办事效率方面有哪些新举措？\n\n"
        "陈永和：去年以来，我们在全市推行“遵义快办”政务服务改革，市政务服务中心设立"
        "“企业服务专区”，“遵义快办”累计办件126.4万件。\n\n"
        "汇川区推出“企业开办+N”套餐服务，去年以来办理业务3860件。\n\n"
        "记者：项目审批方面呢？\n\n"
        "陈永和：我们在全市工程建设项目审批中推行“项目管家”服务，审批时间压缩到35个工作日"
        "以内。\n\n"
        "仁怀市市场监督管理局牵头推出“酒企准入一件事”，已有312家酒企办理准入手续。\n\n"
        "记者：下一步有哪些打算？\n\n"
        "陈永和：今年我们将力争新增10个“一件事”集成办理。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:5] for m in got] == ["我们在全市", "汇川区推出", "我们在全市", "仁怀市市场"]


def test_a_reporters_investigation_of_one_districts_reform_is_one_case(tmp_path: Path) -> None:
    """A 记者调查 whose headline names one place's reform (米东区涉企行政检查改革调查) over
    headings that ask questions and name no place: the facets of that reform, one case from
    the headline, ending before the plans the bureau tells (据…介绍，下一步，…) and the
    reporter's notes."""
    text = (
        "法治网首页 > 法治新闻 > 记者调查\n\n"
        "乌鲁木齐米东区涉企行政检查改革调查\n检查次数少了，监管为何没有松\n\n"
        "2026-02-26 07:35:12　来源：法治日报\n\n"
        "一家企业一年被查了几次\n\n"
        "“前年一年，光是上门检查的就来了11拨。”米东区一家建材企业负责人说。\n\n"
        "“扫码入企”改变了什么\n\n"
        "2025年3月起，米东区在全区推行涉企行政检查“扫码入企”，由区司法局牵头。\n\n"
        "“综合查一次”如何落地\n\n"
        "米东区推行跨部门“综合查一次”，全年检查总数下降41%。\n\n"
        "据米东区司法局介绍，下一步，该区计划将“扫码入企”延伸至全部28个行政执法主体。\n\n"
        "【记者手记】\n少一次检查，多一分信任\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == ["乌鲁木齐米东区涉企行政检查改革调查"]
    assert quote(got[0]).rstrip().endswith("下降41%。")


def test_a_figures_page_gives_one_case_per_bracketed_heading(tmp_path: Path) -> None:
    """A 数说 page: 【city·practice】 headings, each over numbered figures (1｜48个, 0｜背景)
    with a line under each on what it counts: one case per heading, the figures its parts, no
    cases; a closing 【全省】 section on the province's plans and a bracketed source line
    (【来源：南方日报】) are none."""
    text = (
        "数说｜甲市、乙市：两张改革“成绩单”\n\n"
        "【导读】\n2025年，广东深入推进营商环境综合改革，全省新设经营主体286万户。\n\n"
        "【清远·工业项目“拿地即开证”】\n"
        "1｜48个\n全市48个工业项目实现“拿地即开证”。\n"
        "2｜0.5天\n由市自然资源局联合推行“预审查+容缺承诺”，办证最快0.5天。\n\n"
        "【汕尾·信用修复“一件事”】\n"
        "0｜背景\n汕尾市实有经营主体约28万户。\n"
        "1｜1个窗口\n汕尾市发展和改革局设立信用修复专窗，实现“一个窗口”办结。\n"
        "2｜1620家\n2025年，全市1620家经营主体完成信用修复。\n\n"
        "【全省】\n2026年，广东将在全省推广“拿地即开证”“信用修复一件事”等改革。\n\n"
        "【来源：南方日报】\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == ["【清远", "【汕尾"]
    assert quote(got[-1]).rstrip().endswith("完成信用修复。")


def test_a_posts_title_under_its_own_emoji_is_no_case_heading(tmp_path: Path) -> None:
    """A WeChat post whose title has an emoji of its own (🔥) over a lead and headings that
    share another (📌 第一招：…): the recurring emoji marks the case headings; the title and
    the lead's figures are none."""
    text = (
        "湘江新区发布\n2026年03月27日 18:30　湖南\n\n"
        "🔥新区营商“三件套”，企业直呼：真省心！\n\n"
        "点击上方蓝字 关注我们\n\n"
        "春风正劲！2025年，湖南湘江新区新增经营主体3.2万户，同比增长12%。\n\n"
        "📌 第一招：“拿地即开工”跑出项目加速度\n\n"
        "👉 新区行政审批服务局推行“预审批+承诺制”，46个项目实现拿地即开工。\n\n"
        "📌 第二招：“企业服务码”一码通办\n\n"
        "👉 新区推出“企业服务码”，企业扫码可办理128项事项。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == ["第一招", "第二招"]


def test_a_reading_tip_box_is_no_case(tmp_path: Path) -> None:
    """A feature's 【阅读提示】 box, the province's summary before its city stories: no case."""
    text = (
        "双鸭山、七台河：用水用气报装跑出“加速度”\n\n"
        "来源：黑龙江日报　2026-04-08\n\n"
        "【阅读提示】\n今年以来，我省聚焦企业获得用水用气“痛点”，全省报装时间压缩40%。\n\n"
        "【“一表申请” 水气网联办】\n\n"
        "双鸭山市住房和城乡建设局推行水气网“一表申请”，报装时间压缩至3个工作日。\n\n"
        "【“投资界面” 延伸到红线】\n\n"
        "七台河市推行供水供气“投资界面延伸”，为企业节省投资1200万元。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:5] for m in got] == ["【“一表申", "【“投资界"]


def test_an_encyclopedia_entry_gives_a_case_per_local_practice(tmp_path: Path) -> None:
    """An encyclopedia entry on one practice (1 概念, 3 主要特点, 4 地方实践, 6 参考资料): each
    place's bullet under 地方实践 is a case; the practice's features and the reference list
    (its outlets' titles name places too) are none."""
    text = (
        "信用报告代证 - 百科\n\n信用报告代证\n\n"
        "信用报告代证，即以专项信用报告替代有无违法违规记录证明。\n\n"
        "目录\n1 概念\n2 发展历程\n3 主要特点\n4 地方实践\n5 评价与讨论\n6 参考资料\n\n"
        "1 概念\n　　专项信用报告由各地公共信用信息中心出具。\n\n"
        "2 发展历程\n　　2022年前后，上海、浙江等地率先试点。\n\n"
        "3 主要特点\n　　（1）一份报告、多证替代；（2）线上申请、即时生成。\n\n"
        "4 地方实践\n　　各地在推广过程中形成了各具特色的做法：\n"
        "　　· 常州市：常州市发展和改革委员会依托“信用常州”平台推出专项信用报告“一键下载”。\n"
        "　　· 瑞安市：瑞安市发展和改革局将专项信用报告与上市合规证明“合二为一”。\n"
        "　　· 西安高新技术产业开发区：西安高新区信用建设办公室将专项信用报告嵌入服务平台。\n\n"
        "5 评价与讨论\n　　有学者认为，信用报告代证有助于减轻企业负担。\n\n"
        "6 参考资料\n"
        "　　[1] 常州日报. “信用常州”一键下载 41个部门证明“一报替代”. 2023-06-28.\n"
        "　　[2] 温州日报. 瑞安：上市合规证明“合二为一”. 2025-11-20.\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == ["常州市", "瑞安市", "西安高"]
    [entry] = (Path(__file__).parent / "data" / "probes127").glob("07_*.txt")  # a blind set's
    assert [m.heading[:3] for m in segment(read_document(entry))] == [
        "202",  # 2023年6月起，常州市…
        "旌阳区",
        "湘西州",
        "瑞安市",
        "西安高",
    ]


def test_a_story_set_against_the_one_before_is_led_by_its_own_place(tmp_path: Path) -> None:
    """A paragraph that opens by setting itself against the story before (与海口江东新区的
    “大项目”不同，琼海市…) is the story of the place after that clause."""
    text = (
        "“极简审批”跑出自贸港项目建设加速度\n\n"
        "　　在海口江东新区，“极简审批”改革让项目落地少了不少周折。江东新区管理局推行"
        "“承诺即开工”，项目开工时间平均提前3个月。\n"
        "　　与海口江东新区的“大项目”不同，琼海市把目光投向了遍布乡村的农文旅小微经营主体，"
        "在镇上设立服务站，民宿开办时间压缩至3天。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:5] for m in got] == ["在海口江东", "与海口江东"]
    facts = facts_of(tmp_path, text)
    assert region_names(facts) == ["海口江东新区", "琼海市"]


def test_a_titles_column_tag_and_a_section_of_worries_are_no_cases(tmp_path: Path) -> None:
    """A Hong Kong paper's piece whose title carries a column tag (【內地營商】…) that a related
    link's tag repeats (【大灣區】…), over two cities' sections and one on what 港商 worry
    about (港商忧「最后一公里」): the cities' sections are the cases; the title and its lead
    of national figures, and the worries, are none."""
    text = (
        "香港經濟日報 hket.com > 中國 > 中國經濟\n"
        "【內地營商】成都西安簡化外資登記　港商辦公司毋須「兩地跑」\n"
        "撰文：郭嘉欣\n\n"
        "內地近年積極吸引外商直接投資，惟2025年全國實際使用外資金額按年下降。\n\n"
        "Apostille取代「雙認證」\n"
        "成都市市場監督管理局聯合成都市商務局推出境外投資者主體資格「一證通認」，辦理時間縮短至3天。\n\n"
        "數字證書「一證通用」\n"
        "西安市行政審批服務局上線外資企業登記「跨境通辦」，全年服務港資企業326家。\n\n"
        "港商憂「最後一公里」\n"
        "有港商指出，部分銀行開戶仍要求法定代表人親身「面簽」，期望標準進一步統一。\n\n"
        "延伸閱讀：\n【大灣區】港商北上開公司　一文看清手續\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:5] for m in got] == ["Apost", "数字证书「"]


def test_a_bulletins_overview_and_counting_title_are_no_cases(tmp_path: Path) -> None:
    """A city's bulletin whose contents list two articles: the city's overview (全市一季度
    营商环境“体检”情况) and one that counts the towns' items below it (…“微改革”四则 over
    ■唐江镇（南康区）…): the towns' items are the cases, the two article titles none."""
    text = (
        "赣州市营商环境优化升级“一号改革工程”\n工 作 简 报\n第15期\n\n"
        "【本期要目】\n◇全市一季度营商环境“体检”情况\n◇镇街营商环境“微改革”四则\n\n"
        "　　全市一季度营商环境“体检”情况\n\n"
        "　　一季度，全市新设经营主体4.1万户，同比增长7.8%。市营商办开展暗访。\n\n"
        "　　镇街营商环境“微改革”四则\n\n"
        "　　今年以来，各县（市、区）指导镇街围绕企业和群众办事堵点开展“微改革”。\n\n"
        "■唐江镇（南康区）　家具企业“家门口”办成一件事\n\n"
        "　　南康区唐江镇设立家具企业服务站，办理时间压缩至1天。\n\n"
        "■象湖镇（瑞金市）　“红色物业”参与个体工商户服务\n\n"
        "　　瑞金市象湖镇依托社区“红色物业”，服务个体工商户1260户。\n\n"
        "■贡江镇（于都县）　服装企业用工“一站式”对接\n\n"
        "　　于都县贡江镇建立用工对接平台，帮助企业招工3100人。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == ["唐江镇", "象湖镇", "贡江镇"]


def test_an_experts_box_and_a_place_also_exploring_are_no_cases(tmp_path: Path) -> None:
    """A forum summary's 【专家视角】 box, and a reporter's aside that another place is also
    exploring the like (记者了解到，第七师胡杨河市等师市也在探索…类似做法): no cases."""
    text = (
        "新区改革经验交流\n\n"
        "【浦东新区】“一业一证”迈向“一证准营2.0”\n\n"
        "浦东新区推行“一业一证”改革，覆盖行业扩展到43个，审批时限压缩90%。\n\n"
        "【滨海新区】“承诺审批”释放“天津速度”\n\n"
        "滨海新区推行“承诺制”审批，办理时间压缩至1个工作日。\n\n"
        "记者了解到，天津港保税区等地也在探索类似做法。\n\n"
        "【专家视角】营商环境改革要从“单点突破”走向“系统集成”\n\n"
        "国家发展改革委宏观经济研究院研究员表示，各新区要加强改革系统集成。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:6] for m in got] == ["【浦东新区】", "【滨海新区】"]
    blind = Path(__file__).parent / "data" / "probes130"  # a blind set's two pages
    [forum] = blind.glob("04_*.txt")
    assert [m.heading[:4] for m in segment(read_document(forum))] == [
        "【浦东新",
        "【滨海新",
        "【两江新",
    ]
    [page] = blind.glob("01_*.txt")
    assert len(segment(read_document(page))) == 2  # 第八师石河子市, 第一师阿拉尔市


@pytest.mark.parametrize(
    "comment", ["【手记】", "【大马商家怎么看】", "外企的期待仍在制度稳定", "港商忧「最后一公里」"]
)
def test_a_section_of_comment_after_the_cases_is_none(tmp_path: Path, comment: str) -> None:
    """A feature's closing section of the writer's notes (【手记】) or of what a kind of people
    think, worry about or expect (【大马商家怎么看】, 外企的期待仍在…): no case."""
    text = (
        "两地优化营商环境观察\n\n"
        "【湖北篇】“高效办成一件事”\n\n"
        "湖北省推行“高效办成一件事”，企业开办时间压缩至0.5个工作日。\n\n"
        "【江西篇】“综合查一次”\n\n"
        "江西省推行涉企检查“综合查一次”，检查次数下降41%。\n\n"
        f"{comment}\n\n"
        "有商家表示，希望各地政策保持稳定，对营商环境改善充满期待。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:4] for m in got] == ["【湖北篇", "【江西篇"]
    assert quote(got[-1]).rstrip().endswith("下降41%。")


def test_a_room_of_an_anecdote_in_a_place_leads_no_story() -> None:
    """A paragraph set in a room of a place (上午9点，衢州智造新城的一间会议室里，法官…)
    inside a section on that city is its anecdote, no story of its own (probes84's page of
    三个镜头, written before this rule)."""
    [page] = (Path(__file__).parent / "data" / "probes84").glob("02_*.txt")
    headings = [m.heading for m in segment(read_document(page))]
    assert [h[:5] for h in headings] == ["镜头一 邢", "镜头二 衢"]


def test_readers_comments_under_a_post_are_no_cases(tmp_path: Path) -> None:
    """A post's readers' comments (留言精选 over 赣州老表：瑞金的帮代办员真的上门…) are comments,
    no case, though a reader names a place and its practice."""
    text = (
        "江西营商\n\n"
        "瑞金市政务服务中心推行“红色帮代办”，全年帮办事项3260件。\n\n"
        "上饶市广信区市场监督管理局推行“证照联办”，办理时间压缩至2天。\n\n"
        "来源：江西省优化营商环境工作办公室\n\n"
        "留言精选\n"
        "赣州老表：瑞金的帮代办员真的上门，我们厂办许可证就是他们代办的，点赞！\n"
        "吉安一企业会计：希望“知惠贷”这种产品能在吉安也推出。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == ["瑞金市", "上饶市"]


def test_someone_working_in_a_place_who_speaks_leads_no_story(tmp_path: Path) -> None:
    """A paragraph that opens with what someone working in a place said (在大理经营扎染工作室
    的90后李婉说，…) is their words inside the stories, no story of its own."""
    text = (
        "青年创业遇上好环境\n\n"
        "吴兴区推行青年创业“绿色通道”，为青年创业者办理开办手续1260件。\n\n"
        "大理市推出“青创贷”，为青年创业者发放贷款3200万元。\n\n"
        "在大理经营扎染工作室的90后李婉说，店铺从线下走到线上之后，跨平台经营的手续也简化了。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == ["吴兴区", "大理市"]
    [page] = (Path(__file__).parent / "data" / "probes132").glob("06_*.txt")  # a blind set's
    assert not any(m.heading.startswith("在大理经营") for m in segment(read_document(page)))


def test_headings_tagged_with_places_are_cases_not_stages_of_the_leads_reform(
    tmp_path: Path,
) -> None:
    """Headings tagged with their places (【湖北孝感】…“一件事”一次办, 【甘肃景泰】…) under a
    lead on the national “高效办成一件事”: each heads its place's case, not a stage of one
    reform, and a closing aside that other places learn from one of them is none."""
    text = (
        "“高效办成一件事”落地见效　多地政务服务跑出“加速度”\n\n"
        "　　2024年以来，国务院先后部署三批“高效办成一件事”重点事项，各地结合实际探索创新。\n\n"
        "【湖北孝感】水电气网联合报装“一件事”一次办\n\n"
        "　　“以前装水、装电要跑四家单位，现在一张表就搞定了。”一家企业负责人说。\n"
        "　　孝感市政务服务和大数据管理局牵头推行联合报装，办理时间压缩至3个工作日。\n\n"
        "【贵州毕节七星关区】竣工联合验收“一件事”一次验\n\n"
        "　　工程建设项目竣工验收环节多、部门多，是企业反映的难点。\n"
        "　　2025年，七星关区共有64个工程建设项目完成联合验收。\n\n"
        "【甘肃景泰】税费服务驿站把“一件事”办到家门口\n\n"
        "　　景泰县地处甘肃中部，县税务局在乡镇设立税费服务驿站12个。\n\n"
        "　　另据了解，毕节市其他县（市、区）也正在借鉴七星关区的做法。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:6] for m in got] == ["【湖北孝感】", "【贵州毕节七", "【甘肃景泰】"]


def test_a_beneficiarys_words_from_another_place_are_the_stories(tmp_path: Path) -> None:
    """A story's last sentence names where a beneficiary works and what the shop owner said
    (钦州港片区的海鲜加工户就是受益者，店主说…): a voice inside the story, no story of its own."""
    text = (
        "广西多地优化营商环境\n\n"
        "在玉林市，工业项目审批推行“容缺受理+承诺制”，审批时间压缩60%。\n\n"
        "钦州市钦南区则把目光投向个体工商户。钦南区市场监督管理局推出“个转企”全程帮办服务，"
        "2025年全区共完成“个转企”326户。钦州港片区的海鲜加工户就是受益者，"
        "店主说升级成公司后，“跟大客户签合同腰杆都硬了”。\n\n"
        "桂平市推行企业诉求“有人接、马上办”，诉求办结率达98%。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == ["在玉林", "钦州市", "桂平市"]
    assert quote(got[1]).rstrip().endswith("腰杆都硬了”。")


def test_one_cases_story_goes_on_past_an_expert_and_ends_before_its_plans(
    tmp_path: Path,
) -> None:
    """A single case's report quotes an expert in the middle (…大学…教授在接受采访时表示)
    and gives its results after: the story goes on past the expert, and ends before the
    plans (下一步，…); with no results after, it ends before the expert."""
    text = (
        "麻章区推行工业项目“五证同发”　助力项目拿地即开工\n\n"
        "发布时间：2026-03-18 16:42　来源：麻章区人民政府\n\n"
        "麻章区推行工业项目“五证同发”改革，企业拿地当天即可领取五本证书。\n\n"
        "广东海洋大学经济学院一位教授在接受采访时表示，这一改革抓住了项目落地的关键环节。\n\n"
        "改革推行以来，麻章区已有14个工业项目实现“五证同发”，平均提前开工4个月。\n\n"
        "下一步，麻章区将把“五证同发”推广到全部产业园区。\n"
    )
    got = measures_of(tmp_path, text)
    assert len(got) == 1
    assert quote(got[0]).rstrip().endswith("提前开工4个月。")
    commented = text.replace(
        "改革推行以来，麻章区已有14个工业项目实现“五证同发”，平均提前开工4个月。\n\n", ""
    )
    [case] = measures_of(tmp_path, commented, "c.txt")  # the expert closes it: no results after
    assert quote(case).rstrip().endswith("领取五本证书。")


def test_one_reforms_report_with_neighbours_stories_in_its_last_section(tmp_path: Path) -> None:
    """A report of one place's reform (电费降下来 / ——宜都市清理规范转供电环节加价见闻) told
    under facet headings, whose last section tells a neighbour's practice (好经验在周边落地 over
    当阳市则…) and names another in passing (枝江市也在探索…。): the reform up to that section
    is one case, the neighbour's story another, the one in passing none."""
    text = (
        "电费降下来 企业活起来\n——宜都市清理规范转供电环节加价见闻\n\n"
        "2026-03-12 07:45　来源：湖北日报\n\n"
        "“去年全年，电费比前年少交了46万元。”一家陶瓷企业的财务负责人王丽说。\n\n"
        "一张清单摸清“加价”底数\n\n"
        "“第一步是把底数摸清。”针对转供电主体多的问题，宜都建立“一户一档”清单。\n\n"
        "接电“最后一公里”再提速\n\n"
        "改造完成后，供电公司推行“园区接电一件事”，接电时间压缩至15个工作日。\n\n"
        "好经验在周边落地\n\n"
        "当阳市则把服务重点放在工业园区，由市发展和改革局牵头推行“转供电改直供电”，"
        "惠及企业126家。\n"
        "枝江市也在探索商业综合体转供电改造。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:4] for m in got] == ["电费降下", "当阳市则"]
    assert quote(got[0]).rstrip().endswith("15个工作日。")
    [page] = (Path(__file__).parent / "data" / "probes135").glob("02_*.txt")  # a blind set's
    assert [m.heading[:4] for m in segment(read_document(page))] == ["电费降下", "当阳市则"]


@pytest.mark.parametrize(
    "subtitle",
    [
        "——石嘴山市持续优化营商环境观察",
        "——云南三县（市）规范涉企行政执法见闻",
        "——一封读者来信引发的调查",
    ],
)
def test_a_subtitle_on_many_practices_keeps_the_headed_cases(tmp_path: Path, subtitle: str) -> None:
    """A subtitle on what was seen of the business environment at large, of several places,
    or of no place (——石嘴山市持续优化营商环境观察) names no one reform: each headed section
    telling a practice stays a case."""
    text = (
        f"服务跑在需求前　企业发展添底气\n{subtitle}\n\n本报记者　马晓芳\n\n"
        "　　5月的石嘴山，企业项目建设正酣。\n\n"
        "审批提速　项目早落地\n\n"
        "　　石嘴山市推行“拿地即开工”，42个项目实现拿地即开工。\n\n"
        "信用增信　融资更便捷\n\n"
        "　　石嘴山市推出“信易贷”，为企业发放贷款12.6亿元。\n\n"
        "园区管家　服务零距离\n\n"
        "　　石嘴山市为园区企业配备“园区管家”，解决诉求326件。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:2] for m in got] == ["审批", "信用", "园区"]


def test_a_post_on_this_one_practice_is_one_case(tmp_path: Path) -> None:
    """A WeChat post whose headline speaks of one practice (…大渡口这个做法火了) over 📌
    headings that name no practice verb (一个入口，诉求直达 / 一名专员，全程帮办): the
    headings are its facets, one case."""
    text = (
        "🔥企业有难题，“渡渡帮”来帮！大渡口这个做法火了👍\n\n"
        "大渡口发布　2026-05-20\n\n"
        "今年以来，重庆市大渡口区推出涉企服务品牌“渡渡帮”，让企业诉求有人管、管到底。\n\n"
        "📌一个入口，诉求直达\n\n"
        "区里整合12345热线、“渝快办”等渠道，企业扫码即可提交诉求。\n\n"
        "📌一名专员，全程帮办\n\n"
        "区里为重点企业配备服务专员86名，全程帮办审批事项。\n\n"
        "📌一张清单，闭环销号\n\n"
        "诉求按清单交办，办结率达98.6%。\n"
    )
    got = measures_of(tmp_path, text)
    assert len(got) == 1 and got[0].heading.startswith("企业有难题")


def test_a_profile_of_an_official_is_one_case(tmp_path: Path) -> None:
    """A newspaper profile (她把“办不成”变成“办得成” / ——记…局长韩晓燕) told under quoted
    headings that name no place: one case, headed by its headline, not the e-paper's page
    buttons above it (上一版　下一版　本版标题导航), and ending before the 【人物名片】 box."""
    text = (
        "中国妇女报 2026年3月6日　星期五　第4版：巾帼风采\n"
        "上一版　下一版　　　　本版标题导航\n\n"
        "她把“办不成”变成“办得成”\n——记陕西省铜川市行政审批服务局局长韩晓燕\n\n"
        "早上8点，铜川市政务服务中心一楼大厅还没开门，韩晓燕已经在综合窗口前转了一圈。\n\n"
        "“窗口不该按部门分，应该按事分”\n\n"
        "铜川市政务服务中心把42个专业窗口整合为12个综合窗口。\n\n"
        "“企业的事，就是我们的事”\n\n"
        "铜川市行政审批服务局为重点项目配备“项目管家”，服务项目136个。\n\n"
        "【人物名片】\n韩晓燕，女，1978年出生，陕西铜川人。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [normalise("她把“办不成”变成“办得成”")]
    assert quote(got[0]).rstrip().endswith("服务项目136个。")


@pytest.mark.parametrize(
    ("text", "headline", "last_words"),
    [
        pytest.param(
            (
                "肇东市推行工程建设项目审批“一链办理”　项目落地跑出“加速度”\n\n"
                "2026-04-10　来源：中国发展网\n\n"
                "近年来，黑龙江省持续开展营商环境整治。肇东市由市营商环境建设监督局牵头，推行工程"
                "建设项目审批“一链办理”改革，把立项、用地、规划、施工、验收各环节串成“一条链”。\n\n"
                "审批前移：“拿地”与“报建”同步走\n\n"
                "肇东市自然资源局在土地出让前就完成区域评估，2025年以来共有42个项目实现“拿地即开工”。\n\n"
                "并联审批：“串联跑”变“并联办”\n\n"
                "肇东市住房和城乡建设局牵头推行联合验收，审批时间由112个工作日压缩至38个工作日。\n\n"
                "帮办代办：专班盯到“最后一公里”\n\n"
                "肇东市组建帮办代办专班，2025年共服务重点项目86个。\n"
            ),
            "肇东市推行",
            "服务重点项目86个",
            id="lead-on-the-headlines-quoted-reform",
        ),
        pytest.param(
            (
                "陇西：中药材经营“证照联办”三年三步走\n\n本报记者　马　骁\n\n"
                "陇西县用三年时间把中药材经营“证照联办”一步步做深做实。\n\n"
                "2023年：试点\n\n"
                "陇西县市场监督管理局选择首阳镇试点“证照联办”，试点一年办理386件。\n\n"
                "2024年：推开\n\n"
                "陇西县将“证照联办”推广到全县17个乡镇，全年办理2140件。\n\n"
                "2025年：提质\n\n"
                "陇西县依托“甘快办”平台上线网上专区，实现全程网办。\n"
            ),
            "陇西",
            "全程网办",
            id="year-headings",
        ),
    ],
)
def test_sides_or_stages_of_one_places_reform_are_one_case(
    tmp_path: Path, text: str, headline: str, last_words: str
) -> None:
    """Sections that are one place's one reform: its sides, under a headline that quotes the
    reform over a lead saying the place carries it out (肇东市推行…“一链办理” over
    推行…“一链办理”改革, then 审批前移：…, 并联审批：…), or its stages year by year
    (2023年：试点, 2024年：推开, 2025年：提质): one case, headed by the headline, running to
    its last section."""
    got = measures_of(tmp_path, text)
    assert len(got) == 1 and got[0].heading.startswith(headline)
    assert last_words in quote(got[0])


def test_where_someone_works_leads_no_story_another_place_goes_on_with(tmp_path: Path) -> None:
    """A Hong Kong paper's feature on one city: a section opens with someone's words and
    someone working in 香港 who set up a firm in 中山 (在香港从事…贸易的黄先生，去年在中山设立…):
    香港 leads no story, so the sections are the cases their headings head, and the 港商心声
    section of quotes is none; where someone works is still the story's place when no other
    place follows (在佛山市南海区经营…的港商陈志强，…)."""
    text = (
        "中山“港澳通办”再升级　港商开公司“一次都不用跑”\n\n本报记者　李欣桐\n\n"
        "近年来，中山从商事登记、项目审批到青年创业，为港澳投资者办事持续“减负”。\n\n"
        "商事登记　在香港也能办中山执照\n\n"
        "“以前要专门请假过来一趟，现在在香港的银行网点就可以办。”在香港从事电子元器件贸易"
        "的黄先生，去年在中山设立了一家贸易公司，整个过程没有离开过香港。\n\n"
        "这得益于中山市市场监督管理局推出的“港澳商事登记跨境通办”，已办理业务426宗。\n\n"
        "项目审批　火炬区“拿地即开工”\n\n"
        "在中山火炬高技术产业开发区（下称火炬开发区），一家港资企业的新厂房已经封顶。"
        "火炬开发区管委会推行“拿地即开工”，58个项目拿地即开工。\n\n"
        "翠亨新区　港澳青年“拎包入驻”\n\n"
        "位于珠江口西岸的翠亨新区，是中山对接深圳、香港的“桥头堡”。翠亨新区管委会设立"
        "“港澳青创服务驿站”，累计入驻创业团队96个。\n\n"
        "港商心声　“在中山办事跟在香港一样方便”\n\n"
        "在中山小榄镇经营五金厂20多年的香港商人梁志明说，现在很多事情在网上就办完了。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:4] for m in got] == ["商事登记", "项目审批", "翠亨新区"]
    runs_on = (
        "湾区城市服务港商见闻\n\n本报记者　李欣桐\n\n"
        "湾区各地比的是谁的服务更贴近港人港企。\n\n"
        "在佛山市南海区经营五金模具厂近二十年的港商陈志强，去年遇上一单货款纠纷。"
        "南海区人民法院设立“粤港澳商事调解中心”，已调解纠纷310宗。\n\n"
        "江门市推出“港澳青年创业一站通”，已服务创业团队96个。\n"
    )
    assert [m.heading[:4] for m in measures_of(tmp_path, runs_on)] == ["在佛山市", "江门市推"]


def test_an_opening_anecdote_made_one_of_many_is_no_case(tmp_path: Path) -> None:
    """A feature with no headings opens with a young founder back in his home town (…回到
    安徽阜阳老家…), then makes him one of many (像何磊这样回乡创业的青年越来越多): the hook
    before the lead, no case; the places' stories after it are."""
    text = (
        "小城青年创业，办事不再“找关系”\n\n本报记者　周　洋\n\n"
        "去年秋天，在深圳做了4年电商运营的何磊回到安徽阜阳老家，租下一间仓库做直播带货。"
        "“手机上填完信息，第二天就拿到了营业执照。”何磊说。\n\n"
        "像何磊这样回乡创业的青年越来越多。越来越多中小城市为青年创业者打通办事堵点。\n\n"
        "在湖北省利川市，利川市政务服务和大数据管理局设立“青创服务专窗”，"
        "去年以来共办理各类事项1260件。\n\n"
        "重庆市大足区人力资源和社会保障局推出“青创贷”，累计发放2.3亿元。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:5] for m in got] == ["在湖北省利", "重庆市大足"]


def test_a_reposted_article_speaks_for_its_city_not_its_papers_province(tmp_path: Path) -> None:
    """A city government's site reposts a provincial paper's article (【江西日报】宜春：…,
    信息来源：江西日报, 原载《江西日报》): the paper's name is no place the text speaks for, so
    the county paragraphs under the city's lead are cases of their own."""
    text = (
        "宜春市人民政府\n首页　|　政务公开　|　走进宜春\n当前位置：首页 > 新闻中心 > 媒体聚焦\n\n"
        "【江西日报】宜春：县域营商环境“比学赶超”结硕果\n\n"
        "发布时间：2026-05-12　信息来源：江西日报\n\n"
        "本报宜春讯　今年一季度，宜春全市新登记经营主体3.86万户。\n\n"
        "丰城市自然资源局牵头推行工业用地“标准地+承诺制”，46个项目拿地即开工。\n\n"
        "在靖安县，靖安县行政审批局推出“民宿准营一件事”，办理时间缩短至3个工作日。\n\n"
        "宜春经济技术开发区推行“链长+项目专员”服务机制，服务重点项目52个。\n\n"
        "（原载《江西日报》2026年5月12日第3版）\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:4] for m in got] == ["丰城市自", "在靖安县", "宜春经济"]


def test_question_sections_named_in_the_lead_over_places_apart_are_several_cases(
    tmp_path: Path,
) -> None:
    """An investigation whose question headings take up what its lead names (“免申”,
    “直达快享”) over paragraphs each led by a place in another province: several places'
    cases, not one reform's sides; the experts' section, which recalls places only in a list
    (盐城、黄石等地), is none."""
    text = (
        "惠企政策“免申即享”，为何还要企业来回跑？\n\n新华社记者　邵　岩\n\n"
        "近年来，各地出台惠企政策，“免申即享”“直达快享”成为高频词。\n\n"
        "“免申”为何还要“申”？\n\n"
        "记者调查发现，一些地方的“免申即享”只是把线下申报搬到了线上。\n\n"
        "各地如何打通政策兑现“最后一公里”？\n\n"
        "江苏省盐城市上线“盐企通”惠企政策兑现平台，累计兑现资金12.6亿元。\n\n"
        "内蒙古自治区乌兰察布市设立惠企政策兑现综合窗口，办理时限压缩至5个工作日。\n\n"
        "湖北省黄石市财政局开发“财政资金直达快享”系统，资金到账时间缩短至3天。\n\n"
        "“直达快享”还需跨过几道坎？\n\n"
        "受访专家认为，盐城、黄石等地的探索表明，打通数据是“免申即享”的前提。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:4] for m in got] == ["江苏省盐", "内蒙古自", "湖北省黄"]


def test_cases_told_in_numbered_facets_keep_their_steps_inside(tmp_path: Path) -> None:
    """An annex of ``一、place：title`` cases, each told in （一）基本情况, （二）主要做法 and
    （三）取得成效, with more 一是…四是… steps under 主要做法 than there are facets: a case per
    ``一、`` heading, its steps inside it."""
    text = (
        "附件\n\n全省市场监管领域优化营商环境典型案例\n\n"
        "一、榆林市：“个转企”全链条服务\n\n"
        "（一）基本情况\n\n　　榆林市个体工商户数量多。\n\n"
        "（二）主要做法\n\n"
        "　　一是建立培育库精准引导。市市场监管局会同市税务局建立培育库。\n\n"
        "　　二是推行变更登记直接转型。个体工商户可保留原字号。\n\n"
        "　　三是打造“个转企一件事”。变更登记和税务信息变更一次办结。\n\n"
        "　　四是落实扶持政策。对成功转型的企业给予一次性奖励。\n\n"
        "（三）取得成效\n\n　　2025年，全市共完成“个转企”1863户。\n\n"
        "二、铜川市：电梯安全“智慧监管”\n\n"
        "（一）基本情况\n\n　　铜川市老旧电梯多。\n\n"
        "（二）主要做法\n\n"
        "　　一是建设智慧监管平台。市市场监管局建成电梯智慧监管平台。\n\n"
        "　　二是推行“按需维保”。对运行良好的电梯延长维保周期。\n\n"
        "　　三是引入保险服务。推行电梯安全责任保险。\n\n"
        "　　四是完善应急处置。建立应急救援网格。\n\n"
        "（三）取得成效\n\n　　电梯困人故障同比下降38%。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == ["榆林市", "铜川市"]
    assert "1863户" in quote(got[0]) and "下降38%" in quote(got[1])


def test_a_district_name_several_cities_share_is_read_in_the_headings_city(
    tmp_path: Path,
) -> None:
    """A city's 简报 with place headings: 市中区 is a district of 乐山, 济南, 枣庄 and 内江, and
    the other headings' places all lie in 乐山, so ``市中区：…`` heads 乐山's district's case."""
    text = (
        "乐山市优化营商环境工作简报\n\n2026年第7期\n\n【区县经验】\n\n"
        "■ 市中区：“楼宇管家”服务进驻商务楼宇\n\n"
        "　　市中区在辖区21栋重点商务楼宇推行“楼宇管家”服务，解决企业诉求312件。\n\n"
        "■ 峨眉山市：文旅企业开办“一件事”提速增效\n\n"
        "　　峨眉山市行政审批局推出文旅企业开办“一件事”，办理时间压缩至1个工作日。\n\n"
        "■ 犍为县：“电力管家”助力企业用电报装\n\n"
        "　　犍为县联合供电公司推行“电力管家”服务，接电时间缩短至5个工作日。\n\n"
        "■ 五通桥区：化工园区“安全管家”服务\n\n"
        "　　五通桥区应急管理局为园区企业配备“安全管家”，开展安全诊断46次。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == ["市中区", "峨眉山", "犍为县", "五通桥"]


def test_a_part_told_after_its_topic_sentence_is_its_own_story(tmp_path: Path) -> None:
    """A province's Word list whose numbering was lost: each paragraph opens with its item's
    title sentence, then the place that did it (企业开办实现“全程网办”。嘉兴市市场监管局…, then
    工业项目…跑出加速度。南湖区将…): a district of that city told after its own topic sentence
    is its own case, not the city's story going on."""
    text = (
        "附件2\n\n浙江省优化营商环境典型经验做法\n\n政务服务提质增效\n\n"
        "企业开办实现“全程网办、一日办结”。嘉兴市市场监管局会同市税务局推行企业开办"
        "“一件事”，2025年全程网办率达到98.6%。\n\n"
        "工业项目“标准地+承诺制”改革跑出落地加速度。南湖区将区域评估成果在土地出让前公开，"
        "项目从拿地到开工平均用时压缩至18天。\n\n"
        "准营“一件事”集成改革提升准入效率。秀洲区市场监督管理局推行“一次踏勘、联合审查”，"
        "审批环节由9个减少至3个。\n"
    )
    got = measures_of(tmp_path, text)
    assert [quote(m)[:3] for m in got] == ["嘉兴市", "南湖区", "秀洲区"]


def test_a_county_sites_news_list_with_dates_after_titles(tmp_path: Path) -> None:
    """A county site's list of news, each title with its date after it on its line: the first
    title right under the column name heads a case too, while a visit by a city team
    (…工作组来我县开展实地调研) and a call for comments on a draft (关于公开征求…意见的公告)
    report events, no practice."""
    text = (
        "永清县人民政府\n首页 | 政务公开 | 走进永清\n\n优化营商环境\n\n"
        "永清县推行社会投资项目“拿地即开工”审批模式　　2026-05-12\n"
        "　　永清县行政审批局推行“拿地即开工”，今年已有12个项目拿地当天开工。\n\n"
        "县税务局“春风送政策”进园区活动持续开展　　2026-04-28\n"
        "　　国家税务总局永清县税务局组建政策宣讲团，走访企业126户次。\n\n"
        "廊坊市营商环境评价工作组来我县开展实地调研　　2026-04-09\n"
        "　　4月8日，廊坊市营商环境评价工作组一行来我县开展实地调研。\n\n"
        "县人民法院设立“企业家权益保护工作站”　　2026-03-18\n"
        "　　永清县人民法院在县工商业联合会设立工作站，已化解涉企纠纷36件。\n\n"
        "关于公开征求《永清县进一步优化营商环境若干措施（征求意见稿）》意见的公告　　2026-03-02\n"
        "　　为广泛听取社会各界意见，现将征求意见稿全文公布，公开征求意见。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == ["永清县", "县税务", "县人民"]
    regions = {f.region.region.name for f in facts_of(tmp_path, text).measures}
    assert regions == {"永清县"}  # not 廊坊市, which the visit above the court's item names


def test_a_bracketed_body_under_a_cases_heading_is_no_section(tmp_path: Path) -> None:
    """A 公安厅's 十佳 cases: ``案例一：title`` over ``【淮安市公安局】``, the unit that did it,
    then the body: the bracketed unit belongs to the case, which runs to the next label."""
    text = (
        "江苏省公安厅关于印发服务保障优化营商环境“十佳”典型案例的通知\n\n附件\n\n"
        "案例一：“警企直通车”打通护企安商“最后一米”\n【淮安市公安局】\n"
        "　　淮安市公安局在2860家重点企业推行“一企一警”联络员制度，解决企业诉求1260件。\n\n"
        "案例二：货车通行证“网上申请、秒批秒办”\n【泰州市公安局交通警察支队】\n"
        "　　泰州市公安局交通警察支队推行货车通行证网上申请，平均办理时间缩短至10分钟。\n\n"
        "案例三：“反诈进企业”守护企业资金安全\n【江阴市公安局】\n"
        "　　江阴市公安局组建反诈宣讲队进企业，为企业止付挽损2300万元。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["案例一", "案例二", "案例三"]
    assert all(quote(m).rstrip().endswith("。") for m in got)


def test_a_notice_spreading_one_places_reform_gives_one_case(tmp_path: Path) -> None:
    """A provincial office's notice whose title spreads one city's quoted reform, told by a
    paragraph the city leads and then 一是…三是… steps that name no place: one case, opened
    by that paragraph, not a case per step."""
    text = (
        "四川省优化营商环境工作领导小组办公室\n"
        "关于学习推广遂宁市不动产登记“带押过户、交房即交证”改革经验做法的通知\n\n"
        "各市（州）优化营商环境工作领导小组办公室：\n"
        "　　今年以来，全省一般不动产登记平均办理时间压缩至2个工作日。\n"
        "　　遂宁市以不动产登记“一件事”为牵引，推动登记、交易、税务、金融协同。\n"
        "　　一是推行二手房“带押过户”。市不动产登记中心会同银行办理带押过户1260件。\n"
        "　　二是推行新建商品房“交房即交证”。全市86个项目实现交房即交证。\n"
        "　　三是推行“一窗受理、税费同缴”。办理时间由5个工作日压缩至1个工作日。\n"
        "　　各地要结合实际学习借鉴。\n"
    )
    got = measures_of(tmp_path, text)
    assert len(got) == 1 and quote(got[0]).startswith("遂宁市以不动产登记")
    assert "1个工作日" in quote(got[0])


def test_place_headings_over_numbered_facets_are_cases(tmp_path: Path) -> None:
    """A ministry's brochure: ``place：title`` headings, each straight over 一、改革背景
    二、主要做法 三、改革成效 (no body line between): a case per heading, its facets inside."""
    text = (
        "地方优化营商环境典型经验做法汇编\n\n"
        "遂宁市：以“一企一码”推动涉企服务“码上办”\n"
        "　　一、改革背景\n　　遂宁市现有经营主体28.6万户。\n"
        "　　二、主要做法\n　　市数据局为每一户经营主体生成“遂企码”。\n"
        "　　三、改革成效\n　　全市涉企行政检查次数同比下降36.2%。\n\n"
        "六盘水市：煤矿项目审批“一链办理”\n"
        "　　一、改革背景\n　　六盘水市现有生产建设煤矿96处。\n"
        "　　二、主要做法\n　　市能源局牵头推行煤矿项目审批“一链办理”。\n"
        "　　三、改革成效\n　　审批时间由180个工作日压缩至60个工作日。\n\n"
        "通辽市：“执破融合”推动“僵尸企业”有序退出\n"
        "　　一、改革背景\n　　通辽市长期停业企业较多。\n"
        "　　二、主要做法\n　　通辽市中级人民法院推行“执破融合”。\n"
        "　　三、改革成效\n　　已审结破产案件42件。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == ["遂宁市", "六盘水", "通辽市"]
    assert "36.2%" in quote(got[0]) and "60个工作日" in quote(got[1])


def test_a_list_of_case_headlines_is_the_cases_unless_they_are_told_below(
    tmp_path: Path,
) -> None:
    """A ministry's 典型案例名单 gives each case only as ``N. place：headline``: every item is a
    case, though it tells nothing more; the same list over the cases told in full is their
    index, and the full cases are the cases."""
    items = (
        "1. 北京市顺义区：“服务包”机制为重点中小企业提供全周期服务\n"
        "2. 山西省大同市：“专精特新”中小企业“一企一档”梯度培育\n"
        "3. 吉林省辽源市：袜业产业集群“共享工厂”服务模式\n"
    )
    head = (
        "工业和信息化部办公厅关于公布中小企业服务典型案例名单的通知\n\n"
        "　　经地方推荐、专家评审和网上公示，确定3个案例为2025年度中小企业服务典型案例，"
        "现予公布。各地要加强宣传推广，组织本地区中小企业服务机构学习借鉴。\n\n"
        "附件\n\n典型案例名单\n\n"
    )
    got = measures_of(tmp_path, head + items)
    assert [m.heading[:6] for m in got] == ["北京市顺义区", "山西省大同市", "吉林省辽源市"]
    told = (
        "\n一、北京市顺义区：“服务包”机制为重点中小企业提供全周期服务\n"
        "　　顺义区为120家重点企业配备“服务包”，解决诉求860件。\n\n"
        "二、山西省大同市：“专精特新”中小企业“一企一档”梯度培育\n"
        "　　大同市建立“一企一档”，培育专精特新企业46家。\n\n"
        "三、吉林省辽源市：袜业产业集群“共享工厂”服务模式\n"
        "　　辽源市建成“共享工厂”3个，服务袜企210家。\n"
    )
    got = measures_of(tmp_path, head + items + told, "b.txt")
    assert [m.label for m in got] == ["一", "二", "三"]


def test_cases_told_in_bracketed_facets_between_separators_are_one_case_each(
    tmp_path: Path,
) -> None:
    """A 改革案例选编: unnumbered case headings, each over 【改革背景】【主要做法】【改革成效】
    facets, the cases parted by ◆◆◆ lines: a case per heading, its facets inside it."""
    case = (
        "{title}\n\n【改革背景】\n　　{place}过去办事要跑多个部门。\n"
        "【主要做法】\n　　{place}推行“{name}”改革，实行一窗受理。\n"
        "【改革成效】\n　　已办理{n}件，办理时间压缩60%。\n"
        "【经验启示】\n　　改革要从企业需求出发。\n\n◆◆◆◆◆◆\n\n"
    )
    head = "遵义市全面深化改革典型案例选编\n\n编者按：本辑选编3个案例。\n\n◆◆◆◆◆◆\n\n"
    text = head + "".join(
        case.format(title=title, place=place, name=name, n=n)
        for title, place, name, n in (
            ("仁怀市推行白酒企业“许可联办”改革", "仁怀市", "许可联办", 286),
            ("湄潭县深化集体经营性建设用地入市改革", "湄潭县", "入市联办", 42),
            ("“扫码入企”让涉企检查有规可循", "道真县", "扫码入企", 318),
        )
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:4] for m in got] == ["仁怀市推", "湄潭县深", "“扫码入"]
    assert all("【改革成效】" in quote(m) for m in got)


def test_a_news_list_page_is_no_timeline_and_its_events_are_no_cases(tmp_path: Path) -> None:
    """A district site's 工作动态: titles over dated items (5月29日，…召开…), most of them
    events. The dated paragraphs under titles make no timeline: each titled practice is a
    case, and a meeting, a kick-off, an on-site meeting held in the district, a leader's visit,
    a congress's survey and a publicity event are none."""
    items = (
        ("区政府召开第十二次常务会议", "5月29日，区长主持召开区政府第十二次常务会议。"),
        ("观山湖区上线“观企通”涉企诉求服务平台", "观山湖区上线“观企通”平台，受理诉求1260件。"),
        ("区领导带队走访调研重点企业", "5月26日，区领导带队走访调研辖区重点企业。"),
        ("我区开展“5·20”中国学生营养日宣传活动", "5月20日，区卫生健康局开展宣传活动。"),
        ("贵阳市优化营商环境现场推进会在我区召开", "5月14日，贵阳市现场推进会在观山湖区召开。"),
        ("区市场监管局推行个体工商户登记“智能审批”", "观山湖区推行“智能审批”，办结3260件。"),
        ("区税务局召开“便民办税春风行动”启动会", "4月15日，区税务局召开启动会。"),
        ("区人大常委会开展优化营商环境专题调研", "4月10日，区人大常委会到观山湖区调研。"),
    )
    text = "工作动态\n\n" + "".join(
        f"{title}\n发布时间：2026-05-{30 - k:02d}　来源：区政府办公室\n{body}\n\n"
        for k, (title, body) in enumerate(items)
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:6] for m in got] == [normalise("观山湖区上线"), normalise("区市场监管局")]


def test_a_table_of_case_names_over_the_cases_told_in_full_is_their_index(
    tmp_path: Path,
) -> None:
    """A city notice's 附件: a Word table pasted a cell per line (序号 / 案例名称 / 报送单位, then
    1 / name / body) lists the cases that follow in full (一、name over （报送单位：…）): the table
    is their index, no case; each case's title is its heading, not its credit line."""
    names = (
        (
            "工业项目“预供地+带方案出让”",
            "衡阳高新区管委会",
            "衡阳高新区推行“预供地”，12个项目拿地即开工。",
        ),
        (
            "“共享员工”用工调剂平台",
            "耒阳市人民政府",
            "耒阳市搭建“共享员工”平台，调剂用工1860人次。",
        ),
        (
            "涉企执法“观察期”制度",
            "雁峰区人民政府",
            "雁峰区对新开办企业设置“观察期”，首违不罚126件。",
        ),
    )
    table = "".join(f"{k}\n{name}\n{body}\n" for k, (name, body, _) in enumerate(names, 1))
    told = "".join(
        f"{numeral}、{name}\n（报送单位：{body}）\n　　{story}\n"
        for numeral, (name, body, story) in zip("一二三", names, strict=True)
    )
    text = (
        "衡阳市人民政府办公室关于印发优化营商环境改革创新案例的通知\n\n附件\n\n"
        "衡阳市优化营商环境改革创新案例（第一批）\n序号\n案例名称\n报送单位\n" + table + told
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["一", "二", "三"]
    assert [m.heading for m in got] == [normalise(name) for name, _, _ in names]


def test_figures_from_a_source_open_a_paragraph_before_a_citys_story(tmp_path: Path) -> None:
    """A feature without headings whose paragraphs each open with the nation's or a province's
    figures from their source (…部数据显示，全国…; 湖南省统计局数据显示，全省…), then a city's
    story: the story is the case, from its own sentence; the figures are none, and the
    province they name tells no story."""
    text = (
        "降成本“小切口”撬动营商环境“大提升”\n"
        "本报记者 李明\n"
        "　　今年以来，各地把降低制度性交易成本作为优化营商环境的重要抓手。\n"
        "　　住房城乡建设部数据显示，截至2025年底，全国已有320余个城市实现水电气网联合报装，"
        "平均办理时间压缩至5个工作日以内。在江西九江，供水、燃气报装被整合为“水气联办一件事”。"
        "九江市城市管理局将3项报装合并为一张表单，平均办理时间由15个工作日压缩至4个工作日。\n"
        "　　国家税务总局数据显示，2025年全国新增减税降费超过2.6万亿元。湖南常德则把功夫下在"
        "政策“找得到企业”上。常德市税务局搭建“税费政策精准推送”系统，累计推送政策信息41万条。\n"
        "　　湖南省统计局数据显示，2025年全省新增新能源装机980万千瓦，占比首次超过30%。"
        "用电多了，接电要快。在岳阳，岳阳市能源局推出“电力接入工程审批一件事”，"
        "审批时限由15个工作日压缩至5个工作日。\n"
    )
    facts = facts_of(tmp_path, text)
    assert [f.measure.heading for f in facts.measures] == [
        normalise("在江西九江，供水、燃气报装被整合为“水气联办一件事”。"),
        normalise("湖南常德则把功夫下在政策“找得到企业”上。"),
        normalise(
            "在岳阳，岳阳市能源局推出“电力接入工程审批一件事”，审批时限由15个工作日压缩至5个工作日。"
        ),
    ]
    assert region_names(facts) == ["九江市", "常德市", "岳阳市"]


def test_a_lead_previewing_the_places_told_under_headings_is_no_case(tmp_path: Path) -> None:
    """A feature's lead sets two scenes in the places its headed sections then tell (清晨7点，
    广西东兴口岸…；千里之外的新疆阿拉山口…): the lead previews the cases, it is none of them."""
    text = (
        "边境口岸城市优化营商环境——外商来“边城”办事更省心\n"
        "本报记者 黄宇\n"
        "　　清晨7点，广西东兴口岸，满载水果的越南货车排队入境；千里之外的新疆阿拉山口，"
        "中欧班列鸣笛出发。近年来，沿边口岸城市推出一批便利化举措。\n"
        "“一窗通”连起中越客商\n"
        "　　东兴市行政审批局联合东兴海关，将外资企业设立等8个事项整合为“外商投资一件事”，"
        "办理时间由15个工作日压缩至3个工作日。\n"
        "口岸“服务管家”随叫随到\n"
        "　　阿拉山口市商务局为进出口企业配备“服务管家”，全年解决诉求326件。\n"
    )
    facts = facts_of(tmp_path, text)
    assert [f.measure.heading for f in facts.measures] == [
        normalise("“一窗通”连起中越客商"),
        normalise("口岸“服务管家”随叫随到"),
    ]
    assert region_names(facts) == ["东兴市", "阿拉山口市"]


def test_local_practice_boxes_beside_a_regulations_explanation(tmp_path: Path) -> None:
    """A regulation's 解读 whose numbered points explain its provisions, each followed by a
    【地方实践】 box of one city's practice: the boxes are the cases, each to the next point;
    the points (修订背景, the provisions, 保障措施 and its 下一步) are none."""
    text = (
        "《甘肃省优化营商环境条例》修订解读\n"
        "　　现就有关情况解读如下。\n"
        "　　一、修订背景\n"
        "　　原条例施行以来，全省经营主体总量达到210万户，较2020年增长28%。\n"
        "　　二、主要修订内容\n"
        "　　（一）推行帮办代办。条例第二十三条规定，县级以上人民政府应当推行重点项目帮办代办。\n"
        "　　【地方实践】\n"
        "　　天水市对全市重点项目实行“一个项目、一名专员”全程帮办代办。"
        "2025年累计为86个重点项目提供帮办服务。\n"
        "　　（二）规范涉企检查。条例第五十一条规定，推行“综合查一次”。\n"
        "　　【地方实践】\n"
        "　　张掖市全面推行“扫码入企”制度，涉企检查次数同比下降43.6%。\n"
        "　　三、保障措施\n"
        "　　下一步，将推动各市州复制推广上述做法。\n"
    )
    facts = facts_of(tmp_path, text)
    got = [f.measure for f in facts.measures]
    assert [m.heading for m in got] == [
        normalise("天水市对全市重点项目实行“一个项目、一名专员”全程帮办代办。"),
        normalise("张掖市全面推行“扫码入企”制度，涉企检查次数同比下降43.6%。"),
    ]
    assert quote(got[0]).endswith("提供帮办服务。")
    assert region_names(facts) == ["天水市", "张掖市"]


def test_theme_sentences_over_paragraphs_each_a_places_story(tmp_path: Path) -> None:
    """A notice's themes set as sentences on lines of their own ((一)健全涉企诉求响应机制。),
    each over paragraphs that each open with a place of their own: every paragraph is a
    case under its theme; the 工作要求 after them is none."""
    paragraphs = (
        "江苏省宿迁市建立企业诉求直达机制，诉求平均办结时间压缩至3个工作日。",
        "陕西省宝鸡市推行政企恳谈会制度，市级领导每月带队与企业面对面协商。",
        "福建省龙岩市推行容缺受理模式，对次要材料缺失的涉企事项先行受理。",
        "宁夏回族自治区石嘴山市全面推行证明事项告知承诺制，减少证明材料1200余份。",
        "湖南省株洲市推行信用分级分类监管，将抽查比例与企业信用等级挂钩。",
        "广西壮族自治区北海市推行包容审慎监管，对轻微违法行为依法不予处罚。",
    )
    text = (
        "国务院关于推广涉企服务改革创新经验做法的通知\n"
        "各省、自治区、直辖市人民政府：\n"
        "一、推广的经验做法\n"
        "（一）健全涉企诉求响应机制。\n" + "\n".join(paragraphs[:2]) + "\n"
        "（二）深化容缺受理和告知承诺。\n" + "\n".join(paragraphs[2:4]) + "\n"
        "（三）创新涉企监管方式。\n" + "\n".join(paragraphs[4:]) + "\n"
        "二、工作要求\n"
        "各地区要结合实际认真学习借鉴。\n"
    )
    facts = facts_of(tmp_path, text)
    assert [f.measure.heading for f in facts.measures] == [normalise(p) for p in paragraphs]
    assert region_names(facts) == [
        "宿迁市",
        "宝鸡市",
        "龙岩市",
        "石嘴山市",
        "株洲市",
        "北海市",
    ]


def test_a_countys_story_goes_on_past_the_provinces_words(tmp_path: Path) -> None:
    """A county's one-practice report that steps back to the province's policy in a paragraph
    (据了解，…湖北省将…) and then comes back to the county (去年8月，房县行政审批局…): one
    story, not two."""
    text = (
        "房县：开家小饭馆，“一件事”只进一扇门\n"
        "房县融媒体中心记者 陈晓燕\n"
        "　　三月的堵河两岸春意渐浓，在城关镇摆了十几年早点摊的王大姐，终于把早点摊搬进了临街门面。"
        "“这回我只在一个窗口交了一次材料，第二天证照就一起拿到了。”王大姐笑着说。\n"
        "　　王大姐的顺心事，得益于房县推出的“餐饮店开办一件事”集成服务。\n"
        "　　据了解，2025年以来，湖北省将“高效办成一件事”作为优化营商环境的重要抓手，"
        "全省累计上线“一件事”事项38项。房县现有各类经营主体4.6万户，其中餐饮类个体工商户占比近三成。\n"
        "　　去年8月，房县行政审批局牵头，联合县市场监督管理局、县消防救援大队，"
        "将营业执照、食品经营许可等5个事项整合为“一件事”，办理时间由15个工作日压缩至2个工作日。\n"
        "　　截至目前，房县已办理餐饮店开办“一件事”426件。\n"
    )
    got = [f.measure for f in facts_of(tmp_path, text).measures]
    assert len(got) == 1
    assert quote(got[0]).endswith("426件。")
    assert "王大姐的顺心事" in quote(got[0])
    path = next((ROOT / "tests" / "data" / "probes116").glob("01_*.txt"))  # the blind text
    told = segment(read_document(path))
    assert len(told) == 1 and "据了解" in quote(told[0]) and "宝丰" in quote(told[0])


def test_a_short_form_several_zones_share_keeps_the_story_in_its_zone(tmp_path: Path) -> None:
    """火炬高新区 after 厦门火炬高新区 is that zone again, not 中山's (three cities have a 火炬
    high-tech zone): the paragraph is one story."""
    text = (
        "福建三地推出台企服务新举措\n"
        "　　厦门市湖里区在区政务服务中心设立“台胞台企服务中心”，全年办理涉台业务3200件。\n"
        "　　厦门火炬高新区则主打“研发补助免申即享”。火炬高新区管委会与区税务局打通研发费用"
        "加计扣除数据，符合条件的企业无需申报，补助资金直接拨付，兑现时间由60天缩短为7天。\n"
        "　　莆田市则瞄准台企融资难，推出“台企贷”，累计放款8.6亿元。\n"
    )
    facts = facts_of(tmp_path, text)
    assert region_names(facts) == [
        "湖里区",
        "厦门火炬高技术产业开发区",
        "莆田市",
    ]
    assert quote(facts.measures[1].measure).endswith("缩短为7天。")


def test_a_line_naming_the_bodies_responsible_closes_its_item(tmp_path: Path) -> None:
    """Items each closed by a 责任单位： line: the line is the item's credit, in its case (an
    item that names no place of its own is placed by it), not a section over the next item."""
    text = (
        "全省优化营商环境典型做法（第三批）\n"
        "1．鸡西市推行石墨产业项目“一链通办”\n"
        "　　梳理形成“一链通办”事项清单，由专班统一受理、并联审批，审批时间平均缩短62%。\n"
        "　　责任单位：鸡西市营商环境建设监督局、鸡西市自然资源局\n"
        "2．“转型企业税费服务包”助力资源型企业轻装上阵\n"
        "　　税务专员上门辅导，全年为127户企业办理退税1.9亿元。\n"
        "　　责任单位：国家税务总局鹤岗市税务局\n"
        "3．饶河县推行边民互市贸易“一件事”\n"
        "　　将边民互市申报、查验、结算等环节整合为一件事办理，通关时间缩短46%。\n"
        "　　责任单位：饶河县商务局、饶河海关\n"
    )
    facts = facts_of(tmp_path, text)
    got = [f.measure for f in facts.measures]
    assert [m.section for m in got] == [None, None, None]
    assert [quote(m).splitlines()[-1].strip()[:4] for m in got] == ["责任单位"] * 3
    assert region_names(facts) == ["鸡西市", "鹤岗市", "饶河县"]


def test_source_and_issuer_lines_under_a_title_do_not_end_its_one_case(tmp_path: Path) -> None:
    """A one-practice text whose title is followed by head lines (an account line, 原标题：,
    来源：, 作者：; or the issuing office and the date) before its first paragraph: the case
    runs from the title through the story; such lines end a case only after its body has
    begun."""
    story = (
        "　　衡阳高新区推行项目全周期“管家式”服务，为每个签约项目配备一名项目管家，"
        "全程代办立项、规划、施工许可等手续。\n"
        "　　2025年，园区42个项目实现“拿地即开工”，项目从签约到投产平均用时缩短至4个月。\n"
    )
    repost = (
        "衡阳高新区：项目管家“一管到底”　企业拎包入驻“零等待”\n\n"
        "掌上衡阳\n关注\n\n"
        "原标题：一名管家跟到底　百个项目加速跑\n\n来源：衡阳日报\n作者：全媒体记者　彭思远\n\n"
        + story
    )
    material = (
        "以“管家式”服务为抓手　全力打造项目建设“衡阳速度”\n\n"
        "衡阳高新区管理委员会\n（2026年4月）\n\n" + story
    )
    for name, text in (("repost.txt", repost), ("material.txt", material)):
        (case,) = measures_of(tmp_path, text, name)
        assert quote(case).endswith("缩短至4个月。"), name


def test_a_series_of_places_practices_counted_on_across_themes(tmp_path: Path) -> None:
    """A notice's themes each going on with items of a series counted on across them (（一）…。
    一是山西省长治市…；二是…。（二）拓展“登记+金融”服务。三是福建省南平市将…延伸至…，设立…):
    every item opens with a place and is a case, whether or not its theme quotes a name or its
    first clause has a practice verb."""
    text = (
        "自然资源部办公厅关于推广不动产登记便民利企经验做法的通知\n"
        "各省、自治区、直辖市自然资源主管部门：\n"
        "一、可复制推广的经验做法\n"
        "（一）深化登记与交易、税收协同。一是山西省长治市推行“交易、纳税、登记一窗办”，"
        "办理时间压缩至1个工作日。二是辽宁省鞍山市推行存量房“带押过户”，全年办理1860件。\n"
        "（二）拓展“登记+金融”服务。三是福建省南平市将不动产抵押登记服务延伸至银行网点，"
        "设立“抵押登记便民服务点”42个。四是湖北省孝感市推行林权抵押登记“线上办”，"
        "发放贷款3.6亿元。\n"
        "（三）助力项目建设。五是四川省遂宁市开展工业厂房“分割登记”，办理分割登记126宗。"
        "六是陕西省宝鸡市推行“不动产登记+电子证照”应用，减少纸质材料2万余份。\n"
        "二、工作要求\n"
        "各省级自然资源主管部门要加强统筹指导。\n"
    )
    facts = facts_of(tmp_path, text)
    assert region_names(facts) == [
        "长治市",
        "鞍山市",
        "南平市",
        "孝感市",
        "遂宁市",
        "宝鸡市",
    ]


def test_a_table_pasted_a_cell_per_line_gives_one_case_per_row(tmp_path: Path) -> None:
    """A notice's 附件 清单 copied from a web page one cell to a line (序号 / 改革举措 / 主要内容
    / 来源地区, then 1 / practice / content / place): each row is a case of its cells, headed
    by its practice cell, placed by its place cell; a list of bodies after it is no case."""
    rows = (
        (
            "企业开办“智能审批”",
            "对公司设立登记实行智能审核，即时出照。办理2.3万件。",
            "开封市祥符区",
        ),
        ("工业项目“验收即发证”", "联合验收通过后同步核发不动产权证书。", "洛阳市"),
        ("用水用气“无感报装”", "报装时间由7个工作日压缩至2个工作日。", "平顶山市"),
    )
    table = "".join(
        f"{k}\n{name}\n{body}\n{place}\n" for k, (name, body, place) in enumerate(rows, 1)
    )
    text = (
        "河南省人民政府办公厅关于复制推广改革举措的通知\n"
        "一、各省辖市要对照清单逐项制定复制推广方案。\n"
        "附件1\n改革举措复制推广清单\n序号\n改革举措\n主要内容\n来源地区\n"
        + table
        + "附件2\n优秀组织单位名单\n序号\n单位名称\n1\n洛阳市发展和改革委员会\n"
        "2\n新乡市营商环境建设监督局\n"
    )
    facts = facts_of(tmp_path, text)
    got = [f.measure for f in facts.measures]
    assert [m.heading for m in got] == [normalise(name) for name, _, _ in rows]
    assert [quote(m) for m in got] == [f"{name}\n{body}\n{place}" for name, body, place in rows]
    assert region_names(facts) == ["祥符区", "洛阳市", "平顶山市"]


def test_a_pipe_table_of_case_names_over_the_cases_told_in_full_is_their_index(
    tmp_path: Path,
) -> None:
    """A ministry's 附件: 一、案例名单 as a table (序号 | 案例名称 | 报送单位) over 二、案例全文
    (案例1　name over its story): the rows are the index of the cases told, no cases."""
    names = (
        ("霍尔果斯市推行国际道路运输“单证互认”", "霍尔果斯市推行“单证互认”，通关时间压缩40%。"),
        ("日照市打造港口集疏运“一码通行”", "日照市上线“一码通行”，集卡平均等待时间缩短35%。"),
        ("怀化市创新铁海联运“一单制”", "怀化市推行“一单制”，全年开行铁海联运班列326列。"),
    )
    table = "".join(f"{k} | {name} | 交通运输厅\n" for k, (name, _) in enumerate(names, 1))
    told = "".join(f"案例{k}　{name}\n　　{story}\n" for k, (name, story) in enumerate(names, 1))
    text = (
        "交通运输部办公厅关于印发典型案例的通知\n\n附件\n\n一、案例名单\n\n"
        "序号 | 案例名称 | 报送单位\n" + table + "\n二、案例全文\n\n" + told
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [normalise(name) for name, _ in names]
    assert all(quote(m).rstrip().endswith("。") for m in got)


def test_bold_run_in_items_are_cases_though_their_titles_have_no_verb(tmp_path: Path) -> None:
    """A city account's article: **一是…。** closes its lead paragraph, **二是…。** opens the
    next; each bold title names its practice without a verb (项目审批“拿地即开工”): a case per
    item."""
    text = (
        "南阳：营商环境“加速跑”，这些做法实打实！\n\n"
        "今年以来，我市深入开展“营商环境提升年”活动，一批改革举措落地见效。"
        "**一是项目审批“拿地即开工”。**市行政审批和政务信息管理局对工业项目推行“拿地即开工”，"
        "全市已有47个项目实现拿地即开工。\n\n"
        "“以前光跑许可就要两三个月。”一家企业负责人说。\n\n"
        "**二是涉企执法“有温度”。**市市场监督管理局等12个部门推行“说理式执法”，"
        "全年首违不罚1260件。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["一是", "二是"]
    assert [m.heading for m in got] == [
        normalise("项目审批“拿地即开工”"),
        normalise("涉企执法“有温度”"),
    ]


def test_a_video_pages_placeholder_and_column_tag_open_no_heading(tmp_path: Path) -> None:
    """A 新闻联播 text page: each item's heading opens with [视频] and the programme's column
    tag (【一线调研·优化营商环境】) before its ``place：title``; neither is part of the heading,
    so the items are place headings, the national item none."""
    text = (
        "《新闻联播》 20260418 21:00\n\n"
        "[视频]一季度全国新设经营主体保持增长\n"
        "央视网消息（新闻联播）：一季度，全国新设经营主体698.3万户，同比增长6.2%。\n\n"
        "[视频]【一线调研·优化营商环境】安徽亳州：中药材经营“证照联办”\n"
        "央视网消息（新闻联播）：亳州市推行“证照联办”，已为1.2万户经营户办证。\n\n"
        "[视频]【一线调研·优化营商环境】湖北宜昌：水电气网“一站报装”\n"
        "央视网消息（新闻联播）：宜昌市推行联合报装，已为3600余户企业办理。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:4] for m in got] == ["安徽亳州", "湖北宜昌"]


def test_no_case_runs_over_the_next_issues_masthead(tmp_path: Path) -> None:
    """A file holding two issues of a 简报: the last item of the first issue ends at the rule
    and the masthead of the second (――――, 第22期), whose items are cases of their own."""
    issue = "政务服务工作简报\n第{n}期\n河北省政务服务管理办公室　　2026年3月{d}日\n\n"
    text = (
        issue.format(n=21, d=16)
        + "邯郸市：企业服务管家让诉求一站直达\n"
        + "邯郸市设立企业综合服务中心，受理诉求3260件。\n"
        + "崇礼区：冰雪项目审批“赛道式”服务\n"
        + "崇礼区对冰雪产业项目实行“赛道式”审批，审批时间压缩40%。\n\n"
        + "――――――――――――――――\n\n"
        + issue.format(n=22, d=30)
        + "衡水市：个体工商户转企业“一件事”一次办\n"
        + "衡水市推行“个转企”一件事，已办理126户。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == ["邯郸市", "崇礼区", "衡水市"]
    assert quote(got[1]).rstrip().endswith("压缩40%。")


@pytest.mark.parametrize(
    "closing",
    [
        "短板仍存：成效需“企业说了算”",
        "从“物理集中”到“化学融合”还有距离",
        "营商环境还有哪些短板？",
        "结语",
    ],
)
def test_a_features_section_on_what_is_lacking_or_its_conclusion_is_no_case(
    tmp_path: Path, closing: str
) -> None:
    """A feature's last section tells what is still lacking (短板仍存…, …还有距离) or draws
    its conclusion (结语): it reports no case, though it names the places again."""
    text = (
        "五城拼营商环境\n\n"
        "　　中部五城比拼营商环境，记者近日走访了其中两座城市。\n\n"
        "拼速度　洛阳“拿地即开工”\n"
        "　　洛阳市推行“拿地即开工”，32个项目拿地当天开工。\n\n"
        "拼服务　芜湖“一企一专员”\n"
        "　　芜湖市为1200家企业配备服务专员，解决诉求860件。\n\n"
        f"{closing}\n"
        "　　洛阳市、芜湖市的做法仍需巩固，一些地方的联办还停留在窗口合并。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == ["拼速度", "拼服务"]


def test_a_firm_moved_to_a_place_and_a_buyer_from_elsewhere_lead_no_new_story(
    tmp_path: Path,
) -> None:
    """Under a feature's headings, 从东莞迁来河源江东新区的一家企业… sets its anecdote where the
    firm moved to, the section's place, and 一宗涉及香港采购商的纠纷… names where a buyer is
    from: neither opens a story of its own, each section is one case."""
    text = (
        "粤东西北「拼服务」\n\n"
        "　　记者近日走访广东多地，看服务如何留住港资企业。\n\n"
        "水电气网一张表　港企搬厂不用愁\n"
        "　　从东莞迁来河源江东新区的一家港资电子企业，去年新厂投产，水电气网一次报装。\n"
        "　　为此，河源江东新区管理委员会推行联合报装，已服务企业126家。\n\n"
        "厨具之乡调纠纷　诉前化解省时省钱\n"
        "　　新兴县人民法院在县工商业联合会设立商会调解工作室，调解纠纷86件。\n"
        "　　一宗涉及香港采购商的货款纠纷，双方通过视频连线调解，一周内便达成协议。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:4] for m in got] == ["水电气网", "厨具之乡"]


def test_a_zones_report_tells_a_case_per_field_paragraph_and_the_zone_is_their_place(
    tmp_path: Path,
) -> None:
    """A 自贸试验区 片区's report: under 二、制度创新成效 each paragraph opens with its field
    (在投资便利化方面，片区推行…): a case each, of the zone its title names, though its
    overview compares it with other cities."""
    text = (
        "中国（四川）自由贸易试验区川南临港片区\n2025年工作情况报告（节选）\n\n"
        "一、总体情况\n"
        "　　2025年，片区新设企业1260家，与成都、宜宾、德阳等地协同推进改革试点。\n"
        "二、制度创新成效\n"
        "　　在投资便利化方面，片区推行“评估+承诺+代办”项目审批模式，审批时间压缩60%。\n"
        "　　在贸易便利化方面，片区推行多式联运“一单制”，办理提单860票。\n"
        "　　在金融开放创新方面，片区推出“白酒仓单质押”融资模式，放款3.2亿元。\n"
        "三、存在的问题\n"
        "　　制度创新系统集成仍有差距。\n"
    )
    facts = facts_of(tmp_path, text).measures
    assert [f.measure.heading[:9] for f in facts] == [
        normalise(h) for h in ("在投资便利化方面,", "在贸易便利化方面,", "在金融开放创新方面")
    ]
    assert {f.region.region.name for f in facts} == {"中国(四川)自由贸易试验区川南临港片区"}


def test_lists_of_rewarded_places_under_a_label_are_no_cases(tmp_path: Path) -> None:
    """A 督查激励 notice: （一）稳就业工作成效明显的地方：北京市海淀区，河北省邯郸市… only lists
    the places rewarded, no practice; the annex's paragraphs are the cases."""
    text = (
        "国务院办公厅关于对落实有关重大政策措施真抓实干成效明显地方予以督查激励的通报\n\n"
        "一、受到督查激励的地方\n"
        "（一）稳就业工作成效明显的地方：北京市海淀区，河北省邯郸市，江苏省徐州市。\n"
        "（二）优化营商环境工作成效明显的地方：天津市西青区，山西省晋城市，吉林省梅河口市。\n"
        "（三）推进政务服务“一网通办”成效明显的地方：上海市，浙江省，广东省。\n\n"
        "附件\n\n"
        "天津市西青区推行企业注销“一网通办+容缺注销”。注销时间压缩至1个工作日。\n"
        "山西省晋城市深化“承诺制+标准地+全代办”改革。86个项目拿地即开工。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:6] for m in got] == ["天津市西青区", "山西省晋城市"]


def test_a_meetings_minutes_give_cases_only_for_the_places_reports_it_heard(
    tmp_path: Path,
) -> None:
    """A 常务会议纪要: 会议审议…, 会议研究了…, 会议听取了市统计局关于…的汇报 are the meeting's
    business, no case; 会议听取了西青区关于推行…的汇报 tells that district's practice."""
    text = (
        "天津市人民政府常务会议纪要\n\n"
        "　　2026年5月12日，市长主持召开市人民政府第58次常务会议。现将议定事项纪要如下：\n"
        "　　一、会议听取了市统计局关于全市一季度经济运行情况的汇报。一季度全市生产总值增长5.2%。\n"
        "　　二、会议审议并原则通过了《天津市进一步优化营商环境若干措施》。\n"
        "　　三、会议听取了西青区关于推行“企业迁移登记一件事”工作情况的汇报。"
        "西青区已办理迁移登记326件。\n"
        "　　四、会议研究了城市更新有关事项。会议要求各区抓好落实。\n"
        "　　五、会议听取了东丽区关于开展企业信用修复“一件事”工作情况的汇报。"
        "东丽区已修复信用1260条。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["三", "五"]


def test_an_e_papers_page_labels_and_jumps_do_not_break_its_story(tmp_path: Path) -> None:
    """A front-page story jumps to page 3: the masthead's Latin name and serial line, the
    page labels (第1版：要闻) and the jump ((上接第一版) with the headline again) are furniture;
    the story is one case under its headline."""
    text = (
        "吉林日报\nJILIN DAILY\n中共吉林省委机关报 国内统一连续出版物号 CN 22-0001\n"
        "第1版：要闻\n小袜子织出“护创”大网\n——辽源市以知识产权保护优化营商环境纪实\n"
        "　　辽源市市场监督管理局推行花型版权登记“绿色通道”，已登记花型2860件。"
        "（下转第三版）\n"
        "第3版：要闻\n（上接第一版）小袜子织出“护创”大网\n"
        "　　同时，该局联合法院设立袜业知识产权巡回审判点，审结案件126件。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [normalise("小袜子织出“护创”大网")]
    assert quote(got[0]).rstrip().endswith("审结案件126件。")


def test_a_notices_requirements_for_what_comes_next_are_no_cases() -> None:
    """probes61's 住建厅 通报: 三、下一步工作要求 asks the places for work ((一)深化审批改革。
    各地要…): its items are no cases, though the heading speaks of what comes next; the places'
    paragraphs under 一、主要成效 are the cases."""
    folder = ROOT / "tests" / "data" / "probes61"
    path = next(folder.glob("04_*.txt"))
    gold = json.loads(next((folder / "gold").glob("04_*.json")).read_text(encoding="utf-8"))
    doc = read_document(path)
    asked = doc.view.index("下一步工作要求")
    got = [PredictedMeasure(m.start, m.end, "") for m in segment(doc)]
    assert len(match_cases(got, gold)) == len(gold) == len(got)  # the gold's cases, no more
    assert all(m.end < asked for m in got)


@pytest.mark.parametrize(
    "line",
    [
        "本文来源：湖州日报",
        "（本系列下期：云南瑞丽）",
        "第3版：要闻",
        "JILIN DAILY",
        "（上接第一版）小袜子",
        "[图片1] 西青区政务服务中心惠企政策兑现专区　[图片2] 宁河区“一件事”专窗",
        "大众日报　2026年1月22日　星期四　第02版：要闻",
        "══════════════════════════════",
        "鄂尔多斯市政务服务与数据管理局主办",
        "（内部资料　注意保存）",
        "- [遵义市：“一业一证”改革覆盖42个行业](https://fgw.guizhou.gov.cn/ztzl/2026.html)",
        "[首页](https://fgw.guizhou.gov.cn/) > [专题专栏](https://fgw.guizhou.gov.cn/ztzl/)",
        "【字体：大 中 小】　【打印本页】　【关闭窗口】　扫一扫在手机打开",
        "（字幕：宁远县政务服务中心　帮办代办窗口）",
        "工单编号：WG202603110386",
        "发件人：温州市营商环境办 周倩 <zhouqian@example.com>",
        "---------- 原始邮件 ----------",
        "2026年04月02日 07:15　证券日报",
        "新浪财经APP　缩小字体　放大字体　收藏　微博　微信　分享",
        "海量资讯、精准解读，尽在新浪财经APP",
        "查看详情>>",
        "湖北日报全媒记者　严冬青　通讯员　刘晓辉　向思雨",
        "上一版　下一版　　　　本版标题导航",
        "【来源：南方日报】",
        "转发给同事 | 查看往期 | 退订本刊",
        "[4] 常州日报. “信用常州”一键下载 41个部门证明“一报替代”. 2023-06-28.",
        "--",
        "※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 1.161.xx.xx (台灣)",
        "推 goodday99: 海門在哪？上海旁邊？                              03/16",
        "（本文作者是联合早报驻北京特派员）",
        "【明報專訊】2026年2月26日 星期四",
        "[图片:十堰市政务服务中心“免申即享”服务专区 长江云记者 摄]",
        "分享让更多人看到",
        "（责编：陈思远、李婷）",
        "内部交流材料　注意保存",
    ],
)
def test_a_posts_source_a_series_teaser_and_page_marks_are_furniture(line: str) -> None:
    assert is_furniture(normalise(line))


def test_a_tool_bars_words_inside_a_paragraph_are_its_words() -> None:
    """扫一扫 in a case's paragraph (游客扫一扫就能看到…) is what the text says, not a page's
    tool bar: the line is kept."""
    line = (
        "1．喀什市：在喀什古城推行商户经营“一码通”，将证照信息集成到一张二维码上。"
        "市市场监督管理局为2380户商户赋码，游客扫一扫就能看到店铺证照和评价。"
    )
    assert not is_furniture(normalise(line))


def test_a_reports_overview_section_sums_up_and_tells_no_case() -> None:
    """一、总体运行情况 (a 12345 report's figures) is a summary section, as 一、总体情况 is."""
    summary = load_cues().regex("segment", "summary-section")
    assert summary.search(normalise("总体运行情况")) and summary.search("总体情况")
    assert not summary.search("运行情况分析与江都区做法")


def test_a_summarys_done_items_are_read_before_the_plans_items(tmp_path: Path) -> None:
    """（一）工作亮点 over 1.…4., then 二、工作计划 over （一）…（三）: neither run of items lies
    under every bracketed heading, and the run that comes first (the year's work) is the
    cases; the plan's items follow as planned cases, not in their place."""
    done = "".join(
        f"{k}．{verb}“{name}”。我局{how}，全年办理{n}件。\n"
        for k, (verb, name, how, n) in enumerate(
            [
                ("推行", "自动审批", "依托企业开办平台实行自动核准", 1360),
                ("推行", "验收即发证", "联合市自然资源和规划局实行联办", 212),
                ("打造", "帮办代办", "组建帮办代办员队伍", 96),
                ("深化", "跨域通办", "与周边城市签订合作协议", 530),
            ],
            1,
        )
    )
    text = (
        "聊城市行政审批服务局2025年工作总结和2026年工作计划\n\n"
        "2025年，市行政审批服务局持续深化审批服务改革。现将有关情况报告如下。\n\n"
        "一、2025年工作总结\n（一）工作亮点\n" + done + "（二）队伍建设情况\n"
        "全年组织业务培训24期，培训审批服务人员1860人次。\n"
        "（三）存在的问题\n一是部分部门数据共享仍不充分；二是县区审批服务能力不均衡。\n\n"
        "二、2026年工作计划\n"
        "（一）全面推行“高效办成一件事”。再新增企业信息变更等一件事10项。\n"
        "（二）建设“AI审批助手”。开展智能预审、智能导办。\n"
        "（三）健全“审管联动”机制。审批与监管信息推送率达到100%。\n\n"
        "聊城市行政审批服务局\n2026年1月8日\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:6] for m in got[:3]] == ["推行“自动审", "推行“验收即", "打造“帮办代"]
    assert [m.status for m in got] == ["implemented"] * 4 + ["planned"] * 3


def test_a_voice_inside_an_item_is_no_case_of_its_own(tmp_path: Path) -> None:
    """（一）… 我局在全市推行…。浔阳区一家连锁企业负责人说，…: the one who speaks is from a
    district, but the item is the bureau's one case, its heading kept."""
    text = (
        "关于市政协第0263号提案的答复\n\n九江市市场监督管理局\n\n"
        "二、我局主要做法及成效\n\n"
        "（一）推行“一照多址”改革，降低连锁企业扩张成本。我局在全市推行经营主体“一照多址”改革。"
        "2025年，全市共有386家企业通过备案增设经营场所1127个。"
        "浔阳区一家连锁烘焙企业负责人说，过去开一家分店要准备十几份材料，现在网上备案一次就行。\n\n"
        "（二）推行个体工商户登记“智能审批”。我局依托登记平台实行自动核准，全年办理1.2万件。\n\n"
        "（三）实施轻微违法行为“首违不罚”。我局联合市司法局制定清单，全年不予处罚案件326件。\n"
    )
    got = measures_of(tmp_path, text)
    expected = ["推行“一照多址”", "推行个体工商户登", "实施轻微违法行为"]
    assert [m.heading[:8] for m in got] == expected


@pytest.mark.parametrize(
    ("section", "holds"),
    [
        ("三、会议议定事项", False),
        ("一、企业反映的主要问题和诉求", False),
        ("三、体验中发现的主要问题", False),
        ("二、诉求热点分析", False),
        ("三、各县市区及部门办理情况", False),
        ("二、体验中发现的亮点做法", True),
        ("三、各地各部门回应会员诉求的典型做法", True),
        ("二、典型案例分析", True),
        ("一、出台背景", False),
        ("二、主要内容", False),
        ("三、典型案例", True),
        ("【全省】", False),
    ],
)
def test_sections_of_decisions_complaints_and_analyses_hold_no_cases(
    section: str, holds: bool
) -> None:
    """Minutes' decisions assign work by a deadline, firms' complaints and a hotline's analyses
    and tallies report findings, a policy explained says what it rules, the whole scope's
    section gives its figures and plans: none of their items is a place's practice."""
    assert holds_no_cases(normalise(section)) is not holds


def test_items_under_the_one_section_of_practices_are_the_cases(tmp_path: Path) -> None:
    """一、总体评价 二、主要问题 三、典型做法 四、意见建议 over four （一）…（四） items under 三:
    as many items as headings, but two headings hold no cases, so the items are the cases."""
    text = (
        "无锡市工商联关于会员企业营商环境感受度调查情况的报告\n\n"
        "一、会员企业总体评价\n\n调查显示，会员企业对我市营商环境总体满意度为92.6%。\n\n"
        "二、会员企业反映的主要问题\n\n一是融资成本仍然偏高。二是涉企检查仍有重复。\n\n"
        "三、各地各部门回应会员诉求的典型做法\n\n"
        "（一）江阴市“商会+金融”破解融资难。江阴市工商联联合金融机构设立服务站，放贷6.2亿元。\n\n"
        "（二）宜兴市涉企检查“一码通查”。宜兴市司法局推行扫码入企，检查次数下降35%。\n\n"
        "（三）梁溪区清欠“商会吹哨、部门报到”。梁溪区发展和改革局建立清欠专班，追回欠款1.96亿元。\n\n"
        "（四）市工商联联合市中级人民法院建立“诉调对接”机制。全年调解商事纠纷218件。\n\n"
        "四、意见建议\n\n一是建议推广江阴做法。二是建议深化“综合查一次”。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:5] for m in got] == ["江阴市“商", "宜兴市涉企", "梁溪区清欠", "市工商联联"]


def test_stories_after_a_run_of_items_are_told_once(tmp_path: Path) -> None:
    """（一）…（四） items, then （五）纳税。惠州市…。汕尾市… beyond the run: each place's story is
    one case, not read again as the stories the item runs on."""
    fields = [
        ("开办企业", "汕头市推行企业开办“一网通办”，平均用时0.5天", "韶关市设立银行服务点28个"),
        ("办理建筑许可", "新会区推行“告知承诺制”，审批压缩至15天", "蕉岭县推行“验收即发证”"),
        ("获得电力", "茂名市推行“联合报装”，接电时间压缩至12天", "潮州市推行“三零”服务"),
        ("登记财产", "揭阳市推行“带押过户”，办理业务1260笔", "云浮市推行“交地即交证”"),
        ("纳税", "惠州市打造“税费服务智能中心”，网上办税率达99%", "汕尾市推行出口退税联动"),
        ("办理破产", "阳春市人民法院推行“快审+简审”，审理周期缩短42%", "清远市建立信用修复机制"),
    ]
    items = "".join(
        f"（{'一二三四五六'[k]}）{field}。{one}。{two}，全年惠及企业{k + 12}家。\n"
        for k, (field, one, two) in enumerate(fields)
    )
    text = (
        "2025年度广东省营商环境评价报告\n\n一、评价工作总体情况\n\n"
        "评价结果显示，全省营商环境便利度平均得分为84.3分。\n\n"
        "二、各指标领域亮点做法\n\n" + items + "\n三、存在的主要问题\n\n一是区域发展不平衡。\n"
    )
    got = measures_of(tmp_path, text)
    assert all(a.end <= b.start for a, b in itertools.pairwise(got))  # none told twice
    assert [quote(m)[:3] for m in got[-4:]] == ["（五）", "汕尾市", "（六）", "清远市"]


def test_a_letters_column_told_in_facets_is_one_case(tmp_path: Path) -> None:
    """【读者来信】…读者 许女士 【区里回应】… 【后续】…: a reader's complaint, the district's answer
    and what came of it are one case, of the district a name two provinces share (宝山区)
    read in the province the text names."""
    text = (
        "新民晚报　民生·来信\n\n开家小店，招牌为啥挂不上？\n\n【读者来信】\n\n编辑同志：\n\n"
        "　　我是宝山区大场镇的一名小店主，申请设置店招跑了三个部门，两个月还没办下来。\n\n"
        "读者 许女士\n\n"
        "　　记者了解到，上海市2025年已出台店招店牌设置管理相关规定。\n\n【区里回应】\n\n"
        "　　宝山区绿化和市容管理局推出店招设置“一件事”，实行一窗申请、一次审核。\n\n【后续】\n\n"
        "　　宝山区政务服务办提供的数据显示，店招设置“一件事”已办理412件。\n"
    )
    facts = facts_of(tmp_path, text)
    assert region_names(facts) == ["宝山区"]


def test_a_site_list_of_news_reads_every_dated_item_and_no_sidebar(tmp_path: Path) -> None:
    """Titles over a date line and a summary: the first is an item too, right under the
    page's label; a period's figures (…一季度新增经营主体2.1万户) and the sidebar's 热门文章
    are none."""
    items = [
        (
            "抚州市推行涉企经营许可“证照联办”",
            "今年以来，抚州市行政审批局推行“证照联办”，开业最快当天拿证。",
        ),
        ("鹰潭市余江区：“厂房码”盘活闲置厂房", "余江区推出“厂房码”，盘活闲置厂房12万平方米。"),
        ("浮梁县：“茶企贷”为茶企注入金融活水", "浮梁县推出“茶企贷”，发放贷款3.2亿元。"),
        (
            "九江市一季度新增经营主体2.1万户",
            "记者从九江市市场监督管理局获悉，一季度新增经营主体2.1万户。",
        ),
    ]
    text = (
        "江西省人民政府\n\n当前位置：首页 > 政务资讯 > 地方动态\n\n地方动态\n\n"
        + "".join(
            f"{title}\n2026-03-{18 - k}\n　　{body}\n\n" for k, (title, body) in enumerate(items)
        )
        + "热门文章\n　1.江西省人民政府办公厅关于印发优化营商环境若干措施的通知\n"
        "　2.全省营商环境优化升级“一号改革工程”推进会召开\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == ["抚州市", "鹰潭市", "浮梁县"]


def test_a_posts_how_to_lines_and_tip_box_head_nothing(tmp_path: Path) -> None:
    """🔹 headings over cases whose 📌办理方式：… 📌咨询电话：… lines are how-tos inside them;
    📌温馨提示 is a box: three cases, each to the next 🔹."""
    parts = [
        (
            "“水电气网”联合报装",
            "📌办理方式：“辽事通”APP联合报装专区",
            "全市累计办理联合报装1320件。",
        ),
        ("“信用+审批”先办后补", "📌适用对象：公共信用综合评价A级企业", "全市容缺办理业务4180件。"),
        ("轻微违法“首违不罚”", "📌咨询电话：0427-12345", "全市对1126家经营主体适用“首违不罚”。"),
    ]
    body = "".join(
        f"🔹{title}\n盘锦市营商环境建设局推行{title}，企业办事更省心。\n{how}\n{done}\n\n"
        for title, how, done in parts
    )
    text = (
        "盘锦这三件“小事”，让企业办事更省心！\n\n今年以来，盘锦市推出一批便企举措。\n\n"
        + body
        + "📌温馨提示\n企业遇到堵点难点，可拨打12345热线反映。\n"
    )
    got = measures_of(tmp_path, text)
    assert [quote(m)[:4] for m in got] == ["“水电气", "“信用+", "轻微违法"]
    assert all("📌" in quote(m) for m in got)


def test_a_story_with_a_related_item_boxed_below_is_two_cases(tmp_path: Path) -> None:
    """An unheaded dispatch, then 【延伸阅读】 over 四川：… and its paragraph: the dispatch is
    one case and the boxed item another; the site's 更多精彩内容 pointer and its copyright
    lines none."""
    text = (
        "青海格尔木：工程建设项目“联合验收”让企业早投产\n\n"
        "　　中新网西宁8月14日电（记者 马彦青）“以前验收要一个部门一个部门地约。”"
        "格尔木市一家化工企业负责人说。\n\n"
        "　　据格尔木市政务服务监督管理局介绍，企业只需在线提交一次申请，相关部门联合验收。\n\n"
        "　　据统计，改革实施以来，格尔木市已完成联合验收项目37个。\n\n【延伸阅读】\n\n"
        "四川：工程建设项目联合验收实现“一网通办”\n\n"
        "　　记者从四川省住房和城乡建设厅获悉，四川已在全省推行联合验收“一网通办”。\n\n"
        "【编辑：李岩】\n\n更多精彩内容请进入>> 中国新闻网首页\n\n"
        "本网站所刊载信息，不代表中新社和中新网观点。\n"
    )
    got = measures_of(tmp_path, text)
    assert [quote(m)[:3] for m in got] == ["“以前", "四川："]
    assert "格尔木市已完成" in quote(got[0]) and "本网站" not in quote(got[1])


def test_sections_whose_stories_open_with_a_quote_are_the_places_cases() -> None:
    """probes72's 一线调研: ■ headings over sections that open with an anecdote or a quote
    (“原以为…。”在宜春市…): the places the sections are set in are apart, so each section is a
    case, not one province's one reform its lead quotes (“高效办成一件事”). No short text I
    wrote reproduced the reading, so the test builds the set's document."""
    folder = ROOT / "tests" / "data" / "probes72"
    path = next(folder.glob("01_*.txt"))
    gold = json.loads(next((folder / "gold").glob("01_*.json")).read_text(encoding="utf-8"))
    got = [PredictedMeasure(m.start, m.end, "") for m in segment(read_document(path))]
    assert len(match_cases(got, gold)) == len(gold) == len(got) == 3


def test_chapters_of_one_story_are_one_case(tmp_path: Path) -> None:
    """■登记篇：… ■办税篇：… ■开户篇：…: the chapters of one zone's one service, one case."""
    text = (
        "澳企落户横琴「一网通办」　最快半日领照开业\n\n"
        "　　横琴粤澳深度合作区推出澳资企业商事服务「琴澳通」，澳门投资者在线即可办理。\n\n"
        "　　■登记篇：澳门证件「直接用」\n\n"
        "　　合作区商事服务局推行澳门证件直接认证，设立登记平均用时半天。\n\n"
        "　　■办税篇：「一表」同步报到\n\n"
        "　　合作区税务局推行「一表」同步税务报到，办理时间缩短70%。\n\n"
        "　　■开户篇：跨境见证「不过关」\n\n"
        "　　合作区推行跨境见证开户，2025年共办理澳资企业开户124户。\n"
    )
    got = measures_of(tmp_path, text)
    assert len(got) == 1 and got[0].heading.startswith("澳企落户横琴")


def test_a_boxs_bullets_a_bar_credit_and_a_years_figures_head_no_case(tmp_path: Path) -> None:
    """■小知识 over ‧费用：… bullets is a box; 界面新闻编辑 | 翟瑞民 is a credit line; an item
    headed by a national body's year figures (市场监管总局：2025年全国新设经营主体2739.6万户)
    is no case."""
    text = (
        "营商环境快讯\n　　以下是今日各地营商环境快讯。\n\n"
        "马鞍山推行“拿地即拿证”\n界面新闻记者 | 孙明\n界面新闻编辑 | 翟瑞民\n"
        "　　马鞍山市推行工业项目“拿地即拿证”，全年68个项目拿地即拿证。\n\n"
        "江西宜春试点个体户“智能登记”\n界面新闻编辑 | 翟瑞民\n"
        "　　宜春市推行个体户“智能登记”，平均用时3分钟。\n\n"
        "■小知识\n个体户登记怎么办\n　‧常用渠道：各地政务服务网\n　‧费用：不收取登记费\n\n"
        "市场监管总局：2025年全国新设经营主体2739.6万户\n界面新闻编辑 | 翟瑞民\n"
        "　　界面新闻记者从国家市场监督管理总局获悉，2025年全国新设经营主体2739.6万户。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == ["马鞍山", "江西宜"]
    assert "小知识" not in quote(got[1])


def test_an_evaluations_benchmark_labels_head_its_cases(tmp_path: Path) -> None:
    """（一）开办企业 over the indicator's scores, then 标杆做法：宜昌市…: the benchmark is the
    case, of the place it names, not the province's field heading."""
    fields = [
        (
            "开办企业",
            "宜昌、荆门、鄂州位列前三",
            "宜昌市企业开办“全链通”",
            "宜昌市行政审批局推行“全链通”",
        ),
        (
            "获得信贷",
            "荆门、武汉、宜昌得分居前",
            "荆门市“荆信贷”平台",
            "荆门市地方金融工作局上线“荆信贷”",
        ),
        (
            "政务服务",
            "竹山、远安、秭归得分居前",
            "竹山县“村村通”驿站",
            "竹山县建成政务服务驿站269个",
        ),
    ]
    sections = "".join(
        f"（{'一二三'[k]}）{field}\n\n　　全省{field}指标平均得分86分，{ranked}。\n\n"
        f"　　标杆做法：{title}\n　　{body}，企业办事平均少跑2趟。\n\n"
        for k, (field, ranked, title, body) in enumerate(fields)
    )
    text = "湖北省营商环境第三方评价报告（摘编）\n\n二、分指标结果与标杆做法\n\n" + sections
    facts = facts_of(tmp_path, text)
    assert [f.measure.heading[:3] for f in facts.measures] == ["宜昌市", "荆门市", "竹山县"]
    assert region_names(facts) == ["宜昌市", "荆门市", "竹山县"]


def test_a_notices_copy_list_ends_its_last_case(tmp_path: Path) -> None:
    """抄送：… and the printing line are left out of the content lines, but the last case still
    ends before them: the links below (【相关链接】…) are not its words, nor the bodies the
    notice is copied to its agencies."""
    items = "".join(
        f"{'一二三'[k]}、{place}推行“{name}”\n{place}行政审批服务局推行“{name}”，办件{k}千件。\n\n"
        for k, (place, name) in enumerate(
            [
                ("榆林市神木市", "应急转贷"),
                ("商洛市柞水县", "证照联办"),
                ("延安市宝塔区", "一业一证"),
            ]
        )
    )
    text = (
        "陕西省人民政府办公厅关于推广第二批优化营商环境典型经验做法的通知\n\n各设区市人民政府：\n"
        "现将第二批典型经验做法印发给你们，请结合实际复制推广。\n\n附件\n\n"
        + items
        + "抄送：省委各部门，省人大常委会办公厅，省法院，省检察院。\n"
        "陕西省人民政府办公厅　　　　2026年3月17日印发\n\n"
        "【相关链接】陕西省人民政府办公厅关于推广第一批典型经验做法的通知\n"
    )
    facts = facts_of(tmp_path, text)
    last = facts.measures[-1]
    assert "相关链接" not in quote(last.measure)
    assert [a.name for a in last.agencies] == ["延安市宝塔区行政审批服务局"]


def test_a_white_papers_boxes_of_its_own_figures_are_no_cases(tmp_path: Path) -> None:
    """A city's 白皮书 chapter: 专栏3-1 over the city's scores and 专栏3-2 over its plan are boxes
    beside the text, and the field headings (一、开办企业 …) head the cases, though the head
    names the city's new area too."""
    fields = [
        ("开办企业", "宜宾市行政审批局推行企业开办“一网通办”，平均用时0.5天"),
        ("办理建筑许可", "宜宾三江新区推行“模拟审批+容缺受理”，审批压缩至20天"),
        ("获得电力", "国网宜宾供电公司推行“三零”服务，接电时间压缩至12天"),
    ]
    body = "".join(
        f"{'一二三'[k]}、{field}\n\n　　{text}。\n\n" for k, (field, text) in enumerate(fields)
    )
    text = (
        "宜宾市营商环境白皮书（2025）\n\n宜宾市优化营商环境工作领导小组办公室编\n\n"
        "　　2025年，宜宾市对标国家营商环境评价体系，宜宾三江新区先行先试。\n\n"
        "专栏3-1　宜宾营商环境评价情况\n在2025年度四川省营商环境评价中，宜宾市位列全省第4位。\n\n"
        + body
        + "专栏3-2　2026年改革方向\n2026年，宜宾市将推出改革举措不少于130条。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == ["开办企业", "办理建筑许可", "获得电力"]


def test_a_reports_closing_section_on_what_comes_next_is_no_case(tmp_path: Path) -> None:
    """A feature reposted from a city paper: 一、 and 二、 tell two places' practices, and
    三、下一步：… holds an official's remarks on the city's plans, no case of its own."""
    text = (
        "北海市以改革“加速度”跑出发展“好势头”\n\n"
        "一、临港项目“拿地即开工”\n\n"
        "　　今年以来，北海市铁山港区推行“拿地即开工”，项目从签约到开工用时压缩至40天。\n\n"
        "二、外贸企业“一件事”一次办\n\n"
        "　　北海市合浦县推出外贸企业出口“一件事”，通关时间压缩至6小时。\n\n"
        "三、下一步：让改革红利更多惠及经营主体\n\n"
        "　　北海市营商环境建设相关负责人表示，下一步，北海将推动政务服务“跨市通办”，"
        "力争年底前“签约即供地”覆盖全市所有园区。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("临港项目“拿地即开工”"),
        normalise("外贸企业“一件事”一次办"),
    ]
    assert "下一步" not in quote(got[-1])


def test_numbered_items_run_together_in_one_paragraph(tmp_path: Path) -> None:
    """A post that lost the line breaks of the list it excerpts (1.甲市：…。2.乙市：…。3.…)
    gives an item's case each; a decimal after a full stop (2.5小时) is no item."""
    items = [
        "1.朝阳市：推行“办不成事”兜底服务。设立反映窗口，全年受理反映事项860件。",
        "2.黄山市：实行产业链“链长制”。由市级领导担任“链长”，协调解决问题217个。",
        "3.周口市：推行“一业一证”改革。将6张证照整合为1张，发放许可证1380张。",
        "4.阿勒泰地区：推行边境贸易“快速通关”。",
    ]
    text = (
        "国务院大督查发现的典型经验做法（摘编）\n\n"
        "【编者按】现将优化营商环境方面的典型经验做法摘编刊发，供学习借鉴。\n\n"
        + items[0]
        + "2.5小时内办结。"
        + "".join(items[1:])
        + "\n\n来源：中国政府网\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["1", "2", "3", "4"]
    assert [m.heading for m in got] == [normalise(i[2 : i.index("。") + 1]) for i in items]
    assert quote(got[0]).endswith("2.5小时内办结。")


def test_items_set_out_in_fields_under_their_labels(tmp_path: Path) -> None:
    """A ministry's list whose items are 事项一, 事项二 … over 名称：, 地区：, 主要做法： and
    取得成效： lines: a case each, titled by its name, placed where 地区 says."""
    items = [
        ("推行涉企收费“阳光清单”", "山西省晋城市", "晋城市市场监督管理局公开涉企收费清单。"),
        ("打造“共享法务”服务平台", "江苏省昆山市", "昆山市司法局在产业园区设立共享法务室。"),
        ("实施“服务管家”制度", "重庆市璧山区", "为重点企业逐一配备服务管家。"),
    ]
    body = "".join(
        f"事项{'一二三'[k]}\n名称：{name}\n地区：{place}\n主要做法：{how}\n"
        f"取得成效：全年为企业减负{k + 2}.3亿元。\n\n"
        for k, (name, place, how) in enumerate(items)
    )
    text = (
        "国家发展改革委办公厅关于推广典型经验做法的通知\n\n"
        "各省、自治区、直辖市发展改革委：\n我们从各地报送的86项做法中遴选出3项，现印发给你们。\n\n"
        "附件\n\n典型经验做法清单\n\n" + body
    )
    facts = facts_of(tmp_path, text)
    assert [normalise(f.measure.heading) for f in facts.measures] == [
        normalise(name) for name, _, _ in items
    ]
    assert region_names(facts) == ["晋城市", "昆山市", "璧山区"]


def test_a_web_pages_headline_over_one_reforms_steps(tmp_path: Path) -> None:
    """A news site's page: the site's name is its first line, the headline names one city's
    quoted reform, a paragraph that city leads tells it and 一是…三是… are its steps (政策「应上
    尽上」): one case, not one per step."""
    text = (
        "中国评论新闻网\n首页 ｜ 两岸 ｜ 大陆 ｜ 财经\n\n"
        "聊城政策兑现「免申即享」　企业不申请也能拿补贴\n\n"
        "　　中评社北京4月2日电　2025年山东全省新增经营主体182.6万户。\n\n"
        "　　据介绍，聊城市财政局自2025年3月起建设「聊企惠」平台，"
        "对符合条件的企业实行「免申即享」。\n\n"
        "　　一是政策「应上尽上」。聊城市财政局梳理涉企政策，清单共收录政策事项286项。\n\n"
        "　　二是数据「自动比对」。平台每月归集企业数据，系统自动筛出符合条件的企业名单。\n\n"
        "　　三是资金「直达快享」。市财政局建立兑现时限预警机制，对逾期未兑现的事项自动督办。\n\n"
        "　　截至2026年3月底，平台累计兑现奖补资金8.6亿元，平均兑现时间由45天缩短至7天。\n"
    )
    got = measures_of(tmp_path, text)
    assert len(got) == 1
    assert got[0].heading == normalise("聊城政策兑现「免申即享」　企业不申请也能拿补贴")
    assert "缩短至7天" in quote(got[0])


def test_a_closing_aside_on_plans_and_targets_is_no_case(tmp_path: Path) -> None:
    """After two places' stories, what the reporter learned of one's plan (记者了解到，…计划…)
    and the target the other sets itself (…则提出，2026年…要再压缩10%) are plans in passing."""
    text = (
        "赣桂两省区比拼营商环境　港商：办事快过预期\n\n"
        "　　近日，记者走访江西、广西两地，了解两省区优化营商环境的新做法。\n\n"
        "【赣】涉企检查“一码亮证”　企业少受打扰\n\n"
        "　　江西省市场监督管理局自2025年4月起在全省推行涉企行政检查“赣企码”，"
        "检查次数同比下降37.2%。\n\n"
        "【桂】跨境贸易“边关通”　货车通关快一倍\n\n"
        "　　广西壮族自治区商务厅推行“提前申报、抵达直提”，水果通关时间压缩至3小时。\n\n"
        "　　记者了解到，江西省计划于2026年底前把“赣企码”延伸至县级执法部门。\n\n"
        "　　广西则提出，2026年边境口岸通关时间要再压缩10%。\n\n"
        "责任编辑：周小雯\n"
    )
    got = measures_of(tmp_path, text)
    assert len(got) == 2
    assert "记者了解到" not in quote(got[-1])


def test_a_bulletins_one_case_runs_past_its_issue_line(tmp_path: Path) -> None:
    """A zone's work bulletin on one practice: the issue line and the issuer's line under the
    bulletin's name head the text; the case runs past them to its results."""
    text = (
        "营商环境工作信息\n2026年第9期（总第86期）\n\n"
        "长春新区营商环境建设局编　　　　　　2026年5月8日\n\n"
        "长春新区推行涉企证照“免申即续”\n\n"
        "　　长春新区营商环境建设局会同新区市场监督管理局，建立“证照到期智能提醒”机制，"
        "对信用良好的企业直接办理延续。\n\n"
        "　　改革实施以来，新区累计办理证照延续3260件，平均办理时间由5个工作日缩短至0.5个工作日。\n"
    )
    got = measures_of(tmp_path, text)
    assert len(got) == 1
    assert quote(got[0]).endswith("缩短至0.5个工作日。")


def test_a_subtitle_naming_two_places_keeps_their_sections_apart(tmp_path: Path) -> None:
    """Two-character labelled headings (护航：…, 转化：…) are one reform's sides, but not under a
    subtitle naming two places apart (——四川德阳、江苏扬州知识产权服务见闻): each section
    tells its place's practice, a case each."""
    text = (
        "让创新成果“护得住”“用得好”\n——四川德阳、江苏扬州知识产权服务见闻\n\n"
        "　　记者近日走访四川德阳、江苏扬州，看两座城市如何为创新主体撑起“保护伞”。\n\n"
        "　　护航：维权周期从“按年算”到“按周算”\n"
        "　　“侵权产品上架不到一周，我们就拿到了处理决定。”德阳一家企业知识产权主管说。\n"
        "　　这份“快”，来自德阳市市场监督管理局推行的专利侵权纠纷“快调快处”机制，"
        "平均结案周期由4.5个月缩短至28天。\n\n"
        "　　转化：让“沉睡专利”变身“真金白银”\n"
        "　　在江苏扬州，一家医药企业的生产线正在调试。\n"
        "　　扬州市知识产权局搭建“专利开放许可”平台，全市达成许可612次。\n"
    )
    got = measures_of(tmp_path, text)
    assert len(got) == 2
    assert quote(got[0]).endswith("缩短至28天。")


def test_a_photo_caption_with_its_credit_in_brackets_heads_nothing(tmp_path: Path) -> None:
    """A post's ❶ …丨… items, a caption under a picture inside the first (▲…窗口（资料图）):
    furniture, no heading of a case of its own."""
    assert is_furniture(normalise("▲凯里市政务服务中心夜间延时服务窗口（资料图）"))
    assert is_furniture(normalise("企业负责人在展示新领取的营业执照（受访者供图）"))
    assert not is_furniture(normalise("推行“一照多址”登记（雷山县市场监督管理局）"))
    text = (
        "县域营商看黔东南｜这3个县（市）的做法，值得一看！\n\n"
        "❶ 都匀市丨政务服务“晚上也能办”\n\n"
        "都匀市政务服务中心推出“夜间延时+周末预约”服务，工作日延时至晚上8点。\n"
        "▲都匀市政务服务中心夜间延时服务窗口（资料图）\n\n"
        "今年以来，累计提供延时和预约服务1.18万件次，群众满意率99.6%。\n\n"
        "❷ 丹寨县丨蜡染个体户“一照多址”经营\n\n"
        "丹寨县市场监督管理局推行个体工商户“一照多址”登记，已办理备案836户。\n\n"
        "❸ 从江县丨“香猪贷”让养殖户贷款不再难\n\n"
        "从江县农业农村局推出“香猪贷”，已发放贷款1.63亿元。\n"
    )
    got = measures_of(tmp_path, text)
    assert len(got) == 3
    assert quote(got[0]).endswith("群众满意率99.6%。")


def test_a_boxs_source_and_a_columns_credit_are_furniture(tmp_path: Path) -> None:
    """Under a 【小资料】 box, 资料来源：… names where its figures come from; a magazine
    column closes with its credit in brackets ((本刊综合报道，记者 … 整理)): neither is a case."""
    assert is_furniture(normalise("资料来源：广东省商务厅"))
    assert is_furniture(normalise("（本刊综合报道，记者 邝家乐 整理）"))
    assert not is_furniture(normalise("本刊综合报道显示，全省新设企业增长12%。"))
    text = (
        "营商快递\n\n"
        "⑴黔西南州：推行“开店一件事”。黔西南州政务服务中心设立专窗，开店用时压缩至3天。\n\n"
        "⑵宜兴市：建立“首贷服务站”。宜兴市在政务服务中心设立首贷服务站，发放首贷9.3亿元。\n\n"
        "【小资料】2025年全省新设外商投资企业1.2万家。\n资料来源：广东省商务厅\n\n"
        "（本刊综合报道，记者 邝家乐 整理）\n"
    )
    got = measures_of(tmp_path, text)
    assert len(got) == 2
    assert all("资料来源" not in quote(m) and "整理" not in quote(m) for m in got)


def test_a_site_of_an_anecdote_inside_a_story_starts_no_story(tmp_path: Path) -> None:
    """Inside a section's story, 在安新县端村的一处施工现场，项目负责人告诉记者… sets an
    anecdote at a site in a county (a town's name between them); the story goes on, and the
    new area's figures after it are still its own."""
    text = (
        "从“新区速度”到“京保同标”：雄安、保定两地政务服务改革见闻\n\n"
        "　　记者近日分别走进雄安新区政务服务中心和保定市民中心，记录两地的探索。\n\n"
        "“数字审批”让新区建设提速\n\n"
        "　　在河北雄安新区，建筑工程的规划审批已经搬到了“数字孪生城市”里。"
        "河北雄安新区管理委员会改革发展局推行建筑工程“BIM智能审查”，"
        "规划审查时间由15个工作日缩短至3个工作日。"
        "在安新县端村的一处施工现场，项目负责人告诉记者，图纸改了三版，都是线上当天就有结果。"
        "雄安新区2025年在建重点项目超过240个。\n\n"
        "“京保同标”让企业少跑腿\n\n"
        "　　保定市则把改革的重点放在了“京保同标”上。保定市行政审批局设立“京保通办”专窗，"
        "全年办理跨区域业务1.46万件。\n"
    )
    got = measures_of(tmp_path, text)
    assert len(got) == 2
    assert quote(got[0]).endswith("在建重点项目超过240个。")


def test_an_item_reported_by_a_provinces_body_is_placed_where_it_was_done(
    tmp_path: Path,
) -> None:
    """A ministry's list of items, each credited in brackets to the provincial bureau that
    reported it: a text that opens with a place inside the province is that place's case;
    one that opens with the bureau itself is the province's."""
    text = (
        "市场监管总局办公厅关于推广规范涉企行政检查典型做法的通知\n\n"
        "附件\n\n"
        "1.推行“免查清单”监管（吉林省市场监督管理厅）\n"
        "白山市市场监督管理局对信用等级高的企业纳入“免查清单”，已有1260户企业纳入清单。\n\n"
        "2.建立涉企检查“计划统筹”制度（河北省市场监督管理局）\n"
        "河北省市场监督管理局统筹制定年度检查计划，检查次数同比下降32%。\n\n"
        "3.推行“双语执法”送法入企（广东省市场监督管理局）\n"
        "连南瑶族自治县市场监督管理局组建双语执法队，开展普法宣传86场。\n"
    )
    assert region_names(facts_of(tmp_path, text)) == ["白山市", "河北省", "连南瑶族自治县"]


def test_a_body_credited_with_sending_a_case_in_is_no_agency_of_it(tmp_path: Path) -> None:
    """A province's bureau on an item's 推荐单位 line, or in brackets after its heading, sent
    in a case of a place inside the province; it is an agency only where the text names it
    doing the work."""
    cases = (
        "工业和信息化部中小企业局关于中小企业服务典型案例的通报\n\n"
        "案例1\n许昌市：中小企业服务“一站通”\n推荐单位：河南省工业和信息化厅\n"
        "许昌市工业和信息化局建成中小企业公共服务平台，全年服务企业3200家次。\n\n"
        "案例2\n安达市：个体工商户“帮扶包”\n推荐单位：黑龙江省工业和信息化厅\n"
        "安达市市场监督管理局推出个体工商户“帮扶包”，惠及个体工商户1860户。\n"
    )
    items = (
        "市场监管总局办公厅关于推广规范涉企行政检查典型做法的通知\n\n附件\n\n"
        "1.建立涉企检查“计划统筹”制度（河北省市场监督管理局）\n"
        "河北省市场监督管理局建立全省统一的涉企检查计划库，检查户次同比下降41.6%。\n\n"
        "2.推行“免查清单”监管（吉林省市场监督管理厅）\n"
        "白山市市场监督管理局对信用等级高的企业纳入“免查清单”，已有1260户企业纳入清单。\n"
    )
    got = [
        [a.name for a in f.agencies]
        for text, name in ((cases, "cases.txt"), (items, "items.txt"))
        for f in facts_of(tmp_path, text, name).measures
    ]
    assert got == [
        ["许昌市工业和信息化局"],
        ["安达市市场监督管理局"],
        ["河北省市场监督管理局"],
        ["白山市市场监督管理局"],
    ]


def test_bulleted_paragraphs_tagged_with_their_place_at_the_end(tmp_path: Path) -> None:
    """A notice whose items are paragraphs a recurring bullet opens, each naming its place
    only in a tag at its end (◇ 推行“开店一件事”…。【通化市】): a case each, placed by its tag."""
    items = [
        (
            "推行“开店一件事”集成服务，将餐饮店开办涉及的6个事项整合为“一张表单”。"
            "市市场监督管理局实行“联合踏勘、同步审批”，办理时间压缩至3个工作日。",
            "通化市",
        ),
        (
            "建立“项目服务专员+周调度”机制，为每个亿元以上项目配备1名服务专员。"
            "全年服务重点项目143个，平均开工时间提前92天。",
            "长春新区",
        ),
        (
            "推行个体工商户登记“智能秒批”，对名称、经营范围等信息实现系统自动核准。"
            "全年“秒批”个体工商户登记1.2万件。",
            "珲春市",
        ),
    ]
    text = (
        "吉林省营商环境建设局关于全省营商环境“微改革”优秀案例的通报\n\n"
        "各市（州）营商环境建设局：\n\n"
        "　　2025年，全省各地推出一批务实管用的“微改革”举措，现将3个优秀案例予以通报。\n\n"
        + "".join(f"◇ {words}【{place}】\n\n" for words, place in items)
        + "吉林省营商环境建设局\n2026年2月11日\n"
    )
    facts = facts_of(tmp_path, text)
    assert region_names(facts) == [place for _, place in items]
    assert [a.name for a in facts.measures[0].agencies] == ["通化市市场监督管理局"]


def test_closing_asides_on_what_a_body_asked_for_and_a_target_set(tmp_path: Path) -> None:
    """After two cities' stories, what the reporter learned a body asked for (記者了解到，…
    印發通知，要求…) and the target a province sets (江蘇省亦提出，…力爭…) are plans in passing."""
    text = (
        "魯蘇兩地外貿便利化出新招\n\n"
        "　　近日，記者走訪山東、江蘇兩地，了解外貿便利化的新做法。\n\n"
        "在臨沂，市商務局聯合臨沂海關推出「市場採購貿易＋跨境電商」模式，全年出口增長21%。\n\n"
        "連雲港則在「港」字上做文章。連雲港市推行海鐵聯運「一單制」，貨物周轉時間縮短2天。\n\n"
        "記者了解到，山東省商務廳近日印發通知，要求2026年底前全省試點市場實現平台全覆蓋。\n\n"
        "江蘇省亦提出，2026年全省海鐵聯運量力爭突破120萬標箱。\n"
    )
    got = measures_of(tmp_path, text)
    assert len(got) == 2
    assert quote(got[1]).startswith("連雲港則")
    assert "記者了解到" not in quote(got[-1])


def test_a_bulletins_one_reform_told_in_numbered_steps_is_one_case(tmp_path: Path) -> None:
    """A bureau's 工作信息 whose headline names its city's quoted reform, a paragraph that city
    leads telling it, then 一、变…为…。 steps that name no place: one case, not one per step."""
    text = (
        "工 作 信 息\n第19期（总第286期）\n\n淮安市市场监督管理局办公室编　　2026年5月14日\n\n"
        "淮安市推行“个转企”一件事集成服务\n助力个体工商户“升级成长”\n\n"
        "近年来，淮安市个体经济持续发展。今年以来，淮安市市场监督管理局会同市行政审批局，"
        "推行“个转企”一件事集成服务。\n\n"
        "一、变“先注销后设立”为“直接变更”。个转企所需材料由19份精简为6份。\n\n"
        "二、变“多部门跑”为“一窗办”。在政务服务中心设立“个转企”服务专窗。\n\n"
        "三、变“被动等”为“主动帮”。今年1—4月，全市已有412户个体工商户完成转型。\n"
    )
    got = measures_of(tmp_path, text)
    assert len(got) == 1
    assert quote(got[0]).endswith("完成转型。")


def test_a_work_reports_review_lists_its_reforms_in_a_titled_series(tmp_path: Path) -> None:
    """A city's 政府工作报告: its review's paragraph on the business environment lists the
    year's reforms as 一是工程项目审批再提速。在全省率先推行…; 二是…: a case per item, its
    short title sentence over the practice, not a case per sentence."""
    text = (
        "政府工作报告\n\n一、2025年工作回顾\n\n"
        "（五）营商环境持续优化。我们把优化营商环境作为“一号改革工程”，全年新增经营主体2.36万户。"
        "一是工程项目审批再提速。在全省率先推行“拿地即开工”，实行“模拟审批+容缺受理”，"
        "项目开工平均用时由92天压减至14天。"
        "二是涉企诉求闭环办理。开通“眉企通”涉企诉求服务平台，全年受理企业诉求5240件，办结率99.4%。"
        "三是涉企执法更加规范。推行“综合查一次”，全市涉企行政检查频次同比下降39%。\n\n"
        "二、2026年工作安排\n\n"
        "（四）全力打造一流营商环境。深化“高效办成一件事”改革，新推出“一件事”10个以上。"
        "推行涉企执法“两张清单”，涉企行政检查频次再压减20%。\n"
    )
    got = measures_of(tmp_path, text, "meishan_report.txt")
    implemented = [m for m in got if m.status == "implemented"]
    assert [m.label for m in implemented] == ["一是", "二是", "三是"]
    assert quote(implemented[0]).endswith("压减至14天。")


def test_sections_of_firms_voices_and_of_what_is_still_lacking_are_no_cases(
    tmp_path: Path,
) -> None:
    """【港企心声】 heads what Hong Kong firms say, and 部分审批仍待打通 what is still lacking:
    neither section is a case, and the case above stops at its heading."""
    feature = (
        "西南三地優化營商環境見聞\n\n"
        "　　記者近日走訪四川、雲南、重慶三地。\n\n"
        "【一窗通辦】\n"
        "　　眉山市東坡區設立港澳企業服務專窗，推行「一窗通辦」，辦理時間壓縮至2個工作日。\n\n"
        "【邊貿便利】\n"
        "　　紅河州蒙自市推行邊民互市「一單制」申報，通關時間縮短40%。\n\n"
        "【港企心聲】\n"
        "　　香港一家物流企業負責人表示，希望兩地規則進一步銜接，下一步還將擴大投資。\n"
    )
    got = measures_of(tmp_path, feature, "feature.txt")
    assert len(got) == 2
    assert "港企心聲" not in quote(got[-1])
    blind = ROOT / "tests/data/probes152"
    path = next(blind.glob("04_*.txt"))  # a 明报 report: 部分審批仍待打通 over its problems
    assert all("仍待打通" not in m.heading for m in segment(read_document(path)))


def test_a_notices_numbered_requests_to_its_addressees_are_no_cases(tmp_path: Path) -> None:
    """A province's 复制推广 notice asks its addressees, item by item, what to do (一、各市州、
    县市区人民政府和省直有关部门要把…; 二、省…中心要加强…): directives, no cases; the cases
    are its annex's rows."""
    text = (
        "湖南省人民政府关于复制推广第二批优化营商环境改革举措的通知\n\n"
        "各市州、县市区人民政府，省政府各厅委、各直属机构：\n"
        "现将第二批3项改革举措予以复制推广，并就有关事项通知如下：\n\n"
        "一、各市州、县市区人民政府和省直有关部门要把复制推广工作作为重要抓手，"
        "于2026年7月31日前完成复制推广工作。\n\n"
        "二、省优化营商环境协调事务中心要加强统筹协调和跟踪督导，评估结果纳入年度评价。\n\n"
        "附件\n\n"
        "1.株洲市推行轨道交通装备企业“首台套”产品政府采购支持。全年采购金额3.2亿元。\n"
        "2.岳阳市推行城陵矶港“港口+口岸”一体化服务。通关时间压缩45%。\n"
        "3.浏阳市推行烟花爆竹企业“安全生产许可+经营许可”联办。办理时间压缩至5个工作日。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["1", "2", "3"]
    blind = next((ROOT / "tests/data/probes149").glob("08_*.txt"))  # its annex a flat table
    headings = [m.heading for m in segment(read_document(blind))]
    assert not any("要把" in h or "要加强" in h for h in headings)


@pytest.mark.parametrize(
    ("blind", "kind", "line", "not_a_heading"),
    [
        ("probes151/08", "related-list", "👇 往期回顾", "深圳前海"),  # over a post's links
        ("probes153/03", "event-heading", "全省优化营商环境工作推进会召开", "推进会召开"),
        ("probes150/04", "problem-section", "县域营商还需“久久为功”", "还需"),
    ],
)
def test_links_after_an_emoji_a_meeting_held_and_what_is_still_needed_are_no_cases(
    blind: str, kind: str, line: str, not_a_heading: str
) -> None:
    """A related list whose label follows an emoji (👇 往期回顾), a heading reporting a meeting
    held (一、全省优化营商环境工作推进会召开) and a feature's section on what is still needed
    (县域营商还需“久久为功”) head no case."""
    assert load_cues().regex("segment", kind).search(normalise(line))
    folder, stem = blind.split("/")
    path = next((ROOT / "tests/data" / folder).glob(f"{stem}_*.txt"))
    assert all(not_a_heading not in m.heading for m in segment(read_document(path)))


def test_a_national_bodys_own_plan_listed_one_two_three_is_no_case(tmp_path: Path) -> None:
    """A ministry's answer on what comes next (下一步，总局将从三个方面推动…。一是加强宣传
    解读…二是强化跟踪评估…) lists the body's own programme: no place's cases, planned or not."""
    blind = next((ROOT / "tests/data/probes27").glob("08_*.txt"))  # a 答记者问 page
    got = segment(read_document(blind))
    assert not any(m.label in ("一是", "二是", "三是") for m in got)
    text = (
        "市场监管总局有关司局负责人就典型经验做法答记者问\n\n"
        "一、问：第二批典型经验做法有哪些特点？\n"
        "答：安徽省合肥市市场监管局推行经营主体歇业“一件事”，办理时间压缩至1个工作日。"
        "浙江省湖州市市场监管局建设“湖企信”智慧监管平台，检查频次下降42%。\n\n"
        "二、问：下一步，总局将如何推动落地见效？\n"
        "答：下一步，总局将从三个方面推动落地见效。一是加强宣传解读，通过召开现场会等方式推动学习借鉴。"
        "二是强化跟踪评估，将复制推广情况纳入营商环境评价。三是鼓励各地因地制宜、创新探索。\n"
    )
    assert not any(m.label in ("一是", "二是", "三是") for m in measures_of(tmp_path, text))


def test_the_bodies_that_applied_with_a_case_are_its_agencies(tmp_path: Path) -> None:
    """A 申报单位 line names the bodies that applied with their own work (a province's bank
    branch for a trade zone's case): they stay the case's agencies, unlike a 推荐单位."""
    text = (
        "中国（云南）自由贸易试验区第五批最佳实践案例\n\n"
        "【案例1】\n案例名称：跨境人民币结算“首办户”拓展服务\n"
        "申报单位：中国人民银行云南省分行、昆明片区管委会\n"
        "主要内容：建立跨境人民币“首办户”企业名单，由银行客户经理上门辅导。\n"
        "实践效果：新增跨境人民币结算“首办户”企业463家。\n\n"
        "【案例2】\n案例名称：外商投资企业“准入即准营”改革\n"
        "申报单位：昆明片区管委会\n"
        "主要内容：对外商投资企业设立登记涉及的事项实行“一窗通办”。\n"
        "实践效果：外商投资企业开办时间压缩至1个工作日。\n"
    )
    first = facts_of(tmp_path, text).measures[0]
    assert "中国人民银行云南省分行" in [a.name for a in first.agencies]


def test_a_stacked_table_goes_on_past_a_page_break_and_a_wrapped_place_cell(
    tmp_path: Path,
) -> None:
    rows = [
        (
            "江苏省常州市",
            "推行“多图联审”。将规划、消防、人防图纸合并一次审查。",
            "审查时间压缩40%。",
        ),
        ("安徽省芜湖市", "推行“验收即拿证”。联合验收后当场核发不动产权证书。", "办理项目52个。"),
        (
            "江西省赣州经济技术开",
            "推行“预审批”。土地出让前完成方案预审，签约后即发许可。",
            "节省时间60天。",
        ),
        ("湖北省宜昌市", "推行“一表通办”。报装事项一张表填报、一次办结。", "办理报装1200户。"),
    ]
    lines = ["附件", "工程建设项目审批制度改革经验清单", "序号", "地区", "经验做法", "成效"]
    for n, (place, practice, result) in enumerate(rows, 1):
        if n == 3:
            lines += ["— 2 —", "序号", "地区", "经验做法", "成效"]
            lines += [str(n), place, "发区", practice, result]
        else:
            lines += [str(n), place, practice, result]
    got = measures_of(tmp_path, "\n".join(lines) + "\n")
    assert [m.heading for m in got] == [normalise(practice) for _, practice, _ in rows]
    assert quote(got[2]).startswith("江西省赣州经济技术开\n发区")


def test_a_county_among_a_notices_place_led_one_line_items_is_an_item_of_its_own(
    tmp_path: Path,
) -> None:
    text = """中共某某省委办公厅关于复制推广优化营商环境改革经验的通知
各市（州）党委和人民政府：
现将省营商环境建设领导小组办公室遴选的改革经验予以复制推广，请结合实际抓好落实。
一、复制推广的改革经验
岳阳市推行企业开办“一日办结”，企业开办时间压缩至1个工作日。
汨罗市推行工业项目“标准地”出让，实现“拿地即开工”。
常德市推行不动产登记“带押过户”，全年办理980件。
二、工作要求
各地要结合实际抓好落实。
"""
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == ["岳阳市", "汨罗市", "常德市"]


def test_a_worker_from_another_province_in_an_anecdote_tells_no_story(tmp_path: Path) -> None:
    text = """拨通热线　欠薪有人管
本报记者　王　敏

◆“工会专席”进驻热线

　　2025年3月，湘潭市总工会在12345热线开设“工会专席”，由法律顾问轮流值守，对欠薪来电“专席接听、工会直办”。
　　一年来，“工会专席”办理职工诉求5200件，帮助职工追回工资2860万元。

◆“快处机制”让线索不过夜

　　2025年起，宁波市鄞州区人力资源和社会保障局与区12345热线建立欠薪“快处机制”，推行“1小时响应、3天办结”。
　　全年受理欠薪诉求3100件，办结率100%，平均办结时间由10天缩短至3天。
　　来自云南的电焊工李明去年在一家配套企业干了5个月，临近春节工资未到账。“打了热线，当天就有人上门。”他说。
"""
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("“工会专席”进驻热线"),
        normalise("“快处机制”让线索不过夜"),
    ]


def test_a_box_that_lists_places_only_in_passing_is_no_case(tmp_path: Path) -> None:
    text = """三地探索招投标改革
本报记者　陈　林

●“不见面开标”让企业少跑腿

　　南通市公共资源交易中心推行“不见面开标”，投标人在线参与开标、解密和质询，全年开标1260场，为企业节省费用2300万元。

●“电子保函”释放保证金

　　柳州市公共资源交易中心推行“电子保函”替代现金保证金，去年释放保证金9.6亿元，惠及企业3100余家。

【延伸阅读】
招投标改革的“国家部署”
　　国家发展改革委等部门印发通知，鼓励以保函替代现金缴纳投标保证金。目前，浙江、广东、重庆等地已探索“评定分离”等做法。
"""
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("“不见面开标”让企业少跑腿"),
        normalise("“电子保函”释放保证金"),
    ]


def test_a_landscape_setting_the_scene_and_a_next_step_tell_no_story(tmp_path: Path) -> None:
    text = """通化：营商环境“组合拳”
来源：吉林日报

　　盛夏的长白山脚下，游人如织，通化市各地优化营商环境的工作也在加速推进。

　　辉南县推行“拿地即开工”审批模式，提前介入项目前期，全县已有12个工业项目实现“拿地即开工”，审批时间压缩至7个工作日。

　　柳河县推出“山葡萄贷”，以种植权证作为抵押物，累计发放贷款2.1亿元，惠及农户860户。

　　下一步，通化市将组织集安市、梅河口市等地学习借鉴上述做法，力争年内再形成10项创新举措。
"""
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == ["辉南县", "柳河县"]
    blind = next((ROOT / "tests/data/probes158").glob("06_*.txt"))
    told = segment(read_document(blind))  # a next step after a list of the cases: no case
    assert not [m for m in told if m.heading.startswith("下一步")]


def test_a_posts_end_mark_closes_it(tmp_path: Path) -> None:
    text = """西峡发布
西峡：三项做法优化营商环境

▍“菌菇贷”让菇农不愁钱

西峡县农业农村局联合县农商银行推出“菌菇贷”，累计发放贷款1.2亿元，惠及菇农1600户。

▍“局长走流程”找堵点

西峡县组织局长以办事人身份走流程，发现并整改问题213个，群众等候时间由25分钟缩短至8分钟。

END

来源：西峡县营商办
长按识别二维码　关注西峡发布
投稿邮箱：xxfb2020@163.com
欢迎广大企业和群众通过后台留言或拨打12345热线，反映营商环境方面的问题和建议。
"""
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("“菌菇贷”让菇农不愁钱"),
        normalise("“局长走流程”找堵点"),
    ]
    assert quote(got[-1]).endswith("8分钟。")


def test_where_someone_of_a_lead_anecdote_moved_tells_no_story(tmp_path: Path) -> None:
    text = """临港片区“敢闯敢试”
2026-02-26　来源：大公网

　　“三年前这里还是一片江滩。”从事进口家具分销的香港商人李志强说。他去年把华中地区的分拨中心从武汉搬到岳阳，看中的正是这里的通关效率。岳阳城陵矶综合保税区去年实现进出口额860亿元。

　　【“港园联动”通关提速】

　　岳阳城陵矶综合保税区管委会联合岳阳海关推行“提前申报、抵港直提”，进口货物通关时间压缩至9小时，较2023年缩短60%。

　　【“一窗通”服务外资】

　　岳阳城陵矶综合保税区政务服务中心设立“外资企业开办一窗通”专窗，外资企业开办时间由15个工作日缩短至2个工作日。
"""
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("【“港园联动”通关提速】"),
        normalise("【“一窗通”服务外资】"),
    ]
    blind = next((ROOT / "tests/data/probes159").glob("06_*.txt"))
    told = segment(read_document(blind))  # the text this rule was found on
    assert [m.heading[-5:] for m in told] == ["通关提速】", "一窗通」】", "快保护」】"]


def test_a_dateline_of_any_news_agency_is_no_case(tmp_path: Path) -> None:
    text = """湖北公布4个营商环境创新实践案例
2026-04-08

　　中评社武汉4月8日电（记者 周子衡）湖北省营商环境建设局8日公布2025年度营商环境创新实践案例名单，\
从全省报送的86个案例中遴选出4个。

　　宜昌市推行“一次查验、全程通关”模式，进口货物平均通关时间压缩至18小时。

　　襄阳市推出“园区贷”金融服务，累计为312家小微企业发放贷款9.7亿元。
"""
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == ["宜昌市", "襄阳市"]


def test_an_associations_head_speaking_tells_no_story(tmp_path: Path) -> None:
    text = """陕西两地“服务换投资”　港企西进添底气
2026-01-21　来源：香港文汇报

　　【香港文汇报讯】陕西省统计局数据显示，2025年陕西实际使用外资28.6亿美元。本报记者分赴咸阳、汉中两地，探访当地如何以服务吸引投资。

咸阳高新区：“企业服务专员”一对一跟进

香港文汇报记者 李阳波 咸阳报道

　　咸阳高新技术产业开发区管委会去年起推行“企业服务专员”制度，为区内外资企业每户指定一名服务专员，企业诉求须在5个工作日内答复。全年选派服务专员186名，兑现扶持资金2.8亿元，资金兑现时间由45天缩短至7天。

汉中：“拿地即拿证”加快项目投产

香港文汇报记者 张仕珍 汉中报道

　　汉中市推行工业项目“拿地即拿证”，土地出让合同签订当天即核发不动产权证书和规划许可证。2025年共有46个项目实现“拿地即拿证”，平均提前4个月投产。

　　香港陕西同乡会会长表示，同乡会计划今年组织港商赴陕考察，协助更多港企“西进”。
"""
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("咸阳高新区：“企业服务专员”一对一跟进"),
        normalise("汉中：“拿地即拿证”加快项目投产"),
    ]


def test_the_last_case_stops_at_an_officials_next_step(tmp_path: Path) -> None:
    text = """项目审批跑出“加速度”
本报记者　杨　帆

　　工程建设项目审批是企业感受营商环境的重要窗口。记者近日在贵州黔西南、黔南两州采访看到，各地探索出一批好做法。

模拟审批　交地即开工

　　都匀市推行工业项目“模拟审批”，在土地摘牌前完成方案审查、施工图审查，企业拿地后即可领取施工许可证。
　　2025年，都匀市共有32个工业项目实现“交地即开工”，平均提前4个月开工建设。

区域评估　企业少花钱

　　兴仁市对工业园区统一开展环境影响、水土保持等区域评估，评估结果由入园企业免费共享。
　　两年来，区域评估为入园企业节省评估费用1860万元，缩短审批时间60天以上。

全程帮办　服务不打烊

　　兴义市重大项目帮办代办中心推行“一企一专员”帮办机制，对重点项目从签约到验收全流程跟踪服务。
　　去年，中心为76个项目提供全程帮办代办服务，企业满意度达99%。

　　黔西南州有关负责人表示，下一步将在全州推广帮办代办机制，力争2026年底前重点项目帮办代办全覆盖。

　　“审批改革已从‘减时间’进入‘优服务’阶段。”中国城市规划设计研究院研究员周立新认为，模拟审批、区域评估等做法把政府的服务前置。
"""
    got = measures_of(tmp_path, text)
    assert [m.heading[:4] for m in got] == ["模拟审批", "区域评估", "全程帮办"]
    assert quote(got[-1]).endswith("企业满意度达99%。")


def _wrapped_by_count(text: str, width: int) -> str:
    """``text`` set ``width`` characters to a line (digits taking a full place), as a PDF
    extraction of a document typeset on a character grid gives it."""
    return "\n".join(
        paragraph[k : k + width]
        for paragraph in text.split("\n")
        for k in range(0, max(len(paragraph), 1), width)
    )


def test_a_text_wrapped_by_character_count_is_rejoined(tmp_path: Path) -> None:
    items = [
        "一、兴业县推行“链上办”服务",
        "兴业县行政审批局联合县工业和信息化局梳理产业链上下游企业高频事项27项，开设“链上办”"
        "服务专区，2025年共办理企业事项3860件，平均办理时间由5个工作日压缩至1.5个工作日，"
        "帮助41家企业完成技改项目备案。",
        "二、博白县创新“生猪贷”破解养殖主体融资难",
        "博白县财政局联合博白农村商业银行推出“生猪贷”，县财政出资500万元设立风险补偿资金池，"
        "截至2025年末累计发放贷款2.36亿元，惠及养殖企业和农户1120户，利率下降0.6个百分点。",
        "三、兴业县以“快维”护航服装企业创新",
        "兴业县市场监督管理局设立知识产权快速维权工作站，2025年协助企业提交专利预审申请312件，"
        "授权周期由6个月缩短至20天，调处侵权纠纷46起，帮助企业挽回损失1280万元。",
    ]
    text = "玉林市人民政府办公室关于推广典型做法的通报\n" + _wrapped_by_count("\n".join(items), 38)
    got = measures_of(tmp_path, text + "\n")
    assert [m.label for m in got] == ["一", "二", "三"]
    assert quote(got[1]).endswith("0.6个百分点。")


def test_a_paragraph_split_by_a_page_footer_is_one(tmp_path: Path) -> None:
    text = """信阳市市场监督管理局关于全市典型经验的报告
河南省市场监督管理局：
现将我市各地探索形成的典型经验报告如下：
　　（一）潢川县：“个转企”一件事帮助个体户升级发展
　　潢川县市场监督管理局联合县税务局推出“个转企”一件事，实行“一次申请、变更登记、证照联动”，原有字号、经营场所和许可证件在转型后继续沿用。
　　2025年，潢川县共办理“个转企”业务412户，平均办理时间由7个工作日缩短至1个工作日。
　　（二）光山县：食品小作坊“阳光工坊”提升质量安全水平
　　光山县市场监督管理局以县内糕点、粉条、酱菜等食品小作坊为重点，推行“阳光工坊”建设，统一制定小作坊
第1页 共3页

　　生产加工卫生规范，为每家小作坊安装视频监控并接入县食品安全智慧监管平台。
　　截至2025年底，全县完成“阳光工坊”改造326家，小作坊抽检合格率由94.2%提升至99.1%。
　　（三）罗山县：“计量惠企”服务站守护“公平秤”
　　罗山县市场监督管理局在农贸市场设立“计量惠企”服务站6个，为商户免费检定电子秤1.26万台。
"""
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["(一)", "(二)", "(三)"]
    assert "生产加工卫生规范" in quote(got[1])


def test_a_tab_table_header_repeated_on_the_next_page_is_no_cells_of_a_row(
    tmp_path: Path,
) -> None:
    header = "序号\t地区\t举措名称\t主要做法\t取得成效"
    rows = [
        "1\t银川市兴庆区\t“链长+管家”服务\t区行政审批局为重点企业配备服务管家。\t解决诉求318件。",
        "2\t石嘴山市惠农区\t闲置厂房“腾笼换鸟”\t区自然资源局建立闲置厂房信息库。\t盘活厂房46万平方米。",
        "3\t吴忠市同心县\t肉牛产业“一件事”\t县行政审批服务局整合7个事项。\t办理1460件。",
        "4\t中卫市沙坡头区\t“信用+监管”差异化执法\t区市场监管局依托信用分类抽查。\t检查减少41%。",
    ]
    lines = ["附件", "创新举措清单", header, *rows[:3], "- 2 -", header, rows[3]]
    got = measures_of(tmp_path, "\n".join(lines) + "\n")
    assert [m.heading for m in got] == [normalise(r.split("\t")[2]) for r in rows]


def test_a_run_in_item_label_does_not_hide_the_place_it_opens(tmp_path: Path) -> None:
    text = """在全市优化营商环境大会上的讲话
　　一、2025年全市营商环境建设取得明显成效
　　一年来，我们坚持问题导向，推出了一批管用的改革举措。一是当阳市推行化工园区“园区事园区办”。当阳市在化工园设立园区政务服务中心，企业办事不出园区，全年办件1.2万件。二是远安县实行涉企行政检查“扫码入企”。远安县司法局牵头建设“扫码入企”系统，涉企行政检查次数同比下降43%。三是五峰土家族自治县创新“茶叶贷”破解茶农融资难题。五峰土家族自治县财政局联合农商银行推出“茶叶贷”，全年发放3.6亿元。
"""
    got = measures_of(tmp_path, text)
    assert [m.heading[:2] for m in got] == ["一是", "二是", "三是"]


def test_a_story_told_in_numbered_parts_is_one_case(tmp_path: Path) -> None:
    text = """江西日报　2026年08月14日　星期五　04版　经济新闻
本版编辑　王晓丽　　美编　陈　鹏

九江：府院联动让困境企业“起死回生”
本报记者　刘　洋

　　8月初，位于九江市濂溪区的一家铝加工企业车间里机器轰鸣。两年前，这家企业因资金链断裂一度停产。

之一　启动：一张“清单”理顺府院协作

　　2024年，九江市中级人民法院与市政府建立府院联动机制，制定涉企破产事项“一张清单”，明确23个部门的职责。

之二　处置：“预重整”跑出加速度

　　九江市中级人民法院推行“预重整”，在受理破产申请前引入投资人，平均审理周期由410天缩短至156天。

之三　重生：信用修复让企业“轻装上阵”

　　九江市发展改革委对重整成功企业开展信用修复，已有31家企业恢复正常经营，盘活资产18.6亿元。
"""
    [case] = measures_of(tmp_path, text)
    assert case.heading == normalise("九江：府院联动让困境企业“起死回生”")
    assert quote(case).endswith("盘活资产18.6亿元。")


def test_an_information_report_on_one_citys_reform_is_one_case(tmp_path: Path) -> None:
    text = """政务服务信息专报
第9期
湖南省政务管理服务局办公室　　　　　　2026年3月20日

衡阳市以“湘易办”为牵引推动“高效办成一件事”扩面增效

　　【按语】全省已上线“一件事”场景48个。衡阳市结合本地产业特点拓展场景，现将有关做法刊发，供各地参考借鉴。

　　今年以来，衡阳市以“湘易办”为总入口，由市政务服务中心牵头推进“高效办成一件事”扩面增效。

　　一、主要做法

　　（一）场景拓展“由点到面”。市政务服务中心会同市商务局等部门开发“外贸企业备案一件事”等地方特色场景。

　　（二）办理渠道“线上线下融合”。线上开设“衡阳一件事”专区，线下在市、县两级政务服务中心设立综合窗口。

　　（三）数据共享“减材料、减环节”。市数据资源局打通14个部门的业务系统，推动电子证照互认共享。

　　二、初步成效

　　截至2026年2月底，衡阳市已上线“一件事”场景36个，累计办件42.6万件，平均跑动次数由2.3次降至0.3次。

　　三、下一步工作打算

　　下一步，衡阳市将推动更多场景上线。
"""
    [case] = measures_of(tmp_path, text)
    assert case.heading == normalise("衡阳市以“湘易办”为牵引推动“高效办成一件事”扩面增效")


def test_a_notices_requests_to_the_places_it_addresses_are_no_cases(tmp_path: Path) -> None:
    text = """黔东南州人民政府办公室关于推广县域优化营商环境创新举措的通知
各县（市）人民政府，州直各部门：
现将县域优化营商环境创新举措清单印发给你们，请结合实际抓好复制推广。
一、各县（市）要将推广工作纳入年度重点任务，明确责任单位和完成时限。
二、岑巩县、天柱县、锦屏县等尚未开展相关改革的县，要主动对接首创地区，学习借鉴经验做法。
附件：县域优化营商环境创新举措清单
序号\t地区\t举措名称\t主要做法及成效
1\t凯里市\t茶企“一证通行”改革\t市行政审批局整合茶叶生产许可等6个事项，办理时限压缩至3个工作日。
2\t黎平县\t“15分钟政务服务圈”\t县政务服务中心在乡镇设立便民服务点32个，群众就近办事率达85%。
3\t雷山县\t农产品经营主体“信用贷”\t县农商银行推出“信用贷”，累计放款1.2亿元。
"""
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("茶企“一证通行”改革"),
        normalise("“15分钟政务服务圈”"),
        normalise("农产品经营主体“信用贷”"),
    ]
    blind = next((ROOT / "tests/data/probes170").glob("07_*.txt"))
    told = segment(read_document(blind))  # the notice these requests were found in
    assert not [m for m in told if "要" in m.heading[:40]]


def test_facets_under_a_headline_naming_a_places_quoted_practice_are_one_case(
    tmp_path: Path,
) -> None:
    text = """新闻中心 > 地方新闻

宜宾水电气报装“联合一次办”
企业接电接水从“跑多家”到“跑一窗”

本报记者　陈　晓

　　宜宾市以市政公用服务“一件事”改革为抓手，把供水、供电、供气报装从多头申请变为一次办理。

　　一窗受理　同步推送

　　宜宾市营商环境局会同市住房和城乡建设局在市政务服务中心设立“联合报装专窗”，企业填写一张申请表即可同时申请水电气报装。

　　上门勘查　零元接入

　　宜宾市对小微企业实行供水、供气“零投资”接入，报装服务队主动上门对接项目需求。

　　数据显示，改革以来专窗共受理报装申请1260件，平均办理时间由18个工作日压缩至5个工作日。
"""
    [case] = measures_of(tmp_path, text)
    assert case.heading == normalise("宜宾水电气报装“联合一次办”")
    traditional = text.replace("“联合一次办”", "「聯合一次辦」").replace("宜宾", "宜賓")
    [told] = measures_of(tmp_path, traditional, "trad.txt")
    assert "一窗受理" in quote(told) and "1260件" in quote(told)


def test_a_courts_cases_told_in_bracketed_facets_are_one_case_each(tmp_path: Path) -> None:
    text = """服务保障法治化营商环境典型案例

案例一　南岸区人民法院联合税务部门化解涉企执行难

【基本案情】
    某建材公司与某置业公司合同纠纷一案，判决生效后被执行人拖欠货款640万元。
【办理情况】
    南岸区人民法院启动“执行+税务”联动机制，促成双方达成执行和解，640万元全部履行。
【典型意义】
    本案是法院与税务部门协同执行的典型案例。

案例二　綦江区人民检察院办理涉案企业合规案

【基本案情】
    某物流公司虚开增值税专用发票，案发后补缴全部税款。
【办理情况】
    綦江区人民检察院启动涉案企业合规第三方监督评估机制，经5个月整改考察依法作出不起诉决定。
【典型意义】
    合规不起诉既惩治了犯罪，又保住了企业和就业。
"""
    first, second = measures_of(tmp_path, text)
    assert "640万元全部履行" in quote(first) and "典型意义" in quote(first)
    assert "不起诉决定" in quote(second)


def test_a_bulletins_items_under_bracketed_place_labels(tmp_path: Path) -> None:
    text = """优化营商环境工作简报

本期内容
江陵县：“拿地即开工”跑出加速度
石首市：“稻虾贷”让农户融资不再难
监利市：“一网统管”破解执法“多头查”
市税务局：“税路通”让涉税事项“一次办”

【江陵县】
“拿地即开工”跑出加速度

　　江陵县推行“拿地即开工”审批服务模式，全县共有7个工业项目实现拿地即开工。

【石首市】
“稻虾贷”让农户融资不再难

　　石首市联合农商银行推出“稻虾贷”，累计发放贷款1.6亿元。

【监利市】
“一网统管”破解执法“多头查”

　　监利市推行涉企检查“一网统管”，涉企检查次数同比下降42%。

【市税务局】
“税路通”让涉税事项“一次办”

　　市税务局推出跨区域涉税事项“税路通”，办理时间压缩60%。
"""
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("“拿地即开工”跑出加速度"),
        normalise("“稻虾贷”让农户融资不再难"),
        normalise("“一网统管”破解执法“多头查”"),
        normalise("“税路通”让涉税事项“一次办”"),
    ]


def test_a_reposted_accounts_article_opens_with_its_first_sentence(tmp_path: Path) -> None:
    text = """澎湃新闻·澎湃号·政务　介休发布　2026-06-02 09:30　来源：澎湃新闻

　　6月1日，在介休市北关街道一处新建小区，业主李女士当天收房当天拿证。

　　今年以来，介休市自然资源局推行新建商品房“交房即交证”改革，已有6个项目实现交房即交证。

本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场。

原标题：《介休：“交房即交证”让群众安心》

澎湃新闻报料：021-962866
澎湃新闻，未经授权不得转载

+1　　收藏　　我要举报
"""
    [case] = measures_of(tmp_path, text)
    first = "6月1日，在介休市北关街道一处新建小区，业主李女士当天收房当天拿证。"
    assert case.heading == normalise(first)
    assert "交房即交证" in quote(case) and "报料" not in quote(case)


def test_a_box_on_a_policy_issued_and_sections_telling_no_place_are_no_cases(
    tmp_path: Path,
) -> None:
    text = """企业点赞的改革从哪里来？
——来自南充、广元的一线观察

本报记者　李　新

今年是我省营商环境“提升年”。记者深入南充、广元，追问企业最关心的问题。

项目审批为何能“一周办结”？

南充市推行工程建设项目“预审代办”，今年以来已为46个项目提供预审服务，审批时间由30天压缩至7天。

山区果农融资难怎么破？

广元市利州区联合农商银行推出“猕猴桃贷”，累计发放贷款2.1亿元。

营商环境的下一程在哪里？

“营商环境建设正从有没有转向好不好。”省社会科学院一位研究员说。据了解，今年我省将新推出20个重点事项。

【延伸阅读】

四川出台县域营商环境提升行动方案

日前，四川省政务服务和数据管理局等部门印发《县域营商环境提升行动方案》，提出15项具体举措。
"""
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [
        normalise("项目审批为何能“一周办结”？"),
        normalise("山区果农融资难怎么破？"),
    ]
    assert "下一程" not in quote(got[-1])


def test_a_place_heading_that_counts_the_places_under_it_is_their_title(tmp_path: Path) -> None:
    text = """恩施州：三县市多方联动为经营主体解难题
发布时间：2026-03-27 16:05　　信息来源：州营商环境建设局

今年以来，恩施州各县市推动部门、金融机构和企业协同发力，形成了一批可复制的做法。

利川市：“工改+金融”让项目早落地
利川市住房和城乡建设局联合农商银行推行“工改+金融”，12个项目拿地即开工。

咸丰县：“茶乡调解”化解涉企纠纷
咸丰县人民法院联合县工商联推行“茶乡调解”，调解涉企纠纷86件。

来凤县：“藤茶服务链”助企增收
来凤县市场监督管理局推出“藤茶服务链”，服务企业42家。
"""
    got = measures_of(tmp_path, text)
    assert [m.heading.split(":")[0].split("：")[0] for m in got] == ["利川市", "咸丰县", "来凤县"]


def test_a_place_that_only_borrows_the_practice_is_no_case(tmp_path: Path) -> None:
    text = """
在邢台市清河县，羊绒企业最头疼的是花型被抄袭。清河县市场监督管理局建成羊绒产业知识产权快速维权中心，办理外观设计专利快速预审1380件。

在毗邻的南宫市，羊绒企业也开始借鉴清河做法。

药都安国则把改革的重点放在中药材质量上。安国市市场监督管理局推行中药材“一品一码”追溯，覆盖经营户1200户。
"""
    got = measures_of(tmp_path, text)
    assert not [m for m in got if m.heading.startswith("在毗邻的南宫市")]
    assert len(got) == 2


def test_names_a_hard_wrap_breaks_are_read_whole(tmp_path: Path) -> None:
    text = _printed(
        [
            "|国家发展改革委办公厅关于推广地方典型经验做法的通知",
            "|",
            "（1）内蒙古自治区赤峰市：推行企业开办智能审批。赤峰市政务服务与数据管理局对企业"
            "设立登记实行智能审批，全年开办企业8600户。",
            "（2）辽宁省锦州市：诉求直办。锦州市营商环境建设局推行“跨部门联办”，全年受理企业诉求"
            "1.2万件。",
            "（3）山东省滨州市：推行用水用气联合报装。滨州市住房和城乡建设局会同滨州水务发展集团推行"
            "用水用气报装一表申请、一次踏勘、一次验收，全年办理报装业务2860件，平均时间压缩六成。",
            "（4）福建省三明市：推行证照联办。三明市市场监督管理局会同市行政服务中心推行证照"
            "联办，全年联办证照3420件。",
        ],
        margin=32,
    )
    assert "政务服\n务" in text and "会同市\n行政" in text  # the wraps under test
    assert "“跨部\n门联办”" in text
    facts = facts_of(tmp_path, text)
    agencies = [[a.name for a in f.agencies] for f in facts.measures]
    assert agencies == [
        ["赤峰市政务服务与数据管理局"],
        ["锦州市营商环境建设局"],
        ["滨州市住房和城乡建设局", "滨州水务发展集团"],
        ["三明市市场监督管理局", "三明市行政服务中心"],
    ]
    labels = {m.label for f in facts.measures for m in f.mechanisms}
    assert "跨部门联办" in labels
