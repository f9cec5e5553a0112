"""Layouts whose cases carry a number or a label: case lists, notices, reports.

Each layout is recognised by the shape of its case anchors and returns the run of anchors it
finds, numbered 1, 2, 3 … (restarting after a ``一、`` section where cases are numbered
within sections):

1. labelled cases — ``案例一:`` on its own line, then a heading that may wrap over lines;
2. number lines — ``01`` alone on a line, then the heading;
3. inline numbers — ``1.上海:heading`` with the body on the lines below;
4. place headings — ``济南:heading`` followed by body paragraphs (the word before the colon
   is a place of the gazetteer);
5. ordinal headings — ``(一)heading`` or ``一、heading`` lines over body text;
6. ordinal items — ``一是…``, ``二是…`` opening paragraphs, inside ``一、…`` sections;
7. sentence items — ``1.××市推行“……”改革。``, ``(一)推行X。body…``, ``一、…。``: a numbered
   paragraph is one case, its first sentence the heading (an official notice may list 130;
   a printed one wraps an item's sentence over lines);
8. run-in items — ``泉州市“亲清驿站”：body…``, ``广东省佛山市：推行…。``: a paragraph opened by
   a heading that names a place and ends in a colon is one case (a place alone is its label).

A numbered line right over the next number (``附件：提名案例名单 1.… 2.…``) names a case
and tells nothing of it: no case.

Cases each told in facets (``一、芜湖市：…`` over ``(一)主要做法 (二)取得成效``) are the
``一、`` headings, not the facets (kg/segment/__init__.py).

A paragraph that lists its practices as a series in its own words (``…。一是推行X；二是建立Y；
三是…。``, or with later items opening paragraphs of their own) gives a case per item
(``inline_series``): tried only when no layout and no feature reading finds several cases,
and only when every item names a practice (``practice-verb`` cues), as a series of results or
problems names none. Items of either series share one rule: an item runs from its label to
the next; the last of one-paragraph items ends with its paragraph; its title is its first
sentence, or the whole item when it is one sentence of clauses (its ``；``/``。`` as written).

Ordinal headings and sentence items need three in a run — two are more likely the parts of a
report (成效, 打算) — unless every heading opens with a place: then one is a case.
Under a section on what is planned, numbered paragraphs are cases however few
(``plan_items``), when the layout that found the cases left that section empty.

Example:
    >>> from kg.corpus import read_document
    >>> from kg.segment.lines import content_lines
    >>> doc = read_document(Path("seeds/002_7cf1f168e163e9dc.txt"))
    >>> anchors = inline_numbers(content_lines(doc))
    >>> len(anchors), anchors[0].heading[0].text
    (10, '上海:企业信息“自动变更”“高效办成一件事”')
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

from kg.corpus import SENTENCE_STOPS, Line, is_issuer_line
from kg.cues import load_cues
from kg.extract.regions import (
    CLOSING_CREDIT,
    LIST_MARKS,
    attributed_place,
    find_regions,
    place_chains,
)
from kg.gazetteer import Gazetteer, Region, short_form
from kg.numerals import CN_FORMAL_CHARS, CN_NUMERAL_CHARS
from kg.segment.lines import (
    CLOSE_QUOTES,
    FULL_STOP,
    HEADING_MAX,
    LIST_MIN,
    TITLE_MAX,
    WRAP_MAX,
    Anchor,
    first,
    first_sentence,
    is_heading_like,
    is_prose,
    tail,
    to_int,
)

_CN = CN_NUMERAL_CHARS
_PLAIN_CN = "".join(char for char in _CN if char not in CN_FORMAL_CHARS)


@lru_cache(maxsize=1)
def labelled() -> re.Pattern[str]:
    """A case's label: a word of the cue ``case-label`` and its number (案例一, 【案例1】, a
    report's box 专栏3-2, its chapter's number first, a bilingual page's Case 1｜), a series'
    之一｜ (营商环境改革进行时 之一｜…) or a travelogue's 第一站｜."""
    word = load_cues().regex("segment", "case-label").pattern
    return re.compile(
        rf"^(?:[【\[]?(?:典型)?(?:{word})(?:\s*\d+\s*[-.])?\s*([{_CN}\d]+)\s*[】\]]?\s*[:.、|]?"
        rf"|(?:之|第(?=[{_CN}\d]+站))([{_CN}\d]+站?)\s*[|:])\s*(.*)$"
    )


NUMBER_LINE = re.compile(r"^(\d{1,3})$")
INLINE_NUMBER = re.compile(
    r"^(\d{1,3})\s*(?:\.(?!\d)|\.(?=123\d\d\D)|[、)|]|\ufe0f?\u20e3)\s*(\S.*)$"
)
"""An item's Arabic number and its words: 1.…, 1、…, 1)…, an infographic's 01|…, a post's keycap
1️⃣ … (not a decimal, 1.86万户; but 9.12345热线… is item 9 on a hotline's number)."""
PLACE_HEADING = re.compile(r"^[\u4e00-\u9fff]{2,20}(?:、[\u4e00-\u9fff]{2,8})?:\S.*$")
PLACE_LABEL = re.compile(r"^(?:【([\u4e00-\u9fff]{2,16})】|([\u4e00-\u9fff]{2,16}):?)$")
"""A place alone on its line (before a colon, or in black brackets), its practice below it
(无锡市：, ▍洛阳市, a bulletin's 【沙市区】)."""
RUN_IN = re.compile(rf"^([^:,;。]{{2,{TITLE_MAX}}}?):\s*(\S.*)$")
"""A run-in heading: the words before the colon that opens a paragraph."""
ORDINAL_ITEM = re.compile(rf"^(?:([{_CN}]+)是|第([{_CN}]+)[,，])\s*(\S.*)$")
"""An item opened by its ordinal: 一是… or 第一，… (a notice's items, ①② points inside)."""
INLINE_ITEM = re.compile(rf"(?:^|(?<=[。;:,!?]))\s*(?:\*\*)?([{_CN}]+)是")
"""An ordinal label inside a paragraph: at its start or after a clause mark (…。一是 …;二是),
maybe in bold (…。**一是…。**)."""
SECTION = re.compile(rf"^([{_CN}]+)、\s*(\S.{{0,28}})$")
_OPEN, _CLOSE = "(〔【[", ")〕】]"
BRACKETED = re.compile(rf"^[{re.escape(_OPEN)}]([{_CN}\d]+)[{re.escape(_CLOSE)}]\s*(\S.*)$")
"""A label in brackets: (一), (1), or in the tortoise-shell and lenticular brackets of
notices (〔一〕, 【一】)."""
CHINESE_ORDINAL = re.compile(rf"^([{_PLAIN_CN}]+)、\s*(\S.*)$")
FORMAL_PART = re.compile(rf"^([{CN_FORMAL_CHARS}]+)、\s*(\S.*)$")
"""A part numbered in formal numerals (贰、会员主要反映问题), above the 一、 items it holds."""
"""An item numbered 一、 (a part numbered 壹、 is a section above such items)."""
_LABELS = (BRACKETED, CHINESE_ORDINAL, INLINE_NUMBER)
_BRACKETED_GROUP = re.compile(r"\(([^()]{8,})\)")
"""A bracketed passage long enough to tell examples (not an abbreviation's (以下简称…))."""
_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"")
_SENTENCE_END = re.compile(rf"{FULL_STOP.pattern}|[{SENTENCE_STOPS}]")
_WRAP_LINES = 3
_EPITHET = 4
"""A numbered item's first sentence may run over this many lines in all."""

