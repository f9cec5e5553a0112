"""PDF files: the text layer in reading order, as paragraphs.

PDFium (pypdfium2) gives each page's text in content order with a line break at every
printed line, and each character's box. From the boxes the reader rebuilds what the printer
broke up:

- each line is read left to right, whatever order its characters were drawn in (a word
  processor draws the quote marks of a line after its ideographs, in another font);
- a space stands where the line leaves a gap between words, not where PDFium makes one up
  for a mere change of font, nor for the narrow gap a word processor sets between
  ideographs and Latin letters or digits (``8.6万户``, not ``8.6 万户``);
- running headers and footers (a line at a page's top or bottom that recurs, digits aside,
  on at least half the pages: a browser's date-and-title header, a URL-and-page footer) and
  bare page numbers (``3``, ``- 3 -``, ``第3页``, ``3/10``) are dropped;
- a line that reaches the right margin continues on the next line, also over a page break,
  unless that next line is indented, set apart or in another font size (a new paragraph,
  a title over the text): wrapped lines are joined, with no space between CJK characters;
- radical code points (⾸⻚ for 首页) become ideographs (kg/readers/cjk.py).

A file with pages but no text layer is a scan: it needs OCR first, and the reason says so.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from kg.readers import Extracted, Unreadable
from kg.readers.cjk import ideographs

if TYPE_CHECKING:
    from pypdfium2 import PdfPage, PdfTextPage

_BAND = 0.075
"""Top and bottom margins, as a share of the page height, that may hold running headers,
footers and page numbers (a browser prints them 4% from the edge, Word 5%)."""
_LATIN = re.compile(r"[A-Za-z0-9]")
_SLACK = 5.0
"""A line ending this many ems short of the right margin still fills it: CJK line breaking
moves an opening quote or bracket, or a character before a closing mark, to the next line."""
_WORD_GAP = 0.1
"""A gap between two characters this share of the font size or wider parts words."""
_AUTOSPACE = 0.3
"""A gap between a CJK and a Latin character narrower than this share of the font size is
the word processor's own spacing (LibreOffice adds 0.2, Word a quarter em), not a space."""
_SIZE_STEP = 0.05
"""Lines whose font sizes differ by more than this share are not one paragraph (Chinese
sizes step by more: 小四 12, 四号 14, 小三 15, 三号 16 pt)."""
_MIN_TEXT = 20
"""Fewer non-blank characters than this on all pages together: no text layer."""
OCR_HINT = "OCR it first, e.g. ocrmypdf -l chi_sim in.pdf out.pdf (Debian: ocrmypdf)"


@dataclass(frozen=True)
class _Line:
    """A printed line: its text, edges, font size and where it stands on its page."""

    text: str
    page: int
    left: float = 0.0
    right: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    em: float = 0.0
    """The font size in points most of its characters are set in; zero when PDFium gives
    no sizes or boxes."""
    place: str = "body"
    """"head" or "foot" in the page's top or bottom margin, else "body"."""


def read(data: bytes) -> Extracted:
    """The PDF's text, or Unreadable (encrypted, corrupt, or a scan with no text layer)."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        if "password" in str(err).lower():
            raise Unreadable("encrypted PDF (needs a password): save an unprotected copy") from err
        raise Unreadable(f"corrupt PDF ({err})") from err
    try:
        pages = [_page_lines(pdf[i], i) for i in range(len(pdf))]
    finally:
        pdf.close()
    if sum(len(ln.text.strip()) for page in pages for ln in page) < _MIN_TEXT:
        raise Unreadable(f"PDF with no text layer ({len(pages)} page(s), a scan?): {OCR_HINT}")
    text = _paragraphs(_without_furniture(pages))
    return Extracted(ideographs(text), _reader())


def _reader() -> str:
    from pypdfium2 import version

    return f"pypdfium2 {version.PYPDFIUM_INFO} (PDFium {version.PDFIUM_INFO})"


def _page_lines(page: PdfPage, number: int) -> list[_Line]:
    """The page's printed lines, each with its edges and font size."""
    textpage = page.get_textpage()
    try:
        glyphs = _glyphs(textpage)
    finally:
        textpage.close()
    lines, run = [], []
    for glyph in [*glyphs, None]:
        if glyph is None or glyph.char in "\r\n":
            if any(not (g.generated or g.char.isspace()) for g in run):
                lines.append(_line(run, number, page.get_height()))
            run = []
        else:
            run.append(glyph)
    return lines


