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
from bisect import bisect_left
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
        else:  # a lookahead, so that overlapping candidates are all found
            self._pattern = re.compile(f"(?={_charset(firsts)}{_charset(seconds)})")
        self._last: tuple[str | None, list[int]] = (None, [])
        """The text last asked about and its starts (one pair: safe to share across threads)."""

    def next(self, text: str, pos: int) -> int:
        """The first position from ``pos`` where a word may start, ``len(text)`` if none.
        A scan asks for every start of one text in turn: they are all found at its first
        question and kept until another text comes."""
        last = self._last
        if last[0] is not text:
            last = self._last = (text, self._all(text))
        found = last[1]
        i = bisect_left(found, pos)
        return found[i] if i < len(found) else len(text)

    def _all(self, text: str) -> list[int]:
        """Every position of ``text`` where a word may start, in order."""
        singles, pairs = self._singles, self._pairs
        return [
            at
            for match in self._pattern.finditer(text)
            if text[(at := match.start())] in singles or text[at : at + 2] in pairs
        ]


def _charset(chars: Iterable[str]) -> str:
    """A regex character class of exactly ``chars``."""
    return "[" + "".join(map(re.escape, sorted(chars))) + "]"
