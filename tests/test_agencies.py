"""Agencies on real data: recall and precision against the gold, plus short-form expansion."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_regions import gaz, seed, view

from kg.corpus import Document, normalise
from kg.extract.agencies import find_agencies, first_person, in_full, publisher_agency
from kg.extract.facts import DocumentFacts, extract_document, load_context
from kg.extract.regions import measure_region
from kg.segment import segment


def names(text: str, where: str) -> list[str]:
    return [a.name for a in find_agencies(text, gaz().resolve(where), gaz())]


def extracted(text: str, name: str) -> DocumentFacts:
    """A document's facts as the extract stage gives them, for a text held in memory."""
    doc = Document(Path(name), "0" * 64, "utf-8", text, normalise(text))
    return extract_document(doc, segment(doc), load_context())


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        ("由市场监管局牵头", "延安市", ["延安市市场监管局"]),
        ("市局统一部署", "延安市", ["延安市市场监管局"]),
        ("与市中院联合发文", "延安市", ["延安市中级人民法院"]),
        ("依托省知识产权信息中心", "咸阳高新区", ["陕西省知识产权信息中心"]),
        ("市委市政府高度重视", "宝鸡市", ["宝鸡市委", "宝鸡市政府"]),
        ("延安市市场监督管理局组织", "延安市", ["延安市市场监督管理局"]),  # as written
        (
            "市局、省局、总局三级联动",
            "日照市",
            ["日照市市场监管局", "山东省市场监管局", "市场监管总局"],
        ),
        ("东营市局特事特办", "东营市", ["东营市市场监管局"]),
        ("室设在市市场监管综合执法支队", "延安市", ["延安市市场监管综合执法支队"]),
        ("由消费者协会牵头", "威海市", ["威海市消费者协会"]),
        ("上报“双随机、一公开”领导小组办公室", "韩城市", ["韩城市“双随机、一公开”领导小组"]),
        ("先后与北大、复旦等高校合作", "碑林区", ["北京大学", "复旦大学"]),
        # a zone's body named by the zone's kind (新区, 示范区): the case's zone
        ("新区管委会政务服务中心开设专窗", "贵安新区", ["贵安新区管委会政务服务中心"]),
        ("示范区行政审批局实行全程代办", "山西综改示范区", ["山西转型综合改革示范区行政审批局"]),
        ("新区管委会开设专窗", "咸阳市", []),  # a city's case: no zone to name
    ],
)
def test_short_forms_expand_with_the_case_region(text: str, where: str, expected: list) -> None:
    assert names(text, where) == expected


def test_jurisdiction_is_the_prefixing_region() -> None:
    found = find_agencies("市委市政府", gaz().resolve("韩城市"), gaz())
    assert [(a.name, a.region.name) for a in found] == [
        ("韩城市委", "韩城市"),
        ("韩城市政府", "韩城市"),
    ]
    assert find_agencies("被市场监管总局列为试点", None, gaz()) == []


def test_generic_words_and_scopes_are_not_agencies() -> None:
    text = "相关部门、各级政府、全市市场监管系统和县两级政府、被省政府评为先进"
    assert names(text, "延安市") == []


def test_unknown_region_never_expands_relative_forms() -> None:
    assert find_agencies("将工作纳入市委市政府督查体系,市局牵头", None, gaz()) == []


def test_offsets_point_at_the_evidence() -> None:
    text = "2022年以来,济南市市场监管局组织开展检验"
    (a,) = find_agencies(text, gaz().resolve("济南"), gaz())
    assert text[a.start : a.end] == a.surface == "济南市市场监管局"


def test_publisher_agency() -> None:
    name, region = publisher_agency("陕西省市场监督管理局", gaz())
    assert (name, region.name) == ("陕西省市场监督管理局", "陕西省")
    assert publisher_agency("市场监管总局", gaz()) == ("市场监管总局", None)


def test_national_list_agencies_carry_their_province() -> None:
    text = seed("002")
    lines = [ln for ln in text.split("\n") if ln[:1].isdigit()]
    body = text.split("\n")
    found = []
    for line in lines:
        k = body.index(line)
        case = line + "\n" + body[k + 1]
        region = measure_region(case, len(line), gaz(), None).region
        found += [
            (a.name, gaz().province_of(a.region.code).name)
            for a in find_agencies(case, region, gaz())
        ]
    assert ("安徽省桐城市市场监管局", "安徽省") in found
    assert ("宁夏回族自治区市场监管厅", "宁夏回族自治区") in found
    assert len({province for _, province in found}) == 10


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        # names joined by 和 are one agency; two agencies joined by 和 stay two
        ("成都市政务服务管理和行政审批局建立平台", "成都市", ["成都市政务服务管理和行政审批局"]),
        ("西安市住房和城乡建设局牵头", "西安市", ["西安市住房和城乡建设局"]),
        ("延安市市场监管局和税务局联合", "延安市", ["延安市市场监管局"]),
        ("无锡市发展改革委联合", "无锡市", ["无锡市发展改革委"]),
        # a verb does not open a name: 建设 is what the zone did, not part of the centre's name
        ("苏州工业园区建设企业服务中心", "苏州市", []),
    ],
)
def test_names_with_joined_parts_and_leading_verbs(text: str, where: str, expected: list) -> None:
    assert names(text, where) == expected


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        ("工单秒转至广州市公安局出入境管理支队。", "广州市", ["广州市公安局出入境管理支队"]),
        ("中共商洛市委政法委员会牵头", "商洛市", ["中共商洛市委政法委员会"]),
        ("托克托县委组织部副部长说", "托克托县", ["托克托县委组织部"]),
        ("宝鸡市政府采购中心取消线下报名", "宝鸡市", ["宝鸡市政府采购中心"]),
        ("建成宝鸡市政府采购电子卖场", "宝鸡市", []),
        ("江西新余市政务服务中心大厅里", "新余市", ["新余市政务服务中心"]),
        ("辽宁省生态环境厅开展执法体检", "辽宁省", ["辽宁省生态环境厅"]),
        ("洛川县人民法院设立巡回法庭", "洛川县", ["洛川县人民法院"]),
        ("认真落实市委、市政府《关于优化营商环境的意见》", "株洲市", []),
        # a national parent written before its branch is part of the branch's name
        (
            "联合国家外汇管理局青海省分局开展汇率避险首办户活动",
            "青海省",
            ["国家外汇管理局青海省分局"],
        ),
        (
            "中国人民银行西宁市分行会同国家金融监督管理总局青海监管局推出首贷服务",
            "西宁市",
            ["中国人民银行西宁市分行", "国家金融监督管理总局青海监管局"],
        ),
        # sending a body's staff, and a kind of place (镇街), open no name
        ("安排市场监管所网格员上门指导", "平凉市", []),
        ("158项事项下沉至镇街便民服务中心办理", "黔江区", []),
    ],
)
def test_names_of_the_genre_as_written(text: str, where: str, expected: list) -> None:
    assert names(text, where) == expected


def test_a_named_body_without_a_place_in_front() -> None:
    text = "走进位于长沙市岳麓区望月湖街道的阳光社区党群服务中心,朝阳托育中心开设混龄班。"
    found = names(text, "岳麓区")
    assert "阳光社区党群服务中心" in found and "朝阳托育中心" in found
    assert not any(name.startswith(("位于", "走进")) for name in found)


def test_a_first_person_report_credits_its_author() -> None:
    text = (
        "×县税务局认真落实减税降费政策。现将工作汇报如下:\n"
        "一是推行“非接触式”办税,我局网上办税率达95%。\n"
        "二是开展“春风行动”,全县减税1.2亿元。\n"
    )
    facts = extracted(text, "report.txt")
    for measure in facts.measures:
        assert [a.name for a in measure.agencies] == ["×县税务局"]
        assert measure.agencies[0].inferred
    first = facts.measures[0].agencies[0]
    assert text[first.start : first.end] == "我局"


