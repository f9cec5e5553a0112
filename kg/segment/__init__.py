r"""Split a document into measures: one per case, with heading, span, theme and status.

A case is one place's reported practice. Documents of the genre come in a family of layouts:
numbered or labelled case lists, notices of one-line items and reports (kg/segment/numbered.py),
newspaper features told under phrase headings or as place-led stories
(kg/segment/features.py), interviews and press conferences (kg/segment/interview.py) and
tables of cases, a row per place (kg/segment/table.py, read apart from the text around them).
An interview is tried
first, then the numbered layouts, in order; the first that finds a run of cases wins. A
document whose numbered sections are only facets of one case (一、基本情况 二、主要做法
三、取得成效) is that one case. Prose with no layout is read as a year's timeline, a paragraph
per month (kg/segment/timeline.py), or a column of dispatches, a dateline each
(kg/segment/dispatches.py), else as a feature; if that finds no
case either, a paragraph that lists its practices as a series (一是…；二是…) gives a case
per item; else a text that still names a place is one case, and only a text that names no place
at all is refused.

A case ends at the next case or section, before a sign-off or a box set beside the story
(延伸阅读), and the last one before a paragraph that speaks for the whole document (下一步，…;
各地要…); the last of a list of one-paragraph items is one paragraph too.

Example (a numbered case list, written into the empty folder ``out``):
    >>> from kg.corpus import read_document
    >>> path = out / "cases.txt"
    >>> _ = path.write_text("\n".join([
    ...     "优化营商环境典型案例",
    ...     "1.延安市:推行“一业一证”改革",
    ...     "延安市市场监管局将多个许可整合为一张行业综合许可证。",
    ...     "2.咸阳市:“双随机、一公开”监管",
    ...     "咸阳市建立跨部门联合抽查机制。",
    ... ]), encoding="utf-8")
    >>> [(m.label, m.heading, m.status) for m in segment(read_document(path))]
    [('1', '延安市:推行“一业一证”改革', 'implemented'),
     ('2', '咸阳市:“双随机、一公开”监管', 'implemented')]

A work report whose last part says what is planned (二、工作打算; its numbered items are
cases however few, whatever the labels of the cases above):
    >>> measures = segment(read_document(Path("seeds/004_f28145c5286a17a0.txt")))
    >>> len(measures), measures[-1].status
    (12, 'planned')
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from kg.corpus import (
    Document,
    DocumentError,
    Line,
    as_read,
    is_issuer_line,
    unemphasised,
    wrap_breaks,
)
from kg.cues import load_cues
from kg.extract.regions import CLOSING_CREDIT, find_regions
from kg.gazetteer import Gazetteer, Region
from kg.segment.dispatches import dispatches
from kg.segment.features import (
    ASIDE,
    COMMENT,
    PRACTICE_NAME,
    Reading,
    box_label,
    document_region,
    later_places_stories,
    named_practices,
    practice_over_facets,
    read_feature,
    run_on_stories,
    stories_in,
    tells_a_place,
    told_answers,
    whole_document,
)
from kg.segment.interview import interview
from kg.segment.lines import (
    LIST_MIN,
    OPEN_QUOTES,
    WRAP_MAX,
    Anchor,
    content_lines,
    first_sentence,
    heading_mark,
    headings_above,
    is_heading_like,
    is_prose,
    listed_in_contents,
)
from kg.segment.numbered import (
    FORMAL_PART,
    LAYOUTS,
    ORDINAL_ITEM,
    SECTION,
    bracketed_headings,
    chinese_ordinal_headings,
    field_paragraphs,
    field_section,
    holds_no_cases,
    inline_series,
    item_number,
    labelled_cases,
    opens_with_place,
    ordinal_items,
    places_only,
    plan_items,
    practice_boxes,
    reform_sentences,
    run_in_items,
    sentence_items,
    sentence_runs,
    told_again,
)
from kg.segment.table import find_table
from kg.segment.timeline import timeline

NO_PLACE = "names no place doing anything: no region of the gazetteer appears in its text"
IN_PASSING = (
    "names places only in passing: no paragraph is led by a place and no place speaks for the"
    " whole text (a commentary, 人民时评: its places are examples, not cases)"
)
_LEAST_STORIES = 2
"""Place-led paragraphs enough to be the cases of a section rather than one case's example."""


@dataclass(frozen=True)
class Measure:
    """One case write-up: a practice reported (or planned) by a document."""

    doc: Document
    ordinal: int
    label: str | None
    heading: str
    heading_lines: tuple[Line, ...]
    end: int
    section: Line | None
    status: str
    prose: bool = False
    """Told as prose (a feature or a text without numbered cases), not as a case list:
    numbers in it are results only where a result is said."""
    opening: int | None = None
    """Where the case's text opens when that is before its heading (a table row's number and
    place cells, an interviewer's label); None when the case opens with its heading."""
    wraps: tuple[tuple[int, int], ...] = ()
    """The breaks that hard-wrap the document's paragraphs (a PDF's text): no break to read."""

    @property
    def start(self) -> int:
        """Offset of the case's first character in the original text: its heading's, unless
        its text opens before the heading."""
        return self.heading_lines[0].start if self.opening is None else self.opening

    @property
    def heading_end(self) -> int:
        """Offset just past the heading (its last wrapped line)."""
        return self.heading_lines[-1].end

    @property
    def view(self) -> str:
        """The measure's simplified half-width text as extractors read it (kg/corpus.py
        ``as_read``: a hard wrap is no break, a table's cell boundary is one)."""
        return as_read(self.doc.view, self.start, self.end, self.wraps)


def segment(doc: Document, gazetteer: Gazetteer | None = None) -> list[Measure]:
    """Measures of a document in order; DocumentError when the text names no place.

    A table of cases (序号 地区 做法 成效, a row per place) is read apart from the text
    around it: its rows are cases, no case of the text runs over it, and an item of the text
    that names no place (（一）政务服务效能持续提升。各县（市）普遍推行…) sums the rows up."""
    gazetteer = gazetteer or Gazetteer.load()
    lines = content_lines(doc)
    wraps = tuple(gap for line in lines for gap in wrap_breaks(line))
    cases = _cases(doc, lines, gazetteer) or _only_case(doc, lines, gazetteer)
    cases = [m for m in cases if not _no_story(doc, m, gazetteer, lines[0])] or cases
    cases = [m for k, m in enumerate(cases) if not _told_before(m, cases[:k])]
    cases = [m for m in cases if not _no_case_item(m.heading)] or cases
    cases = [m for m in cases if not _also_exploring(m)] or cases
    return [replace(m, wraps=wraps, ordinal=k) for k, m in enumerate(cases, 1)]


def _no_case_item(heading: str) -> bool:
    """An item that is a problem an inspection found (督查发现，…), a directive (要在…上下功夫),
    a meeting's programme (会前，与会人员现场观摩了…), political study (坚持把学习贯彻…) or an
    aside on other places (另据了解，…): it tells no practice, whatever layout found it."""
    cues = load_cues()
    return any(cues.regex("segment", kind).search(heading) for kind in _NO_CASE_ITEMS)


def _also_exploring(measure: Measure) -> bool:
    """A case that is one sentence saying a place also explores the like (枝江市也在探索商业
    综合体转供电改造。): a place in passing after the stories, no case of its own."""
    alone = measure.end <= measure.heading_end
    return (
        alone and load_cues().regex("segment", "also-exploring").match(measure.heading) is not None
    )


_NO_CASE_ITEMS = ("criticised-item", "directive-item", "event-item", "study-item", "aside-item")


def _told_before(measure: Measure, earlier: list[Measure]) -> bool:
    """An entry of a name list at the end (附件's 1.游艇登记“一站式”服务…（三亚市交通运输局）)
    that is its heading alone and repeats words written before it, over or in a case told in
    full: the list names the cases again, it tells none."""
    if measure.end > measure.heading_end or not any(m.end > m.heading_end for m in earlier):
        return False
    core = CLOSING_CREDIT.sub("", measure.heading).strip()
    return len(core) >= _REPEATED_SHORTEST and 0 <= measure.doc.view.find(core) < measure.start


_REPEATED_SHORTEST = 6
"""The shortest heading read as repeating an earlier case's."""


def _no_story(doc: Document, measure: Measure, gazetteer: Gazetteer, first: Line) -> bool:
    """A case that tells nothing: a box beside the story, or the document's title alone (its
    body was the writer's 导读, no case), naming no place."""
    if _boxed_aside(doc, measure, gazetteer):
        return True
    alone = measure.start == first.start and measure.end <= measure.heading_end
    return alone and not find_regions(measure.heading, gazetteer, None)


