"""The analyses as text tables (lists of rows of strings) and their formats: aligned text,
CSV, JSON and Markdown — the one place results become text."""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict

import networkx as nx

from kg.analysis.cooccurrence import BridgeRow, CentralityRow
from kg.analysis.data import Level
from kg.analysis.recurrence import RecurrenceRow
from kg.analysis.regions import SimilarityRow
from kg.analysis.timeline import Cascade, FollowerRow

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
