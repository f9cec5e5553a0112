"""Tables of cases turned into lines: a header row, then a numbered row per place.

An annex often lists cases in a table (``序号 地区 做法 成效``); extracted as text, each row
is a line of cells split by tabs or runs of spaces, and a page number may fall between two
rows (furniture, already left out). A row is one place's practice, so one case: it runs to the
next row, headed by its practice cell (the column named by a ``table-practice`` cue), with the
pieces of that cell wrapped onto the lines below it. Rows are numbered in their first cell, or,
in a table without a number column, are the lines with as many cells as the header. The
short line just above the header (``四、其他创新举措``) is the table's title: the section of
its rows; a numbered line of one cell between rows (``一、市场准入和退出（4项）``) is the
section of the rows below it.

Example:
    >>> from kg.corpus import read_document
    >>> from kg.segment.lines import content_lines
    >>> path = out / "annex.txt"
    >>> _ = path.write_text("\\n".join([
    ...     "附件：创新举措清单",
    ...     "序号\\t地区\\t做法\\t成效",
    ...     "1\\t甲市\\t推行“一窗通办”\\t办件时间压缩60%",
    ...     "2\\t乙县\\t建立“企业之家”\\t解决诉求300件",
    ... ]), encoding="utf-8")
    >>> table = find_table(content_lines(read_document(path)))
    >>> [row.heading[0].text for row in table.rows], table.sections[table.first].text
    (['推行“一窗通办”', '建立“企业之家”'], '附件:创新举措清单')
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from kg.corpus import Line
from kg.cues import load_cues
from kg.segment.lines import (
    WRAP_MAX,
    Anchor,
    first_sentence,
    is_heading_like,
    is_set_in,
    printed_width,
    tail,
)
from kg.segment.numbered import BRACKETED, CHINESE_ORDINAL

MIN_CELLS = 3
_WRAPPED_CELL_LINES = 3
"""A row's cells may wrap over this many lines in all."""
_CELL = re.compile(r"[^\t ]+(?: [^\t ]+)*")
"""A cell: words with single spaces inside; tabs or runs of spaces part cells."""
_PIPES = "|│┃"
"""The bars that part a row's cells: a Markdown pipe, or a box-drawn table's (``│1│甲市│``)."""
_PIPE_CELL = re.compile(f"[^{_PIPES}]+")
"""A cell of a pipe table's row (``| 甲市 | 推行… | 压缩60% |``): what lies between pipes."""
_SEPARATORS = re.compile(f"[\\t{_PIPES}｜,]| {{2,}}")
"""What parts a row's cells in any of the three forms (tabs or blanks, pipes, commas)."""
_RULE = re.compile(r"^\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$|^[┌├└╔╠╚][─━═┬┼┴╦╬╩┐┤┘╗╣╝\s]+$")
"""The rule under a pipe table's header (``|---|---|``) or between a box-drawn table's rows
(``├────┼────┤``): no row."""
_HEADER_CELL = 8
"""A column's name in a comma-separated header (经验做法名称) is this short at most."""
_MAX_COLUMNS = 8
"""A header set one cell to a line has this many columns at most."""
_CELL_ENDS = "。；;！？!?：:）)"
"""A cell's text that ends in one of these is whole, not cut off by the column's width."""


@dataclass(frozen=True)
class Table:
    """A table of cases: the line index it starts at (its title, else its header), the index
    past its last row, its rows as case anchors, and its title as their section."""

    first: int
    end: int
    rows: list[Anchor]
    sections: dict[int, Line]


def find_table(lines: list[Line]) -> Table | None:
    """The first table of cases in the lines, if any: a header naming a practice column over
    one row or more (a table of one place's case is no less a table: the header says so)."""
    practice = load_cues().regex("segment", "table-practice")
    for i, line in enumerate(lines):
        for split in (_cells, _comma_cells) if _names_practice(line, practice) else ():
            cells = split(line)
            column = next((k for k, c in enumerate(cells) if practice.match(c.text)), None)
            if len(cells) < MIN_CELLS or column is None or not _header(cells, split):
                continue
            below = i + 2 if i + 1 < len(lines) and _RULE.match(lines[i + 1].stripped) else i + 1
            rows, sections = _rows(lines, below, column, len(cells), split)
            if rows:
                return _table(lines, i, rows, sections)
        if stacked := _stacked_table(lines, i, practice):
            return stacked
    return None


