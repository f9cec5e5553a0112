"""A year in review told as a timeline: a paragraph per month (``3月，甲市率先推行…``).

Each entry whose words after the month open with a place (a city, a county, the province's
own bureau) tells that place's practice: a case of one paragraph, headed by its first
sentence. An entry led by a national body or a meeting of the province's leaders
(``4月，国家发展改革委召开…``, ``12月，省委、省政府召开…``) names no place doing the work and
is no case, nor part of the case above it. Entries in a row that open with the same place
(``3月，甲市启动…`` ``6月，甲市又…``) tell the stages of one case.

Example:
    >>> from kg.corpus import read_document
    >>> from kg.gazetteer import Gazetteer
    >>> from kg.segment.lines import content_lines
    >>> path = out / "year.txt"
    >>> _ = path.write_text("\\n".join([
    ...     "一年回眸",
    ...     "1月，国务院办公厅印发意见，部署优化政务服务。",
    ...     "3月，杭州市推行企业开办“一网通办”，开办时间压缩至半天。",
    ...     "5月，宁波市上线惠企政策平台，兑现资金3亿元。",
    ...     "8月，温州市推行“证照联办”，办结率达到99%。",
    ... ]), encoding="utf-8")
    >>> entries = timeline(content_lines(read_document(path)), Gazetteer.load())
    >>> [a.heading[0].text[:6] for a in entries]
    ['3月,杭州市', '5月,宁波市', '8月,温州市']
"""

from __future__ import annotations

from dataclasses import replace

from kg.corpus import Line
from kg.cues import load_cues
from kg.gazetteer import Gazetteer
from kg.segment.lines import TITLE_MAX, Anchor, first_sentence, is_heading_like

MIN_ENTRIES = 4
"""Paragraphs opened by a month that make a text a timeline."""


def timeline(lines: list[Line], gazetteer: Gazetteer) -> list[Anchor]:
    """One anchor per month's entry that opens with a place, its body that paragraph; the
    next entries of the same place are stages of its case, which runs on over them."""
    month = load_cues().regex("segment", "timeline-entry")
    entries = [(i, m.end()) for i, ln in enumerate(lines) if (m := month.match(ln.stripped))]
    if len(entries) < MIN_ENTRIES or _titled(lines, entries):
        return []
    anchors: list[Anchor] = []
    place = None
    for i, after in entries:
        chain = gazetteer.parse_chain(lines[i].stripped, after, None, allow_chained_first=True)
        if not chain:
            place = None
        elif chain[-1][3] == place and anchors[-1].stop == i:
            anchors[-1] = replace(anchors[-1], stop=i + 1)
        else:
            anchors.append(Anchor(i, None, (first_sentence(lines[i]),), i, i + 1))
            place = chain[-1][3]
    return anchors


def _titled(lines: list[Line], entries: list[tuple[int, int]]) -> bool:
    """Whether most dated paragraphs sit under a title of their own: a page's list of news
    (区政府召开第十二次常务会议 over 5月29日，…), each item told under its title, no timeline."""
    titled = sum(i > 0 and is_heading_like(lines[i - 1].stripped, TITLE_MAX) for i, _ in entries)
    return titled * 2 > len(entries)
