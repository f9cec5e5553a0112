"""The ``kg`` command line: the group, its commands (kg/commands/) and the one place where
the library's errors become a message and an exit status (kg/errors.py)."""

from __future__ import annotations

from importlib import import_module
from typing import Any

import click

from kg import __version__
from kg.errors import KgError

COMMANDS = {
    "build": "kg.commands.build:build_command",
    "stats": "kg.commands.query:stats_command",
    "validate": "kg.commands.check:validate_command",
    "eval": "kg.commands.check:eval_command",
    "query": "kg.commands.query:query_command",
    "serve": "kg.commands.query:serve_command",
    "push": "kg.commands.query:push_command",
    "render": "kg.commands.render:render",
    "analyze": "kg.commands.analyze:analyze",
    "vocab": "kg.commands.vocab:vocab",
}
"""Each command and where it is defined: imported when it runs, so `kg build` does not load
the analysis and plotting libraries, nor `kg query` the extractors."""


class KgGroup(click.Group):
    """The ``kg`` group: a KgError from any command (or its options) is printed, one
    ``error:`` line per problem in red on stderr, and ends the run with its exit_code."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module, name = COMMANDS[cmd_name].split(":")
        return getattr(import_module(module), name)

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


if __name__ == "__main__":
    main()
