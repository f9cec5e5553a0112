"""What every layout reads: a document's content lines, and the shapes of headings in them.

Content lines are the view's non-blank lines outside repeated passages, YAML front matter and
news furniture (bylines, photo credits, image placeholders and the captions under them, page
lines, breadcrumbs, tool bars, footers: the
``furniture`` cues of ontology/cues/segment.csv; the titles listed under 相关链接; a dateline
that opens a paragraph, 新华社福州6月5日电（记者 林川）, whose story is kept). A Markdown title
or byline (``# ``, ``> ``) above the article's first paragraph is furniture too; any other
Markdown mark is a heading mark, skipped. Markdown emphasis around a line (``**本报记者　赵磊**``)
and a bullet that opens a heading (``▲洛阳市：…``: the ``heading-mark`` cues) are no part of it.
A text hard-wrapped at a right margin (as a PDF's text is often copied, with page numbers such
as ``— 1 —`` between pages) has each paragraph rejoined into one Line (over a page break too,
when its sentence runs on), whose ``stripped`` words leave the breaks out while its offsets
still index the view; extractors read the breaks as blanks (kg/corpus.py ``as_read``).

Example:
    >>> from kg.corpus import read_document
    >>> feature = "tests/data/dev-docs/15_renminribao_foshan_chuangxiangyi_single.txt"
    >>> doc = read_document(Path(feature))
    >>> [ln.stripped[:12] for ln in content_lines(doc)][:3]  # the kicker, then the article
    ['广东佛山市探索“创享易”', '广东万和新电气股份有限公', '季华实验室技术人员帮助前']
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from kg.corpus import SENTENCE_STOPS, Document, Line, front_matter, is_furniture, is_page_number
from kg.cues import load_cues
from kg.numerals import CN_NUMERAL_CHARS, parse_number

HEADING_MAX = 60
WRAP_MAX = 30
TITLE_MAX = 40
LIST_MIN = 3
"""The fewest items that make a list of cases where nothing else says so: numbered headings
or one-paragraph items in a run, paragraphs a recurring bullet opens, numbers run together in
one paragraph."""
SENTENCE_MAX = 150
"""A first sentence used as a title is cut here when no full stop comes sooner."""
OPEN_QUOTES = "“‘「『"
CLOSE_QUOTES = "”’」』"
_DATE_AT_END = r"\d{4}-\d{1,2}-\d{1,2}\s*$"
_NUMBER_LABEL = rf"[{CN_NUMERAL_CHARS}]+、|\([{CN_NUMERAL_CHARS}\d]+\)|\d{{1,3}}[.、](?=\D)"
"""The number a heading carries: 一、 (一) 1. (not a decimal)."""


@lru_cache(maxsize=1)
def _opens_case() -> re.Pattern[str]:
    """A case label that opens a paragraph: 一、 (一) 1., or a word of the cue ``case-label``
    (案例, a report's box 专栏)."""
    return re.compile(rf"{_NUMBER_LABEL}|{load_cues().regex('segment', 'case-label').pattern}")


@lru_cache(maxsize=1)
def _paragraph_indent() -> re.Pattern[str]:
    """Two or more spaces inside a line that open a new paragraph: after a sentence's end,
    before a case label, or before the date a news list sets after each headline (a line of
    its own, furniture)."""
    return re.compile(
        rf"(?<=[。!?;”」])\s{{2,}}(?=\S)|\s{{2,}}(?={_opens_case().pattern})|\s{{2,}}(?={_DATE_AT_END})"
    )


_HEADING_NUMBER = re.compile(rf"^(?:{_NUMBER_LABEL})\s*")
"""A heading's number, which its entry in a table of contents may not carry."""
_TITLE_MARKS = ("#", ">")
"""Markdown marks of a page's title and byline: furniture above the article's first paragraph
(a deeper heading, ``### 1. 南京市：…``, may already be a case)."""
_PROSE = 60
"""A line this long, or with a full stop, is body text rather than a heading."""
_WRAP_MIN = 10
"""Lines narrower than this (titles, dates, page numbers) say nothing about a margin."""
_MARGIN_SLACK = 2.5
"""How far short of the margin a wrapped line may stop (a wide quote or digit pair moved on)."""
_WRAPPED_LINES = 5
_WIDER_SHARE = 0.1
"""A hard-wrapped text has at least this many lines that fill its margin mid-sentence, and
few lines wider."""
_SPACED_CELLS = re.compile(r"\S( {2,})(?=\S)")
"""A cell of a table aligned by spaces, two or more of them before the next."""
_SET_IN = " " * 4
_RAGGED_LINE = 20
_RAGGED_SHARE = 0.8
"""A line this long, and near as long as the line under it, that stops mid-sentence right
above it is broken, not ended (a heading over its one-line paragraph is much shorter)."""
_APART_MIN = 3
"""A text of paragraphs between blank lines has at least this many."""
_CONTENTS_LEADER = re.compile(r"[\s.…·．-]*\d*\s*$")
_CONTENTS_KEY = 12
"""Characters of a contents entry compared with a heading: a heading wrapped over two lines
in the body still opens with them."""
_SENTENCE_ENDS = (*SENTENCE_STOPS, "”", "」")
_CLAUSE_ENDS = (*_SENTENCE_ENDS, ":", "：", ";", "；")
"""Where a line that ends a clause stops: no sentence runs on past it onto the next line."""
FULL_STOP = re.compile(r"。|(?<!\d)\.(?![0-9A-Za-z_])")
"""A sentence's full stop: 。, or in a text set in English punctuation a half-width full stop
(…供地. 许昌市…) with no digit beside it (0.5个工作日 is a decimal, 1.延安市 a label) and no
letter after it (www.zjzwfw.gov.cn, a file name or a script's name go on)."""


@dataclass(frozen=True)
class Anchor:
    """Where a case starts: its label and heading lines, the line index its body starts at,
    and (for a case that ends before the next one starts) the line index it stops before, or
    (for a clause of a series, ``广州…;惠州…``) the offset it ends at inside its line."""

    index: int
    label: str | None
    heading: tuple[Line, ...]
    body_from: int
    stop: int | None = None
    until: int | None = None
    opening: int | None = None
    """The offset the case's text opens at, when before its heading (a table row's cells)."""


_LINK_BULLETS = ("·", "・", "•", "-", "*")
"""Marks a list of links sets before each title."""


def content_lines(doc: Document) -> list[Line]:
    """The lines a layout reads, with furniture, front matter and Markdown marks left out."""
    lines = _text_lines(doc)
    cues = load_cues()
    marks = cues.regex("segment", "markdown-mark")
    related = cues.regex("segment", "related-list")
    image = cues.regex("segment", "image-placeholder")
    out: list[Line] = []
    in_article = in_links = captioned = False
    contents = _contents_of(doc).starts
    script = cues.regex("segment", "broadcast-script")
    label = cues.regex("segment", "broadcast-label")
    broadcast = any(script.match(line.stripped) for line in lines)
    comments = cues.regex("segment", "comments-section")
    for k, line in enumerate(lines):
        if comments.match(line.stripped):
            break  # readers' comments (网友评论（58）) and the page's foot below them
        if broadcast and (said := label.match(line.stripped)):
            line = tail(line, said.end())  # 【主持人】…, 【解说】…: a script's labels
            if not is_prose(line.stripped):
                continue  # 【同期声】无锡市市场监督管理局副局长 陈立群: who speaks next
        headed = (  # a news item's heading over its text, not a bulleted link (· 石家庄：…)
            k + 1 < len(lines)
            and is_prose(lines[k + 1].stripped)
            and not line.stripped.startswith(_LINK_BULLETS)
        )
        in_links = (in_links and not is_prose(line.stripped) and not headed) or bool(
            related.match(line.stripped)
        )
        caption, captioned = (
            captioned and not is_prose(line.stripped),
            bool(image.match(line.stripped)),
        )
        if in_links or captioned or caption or line.start in contents:
            continue
        line = _past_dateline(line)
        mark = marks.match(line.stripped)
        if mark and not in_article and mark.group().strip() in _TITLE_MARKS:
            continue
        if mark:
            line = tail(line, mark.end())
        line = _unmarked(line)
        if not line.stripped:
            continue
        if is_furniture(line.stripped):
            continue
        in_article = in_article or is_prose(line.stripped)
        out.append(line)
    return _rewrapped(doc, out)


@lru_cache(maxsize=4)
def _text_lines(doc: Document) -> tuple[Line, ...]:
    """The document's non-blank lines, a paragraph each, past any YAML front matter; kept for
    the few documents in hand, as content lines and a table of contents both read them."""
    lines = [part for ln in doc.lines() if ln.stripped for part in _paragraphs(ln)]
    return tuple(lines[_front_matter_size([ln.stripped for ln in lines]) :])


@dataclass(frozen=True)
class _Contents:
    starts: frozenset[int]
    """Where the lines of the tables of contents start: their labels and entries."""
    entries: frozenset[str]
    """The entries, as ``_contents_key`` reads them."""


@lru_cache(maxsize=4)
def _contents_of(doc: Document) -> _Contents:
    """The tables of contents of a text: a label (目录, 本期要目) over short lines, each naming a
    heading below, up to the line where the body repeats one (or the first paragraph); read
    once for the content lines and once more for the headings they list, so kept."""
    label = load_cues().regex("segment", "contents-list")
    starts: set[int] = set()
    entries: set[str] = set()
    listing: set[str] | None = None
    for line in _text_lines(doc):
        if label.match(line.stripped):
            starts.add(line.start)
            listing = set()
            continue
        if listing is None:
            continue
        key = _contents_key(_unmarked(line).stripped)
        if is_prose(line.stripped) or key in listing:
            listing = None
            continue
        starts.add(line.start)
        listing.add(key)
        entries.add(key)
    return _Contents(frozenset(starts), frozenset(entries))


def listed_in_contents(doc: Document, lines: list[Line]) -> set[int]:
    """The content lines a table of contents lists: headings, even the first one right under
    the masthead, where a title would stand (a bulletin's 本期要目 over its items)."""
    entries = _contents_of(doc).entries
    return {i for i, ln in enumerate(lines) if entries and _contents_key(ln.stripped) in entries}


def _contents_key(text: str) -> str:
    """An entry of a table of contents as its heading reads: without the dot leaders and page
    number after it (五华区“楼宇管家”服务……1), nor the number the heading may carry below
    (◎县税务局… lists 二、县税务局…), cut to a wrapped heading's first line."""
    return _CONTENTS_LEADER.sub("", _HEADING_NUMBER.sub("", text))[:_CONTENTS_KEY]


def _rewrapped(doc: Document, lines: list[Line]) -> list[Line]:
    """A text hard-wrapped at a right margin (as extracted from a PDF) with each paragraph
    back on one Line: a line that fills the margin runs on into the next line unless that one
    opens with an indent (a new paragraph), follows a blank line, or is a table's row. A text
    whose paragraphs stand between blank lines and break anywhere inside (copied from a
    phone app) has each paragraph's lines rejoined where one stops mid-sentence."""
    margin = _wrap_margin(doc)
    if margin is not None:
        return _joined(doc, lines, lambda before, line: _runs_on(doc, before, line, margin))
    if _ragged(doc, lines):
        return _joined(doc, lines, lambda before, line: _breaks_mid_sentence(doc, before, line))
    return _joined(doc, lines, lambda before, line: _split_by_page_break(doc, before, line))


def _split_by_page_break(doc: Document, before: Line, line: Line) -> bool:
    """Whether a paragraph of a text set a paragraph to a line runs on over a page break (…统一
    制定小作坊 / 第1页 共3页 / 生产加工卫生规范，…): the line above, longer than a heading, stops
    mid-sentence; the one below opens no case."""
    if not _page_break(doc.view[before.end : line.start]):
        return False
    last = doc.text[doc.text.rfind("\n", 0, before.end) + 1 : before.end].strip()
    return (
        len(last) > TITLE_MAX
        and not last.endswith(_CLAUSE_ENDS)
        and not _opens_case().match(line.stripped)
        and not _row(doc.text[line.start : line.end])
    )


def _joined(doc: Document, lines: list[Line], runs_on: Callable[[Line, Line], bool]) -> list[Line]:
    out: list[Line] = []
    for line in lines:
        if out and runs_on(out[-1], line):
            out[-1] = Line(out[-1].start, line.end, doc.view[out[-1].start : line.end])
        else:
            out.append(line)
    return out


def _ragged(doc: Document, lines: list[Line]) -> bool:
    """Whether the paragraphs stand between blank lines while many of their lines stop
    mid-sentence right above the next: a text broken anywhere, not at a margin."""
    pairs = list(itertools.pairwise(lines))
    apart = sum("\n\n" in doc.view[a.end : b.start].replace(" ", "") for a, b in pairs)
    broken = sum(_breaks_mid_sentence(doc, a, b) for a, b in pairs)
    return broken >= _WRAPPED_LINES and apart >= _APART_MIN and apart * 2 >= len(pairs) - broken


def _breaks_mid_sentence(doc: Document, before: Line, line: Line) -> bool:
    """Whether ``line`` goes on with the sentence the long line right above it leaves open."""
    gap = doc.view[before.end : line.start]
    raw = doc.text[doc.text.rfind("\n", 0, before.end) + 1 : before.end]
    last = raw.strip()
    below = doc.text[line.start : doc.text.find("\n", line.start) % (len(doc.text) + 1)]
    return (
        gap.count("\n") == 1
        and not gap.strip()
        and len(last) >= max(_RAGGED_LINE, _RAGGED_SHARE * len(below.strip()))
        and not last.endswith(_CLAUSE_ENDS)
        and not _opens_case().match(line.stripped)
        and not _row(raw)
        and not _row(doc.text[line.start : line.end])
    )


def _row(text: str) -> bool:
    """A table's row (| 遵义市 | 推行… |, cells set apart by tabs or by runs of spaces, or a
    cell's line set in under them), which is never wrapped."""
    words = text.strip()
    return "\t" in text or words.startswith(("|", "｜")) or _aligned_row(words) or is_set_in(text)


def is_set_in(text: str) -> bool:
    """Whether a line is set in with spaces under a row of a table aligned by spaces (its
    cells wrapped onto the lines below the row)."""
    return text.startswith(_SET_IN)


def _aligned_row(words: str) -> bool:
    """Three cells or more set apart by runs of spaces, one run wider than two (1     郑州市
    企业开办…; a repost's stray double spaces are none)."""
    gaps = _SPACED_CELLS.findall(words)
    return len(gaps) >= 2 and max(map(len, gaps)) > 2


def _runs_on(doc: Document, before: Line, line: Line, margin: float) -> bool:
    """Whether ``line`` continues the paragraph ``before``: the next line of the page (or,
    mid-sentence, the first of the next page, past its page number), not indented, after a
    line that fills the margin (in printed width, or in characters for a text wrapped by
    count, where digits take a full place) — unless a sentence ended there and the line opens with a
    case label (a text set without paragraph indents)."""
    gap = doc.view[before.end : line.start]
    last = doc.text[doc.text.rfind("\n", 0, before.end) + 1 : before.end]
    new_case = last.endswith(_SENTENCE_ENDS) and _opens_case().match(line.stripped)
    next_line = gap.count("\n") == 1 and not gap.strip()
    next_page = _page_break(gap) and not last.endswith(_SENTENCE_ENDS)
    return (
        (next_line or next_page)
        and line.content_start == line.start
        and "\t" not in before.text + line.text
        and max(printed_width(last), len(last)) >= margin - _MARGIN_SLACK
        and not new_case
    )


def _page_break(gap: str) -> bool:
    """Whether the text between two lines is a page break: page numbers and blank lines."""
    marks = [ln for ln in gap.splitlines() if ln.strip()]
    return bool(marks) and all(is_page_number(ln) for ln in marks)


def _wrap_margin(doc: Document) -> float | None:
    """The width most lines are set to, when the text is hard-wrapped: many lines fill it and
    stop mid-sentence, and almost none is wider (a text with a paragraph a line has lines
    of every width, each ending its sentence). Widths are printed widths, or characters for a
    text wrapped by count (a PDF set 38 characters to a line, digits taking a full place). A
    rule drawn across the page says nothing about the margin."""
    rule = load_cues().regex("segment", "rule-line")
    texts = [doc.text[ln.start : ln.end].rstrip() for ln in doc.lines() if "\t" not in ln.text]
    texts = [text for text in texts if not rule.match(text.strip())]
    margins = (_margin_by(texts, measure) for measure in (printed_width, len))
    return next((margin for margin in margins if margin is not None), None)


def _margin_by(texts: list[str], measure: Callable[[str], float]) -> float | None:
    """The margin of the texts' widths by one measure, when they are hard-wrapped at it."""
    long = [(text, width) for text in texts if (width := measure(text)) >= _WRAP_MIN]
    if not long:
        return None
    margin = Counter(round(width) for _, width in long).most_common(1)[0][0]
    wider = sum(width > margin + 1 for _, width in long)
    mid_sentence = sum(
        margin - _MARGIN_SLACK <= width <= margin + 1 and not text.endswith(_SENTENCE_ENDS)
        for text, width in long
    )
    wrapped = mid_sentence >= _WRAPPED_LINES and wider <= _WIDER_SHARE * len(long)
    return margin if wrapped else None


# Characters all wide (CJK punctuation, ideographs, full-width forms): counted at C speed, so
# only the few others are looked up one by one.
_WIDE_RUN = re.compile("[\u3000-\u303e\u4e00-\u9fff\uff01-\uff60]+")


def printed_width(text: str) -> float:
    """Printed width in CJK characters: Latin letters and digits are half as wide."""
    rest = _WIDE_RUN.sub("", text)
    return (
        len(text)
        - len(rest)
        + sum(1 if unicodedata.east_asian_width(c) in "WFA" else 0.5 for c in rest)
    )


def _unmarked(line: Line) -> Line:
    """A line without the Markdown emphasis around it and the bullet that opens a heading
    (``**1.南京市：…**``, ``▲洛阳市：…``): neither is part of what it says."""
    cues = load_cues()
    emphasis = list(cues.regex("segment", "markdown-emphasis").finditer(line.stripped))
    if emphasis and emphasis[-1].start() > 0:
        cut = len(line.stripped) - len(emphasis[-1].group())
        line = Line(line.content_start, line.content_start + cut, line.stripped[:cut])
    if emphasis and emphasis[0].start() == 0:
        line = tail(line, emphasis[0].end())
    bullet = cues.regex("segment", "heading-mark").match(line.stripped)
    return tail(line, bullet.end()) if bullet else line


_MARKDOWN_HEADING = re.compile(r"#{2,6}")
"""The mark of a Markdown heading below the title's (## …): the same for headings of a level."""


def marks_before(doc: Document, line: Line) -> str:
    """What the view holds on a content line's own line before its words: the bullet, emoji
    or Markdown marks the content lines leave out (📌, ■, ##)."""
    return doc.view[doc.view.rfind("\n", 0, line.start) + 1 : line.start].strip()


def heading_mark(doc: Document, line: Line) -> str | None:
    """The bullet (▲ ■ ◆ …) that opened a content line (``emoji`` for any emoji: a post may
    give each heading its own), ``【`` when it opens with a bracketed
    tag (【江苏南京】), a Markdown heading's ``##``, or the Markdown emphasis set around the
    whole line (``**…**``, a bold run-in lead): the shape a roundup gives every case heading;
    None for a plain line."""
    cues = load_cues()
    if cues.regex("segment", "heading-tag").match(line.stripped):
        return "【"
    before = marks_before(doc, line)
    bullet = cues.regex("segment", "heading-mark").fullmatch(before + " ")
    if bullet:
        return "emoji" if bullet.group("emoji") else before
    if _MARKDOWN_HEADING.fullmatch(before):
        return before  # ## 随州市：…, a Markdown heading of the level the others have
    end = doc.view.find("\n", line.end)
    raw = doc.view[line.start - len(before) : len(doc.view) if end < 0 else end].strip()
    marks = [m.group() for m in cues.regex("segment", "markdown-emphasis").finditer(raw)]
    return before if before and marks == [before, before] else None


def _paragraphs(line: Line) -> list[Line]:
    """A line that holds several paragraphs, each opened by an indent (full-width spaces after
    a full stop, or before a case label, as text copied from a web page runs on), split
    into them; a table's row aligned by spaces (three cells or more) is no such line."""
    if _aligned_row(line.stripped) or (
        is_set_in(line.text) and _SPACED_CELLS.search(line.stripped)
    ):
        return [line]
    cuts = [m.end() for m in _paragraph_indent().finditer(line.text)]
    bounds = sorted({0, *cuts, *_run_together_items(line.text), len(line.text)})
    parts = [line.text[a:b].rstrip() for a, b in itertools.pairwise(bounds)]
    starts = [line.start + a for a in bounds[:-1]]
    return [Line(at, at + len(text), text) for at, text in zip(starts, parts, strict=True) if text]


_INLINE_ARABIC = re.compile(r"(?:^|(?<=[。;!?]))\s*(\d{1,2})[.、](?!\d)")
"""An item's Arabic number at a paragraph's start or right after a sentence's end (…办结率
98.7%。2.马鞍山市：…), not a decimal (压缩至2.5小时)."""


def _run_together_items(text: str) -> list[int]:
    """Where the items of a list whose line breaks were lost start, past the first (1.铁岭市：
    …。2.马鞍山市：…。3.鹰潭市：… in one paragraph of a post): three or more numbers counting
    up from 1, each after a sentence's end; none when they do not count so."""
    starts: list[int] = []
    for match in _INLINE_ARABIC.finditer(text):
        if int(match.group(1)) == len(starts) + 1:
            starts.append(match.start(1))
    if len(starts) < LIST_MIN or starts[0] != len(text) - len(text.lstrip()):
        return []
    return starts[1:]


def _past_dateline(line: Line) -> Line:
    """A paragraph without the news dateline that opens it (本报讯（记者 王五）近日，…)."""
    dateline = load_cues().regex("segment", "dateline").match(line.stripped)
    if dateline and is_prose(line.stripped[dateline.end() :]):
        return tail(line, dateline.end())
    return line


def _front_matter_size(stripped: list[str]) -> int:
    """How many leading lines a YAML front-matter block takes (0 without one)."""
    if not front_matter(stripped):
        return 0
    return stripped.index("---", 1) + 1


def is_prose(text: str) -> bool:
    """Body text: long, holding a full stop, or a ticked list item (✅ 累计解决诉求4100件)."""
    return (
        len(text) > _PROSE
        or "。" in text
        or bool(load_cues().regex("segment", "item-bullet").match(text))
    )


def is_heading_like(text: str, limit: int) -> bool:
    """Short, no full stop, not ending mid-sentence: a heading rather than body text."""
    return (
        0 < len(text) <= limit
        and not FULL_STOP.search(text)
        and not text.endswith((",", ";", "、"))
    )


def headings_above(lines: list[Line], index: int, most: int) -> tuple[Line, ...]:
    """The heading lines (short, not prose) right above a line, up to ``most`` of them: a
    headline and its second line over a bulletin's lead, an item's headline over 本报讯."""
    above: list[Line] = []
    for line in reversed(lines[max(0, index - most) : index]):
        if is_prose(line.stripped) or not is_heading_like(line.stripped, HEADING_MAX):
            break
        above.insert(0, line)
    return tuple(above)


def tail(line: Line, skip: int) -> Line:
    """The part of a line from its ``skip``-th non-blank character, as its own Line."""
    start = line.at(skip)
    text = line.text[start - line.start :].rstrip()
    return Line(start, start + len(text), text)


def first(text: str, chars: str, start: int = 0) -> int | None:
    """Index of the first of ``chars`` in ``text`` from ``start``, else None."""
    hits = [i for i in (text.find(c, start) for c in chars) if i >= 0]
    return min(hits) if hits else None


def run_in_headline(text: str) -> re.Match[str] | None:
    """A headline run into a paragraph in brackets, with its topic tags (#优化营商环境#
    【我省…】近日，…; a feed's 【江苏常州：…】财联社6月11日电…): group 1 is the headline."""
    return load_cues().regex("segment", "run-in-headline").match(text)


def first_sentence(line: Line, skip: int = 0) -> Line:
    """A case's title when it has no heading: up to its first full stop (and a quote closing
    there); the headline run into it in brackets, when it opens with one (【江苏常州：…】…)."""
    body = tail(line, skip)
    if headline := run_in_headline(body.text):
        return Line(body.start + headline.start(1), body.start + headline.end(1), headline[1])
    stop = FULL_STOP.search(body.text)
    cut = min(len(body.text), SENTENCE_MAX) if stop is None else stop.start() + 1
    if body.text[cut : cut + 1] in CLOSE_QUOTES and cut < len(body.text):
        cut += 1
    return Line(body.start, body.start + cut, body.text[:cut])


def to_int(numeral: str) -> int | None:
    """Chinese or Arabic numerals as used in case labels: 三 → 3, 二十一 → 21, 04 → 4."""
    value = parse_number(numeral)
    return int(value) if value is not None and value == value.to_integral_value() else None
