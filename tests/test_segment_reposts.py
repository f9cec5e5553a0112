"""Layouts of notices and reposted web text: 〔一〕 items with ①② points, a run-on paragraph
of several places' practices, theme sections over minority-region places, and a reposted
article with a copied paragraph and a 问：/答： part. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.corpus import normalise
from kg.extract.regions import find_regions
from kg.gazetteer import Gazetteer
from tests.test_segment_layouts import facts_of, measures_of, quote

ITEMS_NOTICE = """湖南省优化营商环境协调事务中心
关于印发营商环境创新举措的通知
各市州人民政府：
现将各地创新举措印发给你们，请结合实际借鉴。
〔一〕株洲市推行“园区帮办”服务
①市发展改革委在园区设立帮办中心，配备帮办员60名；
②企业诉求48小时内办结。全年帮助企业办理事项3200件。
〔二〕常德市实施“交房即交证”
①市自然资源和规划局联合税务部门推行联合验收；
②新建商品房交付即可领证。全年惠及购房群众1.2万户。
〔三〕永州市开展“综合查一次”
①市司法局牵头制定联合检查事项清单；
②同一企业多项检查一次完成。涉企检查次数下降40%。
请各地及时报送借鉴推广情况。
联系人：李华
电话：0731-12345678
"""


def test_items_in_tortoise_shell_brackets_are_cases(tmp_path: Path) -> None:
    measures = measures_of(tmp_path, ITEMS_NOTICE)
    assert [m.label for m in measures] == ["〔一〕", "〔二〕", "〔三〕"]
    assert measures[0].heading == "株洲市推行“园区帮办”服务"
    assert "②企业诉求48小时内办结" in quote(measures[0])
    assert "联系人" not in quote(measures[-1]) and "请各地" not in quote(measures[-1])


def test_items_in_lenticular_brackets_are_cases(tmp_path: Path) -> None:
    text = ITEMS_NOTICE.replace("〔", "【").replace("〕", "】")
    assert [m.label for m in measures_of(tmp_path, text)] == ["【一】", "【二】", "【三】"]


RUN_ON = (
    "湖南多地推出便企新举措 来源：某某客户端 2026-03-02 今年以来，湖南各地聚焦企业关切，"
    "推出一批改革举措。岳阳市市场监管局推行“证照联办”，企业开办时间压缩至0.5个工作日。"
    "岳阳市同时开通线上专区。郴州市推行“用地清单制”，项目开工时间平均提前2个月。"
    "娄底市涟源市推行“一件事一次办”，办事材料精简60%。"
    "据统计，湖南已有更多地方复制这些做法，全省改革成效逐步显现。\n"
)


def test_a_run_on_paragraph_gives_a_case_per_place(tmp_path: Path) -> None:
    measures = measures_of(tmp_path, RUN_ON)
    assert [quote(m)[:3] for m in measures] == ["岳阳市", "郴州市", "娄底市"]
    assert "开通线上专区" in quote(measures[0])
    assert quote(measures[-1]).endswith("办事材料精简60%。")


MINORITY = """民族地区改革一瞥
一、政务服务
恩施土家族苗族自治州利川市推行“帮办代办”，市政务服务中心设立专窗，办事时间缩短一半。
兴安盟乌兰浩特市推出“蒙汉双语”窗口，群众满意率达到98%。
二、开发区建设
新疆生产建设兵团第六师五家渠市推行“一枚印章管审批”，审批时限压缩60%。
和田地区推行“信用+信贷”，累计发放贷款12亿元。
"""


def test_stories_of_minority_regions_under_theme_headings(tmp_path: Path) -> None:
    measures = measures_of(tmp_path, MINORITY)
    assert [quote(m)[:4] for m in measures] == ["恩施土家", "兴安盟乌", "新疆生产", "和田地区"]
    assert measures[-1].section is not None and "开发区" in measures[-1].section.stripped


def test_short_forms_of_leagues_banners_and_corps_divisions() -> None:
    gaz = Gazetteer.load()
    assert [m.region.name for m in find_regions("锡盟推行改革", gaz, None)] == ["锡林郭勒盟"]
    chained = find_regions("鄂尔多斯达旗推行改革", gaz, None)
    assert chained[-1].region.name == "达拉特旗"
    corps = find_regions("新疆生产建设兵团第一师阿拉尔市推行改革", gaz, None)
    assert corps[0].region.name == "阿拉尔市"
    tagged = find_regions("【天津滨海】推行改革", gaz, None)
    assert tagged[-1].region.name == "滨海新区"
    zone = find_regions("霍尔果斯经济开发区推行改革", gaz, None)
    assert (zone[0].region.name, zone[0].region.level) == ("霍尔果斯经济开发区", "zone")


REPOST = """【转载】山西：多地创新做法
原文来源：某某网　　转载时间：2026-05-01

今年以来，山西各地持续优化营商环境。
大同市推出“企业服务码”，企业扫码即可反映诉求，全年办结诉求4100件。
晋中市推行“拿地即开证”，市行政审批服务管理局会同自然资源、住建等部门提前介入、并联审查，企业取得土地后当天即可领取不动产权证书、用地规划许可证等4本证书，项目审批时间压减50%以上。
晋中市推行“拿地即开证”，市行政审批服务管理局会同自然资源、住建等部门提前介入、并联审查，企业取得土地后当天即可领取不动产权证书、用地规划许可证等4本证书，项目审批时间压减50%以上。
记者就企业关心的问题采访了有关部门。
问：企业开办还要跑几次？
答：临汾市推行企业开办“一窗通办”，最快半天办结，全年新开办企业1.1万户。
问：如何查询惠企政策？
答：企业可以关注政务服务网，也可以拨打热线咨询。
问：纳税信用能否修复？
答：运城市税务局推行信用修复“线上办”，已帮助900户企业完成修复。
问：下一步有何打算？
答：长治市将在明年推行“综合查一次”，力争涉企检查次数再压减30%。
"""


def test_a_repost_with_a_copied_paragraph_and_questions(tmp_path: Path) -> None:
    measures = measures_of(tmp_path, REPOST)
    texts = [quote(m) for m in measures]
    assert [t[:3] for t in texts[:2]] == ["大同市", "晋中市"]
    assert texts[1].count("拿地即开证") == 1
    assert not any("政务服务网" in t for t in texts)
    assert len(measures) == 5
    assert [m.status for m in measures][-1] == "planned"


INDICATORS = """某省营商环境评价报告
一、获得电力
株洲市推行“三零”服务，国网株洲供电公司对小微企业实行低压接电，接电时间压减至15天；常德市推行水电气联合报装，全年办理1200户。
二、纳税
衡阳市税务局推行“非接触式”办税，网上办税率达到96%；岳阳市推行“一次不用跑”。
三、存在的短板
评价发现，邵阳市、怀化市用电报装线上办理比例偏低，益阳市涉税事项仍需多次跑动。
"""


def test_a_problems_section_naming_places_is_no_case(tmp_path: Path) -> None:
    measures = measures_of(tmp_path, INDICATORS)
    assert [quote(m)[:3] for m in measures] == ["株洲市", "常德市", "衡阳市", "岳阳市"]


def test_a_place_named_a_few_words_into_a_sentence_opens_no_run_on_case(tmp_path: Path) -> None:
    text = RUN_ON.replace("郴州市推行", "有企业说在郴州市推行").replace(
        "娄底市涟源市推行", "据说在娄底市涟源市推行"
    )
    measures = measures_of(tmp_path, text)
    assert len(measures) == 1


REPOST_BROKEN_LINES = """首页 > 地方频道 > 湖南

长沙四个区县优化营商环境出新招

来源：长沙晚报    作者：记者 王 丽

    今年以来，长沙市各区县围绕企业办事的堵点难点，推出了一批
务实管用的改革举措。记者选取了其中三个区县的做法。

**雨花区**  在全市率先推出 “企业服务专员” 制度，为辖区重点企业
逐一配备服务专员，协调解决用地、用工、融资等问题。今年以来，
已为企业解决问题 860 余个 ，企业满意度达 98% 。

**岳麓区**针对小微企业融资难，联合辖区银行推出 “信易贷” 产品，
以纳税信用代替抵押担保，企业线上申请、当天放款。今年已发放
贷款 12.6 亿元 ，惠及企业 1300 余家。

**浏阳市**   推行涉企行政检查 “综合查一次”，由市司法局统筹
各部门检查计划，将同一企业的多项检查合并为一次联合检查，
今年上半年，全市涉企检查频次同比下降 41% 。

