"""Put a build's outputs into the export folder without ever losing a good export.

A build writes everything (graph files, views, report) into a staging folder inside the export
folder, then moves each output into place with a rename, and writes the manifest
(``.practice-kg.json``: tool, version, the graph's SHA-256, the outputs) last. So:

- a build that fails, is interrupted or is killed leaves the previous export as it was (a
  leftover staging folder is removed by the next build); one that fails into a folder that
  did not exist leaves no folder;
- two builds into one folder cannot interleave: the second finds the lock held and stops;
- a folder of other files is refused, and files the tool did not write are never touched.

Example:
    >>> import hashlib
    >>> with exclusive(out), staging(out) as stage:
    ...     _ = (stage / "practice-kg.nt").write_text("")
    ...     published = publish(stage, out, hashlib.sha256(b"").hexdigest())
    >>> [p.name for p in published], read_manifest(out)["outputs"]
    (['practice-kg.nt'], ['practice-kg.nt'])
    >>> sorted(p.name for p in out.iterdir())  # the staging folder and the lock are gone
    ['.practice-kg.json', 'practice-kg.nt']
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO

from kg import __version__
from kg.errors import KgError

MANIFEST = ".practice-kg.json"
LOCK = ".kg-build.lock"
CACHE = ".kg-cache"
"""The build cache (kg/cache.py): kept beside the outputs, never published."""
GRAPH = "practice-kg.nt"
OUTPUTS = ("practice-kg.ttl", "practice-kg.nt", "practice-kg.jsonld", "html", "analysis", "text")
"""Every name a build may write in the export folder; nothing else there is touched."""
_STAGING = ".staging-"


class ExportFolderError(KgError):
    """The export folder cannot take this build (another build holds it, or it holds other
    files); nothing was changed."""


def check_folder(
    out: Path, marks: frozenset[str] = frozenset({MANIFEST, GRAPH}), what: str = "export"
) -> None:
    """Refuse a folder that holds files but none of ``marks``, names only the tool writes
    there: it is no earlier ``what`` (the export; views: lib/; a report), and writing into
    it could overwrite the user's own files (README.md, index.html)."""
    if not out.exists():
        return
    if not out.is_dir():
        raise ExportFolderError(f"{out} is a file, not a folder for the {what}")
    names = {p.name for p in out.iterdir()} - {LOCK, CACHE}
    if names and not names & marks:
        shown = ", ".join(sorted(names)[:3]) + (" …" if len(names) > 3 else "")
        raise ExportFolderError(
            f"{out} holds other files ({shown}) and no Practice KG {what}: "
            f"choose an empty folder or an existing {what} folder"
        )


@contextmanager
def exclusive(out: Path) -> Iterator[None]:
    """Hold the export folder's lock for one build; a second build stops with a message.

    The lock file exists only while a build runs, and a build that fails takes back the
    folder it created (with the cache entries it wrote there): a failed build into a new
    folder leaves no folder, one into an existing folder leaves no lock file."""
    created = not out.exists()
    handle = _locked(out)
    try:
        yield
    except BaseException:
        if created:
            shutil.rmtree(out / CACHE, ignore_errors=True)
        raise
    finally:
        (out / LOCK).unlink(missing_ok=True)  # still held: no other build can have it yet
        if created:
            with suppress(OSError):
                out.rmdir()  # only when empty: never anything this build did not write
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


def _locked(out: Path) -> IO[str]:
    """The open lock file of ``out``, locked by this process. A build that finishes removes
    its lock file (and maybe the folder): one that waited on the removed file locks anew."""
    while True:
        out.mkdir(parents=True, exist_ok=True)
        try:
            handle = (out / LOCK).open("a+")
        except FileNotFoundError:
            continue  # the folder went with a failed build
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            raise ExportFolderError(
                f"another kg build is writing {out} ({holder}); wait for it to finish"
            ) from None
        if _same_file(handle, out / LOCK):
            handle.seek(0)
            handle.truncate()
            handle.write(f"pid {os.getpid()}\n")
            handle.flush()
            return handle
        handle.close()


def _same_file(handle: IO[str], path: Path) -> bool:
    try:
        return os.fstat(handle.fileno()).st_ino == path.stat().st_ino
    except FileNotFoundError:
        return False


@contextmanager
def staging(out: Path) -> Iterator[Path]:
    """A fresh staging folder inside ``out`` (same file system, so renames are atomic),
    removed afterwards whatever happens; staging left by a killed build goes first."""
    for stale in out.glob(f"{_STAGING}*"):
        shutil.rmtree(stale, ignore_errors=True)
    stage = Path(tempfile.mkdtemp(prefix=_STAGING, dir=out))
    try:
        yield stage
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def publish(stage: Path, out: Path, graph_sha256: str | None) -> list[Path]:
    """Move every output of ``stage`` into ``out`` (each by one rename), then the manifest,
    which names ``graph_sha256``, the SHA-256 of the graph's N-Triples (None: none staged).
    An output of an earlier build that this one did not write (views or report skipped, no
    extracted texts) goes: it describes another graph."""
    published = []
    for name in OUTPUTS:
        staged = stage / name
        if staged.exists():
            _replace(staged, out / name, stage)
            published.append(out / name)
        elif (out / name).exists():
            (out / name).rename(stage / f"old-{name}")  # deleted with the staging folder
    _write_manifest(out, [p.name for p in published], graph_sha256)
    return published


def _replace(staged: Path, final: Path, stage: Path) -> None:
    if staged.is_dir() and final.is_dir():
        old = stage / f"old-{final.name}"
        final.rename(old)  # the staging folder is deleted afterwards, old copy with it
    os.replace(staged, final)


def _write_manifest(out: Path, names: list[str], digest: str | None) -> None:
    manifest = {
        "tool": "practice-kg",
        "version": __version__,
        "graph": GRAPH,
        "graph_sha256": digest,
        "outputs": sorted(names),
    }
    fd, temp = tempfile.mkstemp(prefix=".manifest.", dir=out)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, indent=1, sort_keys=True)
        handle.write("\n")
    os.chmod(temp, 0o644)
    os.replace(temp, out / MANIFEST)


def read_manifest(out: Path) -> dict | None:
    """The manifest of an export folder, or None."""
    path = out / MANIFEST
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None
