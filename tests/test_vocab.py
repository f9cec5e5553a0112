"""The SKOS vocabularies are complete, consistent, and feed a tokenizer that keeps them whole."""

from __future__ import annotations

from collections import defaultdict

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS

from kg.namespaces import PKM
from kg.vocab import (
    KEPT_PREFIX_DICTIONARIES,
    MechanismVocabulary,
    ThemeVocabulary,
    _prefix_dictionary_file,
    _prune_prefix_dictionaries,
    loose_key,
    ontology_path,
    tokenize,
    tokenizer,
    user_dictionary_lines,
    vocabulary_words,
)

THEMES_IN_FORMAT = [
    "开办企业",
    "办理建筑许可",
    "获得电力",
    "获得用水用气",
    "登记财产",
    "纳税",
    "跨境贸易",
    "办理破产",
    "获得信贷",
    "保护中小投资者",
    "执行合同",
    "劳动力市场监管",
    "政府采购",
    "招标投标",
    "政务服务",
    "知识产权创造保护和运用",
    "市场监管",
    "包容普惠创新",
    "投诉举报处理",
    "一把手走流程",
    "食品安全",
    "特种设备安全",
    "标准化",
    "计量",
    "消费维权",
    "信用监管",
    "公平竞争",
    "执法规范",
    "质量提升",
    "企业帮扶",
]


@pytest.fixture(scope="module")
def mechanisms() -> MechanismVocabulary:
    return MechanismVocabulary.load()


@pytest.fixture(scope="module")
def themes() -> ThemeVocabulary:
    return ThemeVocabulary.load()


def test_vocabulary_is_large_and_every_concept_is_complete(mechanisms):
    assert len(mechanisms) >= 80
    for concept in mechanisms.concepts.values():
        assert concept.pref_zh and concept.pref_en, concept.iri
        assert concept.definition, concept.iri
        assert len(concept.broader) == 1 and concept.broader[0] in mechanisms.categories
        assert concept.iri.startswith(str(PKM))
        local = concept.iri.removeprefix(str(PKM))
        assert local.isascii() and local == local.lower() and " " not in local


def test_categories_are_top_concepts_with_both_labels(mechanisms):
    graph = Graph().parse(ontology_path("mechanisms.ttl"))
    assert 6 <= len(mechanisms.categories) <= 14
    for iri, category in mechanisms.categories.items():
        assert category.pref_zh and category.pref_en
        assert (URIRef(iri), SKOS.topConceptOf, PKM.scheme) in graph
    assert (PKM.scheme, RDF.type, SKOS.ConceptScheme) in graph
    assert (PKM.candidates, RDF.type, SKOS.ConceptScheme) in graph


def test_no_label_names_two_concepts(mechanisms):
    owners: dict[str, set[str]] = defaultdict(set)
    for concept in mechanisms.concepts.values():
        for label in concept.zh_labels:
            owners[loose_key(label)].add(concept.iri)
    shared = {key: iris for key, iris in owners.items() if len(iris) > 1}
    assert shared == {}


def test_labels_are_simplified_half_width(mechanisms):
    for label in mechanisms.labels():
        assert not any(0xFF01 <= ord(ch) <= 0xFF5E for ch in label), label
        assert "　" not in label


@pytest.mark.parametrize(
    "variants",
    [
        ("联席会议", "联席会议制度"),
        ("双随机、一公开", "双随机一公开", "双随机,一公开", "“双随机、一公开”", "双随机，一公开"),
        ("信用分级分类监管", "信用风险分类监管", "分级分类监管"),
        ("首问负责制", "首问负责工作制度", "首问责任制"),
        ("帮办代办", "帮办服务", "全程帮办"),
        ("容缺受理", "容缺审批"),
        ("一窗受理", "综窗受理"),
        ("互联网+监管", "互联网＋监管"),
    ],
)
def test_variant_spellings_meet_in_one_concept(mechanisms, variants):
    found = {mechanisms.lookup(variant) for variant in variants}
    assert len(found) == 1 and None not in found, found


def test_lookup_rejects_unknown_and_empty(mechanisms):
    assert mechanisms.lookup("完全不存在的做法") is None
    assert mechanisms.lookup("“”") is None