def _boxed_aside(doc: Document, measure: Measure, gazetteer: Gazetteer) -> bool:
    """A case headed right under the label of a box set beside the story, or by that label
    (结语, or 【相关链接】 before the box's title): the writer's own comment (【记者手记】) is
    none, another box (【延伸阅读】) none when it names no place (a law explained) or is
    headed by a policy issued; a box that tells a place's practice (济宁：…) is a case."""
    line_start = doc.view.rfind("\n", 0, measure.start) + 1  # a clause's case: its line's
    end = len(doc.view[:line_start].rstrip())
    above = unemphasised(doc.view[doc.view.rfind("\n", 0, end) + 1 : end].strip())
    heading = unemphasised(measure.heading)
    label = _BOX_LABEL.match(heading)
    kinds = {box_label(above), box_label(heading), label and box_label(label.group())}
    if COMMENT in kinds:
        return True  # under 编后, or headed 结语 itself
    if ASIDE not in kinds:
        return False
    if load_cues().regex("segment", "policy-headline").search(heading):
        return True  # 【延伸阅读】 over 广东出台…行动方案: news of a document
    scope = document_region(doc, gazetteer)
    return not tells_a_place(measure.heading, measure.view.split("\n"), gazetteer, scope)


_BOX_LABEL = re.compile(r"【[^【】]{2,8}】")
"""A label in brackets that opens a heading (【相关链接】全市…进展): maybe a box's."""


def _only_case(doc: Document, lines: list[Line], gazetteer: Gazetteer) -> list[Measure]:
    """A text whose layout left no case (every item under 存在问题 or 建议) is one case while it
    names a place: a document is never built empty without a word."""
    if not (lines and find_regions(doc.view, gazetteer, None)):
        raise DocumentError(doc.path, NO_PLACE)
    return _measures(doc, lines, _Plan([whole_document(doc, lines)], {}, prose=True), gazetteer)


def _cases(doc: Document, lines: list[Line], gazetteer: Gazetteer) -> list[Measure]:
    table = find_table(lines)
    if table is None or _an_index(lines, table.rows):  # 案例名单 over 案例全文: the cases below
        plan = _plan(doc, lines, gazetteer)
        if plan is None:
            raise DocumentError(doc.path, NO_PLACE)
        return _measures(doc, lines, _told(plan, lines, gazetteer), gazetteer)
    rest = lines[: table.first] + lines[table.end :]
    aside = ((lines[table.first].start, lines[table.end - 1].end),)
    plan = _plan(doc, rest, gazetteer, whole=False)
    cases = _measures(doc, rest, plan, gazetteer, aside) if plan else []
    cases = [m for m in cases if find_regions(m.view, gazetteer, None)]  # no summary of the rows
    cases = [m for m in cases if not _names_only_a_body(m)]  # 附件2：优秀组织单位名单
    rows = _measures(doc, lines, _Plan(table.rows, table.sections), gazetteer)
    if _sums_up(rows, [m for m in cases if m.end <= lines[table.first].start], gazetteer):
        return cases  # 四城“一件事”对比一览 under the four cities' stories
    ordered = sorted([*cases, *rows], key=lambda m: m.start)
    return [replace(m, ordinal=k) for k, m in enumerate(ordered, 1)]


def _names_only_a_body(measure: Measure) -> bool:
    """An item of a list of bodies (附件2：拟确定优秀组织单位名单 under a table of cases): its
    text is a body's name and its number at most, no case of a practice."""
    return all(
        line.isdigit() or is_issuer_line(line)
        for line in (raw.strip() for raw in measure.view.splitlines())
        if line
    )


def _sums_up(rows: list[Measure], told: list[Measure], gazetteer: Gazetteer) -> bool:
    """Whether a table's rows only sum up stories told above it: every row's place leads
    one of them (a feature's 对比一览 under its cities' stories)."""
    places = {_first_place(m.view, gazetteer) for m in told}
    return len(told) >= 2 and all(_first_place(m.view, gazetteer) in places for m in rows)


def _first_place(text: str, gazetteer: Gazetteer) -> str | None:
    found = find_regions(text, gazetteer, None)
    return found[0].region.code if found else None


@dataclass(frozen=True)
class _Plan:
    """Where a document's cases start, the sections over them, and how they are told."""

    anchors: list[Anchor]
    sections: dict[int, Line]
    prose: bool = False
    """Told as prose (a feature, an interview, a text without numbered cases)."""
    planned_at: frozenset[int] = frozenset()
    """Anchors planned by their own words (an interview's question about what is planned)."""


def _plan(
    doc: Document, lines: list[Line], gazetteer: Gazetteer, whole: bool = True
) -> _Plan | None:
    """The cases of the lines by the first layout that finds them; else the whole text as
    one case while a paragraph is led by a place or a place speaks for the whole text (unless
    ``whole`` is False: then no case); None when it names no place; DocumentError when it
    names places only in passing (a commentary recalling 上海的“一网通办”)."""
    questions = interview(lines)
    if questions and _boxed_questions(lines, questions[0]):
        questions = []  # ■ 政策问答 over 问：…适用于哪些经营主体？: the policy explained, no case
    if asked := told_answers(doc, lines, questions, gazetteer):
        return _Plan(asked, {}, prose=True, planned_at=_asked_about_plans(questions, asked))
    for k, find in enumerate(LAYOUTS):
        anchors = find(lines, gazetteer)
        if not anchors or (len(anchors) < 2 and find not in _SINGLE_OK and whole):
            continue  # beside a table of cases, one case of the text's own is still a case
        if whole and all(_under_no_cases(lines, a) for a in anchors):
            continue  # the items of 三、存在问题 and 四、意见建议: the cases are told otherwise
        if find is ordinal_items and all(_in_a_comment_box(lines, a) for a in anchors):
            continue  # 观察｜… over 一是要从企业视角“打包”: the writer's lessons, no cases
        if _directives(lines, anchors):
            continue  # a notice's 一是提高思想认识。各地要…: what it asks, not cases
        if _an_index(lines, anchors):
            continue  # a table's 1 工业项目“预供地…” rows over the same cases told in full
        if _figures_only(anchors):
            continue  # a 数说 page's 1｜48个 2｜0.5天 under 【清远·…】: its figures, no cases
        if _recaps_the_stories(doc, lines, anchors, gazetteer):
            continue  # a TV script's 【字幕条】 1.隆回：… 2.城步：… below the reports on them
        if find is labelled_cases and _boxes_beside_the_text(doc, anchors, gazetteer):
            continue  # a 白皮书's 专栏 of its city's scores and plans: its headings tell the cases
        if _numbered_stages(anchors) or _one_reform_told_in_parts(doc, lines, anchors, gazetteer):
            return _Plan([whole_document(doc, lines)], {})
        if paragraphs := _paragraphs_under_places(lines, anchors, gazetteer):
            return _Plan(paragraphs, {a.index: lines[a.index] for a in anchors})
        practices, holders = _practices_under_places(lines, anchors, gazetteer)
        if holders:
            return _Plan(practices, holders)
        if _inside_facets(lines, anchors):
            return _Plan([whole_document(doc, lines)], {})
        if find in _STEP_LAYOUTS and (reform := _titled_reform(doc, lines, anchors, gazetteer)):
            return _Plan([reform], {})
        if reform := _headed_facets_of_one_reform(lines, anchors, gazetteer):
            return _Plan([reform], {})
        if find in _FACETED or _name_fields(anchors):
            finer = _finer_run(lines, anchors, LAYOUTS[k + 1 :], gazetteer)
            holders = _facet_holders(lines, anchors, gazetteer) if _all_facets(anchors) else []
            if holders and (not finer or _mostly_steps(finer, gazetteer)):
                return _Plan(holders, {})  # 一、榆林市：… over （二）主要做法 over 一是…二是…
            steps = (
                finer is not None
                and _one_case_written_up(anchors)
                and _mostly_steps(finer, gazetteer)
            )
            if finer and not steps:
                anchors = finer
            elif _all_facets(anchors):  # （二）做法 over 一是…二是…: one case's facets and steps
                if stories := _themes_over_stories(doc, lines, anchors, gazetteer):
                    return _Plan(stories.anchors, stories.sections, prose=True)
                return _Plan([whole_document(doc, lines)], {})
            elif stories := _themes_over_stories(doc, lines, anchors, gazetteer):
                return _Plan(stories.anchors, stories.sections, prose=True)
        anchors = _cases_under_themes(doc, lines, anchors, gazetteer)
        anchors = _with_stories_after(doc, lines, anchors, gazetteer)
        anchors = _facets_of_one_reform(lines, anchors, gazetteer)
        anchors = _with_later_places_stories(doc, lines, anchors, gazetteer)
        anchors = _items_run_on(doc, lines, anchors, gazetteer)
        anchors = _with_stories_of_empty_sections(doc, lines, anchors, gazetteer)
        anchors = _with_review_items(lines, _with_plan_items(lines, anchors), gazetteer)
        anchors = _with_highlight_items(lines, anchors, gazetteer)
        anchors, planned = _with_plan_bullets(doc, lines, anchors)
        sections = _section_lines(lines, anchors)
        return _Plan(anchors, sections, prose=find in _UNNUMBERED, planned_at=planned)
    if reforms := _reforms_of_report_sections(lines, gazetteer):
        return _Plan(reforms, _section_lines(lines, reforms))
    if entries := timeline(lines, gazetteer) or dispatches(doc, lines):
        return _Plan(entries, {}, prose=True)
    reading = read_feature(doc, lines, gazetteer)
    if len(reading.anchors) > 1:
        return _Plan(reading.anchors, reading.sections, prose=True)
    if series := inline_series(lines, gazetteer):
        return _Plan(series, {}, prose=True)
    if not whole:
        return _Plan([], {})
    if reading.anchors or (lines and document_region(doc, gazetteer)):
        return _Plan(_with_news_also_learned(lines, whole_document(doc, lines)), {}, prose=True)
    if lines and find_regions(doc.view, gazetteer, None):
        raise DocumentError(doc.path, IN_PASSING)
    return None


