"""Which mechanisms recur across provinces, travel together, and who reported them first.

Everything here reads the export's read model (:mod:`kg.readmodel`, from an export file, an
rdflib ``Graph`` or a pyoxigraph ``Store``) — never the extractor's objects, so every number
can be traced back with SPARQL to measures and evidence quotes. :func:`load_data` turns the
model into mechanism uses once; NetworkX does the graph analysis, and the HTML views draw the
co-occurrence graph and communities made here. Every result is sorted and rounded so the
report is byte-identical across runs.

Example:
    >>> data = load_data(Path("exports/practice-kg.nt"))
    >>> row = next(r for r in recurrence(data) if r.label == "双随机、一公开")
    >>> row.provinces
    ('陕西省', '山东省', '甘肃省')
"""

from __future__ import annotations

import csv
import dataclasses
import io
import itertools
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

import networkx as nx

from kg.namespaces import sparql_prefixes
from kg.readmodel import Mechanism, ReadModel, read_model

Level = Literal["province", "city"]
LEVELS: tuple[Level, ...] = ("province", "city")
LOUVAIN_SEED = 42
MIN_DATED_DOCUMENTS = 10
"""Below this many dated documents a timeline is an anecdote, and the output says so."""

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
        return {r for r in (_region_of(u, level) for u in self.uses) if r}


