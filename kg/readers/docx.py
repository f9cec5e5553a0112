"""Word files (.docx): body paragraphs and tables in document order.

python-docx reads the package; the reader walks ``word/document.xml``'s body itself so tables
stay where they stand between paragraphs (python-docx lists paragraphs and tables apart).
A table row is one line, its cells separated by a tab; a merged cell, which python-docx
repeats for every grid column it spans, is written once. Headers and footers live in other
parts of the package and are never read: they are not the document's text.
"""

from __future__ import annotations

import io
import zipfile
from typing import TYPE_CHECKING

from kg.readers import Extracted, Unreadable, library_version

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.table import Table


def read(data: bytes) -> Extracted:
    """The document's text, or Unreadable when the package is damaged or not a Word file."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "word/document.xml" not in archive.namelist():
                raise Unreadable("zip archive with no word/document.xml: not a Word document")
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as err:
        raise Unreadable(f"corrupt Word file ({err}): open and save it again in Word") from err
    text = "\n".join(_blocks(document)).strip()
    if not text:
        raise Unreadable("Word file with no text in its body")
    return Extracted(text + "\n", library_version("python-docx"), "utf-8")


def _blocks(document: DocxDocument) -> list[str]:
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            lines.append(Paragraph(child, document).text)
        elif child.tag == qn("w:tbl"):
            lines.extend(_rows(Table(child, document)))
    return lines


def _rows(table: Table) -> list[str]:
    rows = []
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) not in seen:
                seen.add(id(cell._tc))
                cells.append(" ".join(cell.text.split()))
        rows.append("\t".join(cells))
    return rows
