"""The full-width fold (kg/widths.py) that the corpus view and the vocabulary labels share."""

from __future__ import annotations

from kg.widths import halfwidth

WIDE_SPACES = {0x3000, 0x00A0, 0x2002, 0x2003}


def _folded(code: int) -> str:
    """The fold, one character, as its docstring states it."""
    if 0xFF01 <= code <= 0xFF5E:
        return chr(code - 0xFEE0)
    return " " if code in WIDE_SPACES else chr(code)


def test_every_character_of_the_first_two_planes_folds_as_stated() -> None:
    codes = range(0x20000)
    assert halfwidth("".join(map(chr, codes))) == "".join(map(_folded, codes))


def test_a_text_without_full_width_forms_is_unchanged() -> None:
    assert halfwidth("推行“一网通办”,办件18.1万件。") == "推行“一网通办”,办件18.1万件。"
    assert halfwidth("") == ""
