"""Write ``exports/analysis/``: a Markdown report, a CSV of every table, figures (PNG + SVG).

Every file is byte-identical across runs of the same export: rows are sorted, Louvain and
layouts use fixed seeds, figures carry no timestamps, and the report names no absolute path.

Example (the committed export's report, written again into the empty folder ``out``):
    >>> written = write_report(a.load_export(Path("exports/practice-kg.nt")), out)
    >>> [p.name for p in written][:3]
    ['README.md', 'bridges.csv', 'cascades.csv']
    >>> all(p.read_bytes() == (Path("exports/analysis") / p.name).read_bytes() for p in written)
    True
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kg import analysis as a

REPORT_NAME = "README.md"
REPORT_MARK = "recurrence-province.csv"
"""A file every report writes and a user's folder does not hold: an earlier report is there."""
TOP = 15
"""Rows per table in the Markdown report; the CSVs hold every row."""


def analysis_tables(source: Any) -> dict[str, list[list[str]]]:
    """Every table of the analysis by CSV file stem, computed from one pull of the graph.

    Example (curated mechanisms only, as the report has them):
        >>> tables = analysis_tables(a.without_candidates(data))
        >>> tables["recurrence-province"][0][:5]
        ['mechanism', 'category', 'candidate', 'provinces', 'measures']
        >>> tables["recurrence-province"][1][:5]
        ['包容审慎监管', '监管方式', '', '4', '6']
    """
    data = a.as_data(source)
    graph = a.cooccurrence_graph(data, include_candidates=True)  # the caller chose the data
    groups = a.communities(graph)
    tables = {}
    for level in a.LEVELS:
        tables[f"recurrence-{level}"] = a.recurrence_table(a.recurrence(data, level), level)
        tables[f"categories-{level}"] = a.category_table(a.category_recurrence(data, level), level)
        tables[f"similarity-{level}"] = a.similarity_table(a.region_similarity(data, level))
        tables[f"peers-{level}"] = a.similarity_table(a.nearest_peers(data, level))
        tables[f"unique-{level}"] = a.unique_table(a.unique_mechanisms(data, level))
    tables["cooccurrence-edges"] = a.edges_table(graph)
    tables["communities"] = a.communities_table(graph, groups)
    tables["centrality"] = a.centrality_table(a.centralities(graph, groups))
    tables["bridges"] = a.bridges_table(a.bridges(graph, groups))
    tables["cascades"] = a.cascades_table(a.cascades(data))
    tables["followers"] = a.followers_table(a.follower_pairs(data))
    return tables


def write_report(
    source: Any, out: Path, export_name: str = "practice-kg.nt", with_candidates: bool = False
) -> list[Path]:
    """Write the report, CSVs and figures into ``out``; return the files written, sorted.

    Curated mechanisms only, unless ``with_candidates``; the report says how many candidates
    it leaves out."""
    from kg.plots import heatmap, network_figure, save_figure

    full = a.as_data(source)
    data = full if with_candidates else a.without_candidates(full)
    out.mkdir(parents=True, exist_ok=True)
    tables = analysis_tables(data)
    written = []
    for stem, table in tables.items():
        path = out / f"{stem}.csv"
        path.write_text(a.to_csv(table), encoding="utf-8")
        written.append(path)
    written += save_figure(heatmap(data), out / "heatmap")
    written += save_figure(network_figure(data), out / "cooccurrence")
    report = out / REPORT_NAME
    left_out = {} if with_candidates else a.candidate_summary(full)
    report.write_text(markdown_report(data, tables, export_name, left_out), encoding="utf-8")
    written.append(report)
    return sorted(written)


def markdown_report(
    data: a.KGData,
    tables: dict[str, list[list[str]]],
    export_name: str,
    left_out: dict[str, int] | None = None,
) -> str:
    """The report's text: what the corpus holds, then the four questions with tables.

    ``left_out`` is the candidate summary of the full graph when candidates were left out."""
    parts = [
        _overview(data, export_name, left_out or {}),
        _recurrence_section(data, tables),
        _cooccurrence_section(tables, bool(left_out)),
        _regions_section(tables),
        _timeline_section(data, tables),
        _tracing_section(),
    ]
    return "\n\n".join(parts).rstrip() + "\n"


