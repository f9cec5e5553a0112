"""Newspaper features and other prose without numbered cases.

A feature tells its cases under phrase headings (``拉杆箱“退休”记``, ``AI助力，400多个事项可
边聊边办``), often with a summary line under the heading, or as stories led by a place
(``在惠州，…``, ``东莞茶山镇某企业…``) under theme headings, or with no headings at all.
Three readings:

- **headed cases**: each heading (with its summary line) opens one case, up to the next
  heading; the lead above the first heading is not a case — but in a roundup whose headings
  all carry one mark (``▲郑州市：…``, ``【江苏南京】…``, a bold ``**…**`` lead) the first heading
  may stand right under the title, and is a case;
- **place stories**: a paragraph led by a place below the document's own scope (or by one of
  its towns or streets, ``在铜井镇，…``, ``界湖街道在…``: a county page's stories, each in the
  county) opens a case that runs while the paragraphs stay with that place, and ends at a
  heading or at a paragraph led by the scope itself (``在广东，…``: the writer steps back).
  A paragraph whose clauses each open with their own place (``广州…;惠州…;佛山则…``) is one
  case per clause. Chosen
  when one heading's section holds the stories of two unrelated places, or when there are no
  headings; then a headed section with no story that still names a place of its own is one
  case under its heading;
- **one case in stages**: when the lead names most headings (``“判断难”？`` … the lead says
  破解“判断难”、“计算难”…), the headings are facets (主要做法, 取得成效) or they name stages
  (``起步：…``, ``深化：…``, ``2.0版``: the ``stage-heading`` cues), or, when no section tells
  another place's story, every heading opens with a two-character label that is no place
  (``划转：…``, ``监督：…``: the ``stage-label`` cue), or the lead lists what the reform
  tackles, an item per heading that its section takes up (破解品种登记慢、知识产权保护难、
  融资难等问题), the whole article is one case, headed by its title.

Where a story starts is read from the first characters of a paragraph after any opening quote
(a story often opens with what someone said); a place that opens a firm's or school's name
(北京石晶光电科技股份有限公司) or a government platform's (依托浙江政务服务网) says nothing about
where the story happens.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Literal

from kg.corpus import SENTENCE_STOPS, Document, Line, unemphasised
from kg.cues import load_cues
from kg.extract.agencies import load_lexicon
from kg.extract.regions import (
    LIST_MARKS,
    RegionMention,
    document_scope,
    find_regions,
    in_passing,
    opens_platform,
    place_chains,
    sets_scene,
)
from kg.gazetteer import Gazetteer, Region, short_form
from kg.segment.interview import answer_start, first_turn, past_courtesies
from kg.segment.lines import (
    CLOSE_QUOTES,
    LIST_MIN,
    OPEN_QUOTES,
    Anchor,
    first,
    first_sentence,
    heading_mark,
    is_heading_like,
    is_prose,
    listed_in_contents,
    marks_before,
    run_in_headline,
    tail,
)
from kg.segment.numbered import holds_no_cases, inline_series, is_facet_heading

_HEADING_CHARS = 36
_SUMMARY_CHARS = 50
_LEAD_ZONE = 40
"""How many characters at the start of a paragraph (after an opening quote) say who it is about:
the scope named there is the writer stepping back."""
_OPENING = 12
"""A story opens only with a place this close to a paragraph's start (在惠州，… / 近日，肇庆市…)."""
_NAME_ROOM = 16
"""Characters read past the zone, so an organisation's name that starts in it is seen whole."""
_CLAUSE = re.compile(r"[，,。；;：:!?！？]")
_QUOTED = re.compile(r"“([^“”]{2,16})”")
PRACTICE_NAME = re.compile(r"“([^“”]{2,32})”")
"""A practice's quoted name, long ones too (“外贸企业开办及进出口资质备案一件事”)."""
_CORE = 8
_SENTENCE_END = re.compile(f"[{SENTENCE_STOPS}]")
_CIRCLED = re.compile("[①-⑳]")
_PART_NUMBER = re.compile(r"\d{1,2}")
_LISTED_NEWS = 3
_TOPIC_SENTENCE = 30
"""The longest sentence read as a paragraph's topic before the place whose story it opens."""
_LABEL_SENTENCE = 8
"""The longest first sentence read as a label over a paragraph (先算“时间账”。)."""
_SETTING_TOPIC_SENTENCE = 40
"""The longest topic sentence before a story that opens in its place (在重庆市渝北区，…)."""
_SENTENCE_OPENING = 1
"""In a run-on paragraph a story opens with its place as the sentence's first words (银川市…,
在银川，…), not with one named a few words in (有同行问他是不是在浙江嘉兴…)."""
"""A heading this short without quotes is its own core (``判断难?``)."""


@dataclass(frozen=True)
class Reading:
    """Cases of a feature, and the theme headings they sit under (line index → heading)."""

    anchors: list[Anchor]
    sections: dict[int, Line]


def read_feature(doc: Document, lines: list[Line], gazetteer: Gazetteer) -> Reading:
    """The cases of a document with no numbered layout (maybe none)."""
    marked = _marked(doc, lines)
    headings = _without_facets(lines, heading_blocks(lines, marked))
    boxed = {i: body for i, body in headings.items() if _boxed(doc, lines, i)}
    scope = document_region(doc, gazetteer)
    if boxed and all(i < min(boxed) for i in headings if i not in boxed):
        told = read_feature(doc, lines[: min(boxed)], gazetteer)  # the story beside the box
        ends = [*sorted(boxed)[1:], len(lines)]
        telling = {
            i: body
            for (i, body), end in zip(sorted(boxed.items()), ends, strict=True)
            if tells_a_place(lines[i].stripped, _texts(lines[i + 1 : end]), gazetteer, scope)
        }
        cases = [*told.anchors, *_headed_cases(lines, telling)]
        return Reading(_not_comments(lines, headings, cases), told.sections)
    leads = [lead_place(ln.stripped, gazetteer, scope) for ln in lines]
    stories = _without_hook(
        lines, _stories(lines, headings, leads, gazetteer, scope), leads, gazetteer
    )
    stories = _without_preview(stories, headings, gazetteer, scope)
    if (
        headings
        and _one_case_in_stages(lines, headings)
        and not _places_apart(stories, lines, leads, gazetteer, scope)
        and not _headed_by_places(lines, headings, gazetteer, scope)
    ):
        return Reading([whole_document(doc, lines)], {})  # not 盐城市…, 乌兰察布市… under them
    if (
        headings
        and _headed_by_places(lines, headings, gazetteer, scope)
        and _stories_of_their_headings(lines, headings, stories, gazetteer, scope)
    ):
        return _headed_reading(lines, headings, gazetteer, scope)  # 【湖北孝感】…, 【甘肃景泰】…
    sides = headings and (
        _lead_lists_sides(lines, headings, gazetteer)
        or practice_over_facets(doc, lines, sorted(headings), gazetteer)
    )
    if sides and not _places_apart(stories, lines, leads, gazetteer, scope):
        return Reading([whole_document(doc, lines)], {})  # 一、开办企业 over 烟台市…, 威海市…
    last = max(headings) if headings else 0
    if sides and stories and all(story.index > last for story in stories):
        whole = replace(whole_document(doc, lines), stop=last)  # 好经验在周边落地 over 当阳市…
        return Reading([whole, *stories], {last: lines[last]})
    if not headings and not stories and (items := _bulleted_paragraphs(lines, marked)):
        return Reading(items, {})  # ◇ 推行“开店一件事”…。【辽源市】: a notice's bulleted items
    if not headings or _sections_mix_places(lines, stories, headings, leads, gazetteer, scope):
        untold = _untold_sections(lines, headings, stories, gazetteer, scope)
        sections = {i: lines[i] for i in headings if i not in untold}
        anchors = sorted([*stories, *untold.values()], key=lambda a: a.index)
        return Reading(_not_comments(lines, headings, anchors), sections)
    one_reform = (
        _labelled_stages(lines, headings, gazetteer)
        or _one_reform_in_sections(lines, headings, scope)
        or _reform_the_lead_names(lines, headings, gazetteer, scope)
    )
    apart = one_reform and (
        _places_apart(stories, lines, leads, gazetteer, scope)  # 朝阳区…, 海淀区…
        or _sections_apart(stories, headings, lines, leads, gazetteer, scope)
        or _headlines_apart(_headlines(doc, lines, headings), gazetteer)
    )
    if one_reform and not apart:
        return Reading([whole_document(doc, lines)], {})
    return _headed_reading(lines, headings, gazetteer, scope)


def _bulleted_paragraphs(lines: list[Line], marked: set[int]) -> list[Anchor]:
    """Paragraphs that a recurring bullet opens (◇ 推行“开店一件事”集成服务，…。【辽源市】), three
    or more, in a text with no headings and no place-led stories: a notice's items, a case
    each, its heading the first sentence."""
    items = [i for i in sorted(marked) if is_prose(lines[i].stripped)]
    if len(items) < LIST_MIN:
        return []
    return [Anchor(i, None, (first_sentence(lines[i]),), i, i + 1) for i in items]


def _headed_reading(
    lines: list[Line], headings: dict[int, int], gazetteer: Gazetteer, scope: Region | None
) -> Reading:
    """A case per heading, less the writer's comparisons and comments and the headings that
    count the items after them (their sections)."""
    cases = _headed_cases(lines, headings)
    compared = _comparing_sections(lines, headings, gazetteer, scope) | _counting(lines, headings)
    untold = _placeless_sections(lines, headings, gazetteer, scope)
    told = [a for a in cases if a.index not in compared | untold]
    sections = {i: lines[i] for i in compared | untold}
    return Reading(_not_comments(lines, headings, told), sections)


def _placeless_sections(
    lines: list[Line], headings: dict[int, int], gazetteer: Gazetteer, scope: Region | None
) -> set[int]:
    """Sections headed by a question that names no place, no paragraph of which a place other
    than the document's own leads (企业点赞的改革从哪里来？ over the lead, 营商环境的下一程在哪里？
    over an expert's words and the province's plans), among two or more that do: the
    feature's lead and close, no cases. Other headings may name a body (【省税务局】推行…) or
    a place the gazetteer does not know (广益街道：…): their sections stay cases."""
    starts = sorted(headings)
    placeless = set()
    for i, end in zip(starts, [*starts[1:], len(lines)], strict=True):
        heading = lines[i].stripped
        if not heading.endswith(("?", "？")) or find_regions(heading, gazetteer, None):
            continue  # 【省税务局】推行…, 广益街道：…: a body or a place the gazetteer may not know
        leads = (lead_place(ln.stripped, gazetteer, scope) for ln in lines[i + 1 : end])
        if not any(lead and lead.region != scope for lead in leads):
            placeless.add(i)
    return placeless if len(starts) - len(placeless) >= _COMPARED else set()