def _boxed_questions(lines: list[Line], first: Anchor) -> bool:
    """Whether the questions stand in a box set beside the text, its label right above the
    first of them (政策问答, 常见问题)."""
    return first.index > 0 and box_label(unemphasised(lines[first.index - 1].stripped)) == ASIDE


def _with_news_also_learned(lines: list[Line], whole: Anchor) -> list[Anchor]:
    """A news report's one case, and a case of each paragraph that tells a practice the
    reporter also learned of (另悉，合作区经济发展局今年3月起对澳资企业推行…): the report's
    story ends before the first of them."""
    cues = load_cues()
    also, verb = cues.regex("segment", "also-learned"), cues.regex("segment", "practice-verb")
    told = [
        i
        for i, line in enumerate(lines)
        if i > whole.index and also.match(line.stripped) and verb.search(line.stripped)
    ]
    if not told:
        return [whole]
    paragraphs = [Anchor(i, None, (first_sentence(lines[i]),), i, i + 1) for i in told]
    return [replace(whole, stop=told[0]), *paragraphs]


def _an_index(lines: list[Line], anchors: list[Anchor]) -> bool:
    """Whether the items only list cases that the lines below them tell in full: each item's
    heading comes again after the last item (序号 1 工业项目“预供地+带方案出让” … then
    一、工业项目“预供地+带方案出让” with its story), so the items are an index, no cases."""
    if len(anchors) < 2:
        return False
    last = anchors[-1]
    after = min(last.index + _INDEX_ITEM_LINES, max(last.body_from, last.index + 1))
    return all(told_again(lines, a.heading[0].stripped, after) for a in anchors)


def _figures_only(anchors: list[Anchor]) -> bool:
    """Whether most items are headed only by a figure (1｜48个, 2｜0.5天, 0｜背景): a 数说
    page's numbers under its cases' headings, no cases themselves."""
    figure = load_cues().regex("segment", "figure-heading")
    bare = [a for a in anchors if a.heading and figure.match(a.heading[0].stripped)]
    return 2 * len(bare) > len(anchors)


def _recaps_the_stories(
    doc: Document, lines: list[Line], anchors: list[Anchor], gazetteer: Gazetteer
) -> bool:
    """Whether one-line items, one right after the other under a recap's label, only recap
    the stories told above them (a TV script's 【字幕条】 1.隆回：食品小作坊“证照联办”… under
    the reports on 隆回 and 城步): each item's place leads one of those stories."""
    first = anchors[0].index
    label = load_cues().regex("segment", "recap-label")
    if first == 0 or not label.match(unemphasised(lines[first - 1].stripped)):
        return False
    if any(b.index != a.index + 1 for a, b in itertools.pairwise(anchors)):
        return False
    places = [_first_place(a.heading[0].stripped, gazetteer) for a in anchors]
    if None in places:
        return False
    stories = read_feature(doc, lines[:first], gazetteer).anchors
    told = {_first_place(lines[s.index].stripped, gazetteer) for s in stories}
    return all(place in told for place in places)


_INDEX_ITEM_LINES = 2
"""Lines an index's item takes at most (its number, then its name): the cases told start
after its name, right after it where the item is one line (亮点一：… then 亮点一　… heading)."""


def _boxes_beside_the_text(doc: Document, anchors: list[Anchor], gazetteer: Gazetteer) -> bool:
    """A report's boxes (专栏3-1 宜宾营商环境评价情况, 专栏3-2 2026年改革方向) none of which
    names a place other than the document's own: its scores, surveys and plans set beside the
    chapter, no cases (a national report's 专栏3-2 重庆市渝北区：… is one)."""
    box = load_cues().regex("segment", "box-label")
    if not all(box.match(a.label or "") and a.heading for a in anchors):
        return False
    own = document_region(doc, gazetteer)
    named = {m.region for a in anchors for m in find_regions(a.heading[0].text, gazetteer, own)}
    return named <= {own}


def _told(plan: _Plan, lines: list[Line], gazetteer: Gazetteer) -> _Plan:
    """The plan without the items that tell no practice: a line that only names places, a
    box beside the stories (06 | 小贴士：…), an item headed by an event (…召开…大会) or a
    section that sums up (一、总体情况: the places it rates), which still end the case above
    them."""
    cues = load_cues()
    aside, event = cues.regex("segment", "aside-heading"), cues.regex("segment", "event-heading")
    summary = cues.regex("segment", "summary-section")
    boxes = {
        a.index: a.heading[0]
        for a in plan.anchors
        if a.heading
        and (
            aside.match(a.heading[0].stripped)
            or (event.search(a.heading[0].stripped) and not _runs_on_to_a_practice(lines, a))
            or summary.search(a.heading[0].stripped)
            or _an_offices_chore(a, plan.sections)
        )
    }
    told = [
        a for a in plan.anchors if not _places_only(a, lines, gazetteer) and a.index not in boxes
    ]
    return replace(plan, anchors=told, sections={**plan.sections, **boxes})


def _runs_on_to_a_practice(lines: list[Line], anchor: Anchor) -> bool:
    """Whether a run-in item's paragraph goes on past its first sentence, a meeting, to a
    practice it names (【康定市】3月5日，康定市召开…会议…。会后，…建立“市级领导联系重点企业”
    机制): the item tells that practice."""
    line, heading = lines[anchor.index], anchor.heading[-1]
    rest = line.text[heading.end - line.start :]
    verb = load_cues().regex("segment", "practice-verb")
    return any(verb.search(rest[: m.start()]) for m in PRACTICE_NAME.finditer(rest))


def _an_offices_chore(anchor: Anchor, sections: dict[int, Line]) -> bool:
    """Whether an item of a work plan (三、下周工作安排) is a task the office sets itself
    (组织开展…满意度调查, 编印《…汇编》), no place's practice."""
    section = _governing_section(sections, anchor.index)
    cues = load_cues()
    return (
        section is not None
        and cues.regex("segment", "planned-section").search(section.stripped) is not None
        and cues.regex("segment", "office-task").match(anchor.heading[0].stripped) is not None
    )


def _places_only(anchor: Anchor, lines: list[Line], gazetteer: Gazetteer) -> bool:
    """Whether an item only names places (天津市，辽宁省大连市，上海市…。 in a notice's list
    of the places it rewards): it tells no practice, so it is no case; places heading the
    practice run on after them (四平市、辽源市：推行…) are not all it says."""
    if not anchor.heading:
        return False
    heading, line = anchor.heading[0], lines[anchor.index]
    if line.text[heading.end - line.start :].strip(" :：\t"):
        return False
    return places_only(heading.text, gazetteer)


def _facets_of_one_reform(
    lines: list[Line], anchors: list[Anchor], gazetteer: Gazetteer
) -> list[Anchor]:
    """一是…二是…三是… paragraphs right after a lead that names one reform by its quoted name
    (推进企业投资项目审批“一件事”改革，…) and counts no several practices, none opening with a
    place of its own: the facets of that one reform, one case from its lead; place stories
    told after them stay cases."""
    cues = load_cues()
    items = [a for a in anchors if a.label and a.label.endswith("是")]
    if not _paragraph_run(items) or items[0].index == 0:
        return anchors
    first, last = items[0].index, items[-1].index
    lead = lines[first - 1]
    before = "".join(ln.stripped for ln in lines[:first])
    if (
        not cues.regex("segment", "named-reform").search(lead.stripped)
        or cues.regex("segment", "several-reforms").search(before)
        or any(opens_with_place(a.heading[0].stripped, gazetteer) for a in items)
    ):
        return anchors
    whole = Anchor(first - 1, None, (first_sentence(lead),), first - 1, last + 1)
    return (
        [a for a in anchors if a.index < first - 1]
        + [whole]
        + [a for a in anchors if a.index > last]
    )


_HEADLINE_LINES = 2
"""A bulletin article's headline may take two lines (头题 and its second line)."""


