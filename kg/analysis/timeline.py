"""Question 4: adoption over time — cascades and leader/follower pairs, with the caveat a
small dated corpus needs."""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from kg.analysis.data import Issued, KGData, Use, as_data, is_candidate
from kg.analysis.recurrence import date_key, first_seen

MIN_DATED_DOCUMENTS = 10
"""Below this many dated documents a timeline is an anecdote, and the output says so."""


# --- 4. adoption over time ------------------------------------------------------------------


@dataclass(frozen=True)
class Cascade:
    """Provinces in the order they first reported one mechanism (ties share a date)."""

    iri: str
    label: str
    steps: tuple[tuple[str, str], ...]


def cascades(source: Any) -> list[Cascade]:
    """Per mechanism, the provinces ordered by first (implemented, dated) report.

    Only mechanisms seen in at least two dated provinces form a cascade. Planned measures
    are left out: a plan is not an adoption.

    Example:
        >>> next(c for c in cascades(data) if c.label == "双随机、一公开").steps
        (('陕西省', '2022-06-09'), ('山东省', '2023-01-16'), ('甘肃省', '2024'))
    """
    data = as_data(source)
    out = []
    for iri, first in sorted(_adoptions(data).items()):
        if len(first) < 2:
            continue
        order = sorted(first.items(), key=lambda kv: date_key(kv[1], data.label(kv[0])))
        steps = tuple((data.label(p), issued.text) for p, issued in order)
        out.append(Cascade(iri, data.mechanisms[iri].label, steps))
    return sorted(out, key=lambda c: (-len(c.steps), c.label, c.iri))


def _adoptions(data: KGData) -> dict[str, dict[str, Issued]]:
    """Mechanism → province → first date, over implemented vocabulary uses."""
    uses: dict[str, list[Use]] = defaultdict(list)
    for use in data.uses:
        if use.status != "planned" and not is_candidate(data, use.mechanism):
            uses[use.mechanism].append(use)
    return {iri: first_seen(data, group) for iri, group in uses.items()}


@dataclass(frozen=True)
class FollowerRow:
    """Province ``follower`` reported mechanisms strictly after ``leader`` did."""

    leader: str
    follower: str
    shared_cascades: int
    mechanisms: tuple[str, ...]

    @property
    def repeated(self) -> bool:
        """More than one shared cascade: a pattern rather than a single coincidence."""
        return self.shared_cascades >= 2


def follower_pairs(source: Any) -> list[FollowerRow]:
    """Ordered province pairs with the number of cascades where one comes strictly after.

    Same-date (or overlapping, e.g. a year-only date) provinces are not ordered.

    Example:
        >>> row = follower_pairs(data)[0]
        >>> (row.leader, row.follower, row.repeated)
        ('陕西省', '山东省', True)
    """
    data = as_data(source)
    pairs: dict[tuple[str, str], list[str]] = defaultdict(list)
    for iri, first in _adoptions(data).items():
        for a, b in itertools.permutations(first, 2):
            if first[a].before(first[b]):
                pairs[(a, b)].append(data.mechanisms[iri].label)
    rows = [
        FollowerRow(data.label(a), data.label(b), len(mechs), tuple(sorted(mechs)))
        for (a, b), mechs in pairs.items()
    ]
    return sorted(rows, key=lambda r: (-r.shared_cascades, r.leader, r.follower))


def dated_documents(source: Any) -> tuple[int, int, int]:
    """(documents with an issue date, all documents, distinct dates)."""
    data = as_data(source)
    dates = [d for d in data.documents.values() if d]
    return len(dates), len(data.documents), len({d.text for d in dates})


def timeline_caveat(source: Any) -> str:
    """A plain-language warning about how thin the dating evidence is (empty if ample).

    Example:
        >>> timeline_caveat(data)[:54]
        'Caution: only 4 of 5 documents carry an issue date (4 '
    """
    dated, total, distinct = dated_documents(source)
    if dated >= MIN_DATED_DOCUMENTS:
        return ""
    return (
        f"Caution: only {dated} of {total} documents carry an issue date "
        f"({distinct} distinct dates). Each province's 'first date' is simply the date of "
        "the one or two lists it appears in, so an order below says which list was "
        "published first, not who adopted a mechanism first or who learned from whom. "
        "Provinces from the same list (or a year-only date) are never ordered. "
        f"Treat these pairs as leads to check; with fewer than {MIN_DATED_DOCUMENTS} dated "
        "documents they are not evidence of diffusion."
    )
