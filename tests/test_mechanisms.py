"""Mechanism extraction: unit behaviour, and recall/precision against the gold annotations."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest

from kg.extract.mechanisms import MechanismMention, find_mechanisms
from kg.vocab import MechanismVocabulary

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def vocab() -> MechanismVocabulary:
    return MechanismVocabulary.load()


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
    assert [(m.label, m.surface) for m in result] == [("企业标准领跑者", "企业标准“领跑者”")]


def test_quoted_practice_names_become_candidates(vocab):
    text = "探索推行“三减五帮一次办好”工作机制,建立“五办”机制,实现“零材料、零费用、零跑路”。"
    result = {m.label: m.concept for m in find_mechanisms(text, vocab)}
    assert result.get("三减五帮一次办好", "missing") is None
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
        ("依托全市大数据政务资源共享平台,推进“一网通管”", "大数据政务资源共享平台"),
        ("税务机构建立了税银合作机制,", "税银合作机制"),
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
        "提升“获得电力”指标水平。",  # a business-environment indicator
        "搭建“1”个平台,提供“2”项服务。",  # counted things
        "设立“一把手”接待日。",  # emphasis, not a name
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
