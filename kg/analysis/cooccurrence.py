"""Question 2: which mechanisms travel together — the co-occurrence graph, its Louvain
communities, centralities and bridges (the HTML view draws these)."""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

import networkx as nx

from kg.analysis.data import as_data, is_candidate
from kg.readmodel import Mechanism

LOUVAIN_SEED = 42


# --- 2. co-occurrence -----------------------------------------------------------------------


def cooccurrence_graph(source: Any, include_candidates: bool = False) -> nx.Graph:
    """Mechanisms as nodes, an edge weighted by the number of measures using both.

    Nodes carry ``label``, ``category``, ``candidate`` and ``measures`` (a count); edges
    ``weight``, ``distance`` (1/weight, for shortest-path measures) and ``measures`` (the
    measures' IRIs, which the HTML view lists). Nodes and edges are added in
    sorted order so Louvain and layouts are reproducible.

    Example:
        >>> G = cooccurrence_graph(data)
        >>> m = "https://w3id.org/practice-kg/mechanism/"
        >>> G.edges[m + "double-random-one-public", m + "credit-tiered-supervision"]["weight"]
        2
    """
    data = as_data(source)
    per_measure: dict[str, set[str]] = defaultdict(set)
    for use in data.uses:
        if include_candidates or not is_candidate(data, use.mechanism):
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
        >>> [iri.rsplit("/", 1)[-1] for iri in communities(cooccurrence_graph(data))[0][:2]]
        ['appointment-service', 'beneficial-owner-filing']
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
        >>> G = cooccurrence_graph(data)
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
        >>> bridges(cooccurrence_graph(data))[0].other_communities
        (2, 3, 4, 5, 6, 8)
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