def test_a_first_person_report_under_a_sites_masthead_credits_its_signer() -> None:
    """A bureau's report copied from a city's site: the site's masthead names the city's
    government first, the report is signed by the bureau; 我局 is the bureau."""
    text = (
        "滁州市人民政府　政府信息公开\n"
        "滁州市市场监督管理局2025年工作总结\n"
        "一、主要工作\n"
        "一是推行企业开办“一件事”，我局将开办时间压缩至0.5个工作日。\n"
        "二是推行“综合查一次”，我局全年减少入企检查1200户次。\n"
        "三是推行“首违不罚”，我局全年不予处罚案件260件。\n"
        "滁州市市场监督管理局\n"
        "2026年1月8日\n"
    )
    facts = extracted(text, "report.txt")
    assert len(facts.measures) == 3
    for measure in facts.measures:
        assert [a.name for a in measure.agencies] == ["滁州市市场监督管理局"]


def test_a_bulletin_item_is_the_case_of_the_place_after_its_reporting_body() -> None:
    """A ministry's bulletin heads each item by the body that reported it (…报送：): the
    item's title and place come after the colon, the body is its source, not its doer,
    unless the item speaks in the first person (我委…), and a 部委动态 body above the items
    writes none of them."""
    text = (
        "营商环境工作简报\n2026年第3期\n"
        "【部委动态】\n商务部召开外资工作座谈会，部署稳外资工作。\n"
        "【地方经验】\n"
        "江西省发展改革委报送：赣州市推行工业项目“六即”服务，项目平均开工时间缩短62天。\n"
        "甘肃省发展改革委报送：我委会同省市场监管局推行“证照联办”，办理时间压缩至2天。\n"
        "福建省发展改革委报送：泉州市晋江市推行“拿地即开工”，全年87个项目拿地即开工。\n"
        "国家税务总局云南省税务局报送：我局推行“云税通”跨省通办，办理业务3.2万笔。\n"
    )
    facts = extracted(text, "bulletin.txt")
    assert [f.measure.heading[:6] for f in facts.measures] == [
        normalise(h) for h in ("赣州市推行工", "我委会同省市", "泉州市晋江市", "我局推行“云")
    ]
    regions = [f.region.region.name for f in facts.measures]
    assert regions == ["赣州市", "甘肃省", "晋江市", "云南省"]
    assert [[a.name for a in f.agencies] for f in facts.measures] == [
        [],
        ["甘肃省发展改革委", "甘肃省市场监管局"],
        [],
        ["国家税务总局云南省税务局"],
    ]


def test_a_county_bulletins_short_bodies_are_the_county_named_in_its_head() -> None:
    """A county's 政务信息 names the county only in its issuer line: its items' bodies
    written short (县市场监督管理局) are that county's, as the items' place is."""
    text = (
        "政务信息\n\n第12期\n\n黎川县人民政府办公室　　　　2026年5月20日\n\n"
        "县政务服务中心“周末不打烊”服务受群众欢迎\n\n"
        "今年以来，县政务服务中心推出“周末不打烊”延时服务。截至4月底，累计办理业务1260件。\n\n"
        "县市场监督管理局推行“个转企”全程帮办\n\n"
        "县市场监督管理局组建帮办小组，办理时间由5个工作日压缩至1个工作日。\n\n"
        "县自然资源局“交地即交证”助力项目早开工\n\n"
        "县自然资源局会同县住房和城乡建设局等部门，推行工业项目“交地即交证”。"
        "今年以来，已有7个工业项目实现“交地即交证”。\n"
    )
    facts = extracted(text, "bulletin.txt").measures
    assert [f.region.region.name for f in facts] == ["黎川县"] * 3
    assert [sorted(a.name for a in f.agencies) for f in facts] == [
        ["黎川县政务服务中心"],
        ["黎川县市场监督管理局"],
        ["黎川县住房和城乡建设局", "黎川县自然资源局"],
    ]


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        ("供电公司上门对接客户需求,当天接电。", "榆林市", ["供电公司"]),
        ("发挥技术经理人协会等社会力量。", "西安市", ["技术经理人协会"]),
        ("每月召开议事协商会,听取居民意见。", "呼和浩特市", []),
        ("共同启动环大学创新产业带建设。", "碑林区", []),
    ],
)
def test_named_bodies_without_a_place_are_whole_words(text: str, where: str, expected) -> None:
    assert names(text, where) == expected


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        (
            "市发改、财政、自然资源等部门联合审查项目",
            "南昌市",
            ["南昌市发展和改革委员会", "南昌市财政局", "南昌市自然资源局"],
        ),
        ("省公安、人社等部门共同推进", "长沙市", ["湖南省公安厅", "湖南省人力资源和社会保障厅"]),
        (
            "由区税务局、医保局、人社局组成专班",
            "天河区",
            ["天河区税务局", "天河区医保局", "天河区人社局"],
        ),
        ("市信用办牵头建立失信名单", "绵阳市", ["绵阳市信用办"]),
        ("发挥县营商办统筹作用", "仙游县", ["仙游县营商办"]),
        ("由市优化营商环境领导小组办公室统筹", "泉州市", ["泉州市优化营商环境领导小组办公室"]),
        ("西湖区、滨江区等法院设立巡回法庭", "杭州市", ["西湖区人民法院", "滨江区人民法院"]),
    ],
)
def test_listed_names_share_their_place(text: str, where: str, expected: list) -> None:
    """Lists of the genre: short departments closed by 等部门, names after a placed one, offices
    written short (信用办), units after a group (领导小组办公室), places before one type word."""
    assert names(text, where) == expected


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("联合人社、公安等部门开展调解", "东莞市"),  # no place or marker: whose departments?
        ("全市推行企业开办“一件事”", "泉州市"),  # 开办 is not an office
        ("市卫健系统开展培训", "南昌市"),  # a list must close with 部门/单位
    ],
)
def test_lists_without_a_place_name_no_agency(text: str, where: str) -> None:
    assert names(text, where) == []


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        # the place written short and in full: one body, with its place in full
        ("泉州市12345热线全年无休。泉州12345热线坚持接诉即办。", "泉州市", ["泉州市12345热线"]),
        # a body named again without its place is the same body
        ("成立台州市物流协会。物流协会定期走访企业。", "台州市", ["台州市物流协会"]),
        # short and full forms of one department: named in full
        ("市科技局组织评审,九江市科学技术局公布名单。", "九江市", ["九江市科学技术局"]),
        # the centre's hall is the centre; the chain written before it is context
        (
            "走进云南昆明五华区政务大厅。五华区政务服务中心推出帮办服务。",
            "五华区",
            ["五华区政务服务中心"],
        ),
        # a full form that ends in its short form (人民法院, 法院) is still the full one; of two
        # short forms of one body (审批局, 行政审批局) the longer is the name written
        ("县法院开通立案绿色通道,沛县人民法院还设立速裁团队", "沛县", ["沛县人民法院"]),
        ("滁州市组建市行政审批局,市审批局随后推行帮办代办", "滁州市", ["滁州市行政审批局"]),
        # two different bodies stay two
        ("市科技局联合市财政局出台办法。", "九江市", ["九江市科技局", "九江市财政局"]),
    ],
)
def test_one_body_is_one_agency(text: str, where: str, expected: list) -> None:
    assert names(text, where) == expected


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        ("将工作纳入市委市政府年度督查体系,市局牵头落实", "铜陵市", ["铜陵市市场监管局"]),
        ("积极向省局、总局申请试点", "西宁市", []),
        ("组织企业赴兰州大学参加招聘会", "兰州市", []),
        ("江苏省委书记在调研时指出", "南通市", []),
        ("县委、县政府主要负责同志带队走访企业", "沛县", []),
        (
            "市政府主要领导以企业身份走流程,市政务服务中心建立问题清单",
            "滁州市",
            ["滁州市政务服务中心"],
        ),
        ("新争取省技术创新中心5家", "潍坊市", []),
        ("从绍兴文理学院等单位遴选专家", "绍兴市", []),
        ("提交市政府常务会议审议", "淮南市", []),
        ("借鉴浙江省市场监管局经验,市市场监管局推出“一件事”", "西宁市", ["西宁市市场监管局"]),
        # a cue of one character is a word of its own (在, not 现在)
        ("现在,柳州市行政审批局将多项许可整合为一证", "柳州市", ["柳州市行政审批局"]),
        # a name at the head of a title is its author; inside a title it names no actor
        ("制订《丽水市市场监管局行政裁决规程》", "丽水市", ["丽水市市场监管局"]),
        ("出台《关于支持丽水市市场监管局改革的意见》", "丽水市", []),
        # the cues do not reach a name that acts
        ("市市场监管局向企业发放指南", "丽水市", ["丽水市市场监管局"]),
    ],
)
def test_names_that_do_not_act(text: str, where: str, expected: list) -> None:
    """Addressees, venues, leaders' titles, counted kinds, sources and titles: a cue before a
    list of names (or after it) holds for every name of the list."""
    assert names(text, where) == expected


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        ("省高院、省检察院联合出台意见", "浙江省", ["浙江省高级人民法院", "浙江省检察院"]),
        ("福建省高级人民法院指导审判", "福州市", ["福建省高级人民法院"]),
        ("引进陕西高级人才事务所", "铜川市", ["陕西高级人才事务所"]),
        ("西安市创新人才研究院设立分站", "西安市", ["西安市创新人才研究院"]),
        ("市级部门联合建立政务服务中心", "台州市", []),
        (
            "中國銀行蘇州分行與市工商聯聯合推出“科創貸”",
            "苏州市",
            ["中国银行苏州分行", "苏州市工商联"],
        ),
        (
            "工商银行宁波分行、邮储银行宁波市分行发放贷款",
            "宁波市",
            ["中国工商银行宁波分行", "中国邮政储蓄银行宁波市分行"],
        ),
        ("中国银行业协会发布报告", "宁波市", ["中国银行业协会"]),
        ("国网杭州供电公司推出“零上门”办电", "杭州市", ["国网杭州供电公司"]),
        (
            "武汉市政务服务和大数据管理局联合湖北大学开展研究",
            "武汉市",
            ["武汉市政务服务和大数据管理局", "湖北大学"],
        ),
        ("台州市中心医院与台州学院共建研究所", "台州市", ["台州市中心医院", "台州学院"]),
        ("市大学生创业园开园", "台州市", []),
        (
            "石家庄市委组织部、市委编办联合印发方案",
            "石家庄市",
            ["石家庄市委组织部", "石家庄市委编办"],
        ),
        ("郑州市人民政府办公厅印发通知", "郑州市", ["郑州市人民政府办公厅"]),
        (
            "厦门市思明区人民法院联合区司法局设立中心",
            "厦门市",
            ["厦门市思明区人民法院", "思明区司法局"],
        ),
        ("北京林业大学、中国地质大学等高校", "雄安新区", ["北京林业大学", "中国地质大学"]),
        ("首都医科大学宣武医院派出专家", "雄安新区", ["首都医科大学宣武医院"]),
        ("设立诉讼服务中心", "延安市", []),
        ("惠州海关联同仲恺高新区管委会推出快线", "惠州市", ["惠州海关", "仲恺高新区管委会"]),
        ("贵安新区则聚焦数据中心产业，推行用电报装", "贵阳市", []),
        ("设立“茶企商事调解工作室”，邀请茶业协会负责人担任调解员", "都匀市", []),
    ],
)
def test_bodies_of_the_genre(text: str, where: str, expected: list) -> None:
    """Courts written short (省高院), banks by everyday names with their branch, universities
    named by their place, party offices (市委编办), offices of a government, a relative marker
    for a unit named before it, listed names of their own (universities keep no shared place)."""
    assert names(normalise(text), where) == expected


