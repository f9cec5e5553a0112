"""`kg build`: documents into the exported graph, its HTML views and its analysis report.

A plain click command; kg/cli.py adds it to the `kg` group and maps the library's errors
(BuildFailed, ExportFolderError, CurationError) to exit status 1.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click
from rdflib import Graph

from kg.build import BuildReport, build
from kg.commands.options import curation_option
from kg.corpus import iter_paths
from kg.curation import DEFAULT_CURATION, describe, load_curation
from kg.errors import FAILURE


@click.command("build")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=Path("exports"),
    show_default=True,
    help="Folder for practice-kg.ttl, .nt and .jsonld.",
)
@click.option(
    "--strict",
    is_flag=True,
    help="Fail, writing nothing, if any file is skipped (not a duplicate).",
)
@click.option(
    "--jobs",
    type=click.IntRange(1, 64),
    default=None,
    help="Worker processes for reading and extraction  [default: one per core].",
)
@click.option("--no-validate", is_flag=True, help="Skip the SHACL check (faster).")
@click.option("--no-views", is_flag=True, help="Do not render the HTML views (OUT/html).")
@click.option("--no-report", is_flag=True, help="Do not write the analysis report (OUT/analysis).")
@curation_option(None, f"Curators' decisions to obey (default: {DEFAULT_CURATION} if it exists).")
@click.option(
    "--no-cache",
    is_flag=True,
    help="Read and extract every document again; neither use nor update OUT/.kg-cache.",
)
def build_command(
    paths: tuple[Path, ...],
    out: Path,
    strict: bool,
    jobs: int | None,
    no_validate: bool,
    no_views: bool,
    no_report: bool,
    curation: Path | None,
    no_cache: bool,
) -> None:
    """Build the knowledge graph from documents (files or folders; default: seeds), with
    its HTML views (OUT/html) and analysis report (OUT/analysis).

    Nothing in OUT changes unless at least one document was built; the outputs of one build
    replace the previous ones together, and OUT/.practice-kg.json records the graph they
    describe. Files of types it does not read (.xlsx, .jpg, .ofd) are named once and do
    not fail the build. An OUT holding other files is refused. Documents built before into
    OUT are taken from OUT/.kg-cache (keyed by their bytes, the tool, ontology/ and the code).

    \b
    Example:
      kg build seeds --out exports
      kg build my-docs/ --out my-exports --strict

    Exit status: 0 built; 1 some file was skipped, no document was built, or the graph broke
    a shape (with --strict nothing is written). A second copy of a file (the same bytes) is
    built once and named as a duplicate: no failure.
    """
    sources = list(paths) or [Path("seeds")]
    if curation is None and DEFAULT_CURATION.is_file():
        curation = DEFAULT_CURATION
    outputs = {
        "views": not no_views,
        "analysis": not no_report,
        "curation": curation,
        "cache": not no_cache,
    }
    workers = jobs or available_cores()
    _, report = _run_build(sources, out, strict, workers, not no_validate, **outputs)
    if curation is not None:
        click.echo(f"obeying {curation}: {describe(load_curation(curation))}")
    if report.left_out:
        click.echo(report.left_out_note(), err=True)
    for path, first in report.duplicates:
        click.echo(f"duplicate {path}: same bytes as {first}; built once", err=True)
    for problem in report.skipped:
        click.secho(f"skipped {problem}", fg="yellow", err=True)
    if report.validation and not report.validation.conforms:
        for violation in report.validation.violations:
            click.secho(f"shape violation: {violation}", fg="red", err=True)
    click.echo(f"{report.summary()} → {out}/")
    if report.skipped or (report.validation and not report.validation.conforms):
        sys.exit(FAILURE)  # built and written, but not all of it: the problems are above


def available_cores() -> int:
    """The cores this process may run on: the default number of workers, since documents are
    read and extracted independently and the exports do not depend on the order of work."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _run_build(
    sources: list[Path], out: Path, strict: bool, jobs: int, check: bool, **outputs: Any
) -> tuple[Graph, BuildReport]:
    options = {"strict": strict, "jobs": jobs, "check_shapes": check, **outputs}
    stream = sys.stderr
    if not stream.isatty():
        return build(sources, out, **options)
    count = len(list(iter_paths([p for p in sources if p.exists()])))
    with click.progressbar(length=count, label="reading", file=stream) as bar:
        return build(sources, out, on_file=lambda path: bar.update(1, path.name), **options)
