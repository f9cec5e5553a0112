"""Find the mechanisms a measure uses: vocabulary concepts and candidate (new) named practices.

Three sources, all general to the genre rather than to any one document:

1. vocabulary aliases (every zh label of mechanisms.ttl), matched on the text with quote marks
   removed so 企业标准“领跑者” meets 企业标准领跑者; short aliases must sit on jieba token
   boundaries so 约谈 is not found inside 预约谈话;
2. quoted names “…” that look like a practice: they carry a numeral, an operator (+), an
   action morpheme or a mechanism head noun, or enumerate short items (一表申报、一窗出件);
   outcome slogans (零跑路, 0费用), problems (“堵点”问题), honours (…称号), old states (变“…”为)
   and bare numbers are dropped; a quote followed by its head noun is joined (“五办”机制);
3. unquoted names built like 建立X机制 / 推行X模式 / 打造X平台 (trigger verb, a specific
   modifier, a head noun).

Offsets are relative to the string given (a measure's simplified half-width view).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.vocab import MechanismVocabulary, loose_key, normalise_label, tokenize

QUOTE_MARKS = '“”‘’「」『』"'
_OPEN_CLOSE = {"“": "”", "‘": "’", "「": "」", "『": "』"}
_QUOTED = re.compile(r"“([^“”\n]{1,40})”|「([^「」\n]{1,40})」|『([^『』\n]{1,40})』")
_BOOK_TITLE = re.compile(r"《([^《》\n]{2,60})》")
_HAN = re.compile(r"[\u4e00-\u9fa5]")
_WORD = r"[\u4e00-\u9fa5A-Za-z0-9+]"
_NUMERAL = "0-9一二三四五六七八九十两百千"

# Mechanism head nouns: what a named practice is (a mechanism, system, model, platform ...).
_HEADS = "机制|制度|模式|工作法|体系|平台|标准|清单|专区|专窗|专班|大会|工程|行动|规程|规范|服务"
_JOIN_TAIL = re.compile(rf"^(?!的){_WORD}{{0,8}}?(?:{_HEADS})")
_GENERIC_JOIN = re.compile(r"^(?:工作机制|工作制度|工作模式)$")
# A quoted brand followed by the facility it names: “指南针”智慧信用监管平台.
_FACILITY_TAIL = re.compile(rf"^(?!的){_WORD}{{2,12}}?(?:平台|中心|基地)")
# Nouns that, right after a quote, say the quote names a practice or a brand.
_NAMING_AFTER = re.compile(
    r"^(?:等)?(?:活动|行动|模式|机制|工作法|品牌|工程|改革|试点|平台|体系|服务)"
)
# Verbs that introduce a practice the measure set up.
_TRIGGERS = (
    "建立健全|建立|健全|构建|建设|搭建|打造|推行|实行|实施|探索|创新|推出|设立|成立|形成|"
    "完善|制定|出台|引入|采用|推广|启动|上线|依托|创建|推进|深化|开展|开设|开通|注册成立"
)
_TRIGGER_BEFORE = re.compile(rf"(?:{_TRIGGERS})(?:了|起|好)?[\u4e00-\u9fa5]{{0,2}}$")
_UNQUOTED_HEADS = (
    "机制|制度|模式|工作法|体系|平台|专班|专区|中心|基地|试点|工程|窗口|专线|热线|工作站|服务站|"
    "维权站|改革"
)
_SCOPE = "全市|全省|全区|全县|全国"
_UNQUOTED = re.compile(
    rf"(?:(?:{_TRIGGERS})(?:了|起|好)?)+(?:{_SCOPE})?"
    rf"({_WORD}{{3,18}}(?:{_UNQUOTED_HEADS}))"
)
# Triggers that are also nouns inside a name (科技创新标准化城市试点); the others are verbs only,
# and inside a name they start a new clause (…和强化建立X机制).
_NOUN_TRIGGERS = {
    "建设",
    "实施",
    "探索",
    "创新",
    "推出",
    "形成",
    "完善",
    "推广",
    "依托",
    "创建",
    "推进",
    "深化",
    "开展",
    "注册成立",
}
_CLAUSE_TRIGGERS = "|".join(t for t in _TRIGGERS.split("|") if t not in _NOUN_TRIGGERS)
_TRIGGER_AT = re.compile(rf"(?=(?:{_TRIGGERS})(?:了|起|好)?)")
_TRIGGER_LEAD = re.compile(rf"(?:{_TRIGGERS})(?:了|起|好)?(?:{_SCOPE})?")
_CLAUSE_LEAD = re.compile(rf"(?:{_CLAUSE_TRIGGERS})(?:了|起|好)?(?:{_SCOPE})?")
_AFTER_QUOTE = re.compile(rf"”的({_WORD}{{3,14}}(?:{_HEADS}))")
_CONTINUATION = re.compile(rf"^(?:、|及|和|与|以及)({_WORD}{{3,16}}?(?:{_UNQUOTED_HEADS}|联盟))")
_UNQUOTED_HEAD = re.compile(rf"(?:工作机制|工作制度|{_UNQUOTED_HEADS}|{_HEADS})$")
_ORDINAL_PREFIX = re.compile(rf"^(?:首[家个批]|[{_NUMERAL}]+[个家套批支项处])")
_FIELD_PREFIX = re.compile(r"^[\u4e00-\u9fa5]{2,6}领域")
_COUNTED_MEASURES = re.compile(rf"[{_NUMERAL}]+条(?:措施|举措)")
_ISSUING_VERB = re.compile(r"(?:制定|制订|实施|出台|印发|推出|落实|发布)$")
# A quoted package followed by its components: “五项规范”(环境整洁、离墙离地、…).
_COMPONENTS = re.compile(r"[”」』]\((?:[A-Za-z]:)?([^()]{8,80})\)")
_MIN_COMPONENT, _MAX_COMPONENT, _MIN_COMPONENTS = 3, 6, 3
# A short sentence of its own that names an action: "日韩企业跨国帮办。"
_SENTENCE_LEAD = re.compile(r"(?:(?<=[。\n:])|^)\s*([\u4e00-\u9fa5A-Za-z0-9+“”]{4,12})。")
_ENUMERATED_LEAD = re.compile(r"[一二三四五六七八九十]是([\u4e00-\u9fa5A-Za-z0-9+“”]{3,14}):")
# A practice name carries a numeral, an operator, an action morpheme or a head noun.
_PRACTICE_SIGNAL = re.compile(
    rf"[{_NUMERAL}+]|"
    r"[办管查审批检帮评调享押贷保通督联治控]|"
    r"服务|监管|机制|模式|制度|工作法|体系|平台|清单|专区|专窗|窗口|改革|行动|工程|活动|"
    r"样板|样本|榜|库|圈|站|码|卡|式|法|证|险|网|制"
)
_ACTION_END = re.compile(r"[办管查审批检帮评调享]$")
_LEADING_VERB = re.compile(r"^(?:提供|推行|实行|实施|开展|推进|打造|建立|探索)(?=.{3,})")
_ZERO_ITEM = re.compile(r"^(?:零|0|无|不|免)")
_SEPARATORS = re.compile(r"[、,;—\-]+")
_NUMBER_ONLY = re.compile(r"^[0-9.%+×x*/~\-]+[个项件次天日时分秒年月元万亿%‰倍]*$")
_ALL_NUMERAL = re.compile(rf"^[{_NUMERAL}]+$")
_PROBLEM_AFTER = re.compile(r"^(?:等)?(?:问题|难题|现象|短板|瓶颈|困境|顽疾)")
_HONOUR_AFTER = re.compile(r"^(?:等)?(?:称号|荣誉|奖项|奖|示范城市)")
_MEDIA_AFTER = re.compile(r"^(?:微信公众号|公众号|微信|APP|App|app|小程序|网站|客户端|抖音|微博)")
# Quotes listed together (“专利宝”“专利书包”等, “综合会诊”和“政治体检”) are names of things.
_LISTED_AFTER = re.compile(r"^(?:、|和|与|及)?[“「『]")
_LISTED_BEFORE = re.compile(r"[”」』](?:、|和|与|及)?$")
# A quote followed by how often it was held (“巡回宣讲”60余场次) names an activity.
_COUNT_AFTER = re.compile(r"^[0-9]+(?:\.[0-9]+)?[余多]?(?:场次|场|次|期|批次|轮)")
_ABBREVIATION = re.compile(r"^\(?以下简称")
_HONOUR_BEFORE = re.compile(r"(?:荣获|获评|评为|授予|获得|入选)$")
_OLD_STATE_BEFORE = re.compile(r"(?:变|从|由)$")
_RESULT_BEFORE = re.compile(r"(?:实现|做到|达到|确保)(?:了)?$")
_PLACE = re.compile(r"^[\u4e00-\u9fa5]{2,6}(?:省|市|县|区|镇|乡|村)$")
_ORG = re.compile(r"(?:局|厅|委员会|公司|银行|协会|大学|学院|医院|法院|检察院|集团|政府)$")
_PLACE_PREFIX = re.compile(
    r"^[\u4e00-\u9fa5]{2,4}?(?:省|市|县|区)(?![场域级内外])(?=[\u4e00-\u9fa5A-Za-z0-9+]{5,})"
)
_ORG_PREFIX = re.compile(r"^[\u4e00-\u9fa5]{2,12}?(?:局|委员会|办公室)(?=[\u4e00-\u9fa5]{5,})")
_MECHANISM_TITLE = re.compile(r"(?:制度|规程|规范|清单|承诺书|机制)$")
_TRAILING_PAREN = re.compile(r"\([^()]*\)$")
_GENERIC_CORE_MIN = 3
_MIN_BARE_QUOTE = 3
_MAX_QUOTE = 24
_SHORT_ALIAS = 3
_SHORT_SENTENCE = 5


@dataclass(frozen=True, order=True)
class MechanismMention:
    """One mention: span in the measure text, the surface, the concept IRI (None = candidate)."""

    start: int
    end: int
    surface: str
    concept: str | None
    label: str


def find_mechanisms(text: str, vocab: MechanismVocabulary) -> list[MechanismMention]:
    """All mechanism mentions in `text`, sorted, one per occurrence and span."""
    concepts = _vocabulary_mentions(text, vocab)
    candidates = (
        _quoted_mentions(text, vocab)
        + _title_mentions(text, vocab)
        + _unquoted_mentions(text, vocab)
        + _counted_measures(text)
        + _enumerated_leads(text, vocab)
        + _sentence_leads(text, vocab)
        + _component_lists(text, vocab)
    )
    kept = [c for c in candidates if not _covered(c, concepts) and not _nested(c, candidates)]
    return _dedupe(concepts + kept)


# --- vocabulary aliases -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Projection:
    """The text without quote marks, and for each kept character its offset in the text."""

    plain: str
    offsets: tuple[int, ...]


def _project(text: str) -> _Projection:
    keep = [i for i, ch in enumerate(text) if ch not in QUOTE_MARKS]
    return _Projection("".join(text[i] for i in keep), tuple(keep))


@lru_cache(maxsize=8)
def _alias_table(vocab: MechanismVocabulary) -> dict[str, list[tuple[str, str, str]]]:
    """First character → (normalised alias, IRI, prefLabel), longest alias first."""
    table: dict[str, list[tuple[str, str, str]]] = {}
    for label, iri in vocab.labels().items():
        alias = normalise_label(label)
        if alias:
            table.setdefault(alias[0], []).append((alias, iri, vocab.concept(iri).pref_zh))
    for entries in table.values():
        entries.sort(key=lambda entry: (-len(entry[0]), entry[0]))
    return table


def _boundaries(plain: str, extra_words: tuple[str, ...] = ()) -> set[int]:
    bounds = {0, len(plain)}
    for _, start, end in tokenize(plain, extra_words):
        bounds.update((start, end))
    return bounds


def _vocabulary_mentions(text: str, vocab: MechanismVocabulary) -> list[MechanismMention]:
    projection = _project(text)
    plain = projection.plain
    table = _alias_table(vocab)
    bounds = _boundaries(plain, vocab.extra_words)
    mentions = []
    i = 0
    while i < len(plain):
        match = _alias_at(plain, i, table.get(plain[i], ()), bounds)
        if match is None:
            i += 1
            continue
        alias, iri, pref = match
        start = projection.offsets[i]
        end = _close_quote(text, start, projection.offsets[i + len(alias) - 1] + 1)
        mentions.append(MechanismMention(start, end, text[start:end], iri, pref))
        i += len(alias)
    return mentions


def _alias_at(
    plain: str, i: int, entries: list[tuple[str, str, str]] | tuple, bounds: set[int]
) -> tuple[str, str, str] | None:
    """Longest alias starting at i; short ones only on token boundaries."""
    for alias, iri, pref in entries:
        if not plain.startswith(alias, i):
            continue
        if len(alias) > _SHORT_ALIAS or (i in bounds and i + len(alias) in bounds):
            return alias, iri, pref
    return None


def _close_quote(text: str, start: int, end: int) -> int:
    """Extend a span over the closing quote of an opening quote it contains."""
    span = text[start:end]
    for opener, closer in _OPEN_CLOSE.items():
        if span.count(opener) > span.count(closer) and text[end : end + 1] == closer:
            return end + 1
    return end


# --- quoted names -----------------------------------------------------------------------------


def _quoted_mentions(text: str, vocab: MechanismVocabulary) -> list[MechanismMention]:
    mentions = []
    for match in _QUOTED.finditer(text):
        inner = next(group for group in match.groups() if group is not None)
        start, end = match.span()
        if _inside_book_title(text, start):
            continue
        before, after = text[max(0, start - 8) : start], text[end : end + 16]
        joined = _joined_tail(after, inner, vocab)
        if joined:
            end += len(joined)
            label = normalise_label(inner + joined)
        elif _is_practice_name(inner, before, after):
            items = _action_items(inner)
            if items:
                mentions += _item_mentions(text, start + 1, inner, items, vocab)
                continue
            label = _LEADING_VERB.sub("", normalise_label(inner))
        else:
            continue
        if vocab.lookup(label) is None:
            mentions.append(MechanismMention(start, end, text[start:end], None, label))
    return mentions


def _joined_tail(after: str, inner: str, vocab: MechanismVocabulary) -> str:
    """The head noun after a quote too short to be a name alone: “五办”机制, “三押”融资大会."""
    core = normalise_label(inner)
    if vocab.lookup(inner) is not None:
        return ""
    facility = _FACILITY_TAIL.match(after)
    if facility:
        return facility.group(0)
    weak = len(core) <= 2 or _ALL_NUMERAL.match(core) or core.endswith("式")
    if not weak:
        return ""
    tail = _JOIN_TAIL.match(after)
    if not tail or _GENERIC_JOIN.match(tail.group(0)):
        return ""
    return tail.group(0)


def _action_items(inner: str) -> list[str]:
    """Items of an enumeration of short action names (标准办、网上办、集成办), else []."""
    items = [item for item in _SEPARATORS.split(inner) if item]
    short = all(2 <= len(item) <= 4 and _ACTION_END.search(item) for item in items)
    return items if len(items) > 1 and short else []


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


def _is_practice_name(inner: str, before: str, after: str) -> bool:
    """Does a quoted phrase name a practice (rather than a result, problem, place or honour)?"""
    name = normalise_label(inner)
    core = loose_key(inner)
    if _ABBREVIATION.match(after) or before.endswith("简称"):
        return len(core) >= 2 and not _ORG.search(name)
    if len(name) < _MIN_BARE_QUOTE or len(core) > _MAX_QUOTE or not _HAN.search(name):
        return False
    if (
        _NUMBER_ONLY.match(core)
        or "。" in name
        or (("," in name or "的" in name) and len(core) > 12)
    ):
        return False
    if _PROBLEM_AFTER.match(after) or _HONOUR_AFTER.match(after) or _MEDIA_AFTER.match(after):
        return False
    if _HONOUR_BEFORE.search(before) or _OLD_STATE_BEFORE.search(before):
        return False
    if _RESULT_BEFORE.search(before) and after[:1] in ("。", "\n", ""):
        return False
    if _PLACE.match(name) or _ORG.search(name):
        return False
    items = [item for item in _SEPARATORS.split(name) if item]
    if items and all(_ZERO_ITEM.match(item) for item in items):
        return False
    if len(items) > 1 and all(len(item) == 1 for item in items):
        return False
    if _NAMING_AFTER.match(after) or _TRIGGER_BEFORE.search(before):
        return True
    if _LISTED_AFTER.match(after) or _LISTED_BEFORE.search(before) or _COUNT_AFTER.match(after):
        return True
    return len(items) > 1 or bool(_PRACTICE_SIGNAL.search(name))


# --- titles of rules (《…制度》) ---------------------------------------------------------------


def _title_mentions(text: str, vocab: MechanismVocabulary) -> list[MechanismMention]:
    """《…制度/规程/规范/清单》: a named rule set is a mechanism; the label drops the issuer."""
    mentions = []
    for match in _BOOK_TITLE.finditer(text):
        title = _TRAILING_PAREN.sub("", normalise_label(match.group(1)))
        if not _MECHANISM_TITLE.search(title):
            continue
        label = _strip_prefixes(title)
        if vocab.lookup(label) is None:
            start, end = match.span()
            mentions.append(MechanismMention(start, end, text[start:end], None, label))
    return mentions


def _strip_prefixes(name: str) -> str:
    """Drop a leading place, issuing agency, ordinal or "X领域" that is not part of the name."""
    for pattern in (_PLACE_PREFIX, _ORG_PREFIX, _FIELD_PREFIX, _ORDINAL_PREFIX):
        found = pattern.match(name)
        if found and len(name) - found.end() >= _GENERIC_CORE_MIN + 2:
            name = name[found.end() :]
    return name


# --- unquoted names ---------------------------------------------------------------------------


def _unquoted_mentions(text: str, vocab: MechanismVocabulary) -> list[MechanismMention]:
    """建立X机制 / 推行X模式 (and the items listed after it), ”的X模式 after a quoted slogan."""
    spans = []
    for match in _UNQUOTED.finditer(text):
        spans.append((_after_last_trigger(text, match), match.end(1)))
        end = match.end(1)
        while more := _CONTINUATION.match(text[end : end + 24]):
            spans.append((end + more.start(1), end + more.end(1)))
            end += more.end(1)
    spans += [match.span(1) for match in _AFTER_QUOTE.finditer(text)]
    mentions = []
    for start, end in spans:
        name = text[start:end]
        if "的" in name:
            start += name.rindex("的") + 1
        if "等" in text[start:end] or text[start:end].endswith("体制机制"):
            continue
        label = _strip_prefixes(text[start:end])
        start = end - len(label)
        if _specific(label) and vocab.lookup(label) is None:
            mentions.append(MechanismMention(start, end, label, None, label))
    return mentions


def _after_last_trigger(text: str, match: re.Match[str]) -> int:
    """Where the name starts: after the last trigger verb that still leaves a name.

    The leftmost trigger can be half of another word (机构建立了… reads 构建) or an earlier
    clause's verb (…市建设和强化建立多元调解机制); the name follows the verb nearest to it.
    Inside the name only a verb-only trigger counts, so 科技创新标准化城市试点 stays whole.
    """
    name_start, end = match.start(1), match.end(1)
    for hit in _TRIGGER_AT.finditer(text, match.start(), end):
        lead = _TRIGGER_LEAD if hit.start() < match.start(1) else _CLAUSE_LEAD
        verb = lead.match(text, hit.start())
        if verb and _UNQUOTED_HEAD.search(text, verb.end(), end) and end - verb.end() >= 4:
            name_start = verb.end()
    return name_start


def _specific(name: str) -> bool:
    """Enough of a modifier before the head noun to name one practice (not 工作机制, 新模式)."""
    core = _UNQUOTED_HEAD.sub("", name).strip("新")
    return len(core) >= _GENERIC_CORE_MIN


def _counted_measures(text: str) -> list[MechanismMention]:
    """A numbered package of measures: 17条措施, 标准化创新发展九条措施."""
    mentions = []
    for match in _COUNTED_MEASURES.finditer(text):
        if _inside_book_title(text, match.start()):
            continue
        start = match.start()
        while (
            start > 0
            and _HAN.match(text[start - 1])
            and not _ISSUING_VERB.search(text[max(0, start - 4) : start])
        ):
            start -= 1
        label = text[start : match.end()]
        mentions.append(MechanismMention(start, match.end(), label, None, label))
    return mentions


def _enumerated_leads(text: str, vocab: MechanismVocabulary) -> list[MechanismMention]:
    """一是全流程跟进服务: the short name that opens an enumerated item."""
    mentions = []
    for match in _ENUMERATED_LEAD.finditer(text):
        label = normalise_label(match.group(1))
        if _PRACTICE_SIGNAL.search(label) and vocab.lookup(label) is None:
            start, end = match.span(1)
            mentions.append(MechanismMention(start, end, text[start:end], None, label))
    return mentions


def _component_lists(text: str, vocab: MechanismVocabulary) -> list[MechanismMention]:
    """Components listed in brackets after a quoted package name; each one is a practice."""
    mentions = []
    for match in _COMPONENTS.finditer(text):
        body = match.group(1)
        items = [item for item in re.split(r"[、,]", body) if item]
        sizes_ok = all(_MIN_COMPONENT <= len(item) <= _MAX_COMPONENT for item in items)
        if len(items) < _MIN_COMPONENTS or not sizes_ok or not all(map(_HAN.match, items)):
            continue
        mentions += _item_mentions(text, match.start(1), body, items, vocab)
    return mentions


def _sentence_leads(text: str, vocab: MechanismVocabulary) -> list[MechanismMention]:
    """A short sentence of its own that is a practice name (日韩企业跨国帮办。)."""
    mentions = []
    for match in _SENTENCE_LEAD.finditer(text):
        label = normalise_label(match.group(1))
        if any(mark in match.group(1) for mark in QUOTE_MARKS):
            continue
        named = _ACTION_END.search(label) or label.endswith("法") or len(label) <= _SHORT_SENTENCE
        if named and vocab.lookup(label) is None:
            start, end = match.span(1)
            mentions.append(MechanismMention(start, end, text[start:end], None, label))
    return mentions


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


def _dedupe(mentions: list[MechanismMention]) -> list[MechanismMention]:
    """Sorted, one mention per span; a concept wins over a candidate at the same span."""
    best: dict[tuple[int, int], MechanismMention] = {}
    for mention in mentions:
        key = (mention.start, mention.end)
        if key not in best or (best[key].concept is None and mention.concept is not None):
            best[key] = mention
    return sorted(best.values(), key=lambda m: (m.start, m.end, m.label))
