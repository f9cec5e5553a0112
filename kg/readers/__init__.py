"""Readers by format: the text a published file carries (web page, PDF, Word file).

The corpus stage (kg/corpus.py) asks :func:`sniff` which reader a file needs — by its first
bytes (``%PDF``, a zip holding ``word/document.xml``, an OLE compound file, ``<html``), then
by its suffix — and :func:`read` for the text. That text is the document's original text:
every offset in the graph indexes it, and the build keeps a copy (``exports/text/``) so a
quote can be checked against it. Plain text is decoded by kg/corpus.py itself.

Each reader is one module with ``read(data: bytes) -> Extracted``; a file it cannot read raises
:class:`Unreadable` with a one-line reason, which the corpus stage turns into a DocumentError
naming the file. Readers import their library when first used, so a build of plain text
never loads PDFium.

Example:
    >>> sniff(b"%PDF-1.7 ...", ".txt"), sniff(b"<!DOCTYPE html><html>", ".txt"), sniff(b"", ".md")
    ('pdf', 'html', 'text')
    >>> page = ('<html><head><meta name="ArticleTitle" content="延安市推行一业一证改革">'
    ...         '<meta name="PubDate" content="2022-06-09"></head><body><article><p>'
    ...         "延安市市场监管局将多个许可整合为一张行业综合许可证，"
    ...         "企业开办时间由5个工作日压缩至1个工作日，办理环节减少70%。"
    ...         "</p></article></body></html>")
    >>> extracted = read(sniff(page.encode(), ".html"), page.encode())
    >>> extracted.text.splitlines()[:2]  # the page's title and date, then its article
    ['延安市推行一业一证改革', '发布时间：2022-06-09']
    >>> extracted.reader, extracted.encoding
    ('trafilatura ...', 'utf-8')
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from kg.errors import KgError

SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".doc": "doc",
}
"""File endings read when a folder is given, and the reader each suggests."""

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


class Unreadable(KgError):
    """A file its reader cannot turn into text; the message is the one-line reason."""


@dataclass(frozen=True)
class Extracted:
    """The text a reader took from a file, and what took it."""

    text: str
    reader: str
    """Library and version, e.g. ``"trafilatura 2.3.1"``."""
    encoding: str | None = None
    """The character encoding of the source, where it is encoded text (HTML, DOCX's XML)."""


def sniff(data: bytes, suffix: str) -> str:
    """The format of a file: its magic bytes first, its suffix when they say nothing."""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(_ZIP):
        return "docx"
    if data.startswith(_OLE):
        return "doc"
    if _looks_like_html(data[:2048]):
        return "html"
    return SUFFIXES.get(suffix.lower(), "text")


def _looks_like_html(head: bytes) -> bool:
    for bom in _BOMS:
        head = head.removeprefix(bom)
    head = head.replace(b"\x00", b"").lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return True
    return head.startswith((b"<?xml", b"<!--", b"<!doctype")) and b"<html" in head


def read(fmt: str, data: bytes) -> Extracted:
    """The text of a non-plain-text file through its format's reader."""
    module = importlib.import_module(f"kg.readers.{fmt}")
    return module.read(data)


def library_version(distribution: str) -> str:
    """``"name version"`` of an installed library, for the pk:reader literal."""
    from importlib.metadata import version

    return f"{distribution} {version(distribution)}"
