"""The review sheet of ``kg vocab review``: every candidate mechanism of an export, with the
evidence and suggestions a curator needs, and empty columns for the decision.

The sheet is a CSV that opens in a spreadsheet (UTF-8 with a byte-order mark, so Excel reads
the Chinese). It is made from the export alone, through its read model (:mod:`kg.readmodel`):
counts, provinces and documents from the measures, quotes from the mentions' evidence (the
named query ``review-evidence`` returns the same rows to a SPARQL user). Reading it back
(:func:`read_sheet`) gives one :class:`kg.curation.Request` per row that holds a decision.

Suggestions:

- ``nearest``: the three curated concepts whose labels are closest (rapidfuzz WRatio on the
  simplified labels, score ≥ 60), written as prefLabel and score;
- ``fragment``: why the name looks like a piece of a longer name rather than a name of its
  own — it is part of a longer label (a concept's, or another candidate's found in the same
  measure), it ends in an operator or separator (互联网+), or it starts with a connective
  (和, 及, 与, 的, 并).
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any

from kg.corpus import SENTENCE_STOPS
from kg.curation import CurationError, Request
from kg.namespaces import PK
from kg.readmodel import ReadModel, read_model
from kg.vocab import MechanismVocabulary, normalise_label

DECISION_COLUMNS = ("accept", "english", "category", "alias-of", "reject")
COLUMNS = (
    "name",
    "measures",
    "mentions",
    "provinces",
    "documents",
    "quote 1",
    "quote 2",
    "quote 3",
    "nearest",
    "fragment",
    *DECISION_COLUMNS,
)
QUOTES = 3
NEAREST = 3
MIN_SCORE = 60
QUOTE_WIDTH = 40
"""Characters of context kept on each side of a mention in a quote."""
_SENTENCE_END = re.compile(rf"[{SENTENCE_STOPS};；\n]")
_DANGLING_END = re.compile(r"[+＋、,，\-—和及与]$")
_CONNECTIVE_START = re.compile(r"^[和及与的并]")


@dataclass(frozen=True)
class SheetRow:
    """One candidate as the curator sees it."""

    name: str
    measures: int
    mentions: int
    provinces: tuple[str, ...]
    documents: tuple[str, ...]
    quotes: tuple[str, ...]
    nearest: tuple[tuple[str, int], ...]
    fragment: str

    def cells(self) -> list[str]:
        quotes = [*self.quotes, *[""] * QUOTES][:QUOTES]
        nearest = "; ".join(f"{label} ({score})" for label, score in self.nearest)
        return [
            self.name,
            str(self.measures),
            str(self.mentions),
            "、".join(self.provinces),
            "; ".join(self.documents),
            *quotes,
            nearest,
            self.fragment,
            *[""] * len(DECISION_COLUMNS),
        ]


def candidate_names(export: Path) -> list[str]:
    """The names of the export's candidate mechanisms, most used first (``kg vocab
    candidates``' rows)."""
    from kg.query import load_store, named_query, select

    table = select(load_store(export), named_query("candidate-mechanisms").text)
    column = table.columns.index("name")
    return [row[column] for row in table.rows]


def review_rows(export: Path, vocab: MechanismVocabulary) -> list[SheetRow]:
    """Every candidate of the export, most used first (as ``kg vocab candidates`` lists them)."""
    from kg.analysis import load_data

    model = read_model(export)
    data = load_data(model)
    uses = defaultdict(list)
    for use in data.uses:
        mechanism = data.mechanisms.get(use.mechanism)
        if mechanism and mechanism.candidate:
            uses[use.mechanism].append(use)
    evidence = _mentions(model, set(uses))
    names = {iri: data.mechanisms[iri].label for iri in uses}
    together = _names_by_measure(uses, names)
    rows = []
    for iri, group in uses.items():
        name = names[iri]
        measures = {u.measure for u in group}
        rows.append(
            SheetRow(
                name=name,
                measures=len(measures),
                mentions=len(evidence[iri]),
                provinces=tuple(sorted({data.label(u.province) for u in group if u.province})),
                documents=tuple(sorted({data.document_names[u.document] for u in group})),
                quotes=_quotes(evidence[iri]),
                nearest=nearest_concepts(name, vocab),
                fragment=fragment_reason(
                    name, vocab, {n for m in measures for n in together[m]} - {name}
                ),
            )
        )
    return sorted(rows, key=lambda r: (-r.measures, -r.mentions, r.name))


def _mentions(model: ReadModel, candidates: set[str]) -> dict[str, list[dict[str, Any]]]:
    """Each candidate's mentions with the text of their measure, by file and offset."""
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for measure in model.measures.values():
        for e in measure.evidence:
            if e.predicate == str(PK.mechanism) and e.target in candidates and e.document:
                row = {
                    "file": model.documents[e.document].name,
                    "start": e.start,
                    "end": e.end,
                    "measureStart": measure.start,
                    "measureQuote": measure.quote,
                }
                rows[e.target].append(row)
    key = itemgetter("file", "start", "end", "measureStart")
    return {iri: sorted(found, key=key) for iri, found in rows.items()}


