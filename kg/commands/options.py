"""Options several commands share, defined once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from kg.curation import DEFAULT_CURATION
from kg.errors import existing_export
from kg.query import DEFAULT_EXPORT

Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]
Callback = Callable[[click.Context, click.Parameter, Any], Any]


def path_option(
    name: str,
    default: Path | None,
    help: str,
    callback: Callback | None = None,
    dir_okay: bool = False,
) -> Decorator:
    """``--NAME PATH``: a file a command reads or writes, passed as ``name``."""
    return click.option(
        f"--{name}",
        name,
        type=click.Path(path_type=Path, dir_okay=dir_okay),
        default=default,
        show_default=default is not None,
        help=help,
        callback=callback,
    )


def export_option(
    default: Path = DEFAULT_EXPORT,
    help: str = "The exported graph (.nt, .ttl or .jsonld).",
    checked: bool = True,
) -> Decorator:
    """``--export PATH``: which exported graph a command reads, or the export folder that
    ``kg build --out`` wrote (its file of the default's name). Checked here, for every
    command, before the command runs: a missing export stops it with ExportMissing; unless
    not ``checked``, for a command that reads it only when asked to."""

    def resolved(ctx: click.Context, param: click.Parameter, value: Path) -> Path:
        path = value / default.name if value.is_dir() else value
        return existing_export(path) if checked else path

    return path_option("export", default, f"{help} Or its folder.", resolved, dir_okay=True)


def curation_option(
    default: Path | None = DEFAULT_CURATION,
    help: str = "The curation file (Turtle) holding the decisions.",
) -> Decorator:
    """``--curation PATH``: the curators' decisions (read, and written by the deciding
    commands)."""
    return path_option("curation", default, help)