Layout = Callable[[list[Line], Gazetteer], list[Anchor]]


def labelled_cases(lines: list[Line], gazetteer: Gazetteer | None = None) -> list[Anchor]:
    anchors = []
    for i, line in enumerate(lines):
        if match := labelled().match(line.stripped):
            number = 1 if match.group(1) else 2
            label = line.stripped[: match.end(number)]
            anchors.append(_anchor_with_heading(lines, i, label, match.group(3)))
    anchors = [a for k, a in enumerate(anchors) if not _listed_again(a, anchors[k + 1 :])]
    first_number = next((n for a in anchors if a.heading and (n := _labelled_number(a))), 1)
    found = consecutive(anchors, _labelled_number, lines, first_number)
    if gazetteer is None or not found:
        return found
    stops = [a.index for a in found[1:]] + [len(lines)]
    return [
        item
        for anchor, stop in zip(found, stops, strict=True)
        for item in _places_in_box(lines, anchor, stop, gazetteer) or [anchor]
    ]


def practice_boxes(lines: list[Line], gazetteer: Gazetteer | None = None) -> list[Anchor]:
    """Boxes labelled as a place's practice (【地方实践】) beside a text that explains a rule,
    each opening with a place (石嘴山市对全市重点项目实行…): a case from its first line to the
    next numbered point, heading-like line or box label, the text around them none."""
    box = load_cues().regex("segment", "practice-box")
    labels = [i for i, line in enumerate(lines[:-1]) if box.match(line.stripped)]
    if gazetteer is None or not all(
        opens_with_place(lines[i + 1].stripped, gazetteer) for i in labels
    ):
        return []
    anchors = []
    for i in labels:
        stop = next((j for j in range(i + 2, len(lines)) if _ends_a_box(lines[j], box)), len(lines))
        anchors.append(Anchor(i + 1, None, (first_sentence(lines[i + 1]),), i + 1, stop))
    return anchors


def _ends_a_box(line: Line, box: re.Pattern[str]) -> bool:
    """A numbered point, a heading or another box's label: where a box's text ends."""
    text = line.stripped
    return bool(
        box.match(text)
        or CHINESE_ORDINAL.match(text)
        or BRACKETED.match(text)
        or is_heading_like(text, WRAP_MAX)
    )


def _listed_again(anchor: Anchor, later: list[Anchor]) -> bool:
    """Whether a labelled line comes again further on with its label and heading (a deck's
    亮点一：市级“…服务链” in its list, then 亮点一　市级“…服务链” over the slide): the first is
    the list's entry, the second heads the case."""
    if not anchor.heading:
        return False
    heading = anchor.heading[0].stripped
    return any(
        _labelled_number(a) == _labelled_number(anchor)
        and a.heading
        and a.heading[0].stripped == heading
        for a in later
    )


def _places_in_box(
    lines: list[Line], anchor: Anchor, stop: int, gazetteer: Gazetteer
) -> list[Anchor]:
    """A box whose heading names no place over numbered items that each open with one
    (专栏3-3 部分地区推行惠企政策“免申即享” over 1.江苏省苏州市：… 2.宁夏回族自治区银川市：…):
    the items are the cases, two or more."""
    if not anchor.heading or find_regions(anchor.heading[0].text, gazetteer, None):
        return []
    items = []
    for k in range(anchor.body_from, stop):
        match = INLINE_NUMBER.match(lines[k].stripped)
        if match and opens_with_place(match.group(2), gazetteer):
            heading = first_sentence(lines[k], match.start(2))
            items.append(Anchor(k, match.group(1), (heading,), k))
    return items if len(items) >= 2 else []


def _labelled_number(anchor: Anchor) -> int | None:
    """The number that ends a case's label (案例三 → 3, 【案例12 → 12, 之二 → 2, 第二站 → 2)."""
    match = _LABEL_NUMBER.search(anchor.label or "")
    return to_int(match.group(1)) if match else None


_LABEL_NUMBER = re.compile(rf"([{_CN}\d]+)站?$")


def number_lines(lines: list[Line], gazetteer: Gazetteer | None = None) -> list[Anchor]:
    anchors = [
        _anchor_with_heading(lines, i, line.stripped, "")
        for i, line in enumerate(lines)
        if NUMBER_LINE.match(line.stripped)
    ]
    return consecutive(anchors, lambda a: int(a.label or 0), lines)


def inline_numbers(lines: list[Line], gazetteer: Gazetteer | None = None) -> list[Anchor]:
    """``1.上海:heading`` lines over their bodies. A numbered line right over the next one
    is a name in a list (附件：提名案例名单 1.××区“…” 2.…): nothing is told of it, it is no
    case."""
    anchors = []
    for i, line in enumerate(lines):
        match = INLINE_NUMBER.match(line.stripped)
        if match and is_heading_like(match.group(2), HEADING_MAX) and not _named_only(lines, i):
            heading = tail(line, match.start(2))
            wrapped = _heading_over_body(lines, i, heading) or ((heading,), i + 1)
            anchors.append(Anchor(i, match.group(1), *wrapped))
    return consecutive(anchors, lambda a: int(a.label or 0), lines)


def _named_only(lines: list[Line], i: int) -> bool:
    """Whether the numbered line ``i`` stands right over the next number of its list and
    says nothing done, outside its quoted name (泉州市晋江市“民营企业家学院”): a name in a
    list; a one-line item that does something (北京市推行“一业一证”改革) is a case."""
    after = INLINE_NUMBER.match(lines[i + 1].stripped) if i + 1 < len(lines) else None
    match = INLINE_NUMBER.match(lines[i].stripped)
    if not (after and to_int(after.group(1)) == to_int(match.group(1)) + 1):
        return False
    if _headline_told_nowhere_else(lines, i, match.group(2)):
        return False
    unquoted = _QUOTED.sub("", match.group(2))
    return not load_cues().regex("segment", "practice-verb").search(unquoted)