（本文来源：长沙晚报）
"""


def test_paragraphs_broken_anywhere_between_blank_lines_are_rejoined(tmp_path: Path) -> None:
    """A repost copied from a phone app: paragraphs between blank lines, each broken
    mid-sentence over several lines; a bold place opens each story."""
    measures = measures_of(tmp_path, REPOST_BROKEN_LINES)
    assert [quote(m)[:3] for m in measures] == ["雨花区", "岳麓区", "浏阳市"]
    assert measures[1].heading.startswith("岳麓区针对小微企业融资难")  # no emphasis in a title
    assert quote(measures[0]).endswith("98% 。")
    assert quote(measures[2]).rstrip().endswith("下降 41% 。")


def test_stories_opened_mid_paragraph_by_a_connective_or_the_reporter(tmp_path: Path) -> None:
    """A 通稿's paragraphs run two places' stories on: after a topic sentence, 而在… and
    记者在…看到 open the next story, also inside a paragraph led by a place."""
    text = (
        "新华社北京12月3日电　题：多地精准帮扶个体工商户见闻\n"
        "如何让帮扶政策精准“滴灌”？记者近日在多地采访发现，各地精准施策。\n"
        "分型分类，帮扶才能精准。在江苏无锡，市市场监管局将个体工商户分为三类，今年推动800户"
        "“个转企”。而在盐城市下辖的东台市，市市场监管局设立“个体户服务驿站”，累计办理业务2万件。\n"
        "在湖南株洲，市市场监管局开设“个体工商户成长课堂”，今年已开班40期。记者在湖南岳阳市看到，"
        "岳阳市市场监管局会同岳阳海关开设“联办窗口”，办理时间缩短至1个工作日。\n"
        "市场监管总局有关负责人表示，下一步将完善分型分类帮扶制度。（完）\n"
    )
    got = measures_of(tmp_path, text)
    assert [quote(m)[:4] for m in got] == ["在江苏无", "而在盐城", "在湖南株", "记者在湖"]
    assert quote(got[0]).endswith("“个转企”。")


def test_a_local_story_set_below_the_province_after_the_provinces_own(tmp_path: Path) -> None:
    """A paragraph tells a province's own practice (its bureaus), then a county's set apart by
    在…，: two stories; a district named inside a city's story (在…区) stays the city's."""
    text = (
        "新华社北京11月20日电　题：多地为个体工商户送政策\n"
        "各地在政策直达上下功夫。\n"
        "四川则从省级层面打通政策直达通道。四川省市场监管局会同省税务局上线个体工商户服务平台"
        "“川个通”，已兑现补贴资金1.8亿元。在绵阳市涪城区，区综合行政执法局推行“摊区经营”包容管理，"
        "设置便民摊区36处。\n"
        "在湖北襄阳，市市场监管局开设“个体工商户成长课堂”，今年已开班52期。在樊城区，课堂"
        "搬进了商圈，参训店主近四成营业额增长。\n"
    )
    got = measures_of(tmp_path, text)
    assert [quote(m)[:4] for m in got] == ["四川则从", "在绵阳市", "在湖北襄"]
    assert quote(got[0]).endswith("1.8亿元。")


def test_a_broadcast_script_is_read_as_prose_a_report_per_place(tmp_path: Path) -> None:
    """A news programme's script: the host's intro (a topic sentence, then the place), the
    voice-over and sound bites after it are one report; the 简讯 read by the host are a case
    each; 【主持人】【解说】【同期声】 are labels, the credit line furniture."""
    text = (
        "宁夏广播电视台　《宁夏新闻联播》　文字稿\n"
        "【主持人】各位观众，晚上好。欢迎收看《宁夏新闻联播》。\n"
        "【主持人】用电是企业投产的“先手棋”。今年以来，石嘴山市对低压小微企业推行“三零”办电服务。\n"
        "【解说】在石嘴山市大武口区的一家企业，新建的车间已经通电运行。\n"
        "【同期声】企业负责人　马强：供电公司的人主动上门，我们一分钱没花。\n"
        "【记者】今年1月至11月，石嘴山市共有1200户小微企业享受“零投资”办电服务。\n"
        "（记者　李敏　石嘴山台　王刚）\n"
        "【主持人】口岸通关效率直接关系外贸成本。今年以来，银川海关推行“提前申报”模式。\n"
        "【解说】在银川综合保税区，一批出口货物正在办理通关。\n"
        "【记者】今年前11个月，通关时间压缩至6小时以内。\n"
        "【主持人】好的，以上就是今天的全部内容，感谢收看。\n"
    )
    got = measures_of(tmp_path, text)
    assert [quote(m)[:9] for m in got] == ["今年以来，石嘴山市", "今年以来，银川海关"]
    assert "1200户" in quote(got[0]) and "李敏" not in quote(got[0])


def test_a_programmes_transcript_with_time_codes_and_speakers_on_the_label_lines(
    tmp_path: Path,
) -> None:
    """A programme's transcript sets a time code before each label and the speaker's caption
    on the label's line (``[00:01:21] 【同期声】无锡市市场监督管理局副局长 陈立群``), the
    words on the lines below: the labels and captions are no words of the story, each place's
    voice-over and sound bites one report."""
    text = (
        "【节目文字稿】\n\n"
        "[00:00:06] 主持人 王宁：\n观众朋友，晚上好。行政检查是政府监管的重要手段。\n\n"
        "[00:00:58] 【解说】\n江苏无锡是制造业重镇。"
        "去年起，无锡市市场监督管理局推行“一业一查”。\n\n"
        "[00:01:21] 【同期声】无锡某化工有限公司总经理 顾建新\n“现在一年只来一次。”\n\n"
        "[00:01:36] 【解说】\n一年下来，无锡全市入企检查总量同比下降46.3%。\n\n"
        "[00:02:41] 【记者 出镜】\n我现在是在四川省德阳市旌阳区应急管理局的指挥大厅。"
        "旌阳区推行“非现场监管”，现场检查减少六成。\n\n"
        "[00:03:27] 【同期声】旌阳区应急管理局执法大队大队长 罗斌\n"
        "“企业的隐患我们在屏幕上就能看到。”\n"
    )
    got = measures_of(tmp_path, text)
    assert [quote(m)[:6] for m in got] == ["江苏无锡是制", "我现在是在四"]
    assert quote(got[0]).endswith("46.3%。")
    assert quote(got[1]).endswith("就能看到。”")


def test_where_a_person_comes_from_is_no_storys_place(tmp_path: Path) -> None:
    """A Hong Kong paper's feature opens its stories with the people they serve (香港居民罗太,
    香港投资者黄生): the place they come from is no story's place; the place after it is."""
    text = (
        "湾区城市拼服务　港人港企感受加速度\n"
        "大公报记者　卢咏诗　广州报道\n"
        "在佛山市南海区，南海区人民法院设立涉港商事调解中心，调解涉港纠纷126宗。\n"
        "香港居民罗太去年在珠海市香洲区购入一套二手房，珠海市不动产登记中心推出“跨境登记通”，"
        "办理跨境登记1860宗。\n"
        "香港投资者黄生在惠州市设厂，惠州海关推出“惠港跨境快线”，出口货物通关时间压缩至2小时。\n"
        "香港退休人士何先生在江门市开平市经营民宿，开平市推行民宿“一业一证”，办证时间缩至5天。\n"
    )
    facts = facts_of(tmp_path, text, "feature.txt")
    regions = [f.region.region.name for f in facts.measures]
    assert regions == ["南海区", "香洲区", "惠州市", "开平市"]


def test_a_provincial_leaders_article_tells_the_provinces_own_work_in_the_first_person(
    tmp_path: Path,
) -> None:
    """A leader's article for a party journal: 我们在全省推行… (after a short topic sentence
    or not) is the province's own case between its cities' stories; no body signs it, so its
    我们 credits no agency named in its lead (贵州省委).'"""
    text = (
        "以一流营商环境厚植高质量发展沃土\n\n李明远\n\n"
        "营商环境是企业生存发展的土壤。贵州省委、省政府把优化营商环境作为“一号工程”，"
        "全省经营主体突破500万户。\n\n"
        "一、坚持企业需求导向，推动政务服务从“能办”向“好办”转变\n\n"
        "各地也结合实际大胆创新。遵义市推行企业开办“零成本”，全年节省开办成本2100万元。\n\n"
        "二、坚持法治化导向，营造公平竞争、稳定可预期的市场环境\n\n"
        "法治是最好的营商环境。我们在全省推行“综合查一次”，涉企检查次数下降41%。\n\n"
        "六盘水市针对煤炭企业推行“首违不罚”清单，全年不予处罚案件312件。\n\n"
        "仁怀市市场监督管理局设立酱香白酒知识产权快速维权中心，办结维权案件126件。\n\n"
        "三、坚持精准服务，帮助企业解决急难愁盼问题\n\n"
        "我们建立省领导联系重点企业制度，协调解决企业诉求2.3万件。\n\n"
        "贵安新区聚焦数据中心产业，推行用电报装“一件事”，接电时间压缩至15天。\n\n"
        "（作者：中共贵州省委常委、省人民政府常务副省长）\n"
    )
    facts = facts_of(tmp_path, text, "article.txt")
    assert [quote(f.measure)[:4] for f in facts.measures] == [
        "各地也结",
        "我们在全",
        "六盘水市",
        "仁怀市市",
        "我们建立",
        "贵安新区",
    ]
    assert [f.region.region.name for f in facts.measures][1::3] == ["贵州省", "贵州省"]
    assert all("贵州省委" not in [a.name for a in f.agencies] for f in facts.measures)


def test_a_commentarys_labelled_paragraphs_each_cite_a_place(tmp_path: Path) -> None:
    """A commentary whose paragraphs open with a label (先算“时间账”。 再算“成本账”。), then
    a topic sentence, then one place's practice: each place is a case; the label does not
    count toward the topic sentence before it."""
    text = (
        "优化营商环境，要多算“企业账”\n"
        "近段时间，不少地方陆续晒出营商环境“成绩单”。营商环境好不好，最终要看企业的获得感。\n"
        "先算“时间账”。企业最怕的不是流程多，而是流程“看不见底”。山西运城的做法值得一看。"
        "运城市行政审批服务管理局推行“超时默认”机制，企业开办平均用时压缩至0.5个工作日。\n"
        "再算“成本账”。一些隐性收费、中介收费，往往比审批本身更让企业头疼。辽宁鞍山把涉企收费"
        "清单“晒”到网上，取消不合理收费项目46项。\n"
        "营商环境没有最好，只有更好。\n"
    )
    got = measures_of(tmp_path, text)
    assert [quote(m)[:4] for m in got] == ["山西运城", "辽宁鞍山"]


