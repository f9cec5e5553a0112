"""Where a word of a fixed list may start in a text, found at C speed.

The place-name and mechanism-alias scans try the longest word at each position in Python;
most positions start no word, and skipping them is most of what such a scan can save. A regex
of the whole list does not help: Python's engine tries an alternation's branches one by one,
so thousands of names cost more than the Python loop. One pair of character classes (a
possible first character, then a possible second) does run fast; over place names it leaves
about one position in eight, and the exact first two characters, checked in Python, about one
in ninety (one in ten for the mechanism aliases).
"""

from __future__ import annotations

import re
from collections.abc import Iterable


class WordStarts:
    """The positions where some word of ``words`` may start: its first two characters are
    there (its only character, for a one-character word). Never skips a real start.

    >>> starts = WordStarts(["湖州", "湖南省", "安吉"])
    >>> text = "在湖边推广湖州和安吉经验"
    >>> starts.next(text, 0), starts.next(text, 6), starts.next(text, 9)
    (5, 8, 12)
    """

    def __init__(self, words: Iterable[str]) -> None:
        words = [word for word in words if word]
        self._singles = frozenset(word for word in words if len(word) == 1)
        self._pairs = frozenset(word[:2] for word in words if len(word) > 1)
        firsts = self._singles | {pair[0] for pair in self._pairs}
        seconds = {pair[1] for pair in self._pairs}
        if not firsts:
            self._pattern = re.compile("(?!)")
        elif self._singles:
            self._pattern = re.compile(_charset(firsts))
        else:
            self._pattern = re.compile(_charset(firsts) + _charset(seconds))

    def next(self, text: str, pos: int) -> int:
        """The first position from ``pos`` where a word may start, ``len(text)`` if none."""
        while match := self._pattern.search(text, pos):
            at = match.start()
            if text[at] in self._singles or text[at : at + 2] in self._pairs:
                return at
            pos = at + 1
        return len(text)


def _charset(chars: Iterable[str]) -> str:
    """A regex character class of exactly ``chars``."""
    return "[" + "".join(map(re.escape, sorted(chars))) + "]"