def _overview(data: a.KGData, export_name: str, left_out: dict[str, int]) -> str:
    counts = a.candidate_summary(data)
    dated, total, _ = a.dated_documents(data)
    measures = len({u.measure for u in data.uses})
    unplaced = len({u.measure for u in data.uses if not u.province})
    provinces, cities = len(data.regions("province")), len(data.regions("city"))
    return f"""# Which mechanisms recur across provinces

Computed by `kg analyze report` from `{export_name}` (the RDF export; nothing else is read).
Every CSV in this folder holds a full table; the report shows the top {TOP} rows of each.

- {total} documents ({dated} with an issue date), {measures} measures that use a mechanism,
  {provinces} provinces and {cities} cities.
- {counts["concepts"]} vocabulary mechanisms in {counts["concept_uses"]} uses.
- {_candidates_line(counts, left_out)}
- {unplaced} measures have no known province (e.g. an anonymised city): they count as
  measures and documents but in no province ("unplaced")."""


def _candidates_line(counts: dict[str, int], left_out: dict[str, int]) -> str:
    """What the report does with candidates: leaves them out (curated only), or shows them."""
    if left_out:
        return (
            f"Curated mechanisms only: {left_out['candidates']} candidate mechanisms (found in "
            f"the\n  text, not yet reviewed) in {left_out['candidate_uses']} uses are left out. "
            "Review them with\n  `kg vocab review`; `kg analyze report --with-candidates` "
            "includes them."
        )
    return (
        f"{counts['candidates']} candidate mechanisms (found in the text, not yet in the "
        f"vocabulary) in\n  {counts['candidate_uses']} uses — counted separately, marked "
        "`candidate`, never merged."
    )


def _recurrence_section(data: a.KGData, tables: dict[str, list[list[str]]]) -> str:
    recurring = a.recurrence_table(a.recurrence(data, "province", min_regions=2))
    return f"""## 1. Recurrence

Mechanisms used in at least two provinces ({len(recurring) - 1}), with the first issue date
of a document reporting them in each province. Full tables: `recurrence-province.csv`,
`recurrence-city.csv`; rolled up to categories (skos:broader): `categories-*.csv`.

{_md(recurring, len(recurring))}

![mechanism × province heatmap](heatmap.png)

### By category

{_md(tables["categories-province"])}"""


def _cooccurrence_section(tables: dict[str, list[list[str]]], curated: bool) -> str:
    candidates = "Candidates left out." if curated else "Candidates included."
    return f"""## 2. Co-occurrence

Two mechanisms are linked when one measure uses both; the weight is the number of such
measures. Communities: Louvain (seed {a.LOUVAIN_SEED}, weighted). {candidates}

![co-occurrence network](cooccurrence.png)

### Communities

{_md(tables["communities"])}

### Centrality

{_md(tables["centrality"])}

### Bridging mechanisms

Mechanisms co-used with members of other communities (participation coefficient > 0).

{_md(tables["bridges"])}"""


def _regions_section(tables: dict[str, list[list[str]]]) -> str:
    return f"""## 3. Regions compared

Jaccard similarity of provinces' mechanism sets (shared / union), with the counts.
City-level tables: `similarity-city.csv`, `peers-city.csv`, `unique-city.csv`.

{_md(tables["similarity-province"])}

### Nearest peers

{_md(tables["peers-province"], 3 * TOP)}

### Mechanisms only one province reports

{_md(tables["unique-province"], 3 * TOP)}"""


def _timeline_section(data: a.KGData, tables: dict[str, list[list[str]]]) -> str:
    caveat = a.timeline_caveat(data) or "Enough dated documents for a tentative ordering."
    return f"""## 4. Adoption over time

> {caveat}

### Cascades (provinces by first date)

{_md(tables["cascades"])}

### Who reports after whom

{_md(tables["followers"])}"""


def _tracing_section() -> str:
    return f"""## Tracing a row to its evidence

Run this on the export (`kg query` or any SPARQL store) to list the measures and evidence
quotes behind a row; replace the label.

```sparql
{a.TRACE_QUERY.strip()}
```"""


def _md(table: list[list[str]], limit: int = TOP) -> str:
    """Markdown of the first ``limit`` rows, with a note when rows are cut."""
    if len(table) <= 1:
        return "_(none)_"
    shown = a.to_markdown(table[: limit + 1])
    hidden = len(table) - 1 - limit
    return shown + (f"\n\n… {hidden} more rows in the CSV." if hidden > 0 else "")