def _headed_facets_of_one_reform(
    lines: list[Line], anchors: list[Anchor], gazetteer: Gazetteer
) -> Anchor | None:
    """Headed sections (一、前置服务… 二、并联审批… 六、改革成效), or items run into their
    paragraphs (一、整合执法力量，一支队伍全覆盖。将…), naming no place, right after a lead that
    names one reform (中宁县…推行“拿地即开工”改革) under a headline naming a practice the lead
    quotes: the facets of that one reform, one case from its headline (a bulletin's 简报
    article, a report's 经验材料)."""
    series = any((a.label or "").endswith("是") for a in anchors)  # 一是…: _facets_of_one_reform
    if len(anchors) < 2 or anchors[0].index < 2 or series or not all(a.heading for a in anchors):
        return None
    first = anchors[0].index
    lead = lines[first - 1].stripped
    cues = load_cues()
    reform = cues.regex("segment", "named-reform").search(lead)
    if (
        not reform
        or not is_prose(lead)
        or cues.regex("segment", "several-reforms").search(lead)
        or any(find_regions(a.heading[0].text, gazetteer, None) for a in anchors)
    ):
        return None
    headline = headings_above(lines, first - 1, _HEADLINE_LINES)
    names = [f"“{n}”" for n in PRACTICE_NAME.findall(lead) if len(n) >= _NAME_SHORTEST]
    if not headline or not any(name in ln.stripped for name in names for ln in headline):
        return None
    at = first - 1 - len(headline)
    return Anchor(at, None, headline, first - 1)


def _with_later_places_stories(
    doc: Document, lines: list[Line], anchors: list[Anchor], gazetteer: Gazetteer
) -> list[Anchor]:
    """Sections that name no place (in any line of their heading: not （日喀则市吉隆县） under
    it), whose first paragraph a place leads, where a later one is led by another place
    (（二）医药企业审批有了“直通车”。通化市…推行… then 集安市则…开设“参企服务专区”): that
    place's story is a case of its own, after the section's; none under a section of problems
    or advice."""
    out: list[Anchor] = []
    for anchor, after in zip(anchors, [*anchors[1:], None], strict=True):
        end = anchor.stop or (after.index if after else len(lines))
        start = anchor.body_from + 1
        heading = "".join(line.stripped for line in anchor.heading)  # with its （日喀则市吉隆县）
        if (
            not heading
            or start >= end
            or find_regions(heading, gazetteer, None)
            or _under_no_cases(lines, anchor)
        ):
            out.append(anchor)
            continue
        first = lines[anchor.body_from]
        told = later_places_stories(doc, heading, first, lines[start:end], gazetteer)
        stories = [_shifted(a, start) for a in told]
        if not stories:
            out.append(anchor)
            continue
        out += [replace(anchor, stop=stories[0].index), *stories]
    return out


def _items_run_on(
    doc: Document, lines: list[Line], anchors: list[Anchor], gazetteer: Gazetteer
) -> list[Anchor]:
    """One-paragraph items that run several places' practices on (（一）政务服务效能持续提升。
    …如，沈阳市推行…；大连市…): the places' stories are the cases, not the item."""
    lone = Counter(a.index for a in anchors)  # a line already told as several stories stays so
    items = {a.index for a in anchors if a.body_from == a.index and lone[a.index] == 1}
    scope = document_region(doc, gazetteer) if items else None
    out: list[Anchor] = []
    for anchor in anchors:
        one = anchor.index in items
        told = run_on_stories(lines, anchor.index, gazetteer, scope) if one else []
        out += told or [anchor]
    return out


def _asked_about_plans(questions: list[Anchor], told: list[Anchor]) -> frozenset[int]:
    """The cases told in answer to a question about what is planned (下一步有什么打算？): the
    question's words say so, not the words of a story told in its answer (…检查计划…)."""
    planned = load_cues().regex("segment", "planned-section")
    spans = [(q.index, q.stop) for q in questions if planned.search(q.heading[0].text)]
    return frozenset(
        a.index for a in told if any(s <= a.index and (e is None or a.index < e) for s, e in spans)
    )


def _with_stories_of_empty_sections(
    doc: Document, lines: list[Line], anchors: list[Anchor], gazetteer: Gazetteer
) -> list[Anchor]:
    """The cases, with the places' stories told in a section that holds none of them: those
    its paragraphs run on (a reply's 二、关于…的建议: 我局…。涌现出一批好做法：太原市…；大同市…；
    吕梁市…), else its paragraphs led by places of their own, two or more (minutes'
    一、关于…工作: 信州区推行…, 广丰区对…): each a case; not in a section on problems or
    advice, nor in one that sums up (一、总体情况)."""
    sections = sorted(i for i, ln in enumerate(lines) if SECTION.match(ln.stripped))
    if not sections:
        return anchors
    scope = document_region(doc, gazetteer)
    summary = load_cues().regex("segment", "summary-section")
    found = list(anchors)
    for i, stop in itertools.pairwise([*sections, len(lines)]):
        if any(i <= a.index < stop for a in anchors) or holds_no_cases(lines[i].stripped):
            continue
        if summary.search(lines[i].stripped):
            continue  # 一、总体情况: the place's size and figures, no story
        run_on = [s for k in range(i + 1, stop) for s in run_on_stories(lines, k, gazetteer, scope)]
        led = [] if run_on else stories_in(doc, lines[i + 1 : stop], gazetteer)
        led = [a for a in led if not item_number(lines[i + 1 + a.index].stripped)]  # read as items
        found += run_on or ([_shifted(a, i + 1) for a in led] if len(led) >= _LEAST_STORIES else [])
    return sorted(found, key=lambda a: (a.index, a.heading[0].start))


def _cases_under_themes(
    doc: Document, lines: list[Line], anchors: list[Anchor], gazetteer: Gazetteer
) -> list[Anchor]:
    """Themes that name no practice and no place, each replaced by the cases told under it:
    the series of practices its paragraph goes on with, or the places' stories below it when
    it speaks of many places (:func:`_series_of_theme`, :func:`_stories_of_theme`); any
    heading, when each item of the series it goes on with opens with a place."""
    series = inline_series(lines, gazetteer)
    umbrella = _umbrella(lines, anchors[0].index) if anchors else ""
    out: list[Anchor] = []
    for anchor, after in zip(anchors, [*anchors[1:], None], strict=True):
        end = after.index if after else len(lines)
        placed = _series_of_theme(anchor, series, end)
        if placed and all(opens_with_place(a.heading[0].text, gazetteer) for a in placed):
            out += placed  # (二)拓展“登记+金融”服务。四是福建省南平市…；五是湖北省孝感市…
            continue
        if not (anchor.heading and _a_theme(anchor, gazetteer)):
            out.append(anchor)
            continue
        told = _series_of_theme(anchor, series, end) or _stories_of_theme(
            doc, lines, anchor, end, gazetteer, umbrella
        )
        out += told or [anchor]
    return out


def _series_of_theme(anchor: Anchor, series: list[Anchor], end: int) -> list[Anchor]:
    """A summary's theme (（一）聚焦集成改革，推动政务服务提质增效。) over the series of practices
    its paragraph goes on with (一是推进“X”…；二是深化“Y”…): the items are the cases, the theme
    their section. A heading that names its practice (（一）推行“一件事”。一是梳理…；二是…) is no
    theme: its items stay steps of one case."""
    items = [s for s in series if anchor.index <= s.index < end]
    return items if len(items) >= 2 and items[0].index == anchor.index else []


def _umbrella(lines: list[Line], first: int) -> str:
    """The heading right above a run of themes (二、区县主要做法及成效 over （一）在审批提速上做
    “减法”), if the line there is one: it may speak of many places for all of them."""
    above = lines[first - 1].stripped if first > 0 else ""
    return above if len(above) <= _UMBRELLA_LONGEST and not is_prose(above) else ""


_UMBRELLA_LONGEST = 30
"""The longest line read as the heading over a run of themes."""


def _stories_of_theme(
    doc: Document,
    lines: list[Line],
    anchor: Anchor,
    end: int,
    gazetteer: Gazetteer,
    umbrella: str = "",
) -> list[Anchor]:
    """A theme heading on a line of its own that speaks of many places (二、坚持以点带面，推动
    县市特色改革, or its lead: 鼓励各县市先行先试; 部分地方…形成了一些好的做法。, or the heading
    over the themes: 二、区县主要做法及成效), over stories led by places of their own (格尔木市
    聚焦…, 德令哈市针对…; 澧县推行…): each place's story is a case."""
    start = anchor.body_from
    if start <= anchor.index:  # a run-in item's first sentence, no heading of its own,
        if anchor.heading[-1].end < lines[anchor.index].end:
            return []
        start = anchor.index + 1  # unless it is all its line says ((二)深化容缺受理。)
    body = lines[start : anchor.stop or end]
    stories = stories_in(doc, body, gazetteer) if body else []
    if not stories:
        return []
    many = load_cues().regex("segment", "many-places")
    said = [umbrella, anchor.heading[0].stripped, *_said_before(body, stories[0])]
    each = len(stories) >= 2 and [s.index for s in stories] == list(range(len(stories)))
    if each or any(map(many.search, said)):  # (二)深化容缺受理。 over 龙岩市…, 石嘴山市…
        return [_shifted(s, start) for s in stories]
    return []