def _names_by_measure(uses: dict[str, list], names: dict[str, str]) -> dict[str, set[str]]:
    by_measure: dict[str, set[str]] = defaultdict(set)
    for iri, group in uses.items():
        for use in group:
            by_measure[use.measure].add(names[iri])
    return by_measure


def _quotes(rows: list[dict[str, str]]) -> tuple[str, ...]:
    """Up to three sentences around the mentions, one per document first."""
    seen: dict[str, str] = {}
    ranked = sorted(
        enumerate(rows), key=lambda item: (_rank_in_file(rows, item[0]), item[1]["file"])
    )
    for _, row in ranked:
        text = _sentence(row)
        if text not in seen:
            seen[text] = row["file"]
        if len(seen) == QUOTES:
            break
    return tuple(seen)


def _rank_in_file(rows: list[dict[str, str]], index: int) -> int:
    """How many earlier rows come from the same file (rows are sorted by file and start)."""
    return sum(1 for row in rows[:index] if row["file"] == rows[index]["file"])


def _sentence(row: dict[str, str]) -> str:
    """The sentence of the measure text holding the mention, cut to the mention's context."""
    text, base = row["measureQuote"], int(row["measureStart"])
    start, end = int(row["start"]) - base, int(row["end"]) - base
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    left = max([0, *ends, start - QUOTE_WIDTH])
    found = _SENTENCE_END.search(text, end)
    right = min(found.end() if found else len(text), end + QUOTE_WIDTH)
    prefix = "…" if left > 0 and left == start - QUOTE_WIDTH else ""
    suffix = "…" if right == end + QUOTE_WIDTH and right < len(text) else ""
    return prefix + text[left:right].strip() + suffix


def nearest_concepts(name: str, vocab: MechanismVocabulary) -> tuple[tuple[str, int], ...]:
    """The curated concepts whose labels are closest to ``name`` (prefLabel, score).

    Example:
        >>> nearest_concepts("一网通办平台", MechanismVocabulary.load())
        (('一网通办', 100), ('一网统管', 77), ('互联网+不动产登记', 72))
    """
    from rapidfuzz import fuzz, process

    labels = vocab.labels()
    key = normalise_label(name)
    found = process.extract(
        key, list(labels), scorer=fuzz.WRatio, limit=4 * NEAREST, score_cutoff=MIN_SCORE
    )
    best: dict[str, int] = {}
    for label, score, _ in found:
        pref = vocab.concept(labels[label]).pref_zh
        best[pref] = max(best.get(pref, 0), round(score))
    ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))
    return tuple(ranked[:NEAREST])


def fragment_reason(name: str, vocab: MechanismVocabulary, neighbours: set[str]) -> str:
    """Why ``name`` looks like a fragment of a longer name, or "" (rule in the module doc).

    Example:
        >>> vocab = MechanismVocabulary.load()
        >>> fragment_reason("互联网+", vocab, set()), fragment_reason("三快", vocab, {"三快五心"})
        ('ends in +', 'part of 三快五心')
    """
    key = normalise_label(name)
    if _DANGLING_END.search(key):
        return f"ends in {key[-1]}"
    if _CONNECTIVE_START.search(key):
        return f"starts with {key[0]}"
    longer = sorted(
        (label for label in [*vocab.labels(), *neighbours] if key in normalise_label(label)),
        key=lambda label: (len(label), label),
    )
    longer = [label for label in longer if normalise_label(label) != key]
    return f"part of {longer[0]}" if longer else ""


# --- the file -----------------------------------------------------------------------------------


def sheet_text(rows: list[SheetRow]) -> str:
    """The sheet as CSV text (the byte-order mark is added when it is written)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(row.cells() for row in rows)
    return buffer.getvalue()


def write_sheet(rows: list[SheetRow], path: Path) -> None:
    """Write the sheet as UTF-8 with a BOM (what Excel needs to read it as UTF-8)."""
    path.write_text(sheet_text(rows), encoding="utf-8-sig", newline="")


def read_sheet(path: Path) -> list[Request]:
    """The rows of a filled-in sheet that hold a decision, numbered as a spreadsheet shows
    them (the header is row 1). Columns are found by name, so they may be reordered."""
    text = _decode(path)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip() for h in reader.fieldnames or []]
    missing = [c for c in ("name", *DECISION_COLUMNS) if c not in header]
    if missing:
        raise CurationError([f"{path}: no column {', '.join(missing)} (is this a review sheet?)"])
    requests = []
    for number, raw in enumerate(reader, 2):
        row = {(k or "").strip(): (v or "").strip() for k, v in raw.items() if k}
        if not any(row.get(c) for c in DECISION_COLUMNS):
            continue
        requests.append(
            Request(
                name=row.get("name", ""),
                accept=row.get("accept", ""),
                english=row.get("english", ""),
                category=row.get("category", ""),
                alias_of=row.get("alias-of", ""),
                reject=row.get("reject", ""),
                where=f"{path.name} row {number}",
            )
        )
    return requests


def _decode(path: Path) -> str:
    """UTF-8 (with or without BOM) as written; GB18030 if a spreadsheet re-saved it so."""
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise CurationError([f"{path}: neither UTF-8 nor GB18030 text"])
