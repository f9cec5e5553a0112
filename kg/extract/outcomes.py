"""Quantified outcomes of a measure: "7个环节整合为1个环节", "从85%上升到99.8%", "居全省第1位".

Input is a measure's simplified half-width view (heading + body); every mention's
``start``/``end`` is relative to it and covers the evidence clause, so the caller can cut the
quote from the original text. The rules follow the annotation policy of the gold files:

* a number counts only with a unit or measure word after it (identifiers, phone numbers and
  list markers have none); dates (2022年, 7月1日) and time frames (3年间, 近三年, 近3个月来,
  政策实施仅3天时间) are not results;
* numbers inside short quotes or book titles are names (“五办模式” “1234” 《17条措施》), and so
  are the numbers of the mechanism's explanation that follows a digit name (“1234”: 1个…2本…);
* headings are names of cases, not evidence; quoted speech is the speaker's anecdote, unless
  an official is introduced as giving it (“……”局长王明介绍): then it reports results;
* a number that an intent, a norm or a target year governs (计划投资, 不得超过, 力争…, 到2025年…将)
  is a plan; one told of the time before the reform without the new value (以往…需7至15个工作日)
  is the old state; a planned measure (下一步 items) has no results; divisions (细分为7类),
  thresholds (及以下), time limits set (限时3个工作日内), caps (单户最高可贷50万元), an amount
  converted in a bracket (（约203亿港元）), partners tallied (联合A、B等8个部门),
  a design's sites and contents (在12个商圈设立, 清单涵盖286项), the base of a rate (1856项…
  可办率达98%) or of a change by a share (27个“一件事”办理时限压缩70%), what 将 puts into a
  design and where it comes from (将27个部门的612项事项纳入综合窗口), a list covered
  (覆盖A、B等38个行业), partners who act (联合辖区12家银行推出), reference values (高于往年平均
  25%的), routines (每月开展2次), ratios per unit (为每栋楼宇配备1名楼长) and durations
  that name a thing (15分钟服务圈) are not results;
* what a clause sets up or puts under a regime (设立1000万元资金池, 对87项事项实施告知承诺制) is
  the means when a later clause of the sentence reports a result; told alone it is a result;
* in a case told in facets (主要做法 … 取得成效), the practice facet's numbers are the means,
  unless their clause reports work done (已, 累计); the results facet reports the results;
* small exact Chinese numerals are mostly design labels (四项举措, 两张清单, 四大类): one counts
  only as the size of an enumeration it closes (照、章、税、银、保、金…六件事), never before a
  structure noun (方面, 环节, 类); durations, percentages, 十余家, 三十五个 are results;
* values keep 万/亿 in the unit and 余/多/近/以上… as a qualifier, as written; an explicit
  range gives its upper bound ("5至20分钟" -> 20), a fused Chinese one its lower ("三四页" -> 3),
  with "low-high" as the qualifier; tenths are percentages (近九成 -> 90 %);
* "A整合为B", "从A上升到B" (提升到目前的B), "原需A…只用B" give one outcome B with baseline A,
  restated in B's unit when both are durations (由2天缩短至4小时: baseline 48);
* zero slogans from a fixed list (零材料, 0费用, 投诉率为零), doublings (翻两番) and rankings are
  outcomes, but not a zero slogan that states an aim (让企业办事“零跑腿”), names a service
  (“零上门”服务), quotes what a reform claims (实现…“零见面、零跑腿”) or a regime (实行“零成本”);
  a tier (位列第一档) is no rank.

Word lists live in ``ontology/units.csv``.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from kg.cues import load_cues
from kg.extract.speech import speech_spans
from kg.numerals import CN_DIGIT_CHARS, CN_NUMERAL_CHARS, parse_number, parse_range, split_magnitude
from kg.resources import ontology_path

_CLAUSE_BREAK_RE = re.compile(r"[,;。!?:\n|，；：！？]|\.(?!\d)")
_SENTENCE_BREAK_RE = re.compile(r"[;。!?\n|；！？]|\.(?!\d)")
"""A half-width full stop ends a sentence too (a text set in English punctuation: …程序. 2025年
审结破产案件63件), unless a digit follows (a decimal point: 4.8亿元); | parts the cells of a
table's row."""
_MID_BREAK_RE = re.compile(r"[,;，；]")  # a heading has at most one (聚焦市场准入,当好“店小二”)
_OPEN_QUOTES = {"“": "”", "‘": "’", "「": "」", "『": "』"}
_MAX_NAME_QUOTE = 20
_MAX_HEADING = 60
_BULLETS = "-–*•·●▪◆"
_HEADING = 2
_SPEECH = 3
_REPORTED = 4  # speech an official is introduced as giving (…”局长王明介绍): reported facts
_METRIC_MAX = 18
_MAX_PARTNER_SCOPE = 3  # 联合辖区12家银行: a short scope word before the partners' count
_ROUTINE_MAX = 10  # a routine runs a few times a period ("每月2次"); more is a tally
_MAX_CLAUSE = 160  # a clause longer than this is not one clause (bounds the work per value)


@dataclass(frozen=True)
class OutcomeMention:
    """One quantified result; offsets are relative to the text given to find_outcomes."""

    start: int
    end: int
    value: Decimal
    unit: str
    metric: str
    baseline: Decimal | None
    qualifier: str | None


@dataclass(frozen=True)
class Lexicon:
    """Word lists from ontology/units.csv, grouped by kind, and the regexes built from them."""

    terms: dict[str, dict[str, str]]

    def words(self, kind: str) -> dict[str, str]:
        return self.terms.get(kind, {})

    def alternation(self, kind: str, *values: str, but: str = "", shortest: int = 1) -> str:
        """A regex alternation of the kind's terms, longest first: only those with one of
        ``values`` when given, none with the value ``but``, none shorter than ``shortest``."""
        words = [
            w
            for w, v in self.words(kind).items()
            if (not values or v in values) and v != but and len(w) >= shortest
        ]
        words.sort(key=len, reverse=True)
        return "|".join(re.escape(w) for w in words) or r"(?!)"


@lru_cache(maxsize=1)
def load_lexicon(path: Path | None = None) -> Lexicon:
    """Read the outcome word lists once per process."""
    terms: dict[str, dict[str, str]] = {}
    with (path or ontology_path("units.csv")).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            terms.setdefault(row["kind"], {})[row["term"]] = row["value"] or row["term"]
    return Lexicon(terms)


@dataclass(frozen=True)
class _Patterns:
    """All regexes, compiled once from the lexicon."""

    number: re.Pattern[str]
    time_taken_end: re.Pattern[str]
    compared: re.Pattern[str]
    tail: re.Pattern[str]
    before: re.Pattern[str]
    zero: re.Pattern[str]
    doubling: re.Pattern[str]
    rank: re.Pattern[str]
    rank_change: re.Pattern[str]
    baseline_lead: re.Pattern[str]
    rank_lead: re.Pattern[str]
    change_lead: re.Pattern[str]
    changed_object: re.Pattern[str]
    new_value_end: re.Pattern[str]
    baseline_before: re.Pattern[str]
    prefix_filler: re.Pattern[str]
    suffix_filler: re.Pattern[str]
    change_to: re.Pattern[str]
    metric_stop: re.Pattern[str]
    story: re.Pattern[str]
    national: re.Pattern[str]
    result_cue: re.Pattern[str]
    changed: re.Pattern[str]
    at_most_end: re.Pattern[str]
    strong_cue: re.Pattern[str]
    result_qualifier_end: re.Pattern[str]
    inventory: re.Pattern[str]
    size: re.Pattern[str]
    stock: re.Pattern[str]
    merged: re.Pattern[str]
    purpose: re.Pattern[str]
    result_lead: re.Pattern[str]
    intent: re.Pattern[str]
    norm: re.Pattern[str]
    sentence_intent: re.Pattern[str]
    done: re.Pattern[str]
    past: re.Pattern[str]
    now: re.Pattern[str]
    scope_after: re.Pattern[str]
    score_not_after: re.Pattern[str]
    report: re.Pattern[str]
    division_end: re.Pattern[str]
    comparison: re.Pattern[str]
    build: re.Pattern[str]
    design_head: re.Pattern[str]
    frame_verb: re.Pattern[str]
    frequency: re.Pattern[str]
    per_unit: re.Pattern[str]
    duration_name: re.Pattern[str]
    zero_after: re.Pattern[str]
    none_happened: re.Pattern[str]
    convening: re.Pattern[str]
    partner: re.Pattern[str]
    content: re.Pattern[str]
    list_noun: re.Pattern[str]
    slogan_name: re.Pattern[str]
    slogan_lead: re.Pattern[str]
    setup: re.Pattern[str]
    perfective: re.Pattern[str]
    time_limit: re.Pattern[str]
    ceiling: re.Pattern[str]
    arrow: re.Pattern[str]
    conversion: re.Pattern[str]
    rate_change: re.Pattern[str]
    placement: re.Pattern[str]
    means: re.Pattern[str]
    aggregate: re.Pattern[str]


_CN = CN_DIGIT_CHARS + "十"
_MERGER = re.compile(rf"“(?P<n>[{CN_DIGIT_CHARS}十\d]+)[\u4e00-\u9fff]?合一”")
_ATTRIBUTIVE_COUNT_RE = re.compile(r"[\u4e00-\u9fff]{1,4}的\d")
_PERCENT_AHEAD = re.compile(r"\d+(?:\.\d+)?%")
_CN_ALL = CN_NUMERAL_CHARS