def _said_before(body: list[Line], story: Anchor) -> list[str]:
    """The words of a body before its first story: the paragraphs above it, and its own
    paragraph's words before it (部分地方…形成了一些好的做法。 before 澧县推行…)."""
    line = body[story.index]
    return [
        *(ln.stripped for ln in body[: story.index]),
        line.text[: story.heading[0].start - line.start],
    ]


def _a_theme(anchor: Anchor, gazetteer: Gazetteer) -> bool:
    """A heading that names neither a practice (quoted) nor a place; a figure of speech of two
    characters (在审批提速上做“减法”) names none."""
    words = anchor.heading[0].stripped
    return not _QUOTED_NAME.search(words) and not find_regions(words, gazetteer, None)


_QUOTED_NAME = re.compile(r"“[^“”]{3,}”")
"""A quoted practice's name in a heading: three characters or more."""


def _with_stories_after(
    doc: Document, lines: list[Line], anchors: list[Anchor], gazetteer: Gazetteer
) -> list[Anchor]:
    """The cases, with the place-led stories told after a run of one-paragraph items and before
    the next section (a city's 一是…二是…三是…, then 南关区在全市率先推行…): the last item is
    one paragraph, and each of those paragraphs led by a place of its own is a case."""
    if not _paragraph_run(anchors):
        return anchors
    start = anchors[-1].index + 1
    closing = load_cues().regex("segment", "closing-paragraph")
    below = [i for i in _section_lines(lines, anchors) if i >= start]
    below += [i for i in range(start, len(lines)) if closing.match(lines[i].stripped)]
    stop = min(below, default=len(lines))
    stories = [_shifted(a, start) for a in stories_in(doc, lines[start:stop], gazetteer)]
    if not stories:
        return anchors
    return [*anchors[:-1], replace(anchors[-1], stop=start), *stories]


def _paragraph_run(items: list[Anchor]) -> bool:
    """Items each one paragraph, one right after the other, enough to be a list (一是…二是…
    三是…) rather than a case and its facet."""
    indices = [a.index for a in items]
    return (
        len(items) >= LIST_MIN  # 一是…二是…三是…: a list, not a case and its facet
        and all(a.body_from == a.index for a in items)
        and indices == list(range(indices[0], indices[0] + len(items)))
    )


def _with_plan_bullets(
    doc: Document, lines: list[Line], anchors: list[Anchor]
) -> tuple[list[Anchor], frozenset[int]]:
    """The cases, with the bulleted items under a short heading on what is planned below the
    last of them (🔜下一步 ▶️在全区推广…▶️探索建立…): each is a planned case; and which those are."""
    planned = load_cues().regex("segment", "planned-section")
    last = anchors[-1].index
    heads = [
        i
        for i in range(last + 1, len(lines))
        if is_heading_like(lines[i].stripped, WRAP_MAX) and planned.search(lines[i].stripped)
    ]
    if not heads:
        return anchors, frozenset()
    bullets = list(
        itertools.takewhile(lambda k: heading_mark(doc, lines[k]), range(heads[0] + 1, len(lines)))
    )
    if not bullets:
        return anchors, frozenset()
    items = [Anchor(k, None, (first_sentence(lines[k]),), k, k + 1) for k in bullets]
    closed = [*anchors[:-1], replace(anchors[-1], stop=heads[0])]
    return [*closed, *items], frozenset(bullets)


def _reforms_of_report_sections(lines: list[Line], gazetteer: Gazetteer) -> list[Anchor]:
    """A report told in a review and a plan (一、2024年工作回顾 … 二、2025年工作安排), no case
    numbered in them, whose sections list their reforms sentence by sentence (企业开办实现
    “一窗通办”，…。上线“X”平台，…。): each such sentence is a case, two or more in a section,
    planned under the plan; else none."""
    cues = load_cues()
    review, plan = cues.regex("segment", "review-section"), cues.regex("segment", "planned-section")
    sections = [ln.stripped for ln in lines if SECTION.match(ln.stripped)]
    if not sections or not all(review.search(s) or plan.search(s) for s in sections):
        return []
    find = functools.partial(_series_or_reforms, gazetteer=gazetteer)
    found = _with_section_items(lines, [], "review-section", find, least=2)
    return _with_section_items(lines, found, "planned-section", find, least=2)


def _series_or_reforms(lines: list[Line], gazetteer: Gazetteer) -> list[Anchor]:
    """A report section's cases: the items of its 一是…二是… series where it lists its reforms
    so (（五）营商环境持续优化。我们…。一是工程项目审批再提速。在全省率先推行…), else its
    sentences that do something to a named practice."""
    return inline_series(lines, gazetteer) or reform_sentences(lines, gazetteer)


def _with_plan_items(lines: list[Line], anchors: list[Anchor]) -> list[Anchor]:
    """The cases, with the numbered items of a section on what is planned that holds none of
    them (一是… cases above 三、下一步工作打算 (一)…(二)…): items under a plan are cases,
    planned, whatever their labels; but not the items of a national body's own plan
    (下一步，总局将从三个方面推动。一是…二是…: no place's case)."""
    national = load_cues().regex("places", "national-plan")

    def placed_items(section: list[Line]) -> list[Anchor]:
        items = plan_items(section)
        return [a for a in items if not national.search(section[a.index].text)]

    return _with_section_items(lines, anchors, "planned-section", placed_items, least=1)


def _with_review_items(
    lines: list[Line], anchors: list[Anchor], gazetteer: Gazetteer
) -> list[Anchor]:
    """The cases, with the reforms listed sentence by sentence in a report's review of its
    year (一、2025年工作回顾 over one paragraph: 全省深化“X”改革,…。省Y局实施“Z”,…。) when
    that section holds none of the cases found below it (the numbered items of its plan):
    each sentence that does something to a named practice is a case, two or more."""
    find = functools.partial(reform_sentences, gazetteer=gazetteer)
    return _with_section_items(lines, anchors, "review-section", find, least=2)


def _with_highlight_items(
    lines: list[Line], anchors: list[Anchor], gazetteer: Gazetteer
) -> list[Anchor]:
    """The cases, with the numbered one-sentence items of a section on highlights that holds
    none of them (三、县域营商环境评价亮点 over 1.安宁市：安宁市推行…。 2.腾冲市…): two or
    more, a case each."""
    find = functools.partial(sentence_items, gazetteer=gazetteer)
    return _with_section_items(lines, anchors, "highlight-section", find, least=2)


def _with_section_items(
    lines: list[Line],
    anchors: list[Anchor],
    cue: str,
    find: Callable[[list[Line]], list[Anchor]],
    least: int,
) -> list[Anchor]:
    """The cases, with what ``find`` reads in each section whose heading matches the segment
    ``cue`` and that holds none of them, where it reads at least ``least``."""
    heading = load_cues().regex("segment", cue)
    sections = _section_lines(lines, anchors)
    bounds = [*sorted(sections), len(lines)]
    found = list(anchors)
    for i, stop in itertools.pairwise(bounds):
        if heading.search(sections[i].text) and not any(i < a.index < stop for a in anchors):
            items = [_shifted(a, i + 1) for a in find(lines[i + 1 : stop])]
            found += items if len(items) >= least else []
    return sorted(found, key=lambda a: a.index)


def _shifted(anchor: Anchor, by: int) -> Anchor:
    """An anchor found in a slice of the lines, indexed into the whole."""
    stop = None if anchor.stop is None else anchor.stop + by
    return replace(anchor, index=anchor.index + by, body_from=anchor.body_from + by, stop=stop)


def _finer_run(
    lines: list[Line], anchors: list[Anchor], layouts: tuple, gazetteer: Gazetteer
) -> list[Anchor] | None:
    """Numbered cases inside ordinal headings: then the headings are sections, not cases
    (一、深化改革 over 1.北京市… 2.浙江省…), when they outnumber the headings that may hold
    cases (not 二、存在的问题, 四、意见建议). Sentence items held by every heading are
    preferred to a run of them elsewhere ((一)开办企业 over 1.…（成都市武侯区） 2.…, not the
    (一)(二)(三) of a closing 工作要求)."""
    open_headings = [a for a in anchors if not _under_no_cases(lines, a)]
    for find in layouts:
        runs = (
            sentence_runs(lines, gazetteer) if find is sentence_items else [find(lines, gazetteer)]
        )
        runs = [run for run in runs if not all(_under_no_cases(lines, a) for a in run)]
        held = [run for run in runs if _held_by(anchors, run)]
        for run in held or sorted(runs, key=lambda run: run[0].index)[:1]:
            if (
                run[0].index > anchors[0].index
                and (
                    len(run) > len(open_headings)
                    or find is field_paragraphs  # 在…方面，片区推行…: a field's case each
                    or _placed_below(lines, anchors, run, gazetteer)
                )
                and not _facets_below_places(anchors, run, gazetteer)
            ):
                return run
    return None