def _counting(lines: list[Line], headings: dict[int, int]) -> set[int]:
    """Headings that count the items headed after them (镇街营商环境“微改革”四则 over ■唐江镇…
    ■象湖镇…): a bulletin article's title over its cases, their section, no case."""
    counted = load_cues().regex("segment", "counted-heading")
    starts = sorted(headings)
    return {
        i
        for k, i in enumerate(starts)
        if counted.search(lines[i].stripped) and len(starts) - k - 1 >= _COMPARED
    }


def _without_facets(lines: list[Line], headings: dict[int, int]) -> dict[int, int]:
    """The headings less facet words (【主要做法】, 改革成效) when two or more other headings head
    cases told in such facets: the facets are parts of the case above them, no headings."""
    facets = {i for i in headings if is_facet_heading(lines[i].stripped)}
    if len(facets) < 2 or len(headings) - len(facets) < 2:
        return headings
    return {i: body for i, body in headings.items() if i not in facets}


def _texts(lines: list[Line]) -> list[str]:
    return [line.stripped for line in lines]


def tells_a_place(
    heading: str, paragraphs: Iterable[str], gazetteer: Gazetteer, scope: Region | None
) -> bool:
    """Does a box tell a place's practice: its heading names a place (济宁：…) or a place leads
    one of its paragraphs? Places listed in passing (浙江、广东等地已探索…) tell none, nor
    does the document's own province (2023年起，辽宁实施… in a 辽宁 paper: its background)."""
    province = scope if scope is not None and scope.level == "province" else None
    if any(m.region != province for m in find_regions(heading, gazetteer, None)):
        return True
    leads = (lead_place(p.strip(), gazetteer, scope) for p in paragraphs)
    return any(lead and lead.region != province for lead in leads)


def _boxed(doc: Document, lines: list[Line], index: int) -> bool:
    """Whether a heading opens a box set beside the story, its label right above it (【延伸阅读】
    over 四川：…): no section of the story, which is read as if it had no headings. The
    writer's comment (【记者手记】) is a box of another kind: its heading stays, and no case."""
    gap = _between(doc, lines[index - 1], lines[index]) if index else []
    return any(box_label(unemphasised(raw.strip())) == ASIDE for raw in gap)


ASIDE, COMMENT = "aside", "comment"


def box_label(text: str) -> str | None:
    """What box a line labels, if any: the writer's own comment or figures (``COMMENT``:
    【记者手记】, 编后, 【数据】), else a box set beside the story (``ASIDE``: 【延伸阅读】,
    【相关链接】, 小知识)."""
    cues = load_cues()
    if cues.regex("segment", "comment-box").match(text):
        return COMMENT
    return ASIDE if cues.regex("segment", "aside").match(text) else None


def _without_hook(
    lines: list[Line], stories: list[Anchor], leads: list[Lead | None], gazetteer: Gazetteer
) -> list[Anchor]:
    """The stories less the first when the paragraph after it makes its person one of many
    (去年秋天，…何磊回到安徽阜阳老家… then 像何磊这样回乡创业的青年越来越多。) or its scene an
    instance of another place's practice (湛江临港产业园… then 这是麻章区推行…的一个缩影): the
    feature's opening anecdote, the hook before its lead, no case."""
    if not stories or (after := stories[0].index + 1) >= len(lines):
        return stories
    cues, text = load_cues(), lines[after].stripped
    if cues.regex("segment", "hook-generalised").match(text):
        return stories[1:]
    scene = leads[stories[0].index]
    if scene and cues.regex("segment", "hook-instance").match(text):
        named = [chain[-1].region for chain in place_chains(text, gazetteer, None)[:1]]
        return stories[1:] if named and named[0] != scene.region else stories
    return stories


def _without_preview(
    stories: list[Anchor], headings: dict[int, int], gazetteer: Gazetteer, scope: Region | None
) -> list[Anchor]:
    """The stories less those of the lead above the first heading when each of their places
    tells its story again under a heading (清晨7点，广西凭祥友谊关口岸…；千里之外的新疆霍尔果斯…
    over “一窗通”连起中越客商 — 凭祥市…, then 霍尔果斯市…): the lead previews the cases."""
    if not headings:
        return stories
    first = min(headings)
    places = [(s.index < first, _story_place(s, gazetteer, scope)) for s in stories]
    lead = [place for before, place in places if before]
    later = {place.region for before, place in places if not before and place}
    previewed = all(place and place.region in later for place in lead)
    return stories[len(lead) :] if lead and previewed else stories


def _comparing_sections(
    lines: list[Line], headings: dict[int, int], gazetteer: Gazetteer, scope: Region | None
) -> set[int]:
    """Headed sections that name no place but two or more that other sections' headings
    name, and places in a list (差异与共识 after 厦门：… and 天津：…, comparing both with 上海、
    深圳、宁波), or whose text opens with what scholars say (长效机制如何建？ 受访专家认为，…):
    the writer's comment on the cases, no case."""
    starts = sorted(headings)
    headed = {
        chain[-1].region
        for i in starts
        for chain in place_chains(lines[i].stripped, gazetteer, scope)[:1]
    }
    closing = load_cues().regex("segment", "closing-paragraph")
    out = set()
    for i, text in zip(starts, _section_texts(lines, starts), strict=True):
        if closing.match(lines[headings[i]].stripped):
            out.add(i)
            continue
        chains = place_chains(text, gazetteer, scope)
        own = [c[-1].region for k, c in enumerate(chains) if not _in_a_list(text, chains, k)]
        if (
            len(set(own)) >= _COMPARED
            and set(own) <= headed
            and not place_chains(lines[i].stripped, gazetteer, scope)
        ):
            out.add(i)
    return out


_COMPARED = 2
"""Places told under other headings a section must name to be their comparison."""


def _not_comments(
    lines: list[Line], headings: dict[int, int], anchors: list[Anchor]
) -> list[Anchor]:
    """The anchors, less those under a heading over people's comments (■港商：最怕“朝令夕改”,
    ■学者：…), the writer's own (【综合观察】, 💬 说在最后) or what comes next (## 下一步工作):
    what is said there recalls places or plans, it reports none, and the case above stops at
    its heading."""
    cues = load_cues()
    comment, box = cues.regex("segment", "comment-heading"), cues.regex("segment", "comment-box")
    plan = cues.regex("segment", "plan-heading")  # ## 下一步工作: what comes next, no report
    said = {
        i
        for i in headings
        if comment.match(lines[i].stripped)
        or box.match(lines[i].stripped)
        or plan.match(lines[i].stripped)
    }
    if not said:
        return anchors
    starts = sorted(headings)
    kept: list[Anchor] = []
    for anchor in anchors:
        above = [i for i in starts if i <= anchor.index]
        if not (above and above[-1] in said):
            kept.append(anchor)
        elif kept and kept[-1].index < above[-1] and kept[-1].stop is None:
            kept[-1] = replace(kept[-1], stop=above[-1])
    return kept


def stories_in(doc: Document, lines: list[Line], gazetteer: Gazetteer) -> list[Anchor]:
    """The place-led stories of a stretch of a document's lines that has no headings (the
    paragraphs after a city's 一是…二是…三是…: 南关区在全市率先推行…, 长春新区聚焦…), each a
    case; none where every paragraph speaks for the document's own place."""
    scope = document_region(doc, gazetteer)
    leads = [lead_place(ln.stripped, gazetteer, scope) for ln in lines]
    return _stories(lines, {}, leads, gazetteer, scope)


def practice_over_facets(
    doc: Document, lines: list[Line], headings: list[int], gazetteer: Gazetteer
) -> bool:
    """Whether a headline line above the first heading names the one practice the text tells
    (福建省尤溪县推行工业项目全周期服务见闻; the ``headline-practice`` cues), the headlines
    naming no two places apart (——四川绵阳、江苏泰州知识产权服务见闻: each place's practice),
    and no heading names a practice verb of its own (【签约即服务】, 一张表单办到底; not
    一、…推行园区项目“全程代办”, 二、…创新推出“月柿贷”: several practices): the headings are that
    practice's facets."""
    cues = load_cues()
    above = _headlines(doc, lines, headings)
    if not any(_names_a_practice(line, gazetteer) for line in above) or _headlines_apart(
        above, gazetteer
    ):
        return False
    verb = cues.regex("segment", "practice-verb")
    return not any(verb.search(lines[i].stripped) for i in headings)


def _names_a_practice(headline: str, gazetteer: Gazetteer) -> bool:
    """Whether a headline names the one practice a text tells: by the ``headline-practice``
    cues, or a place's quoted name (辽阳水电气网报装“一次办成”: ``place-practice-headline``)."""
    cues = load_cues()
    if cues.regex("segment", "headline-practice").search(headline):
        return True
    quoted = cues.regex("segment", "place-practice-headline").search(headline)
    return bool(quoted) and bool(find_regions(headline, gazetteer, None))


def _headlines(doc: Document, lines: list[Line], headings: Iterable[int]) -> list[str]:
    """The lines above the first heading that are no sentences: headline, subtitle, page."""
    return [ln for ln in doc.view[: lines[min(headings)].start].splitlines() if "。" not in ln]


def _headlines_apart(headlines: list[str], gazetteer: Gazetteer) -> bool:
    """Whether the headlines name two places apart (——四川绵阳、江苏泰州知识产权服务见闻): the
    sections under them tell each place's practice, not the facets of one."""
    places = [m.region for line in headlines for m in find_regions(line, gazetteer, None)]
    return any(not gazetteer.nests(a, b) for k, a in enumerate(places) for b in places[k + 1 :])


