"""Mechanism extraction: unit behaviour, and recall/precision against the gold annotations."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest

from kg.corpus import normalise
from kg.extract.mechanisms import MechanismMention, _project, find_mechanisms
from kg.vocab import MechanismVocabulary

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def vocab() -> MechanismVocabulary:
    return MechanismVocabulary.load()


def test_the_projection_drops_every_quote_mark_and_maps_back():
    """Aliases are matched across quote marks (“一网通办”, 「秒批」, a straight "…"), and each
    character of the projection points back at itself in the text."""
    text = '推行“一网通办”、「秒批」和"跨省通办"‘三即’改革”'
    projection = _project(text)
    assert projection.plain == "推行一网通办、秒批和跨省通办三即改革"
    assert [text[i] for i in projection.offsets] == list(projection.plain)
    assert _project("").plain == "" and _project("“”").offsets == ()


def test_vocabulary_match_gives_concept_and_pref_label(vocab):
    text = "依托一网通办平台,推行容缺审批,建立首问负责工作制度,召开联席会议。"
    labels = {(m.label, m.concept is not None) for m in find_mechanisms(text, vocab)}
    assert {
        ("一网通办", True),
        ("容缺受理", True),
        ("首问负责制", True),
        ("联席会议", True),
    } <= labels


def test_alias_inside_an_unrelated_word_is_not_matched(vocab):
    # 约谈 is an alias; 预约谈话 is not an admonitory talk.
    assert not any(m.label == "约谈" for m in find_mechanisms("提供预约谈话服务", vocab))
    assert any(m.label == "约谈" for m in find_mechanisms("对企业进行约谈", vocab))


def test_quote_split_alias_is_matched_across_quote_marks(vocab):
    result = find_mechanisms("培育企业标准“领跑者”5项", vocab)
    # the text calls the concept by its quoted end: that is the mention
    assert [(m.label, m.surface) for m in result] == [("企业标准领跑者", "“领跑者”")]
    result = find_mechanisms("落实行政执法“三项制度”。", vocab)
    assert [(m.label, m.surface) for m in result] == [("行政执法三项制度", "“三项制度”")]


def test_quoted_practice_names_become_candidates(vocab):
    text = "探索推行“三减五帮两个确保”工作机制,建立“五办”机制,实现“零材料、零费用、零跑路”。"
    result = {m.label: m.concept for m in find_mechanisms(text, vocab)}
    assert result.get("三减五帮两个确保", "missing") is None
    assert result.get("五办机制", "missing") is None
    assert "零材料、零费用、零跑路" not in result


@pytest.mark.parametrize(
    "text",
    [
        "切实解决企业“堵点”问题",
        "先后荣获“中国电子商务示范城市”称号",
        "依托“青岛市场监管”微信公众号",
        "将费用从过去的上千元变为“0费用”",
        "当年共“12345”件",
        "深化推行标准办,实现“同标准办理”。",
    ],
)
def test_quotes_that_are_not_practices_are_dropped(vocab, text):
    assert [m for m in find_mechanisms(text, vocab) if m.concept is None] == []


def test_unquoted_named_mechanisms(vocab):
    text = "与两家企业建立协调对接机制,探索建立轻微违法行为容错机制,完善体制机制。"
    labels = [m.label for m in find_mechanisms(text, vocab)]
    assert labels == ["协调对接机制", "轻微违法行为容错机制"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # sentences of seeds 001 and 003
        ("助推制造业转型,开展科技创新标准化城市试点,参与制修订", "科技创新标准化城市试点"),
        ("建设全省首家医疗器械CDMO平台,依托医疗器械注册人制度", "医疗器械CDMO平台"),
        ("搭建全市大数据政务资源共享平台,推进“一网通管”", "大数据政务资源共享平台"),
        ("税务机构建立了税企互信合作机制,", "税企互信合作机制"),
    ],
)
def test_unquoted_name_starts_after_its_verb_and_scope(vocab, text, name):
    """A verb overlapping the trigger (构建立) or a scope (全省首家) is not part of the name; a
    trigger word used as a noun inside the name (科技创新) does not cut it."""
    assert name in [m.label for m in find_mechanisms(text, vocab) if m.concept is None]


def test_enumerated_action_names_are_split(vocab):
    text = "推行企业开办“标准办、网上办、集成办”的“五办模式”"
    labels = [m.label for m in find_mechanisms(text, vocab)]
    assert "标准办" in labels and "集成办" in labels and "五办模式" in labels


def test_rule_titles_drop_their_issuer(vocab):
    text = "制订《宝鸡市知识产权局专利侵权纠纷行政裁决操作规程》和《年度工作要点》"
    labels = [m.label for m in find_mechanisms(text, vocab) if m.concept is None]
    assert labels == ["专利侵权纠纷行政裁决操作规程"]


def test_mention_is_frozen():
    mention = MechanismMention(0, 4, "一网通办", None, "一网通办")
    with pytest.raises(FrozenInstanceError):
        mention.start = 1  # type: ignore[misc]


@pytest.mark.parametrize(
    "text",
    [
        "群众最关心办事“通不通”“及时不及时”。",  # a yes-or-no worry
        "他说:“真没想到这么快,太感谢了!”",  # someone's words
        "企业开办“一趟不用跑”“一分不用花”。",  # a result stated as a slogan
        "竣工验收“一次到位”。",  # a result: done properly
        "提升“获得电力”指标水平。",  # a business-environment indicator
        "搭建“1”个平台,提供“2”项服务。",  # counted things
        "设立“一把手”接待日。",  # emphasis, not a name
        "过去企业“多头跑、反复跑”，补贴“钱却迟迟拿不到”。",  # complaints from before
        "新上的生产线“一分钱没花，三天就通了电”。",  # what a firm said of its result
        "一些地方“学了形式、丢了实质”。",  # a scholar's warning
        "港企最担心的是「打官司用唔熟悉的法律」。",  # Cantonese speech
    ],
)
def test_quotes_that_name_no_practice_give_no_candidate(vocab, text):
    assert [m.label for m in find_mechanisms(text, vocab) if m.concept is None] == []


def test_a_name_ending_in_a_concept_is_that_concept_with_the_whole_name(vocab):
    text = "构建“1+N+1”多元解纷机制,化解矛盾纠纷。"
    [mention] = [m for m in find_mechanisms(text, vocab) if "多元解纷" in m.surface]
    assert mention.concept == vocab.lookup("多元解纷")
    assert mention.surface == "“1+N+1”多元解纷机制"
    assert not [m for m in find_mechanisms(text, vocab) if m.concept is None]


def test_a_quoted_formula_joins_its_head_noun(vocab):
    text = "建立“5+X”工作机制,精准服务外贸企业。"
    assert "5+X工作机制" in [m.label for m in find_mechanisms(text, vocab)]


def test_a_facility_name_stops_at_a_verb(vocab):
    text = "以“信用赣州”APP为平台,开展信用评价。"
    labels = [m.label for m in find_mechanisms(text, vocab)]
    assert not any("为平台" in label for label in labels)


def test_names_listed_before_their_kind_are_each_a_practice(vocab):
    text = "配套建立首办跟踪、难题会商等工作机制,确保诉求件件有回音。"
    labels = [m.label for m in find_mechanisms(text, vocab) if m.concept is None]
    assert {"首办跟踪", "难题会商"} <= set(labels)


def test_a_quote_that_qualifies_a_reform_names_it(vocab):
    text = "一场全市营业执照“当场可取”的政务便利化改革由此展开。"
    assert "当场可取" in [m.label for m in find_mechanisms(text, vocab)]


# --- written probes of the genre (invented places and names) -----------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("黔南州推行多测合一、联合验收,实现拿地即开工。", "多测合一"),
        ("某区试点带押过户,不动产抵押登记进银行。", "带押过户"),
        ("上线惠企政策计算器,设立首席服务官。", "政策计算器"),
        ("推行银税互动,扩大信易贷覆盖面。", "银税互动"),
        ("法院开通跨域立案,推广移动微法院,开展巡回审判。", "跨域立案"),
        ("开展直播带岗活动,帮助企业招工。", "直播带岗"),
        ("以银行保函替代现金缴纳保证金。", "电子保函"),
        ("推行扫码入企,规范涉企检查。", "扫码入企"),
        ("试点工程质量潜在缺陷保险,推行建筑师负责制。", "工程质量潜在缺陷保险"),
        ("厦门港推行“船边直提”“抵港直装”。", "船边直提"),
        ("中院推行在线诉讼和电子送达。", "在线诉讼"),
        ("建立劳动关系协调三方机制。", "劳动关系三方机制"),
    ],
)
def test_genre_wide_mechanisms_are_in_the_vocabulary(vocab, text, label):
    concept = vocab.lookup(label)
    assert concept is not None and concept in {m.concept for m in find_mechanisms(text, vocab)}


def test_a_head_noun_after_a_concept_joins_its_mention(vocab):
    text = "依托“一网通办”平台,推行容缺受理机制,开展信用分级分类监管试点。"
    surfaces = {m.label: m.surface for m in find_mechanisms(text, vocab)}
    assert surfaces["一网通办"] == "一网通办”平台"
    assert surfaces["容缺受理"] == "容缺受理机制"
    assert surfaces["信用分级分类监管"] == "信用分级分类监管试点"
    assert not [m for m in find_mechanisms(text, vocab) if m.concept is None]


def test_a_concept_not_followed_by_a_head_keeps_its_own_span(vocab):
    [mention] = find_mechanisms("全面推行容缺受理,压缩办理时间。", vocab)
    assert mention.surface == "容缺受理"


@pytest.mark.parametrize(
    "word",
    ["台账", "督办"],
)
def test_common_words_are_no_mechanism_on_their_own(vocab, word):
    assert vocab.lookup(word) is None
    assert vocab.lookup("挂牌督办") is not None and vocab.lookup("台账管理") is not None


@pytest.mark.parametrize(
    "text",
    [
        # parts of an app or a platform, not practices
        "在掌上办事平台设置“我要办”“我要查”“我要评”等六大模块。",
        "在企业端开设“老板直通车”“政策快递”等栏目。",
        # products of a geographical indication
        "培育“遵义朝天椒”“湄潭翠芽”等地理标志产品。",
        # quoted lists that state results or duties
        "做到“管得好、用得活、做得实”。",
        "树立“监管是本职、服务是本分”理念。",
        "推动“减环节、减时间、减材料、减跑动”。",
        # a bare "matter", not the 一件事一次办 reform
        "把企业迁移作为“一件事”办理。",
        # problems a practice takes on, not practices
        "政府买单破解“审图贵”。",
        "既要防止“一查了之”“一罚了之”，也要防止“以罚代管”。",
        # a trigger verb inside a noun (建设单位, 建设厅) starts no name
        "建设单位通过工程建设项目审批管理系统在线提交图纸。",
        "省住房城乡建设厅坚持试点先行、逐步推开。",
        # the life events a 一件事 service bundles, not practices
        "推出“开办超市”“员工录用”等16个“一件事”主题套餐。",
        "新增“开办民宿”“二手车交易”等10个以上“一件事”。",
    ],
)
def test_quotes_that_are_parts_products_or_statements_give_no_candidate(vocab, text):
    assert [m.label for m in find_mechanisms(text, vocab) if m.concept is None] == []


def test_a_module_list_keeps_the_platform(vocab):
    text = "打造“赣服通”服务平台,设置“我要查”等模块。"
    labels = [m.label for m in find_mechanisms(text, vocab) if m.concept is None]
    assert labels == ["赣服通"]


@pytest.mark.parametrize(
    "text",
    [
        "强化劳动力市场监管。严格依法审批特殊工时制度。",  # a goal as a step heading
        "规范涉农行政执法。县农业农村局开展执法培训。",  # a goal: 规范 what
        "组织一次执法检查。随机选取执法活动进行体验。",  # one act
        "打造农村食品安全治理新模式,提升监管水平。",  # a claim of novelty for a field
        "系统推进企业投资审批制度改革。",  # a field of reform
    ],
)
def test_goals_acts_and_novelty_claims_are_no_names(vocab, text):
    assert [m.label for m in find_mechanisms(text, vocab) if m.concept is None] == []


def test_a_short_sentence_that_names_an_action_is_still_a_candidate(vocab):
    text = "日韩企业跨国帮办。对外资企业提供全程指导。"
    assert "日韩企业跨国帮办" in [m.label for m in find_mechanisms(text, vocab)]


def test_rule_titles_drop_a_document_opening_and_an_anonymised_place(vocab):
    opening = "出台《关于建立诉前先行调解工作机制》,"
    text = opening + "制定《×市公平竞争审查政策措施抽查制度》和《规程》。"
    labels = [m.label for m in find_mechanisms(text, vocab) if m.concept is None]
    assert labels == ["诉前先行调解工作机制", "公平竞争审查政策措施抽查制度"]


def test_traditional_text_meets_the_same_concepts(vocab):
    text = normalise("推行「帶押過戶」和多測合一,開通跨域立案。")
    labels = {m.label for m in find_mechanisms(text, vocab) if m.concept}
    assert {"带押过户", "多测合一", "跨域立案"} <= labels


def test_a_named_system_after_its_verb_is_a_candidate(vocab):
    text = "法院依托破产案件辅助管理系统,实现案件全流程网上办理。"
    assert "破产案件辅助管理系统" in [m.label for m in find_mechanisms(text, vocab)]


def test_a_quote_followed_by_its_system_noun_names_a_practice(vocab):
    text = "建立涉企行政检查“白名单”制度,减少对企业的干扰。"
    assert "白名单" in [m.label for m in find_mechanisms(text, vocab) if m.concept is None]


def test_components_that_are_goals_are_left_out(vocab):
    text = "推行“服务+X”(X:上门辅导、集中培训、优化服务、提升效能)模式。"
    labels = [m.label for m in find_mechanisms(text, vocab) if m.concept is None]
    assert {"上门辅导", "集中培训"} <= set(labels)
    assert "优化服务" not in labels and "提升效能" not in labels


def test_a_short_quote_joins_every_head_noun_after_it(vocab):
    text = "打造“管家式”金融服务体系,助力小微企业融资。"
    assert "管家式金融服务体系" in [m.label for m in find_mechanisms(text, vocab)]


def test_a_head_noun_joins_no_quoted_list(vocab):
    text = "烟台市推行“一窗受理、承诺制”改革。"
    assert [m.label for m in find_mechanisms(text, vocab)] == ["一窗受理、承诺制"]


def test_the_steps_a_quote_lists_are_one_practice(vocab):
    """“一次告知、一表申请、一窗受理、一证准营” is one practice as the gold names it: the known
    practices among its steps (一窗受理) are words of it, no practices of their own."""
    text = "芜湖市实行“一次告知、一表申请、一窗受理、一证准营”，发放许可证4860张。"
    assert [m.label for m in find_mechanisms(text, vocab)] == [
        "一次告知、一表申请、一窗受理、一证准营"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "“我们要把服务做到企业心坎上”,区政务服务中心主任说。",  # someone speaking
        "“企业有需求,我们就上门”,他说。",  # a list with a person in it
    ],
)
def test_quoted_speech_gives_no_candidate(vocab, text):
    assert [m.label for m in find_mechanisms(text, vocab) if m.concept is None] == []


def test_a_quoted_list_of_slogans_is_no_speech_and_is_labelled_with_list_marks(vocab):
    text = "坚持“事不过夜,马上就办,办就办好”原则。"
    names = {m.label: m.surface for m in find_mechanisms(text, vocab) if m.concept is None}
    assert names == {"事不过夜、马上就办、办就办好": "“事不过夜,马上就办,办就办好”"}


def test_an_alias_half_inside_a_quote_is_no_match_but_the_quote_names_its_concept(vocab):
    text = "该局推出“容缺+承诺”审批模式。"
    [mention] = find_mechanisms(text, vocab)
    assert mention.concept == vocab.lookup("容缺受理")
    assert mention.surface == "“容缺+承诺”"


def test_a_quoted_name_ending_in_a_concept_is_that_concept(vocab):
    text = "全面推行“企业开办一件事一次办”,打造“内部流转、同步推进、限时办结”流程。"
    mentions = find_mechanisms(text, vocab)
    one_thing = next(m for m in mentions if m.concept == vocab.lookup("一件事一次办"))
    assert one_thing.surface == "“企业开办一件事一次办”"
    # a list that ends in a concept stays a name of its own beside the concept
    assert "内部流转、同步推进、限时办结" in [m.label for m in mentions if m.concept is None]


def test_unquoted_names_inside_a_document_title_or_after_a_preposition_are_no_names(vocab):
    text = "印发《关于推进案件繁简分流工作机制改革的实施意见》,构建与企业沟通常态化机制。"
    assert [m.label for m in find_mechanisms(text, vocab) if m.concept is None] == []


@pytest.mark.parametrize(
    "text",
    [
        '某市推行"三减五帮"服务机制,实现"一网通办"。',  # straight quotes of a web copy
        "某市推行‘三减五帮’服务机制,实现‘一网通办’。",
    ],
)
def test_web_copies_quote_names_with_other_marks(vocab, text):
    assert [m.label for m in find_mechanisms(text, vocab) if m.concept is None] == ["三减五帮"]


def test_a_quoted_list_of_pain_points_is_a_problem(vocab):
    text = "切实解决群众“流程不熟、材料不明、反复跑腿”等痛点。"
    assert [m.label for m in find_mechanisms(text, vocab) if m.concept is None] == []


def test_a_result_word_does_not_hide_a_name_that_ends_in_its_action(vocab):
    text = "深圳市推行“无感申办”改革,实现“零跑路”。"
    assert [m.label for m in find_mechanisms(text, vocab) if m.concept is None] == ["无感申办"]


@pytest.mark.parametrize(
    "text",
    [
        "破解评审专家“人手紧张”“老面孔”等问题,提高评审公正性。",
        "着力化解企业“融资贵”“融资慢”和“担保难”等难题。",
        "開展「便民之星」「服務標兵」等稱號評定。",
    ],
)
def test_quotes_listed_before_a_problem_or_honour_word_are_all_that_kind(vocab, text):
    mentions = find_mechanisms(normalise(text), vocab)
    assert [m.label for m in mentions if m.concept is None] == []


def test_a_quoted_list_followed_by_a_reform_keeps_its_names(vocab):
    text = "推行“三减一帮”“五心服务”等改革,破解“办事慢”问题。"
    labels = [m.label for m in find_mechanisms(text, vocab) if m.concept is None]
    assert labels == ["三减一帮", "五心服务"]


@pytest.mark.parametrize(
    "text",
    [
        "东川区依托全市公共数据共享平台,推进不动产登记与水电气联动过户。",
        "依托银行网点成熟服务体系,推行抵押登记进银行。",
        "青松县依托村级党群服务中心,将社保、医保业务下沉到村。",
    ],
)
def test_an_unquoted_platform_relied_on_is_a_means_not_a_practice(vocab, text):
    assert [m.label for m in find_mechanisms(text, vocab) if m.concept is None] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("东川区搭建公共数据共享平台,推进水电气联动过户。", "公共数据共享平台"),
        ("依托“渝快办”平台推行全程网办。", "渝快办"),
        ("供电公司依托政企协同办电系统获取项目许可信息。", "政企协同办电系统"),
    ],
)
def test_a_platform_set_up_or_branded_stays_a_candidate(vocab, text, name):
    assert name in [m.label for m in find_mechanisms(text, vocab) if m.concept is None]


@pytest.mark.parametrize(
    "text",
    [
        "推行“前台受理、后台流转、并联审批、限时办结”工作流程。",
        "建立“专业调解+示范判决+行政监管”纠纷化解机制。",
        "堅持「事不過夜、馬上就辦、辦就辦好」。",
    ],
)
def test_a_known_practice_inside_a_quoted_list_is_a_step_of_the_list(vocab, text):
    mentions = find_mechanisms(normalise(text), vocab)
    assert len(mentions) == 1 and mentions[0].concept is None
    assert any(mark in mentions[0].label for mark in "、+")


@pytest.mark.parametrize(
    "text",
    [
        "对新建厂房推行“并联审批+容缺受理”,一次性告知所需材料。",
        "探索「容缺受理+告知承諾」審批方式。",
    ],
)
def test_known_practices_joined_by_plus_are_steps_of_one_compound(vocab, text):
    found = find_mechanisms(normalise(text), vocab)
    compound = next(m for m in found if "+" in m.label)
    assert compound.concept is None
    assert [m for m in found if m != compound and compound.start <= m.start < compound.end] == []


def test_a_known_practice_outside_the_quoted_list_stays(vocab):
    text = "推行“前台受理、后台流转、并联审批、限时办结”,全面实行限时办结。"
    concepts = [m.concept for m in find_mechanisms(text, vocab) if m.concept is not None]
    assert concepts == [vocab.lookup("限时办结")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("青禾乳业有限公司(以下简称“青禾乳业”)负责人说,", []),
        ("青禾乳業有限公司（以下簡稱「青禾乳業」）負責人說，", []),
        ("推行惠企资金“即申即兑”改革(以下简称“秒兑”),", ["即申即兑", "秒兑"]),
    ],
)
def test_an_abbreviation_of_a_firm_is_no_practice(vocab, text, names):
    mentions = find_mechanisms(normalise(text), vocab)
    assert [m.label for m in mentions if m.concept is None] == names


@pytest.mark.parametrize(
    "text",
    [
        "充分发挥社区网格员“人头熟、情况明、反应快”作用,推动服务下沉。",
        "坚持“投早、投小、投硬科技”定位,设立天使投资基金。",
        "牢牢把握「黨建引領基層治理」方向。",
    ],
)
def test_a_quote_before_a_role_stance_or_direction_is_no_practice(vocab, text):
    mentions = find_mechanisms(normalise(text), vocab)
    assert [m.label for m in mentions if m.concept is None] == []


def test_a_quote_before_a_practice_head_still_names_it(vocab):
    text = "推行“人头熟、情况明、反应快”网格服务机制。"
    assert [m.label for m in find_mechanisms(text, vocab) if m.concept is None] != []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("南岭区探索开展社区税务联络机制试点,建成服务站3个。", "社区税务联络机制"),
        ("该市开展智慧能源标准化城市试点。", "智慧能源标准化城市试点"),
    ],
)
def test_a_pilot_of_a_named_mechanism_names_the_mechanism(vocab, text, name):
    assert [m.label for m in find_mechanisms(text, vocab) if m.concept is None] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("县税务局开展“护航成长”专项行动,为小微企业送政策上门。", "护航成长专项行动"),
        ("市场监管局深入推进“一证多摊”专项整治,规范集贸市场秩序。", "一证多摊专项整治"),
        ("全区组织“暖企同心”帮扶行动,走访企业120家。", "暖企同心帮扶行动"),
    ],
)
def test_a_campaign_named_by_a_quote_takes_its_kind(vocab, text, name):
    assert name in [m.label for m in find_mechanisms(text, vocab)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("建设报装管理系统、建设用户档案管理系统,拓宽线上渠道。", "用户档案管理系统"),
        ("搭建企业诉求响应平台、搭建政策精准推送平台,助企纾困。", "政策精准推送平台"),
        ("建立首贷续贷对接机制、建立银企信息共享机制。", "银企信息共享机制"),
    ],
)
def test_a_listed_item_that_repeats_the_verb_is_named_without_it(vocab, text, name):
    labels = [m.label for m in find_mechanisms(text, vocab)]
    assert name in labels
    assert not any(label.endswith(name) and label != name for label in labels)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("建立干部“一对一”联系服务机制,及时回应企业诉求。", "一对一联系服务机制"),
        ("推行“点对点”政策推送服务,让企业应享尽享。", "点对点政策推送服务"),
        ("开展“面对面”问需服务,收集问题36个。", "面对面问需服务"),
    ],
)
def test_a_quoted_manner_qualifies_the_name_after_it(vocab, text, name):
    assert name in [m.label for m in find_mechanisms(text, vocab)]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("推动监管方式从“管审批”向“管服务”转变。", "管服务"),
        ("实现服务方式从“坐等上门”到“主动问需帮扶”的转变。", "主动问需帮扶"),
    ],
)
def test_the_state_a_shift_reaches_is_no_practice(vocab, text, state):
    assert state not in [m.label for m in find_mechanisms(text, vocab) if m.concept is None]


def test_a_quote_after_a_direction_word_is_still_a_name(vocab):
    text = "面向小微企业推行“信易贷”服务,全年放贷3亿元。"
    assert "信易贷" in [m.label for m in find_mechanisms(text, vocab)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("提供“7×24小时”在线服务,企业随时可办。", "7×24小时在线服务"),
        ("推行“365天”不打烊服务,节假日照常受理。", "365天不打烊服务"),
    ],
)
def test_a_quoted_time_span_joins_its_head_noun(vocab, text, name):
    assert name in [m.label for m in find_mechanisms(text, vocab)]


def test_a_quoted_number_alone_is_no_name(vocab):
    assert not find_mechanisms("全年受理“12345”来电,回访满意率98%。", vocab)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("大厅开设容缺受理专窗,材料不全也能先办。", "容缺受理专窗"),
        ("在政务大厅设立帮办代办专区,配备专人服务。", "帮办代办专区"),
    ],
)
def test_a_desk_or_area_after_a_concept_belongs_to_its_mention(vocab, text, surface):
    found = [m for m in find_mechanisms(text, vocab) if m.surface == surface]
    assert found and found[0].concept is not None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("全市公布轻微违法行为不予处罚清单,涉企执法更有温度。", "轻微违法行为不予处罚清单"),
        ("交易平台实现多CA互认共享,企业一把锁办全部业务。", "多CA互认共享"),
    ],
)
def test_overlapping_aliases_of_one_concept_are_one_mention(vocab, text, surface):
    found = [m for m in find_mechanisms(text, vocab) if m.concept is not None]
    assert [m.surface for m in found] == [surface]


@pytest.mark.parametrize(
    "text",
    [
        "文件明确“邀约式”检查结果不作为处罚依据。",
        "推广“嵌入式”的做法,效果明显。",
        "干部与企业“一对一”,问题当天回应。",
    ],
)
def test_a_quoted_manner_alone_names_nothing(vocab, text):
    assert not [m for m in find_mechanisms(text, vocab) if m.concept is None]


def test_a_quoted_mode_is_still_a_name(vocab):
    text = "全面推行“三联模式”,企业办事更便捷。"
    assert "三联模式" in [m.label for m in find_mechanisms(text, vocab)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("不动产登记全程网络化。系统打通税务、住建数据,群众一次办完。", "不动产登记全程网络化"),
        ("执法文书模板标准化。全市统一12类文书格式。", "执法文书模板标准化"),
    ],
)
def test_a_short_sentence_naming_a_change_of_form_is_a_practice(vocab, text, name):
    assert name in [m.label for m in find_mechanisms(text, vocab)]


def test_a_short_sentence_stating_a_goal_is_not(vocab):
    text = "推动政务服务规范化。各窗口统一受理标准。"
    assert not [m for m in find_mechanisms(text, vocab) if m.concept is None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("按照“非禁即入”和便民高效的要求,放宽市场准入。", "非禁即入"),
        ("对守法企业秉承“静默守护”的原则,减少检查频次。", "静默守护"),
        ("本着“能简则简”精神,压减申请材料。", "能简则简"),
    ],
)
def test_a_quoted_principle_a_practice_follows_is_a_name(vocab, text, name):
    assert name in [m.label for m in find_mechanisms(text, vocab)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("以“金企分”为核心,为守信企业增信放贷。", "金企分"),
        ("全区以“和事佬”为抓手,推动物业矛盾就地化解。", "和事佬"),
    ],
)
def test_a_quoted_tool_a_practice_is_built_on_is_a_name(vocab, text, name):
    assert name in [m.label for m in find_mechanisms(text, vocab)]


def test_an_area_named_after_a_concept_belongs_to_its_mention(vocab):
    text = "在银行网点设立24小时自助服务区,企业随时打印证照。"
    found = [m for m in find_mechanisms(text, vocab) if m.concept is not None]
    assert [m.surface for m in found] == ["24小时自助服务区"]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("建立县级领导包抓重点项目制度,问题限时解决。", "县级领导包抓"),
        ("该市2023年获批国家级知识产权保护示范区。", "国家级知识产权保护示范区"),
    ],
)
def test_a_level_before_a_concept_belongs_to_its_mention(vocab, text, surface):
    found = [m for m in find_mechanisms(text, vocab) if m.concept is not None]
    assert surface in [m.surface for m in found]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("租赁平台推出“零押金”设备租赁服务,小微企业轻装上阵。", "零押金"),
        ("对低压小微客户实行“零收费”,减轻企业负担。", "零收费"),
    ],
)
def test_a_result_slogan_a_trigger_introduces_names_a_practice(vocab, text, name):
    assert name in [m.label for m in find_mechanisms(text, vocab)]


def test_a_result_slogan_reached_is_not(vocab):
    text = "企业开办全面实现“零收费”。"
    assert "零收费" not in [m.label for m in find_mechanisms(text, vocab)]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("整合维权援助、侵权判定专家库等资源,快速化解纠纷。", "侵权判定专家库"),
        ("推行住所申报承诺、电子商务秘书企业集群注册等举措。", "电子商务秘书企业集群注册"),
    ],
)
def test_a_listed_items_modifier_belongs_to_the_concept_it_ends_in(vocab, text, surface):
    found = [m for m in find_mechanisms(text, vocab) if m.concept is not None]
    assert surface in [m.surface for m in found]


@pytest.mark.parametrize(
    "text", ["对失信被执行人、被处罚或联合惩戒的企业", "加快推进、建立审管联动机制"]
)
def test_a_verb_or_conjunction_before_a_listed_concept_stays_out(vocab, text):
    found = [m for m in find_mechanisms(text, vocab) if m.concept is not None]
    assert found and not any(m.surface.startswith(("被", "建立")) for m in found)


def test_a_latin_abbreviation_in_brackets_belongs_to_the_concept_mention(vocab):
    text = "推行消费纠纷在线解决(ODR),企业与消费者线上和解。"
    found = [m for m in find_mechanisms(text, vocab) if m.concept is not None]
    assert "消费纠纷在线解决(ODR)" in [m.surface for m in found]


@pytest.mark.parametrize(
    ("text", "effect"),
    [
        ("材料一次告知到位,让群众“一趟办妥”。", "一趟办妥"),
        ("简化审批流程,使企业“快准入、早投产”。", "快准入、早投产"),
        ("集成改革让企业开店“一趟办妥”", "一趟办妥"),  # whom, and what they do
    ],
)
def test_a_quote_an_effect_verb_introduces_is_no_practice(vocab, text, effect):
    assert effect not in [m.label for m in find_mechanisms(text, vocab)]


def test_a_quote_after_using_is_still_a_name(vocab):
    text = "企业使用“秦务通”平台办理年报。"
    assert any(m.label.startswith("秦务通") for m in find_mechanisms(text, vocab))


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("窗口人员当好“店小二”,主动上门服务。", "店小二"),
        ("全区干部争当“服务员”,企业诉求马上办。", "服务员"),
    ],
)
def test_a_quoted_role_someone_takes_on_is_no_practice(vocab, text, role):
    assert role not in [m.label for m in find_mechanisms(text, vocab)]


@pytest.mark.parametrize("text", ["提升小微企业“首贷率”。", "全年“办结率”稳步提升,群众更满意。"])
def test_a_quoted_rate_is_an_indicator_not_a_practice(vocab, text):
    assert not [m for m in find_mechanisms(text, vocab) if m.concept is None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("采用电子化公证文书省级试点,企业少跑一趟。", "电子化公证文书"),
        ("开展小微企业首贷培植制度全国试点,缓解融资难题。", "小微企业首贷培植制度"),
    ],
)
def test_a_leveled_pilot_of_a_practice_names_the_practice(vocab, text, name):
    labels = [m.label for m in find_mechanisms(text, vocab)]
    assert name in labels and not any(label.endswith("试点") for label in labels)


def test_a_pilot_of_a_place_kind_stays_whole(vocab):
    text = "开展科技创新标准化城市试点,参与制修订标准。"
    assert "科技创新标准化城市试点" in [m.label for m in find_mechanisms(text, vocab)]


@pytest.mark.parametrize(
    ("text", "pref"),
    [
        ("街道便民服务中心开设“办不成事”反映窗口,专人兜底。", "办不成事反映窗口"),
        ("社保业务实现最多跑一趟。", "一次办好"),
        ("将开办餐馆涉及的多个事项整合为“一件事”,一次申请。", "一件事一次办"),
    ],
)
def test_a_short_common_name_links_its_concept(vocab, text, pref):
    assert pref in [m.label for m in find_mechanisms(text, vocab) if m.concept]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("上线“渝企通”政策服务平台,集成惠企政策。", "渝企通"),
        ("打造「蓉商易」涉企服務平台。", "蓉商易"),
        ("搭建“新商之家”综合服务平台,为商户答疑。", "新商之家"),
    ],
)
def test_a_quoted_brand_before_its_facility_names_it_alone(vocab, text, name):
    labels = [m.label for m in find_mechanisms(normalise(text), vocab) if m.concept is None]
    assert labels == [name]


def test_a_quoted_name_that_is_no_brand_joins_its_facility(vocab):
    text = "建成“沙洲罗盘”项目调度平台。"
    assert [m.label for m in find_mechanisms(text, vocab)] == ["沙洲罗盘项目调度平台"]


def test_a_quoted_app_is_a_platform_a_wechat_account_is_a_channel(vocab):
    text = "升级“苏商通”App,并在“苏商汇”公众号发布政策。"
    assert [m.label for m in find_mechanisms(text, vocab) if m.concept is None] == ["苏商通"]


@pytest.mark.parametrize(
    "text",
    [
        "为破解小微企业“缺资金、缺场地”的难题,设立孵化基金。",
        "推行“临川米粉”集体商标授权使用。",
        "局长:我很赞同。下一步将深化改革。",
    ],
)
def test_a_problem_a_trademark_or_an_answer_is_no_practice(vocab, text):
    assert [m.label for m in find_mechanisms(text, vocab) if m.concept is None] == []


def test_a_quoted_problem_followed_by_its_solving_mechanism_is_named(vocab):
    text = "建立“首问负责+限时答复”的问题解决机制。"
    assert any("+" in m.label for m in find_mechanisms(text, vocab))


def test_a_quoted_list_of_qualities_claims_a_result(vocab):
    text = "企业普遍反映,这项服务“门槛低、流程短、放款快”。"
    assert [m.label for m in find_mechanisms(text, vocab) if m.concept is None] == []


def test_an_action_done_well_is_still_a_name(vocab):
    text = "推出“两审一次办好”服务。"
    assert find_mechanisms(text, vocab) != []


def test_a_pool_of_funds_named_after_a_concept_belongs_to_its_mention(vocab):
    text = "区财政出资设立应急转贷资金池,为企业周转。"
    assert [m.surface for m in find_mechanisms(text, vocab)] == ["应急转贷资金池"]


def test_the_short_name_of_a_guest_evaluator_links_its_concept(vocab):
    text = "聘请15名“体验官”暗访办事大厅。"
    [mention] = find_mechanisms(text, vocab)
    assert mention.concept == vocab.lookup("营商环境体验官")


@pytest.mark.parametrize(
    "text",
    [
        "全年信用修复平均用时压缩至3个工作日。",
        "目前电子证照累计调用量超过2000万次。",
        "第三方评估显示,企业满意度为97%。",  # the source of a finding
    ],
)
def test_a_known_practice_a_result_measures_is_not_put_to_use(vocab, text):
    assert find_mechanisms(text, vocab) == []


def test_a_known_practice_with_its_effect_after_it_stays(vocab):
    text = "推行容缺受理后审批时间缩短一半,信用修复时间由7天压缩至3天。"
    labels = [m.label for m in find_mechanisms(text, vocab)]
    assert labels == ["容缺受理"]


@pytest.mark.parametrize("text", ["在各乡镇设立便民服务中心。", "在产业园设立企业服务分中心。"])
def test_a_standard_office_set_up_is_no_practice(vocab, text):
    assert [m.label for m in find_mechanisms(text, vocab) if m.concept is None] == []


def test_an_office_with_a_specific_task_is_a_name(vocab):
    text = "设立跨境电商退货集拼中心。"
    assert [m.label for m in find_mechanisms(text, vocab)] == ["跨境电商退货集拼中心"]


@pytest.mark.parametrize("lead", ["经验启示:", "**经验启示**\n", "\n启示:"])
def test_what_the_lessons_of_a_case_name_is_no_practice_of_it(vocab, lead):
    text = f"建立“园区吹哨”响应机制,企业诉求当日响应。{lead}深化“亲清共建”改革,关键在于部门协同。"
    labels = [m.label for m in find_mechanisms(text, vocab)]
    assert labels == ["园区吹哨"]


def test_what_a_target_clause_names_is_aimed_at_not_put_to_use(vocab):
    text = "推行容缺受理。力争年底前全部实现“一窗受理、一次办结”。"
    assert [m.label for m in find_mechanisms(text, vocab)] == ["容缺受理"]


@pytest.mark.parametrize(
    "text",
    ["窗口系统自动调取电子证照,免交复印件。", "把企业信用等级嵌入双随机抽查系统。"],
)
def test_a_known_practice_a_system_takes_in_is_a_resource(vocab, text):
    assert [m for m in find_mechanisms(text, vocab) if m.concept] == []


def test_a_known_practice_put_to_use_stays(vocab):
    text = "窗口全面推行电子证照,免交复印件。"
    assert [m.label for m in find_mechanisms(text, vocab) if m.concept] == ["电子证照"]


def test_a_known_practice_after_a_quoted_name_is_its_kind(vocab):
    text = "开辟涉企案件“速立速审”绿色通道。"
    assert [m.label for m in find_mechanisms(text, vocab)] == ["速立速审"]


def test_a_known_practice_after_a_quote_that_counts_parts_stays(vocab):
    text = "建立“两级联动”证券期货纠纷多元化解机制。"
    assert vocab.lookup("证券期货纠纷多元化解") in [m.concept for m in find_mechanisms(text, vocab)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("县政务中心设立新能源汽车上牌专窗,当日办结。", "新能源汽车上牌专窗"),
        ("市司法局组建营商环境法律顾问委员会,每季度会商一次。", "营商环境法律顾问委员会"),
        ("供热公司打造掌上缴费服务大厅,用户随时缴费。", "掌上缴费服务大厅"),
        ("区税务局建立了跨区迁移辅导团队,全程跟进。", "跨区迁移辅导团队"),
        ("市金融局建立专精特新企业融资白名单,银行逐户对接。", "专精特新企业融资白名单"),
        ("热线中心设立外资企业服务专席,专人接听。", "外资企业服务专席"),
        ("人社局开展用工企业守法诚信评价,结果向社会公示。", "用工企业守法诚信评价"),
    ],
)
def test_a_window_committee_hall_or_team_set_up_is_named(vocab, text, name):
    """设立X专窗, 组建X委员会, 打造X服务大厅, 建立X团队, X名单, X专席, 开展X评价: what a
    trigger verb sets up or carries out names it."""
    assert name in [m.label for m in find_mechanisms(text, vocab) if m.concept is None]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("申报材料经工程建设项目审批管理系统推送至各部门。", []),
        ("县里推行小型水利工程建设项目“先建后补”。", ["先建后补"]),
    ],
)
def test_a_noun_that_starts_with_a_trigger_starts_or_ends_no_name(vocab, text, names):
    """工程建设项目: 建设项目 is a noun, no verb that builds 项目审批管理系统, and 小型水利工程
    before it is not a name that ends there."""
    assert [m.label for m in find_mechanisms(text, vocab) if m.concept is None] == names


def test_a_quoted_list_of_fast_steps_gives_each_step(vocab):
    """“快登记、快核查、快发证”: each fast step is a practice of its own; a list of other
    short slogans (“一网、一窗、一次”) stays one name."""
    text = "不动产中心推行“快登记、快核查、快发证”,实行“一网、一窗、一次”。"
    labels = [m.label for m in find_mechanisms(text, vocab) if m.concept is None]
    assert labels == ["快登记", "快核查", "快发证", "一网、一窗、一次"]


def test_a_result_slogan_a_trigger_puts_to_use_names_a_practice(vocab):
    """对个体户实行注册登记“零收费”: what a trigger verb puts in place, even past a short
    object, is a practice; 实现…“零跑腿” states a result."""
    assert [m.label for m in find_mechanisms("对个体户实行注册登记“零收费”。", vocab)] == ["零收费"]
    assert [m.label for m in find_mechanisms("实现群众办事“零跑腿”。", vocab)] == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("园区推进拿证即开工、验收即交证等改革,工期缩短。", ["拿证即开工", "验收即交证"]),
        ("险企推出茶叶气象指数保险、烟叶收入保险等产品。", ["茶叶气象指数保险", "烟叶收入保险"]),
    ],
)
def test_names_listed_before_a_reform_or_product_are_each_a_practice(vocab, text, names):
    """推进X、Y等改革, 推出X、Y等产品: the items listed are the reforms and products."""
    labels = [m.label for m in find_mechanisms(text, vocab) if m.concept is None]
    assert set(names) <= set(labels)


def test_a_paragraph_that_opens_by_putting_a_name_to_use_names_the_practice(vocab):
    """实施X,goal。 at a paragraph's start: X is the practice the paragraph is about; the same
    words inside a sentence are not a lead."""
    text = "提升审批效率。\n\n推行联审会签,压缩审批时间。各部门据此实施联审会签,减少往返。"
    labels = [m.label for m in find_mechanisms(text, vocab) if m.concept is None]
    assert labels == ["联审会签"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("探索“园区+高校+企业”三方共建模式,联合培养人才。", "园区+高校+企业三方共建模式"),
        ("构建“政银保企”四位一体的融资服务体系。", "政银保企四位一体"),
    ],
)
def test_a_count_of_the_parties_a_quote_lists_joins_the_name(vocab, text, name):
    """“A+B+C”三方共建模式, “政银保企”四位一体: the count of the parties listed is part of
    the name, up to a head noun before any 的."""
    assert name in [m.label for m in find_mechanisms(text, vocab) if m.concept is None]


def test_a_quoted_name_drops_the_field_it_is_of(vocab):
    """“食品生产领域信用修复快车道” is a 信用修复快车道 of one field, as an unquoted name is."""
    text = "市场监管局开通“食品生产领域信用修复快车道”,当天受理。"
    labels = [m.label for m in find_mechanisms(text, vocab) if m.concept is None]
    assert labels == ["信用修复快车道"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("由青年干部组成的“蓝背心”帮办队伍上门服务。", "蓝背心"),
        ("区里试行“政银园”风险分担机制,扩大授信。", "政银园"),
    ],
)
def test_a_quote_before_a_short_kind_of_practice_names_it(vocab, text, name):
    """“蓝背心”帮办队伍, “政银园”风险分担机制: a few words may stand between a quote and the
    noun (队伍, 机制) that says it names a practice."""
    assert name in [m.label for m in find_mechanisms(text, vocab)]


def test_a_known_practice_inside_a_longer_quoted_name_is_a_word_of_it(vocab):
    """推出“一网通办直通车”: 一网通办 is a word of the quoted name, not a practice of its own."""
    found = find_mechanisms("区里推出“一网通办直通车”,企业扫码即办。", vocab)
    assert [(m.label, m.concept) for m in found] == [("一网通办直通车", None)]


def test_a_quoted_cloud_platform_names_a_practice(vocab):
    """“交易云”: a quoted …云 names a cloud platform the case works through."""
    labels = [m.label for m in find_mechanisms("采购单位通过“交易云”在线签约。", vocab)]
    assert labels == ["交易云"]


def test_a_heading_that_is_only_a_quote_gives_no_candidate(vocab):
    """A subheading “…” on its own line restates the case; the body names its practices."""
    text = "“一次查到底”\n\n区里推行“联检一次查”,检查次数减半。"
    labels = [m.label for m in find_mechanisms(text, vocab) if m.concept is None]
    assert labels == ["联检一次查"]


def test_what_a_next_step_names_is_planned_not_put_to_use(vocab):
    text = "推行容缺受理。下一步将推行“园区帮办”改革。"
    assert [m.label for m in find_mechanisms(text, vocab)] == ["容缺受理"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("专员上门协调,“商户只管把心思放在经营上”。", []),
        ("区里推行“一把手陪办走流程”。", ["一把手陪办走流程"]),
    ],
)
def test_a_long_quoted_clause_about_doing_something_names_nothing(vocab, text, names):
    """“商户只管把心思放在经营上” is a clause (把 …), not a name; 一把手 is a person."""
    assert [m.label for m in find_mechanisms(text, vocab) if m.concept is None] == names


def test_a_paragraph_lead_that_holds_a_known_practice_is_its_use(vocab):
    found = find_mechanisms("开展直播带岗活动,帮助企业招工。", vocab)
    assert [m.label for m in found] == ["直播带岗"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("镇里建立税费服务站,就近办税。", "税费服务站"),
        ("协会组建仲裁委员会,调处纠纷。", "仲裁委员会"),
    ],
)
def test_a_long_head_needs_only_a_short_modifier(vocab, text, name):
    """税费服务站, 仲裁委员会: a head of three characters says enough with two before it;
    建立协调机制 (two characters before a short head) stays too generic to name a practice."""
    assert name in [m.label for m in find_mechanisms(text, vocab) if m.concept is None]
    assert [m for m in find_mechanisms("建立协调机制,定期会商。", vocab) if m.concept is None] == []


def test_a_quoted_one_thing_is_named_with_its_matter(vocab):
    """“一件事” names a practice only with the matter written before it (信用修复“一件事”,
    推出了电商经营者登记“一件事”): the mention spans both, past the verb that opens it and a
    word that is no part of it (纳入, 全年); the vocabulary's concept stays its label."""
    text = normalise(
        "锦州市推出信用修复“一件事”，光山县推出了电商经营者登记“一件事”，"
        "将企业注销事项纳入“一件事”办理，全年“一件事”办件量达1.2万件。"
    )
    named = [m.surface.replace("“", "").replace("”", "") for m in find_mechanisms(text, vocab)]
    assert "信用修复一件事" in named and "电商经营者登记一件事" in named
    assert "一件事" in named and not any(name.startswith(("事项", "全年")) for name in named)


