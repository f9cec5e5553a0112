"""`kg validate` and `kg eval`: the export checked against its shapes and against gold.

Plain click commands; kg/cli.py adds them to the `kg` group.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.commands.options import export_option
from kg.errors import FAILURE
from kg.evaluate import DOCUMENT_COLUMNS, as_json, as_rows, document_rows, evaluate, load_gold
from kg.query import Table, format_table
from kg.readmodel import read_model
from kg.validate import validate_file


@click.command("validate")
@export_option(Path("exports/practice-kg.ttl"), help="The exported graph to check.")
def validate_command(export: Path) -> None:
    """Check the export against ontology/shapes.ttl (SHACL) and list each violation.

    \b
    Example:
      kg validate

    Exit status: 0 conforms; 1 a violation (each is listed), or the export is missing.
    """
    report = validate_file(export)
    for violation in report.violations:
        click.echo(f"✗ {violation}")
    if not report.conforms:
        click.secho(f"{len(report.violations)} violation(s)", fg="red")
        sys.exit(FAILURE)  # the verdict, not an error: the violations are the output
    click.secho("conforms to ontology/shapes.ttl", fg="green")


@click.command("eval")
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

    Exit status: 0 scored (documents the graph lacks are named on stderr); 1 a gold file
    unreadable, the export missing, or none of the gold documents in the graph.
    """
    evaluation = evaluate(read_model(export), load_gold(gold))
    if as_json_flag:
        click.echo(as_json(evaluation))
        return
    columns = ("field", "precision", "recall", "F1", "correct/predicted · found/gold")
    click.echo(format_table(Table(columns, as_rows(evaluation.fields))))
    click.echo()
    click.echo(format_table(Table(DOCUMENT_COLUMNS, document_rows(evaluation))))
    for name in evaluation.missing:
        click.secho(f"not in the graph (skipped by the build?): {name}", fg="yellow", err=True)