def load_data(source: Any) -> KGData:
    """The uses, mechanisms, regions and documents of the export's read model.

    Example:
        >>> data = load_data(graph)
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


def _region_of(use: Use, level: Level) -> str | None:
    return use.province if level == "province" else use.city


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
        ['双随机、一公开', ...]
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
        '监管方式'
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
    dated = sorted(first.items(), key=lambda kv: _date_key(kv[1], data.label(kv[0])))
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


def _date_key(issued: Issued, region: str) -> tuple[date, date, str]:
    return issued.low, issued.high, region


def _in_category(mech: Mechanism, wanted: str) -> bool:
    if not mech.category:
        return False
    local = mech.category.rsplit("/", 1)[-1]
    return wanted in {mech.category, local, mech.category_label}


def _sorted_rows(rows: list[RecurrenceRow], level: Level, min_regions: int) -> list[RecurrenceRow]:
    kept = [r for r in rows if r.count(level) >= min_regions]
    return sorted(kept, key=lambda r: (r.candidate, -r.count(level), -r.measures, r.label, r.iri))


def candidate_summary(source: Any) -> dict[str, int]:
    """How many candidate mechanisms and uses there are, reported apart from the concepts.

    Example:
        >>> candidate_summary(data)
        {'concepts': 80, 'concept_uses': 400, 'candidates': 30, 'candidate_uses': 35}
    """
    data = as_data(source)
    cand = {u.mechanism for u in data.uses if _is_candidate(data, u.mechanism)}
    used = {u.mechanism for u in data.uses}
    return {
        "concepts": len(used - cand),
        "concept_uses": sum(1 for u in data.uses if u.mechanism not in cand),
        "candidates": len(cand),
        "candidate_uses": sum(1 for u in data.uses if u.mechanism in cand),
    }


def _is_candidate(data: KGData, iri: str) -> bool:
    mech = data.mechanisms.get(iri)
    return bool(mech and mech.candidate)


def without_candidates(source: Any) -> KGData:
    """The curated view: the same data without any use of a candidate mechanism.

    Reports and the CLI show this by default; a candidate counts once a curator accepts it
    (``kg vocab``). :func:`candidate_summary` of the full data says how many were left out.

    Example:
        >>> a.candidate_summary(without_candidates(data))["candidates"]
        0
    """
    data = as_data(source)
    uses = [u for u in data.uses if not _is_candidate(data, u.mechanism)]
    return dataclasses.replace(data, uses=uses)


# --- 2. co-occurrence -----------------------------------------------------------------------


def cooccurrence_graph(source: Any, include_candidates: bool = False) -> nx.Graph:
    """Mechanisms as nodes, an edge weighted by the number of measures using both.

    Nodes carry ``label``, ``category``, ``candidate`` and ``measures`` (a count); edges
    ``weight``, ``distance`` (1/weight, for shortest-path measures) and ``measures`` (the
    measures' IRIs, which the HTML view lists). Nodes and edges are added in
    sorted order so Louvain and layouts are reproducible.

    Example:
        >>> G = cooccurrence_graph(data)
        >>> G.edges["…/double-random-one-public", "…/credit-tiered-supervision"]["weight"]
        3
    """
    data = as_data(source)
    per_measure: dict[str, set[str]] = defaultdict(set)
    for use in data.uses:
        if include_candidates or not _is_candidate(data, use.mechanism):
            per_measure[use.measure].add(use.mechanism)
    counts = Counter(m for mechs in per_measure.values() for m in mechs)
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for measure, mechs in sorted(per_measure.items()):
        for pair in itertools.combinations(sorted(mechs), 2):
            shared[pair].append(measure)
    graph = nx.Graph()
    for iri in sorted(counts):
        mech = data.mechanisms.get(iri) or Mechanism(iri, iri, False, None, None)
        graph.add_node(
            iri,
            label=mech.label,
            category=mech.category_label or "",
            candidate=mech.candidate,
            measures=counts[iri],
        )
    for (a, b), measures in sorted(shared.items()):
        weight = len(measures)
        graph.add_edge(a, b, weight=weight, distance=1.0 / weight, measures=measures)
    return graph


def communities(graph: nx.Graph) -> list[tuple[str, ...]]:
    """Louvain communities (seed 42, weighted), largest first, members sorted.

    Example:
        >>> communities(cooccurrence_graph(data))[0][:2]
        ('…/credit-tiered-supervision', '…/double-random-one-public')
    """
    if graph.number_of_edges() == 0:
        return [(n,) for n in sorted(graph)]
    found = nx.community.louvain_communities(graph, seed=LOUVAIN_SEED, weight="weight")
    groups = [tuple(sorted(c)) for c in found]
    return sorted(groups, key=lambda g: (-len(g), g))


def community_index(groups: list[tuple[str, ...]]) -> dict[str, int]:
    """Node → 1-based community number, as the report numbers them."""
    return {node: i for i, group in enumerate(groups, 1) for node in group}


@dataclass(frozen=True)
class CentralityRow:
    """How central a mechanism is in the co-occurrence graph."""

    iri: str
    label: str
    community: int
    degree: int
    strength: int
    betweenness: float


def centralities(
    graph: nx.Graph, groups: list[tuple[str, ...]] | None = None
) -> list[CentralityRow]:
    """Degree, weighted degree (strength) and betweenness (over distance 1/weight).

    Strength says how often a mechanism is used alongside others; betweenness which
    mechanisms sit on the paths between otherwise separate clusters.

    Example:
        >>> centralities(G)[0].label
        '双随机、一公开'
    """
    groups = groups if groups is not None else communities(graph)
    index = community_index(groups)
    between = nx.betweenness_centrality(graph, weight="distance", normalized=True)
    rows = [
        CentralityRow(
            iri=n,
            label=graph.nodes[n]["label"],
            community=index.get(n, 0),
            degree=graph.degree(n),
            strength=int(graph.degree(n, weight="weight")),
            betweenness=round(between[n], 4),
        )
        for n in graph
    ]
    return sorted(rows, key=lambda r: (-r.strength, -r.betweenness, r.label, r.iri))


@dataclass(frozen=True)
class BridgeRow:
    """A mechanism whose co-use ties its community to others."""

    iri: str
    label: str
    community: int
    other_communities: tuple[int, ...]
    cross_weight: int
    participation: float


def bridges(graph: nx.Graph, groups: list[tuple[str, ...]] | None = None) -> list[BridgeRow]:
    """Mechanisms with co-use edges into other communities, most communities reached first.

    The participation coefficient 1 − Σ_c (w_ic / w_i)² is 0 for a mechanism used only with
    its own community and grows as its co-use spreads evenly over several.

    Example:
        >>> bridges(G)[0].other_communities
        (2, 3)
    """
    groups = groups if groups is not None else communities(graph)
    index = community_index(groups)
    rows = []
    for node in graph:
        by_group: Counter[int] = Counter()
        for neighbour, attrs in graph[node].items():
            by_group[index[neighbour]] += attrs["weight"]
        own = index[node]
        others = tuple(sorted(g for g in by_group if g != own))
        if not others:
            continue
        total = sum(by_group.values())
        participation = 1 - sum((w / total) ** 2 for w in by_group.values())
        rows.append(
            BridgeRow(
                iri=node,
                label=graph.nodes[node]["label"],
                community=own,
                other_communities=others,
                cross_weight=sum(by_group[g] for g in others),
                participation=round(participation, 4),
            )
        )
    return sorted(rows, key=lambda r: (-len(r.other_communities), -r.participation, r.label, r.iri))


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
        region = _region_of(use, level)
        if region and not _is_candidate(data, use.mechanism):
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
        ('山东省', '陕西省', 12)
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
        >>> ("吉林省", "掌上办") in unique_mechanisms(data)
        True
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
        order = sorted(first.items(), key=lambda kv: _date_key(kv[1], data.label(kv[0])))
        steps = tuple((data.label(p), issued.text) for p, issued in order)
        out.append(Cascade(iri, data.mechanisms[iri].label, steps))
    return sorted(out, key=lambda c: (-len(c.steps), c.label, c.iri))


def _adoptions(data: KGData) -> dict[str, dict[str, Issued]]:
    """Mechanism → province → first date, over implemented vocabulary uses."""
    uses: dict[str, list[Use]] = defaultdict(list)
    for use in data.uses:
        if use.status != "planned" and not _is_candidate(data, use.mechanism):
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
        >>> timeline_caveat(data)
        'Caution: only 4 of 5 documents carry an issue date ...'
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


# --- plain tables ---------------------------------------------------------------------------


def recurrence_table(rows: list[RecurrenceRow], level: Level = "province") -> list[list[str]]:
    """Header + rows of strings for printing, CSV and Markdown."""
    places = "provinces" if level == "province" else "cities"
    header = [
        "mechanism",
        "category",
        "candidate",
        places,
        "measures",
        "documents",
        "unplaced",
        "first_seen",
        "where",
    ]
    body = [
        [
            r.label,
            r.category,
            "yes" if r.candidate else "",
            str(r.count(level)),
            str(r.measures),
            str(r.documents),
            str(r.unplaced_measures),
            "; ".join(f"{p} {d}" for p, d in r.first_seen),
            "、".join(r.provinces if level == "province" else r.cities),
        ]
        for r in rows
    ]
    return [header, *body]


def category_table(rows: list[RecurrenceRow], level: Level = "province") -> list[list[str]]:
    """Category rows: like recurrence, with the number of mechanisms used in the category."""
    table = recurrence_table(rows, level)
    header = ["category", "mechanisms", *table[0][3:]]
    body = [[r.label, str(r.mechanisms), *t[3:]] for r, t in zip(rows, table[1:], strict=True)]
    return [header, *body]


def centrality_table(rows: list[CentralityRow]) -> list[list[str]]:
    """Header + rows for centralities."""
    header = ["mechanism", "community", "degree", "strength", "betweenness"]
    body = [
        [r.label, str(r.community), str(r.degree), str(r.strength), f"{r.betweenness:.4f}"]
        for r in rows
    ]
    return [header, *body]


def communities_table(graph: nx.Graph, groups: list[tuple[str, ...]]) -> list[list[str]]:
    """One row per community of two or more mechanisms: number, size, member labels."""
    body = [
        [str(i), str(len(g)), "; ".join(sorted(graph.nodes[n]["label"] for n in g))]
        for i, g in enumerate(groups, 1)
        if len(g) > 1
    ]
    return [["community", "size", "mechanisms"], *body]


def bridges_table(rows: list[BridgeRow]) -> list[list[str]]:
    """Header + rows for bridging mechanisms."""
    header = ["mechanism", "community", "other_communities", "cross_weight", "participation"]
    body = [
        [
            r.label,
            str(r.community),
            " ".join(map(str, r.other_communities)),
            str(r.cross_weight),
            f"{r.participation:.4f}",
        ]
        for r in rows
    ]
    return [header, *body]


def edges_table(graph: nx.Graph) -> list[list[str]]:
    """Every co-occurrence edge with its weight, heaviest first."""
    rows = sorted(
        (
            sorted((graph.nodes[a]["label"], graph.nodes[b]["label"])),
            attrs["weight"],
        )
        for a, b, attrs in graph.edges(data=True)
    )
    body = [[a, b, str(w)] for (a, b), w in sorted(rows, key=lambda r: (-r[1], r[0]))]
    return [["mechanism", "other", "measures"], *body]


def similarity_table(rows: list[SimilarityRow]) -> list[list[str]]:
    """Header + rows for region pairs (also used for nearest peers)."""
    header = [
        "region",
        "other",
        "jaccard",
        "shared",
        "union",
        "size",
        "other_size",
        "shared_mechanisms",
    ]
    body = [
        [
            r.region,
            r.other,
            f"{r.jaccard:.4f}",
            str(r.shared),
            str(r.union),
            str(r.size),
            str(r.other_size),
            "; ".join(r.shared_labels),
        ]
        for r in rows
    ]
    return [header, *body]


def unique_table(pairs: list[tuple[str, str]]) -> list[list[str]]:
    """Mechanisms only one region reports, grouped per region."""
    grouped: dict[str, list[str]] = defaultdict(list)
    for region, label in pairs:
        grouped[region].append(label)
    body = [[r, str(len(ls)), "; ".join(sorted(ls))] for r, ls in sorted(grouped.items())]
    return [["region", "count", "mechanisms"], *body]


def cascades_table(rows: list[Cascade]) -> list[list[str]]:
    """Header + rows for cascades: the order as 陕西省 (2022-06-09) → 山东省 (2023-01-16)."""
    body = [
        [c.label, str(len(c.steps)), " → ".join(f"{p} ({d})" for p, d in c.steps)] for c in rows
    ]
    return [["mechanism", "provinces", "order"], *body]


def followers_table(rows: list[FollowerRow]) -> list[list[str]]:
    """Header + rows for leader → follower pairs."""
    body = [
        [
            r.leader,
            r.follower,
            str(r.shared_cascades),
            "yes" if r.repeated else "",
            "; ".join(r.mechanisms),
        ]
        for r in rows
    ]
    return [["leader", "follower", "shared_cascades", "repeated", "mechanisms"], *body]


def load_export(path: Path) -> KGData:
    """The analysis data of an exported graph file (.nt, .ttl or .jsonld)."""
    return load_data(path)


# --- output formats -------------------------------------------------------------------------

FORMATS = ("table", "csv", "json", "md")


def format_rows(table: list[list[str]], fmt: str = "table") -> str:
    """Render a header + rows table as aligned text, CSV, JSON (list of objects) or Markdown.

    Example:
        >>> print(format_rows([["a", "b"], ["1", "2"]], "md"))
        | a | b |
        |---|---|
        | 1 | 2 |
    """
    if fmt == "csv":
        return to_csv(table)
    if fmt == "json":
        header, *body = table
        records = [dict(zip(header, row, strict=True)) for row in body]
        return json.dumps(records, ensure_ascii=False, indent=2)
    if fmt == "md":
        return to_markdown(table)
    from kg.query import Table, format_table

    return format_table(Table(tuple(table[0]), [tuple(r) for r in table[1:]]))


def to_csv(table: list[list[str]]) -> str:
    """CSV with "\\n" line ends, so files are identical on every platform."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(table)
    return buffer.getvalue()


def to_markdown(table: list[list[str]]) -> str:
    """A GitHub-flavoured Markdown table (pipes in cells escaped)."""

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"

    header, *body = table
    return "\n".join([line(header), "|" + "---|" * len(header), *map(line, body)])