def test_one_thing_after_its_quoted_matter_is_one_practice(vocab):
    """“个转企”一件事 is written with the matter quoted before the word; 水电气网“一件事”联合报装
    and 过户“一件事”联办 say after it how the thing is done: each is one mention, and the concepts
    written inside it (信用修复, 联合报装) are words of it. A count (28个事项整合为“一件事”) is no
    matter."""
    text = normalise(
        "金安区开展“个转企”一件事改革，推行水电气网“一件事”联合报装和不动产登记与水电气过户"
        "“一件事”联办，上线信用修复“一件事”，将28个事项整合为“一件事”。"
    )
    found = find_mechanisms(text, vocab)
    named = [m.surface.replace("“", "").replace("”", "") for m in found]
    assert named == [
        "个转企一件事",
        "水电气网一件事联合报装",
        "不动产登记与水电气过户一件事联办",
        "信用修复一件事",
        "一件事",
    ]


def test_a_known_practice_inside_a_quoted_kind_of_another_is_a_word_of_it(vocab):
    """推行“信用修复一件事”, “信用修复一网通办”: the quoted name is a 一件事 (a 一网通办) of credit
    repair; 信用修复 inside it is a word of the name, not a practice of its own."""
    text = normalise("兰州市推行“信用修复一件事”，白银市推行“信用修复一网通办”。")
    found = find_mechanisms(text, vocab)
    names = [normalise("“信用修复一件事”"), normalise("“信用修复一网通办”")]
    assert [m.surface for m in found] == names