def test_a_leading_word_keeps_the_jurisdiction() -> None:
    (found,) = find_agencies("国网长沙供电公司上门服务", gaz().resolve("长沙市"), gaz())
    assert (found.name, found.region.name) == ("国网长沙供电公司", "长沙市")


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        (
            "由区财政、市场监管等28个职能部门优化指标体系",
            "莲湖区",
            ["莲湖区财政局", "莲湖区市场监管局"],
        ),
        ("洛川、黄陵等法院就地说法", "延安市", ["洛川县人民法院", "黄陵县人民法院"]),
        ("深化洛川、黄陵等法院建设", "延安市", ["洛川县人民法院", "黄陵县人民法院"]),
        ("西安、延安等地法院", "延安市", []),  # 等地 closes places, not bodies
        ("市场监管牵头、相关部门协同联动", "临沂市", ["临沂市市场监管局"]),
        ("加强市场监管,牵头部门压实责任", "临沂市", []),
        ("由开封市市政府每年拨付资金", "开封市", ["开封市市政府"]),
        ("九江市12345政务服务便民热线受理诉求", "九江市", ["九江市12345政务服务便民热线"]),
        ("市3个中心全部建成", "九江市", []),
    ],
)
def test_lists_counts_and_doubled_markers(text: str, where: str, expected: list) -> None:
    """A count before the collective noun (等28个职能部门), county short forms listed before one
    type word, a department written short leading the work (市场监管牵头), a level word written
    twice (开封市市政府), a service number before a hotline's name."""
    assert names(text, where) == expected


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        ("苏州工业园区管委会推出“一站式”服务", "苏州市", ["苏州工业园区管委会"]),
        (
            "南京海关、国家税务总局南京市税务局联合推进",
            "南京市",
            ["南京海关", "国家税务总局南京市税务局"],
        ),
        # one bureau written under its parent and short: the short name (as it acts)
        ("国家税务总局南京市税务局副局长说,南京市税务局深入企业调研", "南京市", ["南京市税务局"]),
        ("贵阳市委常委、副市长表示", "贵阳市", []),
        ("济南市委改革办、市大数据局联合推进", "济南市", ["济南市委改革办", "济南市大数据局"]),
        ("在佛山市人民医院,患者可刷医保码就医", "佛山市", []),
        ("办公室设在市市场监管综合执法支队", "延安市", ["延安市市场监管综合执法支队"]),
    ],
)
def test_offices_parents_and_places_of_work(text: str, where: str, expected: list) -> None:
    """Administrative committees, an office written under its national parent (国家税务总局…),
    a committee member's title, a party committee's offices, a place where something happens
    (在…) unless an office is based there (设在…)."""
    assert names(text, where) == expected


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        (
            "人民银行赣州市分行联合市金融办开展融资对接",
            "赣州市",
            ["中国人民银行赣州市分行", "赣州市金融办"],  # an obvious short form, normalised
        ),
        ("推广“人行支农再贷款”模式", "西安市", []),
        (
            "国家金融监督管理总局大连监管局指导辖内银行续贷",
            "大连市",
            ["国家金融监督管理总局大连监管局"],
        ),
        (
            "拱北海关、珠海出入境边防检查站推行“合作查验”",
            "珠海市",
            ["拱北海关", "珠海出入境边防检查站"],
        ),
        (
            "杭州市西湖区北山街道办事处设立驿站",
            "杭州市",
            ["杭州市西湖区北山街道办事处"],
        ),
        ("成都市律师协会、成都市公证处联合服务", "成都市", ["成都市律师协会", "成都市公证处"]),
        (
            "义乌市市场监管局、义乌海关联合监管",
            "金华市",
            ["义乌市市场监管局", "义乌海关"],
        ),
        ("湖州市“最多跑一次”改革办公室统筹推进", "湖州市", ["湖州市“最多跑一次”改革办公室"]),
    ],
)
def test_financial_border_and_local_offices(text: str, where: str, expected: list) -> None:
    """The central bank and the financial regulator with their branches, customs and border
    posts named without a place, sub-district offices, a listed name that starts with a place
    of its own (kept as written), a quoted reform office."""
    assert names(text, where) == expected


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        ("户县人民政府推行“拿地即开工”", "户县人民政府", "鄠邑区"),
        ("大同县人民政府推行“承诺即开工”", "大同县人民政府", "云州区"),
    ],
)
def test_a_body_named_after_its_places_former_name(text: str, name: str, region: str) -> None:
    """户县 (鄠邑区 since 2016) ends in its level word as 鄠邑区 does: 人民政府 may follow."""
    found = find_agencies(text, None, gaz())
    assert [(a.name, a.region.name) for a in found] == [(name, region)]