def _facets_below_places(anchors: list[Anchor], run: list[Anchor], gazetteer: Gazetteer) -> bool:
    """Headings most of which open with a place (（一）济南市历下区：企业登记“智能导办”) over
    numbered items most of which do not (1.在区政务服务中心设立… 2.2025年共发放…): the
    items are the steps of the headings' cases, not cases."""

    def placed(anchor: Anchor) -> bool:
        return bool(anchor.heading) and opens_with_place(anchor.heading[0].stripped, gazetteer)

    return sum(map(placed, anchors)) * 2 > len(anchors) and sum(map(placed, run)) * 2 < len(run)


def _placed_below(
    lines: list[Line], headings: list[Anchor], run: list[Anchor], gazetteer: Gazetteer
) -> bool:
    """Items that each open with a place under headings that name none (二、关于总结推广县域
    典型经验的建议 over （一）襄垣县推行…): the items are the cases, however few."""

    def placed(anchor: Anchor) -> bool:  # 许昌市：推行… whose heading is what follows the place
        line = lines[anchor.index].stripped
        return any(opens_with_place(text, gazetteer) for text in (anchor.heading[0].stripped, line))

    return all(map(placed, run)) and not any(map(placed, headings))


def _inside_facets(lines: list[Line], anchors: list[Anchor]) -> bool:
    """A text told in bracketed facets (【背景】 【做法】 一是…二是… 【成效】) whose anchors all lie
    inside them: the items are the steps of its one case, not cases."""
    cues = load_cues()
    facet, tag = cues.regex("segment", "facet-section"), cues.regex("segment", "heading-tag")
    labels = [
        i
        for i, ln in enumerate(lines)
        if (m := tag.fullmatch(ln.stripped)) and facet.match(m.group()[1:-1])
    ]
    return len(labels) >= 2 and all(a.index > labels[0] for a in anchors)


def _under_no_cases(lines: list[Line], anchor: Anchor) -> bool:
    """Whether an anchor is, or lies under, a ``一、`` section that holds no cases (三、存在问题,
    四、意见建议), or a part numbered in formal numerals above its ``一、`` items (贰、会员主要
    反映问题): its items are problems or advice, no run of cases."""
    above = [ln.stripped for ln in reversed(lines[: anchor.index + 1])]
    section = next((text for text in above if SECTION.match(text)), None)
    part = next((text for text in above if FORMAL_PART.match(text)), None)
    return any(text is not None and holds_no_cases(text) for text in (section, part))


def _in_a_comment_box(lines: list[Line], anchor: Anchor) -> bool:
    """Whether a run's item stands under the label of the writer's own comment (观察｜…,
    【记者手记】), the lines between them being items of the run."""
    above = anchor.index - 1
    while above >= 0 and ORDINAL_ITEM.match(lines[above].stripped):
        above -= 1
    return above >= 0 and box_label(unemphasised(lines[above].stripped)) == COMMENT


def _held_by(headings: list[Anchor], run: list[Anchor]) -> bool:
    """Whether every heading holds at least one anchor of the run before the next heading."""
    bounds = [*(h.index for h in headings), None]
    return all(
        any(start < a.index and (stop is None or a.index < stop) for a in run)
        for start, stop in itertools.pairwise(bounds)
    )


_UNNUMBERED = (run_in_items,)
"""Layouts of paragraphs that carry no number: prose, whose numbers are results only where a
result is said."""
_FACETED = (bracketed_headings, chinese_ordinal_headings)
"""Layouts whose headings may be the facets of one case rather than cases."""
_STEP_LAYOUTS = (ordinal_items, chinese_ordinal_headings, sentence_items)
"""Layouts whose items may be the steps of one place's reform a title names (一是…, 一、…,
一、变“先注销后设立”为“直接变更”。…)."""
_SINGLE_OK = (*_FACETED, practice_boxes)
"""Layouts that return a single anchor only when its heading opens with a place."""


def _themes_over_stories(
    doc: Document, lines: list[Line], anchors: list[Anchor], gazetteer: Gazetteer
) -> Reading | None:
    """Numbered theme headings that name no place (一、数字赋能，让企业少跑腿) over the stories
    of several places (more stories than the headings that hold them; a heading that names no
    practice, 一、口碑 or 二、突出问题, may hold none): the stories are the cases, the headings
    their sections. A
    heading opens with a place only when it is read as one in running text too: 开发区改革
    names a kind of zone, not 广州开发区."""
    if any(_names_place_first(a.heading[0].text, gazetteer) for a in anchors):
        return None
    reading = read_feature(doc, lines, gazetteer)
    starts = [a.index for a in anchors]
    holding = {max((i for i in starts if i <= a.index), default=None) for a in reading.anchors}
    more = None not in holding and len(reading.anchors) > len(holding)  # no story of the lead
    verb = load_cues().regex("segment", "practice-verb")
    idle = [a for a in anchors if a.index not in holding and verb.search(a.heading[0].text)]
    return reading if reading.sections and more and not idle else None


def _names_place_first(text: str, gazetteer: Gazetteer) -> bool:
    return opens_with_place(text, gazetteer) and bool(find_regions(text, gazetteer, None))


def _directives(lines: list[Line], anchors: list[Anchor]) -> bool:
    """Items most of which tell the addressees what to do, in their title or going on from it
    (一是提高思想认识。各地各部门要…; 一、各地要将…; the ``closing-paragraph`` cues): a notice's
    requirements."""
    closing = load_cues().regex("segment", "closing-paragraph")
    told = [
        closing.match(a.heading[0].stripped)  # 三、请于12月20日前将…报送: a run-in item
        or closing.match(
            lines[a.index].text[a.heading[-1].end - lines[a.index].start :].lstrip("。.,，:： ")
        )
        for a in anchors
        if a.heading and a.heading[-1].end <= lines[a.index].end
    ]
    return sum(bool(m) for m in told) * 2 >= len(anchors)


def _paragraphs_under_places(
    lines: list[Line], anchors: list[Anchor], gazetteer: Gazetteer
) -> list[Anchor]:
    """Numbered headings that are only a place's name ((一)洛阳市), each over paragraphs that
    open with a place (洛阳市推行…, 孟津区围绕…), some over two or more: each paragraph is a
    case, told in its first sentence; the headings are sections. None unless so."""
    ends = [a.index for a in anchors[1:]] + [len(lines)]
    found: list[Anchor] = []
    for anchor, end in zip(anchors, ends, strict=True):
        heading = anchor.heading[0].stripped if anchor.heading else ""
        chain = gazetteer.parse_chain(heading, 0, None, allow_chained_first=True)
        if not chain or chain[-1][1] != len(heading):
            return []
        placed = [
            Anchor(k, None, (first_sentence(lines[k]),), k, opening=lines[k].content_start)
            for k in range(anchor.body_from, end)
            if opens_with_place(lines[k].stripped, gazetteer)
        ]
        if not placed:
            return []
        found += placed
    return found if len(found) > len(anchors) else []


def _titled_reform(
    doc: Document, lines: list[Line], items: list[Anchor], gazetteer: Gazetteer
) -> Anchor | None:
    """The one case of a notice whose title spreads one place's quoted reform (关于学习推广
    广安市不动产登记“带押过户、交房即交证”…; a report's headline, 德州政策兑现「免申即享」)
    told by a paragraph that place leads (广安市以…为牵引), then 一是…四是… items that name no
    place, nor open their bodies with another place (临沂市…, 济宁市… under 聊城's headline: those
    places' stories): the paragraph opens it, the items are its steps; None for any other
    text."""
    place, headline = _reform_headline(doc, lines, items[0].index, gazetteer)
    if place is None or any(
        _names_place_first(a.heading[0].text, gazetteer) for a in items if a.heading
    ):
        return None
    for item in items:
        body = lines[item.body_from].stripped if item.body_from < len(lines) else ""
        led = find_regions(body[:_LED_WITHIN], gazetteer, None)
        if led and not gazetteer.is_within(led[0].region, place):
            return None
    opener = load_cues().regex("segment", "story-opener")  # 今年以来，郴州市以…为牵引
    facets = _all_facets(items)  # 一、主要做法 二、初步成效: one case written up, not a brand's
    for k in range(items[0].index - 1, -1, -1):
        text = lines[k].stripped
        skip = opener.match(text) if facets else None
        led = find_regions(text[skip.end() if skip else 0 :][:_LED_WITHIN], gazetteer, None)
        if led and led[0].region == place and is_prose(text):
            if headline is not None:  # an article's headline heads its case
                return Anchor(headline, None, (lines[headline],), headline)
            return Anchor(k, None, (first_sentence(lines[k]),), k)
    return None


