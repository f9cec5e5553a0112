"""Find the mechanisms a measure uses: vocabulary concepts and candidate (new) named practices.

The cue words (head nouns, trigger verbs, what marks a problem, an honour or a result …) are
data: ``ontology/cues/mechanisms.csv``, compiled once per cue set.

Three sources, all general to the genre rather than to any one document:

1. vocabulary aliases (every zh label of mechanisms.ttl), matched on the text with quote marks
   removed so 企业标准“领跑者” meets 企业标准领跑者, but never half inside a quote; short
   aliases must sit on jieba token boundaries so 约谈 is not found inside 预约谈话; a head noun
   right after an alias joins its mention (容缺受理机制, “一网通办”平台); an alias inside a
   longer quoted name (“阳光业扩一站通”, a list of steps: “一表申请、一窗受理”) is a word of
   that name;
2. quoted names “…” that look like a practice: they carry a numeral, an operator (+), an
   action morpheme or a mechanism head noun, or enumerate short items (一表申报、一窗出件);
   outcome slogans (零跑路, 0费用; but 推出“零投资” names a practice), goals (优化服务),
   rates (获贷率), problems (“堵点”问题), honours (…称号),
   old and new states (变“…”为, 从“…”向“…”), statements (监管是本职), speech, parts of an
   app (等八大模块), products (等地理标志产品), bare numbers and headings that are only a
   quote are dropped; a quote followed by its head noun is joined (“五办”机制), and by a count
   of the parties it lists too (“政银企民”四位一体); a quoted name the vocabulary knows links its
   concept, and one that ends in a concept is that concept (“企业开办一件事一次办”);
3. unquoted names built like 建立X机制 / 推行X模式 / 打造X平台 / 依托X系统 (trigger verb, a
   specific modifier, a head noun), but not a claim of novelty (X新模式) or a document title;
   names listed before their kind (推出X、Y等产品), and a short name a paragraph opens by
   putting to use (实施线上备案,统一办理标准。).

Offsets are relative to the string given (a measure's simplified half-width view).
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, replace
from functools import lru_cache

from kg.cues import Cues, load_cues
from kg.extract.speech import speech_spans
from kg.numerals import CN_NUMERAL_CHARS
from kg.vocab import MechanismVocabulary, TokenBounds, loose_key, normalise_label
from kg.wordstarts import WordStarts

QUOTE_MARKS = '“”‘’「」『』"'
_OPEN_CLOSE = {"“": "”", "‘": "’", "「": "」", "『": "』"}
# Quotes of the genre: “…”, 「…」 and 『…』; web copies also use ‘…’ and straight "…".
_QUOTED = re.compile(
    r"“([^“”\n]{1,40})”|「([^「」\n]{1,40})」|『([^『』\n]{1,40})』"
    r"|‘([^‘’“”\n]{1,40})’|\"([^\"“”\n]{1,40})\""
)
# What may stand beside a quote on a line that is only that quote (a heading): “一次查多项”.
_QUOTED_LINE = re.compile(r"^[\s*#]*$")
_BOOK_TITLE = re.compile(r"《([^《》\n]{2,60})》")
_HAN = re.compile(r"[\u4e00-\u9fa5]")
_WORD = r"[\u4e00-\u9fa5A-Za-z0-9+]"
_NUMERAL = f"0-9{CN_NUMERAL_CHARS}"
_SEPARATORS = re.compile(r"[、,;—\-]+")
# A comma between listed names reads as 、: “一表申报,一窗出件” is “一表申报、一窗出件”.
_LISTED = re.compile(r"[、,;]|(?<=[\u4e00-\u9fa5])\+(?=[\u4e00-\u9fa5])")
_LIST_COMMA = re.compile(r"(?<=[\u4e00-\u9fa5]),(?=[\u4e00-\u9fa5])")
_NUMBER_ONLY = re.compile(r"^[0-9.%+×x*/~\-]+(?:小时|[个项件次天日时分秒年月元万亿%‰倍])*$")
_ALL_NUMERAL = re.compile(rf"^[{_NUMERAL}]+$")
_LEADING_NUMERAL = re.compile(rf"[{_NUMERAL}]")
# A formula quoted as a name (“1+N+1”, “5+X”): it needs the head noun after it.
_FORMULA = re.compile(r"^[0-9A-Za-z+]+$")
# A yes-or-no question quoted as a worry (“通不通”, “及时不及时”), not a name.
_A_NOT_A = re.compile(r"^(.+)不\1$")
# A verb inside what follows a quote ends the name (“信用榆林”APP为平台).
_VERB_IN_TAIL = re.compile(r"为(?!一体)|在(?!线)|[是将把被]")
# Quotes listed together (“专利宝”“专利书包”等, “综合会诊”和“政治体检”) are names of things.
_LISTED_AFTER = re.compile(r"^(?:、|和|与|及)?[“「『‘\"]")
_LISTED_BEFORE = re.compile(r"[”」』’\"](?:、|和|与|及)?$")
# The quotes listed after one (“数量不足”“熟面孔”等问题): what follows them says what all are.
_MORE_QUOTES = re.compile(r"(?:[、和与及]?[“「『‘\"][^“”「」『』‘’\"]{1,20}[”」』’\"])*")
_ABBREVIATION = re.compile(r"^\(?以下简称")
_ABBREVIATED = re.compile(r"[(（]?(?:以下)?简称$")
_FIELD_PREFIX = re.compile(r"^[\u4e00-\u9fa5]{2,6}领域")
# A quoted package followed by its components: “五项规范”(环境整洁、离墙离地、…).
_COMPONENTS = re.compile(r"[”」』’\"]\((?:[A-Za-z]:)?([^()]{8,80})\)")
_MIN_COMPONENT, _MAX_COMPONENT, _MIN_COMPONENTS = 3, 6, 3
_MAX_LISTED = 10
_MATTER = re.compile(r"[\u4e00-\u9fa5A-Za-z0-9+]+$")
_MATTER_REACH, _MIN_MATTER = 14, 2
# A quote that ends right where a word named by its object starts (“个转企”一件事).
_QUOTE_BEFORE = re.compile(r"[“「\"][^“”「」\"\n]{2,24}[”」\"]$")
# A short sentence of its own that names an action: "日韩企业跨国帮办。"
_SENTENCE_LEAD = re.compile(r"(?:(?<=[。\n:])|^)\s*([\u4e00-\u9fa5A-Za-z0-9+“”]{4,12})。")
_ENUMERATED_LEAD = re.compile(rf"[{CN_NUMERAL_CHARS}]是([\u4e00-\u9fa5A-Za-z0-9+“”]{{3,14}}):")
# A listed item's own modifier before a vocabulary name (、电子商务秘书企业集群注册).
_ITEM_HEAD = re.compile(r"、([\u4e00-\u9fa5]{2,6})$")
_NOT_MODIFIER = re.compile(r"[等或和及与的]")
# A Latin abbreviation in brackets after a name is part of it: 消费争议在线解决(ODR).
_ABBREVIATION_AFTER = re.compile(r"\([A-Z]{2,8}\)")
_TRAILING_PAREN = re.compile(r"\([^()]*\)$")
_GENERIC_CORE_MIN = 3
_MIN_RULE_CORE = 2
_MIN_GOAL_OBJECT = 2
_MIN_BARE_QUOTE = 3
_LONG_CLAUSE = 8
_MAX_QUOTE = 24
_SHORT_ALIAS = 3
_SHORT_SENTENCE = 5
_MAX_MANNER = 4


@dataclass(frozen=True)
class _Patterns:
    """The cue words of ``ontology/cues/mechanisms.csv`` compiled into the patterns used here."""

    join_tail: re.Pattern[str]
    party_count: re.Pattern[str]
    generic_join: re.Pattern[str]
    facility_tail: re.Pattern[str]
    brand_end: re.Pattern[str]
    naming_after: re.Pattern[str]
    trigger_before: re.Pattern[str]
    trigger_object_before: re.Pattern[str]
    trigger_matter_before: re.Pattern[str]
    unquoted: re.Pattern[str]
    trigger_at: re.Pattern[str]
    trigger_lead: re.Pattern[str]
    named_by_object: frozenset[str]
    object_tail: re.Pattern[str]
    matter_cut: re.Pattern[str]
    clause_lead: re.Pattern[str]
    after_quote: re.Pattern[str]
    continuation: re.Pattern[str]
    unquoted_head: re.Pattern[str]
    ordinal_prefix: re.Pattern[str]
    counted_measures: re.Pattern[str]
    issuing_verb: re.Pattern[str]
    practice_signal: re.Pattern[str]
    action_end: re.Pattern[str]
    step_lead: re.Pattern[str]
    sentence_name_end: re.Pattern[str]
    leading_verb: re.Pattern[str]
    state_item: re.Pattern[str]
    problem_after: re.Pattern[str]
    honour_after: re.Pattern[str]
    media_after: re.Pattern[str]
    role_after: re.Pattern[str]
    pilot_of: re.Pattern[str]
    count_after: re.Pattern[str]
    honour_before: re.Pattern[str]
    state_before: re.Pattern[str]
    result_before: re.Pattern[str]
    effect_before: re.Pattern[str]
    role_before: re.Pattern[str]
    metric_end: re.Pattern[str]
    measured_after: re.Pattern[str]
    finding_after: re.Pattern[str]
    issue_list_after: re.Pattern[str]
    handled_before: re.Pattern[str]
    quality_end: re.Pattern[str]
    lesson_lead: re.Pattern[str]
    goal_clause: re.Pattern[str]
    place: re.Pattern[str]
    organisation: re.Pattern[str]
    place_prefix: re.Pattern[str]
    issuer_prefix: re.Pattern[str]
    rule_title: re.Pattern[str]
    speech: re.Pattern[str]
    not_name: frozenset[str]
    manners: frozenset[str]
    counters: str
    state_word: re.Pattern[str]
    facility_word: re.Pattern[str]
    listed_kinds: re.Pattern[str]
    names_a_reform: re.Pattern[str]
    concept_tail: re.Pattern[str]
    level_before: re.Pattern[str]
    claim_head: re.Pattern[str]
    generic_office: re.Pattern[str]
    field_head: re.Pattern[str]
    thing_after: re.Pattern[str]
    goal_lead: re.Pattern[str]
    counted_act: re.Pattern[str]
    title_lead: re.Pattern[str]
    statement: re.Pattern[str]
    clause_marker: re.Pattern[str]
    person: re.Pattern[str]
    preposition: re.Pattern[str]
    means_before: re.Pattern[str]
    paragraph_lead: re.Pattern[str]
    means_head: re.Pattern[str]
    problem_before: re.Pattern[str]


_BEFORE_QUOTE = 16
"""How far before a quote its verb is read (推行 + a matter of up to 10 characters)."""
_CLAUSE_ENDS = ("。", ",", ";", ":", "\n", "")
"""What ends the clause right after a quote (text normalised: ASCII comma and colon)."""

_PROBLEM_REACH = 40
"""How far before a quote a verb that takes on a problem is read, over the quotes listed
between them (防止“一查了之”“一罚了之”)."""

_COMPILED: dict[int, tuple[Cues, _Patterns]] = {}


def _patterns(cues: Cues) -> _Patterns:
    """The compiled patterns of one cue set, built once per set."""
    if id(cues) not in _COMPILED:
        _COMPILED[id(cues)] = (cues, _compile(cues))
    return _COMPILED[id(cues)][1]


def _compile(cues: Cues) -> _Patterns:
    def words(kind: str) -> str:
        return "|".join(sorted(cues.terms("mechanisms", kind), key=len, reverse=True))

    def chars(kind: str) -> str:
        return "".join(cues.terms("mechanisms", kind))

    heads, unquoted_heads = words("head"), words("unquoted-head")
    triggers, particle, scope = words("trigger"), f"(?:{words('trigger-particle')})", words("scope")
    nouns = set(cues.terms("mechanisms", "noun-trigger"))
    clause = "|".join(t for t in cues.terms("mechanisms", "trigger") if t not in nouns)
    signals = f"[{_NUMERAL}+]|[{chars('action-char')}{chars('signal-char')}]|{words('signal-word')}"
    return _Patterns(
        join_tail=re.compile(rf"^(?!的){_WORD}{{0,8}}?(?:{heads})(?:{heads})*"),
        party_count=re.compile(
            rf"^[{CN_NUMERAL_CHARS}]+(?:{words('party-count')})(?:(?:(?!的){_WORD}){{0,6}}?(?:{heads}))?"
        ),
        generic_join=re.compile(rf"^(?:{words('generic-head')})$"),
        facility_tail=re.compile(
            rf"^(?!的){_WORD}{{2,12}}?(?:{words('facility')}|{words('campaign')})"
        ),
        brand_end=re.compile(rf"(?:{words('brand-end')})$"),
        naming_after=re.compile(rf"^(?:等)?[\u4e00-\u9fa5]{{0,4}}?(?:{words('naming-after')})"),
        trigger_before=re.compile(
            rf"(?:{triggers}|{words('principle-verb')}){particle}?[\u4e00-\u9fa5]{{0,2}}$"
        ),
        trigger_object_before=re.compile(
            rf"(?:{triggers}|{words('principle-verb')}){particle}?[\u4e00-\u9fa5]{{0,4}}$"
        ),
        trigger_matter_before=re.compile(
            rf"(?:{triggers}){particle}?(?:(?!{words('result-before')}|的)[\u4e00-\u9fa5、]){{3,10}}$"
        ),
        unquoted=re.compile(
            rf"(?:(?!{words('trigger-noun')})(?:{triggers}){particle}?)+(?:{scope})?"
            rf"({_WORD}{{2,18}}(?:{unquoted_heads}))(?!{words('trigger-noun')})"
        ),
        trigger_at=re.compile(rf"(?=(?:{triggers}){particle}?)"),
        trigger_lead=re.compile(rf"(?:{triggers}){particle}?(?:{scope})?"),
        named_by_object=frozenset(cues.terms("mechanisms", "named-by-its-object")),
        object_tail=re.compile(words("object-name-tail")),
        matter_cut=re.compile(words("matter-cut")),
        clause_lead=re.compile(rf"(?:{clause}){particle}?(?:{scope})?"),
        after_quote=re.compile(rf"”的({_WORD}{{3,14}}(?:{heads}))"),
        continuation=re.compile(
            rf"^(?:{words('joiner')})({_WORD}{{3,16}}?(?:{unquoted_heads}|{words('continuation-head')}))"
        ),
        unquoted_head=re.compile(rf"(?:{words('generic-head')}|{unquoted_heads}|{heads})$"),
        ordinal_prefix=re.compile(rf"^(?:首[家个批]|[{_NUMERAL}]+[{chars('counter')}])"),
        counted_measures=re.compile(rf"[{_NUMERAL}]+条(?:{words('counted-noun')})"),
        issuing_verb=re.compile(rf"(?:{words('issuing-verb')})$"),
        practice_signal=re.compile(signals),
        action_end=re.compile(rf"[{chars('action-char')}]$"),
        step_lead=re.compile(rf"[{chars('step-lead')}]"),
        sentence_name_end=re.compile(rf"[{chars('sentence-name-char')}]$"),
        leading_verb=re.compile(rf"^(?:{words('leading-verb')})(?=.{{3,}})"),
        state_item=re.compile(rf"^(?:{words('state-item')})"),
        problem_after=re.compile(
            rf"^(?:等)?(?:的)?(?:{words('problem-after')})(?![\u4e00-\u9fa5]{{0,4}}(?:{heads}))"
        ),
        honour_after=re.compile(rf"^(?:等)?(?:{words('honour-after')})"),
        media_after=re.compile(rf"^(?:{words('media-after')})"),
        role_after=re.compile(rf"^(?:{words('role-after')})"),
        pilot_of=re.compile(
            rf"(?:{words('piloted-head')})(?P<pilot>{words('pilot-tail')})$"
            rf"|(?P<leveled>(?:{words('level')}|{scope})(?:{words('pilot-tail')}))$"
        ),
        count_after=re.compile(rf"^[0-9]+(?:\.[0-9]+)?[余多]?(?:{words('count-unit')})"),
        honour_before=re.compile(rf"(?:{words('honour-before')})$"),
        state_before=re.compile(rf"(?:{words('old-state-before')}|{words('new-state-before')})$"),
        result_before=re.compile(rf"(?:{words('result-before')})(?:了)?$"),
        metric_end=re.compile(rf"(?:{words('metric-end')})$"),
        handled_before=re.compile(rf"(?:{words('handling-verb')})了?[“「]?$"),
        finding_after=re.compile(rf"[”」』’\"]?(?:{words('finding-verb')})"),
        issue_list_after=re.compile(
            rf"(?:[、和及与][^，,。；;、“”]{{1,12}}){{0,6}}等[^，,。；;]{{0,6}}?(?:{words('issue-noun')})"
        ),
        measured_after=re.compile(
            rf"[”」』’\"]?(?:(?!后)[\u4e00-\u9fa5]){{0,4}}?(?:{words('measured-noun')})"
            rf"(?:(?!后)[\u4e00-\u9fa5]){{0,4}}?[0-9]"
        ),
        lesson_lead=re.compile(rf"(?:^|[\n*#。])\s*(?:{words('lesson-lead')})\s*[*:：\n]"),
        goal_clause=re.compile(rf"(?:{words('goal-clause')})[^。;\n]*"),
        quality_end=re.compile(rf"(?<![{chars('action-char')}])[{chars('quality-end')}]$"),
        role_before=re.compile(rf"(?:{words('role-before')})$"),
        effect_before=re.compile(
            rf"(?:{words('effect-verb')})(?:(?:{words('beneficiary')})[\u4e00-\u9fa5]{{0,4}})?$"
        ),
        place=re.compile(rf"^[\u4e00-\u9fa5]{{2,6}}(?:{words('place-suffix')})$"),
        organisation=re.compile(rf"(?:{words('organisation-suffix')})$"),
        place_prefix=re.compile(
            r"^(?:[\u4e00-\u9fa5]{2,4}?|×{1,3})(?:省|市|县|区)(?![场域级内外])(?=[\u4e00-\u9fa5A-Za-z0-9+]{5,})"
        ),
        issuer_prefix=re.compile(
            rf"^[\u4e00-\u9fa5]{{2,12}}?(?:{words('issuer-suffix')})(?=[\u4e00-\u9fa5]{{5,}})"
        ),
        rule_title=re.compile(rf"(?:{words('rule-title')})$"),
        speech=re.compile(
            f"[{re.escape(''.join(cues.terms('speech', 'sentence-end')))}]"
            f"|[{re.escape(''.join(cues.terms('speech', 'final-particle')))}]$"
            f"|{cues.regex('speech', 'spoken-word').pattern}"
        ),
        not_name=frozenset(cues.terms("mechanisms", "not-name")),
        manners=frozenset(cues.terms("mechanisms", "manner")),
        counters=chars("counter"),
        state_word=re.compile(words("state-word")),
        facility_word=re.compile(words("facility")),
        listed_kinds=re.compile(
            rf"(?:{triggers}){particle}?((?:[\u4e00-\u9fa5A-Za-z0-9+]+、)+[\u4e00-\u9fa5A-Za-z0-9+]+)"
            rf"等(?:{words('listed-kind')})"
        ),
        names_a_reform=re.compile(rf"^的[\u4e00-\u9fa5]{{0,8}}?(?:{words('naming-after-de')})"),
        concept_tail=re.compile(rf"(?:{words('concept-tail')})"),
        level_before=re.compile(rf"(?:{words('level')})$"),
        claim_head=re.compile(rf"(?:{words('claim-head')})$"),
        field_head=re.compile(rf"(?:{words('field-head')})$"),
        generic_office=re.compile(
            rf"^(?:{words('office-client')})(?:服务|调解)?分?(?:{words('office-head')})$"
        ),
        thing_after=re.compile(
            rf"{_MORE_QUOTES.pattern}(?:等)?"
            rf"(?:[{_NUMERAL}]+[大个项])?(?:{words('part-after')}|{words('product-after')})"
        ),
        goal_lead=re.compile(rf"^(?:{words('goal-lead')})"),
        counted_act=re.compile(rf"^[\u4e00-\u9fa5]{{1,2}}[{_NUMERAL}](?:{words('count-unit')})"),
        statement=re.compile(f"[{chars('statement-char')}]"),
        clause_marker=re.compile(words("clause-marker")),
        preposition=re.compile(rf"(?:{words('preposition')})"),
        person=re.compile("|".join(map(re.escape, cues.terms("speech", "person")))),
        title_lead=re.compile(rf"^(?:{words('title-lead')})(?:(?:{triggers}){particle}?)?"),
        paragraph_lead=re.compile(
            rf"(?:^|\n)[ \t\u3000]*(?:{words('use-verb')})([\u4e00-\u9fa5A-Za-z0-9+]{{2,10}}),"
            r"[\u4e00-\u9fa5]{2,12}(?:。|\n|$)"
        ),
        means_before=re.compile(rf"(?:{words('means-verb')}){particle}?(?:{scope})?$"),
        means_head=re.compile(rf"(?:{words('means-head')})$"),
        problem_before=re.compile(
            rf"(?:{words('problem-before')})了?(?:[“「][^“”「」]{{1,16}}[”」][、,]?)*$"
        ),
    )


@dataclass(frozen=True, order=True)
class MechanismMention:
    """One mention: span in the measure text, the surface, the concept IRI (None = candidate)."""

    start: int
    end: int
    surface: str
    concept: str | None
    label: str


def find_mechanisms(
    text: str, vocab: MechanismVocabulary, cues: Cues | None = None
) -> list[MechanismMention]:
    """All mechanism mentions in `text`, sorted, one per occurrence and span.

    ``cues`` are the cue tables (``ontology/cues/mechanisms.csv``); the shipped ones by default.

    Example (a concept of the vocabulary, and a quoted name it does not know: a candidate):
        >>> text = "推行双随机、一公开监管,首创“三快五心”调解工作法。"
        >>> [(m.label, m.concept) for m in find_mechanisms(text, MechanismVocabulary.load())]
        [('双随机、一公开', 'https://w3id.org/practice-kg/mechanism/double-random-one-public'),
         ('三快五心', None)]
    """
    pats = _patterns(cues or load_cues())
    concepts = _vocabulary_mentions(text, vocab, pats)
    candidates = (
        _quoted_mentions(text, vocab, pats)
        + _title_mentions(text, vocab, pats)
        + _unquoted_mentions(text, vocab, pats)
        + _counted_measures(text, pats)
        + _enumerated_leads(text, vocab, pats)
        + _sentence_leads(text, vocab, pats)
        + _paragraph_leads(text, pats, concepts)
        + _component_lists(text, vocab, pats)
        + _listed_kinds(text, vocab, pats)
    )
    kept = [c for c in candidates if not _covered(c, concepts) and not _nested(c, candidates)]
    mentions = _widen_to_names(concepts, kept)
    lesson = _lesson_start(text, pats)
    goals = _target_clauses(text, pats)
    return _dedupe(
        [
            m
            for m in mentions
            if not _measured(m, text, pats)
            and m.start < lesson
            and not any(s <= m.start < e for s, e in goals)
            and not _kind_of_a_quoted_name(m, kept)
            and not _part_of_a_quoted_name(m, mentions)
        ]
    )


def _kind_of_a_quoted_name(mention: MechanismMention, candidates: list[MechanismMention]) -> bool:
    """“快立快审快执”绿色通道, “甬易办”惠企政策直达平台: a known practice right after a quoted
    name says what kind of thing the name is; the name is the practice. A quote that counts
    parts (“三位一体”证券期货纠纷多元化解机制) only describes the concept after it."""
    return mention.concept is not None and any(
        name.concept is None
        and name.end == mention.start
        and name.surface[-1:] in QUOTE_MARKS
        and not _LEADING_NUMERAL.match(name.label)
        for name in candidates
    )


def _part_of_a_quoted_name(mention: MechanismMention, names: list[MechanismMention]) -> bool:
    """创建“放心消费险”, 推行“信用修复一件事”: a known practice inside a quoted name that says
    more than it is a word of that name, not a practice of its own, also where the name is a
    kind of another practice (a 一件事) or lists steps (“一次告知、一表申请、一窗受理”: the gold
    names the list, one practice)."""
    return mention.concept is not None and any(
        name.concept != mention.concept
        and name.surface[:1] in QUOTE_MARKS
        and _inside(mention, name)
        and name.label != mention.label
        for name in names
    )


def _target_clauses(text: str, pats: _Patterns) -> list[tuple[int, int]]:
    """Spans of targets (力争年底前实现“…”): what they name is aimed at, not put to use."""
    return [clause.span() for clause in pats.goal_clause.finditer(text)]


def _lesson_start(text: str, pats: _Patterns) -> int:
    """Where a case's lessons begin (经验启示: …): what they name restates or generalises the
    practice, and is no practice of the case."""
    lesson = pats.lesson_lead.search(text)
    return lesson.start() if lesson else len(text)


def _measured(mention: MechanismMention, text: str, pats: _Patterns) -> bool:
    """信用修复办理时间压缩至2个工作日: a known practice whose share or time is reported is the
    thing measured in a result, one that shows a finding (第三方评估显示,…) is its source, and
    one a system takes in (自动调取电子证照, 嵌入双随机抽查系统) is a resource, and one listed among
    the problems a body solves (协调解决职工安置、信用修复、资产处置等问题) is a task; none is a
    practice the case puts to use."""
    return mention.concept is not None and bool(
        pats.measured_after.match(text, mention.end)
        or pats.finding_after.match(text, mention.end)
        or pats.issue_list_after.match(text, mention.end)
        or pats.handled_before.search(text, max(0, mention.start - 4), mention.start)
    )


# --- vocabulary aliases -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Projection:
    """The text without quote marks, and for each kept character its offset in the text."""

    plain: str
    offsets: tuple[int, ...]


def _project(text: str) -> _Projection:
    """Made from the runs between quote marks (a text has few), not character by character."""
    keep: list[int] = []
    start = 0
    for mark in _QUOTE_MARK.finditer(text):
        keep += range(start, mark.start())
        start = mark.end()
    keep += range(start, len(text))
    return _Projection(_QUOTE_MARK.sub("", text), tuple(keep))


_QUOTE_MARK = re.compile(f"[{re.escape(QUOTE_MARKS)}]")

_AliasTable = dict[str, list[tuple[str, str, str]]]


@lru_cache(maxsize=8)
def _alias_table(vocab: MechanismVocabulary) -> _AliasTable:
    """First two characters (a one-character alias: its character) → (normalised alias, IRI,
    prefLabel), longest alias first: a start tries only the few aliases that can be there
    (keyed by one character, 一 led to 59)."""
    table: _AliasTable = {}
    for label, iri in vocab.labels().items():
        alias = normalise_label(label)
        if alias:
            table.setdefault(alias[:2], []).append((alias, iri, vocab.concept(iri).pref_zh))
    for entries in table.values():
        entries.sort(key=lambda entry: (-len(entry[0]), entry[0]))
    return table


def _aliases_from(table: _AliasTable, plain: str, i: int) -> list[tuple[str, str, str]]:
    """The aliases that may start at i, longest first: those of its first two characters,
    then one of its character alone."""
    single = table.get(plain[i], [])
    if i + 1 >= len(plain):
        return single
    pair = table.get(plain[i : i + 2], [])
    return pair + single if single else pair


@lru_cache(maxsize=8)
def _alias_starts(vocab: MechanismVocabulary) -> WordStarts:
    """Where an alias may start: most characters start none, and the scan skips them."""
    return WordStarts(alias for entries in _alias_table(vocab).values() for alias, _, _ in entries)


def _vocabulary_mentions(
    text: str, vocab: MechanismVocabulary, pats: _Patterns
) -> list[MechanismMention]:
    """Every alias in the text; a head noun right after it (机制, 平台 …) and a level right
    before it (县级领导包抓, 省级知识产权保护示范区) join the mention."""
    projection = _project(text)
    plain = projection.plain
    table = _alias_table(vocab)
    bounds = TokenBounds(plain, vocab.extra_words)
    starts = _alias_starts(vocab)
    mentions = []
    named = []  # practices named by their object with its matter: the words inside are theirs
    i = 0
    while (i := starts.next(plain, i)) < len(plain):
        match = _alias_at(projection, text, i, _aliases_from(table, plain, i), bounds)
        if match is None:
            i += 1
            continue
        alias, iri, pref = match
        length = _overlapped_length(projection, text, i, len(alias), iri, table, bounds, starts)
        size = length + _tail_size(text, projection, i, length, pats)
        start = projection.offsets[i]
        end = _close_quote(text, start, projection.offsets[i + size - 1] + 1)
        abbreviation = _ABBREVIATION_AFTER.match(text, end)
        end = abbreviation.end() if abbreviation else end
        level = pats.level_before.search(text, max(0, start - 3), start)
        start = level.start() if level else start
        start = _listed_modifier_start(text, start, pats)
        start = _quoted_tail_start(text, start, end)
        mention = MechanismMention(start, end, text[start:end], iri, pref)
        if word := next((w for w in pats.named_by_object if alias.startswith(w)), None):
            object_end = projection.offsets[i + len(word) - 1] + 1
            floor = mentions[-1].end if mentions and mentions[-1].end < start - 1 else 0
            start, end = _object_named_span(text, start, end, object_end, floor, pats)
            if (start, end) != (mention.start, mention.end):
                mention = MechanismMention(start, end, text[start:end], iri, pref)
                named.append(mention)
        mentions.append(mention)
        i += size
    return [m for m in mentions if not any(m is not n and _inside(m, n) for n in named)]


def _overlapped_length(
    projection: _Projection,
    text: str,
    i: int,
    length: int,
    iri: str,
    table: _AliasTable,
    bounds: Container[int],
    starts: WordStarts,
) -> int:
    """Length of the alias at i with any alias of the same concept that starts inside it and
    ends later: 多CA互认 and CA互认共享 overlap in 多CA互认共享, one mention of the concept.
    Only the positions where an alias may start are tried."""
    plain = projection.plain
    j = i + 1
    while (j := starts.next(plain, j)) < i + length:
        match = _alias_at(projection, text, j, _aliases_from(table, plain, j), bounds)
        if match and match[1] == iri and j + len(match[0]) > i + length:
            length = j + len(match[0]) - i
        j += 1
    return length


def _quoted_tail_start(text: str, start: int, end: int) -> int:
    """行政执法“三项制度”, 营商环境“体验官”: a name whose end the text quotes is called by the
    quoted part; the field before the quote is not part of the mention."""
    closer = text[end - 1 : end]
    for opener, close in _OPEN_CLOSE.items():
        if closer == close:
            at = text.rfind(opener, start, end)
            if at > start:
                return at
    return start


def _listed_modifier_start(text: str, start: int, pats: _Patterns) -> int:
    """Where a listed item that ends in a vocabulary name starts: its modifier is part of the
    name (、侵权判定专家库, 、电子商务秘书企业集群注册); a verb or a conjunction is not."""
    item = _ITEM_HEAD.search(text, max(0, start - 7), start)
    if not item or _NOT_MODIFIER.search(item.group(1)) or pats.trigger_lead.match(item.group(1)):
        return start
    return item.start(1)


def _tail_size(text: str, projection: _Projection, i: int, size: int, pats: _Patterns) -> int:
    """Length of the head noun after the alias at i; across a closing quote only when the alias
    is the whole quote (“一网通办”平台, not “标准地+承诺制”改革 for 承诺制)."""
    tail = pats.concept_tail.match(projection.plain, i + size)
    if not tail:
        return 0
    start, end = projection.offsets[i], projection.offsets[i + size - 1] + 1
    crosses = end < len(text) and text[end] in QUOTE_MARKS
    opened = start > 0 and text[start - 1] in _OPEN_CLOSE
    return len(tail.group(0)) if opened or not crosses else 0


def _alias_at(
    projection: _Projection,
    text: str,
    i: int,
    entries: list[tuple[str, str, str]],
    bounds: Container[int],
) -> tuple[str, str, str] | None:
    """Longest alias starting at i; short ones only on token boundaries, none half in a quote."""
    for alias, iri, pref in entries:
        if not projection.plain.startswith(alias, i):
            continue
        start, end = projection.offsets[i], projection.offsets[i + len(alias) - 1] + 1
        if _straddles_quote(text, start, end):
            continue
        if len(alias) > _SHORT_ALIAS or (i in bounds and i + len(alias) in bounds):
            return alias, iri, pref
    return None


def _straddles_quote(text: str, start: int, end: int) -> bool:
    """Does a quote open or close inside the span without starting or ending at its edge?
    企业标准“领跑者” holds a whole name; the 承诺”审批 of “容缺+承诺”审批 does not."""
    span = text[start:end]
    for opener, closer in _OPEN_CLOSE.items():
        opens, closes = span.count(opener), span.count(closer)
        if closes > opens and text[start - 1 : start] != opener:
            return True
        if opens > closes and text[end : end + 1] != closer:
            return True
    return False


def _close_quote(text: str, start: int, end: int) -> int:
    """Extend a span over the closing quote of an opening quote it contains."""
    span = text[start:end]
    for opener, closer in _OPEN_CLOSE.items():
        if span.count(opener) > span.count(closer) and text[end : end + 1] == closer:
            return end + 1
    return end


# --- quoted names -----------------------------------------------------------------------------


def _quoted_mentions(
    text: str, vocab: MechanismVocabulary, pats: _Patterns
) -> list[MechanismMention]:
    mentions = []
    speech = speech_spans(text)
    for match in _QUOTED.finditer(text):
        inner = next(group for group in match.groups() if group is not None)
        start, end = match.span()
        if _inside_book_title(text, start) or pats.thing_after.match(text, end):
            continue
        if _alone_on_its_line(text, start, end):
            continue
        if pats.problem_before.search(text, max(0, start - _PROBLEM_REACH), start):
            continue  # 破解“审图贵”, 防止“一查了之”“一罚了之”: problems, not practices
        if any(s <= start and end <= e for s, e in speech) and not _slogan_list(inner, pats):
            continue
        before, after = text[max(0, start - _BEFORE_QUOTE) : start], text[end : end + 24]
        joined = _joined_tail(after, inner, vocab, pats)
        if joined and _a_brand(inner, joined, pats):
            label = normalise_label(inner)
        elif joined:
            end += len(joined)
            label = normalise_label(inner + joined)
        elif _is_practice_name(inner, before, after, pats):
            items = _action_items(inner, pats)
            if items:
                mentions += _item_mentions(text, start + 1, inner, items, vocab)
                continue
            label = _LIST_COMMA.sub("、", pats.leading_verb.sub("", normalise_label(inner)))
            label = _strip_prefix(label, _FIELD_PREFIX)
        else:
            continue
        mentions.append(_named(start, end, text, label, vocab))
    return mentions


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    """A heading that is only a quote (“一次查多项”) restates the case its body names."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return bool(
        _QUOTED_LINE.match(text[line_start:start]) and _QUOTED_LINE.match(text[end:line_end])
    )