def test_a_province_setting_the_scene_for_a_city_in_it(tmp_path: Path) -> None:
    """A feature paragraph set in a province and told of a city in it (在云南，瑞丽市把…),
    running on to a county of the same province (河口瑶族自治县则…): two stories, the city's
    and the county's, not one of the province; the same place named twice (在内蒙古鄂尔多斯市
    准格尔旗，准格尔旗司法局…) is one story."""
    text = (
        "边境口岸通关提速\n"
        "在云南，瑞丽市把“一站式”服务搬到了口岸，单车通关时间由40分钟缩短至15分钟。"
        "河口瑶族自治县则聚焦中越铁路口岸，推行“铁路快通”模式，通关时间压缩60%。\n"
        "在内蒙古鄂尔多斯市准格尔旗，准格尔旗司法局聘请56名“行政执法监督员”，收到企业评价3400条。\n"
    )
    got = measures_of(tmp_path, text)
    assert [quote(m)[:5] for m in got] == ["在云南，瑞", "河口瑶族自", "在内蒙古鄂"]


def test_a_setting_that_is_no_place_or_a_province_named_as_the_citys_opens_a_story(
    tmp_path: Path,
) -> None:
    """Inside a paragraph, the next place's story may open with a setting that names no
    place (在西北边陲，新疆霍尔果斯市…; 在北方，…) or with the province it lies in (同在广西的
    东兴市，…): each is a story of its own, not the paragraph's first place told on."""
    text = (
        "沿边口岸通关提速\n"
        "广西凭祥海关推行“提前申报、货到验放”，水果平均通关时间压缩至1.5小时。"
        "同在广西的东兴市，则推行“互市+落地加工”，边民互市商品落地加工率提升至65%。\n"
        "黑龙江绥芬河市推行对俄贸易“单一窗口”升级版，跨境人民币结算量增长41%。"
        "在西北边陲，新疆霍尔果斯市推行“一证通行”，人员通关时间压缩到5分钟以内。\n"
    )
    got = measures_of(tmp_path, text)
    assert [quote(m)[:5] for m in got] == ["广西凭祥海", "同在广西的", "黑龙江绥芬", "在西北边陲"]


def test_a_provinces_own_bureau_named_in_full_among_its_cities(tmp_path: Path) -> None:
    """A provincial paper's round-up of its cities has the province's own bureau act midway,
    named in full after a level (在省级层面，河北省市场监督管理局上线…): the province's own
    story, between the cities' ones."""
    text = (
        "我省营商环境持续优化\n"
        "今年以来，我省各地推出一批务实举措，全省新增经营主体38.2万户。\n"
        "在唐山，曹妃甸区推行“拿地即开工”，12个项目实现拿地即开工。\n"
        "在省级层面，河北省市场监督管理局上线“个转企”一件事，个体户转企办理时间压缩至1天。\n"
        "邯郸市峰峰矿区推行“综合查一次”，涉企检查次数下降45%。\n"
        "承德市平泉市设立“企业服务专员”，解决企业诉求860件。\n"
    )
    facts = facts_of(tmp_path, text, "roundup.txt")
    regions = [f.region.region.name for f in facts.measures]
    assert regions == ["曹妃甸区", "河北省", "峰峰矿区", "平泉市"]


def test_a_spokesmans_we_at_the_regions_level_is_its_case_a_papers_we_province_is_not(
    tmp_path: Path,
) -> None:
    """A press conference's statement: 在自治区层面，我们… is the region's own case before its
    cities'; a provincial paper's lead (我省深入开展…专项行动，各地…) speaks over its places'
    stories and is none."""
    statement = (
        "广西壮族自治区人民政府新闻发布会文字实录\n"
        "发布人　韦志强：\n"
        "各位记者朋友，大家上午好！\n"
        "在自治区层面，我们在“智桂通”平台上线“惠企政策一站通”专区，兑现资金38.6亿元。\n"
        "南宁市推行工程建设项目“拿地即开工”，开工时间平均提前4个月。\n"
        "柳州市围绕汽车产业链推行“链长+服务专员”机制，解决企业诉求1200件。\n"
    )
    got = measures_of(tmp_path, statement)
    assert [quote(m)[:4] for m in got] == ["我们在“", "南宁市推", "柳州市围"]
    paper = (
        "规范涉企执法　护航企业发展\n"
        "我省深入开展规范涉企行政执法专项行动，各地聚焦企业反映强烈的问题，出台务实举措。\n"
        "石家庄市推行涉企检查“白名单”制度，检查次数下降40%。\n"
        "唐山市推行“综合查一次”，减少入企检查1200户次。\n"
    )
    got = measures_of(tmp_path, paper, "paper.txt")
    assert [quote(m)[:4] for m in got] == ["石家庄市", "唐山市推"]


def test_a_story_opened_by_a_time_clause_after_a_topic_sentence(tmp_path: Path) -> None:
    text = (
        "法治护航营商环境\n本报记者　陈　静\n"
        "在浙江杭州，市中级人民法院设立破产审判庭，今年审结破产案件120件。\n"
        "热线不仅服务企业，也连着千家万户。今冬供暖季前，山西太原市12345热线与各供热企业"
        "建立供暖诉求“直派”机制，诉求平均办结时间缩短至1天。\n"
    )
    got = measures_of(tmp_path, text)
    assert [quote(m)[:5] for m in got] == ["在浙江杭州", "今冬供暖季"]


def test_a_topic_sentence_opens_a_new_places_story_but_not_the_same_places(
    tmp_path: Path,
) -> None:
    """A paragraph's topic sentence (up to 30 characters) before a place: that place's story,
    unless the story going on is that place's (…得益于株洲市搭建的平台。株洲市发展改革委…)."""
    text = (
        "惠企政策直达见闻\n本报记者　李　明\n"
        "“上个月，补贴直接到账了。”10月下旬，在衡阳市一家企业，财务总监向记者展示短信。\n"
        "她所说的“直接到账”，得益于衡阳市搭建的惠企政策兑现平台。衡阳市发展改革委牵头，"
        "会同市财政局将政策条款拆解为“政策要素”，今年兑现资金7.8亿元。\n"
        "企业第一次贷款难，往往难在“不知道找谁”。湘潭市雨湖区在区政务服务中心设立"
        "首贷服务中心，今年帮助620家企业获得首笔贷款。\n"
    )
    got = measures_of(tmp_path, text)
    assert [quote(m)[:5] for m in got] == ["“上个月，", "湘潭市雨湖"]
    assert "7.8亿元" in quote(got[0])


def test_an_experts_comment_a_closing_dateline_and_readers_comments_are_no_cases(
    tmp_path: Path,
) -> None:
    """A provincial paper's feature copied from its app: two place stories, an expert's
    comment box (【专家点评】) that recalls them, the dateline set at the end
    (（本报济南5月6日讯）), and the readers' comments under 网友评论（N） naming places: two
    cases only."""
    text = (
        "山东两地让企业办事更省心\n"
        "本报记者　王晓\n"
        "淄博市推行企业开办“一日办结”，全市新开办企业平均用时压缩至0.5个工作日。\n"
        "威海市在全市推行涉企检查“扫码入企”，今年涉企检查次数同比下降32%。\n"
        "【专家点评】\n"
        "淄博、威海的做法说明，改革要从企业感受出发。威海市的扫码入企值得推广。\n"
        "（本报济南5月6日讯）\n"
        "网友评论（12）\n"
        "@老李　潍坊 1小时前\n"
        "潍坊市什么时候也推行一日办结？👍 8\n"
    )
    got = measures_of(tmp_path, text)
    assert [quote(m)[:3] for m in got] == ["淄博市", "威海市"]
    assert quote(got[1]).endswith("下降32%。")


def test_a_place_whose_practice_is_recalled_by_name_opens_no_story(tmp_path: Path) -> None:
    """A feature compares two cities; a paragraph recalls each one's practice by name for the
    other to act on (成都的“蓉易办”，重庆…已在借鉴；…): no story of its own; a place's named
    platform that its clause goes on to tell (衢州的“衢融通”平台，把…) is a story."""
    text = (
        "成渝两地比拼政务服务\n"
        "成都市推行企业开办“蓉易办”，全程网办率达96%。\n"
        "重庆市推行政务服务“渝快办”，可办事项达3600项。\n"
        "两地的探索也有交集。成都的“蓉易办”，重庆部分区县已在借鉴；重庆的“渝快办”，"
        "成都也派人前往考察。\n"
        "浙江衢州的“衢融通”平台，把全市银行的信贷产品集中上架，已撮合融资86亿元。\n"
    )
    got = measures_of(tmp_path, text)
    assert [quote(m)[:3] for m in got] == ["成都市", "重庆市", "浙江衢"]  # a platform told


def test_a_headline_over_two_places_stories_is_no_case(tmp_path: Path) -> None:
    """A series opener: the column's note, then the headline naming two cities (郑州、西安：…)
    over a lead that names both, then theme headings over each city's story. The headline's
    section is no case of either city."""
    text = (
        "营商环境新观察之一\n"
        "【开栏的话】\n"
        "营商环境是区域竞争的关键变量。本报今起推出系列报道，敬请关注。\n"
        "郑州、西安：两座省会的“服务竞赛”\n"
        "同为国家中心城市，郑州与西安近年来在招商引资上常常同台竞技。\n"
        "企业开办：一个重“快”，一个重“简”\n"
        "郑州市推行企业开办“一日办结”，全市新开办企业平均用时0.5个工作日。\n"
        "西安市则推行“一表申报”，申请材料由12份减至1份。\n"
    )
    got = measures_of(tmp_path, text)
    assert [quote(m)[:3] for m in got] == ["郑州市", "西安市"]


