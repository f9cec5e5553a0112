"""The one base of the errors the library raises on purpose, and the export's own errors.

Every exception class of kg/ subclasses :class:`KgError` (tests/test_errors.py checks), so
the ``kg`` command maps them to a message and an exit status in one place (kg/cli.py) and a
caller of the library can catch them all at once. Exit statuses:

====  =========================================================================================
code  meaning
====  =========================================================================================
0     done
1     FAILURE: the work could not be done, or only in part: no document built, a file skipped,
      a shape broken, the export missing or unreadable, a decision refused, the server or the
      endpoint failed, no CJK font for the figures
2     USAGE: what was asked is wrong: a malformed query, an update, an unknown query name,
      a bad ``--param`` (and click's own usage errors: an unknown option, a missing argument)
====  =========================================================================================

Example:
    >>> from kg.query import UnknownQuery
    >>> err = UnknownQuery("nope", [])
    >>> isinstance(err, KgError), err.exit_code, err.problems
    (True, 2, ["no named query 'nope'; see `kg query --list`"])
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

FAILURE = 1
USAGE = 2


class KgError(Exception):
    """An error the tool explains in its message (naming the file, row or line at fault):
    the CLI prints it after ``error:`` and exits with ``exit_code``, no traceback."""

    exit_code: ClassVar[int] = FAILURE

    @property
    def problems(self) -> list[str]:
        """What to report, one ``error:`` line each: the message, unless there are several."""
        return [str(self)]


class ExportMissing(KgError):
    """The export to read does not exist yet."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} does not exist: run `kg build` first")
        self.path = path


class ExportUnreadable(KgError):
    """The export exists but does not parse as RDF in the format its file ending names."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"cannot read {path}: {reason}")
        self.path = path


def existing_export(path: Path) -> Path:
    """``path`` if it is a file, else ExportMissing: the one check before reading an export."""
    if not path.is_file():
        raise ExportMissing(path)
    return path