def _stacked_table(lines: list[Line], i: int, practice: re.Pattern[str]) -> Table | None:
    """A table copied from a web page one cell to a line: a header of short column names,
    the practice column's among them (序号 / 改革举措 / 主要内容 / 来源地区), then each row as
    its number on a line of its own and its cells on the lines below, up to the next number.
    A row is one case, its cells, headed by its practice cell; the last runs for as many lines
    as the header has."""
    if not practice.match(lines[i].stripped):
        return None
    first = i
    while first > 0 and _column_name(lines[first - 1]) and i - first < _MAX_COLUMNS:
        first -= 1
    end = i + 1
    while end < len(lines) and _column_name(lines[end]) and end - first < _MAX_COLUMNS:
        end += 1
    width, column = end - first, i - first
    if width < MIN_CELLS or column == 0:
        return None
    header = [line.stripped for line in lines[first:end]]
    rows: list[Anchor] = []
    k = end
    while True:
        if _repeats_header(lines, k, header):  # the header again, on the next page
            k += width
        if not (k + column < len(lines) and lines[k].stripped == str(len(rows) + 1)):
            break
        ahead = range(k + width, min(k + width + _WRAPPED_CELL_LINES, len(lines)))
        stop = next(
            (
                j
                for j in ahead
                if lines[j].stripped == str(len(rows) + 2) or _repeats_header(lines, j, header)
            ),
            min(k + width, len(lines)),
        )
        cells = lines[k + 1 : stop]  # the row's number opens no text of its own
        rows.append(
            Anchor(
                k,
                lines[k].stripped,
                (_practice_cell(cells, column - 1, width - 1),),
                k,
                stop,
                until=cells[-1].end,  # its cells are its text: a body's name among them no sign-off
                opening=cells[0].content_start,
            )
        )
        k = stop
    return _table(lines, first, rows, {}) if len(rows) >= 2 else None


def _practice_cell(cells: list[Line], column: int, columns: int) -> Line:
    """The row's cell in the practice column, counting a short cell before it that wrapped
    onto a second line (广东省肇庆高新技术产 / 业开发区) once, while the row has lines to spare."""
    spare = len(cells) - columns
    j = 1
    while j <= column and spare > 0:
        if _wrapped_onto(cells[j - 1], cells[j]):
            column, spare = column + 1, spare - 1
        j += 1
    return cells[min(column, len(cells) - 1)]


def _wrapped_onto(line: Line, piece: Line) -> bool:
    """Is ``piece`` the tail of a short cell cut off at ``line``'s end (no stop before it)?"""
    return len(piece.stripped) <= _HEADER_CELL < len(line.stripped) + len(piece.stripped) and (
        line.stripped[-1] not in _CELL_ENDS
    )


def _repeats_header(lines: list[Line], k: int, header: list[str]) -> bool:
    """Do the lines from k repeat the table's header (a page of a PDF table starts with it)?"""
    return [line.stripped for line in lines[k : k + len(header)]] == header


def _column_name(line: Line) -> bool:
    """A line that could be one column's name in a header set one cell to a line."""
    text = line.stripped
    return (
        0 < len(text) <= _HEADER_CELL
        and not text.isdigit()  # the first row's number
        and not _SEPARATORS.search(text)
        and text[-1] not in "。:"
    )


def _names_practice(line: Line, practice: re.Pattern[str]) -> bool:
    """Whether some piece of the line between separators could be a practice column's name:
    a line without one heads no table, so it need not be split into cells."""
    pieces = _SEPARATORS.split(line.text)
    return any(practice.match(piece.strip(' "')) for piece in pieces)