@lru_cache(maxsize=1)
def _time_units() -> frozenset[str]:
    """Units of a duration (天, 工作日 …): a result in them is a time taken."""
    return frozenset(load_lexicon().words("time_unit"))


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    lex = load_lexicon()
    units = lex.alternation("unit")
    place = lex.alternation("place_unit")
    year = lex.alternation("year_unit")
    structure = lex.alternation("structure_classifier")
    big = lex.alternation("label_prefix")
    magnitude = lex.alternation("magnitude")
    q_after = lex.alternation("qualifier_after")
    clash = lex.alternation("unit_clash")
    within = lex.alternation("within_unit")
    number = re.compile(
        r"(?P<frac>\d+/\d+(?![\d/]))|(?P<halfof>(?:(?<=[了短少缩减降低高])|(?<=[了短少减低高][近约超逾]))一半)"
        rf"|(?P<pct>百分之[{_CN}百点]+)"
        rf"|(?P<cnfrac>[{_CN}百千\d]+分之[{_CN}百千\d]+)"
        r"|(?P<ar>\d{1,3}(?:,\d{3})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?)"
        rf"|(?P<cn>[{_CN}][{_CN_ALL}]*|[百千](?=余|多)|(?<=[逾超近])[百千]|半(?=[天年]|个|小时))"
    )
    tail = re.compile(
        r"(?: (?=[^\W\d_]))?"  # a hard wrap between number and unit, read as a space
        rf"(?P<range>(?:-|~|～|—|至|到)(?:\d+(?:\.\d+)?|[{_CN}]+))?"
        r"(?P<half>个半(?P<halfunit>月|小时|工作日|星期)?)?"
        rf"(?P<q1>余|多|来)?"
        rf"(?P<mag>{magnitude})?"
        rf"(?P<q2>余|多)?"
        rf"(?:(?P<struct>{structure})|(?P<big>{big})|(?P<ge>个多)(?P<geunit>月|小时|工作日|星期)"
        rf"|(?P<unit>(?!{clash})(?:{units}))|(?P<within>{within})(?=以内|之内|内)"
        rf"|(?P<place>{place})|(?P<year>{year}))?"
        r"(?P<range2>(?<=%)(?:-|~|～|—|至)\d+(?:\.\d+)?%)?"
        rf"(?P<q3>{q_after})?"
    )
    before = re.compile(rf"(?:{lex.alternation('qualifier_before')})$")
    zero_nouns = lex.alternation("zero_noun")
    zero = re.compile(rf"(?<![\d.{_CN_ALL}])(?:零|0)(?P<noun>{zero_nouns})")
    doubling = re.compile(r"翻了?(?P<n>[一两二三四五六\d])番")
    rank_n = rf"[\d{_CN}]+"
    ordinal = lex.alternation("ordinal_noun")
    rank = re.compile(
        rf"(?P<verb>{lex.alternation('rank_verb')})"
        r"(?P<scope>[^,;。、\d“”第]{0,12}?)"
        rf"(?:第(?P<r>{rank_n})(?:位|名|(?![\d{_CN}]|{ordinal}))"
        rf"(?P<more>(?:、第?{rank_n}(?:位|名)?)*)"
        rf"|(?P<first>首位|榜首|第一(?!{ordinal})))"
    )
    change = lex.alternation("change_verb")
    rank_change = re.compile(
        rf"(?:{change}|{lex.alternation('rank_verb')})[^,;。\d第]{{0,2}}(?:为|到|至)?"
        rf"[^,;。\d第]{{0,6}}第(?P<new>{rank_n})"
    )
    directional = lex.alternation("change_verb", "rise", "fall")
    # a limit word is a result word only before its number (最多跑两趟; not 找不到, 不到位)
    limit = rf"(?:{lex.alternation('limit_word')})[^,;。\d]{{0,2}}(?=[\d{_CN_ALL}半])"
    changed = (
        rf"{change}[^,;。\d]{{0,2}}(?:为|到|至|成)|{lex.alternation('change_verb', shortest=2)}"
        rf"|{lex.alternation('new_value_marker')}"
    )
    return _Patterns(
        number=number,
        time_taken_end=re.compile(rf"(?:{lex.alternation('time_taken')})$"),
        compared=re.compile(
            rf"{lex.alternation('past_marker')}|{lex.alternation('compared_word')}"
        ),
        tail=tail,
        before=before,
        zero=zero,
        doubling=doubling,
        rank=rank,
        rank_change=rank_change,
        baseline_lead=re.compile(rf"^(?:{lex.alternation('baseline_marker')})"),
        rank_lead=re.compile(
            rf"(?:{lex.alternation('rank_prefix')})?(?:{lex.alternation('rank_verb')})"
        ),
        change_lead=re.compile(rf"^(?:{lex.alternation('comparison_lead')}|{directional})"),
        changed_object=re.compile(rf"^(?:{directional})([\u4e00-\u9fff]{{3,}})$"),
        new_value_end=re.compile(rf"(?:{lex.alternation('new_value_marker')})$"),
        baseline_before=re.compile(rf"(?:{lex.alternation('baseline_marker')})(?:过去|原来)?的?$"),
        prefix_filler=re.compile(rf"^(?:{lex.alternation('metric_prefix_filler')})+"),
        suffix_filler=re.compile(
            rf"(?:{lex.alternation('metric_suffix_filler')}|(?<![行作认成以])为)+$"
        ),
        change_to=re.compile(
            rf"(?:{change})[^,;。\d]{{0,2}}(?:为|到|至|成)了?"
            rf"(?:(?:{lex.alternation('now_marker')})的)?$"
        ),
        metric_stop=re.compile(rf"{lex.alternation('metric_stop')}|{change}"),
        story=re.compile(rf"(?<!其)(?:{lex.alternation('story_marker')})"),
        national=re.compile(
            rf"(?:{lex.alternation('national_source')})[^。]*?(?<![占居列])"
            rf"(?:{lex.alternation('national_scope')})(?!各地)"
        ),
        result_cue=re.compile(f"{lex.alternation('result_cue')}|{limit}|{changed}"),
        at_most_end=re.compile(rf"(?:{lex.alternation('limit_word', 'at_most')})[^,;。\d]{{0,2}}$"),
        changed=re.compile(changed),
        result_qualifier_end=re.compile(rf"(?:{lex.alternation('result_qualifier')})$"),
        strong_cue=re.compile(
            f"{lex.alternation('result_cue', but='weak')}|{limit}|{changed}"
            f"|{lex.alternation('aggregate_cue')}"
        ),
        purpose=re.compile(lex.alternation("purpose_lead")),
        result_lead=re.compile(lex.alternation("result_lead")),
        inventory=re.compile(lex.alternation("inventory_verb")),
        size=re.compile(lex.alternation("size_metric")),
        merged=re.compile(
            rf"[^,;。\d]{{0,14}}?(?:{lex.alternation('merge_verb')})(?:为|成)(?![\d\s])"
        ),
        stock=re.compile(
            rf"(?:{lex.alternation('stock_lead')})(?:各类)?[^,;。!?\d]{{0,16}}?"
            rf"(?:{lex.alternation('stock_body')})(?:约|超过|逾|达|近)?$"
        ),
        intent=re.compile(lex.alternation("intent", but="sentence")),
        norm=re.compile(lex.alternation("norm")),
        sentence_intent=re.compile(
            rf"{lex.alternation('intent', 'sentence')}|(?<![\d年])到\d{{4}}年[^。;!?]*?将"
            rf"|(?:{lex.alternation('timed_intent')})(?=\d{{4}}年|[于在到]|年内|年底|今年)"
        ),
        done=re.compile(lex.alternation("done_marker")),
        now=re.compile(
            f"{changed}|{lex.alternation('now_marker')}|{lex.alternation('done_marker')}"
        ),
        scope_after=re.compile(lex.alternation("scope_after")),
        score_not_after=re.compile(rf"(?:{lex.alternation('score_not_after')})$"),
        past=re.compile(
            rf"(?<![年月日])(?:{lex.alternation('past_marker')})"
            rf"(?!的?[\d{_CN_ALL}]+个?(?:{lex.alternation('time_unit')}|年|季度))"
        ),
        report=re.compile(lex.alternation("report_verb")),
        division_end=re.compile(rf"(?:{lex.alternation('division_verb')})了?$"),
        comparison=re.compile(lex.alternation("comparison_verb")),
        build=re.compile(lex.alternation("build_verb")),
        design_head=re.compile(
            rf"[\u4e00-\u9fff]{{0,4}}?(?:{lex.alternation('design_head')})(?![\u4e00-\u9fff])"
        ),
        frequency=re.compile(lex.alternation("frequency_lead")),
        per_unit=re.compile(lex.alternation("per_unit_lead")),
        frame_verb=re.compile(lex.alternation("frame_verb")),
        duration_name=re.compile(
            rf"[^,;。、\d\s]{{0,8}}?(?:{lex.alternation('duration_name_suffix')})"
            rf"|(?:{lex.alternation('availability_word')})"
        ),
        none_happened=re.compile(
            rf"(?:{lex.alternation('none_happened')})(?:一起|一例|一件)?"
            rf"(?P<what>[^,;。]{{0,14}}?(?P<noun>{zero_nouns}))"
        ),
        zero_after=re.compile(
            rf"(?P<noun>{zero_nouns})(?:{change})?(?:为|至|到)(?:零|0)(?![\d.%])"
        ),
        convening=re.compile(lex.alternation("convening_verb")),
        partner=re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{lex.alternation('partner_noun')})"),
        content=re.compile(lex.alternation("content_verb")),
        list_noun=re.compile(lex.alternation("list_noun")),
        slogan_name=re.compile(
            r"[^“”,;。]*”(?:“[^“”,;。]*”)*"  # the slogan's quote, and any quoted beside it
            rf"(?:的|[\u4e00-\u9fff]{{0,6}}?(?:{lex.alternation('slogan_head')}))"
        ),
        slogan_lead=re.compile(lex.alternation("slogan_lead")),
        setup=re.compile(lex.alternation("setup_verb")),
        time_limit=re.compile(rf"(?:{lex.alternation('time_limit')})[^,;。\d]{{0,2}}$"),
        ceiling=re.compile(rf"(?:{lex.alternation('ceiling')})[^,;。\d]{{0,3}}$"),
        arrow=re.compile(rf"\s*(?:{lex.alternation('change_arrow')})\s*"),
        conversion=re.compile(rf"[\d.]+[^,;。\d(]{{0,6}}(?:{lex.alternation('conversion_lead')})$"),
        perfective=re.compile(rf"(?<![为除])(?:{lex.alternation('perfective_marker')})$"),
        rate_change=re.compile(rf"[^,;。、\d]{{0,16}}?(?:{change})[^,;。\d]{{0,3}}\d+(?:\.\d+)?%"),
        placement=re.compile(lex.alternation("placement_verb")),
        means=re.compile(lex.alternation("means_verb")),
        aggregate=re.compile(
            f"{lex.alternation('aggregate_cue')}|{lex.alternation('done_marker')}"
        ),
    )


