"""PDF files: the text layer in reading order, as paragraphs.

PDFium (pypdfium2) gives each page's text in content order with a line break at every
printed line, and each character's box. From the boxes the reader rebuilds what the printer
broke up:

- running headers and footers (a line at a page's top or bottom that recurs, digits aside,
  on at least half the pages: a browser's date-and-title header, a URL-and-page footer) and
  bare page numbers (``3``, ``- 3 -``, ``第3页``, ``3/10``) are dropped;
- a line that reaches the right margin continues on the next line, also over a page break,
  unless that next line is indented (a new paragraph): wrapped lines are joined, with no
  space between CJK characters;
- radical code points (⾸⻚ for 首页) become ideographs (kg/readers/cjk.py).

A file with pages but no text layer is a scan: it needs OCR first, and the reason says so.
"""

from __future__ import annotations

import re
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
_NEW_LINE = re.compile(r"\r\n|\n|\r")
_LATIN = re.compile(r"[A-Za-z0-9]")
_SLACK = 5.0
"""A line ending this many ems short of the right margin still fills it: CJK line breaking
moves an opening quote or bracket, or a character before a closing mark, to the next line."""
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
    """Zero when the line has no usable boxes (characters outside the BMP)."""
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
        text = textpage.get_text_range()
        exact = len(text) == textpage.count_chars()  # no characters outside the BMP
        lines, start = [], 0
        for match in [*_NEW_LINE.finditer(text), None]:
            end = match.start() if match else len(text)
            if text[start:end].strip():
                box = _box(textpage, text, start, end) if exact else None
                lines.append(_measured(text[start:end], number, box, page.get_height()))
            start = match.end() if match else end
        return lines
    finally:
        textpage.close()


def _box(textpage: PdfTextPage, text: str, start: int, end: int) -> tuple[float, ...]:
    """Left, right, top, bottom and em of a line from its first, middle and last character
    (loose boxes: a glyph's advance and the font's height, not its ink)."""
    body = text[start:end]
    first = start + len(body) - len(body.lstrip())
    last = start + len(body.rstrip()) - 1
    boxes = [textpage.get_charbox(i, loose=True) for i in (first, (first + last) // 2, last)]
    em = max(top - bottom for _, bottom, _, top in boxes)
    return boxes[0][0], boxes[-1][2], max(b[3] for b in boxes), min(b[1] for b in boxes), em


def _measured(text: str, page: int, box: tuple[float, ...] | None, height: float) -> _Line:
    if box is None or height <= 0:
        return _Line(text, page)
    left, right, top, bottom, em = box
    place = "head" if top > height * (1 - _BAND) else "foot" if bottom < height * _BAND else "body"
    return _Line(text, page, left, right, top, bottom, em, place)


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
    """The usual distance from one line's top to the next, at the usual font size ``em``."""
    em: float

    @classmethod
    def of(cls, lines: list[_Line]) -> _Layout:
        rights = sorted(ln.right for ln in lines)
        steps = sorted(
            a.top - b.top for a, b in pairwise(lines) if a.page == b.page and a.top > b.top
        )
        return cls(
            left=min(ln.left for ln in lines),
            right=rights[int(0.95 * (len(rights) - 1))],  # closing marks may hang past it
            pitch=steps[len(steps) // 2] if steps else 0.0,
            em=sorted(ln.em for ln in lines)[len(lines) // 2],
        )

    def wraps(self, line: _Line, following: _Line) -> bool:
        """A line that fills the measure goes on in the next one, unless that one is indented
        or set apart by paragraph spacing (a new paragraph), or stands above it on the page (a
        header a browser prints after the text)."""
        if line.em <= 0 or following.em <= 0:
            return False
        if following.page == line.page and following.top >= line.top:
            return False
        full = line.right >= self.right - _SLACK * line.em
        indented = following.left > self.left + 0.5 * following.em
        spaced = (
            following.page == line.page
            and self.pitch > 0
            and line.top - following.top > 1.3 * self.pitch * max(1.0, line.em / self.em)
        )
        return full and not indented and not spaced
