"""Question 3: regions compared by the mechanisms they use (Jaccard similarity, nearest
peers, mechanisms only one region uses)."""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from kg.analysis.data import KGData, Level, as_data, is_candidate, region_of

# --- 3. regions compared --------------------------------------------------------------------


def region_mechanisms(source: Any, level: Level = "province") -> dict[str, frozenset[str]]:
    """Each region's set of mechanism concepts (candidates left out: they never match).

    Example:
        >>> sorted(region_mechanisms(data))[:1]
        ['https://w3id.org/practice-kg/region/120000']
    """
    data = as_data(source)
    sets: dict[str, set[str]] = defaultdict(set)
    for use in data.uses:
        region = region_of(use, level)
        if region and not is_candidate(data, use.mechanism):
            sets[region].add(use.mechanism)
    return {region: frozenset(mechs) for region, mechs in sets.items()}


@dataclass(frozen=True)
class SimilarityRow:
    """Two regions' mechanism sets compared: Jaccard with the counts behind it."""

    region: str
    other: str
    shared: int
    union: int
    size: int
    other_size: int
    jaccard: float
    shared_labels: tuple[str, ...]


def region_similarity(source: Any, level: Level = "province") -> list[SimilarityRow]:
    """Every pair of regions sharing at least one mechanism, most similar first.

    Example:
        >>> row = region_similarity(data)[0]
        >>> (row.region, row.other, row.shared)
        ('吉林省', '宁夏回族自治区', 1)
    """
    data = as_data(source)
    sets = region_mechanisms(data, level)
    rows = []
    for a, b in itertools.combinations(sorted(sets, key=data.label), 2):
        row = _similarity(data, a, b, sets)
        if row.shared:
            rows.append(row)
    return sorted(rows, key=lambda r: (-r.jaccard, -r.shared, r.region, r.other))


def _similarity(data: KGData, a: str, b: str, sets: dict[str, frozenset[str]]) -> SimilarityRow:
    shared, union = sets[a] & sets[b], sets[a] | sets[b]
    return SimilarityRow(
        region=data.label(a),
        other=data.label(b),
        shared=len(shared),
        union=len(union),
        size=len(sets[a]),
        other_size=len(sets[b]),
        jaccard=round(len(shared) / len(union), 4) if union else 0.0,
        shared_labels=tuple(sorted(data.mechanisms[m].label for m in shared)),
    )


def nearest_peers(source: Any, level: Level = "province", k: int = 3) -> list[SimilarityRow]:
    """Each region's ``k`` most similar regions (by Jaccard, then shared count).

    Example:
        >>> [r.other for r in nearest_peers(data) if r.region == "甘肃省"][:1]
        ['陕西省']
    """
    data = as_data(source)
    sets = region_mechanisms(data, level)
    rows = []
    for region in sorted(sets, key=data.label):
        pairs = [_similarity(data, region, other, sets) for other in sets if other != region]
        pairs = [p for p in pairs if p.shared]
        rows += sorted(pairs, key=lambda r: (-r.jaccard, -r.shared, r.other))[:k]
    return rows


def unique_mechanisms(source: Any, level: Level = "province") -> list[tuple[str, str]]:
    """(region, mechanism) pairs for mechanisms that region alone reports at this level.

    Example:
        >>> unique_mechanisms(data)[0]
        ('云南省', '政企直通车')
    """
    data = as_data(source)
    sets = region_mechanisms(data, level)
    owners: dict[str, set[str]] = defaultdict(set)
    for region, mechs in sets.items():
        for mech in mechs:
            owners[mech].add(region)
    pairs = {
        (data.label(next(iter(regions))), data.mechanisms[mech].label)
        for mech, regions in owners.items()
        if len(regions) == 1
    }
    return sorted(pairs)