@dataclass(frozen=True)
class _Glyph:
    """A character of the text layer: its box (loose: the glyph's advance and the font's
    height), its font size in points, and for a space whether PDFium made it up."""

    char: str
    left: float
    right: float
    top: float
    bottom: float
    size: float
    generated: bool


def _glyphs(textpage: PdfTextPage) -> list[_Glyph]:
    """The page's characters in content order; a character outside the BMP, which PDFium
    counts as two (its surrogates, one box), is one."""
    import pypdfium2.raw as raw

    glyphs: list[_Glyph] = []
    count, k = textpage.count_chars(), 0
    while k < count:
        char = chr(raw.FPDFText_GetUnicode(textpage.raw, k))
        width = 2 if "\ud800" <= char <= "\udbff" and k + 1 < count else 1
        if width == 2:
            low = chr(raw.FPDFText_GetUnicode(textpage.raw, k + 1))
            char = (char + low).encode("utf-16", "surrogatepass").decode("utf-16")
        left, bottom, right, top = textpage.get_charbox(k, loose=True)
        generated = bool(raw.FPDFText_IsGenerated(textpage.raw, k))
        glyphs.append(_Glyph(char, left, right, top, bottom, _size(textpage, k), generated))
        k += width
    return glyphs


def _size(textpage: PdfTextPage, index: int) -> float:
    """The character's font size in points on the page: the size it is set in, scaled by its
    matrix (a browser sets 16 px at 0.75)."""
    import pypdfium2.raw as raw

    matrix = raw.FS_MATRIX()
    if not raw.FPDFText_GetMatrix(textpage.raw, index, matrix):
        return 0.0
    scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5
    return raw.FPDFText_GetFontSize(textpage.raw, index) * scale