def _named(
    start: int, end: int, text: str, label: str, vocab: MechanismVocabulary
) -> MechanismMention:
    """A quoted name: its concept where the vocabulary knows it (“容缺+承诺” is 容缺受理 though
    the quote hides it from the alias scan), else a candidate."""
    iri = vocab.lookup(label)
    pref = vocab.concept(iri).pref_zh if iri else label
    return MechanismMention(start, end, text[start:end], iri, pref)


def _states_a_result(item: str, pats: _Patterns) -> bool:
    """零跑路, 无纸化, 减材料 state a result, 时间短, 效率高 a quality; 无感申办, 免费办 and
    一次办好 (an action done well) end in the action they name."""
    if len(item) >= _MIN_GOAL_OBJECT + 1 and pats.quality_end.search(item):
        return True
    return bool(pats.state_item.match(item)) and not pats.action_end.search(item)


def _slogan_list(inner: str, pats: _Patterns) -> bool:
    """A quoted list of short slogans (事不过夜,马上就办,办就办好) is no speech, though it has
    clause breaks; a list with a person in it (企业有需求,我们就上门) is."""
    items = [item for item in _SEPARATORS.split(inner) if item]
    short = all(len(item) <= _MAX_LISTED for item in items)
    return len(items) > 1 and short and not pats.person.search(inner)