def _headline_told_nowhere_else(lines: list[Line], i: int, words: str) -> bool:
    """Whether a listed item is a case's headline (北京市顺义区：“服务包”机制为…提供全周期服务)
    that no later line tells again: a list of cases (典型案例名单) that is all the document
    gives of them, each item a case; listed over the cases told in full, it is their index."""
    run_in = RUN_IN.match(words)
    return run_in is not None and not told_again(lines, run_in.group(2), i + 1)


def told_again(lines: list[Line], heading: str, after: int) -> bool:
    """Whether a listed heading's words come again in a line from ``after`` on: the case
    told in full that an index or a list of names lists."""
    key = heading[:_LISTED_KEY]
    return any(key in line.stripped for line in lines[after:])


_LISTED_KEY = 12
"""Characters of a listed heading looked for again below it (the case told in full repeats
them)."""


def place_headings(lines: list[Line], gazetteer: Gazetteer) -> list[Anchor]:
    """``济南:heading`` lines over body text; the word before the colon must be a place
    (``起步:试点破冰`` names a stage, not a place), or among three such a body of the
    document's own place (``省税务局:…``). The body may open with a short question
    (``开一家店要办几个证?``), as an account's article of one-line paragraphs does. A heading
    that counts the places under it (``黔东南州:三县市多方联动…``) is their title, none."""
    body = load_cues().regex("segment", "own-body")
    counted = load_cues().regex("segment", "places-counted")
    headed = {
        i: opens_with_place(line.stripped, gazetteer) or _epithet_place(line.stripped, gazetteer)
        for i, line in enumerate(lines[:-1])
        if PLACE_HEADING.match(line.stripped)
        and not counted.match(line.stripped)
        and is_heading_like(line.stripped, TITLE_MAX)
        and (_opens_body(lines[i + 1].stripped) or _opens_facets(lines[i + 1].stripped))
    }
    if sum(headed.values()) < LIST_MIN:
        return []
    headed = _placed_in_their_city(lines, headed, gazetteer)
    kept = [
        i
        for i, placed in headed.items()
        if placed or _body_label(body.match(lines[i].stripped), lines[i].stripped)
    ]
    anchors = []
    for i, stop in zip(kept, [*kept[1:], len(lines)], strict=True):
        anchors.append(Anchor(i, None, (tail(lines[i], 0),), i + 1))
        anchors += _second_places_story(lines, i, stop, gazetteer)
    return anchors + _run_in_items_after(lines, kept[-1], gazetteer) if kept else []


def _placed_in_their_city(
    lines: list[Line], headed: dict[int, bool], gazetteer: Gazetteer
) -> dict[int, bool]:
    """The headings again, a district name several cities share (市中区：…) read as a place
    too when the other headings' places all lie in one city that has such a district."""
    regions = [
        chain[-1][3]
        for i, placed in headed.items()
        if placed and (chain := gazetteer.parse_chain(lines[i].stripped, 0, None, True))
    ]
    cities = {gazetteer.city_of(r.code) for r in regions}
    if len(cities) != 1 or None in cities:
        return headed
    city = cities.pop()
    return {
        i: placed or bool(gazetteer.parse_chain(lines[i].stripped, 0, city, True))
        for i, placed in headed.items()
    }


def _run_in_items_after(lines: list[Line], last: int, gazetteer: Gazetteer) -> list[Anchor]:
    """Below the last place heading's section, a box of news items run in after their places
    (■快讯 ●哈尔滨新区：推行…。 ●大庆市：…): a case each, two or more; an item run in after a
    body that is no place (国家统计局：…) tells no place's practice."""
    items = [
        a
        for a in run_in_items(lines, gazetteer)
        if a.index > last + 1 and opens_with_place(lines[a.index].stripped, gazetteer)
    ]
    return items if len(items) >= 2 else []


def _epithet_place(heading: str, gazetteer: Gazetteer) -> bool:
    """Whether the words before a heading's colon are a place after its epithet (侨乡泉州：…,
    冰城哈尔滨：…)."""
    colon = heading.find(":")
    for start in range(1, min(colon, _EPITHET + 1)):
        chain = gazetteer.parse_chain(heading, start, None, allow_chained_first=True)
        if chain and chain[-1][1] == colon:
            return True
    return False


def _second_places_story(
    lines: list[Line], i: int, stop: int, gazetteer: Gazetteer
) -> list[Anchor]:
    """Under a heading over two places (嘉善与吴江：跨省“同城”办事), the paragraph led by the
    second place (吴江区则把…): that place's case; so too under a heading over two places'
    stories, the paragraph set in a place apart from the first one's (口岸双城：… 在祖国正北方，
    内蒙古二连浩特市… then 在西北边陲，新疆阿拉山口市…: 在 sets a new scene)."""
    first = _paragraph_place(lines[i + 1].stripped, gazetteer) if i + 1 < stop else None
    for k in range(i + 2, stop):
        chain = gazetteer.parse_chain(lines[k].stripped, 0, None, allow_chained_first=True)
        if chain and _names_second(lines[i].stripped, chain[-1][3]):
            return [Anchor(k, None, (first_sentence(lines[k]),), k)]
        place = _paragraph_place(lines[k].stripped, gazetteer)
        apart = place is not None and first is not None and not gazetteer.nests(place, first)
        if apart and lines[k].stripped.startswith("在"):
            return [Anchor(k, None, (first_sentence(lines[k]),), k)]
    return []


def _paragraph_place(text: str, gazetteer: Gazetteer) -> Region | None:
    """The place a paragraph opens with, past the setting it may open with (在西北边陲，…)."""
    opener = load_cues().regex("segment", "story-opener").match(text)
    at = opener.end() if opener else 0
    chain = gazetteer.parse_chain(text, at, None, allow_chained_first=True)
    return chain[-1][3] if chain else None


def _names_second(heading: str, place: Region) -> bool:
    """Whether a heading names a place after another one, joined by 与, 和, 及 or 、 (嘉善与吴江：…,
    西安、成都：…), by its name or its short form."""
    for name in (place.name, short_form(place.name)):
        at = heading.find(name)
        if at > 0 and heading[at - 1] in LIST_MARKS:
            return True
    return False


def _body_label(body: re.Match[str] | None, heading: str) -> bool:
    """Whether a heading's words before its colon are a body's name (省税务局：…)."""
    return body is not None and heading[body.end() : body.end() + 1] == ":"