def later_places_stories(
    doc: Document, heading: str, first: Line, lines: list[Line], gazetteer: Gazetteer
) -> list[Anchor]:
    """The stories of ``lines`` led by places inside the one leading ``first``, the paragraph
    before them (通化市…推行“…” then 集安市则…开设“参企服务专区”), each naming a practice of its
    own in its first sentence, quoted after a practice verb (not someone's words, a dispute,
    a plan), nor named in the section's ``heading`` (商城义乌：… over 在浙江中部，义乌… then
    义乌市商务局…推行…: the section's own place); none when no place leads ``first`` (its
    section may be any place's, told after its background)."""
    scope = document_region(doc, gazetteer)
    own = lead_place(first.stripped, gazetteer, scope)
    if own is None:
        return []
    told = first.stripped
    others: list[Lead | None] = []
    for line in lines:
        lead = lead_place(line.stripped, gazetteer, scope)
        named = named_practices(line.stripped.split("。", 1)[0])
        below = lead and lead.region != own.region and gazetteer.is_within(lead.region, own.region)
        headed = below and short_form(lead.region.name) in heading
        new = below and not headed and any(n not in told for n in named)
        others.append(lead if new else None)
        told += line.stripped
    return [a for a in _stories(lines, {}, others, gazetteer, scope) if others[a.index]]


def run_on_stories(
    lines: list[Line], index: int, gazetteer: Gazetteer, scope: Region | None
) -> list[Anchor]:
    """The places' stories a paragraph runs on (…。如，沈阳市推行…；大连市…), two or more,
    or the one it cites as an example of what many places did (各地围绕…创新要素保障方式。
    例如，酒泉市推行…), else none; ``scope`` is the document's place
    (:func:`document_region`)."""
    return _run_on(index, lines[index], gazetteer, scope, examples="of many")


@lru_cache(maxsize=4)
def document_region(doc: Document, gazetteer: Gazetteer) -> Region | None:
    """The place the whole document speaks for, if any: a scan of its whole text, so read
    once per document and kept for the layouts that ask."""
    found = document_scope(doc.view, gazetteer)
    return found.region if found else None


def told_answers(
    doc: Document, lines: list[Line], asked: list[Anchor], gazetteer: Gazetteer
) -> list[Anchor]:
    """The answers of a question-and-answer text that tell a place's practice, and the place
    stories above its first question (a reposted article: city paragraphs, then 问：/答：).
    When most answers open with a place of their own, past their labels and courtesies, one
    that names none is generic advice (企业可以登录…网查询), an overview or a plan, no case;
    when answers tell places' stories in paragraphs of their own (the plan says…, then
    三亚市…), those stories are the cases and an answer that tells none is no case, unless it
    opens with a place or tells in the first person what the speaker's place did (答（何建平）：
    在规范执法上，我们在全市推行…); stories above the questions count when two places tell.
    A text that asks nothing has no answers (and its scope, a scan of the whole text, is not
    needed)."""
    if not asked:
        return []
    scope = document_region(doc, gazetteer)
    first_question = min(asked[0].index, first_turn(lines) or asked[0].index)
    placed = {a.index for a in asked if _tells_place(lines[a.body_from], gazetteer, scope)}
    series = inline_series(lines)  # read once: answers' 一是…二是… items
    told = {a.index: _stories_in_answer(lines, a, series, gazetteer, scope) for a in asked}
    if any(told.values()):
        placed |= {a.index for a in asked if _speaks_for_its_place(lines[a.body_from], scope)}
        asked = [s for a in asked for s in told[a.index] or ([a] if a.index in placed else [])]
    elif len(placed) * 2 > len(asked):
        asked = [a for a in asked if a.index in placed]
    before = read_feature(doc, lines[:first_question], gazetteer).anchors
    return [*(before if len(before) > 1 else []), *asked]


def _speaks_for_its_place(line: Line, scope: Region | None) -> bool:
    """Whether an answer tells what the speaker's place did in the first person (答（何建平）：
    在工业项目审批上，我们全面推行了…; past its courtesies): a case of the speaker's place."""
    text = line.stripped
    return _writer_acts(text[past_courtesies(text, answer_start(text)) :], scope) is not None


def _stories_in_answer(
    lines: list[Line],
    answer: Anchor,
    series: list[Anchor],
    gazetteer: Gazetteer,
    scope: Region | None,
) -> list[Anchor]:
    """The places' stories of an answer that does not open with a place: paragraphs led by a
    place of their own (a 政策解读's answer: the plan says…, then 洋浦经济开发区在这方面先行先试…,
    琼海市则…) and places' stories run on inside a paragraph (…。比如，湖州市吴兴区…;
    知识产权纠纷处理要快。宁波市…), each a case, up to the next one or the answer's end; when
    there are some, the answer's own opening too where it says what the speaker's place did
    (陈永和：…我们在全市推行…, then 汇川区…)."""
    first = answer.body_from
    stop = len(lines) if answer.stop is None else answer.stop
    if _tells_place(lines[first], gazetteer, scope):
        return _examples_after(lines, answer, gazetteer, scope)
    if items := _series_of_own_body(lines, answer, series, stop, scope):
        return items
    stories: list[Anchor] = []
    for k in range(first, stop):
        run = _run_on(k, lines[k], gazetteer, scope, examples="any")
        text = lines[k].stripped
        told = _tells_place(lines[k], gazetteer, scope) or _own_body_acts(text, scope)
        if len(run) < 2 and k > first and told:
            run = [Anchor(k, None, (first_sentence(lines[k]),), k)]
        elif len(run) < 2 and k > first and (at := _writer_acts(text, scope)) is not None:
            run = [Anchor(k, None, (first_sentence(lines[k], at),), k)]  # 我们在全区推行…
        if run:
            _close(stories, k)
            stories += _left_open(run, lines[k], k)
    _close(stories, stop)
    opening = lines[first].stripped
    said = answer_start(opening)
    if stories and (at := _writer_acts(opening[said:], scope)) is not None:
        own = first_sentence(lines[first], said + at)  # 陈永和：去年以来，我们在全市推行…
        stories.insert(0, Anchor(first, None, (own,), first, stories[0].index))
    return stories


def _series_of_own_body(
    lines: list[Line], answer: Anchor, series: list[Anchor], stop: int, scope: Region | None
) -> list[Anchor]:
    """An answer in which a body of the document's own place lists its work as a series
    (近年来，省市场监管局主要抓了两方面工作。一是在全省推行…；二是推行…): each item a case."""
    kinds = _own_body_kinds(scope.level) if scope else ()
    items = [a for a in series if answer.body_from <= a.index < stop]
    if not kinds or len(items) < 2 or items[0].index != answer.body_from:
        return []
    line = lines[answer.body_from]
    lead = line.text[: items[0].heading[0].start - line.start]
    own = load_cues().regex("segment", "own-body")
    bodies = (own.match(lead[k:]) for k in range(len(lead)) if lead.startswith(kinds, k))
    return items if any(bodies) else []


def _examples_after(
    lines: list[Line], answer: Anchor, gazetteer: Gazetteer, scope: Region | None
) -> list[Anchor]:
    """An answer that opens with its place's practice, then cites another place's as an
    example in a later paragraph (沈阳市聚焦…。 … 比如，铁西区作为老工业基地…): the answer up
    to the example, and the example, each a case; none when it cites no other place."""
    own = lead_place(lines[answer.body_from].stripped, gazetteer, scope)
    stop = len(lines) if answer.stop is None else answer.stop
    for k in range(answer.body_from + 1, stop):
        within = own.region if own is not None else scope  # 铁西区 of the answer's 沈阳
        run = _run_on(k, lines[k], gazetteer, within, examples="any")
        told = _story_place(run[0], gazetteer, within) if run else None
        if told is not None and own is not None and told.region != own.region:
            stories = [replace(answer, stop=k), *_left_open(run, lines[k], k)]
            _close(stories, stop)
            return stories
    return []


def _tells_place(line: Line, gazetteer: Gazetteer, scope: Region | None) -> bool:
    """Whether a paragraph, or an answer past its label and courtesies, opens with a place's
    story, perhaps after the problem it takes on (谢谢您的提问。针对…的问题，景德镇市推出…)."""
    text = line.stripped
    words = past_courtesies(text, answer_start(text))
    frame = load_cues().regex("segment", "frame-clause").match(text[words:])
    lead = lead_place(text[words:], gazetteer, scope)
    reach = _OPENING + (frame.end() if frame else 0)
    return lead is not None and lead.at <= reach and not _steps_back(lead, scope, gazetteer)


def _untold_sections(
    lines: list[Line],
    headings: dict[int, int],
    stories: list[Anchor],
    gazetteer: Gazetteer,
    scope: Region | None,
) -> dict[int, Anchor]:
    """Headed sections that hold no place-led story but name a place of their own (below the
    scope): each is one case, headed by its heading, among the stories of the others; not a
    section on problems or advice, one that opens with what experts say, or a ranking."""
    starts = sorted(headings)
    closing = load_cues().regex("segment", "closing-paragraph")
    ranking = load_cues().regex("segment", "ranking")
    out = {}
    for k, i in enumerate(starts):
        stop = starts[k + 1] if k + 1 < len(starts) else len(lines)
        if any(i < story.index < stop for story in stories) or holds_no_cases(lines[i].stripped):
            continue  # 五、存在的短板 names the places that lag: no case of theirs
        text = "".join(ln.stripped for ln in lines[i:stop])
        chains = place_chains(text, gazetteer, scope)
        if chains and chains[0][0].start == 0 and _listed(text, chains, 0):
            continue  # 合肥、南昌：中部双城的“服务竞赛”: a headline over both places' stories
        if closing.match(lines[headings[i]].stripped):
            continue  # 受访专家认为，…盐城、黄石等地的探索表明…: comment, recalling places
        if ranking.search(text):
            continue  # 一、营商环境口碑 over 最佳口碑城市（前10名）依次为：…: a survey's ranking
        if any(not _is_scope(c[-1].region, scope, gazetteer) for c in chains):
            out[i] = Anchor(i, None, (tail(lines[i], 0),), headings[i], stop)
    return out