def _object_named_span(
    text: str, start: int, end: int, object_end: int, floor: int, pats: _Patterns
) -> tuple[int, int]:
    """The span of a practice named by its object (一件事) where the text writes the matter with
    it: quoted before it (“个转企”一件事) or before its quote (信用修复“一件事”), after ``floor``
    (the end of the practice named before it), and the way it is done after it (水电气网“一件事”
    联合报装, 过户“一件事”联办). The mention alone otherwise."""
    quote = _QUOTE_BEFORE.search(text, max(floor, start - _MAX_QUOTE - 2), start)
    quoted = text[start - 1 : start] in _OPEN_CLOSE
    matter = _matter_before(text, start - 1, floor, pats) if quoted and not quote else ""
    if not quote and not matter:
        return start, end
    matter_start = quote.start() if quote else start - 1 - len(matter)
    object_end = _close_quote(text, matter_start, object_end)
    tail = pats.object_tail.match(text, object_end)
    return matter_start, tail.end() if tail else object_end


def _matter_before(text: str, start: int, floor: int, pats: _Patterns) -> str:
    """The matter written right before a quote that names a practice only with it (信用修复
    “一件事”, 推出了电商经营者登记“一件事”), after ``floor``: its words after the verb that opens
    them, if any."""
    run = _MATTER.search(text, max(floor, start - _MATTER_REACH), start)
    words = run.group() if run else ""
    cuts = [*pats.trigger_lead.finditer(words), *pats.matter_cut.finditer(words)]
    cut = max((m.end() for m in cuts), default=0)
    matter = words[max(cut, words.rfind("的") + 1) :]
    return matter if len(matter) >= _MIN_MATTER else ""