def run_in_items(lines: list[Line], gazetteer: Gazetteer) -> list[Anchor]:
    """Paragraphs opened by a run-in heading that names a place (or a body) and ends in a
    colon, the body on the same line (``泉州市“亲清驿站”：…。``, a notice's
    ``广东省佛山市：推行…。``): a case each, three or more, most of them led by their place.
    A heading that is only the place (or the body) is its label: the case's title is then
    its first sentence, as it is after the body that reported it (…发展改革委报送：…)."""
    credit = load_cues().regex("segment", "report-credit")
    anchors, led = [], 0
    for i, line in enumerate(lines):
        match = RUN_IN.match(line.stripped)
        if not (match and is_prose(match.group(2)) and _names_a_doer(match.group(1), gazetteer)):
            continue
        head = match.group(1)
        chain = gazetteer.parse_chain(head, 0, None, allow_chained_first=True)
        led += bool(chain)
        label = (chain and chain[-1][1] == len(head)) or is_issuer_line(head)
        if label or credit.match(line.stripped):
            title = first_sentence(line, match.start(2))
            anchors.append(Anchor(i, None, (title,), i, opening=line.content_start))
        else:
            heading = Line(line.content_start, line.content_start + len(head), head)
            anchors.append(Anchor(i, None, (heading,), i))
    return anchors if len(anchors) >= LIST_MIN and led * 2 > len(anchors) else []


def _names_a_doer(head: str, gazetteer: Gazetteer) -> bool:
    """A run-in heading names a place or is a body's name (国家税务总局：…), and is no
    speaker's label (…负责人介绍：) or caption (…局长　张磊：)."""
    cues = load_cues()
    named = bool(find_regions(head, gazetteer, None)) or is_issuer_line(head)
    caption = cues.regex("segment", "speaker-caption").search(head)
    captioned = bool(caption) and not find_regions(caption.group(1), gazetteer, None)
    return named and not cues.regex("segment", "speaker-label").search(head) and not captioned


def _opens_body(text: str) -> bool:
    """Body text, or a question that leads into it: not a heading over it."""
    return not is_heading_like(text, HEADING_MAX) or text.endswith(("?", "!"))


def _opens_facets(text: str) -> bool:
    """A numbered facet heading (一、改革背景, （一）基本情况) that opens a case told in facets."""
    label = CHINESE_ORDINAL.match(text) or BRACKETED.match(text)
    return label is not None and bool(
        load_cues().regex("segment", "facet-section").match(label.group(2))
    )


def bracketed_headings(lines: list[Line], gazetteer: Gazetteer) -> list[Anchor]:
    """``(一)heading`` or ``(1)heading`` lines followed by body text."""
    return _ordinal_headings(lines, BRACKETED, gazetteer)


def chinese_ordinal_headings(lines: list[Line], gazetteer: Gazetteer) -> list[Anchor]:
    """``一、heading`` lines followed by body text."""
    return _ordinal_headings(lines, CHINESE_ORDINAL, gazetteer)


def _ordinal_headings(
    lines: list[Line], pattern: re.Pattern[str], gazetteer: Gazetteer
) -> list[Anchor]:
    anchors = []
    for i, line in enumerate(lines[:-1]):
        match = pattern.match(line.stripped)
        if match and is_heading_like(match.group(2), HEADING_MAX):
            wrapped = _heading_over_body(lines, i, tail(line, match.start(2)))
            if wrapped:
                label = line.stripped[: match.start(2)].rstrip("、 ")
                anchors.append(Anchor(i, label, *wrapped))
    return _enough(consecutive(anchors, ordinal_number, lines), gazetteer)


def _heading_over_body(
    lines: list[Line], i: int, first_line: Line
) -> tuple[tuple[Line, ...], int] | None:
    """A heading (wrapped over up to three short lines) over body text or a facet heading:
    its lines and the index its body starts at; None when no body follows."""
    heading, j = [first_line], i + 1
    while (
        j < len(lines)
        and len(heading) < 3
        and is_heading_like(lines[j].stripped, WRAP_MAX)
        and not _starts_case(lines[j].stripped)
        and not any(p.match(lines[j].stripped) for p in _LABELS)
        and not _credit(lines[j].stripped)
    ):
        heading.append(tail(lines[j], 0))
        j += 1
    if j < len(lines) and (
        not is_heading_like(lines[j].stripped, HEADING_MAX)
        or is_facet_heading(lines[j].stripped)
        or _credit(lines[j].stripped)
    ):
        return tuple(heading), j
    return None


def _credit(text: str) -> bool:
    """A line under a case's heading naming who did or reported it (国家税务总局安吉县税务局,
    （报送单位：衡阳高新区管委会）): the case's credit, no line of its heading."""
    return (
        is_issuer_line(text) or load_cues().regex("segment", "credit-line").match(text) is not None
    )


def is_facet_heading(text: str) -> bool:
    """A heading naming one facet of a case (``(一)主要做法``, ``取得成效``, ``【基本情况】``),
    label or not."""
    match = next((m for p in _LABELS if (m := p.match(text))), None)
    rest = (match.group(2) if match else text).strip().strip("【】[]")
    return bool(load_cues().regex("segment", "facet-section").match(rest))


def ordinal_number(anchor: Anchor) -> int | None:
    """The number of an ordinal label: (三) → 3, 二 → 2, 4 → 4."""
    return to_int((anchor.label or "").strip(_OPEN + _CLOSE))


def ordinal_items(lines: list[Line], gazetteer: Gazetteer | None = None) -> list[Anchor]:
    """``一是…`` (or ``第一，…``) items; each run must count up from 一 (a new section, 一、 or
    （一）, restarts it)."""
    anchors, expected = [], 1
    for i, line in enumerate(lines):
        if SECTION.match(line.stripped) or BRACKETED.match(line.stripped):
            expected = 1
        match = ORDINAL_ITEM.match(line.stripped)
        if match and to_int(match.group(1) or match.group(2)) == expected:
            title = _item_title(tail(line, match.start(3)))
            label = line.stripped[: match.start(3)].rstrip(", ，")
            anchors.append(Anchor(i, label, (title,), i))
            expected += 1
    return anchors