def _marked(doc: Document, lines: list[Line]) -> set[int]:
    """Lines opened by the mark a roundup sets before every case heading (▲, ■, 【江苏南京】),
    when that mark recurs, listed by a table of contents, or set over a date as a list of news
    sets its titles: the first of them is a case, even right under the title. The title's own
    column tag (【内地营商】…) marks no heading."""
    title = title_line(doc)
    marks = _with_recurring_emoji(
        doc,
        lines,
        {
            i: mark
            for i, line in enumerate(lines)
            if (mark := heading_mark(doc, line))
            and not (title and line.start <= title.start < line.end)
        },
    )
    lone = {i for i, mark in marks.items() if mark == "【" and _lone_tag(lines[i].stripped)}
    if sum(mark == "【" for mark in marks.values()) - len(lone) >= _LISTED_NEWS:
        marks = {i: mark for i, mark in marks.items() if i not in lone}  # 【各地动态】: a section
    counts = Counter(marks.values())
    dated = _dated_titles(doc, lines)
    return (
        {i for i, mark in marks.items() if counts[mark] >= 2}
        | listed_in_contents(doc, lines)
        | dated
        | _question_headings(lines)
    )


def _with_recurring_emoji(
    doc: Document, lines: list[Line], marks: dict[int, str]
) -> dict[int, str]:
    """The marks less the emoji that open a line once where another emoji opens several (a
    post's 🔥 title over its 📌 headings): the recurring one marks the headings. Where none
    recurs, each heading has its own (1️⃣ 2️⃣ 3️⃣) and all stay."""
    raw = {i: marks_before(doc, lines[i]) for i, mark in marks.items() if mark == "emoji"}
    counts = Counter(raw.values())
    if not any(n >= 2 for n in counts.values()):
        return marks
    return {i: mark for i, mark in marks.items() if i not in raw or counts[raw[i]] >= 2}


def _question_headings(lines: list[Line]) -> set[int]:
    """Headings that ask what their section answers (“小错重罚”怎么避免？), two or more: the
    first of them heads a case too, even right under the title and an editor's note."""
    asked = {
        i
        for i, line in enumerate(lines[:-1])
        if line.stripped.endswith(("?", "？"))
        and _heading_shaped(line.stripped, _HEADING_CHARS)
        and is_prose(lines[i + 1].stripped)
    }
    return asked if len(asked) >= 2 else set()


def _tag_over_words(text: str) -> bool:
    """A bracketed tag that opens its heading's words (【资阳区】涉企检查“扫码入企”)."""
    tag = load_cues().regex("segment", "heading-tag").match(text)
    return tag is not None and tag.end() < len(text)


def _over_a_heading(lines: list[Line], i: int) -> bool:
    """Whether the line after ``i`` heads the prose after it: a heading of its own."""
    return (
        i + 2 < len(lines)
        and _heading_shaped(lines[i + 1].stripped, _HEADING_CHARS)
        and is_prose(lines[i + 2].stripped)
    )


def _lone_tag(text: str) -> bool:
    """A bracketed tag that is a whole line (【各地动态】, 【下一步工作】): among tags that head
    their items' words (【资阳区】涉企检查“扫码入企”), a bulletin's section label, no case."""
    tag = load_cues().regex("segment", "heading-tag").match(text)
    return tag is not None and tag.end() == len(text)


def _dated_titles(doc: Document, lines: list[Line]) -> set[int]:
    """The titles of a web page's list of news, each over its date and time (or its
    发布时间：… line; either may be left out of the content lines) or with its date after it
    on its line, three or more."""
    cues = load_cues()
    date, stamp = cues.regex("segment", "news-date"), cues.regex("segment", "news-stamp")
    dated = {
        i
        for i, line in enumerate(lines[:-1])
        if not is_prose(line.stripped)
        and (
            date.match(lines[i + 1].stripped)
            or date.match(_rest_of_line(doc, line))
            or any(
                stamp.match(raw.strip()) or date.match(raw.strip())
                for raw in _between(doc, line, lines[i + 1])
            )
        )
    }
    return dated if len(dated) >= _LISTED_NEWS else set()


def _rest_of_line(doc: Document, line: Line) -> str:
    """What the text's line holds after a content line (a news list's date set after its
    title: 固安县推行…审批模式　　2026-05-12), stripped."""
    end = doc.view.find("\n", line.end)
    return doc.view[line.end : len(doc.view) if end < 0 else end].strip()


def _between(doc: Document, line: Line, after: Line) -> list[str]:
    """The raw lines of the text between two content lines (furniture left out of them)."""
    return doc.view[line.end : after.start].splitlines()


def heading_blocks(lines: list[Line], marked: set[int] = frozenset()) -> dict[int, int]:
    """Heading line index → index of the first body line (past a summary line under it).

    A heading is a short line without a full stop followed by body text; the short lines
    above the first paragraph are the title and kicker, not headings, unless they carry the
    mark the later headings carry (``marked``).
    """
    blocks: dict[int, int] = {}
    head_end = load_cues().regex("segment", "head-end")
    tagged_items = sum(_tag_over_words(lines[i].stripped) for i in marked) >= _TAGGED_ITEMS
    seen_prose = False
    i = 0
    while i < len(lines):
        text = lines[i].stripped
        if is_prose(text) or head_end.match(text):
            seen_prose = True  # a bulletin's 第12期, a rule ◆◆◆: the titles after it head items
        elif (tagged_items or _over_a_heading(lines, i)) and _lone_tag(text):
            pass  # 【县市经验】 over its items' headings, or among tagged items: a label
        elif (seen_prose or i in marked) and _heading_shaped(text, _HEADING_CHARS):
            if seen_prose and _in_a_boxed_list(lines, i, marked):
                i += 1
                continue  # the last item of a box's list (【数据】 ● … ● …), over a heading
            body = i + 1
            while body < len(lines) and figure_item(lines[body].stripped):
                body += 1  # 【清远·…】 over 1｜48个 over what the figure counts
            if body < len(lines) and _heading_shaped(lines[body].stripped, _SUMMARY_CHARS):
                body += 1
            if body < len(lines) and is_prose(lines[body].stripped):
                blocks[i] = body
                i = body
                continue
        i += 1
    return blocks


_TAGGED_ITEMS = 2
"""Tags over their items' words that make the text's lone tags section labels: a news item's
one 【本报消息】 is no list of tagged items."""


def _in_a_boxed_list(lines: list[Line], i: int, marked: set[int]) -> bool:
    """Whether line ``i`` is an item of a list (● … ● …, marked, or · … · … as written)
    under a box's label (【数据】, 【财新数据】 over its title): a line of the box, however like
    a heading."""
    if i not in marked and lines[i].stripped[:1] not in _LIST_BULLETS:
        return False
    k = i - 1
    while k >= 0 and not is_prose(lines[k].stripped):
        if box_label(unemphasised(lines[k].stripped)):
            return True
        k -= 1
    return False


def figure_item(text: str) -> bool:
    """Whether a line holds only a numbered figure (1｜48个, 0｜背景: a 数说 page's numbers
    under its case's heading, each over what it counts): part of that case, no heading."""
    numbered = _FIGURE_NUMBER.match(text)
    figure = load_cues().regex("segment", "figure-heading")
    return numbered is not None and figure.match(text[numbered.end() :]) is not None


_FIGURE_NUMBER = re.compile(r"\d{1,2}\s*[|｜]\s*")
_LIST_BULLETS = "·•▪◦-"
"""Marks a box's list may keep before each line (· 2025年，全国…)."""


def _heading_shaped(text: str, limit: int) -> bool:
    """A short line (not a part's bare number, 01, which only parts the text; a figure, 97.6%,
    may head what it counts; not a reporter's question, 记者：…？, inside a report; not the
    credit that closes a case, （乌鲁木齐银行报送）; not a how-to line inside a case,
    办理方式：…, 咨询电话：…)."""
    cues = load_cues()
    return (
        _PART_NUMBER.fullmatch(text) is None
        and not cues.regex("segment", "interviewer").match(text)
        and not cues.regex("segment", "closing-credit").match(text)
        and not cues.regex("segment", "how-to-line").match(text)
        and not figure_item(text)
        and len(text) >= 2
        and is_heading_like(text, limit)
        and not text.endswith((":", "——"))
    )


# --- one case told in stages ------------------------------------------------------------------


def _headed_by_places(
    lines: list[Line], headings: dict[int, int], gazetteer: Gazetteer, scope: Region | None
) -> bool:
    """Whether most headings open with a place of their own (【湖北孝感】…“一件事”一次办,
    【甘肃景泰】…): the cases of those places, not stages of one reform the lead names."""
    placed = [i for i in headings if _heading_place(lines[i], gazetteer, scope)]
    return len(placed) >= _COMPARED and 2 * len(placed) > len(headings)


def _heading_place(line: Line, gazetteer: Gazetteer, scope: Region | None) -> Region | None:
    """The place a heading opens with, past a bracket (【贵州毕节七星关区】… → 七星关区)."""
    chains = place_chains(line.stripped[:_NAME_ROOM], gazetteer, scope)
    return chains[0][-1].region if chains and chains[0][0].start <= 1 else None


def _stories_of_their_headings(
    lines: list[Line],
    headings: dict[int, int],
    stories: list[Anchor],
    gazetteer: Gazetteer,
    scope: Region | None,
) -> bool:
    """Whether every story under a heading is told of the heading's own place or a place in
    it (七星关区 under 【贵州毕节七星关区】), none of another (顺德区 under 南沙：…)."""
    starts = sorted(headings)
    aside = load_cues().regex("segment", "aside-item")
    for story in stories:
        above = [i for i in starts if i <= story.index]
        told = _story_place(story, gazetteer, scope)
        if not above or told is None or aside.match(story.heading[0].stripped):
            continue  # 另据了解，毕节市其他县…也正在借鉴…: an aside, no story of its own
        own = _heading_place(lines[above[-1]], gazetteer, scope)
        if own is None or not gazetteer.is_within(told.region, own):
            return False
    return True


def _one_case_in_stages(lines: list[Line], headings: dict[int, int]) -> bool:
    """The headings are facets of one reform: the lead names them (unless it counts them as
    several reforms: 三项改革), they are facet words (主要做法, 取得成效), or they name its
    stages (起步：…, 深化：…, 2.0版)."""
    cues = load_cues()
    stage = cues.regex("segment", "stage-heading")
    first_heading = min(headings)
    lead = "".join(ln.stripped for ln in lines[:first_heading])
    texts = [lines[i].stripped for i in headings]
    several = cues.regex("segment", "several-reforms").search(lead)
    named = 0 if several else sum(any(core in lead for core in _cores(text)) for text in texts)
    facets = sum(map(is_facet_heading, texts))  # 主要做法, 【区里回应】
    stages = sum(bool(stage.search(text)) for text in texts)
    most = max(named, facets, stages)
    return len(texts) >= 2 and most * 2 >= len(texts) and most >= 2