def _joined_tail(after: str, inner: str, vocab: MechanismVocabulary, pats: _Patterns) -> str:
    """The head noun after a quote too short to be a name alone: “五办”机制, “三押”融资大会."""
    core = normalise_label(inner)
    if vocab.lookup(inner) is not None or pats.speech.search(core):
        return ""
    parties = pats.party_count.match(after)
    if parties:
        return parties.group(0)
    facility = pats.facility_tail.match(after)
    if (
        facility
        and not pats.facility_word.match(after)
        and not _VERB_IN_TAIL.search(facility.group(0))
    ):
        return facility.group(0)
    formula = bool(_FORMULA.match(core))
    weak = (
        formula
        or len(core) <= 2
        or _ALL_NUMERAL.match(core)
        or _NUMBER_ONLY.match(core)
        or core.endswith("式")
        or _is_manner(core, pats)
    )
    tail = pats.join_tail.match(after) if weak else None
    if not tail or _VERB_IN_TAIL.search(tail.group(0)) or tail.group(0)[0] in pats.counters:
        return ""
    if pats.generic_join.match(tail.group(0)) and not formula:
        return ""
    return tail.group(0)


def _a_brand(inner: str, joined: str, pats: _Patterns) -> bool:
    """“贵商易”涉企服务平台, “赣企通”线上融资对接平台: a quote built like the name of an app or
    service (…易, …通, …办, …之家) is the brand of the facility after it and names it alone."""
    return bool(pats.facility_word.search(joined) and pats.brand_end.search(normalise_label(inner)))