def test_jurisdictions_of_branches_and_markers() -> None:
    text = "中国银行如东支行发放贷款。厦门市思明区人民法院联合区司法局设立中心。"
    found = find_agencies(text, gaz().resolve("如东县"), gaz())
    assert [(a.name, a.region.name) for a in found] == [
        ("中国银行如东支行", "如东县"),
        ("厦门市思明区人民法院", "思明区"),
        ("思明区司法局", "思明区"),
    ]


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        # 会同 is a verb before a marker here, not the county 会同县 of Hunan
        (
            "县行政审批局会同县市场监管局梳理清单",
            "如东县",
            ["如东县行政审批局", "如东县市场监管局"],
        ),
        ("会同县市场监管局推行“双随机”", "怀化市", ["会同县市场监管局"]),
        # a marker points at the place of its level named earlier in its sentence, inside the
        # case's region; another city named in passing does not take it
        ("宁波市鄞州区则依托区综合行政执法局开展检查", "宁波市", ["鄞州区综合行政执法局"]),
        ("借鉴上海市经验,市政府出台意见", "杭州市", ["杭州市政府"]),
    ],
)
def test_markers_and_verbs_before_them(text: str, where: str, expected: list) -> None:
    assert names(text, where) == expected


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        ("上线运营“西安知识产权运营服务平台”", "西安市", []),
        # a platform relied on is a tool (gold: a mechanism, not an agency)
        ("依托西安知识产权运营服务平台对接需求", "西安市", []),
        ("市工信局上线西安市中小企业公共服务平台", "西安市", ["西安市工信局"]),
        ("登录陕西省知识产权公共服务平台即可查询", "西安市", []),
        ("以西安交通大学某某研究院为平台,规划建设三大园区", "西安市", []),
        ("发挥专业运营机构、投融资机构、技术经理人协会、发明协会等社会力量", "西安市", []),
        (
            "携手神州信息、中国人保、西北农林科技大学等产业关联方",
            "杨凌农业高新技术产业示范区",
            ["中国人保", "西北农林科技大学"],
        ),
        (
            "工商银行、建设银行等金融机构加大投放",
            "宁波市",
            ["中国工商银行", "中国建设银行"],
        ),
    ],
)
def test_brands_and_kinds_are_not_bodies(text: str, where: str, expected: list) -> None:
    """A name quoted whole is a brand launched; a name with no place listed beside kinds of body
    (投融资机构) is a kind; a list closed by a kind (等金融机构) still names its bodies."""
    assert names(text, where) == expected


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        (
            "吉林省政务服务和数字化建设管理局推行“吉事办”",
            "吉林省",
            ["吉林省政务服务和数字化建设管理局"],
        ),
        (
            "晋江农商银行、泉州农村商业银行为企业放贷",
            "泉州市",
            ["晋江农商银行", "泉州农村商业银行"],
        ),
        ("杨凌农商行推出“生猪活体抵押贷”", "杨凌农业高新技术产业示范区", ["杨凌农商行"]),
        ("诸暨市枫桥镇人民政府探索新实践", "绍兴市", ["诸暨市枫桥镇人民政府"]),
        ("枫桥镇政府、枫桥派出所联合调解", "绍兴市", ["枫桥镇政府", "枫桥派出所"]),
        ("各乡镇政府积极配合", "绍兴市", []),
        (
            "州市场监管局、州税务局联合推行“套餐式”服务",
            "临夏回族自治州",
            ["临夏回族自治州市场监管局", "临夏回族自治州税务局"],
        ),
        ("盟行政审批局推行“帮办代办”", "阿拉善盟", ["阿拉善盟行政审批局"]),
        ("贵州大学提供技术支持", "贵阳市", ["贵州大学"]),
        ("新城社区党群服务中心开展服务", "晋源区", ["新城社区党群服务中心"]),
        ("华山街道办事处联合区市场监管局设点", "五华区", ["华山街道办事处", "五华区市场监管局"]),
        ("春熙路街道党工委推行“楼宇党建”", "锦江区", ["春熙路街道党工委"]),
    ],
)
def test_local_banks_towns_and_prefectures(text: str, where: str, expected: list) -> None:
    """Rural banks (农村 names no village), town governments, streets' offices and police
    stations named by their locality, markers of prefectures and leagues (州, 盟) that a place's
    own name (贵州) is not."""
    assert names(text, where) == expected


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        ("记者从莆田市市场监管局获悉,全市新增主体2万户", "莆田市", ["莆田市市场监管局"]),
        (
            "福州市委全面深化改革委员会办公室统筹推进",
            "福州市",
            ["福州市委全面深化改革委员会办公室"],
        ),
        ("市国资委、市经信委联合推出“渝企通”", "重庆市", ["重庆市国资委", "重庆市经信委"]),
        ("温州市总商会组织企业家座谈", "温州市", ["温州市总商会"]),
        (
            "枫桥市场监管所、城关司法所联合调解消费纠纷",
            "诸暨市",
            ["枫桥市场监管所", "城关司法所"],
        ),
        ("加强市场监管所建设,全市各司法所全面推行", "诸暨市", []),
    ],
)
def test_commissions_chambers_and_stations(text: str, where: str, expected: list) -> None:
    """The body a reporter hears from (从…获悉) reports its own work; a party committee's reform
    commission office; commissions written short; town stations named by their locality."""
    assert names(text, where) == expected


def test_a_leagues_committee_and_an_office_stationed_in_a_place_are_named_whole() -> None:
    text = "共青团洛阳市委联合市人社局推出“青创驿站”。长沙海关驻郴州办事处推行“提前申报”。"
    assert names(text, "洛阳市") == ["共青团洛阳市委", "洛阳市人社局", "长沙海关驻郴州办事处"]


def test_a_known_branch_wins_over_a_listed_fragment() -> None:
    text = "市发展改革委、人民银行广州分行、广州海关等部门参与"
    assert names(text, "广州市") == ["广州市发展改革委", "中国人民银行广州分行", "广州海关"]


@pytest.mark.parametrize(
    "text",
    [
        "开展“清风”创建行动,规范施工行为,集中行动整治公交行业",  # 建行, 工行 … inside words
        "加入长三角产业联盟,联盟办公室设在杭州",  # 盟 of 联盟 is no league
        "打造红旗渠精神,旗下企业均已入驻",  # 旗 of 红旗 is no banner
    ],
)
def test_short_names_inside_words_name_nothing(text: str) -> None:
    assert names(text, "杭州市") == []


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        (
            "自治区市场监管厅指导银川市兴庆区市场监管局开展试点",
            "银川市",
            ["宁夏回族自治区市场监管厅", "银川市兴庆区市场监管局"],
        ),
        ("自治区党委、自治区政府高度重视", "南宁市", ["广西壮族自治区党委", "广西壮族自治区政府"]),
        ("学习自治区经验,区政府出台办法", "杭州市", []),
        ("雄安新区党工委、管委会联合部署", "雄安新区", ["雄安新区党工委", "雄安新区管委会"]),
    ],
)
def test_autonomous_regions_named_by_their_kind(text: str, where: str, expected: list) -> None:
    """自治区 is the case's autonomous region (its 区 is no district marker); party committees
    of a region (党委) and a zone (党工委)."""
    assert names(text, where) == expected