def _lead_lists_sides(lines: list[Line], headings: dict[int, int], gazetteer: Gazetteer) -> bool:
    """The lead lists what the one reform tackles (破解品种登记慢、知识产权保护难、融资难等问题),
    an item per heading, and each section in turn takes its item up: the sections are the
    sides of one case. A list of places (走访上海、深圳等地) is a roundup's, not sides."""
    starts = sorted(headings)
    lead = "".join(ln.stripped for ln in lines[: starts[0]])
    sections = _section_texts(lines, starts)
    for clause in _CLAUSE.split(lead):
        if "等" not in clause or len(starts) < 2:
            continue
        items = clause.rsplit("等", 1)[0].split("、")
        if len(items) == len(sections) and all(
            _takes_up(item, section) and not find_regions(item, gazetteer, None)
            for item, section in zip(items, sections, strict=True)
        ):
            return True
    return False


def _places_apart(
    stories: list[Anchor],
    lines: list[Line],
    leads: list[Lead | None],
    gazetteer: Gazetteer,
    scope: Region | None,
) -> bool:
    """Whether the stories are told by places apart (烟台市, 威海市): no one place holds or
    lies in two thirds of them (沈阳市, 沈阳市 and a comparison with 深圳 are one place's).
    A lead's list of indicators is then a list of themes over several places' cases, not one
    case's sides; sections that each take the lead's quoted practice up, several places'."""
    told = (_told_by(s, lines, leads, gazetteer, scope) for s in stories)
    places = [lead.region for lead in told if lead]
    return _none_holds_two_thirds(places, gazetteer)


def _told_by(
    story: Anchor,
    lines: list[Line],
    leads: list[Lead | None],
    gazetteer: Gazetteer,
    scope: Region | None,
) -> Lead | None:
    """The place whose story an anchor opens: its title's, else the place its paragraph is
    set in (a quote opens it: “原以为…。”在宜春市…)."""
    return _story_place(story, gazetteer, scope) or _setting(
        lines[story.index].stripped, leads[story.index]
    )


def _none_holds_two_thirds(places: list[Region], gazetteer: Gazetteer) -> bool:
    """No place holds or lies in two thirds of the places listed."""
    most = max((sum(gazetteer.nests(p, q) for q in places) for p in places), default=0)
    return 3 * most < 2 * len(places)


def _sections_apart(
    stories: list[Anchor],
    headings: dict[int, int],
    lines: list[Line],
    leads: list[Lead | None],
    gazetteer: Gazetteer,
    scope: Region | None,
) -> bool:
    """Whether the sections are told by places apart: the first story of each section that
    has one is set in its own place (郴州市…, then 鼎城区…, then 浏阳市…), none holding or lying
    in two thirds of the sections, however often a section comes back to its place."""
    starts = sorted(headings)
    first: dict[int, Region] = {}
    for story in stories:
        section = max((h for h in starts if h < story.index), default=None)
        lead = _told_by(story, lines, leads, gazetteer, scope)
        if section is not None and lead and section not in first:
            first[section] = lead.region
    places = list(first.values())
    return len(places) >= 2 and _none_holds_two_thirds(places, gazetteer)


def _section_texts(lines: list[Line], starts: list[int]) -> list[str]:
    """The words of each section, from its heading to the next one's."""
    ends = [*starts[1:], len(lines)]
    return ["".join(ln.stripped for ln in lines[a:b]) for a, b in zip(starts, ends, strict=True)]


def _takes_up(item: str, section: str) -> bool:
    """The section repeats a word of the item: 4 characters of it (品种登记), or all but the
    last of a short item (融资 of 融资难)."""
    size = max(2, min(4, len(item) - 1))
    return any(item[k : k + size] in section for k in range(len(item) - size + 1))


def _labelled_stages(lines: list[Line], headings: dict[int, int], gazetteer: Gazetteer) -> bool:
    """Every heading opens with a two-character label and a colon that is no place (划转：…,
    重塑：…, 监督：…), and no section tells another place's story: the steps or sides of
    one place's one reform, not its several practices."""
    label = load_cues().regex("segment", "stage-label")
    opened = [label.match(lines[i].stripped) for i in headings]
    return len(opened) >= 2 and all(
        match and not find_regions(match.group(), gazetteer, None) for match in opened
    )


def _one_reform_in_sections(
    lines: list[Line], headings: dict[int, int], scope: Region | None
) -> bool:
    """A long read on one place's one reform: its headline names the place and ends with the
    reform (沈阳拆掉中介“隐形门”：一座老工业城市的审批中介改革), and every section takes the
    reform's name up (中介); or it quotes the names two sections open with before a colon
    (海口：“一枚印章”审到底　“一张网”管全程 over 一枚印章：…, 一张网：…; or a lead lists them in
    one quote: 景宁…提供“全程帮办、上门代办、跟踪问效”服务 over 全程帮办：…), or names its quoted
    reform that all sections but one take up (合肥“免申即享”一年：…): the sections are its sides,
    not the place's several practices (read_feature asks too that their stories are one
    place's: 朝阳区…, 海淀区… under a lead quoting the 一件事 each does are several cases)."""
    if scope is None:
        return False
    starts = sorted(headings)
    named = load_cues().regex("segment", "reform-in-title")
    openings = [lines[i].stripped for i in starts]
    for line in lines[: starts[0]]:
        quoted = set(_QUOTED.findall(line.stripped))
        sides = {item for q in quoted for item in _LISTED_SIDES.split(q)} - quoted
        if sum(any(o.startswith(f"{q}:") for o in openings) for q in sides) >= _SIDES_IN_TITLE:
            return True  # a lead's list of the sides, whatever place it names
        if short_form(scope.name) not in line.stripped:
            continue
        if reform := named.search(line.stripped):
            sections = _section_texts(lines, starts)
            return len(sections) >= 2 and all(reform.group(1) in text for text in sections)
        if sum(any(o.startswith(f"{q}:") for o in openings) for q in quoted) >= _SIDES_IN_TITLE:
            return True
        sections = _section_texts(lines, starts)
        if len(sections) >= _SIDES_TAKING_UP + 1 and any(
            sum(q in text for text in sections) >= len(sections) - 1 for q in quoted
        ):
            return True  # 合肥“免申即享”一年：… over sections that all but one take 免申即享 up
    return False


def _reform_the_lead_names(
    lines: list[Line], headings: dict[int, int], gazetteer: Gazetteer, scope: Region | None
) -> bool:
    """A headline that names a place and quotes its reform, over a lead that says the place
    carries the reform out (肇东市推行工程建设项目审批“一链办理” over …推行…“一链办理”改革):
    the sections under it (审批前移：…, 并联审批：…, 帮办代办：…) are the reform's sides."""
    first = min(headings)
    in_lead = load_cues().regex("segment", "reform-in-lead")
    for k, line in enumerate(lines[:first]):
        quoted = set(_QUOTED.findall(line.stripped))
        if quoted and place_chains(line.stripped, gazetteer, scope):
            lead = "".join(ln.stripped for ln in lines[k + 1 : first])
            return bool(quoted & {m.group(1) for m in in_lead.finditer(lead)})
    return False


_LISTED_SIDES = re.compile(r"[、,]")
"""What parts the sides a lead lists in one quote (“全程帮办、上门代办、跟踪问效”)."""
_SIDES_IN_TITLE = 2
"""Sections a headline names by quoting their openings, enough to make them sides of one story."""
_SIDES_TAKING_UP = 2
"""Sections that must take a headline's quoted reform up, besides one that may not."""


def _cores(heading: str) -> list[str]:
    """What a lead would repeat of a heading: its quoted terms, or the whole short heading."""
    quoted = _QUOTED.findall(heading)
    if quoted:
        return quoted
    bare = heading.rstrip("?？!！")
    return [bare] if len(bare) <= _CORE else []


def whole_document(doc: Document, lines: list[Line]) -> Anchor:
    """The whole text as one case, headed by its title or else its first sentence, from the
    line that holds the title: a site's or a bulletin's masthead above it (青海省住房和城乡
    建设厅, a menu row) is no part of the case and does not end it."""
    heading = title_line(doc) or first_sentence(lines[0])
    at = next((i for i, ln in enumerate(lines) if ln.end > heading.start), 0)
    return Anchor(at, None, (heading,), at)


def title_line(doc: Document) -> Line | None:
    """The line that states the document's title, cut to the title itself."""
    title = doc.metadata.title
    if not title:
        return None
    tag = load_cues().regex("segment", "column-tag")
    for line in doc.lines()[:40]:
        at = line.text.find(title)
        if at >= 0 and not line.stripped.startswith("title:"):
            text = tag.sub("", title).rstrip()
            start = line.start + at
            return Line(start, start + len(text), text)
    return None


# --- headed cases ----------------------------------------------------------------------------


def _headed_cases(lines: list[Line], headings: dict[int, int]) -> list[Anchor]:
    return [Anchor(i, None, (tail(lines[i], 0),), body) for i, body in sorted(headings.items())]


# --- place stories ---------------------------------------------------------------------------