def inline_series(lines: list[Line], gazetteer: Gazetteer | None = None) -> list[Anchor]:
    """Items of the series ``一是…;二是…`` that paragraphs list their practices in, a case
    each: two or more counting up from 一, inside a paragraph or running on into the next
    ones, each naming a practice. An item runs to the next label, or to the end of the
    paragraph before the next label's; the lead before the series is no item; the last
    item ends with its paragraph. A national body's own plan (下一步，总局将…。一是…) lists
    no place's cases."""
    verb = load_cues().regex("segment", "practice-verb")
    national = load_cues().regex("places", "national-plan")
    anchors = []
    for run in _label_runs(lines):
        items = [
            _inline_item(lines, label, after)
            for label, after in zip(run, [*run[1:], None], strict=True)
        ]
        line, at, _ = run[0]
        if national.search(lines[line].stripped[:at]):
            continue  # 下一步，总局将从三个方面推动…。一是…: a national body's own plan
        if all(_item_tells_a_practice(words, verb, gazetteer) for _, words in items):
            anchors += [anchor for anchor, _ in items]
    return anchors


def _item_tells_a_practice(words: str, verb: re.Pattern[str], gazetteer: Gazetteer | None) -> bool:
    """Whether a series item names a practice: a practice verb in its first clause, a title
    in bold or a short title sentence over one that names it (一是工程项目审批再提速。在全省
    率先推行…), or, for an item led by a place, a practice verb in its first sentence (四是福建省
    南平市将不动产抵押登记服务延伸至银行网点，在金融机构设立…)."""
    if verb.search(_first_clause(words)) or _BOLD_TITLE.match(words):
        return True
    title, _, rest = words.partition("。")
    if len(title) <= _TITLE_SENTENCE and verb.search(rest.split("。", 1)[0]):
        return True  # 一是工程项目审批再提速。在全省率先推行…: a titled item
    placed = gazetteer is not None and opens_with_place(words, gazetteer)
    return placed and bool(verb.search(words.split("。", 1)[0]))


_TITLE_SENTENCE = 16
"""The longest sentence read as an item's title (工程项目审批再提速。) before its practice."""
_BOLD_TITLE = re.compile(r"[^*。]{2,30}[。.]?\*\*")
"""An item's words that open with its title set in bold (**一是项目审批“拿地即开工”。**…): the
writer's name of the practice the item tells, a verb or not."""


_Label = tuple[int, int, int]
"""An ordinal label inside the lines: its line, where it starts and where its words start
(indices into the line's ``stripped``)."""


def _label_runs(lines: list[Line]) -> list[list[_Label]]:
    """Runs of ordinal labels counting up from 一 (a new 一 starts a new run), two or more."""
    runs: list[list[_Label]] = [[]]
    for i, line in enumerate(lines):
        for match in INLINE_ITEM.finditer(line.stripped):
            number = to_int(match.group(1))
            if number == 1:
                runs.append([])
            if number == len(runs[-1]) + 1:
                runs[-1].append((i, match.start(1), match.end()))
    return [run for run in runs if len(run) >= 2]


def _inline_item(lines: list[Line], label: _Label, after: _Label | None) -> tuple[Anchor, str]:
    """An item of a series as a case anchor, with its words in its first paragraph."""
    i, at, skip = label
    line = lines[i]
    if after is not None and after[0] == i:
        stop, until = i + 1, line.at(after[1] - 1) + 1
    else:
        stop = i + 1 if after is None else after[0]
        until = lines[stop - 1].end
    first_end = min(until, line.end)
    body = tail(line, skip)
    text = line.text[body.start - line.start : first_end - line.start].rstrip()
    words = Line(body.start, body.start + len(text), text)
    name = line.stripped[at:skip].strip()
    anchor = Anchor(i, name, (_item_title(words),), i, stop, until, line.at(skip - len(name)))
    return anchor, line.stripped[skip:]


def _first_clause(text: str) -> str:
    return text[: first(text, ",;。:") or len(text)]


def reform_sentences(lines: list[Line], gazetteer: Gazetteer | None = None) -> list[Anchor]:
    """Sentences whose first clause does something to a named practice (全省深化“X”改革,…。
    省Y局实施“Z”,…。 建立县级领导包抓重点企业制度,…。): a case each, headed by the sentence as
    written. A report's review of its year lists its reforms so, one or two sentences each,
    among sentences that name none (a general opening, a stock figure, a problem), no case.
    With a gazetteer, places' examples in brackets inside a sentence are cases too, and the
    sentence's own case ends before them."""
    verb = load_cues().regex("segment", "practice-verb")
    anchors = []
    for i, line in enumerate(lines):
        for sentence in _sentences(line):
            lead = _first_clause(sentence.stripped)
            done = verb.search(lead)
            examples = _bracketed_examples(sentence, gazetteer) if gazetteer else []
            if done and ("“" in lead[done.end() :] or _ends_in_a_kind(lead)):
                cut = examples[0].start - 1 if examples else sentence.end  # at the bracket
                own = Line(sentence.start, cut, sentence.text[: cut - sentence.start])
                anchors.append(Anchor(i, None, (own,), i, i + 1, own.end))
            anchors += [Anchor(i, None, (example,), i, i + 1, example.end) for example in examples]
    return anchors


def _bracketed_examples(sentence: Line, gazetteer: Gazetteer) -> list[Line]:
    """The places' examples a sentence of a report gives in brackets, clause by clause
    (…新增经营主体62.3万户（海口市推行“一业一证”…；三亚市在旅游行业推行…）。), each led by its
    place; none unless every clause is."""
    examples = []
    for group in _BRACKETED_GROUP.finditer(sentence.text):
        at = group.start(1)
        for clause in group.group(1).split(";"):
            if not opens_with_place(clause, gazetteer):
                return []
            start = sentence.start + at
            examples.append(Line(start, start + len(clause), clause))
            at += len(clause) + 1
    return examples


def _ends_in_a_kind(clause: str) -> bool:
    """Does a clause end in what a practice is (…包抓重点企业制度, …诉前调解工作室): a reform
    named unquoted by what was set up."""
    cues = load_cues()
    return clause.endswith(cues.terms("mechanisms", "head") + cues.terms("mechanisms", "facility"))


def _sentences(line: Line) -> Iterator[Line]:
    """The sentences of a paragraph, each up to its full stop (and a quote closing there)."""
    text, k = line.stripped, 0
    while k < len(text):
        stop = _SENTENCE_END.search(text, k)
        end = len(text) if stop is None else stop.end()
        end += text[end : end + 1] in CLOSE_QUOTES
        start, last = line.at(k), line.at(end - 1) + 1
        yield Line(start, last, line.text[start - line.start : last - line.start])
        k = end


