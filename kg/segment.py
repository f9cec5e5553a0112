"""Split a document into measures: one per case write-up, with heading, span, theme and status.

Typical-practice documents come in a family of layouts. Each layout is recognised by the
shape of its case anchors, tried in order; the first that finds a consistent run of at least
two cases wins:

1. labelled cases — ``案例一:`` on its own line, then a heading that may wrap over lines;
2. number lines — ``01`` alone on a line, then the heading; a short line just before the
   number is a section heading (the measure's theme);
3. inline numbers — ``1.上海:heading``;
4. place headings — ``济南:heading`` followed by body paragraphs;
5. ordinal headings — ``(一)heading`` or ``一、heading`` lines (three or more) over body text;
6. ordinal items — ``一是…``, ``二是…`` inside ``一、…`` sections; items under a section
   about future work (``二、工作打算``) are *planned*;
7. sentence headings — ``(一)推行X。body…``, ``一、…。`` or ``1.…。`` (three or more): the
   short first sentence is the heading and the body follows on the same line.

Example:
    >>> measures = segment(read_document(Path("seeds/004_f28145c5286a17a0.txt")))
    >>> len(measures), measures[-1].status
    (12, 'planned')
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kg.corpus import Document, DocumentError, Line, is_issuer_line
from kg.cues import load_cues

_CN_DIGITS = "零一二三四五六七八九"
_CN = "零〇一二两三四五六七八九十百"
_LABELLED = re.compile(rf"^[【\[]?(?:典型)?案例\s*([{_CN}\d]+)\s*[】\]]?\s*[:.、]?\s*(.*)$")
_NUMBER_LINE = re.compile(r"^(\d{1,3})$")
_INLINE_NUMBER = re.compile(r"^(\d{1,3})\s*[.、]\s*(\S.*)$")
_PLACE_HEADING = re.compile(r"^[\u4e00-\u9fff]{2,8}:\S.*$")
_ORDINAL_ITEM = re.compile(rf"^([{_CN}]+)是\s*(\S.*)$")
_SECTION = re.compile(rf"^([{_CN}]+)、\s*(\S.{{0,28}})$")
_BRACKETED = re.compile(rf"^\(([{_CN}\d]+)\)\s*(\S.*)$")
_CHINESE_ORDINAL = re.compile(rf"^([{_CN}]+)、\s*(\S.*)$")
_MIN_HEADED = 3
"""Ordinal headings (（一）…, 一、…) count as cases only when there are at least this many;
two are more likely the parts of a report (成效, 打算) with items inside."""
_CLOSING = re.compile(
    r"^[(]?(附件|联系人|联系电话|责任编辑|编辑|审核|来源|抄送|印发)"
    r"|^\d{4}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}\s*日?$"
)
_HEADING_MAX = 60
_WRAP_MAX = 30
_TITLE_MAX = 40


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

    @property
    def start(self) -> int:
        """Offset of the heading's first character in the original text."""
        return self.heading_lines[0].start

    @property
    def heading_end(self) -> int:
        """Offset just past the heading (its last wrapped line)."""
        return self.heading_lines[-1].end

    @property
    def view(self) -> str:
        """The measure's simplified half-width text: what extractors read."""
        return self.doc.view[self.start : self.end]


@dataclass(frozen=True)
class _Anchor:
    """Where a case starts: its label and heading lines, and the line index after them."""

    index: int
    label: str | None
    heading: tuple[Line, ...]
    body_from: int


def segment(doc: Document) -> list[Measure]:
    """Measures of a document in order; DocumentError when no case layout is recognised."""
    lines = [ln for ln in doc.lines() if ln.stripped]
    for find in _LAYOUTS:
        anchors = find(lines)
        if len(anchors) >= 2:
            return _measures(doc, lines, anchors)
    raise DocumentError(doc.path, "no recognisable case structure (no run of numbered cases)")


# --- layouts --------------------------------------------------------------------------------


def _labelled_cases(lines: list[Line]) -> list[_Anchor]:
    anchors = []
    for i, line in enumerate(lines):
        if match := _LABELLED.match(line.stripped):
            label = line.stripped[: match.start(1) + len(match.group(1))]
            anchors.append(_anchor_with_heading(lines, i, label, match.group(2)))
    return _consecutive(anchors, lambda a: _to_int(_LABELLED.match(a.label or "").group(1)))


def _number_lines(lines: list[Line]) -> list[_Anchor]:
    anchors = [
        _anchor_with_heading(lines, i, line.stripped, "")
        for i, line in enumerate(lines)
        if _NUMBER_LINE.match(line.stripped)
    ]
    return _consecutive(anchors, lambda a: int(a.label or 0))


def _inline_numbers(lines: list[Line]) -> list[_Anchor]:
    anchors = []
    for i, line in enumerate(lines):
        match = _INLINE_NUMBER.match(line.stripped)
        if match and _is_heading_like(match.group(2), _HEADING_MAX):
            heading = _tail(line, match.start(2))
            anchors.append(_Anchor(i, match.group(1), (heading,), i + 1))
    return _consecutive(anchors, lambda a: int(a.label or 0))