def _reform_headline(
    doc: Document, lines: list[Line], before: int, gazetteer: Gazetteer
) -> tuple[Region | None, int | None]:
    """The one place of the title, or of a headline line above line ``before`` (a web page's
    title is its site's: 中国评论新闻网 over 德州政策兑现「免申即享」), that names a quoted
    reform, and the headline's line (None for the title, or an official document's own title:
    关于学习推广…的通知; a headline line comes first: an e-mail's 主题：转发：…经验材料 over the
    article's 义乌市推行“一支队伍管执法”改革); a bulletin's article heading, listed in its
    contents, is no headline of the text."""
    listed = listed_in_contents(doc, lines)
    above = [(i, ln.stripped) for i, ln in enumerate(lines[:before]) if i not in listed]
    for at, line in [*above, (None, doc.metadata.title or "")]:
        if "。" in line or not any(mark in line for mark in OPEN_QUOTES):
            continue
        named = {m.region for m in find_regions(line, gazetteer, None)}
        if len(named) == 1:
            official = load_cues().regex("segment", "document-title").search(line)
            return named.pop(), None if official else at
    return None, None


_NAME_SHORTEST = 4
"""The fewest characters of a quoted name a headline repeats from its lead (not a short word
set apart: 从“便利”走向“满意”)."""

_LED_WITHIN = 6
"""The characters a paragraph's place must start within to lead it."""


def _numbered_stages(anchors: list[Anchor]) -> bool:
    """Numbered headings that each name a stage of one reform (01｜试点：…, 02｜推开：…,
    03｜延伸：…; the ``stage-heading`` cues): one case told in stages, not several."""
    stage = load_cues().regex("segment", "stage-heading")
    return len(anchors) >= 2 and all(
        a.heading and stage.search(a.heading[0].stripped) for a in anchors
    )


def _one_reform_told_in_parts(
    doc: Document, lines: list[Line], anchors: list[Anchor], gazetteer: Gazetteer
) -> bool:
    """Headings that name no place, under a lead telling one place's reform in stages (联合报装
    改革三年三步走: the ``stages-lead`` cues) or a headline naming its one practice over headings
    naming none (:func:`practice_over_facets`), over sections whose stories no other place
    opens: the stages or facets of that reform, one case."""
    if len(anchors) < 2 or not all(a.heading for a in anchors):
        return False
    lead = doc.view[: lines[anchors[0].index].start]  # a headline's second line too
    staged = load_cues().regex("segment", "stages-lead").search(lead)
    if not (staged or practice_over_facets(doc, lines, [a.index for a in anchors], gazetteer)):
        return False
    if any(find_regions(a.heading[0].text, gazetteer, None) for a in anchors):
        return False
    scope = document_region(doc, gazetteer)
    bodies = [lines[a.body_from].stripped for a in anchors if a.body_from < len(lines)]
    return scope is not None and all(
        chain[-1][3] == scope for body in bodies if (chain := gazetteer.parse_chain(body, 0, None))
    )


def _practices_under_places(
    lines: list[Line], anchors: list[Anchor], gazetteer: Gazetteer
) -> tuple[list[Anchor], dict[int, Line]]:
    """Place headings (宜州区：三项举措为…) over numbered items that each open with a practice
    verb and name a practice of their own (一、推出“蚕茧贷”… 二、推行…“零跑腿”报装…), a plan
    after them at most (三、下一步打算): the items are the place's cases, the heading their
    section; items that name none (一、建立专员队伍。) are one practice's facets, and the
    heading stays the case. The anchors, and the headings so made sections."""
    cues = load_cues()
    verb, planned = cues.regex("segment", "practice-verb"), cues.regex("segment", "planned-section")
    runs = sentence_runs(lines, gazetteer)
    out: list[Anchor] = []
    holders: dict[int, Line] = {}
    for anchor, after in zip(anchors, [*anchors[1:], None], strict=True):
        end = after.index if after else len(lines)
        inside = {i.index: i for run in runs for i in run if anchor.index < i.index < end}
        items = [inside[k] for k in sorted(inside)]
        named = [i for i in items if _names_a_practice(i, verb)]
        rest = items[len(named) :]
        if (
            not anchor.heading
            or not opens_with_place(anchor.heading[0].stripped, gazetteer)
            or len(named) < 2
            or items[: len(named)] != named
            or not all(i.heading and planned.search(i.heading[0].stripped) for i in rest)
        ):
            out.append(anchor)
            continue
        out += named
        holders[anchor.index] = lines[anchor.index]
    return out, holders


def _names_a_practice(item: Anchor, verb: re.Pattern[str]) -> bool:
    """An item whose heading opens with a practice verb that quotes the practice's name
    (:func:`named_practices`: the one reading of a verb and its quoted name)."""
    heading = item.heading[0].stripped if item.heading else ""
    return bool(verb.match(heading)) and bool(named_practices(heading))


def _name_fields(anchors: list[Anchor]) -> bool:
    """Headings that each name a field of work (1.办税缴费便利化方面): groups of the items
    numbered under them, not cases."""
    field = load_cues().regex("segment", "theme-section")
    return all(a.body_from > a.index and field.search(a.heading[0].stripped) for a in anchors)


def _all_facets(anchors: list[Anchor]) -> bool:
    facet = load_cues().regex("segment", "facet-section")
    return sum(bool(facet.match(a.heading[0].stripped)) for a in anchors) * 2 > len(anchors)


def _one_case_written_up(anchors: list[Anchor]) -> bool:
    """Whether the headings are all facets and open with the case's background (（一）背景
    （二）做法 （三）成效 （四）启示): one case written up, its 一是…二是… the steps of its
    做法; a work report's 一、主要做法 二、存在问题 lists its practices as cases."""
    background = load_cues().regex("segment", "case-background")
    first = anchors[0].heading[0].stripped if anchors[0].heading else ""
    return _all_facets(anchors) and background.match(first) is not None


def _mostly_steps(run: list[Anchor], gazetteer: Gazetteer) -> bool:
    """Items most of which name no place (一是建立培育库…, 二是推行…): under facets that
    ``一、`` cases each hold, the steps of those cases, not cases."""
    placed = sum(opens_with_place(a.heading[0].stripped, gazetteer) for a in run if a.heading)
    return placed * 2 < len(run)


def _facet_holders(lines: list[Line], facets: list[Anchor], gazetteer: Gazetteer) -> list[Anchor]:
    """The ``一、`` headings above facet headings, when each holds its own facets: then every
    one is a case told in facets (一、芜湖市：… (一)主要做法 (二)取得成效 二、蚌埠市：…)."""
    cases = chinese_ordinal_headings(lines, gazetteer)
    held = {max((c.index for c in cases if c.index < f.index), default=-1) for f in facets}
    return cases if len(cases) >= 2 and held == {c.index for c in cases} else []


# --- bodies, sections, status ---------------------------------------------------------------


def _measures(
    doc: Document,
    lines: list[Line],
    plan: _Plan,
    gazetteer: Gazetteer,
    aside: tuple[tuple[int, int], ...] = (),
) -> list[Measure]:
    """Measures of a plan's anchors; a case is planned under a section that says so, or when
    its own words do. No body runs over a passage read ``aside`` (a table of cases), nor over
    an anchor that is no case (四、几点体会 ends the case above it)."""
    planned = load_cues().regex("segment", "planned-section")
    sections = plan.sections
    anchors = _not_problems(plan.anchors, sections)
    stops = {a.index for a in plan.anchors} | set(sections) | _sibling_facets(lines, anchors)
    ends = [_body_end(doc, lines, a, stops, aside) if a.until is None else a.until for a in anchors]
    if _one_paragraph_items(lines, anchors, ends):
        ends[-1] = min(ends[-1], lines[anchors[-1].index].end)
    if anchors:
        ends[-1] = _before_closing(lines, anchors[-1], ends[-1], gazetteer, one=len(anchors) == 1)
    measures = []
    for ordinal, (anchor, end) in enumerate(zip(anchors, ends, strict=True), 1):
        section = _governing_section(sections, anchor.index)
        measures.append(
            Measure(
                doc=doc,
                ordinal=ordinal,
                label=anchor.label,
                heading=_plain("".join(ln.stripped for ln in anchor.heading)),
                heading_lines=anchor.heading,
                end=end,
                section=section,
                status="planned"
                if (section and planned.search(section.text))
                or anchor.index in plan.planned_at
                or _plans_itself(anchor)
                else "implemented",
                prose=plan.prose,
                opening=anchor.opening,
            )
        )
    return measures


def _plain(heading: str) -> str:
    """A heading as a title: without the Markdown emphasis inside it (**历下区**  在全市…)."""
    return load_cues().regex("segment", "emphasis-mark").sub("", heading)


def _plans_itself(anchor: Anchor) -> bool:
    """A numbered item headed by what its subject plans, by a date (白山市计划于2025年底前
    上线…): planned in its own words, whatever section it stands in."""
    heading = "".join(line.stripped for line in anchor.heading)
    return bool(load_cues().regex("segment", "planned-lead").match(heading))


def _not_problems(anchors: list[Anchor], sections: dict[int, Line]) -> list[Anchor]:
    """Items of a report's section on its problems or its advice (二、存在问题 一是…,
    三、意见和建议 (一)…), and such a section's heading read as a case's, are not cases,
    unless the section also says what is planned; nor is a heading on what comes next read
    as a case's (三、下一步：让改革红利…, over an official's remarks on plans)."""
    plan = load_cues().regex("segment", "plan-heading")
    out = []
    for anchor in anchors:
        section = _governing_section(sections, anchor.index)
        heading = anchor.heading[0].stripped if anchor.heading else ""
        problems = (section and holds_no_cases(section.text)) or holds_no_cases(heading)
        if not problems and not plan.match(heading):
            out.append(anchor)
    return out