def test_a_known_practice_listed_among_the_problems_solved_is_a_task(vocab):
    """府院联动 meetings 协调解决职工安置、税费处理、信用修复、资产处置等问题: credit repair is
    one of the problems the mechanism solves, not a practice of the case; told as the
    practice (推行信用修复…), it is one."""
    text = normalise(
        "建立府院联动机制，协调解决破产企业职工安置、税费处理、信用修复、资产处置等问题。"
    )
    assert [m.surface for m in find_mechanisms(text, vocab)] == ["府院联动机制"]
    told = normalise("全面推行信用修复，已帮助500户企业。")
    assert [m.label for m in find_mechanisms(told, vocab)] == ["信用修复"]


def test_a_quotation_closed_by_a_particle_is_someones_words(vocab):
    """店主说“一天就办好了”: a quotation that ends in a particle of speech (了, 吗, 啊…) is
    what someone said, never a practice's name."""
    text = normalise("店主高兴地说，营业执照“一天就办好了”，全市推行“一网通办”。")
    assert [m.label for m in find_mechanisms(text, vocab)] == ["一网通办"]


def test_the_means_a_year_or_a_whole_place_is_no_matter_of_a_one_thing_name(vocab):
    """“一件事” takes the matter written before it (企业注销“一件事”), not the year, the whole
    place or the 通过 that says it was the means (2025年全市通过“一件事”新设立…)."""
    text = "2025年全市通过“一件事”新设立道路货运企业1860家。"
    found = find_mechanisms(text, vocab)
    assert [(m.label, text[m.start : m.end]) for m in found] == [("一件事一次办", "一件事")]


def test_a_quote_put_to_use_on_the_matter_before_it_names_a_practice(vocab):
    """推行工业项目“承诺即开工”: a trigger verb, the matter it is applied to, then the quote
    closing the clause: the quote names the practice, though it has no head noun of its own.
    A result reached on the matter (实现政策“精准推送”) stays no practice, nor does a quote
    a description ends with (形成不敢碰的“火炉效应”)."""
    text = normalise(
        "阳泉市推行工业项目“承诺即开工”，对经营主体“智能注销”的办理时限也作了规定。"
        "海口市推行企业所得税汇算清缴“智能预填”。该区实现政策“精准推送”。"
        "执法形成不敢碰的“火炉效应”。"
    )
    assert [m.label for m in find_mechanisms(text, vocab)] == ["承诺即开工", "智能预填"]