def _stories(
    lines: list[Line],
    headings: dict[int, int],
    leads: list[Lead | None],
    gazetteer: Gazetteer,
    scope: Region | None,
) -> list[Anchor]:
    """Runs of paragraphs that stay with one place, each opened by a paragraph it leads.

    A story opens where a paragraph starts with a place (within its first few characters);
    the scope named anywhere in the first sentence or so ends it.
    """
    anchors: list[Anchor] = []
    place: Lead | None = None
    summaries = {j for i, body in headings.items() for j in range(i + 1, body)}
    asking = load_cues().regex("segment", "interviewer")
    closing = load_cues().regex("segment", "closing-paragraph")
    stepped: tuple[Lead | None, int] | None = None  # the story the writer stepped back from
    for i, line in enumerate(lines):
        lead = leads[i]
        if asking.match(line.stripped):
            continue  # 记者：从申请到放款用了多长时间？ a report's question, inside its story
        if lead is not None and i not in headings and closing.match(line.stripped):
            _close(anchors, i)  # 下一步，九江市将组织…学习借鉴: what comes next, no story
            place = None
            continue
        breaks = i in headings or i in summaries or not is_prose(line.stripped)
        if not breaks and (own := _own_body_acts(line.stripped, scope)):
            _close(anchors, i)  # 自治区税务局日前在全区推行…: the province's own story
            anchors.append(Anchor(i, None, (first_sentence(line),), i))
            place = own
            continue
        if not breaks and (at := _writer_acts(line.stripped, scope)) is not None:
            _close(anchors, i)  # 我们在全省推行…: the province's own story, told by it
            anchors.append(Anchor(i, None, (first_sentence(line, at),), i))
            place = Lead(scope, at) if scope else None
            continue
        if not breaks and lead is None and run_in_headline(line.stripped):
            _close(anchors, i)  # 【A股收评：…】…: a feed's item of its own that tells no place
            place = None
            continue
        stepping_back = lead is not None and _steps_back(lead, scope, gazetteer)
        if (
            not breaks
            and (stepping_back or lead is None or lead.at > _OPENING)
            and (run := _run_on(i, line, gazetteer, scope))
            and not _goes_on(run, place, gazetteer, scope)
        ):
            _close(anchors, i)
            anchors += _left_open(run, line, i)
            place = _story_place(run[-1], gazetteer, scope)
        elif breaks or stepping_back:
            _close(anchors, i)
            stepped = (place, len(anchors)) if stepping_back and not breaks else None
            place = None
        elif (
            lead is not None
            and lead.at <= _OPENING
            and stepped
            and stepped[0]
            and stepped[1] == len(anchors)
            and lead.region == stepped[0].region
            and not _a_voice(line.stripped, 0)
        ):  # 竹山县推出…。湖北省将…。去年8月，竹山县…: the story goes on past the province's words
            anchors[-1] = replace(anchors[-1], stop=None)
            place, stepped = stepped[0], None
        elif (
            lead is not None
            and lead.at <= _OPENING
            and not _a_voice(line.stripped, 0)  # 香港陕西社团总会会长表示，…: a voice, no story
            and not (
                place
                and not _below_a_province(lead, place)
                and _same_place(lead, place, gazetteer)
                and not _amid_place_items(lines, leads, anchors, i)
            )
        ):  # after a province's own story, a place in it tells its own
            _close(anchors, i)
            series = _clause_series(line, gazetteer, scope)
            run = [] if series else _run_on(i, line, gazetteer, scope)
            if run[1:] and run[0].heading[0].start == line.content_start:
                anchors += _left_open(run, line, i)  # 在黑龙江大庆，…。记者在黑龙江黑河市看到，…
                place = _story_place(run[-1], gazetteer, scope)
                continue
            for clause, _ in series[:-1]:
                anchors.append(Anchor(i, None, (clause,), i, i + 1, clause.end))
            skip = series[-1][0].start - line.content_start if series else 0
            anchors.append(Anchor(i, None, (first_sentence(line, skip),), i))
            place = series[-1][1] if series else lead
    _close(anchors, len(lines))
    return anchors


def _own_body_acts(text: str, scope: Region | None) -> Lead | None:
    """A paragraph whose first clause has a body of the document's own province or city do
    something (自治区税务局日前在全区推行…, 省司法厅已建成…, 河北省市场监督管理局上线…, a city's
    minutes: 市数据局依托…, after a time word or a level: 目前，…, 在省级层面，…, or a post's
    headline run into it: 【我省…】近日，…): the place's own story, though the place named alone
    would be the writer stepping back."""
    cues = load_cues()
    kinds = _own_body_kinds(scope.level) if scope else ()
    if scope is None or not kinds:
        return None
    headline = run_in_headline(text)
    at = headline.end() if headline else 0
    opener = cues.regex("segment", "story-opener").match(text, at)
    start = opener.end() if opener else at
    said = _without_place_name(text[start:], scope, kinds)  # the cue is anchored at line start
    body = cues.regex("segment", "own-body").match(said)
    if body is None or not said.startswith(kinds):
        return None
    rest = said[body.end() :]
    clause = rest[: first(rest, ",;。:") or len(rest)]
    speech = cues.regex("speech", "said")
    done = cues.regex("segment", "practice-verb").search(clause[:_BODY_TO_VERB])
    if done is None or speech.search(clause) or cues.regex("segment", "frame").search(clause):
        return None  # 自治区党委、自治区人民政府把优化营商环境作为…: a frame, not a deed
    return Lead(scope, start)


def _without_place_name(text: str, scope: Region, kinds: tuple[str, ...]) -> str:
    """A text that opens with the place's full name (河北省市场监督管理局…) from its type word
    on (省市场监督管理局…), as the place's own bodies are written."""
    for kind in kinds:
        if scope.name.endswith(kind) and text.startswith(scope.name):
            return text[len(scope.name) - len(kind) :]
    return text


def _writer_acts(text: str, scope: Region | None) -> int | None:
    """Where a paragraph of a text written for a province or a city by its own people starts
    telling what it did in the first person (我们在全省推行…, 我们在全市推行…; after a short topic
    sentence: 法治是最好的营商环境。我们在全省推行…, or a level, after which whatever it did
    is the province's: 在省级层面，我们把…作为…), if it does: the province's own story."""
    if scope is None or scope.level not in ("province", "city"):
        return None
    cues = load_cues()
    writer = cues.regex("segment", "writer-first-person")
    opener = cues.regex("segment", "story-opener").match(text)
    topic = text.find("。")
    starts = [opener.end() if opener else 0, *([topic + 1] if 0 < topic < _TOPIC_SENTENCE else [])]
    for start in starts:
        said = writer.match(text[start:])
        if said is None:
            continue
        rest = text[start + said.end() :]
        clause = rest[: first(rest, ",;。:") or len(rest)]
        done = cues.regex("segment", "practice-verb").search(clause[:_BODY_TO_VERB])
        at_level = start > 0 and opener is not None and "层面" in opener.group()
        if at_level or (done and not cues.regex("segment", "frame").search(clause)):
            return start
    return None


def _own_body_kinds(level: str) -> tuple[str, ...]:
    """How a province's or a city's own bodies open in its documents (省司法厅, 市数据局): the
    ``own-body-{level}`` cues; none for other levels."""
    cues = load_cues()
    kind = f"own-body-{level}"
    return cues.terms("segment", kind) if kind in cues.tables["segment"] else ()


_BODY_TO_VERB = 10
"""A body does the work when its verb comes this close after its name (日前在全区推行, 已建成)."""


def _amid_place_items(
    lines: list[Line], leads: list[Lead | None], anchors: list[Anchor], i: int
) -> bool:
    """Is paragraph i one of a list of one-sentence items each opened by its place (渭南市推行…。
    / 韩城市推行…。 / 延安市推行…。)? Then a place inside the one before is an item of its own."""
    if not (anchors and anchors[-1].index == i - 1 and i + 1 < len(lines)):
        return False
    items = (i - 1, i, i + 1)
    return all(
        (lead := leads[k]) is not None and lead.at == 0 and _one_sentence(lines[k].stripped)
        for k in items
    )


def _one_sentence(text: str) -> bool:
    return not _SENTENCE_END.search(text.rstrip(SENTENCE_STOPS))


def _goes_on(
    run: list[Anchor], place: Lead | None, gazetteer: Gazetteer, scope: Region | None
) -> bool:
    """A paragraph whose one story, after its topic sentence, is the place of the story going
    on or one holding it (…得益于株洲市搭建的平台。株洲市发展改革委牵头，…): the same story, told
    on; a place inside it (工业项目…改革跑出加速度。吴兴区将… after 湖州市's) tells its own."""
    if place is None or len(run) > 1:
        return False
    told = _story_place(run[0], gazetteer, scope)
    if told is None or told.town or place.town:
        return told is not None and _same_place(told, place, gazetteer)
    return gazetteer.is_within(place.region, told.region)  # not 吴兴区将… after 湖州市…


def _left_open(run: list[Anchor], line: Line, index: int) -> list[Anchor]:
    """A paragraph's stories with the last one left open when it runs to the paragraph's
    end: the paragraphs after it that no place leads go on with it (a script's 【解说】 and
    【同期声】 after the host's intro); one the writer stepped back from stays closed."""
    last = run[-1]
    if last.until is not None and last.until < line.end:
        return run
    return [*run[:-1], Anchor(index, last.label, last.heading, index)]


def _story_place(story: Anchor, gazetteer: Gazetteer, scope: Region | None) -> Lead | None:
    """The place whose story an anchor opens, past the words that open its sentence."""
    text = story.heading[0].text
    opener = load_cues().regex("segment", "story-opener").match(text)
    return lead_place(text[opener.end() if opener else 0 :], gazetteer, scope)


def _clause_series(
    line: Line, gazetteer: Gazetteer, scope: Region | None
) -> list[tuple[Line, Lead]]:
    """A paragraph that tells several places' stories in clauses (``广州…;惠州…;佛山则…``):
    each clause with the place that leads it, when every clause opens with its own place."""
    text = line.stripped
    starts = [0, *(k + 1 for k, char in enumerate(text) if char == ";" and k + 1 < len(text))]
    if len(starts) < 2:
        return []
    series = []
    for start, end in zip(starts, [*starts[1:], len(text) + 1], strict=True):
        lead = lead_place(text[start:], gazetteer, scope)
        if lead is None or lead.at > _OPENING:
            return []
        clause = tail(line, start)
        size = end - 1 - start
        series.append((Line(clause.start, clause.start + size, text[start : end - 1]), lead))
    places = [lead for _, lead in series]
    unrelated = all(
        not _same_place(a, b, gazetteer) for k, a in enumerate(places) for b in places[k + 1 :]
    )
    return series if unrelated else []