def test_national_mechanisms_are_present(mechanisms):
    for label in (
        "一网通办",
        "证照分离",
        "告知承诺",
        "包容审慎监管",
        "好差评",
        "跨省通办",
        "一件事一次办",
        "多规合一",
        "区域评估",
        "拿地即开工",
        "免申即享",
        "轻微违法不予处罚",
        "电子证照",
        "证明事项告知承诺",
        "一业一证",
        "简易注销",
        "府院联动",
        "诉源治理",
        "知识产权质押融资",
        "首贷服务",
        "政采贷",
    ):
        assert mechanisms.lookup(label), label


def test_every_format_theme_exists_with_labels_and_keywords(themes):
    prefs = {concept.pref_zh for concept in themes.concepts.values()}
    assert set(THEMES_IN_FORMAT) <= prefs
    for concept in themes.concepts.values():
        assert concept.pref_en and concept.keywords, concept.iri


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("“一把手走流程、坐窗口、跟执法、处投诉”活动", "一把手走流程"),
        ("知识产权创造、保护和运用", "知识产权创造保护和运用"),
        ("开办企业", "开办企业"),
        ("  获得用水用气 ", "获得用水用气"),
        ("三、办理建筑许可", "办理建筑许可"),
    ],
)
def test_theme_headings_resolve(themes, heading, expected):
    iri = themes.lookup(heading)
    assert iri is not None and themes.concept(iri).pref_zh == expected


def test_theme_lookup_returns_none_for_non_headings(themes):
    assert themes.lookup("西安市推行五办模式") is None


def test_user_dictionary_keeps_vocabulary_words_whole():
    words = [word for word, _, _ in tokenize("依托一网通办平台推行容缺受理,持续优化营商环境")]
    assert "容缺受理" in words and "营商环境" in words
    assert any(word.startswith("一网通办") for word in words)
    assert user_dictionary_lines(["双随机、一公开"]) == ["一公开", "双随机"]


def test_saved_prefix_dictionary_is_the_one_jieba_builds():
    """The prefix dictionary read back from its file is the one jieba built with the user words
    (same words, frequencies and total); a damaged file is built again."""
    extra = ("试验用词甲乙丙",)  # a word list of its own, so a file of its own
    path = _prefix_dictionary_file(user_dictionary_lines([*vocabulary_words(), *extra]))
    path.unlink(missing_ok=True)
    try:
        built = tokenizer.__wrapped__(extra)
        assert path.exists()
        loaded = tokenizer.__wrapped__(extra)
        assert "试验用词甲乙丙" in built.FREQ and "营商环境" in built.FREQ
        assert (loaded.FREQ, loaded.total) == (built.FREQ, built.total)
        path.write_bytes(path.read_bytes()[:1000])
        again = tokenizer.__wrapped__(extra)
        assert (again.FREQ, again.total) == (built.FREQ, built.total)
    finally:
        path.unlink(missing_ok=True)


def test_only_the_newest_prefix_dictionaries_are_kept(tmp_path):
    """Each word list saves a 9 MB dictionary; older ones go, other files stay."""
    import os

    for age in range(6):
        saved = tmp_path / f"practice-kg-jieba-{age}.cache"
        saved.write_bytes(b"x")
        os.utime(saved, (1_000_000 - age, 1_000_000 - age))
    (tmp_path / "jieba.cache").write_bytes(b"x")
    _prune_prefix_dictionaries(tmp_path)
    kept = sorted(p.name for p in tmp_path.iterdir())
    newest = [f"practice-kg-jieba-{age}.cache" for age in range(KEPT_PREFIX_DICTIONARIES)]
    assert kept == sorted(["jieba.cache", *newest])


def test_tokenizer_is_private_and_offsets_cover_the_text():
    import jieba

    assert tokenizer() is tokenizer() and tokenizer() is not jieba.dt
    text = "召开联席会议,实行双随机、一公开监管"
    tokens = tokenize(text)
    assert "".join(word for word, _, _ in tokens) == text
    assert all(text[start:end] == word for word, start, end in tokens)