def _place_headings(lines: list[Line]) -> list[_Anchor]:
    anchors = [
        _Anchor(i, None, (_tail(line, 0),), i + 1)
        for i, line in enumerate(lines[:-1])
        if _PLACE_HEADING.match(line.stripped)
        and _is_heading_like(line.stripped, _TITLE_MAX)
        and not _is_heading_like(lines[i + 1].stripped, _HEADING_MAX)
    ]
    return anchors if len(anchors) >= 3 else []


def _bracketed_headings(lines: list[Line]) -> list[_Anchor]:
    """``(一)heading`` or ``(1)heading`` lines followed by body text."""
    return _ordinal_headings(lines, _BRACKETED)


def _chinese_ordinal_headings(lines: list[Line]) -> list[_Anchor]:
    """``一、heading`` lines followed by body text."""
    return _ordinal_headings(lines, _CHINESE_ORDINAL)


def _ordinal_headings(lines: list[Line], pattern: re.Pattern[str]) -> list[_Anchor]:
    anchors = []
    for i, line in enumerate(lines[:-1]):
        match = pattern.match(line.stripped)
        if (
            match
            and _is_heading_like(match.group(2), _HEADING_MAX)
            and not _is_heading_like(lines[i + 1].stripped, _HEADING_MAX)
        ):
            label = line.stripped[: match.start(2)].rstrip("、 ")
            anchors.append(_Anchor(i, label, (_tail(line, match.start(2)),), i + 1))
    run = _consecutive(anchors, _ordinal_number, lines)
    return run if len(run) >= _MIN_HEADED else []


def _ordinal_number(anchor: _Anchor) -> int | None:
    """The number of an ordinal label: (三) → 3, 二 → 2, 4 → 4."""
    return _to_int((anchor.label or "").strip("()"))


def _ordinal_items(lines: list[Line]) -> list[_Anchor]:
    """``一是…`` items; each run must count up from 一 (a new section restarts it)."""
    anchors, expected = [], 1
    for i, line in enumerate(lines):
        if _SECTION.match(line.stripped):
            expected = 1
        match = _ORDINAL_ITEM.match(line.stripped)
        if match and _to_int(match.group(1)) == expected:
            anchors.append(_Anchor(i, line.stripped[: match.start(2)], (_item_title(line),), i))
            expected += 1
    return anchors


def _sentence_headings(lines: list[Line]) -> list[_Anchor]:
    """``(一)推行X。body…``: an ordinal, a short first sentence as heading, the body after it."""
    for pattern in (_BRACKETED, _CHINESE_ORDINAL, _INLINE_NUMBER):
        anchors = []
        for i, line in enumerate(lines):
            match = pattern.match(line.stripped)
            if match and (heading := _lead_sentence(line, match.start(2))):
                label = line.stripped[: match.start(2)].rstrip("、. ")
                anchors.append(_Anchor(i, label, (heading,), i))
        run = _consecutive(anchors, _ordinal_number, lines)
        if len(run) >= _MIN_HEADED:
            return run
    return []


_LAYOUTS: tuple[Callable[[list[Line]], list[_Anchor]], ...] = (
    _labelled_cases,
    _number_lines,
    _inline_numbers,
    _place_headings,
    _bracketed_headings,
    _chinese_ordinal_headings,
    _ordinal_items,
    _sentence_headings,
)


# --- headings -------------------------------------------------------------------------------


def _anchor_with_heading(lines: list[Line], i: int, label: str, rest: str) -> _Anchor:
    """The heading is the rest of the label line, or the short lines that follow it."""
    if rest:
        line = lines[i]
        return _Anchor(i, label, (_tail(line, len(line.stripped) - len(rest)),), i + 1)
    heading: list[Line] = []
    j = i + 1
    while j < len(lines) and len(heading) < 3:
        limit = _HEADING_MAX if not heading else _WRAP_MAX
        if not _is_heading_like(lines[j].stripped, limit) or _starts_case(lines[j].stripped):
            break
        heading.append(_tail(lines[j], 0))
        j += 1
    if not heading or j >= len(lines):
        return _Anchor(i, None, (), i + 1)
    return _Anchor(i, label, tuple(heading), j)


def _starts_case(text: str) -> bool:
    return bool(_LABELLED.match(text) or _NUMBER_LINE.match(text))


def _is_heading_like(text: str, limit: int) -> bool:
    """Short, no full stop, not ending mid-sentence: a heading rather than body text."""
    return 0 < len(text) <= limit and "。" not in text and not text.endswith((",", ";", "、"))


def _tail(line: Line, skip: int) -> Line:
    """The part of a line from its ``skip``-th non-blank character, as its own Line."""
    start = line.content_start + skip
    text = line.text[start - line.start :].rstrip()
    return Line(start, start + len(text), text)


