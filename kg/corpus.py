"""Read documents: decode bytes, keep the original text, build a normalised view, skip repeats.

Every offset in the graph indexes ``Document.text``, the original decoded text. Extraction
works on ``Document.view``, a simplified-Chinese, half-width copy that is *char-aligned* with
the original (``view[i]`` is the normalised form of ``text[i]``), so a span found in the view
is the same span in the original and quotes are always cut from the original. Extractors
read a case's view through ``as_read``, still char-aligned: a hard wrap read as blanks, a
table's tab as a clause break.

Example:
    >>> doc = read_document(Path("seeds/002_7cf1f168e163e9dc.txt"))
    >>> doc.encoding, doc.traditional, doc.view[3:5], doc.text[3:5]
    ('utf-8', True, '发挥', '發揮')
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

import opencc

from kg import readers
from kg.cues import load_cues
from kg.errors import KgError
from kg.numerals import CN_NUMERAL_CHARS
from kg.widths import halfwidth

SUFFIXES = tuple(readers.SUFFIXES)
"""File endings read when a folder is given: plain text, web pages, PDF and Word files."""
TEXT_READER = "text"
"""The pk:reader of a plain-text file: decoded by this module, no extraction."""
SENTENCE_STOPS = "。！？!?"
"""The marks that end a sentence, full and half width: text is read before :func:`normalise`
(quotes in the export) and after it (half-width)."""

_MIN_REPEAT_LINE = 12
"""A line this long that occurs again verbatim marks a repeated passage."""
_MIN_REPEAT_PASSAGE = 80
"""Repeated runs shorter than this (in characters) are kept: headings may legitimately recur."""


class DocumentError(KgError):
    """A file that cannot be read as a document; the message names the file and the reason."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self) -> tuple[type[DocumentError], tuple[Path, str]]:
        """Rebuilt from (path, reason) when a worker process returns it to the build."""
        return DocumentError, (self.path, self.reason)


@cache
def _wrap() -> re.Pattern[str]:
    """A line break inside a paragraph hard-wrapped at the right margin, with the blanks
    around it and the page numbers of a page break it runs over."""
    page = load_cues().regex("segment", "page-number").pattern
    return re.compile(rf"[ \t]*\n(?:\s*(?:{page})[ \t]*\n)*\s*")


@dataclass(frozen=True)
class Line:
    """One line of a document: its text in the view and its offsets in the original."""

    start: int
    end: int
    text: str

    @cached_property
    def stripped(self) -> str:
        """The line's words: without the blanks around it and, for a paragraph hard-wrapped
        over several lines (kg/segment/lines.py), without the breaks that wrap it. Kept, as
        segmentation asks for it many times per line; a line without a break has none."""
        text = self.text.strip()
        return _wrap().sub("", text) if "\n" in text else text

    @property
    def content_start(self) -> int:
        """Offset of the first non-blank character (where a heading starts)."""
        return self.start + len(self.text) - len(self.text.lstrip())

    def at(self, k: int) -> int:
        """Offset of the ``k``-th character of ``stripped``: past the breaks of a wrapped
        paragraph that come before it."""
        body = self.text[self.content_start - self.start :].rstrip()
        shift = 0
        for wrap in _wrap().finditer(body):
            if k < wrap.start() - shift:
                break
            shift += wrap.end() - wrap.start()
        return self.content_start + k + shift


def wrap_breaks(line: Line) -> list[tuple[int, int]]:
    """Where the breaks that hard-wrap a rejoined paragraph lie (view offsets)."""
    return [(line.start + m.start(), line.start + m.end()) for m in _wrap().finditer(line.text)]


def as_read(view: str, start: int, end: int, wraps: tuple[tuple[int, int], ...] = ()) -> str:
    """``view[start:end]`` as extractors read it, still char-aligned with the original.

    A break that hard-wraps a paragraph (a PDF's text) is read as blanks, which no extractor
    takes for the end of a clause, so a result or name that runs over it is read whole
    (``累计办理各类业\n务4.8万件``); a tab, which parts the cells of a table's row, is read
    as ``;``, a clause break but no sentence's end, so no result runs from one cell into the
    next and a cell is still read as a clause (read as a line break, a result cell is lost). Both
    keep the length, so offsets in what is read are still offsets in the original (dropping
    the break would need a map back from every extractor)."""
    text = view[start:end]
    for gap_start, gap_end in wraps:
        a, b = max(gap_start, start) - start, min(gap_end, end) - start
        if a < b:
            text = text[:a] + " " * (b - a) + text[b:]
    return text.replace("\t", ";")  # str.translate looks up every character of a CJK text


