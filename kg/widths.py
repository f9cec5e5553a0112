"""Full-width forms folded to half-width, one character for one: the corpus view and the
vocabulary labels fold the same way, so a label written ＡＢ（试点） matches text written AB(试点)
at the same offsets.

Example:
    >>> halfwidth("ＡＢ１２３\u3000（试点）")
    'AB123 (试点)'
"""

from __future__ import annotations

import re

_HALFWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | dict.fromkeys(
    map(ord, "\u3000\u00a0\u2002\u2003"), ord(" ")
)
_FOLDED = re.compile("[" + "".join(map(chr, sorted(_HALFWIDTH))) + "]")


def halfwidth(text: str) -> str:
    """``text`` with full-width ASCII forms and wide spaces folded; the same length."""
    return text.translate(_HALFWIDTH) if _FOLDED.search(text) else text