def _is_manner(name: str, pats: _Patterns) -> bool:
    """A manner (一对一, 邀约式, 保姆式) qualifies the name after it and names nothing alone
    (a 模式 is a head noun: “五办模式” names a practice)."""
    suffixed = name.endswith("式") and not pats.unquoted_head.search(name)
    return name in pats.manners or (suffixed and len(name) <= _MAX_MANNER)


def _action_items(inner: str, pats: _Patterns) -> list[str]:
    """Items of an enumeration of short action names (标准办、网上办、集成办) or of steps done
    fast (快受理、快办理、快反馈), else []."""
    items = [item for item in _SEPARATORS.split(inner) if item]
    short = all(2 <= len(item) <= 4 and pats.action_end.search(item) for item in items)
    steps = all(2 <= len(item) <= 3 and pats.step_lead.match(item) for item in items)
    return items if len(items) > 1 and (short or steps) else []


def _item_mentions(
    text: str, offset: int, inner: str, items: list[str], vocab: MechanismVocabulary
) -> list[MechanismMention]:
    mentions = []
    cursor = 0
    for item in items:
        at = inner.index(item, cursor)
        cursor = at + len(item)
        if vocab.lookup(item) is None:
            start = offset + at
            mentions.append(MechanismMention(start, start + len(item), item, None, item))
    return mentions