def test_two_places_sharing_one_practice_are_the_first_places_case(tmp_path: Path) -> None:
    """Places run on in clauses of an annex, one clause crediting two cities with one practice
    (江苏省南京市、苏州市：推行…；), a pair that acts (渭南市与铜川市建立…), and a bulletin's dated
    items, one tagged with two places that act jointly: each is the first place's case; a lead
    surveying places (等…城市) or comparing two (合肥与南昌近年来…) none."""
    clauses = (
        "　　三、不动产登记与水电气联动过户\n"
        "　　上海浦东：推行过户“一网通办”联动，累计联动过户7.8万件；江苏省南京市、苏州市：推行"
        "交易税费“一次缴”，办理时间压缩至1小时；河南省：依托“豫事办”推行联动过户，累计办理21万件。\n"
    )
    got = measures_of(tmp_path, clauses)
    assert [quote(m)[:4] for m in got] == ["上海浦东", "江苏省南", "河南省："]
    pairs = (
        "投资建设领域\n"
        "延安市在开发区全面推行区域评估，企业平均节省时间3个月。\n"
        "渭南市与铜川市建立工程建设项目审批“跨市联审”机制，审批时间压缩40%。\n"
        "同为省会，合肥与南昌近年来在招商上常常同台竞技。\n"
    )
    got = measures_of(tmp_path, pairs)
    assert [quote(m)[:3] for m in got] == ["延安市", "渭南市"]  # a pair compared is no case
    bulletin = (
        "【地方动态】\n"
        "北京、上海、重庆等6个试点城市近期陆续推出便利化举措。\n"
        "◆【广西南宁、钦州·1月13日】南宁市、钦州市联合推行海铁联运“一单制”，通关时间压缩30%。\n"
        "◆【贵州·1月15日】贵州省大数据发展管理局推出涉企服务“一码通办”，已服务企业8万家。\n"
    )
    got = measures_of(tmp_path, bulletin)
    assert [quote(m)[:5] for m in got] == ["【广西南宁", "【贵州·1"]


def test_headings_over_peoples_comments_hold_no_case(tmp_path: Path) -> None:
    """A Hong Kong paper's roundup: ■ headings over mainland cities' practices, then ■台商：…
    and ■专家：… headings over what a businessman and a scholar say, one opening with a Taipei
    association's name: those comments are no cases."""
    text = (
        "内地多地比拼服务　争台资\n"
        "■福建厦门：台企登记“一日办结”\n"
        "厦门市市场监管局为台资企业开设专窗，登记一日办结，今年已服务台企860家。\n"
        "■江苏昆山：台企融资“白名单”\n"
        "昆山市推出台企融资白名单，累计放贷42亿元。\n"
        "■台商：最怕政策多变\n"
        "台北市进出口商业同业公会理事长林志明表示，各地服务确实快了，但最担心政策稳定性。\n"
        "■专家：宜按行业选址\n"
        "台湾大学教授陈家豪认为，台商应按行业特点选址，例如贸易物流可看厦门。\n"
    )
    got = measures_of(tmp_path, text)
    assert [quote(m)[:4] for m in got] == ["福建厦门", "江苏昆山"]


def test_a_day_told_hour_by_hour_is_one_case(tmp_path: Path) -> None:
    """A 蹲点记 follows one county's service centre through a day under headings that are times
    (3月5日，上午9点 → 上午11点 → 下午3点30分): one case, headed by the title; the reporter's
    note after it is none."""
    text = (
        "一天，办结12件涉企诉求\n"
        "——浙江长兴县企业服务中心蹲点记\n"
        "本报记者　王青\n"
        "长兴县企业服务中心推行涉企诉求“一站受理”，今年已办结诉求1600余件。\n"
        "3月5日，上午9点\n"
        "中心刚开门，一家纺织企业的负责人就来反映用电问题，窗口当场转派供电所。\n"
        "上午11点\n"
        "一家机械企业申请技改补贴，工作人员核对材料后当场受理。\n"
        "下午3点30分\n"
        "早上反映的用电问题已经解决，企业负责人打来电话致谢。\n"
        "【记者手记】\n"
        "诉求有人管、事情有回音，是企业最朴素的期待。杭州、宁波等地也在探索类似做法。\n"
    )
    got = measures_of(tmp_path, text)
    assert len(got) == 1
    assert quote(got[0]).rstrip().endswith("打来电话致谢。")


