"""Assign a measure its business-environment theme (pkt:), with the evidence for the choice.

A section heading the document gives wins (basis "section"). Otherwise the measure's own text
decides by keyword evidence from themes.ttl (basis "keywords"): each keyword occurrence scores
its length (longer words are more specific), and counts more in the heading line, which states
what the case is about; the span of the strongest keyword is kept as evidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kg.vocab import ThemeVocabulary

HEADING_WEIGHT = 3.0


@dataclass(frozen=True)
class ThemeAssignment:
    """The theme IRI, the evidence span in the measure text (or the heading), and how."""

    iri: str
    start: int
    end: int
    basis: str


def classify_theme(
    section_heading: str | None, text: str, themes: ThemeVocabulary
) -> ThemeAssignment | None:
    """Theme of a measure from its section heading, else from keywords in its text.

    Example:
        >>> themes = ThemeVocabulary.load()
        >>> classify_theme("一、开办企业", "推行“一业一证”改革", themes).basis
        'section'
        >>> found = classify_theme(None, "压缩企业开办时间,实现营业执照当日办结", themes)
        >>> found.iri, found.basis
        ('https://w3id.org/practice-kg/theme/starting-a-business', 'keywords')
    """
    if section_heading:
        iri = themes.lookup(section_heading)
        if iri is not None:
            return ThemeAssignment(iri, 0, len(section_heading), "section")
    return _by_keywords(text, themes)


def _by_keywords(text: str, themes: ThemeVocabulary) -> ThemeAssignment | None:
    heading_end = _heading_end(text)
    scores: dict[str, float] = {}
    strongest: dict[str, tuple[float, int, int]] = {}
    for word, iri in _keywords(themes):
        start = text.find(word)
        while start >= 0:
            weight = len(word) * (HEADING_WEIGHT if start < heading_end else 1.0)
            scores[iri] = scores.get(iri, 0.0) + weight
            if weight > strongest.get(iri, (0.0, 0, 0))[0]:
                strongest[iri] = (weight, start, start + len(word))
            start = text.find(word, start + len(word))
    if not scores:
        return None
    best = max(sorted(scores), key=lambda iri: scores[iri])
    _, start, end = strongest[best]
    return ThemeAssignment(best, start, end, "keywords")


def _heading_end(text: str) -> int:
    """End of the measure's heading: its first non-empty line."""
    stripped = len(text) - len(text.lstrip())
    newline = text.find("\n", stripped)
    return len(text) if newline < 0 else newline


@lru_cache(maxsize=8)
def _keywords(themes: ThemeVocabulary) -> tuple[tuple[str, str], ...]:
    return tuple(themes.keywords())