def _header(cells: list[Line], split: Callable[[Line], list[Line]]) -> bool:
    """A comma-separated line heads a table only when every cell is a column's short name
    (a sentence's clauses are not cells)."""
    return split is _cells or all(0 < len(c.text) <= _HEADER_CELL for c in cells)


def _table(lines: list[Line], header: int, rows: list[Anchor], sections: dict[int, Line]) -> Table:
    end = rows[-1].stop or header + 1
    above = header - 1
    if above >= 0 and is_heading_like(lines[above].stripped, WRAP_MAX):
        return Table(above, end, rows, {above: tail(lines[above], 0), **sections})
    return Table(header, end, rows, sections)


def _rows(
    lines: list[Line],
    start: int,
    column: int,
    width: int,
    split: Callable[[Line], list[Line]],
) -> tuple[list[Anchor], dict[int, Line]]:
    """Rows, each up to the next row or section row: numbered 1, 2, 3 … in their first cell
    when the first row is numbered, else each with as many cells as the header. A line
    between two rows that is no row (a cell wrapped onto it) belongs to the row above; where
    its pieces sit under the practice cell (tab by tab), they are the rest of the row's
    title. A row of one short cell (``一、市场准入和退出（4项）``, the other cells empty) is
    the section of the rows below it."""
    sections: dict[int, Line] = {}
    while start < len(lines) and (section := _section_row(lines[start], split)):
        sections[start] = section
        start += 1
    first_row = split(lines[start]) if start < len(lines) else []
    numbered = bool(first_row) and first_row[0].text == "1"

    def opens(cells: list[Line], number: int) -> bool:
        if len(cells) <= column:
            return False
        return cells[0].text == str(number) if numbered else len(cells) == width

    header = [c.text for c in split(lines[start - 1])] if start > 0 else []
    starts: list[tuple[int, Line]] = []
    repeats: set[int] = set()  # the header again on a new page: no piece of the row above
    k = start
    while k < len(lines):
        cells = split(lines[k])
        if starts and len(header) >= MIN_CELLS and [c.text for c in cells] == header:
            repeats.add(k)
        elif starts and (section := _section_row(lines[k], split)):
            sections[k] = section
        elif opens(cells, len(starts) + 1):
            cell = cells[column]  # a cell told in sentences is headed by its first
            starts.append((k, first_sentence(cell) if "。" in cell.text[:-1] else cell))
        elif not starts or not (
            len(cells) >= 2
            or is_set_in(lines[k].text)
            or _row_within(lines, k, opens, len(starts) + 1, split)
        ):
            break
        k += 1
    if not starts:
        return [], {}  # a header over no row (a table of contents' column titles)
    nexts = [index for index, _ in starts[1:]] + [k]
    stops = [
        min([s for s in (*sections, *repeats) if row < s < after] or [after])
        for (row, _), after in zip(starts, nexts, strict=True)
    ]
    rows = [
        Anchor(
            index,
            str(n) if numbered else None,
            (title, *(_wrapped_cell(lines, index, stop, title) if split is _cells else ())),
            index,
            stop,
            opening=lines[index].content_start,
        )
        for n, ((index, title), stop) in enumerate(zip(starts, stops, strict=True), 1)
    ]
    return rows, sections


def _section_row(line: Line, split: Callable[[Line], list[Line]]) -> Line | None:
    """A row that only names a section, numbered as one (``一、市场准入和退出（4项）``, its
    other cells empty or gone with the line's trailing tabs, or a pipe table's row of empty
    cells after it: ``| 一、投资建设（3项） | | |``), as its one cell."""
    cells = [c for c in split(line) if c.text] or _words_between_pipes(line)
    cell = cells[0]
    numbered = CHINESE_ORDINAL.match(cell.text) or BRACKETED.match(cell.text)
    if (
        len(cells) == 1
        and numbered
        and "。" not in cell.text
        and is_heading_like(cell.text, WRAP_MAX)
    ):
        return cell
    return None