@dataclass(frozen=True)
class Metadata:
    """What the document says about itself, each with the offset where it says it."""

    title: str | None = None
    issued: str | None = None
    publisher: str | None = None


@dataclass(frozen=True)
class Document:
    """A decoded source file with its normalised view and the passages skipped as repeats."""

    path: Path
    sha256: str
    encoding: str | None
    text: str
    view: str
    repeats: tuple[tuple[int, int], ...] = ()
    metadata: Metadata = field(default_factory=Metadata)
    reader: str = TEXT_READER
    """What made ``text``: the plain-text decoder, or a format reader's library and version."""

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def extracted(self) -> bool:
        """True when ``text`` was extracted from a web page, PDF or Word file, so it is not
        in the source bytes and is kept next to the exports for checking."""
        return self.reader != TEXT_READER

    @property
    def text_sha256(self) -> str:
        """SHA-256 of ``text`` in UTF-8: the text every offset indexes."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def traditional(self) -> bool:
        """True when t2s changed the text: the source is in traditional characters."""
        return halfwidth(self.text) != self.view

    def lines(self) -> list[Line]:
        """Lines of the view outside repeated passages, with original offsets."""
        return [ln for ln in _split_lines(self.view) if not self._in_repeat(ln.start)]

    def _in_repeat(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.repeats)


def read_document(path: Path) -> Document:
    """Decode, normalise and de-duplicate one file; raise DocumentError with the reason."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise DocumentError(path, f"cannot read file ({err.strerror})") from err
    text, encoding, reader = _text_of(data, path)
    view = normalise(text)
    repeats = find_repeats(view)
    lines = [ln for ln in _split_lines(view) if not any(s <= ln.start < e for s, e in repeats)]
    return Document(
        path=path,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        text=text,
        view=view,
        repeats=repeats,
        metadata=read_metadata(lines),
        reader=reader,
    )


def _text_of(data: bytes, path: Path) -> tuple[str, str | None, str]:
    """The original text of a file, its source encoding and what read it."""
    fmt = readers.sniff(data, path.suffix)
    if fmt == "text":
        return *decode(data, path), TEXT_READER
    try:
        extracted = readers.read(fmt, data)
    except readers.Unreadable as err:
        raise DocumentError(path, str(err)) from err
    return extracted.text, extracted.encoding, extracted.reader


def text_file(doc: Document) -> str | None:
    """Where the build keeps a web page's, PDF's or Word file's extracted text, relative to
    the export folder: ``text/<file name>.<first 12 hex digits of its SHA-256>.txt`` — named
    by the document alone (so a document's share of the graph never depends on the others)
    and never the same for two sources that share a file name."""
    return f"text/{doc.name}.{doc.sha256[:12]}.txt" if doc.extracted else None


def iter_paths(paths: list[Path]) -> Iterator[Path]:
    """Expand folders into their document files, sorted so builds are reproducible."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in _visible_files(path) if _is_document(p))
        else:
            yield path


def other_files(paths: list[Path]) -> list[Path]:
    """Files in the folders given of types no reader reads (.xlsx, .jpg, .ofd, .zip), relative
    to their folder: a build names them, so a document saved in an unread format is not lost
    without a word. Hidden and lock files are no one's documents and are not named."""
    return [
        p.relative_to(path)
        for path in paths
        if path.is_dir()
        for p in sorted(_visible_files(path))
        if not _is_document(p)
    ]


def _visible_files(folder: Path) -> Iterator[Path]:
    """The files under ``folder`` but Word's lock files (``~$name.docx``) and those under a
    hidden or system name: macOS writes ``._name.txt`` (its resource fork, binary) beside
    every file it copies and ``__MACOSX/`` into every archive it makes; ``.git/`` and the like
    hold no documents either."""
    for path in folder.rglob("*"):
        parts = path.relative_to(folder).parts
        hidden = any(part.startswith(".") or part == "__MACOSX" for part in parts)
        if not hidden and not path.name.startswith("~$") and path.is_file():
            yield path


def _is_document(path: Path) -> bool:
    """A file of a type a reader reads (kg.readers.SUFFIXES)."""
    return path.suffix.lower() in SUFFIXES