def sentence_items(lines: list[Line], gazetteer: Gazetteer) -> list[Anchor]:
    """A numbered paragraph per case; its first sentence is the heading, the rest its body.

    ``(一)推行X。body…`` gives the short sentence ``推行X``; a notice's one-line item
    ``1.××市推行“……”改革。`` is a case of its own, headed by its whole sentence. Of several
    runs the one with most items outside sections that hold no cases (the first of equals)
    is the list of cases: a notice's closing 工作要求 (一)(二)(三) is a shorter run, a
    report's problems and suggestions are no cases however many.
    """
    return max(sentence_runs(lines, gazetteer), key=lambda run: _cases_in(run, lines), default=[])


def _cases_in(run: list[Anchor], lines: list[Line]) -> int:
    """How many anchors of a run may be cases: those not under a section that holds none."""
    sections = [i for i, line in enumerate(lines) if SECTION.match(line.stripped)]
    return sum(
        not holds_no_cases(lines[max(above)].stripped)
        if (above := [i for i in sections if i < a.index])
        else True
        for a in run
    )


def holds_no_cases(section: str) -> bool:
    """A section whose items are not cases: a report's problems, unless it also says what is
    planned about them (二、存在问题; not 三、问题及下一步打算); its advice or requirements, even
    for what comes next (三、意见和建议, 三、下一步工作要求: asked of others, no plan of its own);
    a visit report's itinerary (二、考察行程); a hotline's analysis (二、诉求热点分析); the
    whole scope's (【全省】 over what the province will do next); a policy explained (一、出台
    背景, 二、主要内容 of a 政策解读 whose 三、典型案例 holds the cases)."""
    cues = load_cues()
    problems = cues.regex("segment", "problem-section").search(section) and not cues.regex(
        "segment", "planned-section"
    ).search(section)
    return bool(
        problems
        or cues.regex("segment", "advice-section").search(section)
        or cues.regex("segment", "itinerary-section").search(section)
        or cues.regex("segment", "analysis-section").search(section)
        or cues.regex("segment", "scope-section").match(section)
        or cues.regex("segment", "policy-section").search(section)
    )


def plan_items(lines: list[Line]) -> list[Anchor]:
    """The numbered paragraphs of a section on what is planned (``(一)推进X。…``), else the
    items of its paragraph (``重点做好以下工作：一是…；二是…``): a case each however few they
    are, as a plan may list only two."""
    return next(iter(_sentence_runs(lines)), []) or inline_series(lines)


def sentence_runs(lines: list[Line], gazetteer: Gazetteer) -> list[list[Anchor]]:
    """Every run of sentence items long enough to be cases, one per kind of label."""
    return [run for run in _sentence_runs(lines) if _enough(run, gazetteer)]


def _sentence_runs(lines: list[Line]) -> Iterator[list[Anchor]]:
    """Runs of numbered paragraphs headed by their first sentence, one per kind of label
    (``(1)`` and ``(一)`` are two kinds: a list keeps to one)."""
    for pattern in _LABELS:
        anchors = []
        for i, line in enumerate(lines):
            match = pattern.match(line.stripped)
            if match and (heading := _lead_sentence(lines, i, match.start(2))):
                label = line.stripped[: match.start(2)].rstrip("、. ")
                anchors.append(Anchor(i, label, heading, i))
            elif match and pattern is INLINE_NUMBER and _heads_body(lines, i, match.group(2)):
                label = line.stripped[: match.start(2)].rstrip("、. ")
                anchors.append(Anchor(i, label, (tail(line, match.start(2)),), i + 1))
        for kind in (True, False):
            same = [a for a in anchors if _arabic(a.label) is kind]
            if run := consecutive(same, ordinal_number, lines):
                yield run


def place_items_across_levels(lines: list[Line], gazetteer: Gazetteer) -> list[Anchor]:
    """A list whose cases sit at the level each section needs (一、 over (一)乌鲁木齐市推行…;
    二、 over (一)工程建设项目审批 over 1.库尔勒市推行…; 三、 over 1.信用监管 over
    (1)阿克苏地区…): the numbered sentence items led by a place (or a body of the document's
    own place: 2.自治区自然资源厅推行…), when they come under two
    kinds of label or more and none holds another (a place's case whose numbered facets name
    its districts is one case, read by the layouts after this)."""
    body = load_cues().regex("segment", "own-body")
    items = []
    for i, line in enumerate(lines):
        for pattern in _LABELS:
            match = pattern.match(line.stripped)
            rest = match.group(2) if match else ""
            if match and (opens_with_place(rest, gazetteer) or body.match(rest)):
                if heading := _lead_sentence(lines, i, match.start(2)):
                    label = line.stripped[: match.start(2)].rstrip("、. ")
                    items.append(Anchor(i, label, heading, i))
                break
    kinds = {_label_kind(a.label) for a in items}
    if len(items) < LIST_MIN or len(kinds) < 2 or _nested(items, lines):
        return []
    return items


def credited_headings(lines: list[Line], gazetteer: Gazetteer) -> list[Anchor]:
    """Numbered headings that credit their place at their end, with or without a body under
    them (一、推行商事登记“确认制”改革（深圳市）): a case each, when most headings of their kind
    of label do so and every one is a heading (a notice's list reprinted, the place in
    brackets; a credit the gazetteer cannot read, （深圳前海）, among them)."""
    for pattern in _LABELS:
        labelled = [(i, m) for i, ln in enumerate(lines) if (m := pattern.match(ln.stripped))]
        if len(labelled) < 2 or not all(
            is_heading_like(m.group(2), HEADING_MAX) for _, m in labelled
        ):
            continue
        credited = sum(_credits_its_doer(m.group(2), gazetteer) for _, m in labelled)
        if credited * 3 >= len(labelled) * 2:
            return [
                Anchor(
                    i,
                    lines[i].stripped[: m.start(2)].rstrip("、. "),
                    (tail(lines[i], m.start(2)),),
                    i + 1,
                )
                for i, m in labelled
            ]
    return []


def _credits_its_doer(heading: str, gazetteer: Gazetteer) -> bool:
    """Whether a heading ends in a bracket naming its place (（广州市南沙区）) or a body of the
    document's own place (（省市场监管局）)."""
    credit = CLOSING_CREDIT.search(heading)
    body = load_cues().regex("segment", "own-body")
    return bool(credit) and bool(
        attributed_place(heading, gazetteer, None) or body.fullmatch(credit.group(1))
    )


def _label_kind(label: str | None) -> tuple[bool, bool]:
    """The kind of a label: bracketed or not, Arabic or Chinese ((一), 1, (1), 一)."""
    return (bool(label) and label[0] in _OPEN + "(", _arabic(label))


