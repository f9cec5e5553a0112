"""A newspaper column of short dispatches (地方传真), each opened by its dateline.

Each paragraph opened by a dateline (``本报赣州5月6日电（记者 …）``, ``本报讯（记者 …）``) is a
dispatch of its own, about one place's practice: a case from its dateline, headed by its first
sentence after it (or from its own headline right above it, headed by that), running to the
next dispatch. The column ends with the last dispatch's
paragraph: below it come a photo's caption and the editor's name, no part of any case. The
dateline names where the paper filed from, the place of a dispatch whose words name none
(市不动产登记中心…; kg/extract/regions.py reads the words first).

Example:
    >>> from kg.corpus import read_document
    >>> from kg.segment.lines import content_lines
    >>> path = out / "column.txt"
    >>> _ = path.write_text("\\n".join([
    ...     "地方传真",
    ...     "本报杭州5月6日电（记者 甲）杭州市推行“一网通办”，办件时间压缩60%。",
    ...     "本报讯（记者 乙）宁波市鄞州区推行“证照联办”，办结率达到99%。",
    ...     "本报温州5月6日电（记者 丙）温州市上线惠企平台，兑现资金3亿元。",
    ...     "（图片说明）工作人员为企业讲解流程。",
    ... ]), encoding="utf-8")
    >>> doc = read_document(path)
    >>> [a.heading[0].text[:5] for a in dispatches(doc, content_lines(doc))]
    ['杭州市推行', '宁波市鄞州', '温州市上线']
"""

from __future__ import annotations

from kg.corpus import Document, Line
from kg.cues import load_cues
from kg.segment.lines import Anchor, first_sentence, headings_above, tail

MIN_DISPATCHES = 3
"""Paragraphs opened by a dateline that make a text a column of dispatches."""


def dispatches(doc: Document, lines: list[Line]) -> list[Anchor]:
    """One anchor per paragraph opened by a dateline, up to the next such paragraph."""
    dateline = load_cues().regex("segment", "dateline")
    opened: dict[int, int] = {}  # line → where its dateline starts
    for i, line in enumerate(lines):
        start = doc.view.rfind("\n", 0, line.start) + 1
        before = doc.view[start : line.start]
        if (
            before.strip()
            and (m := dateline.match(before.strip()))
            and m.end() == len(before.strip())
        ):
            opened[i] = start + len(before) - len(before.lstrip())
    if len(opened) < MIN_DISPATCHES:
        return []
    heads = {i: _headline_above(lines, i, opened) for i in opened}
    if None in heads.values():  # a masthead above the first: no dispatch has a headline
        heads = dict.fromkeys(opened)
    starts = [i if heads[i] is None else heads[i] for i in opened]
    stops = [*starts[1:], list(opened)[-1] + 1]
    return [
        Anchor(i, None, (first_sentence(lines[i]),), i, stop, opening=opened[i])
        if heads[i] is None
        else Anchor(heads[i], None, (tail(lines[heads[i]], 0),), i, stop)
        for i, stop in zip(opened, stops, strict=True)
    ]


def _headline_above(lines: list[Line], i: int, opened: dict[int, int]) -> int | None:
    """The line right above a dispatch when it is the dispatch's own headline (问办协同
    纳税人咨询“即问即办” over 本报讯 …): the case starts there and is headed by it, where
    every dispatch has one."""
    return i - 1 if i - 1 not in opened and headings_above(lines, i, 1) else None
