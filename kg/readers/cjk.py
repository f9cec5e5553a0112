"""Radical code points in PDF text layers → the ideographs they stand for.

CJK fonts draw a radical and the ideograph of the same shape with one glyph, so a PDF's
text layer may map that glyph to the radical: Chromium printing with Noto CJK gives ``⾸⻚``
for 首页 through pdfminer. Kangxi radicals (U+2F00–2FDF) have NFKC decompositions; the CJK
Radicals Supplement (U+2E80–2EFF) has almost none, so its table is data
(ontology/cjk-radicals.csv, Unicode's EquivalentUnifiedIdeograph relation for the radicals
that stand for whole characters). Each radical becomes exactly one character, so the text
keeps its length.
"""

from __future__ import annotations

import csv
import unicodedata
from functools import cache

from kg.resources import ontology_path

_KANGXI = range(0x2F00, 0x2FE0)


@cache
def radical_table() -> dict[int, str]:
    """Code point → ideograph for every radical that has one (Kangxi and supplement)."""
    table = {cp: unicodedata.normalize("NFKC", chr(cp)) for cp in _KANGXI}
    table = {cp: ch for cp, ch in table.items() if ch != chr(cp)}
    with ontology_path("cjk-radicals.csv").open(encoding="utf-8", newline="") as handle:
        table.update({ord(row["radical"]): row["ideograph"] for row in csv.DictReader(handle)})
    return table


def ideographs(text: str) -> str:
    """The text with radical code points replaced by their ideographs."""
    return text.translate(radical_table())
