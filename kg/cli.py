"""The ``kg`` command line: the group, its commands (kg/commands/) and the one place where
the library's errors become a message and an exit status (kg/errors.py)."""

from __future__ import annotations

from typing import Any

import click

from kg import __version__
from kg.commands.analyze import analyze
from kg.commands.build import build_command
from kg.commands.check import eval_command, validate_command
from kg.commands.query import push_command, query_command, serve_command, stats_command
from kg.commands.render import render
from kg.commands.vocab import vocab
from kg.errors import KgError


class KgGroup(click.Group):
    """The ``kg`` group: a KgError from any command (or its options) is printed, one
    ``error:`` line per problem in red on stderr, and ends the run with its exit_code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KgError as err:
            for problem in err.problems:
                click.secho(f"error: {problem}", fg="red", err=True)
            ctx.exit(err.exit_code)


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
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


COMMANDS = (
    build_command,
    stats_command,
    validate_command,
    eval_command,
    query_command,
    serve_command,
    push_command,
    render,
    analyze,
    vocab,
)
for _command in COMMANDS:
    main.add_command(_command)


if __name__ == "__main__":
    main()