def test_every_lexicon_row_has_its_six_fields() -> None:
    import csv

    from kg.extract.agencies import LEXICON

    with LEXICON.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert [row for row in rows if len(row) != 6] == []  # a comma in a note must be quoted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市人大常委会出台《深圳经济特区优化营商环境条例》", ["深圳市人大常委会"]),
        ("邀请市政协开展民主监督", ["深圳市政协"]),
        ("市人大代表、政协委员参与评议", []),  # deputies and members are people
    ],
)
def test_legislature_and_consultative_conference(text: str, expected: list) -> None:
    assert names(text, "深圳市") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bank's name of its own keeps the province written before it, unlike a bureau's
        (
            "县农业农村局与湖北长阳农村商业银行、中国建设银行长阳县支行签订合作协议",
            ["长阳土家族自治县农业农村局", "湖北长阳农村商业银行", "中国建设银行长阳县支行"],
        ),
        ("湖北长阳县市场监管局推行“扫码入企”", ["长阳县市场监管局"]),
    ],
)
def test_banks_keep_their_written_place_and_branch(text: str, expected: list) -> None:
    assert names(text, "长阳土家族自治县") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("区经信局联合阿里巴巴集团开发系统", ["阿里巴巴集团"]),
        (
            "签约陕西高级人才事务所、西安兴中猎头公司在市场设立分站",
            ["陕西高级人才事务所", "西安兴中猎头公司"],
        ),
        ("引进本地优秀人力资源公司入驻", []),  # a firm described, not named
        ("帮助杭州某科技有限公司申报专利", []),  # the business served
        ("联合集团公司开展培训", []),
        # a firm's form in brackets is part of its name, and the list goes on after it
        (
            "会同西安热力(集团)有限公司、西安城投燃气有限公司等企业推行联合报装",
            ["西安热力(集团)有限公司", "西安城投燃气有限公司"],
        ),
    ],
)
def test_firms_brought_in_by_a_partnering_verb(text: str, expected: list) -> None:
    assert names(text, "西安市") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("在省市场监管局的指导下,市局推行“证照分离”", ["浙江省市场监管局", "宁波市市场监管局"]),
        ("在市委市政府的坚强领导下,全市营商环境持续优化", ["宁波市委", "宁波市政府"]),
        ("在市政务服务中心,企业可一窗办结", []),
        ("按照省政府的要求,落实市委的部署", []),
    ],
)
def test_a_body_that_guides_acts_a_place_of_work_does_not(text: str, expected: list) -> None:
    assert names(text, "宁波市") == expected


def test_an_issuer_before_its_notice_is_its_author() -> None:
    assert names("青海省人民政府办公厅关于推广西宁市经验的通知", "西宁市") == []
    assert names("青海省人民政府办公厅印发通知", "西宁市") == ["青海省人民政府办公厅"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("温州医科大学附属第一医院开设专窗", ["温州医科大学附属第一医院"]),
        ("浙江大学山东工业技术研究院提供技术支撑", ["浙江大学山东工业技术研究院"]),
        ("市政府协调滕州市人民医院承担试验", ["温州市政府", "滕州市人民医院"]),
    ],
)
def test_a_universitys_units_are_one_name_with_it(text: str, expected: list) -> None:
    """A hospital, school or institute after a university is one name with it; after any other
    body it is a name of its own (市政府 + 协调…医院 is none)."""
    assert names(text, "温州市") == expected


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        # a platform relied on is the case's tool
        (
            "湖州市大数据局依托湖州市公共信用信息服务平台推出“信用贷”。",
            "湖州市",
            ["湖州市大数据局"],
        ),
        # the last of several tools a verb takes is a tool too
        (
            "九江市市场监管局推行“智能秒批”,申请人通过“赣服通”APP或江西省经营主体登记服务平台"
            "提交申请。",
            "九江市",
            ["九江市市场监管局"],
        ),
        # what a place brings together is no body named after the place
        ("2024年,修水县整合政务服务中心、部门窗口,成立企业服务中心。", "修水县", []),
        # the kind of body a notice speaks of is no body
        ("九江市发展改革委在出台涉企政策前征求行业协会商会意见。", "九江市", ["九江市发展改革委"]),
        # a count of what is new (新增…) opens no body's name
        ("九江海关推行“一企一策”,新增海关高级认证企业12家。", "九江市", ["九江海关"]),
        # what a firm shows (凭…) opens no body's name
        ("九江海关推行“先放后检”,企业凭海关检验结果即可提离。", "九江市", ["九江海关"]),
        # a photo caption names where the picture was taken
        ("图:九江市政务服务中心,工作人员为企业发证。", "九江市", []),
        # an association's officer who comments gives a view, the association does not act
        (
            "九江市税务局推行“容缺办税”。九江市个体劳动者协会会长表示,办税更方便了。",
            "九江市",
            ["九江市税务局"],
        ),
        # so does a scholar's school or institute
        (
            "九江市税务局推行“容缺办税”。九江学院副教授李某分析,企业负担明显减轻。",
            "九江市",
            ["九江市税务局"],
        ),
        # a bureau's officer who speaks of its own work: the bureau acts
        ("九江市税务局有关负责人介绍,全市推行“容缺办税”。", "九江市", ["九江市税务局"]),
        # a county-level city's bureau is named without its prefecture; a district's with it
        ("嘉兴市海宁市市场监管局推行“智能审批”。", "海宁市", ["海宁市市场监管局"]),
        ("嘉兴市南湖区市场监管局推行“智能审批”。", "南湖区", ["嘉兴市南湖区市场监管局"]),
    ],
)
def test_tools_captions_and_comments_name_no_actor(text: str, where: str, expected: list) -> None:
    assert names(view(text), where) == expected


def test_an_interviewees_we_is_speech_not_a_report_in_the_first_person() -> None:
    answer = "李明:我们推行企业开办“一日办结”,企业开办时间压缩至1天。\n"
    assert first_person(view("记者:企业开办方面有哪些新做法?\n" + answer)) == []
    report = view("一是推行企业开办“一日办结”,我们把开办时间压缩至1天。\n")
    assert [report[s:e] for s, e in first_person(report)] == ["我们"]


def test_bracketed_speaker_labels_of_a_transcript_make_every_turn_speech() -> None:
    """A transcript sets its speakers in brackets on their own lines (【主持人】, 【赵刚】,
    【某报记者】): the host's 我们 is the host's, an answer's the speaker's, neither a report's."""
    text = view(
        "某省人民政府新闻办公室\n【主持人】\n欢迎各位。今天，我们邀请到省市场监管局。\n"
        "【甘肃日报记者】\n请问企业开办有哪些新做法？\n"
        "【赵刚】\n我们推行企业开办“一日办结”，开办时间压缩至1天。\n"
    )
    assert first_person(text) == []


def test_a_press_conference_speakers_we_is_not_the_office_that_holds_it() -> None:
    """A transcript under its host's label: each speaker's 我们 is theirs, so the office named
    at its head (某省人民政府新闻办公室) does no case's work."""
    text = (
        "浙江省人民政府新闻办公室新闻发布会\n主持人：\n欢迎各位。\n"
        "钱进：\n我们在杭州市推行“拿地即开工”，今年已有40个项目落地。\n"
        "经济日报记者：\n请问孙梅女士，宁波有什么做法？\n"
        "孙梅：\n宁波市推行“证照联办”，我们把办理时间压缩至2天。\n"
        "新华社记者：\n请问李伟先生，温州呢？\n"
        "李伟：\n温州市税务局推行“非接触式”办税，我们的网上可办率达到98%。\n"
    )
    facts = extracted(text, "talk.txt")
    assert len(facts.measures) == 3
    assert not any("新闻办公室" in a.name for m in facts.measures for a in m.agencies)