def _inside_book_title(text: str, start: int) -> bool:
    """A quote inside 《…》 is part of a document title, not a name of its own."""
    before = text[max(0, start - 60) : start]
    return before.rfind("《") > before.rfind("》")


def _is_practice_name(inner: str, before: str, after: str, pats: _Patterns) -> bool:
    """Does a quoted phrase name a practice (rather than a result, problem, place or honour)?"""
    name = normalise_label(inner)
    core = loose_key(inner)
    if _ABBREVIATION.match(after) or before.endswith("简称"):
        full = _ABBREVIATED.sub("", before) if before.endswith("简称") else name
        return len(core) >= 2 and not pats.organisation.search(full)
    if len(name) < _MIN_BARE_QUOTE or len(core) > _MAX_QUOTE or not _HAN.search(name):
        return False
    if name in pats.not_name or pats.speech.search(name) or _A_NOT_A.match(name):
        return False
    if pats.metric_end.search(name):
        return False
    if len(core) >= _LONG_CLAUSE and pats.clause_marker.search(name):
        return False  # 企业只管把精力放在生产上 says what someone does, it names nothing
    if _is_manner(name, pats):
        return False
    if pats.state_word.search(name) or _is_goal(name, pats):
        return False
    if (
        _NUMBER_ONLY.match(core)
        or "。" in name
        or (("," in name or "的" in name) and len(core) > 12)
    ):
        return False
    kind = after[_MORE_QUOTES.match(after).end() :]
    if (
        pats.problem_after.match(kind)
        or pats.honour_after.match(kind)
        or pats.media_after.match(kind)
        or pats.role_after.match(kind)
    ):
        return False
    if (
        pats.honour_before.search(before)
        or pats.state_before.search(before)
        or pats.role_before.search(before)
    ):
        return False
    if pats.result_before.search(before) and after[:1] in ("。", "\n", ""):
        return False
    if pats.effect_before.search(before):
        return False
    if pats.place.match(name) or pats.organisation.search(name):
        return False
    items = [item for item in _SEPARATORS.split(name) if item]
    if (
        items
        and all(_states_a_result(item, pats) for item in items)
        and not pats.trigger_object_before.search(before)
    ):
        return False
    if len(items) > 1 and all(len(item) == 1 for item in items):
        return False
    if len(items) > 1 and all(pats.statement.search(item) for item in items):
        return False
    if len(items) > 1 and pats.person.search(name):
        return False  # words someone said (企业有需求,我们就上门); 我为群众办实事 is a name
    if pats.naming_after.match(after) or pats.trigger_before.search(before):
        return True
    if pats.trigger_matter_before.search(before) and after[:1] in _CLAUSE_ENDS:
        return True  # 推行工业项目“承诺即开工”。: put to use on the matter named before it
    if pats.names_a_reform.match(after):
        return True
    if _LISTED_AFTER.match(after) or _LISTED_BEFORE.search(before) or pats.count_after.match(after):
        return True
    return len(items) > 1 or bool(pats.practice_signal.search(name))


