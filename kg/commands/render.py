"""`kg render`: interactive HTML views of the exported graph, for opening from disk.

A plain click command; kg/cli.py adds it to the `kg` group.
Exit status: 0 written; 1 the export is missing or cannot be read (kg/errors.py).
"""

from __future__ import annotations

from pathlib import Path

import click

from kg.commands.options import export_option
from kg.publish import check_folder
from kg.views import MAX_NODES
from kg.views import render as render_views

DEFAULT_OUT = Path("exports/html")


@click.command("render")
@click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    default=DEFAULT_OUT,
    show_default=True,
    help="Folder for index.html, the view pages and lib/.",
)
@export_option(help="The exported graph to draw (.nt, .ttl or .jsonld).")
@click.option(
    "--max-nodes",
    type=click.IntRange(10, None),
    default=MAX_NODES,
    show_default=True,
    help="A view with more nodes opens on a filtered default (with a note).",
)
@click.option(
    "--with-candidates",
    is_flag=True,
    help="Draw candidate mechanisms too (default: curated mechanisms only).",
)
def render(out: Path, export: Path, max_nodes: int, with_candidates: bool) -> None:
    """Write self-contained HTML views (overview, recurrence, co-occurrence, regions).

    The pages read only the export, load nothing from the network and open from disk.
    They draw curated mechanisms only and say how many candidates they leave out. A folder
    holding other files is refused.

    \b
    Example:
      kg build seeds --out exports && kg render
      kg render --export my-exports/practice-kg.ttl --out my-exports/html
    """
    check_folder(out, frozenset({"lib"}), "views")
    pages = render_views(export, out, max_nodes=max_nodes, with_candidates=with_candidates)
    for page in pages:
        click.echo(f"wrote {page}")