def test_a_body_written_short_takes_the_full_name_the_document_gives_it() -> None:
    jiujiang = gaz().resolve("九江市")
    named = find_agencies("访九江市数据资源管理局局长", None, gaz())
    case = find_agencies(view("市数据局会同市税务局打通了登记系统。"), jiujiang, gaz())
    assert [a.name for a in in_full(tuple(case), named, gaz())] == [
        "九江市数据资源管理局",
        "九江市税务局",
    ]
    # a name written whole inside a longer one is not its short form
    police = find_agencies("九江市公安局交通管理局", None, gaz())
    case = find_agencies("市公安局推行“一窗通办”。", jiujiang, gaz())
    assert [a.name for a in in_full(tuple(case), police, gaz())] == ["九江市公安局"]


def test_a_national_body_without_a_place_is_no_full_name_of_another() -> None:
    """国家税务总局 and a bank the text names with no place of the case's: neither has a rest
    to shorten, and neither takes the other's name (a whole build once failed on this)."""
    named = find_agencies("国家税务总局推行“非接触式”办税。", None, gaz())
    case = find_agencies("晋江农村商业银行推出“信易贷”。", None, gaz())
    assert [a.name for a in in_full(tuple(case), named, gaz())] == [a.name for a in case]


def test_a_hotlines_centre_is_one_name() -> None:
    assert names("九江市12345政务服务便民热线中心设立企业专席。", "九江市") == [
        "九江市12345政务服务便民热线中心"
    ]


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        (
            "湖州市水务集团、市供水公司与德清县燃气集团实行联合报装",
            "湖州市",
            ["湖州市水务集团", "湖州市供水公司", "德清县燃气集团"],
        ),
        ("嘉兴热力公司开通供热报装专线", "嘉兴市", ["嘉兴热力公司"]),
        (
            "市卫生健康委、市住房城乡建设委联合推行“一件事”",
            "天津市",
            ["天津市卫生健康委", "天津市住房城乡建设委"],
        ),
        (
            "赣州市营商环境优化升级办公室选派服务专员",
            "赣州市",
            ["赣州市营商环境优化升级办公室"],
        ),
        (
            "会同浙江省政务服务和公共资源交易服务中心推进通办",
            "湖州市",
            ["浙江省政务服务和公共资源交易服务中心"],
        ),
        (
            "由哈密市政务服务和公共资源交易中心组建帮办团队",
            "哈密市",
            ["哈密市政务服务和公共资源交易中心"],
        ),
        ("驿站与当地商会合作举办宣讲会", "宝鸡市", []),
        ("请将问题及时反馈至省营商环境建设局", "宝鸡市", []),
        ("各地经验材料报送至省发展改革委", "宝鸡市", []),
        ("问题请反馈至省发展改革委(省营商环境建设办公室)", "宝鸡市", []),
    ],
)
def test_utilities_commissions_and_addressees(text: str, where: str, expected: list) -> None:
    """Water, gas and heat utilities named by their place, commissions written short with their
    field in full (住房城乡建设委), long office and centre names, and names that do not act: a
    local body of no name (当地商会) and where a report is sent (反馈至, 报送至), with the name
    in brackets after it."""
    assert names(text, where) == expected


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        ("市纪委牵头开展专项整治", "嘉兴市", ["嘉兴市纪委"]),
        ("区纪委区监委对窗口作风开展明察暗访", "南湖区", ["南湖区纪委区监委"]),
        ("团市委联合市人力社保局举办招聘会", "嘉兴市", ["嘉兴市人力社保局"]),
        ("浙商银行嘉兴分行推出“科创贷”", "嘉兴市", ["浙商银行嘉兴分行"]),
    ],
)
def test_discipline_commissions_league_and_banks(text: str, where: str, expected: list) -> None:
    """Discipline commissions written apart or with both markers (区纪委区监委); the youth
    league's committee (团市委) is not the party's (市委); joint-stock banks with their branch."""
    assert names(text, where) == expected


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        ("泰州市入选国务院办公厅督查激励名单", "泰州市", []),
        ("企业可到市政务服务中心综合窗口办理", "泰州市", []),
        ("接到省生态环境厅的通知后,企业提出申请", "泰州市", ["江苏省生态环境厅"]),
        (
            "海安市人民政府、如皋市人民政府分别出台配套政策",
            "南通市",
            ["海安市人民政府", "如皋市人民政府"],
        ),
    ],
)
def test_honours_venues_notices_and_new_cities(text: str, where: str, expected: list) -> None:
    """An honour won (入选…) is no part of a name; a venue a firm goes to (到…) does not act, a
    body whose notice is received (接到…) does; a county turned city since the code table
    (海安县 → 海安市) names its own government, not its prefecture's."""
    assert names(text, where) == expected


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        (
            "市推进政府职能转变协调小组办公室牵头制定清单",
            "漳州市",
            ["漳州市推进政府职能转变协调小组办公室"],
        ),
        (
            "市深化“放管服”改革优化营商环境工作领导小组办公室统筹推进",
            "漳州市",
            ["漳州市深化“放管服”改革优化营商环境工作领导小组办公室"],
        ),
        ("市政府成立优化营商环境工作领导小组", "漳州市", ["漳州市政府"]),
        ("市场监管局持续深化改革,牵头成立知识产权保护协调小组", "漳州市", ["漳州市市场监管局"]),
        ("依托福建省网上办事大厅实现全程网办", "漳州市", []),
        ("龙海区行政服务中心管委会推行“一窗通办”", "漳州市", ["龙海区行政服务中心管委会"]),
        (
            "漳州高新技术产业开发区管委会行政审批局推行“秒批”",
            "漳州市",
            ["漳州高新技术产业开发区管委会行政审批局"],
        ),
    ],
)
def test_groups_named_by_their_task(text: str, where: str, expected: list) -> None:
    """A group's name states its task, with quotes and the task's verbs (推进, 深化); a verb that
    sets a group up (成立) or a clause before it is no part of it; an online hall is a platform;
    a centre's administrative committee, and a zone committee's bureau, are one name with it."""
    assert names(text, where) == expected


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        (
            "瓯海区人民法院娄桥人民法庭设立“共享法庭”",
            "温州市",
            ["瓯海区人民法院娄桥人民法庭"],
        ),
        ("五马市场监督管理所推行“首违不罚”", "温州市", ["五马市场监督管理所"]),
        (
            "鹿城区市场监管局联合五马市场监管所开展检查",
            "温州市",
            ["鹿城区市场监管局", "五马市场监管所"],
        ),
        ("市教育局新建实验小学", "温州市", ["温州市教育局"]),
        ("市科技局认定科技企业孵化器研究院3家", "温州市", ["温州市科技局"]),
        ("市政府支持建设科创服务中心", "温州市", ["温州市政府"]),
    ],
)
def test_stations_tribunals_and_partners_named_after_a_body(
    text: str, where: str, expected: list
) -> None:
    """A town's station or a court's tribunal, alone or written after its bureau or court; a
    body a partnering verb (联合) joins to a name is a name of its own, while a body a verb
    merely acts on (新建, 认定) is not, nor a centre the government backs (支持) a unit of it."""
    assert names(text, where) == expected


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        (
            "湖州市燃气有限公司、湖州市水务集团有限公司联合推出“接水接气一件事”",
            "湖州市",
            ["湖州市燃气有限公司", "湖州市水务集团有限公司"],
        ),
        ("市住建局联合华润燃气等企业推行联合报装", "湖州市", ["湖州市住建局", "华润燃气"]),
        ("市住建局联合开展燃气安全专项检查", "湖州市", ["湖州市住建局"]),
        ("市应急管理局会同城镇燃气经营企业开展排查", "湖州市", ["湖州市应急管理局"]),
    ],
)
def test_utility_firms(text: str, where: str, expected: list) -> None:
    """Utilities named by their place in a firm's form (燃气有限公司), and a gas supplier known
    by its group's name that a partnering verb brings in (华润燃气等企业), not gas as a trade
    (开展燃气安全检查, 城镇燃气经营企业)."""
    assert names(text, where) == expected


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        (
            "市数据资源管理局牵头,国网马鞍山供电公司、马鞍山华润燃气发展有限公司等单位参与",
            "马鞍山市",
            ["马鞍山市数据资源管理局", "国网马鞍山供电公司", "马鞍山华润燃气发展有限公司"],
        ),
        ("为马鞍山某某科技有限公司、安徽某某电子有限公司等单位办理变更登记", "马鞍山市", []),
    ],
)
def test_firms_listed_among_bodies_that_take_part(text: str, where: str, expected: list) -> None:
    """A firm listed with bodies that act, the list closed as one of units (等单位), takes
    part; a list of firms alone may be the businesses served."""
    assert names(text, where) == expected


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        ("审查以市政府或市政府办公室名义出台的政策措施文件", "常州市", []),
        (
            "以市政府名义印发《关于推行“双随机、一公开”监管的实施方案》",
            "常州市",
            ["常州市政府"],
        ),
    ],
)
def test_in_whose_name_documents_were_issued(text: str, where: str, expected: list) -> None:
    """The body in whose name the documents a clause describes were issued (…名义出台的文件)
    does not act; one that issues a document in its name does."""
    assert names(text, where) == expected


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        ("包头市委组织部副部长张某某表示,将持续深化党群服务中心建设", "包头市", []),
        (
            "固阳县委组织部副部长李某某介绍,近年来,固阳县依托党群服务中心搭建平台",
            "固阳县",
            ["固阳县委组织部"],
        ),
        (
            "县市场监管局推行“一业一证”。县市场监管局局长王某表示,下一步将扩大试点",
            "固阳县",
            ["固阳县市场监管局"],
        ),
    ],
)
def test_an_officer_who_speaks_of_plans(text: str, where: str, expected: list) -> None:
    """A body whose officer only says what it will do (表示,将…) does not act in the case by
    that; one whose officer tells what was done does, and so does one named acting elsewhere."""
    assert names(text, where) == expected


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        (
            "市政务服务管理和网络理政办公室推行“一网通办”",
            "绵阳市",
            ["绵阳市政务服务管理和网络理政办公室"],
        ),
        ("涪城区城厢街道党工委推行“街区治理”", "绵阳市", ["涪城区城厢街道党工委"]),
        ("在市中心城区推行“15分钟政务服务圈”", "绵阳市", []),
    ],
)
def test_long_offices_and_street_committees(text: str, where: str, expected: list) -> None:
    """An office named by two fields joined by 和, a street's party working committee; a city's
    centre (市中心城区) is a place, not a centre."""
    assert names(text, where) == expected


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        ("我市市场监管局推行“一业一证”改革", "临沂市", ["临沂市市场监管局"]),
        ("该市行政审批服务局推出“帮办代办”", "临沂市", ["临沂市行政审批服务局"]),
        ("本市各区县政府负责落实", "临沂市", []),
        ("我市高度重视营商环境", "临沂市", []),
    ],
)
def test_the_report_or_the_paper_names_its_city(text: str, where: str, expected: list) -> None:
    """我市 / 该市 / 本市 before a body name the case's city as 市 alone does."""
    assert names(text, where) == expected


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        ("常州市质量技术监督检验所开通检测“绿色通道”", "常州市", ["常州市质量技术监督检验所"]),
        (
            "市人力资源和社会保障局劳动人事争议仲裁院开设“速裁庭”",
            "常州市",
            ["常州市人力资源和社会保障局劳动人事争议仲裁院"],
        ),
        (
            "常州市妇女联合会、共青团常州市委员会联合举办招聘会",
            "常州市",
            ["常州市妇女联合会", "共青团常州市委员会"],
        ),
    ],
)
def test_institutes_tribunals_and_league_committees(text: str, where: str, expected: list) -> None:
    """Inspection institutes, an arbitration court written after its bureau, and a league's
    committee listed after another body, which keeps no shared place (共青团…)."""
    assert names(text, where) == expected


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        (
            "12345热线“接诉即办”。甘孜州12345政务服务便民热线中心设立企业专席",
            "甘孜藏族自治州",
            ["甘孜州12345政务服务便民热线中心"],
        ),
        ("借鉴西安市市场监督管理局做法,由市场监管局牵头推行", "延安市", ["延安市市场监管局"]),
        # a hotline is its city's: written bare in a province's or district's case, it stays so
        ("省税务局与12345热线建立双向转办机制", "江西省", ["江西省税务局", "12345热线"]),
        ("区政务服务中心受理后,由12345热线回访", "历下区", ["历下区政务服务中心", "12345热线"]),
    ],
)
def test_a_bare_type_word_is_the_body_named_in_full(text: str, where: str, expected: list) -> None:
    """A type word without a place (12345热线) is the body of the case's region that the case
    names in full, not another body; a body of another place named in full is none of it."""
    assert names(text, where) == expected