# --- titles of rules (《…制度》) ---------------------------------------------------------------


def _title_mentions(
    text: str, vocab: MechanismVocabulary, pats: _Patterns
) -> list[MechanismMention]:
    """《…制度/规程/规范/清单》: a named rule set is a mechanism; the label drops the issuer."""
    mentions = []
    for match in _BOOK_TITLE.finditer(text):
        title = _TRAILING_PAREN.sub("", normalise_label(match.group(1)))
        title = pats.title_lead.sub("", title, count=1)
        rule = pats.rule_title.search(title)
        if not rule or rule.start() < _MIN_RULE_CORE:
            continue
        label = _strip_prefixes(title, pats)
        if vocab.lookup(label) is None:
            start, end = match.span()
            mentions.append(MechanismMention(start, end, text[start:end], None, label))
    return mentions


def _strip_prefixes(name: str, pats: _Patterns) -> str:
    """Drop a leading place, issuing agency, ordinal or "X领域" that is not part of the name."""
    for pattern in (pats.place_prefix, pats.issuer_prefix, _FIELD_PREFIX, pats.ordinal_prefix):
        name = _strip_prefix(name, pattern)
    return name


def _strip_prefix(name: str, pattern: re.Pattern[str]) -> str:
    """The name without the prefix `pattern` finds, when enough of a name is left
    (“房地产开发领域失信企业黑榜名单” is a 失信企业黑榜名单 of one field)."""
    found = pattern.match(name)
    if found and len(name) - found.end() >= _GENERIC_CORE_MIN + 2:
        return name[found.end() :]
    return name


# --- unquoted names ---------------------------------------------------------------------------


def _unquoted_mentions(
    text: str, vocab: MechanismVocabulary, pats: _Patterns
) -> list[MechanismMention]:
    """建立X机制 / 推行X模式 (and the items listed after it), ”的X模式 after a quoted slogan."""
    spans = []
    for match in pats.unquoted.finditer(text):
        spans.append((_after_last_trigger(text, match, pats), match.end(1)))
        end = match.end(1)
        while more := pats.continuation.match(text[end : end + 24]):
            start, end = end + more.start(1), end + more.end(1)
            spans.append((_after_own_verb(text, start, end, pats), end))
    spans += [match.span(1) for match in pats.after_quote.finditer(text)]
    mentions = []
    for start, end in spans:
        if _names_a_means(text, start, end, pats):
            continue
        name = text[start:end]
        if "的" in name:
            start += name.rindex("的") + 1
        if "等" in text[start:end] or text[start:end].endswith("体制机制"):
            continue
        if _inside_book_title(text, start) or pats.preposition.match(text, start):
            continue
        pilot = pats.pilot_of.search(text, start, end)
        end = pilot.start(pilot.lastgroup) if pilot else end  # X机制试点, X省级试点 pilot X
        label = _strip_prefixes(text[start:end], pats)
        start = end - len(label)
        if (
            _specific(label, pats)
            and not pats.claim_head.search(label)
            and not pats.field_head.search(label)
            and not pats.generic_office.match(label)
            and vocab.lookup(label) is None
        ):
            mentions.append(MechanismMention(start, end, label, None, label))
    return mentions


def _names_a_means(text: str, start: int, end: int, pats: _Patterns) -> bool:
    """依托大数据政务资源共享平台: an unquoted platform a practice relies on is a means it uses,
    not the practice (a branded one is quoted: 依托“穗好办”平台)."""
    before = text[max(0, start - 8) : start]
    return bool(pats.means_before.search(before) and pats.means_head.search(text, start, end))


def _after_last_trigger(text: str, match: re.Match[str], pats: _Patterns) -> int:
    """Where the name starts: after the last trigger verb that still leaves a name.

    The leftmost trigger can be half of another word (机构建立了… reads 构建) or an earlier
    clause's verb (…市建设和强化建立多元调解机制); the name follows the verb nearest to it.
    Inside the name only a verb-only trigger counts, so 科技创新标准化城市试点 stays whole.
    """
    name_start, end = match.start(1), match.end(1)
    for hit in pats.trigger_at.finditer(text, match.start(), end):
        lead = pats.trigger_lead if hit.start() < match.start(1) else pats.clause_lead
        verb = lead.match(text, hit.start())
        if verb and pats.unquoted_head.search(text, verb.end(), end) and end - verb.end() >= 4:
            name_start = verb.end()
    return name_start


def _after_own_verb(text: str, start: int, end: int, pats: _Patterns) -> int:
    """Where a listed item's name starts: a list of things built can repeat the verb
    (建设报装管理系统、建设用户管理系统), and the name follows it."""
    verb = pats.trigger_lead.match(text, start, end)
    return verb.end() if verb and pats.unquoted_head.search(text, verb.end(), end) else start


def _specific(name: str, pats: _Patterns) -> bool:
    """Enough of a modifier before the head noun to name one practice (not 工作机制, 新模式);
    a head of three characters or more says more itself (诉讼服务站, 专家委员会)."""
    head = pats.unquoted_head.search(name)
    core = name[: head.start()].strip("新") if head else name
    wanted = _GENERIC_CORE_MIN - (head is not None and len(head.group(0)) >= _GENERIC_CORE_MIN)
    return len(core) >= wanted