def _run_on(
    index: int,
    line: Line,
    gazetteer: Gazetteer,
    scope: Region | None,
    examples: Literal["none", "any", "of many"] = "none",
) -> list[Anchor]:
    """A paragraph (led by a place or not) that runs several places' stories on, sentence after
    sentence or item after item (a web excerpt whose line breaks were lost: …今年以来，各地…。
    银川市…。石嘴山市…; …；山东青岛…；湖南长沙市…; ①南宁市…②柳州市…: the item-break cues):
    a case from each sentence led by a place of its own, running to the next such sentence or
    to a sentence where the writer steps back (…，全区的做法…); none unless two places tell,
    or one tells after a short topic sentence (减少检查不等于放松监管。在青海海东，…), or after
    an example's lead-in: with ``examples`` "any" (an official's answer: …。比如，湖州市吴兴区…),
    or "of many" where the words before it speak of many places (各地…。例如，酒泉市…; then
    no story after a topic sentence alone)."""
    text = line.stripped
    cues = load_cues()
    cited = [m.end() for m in cues.regex("segment", "example-lead").finditer(text)]
    breaks = [
        *(m.end() for m in _SENTENCE_END.finditer(text)),
        *(m.end() for m in cues.regex("segment", "item-break").finditer(text)),
        *cited,
    ]
    starts = sorted({0, *(k for k in breaks if k < len(text))})
    opens: list[tuple[int, Lead]] = []
    stop = len(text)
    opener = cues.regex("segment", "story-opener")
    authored: set[int] = set()
    turn = cues.regex("segment", "comment-turn")
    figures = cues.regex("segment", "figures-source")
    person = cues.regex("segment", "person-subject")
    figures_end = leading_figures = 0  # where the sentences of figures end (those opening it)
    for k in starts:
        if k < figures_end:
            continue  # …全国…；内蒙古全区外贸进出口突破2000亿元。: the figures go on
        if figures.match(text, k):
            figures_end = text.find("。", k) + 1 or len(text)
            leading_figures = figures_end if k == leading_figures else leading_figures
            continue
        if opens and turn.match(text, k):
            stop = k  # 这些做法说明，…: the writer sums the stories up, none of them goes on
            break
        if scope is not None and _author_acts(text, k):
            if not opens or opens[-1][1].region != scope:
                opens.append((k, Lead(scope, 0)))  # 我局牵头推行…: the report's author's own
                authored.add(k)
            continue
        if k and person.match(text, k):
            continue  # 他去年把分拨中心…搬到泸州: the anecdote goes on
        skip = opener.match(text, k)
        lead = lead_place(text[skip.end() if skip else k :], gazetteer, scope)
        if lead is None or lead.town is not None or (k and _a_voice(text, k)):
            continue
        if _steps_back(lead, scope, gazetteer):
            if opens:
                stop = k
                break
        elif lead.at <= (_OPENING if k == 0 else _SENTENCE_OPENING) and not (
            opens
            and opens[-1][0] not in authored  # after the author's own, a place tells its own
            and _same_place(lead, opens[-1][1], gazetteer)
            and not (text.startswith("在", k) and _below_a_province(lead, opens[-1][1]))
            and (k in cited or not _names_its_own_practice(text, k, opens[-1], lead))
        ):
            opens.append((k, lead))
    label = _label_sentence(text)  # 再算“成本账”。: the paragraph's label, not its topic
    # a topic may follow the figures (…部数据显示，…。用电多了，接电要快。在吕梁，…), or the story
    # of a place below the province opens right after them (…。安徽六安则…)
    topic = max(label, leading_figures)
    after_topic = bool(opens) and (
        0 < opens[0][0] - topic <= _topic_room(text, opens[0][0])
        or (0 < leading_figures == opens[0][0] and opens[0][1].region.level != "province")
    )
    many = cues.regex("segment", "many-places")
    cites_one = (
        bool(opens)
        and opens[0][0] in cited
        and (
            examples == "any" or (examples == "of many" and bool(many.search(text, 0, opens[0][0])))
        )
    )
    if len(opens) < 2 and not ((after_topic and examples != "of many") or cites_one):
        return []
    ends = [k for k, _ in opens[1:]] + [stop]
    anchors = []
    for (k, _), end in zip(opens, ends, strict=True):
        numeral = text[k] if _CIRCLED.match(text, k) else None  # ①…: the item's label
        heading = _cut(first_sentence(line, k + bool(numeral)), line.at(end - 1) + 1)
        anchors.append(Anchor(index, numeral, (heading,), index, index + 1, line.at(end - 1) + 1))
    return anchors


def _names_its_own_practice(text: str, k: int, story: tuple[int, Lead], lead: Lead) -> bool:
    """Whether the sentence at ``k``, led by a county inside the story's city, names a
    practice of its own, quoted and not told before, once the city has told one of its own
    (本溪市推出“…准营一件事”…。桓仁满族自治县则针对冰酒产业，推行“冰酒生产企业准入一件事”…):
    the county's own story. Not a zone, which hosts the city's practice; not a city in a
    province's story; not the city's story told on (甲市推行“X”。甲市A区作为试点，…) or a
    scene the county's practice follows (在六盘水市下辖的盘州市，…); the caller leaves out an
    example of the city's work (全市推行“…”。例如，七里河区设立“…”)."""
    if lead.town is not None or lead.region.level != "county" or story[1].region.level != "city":
        return False  # a province's story cites its cities (甘肃的做法以天水市最具代表性。…)
    end = text.find("。", k)
    sentence, told = text[k : end if end >= 0 else len(text)], text[story[0] : k]
    if lead.region.name in told:
        return False  # the story's own county (在六盘水市下辖的盘州市，…。盘州市人民法院还推行…)
    named = named_practices(sentence)
    return bool(named_practices(told)) and any(name not in told for name in named)


def named_practices(text: str) -> list[str]:
    """The quoted names after the first practice verb of ``text`` (推行“…”, 推出“…”)."""
    verb = load_cues().regex("segment", "practice-verb").search(text)
    return [m.group(1) for m in PRACTICE_NAME.finditer(text, verb.end())] if verb else []


def _below_a_province(lead: Lead, story: Lead) -> bool:
    """A place below the province whose own story runs (福建方面，福建省商务厅…。 then 福建省内，
    厦门的动作更快。; inside a paragraph set apart by 在: 甘肃则从省级层面…。在张掖市甘州区，…):
    its own story, not the province's told on."""
    below = lead.town is None and lead.region.level != "province"
    return below and story.town is None and story.region.level == "province"


def _author_acts(text: str, k: int) -> bool:
    """Whether the sentence at ``k`` has a report's author do something in the first person
    (我局牵头推行…, 我局在全市推行…): the author's own story among its places' (not 我们,
    which may be anyone's, nor the author directing them: 我局指导各市…)."""
    cues = load_cues()
    writer = cues.regex("segment", "writer-first-person")
    words = [w for w in load_lexicon().terms("first_person") if not writer.match(w)]
    said = next((w for w in words if text.startswith(w, k)), None)
    if said is None:
        return False
    clause = text[k + len(said) : k + len(said) + _BODY_TO_VERB]
    if cues.regex("segment", "many-places").search(clause):
        return False  # 我局指导各市因地制宜…: the places' work, which the author directs
    return cues.regex("segment", "practice-verb").search(clause) is not None


def _label_sentence(text: str) -> int:
    """The length of a paragraph's first sentence when it only labels the paragraph (先算
    “时间账”。 再算“成本账”。), else 0."""
    end = text.find("。") + 1
    return end if 0 < end <= _LABEL_SENTENCE else 0


def _topic_room(text: str, start: int) -> int:
    """How long a topic sentence may be before the one story it opens: longer before a story
    set in its place (…，而是把监管力量用在刀刃上。在重庆市渝北区，…); none when it is what
    someone said (“上个月…没交。”10月下旬，在株洲…: an anecdote's quote, not the writer's topic)."""
    if text.startswith(tuple(OPEN_QUOTES)):
        return 0
    return _SETTING_TOPIC_SENTENCE if text.startswith("在", start) else _TOPIC_SENTENCE


def _cut(heading: Line, end: int) -> Line:
    """A heading no longer than its case, without the semicolon that closes an item
    (…惠及企业8.5万家；)."""
    text = heading.text[: max(0, end - heading.start)].rstrip(";；")
    return Line(heading.start, heading.start + len(text), text)


def _close(anchors: list[Anchor], index: int) -> None:
    """End the open story (if any) before line ``index``."""
    if anchors and anchors[-1].stop is None:
        last = anchors[-1]
        anchors[-1] = Anchor(last.index, last.label, last.heading, last.body_from, index)


def _sections_mix_places(
    lines: list[Line],
    stories: list[Anchor],
    headings: dict[int, int],
    leads: list[Lead | None],
    gazetteer: Gazetteer,
    scope: Region | None,
) -> bool:
    """Does some heading's section hold the stories of two places that do not nest? A story's
    place is its title's, else the place its paragraph is set in (a quote opens it: “以前…”在
    江苏无锡市新吴区，…)."""
    starts = sorted(headings)
    by_section: dict[int, list[Lead]] = {}
    for story in stories:
        section = max((h for h in starts if h < story.index), default=-1)
        lead = _told_by(story, lines, leads, gazetteer, scope)
        if lead is not None:
            by_section.setdefault(section, []).append(lead)
    return any(
        not _same_place(a, b, gazetteer)
        for places in by_section.values()
        for k, a in enumerate(places)
        for b in places[k + 1 :]
    )


def _setting(text: str, lead: Lead | None) -> Lead | None:
    """The place a paragraph is set in (“以前…”在江苏无锡市新吴区，…), not one that says where
    someone comes from (“…”一家广东投资的企业…)."""
    start = _after_opening_quote(text)
    return lead if lead and text[start : start + lead.at].endswith("在") else None


@dataclass(frozen=True)
class Lead:
    """The first place a paragraph names, and how far into its own words it comes; for a
    town or street of the document's place (below any gazetteer), its name, the region being
    the document's place that holds it."""

    region: Region
    at: int
    town: str | None = None


