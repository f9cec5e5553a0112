"""Options several commands share, defined once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from kg.query import DEFAULT_EXPORT

Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]


def export_option(
    default: Path = DEFAULT_EXPORT, help: str = "The exported graph (.nt or .ttl)."
) -> Decorator:
    """``--export PATH``: which exported graph a command reads."""
    return click.option(
        "--export",
        "export",
        type=click.Path(path_type=Path, dir_okay=False),
        default=default,
        show_default=True,
        help=help,
    )