def _line(run: list[_Glyph], page: int, height: float) -> _Line:
    """A printed line from its characters, read left to right by the middle of each box: a
    word processor draws a run in one font, then the next, so quote marks set in a Western
    font may come after the line's other characters in content order though they stand
    between them; a browser sets a quote mark after an opening bracket on half an em, its
    box reaching back over the bracket's."""
    drawn = [g for g in run if not g.generated]
    made_up = _made_up_spaces(run)
    order = sorted(range(len(drawn)), key=lambda k: drawn[k].left + drawn[k].right)
    out = [drawn[order[0]].char]
    for a, b in pairwise(order):
        if _spaced(drawn[a], drawn[b], (a, b) in made_up):
            out.append(" ")
        out.append(drawn[b].char)
    marks = [g for g in drawn if not g.char.isspace()]
    left, right = min(g.left for g in marks), max(g.right for g in marks)
    top, bottom = max(g.top for g in marks), min(g.bottom for g in marks)
    sizes = sorted(g.size or g.top - g.bottom for g in marks)
    em = sizes[len(sizes) // 2]
    if height <= 0 or em <= 0:
        return _Line("".join(out), page)
    place = "head" if top > height * (1 - _BAND) else "foot" if bottom < height * _BAND else "body"
    return _Line("".join(out), page, left, right, top, bottom, em, place)


def _made_up_spaces(run: list[_Glyph]) -> set[tuple[int, int]]:
    """Pairs of drawn characters (indices among them, in content order) between which
    PDFium put a space of its own: where it saw a gap, or where one run of text ends and
    the next begins."""
    pairs, drawn, pending = set(), -1, False
    for glyph in run:
        if glyph.generated:
            pending = pending or glyph.char.isspace()
            continue
        if pending and drawn >= 0:
            pairs.add((drawn, drawn + 1))
        drawn, pending = drawn + 1, False
    return pairs


def _spaced(a: _Glyph, b: _Glyph, made_up: bool) -> bool:
    """Whether a space parts two neighbouring characters: a gap of an em or more (table
    cells, columns), or where PDFium made up a space between them, a gap the PDF leaves
    between words: at least a tenth of the font size, and between an ideograph and a Latin
    letter or digit more than the quarter em (at most) a word processor adds between them
    by itself (Word's and LibreOffice's autospace). Other gaps are no space: a glyph's box
    may be its ink, narrower than its advance."""
    if a.char.isspace() or b.char.isspace():
        return False
    size = max(a.size, b.size) or max(a.top - a.bottom, b.top - b.bottom)
    gap = (b.left - a.right) / size
    mixed = {_script(a.char), _script(b.char)} == {"cjk", "latin"}
    return gap >= 1 or (made_up and gap >= (_AUTOSPACE if mixed else _WORD_GAP))


def _script(char: str) -> str:
    """The character's kind as autospace sees it: an ideograph or kana is "cjk", a letter or
    digit of a Western script "latin", punctuation and symbols "other"."""
    if not char.isalnum():
        return "other"
    return "cjk" if unicodedata.east_asian_width(char) in "WF" else "latin"


def _without_furniture(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Pages without running headers, footers and page numbers: lines in a page's margin
    that recur, digits masked, on at least half the pages. On a single page nothing can
    recur; there a margin line in smaller print than the body (a browser's date-and-title
    header and address-and-page footer, a Word header) is the furniture."""
    recurring = Counter(key for page in pages for key in {_key(ln) for ln in page} if key)
    needed = max(2, (len(pages) + 1) // 2)
    small = _small_print(pages[0]) if len(pages) == 1 else 0.0
    return [
        [ln for ln in page if recurring[_key(ln)] < needed and not (_key(ln) and ln.em < small)]
        for page in pages
    ]


def _small_print(lines: list[_Line]) -> float:
    """The font size under which a line is smaller than the body text (0.9 of its usual em;
    zero when no line of the body is measured)."""
    ems = sorted(ln.em for ln in lines if ln.place == "body" and ln.em > 0)
    return 0.9 * ems[len(ems) // 2] if ems else 0.0


def _key(line: _Line) -> tuple[str, str] | None:
    """A margin line with its digits masked, so 'page 3 of 10' recurs as 'page # of #'."""
    if line.place == "body":
        return None
    return line.place, re.sub(r"\d+", "#", " ".join(line.text.split()))


def _paragraphs(pages: list[list[_Line]]) -> str:
    """Join lines that wrapped at the right margin; one paragraph a line."""
    lines = [ln for page in pages for ln in page]
    measured = [ln for ln in lines if ln.em > 0]
    if not measured:
        return "".join(ln.text.strip() + "\n" for ln in lines)
    # the text block's margins, not those of a header or footer that does not recur (one page)
    layout = _Layout.of([ln for ln in measured if ln.place == "body"] or measured)
    out: list[str] = []
    for line, following in zip(lines, [*lines[1:], None], strict=True):
        out.append(line.text.strip())
        if following is None or not layout.wraps(line, following):
            out.append("\n")
        elif _LATIN.match(out[-1][-1:]) and _LATIN.match(following.text.strip()[:1]):
            out.append(" ")
    return "".join(out)


@dataclass(frozen=True)
class _Layout:
    """The text block's margins and line pitch, measured over the whole document."""

    left: float
    right: float
    pitch: float
    """The usual distance from a line that fills the measure to the next one's top (lines
    of one paragraph; short paragraphs set apart would make the spacing look usual)."""
    em: float

    @classmethod
    def of(cls, lines: list[_Line]) -> _Layout:
        rights = sorted(ln.right for ln in lines)
        right = rights[int(0.95 * (len(rights) - 1))]  # closing marks may hang past it
        steps = sorted(
            a.top - b.top
            for a, b in pairwise(lines)
            if a.page == b.page and a.top > b.top and _fills(a, right)
        )
        return cls(
            left=min(ln.left for ln in lines),
            right=right,
            pitch=steps[len(steps) // 2] if steps else 0.0,
            em=sorted(ln.em for ln in lines)[len(lines) // 2],
        )

    def wraps(self, line: _Line, following: _Line) -> bool:
        """A line that fills the measure goes on in the next one, unless that one is indented,
        set apart by paragraph spacing or set in another font size (a new paragraph; a title
        over the text), or stands above it on the page (a header a browser prints after the
        text)."""
        if line.em <= 0 or following.em <= 0:
            return False
        if following.page == line.page and following.top >= line.top:
            return False
        resized = abs(following.em - line.em) > _SIZE_STEP * line.em
        indented = following.left > self.left + 0.5 * following.em
        spaced = (
            following.page == line.page
            and self.pitch > 0
            and line.top - following.top > 1.3 * self.pitch * max(1.0, line.em / self.em)
        )
        return _fills(line, self.right) and not (resized or indented or spaced)


def _fills(line: _Line, right: float) -> bool:
    """Whether the line reaches the right margin (give or take a few characters)."""
    return line.right >= right - _SLACK * line.em