def test_a_tips_box_and_a_bare_picture_caption_are_no_cases(tmp_path: Path) -> None:
    """A district's WeChat post: emoji headings over its reforms, a caption set as 图：…, then
    a tips box (💡 办事小贴士) telling readers how to apply: the reforms only."""
    text = (
        "营商环境“成绩单”来了！\n"
        "📌 企业开办“一日办结”\n"
        "龙华区推行企业开办“一日办结”，今年新开办企业1.2万户。\n"
        "图：龙华区政务服务中心企业开办专区。\n"
        "📌 涉企检查“扫码入企”\n"
        "龙华区推行涉企检查“扫码入企”，检查次数同比下降35%。\n"
        "💡 办事小贴士\n"
        "打开“i深圳”App，搜索“龙华”即可进入龙华区专属服务页面，企业开办可全程网办。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:6] for m in got] == ["企业开办“一", "涉企检查“扫"]
    assert quote(got[0]).rstrip().endswith("1.2万户。")
    assert quote(got[1]).rstrip().endswith("下降35%。")


def test_a_body_of_the_province_opens_its_own_story(tmp_path: Path) -> None:
    """A province's report: a city's story, then a paragraph led by a body of the province
    (省高级人民法院出台…，在全省法院推行…), then a county's: three stories; a paragraph on the
    province as a whole (全省…), a body's frame (省营商环境建设局把…作为“一号工程”) and a
    bureau's spokesman's words are the writer's, no story."""
    text = (
        "吉林省优化营商环境条例实施情况调研报告\n"
        "全省经营主体总量达到356万户，营商环境持续改善。\n"
        "省营商环境建设局把优化营商环境作为“一号工程”，会同各地部署42项改革任务。\n"
        "吉林市推行“一业一证”改革，将28个行业准入许可整合为一张行业综合许可证。\n"
        "省高级人民法院出台服务保障民营经济发展的意见，在全省法院推行涉企案件“立审执”快速通道。\n"
        "白山市抚松县在人参产业集聚区设立知识产权保护工作站，受理维权案件126件。\n"
        "省市场监管局有关负责人表示，下一步将在全省推广上述做法。\n"
    )
    got = measures_of(tmp_path, text)
    assert [quote(m)[:4] for m in got] == ["吉林市推", "省高级人", "白山市抚"]


def test_a_city_after_its_provinces_own_story_tells_its_own(tmp_path: Path) -> None:
    """A piece on three provinces: each province's own measure (福建方面，福建省商务厅…), then a
    city of it (福建省内，厦门的动作更快。…; 台商重镇昆山则…): the city's is a story of its own,
    not the province's told on."""
    text = (
        "三省拼营商环境　各出奇招抢台商\n"
        "福建方面，福建省商务厅推出台资企业“一照通办”，办理时间压缩至1个工作日。\n"
        "福建省内，厦门的动作更快。厦门市台湾事务办公室设立台企服务专窗，已服务台企860家。\n"
        "江苏方面，江苏省地方金融管理局推出“台企贷”，已放款32亿元。\n"
        "台商重镇昆山市则在用地上下功夫，市自然资源和规划局推行工业用地“标准地”出让。\n"
    )
    got = measures_of(tmp_path, text)
    assert [quote(m)[:4] for m in got] == ["福建方面", "福建省内", "江苏方面", "台商重镇"]


def test_a_bilingual_release_reads_its_chinese_only(tmp_path: Path) -> None:
    """A provincial department's Chinese-English release follows each paragraph with its
    translation: a line with no Chinese in it is none of a case's words, so each case ends
    with its Chinese paragraph and the English figures give no outcome."""
    text = (
        "云南省商务厅发布外商投资促进典型案例\n"
        "Yunnan Releases Typical Cases of Foreign Investment Promotion\n"
        "　　昆明市：昆明市商务局设立外商投资企业服务中心，设立登记时间压缩至1个工作日。\n"
        "Kunming: The Kunming Municipal Bureau of Commerce set up a service center, cutting "
        "registration time to one working day, serving 1,860 enterprises.\n"
        "　　瑞丽市：推行缅甸籍劳务人员“一站式”备案服务，全年服务企业320家。\n"
        "Ruili: The city introduced one-stop filing services for Myanmar workers.\n"
    )
    facts = facts_of(tmp_path, text, "release.txt")
    assert [quote(f.measure)[-2:] for f in facts.measures] == ["日。", "家。"]
    assert [o.value for f in facts.measures for o in f.outcomes] == [1, 320]


def test_a_hong_kong_pages_place_headings_over_bylines_and_a_box_of_run_in_items(
    tmp_path: Path,
) -> None:
    """A Hong Kong paper's page: ``place：phrase`` headings each over its reporter's byline
    (香港文匯報記者　劉　雪　長春報道), then a box of news items run in after their places
    (●哈爾濱新區：…): a case per heading and per place's item; a byline is none of a case's
    words, nor is an item run in after a body that is no place (國家統計局：…)."""
    text = (
        "東北營商「破冰」\n"
        "吉林：「吉事辦」手機辦成「一件事」\n香港文匯報記者　劉　雪　長春報道\n"
        "吉林省政務服務和數字化建設管理局推出35個「一件事」，累計辦件量達142萬件。\n"
        "琿春：邊民互市「一站通關」\n香港文匯報記者　金　哲　延邊報道\n"
        "琿春市商務局聯合琿春海關推行一站通關，單車通關時間由2小時壓縮至20分鐘。\n"
        "黑河：對俄貿易結算「快人一步」\n香港文匯報記者　王　強　哈爾濱報道\n"
        "中國銀行黑河分行開通盧布直接匯兌「綠色通道」，資金到賬由3天縮短至2小時。\n"
        "■東北營商快訊\n"
        "●哈爾濱新區：推行「證照聯辦」，今年以來已辦理3,260宗，辦理時間縮短至3個工作日。\n"
        "●國家統計局：一季度東北三省規模以上工業增加值同比增長6.2%，高於全國平均水平。\n"
        "●大慶市：為油田配套民營企業配備「服務專員」，累計解決企業訴求2,180件。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:3] for m in got] == ["吉林:", "珲春:", "黑河:", "推行「", "为油田"]
    assert all("报道" not in quote(m) for m in got)


def test_a_photo_gallerys_captions_read_as_the_places_stories(tmp_path: Path) -> None:
    """A TV site's photo story numbers each picture over its caption ([图2/5]): the numbers
    are no words of a case, so two captions of one place's practice are one story and each
    other place's caption its own."""
    text = (
        "组图｜沿边看变化：口岸通关快了\n"
        "[图1/5]\n东兴市推行边民互市“互助组+落地加工”模式，落地加工量达28.6万吨。\n"
        "[图2/5]\n在东兴市江平工业园区，东兴市落地加工企业已达86家，带动边民2.3万人增收。\n"
        "[图3/5]\n在凭祥市友谊关口岸，友谊关海关推行“预约通关+无感验放”，过卡时间缩短至30秒。\n"
        "[图4/5]\n龙州县商务局在互市区设立“一站式”结算服务中心，累计结算货款31.2亿元。\n"
        "[图5/5]\n防城港海关对进口矿产品推行“附条件提离”，压港时间由5天缩短至1.5天。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading[:4] for m in got] == ["东兴市推", "在凭祥市", "龙州县商", "防城港海"]
    assert "[图2/5]" in quote(got[0]) and not quote(got[1]).startswith("[图")


def test_a_self_media_posts_foot_is_no_part_of_its_last_case(tmp_path: Path) -> None:
    """A self-media post (百家号) ends with its credit to the media it draws on, its buttons,
    an ad, the author's other articles and readers' comments (评论 236) that name places: the
    last case ends before them, and no comment is a case."""
    text = (
        "这三个地方的营商“绝招”，让企业不想走！\n"
        "一、福建三明：开办企业“零成本”\n三明市推出“企业开办零成本”，已为6200多户新办企业节省费用1860万元。\n"
        "二、湖南浏阳：花炮企业一码“管”到底\n浏阳市应急管理局推行“安全监管码”，现场检查次数减少42%。\n"
        "三、重庆江津：乱收费“退退退”\n江津区市场监督管理局推出“涉企收费明白卡”，清退违规收费680万元。\n"
        "（本文部分内容综合自新华社、人民日报等媒体公开报道）\n"
        "举报　/　不感兴趣\n广告\n××财税｜公司注册 代理记账 低至199元/月 >\n"
        "作者最新文章\n成都这项改革，全国第一？\n"
        "评论 236\n我们宜昌也有“企业服务码”，扫码就能反映问题，三天内必回复。\n"
    )
    got = measures_of(tmp_path, text)
    assert len(got) == 3
    assert quote(got[-1]).rstrip().endswith("680万元。")


def test_a_news_feeds_time_stamps_counters_and_tags_are_no_words_of_its_items(
    tmp_path: Path,
) -> None:
    """A finance site's news feed (电报): each item a time stamp (16:05, 置顶　16:05), a
    【headline】 run into its text, its counters (阅 5.6W　　评论 21　　分享) and tags (关联：…):
    a case per item that tells a place's practice, titled by its headline; no counter line is
    one, no item's words run over the next item's time stamp, and an item that tells no place
    (【A股收评：…】) is no words of the case above it."""
    text = (
        "财联社　｜　电报\n2026年06月11日　星期四\n"
        "置顶　16:05\n"
        "【浙江湖州：工业项目“标准地”出让实现拿地即开工】财联社6月11日电，湖州市自然资源和"
        "规划局推行工业项目“标准地”出让，今年以来已有46个项目拿地即开工。\n"
        "阅 5.6W　　评论 21　　分享\n"
        "15:40\n"
        "【A股收评：三大指数集体收涨 沪指涨0.62%】财联社6月11日电，三大指数集体收涨，"
        "沪指涨0.62%，深成指涨0.85%。\n"
        "阅 9.8W　　评论 136　　分享\n"
        "15:10\n"
        "【江苏常州：“碳账户”挂钩贷款余额突破56亿元】财联社6月11日电，常州市在全省率先建立"
        "企业“碳账户”，全市碳账户挂钩贷款余额56.3亿元。\n"
        "阅 3.1W　　评论 9　　分享\n关联：碳交易　绿色金融\n"
        "14:20\n"
        "【四川宜宾：企业开办一日办结】财联社6月11日电，宜宾市推行企业开办“一窗通办”，"
        "全年新开办企业1.2万户。\n"
        "阅 2.2W　　评论 13　　分享\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.heading for m in got] == [  # the headline in brackets is the title
        normalise("浙江湖州：工业项目“标准地”出让实现拿地即开工"),
        normalise("江苏常州：“碳账户”挂钩贷款余额突破56亿元"),
        normalise("四川宜宾：企业开办一日办结"),
    ]
    assert not any("阅 " in quote(m) or "关联" in quote(m) or "沪指" in quote(m) for m in got)


def test_a_microblog_timeline_gives_a_case_per_post_that_tells_a_practice(tmp_path: Path) -> None:
    """A provincial government's microblog timeline: each post under its account line
    (湖北发布 V) and time line (6-18 17:40　来自 微博 weibo.com), topic tags (#优化营商环境#)
    and a 【headline】 run into its text (its title), counters under it (转发 132　｜　评论 41
    ｜　赞 1026), a repost's author (@宜昌发布) above the post it quotes. A post that tells a
    place's practice is a case, the province's own when 【我省…】 its body (省司法厅会同…) acted;
    a weather post is none."""
    text = (
        "湖北发布 V\n湖北省人民政府新闻办公室官方微博\n"
        "湖北发布 V\n6-18 20:05　来自 微博 weibo.com\n"
        "【#湖北天气# 明起我省将迎强降雨】请广大市民注意出行安全。\n"
        "转发 56　｜　评论 23　｜　赞 310\n"
        "湖北发布 V\n6-18 17:40　来自 微博 weibo.com\n点赞！好经验要推广。\n@宜昌发布\n"
        "#优化营商环境# 【宜昌：企业“一照多址”备案全程网办】宜昌市市场监督管理局推行企业"
        "“一照多址”改革，全市已有1280户企业办理备案。\n"
        "转发 132　｜　评论 41　｜　赞 1026\n"
        "湖北发布 V\n6-17 16:12　来自 微博 weibo.com\n"
        "#优化营商环境# 【我省第三版“免罚清单”发布】近日，湖北省司法厅会同省市场监督管理局"
        "发布第三版涉企轻微违法行为免罚清单，免罚事项扩展至426项。\n"
        "转发 288　｜　评论 73　｜　赞 1540\n"
    )
    facts = facts_of(tmp_path, text, "timeline.txt")
    assert [f.region.region.name for f in facts.measures] == ["宜昌市", "湖北省"]
    assert facts.measures[1].measure.heading == normalise("我省第三版“免罚清单”发布")
    assert not any("转发" in quote(f.measure) for f in facts.measures)


def test_a_wechat_posts_picked_comments_and_a_run_in_ad_are_no_cases(tmp_path: Path) -> None:
    """A WeChat post's foot: 阅读原文, 精选留言 and the readers' comments under it (each with its
    city and likes), and an ad run into the page ([广告]　…): none is a case, and the last case
    ends before them."""
    text = (
        "营商环境看这里｜五地新招\n"
        "各地优化营商环境出新招，一起来看看。\n"
        "01　浙江嘉兴：“用地码”让企业找地更快\n"
        "嘉兴市自然资源和规划局上线“用地码”，企业扫码即可查看可用地块，已促成项目落地126个。\n"
        "02　广东东莞：“企莞家”一站式服务\n"
        "东莞市推出“企莞家”服务平台，累计服务企业12.6万家次。\n"
        "03　辽宁鞍山：“企业宁静日”\n"
        "鞍山市推行“企业宁静日”制度，入企检查次数同比下降45%。\n"
        "阅读原文\n"
        "[广告]　小微企业贷款｜最高可贷300万，立即申请＞＞\n"
        "精选留言\n"
        "江南小林　　浙江\n许昌的企业服务码也好用，我们公司去年就用过。\n👍 126\n"
    )
    got = measures_of(tmp_path, text)
    assert len(got) == 3
    assert quote(got[-1]).rstrip().endswith("下降45%。")


def test_stories_told_through_people_who_come_back_to_their_county(tmp_path: Path) -> None:
    """A feature told through people who return home to start a business: a paragraph led by
    the person, naming where they left before where they came back to (林晓雨…辞去深圳的设计
    工作，回到老家江西于都县), is the story of the county they came back to, told on by the
    paragraphs after it; a photo's caption with its source (…图片来源：受访者供图) is none."""
    text = (
        "返乡创业的年轻人，遇上县城营商之变\n"
        "[图片]\n于都县一家服装定制工作室里，设计师在调整样衣。图片来源：受访者供图\n"
        "01\n"
        "林晓雨2023年辞去深圳的设计工作，回到老家江西于都县。她想做的是服装定制。\n"
        "于都县返乡创业服务中心设立“一窗通办”窗口，累计帮助4680名返乡人员办理创业手续。\n"
        "02\n"
        "2024年春节后，这个在杭州做了五年电商运营的90后回到河南光山县。"
        "光山县市场监督管理局推出电商经营者登记“一件事”，登记电商经营主体2360户。\n"
    )
    facts = facts_of(tmp_path, text, "feature.txt")
    assert [f.region.region.name for f in facts.measures] == ["于都县", "光山县"]
    assert quote(facts.measures[0].measure).startswith("林晓雨")


def test_a_journeys_arrival_leads_the_story_of_the_place_it_arrives_at(tmp_path: Path) -> None:
    """A dispatch that travels (从兰州出发，沿河西走廊西行700多公里，便是甘肃酒泉市。): the story
    is the place arrived at, not the place left, under its dash subheading."""
    text = (
        "西北多地“拼服务”见闻\n"
        "新华社兰州6月10日电　题：西北多地“拼服务”见闻\n"
        "西部地区正成为经营主体投资兴业的热土，记者近日走访了西北多地。\n"
        "——“窗口”开到车间门口\n"
        "从兰州出发，沿河西走廊西行700多公里，便是甘肃酒泉市。酒泉市在工业园区设立政务服务站，"
        "全年办理业务1.2万件。\n"
        "——信用变成贷款\n"
        "六盘山下的宁夏固原市，则让信用直接变成了贷款，全年发放信用贷款8.6亿元。\n"
        "——口岸快进快出\n"
        "在帕米尔高原东麓，新疆喀什地区的口岸推行“提前申报”，通关时间压缩至2小时。\n"
    )
    facts = facts_of(tmp_path, text, "dispatch.txt")
    assert [f.region.region.name for f in facts.measures] == ["酒泉市", "固原市", "喀什地区"]


def test_a_place_heading_over_two_places_stories_it_does_not_name(tmp_path: Path) -> None:
    """A feature's epithet headings (商城义乌：…) and one over two border cities it does not
    name (口岸双城：…), whose paragraphs set each city's scene (在祖国正北方，内蒙古二连浩特市…;
    在西北边陲，新疆阿拉山口市…): a case per heading, and the second city's its own."""
    text = (
        "特色产业城市的营商“小切口”\n"
        "商城义乌：“一张清单”管到出口\n义乌市商务局推行市场采购贸易“一张清单”，出口额增长18%。\n"
        "药都亳州：给每一批药材办张“身份证”\n亳州市市场监管局上线中药材追溯平台，赋码2.8万批次。\n"
        "口岸双城：通关跑出“加速度”\n在祖国正北方，内蒙古二连浩特市与蒙古国隔界相望。\n"
        "二连浩特市口岸管理办公室推行“一站式”智慧通关，货车通关时间由40分钟缩短至15分钟。\n"
        "在西北边陲，新疆阿拉山口市是中欧班列进出境的“西大门”。\n"
        "阿拉山口海关推行班列“一单制”改革，班列平均通关时间压缩至2小时以内。\n"
    )
    got = measures_of(tmp_path, text)
    assert [quote(m)[:4] for m in got] == ["商城义乌", "药都亳州", "口岸双城", "在西北边"]


def test_a_visit_reports_itinerary_holds_no_case(tmp_path: Path) -> None:
    """A Macau bureau's report on a study visit: its itinerary (二、考察行程) lists the days'
    visits to places' centres and zones, none a case; what the visitors saw (三、考察所见) is
    told in numbered items, a case each."""
    text = (
        "澳門特別行政區政府經濟及科技發展局赴內地考察報告\n"
        "一、考察背景\n本局組織考察團赴江西省、湖南省考察營商環境建設經驗。\n"
        "二、考察行程\n"
        "11月4日　參觀南昌市政務服務中心；拜訪南昌澳門商會。\n"
        "11月7日　參觀中國（湖南）自由貿易試驗區長沙片區；赴株洲市考察。\n"
        "三、考察所見\n"
        "（一）江西省南昌市：企業開辦「一網通辦」\n"
        "南昌市行政審批局推行企業開辦「一網通辦」，企業開辦時間壓縮至0.5個工作日。\n"
        "（二）湖南省株洲市：工業項目「拿地即開工」\n"
        "株洲市推行工業項目「拿地即開工」，全年28個項目實現拿地即開工。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["(一)", "(二)"]


def test_a_wechat_posts_numbered_tip_box_is_no_case_and_ends_the_one_above(
    tmp_path: Path,
) -> None:
    """A city office's WeChat post numbers its sections ``01 | place：phrase`` and its last
    one a tip (06 | 小贴士：企业办事可以这样“预约”): the tip is no case, and the case above it
    ends before it."""
    text = (
        "荆州这些营商“微创新”，企业都说好！\n"
        "01 | 沙市区：“企业服务码”一扫直达\n沙市区推出“企业服务码”，解决诉求1260件。\n"
        "02 | 监利市：“虾稻贷”贷到田间地头\n监利市推出“虾稻贷”，发放贷款8.6亿元。\n"
        "03 | 公安县：工业项目“拿地即开工”\n公安县推行“拿地即开工”，18个项目落地。\n"
        "04 | 小贴士：企业办事可以这样“预约”👇\n"
        "打开“鄂汇办”APP→搜索“荆州”→选择“预约办”，即可预约窗口服务。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["01", "02", "03"]
    assert quote(got[-1]).rstrip().endswith("18个项目落地。")


def test_a_long_read_on_one_places_one_reform_in_headed_sections_is_one_case(
    tmp_path: Path,
) -> None:
    """A long read whose headline names a city and the one reform it tells (…：一座老工业城市的
    审批中介改革) and whose sections each take that reform up (从“指定中介”到“网上超市”, 给中介
    “打分”, 数字里的变化…), with other cities only as comparisons: one case, not one per
    section."""
    text = (
        "沈阳拆掉中介“隐形门”：一座老工业城市的审批中介改革\n"
        "“审批不难，难的是审批前面那一串中介。”一家企业的负责人说。\n"
        "从“指定中介”到“网上超市”\n"
        "沈阳市营商环境建设局上线中介服务网上超市，入驻中介机构860家。相比之下，杭州的中介超市起步更早。\n"
        "给中介“打分”\n"
        "沈阳市营商环境建设局为中介机构建立信用评价体系，对评价靠后的中介限制承接业务。\n"
        "数字里的变化\n"
        "截至今年5月底，中介服务平均费用下降32%，服务时限压缩45%，中介超市成交1.2万单。\n"
    )
    got = measures_of(tmp_path, text)
    assert len(got) == 1 and quote(got[0]).rstrip().endswith("1.2万单。")


def test_a_long_read_whose_headline_quotes_its_sections_names_is_one_case(
    tmp_path: Path,
) -> None:
    """A long read under a site's breadcrumb (新华网 > 经济参考报 > 区域经济 > 正文) whose
    headline names a city and quotes what two of its sections open with (海口：“一枚印章”审到底
    “一张网”管全程 over 一枚印章：…, 一张网：…): the sections are sides of one story, one case
    titled by the headline; the breadcrumb is furniture."""
    text = (
        "新华网 > 经济参考报 > 区域经济 > 正文\n"
        "三亚：“一枚印章”审到底　“一张网”管全程\n"
        "三亚市推进相对集中行政许可权改革，把23个部门的审批事项划转至市行政审批局。\n"
        "一枚印章：从“多头跑”到“一窗办”\n"
        "三亚市行政审批局设立综合窗口，企业开办压缩至0.5个工作日。\n"
        "一张清单：把“隐形门槛”晒在阳光下\n"
        "三亚市公布审批事项清单，清理证明材料186项。\n"
        "一张网：数据多跑路、企业少跑腿\n"
        "三亚市上线审批管理平台，网上可办率达到98%。\n"
    )
    got = measures_of(tmp_path, text)
    assert len(got) == 1
    assert got[0].heading == normalise("三亚：“一枚印章”审到底　“一张网”管全程")


def test_a_traditional_briefs_formal_numerals_number_its_parts_above_its_items(
    tmp_path: Path,
) -> None:
    """A Taiwan ministry's brief numbers its parts 壹、貳、參、 and the practices of its third
    part 一、二、: the parts are sections (本期重點, 大陸總體經貿情勢), no cases; the items
    under 參 are, though 一、二 after 壹、貳 do not continue their numbers."""
    text = (
        "經濟部投資審議司\n大陸經貿情勢簡報\n"
        "壹、本期重點\n　　大陸多個地方政府近期推出優化營商環境新措施，本期摘要2項供參。\n"
        "貳、大陸總體經貿情勢\n　　大陸2025年國內生產總值約140.2兆元人民幣，實質成長4.9%。\n"
        "參、大陸地方營商措施摘要\n"
        "　　一、福建省推動臺胞臺企「同等待遇」登記服務\n"
        "　　福建省市場監督管理局推行臺胞臺企登記「同城通辦」，新設臺胞個體工商戶2,860戶。\n"
        "　　二、廈門市設立臺商「一站式」涉稅服務中心\n"
        "　　國家稅務總局廈門市稅務局設立臺商臺胞涉稅服務中心，服務臺資企業1,460家次。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["一", "二"]
    assert [quote(m)[:3] for m in got] == ["福建省", "廈門市"]


def test_a_web_pages_list_of_news_gives_a_case_per_practice_item(tmp_path: Path) -> None:
    """A web topic page lists news items, each a title over its date and time and its source:
    every item telling a place's practice is a case, the first one too, right under the page's
    title; an item that reports a meeting or a fair (上海召开…大会, …数博会开幕) is none."""
    text = (
        "人民网 >> 专题 >> 2026优化营商环境 >> 各地动态\n各地动态\n"
        "北京大兴：临空区外资企业登记“全程帮办”\n2026年03月02日09:15\n来源：北京日报客户端\n"
        "大兴区市场监督管理局推行外资企业设立登记“全程帮办”，办理时间压缩至1个工作日。\n"
        "上海召开2026年全市优化营商环境大会\n2026年02月26日18:40\n来源：上观新闻\n"
        "2月26日，上海召开2026年全市优化营商环境大会，提出全年推出150项改革任务。\n"
        "南宁：“跨境贸易服务专窗”为东盟客商提供一站式服务\n2026年02月25日10:22\n来源：广西日报\n"
        "南宁市商务局开设“跨境贸易服务专窗”，累计办理业务3860件。\n"
        "2026数博会开幕 现场签约项目总额超300亿元\n2026年02月10日21:05\n来源：贵州日报\n"
        "2月10日，2026中国国际大数据产业博览会在贵阳开幕，签约总额超过300亿元。\n"
        "晋城：“晋城企业码”一码通办涉企服务\n2026年02月08日09:40\n来源：山西日报\n"
        "晋城市行政审批服务管理局推出“晋城企业码”，企业扫码办理业务2.6万件。\n"
    )
    got = measures_of(tmp_path, text)
    assert [quote(m)[:4] for m in got] == ["北京大兴", "南宁：“", "晋城：“"]


def test_an_answer_that_opens_with_its_place_and_cites_another_as_an_example(
    tmp_path: Path,
) -> None:
    """A vice-mayor's statement tells the city's practice, then a district's as an example in
    a later paragraph (比如，皇姑区…): two cases, the city's ending before the example; an
    answer with no other place's example stays one."""
    text = (
        "辽宁省新闻发布会文字实录\n"
        "【主持人】\n请沈阳市介绍情况。\n"
        "【沈阳市人民政府副市长 赵明】\n"
        "沈阳市推行工程建设项目“拿地即开工”，项目开工时间平均提前4个月。\n"
        "在区县层面，我们鼓励各地首创。比如，皇姑区设立“共享检测中心”，服务企业380家。\n"
        "【辽宁日报记者】\n请问大连在通关方面有什么做法？\n"
        "【大连市人民政府副市长 孙涛】\n大连市推行“船边直提”，通关时间压缩60%。\n"
        "【新华社记者】\n请问鞍山有什么做法？\n"
        "【鞍山市人民政府副市长 高峰】\n鞍山市组建“项目管家”团队，服务项目86个。\n"
    )
    facts = facts_of(tmp_path, text, "talk.txt")
    assert [f.region.region.name for f in facts.measures] == [
        "沈阳市",
        "皇姑区",
        "大连市",
        "鞍山市",
    ]
    assert "皇姑区" not in quote(facts.measures[0].measure)


def test_a_bulletins_meeting_item_is_no_case_whatever_it_deploys(tmp_path: Path) -> None:
    """A 简报's items headed by their reporting bodies: one reports the province's meeting and
    what it deploys (我省召开全省优化营商环境大会，部署开展“营商环境提升年”行动…): no place's
    practice, no case; the items that tell one are."""
    text = (
        "优化营商环境工作简报\n"
        "1．西宁市发展改革委报送：西宁市推行“拿地即开工”，38个项目实现拿地即开工。\n"
        "2．省发展改革委报送：我省召开全省优化营商环境大会，部署开展“营商环境提升年”行动。\n"
        "3．海东市发展改革委报送：海东市设立“企业服务专员”，解决企业诉求860件。\n"
    )
    got = measures_of(tmp_path, text)
    assert [m.label for m in got] == ["1", "3"]


def test_a_mayors_answers_in_the_first_person_are_cases_beside_his_places_stories(
    tmp_path: Path,
) -> None:
    """A business paper's interview with a mayor, answers labelled 答（name）：: among answers
    that tell stories (德阳有上千家…), those telling in the first person what his city did
    (在规范执法上，我们在全市推行…) are cases too; the overview and the plan are not."""
    text = (
        "对话德阳市市长：重装之都如何为企业减负\n"
        "问（NBD）：德阳提出打造“营商环境最优市”，目前进展如何？\n"
        "答（何建平）：2025年，全市新增经营主体4.7万户，经营主体总量突破38万户。\n"
        "问（NBD）：企业最关心什么？\n"
        "答（何建平）：在工业项目审批上，我们全面推行了“标准地+承诺制”，审批时间压缩至20个工作日。\n"
        "问（NBD）：中小企业融资难，德阳怎么破题？\n"
        "答（何建平）：德阳有上千家配套中小企业。旌阳区推出“链主信用贷”，累计放贷12亿元。\n"
        "问（NBD）：德阳在规范执法方面有什么做法？\n"
        "答（何建平）：在规范执法上，我们在全市推行了涉企行政检查“综合查一次”，检查次数下降41%。\n"
    )
    facts = facts_of(tmp_path, text, "interview.txt")
    quotes = [quote(f.measure) for f in facts.measures]
    assert any("标准地" in q for q in quotes) and any("综合查一次" in q for q in quotes)
    assert not any("4.7万户" in q for q in quotes)


COUNTY_AFTER_ITS_CITY = (
    "（一）聚焦特色产业，推动涉企事项集成办。{city}围绕茶叶加工企业开办需求，推出"
    "“{name}”，将营业执照、食品生产许可等5个事项整合为一张表单，全年办理312件。"
    "{county}{joint}针对民宿产业，推行“民宿开办一件事”，全年帮助46家民宿取得证照。\n"
    "（二）聚焦口岸企业，推动通关服务一站办。丹东市推出“外贸企业备案一件事”，全年办理1638件。\n"
    "（三）聚焦个体工商户，推动高频事项就近办。阜新市推行“个体工商户开业一件事”，全年代办3.8万件。\n"
)


@pytest.mark.parametrize(
    ("city", "county", "joint", "name", "cases"),
    [
        ("黄山市", "祁门县", "则", "茶企准营一件事", ["黄山市", "祁门县", "丹东市", "阜新市"]),
        ("黄山市", "祁门县", "", "茶企准营一件事", ["黄山市", "祁门县", "丹东市", "阜新市"]),
        (
            "黄山市",
            "祁门县",
            "",
            "茶叶加工企业开办及食品生产许可一件事",
            ["黄山市", "祁门县", "丹东市", "阜新市"],
        ),
        ("安徽省", "黄山市", "则", "茶企准营一件事", ["安徽省", "丹东市", "阜新市"]),  # an example
    ],
)
def test_a_county_that_names_its_own_practice_after_its_city_tells_its_own_story(
    tmp_path: Path, city: str, county: str, joint: str, name: str, cases: list[str]
) -> None:
    text = "关于特色产业“一件事”改革的通报\n" + COUNTY_AFTER_ITS_CITY.format(
        city=city, county=county, joint=joint, name=name
    )
    facts = facts_of(tmp_path, text)
    assert [f.region.region.name for f in facts.measures] == cases
    assert quote(facts.measures[0].measure).endswith("全年办理312件。") == (len(cases) == 4)


def test_a_county_named_in_its_citys_story_tells_no_story_of_its_own(tmp_path: Path) -> None:
    text = COUNTY_AFTER_ITS_CITY.format(
        city="在黄山市下辖的祁门县，", county="祁门县", joint="还", name="茶企准营一件事"
    )
    facts = facts_of(tmp_path, "关于特色产业“一件事”改革的通报\n" + text)
    assert [f.region.region.name for f in facts.measures] == ["祁门县", "丹东市", "阜新市"]


HOTLINE_BULLETIN = """邵阳市12345政务服务便民热线2026年3月典型工单通报
一、本月受理概况
3月，市12345热线共受理群众和企业诉求3.2万件，同比增长5.1%，按时办结率99.2%。
二、典型工单
【工单一】
工单编号：SY202603110386
诉求内容：市民李先生来电反映，在双清区某健身房办理年卡后门店停业，要求退费。
办理情况：双清区市场监督管理局接单后当日约谈经营者，商家全额退还费用。
【工单二】
工单编号：SY202603150927
诉求内容：大祥区一家食品企业反映，新上生产线需扩容用电，报装后迟迟未接电。
办理情况：市热线中心协调国网邵阳供电公司上门勘察，5个工作日完成接电。
三、工作亮点
（一）市热线中心：涉企诉求“一号响应、专班直办”
邵阳市12345政务服务便民热线中心开设“企业服务专席”，涉企诉求平均办结时间缩短至2.1天。
（二）市人社局：欠薪投诉“直通车”
邵阳市人力资源和社会保障局开通欠薪投诉绿色通道，帮助126名劳动者追回工资186万元。
（三）市市场监管局：消费纠纷“在线调解”
邵阳市市场监督管理局推行消费纠纷“在线调解”，全月调解纠纷412件，调解成功率93%。
四、下一步工作
市热线中心将持续推进热线与网格平台深度融合。
"""


def test_a_hotline_tickets_fields_tell_no_story(tmp_path: Path) -> None:
    measures = measures_of(tmp_path, HOTLINE_BULLETIN)
    assert [m.label for m in measures] == ["(一)", "(二)", "(三)"]
    assert not any("诉求内容" in quote(m) for m in measures)


COMPARED_CITIES = """三城“惠企政策”直达大比拼：谁家的兑现更省心？
原创 营商君 营商观察 2026年05月12日 08:30
导读
自2025年以来，不少城市在惠企政策“免申即享”上各出奇招。营商君梳理了三座城市的做法。

【芜湖】研发补助“免申即享”：企业不申请，资金直达
芜湖市科学技术局会同市财政局推行研发补助“免申即享”，全年向1260家企业直达资金3.2亿元。
营商君点评：数据多跑路，企业少跑腿。

【赣州】稳岗返还“秒批秒付”：一个工作日到账
赣州市人力资源和社会保障局推行稳岗返还“秒批秒付”，资金平均1个工作日到账。
营商君点评：快是硬道理。

【宜宾】技改补贴“一键兑付”：材料压减七成
宜宾市经济和信息化局推出技改补贴“一键兑付”，申报材料由12份压减至4份。
营商君点评：把复杂留给自己。

三城惠企政策兑现对比一览
城市	事项	兑现方式	到账时间
芜湖	研发补助	免申即享	3个工作日
赣州	稳岗返还	秒批秒付	1个工作日
宜宾	技改补贴	一键兑付	5个工作日

观察｜惠企政策怎么兑现才更省心？
一是要从企业视角设计流程。三城的共同点，是把企业眼中的“一件事”作为出发点。
二是要靠数据共享减负。据不完全统计，全国已有超过20个省份建成惠企政策兑现平台。
三是要防止“新的繁琐”。有专家表示，免申即享不能变成“免申难享”。
— END —
"""


def test_a_writers_closing_lessons_summary_table_and_title_over_its_lead_are_no_cases(
    tmp_path: Path,
) -> None:
    measures = measures_of(tmp_path, COMPARED_CITIES)
    assert [m.heading[1:3] for m in measures] == ["芜湖", "赣州", "宜宾"]
    assert "观察" not in quote(measures[-1])


POLICY_GRAPHIC = """一图看懂丨《江西省2026年优化营商环境行动方案》
■ 总体目标
▲ 到2026年底，90%以上政务服务事项实现“全程网办”
▲ 企业开办时间稳定在0.5个工作日以内
■ 典型案例
◆ 赣州市：“拿地即开工”跑出项目建设加速度
▸ 赣州市自然资源局联合市行政审批局，在土地出让阶段同步开展方案审查
▸ 推行“四证同发”，实行“项目管家”全程帮办代办
▸ 项目从拿地到开工平均用时由98天压缩至15天
◆ 九江市：“企业诉求直通车”让问题“一站到底”
▸ 九江市营商环境办公室会同市12345热线服务中心开设涉企诉求专席
▸ 2025年受理涉企诉求1.86万件，按时办结率99.4%
◆ 上饶市：“综合查一次”为企业减负
▸ 上饶市市场监督管理局牵头，梳理“一业一查”检查场景清单28个
▸ 涉企行政检查次数同比下降37.5%
■ 政策问答
问：行动方案适用于哪些经营主体？
答：适用于我省行政区域内的各类企业、个体工商户。
问：“免申即享”如何实现？
答：由政策兑现部门依托平台和部门共享数据，主动甄别符合条件的企业。
"""


def test_a_graphics_bulleted_cases_are_cases_and_its_policy_questions_are_none(
    tmp_path: Path,
) -> None:
    measures = measures_of(tmp_path, POLICY_GRAPHIC)
    assert [quote(m).rstrip()[-5:] for m in measures] == ["缩至15天", "99.4%", "37.5%"]
    assert [f.region.region.name for f in facts_of(tmp_path, POLICY_GRAPHIC).measures] == [
        "赣州市",
        "九江市",
        "上饶市",
    ]


WEEKLY_BULLETIN = """优化营商环境工作周报
2026年第12期
福建省优化营商环境工作专班办公室　　2026年4月3日
一、各地动态
【福州市】福州市行政服务中心管委会推出“办不成事”反映窗口，本周受理企业诉求46件。
【厦门市】厦门市市场监督管理局推行“证照联办”，企业开办时间压缩至0.5个工作日。
【4月1日，泉州市召开2026年优化营商环境工作推进大会】市委主要负责同志出席并讲话。
【漳州市】漳州市行政审批局推行“拿地即开工”，本周5个项目实现拿地当天开工。
二、下周工作安排
（一）召开全省营商环境问题线索督办约谈会，对办结率低于85%的市县进行约谈。
（二）组织开展第一季度营商环境满意度第三方调查，调查样本量不少于6000份。
（三）编印《福建省营商环境典型案例汇编（2025年度）》，向各市县印发。
（四）赴南平市、宁德市开展营商环境专项督导。
"""


def test_a_weekly_bulletins_chores_and_meetings_are_no_cases(tmp_path: Path) -> None:
    facts = facts_of(tmp_path, WEEKLY_BULLETIN)
    assert [f.region.region.name for f in facts.measures] == ["福州市", "厦门市", "漳州市"]


SURVEY_REPORT = """2025年度民营企业评营商环境调查主要结论（摘编）
为客观反映民营企业对营商环境的感受，省工商联组织开展问卷调查，共回收有效问卷8200份。
一、营商环境口碑
营商环境最佳口碑城市（前5名）依次为：成都、绵阳、宜宾、德阳、南充。
与上年相比，宜宾、南充首次进入前5名。
二、民营企业关注的突出问题
调查显示，民营企业反映较为集中的问题是账款拖欠和融资成本偏高。
三、部分城市典型做法
绵阳市建立“政企直通车”机制，企业诉求平均办结时间由9天缩短至3天。
宜宾市推出“宜企贷”线上融资平台，累计放贷126亿元。
南充市推行涉企检查“扫码入企”，入企检查次数同比下降41%。
四、意见建议
受访企业普遍希望进一步加大清理拖欠企业账款力度。
"""


def test_a_surveys_ranking_is_no_case_and_its_section_of_practices_holds_each(
    tmp_path: Path,
) -> None:
    facts = facts_of(tmp_path, SURVEY_REPORT)
    assert [f.region.region.name for f in facts.measures] == ["绵阳市", "宜宾市", "南充市"]


SIGNED_ARTICLE = """以党建引领持续优化营商环境
营商环境是一个地方的核心竞争力。近年来，我们把优化营商环境作为“一把手”工程来抓。
一、以“高效办成一件事”为牵引，让企业办事更省心
我们推出企业开办、项目开工等“一件事”套餐42个，平均办理时间压缩62%。
二、以“无事不扰”为准则，让企业经营更安心
我们推行涉企检查“扫码入企”，全市入企检查次数同比下降38%。
三、以“链长制”为抓手，让要素保障更有力
我们为重点产业链配备链长32名，协调解决用地、用工问题216个。
四、几点体会
一是必须坚持党的全面领导。优化营商环境涉及方方面面，必须高位推动。
二是必须坚持以企业感受为标准。企业满意不满意，是检验工作的根本尺度。
（作者：中共襄阳市委书记）
"""


def test_a_writers_lessons_end_the_case_above_and_are_none(tmp_path: Path) -> None:
    measures = measures_of(tmp_path, SIGNED_ARTICLE)
    assert [m.label for m in measures] == ["一", "二", "三"]
    assert quote(measures[-1]).rstrip().endswith("问题216个。")


SLIDE_DECK = """优化营商环境工作汇报
株洲市优化营商环境协调事务中心
二、亮点做法
亮点一：市级“项目全生命周期服务链”
亮点二：醴陵市“陶瓷产业链金融服务站”
亮点三：攸县“农机产业一件事”
第5页
亮点一　市级“项目全生命周期服务链”
• 做法
– 株洲市发展和改革委员会牵头，为每个项目配备1名“项目服务专员”
• 成效
– 2025年服务产业项目286个，平均用时由126天缩短至48天
亮点二　醴陵市“陶瓷产业链金融服务站”
• 背景：醴陵市陶瓷企业630余家
• 做法
– 醴陵市地方金融服务中心联合醴陵农商银行推出“陶链贷”
• 成效
– 累计为上下游企业发放贷款7.6亿元
亮点三　攸县“农机产业一件事”
• 做法
– 攸县行政审批服务局在农机产业园设立“一件事”服务专窗
• 成效
– 2025年办理“农机产业一件事”468件
三、存在问题
• 部分县市区政策兑现仍不够快
"""


def test_a_decks_highlights_listed_then_told_are_told_once(tmp_path: Path) -> None:
    facts = facts_of(tmp_path, SLIDE_DECK)
    assert [f.measure.heading[-4:] for f in facts.measures] == ["服务链”", "服务站”", "一件事”"]
    assert [[str(o.value) for o in f.outcomes] for f in facts.measures] == [
        ["286", "48"],
        ["7.6"],
        ["468"],
    ]


FORWARDED_MATERIAL = """主题：转发：义乌市“一支队伍管执法”经验材料（修改稿）
发件人：金华市营商环境办 <ysb@example.com>
各位老师好！义乌市材料已按意见修改完毕，正文贴在下面。
义乌市推行“一支队伍管执法”改革 让企业安心经营
义乌市是全国首个“市场采购贸易方式试点”城市，针对执法队伍多、检查频次高等问题，推行“大综合一体化”行政执法改革，以“一支队伍管执法”为牵引推进涉企执法整体智治。
一、整合执法力量，一支队伍全覆盖。将市场监管、生态环境等8个领域的执法事项整合，由市综合行政执法局统一行使。
二、统筹涉企检查，综合查一次。依托“大综合一体化”执法监管平台，对同一企业的多项检查一次完成。
三、推行柔性执法，首违不罚成常态。制定涉企轻微违法行为不予处罚清单126项。
改革以来，义乌市涉企检查次数同比下降46%。
（义乌市综合行政执法局供稿）
"""


def test_a_reforms_facets_run_into_their_paragraphs_are_one_case(tmp_path: Path) -> None:
    measures = measures_of(tmp_path, FORWARDED_MATERIAL)
    assert len(measures) == 1
    assert measures[0].heading.startswith("义乌市推行“一支队伍管执法”改革")
    assert "同比下降46%" in quote(measures[0])


NEWS_SHORT_ALSO_LEARNED = """南沙推港企开业“一站式” 银行网点可代办登记
【本报讯】为便利香港企业到南沙发展，广州市南沙区市场监督管理局今年起推出港资企业“跨境开业一件事”服务，把商事登记、税务登记、银行开户等五个环节整合办理。
南沙区市场监督管理局表示，服务推出五个月以来，已有620家港资企业通过银行网点完成开业登记。
另悉，南沙区发展和改革局今年3月起对港资企业推行惠企政策“免申即享”，符合条件的企业毋须提交申请，补贴直接拨付至企业账户。
一名在南沙从事跨境电商的香港青年表示，去年公司开业只跑了一次银行网点。
"""


def test_what_a_news_report_also_learned_is_a_case_of_its_own(tmp_path: Path) -> None:
    measures = measures_of(tmp_path, NEWS_SHORT_ALSO_LEARNED)
    assert len(measures) == 2
    assert quote(measures[0]).rstrip().endswith("完成开业登记。")
    assert quote(measures[1]).startswith("另悉") and "香港青年" not in quote(measures[1])
