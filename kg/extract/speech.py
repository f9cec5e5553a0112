"""Quoted speech: someone's words inside “…”, which tell the story rather than state facts.

A quotation is speech when it is longer than a name and reads as a sentence: it holds a
clause break, or a first- or second-person word (ontology/cues/speech.csv). Numbers, places
and names inside it belong to the speaker's anecdote (“放假前两天我们刚提交了材料”).

Example:
    >>> text = "他说：“放假前两天我们刚提交了材料，没想到这么快。”全市推行“一网通办”。"
    >>> [text[s:e] for s, e in speech_spans(text)]
    ['“放假前两天我们刚提交了材料，没想到这么快。”']
"""

from __future__ import annotations

import re
from functools import cache

from kg.cues import load_cues

MIN_SPEECH = 12
"""Characters inside the quotes: shorter quotations are names and slogans (“一网通办”)."""


@cache
def _quotation() -> re.Pattern[str]:
    return re.compile(rf"“[^“”\n]{{{MIN_SPEECH},}}”|「[^「」\n]{{{MIN_SPEECH},}}」")


@cache
def _voice() -> re.Pattern[str]:
    cues = load_cues()
    kinds = ("clause-break", "sentence-end", "person")
    terms = [term for kind in kinds for term in cues.terms("speech", kind)]
    return re.compile("|".join(map(re.escape, terms)))


def speech_spans(text: str) -> list[tuple[int, int]]:
    """Spans, quotes included, of the quotations in ``text`` that are speech."""
    return [m.span() for m in _quotation().finditer(text) if _voice().search(m.group(), 1)]
