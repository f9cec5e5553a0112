"""The ``kg`` command line: parses options and calls the library, nothing more."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click
from rdflib import Graph

from kg import __version__
from kg.build import BuildFailed, BuildReport, build
from kg.commands.analyze import analyze
from kg.commands.options import curation_option, export_option
from kg.commands.query import push_command, query_command, serve_command
from kg.commands.render import render as render_command
from kg.commands.vocab import vocab
from kg.corpus import iter_paths
from kg.curation import DEFAULT_CURATION, CurationError, describe, load_curation
from kg.evaluate import DOCUMENT_COLUMNS, as_json, as_rows, document_rows, evaluate, load_gold
from kg.publish import ExportFolderError
from kg.query import (
    ExportMissing,
    Table,
    format_table,
    load_store,
    named_query,
    render,
)
from kg.validate import validate_file


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Practice KG: typical-practice documents into an evidence-backed knowledge graph.

    \b
    Start with:
      kg build seeds --out exports     build the graph from a folder of documents
      kg stats                         what the export holds
      kg query --list                  named SPARQL queries
      kg analyze recurrence --min 2    mechanisms used in two provinces or more
      kg render                        interactive HTML views in exports/html
    """


for _command in (query_command, serve_command, push_command, render_command, analyze, vocab):
    main.add_command(_command)


@main.command("build")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=Path("exports"),
    show_default=True,
    help="Folder for practice-kg.ttl, .nt and .jsonld.",
)
@click.option("--strict", is_flag=True, help="Fail, writing nothing, if any file is skipped.")
@click.option(
    "--jobs",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Worker processes for reading and extraction.",
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
    jobs: int,
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
    describe. A folder holding other files is refused. Documents built before into OUT are
    taken from OUT/.kg-cache (keyed by their bytes, the tool, ontology/ and the code).

    \b
    Example:
      kg build seeds --out exports
      kg build my-docs/ --out my-exports --strict

    Exit status: 0 built; 1 some file was skipped, no document was built, or the graph broke
    a shape (with --strict nothing is written).
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
    try:
        _, report = _run_build(sources, out, strict, jobs, not no_validate, **outputs)
    except (BuildFailed, ExportFolderError, CurationError) as err:
        click.secho(f"build failed: {err}", fg="red", err=True)
        sys.exit(1)
    if curation is not None:
        click.echo(f"obeying {curation}: {describe(load_curation(curation))}")
    for problem in report.skipped:
        click.secho(f"skipped {problem}", fg="yellow", err=True)
    if report.validation and not report.validation.conforms:
        for violation in report.validation.violations:
            click.secho(f"shape violation: {violation}", fg="red", err=True)
    click.echo(f"{report.summary()} → {out}/")
    if report.skipped or (report.validation and not report.validation.conforms):
        sys.exit(1)


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


@main.command("stats")
@export_option(help="The exported graph (.nt or .ttl).")
def stats_command(export: Path) -> None:
    """Count nodes per class and measures, outcomes and mechanism uses per document.

    \b
    Example:
      kg stats
      kg stats --export my-exports/practice-kg.ttl
    """
    try:
        store = load_store(export)
    except ExportMissing as err:
        raise click.ClickException(str(err)) from err
    for name in ("count-by-class", "count-by-document"):
        click.echo(render(store, named_query(name).text))
        click.echo()


@main.command("validate")
@export_option(Path("exports/practice-kg.ttl"), help="The exported graph to check.")
def validate_command(export: Path) -> None:
    """Check the export against ontology/shapes.ttl (SHACL) and list each violation.

    \b
    Example:
      kg validate
    """
    if not export.exists():
        raise click.ClickException(f"{export} does not exist: run `kg build` first")
    report = validate_file(export)
    for violation in report.violations:
        click.echo(f"✗ {violation}")
    if not report.conforms:
        click.secho(f"{len(report.violations)} violation(s)", fg="red")
        sys.exit(1)
    click.secho("conforms to ontology/shapes.ttl", fg="green")


@main.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@export_option(help="The exported graph holding the gold documents.")
@click.option("--json", "as_json_flag", is_flag=True, help="Print the scores as JSON.")
def eval_command(gold: tuple[Path, ...], export: Path, as_json_flag: bool) -> None:
    """Score the graph against hand annotations: precision, recall and F1 per field.

    GOLD files follow tests/data/gold/FORMAT.md; their documents must be in the export.

    \b
    Example:
      kg eval tests/data/gold/*.json
      kg eval tests/data/gold/*.json --json
    """
    if not export.exists():
        raise click.ClickException(f"{export} does not exist: run `kg build` first")
    evaluation = evaluate(Graph().parse(export), load_gold(gold))
    if as_json_flag:
        click.echo(as_json(evaluation))
        return
    columns = ("field", "precision", "recall", "F1", "correct/predicted · found/gold")
    click.echo(format_table(Table(columns, as_rows(evaluation.fields))))
    click.echo()
    click.echo(format_table(Table(DOCUMENT_COLUMNS, document_rows(evaluation))))
    for name in evaluation.missing:
        click.secho(f"not in the graph (skipped by the build?): {name}", fg="yellow", err=True)


if __name__ == "__main__":
    main()