def lead_place(text: str, gazetteer: Gazetteer, scope: Region | None) -> Lead | None:
    """The most specific place of the first place chain in a paragraph's first characters,
    unless the words before it name the place in passing (这一做法已在开封市推广) or it opens
    a list of places (北京、上海、重庆等6个试点城市…: a survey, not one place's story) or
    speaks of all its parts (长沙市各区县…) or the paragraph is a record's field (诉求内容：…);
    a place someone of the story comes back to
    (…回到老家江西于都县) leads it from the paragraph's start; where someone works (在佛山市
    南海区经营…的港商) leads it when no other place follows."""
    if load_cues().regex("segment", "record-field").match(text):
        return None  # 诉求内容：柳北区一家企业反映…: a ticket's field, no story
    if load_cues().regex("segment", "figures-source").match(text):
        return None  # 山西省能源局数据显示，全省…: figures setting the scene, no story
    start = _after_opening_quote(text) + _past_contrast(text, gazetteer, scope)
    zone = text[start : start + _LEAD_ZONE + _NAME_ROOM]
    chains = place_chains(zone, gazetteer, scope, utilities=True)
    if town := _town_lead(zone, chains, gazetteer, scope):
        return town
    arrival = load_cues().regex("segment", "place-arrival")
    for k, chain in enumerate(chains):  # 林晓雨…回到老家江西于都县: where the story goes on
        arrives = chain[0].start < _LEAD_ZONE and arrival.search(zone[: chain[0].start])
        if arrives and not _listed(zone, chains, k):  # 记者来到九龙坡、两江新区等地: a survey
            return Lead(chain[-1].region, 0)
    scene_at = None  # where the place setting the scene of the leading one starts
    for k, chain in enumerate(chains):
        if chain[0].start >= _LEAD_ZONE:
            return None
        before = zone[: chain[0].start]
        quoted = _open_quotes(before)  # 林先生所说的「喺香港都搞得掂」: someone's words, a name
        named = _bracketed(zone, chain[0].start, chain[-1].end)  # 香港中文大学(深圳)
        if in_passing(before) or opens_platform(zone, chain[-1].end) or quoted or named:
            scene_at = None
            continue
        scene = k + 1 < len(chains) and sets_scene(zone, chain, chains[k + 1], gazetteer)
        if zone.startswith(("内,", "内，"), chain[-1].end) or scene:
            scene_at = chain[0].start if scene_at is None else scene_at
            continue  # 福建省内，厦门的动作更快 / 在云南，瑞丽市把…: the city in the scene leads
        if load_cues().regex("segment", "place-people").match(zone, chain[-1].end):
            scene_at = None
            continue  # 香港居民罗太…: where someone comes from, not where the story is
        if load_cues().regex("segment", "place-scene").match(zone, chain[-1].end):
            scene_at = None
            continue  # 上午9点，衢州智造新城的一间会议室里，…: an anecdote's room, no story
        if load_cues().regex("segment", "place-workplace").match(zone, chain[-1].end):
            clause = zone[chain[-1].end :].split(",", 1)[0].split("，", 1)[0]
            if clause.endswith(tuple(load_cues().terms("speech", "said"))):
                return None  # 在大理经营扎染工作室的90后李婉说，…: someone's words, no story
            if alone := _alone_in_its_sentence(text, start + chain[0].start, gazetteer, scope):
                return alone  # 在佛山市南海区经营…的港商陈志强，去年遇上…
            scene_at = None
            continue  # 在香港从事…贸易的黄先生，去年在中山设立…: the place after it leads
        if _recalled(zone, chains, k):
            return None  # 合肥的“免罚轻罚清单”，南昌…已在借鉴: the place's practice, recalled
        if _listed(zone, chains, k) and not _joint(zone, chains, k):
            return None
        if load_cues().regex("segment", "place-umbrella").match(zone, chain[-1].end):
            return None  # 长沙市各区县围绕…: the lead over the stories of its parts
        return Lead(chain[-1].region, chain[0].start if scene_at is None else scene_at)
    return None


def _past_contrast(text: str, gazetteer: Gazetteer, scope: Region | None) -> int:
    """Where a paragraph's own story starts past a clause setting it against another place's
    (与海口江东新区的“大项目”不同，琼海市把目光投向…), when a place opens it and acts; 0 when
    none does (与厦门…不同，天津的发力点在于…: a comparison under 天津's own heading)."""
    contrast = load_cues().regex("segment", "contrast-opener").match(text)
    if contrast is None:
        return 0
    chains = place_chains(text[contrast.end() : contrast.end() + _NAME_ROOM], gazetteer, scope)
    acts = (
        chains
        and chains[0][0].start == 0
        and not text.startswith("的", contrast.end() + chains[0][-1].end)
    )
    return contrast.end() if acts else 0


_VOICE_REACH = 16
"""How far into a sentence the one who speaks is named (a place's name, then 一家…)."""


def _a_voice(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` names someone of a firm or of the public by where
    they are from, who speaks (浔阳区一家连锁烘焙企业负责人说，…): a voice inside a case, no
    story of its own."""
    cues = load_cues()
    sentence = text[start : start + (first(text[start:], "。") or len(text) - start)]
    someone = cues.regex("speech", "someone").search(sentence, 0, _VOICE_REACH)
    said = cues.terms("speech", "said")
    return someone is not None and any(word in sentence[someone.end() :] for word in said)


def _alone_in_its_sentence(
    text: str, at: int, gazetteer: Gazetteer, scope: Region | None
) -> Lead | None:
    """The place named at ``at`` where the rest of its sentence names no other."""
    end = first(text[at:], "。") or len(text) - at
    chains = place_chains(text[at : at + end], gazetteer, scope)
    here = chains[0][-1].region if chains else None
    if here is None or any(chain[-1].region != here for chain in chains[1:]):
        return None
    return Lead(here, at)


def _open_quotes(before: str) -> bool:
    """Whether a quotation opened in these words is still open at their end."""
    return sum(before.count(mark) for mark in "“「『") > sum(before.count(mark) for mark in "”」』")


def _in_a_list(text: str, chains: list[list[RegionMention]], k: int) -> bool:
    """Whether the ``k``-th place chain is an item of a list of places (上海、深圳、宁波等)."""
    start = chains[k][0].start
    return _listed(text, chains, k) or (start > 0 and text[start - 1] in LIST_MARKS)


def _listed(text: str, chains: list[list[RegionMention]], k: int) -> bool:
    """Whether the ``k``-th place chain opens a list of places (北京、上海、重庆等…)."""
    end = chains[k][-1].end
    return k + 1 < len(chains) and chains[k + 1][0].start == end + 1 and text[end] in LIST_MARKS


def _joint(text: str, chains: list[list[RegionMention]], k: int) -> bool:
    """Whether a list of places opening at the ``k``-th chain labels one practice of theirs
    (南京市、苏州市：推行…; 【广西南宁、钦州·1月13日】; 南宁市、钦州市联合推行…; a pair joined by
    与: 渭南市与铜川市建立…), the first place's as a notice credits it, rather than opening a
    survey (北京、上海等6个城市…)."""
    first = k
    while _listed(text, chains, k):
        k += 1
    cues, end = load_cues(), chains[k][-1].end
    if cues.regex("segment", "joint-practice").match(text, end):
        return True
    pair = k == first + 1 and text[chains[first][-1].end] in _PAIR_MARKS
    return pair and cues.regex("segment", "practice-verb").match(text, end) is not None


_PAIR_MARKS = "与和"
"""What joins two places that act together (渭南市与铜川市建立…), not a list of many (A、B、C等)
nor a pair compared (合肥与南昌近年来…)."""


_PRACTICE_OF = ("的“", "的「")


def _recalled(text: str, chains: list[list[RegionMention]], k: int) -> bool:
    """Whether the ``k``-th place's practice is named as a thing another place in the same
    clause acts on (合肥的“免罚轻罚清单”，南昌部分县区已在借鉴): recalled, not told; a practice
    so named that the clause goes on to tell (衢州的“衢融通”平台，把全市银行的…) is told."""
    end = chains[k][-1].end
    if not text.startswith(_PRACTICE_OF, end) or k + 1 >= len(chains):
        return False
    return not any(mark in text[end : chains[k + 1][0].start] for mark in ";；。")


def _town_lead(
    zone: str, chains: list[list[RegionMention]], gazetteer: Gazetteer, scope: Region | None
) -> Lead | None:
    """A town or street of the document's place opening a paragraph (界湖街道在…, 在铜井镇，…,
    沂南县依汶镇围绕…): its own story, in the document's place. A place the gazetteer knows
    that comes first (顺德区北滘镇) leads instead, unless it is the document's place."""
    if scope is None:
        return None
    pos = 0
    if chains and chains[0][0].start <= 1 and _is_scope(chains[0][-1].region, scope, gazetteer):
        pos = chains[0][-1].end
    town = _town_pattern().match(zone, pos)
    if town is None or (pos == 0 and chains and chains[0][0].start < town.start("town")):
        return None
    return Lead(scope, town.start("town"), town.group("town"))


@cache
def _town_pattern() -> re.Pattern[str]:
    cues = load_cues()
    name, follow = cues.regex("places", "town-name"), cues.regex("places", "town-follow")
    return re.compile(rf"在?(?P<town>{name.pattern})(?={follow.pattern})")


def _bracketed(text: str, start: int, end: int) -> bool:
    """Whether a place stands alone in brackets, the part of a name that says where (香港中文
    大学(深圳), 中国(合肥)知识产权保护中心): no story's place."""
    return text[start - 1 : start] in ("(", "（") and text[end : end + 1] in (")", "）")


def _after_opening_quote(text: str) -> int:
    """Where a paragraph's own words start: past a quotation that opens it."""
    if not text.startswith(tuple(OPEN_QUOTES)):
        return 0
    depth = 0
    for i, char in enumerate(text):
        if char in OPEN_QUOTES:
            depth += 1
        elif char in CLOSE_QUOTES:
            depth -= 1
            if depth == 0:
                return i + 1
    return 0


def _steps_back(lead: Lead, scope: Region | None, gazetteer: Gazetteer) -> bool:
    """A paragraph led by the document's own place (or one holding it), not by a town of
    it: the writer stepping back from the stories."""
    return lead.town is None and _is_scope(lead.region, scope, gazetteer)


def _same_place(a: Lead, b: Lead, gazetteer: Gazetteer) -> bool:
    """Two leads of one story: places that nest, the same town, or a town and a place
    below the scope (在义乌市，… 佛堂镇…: the town may well lie in it)."""
    if a.town and b.town:
        return a.town == b.town
    return bool(a.town or b.town) or gazetteer.nests(a.region, b.region)


def _is_scope(place: Region, scope: Region | None, gazetteer: Gazetteer) -> bool:
    """The document's own scope, or a place that holds it: the writer stepping back."""
    return scope is not None and gazetteer.is_within(scope, place)