def _section_lines(lines: list[Line], anchors: list[Anchor]) -> dict[int, Line]:
    """Section headings: ``一、…`` lines, or short lines standing just before case anchors.

    A short line before an anchor counts only when it happens at least twice, so a
    document's own title above its first case is not taken for a section; a bracketed tag
    right under a case's heading (【淮安市公安局】) names its body, no section; a line of results
    (数据：…), a list's item (– 累计发放贷款7.6亿元) or a table's row (| 办理时间 | 15 | 2 |)
    ending the case above is none.
    """
    anchor_lines = {a.index for a in anchors}
    credits = {a.body_from for a in anchors}  # 案例一：… over 【淮安市公安局】: the case's body
    parts = _parts_of_cases(lines, anchors)
    explicit = {
        i: _tail(ln)
        for i, ln in enumerate(lines)
        if (
            (SECTION.match(ln.stripped) and "。" not in ln.stripped)
            or field_section(ln.stripped)
            or (_tag_alone(ln.stripped) and i not in credits)
        )
        and i not in anchor_lines
        and not _is_facet(ln)
        and i not in parts
    }
    cues = load_cues()
    data, bullet = cues.regex("segment", "data-line"), cues.regex("segment", "item-bullet")
    credit = cues.regex("segment", "credit-line")  # 责任单位：… closing the case above
    before = {
        a.index - 1: _tail(lines[a.index - 1])
        for a in anchors
        if a.index > 0
        and is_heading_like(lines[a.index - 1].stripped, WRAP_MAX)
        and not data.match(lines[a.index - 1].stripped)
        and not bullet.match(lines[a.index - 1].stripped)
        and not credit.match(lines[a.index - 1].stripped)
        and not lines[a.index - 1].stripped.startswith("|")
        and a.index - 1 not in anchor_lines
    }
    return explicit | (before if len(before) >= 2 else {})


def _tag_alone(text: str) -> bool:
    """A bracketed tag alone on its line that names no facet of a case (【信息速递】, 【下步打算】
    after a bulletin's items; not 【经验做法】): a section of its own."""
    cues = load_cues()
    tag = cues.regex("segment", "heading-tag").fullmatch(text)
    return tag is not None and not cues.regex("segment", "facet-section").match(text[1:-1])


def _parts_of_cases(lines: list[Line], anchors: list[Anchor]) -> set[int]:
    """``一、`` headings inside a case told in facets, after the first of them (案例2 …
    一、主要做法 二、取得成效 三、下一步工作): parts of that case, not sections over the next."""
    bounds = [*(a.index for a in anchors), len(lines)]
    parts: set[int] = set()
    for start, stop in itertools.pairwise(bounds):
        facets = [i for i in range(start + 1, stop) if _is_facet(lines[i])]
        if facets:
            parts |= {i for i in range(facets[0], stop) if SECTION.match(lines[i].stripped)}
    return parts


def _is_facet(line: Line) -> bool:
    """A facet of the case above it (一、基本情况 二、主要做法 三、取得成效), not a section."""
    match = SECTION.match(line.stripped)
    facet = load_cues().regex("segment", "facet-section")
    return bool(match and facet.match(match.group(2)))


def _tail(line: Line) -> Line:
    start = line.content_start
    return Line(start, start + len(line.stripped), line.stripped)


def _governing_section(sections: dict[int, Line], index: int) -> Line | None:
    above = [i for i in sections if i < index]
    return sections[max(above)] if above else None


def _body_end(
    doc: Document,
    lines: list[Line],
    anchor: Anchor,
    stops: set[int],
    aside: tuple[tuple[int, int], ...],
) -> int:
    """The body runs to the next case or section (or where its story stops), stopping before
    a closing sign-off (a body's name alone on a line, unless it opens the body: 05|纳税服务
    over 国家税务总局秦皇岛市税务局 credits it), a box set beside the story (延伸阅读, left out
    of the content lines, or the writer's own comment: 编后, 💡 小鹿说两句：), a rule or the
    next issue's masthead (――――, 第22期; not the issue line under a bulletin's name that
    heads its one case), a passage read aside (a table of cases) and at a skipped repeat
    (what follows a repeated copy of the article, such as a page's footer, is not the case's
    text)."""
    cues = load_cues()
    closing, head_end = cues.regex("segment", "closing"), cues.regex("segment", "head-end")
    end = anchor.heading[-1].end
    last = len(lines) if anchor.stop is None else anchor.stop
    told = False  # a paragraph of the body has come: no issuer or source line under a title
    for j in range(anchor.body_from, last):
        signed = j > anchor.body_from and told and is_issuer_line(lines[j].stripped)
        masthead = told and head_end.match(lines[j].stripped)  # not the issue line under it
        sign_off = closing.search(lines[j].stripped) or signed or masthead
        repeated = any(end <= start < lines[j].start for start, _ in doc.repeats + aside)
        gap = doc.view[end : lines[j].start].splitlines()
        labels = [unemphasised(raw.strip()) for raw in [*gap, lines[j].stripped]]
        boxed = any(map(box_label, labels))
        signed_off = told and any(closing.search(label) for label in labels[:-1])  # 抄送：…
        if (j in stops and j != anchor.index) or sign_off or signed_off or repeated or boxed:
            break
        end = max(end, lines[j].end)
        beyond = j != anchor.index or anchor.heading[-1].end < lines[j].end  # a run-in item
        told = told or (beyond and is_prose(lines[j].stripped))
    return end


def _before_closing(
    lines: list[Line], anchor: Anchor, end: int, gazetteer: Gazetteer, one: bool
) -> int:
    """Where the last case ends before a paragraph that speaks for the whole document
    (下一步，…, 总体看，…, 各地要…: the ``closing-paragraph`` cues). The one case of a text
    ends there too, unless the paragraph is no plan (一位教授…表示，…) and a later one goes
    on with the story's results, led by a place (改革推行以来，麻章区已有14个项目…): an
    expert may speak in the middle of it."""
    cues = load_cues()
    closing = cues.regex("segment", "closing-paragraph")
    planned = cues.regex("segment", "planned-section")
    for j in range(max(anchor.body_from, anchor.index + 1), len(lines)):
        if lines[j].start >= end:
            break
        text = lines[j].stripped
        comment = one and not planned.search(text[:_PLAN_OPENING])
        if closing.match(text) and not (comment and _story_goes_on(lines, j + 1, end, gazetteer)):
            above = lines[j - 1].stripped
            headed = is_heading_like(above, WRAP_MAX) and not is_prose(above)
            if j - 1 > anchor.body_from and headed:
                j -= 1  # 【工作提示】 over 请各设区市…: the closing's own heading
            return max(anchor.heading[-1].end, lines[j - 1].end)
    return end


def _story_goes_on(lines: list[Line], start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether a paragraph from ``start`` on, before ``end``, opens with a place past the
    words that open a story and gives figures (改革推行以来，麻章区已有14个…): its results."""
    opener = load_cues().regex("segment", "story-opener")
    for line in lines[start:]:
        if line.start >= end:
            break
        words = line.stripped
        skip = opener.match(words)
        figures = any(char.isdigit() for char in words)
        if figures and opens_with_place(words[skip.end() if skip else 0 :], gazetteer):
            return True
    return False


_PLAN_OPENING = 16
"""How far into a closing paragraph its plan word comes (据米东区司法局介绍，下一步，…)."""


def _sibling_facets(lines: list[Line], anchors: list[Anchor]) -> set[int]:
    """``一、`` facet headings (二、取得成效) of a report whose cases sit below them, numbered
    (一) or 1. or 一是: the sections of the report, each ending the case above it. Cases that
    are themselves ``一、`` headings, labelled 案例 or set on number lines hold their facets."""
    if not anchors or not all(_below_sections(lines[a.index], a.label) for a in anchors):
        return set()
    return {i for i, ln in enumerate(lines) if _is_facet(ln)}


def _below_sections(line: Line, label: str | None) -> bool:
    """A case label of a rank below ``一、``, opening its line: (一) (1) 1. 一是."""
    return (
        bool(label)
        and line.stripped != label
        and not SECTION.match(line.stripped)
        and (label.startswith("(") or label.endswith("是") or label.isdigit())
    )


def _one_paragraph_items(lines: list[Line], anchors: list[Anchor], ends: list[int]) -> bool:
    """A list whose items are each one paragraph (a notice's one-line items, 一是… 二是…): its
    last item is one paragraph too, and a paragraph after it (各地要…, 下一步…) speaks for
    the whole document."""
    paragraphs = all(a.body_from == a.index for a in anchors)
    return (
        paragraphs
        and len(anchors) >= 3
        and all(end <= lines[a.index].end for a, end in zip(anchors[:-1], ends, strict=False))
    )