def test_bracketed_places_and_other_plates() -> None:
    """中国(X) opens a name with its place in brackets, its jurisdiction X; a zone named so
    keeps its own; a name in brackets right after another is that body's other plate."""
    text = normalise(
        "三亚市市场监督管理局（三亚市知识产权局）依托中国（海南）知识产权保护中心开展预审"
    )
    found = find_agencies(text, gaz().resolve("三亚市"), gaz())
    assert [(a.name, a.region.name) for a in found] == [
        ("三亚市市场监督管理局", "三亚市"),
        ("中国(海南)知识产权保护中心", "海南省"),
    ]
    zone = normalise("中国（湖北）自由贸易试验区武汉片区管委会推行“证照分离”")
    (committee,) = find_agencies(zone, gaz().resolve("武汉市"), gaz())
    assert committee.region.name == "中国(湖北)自由贸易试验区武汉片区"


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        (
            "瑞丽海关、瑞丽边境经济合作区管委会联合推行“提前申报”",
            "德宏傣族景颇族自治州",
            ["瑞丽海关", "瑞丽边境经济合作区管委会"],
        ),
        (
            "旬阳县人民政府联合陕西旬阳农村商业银行股份有限公司推出“信用贷”",
            "旬阳县",
            ["旬阳县人民政府", "陕西旬阳农村商业银行股份有限公司"],
        ),
        ("国家税务总局在全国推广数字化电子发票", "北京市", ["国家税务总局"]),
        (
            "上海海关所属浦东海关联合上海港务集团有限公司推行“船边直提”",
            "上海市",
            ["上海海关", "浦东海关", "上海港务集团有限公司"],
        ),
        ("广元市融资担保有限公司对贷款直接予以担保", "广元市", ["广元市融资担保有限公司"]),
        ("广元市中级人民法院设立调解工作室,引入行业协会调解员", "广元市", ["广元市中级人民法院"]),
        (
            "广元市住建局牵头,国网广元供电公司、广元市水务投资集团共同入驻政务服务中心",
            "广元市",
            ["广元市住建局", "国网广元供电公司", "广元市水务投资集团"],
        ),
    ],
)
def test_zone_committees_firm_forms_and_units_under_a_body(
    text: str, where: str, expected: list
) -> None:
    """A zone's committee with no place the gazetteer knows, a bank with its firm form, the
    national tax administration in a national case, a unit under a body (所属), a financing
    guarantor, a firm that joins a window with them (共同入驻); a kind brought in (引入行业协会)
    and a clause (…共同入驻…中心) are no names."""
    assert names(text, where) == expected


def test_an_answer_runs_on_under_its_speakers_label() -> None:
    """A press conference: the speaker's label on a line of its own, the answer under it; its
    我们 is the speaker's, not the report's author's."""
    text = view(
        "主持人:\n下面请张华先生介绍。\n\n张华:\n各位记者朋友,大家好。去年以来,我们推行“一件事”改革。\n"
    )
    assert first_person(text) == []


