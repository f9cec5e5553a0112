"""The analysis' data: mechanism uses with where and when, from the export's read model,
and the curated view of them (candidates left out)."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from kg.readmodel import Mechanism, ReadModel, read_model

Level = Literal["province", "city"]
LEVELS: tuple[Level, ...] = ("province", "city")


# --- reading the graph ----------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class Issued:
    """A document's issue date as an interval: a gYear "2024" spans the whole year.

    Two dates are ordered only when their intervals do not overlap, so a year-only date is
    never claimed to be before or after a full date in the same year.
    """

    low: date
    high: date
    text: str

    @classmethod
    def parse(cls, text: str) -> Issued | None:
        """2022-06-09 (xsd:date), 2022-06 or 2024 (xsd:gYear); None if unreadable.

        Example:
            >>> Issued.parse("2024").high
            datetime.date(2024, 12, 31)
        """
        match = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text.strip())
        if not match:
            return None
        year, month, day = (int(g) if g else None for g in match.groups())
        if month is None:
            return cls(date(year, 1, 1), date(year, 12, 31), text.strip())
        if day is None:
            last = (date(year + month // 12, month % 12 + 1, 1) - date.resolution).day
            return cls(date(year, month, 1), date(year, month, last), text.strip())
        return cls(date(year, month, day), date(year, month, day), text.strip())

    def before(self, other: Issued) -> bool:
        """Certainly earlier: this interval ends before the other starts."""
        return self.high < other.low


@dataclass(frozen=True)
class Use:
    """One measure using one mechanism, with where and when the measure was reported."""

    measure: str
    document: str
    mechanism: str
    status: str
    province: str | None
    city: str | None
    issued: Issued | None


@dataclass
class KGData:
    """The rows the analyses need, pulled from the graph once."""

    uses: list[Use]
    mechanisms: dict[str, Mechanism]
    region_labels: dict[str, str]
    documents: dict[str, Issued | None]
    document_names: dict[str, str] = field(default_factory=dict)
    model: ReadModel | None = None

    def label(self, region: str) -> str:
        """The Chinese name of a region IRI (the IRI itself if the graph has no label)."""
        return self.region_labels.get(region, region)

    def regions(self, level: Level) -> set[str]:
        """All regions of a level that have at least one mechanism use."""
        return {r for r in (region_of(u, level) for u in self.uses) if r}


def load_data(source: Any) -> KGData:
    """The uses, mechanisms, regions and documents of the export's read model.

    Example:
        >>> data = load_data(Path("exports/practice-kg.nt"))
        >>> len(data.uses) > 0
        True
    """
    model = read_model(source)
    documents = {iri: Issued.parse(d.issued or "") for iri, d in model.documents.items()}
    uses = sorted(
        {
            Use(
                measure=m.iri,
                document=m.document,
                mechanism=mechanism,
                status=m.status,
                province=m.province,
                city=m.city,
                issued=documents.get(m.document),
            )
            for m in model.measures.values()
            if m.document
            for mechanism in m.mechanisms
        },
        key=lambda u: (u.mechanism, u.measure),
    )
    return KGData(
        uses,
        model.mechanisms,
        {iri: r.label for iri, r in model.regions.items()},
        documents,
        {iri: d.name for iri, d in model.documents.items()},
        model,
    )


def as_data(source: Any) -> KGData:
    """Accept a KGData already loaded, or a Graph/Store to load it from."""
    return source if isinstance(source, KGData) else load_data(source)


def region_of(use: Use, level: Level) -> str | None:
    return use.province if level == "province" else use.city


def candidate_summary(source: Any) -> dict[str, int]:
    """How many candidate mechanisms and uses there are, reported apart from the concepts.

    Example:
        >>> candidate_summary(data)
        {'concepts': 201, 'concept_uses': 430, 'candidates': 478, 'candidate_uses': 491}
    """
    data = as_data(source)
    cand = {u.mechanism for u in data.uses if is_candidate(data, u.mechanism)}
    used = {u.mechanism for u in data.uses}
    return {
        "concepts": len(used - cand),
        "concept_uses": sum(1 for u in data.uses if u.mechanism not in cand),
        "candidates": len(cand),
        "candidate_uses": sum(1 for u in data.uses if u.mechanism in cand),
    }


def is_candidate(data: KGData, iri: str) -> bool:
    mech = data.mechanisms.get(iri)
    return bool(mech and mech.candidate)


def without_candidates(source: Any) -> KGData:
    """The curated view: the same data without any use of a candidate mechanism.

    Reports and the CLI show this by default; a candidate counts once a curator accepts it
    (``kg vocab``). :func:`candidate_summary` of the full data says how many were left out.

    Example:
        >>> candidate_summary(without_candidates(data))["candidates"]
        0
    """
    data = as_data(source)
    uses = [u for u in data.uses if not is_candidate(data, u.mechanism)]
    return dataclasses.replace(data, uses=uses)


def load_export(path: Path) -> KGData:
    """The analysis data of an exported graph file (.nt, .ttl or .jsonld)."""
    return load_data(path)