def _counted_measures(text: str, pats: _Patterns) -> list[MechanismMention]:
    """A numbered package of measures: 17条措施, 标准化创新发展九条措施."""
    mentions = []
    for match in pats.counted_measures.finditer(text):
        if _inside_book_title(text, match.start()):
            continue
        start = match.start()
        while (
            start > 0
            and _HAN.match(text[start - 1])
            and not pats.issuing_verb.search(text[max(0, start - 4) : start])
        ):
            start -= 1
        label = text[start : match.end()]
        mentions.append(MechanismMention(start, match.end(), label, None, label))
    return mentions


def _enumerated_leads(
    text: str, vocab: MechanismVocabulary, pats: _Patterns
) -> list[MechanismMention]:
    """一是全流程跟进服务: the short name that opens an enumerated item."""
    mentions = []
    for match in _ENUMERATED_LEAD.finditer(text):
        label = normalise_label(match.group(1))
        if pats.practice_signal.search(label) and vocab.lookup(label) is None:
            start, end = match.span(1)
            mentions.append(MechanismMention(start, end, text[start:end], None, label))
    return mentions


def _listed_kinds(text: str, vocab: MechanismVocabulary, pats: _Patterns) -> list[MechanismMention]:
    """建立首办负责、疑难调处等工作机制: short names listed before 等 and the kind they are."""
    mentions = []
    for match in pats.listed_kinds.finditer(text):
        body = match.group(1)
        items = body.split("、")
        if not all(_MIN_COMPONENT - 1 <= len(item) <= _MAX_LISTED for item in items):
            continue
        mentions += _item_mentions(text, match.start(1), body, items, vocab)
    return mentions


def _component_lists(
    text: str, vocab: MechanismVocabulary, pats: _Patterns
) -> list[MechanismMention]:
    """Components listed in brackets after a quoted package name; each one is a practice
    (a goal among them, 优化服务, is not)."""
    mentions = []
    for match in _COMPONENTS.finditer(text):
        body = match.group(1)
        items = [item for item in re.split(r"[、,]", body) if item]
        sizes_ok = all(_MIN_COMPONENT <= len(item) <= _MAX_COMPONENT for item in items)
        if len(items) < _MIN_COMPONENTS or not sizes_ok or not all(map(_HAN.match, items)):
            continue
        practices = [item for item in items if not _is_goal(item, pats)]
        mentions += _item_mentions(text, match.start(1), body, practices, vocab)
    return mentions


def _sentence_leads(
    text: str, vocab: MechanismVocabulary, pats: _Patterns
) -> list[MechanismMention]:
    """A short sentence of its own that is a practice name: an action (日韩企业跨国帮办。),
    a method (…工作法。) or a change of form (审判全流程无纸化。)."""
    mentions = []
    for match in _SENTENCE_LEAD.finditer(text):
        label = normalise_label(match.group(1))
        if any(mark in match.group(1) for mark in QUOTE_MARKS) or _states_an_act(label, pats):
            continue
        if pats.person.search(label):
            continue  # 我非常认同。 is someone answering; 我为群众办实事 would be quoted
        named = (
            pats.action_end.search(label)
            or pats.sentence_name_end.search(label)
            or len(label) <= _SHORT_SENTENCE
        )
        if named and vocab.lookup(label) is None:
            start, end = match.span(1)
            mentions.append(MechanismMention(start, end, text[start:end], None, label))
    return mentions


def _paragraph_leads(
    text: str, pats: _Patterns, concepts: list[MechanismMention]
) -> list[MechanismMention]:
    """A paragraph that opens by putting a short name to use and says what for (实施线上备案,
    统一办理标准。): the name is the practice the paragraph is about; a lead that holds a known
    practice (开展直播带岗活动,…) is a use of that practice."""
    mentions = []
    for match in pats.paragraph_lead.finditer(text):
        start, end = match.span(1)
        if not any(start < c.end and c.start < end for c in concepts):
            mentions.append(MechanismMention(start, end, match.group(1), None, match.group(1)))
    return mentions


def _states_an_act(lead: str, pats: _Patterns) -> bool:
    """A short sentence that is a goal (强化劳动力市场监管。) or one act (组织一次执法检查。)."""
    return _is_goal(lead, pats) or bool(pats.counted_act.match(lead))


def _is_goal(name: str, pats: _Patterns) -> bool:
    """A goal verb and what it improves (优化服务, 持续优化营商环境); 全面管 is an action name."""
    verb = pats.goal_lead.match(name)
    return bool(verb) and len(name) - verb.end() >= _MIN_GOAL_OBJECT


# --- merging ----------------------------------------------------------------------------------


def _covered(candidate: MechanismMention, concepts: list[MechanismMention]) -> bool:
    """A candidate inside a vocabulary match adds nothing: the concept is already found."""
    start, end = candidate.start, candidate.end
    if candidate.surface[:1] in QUOTE_MARKS:
        start += 1
    if candidate.surface[-1:] in QUOTE_MARKS:
        end -= 1
    return any(c.start <= start and end <= c.end for c in concepts)


def _nested(candidate: MechanismMention, candidates: list[MechanismMention]) -> bool:
    """A candidate inside a longer one that names it (12条措施 inside 温情助企12条措施)."""
    return any(
        other.start <= candidate.start
        and candidate.end <= other.end
        and (other.end - other.start) > (candidate.end - candidate.start)
        and candidate.label in other.label
        for other in candidates
    )


def _inside(mention: MechanismMention, name: MechanismMention) -> bool:
    return name.start <= mention.start and mention.end <= name.end


def _widen_to_names(
    concepts: list[MechanismMention], candidates: list[MechanismMention]
) -> list[MechanismMention]:
    """A name that ends in a vocabulary concept is a kind of it (“1+N+1”多元解纷机制 and
    “企业开办一件事一次办” are a 多元解纷 and a 一件事一次办): the concept takes the whole name as
    its mention, and the name is not a candidate."""
    widened = {}
    for name in candidates:
        end = name.end - (name.surface[-1:] in QUOTE_MARKS)
        if _LISTED.search(name.surface):
            continue  # a list that ends in a concept (“内部流转、…、限时办结”) is no kind of it
        for concept in concepts:
            if name.start <= concept.start and concept.end == end and concept not in widened:
                widened[concept] = name
                break
    used = set(widened.values())
    mentions = [
        replace(c, start=widened[c].start, end=widened[c].end, surface=widened[c].surface)
        if c in widened
        else c
        for c in concepts
    ]
    return mentions + [c for c in candidates if c not in used]


def _dedupe(mentions: list[MechanismMention]) -> list[MechanismMention]:
    """Sorted, one mention per span; a concept wins over a candidate at the same span."""
    best: dict[tuple[int, int], MechanismMention] = {}
    for mention in mentions:
        key = (mention.start, mention.end)
        if key not in best or (best[key].concept is None and mention.concept is not None):
            best[key] = mention
    return sorted(best.values(), key=lambda m: (m.start, m.end, m.label))
