"""``kg analyze …``: the analysis questions on the command line (parsing and printing only).

Wire into the main group with ``main.add_command(analyze)``.

Example:
    kg analyze recurrence --min 2
    kg analyze report --out exports/analysis
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from kg import analysis as a
from kg.commands.options import export_option
from kg.publish import check_folder

FORMAT = click.Choice(a.FORMATS)
LEVEL = click.Choice(a.LEVELS)


def format_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """The --format option of the table commands."""
    return click.option(
        "--format", "fmt", type=FORMAT, default="table", show_default=True, help="Output format."
    )(func)


def candidates_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """--with-candidates: include mechanisms no curator has reviewed yet."""
    return click.option(
        "--with-candidates",
        is_flag=True,
        help="Include candidate mechanisms (default: curated mechanisms only).",
    )(func)


def _curated(data: a.KGData, with_candidates: bool) -> a.KGData:
    """Curated only unless asked; says on stderr how many candidates were left out."""
    if with_candidates:
        return data
    left_out = a.candidate_summary(data)["candidates"]
    if left_out:
        click.secho(
            f"{left_out} candidate mechanisms left out (--with-candidates includes them)",
            fg="yellow",
            err=True,
        )
    return a.without_candidates(data)


def _print(title: str, table: list[list[str]], fmt: str) -> None:
    """A table; titles only for the human formats, so csv/json stay machine-readable."""
    if fmt in {"table", "md"}:
        click.echo(f"{'## ' if fmt == 'md' else ''}{title}\n")
    click.echo(a.format_rows(table, fmt) if len(table) > 1 or fmt != "table" else "(none)")
    if fmt in {"table", "md"}:
        click.echo()


@click.group("analyze", context_settings={"help_option_names": ["-h", "--help"]})
def analyze() -> None:
    """Which mechanisms recur, travel together, and who reported them first.

    \b
    Every subcommand reads the exported graph (default exports/practice-kg.nt).
    Example:
      kg analyze recurrence --min 2
      kg analyze report --out exports/analysis
    """


@analyze.command("recurrence")
@click.option(
    "--level",
    type=LEVEL,
    default="province",
    show_default=True,
    help="Count distinct provinces or cities.",
)
@click.option(
    "--min",
    "min_regions",
    type=click.IntRange(1),
    default=None,
    help="Only mechanisms used in at least N regions of the level  [default: all].",
)
@click.option(
    "--category",
    default=None,
    help="Only one skos:broader category (local name, IRI or Chinese label).",
)
@click.option("--categories", is_flag=True, help="Roll up to categories instead.")
@candidates_option
@format_option
@export_option()
def recurrence_command(
    level: str,
    min_regions: int | None,
    category: str | None,
    categories: bool,
    with_candidates: bool,
    fmt: str,
    export: Path,
) -> None:
    """Per mechanism: provinces, cities, measures, documents and first date per province.

    \b
    Curated mechanisms only; with --with-candidates the candidates (not reviewed yet) are
    listed after the concepts and marked "yes" in the candidate column.
    Example:
      kg analyze recurrence --min 2
      kg analyze recurrence --level city --category cat-supervision --format csv
    """
    data = _curated(a.load_export(export), with_candidates)
    least = min_regions or 0  # no minimum: also mechanisms only unplaced measures use
    if categories:
        rows = a.category_recurrence(data, level, least)
        _print(f"Categories by {level}", a.category_table(rows, level), fmt)
        return
    rows = a.recurrence(data, level, least, category)
    shown = f" (min {min_regions})" if min_regions else ""
    _print(f"Mechanisms by {level}{shown}", a.recurrence_table(rows, level), fmt)


@analyze.command("cooccurrence")
@click.option(
    "--top",
    type=click.IntRange(1),
    default=20,
    show_default=True,
    help="Rows of centrality and bridges to show.",
)
@format_option
@export_option()
def cooccurrence_command(top: int, fmt: str, export: Path) -> None:
    """Mechanisms used in the same measure: communities, centralities, bridges.

    \b
    Example:
      kg analyze cooccurrence --top 10
    """
    graph = a.cooccurrence_graph(a.load_export(export))
    groups = a.communities(graph)
    _print("Communities (Louvain, seed 42)", a.communities_table(graph, groups), fmt)
    _print("Centrality", a.centrality_table(a.centralities(graph, groups))[: top + 1], fmt)
    _print("Bridging mechanisms", a.bridges_table(a.bridges(graph, groups))[: top + 1], fmt)


@analyze.command("regions")
@click.option("--level", type=LEVEL, default="province", show_default=True)
@click.option(
    "--peers",
    type=click.IntRange(1),
    default=3,
    show_default=True,
    help="Nearest peers per region.",
)
@format_option
@export_option()
def regions_command(level: str, peers: int, fmt: str, export: Path) -> None:
    """Regions compared: Jaccard similarity, nearest peers, mechanisms one region alone has.

    \b
    Example:
      kg analyze regions --level city --format md
    """
    data = a.load_export(export)
    _print(f"Similarity ({level})", a.similarity_table(a.region_similarity(data, level)), fmt)
    _print("Nearest peers", a.similarity_table(a.nearest_peers(data, level, peers)), fmt)
    _print("Only this region", a.unique_table(a.unique_mechanisms(data, level)), fmt)


@analyze.command("timeline")
@format_option
@export_option()
def timeline_command(fmt: str, export: Path) -> None:
    """Adoption cascades by first issue date, and pairs where one province follows another.

    \b
    The caveat about how few documents are dated goes to stderr for csv/json.
    Example:
      kg analyze timeline
    """
    data = a.load_export(export)
    caveat = a.timeline_caveat(data)
    if caveat:
        click.secho(caveat, fg="yellow", err=fmt in {"csv", "json"})
        if fmt not in {"csv", "json"}:
            click.echo()
    _print("Cascades", a.cascades_table(a.cascades(data)), fmt)
    _print("Who reports after whom", a.followers_table(a.follower_pairs(data)), fmt)


@analyze.command("report")
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=Path("exports/analysis"),
    show_default=True,
    help="Folder for README.md, CSVs and figures.",
)
@candidates_option
@export_option()
def report_command(out: Path, with_candidates: bool, export: Path) -> None:
    """Write the Markdown report, a CSV of every table and the figures (PNG + SVG).

    \b
    Curated mechanisms only (the report says how many candidates it leaves out), unless
    --with-candidates. A folder holding other files is refused.
    Example:
      kg analyze report --out exports/analysis
    """
    from kg.report import REPORT_MARK, write_report

    check_folder(out, frozenset({REPORT_MARK}), "report")
    written = write_report(a.load_export(export), out, export.name, with_candidates)
    click.echo(f"{len(written)} files → {out}/")