def test_a_body_is_named_with_its_place_written_longest() -> None:
    """前海管理局 and 深圳市前海深港现代服务业合作区管理局 are one body: the zone written out."""
    text = (
        "前海管理局联合深圳海关推出通关便利措施。"
        "深圳市前海深港现代服务业合作区管理局表示,已有300家企业受益。"
    )
    assert names(text, "深圳市") == ["深圳海关", "深圳市前海深港现代服务业合作区管理局"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # utilities that join the service centre's window together provide the service
        (
            "国网九江供电公司、九江市供水集团、九江华润燃气公司共同进驻市政务服务中心,实行联合报装。",
            ["国网九江供电公司", "九江市供水集团", "九江华润燃气公司", "九江市政务服务中心"],
        ),
        # a verb of entering ends a name (no 国网九江供电公司进驻市政务服务中心)
        (
            "国网九江供电公司进驻市政务服务中心开设专窗。",
            ["国网九江供电公司", "九江市政务服务中心"],
        ),
        # firms alone entering a park are the businesses served
        ("华联超市公司、九江建材集团共同入驻产业园。", []),
        # a port office written short
        ("九江市口岸办联合九江海关推行两步申报。", ["九江市口岸办", "九江海关"]),
    ],
)
def test_firms_that_join_a_window_with_named_bodies(text: str, expected: list) -> None:
    assert names(text, "九江市") == expected


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        # days after a bank's branch measure its speed, they count no branches
        ("宁波银行温州分行3个工作日内完成放款。", "温州市", ["宁波银行温州分行"]),
        ("新增省级孵化中心5个。", "温州市", []),  # a count after a kind of body
        # a regional bank whose name is no place
        ("市金融办联合徽商银行推出“科技贷”。", "芜湖市", ["芜湖市金融办", "徽商银行"]),
        # a rural credit union and a state grid company named by their place
        ("泾县农村信用合作联社推出“林权贷”。", "泾县", ["泾县农村信用合作联社"]),
        ("国网安徽省电力有限公司推行“三零”服务。", "合肥市", ["国网安徽省电力有限公司"]),
        # an autonomous region's branch of a known bank
        ("农业银行宁夏区分行开通绿色通道。", "银川市", ["中国农业银行宁夏区分行"]),
        # a gas supplier's place in brackets between its trade and its form
        (
            "市住建局会同港华燃气(芜湖)有限公司推行联合报装。",
            "芜湖市",
            ["芜湖市住建局", "港华燃气(芜湖)有限公司"],
        ),
    ],
)
def test_banks_credit_unions_and_utilities_by_their_names(
    text: str, where: str, expected: list
) -> None:
    assert names(text, where) == expected


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        # a prefecture's body named by its kind (地区) in a case of a prefecture
        ("地区市场监管局推行“证照联办”。", "和田地区", ["和田地区市场监管局"]),
        # 地区 in a case of a city is a word (沿海地区), no marker
        ("沿海地区市场监管局加强协作。", "宁波市", []),
        # a municipality's district commission written short
        ("区住房城乡建委推行“联合验收”。", "海淀区", ["海淀区住房城乡建委"]),
    ],
)
def test_a_prefecture_named_by_its_kind_and_district_commissions(
    text: str, where: str, expected: list
) -> None:
    assert names(text, where) == expected


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        # a park's body named by its kind (园区) in a case of a park
        (
            "苏州工业园区管委会建成企业服务中心。园区税务局推行“非接触式”办税。",
            "苏州工业园区",
            ["苏州工业园区管委会", "苏州工业园区税务局"],
        ),
        # any zone is a park, named as the case writes it (经开区, the province written before)
        (
            "芜湖经开区管委会牵头,园区市场监管局推行“证照联办”。",
            "芜湖经济技术开发区",
            ["芜湖经开区管委会", "芜湖经开区市场监管局"],
        ),
        (
            "在安徽省芜湖经开区,园区市场监管局推行“证照联办”。",
            "芜湖经开区",
            ["芜湖经开区市场监管局"],
        ),
        # 园区 in a city's case names no body of its own
        ("园区税务局推行“非接触式”办税。", "苏州市", []),
    ],
)
def test_a_park_named_by_its_kind(text: str, where: str, expected: list) -> None:
    assert names(text, where) == expected


def test_a_marker_takes_the_short_form_the_case_writes_its_place_in() -> None:
    """互助县 is how the case writes 互助土族自治县: its 县自然资源局 is 互助县自然资源局, as the
    annotators write it; a case that never writes the short form gets the full name."""
    gazetteer = gaz()
    county = gazetteer.resolve("互助土族自治县")
    text = normalise("互助县推行“拿地即开工”。县自然资源局、县住房和城乡建设局建立联审机制。")
    names = [a.name for a in find_agencies(text, county, gazetteer)]
    assert names == ["互助县自然资源局", "互助县住房和城乡建设局"]
    plain = normalise("推行“拿地即开工”。县自然资源局建立联审机制。")
    assert [a.name for a in find_agencies(plain, county, gazetteer)] == ["互助土族自治县自然资源局"]


def test_a_body_charged_with_spreading_a_listed_reform_does_not_act_in_it() -> None:
    """A 可复制推广清单 item closes with the province bodies charged with spreading it
    (省直责任单位：省市场监管局、省税务局。): they are not the case's actors, and no
    practice's name either; the body that did the work is."""
    text = (
        "湖南省发展和改革委员会关于印发可复制推广改革举措清单的通知\n\n"
        "1.经营主体登记“智能审批”\n"
        "主要做法：株洲市市场监督管理局推行企业登记“智能审批”，已办理智能审批业务2.1万件。\n"
        "推广范围：全省。\n"
        "省直责任单位：省市场监管局、省税务局。\n\n"
        "2.工业项目“拿地即开工”\n"
        "主要做法：岳阳市推行工业项目“拿地即开工”，项目开工时间平均提前3个月。\n"
        "推广范围：全省。\n"
        "省直责任单位：省自然资源厅。\n"
    )
    facts = extracted(text, "list.txt")
    first = facts.measures[0]
    assert [a.name for a in first.agencies] == ["株洲市市场监督管理局"]
    assert all("省" not in m.label for f in facts.measures for m in f.mechanisms)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("漳州市纪委监委在全市86家重点企业、12家行业商会设立监测点。", ["漳州市纪委监委"]),
        ("2025年，新培育海关高级认证企业6家。", []),
        ("漳州市9个街道党群服务中心均已设置自助办税区。", []),
        ("漳州市家具行业协会联合开展培训。", ["漳州市家具行业协会"]),
    ],
)
def test_bodies_counted_or_grown_are_no_names(text: str, expected: list[str]) -> None:
    """A count of bodies (12家行业商会, 9个街道党群服务中心) names none, nor does what was
    grown (新培育海关…);
    a name that opens with the same character (家具行业协会) still does."""
    assert names(text, "漳州市") == expected


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        (
            "国网甘肃省电力有限公司张掖供电公司推行低压小微企业“三零”服务。",
            "张掖市",
            ["国网甘肃省电力有限公司张掖供电公司"],
        ),
        (
            "中国建设银行股份有限公司宿州分行推出“科创贷”，已放款3亿元。",
            "宿州市",
            ["中国建设银行股份有限公司宿州分行"],
        ),
        (
            "成都市规划和自然资源局天府新区管理局推行“交地即交证”。",
            "成都市",
            ["成都市规划和自然资源局天府新区管理局"],
        ),
    ],
)
def test_a_branch_written_after_its_firm_or_bureau_is_one_body(
    text: str, where: str, expected: list[str]
) -> None:
    """A firm's branch after the firm's full name (…有限公司张掖供电公司), a bank's branch after
    its legal form (…股份有限公司宿州分行) and a bureau's area office (…局天府新区管理局) are
    each one body, as annotators write them."""
    assert names(text, where) == expected


def test_a_corps_division_and_its_city_name_one_body() -> None:
    """兵团's divisions and cities are one (师市合一): 第一师阿拉尔市 is the city's joint name and
    stays in its bodies' names."""
    text = "第一师阿拉尔市市场监管局推行个体工商户“一件事”。"
    assert names(text, "阿拉尔市") == ["第一师阿拉尔市市场监管局"]