def _words_between_pipes(line: Line) -> list[Line]:
    """The words of a line without the pipes and blanks around them, as one cell."""
    words = line.text.strip(f" \t\u3000{_PIPES}｜")
    start = line.start + line.text.find(words) if words else line.start
    return [Line(start, start + len(words), words)]


def _row_within(
    lines: list[Line],
    k: int,
    opens: Callable[[list[Line], int], bool],
    n: int,
    split: Callable[[Line], list[Line]],
) -> bool:
    """Whether row ``n`` comes within the next few lines (a wrapped cell's tail before it
    belongs to the row above)."""
    ahead = lines[k + 1 : k + _WRAPPED_CELL_LINES]
    return any(opens(split(line), n) for line in ahead)


def _wrapped_cell(lines: list[Line], index: int, stop: int, cell: Line) -> list[Line]:
    """The pieces of a row's cell wrapped onto the lines below the row: those that sit in
    the cell's column, counted in tabs, or in a table aligned by spaces at the printed width
    the cell starts at (a piece with neither before it cannot be placed)."""
    row = lines[index]
    before_cell = row.text[: cell.start - row.start]
    pieces = []
    for line in lines[index + 1 : stop]:
        for piece in _CELL.finditer(line.text):
            before = line.text[: piece.start()]
            if "\t" in line.text:
                placed = before.count("\t") == before_cell.count("\t")
            else:
                placed = is_set_in(line.text) and printed_width(before) == printed_width(
                    before_cell
                )
            if placed:
                pieces.append(
                    Line(line.start + piece.start(), line.start + piece.end(), piece.group())
                )
    return pieces


def _cells(line: Line) -> list[Line]:
    """The cells of a line that holds a table's row: two or more, else none."""
    if sum(line.stripped.count(bar) for bar in _PIPES) >= 2:
        return _pipe_cells(line)
    if "\t" not in line.text and "  " not in line.stripped:
        return []
    found = [
        Line(line.start + m.start(), line.start + m.end(), m.group())
        for m in _CELL.finditer(line.text)
    ]
    return found if len(found) >= 2 else []


def _comma_cells(line: Line) -> list[Line]:
    """The cells of a comma-separated row, as a spreadsheet saved as CSV writes it
    (``4,云南省,昆明市,跨境人民币“首办户”培育,"昆明市联合…,结算量达1,860亿元"``): empty
    cells kept, so that columns line up; a quoted cell's commas are its own, its quotes not
    part of it. A comma inside an unquoted cell cannot be told from a separator (the view
    writes ，as ,): such a cell is split, so only the columns before it are to be trusted."""
    found, start, quoted = [], 0, False
    text = line.text
    for k, char in enumerate(text + ","):
        if char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            found.append(_unquoted(line, start, k))
            start = k + 1
    return found if len(found) >= 2 else []


def _unquoted(line: Line, start: int, end: int) -> Line:
    """A cell without the blanks and the pair of quotes around it."""
    while start < end and line.text[start] == " ":
        start += 1
    while end > start and line.text[end - 1] == " ":
        end -= 1
    if end - start >= 2 and line.text[start] == line.text[end - 1] == '"':
        start, end = start + 1, end - 1
    return Line(line.start + start, line.start + end, line.text[start:end])


def _pipe_cells(line: Line) -> list[Line]:
    """The cells of a pipe table's row (``| 甲市 | 推行… |``, or without the outer pipes, as
    a plain-text table is set: ``1｜甲市｜推行…｜压缩60%``), without the blanks around each:
    two or more, else none (a rule under the header is none)."""
    if _RULE.match(line.stripped):
        return []
    found = []
    for m in _PIPE_CELL.finditer(line.text):
        words = m.group().strip()
        if words:
            start = line.start + m.start() + len(m.group()) - len(m.group().lstrip())
            found.append(Line(start, start + len(words), words))
    return found if len(found) >= 2 else []