def _item_title(line: Line) -> Line:
    """An item's heading: its first sentence, or first clause when the sentence is long."""
    match = _ORDINAL_ITEM.match(line.stripped)
    assert match is not None
    body = _tail(line, match.start(2))
    cut = _first(body.text, "。;:!?") or len(body.text)
    if cut > _TITLE_MAX:
        cut = _first(body.text, ",", start=4) or _TITLE_MAX
    return Line(body.start, body.start + cut, body.text[:cut])


def _lead_sentence(line: Line, skip: int) -> Line | None:
    """The first sentence after ``skip`` when it is short and body text follows it."""
    body = _tail(line, skip)
    cut = _first(body.text, "。!?")
    if cut is None or not 4 <= cut <= _TITLE_MAX or len(body.text) <= cut + 1:
        return None
    return Line(body.start, body.start + cut, body.text[:cut])


def _first(text: str, chars: str, start: int = 0) -> int | None:
    hits = [i for i in (text.find(c, start) for c in chars) if i >= 0]
    return min(hits) if hits else None


def _consecutive(
    anchors: list[_Anchor], number: Callable[[_Anchor], int | None], lines: Sequence[Line] = ()
) -> list[_Anchor]:
    """The anchors numbered 1, 2, 3 … in order; stray numbers elsewhere are ignored.

    Given the lines, the count may restart at 1 after a ``一、…`` section heading, as cases
    numbered (一)(二) within each section do.
    """
    sections = [i for i, ln in enumerate(lines) if _SECTION.match(ln.stripped)]
    run: list[_Anchor] = []
    expected = 1
    for anchor in anchors:
        if not anchor.heading:
            continue
        if run and number(anchor) == 1 and _section_between(sections, run[-1], anchor):
            expected = 1
        if number(anchor) == expected:
            run.append(anchor)
            expected += 1
    return run


def _section_between(sections: list[int], before: _Anchor, after: _Anchor) -> bool:
    return any(before.index < i < after.index for i in sections)


def _to_int(numeral: str) -> int | None:
    """Chinese (一…九十九) or Arabic numerals as used in case labels."""
    if numeral.isdigit():
        return int(numeral)
    text = numeral.replace("两", "二").replace("〇", "零")
    if "十" not in text:
        return _CN_DIGITS.index(text) if len(text) == 1 and text in _CN_DIGITS else None
    tens, _, units = text.partition("十")
    if (tens and tens not in _CN_DIGITS) or (units and units not in _CN_DIGITS):
        return None
    return (_CN_DIGITS.index(tens) if tens else 1) * 10 + (_CN_DIGITS.index(units) if units else 0)


# --- bodies, sections, status ---------------------------------------------------------------


def _measures(doc: Document, lines: list[Line], anchors: list[_Anchor]) -> list[Measure]:
    sections = _section_lines(lines, anchors)
    starts = {a.index for a in anchors}
    planned = load_cues().regex("segment", "planned-section")
    measures = []
    for ordinal, anchor in enumerate(anchors, 1):
        section = _governing_section(sections, anchor.index)
        measures.append(
            Measure(
                doc=doc,
                ordinal=ordinal,
                label=anchor.label,
                heading="".join(ln.stripped for ln in anchor.heading),
                heading_lines=anchor.heading,
                end=_body_end(lines, anchor, starts | set(sections)),
                section=section,
                status="planned" if section and planned.search(section.text) else "implemented",
            )
        )
    return measures


def _section_lines(lines: list[Line], anchors: list[_Anchor]) -> dict[int, Line]:
    """Section headings: ``一、…`` lines, or short lines standing just before case anchors.

    A short line before an anchor counts only when it happens at least twice, so a
    document's own title above its first case is not taken for a section.
    """
    anchor_lines = {a.index for a in anchors}
    explicit = {
        i: _tail(ln, 0)
        for i, ln in enumerate(lines)
        if _SECTION.match(ln.stripped) and "。" not in ln.stripped and i not in anchor_lines
    }
    before = {
        a.index - 1: _tail(lines[a.index - 1], 0)
        for a in anchors
        if a.index > 0
        and _is_heading_like(lines[a.index - 1].stripped, _WRAP_MAX)
        and a.index - 1 not in anchor_lines
    }
    return explicit | (before if len(before) >= 2 else {})


def _governing_section(sections: dict[int, Line], index: int) -> Line | None:
    above = [i for i in sections if i < index]
    return sections[max(above)] if above else None


def _body_end(lines: list[Line], anchor: _Anchor, stops: set[int]) -> int:
    """The body runs to the next case or section, stopping before a closing sign-off."""
    end = anchor.heading[-1].end
    for j in range(anchor.body_from, len(lines)):
        closing = _CLOSING.match(lines[j].stripped) or is_issuer_line(lines[j].stripped)
        if (j in stops and j != anchor.index) or closing:
            break
        end = lines[j].end
    return end