@dataclass
class _Candidate:
    """A number with its unit, before the clause-level decisions."""

    num_start: int
    num_end: int  # end of the numeral itself
    end: int  # end of unit and trailing qualifier
    value: Decimal
    unit: str
    qualifier: str | None
    chinese: bool
    kind: str = "count"  # count | year | label | zero | rank | doubling | merger
    baseline: Decimal | None = None
    span_start: int | None = None
    metric: str = ""
    baseline_at: tuple[int, int] | None = None
    reported: bool = False  # read inside speech that reports facts


def find_outcomes(text: str, prose: bool = False, planned: bool = False) -> list[OutcomeMention]:
    """All quantified results stated in a measure's view text, in text order.

    A ``planned`` measure (a 下一步 item) reports no results yet: its numbers are targets
    (压缩50%以上, 实现200项…), whatever verb states them.

    In ``prose`` (a newspaper feature), where numbers also tell the story (东北制药每年约300人
    退休, 爬上30米高的平台), a number is a result only in a clause that says one (累计, 已,
    压缩到, 达, 最多 …: the ``result_cue`` and ``limit_word`` words and the change verbs of
    ontology/units.csv); so is a number of speech an official is introduced as giving.

    Example (a result with its baseline; the design label 四项 and the date are not results):
        >>> text = "2023年推出四项举措,企业开办时间由5个工作日压缩至1个工作日。"
        >>> [(o.metric, o.value, o.unit, o.baseline) for o in find_outcomes(text)]
        [('企业开办时间', Decimal('1'), '工作日', Decimal('5'))]
    """
    if planned or not text or not text.strip():
        return []
    pats = _patterns()
    masked = _protected(text)
    candidates = list(_scan_numbers(text, pats, masked))  # sorted by position
    candidates = _outside_practice_facets(text, candidates)
    candidates = _drop_design_digits(text, candidates)
    candidates += _scan_specials(text, pats, masked)
    candidates.sort(key=lambda c: (c.num_start, c.num_end))
    candidates = _keep_outcomes(text, candidates, prose)
    candidates = _pair_baselines(text, candidates, pats)
    candidates = [
        c
        for c in candidates
        if not _past_state(text, c, pats)
        and not _size_of(text, c, pats)
        and not _stock_of(text, c, pats)
        and not (c.baseline is None and pats.merged.match(text, c.end))
    ]
    mentions = _to_mentions(text, _Sorted(candidates), pats) + list(_table_rows(text))
    return sorted(mentions, key=lambda m: m.start)


_CELL_NUMBER = re.compile(r"^(\d+(?:\.\d+)?)\s*(\S*)$")
_CELL_UNIT = re.compile(r"\(([^()]{1,8})\)$")
_TABLE_RULE = re.compile(r"^\|(?:\s*:?-{3,}:?\s*\|)+$")
"""The rule under a Markdown table's header row (|---|---|): the row above names columns."""


_PROSE_CELL = re.compile(r"\|[^|]*(?:[，,。；;]|[\u4e00-\u9fff]{2}[^|]*\d)[^|]*\|")
"""A table cell that holds clauses or words before a number (a row per place: | 甲市 | 推行…，
… | 发放许可证2000张 |): unless read as an indicator's row, its row tells a case, read
sentence by sentence like prose."""


def _is_table_row(line: str) -> bool:
    """A row of a Markdown table: cells between pipes."""
    return len(line) >= 3 and line.startswith("|") and line.endswith("|")


def _table_rows(text: str) -> Iterator[OutcomeMention]:
    """Results in a Markdown table, a row per indicator (``| 入企检查次数(次) | 4100 | 1650 |``
    under ``| 指标 | 改革前 | 改革后 |`` or ``| 2023年 | 2024年 |``): the last number is the
    value, the first its baseline; the unit is the metric's bracketed unit or the cells'.
    The header row (over the ``|---|`` rule) names columns; rows are masked as headings for
    the scan of sentences."""
    pos = 0
    lines = text.split("\n")
    for line, below in zip(lines, [*lines[1:], ""], strict=True):
        mention = _table_row(line, pos)
        if mention and not _TABLE_RULE.match(below.strip()):
            yield mention
        pos += len(line) + 1


def _table_row(line: str, pos: int) -> OutcomeMention | None:
    stripped = line.strip()
    if not _is_table_row(stripped):
        return None
    cells = [cell.strip() for cell in stripped[1:-1].split("|")]
    numbers = [m for cell in cells[1:] if (m := _CELL_NUMBER.match(cell))]
    if len(cells) < 2 or not numbers or len(numbers) < len(cells) - 1:
        return None
    bracket = _CELL_UNIT.search(cells[0])
    unit = bracket.group(1) if bracket else numbers[-1].group(2)
    if not unit or not cells[0] or cells[0][0].isdigit():
        return None  # a row per year (| 2023年 | 4100 | 86% |) holds several indicators
    metric = cells[0][: bracket.start()] if bracket else cells[0]
    start = pos + line.index(stripped) + 1
    start += len(stripped[1:]) - len(stripped[1:].lstrip())
    end = pos + line.index(stripped) + len(stripped) - 1
    end -= len(stripped[:-1]) - len(stripped[:-1].rstrip())
    baseline = Decimal(numbers[0].group(1)) if len(numbers) > 1 else None
    return OutcomeMention(start, end, Decimal(numbers[-1].group(1)), unit, metric, baseline, None)


# ---------------------------------------------------------------- protected regions