# --- decoding -------------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK or Big5; say which."""
    if not data.strip():
        raise DocumentError(path, "empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding, path)[len("\ufeff") :], encoding
    if b"\x00" in data:
        raise DocumentError(path, "binary file (NUL bytes and no UTF-16 byte-order mark)")
    for encoding in ("utf-8", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        big5 = _as_big5(data, text) if encoding == "gb18030" else None
        if big5 is not None:
            text, encoding = big5, "big5"
        _check_printable(text, path, encoding)
        return text, encoding
    raise DocumentError(path, f"not UTF-8, UTF-16 or GB18030 text: {_first_bad_utf8(data)}")


def _as_big5(data: bytes, gbk: str) -> str | None:
    """The text of Big5 bytes (a Hong Kong or Taiwan file), else None. Big5 decodes as
    GB18030 too (``gbk``), into characters outside GB2312 for about half of its own, where
    simplified text has next to none (none in the seeds); GBK's traditional characters are
    no valid Big5."""
    wide = len(gbk) - len(gbk.encode("ascii", errors="ignore"))
    common = (len(gbk.encode("gb2312", errors="ignore")) - (len(gbk) - wide)) // 2
    if wide == 0 or wide - common < 0.2 * wide:
        return None
    try:
        return data.decode("big5")
    except UnicodeDecodeError:
        return None


def _strict(data: bytes, encoding: str, path: Path) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        raise DocumentError(path, f"invalid {encoding} at byte {err.start}") from err
    return text if text.startswith("\ufeff") else "\ufeff" + text


def _first_bad_utf8(data: bytes) -> str:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        return f"undecodable byte 0x{data[err.start]:02x} at byte {err.start} (line {line})"
    return "undecodable bytes"


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
"""Unicode's control characters (category Cc) but tab, line feed, form feed and return."""


def _check_printable(text: str, path: Path, encoding: str) -> None:
    """Reject text that decoded but is mostly control characters: a binary file."""
    control = len(_CONTROL.findall(text))
    if control > max(8, len(text) // 100):
        raise DocumentError(path, f"binary file ({control} control characters as {encoding})")


# --- the normalised view --------------------------------------------------------------------


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def normalise(text: str) -> str:
    """Half-width and simplified, keeping one character for each original character."""
    half = halfwidth(text)
    simple = _t2s().convert(half)
    if len(simple) == len(half):
        return simple
    return "".join(_convert_line(line) for line in half.splitlines(keepends=True))


def _convert_line(line: str) -> str:
    """Phrase-level conversion when it keeps the length, else character by character."""
    simple = _t2s().convert(line)
    if len(simple) == len(line):
        return simple
    return "".join(c if len(c := _t2s().convert(ch)) == 1 else ch for ch in line)


def _split_lines(text: str) -> list[Line]:
    lines, start = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        lines.append(Line(start, start + len(body), body))
        start += len(raw)
    return lines


# --- repeated passages ----------------------------------------------------------------------


def find_repeats(view: str) -> tuple[tuple[int, int], ...]:
    """Spans of passages that repeat, verbatim, text seen earlier in the same document.

    A run of lines each already seen (blank lines and short lines inside the run included)
    is a repeat when it holds a long line and is long enough to be more than a recurring
    heading. The first occurrence is kept; later copies are skipped.
    """
    seen: set[str] = set()
    runs: list[list[Line]] = [[]]
    for line in _split_lines(view):
        key = line.stripped
        if not key:
            if runs[-1]:
                runs[-1].append(line)
            continue
        if key in seen:
            runs[-1].append(line)
        elif runs[-1]:
            runs.append([])
        seen.add(key)
    return tuple(
        (run[0].start, _run_end(run))
        for run in runs
        if _is_passage([ln for ln in run if ln.stripped])
    )


def _is_passage(run: list[Line]) -> bool:
    size = sum(len(ln.stripped) for ln in run)
    return size >= _MIN_REPEAT_PASSAGE and any(len(ln.stripped) >= _MIN_REPEAT_LINE for ln in run)


def _run_end(run: list[Line]) -> int:
    """End of the last non-blank line of the run."""
    return max(ln.end for ln in run if ln.stripped)


# --- metadata and news furniture -----------------------------------------------------------

_DATE = re.compile(r"(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})\s*日?")
_BATCH_YEAR = re.compile(rf"(\d{{4}})年第[{CN_NUMERAL_CHARS}\d]+批")
_SOURCE = re.compile(r"来源\s*[:]\s*(\S{2,30})")
_FRONT_VALUE = re.compile(r"^(\w+)\s*:\s*\"?(.*?)\"?$")
_PAGE_TITLE = re.compile(r"^(?:\d{1,2}版\s*[-—–]\s*|#{1,6}\s+|标题\s*[:：]\s*)(\S.*)$")
_TITLE_MAX = 80
_HEAD_LINES = 20
_TAIL_LINES = 6
"""Metadata sits in the first lines (title, date, source) or in a closing sign-off block."""


def read_metadata(lines: list[Line]) -> Metadata:
    """Title, issue date and issuing body where the document states them in short lines.

    An archived article's YAML front matter (``title:``, ``date:``) wins; a newspaper page
    line (``10版 - 标题``) or a Markdown title (``# 标题``) gives the title without its marks.
    """
    text = [ln.stripped for ln in lines if ln.stripped]
    front = front_matter(text)
    head, tail = _before_links(text[:_HEAD_LINES]), text[-_TAIL_LINES:]
    short = [s for s in head + tail if len(s) <= 40]
    return Metadata(
        title=front.get("title") or next(filter(None, map(_title_of, head)), None),
        issued=_issued([front.get("date", ""), *short]) or _batch_year(head),
        publisher=_publisher(short),
    )


def _before_links(lines: list[str]) -> list[str]:
    """The lines above a list of other articles' titles (相关链接), which are not this one's."""
    related = load_cues().regex("segment", "related-list")
    return next((lines[:k] for k, line in enumerate(lines) if related.match(line)), lines)


def front_matter(lines: list[str]) -> dict[str, str]:
    """The ``key: value`` pairs of a leading ``---`` … ``---`` block, else nothing."""
    if not lines or lines[0] != "---" or "---" not in lines[1:]:
        return {}
    block = lines[1 : lines.index("---", 1)]
    return {m.group(1): m.group(2) for line in block if (m := _FRONT_VALUE.match(line))}


def is_furniture(line: str) -> bool:
    """News and web-page furniture: bylines, captions, page lines, breadcrumbs, tool bars
    (read without Markdown emphasis around the line: ``**本报记者　赵磊**`` is a byline)."""
    cues = load_cues()
    line = unemphasised(line)
    return bool(
        cues.found("segment", "furniture", line)
        or cues.regex("segment", "front-matter-key").match(line)
        or cues.regex("segment", "rule-line").match(line)
        or is_page_number(line)
    )


def is_page_number(line: str) -> bool:
    """A page number of a printed or PDF document alone on its line (— 1 —, 第3页)."""
    return load_cues().regex("segment", "page-number").fullmatch(line.strip()) is not None


def unemphasised(line: str) -> str:
    """A line without the Markdown emphasis around it (``**…**``, ``*…*``, ``__…__``)."""
    return load_cues().regex("segment", "markdown-emphasis").sub("", line)


def is_issuer_line(line: str) -> bool:
    """A line that is only an organisation's name: the issuing body, usually in a sign-off."""
    return _issuer_line().match(line) is not None


@cache
def _issuer_line() -> re.Pattern[str]:
    suffixes = load_cues().regex("segment", "issuer-suffix").pattern
    return re.compile(rf"^[\u4e00-\u9fff]{{2,30}}(?:{suffixes})$")


def _title_of(line: str) -> str | None:
    """The title a head line gives: itself (without emphasis or an opening bullet), or what
    follows a page or Markdown mark or a 标题： label. A line so marked is the title its writer
    set, even when short or ending like an issuer's name (``# 走进市政务服务中心``)."""
    line = load_cues().regex("segment", "heading-mark").sub("", unemphasised(line), count=1)
    if match := _PAGE_TITLE.match(line):
        title = match.group(1)
        return title if _is_title(title, 2) else None
    if is_furniture(line) or is_issuer_line(line):
        return None
    return line if _is_title(line, 6) else None


def _is_title(line: str, shortest: int) -> bool:
    return (
        shortest <= len(line) <= _TITLE_MAX
        and not load_cues().regex("segment", "title-noise").search(line)
        and not _DATE.search(line)
    )


def _issued(lines: list[str]) -> str | None:
    for line in lines:
        if match := _DATE.search(line):
            year, month, day = (int(g) for g in match.groups())
            if 1 <= month <= 12 and 1 <= day <= 31:
                return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _batch_year(lines: list[str]) -> str | None:
    """A list numbered by year ("2024年第四批") is dated at least to that year."""
    for line in lines:
        if match := _BATCH_YEAR.search(line):
            return match.group(1)
    return None


def _publisher(lines: list[str]) -> str | None:
    """The source a line names (来源：大庆日报, furniture or not), else an issuer's name alone
    on a line outside the furniture."""
    for line in lines:
        if match := _SOURCE.search(line):
            return match.group(1)
        if not is_furniture(line) and is_issuer_line(line):
            return line
    return None
