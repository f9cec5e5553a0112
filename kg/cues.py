"""Cue lists: the words and patterns that tell the stages what the genre's text means.

They are data, not code: each table is a CSV file in ``ontology/cues/`` with the columns
``kind,term,note``. ``kind`` groups the rows (e.g. ``planned-section``), ``term`` is a word or a
regular-expression fragment, ``note`` says why it is there. A stage asks for a kind by name;
an unknown table or kind raises ``KeyError``, so a typo fails instead of matching nothing.

Example:
    >>> cues = Cues.load()
    >>> "下一步" in cues.terms("segment", "planned-section")
    True
    >>> bool(cues.regex("segment", "planned-section").search("二、下一步工作打算"))
    True
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kg.errors import KgError
from kg.resources import ontology_path


class CueTableError(KgError, ValueError):
    """A cue table that cannot be read: a row without kind or term, a stray field, or a
    term that is not a valid regular expression. The message names the file and line or kind."""


@dataclass(frozen=True)
class Cues:
    """Every cue table, by table name, then kind, in file order."""

    tables: dict[str, dict[str, tuple[str, ...]]]
    _patterns: dict[tuple[str, str], re.Pattern[str]] = field(
        default_factory=dict, compare=False, repr=False
    )
    _each: dict[tuple[str, str], tuple[re.Pattern[str], ...]] = field(
        default_factory=dict, compare=False, repr=False
    )

    @classmethod
    def load(cls, folder: Path | None = None) -> Cues:
        folder = folder or ontology_path("cues")
        return cls({path.stem: _read_table(path) for path in sorted(folder.glob("*.csv"))})

    def terms(self, table: str, kind: str) -> tuple[str, ...]:
        """The terms of one kind, in file order."""
        try:
            kinds = self.tables[table]
        except KeyError:
            raise KeyError(f"no cue table ontology/cues/{table}.csv") from None
        try:
            return kinds[kind]
        except KeyError:
            raise KeyError(f"no kind {kind!r} in ontology/cues/{table}.csv") from None

    def regex(self, table: str, kind: str) -> re.Pattern[str]:
        """The terms of one kind as one alternation (longest first), compiled once."""
        key = (table, kind)
        if key not in self._patterns:
            terms = sorted(self.terms(table, kind), key=len, reverse=True)
            self._patterns[key] = _compile(table, kind, "|".join(f"(?:{t})" for t in terms))
        return self._patterns[key]

    def found(self, table: str, kind: str, text: str) -> bool:
        """Whether some term of the kind matches somewhere in ``text``, each term's regex tried
        in turn: an alternation of terms that start in different ways (``^…``, ``(?:记者|…)``)
        loses the engine's skip to a term's possible first characters and tries every term
        at every position (news furniture, asked of every line: ~4× slower)."""
        key = (table, kind)
        if key not in self._each:
            terms = self.terms(table, kind)
            self._each[key] = tuple(_compile(table, kind, term) for term in terms)
        return any(pattern.search(text) for pattern in self._each[key])


def _compile(table: str, kind: str, source: str) -> re.Pattern[str]:
    try:
        return re.compile(source)
    except re.error as err:
        raise CueTableError(f"ontology/cues/{table}.csv, kind {kind!r}: {err}") from None


def _read_table(path: Path) -> dict[str, tuple[str, ...]]:
    kinds: dict[str, list[str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            if not row.get("kind") or row.get("term") is None:
                raise CueTableError(f"{path}:{line}: a cue needs a kind and a term")
            if None in row:
                raise CueTableError(
                    f"{path}:{line}: more fields than kind,term,note (quote a comma)"
                )
            kinds.setdefault(row["kind"], []).append(row["term"])
    return {kind: tuple(terms) for kind, terms in kinds.items()}


@cache
def load_cues() -> Cues:
    """The shipped cue tables, read once per process."""
    return Cues.load()
