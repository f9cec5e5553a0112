"""Question 1: which mechanisms recur across provinces (or cities), and who reported them
first."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from kg.analysis.data import Issued, KGData, Level, Use, as_data
from kg.namespaces import sparql_prefixes
from kg.readmodel import Mechanism

QUERY_HEAD = sparql_prefixes("pk", "rdfs", "skos", "dcterms")
"""The prefixes the queries below use (the trace query is shown to readers)."""

TRACE_QUERY = (
    QUERY_HEAD
    + """
# The measures and evidence quotes behind one row of `kg analyze recurrence`:
# replace 双随机、一公开 by the mechanism's label (or a candidate's label).
SELECT ?province ?issued ?file ?measure ?heading ?quote WHERE {
  ?mechanism skos:prefLabel "双随机、一公开"@zh .
  ?measure pk:mechanism ?mechanism ; rdfs:label ?heading ; pk:document ?doc ;
           pk:evidence ?evidence .
  ?evidence pk:quote ?quote ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> ?mechanism .
  ?doc pk:fileName ?file .
  OPTIONAL { ?doc dcterms:issued ?issued }
  OPTIONAL {
    ?measure pk:region/pk:partOf* ?p . ?p pk:level "province" ; rdfs:label ?province .
  }
}
ORDER BY ?issued ?file ?measure ?quote"""
)
"""The SPARQL a reader runs to see the evidence behind a recurrence row."""


# --- 1. recurrence --------------------------------------------------------------------------


@dataclass(frozen=True)
class RecurrenceRow:
    """How widely one mechanism (or category) is used: regions, measures, documents, dates."""

    iri: str
    label: str
    category: str
    candidate: bool
    provinces: tuple[str, ...]
    cities: tuple[str, ...]
    measures: int
    documents: int
    unplaced_measures: int
    first_seen: tuple[tuple[str, str], ...]
    mechanisms: int = 1

    def count(self, level: Level) -> int:
        """Distinct regions of the level using it."""
        return len(self.provinces if level == "province" else self.cities)


def recurrence(
    source: Any,
    level: Level = "province",
    min_regions: int = 0,
    category: str | None = None,
) -> list[RecurrenceRow]:
    """Per mechanism concept: distinct provinces, cities, measures, documents, first dates.

    Answers "which mechanisms recur across provinces". Candidates (pk:candidate true) are
    kept as their own rows, marked, and sorted after the vocabulary concepts, so a spelling
    variant never inflates a concept. Rows are sorted by the number of regions of ``level``;
    ``min_regions`` drops rows used in fewer regions; ``category`` keeps one skos:broader
    category (IRI, local name like ``cat-supervision`` or Chinese label).

    Example:
        >>> [r.label for r in recurrence(data, min_regions=2)][:3]
        ['包容审慎监管', '一件事一次办', '双随机、一公开']
    """
    data = as_data(source)
    by_mechanism: dict[str, list[Use]] = defaultdict(list)
    for use in data.uses:
        by_mechanism[use.mechanism].append(use)
    rows = []
    for iri, uses in by_mechanism.items():
        mech = data.mechanisms.get(iri) or Mechanism(iri, iri, False, None, None)
        if category and not _in_category(mech, category):
            continue
        rows.append(_recurrence_row(data, iri, mech.label, mech, uses))
    return _sorted_rows(rows, level, min_regions)


def category_recurrence(
    source: Any, level: Level = "province", min_regions: int = 0
) -> list[RecurrenceRow]:
    """The same counts rolled up to skos:broader categories (candidates have none: left out).

    Example:
        >>> [r.label for r in category_recurrence(data)][0]
        '政务服务方式'
    """
    data = as_data(source)
    by_category: dict[str, list[Use]] = defaultdict(list)
    category_labels: dict[str, str] = {}
    for use in data.uses:
        mech = data.mechanisms.get(use.mechanism)
        if mech and mech.category and not mech.candidate:
            by_category[mech.category].append(use)
            category_labels[mech.category] = mech.category_label or mech.category
    rows = []
    for iri, uses in by_category.items():
        row = _recurrence_row(data, iri, category_labels[iri], None, uses)
        mechanisms = len({u.mechanism for u in uses})
        rows.append(dataclasses.replace(row, mechanisms=mechanisms))
    return _sorted_rows(rows, level, min_regions)


def _recurrence_row(
    data: KGData, iri: str, label: str, mech: Mechanism | None, uses: list[Use]
) -> RecurrenceRow:
    first = first_seen(data, uses)
    dated = sorted(first.items(), key=lambda kv: date_key(kv[1], data.label(kv[0])))
    undated = {u.province for u in uses if u.province and u.province not in first}
    provinces = [p for p, _ in dated] + sorted(undated, key=data.label)
    return RecurrenceRow(
        iri=iri,
        label=label,
        category=(mech.category_label or "") if mech else "",
        candidate=mech.candidate if mech else False,
        provinces=tuple(data.label(p) for p in provinces),
        cities=tuple(sorted({data.label(u.city) for u in uses if u.city})),
        measures=len({u.measure for u in uses}),
        documents=len({u.document for u in uses}),
        unplaced_measures=len({u.measure for u in uses if not u.province}),
        first_seen=tuple((data.label(p), first[p].text) for p in provinces if p in first),
    )


def first_seen(data: KGData, uses: Iterable[Use]) -> dict[str, Issued]:
    """The earliest issue date per province among these uses (undated documents ignored).

    Example:
        >>> first_seen(data, [u for u in data.uses if u.mechanism.endswith("/double-random-one-public")])
        {'https://w3id.org/practice-kg/region/610000': Issued(... text='2022-06-09'), ...}
    """  # noqa: E501
    first: dict[str, Issued] = {}
    for use in uses:
        if use.province and use.issued:
            known = first.get(use.province)
            if known is None or use.issued < known:
                first[use.province] = use.issued
    return first


def date_key(issued: Issued, region: str) -> tuple[date, date, str]:
    return issued.low, issued.high, region


def _in_category(mech: Mechanism, wanted: str) -> bool:
    if not mech.category:
        return False
    local = mech.category.rsplit("/", 1)[-1]
    return wanted in {mech.category, local, mech.category_label}


def _sorted_rows(rows: list[RecurrenceRow], level: Level, min_regions: int) -> list[RecurrenceRow]:
    kept = [r for r in rows if r.count(level) >= min_regions]
    return sorted(kept, key=lambda r: (r.candidate, -r.count(level), -r.measures, r.label, r.iri))