def _nested(items: list[Anchor], lines: list[Line]) -> bool:
    """Whether a place-led item holds another: one of a lower kind right under it, before any
    line of its own kind or a section."""
    for before, after in itertools.pairwise(items):
        between = lines[before.index + 1 : after.index]
        if _label_kind(before.label) != _label_kind(after.label) and not any(
            SECTION.match(ln.stripped) or any(p.match(ln.stripped) for p in _LABELS)
            for ln in between
        ):
            return True
    return False


def _bracketed_arabic(label: str | None) -> bool:
    """Whether a case label is an Arabic number in brackets ((1)), the rank below 1."""
    return bool(label) and label.startswith("(") and _arabic(label)


def _heads_body(lines: list[Line], i: int, rest: str) -> bool:
    """A numbered heading line over its body, among items told in sentences (4.用水用气“无感
    报装”（试点地区：雨花区、望城区） over the paragraph that tells it): an item of the run.
    Only ``1.`` items mix so; a ``(一)`` heading line is a theme over its own items."""
    return (
        i + 1 < len(lines)
        and is_heading_like(rest, HEADING_MAX)
        and is_prose(lines[i + 1].stripped)
        and not any(p.match(lines[i + 1].stripped) for p in _LABELS)
    )


def _arabic(label: str | None) -> bool:
    """Whether a case label is numbered in Arabic digits (1. (1)) rather than Chinese."""
    return any(c.isdigit() for c in label or "")


def place_labels(lines: list[Line], gazetteer: Gazetteer) -> list[Anchor]:
    """A place alone on its line before a colon (``无锡市：``), its practice on the lines
    under it: the practice is a case, or each item when they are numbered under the place
    (``1、…`` ``(1)…`` ``2、…`` afresh, or ``3．…`` numbered through the list); three places or
    more.
    The place line is their section, so a case that names no place of its own is the
    labelled place's."""
    named = {
        i: m.group(1) or m.group(2)
        for i, line in enumerate(lines[:-1])
        if (m := PLACE_LABEL.match(line.stripped))
    }
    labels = [i for i, name in named.items() if whole_place(name, gazetteer)]
    if len(labels) < LIST_MIN:
        return []
    body = load_cues().regex("segment", "own-body")  # 【市税务局】 among 【沙市区】, 【松滋市】…
    labels = sorted([*labels, *(i for i, name in named.items() if body.fullmatch(name))])
    anchors = []
    for i, stop in itertools.pairwise([*labels, len(lines)]):
        items = [k for k in range(i + 1, stop) if item_number(lines[k].stripped)]
        numbered = bool(items) and items[0] == i + 1
        for k in items if numbered else [i + 1] if i + 1 < stop else []:
            match = item_number(lines[k].stripped) if numbered else None
            label = match.group(1) if match else None
            heading = first_sentence(lines[k], match.start(2) if match else 0)
            anchors.append(Anchor(k, label, (heading,), k))
    return anchors


def item_number(text: str) -> re.Match[str] | None:
    """An item's number and words (``1、…``, ``(1)…``)."""
    return INLINE_NUMBER.match(text) or BRACKETED.match(text)


def whole_place(text: str, gazetteer: Gazetteer) -> bool:
    """Whether a text is nothing but a chain of places (宿迁市沭阳县, 苏州工业园区)."""
    chain = gazetteer.parse_chain(text, 0, None, allow_chained_first=True)
    return bool(chain) and chain[-1][1] == len(text)


def places_only(text: str, gazetteer: Gazetteer) -> bool:
    """Whether a sentence only lists places (天津市，辽宁省大连市，上海市…。), maybe after a
    label saying what they are rewarded for (（一）稳就业工作成效明显的地方：北京市海淀区，…)."""
    listed = text.rsplit(":", 1)[-1] if _REWARD_LABEL.search(text) else text
    parts = [part for part in re.split("[,、]", listed.rstrip("。;")) if part]
    return len(parts) >= 2 and all(whole_place(part, gazetteer) for part in parts)


_REWARD_LABEL = re.compile(r"(?:地方|地区|单位|城市)\s*[:：]")
"""The label of a list of places a notice rewards (…成效明显的地方：)."""


def highlight_items(lines: list[Line], gazetteer: Gazetteer | None = None) -> list[Anchor]:
    """An evaluation report's highlights under its places' sections (亮点1（开办企业）：昆明市
    市场监管局推行…; 亮点（获得信贷）：…): a case each, two or more, titled by the sentence
    after the label; the sections' scores and shortcomings (短板：…) are none."""
    label = load_cues().regex("segment", "highlight-label")
    anchors = []
    for i, line in enumerate(lines):
        if (match := label.match(line.stripped)) and line.stripped[match.end() :]:
            title = first_sentence(line, match.end())
            anchors.append(Anchor(i, match.group(1), (title,), i, opening=line.content_start))
    return anchors if len(anchors) >= 2 else []


def field_paragraphs(lines: list[Line], gazetteer: Gazetteer) -> list[Anchor]:
    """Paragraphs that each open with the field of work they tell (在投资便利化方面，片区推行
    “评估+承诺+代办”…。 在贸易便利化方面，…), two or more: a case each, headed by its first
    sentence; one that tells several places' stories (在开办企业方面，杭州…；宁波…) is left to
    the readings of places."""
    field = load_cues().regex("segment", "field-lead")
    anchors = [
        Anchor(i, None, (first_sentence(line),), i)
        for i, line in enumerate(lines)
        if (match := field.match(line.stripped))
        and len(_clause_places(line.stripped[match.end() :], gazetteer)) < 2
    ]
    return anchors if len(anchors) >= 2 else []


def _clause_places(text: str, gazetteer: Gazetteer) -> set[Region]:
    """The places that open the clauses of a text (杭州…；宁波…): the stories it tells."""
    found = set()
    for clause in _CLAUSE_BREAK.split(text):
        chains = place_chains(clause[:_CLAUSE_PLACE_AT], gazetteer, None)
        if chains and chains[0][0].start == 0:
            found.add(chains[0][-1].region)
    return found


_CLAUSE_BREAK = re.compile(r"[。;；]")
_CLAUSE_PLACE_AT = 12
"""Characters at a clause's start read for the place that opens it."""


LAYOUTS: tuple[Layout, ...] = (
    practice_boxes,
    highlight_items,
    place_items_across_levels,
    credited_headings,
    labelled_cases,
    number_lines,
    inline_numbers,
    place_labels,
    place_headings,
    bracketed_headings,
    chinese_ordinal_headings,
    ordinal_items,
    sentence_items,
    run_in_items,
    field_paragraphs,
)