def _protected(text: str) -> bytearray:
    """Nonzero where a number is a name: short quotes and book titles (1), headings (2); or
    where it is someone's words: speech (3), speech reporting facts (4, still read)."""
    mask = bytearray(len(text))
    for start, end in speech_spans(text):
        kind = _REPORTED if _reported(text, start, end) else _SPEECH
        mask[start:end] = bytes([kind]) * (end - start)
    _mark_quotes(text, mask)
    for match in re.finditer(r"《[^《》\n]{0,80}》", text):
        mask[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if _is_heading(stripped):
            mask[pos : pos + len(line)] = bytes([_HEADING]) * len(line)
        pos += len(line) + 1
    return mask


_FACET_MARKS_RE = re.compile(
    r"^[\s#*>【\[]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、])?"
    r"|[\s*#】\]:：]*$"
)


def _outside_practice_facets(text: str, cands: list[_Candidate]) -> list[_Candidate]:
    """A case told in facets (主要做法 … 取得成效) reports its results under the results
    facet; the numbers under the practice facet before it are the means (组建42人的队伍),
    unless their clause reports work done (已为218个项目提供服务, 累计, 截至)."""
    spans = _practice_facets(text)
    aggregate = _patterns().aggregate
    return [
        c
        for c in cands
        if not any(s <= c.num_start < e for s, e in spans)
        or aggregate.search(text, *_clause(text, c.num_start))
    ]


def _practice_facets(text: str) -> list[tuple[int, int]]:
    """Spans from a practice facet heading to the results facet heading after it, of a
    background facet (基本情况: the state the reform started from) up to the next facet, and
    of a line labelled as background (• 背景：…)."""
    lex = load_lexicon()
    spans: list[tuple[int, int]] = []
    practice: int | None = None
    pos = 0
    background: int | None = None
    for line in text.split("\n"):
        facet = _FACET_MARKS_RE.sub("", line)
        facets = ("practice_facet", "result_facet", "background_facet")
        if background is not None and any(facet in lex.words(k) for k in facets):
            spans.append((background, pos))
            background = None
        label = _LINE_LABEL.match(facet)
        if label and label.group(1) in lex.words("background_facet"):
            spans.append((pos, pos + len(line)))  # • 背景：…锑品企业43家: the line's setting
        if facet in lex.words("background_facet"):
            background = pos + len(line)
        elif facet in lex.words("practice_facet"):
            practice = pos + len(line)
        elif facet in lex.words("result_facet") and practice is not None:
            spans.append((practice, pos))
            practice = None
        pos += len(line) + 1
    return spans


_LINE_LABEL = re.compile(rf"^[{re.escape(_BULLETS)}\s]*([\u4e00-\u9fff]{{2,4}})[:：]")
"""A label that opens a line of its own words (• 背景：…)."""


def _is_heading(line: str) -> bool:
    """A short line without a full stop names a case or a section; a bulleted line (- 企业开办
    时间压缩至1个工作日), a table row (cells between tabs) and a line of several clauses (a
    hard-wrapped paragraph: 企业办事不出园区,办理时间平均压缩52%,累计办理…), an item of a list
    that runs on (审批环节由9个减少至2个;) and a labelled line of results (数据:入园企业由43家
    增至316家) state facts."""
    if _is_table_row(line):
        return _table_row(line, 0) is not None or not _PROSE_CELL.search(line)
    if not line or "。" in line or len(line) > _MAX_HEADING or line[0] in _BULLETS:
        return False
    if load_cues().regex("segment", "item-bullet").match(line):
        return False  # a ticked item (✅ 累计解决诉求4100余件)
    if line.rstrip().endswith("."):
        return False  # a sentence of a text in English punctuation (…诉求83件.)
    data_line = load_cues().regex("segment", "data-line")
    if line.endswith((";", ",", "、")) or data_line.match(line):
        return False
    return "\t" not in line and len(_MID_BREAK_RE.findall(line)) < 2


def _reported(text: str, start: int, end: int) -> bool:
    """'“……”局长王明介绍' / '王明介绍：“……”': an official gives facts, not an anecdote."""
    report = _patterns().report
    after = re.split(r"[,，。:：;；\n“]", text[end : end + 30], maxsplit=1)[0]
    before = re.split(r"[,，。;；\n”]", text[max(0, start - 30) : start])[-1]
    return bool(report.search(after) or report.search(before))


def _mark_quotes(text: str, mask: bytearray) -> None:
    """Mark the inside of short quotations (names, slogans), not long citations."""
    for opener, closer in [*_OPEN_QUOTES.items(), ('"', '"')]:
        pattern = re.compile(
            rf"{re.escape(opener)}[^{re.escape(closer)}\n。]{{1,{_MAX_NAME_QUOTE}}}"
            rf"{re.escape(closer)}"
        )
        for match in pattern.finditer(text):
            mask[match.start() : match.end()] = b"\x01" * (match.end() - match.start())


def _quoted_names(text: str) -> Iterable[re.Match[str]]:
    return re.finditer(r"[“\"‘]([^”\"’\n。]{1,20})[”\"’]", text)


# ---------------------------------------------------------------- number scanning


def _scan_numbers(text: str, pats: _Patterns, masked: bytearray) -> Iterable[_Candidate]:
    consumed = 0
    for match in pats.number.finditer(text):
        if masked[match.start()] not in (0, _REPORTED) or match.start() < consumed:
            continue  # inside a name, or the upper bound of a range just read
        cand = _read_candidate(text, match, pats)
        if cand is not None:
            consumed = cand.end
            cand.reported = masked[match.start()] == _REPORTED
            yield cand


def _read_candidate(text: str, match: re.Match[str], pats: _Patterns) -> _Candidate | None:
    """The number, its unit and qualifiers; None when it cannot be a quantity."""
    start, end, surface = match.start(), match.end(), match.group()
    prev = text[start - 1] if start else ""
    if prev and (prev in "第每不+×/.-#" or (prev.isascii() and prev.isalnum())):
        return None  # ordinal, rate, negation ("不二次登录"), formula, code
    if end < len(text) and text[end] in "+×":
        return None
    chinese = match.lastgroup in {"cn", "cnfrac", "pct"}
    if match.lastgroup == "frac":
        value = parse_number(surface)
        return None if value is None else _Candidate(start, end, end, value, "比例", None, False)
    if match.lastgroup == "halfof":  # "缩短了一半(以上)", "缩短近一半"
        after = pats.tail.match(text, end)
        last = after.group("q3") if after and after.start("q3") == end else None
        before = pats.before.search(text, max(0, start - 2), start)
        qualifiers = [
            before and before.group(),
            last and load_lexicon().words("qualifier_after")[last],
        ]
        qualifier = "".join(q for q in qualifiers if q) or None
        return _Candidate(start, end, end + len(last or ""), Decimal(50), "%", qualifier, True)
    magnitude = ""
    if match.lastgroup == "cn":
        surface, magnitude = split_magnitude(surface)
    tail = pats.tail.match(text, start + len(surface))
    assert tail is not None  # every group is optional
    value, qualifier = _value_of(surface, tail)
    if value is None:
        return None
    if match.lastgroup == "pct":
        unit: str | None = "%"
    else:  # "五分之一" without a unit is a share, like "1/8"
        unit = _unit_of(tail, magnitude) or ("比例" if match.lastgroup == "cnfrac" else None)
    if unit is None:
        return None
    factor = load_lexicon().words("unit_factor").get(tail.group("unit") or "")
    if factor:
        value *= Decimal(factor)  # "近九成" = 90%
    before = pats.before.search(text, max(0, start - 3), start)
    qualifiers = [q for q in (before and before.group(), qualifier) if q]
    kind = "year" if tail.group("year") else "label" if tail.group("big") else "count"
    return _Candidate(
        num_start=start,
        num_end=start + len(surface),
        end=tail.end(),
        value=value,
        unit=unit,
        qualifier="".join(qualifiers) or None,
        chinese=chinese,
        kind=kind,
    )


def _value_of(surface: str, tail: re.Match[str]) -> tuple[Decimal | None, str | None]:
    """Numeric value and the qualifier words after it. A range written with a dash or 至
    ("5至20分钟", "10%—20%") gives its upper bound, the limit the result guarantees; a fused
    Chinese approximation ("三四页") gives its lower bound. The qualifier keeps "low-high"."""
    qualifier = "".join(q for q in (tail.group("q1"), tail.group("q2")) if q) or None
    value = parse_number(surface)
    if value is None:
        bounds = parse_range(surface)
        if bounds is None:
            return None, None
        value, qualifier = bounds[0], f"{bounds[0]}-{bounds[1]}"
    for group in ("range", "range2"):
        if tail.group(group):
            high = parse_number(tail.group(group)[1:])
            if high is None or high <= value:
                return None, None
            value, qualifier = high, f"{value}-{high}"
    if tail.group("half"):
        value += Decimal("0.5")
    if tail.group("ge") and "多" in tail.group("ge"):
        qualifier = (qualifier or "") + "多"
    last = tail.group("q3")
    if last:
        canonical = load_lexicon().words("qualifier_after").get(last, last)
        qualifier = (qualifier or "") + canonical
    return value, qualifier


def _unit_of(tail: re.Match[str], magnitude: str) -> str | None:
    """Canonical unit with its magnitude prefix ("万户"), or None when there is no unit."""
    lex = load_lexicon()
    magnitude = magnitude or tail.group("mag") or ""
    if tail.group("struct"):
        return None
    if tail.group("half"):
        base = tail.group("halfunit") or ""
        base = {"星期": "周"}.get(base, base)
        if not base and tail.group("unit"):
            base = lex.words("unit")[tail.group("unit")]
        return base or None
    if tail.group("ge"):
        base = {"星期": "周"}.get(tail.group("geunit"), tail.group("geunit"))
    elif tail.group("big"):
        base = "个"
    elif tail.group("unit"):
        base = lex.words("unit")[tail.group("unit")]
    elif tail.group("within"):
        base = lex.words("within_unit")[tail.group("within")]
    elif tail.group("place"):
        base = "个"
    elif tail.group("year"):
        base = "年"
    else:
        base = ""
    unit = magnitude + base
    return unit or None


# ---------------------------------------------------------------- specials


def _scan_specials(text: str, pats: _Patterns, masked: bytearray) -> list[_Candidate]:
    """Zero slogans, doublings and rankings: outcomes without a number-plus-unit shape."""
    found: list[_Candidate] = []
    zero_units = load_lexicon().words("zero_noun")
    for match in pats.zero.finditer(text):
        if masked[match.start()] == _HEADING:
            continue  # a zero slogan in a quote is fine, in a heading it is a title
        noun = match.group("noun")
        zero = _special(match.start(), match.start() + 1, match.end(), Decimal(0), zero_units[noun])
        zero.kind, zero.metric = "zero", noun
        found.append(zero)
    for match in [*pats.zero_after.finditer(text), *pats.none_happened.finditer(text)]:
        if masked[match.start()]:
            continue
        noun = match.group("noun")
        zero = _special(match.end() - 1, match.end(), match.end(), Decimal(0), zero_units[noun])
        zero.kind, zero.span_start = "zero", match.start()
        what = match.groupdict().get("what")  # "未发生一起重大安全事故" -> "重大安全事故"
        zero.metric = what or _noun_ending(text[max(0, match.start() - 8) : match.end("noun")])
        found.append(zero)
    for match in pats.doubling.finditer(text):
        if masked[match.start()]:
            continue
        times = parse_number(match.group("n"))
        if times is not None:
            factor = Decimal(2) ** int(times)
            doubling = _special(match.start(), match.end(), match.end(), factor, "倍")
            doubling.kind = "doubling"
            found.append(doubling)
    for match in pats.rank.finditer(text):
        if masked[match.start()]:
            continue
        found.extend(_rank_candidates(text, match, pats))
    found.extend(_mergers(text, pats, masked))
    return found


def _noun_ending(text: str) -> str:
    """The run of Chinese characters that ends ``text`` ('服务,采购投诉率' -> '采购投诉率')."""
    match = _NOUN_TAIL.search(text)
    return match.group() if match else ""


def _mergers(text: str, pats: _Patterns, masked: bytearray) -> list[_Candidate]:
    """'规划条件、供地方案…等事项“五合一”并联审查': N listed items merged into one; a merger
    name without a list before it (“多证合一”, “三合一”改革) is a mechanism's name."""
    found = []
    for match in _MERGER.finditer(text):
        clause_start, _ = _clause(text, match.start())
        count = parse_number(match.group("n"))
        listed = "、" in text[clause_start : match.start()]
        if masked[match.start()] > 1 or count is None or not listed:
            continue
        merger = _special(match.start("n"), match.end("n"), match.end(), count, "项")
        merger.kind, merger.span_start = "merger", clause_start
        found.append(merger)
    return found


def _special(start: int, num_end: int, end: int, value: Decimal, unit: str) -> _Candidate:
    return _Candidate(start, num_end, end, value, unit, None, chinese=False)


def _rank_candidates(text: str, match: re.Match[str], pats: _Patterns) -> list[_Candidate]:
    """'分居全省第一、第二位' -> ranks 1 and 2; '居全省首位' -> 1; '排名由全省第7位跃升至第2位'
    -> rank 2 with baseline 7."""
    end, baseline = match.end(), None
    if match.group("first"):
        ranks = [(match.start("first"), Decimal(1))]
    else:
        ranks = [(match.start("r"), parse_number(match.group("r")))]
        for extra in re.finditer(r"第?([\d" + _CN + r"]+)", match.group("more") or ""):
            ranks.append((match.start("more") + extra.start(1), parse_number(extra.group(1))))
        change = pats.rank_change.match(text, end)
        if change and len(ranks) == 1:
            baseline, end = ranks[0][1], change.end()
            ranks = [(change.start("new"), parse_number(change.group("new")))]
    found = []
    for pos, value in ranks:
        if value is None or value <= 0:
            continue
        cand = _Candidate(pos, pos + 1, end, value, "位", None, False, kind="rank")
        cand.span_start, cand.baseline = match.start(), baseline
        cand.metric = f"{pats.baseline_lead.sub('', match.group('scope').strip())}排名"
        found.append(cand)
    return found


# ---------------------------------------------------------------- clause-level filters


def _drop_design_digits(text: str, cands: list[_Candidate]) -> list[_Candidate]:
    """After a digit name (“1234”管理标准, “358”模式, “1+1”模式, “4+N”) drop the numbers that
    spell it out; a quote with words (“12345开办企业专席”) is not such a name, and digits spelled
    out as what the mode achieves (“2110”模式,实现2个工作日内办结、1个环节…) are results."""
    drop: set[int] = set()
    starts = [c.num_start for c in cands]
    for name in _quoted_names(text):
        run = re.fullmatch(r"\d{2,}|[\dA-Z](?:\+[\dA-Z])+", name.group(1))
        if run is None or not any(ch.isdigit() for ch in run.group()):
            continue
        digits = [Decimal(d) for d in run.group() if d.isdigit()]
        sentence_end = _sentence_end(text, name.end())
        expected = 0
        first = bisect_left(starts, name.end())
        last = bisect_left(starts, sentence_end)
        spelled_from = starts[first] if first < last else sentence_end
        if _patterns().result_lead.search(text, name.end(), spelled_from):
            continue
        for i in range(first, last):
            if expected < len(digits) and cands[i].value == digits[expected]:
                drop.add(i)
                expected += 1
    return [c for i, c in enumerate(cands) if i not in drop]


def _keep_outcomes(text: str, cands: list[_Candidate], prose: bool) -> list[_Candidate]:
    """Apply the clause-level policy: dates, design labels, placeholders, attributive use."""
    ordered = _Sorted(cands)
    kept = [cand for cand in cands if not _rejected(text, cand, ordered, prose)]
    return _last_zero_per_noun(text, _dedupe(kept))


def _rejected(text: str, cand: _Candidate, cands: _Sorted, prose: bool) -> bool:
    clause_start, clause_end = _clause(text, cand.num_start)
    clause = text[clause_start:clause_end]
    if "×" in clause:
        return True  # anonymised text: the numbers around a placeholder are not reliable
    if cand.kind == "zero":
        return _zero_slogan_of_aim(text, cand, clause_start, clause_end)
    if cand.kind in {"rank", "doubling", "merger"}:
        return False
    if _told_as_a_story(text, cand, clause_start, clause_end, prose or cand.reported):
        return True
    if _one_time_taken(text, cand, clause_start):
        return True  # "从递交材料到领取营业执照只用了半天": one applicant's story
    if _planned(text, cand, clause_start, clause_end):
        return True  # "计划投资3000余万元", "力争到2025年,…达到100%": a plan, not a result
    if cand.kind == "year":
        return not _standalone_streak(text, cand, cands, clause_start, clause_end)
    if _patterns().national.search(text, _sentence_start(text, cand.num_start), cand.num_start):
        return True  # "…数据显示，一季度全国铁路完成旅客发送量11.2亿人次": the country's figure
    if _not_a_result_quantity(text, cand, clause_start, clause_end):
        return True
    after = text[cand.end : cand.end + 1]
    if _PERCENT_AHEAD.match(text, cand.end) or (
        cand.unit == "%" and text[max(0, cand.num_start - 1)] == "个"
    ):
        return True  # "4个100%": a count of targets, not a result
    if after and after in CN_DIGIT_CHARS and not _counts_classes(text, cand):
        return True  # "四位一体", "六个一": a name
    if after == "的" and _attributive(text, cand, clause_start):
        return True  # "货值270余万元的设备" describes a thing
    if _origin_of_moved(text, cand, clause_start):
        return True
    if cand.kind == "label":
        return _is_design_label(text, cand, clause_start)
    if _structure_noun_follows(text, cand, chinese=cand.chinese):
        return True
    if cand.chinese:
        return _chinese_is_label(text, cand, clause_start, _patterns())
    return False


def _told_as_a_story(text: str, cand: _Candidate, start: int, end: int, prose: bool) -> bool:
    """A number of prose, or of a sentence about a person or a moment of a day (她的儿子已经到
    托育中心9个多月了), is part of the story, unless its clause states a result.

    In prose a clause states a result with a result word (累计, 压缩至 …) or a verb done right
    before the number (打通了47个), or goes on with a sentence that reports work done (已对
    3200家企业免予处罚,涉及金额4100万元); in a story sentence a weak one (已, 可, 为) is not enough:
    it needs a strong one (获得, 累计, 目前, 同比, …率) before the number; in a sentence that
    says what a place has (大厅共有73个窗口) a strong one anywhere in the clause (共有112个项目
    实现…)."""
    pats = _patterns()
    clause = text[start:end]
    if pats.result_qualifier_end.search(text, max(start, cand.num_start - 3), cand.num_start):
        return False  # "累计受理业务超12万宗"
    sentence_start = _sentence_start(text, cand.num_start)
    story = pats.story.search(text, sentence_start, _sentence_end(text, cand.num_start))
    if not prose:
        return story is not None and not pats.result_cue.search(clause)
    if story:
        return not pats.strong_cue.search(text, start, cand.num_start)
    if pats.inventory.search(text, sentence_start, cand.num_start):
        return not pats.strong_cue.search(clause)  # "共有112个项目实现“拿地即开工”"
    return not (
        pats.result_cue.search(clause)
        or pats.perfective.search(text, start, cand.num_start)
        or pats.done.search(text, sentence_start, start)  # 已对3200家免予处罚,涉及金额4100万元
    )


def _one_time_taken(text: str, cand: _Candidate, clause_start: int) -> bool:
    """'从递交材料到领取营业执照只用了半天', '仅用4个月就完成重整': the time one applicant or one
    project took, an anecdote of the reform, unless its sentence compares it with the time
    before (较以往缩短了23天) or gives it as an average (平均只用3天)."""
    if cand.baseline is not None or cand.unit not in _time_units():
        return False
    pats = _patterns()
    if not pats.time_taken_end.search(text, clause_start, cand.num_start):
        return False
    start, end = _sentence_start(text, cand.num_start), _sentence_end(text, cand.num_start)
    return not pats.compared.search(text[start:end])


def _zero_slogan_of_aim(text: str, cand: _Candidate, start: int, end: int) -> bool:
    """'让企业办事“零跑腿”' is an aim, '提供“零材料”的服务' describes a service, '推行
    “零上门”“零投资”报装服务' names one and '实现登记注册“零见面、零跑腿”' quotes what a reform
    claims, as '实行零上门、零审批' does unquoted; '全程“零材料”', '变为0费用' and '投诉率为零'
    state results."""
    pats = _patterns()
    if pats.purpose.match(text, start):
        return True
    opened = text.rfind("“", start, cand.num_start)
    if opened > text.rfind("”", start, cand.num_start) and pats.slogan_lead.search(
        text, start, opened
    ):
        return True
    leads = list(pats.slogan_lead.finditer(text, start, cand.num_start))
    listed = leads and _ZERO_RUN.fullmatch(text, leads[-1].end(), cand.num_start)
    if listed and (listed.group() or _NEXT_ZERO.match(text, cand.end)):
        return True
    return pats.slogan_name.match(text, cand.end, end) is not None


_ZERO_RUN = re.compile(r"(?:[零0][\u4e00-\u9fff]{1,3}、)*")
_NEXT_ZERO = re.compile(r"[^、,;。]{0,3}、[零0]")
"""A list of zero slogans after a lead (实行零上门、零审批、零投资) gives the claims of a
regime; one alone (实现零费用) may be a result."""


def _planned(text: str, cand: _Candidate, clause_start: int, clause_end: int) -> bool:
    """An intent or a norm earlier in the clause (计划投资, 不得超过), or a future word or
    target year earlier in the sentence (力争…, 到2025年…将), governs the number, unless a
    clause in between reports something done (已, 累计). A norm in a clause that states a
    change describes what is changed (必须提交的材料由12份减少到5份)."""
    pats = _patterns()
    sentence_start = _sentence_start(text, cand.num_start)
    intents = [
        *pats.intent.finditer(text, clause_start, cand.num_start),
        *pats.sentence_intent.finditer(text, sentence_start, cand.num_start),
    ]
    if not pats.changed.search(text, clause_start, clause_end):
        intents += pats.norm.finditer(text, clause_start, cand.num_start)
    if not intents:
        return False
    last = max(match.end() for match in intents)
    return not pats.done.search(text, last, cand.num_start)


def _not_a_result_quantity(text: str, cand: _Candidate, start: int, end: int) -> bool:
    """A division into classes (细分为7类), a threshold (1250千伏安及以下), a time limit set
    (限时3个工作日内), partners tallied (联合A、B等8个部门), a design's sites or contents
    (在12个商圈设立, 清单涵盖286项), the base of a rate (1856项…可办率达98%), a scope 将
    puts into a design (将126项事项下沉至乡镇), the means of a result reported after it
    (设立1000万元资金池,…累计发放贷款…), a reference value (高于往年平均25%的), a routine
    (每月开展2次), a time frame (过去3个月内, 实施仅3天时间) or a duration that names
    something (15分钟服务圈, 24小时自助服务区)."""
    pats = _patterns()
    lead = text[start : cand.num_start]
    if pats.division_end.search(lead) or pats.scope_after.match(text, cand.end):
        return True
    if pats.time_limit.search(lead) or pats.ceiling.search(lead):
        return True  # "限时3个工作日内回应", "单户最高可贷50万元": a rule set for the work
    if pats.conversion.search(text, max(0, cand.num_start - 16), cand.num_start):
        return True  # "186.4亿元人民币（约203亿港元）": the amount before, converted
    if _tallies_partners(text, cand, lead) or _deployment_site(text, cand, lead, end):
        return True
    if _list_contents(text, cand, start) or _scope_of_rate(text, cand, start, end):
        return True
    if _placed_scope(text, cand, lead, end) or _means_of_later_results(text, cand, start, end):
        return True
    if cand.unit == "分" and pats.score_not_after.search(lead):
        return True  # "8点30分", "满分5分"
    if text.startswith("的", cand.end) and pats.comparison.search(lead):
        return True
    if _routine(cand, lead) or _per_unit(cand, lead):
        return True
    if cand.unit not in _time_units():
        return False
    return _time_frame(text, cand, lead, text[cand.end : end]) or bool(
        pats.duration_name.match(text, cand.end)
    )


def _tallies_partners(text: str, cand: _Candidate, lead: str) -> bool:
    """'会同区卫生健康局、区消防救援大队等11个部门': a count that closes the list of partners
    named after a convening verb tallies who took part, a resource put in, not a result; so
    does a count of partners who then act (联合辖区12家银行推出…), while one that stands
    alone (会同28家部门和8个委员会) reports who was brought in."""
    pats = _patterns()
    verbs = list(pats.convening.finditer(lead))
    if not verbs:
        return False
    named = lead[verbs[-1].end() :]
    if re.search("[对为向给]", named):
        return False  # "会同…对A、B等120家医疗机构开展检查": those checked, not partners
    partner = pats.partner.match(text, cand.end)
    if partner is None:
        return False
    if re.search("[、和及与]", named) or named.endswith("等"):
        return True
    after = text[partner.end() : partner.end() + 1]  # the partners act: 联合辖区12家银行推出
    acts = re.fullmatch(r"[\u4e00-\u9fff]", after) is not None and after not in "和及与等的"
    return acts and len(named) <= _MAX_PARTNER_SCOPE


def _deployment_site(text: str, cand: _Candidate, lead: str, end: int) -> bool:
    """'在辖区内12个重点商圈设立观察员': where a thing is set up is its design; '已在136个村
    推开' reports a rollout, and '在中心设置6个接待室' counts what was set up."""
    pats = _patterns()
    at = lead.rfind("在")
    if at < 0 or pats.done.search(lead) or pats.setup.search(lead, at):
        return False
    return pats.setup.search(text, cand.end, end) is not None


def _list_contents(text: str, cand: _Candidate, clause_start: int) -> bool:
    """'制定…清单,涵盖…等领域的286项轻微违法行为': what a list drawn up holds is its design;
    so is what a thing covers, named before its count (覆盖A、B、C等38个行业)."""
    pats = _patterns()
    lead = text[clause_start : cand.num_start]
    verb = pats.content.search(lead)
    if verb is None:
        return False
    named = lead[verb.end() :]
    if "、" in named and named.endswith("等"):
        return True  # 清单事项涵盖A、B等12个领域, 覆盖A、B等38个行业
    if verb.start() > 0:
        return False
    sentence_start = _sentence_start(text, cand.num_start)
    return pats.list_noun.search(text, sentence_start, clause_start) is not None


def _scope_of_rate(text: str, cand: _Candidate, start: int, end: int) -> bool:
    """'1856项政务服务事项网上可办率达98%', '27个“一件事”办理时限压缩70%': the count is the
    base of the rate or of the change by a share, which is the result."""
    if cand.unit in _time_units() | {"%", "比例"}:
        return False
    rest = text[cand.end : end]
    if re.search(r"率[^,;。\d]{0,6}\d+(?:\.\d+)?%", rest):
        return True
    named = _closes_enumeration(text, cand, start)  # A、B等16类许可时限缩减60%: reported too
    return not named and _patterns().rate_change.match(rest) is not None


def _means_of_later_results(text: str, cand: _Candidate, start: int, end: int) -> bool:
    """'设立1000万元转贷资金池,今年累计发放贷款8.6亿元', '对87项事项实施告知承诺制,…用时减少
    60%': when the sentence goes on to report what was achieved, the sizes of what was set up
    or put under a regime are the means; told alone (设立100亿元基金), the size is a result."""
    pats = _patterns()
    if not pats.means.search(text, start, end):
        return False
    if pats.aggregate.search(text, _sentence_start(text, cand.num_start), end):
        return False  # "今年以来,…发布短视频329个", "9个中心均已设置": a report of work done
    if pats.result_qualifier_end.search(text, start, cand.num_start):
        return False  # "实行承诺制的事项达到86项": a level reached
    rest = text[end : _sentence_end(text, cand.num_start)]
    return any(
        re.search(r"\d", later) and pats.strong_cue.search(later)
        for later in _CLAUSE_BREAK_RE.split(rest)
    )


def _placed_scope(text: str, cand: _Candidate, lead: str, end: int) -> bool:
    """'将27个部门的612项事项纳入综合窗口' (or 把…): what 将 puts into a design is its
    scope; '已将136项政策纳入平台' reports the work done."""
    pats = _patterns()
    if not re.search("[将把]", lead) or pats.done.search(lead):
        return False
    return pats.placement.search(text, cand.end, end) is not None


def _routine(cand: _Candidate, lead: str) -> bool:
    """'每月至少开展2次走访': how often a routine runs is its design; a routine's count is
    small (每年开展检查300余次 is a result), and the new value of a change is none
    (检查次数由每年6次减少为2次)."""
    if cand.value >= _ROUTINE_MAX or cand.unit not in load_lexicon().words("occasion_unit"):
        return False
    pats = _patterns()
    return pats.frequency.search(lead) is not None and not pats.change_to.search(lead)


def _per_unit(cand: _Candidate, lead: str) -> bool:
    """'为每栋商务楼宇配备1名楼长': a small count given to each unit is the design's ratio;
    '每个村已建成服务站' counts nothing, and a large tally is none (每个园区服务企业300余家), nor an
    average (平均每户节约成本1.8万元)."""
    each = _patterns().per_unit.search(lead)
    if each is None or cand.value >= _ROUTINE_MAX:
        return False
    return not lead[: each.start()].endswith(tuple(load_lexicon().words("per_unit_average")))


def _time_frame(text: str, cand: _Candidate, lead: str, rest: str) -> bool:
    """'近3个月来', '过去3个月内', '政策实施仅3天时间': when, not how fast."""
    pats = _patterns()
    if rest.startswith(("以来", "来")):
        return True
    if (cand.qualifier or "").endswith("以内") and (
        lead.endswith(("过去", "最近")) or (cand.qualifier or "").startswith("近")
    ):
        return True
    return (
        pats.frame_verb.search(lead) is not None
        and pats.changed.search(lead) is None
        and re.fullmatch(r"(?:时间)?(?:了|后|之后)?", rest) is not None
    )


def _counts_classes(text: str, cand: _Candidate) -> bool:
    """'482个三级重点项目': a Chinese digit after a count opens a class label (三级, 五类)."""
    label = text[cand.end + 1 : cand.end + 2]
    return not cand.chinese and label in load_lexicon().words("cn_label_unit")


def _attributive(text: str, cand: _Candidate, clause_start: int) -> bool:
    """'货值270余万元的设备' describes a thing; '组建663人的服务队伍' reports what was built;
    durations and shares before 的 are results ('30天左右的邮寄时间')."""
    if cand.unit in _time_units() | {"%", "比例"}:
        return False
    return _patterns().build.search(text, clause_start, cand.num_start) is None


def _origin_of_moved(text: str, cand: _Candidate, clause_start: int) -> bool:
    """'将分散在22个部门的150项事项集中划转': where the things moved come from is not a
    result; '实现与12个省份的30个市区通办' counts both."""
    if not _ATTRIBUTIVE_COUNT_RE.match(text, cand.end):
        return False
    lead = text[clause_start : cand.num_start]
    return "将" in lead and not _patterns().done.search(lead)


def _closes_enumeration(text: str, cand: _Candidate, clause_start: int) -> bool:
    """'A、B、C三大园区' / '《X》《Y》两项制度': the number counts the items just listed."""
    lead = text[clause_start : cand.num_start]
    return "、" in lead or "》《" in lead or "”“" in lead


def _is_design_label(text: str, cand: _Candidate, clause_start: int) -> bool:
    """'N大X' is a design label (四大安全, 八大模块) unless it counts a concrete list."""
    if not _closes_enumeration(text, cand, clause_start):
        return True
    return _structure_noun_follows(text, cand, chinese=True)


def _standalone_streak(text: str, cand: _Candidate, cands: _Sorted, start: int, end: int) -> bool:
    """'连续4年高于平均' is a result; '连续3年…98%以上' is a time frame of the 98%."""
    if not text[max(0, cand.num_start - 3) : cand.num_start].endswith("连续"):
        return False
    if "的" in text[cand.end : end]:
        return False  # "连续3年未拖欠工资的企业": a selection criterion
    return not any(other is not cand and other.kind != "year" for other in cands.within(start, end))


def _chinese_is_label(text: str, cand: _Candidate, clause_start: int, pats: _Patterns) -> bool:
    """Chinese-numeral counts are design labels unless they close an enumeration."""
    lex = load_lexicon()
    if cand.unit in lex.words("cn_label_unit"):
        return True  # "二类医疗器械", "三类消费模式"
    if cand.unit in _time_units() | {"%", "比例"}:
        return False  # "一个半月", "半天", "三个多月", "百分之九十八", "五分之一": results
    if cand.value >= 10 or cand.qualifier:
        return False  # "十余家", "三十五个": design labels are small and exact
    lead = text[clause_start : cand.num_start]
    if pats.at_most_end.search(lead):
        return False  # "最多跑一次": the limit of a result
    if cand.value == 1:
        return True  # "一个平台", "一次办好": the article, not a count
    if pats.change_to.search(lead) or pats.new_value_end.search(lead):
        return False  # "缩减为三四页纸": the new value of a change
    if not _closes_enumeration(text, cand, clause_start):
        return True
    return _structure_noun_follows(text, cand, chinese=True)


def _structure_noun_follows(text: str, cand: _Candidate, *, chinese: bool) -> bool:
    """'三个方面', '四个角色', '12项评价指标': the count describes a design or the text's own
    structure."""
    lex = load_lexicon()
    words = dict(lex.words("structure_noun"))
    if chinese:
        words.update(lex.words("cn_structure_noun"))
    noun = text[cand.end : cand.end + 4]
    return any(noun.startswith(word) for word in words) or bool(
        _patterns().design_head.match(text, cand.end)
    )


def _last_zero_per_noun(text: str, cands: list[_Candidate]) -> list[_Candidate]:
    """A zero slogan repeated in one measure ("全程零费用" … "变为0费用") is one result: the
    last statement, which is where the evidence usually is. A zero listed among other results
    (2个工作日内办结、1项申请材料、0费用) is a result of its own list."""
    last = {c.metric: i for i, c in enumerate(cands) if c.kind == "zero"}
    return [
        c
        for i, c in enumerate(cands)
        if c.kind != "zero" or last[c.metric] == i or text[c.num_start - 1 : c.num_start] == "、"
    ]


def _dedupe(cands: list[_Candidate]) -> list[_Candidate]:
    seen: set[tuple[int, Decimal]] = set()
    out = []
    for cand in cands:
        key = (cand.num_start, cand.value)
        if key not in seen:
            seen.add(key)
            out.append(cand)
    return out


# ---------------------------------------------------------------- baselines


def _pair_baselines(text: str, cands: list[_Candidate], pats: _Patterns) -> list[_Candidate]:
    """'7个环节整合为1个环节' / '从85%上升到99.8%' / '原需3个多月…只用一个半月' /
    '15天 → 6天' -> one outcome; '由15个工作日压缩至3个' says the unit once."""
    dropped: set[int] = set()
    for i in range(len(cands) - 1):
        old, new = cands[i], cands[i + 1]
        if old.kind != "count" or new.kind != "count" or i in dropped:
            continue
        if _sentence_end(text, old.end) < new.num_start or new.num_start - old.end > 30:
            continue
        said_once = text[old.num_start : old.end].endswith(new.unit + old.unit)
        unit = old.unit if said_once else new.unit  # 由15个工作日压缩至3个: 工作日 said once
        if not _compatible_units(old.unit, unit):
            continue
        gap = text[old.end : new.num_start]
        gap = pats.before.sub("", gap)
        if _own_subject(gap, pats):
            continue
        lead = text[max(0, old.num_start - 5) : old.num_start]
        marked = pats.baseline_before.search(lead) is not None
        if (
            pats.change_to.search(gap)
            or pats.arrow.fullmatch(gap)
            or (marked and pats.new_value_end.search(gap))
            or (marked and re.search(r"(?:为|到|至|成)$", gap))
        ):
            new.unit = unit
            new.baseline = _in_unit(old.value, old.unit, new.unit)
            new.baseline_at = (old.num_start, old.end)
            new.span_start = _clause(text, old.num_start)[0]
            dropped.add(i)
    return [c for i, c in enumerate(cands) if i not in dropped]


def _own_subject(gap: str, pats: _Patterns) -> bool:
    """'按期办结率98.3%,企业满意度提升到96%': a clause that names its own subject before its
    change verb states another result, not the new value of the one before."""
    pieces = _CLAUSE_BREAK_RE.split(gap)
    change = pats.change_to.search(pieces[-1])
    if len(pieces) < 2 or change is None:
        return False
    subject = pats.before.sub("", pieces[-1][: change.start()])
    return len(_CJK.findall(subject)) >= 2


def _past_state(text: str, cand: _Candidate, pats: _Patterns) -> bool:
    """'以往，申领时长在7至15个工作日': the state before the reform, told without the new
    value (a pair 由2天缩短至4小时 keeps its new value; a change word after the marker says
    the number is the new state)."""
    if cand.kind != "count" or cand.baseline is not None:
        return False
    pasts = [
        past
        for past in pats.past.finditer(text, _sentence_start(text, cand.num_start), cand.num_start)
        if not _aside(text, past.start(), cand.num_start)
    ]
    if not pasts:
        return False
    between = text[pasts[-1].end() : cand.end]
    return pats.now.search(between) is None


def _size_of(text: str, cand: _Candidate, pats: _Patterns) -> bool:
    """'全市大豆年加工能力达到120万吨', '茂名市荔枝种植面积139万亩': the size of a place or an
    industry, the setting of a case, unless the clause says how it changed (产值增长12%) or
    the work done before it (累计新增产能120万吨)."""
    start, _ = _clause(text, cand.num_start)
    size = list(pats.size.finditer(text, start, cand.num_start))
    return (
        bool(size)
        and cand.unit != "%"  # 出让面积占工业用地出让面积的92%: a share
        and not pats.changed.search(text, size[-1].end(), cand.end)
        and not pats.strong_cue.search(text, start, size[-1].start())
    )


def _stock_of(text: str, cand: _Candidate, pats: _Patterns) -> bool:
    """'全市有陶瓷企业300余家', '目前共有各类经营主体约42万户': the bodies a place holds,
    counted at the clause's end, the setting of its case; bodies counted before what they
    did (已有146个项目实现…) are a result, and so is a stock told after a result in the
    same sentence (已发展会员单位五十余家,现有行业骨干企业十余家: what the work built)."""
    start, end = _clause(text, cand.num_start)
    return (
        _STOCK_END.match(text, cand.end, end) is not None
        and pats.stock.search(text[start : cand.num_start]) is not None
        and not pats.strong_cue.search(text, _sentence_start(text, start), start)
    )


_STOCK_END = re.compile(r"(?:以上|左右)?$")


def _aside(text: str, pos: int, until: int) -> bool:
    """Whether ``pos`` stands in brackets closed before ``until``: an aside of its own
    (压缩至0.5个工作日(过去为3个工作日), 今年…), which says nothing of what follows."""
    opened = text.rfind("(", 0, pos)
    return opened >= 0 and ")" not in text[opened:pos] and ")" in text[pos:until]


def _compatible_units(old: str, new: str) -> bool:
    """Same unit up to a magnitude (万件, 件), or two durations (2天 → 4小时)."""
    times = _time_units()
    return old == new or old.lstrip("万亿") == new.lstrip("万亿") or {old, new} <= times


def _in_unit(value: Decimal, unit: str, target: str) -> Decimal:
    """A duration restated in another duration unit (2天 in 小时 = 48); other values as read."""
    seconds = load_lexicon().words("time_unit")
    if unit == target or unit not in seconds or target not in seconds:
        return value
    restated = value * Decimal(seconds[unit]) / Decimal(seconds[target])
    return restated.to_integral() if restated == restated.to_integral() else restated.normalize()


# ---------------------------------------------------------------- spans and metrics


@lru_cache(maxsize=4)
def _breaks(text: str) -> tuple[list[int], list[int]]:
    """Positions of clause and sentence breaks, once per text (bisected per value)."""
    clause = [m.start() for m in _CLAUSE_BREAK_RE.finditer(text)]
    sentence = [m.start() for m in _SENTENCE_BREAK_RE.finditer(text)]
    return clause, sentence


def _clause(text: str, pos: int) -> tuple[int, int]:
    """The comma-delimited clause around pos, without surrounding blanks."""
    clause_breaks, _ = _breaks(text)
    index = bisect_left(clause_breaks, pos)
    start = clause_breaks[index - 1] + 1 if index else 0
    end = clause_breaks[index] if index < len(clause_breaks) else len(text)
    start, end = max(start, pos - _MAX_CLAUSE), min(end, pos + _MAX_CLAUSE)
    while start < pos and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _sentence_start(text: str, pos: int) -> int:
    _, sentence_breaks = _breaks(text)
    index = bisect_left(sentence_breaks, pos)
    start = sentence_breaks[index - 1] + 1 if index else 0
    return max(start, pos - 2 * _MAX_CLAUSE)


def _sentence_end(text: str, pos: int) -> int:
    _, sentence_breaks = _breaks(text)
    index = bisect_left(sentence_breaks, pos)
    end = sentence_breaks[index] if index < len(sentence_breaks) else len(text)
    return min(end, pos + 2 * _MAX_CLAUSE)


class _Sorted:
    """Candidates in text order with their start positions, for bisected neighbour lookups."""

    def __init__(self, cands: Sequence[_Candidate]) -> None:
        self.items = list(cands)
        self.starts = [c.num_start for c in self.items]

    def __iter__(self) -> Iterator[_Candidate]:
        return iter(self.items)

    def within(self, lo: int, hi: int) -> list[_Candidate]:
        """Candidates whose number starts in [lo, hi)."""
        return self.items[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]

    def count_within(self, lo: int, hi: int) -> int:
        return bisect_left(self.starts, hi) - bisect_left(self.starts, lo)

    def last_end_before(self, lo: int, anchor: int) -> int:
        """End of the nearest value that starts at or after lo and ends before anchor."""
        index = bisect_left(self.starts, anchor) - 1
        while index >= 0 and self.starts[index] >= lo:
            if self.items[index].end <= anchor:
                return self.items[index].end
            index -= 1
        return lo

    def next_start(self, pos: int, default: int) -> int:
        index = bisect_left(self.starts, pos)
        return self.starts[index] if index < len(self.starts) else default


def _to_mentions(text: str, cands: _Sorted, pats: _Patterns) -> list[OutcomeMention]:
    """Spans and metrics, in order: a metric may borrow the subject of the one before it."""
    mentions: list[OutcomeMention] = []
    prev_metric, prev_sentence = "", -1
    for cand in cands:
        clause_start, clause_end = _clause(text, cand.num_start)
        start, end = _narrow(text, cand, cands, clause_start, clause_end)
        if cand.span_start is not None:
            start = min(start, cand.span_start)
        end = max(end, cand.end)
        sentence = _sentence_end(text, cand.num_start)
        inherited = prev_metric if sentence == prev_sentence else ""
        metric = _metric(text, cand, clause_start, cands, pats, inherited)
        mentions.append(
            OutcomeMention(start, end, cand.value, cand.unit, metric, cand.baseline, cand.qualifier)
        )
        prev_metric, prev_sentence = metric, sentence
    return mentions


def _narrow(text: str, cand: _Candidate, cands: _Sorted, start: int, end: int) -> tuple[int, int]:
    """In '国际标准27项、国家标准642项' give each value its own piece of the list."""
    if cand.kind != "count":
        return start, end
    piece_start = text.rfind("、", start, cand.num_start) + 1 or start
    piece_end = text.find("、", cand.end, end)
    piece_end = end if piece_end < 0 else piece_end
    others = cands.count_within(start, end) > 1
    own_noun_before = len(_CJK.findall(text[piece_start : cand.num_start])) >= 2
    if others and own_noun_before and piece_end <= cand.end + 2:
        return max(piece_start, start), piece_end
    return start, end


_CJK = re.compile(r"[\u4e00-\u9fff]")
_LIST_END = re.compile(r"等(?![候待级])")
_NOUN_TAIL = re.compile(r"[\u4e00-\u9fff]*$")
_NOUN_RUN = re.compile(r"[\u4e00-\u9fff“”()]{1,20}")
# A date that opens a metric phrase says when, not what ("2023年累计服务企业").
_TIME_PREFIX = re.compile(
    r"^(?:\d{4}年|[上下]半年|\d{1,2}(?:[—-]\d{1,2})?月份?|\d{1,2}日)+(?:以来|来|底|末|内|起)?[,,]?"
)


def _metric(
    text: str,
    cand: _Candidate,
    clause_start: int,
    cands: _Sorted,
    pats: _Patterns,
    inherited: str,
) -> str:
    """A short noun phrase for what is measured, read from the clause around the number."""
    if cand.kind == "zero":
        return cand.metric
    anchor, anchor_end = cand.baseline_at or (cand.num_start, cand.end)
    before = _phrase_before(text, clause_start, anchor, cands, pats)
    if cand.kind == "rank":
        lead = pats.rank_lead.split(text[clause_start:anchor])[0]
        subject = _clean_phrase(lead, pats) or inherited.removesuffix(cand.metric)
        return _short(subject + cand.metric)
    after = _noun_after(text, anchor_end, pats, cands.next_start(anchor_end, len(text)))
    if not after and text[anchor_end : anchor_end + 1].isdigit():
        follower = next(iter(cands.within(anchor_end, anchor_end + 1)), None)
        if follower is not None:  # "7844条7674.15公里管道": both count the pipelines
            after = _noun_after(text, follower.end, pats, len(text))
    if cand.kind == "year":
        return before.removesuffix("连续") + after + "(连续年数)"
    if cand.unit in {"%", "倍", "个百分点", "比例"} or not after:
        metric = before or after
        if inherited and _borrows_subject(metric, pats):
            metric = _short(_strip_change(inherited) + metric)
    else:
        metric = after
    return metric or inherited or ("用时" if cand.unit in _time_units() else cand.unit)


def _borrows_subject(metric: str, pats: _Patterns) -> bool:
    """'同比增长', '占': a change without its own noun; not '减少企业检查频次', which has one."""
    if not metric:
        return True
    if not pats.change_lead.match(metric):
        return False
    changed = pats.changed_object.match(metric)
    return changed is None or pats.change_lead.match(changed.group(1)) is not None


def _strip_change(metric: str) -> str:
    """'实际使用外资同比增长' -> '实际使用外资' before another change word is added."""
    return re.split(r"同比|环比", metric)[0]


def _noun_after(text: str, pos: int, pats: _Patterns, limit: int) -> str:
    """'7个环节整合为…' -> '环节'; stops at punctuation, digits, verbs and the next value."""
    if text.startswith("的", pos):
        pos += 1  # "30天左右的邮寄时间"
    match = _NOUN_RUN.match(text, pos, min(limit, pos + 20))
    if not match:
        return ""
    phrase = match.group()
    stop = pats.metric_stop.search(phrase)
    if stop:
        phrase = phrase[: stop.start()]
    return _short(phrase.replace("“", "").replace("”", "").strip("()"))


def _phrase_before(
    text: str, clause_start: int, anchor: int, cands: _Sorted, pats: _Patterns
) -> str:
    """'行政处罚主动履行率达到98%' -> '行政处罚主动履行率'; starts after any earlier value."""
    lo = max(clause_start, cands.last_end_before(clause_start, anchor))
    piece_start = text.rfind("、", lo, anchor) + 1
    phrase = text[piece_start:anchor] if piece_start else ""
    if len(_CJK.findall(phrase)) < 2 or phrase.rstrip().endswith("等"):
        phrase = text[lo:anchor]
    return _clean_phrase(phrase, pats)


def _clean_phrase(phrase: str, pats: _Patterns) -> str:
    phrase = phrase.replace("“", "").replace("”", "").strip(" ,、")
    for _ in range(3):
        stripped = pats.before.sub("", phrase)
        stripped = pats.baseline_before.sub("", stripped)
        stripped = pats.change_to.sub("", stripped)
        stripped = pats.suffix_filler.sub("", stripped)
        stripped = pats.prefix_filler.sub("", _TIME_PREFIX.sub("", stripped)).strip(" ,、等")
        if stripped == phrase:
            break
        phrase = stripped
    lists = list(_LIST_END.finditer(phrase))
    if lists:  # "企业登记、公章刻制等环节" -> "环节"; not the 等 of 等候时间
        head, tail = phrase[: lists[-1].start()], phrase[lists[-1].end() :]
        phrase = tail if len(tail) >= 2 else head
    return _short(phrase, keep_end=True)


def _short(phrase: str, *, keep_end: bool = False) -> str:
    phrase = phrase.strip()
    if len(phrase) <= _METRIC_MAX:
        return phrase
    if keep_end:
        return re.sub(r"^[A-Za-z0-9]+", "", phrase[-_METRIC_MAX:])
    return phrase[:_METRIC_MAX]


# ---------------------------------------------------------------- evaluation rule


@dataclass(frozen=True)
class GoldOutcome:
    """A reference outcome located in the same text: span and value."""

    start: int
    end: int
    value: Decimal


def match_outcomes(
    predicted: Sequence[OutcomeMention], gold: Sequence[GoldOutcome]
) -> list[tuple[int, int]]:
    """One-to-one matches (predicted index, gold index) within one measure.

    A predicted outcome matches a gold outcome when the values are equal as Decimals and
    the spans overlap (share at least one character). Pairs are taken greedily in text
    order, preferring the largest overlap, so each side is used at most once. Precision
    = matches / len(predicted), recall = matches / len(gold).
    """
    options = []
    for p_index, pred in enumerate(predicted):
        for g_index, ref in enumerate(gold):
            overlap = min(pred.end, ref.end) - max(pred.start, ref.start)
            if overlap > 0 and Decimal(pred.value) == Decimal(ref.value):
                options.append((-overlap, pred.start, p_index, g_index))
    options.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, _, p_index, g_index in options:
        if p_index not in used_p and g_index not in used_g:
            used_p.add(p_index)
            used_g.add(g_index)
            pairs.append((p_index, g_index))
    return sorted(pairs)