def _enough(run: list[Anchor], gazetteer: Gazetteer) -> list[Anchor]:
    """Three ordinal cases in a run, or fewer when every heading opens with a place."""
    if len(run) >= LIST_MIN:
        return run
    if run and all(opens_with_place(a.heading[0].text, gazetteer) for a in run):
        return run
    return []


def opens_with_place(text: str, gazetteer: Gazetteer) -> bool:
    """Whether a heading starts with a place name (济南:…, 江苏省苏州市推行…)."""
    return bool(gazetteer.parse_chain(text, 0, None, allow_chained_first=True))


# --- headings -------------------------------------------------------------------------------


def _anchor_with_heading(lines: list[Line], i: int, label: str, rest: str) -> Anchor:
    """The heading is the rest of the label line, or the short lines that follow it."""
    if rest:
        line = lines[i]
        return Anchor(i, label, (tail(line, len(line.stripped) - len(rest)),), i + 1)
    if i + 1 < len(lines) and (named := _name_field(lines[i + 1])):
        return Anchor(i, label, (named,), i + 2)
    heading: list[Line] = []
    j = i + 1
    while j < len(lines) and len(heading) < 3:
        limit = HEADING_MAX if not heading else WRAP_MAX
        if not is_heading_like(lines[j].stripped, limit) or _starts_case(lines[j].stripped):
            break
        heading.append(tail(lines[j], 0))
        j += 1
    if not heading or j >= len(lines):
        return Anchor(i, None, (), i + 1)
    return Anchor(i, label, tuple(heading), j)


def _name_field(line: Line) -> Line | None:
    """The value of a field that names the case (案例名称：…) on the line under its label."""
    field = load_cues().regex("segment", "name-field").match(line.stripped)
    return tail(line, field.end()) if field and line.stripped[field.end() :] else None


def _starts_case(text: str) -> bool:
    """A case label or a facet heading (案例背景): the heading above it has ended."""
    return bool(labelled().match(text) or NUMBER_LINE.match(text) or is_facet_heading(text))


def _item_title(body: Line) -> Line:
    """An item's heading, from the words after its label. An item that is one sentence of
    several clauses is its own title, as written with its ``;`` or ``。`` (as a notice's
    one-line item is). A one-phrase first sentence (``一是推进X。``) is the item's run-in
    heading, without its mark; a first sentence of several clauses (``一是推行X,跑出Y。``)
    is the item's title as written with its 。; a long one gives its first clause."""
    cut = first(body.text, "。;:!?") or len(body.text)
    clauses = "," in body.text[:cut]
    if clauses and cut + 1 >= len(body.text):
        return body
    if cut > TITLE_MAX:
        cut = first(body.text, ",", start=4) or TITLE_MAX
    elif clauses and body.text[cut : cut + 1] == "。":
        return first_sentence(body)
    return Line(body.start, body.start + cut, body.text[:cut])


def _lead_sentence(lines: list[Line], i: int, skip: int) -> tuple[Line, ...] | None:
    """The heading of a numbered paragraph: its first sentence as written, with its 。
    (``推行X。`` over body text, or a whole one-sentence item) — which may wrap onto the
    next lines, as items of a printed notice do."""
    body = tail(lines[i], skip)
    stop = _SENTENCE_END.search(body.text)
    cut = None if stop is None else stop.start()
    if cut is None:
        return _wrapped_sentence(lines, i, body)
    if cut < 4:
        return None
    return (first_sentence(lines[i], skip),)


def _wrapped_sentence(lines: list[Line], i: int, body: Line) -> tuple[Line, ...] | None:
    """A first sentence that runs on over the next (unnumbered) lines up to its 。: each line
    breaks after a clause mark, or fills the width the next line is set in (a heading over
    its body text, or over a subtitle and then body text, is not a wrapped sentence)."""
    wrapped = [body]
    for line in lines[i + 1 : i + _WRAP_LINES]:
        text, before = line.stripped, wrapped[-1].text
        if any(p.match(text) for p in _LABELS):
            return None
        if len(before) < len(text) and not before.endswith((",", ";", "、")):
            return None
        if _SENTENCE_END.search(text):
            return (*wrapped, first_sentence(line))
        wrapped.append(tail(line, 0))
    return None


def consecutive(
    anchors: list[Anchor],
    number: Callable[[Anchor], int | None],
    lines: Sequence[Line] = (),
    first_number: int = 1,
) -> list[Anchor]:
    """The anchors numbered 1, 2, 3 … in order; stray numbers elsewhere are ignored. Cases
    under their own label (案例5, 案例6 …) may count from where an excerpt (节选) begins.

    Given the lines, the count may restart at 1 after a ``一、…`` section heading, as cases
    numbered (一)(二) within each section do.
    """
    sections = [i for i, ln in enumerate(lines) if _is_section(ln.stripped, anchors)]
    run: list[Anchor] = []
    expected = first_number
    for anchor in anchors:
        if not anchor.heading:
            continue
        if run and number(anchor) == 1 and _section_between(sections, run[-1], anchor):
            expected = 1
        if number(anchor) == expected:
            run.append(anchor)
            expected += 1
    return run


def _is_section(text: str, anchors: list[Anchor]) -> bool:
    """A heading of a higher rank than the anchors: ``一、…`` or ``第二批…``, over ``(1)``
    items a ``1.…`` heading, or over items numbered in Arabic digits a ``(一)…`` heading (a
    theme, under which (1)(2) may count afresh), also one that names a field and ends in a
    full stop (（一）…优化政务服务方面。)."""
    if SECTION.match(text) or load_cues().regex("segment", "batch-section").match(text):
        return True
    number = INLINE_NUMBER.match(text)
    if number and anchors and _bracketed_arabic(anchors[0].label):
        return is_heading_like(number.group(2), WRAP_MAX)  # 1.…方面 over (1)(2)…
    match = BRACKETED.match(text)
    return bool(
        match
        and not _arabic(match.group(1))
        and anchors
        and _arabic(anchors[0].label)
        and (is_heading_like(match.group(2), WRAP_MAX) or field_section(text))
    )


def field_section(text: str) -> bool:
    """A bracketed heading that names a field of work, ending in a full stop as a notice
    writes it (（一）深化“放管服”改革、优化政务服务方面。): a section, not a case."""
    match = BRACKETED.match(text)
    return bool(
        match
        and not _arabic(match.group(1))
        and len(match.group(2)) <= TITLE_MAX
        and load_cues().regex("segment", "theme-section").search(match.group(2))
    )


def _section_between(sections: list[int], before: Anchor, after: Anchor) -> bool:
    return any(before.index < i < after.index for i in sections)
