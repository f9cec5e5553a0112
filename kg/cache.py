"""The build cache: what each document contributed to the graph, kept for the next build.

A researcher adds documents batch by batch; re-reading and re-extracting every unchanged
document would make each build as slow as the first. So a build keeps, per document, its
:class:`Part` (kg/parts.py): the triples it shares with other documents, its own nodes
already rendered in the three export formats, and the shape violations of those nodes. A
later build with the same document reuses the part and only sorts and concatenates.

Where: ``<out>/.kg-cache/`` (kg.publish.CACHE), next to the export it feeds. It is never one
of the published outputs (kg.publish.OUTPUTS), so the publish swap leaves it alone and it is
not part of the export tree; it goes away with the export folder. ``kg build --no-cache``
neither reads nor writes it. A build removes the entries it did not use.

Key: SHA-256 of the document's bytes' SHA-256, its file name (pk:fileName and the fallback
title come from it), the tool version, a hash of every file under ontology/ (vocabularies,
gazetteer, cues, shapes) and a hash of the kg/ source, so editing any of those invalidates
every entry. An entry is one file: a magic line, a pickled header (our own dataclasses and
kg.export.Term triples; pickle is only read from a folder the tool itself writes, under a
key that names the content) and the rendered bytes, with their CRC-32. An entry that cannot
be read, is truncated or fails its CRC is deleted and the document is built again.

Example (a build keeps one entry per document; the next build of it reuses the entry):
    >>> from kg.build import build
    >>> seed = Path("seeds/004_f28145c5286a17a0.txt")
    >>> _ = build([seed], out, views=False, analysis=False)
    >>> store = PartStore(out / ".kg-cache")
    >>> part = store.load(store.key(seed.read_bytes(), seed.name))
    >>> part.name, part.measures
    ('004_f28145c5286a17a0.txt', 12)
    >>> store.load(store.key(b"edited text", seed.name)) is None  # other bytes: built again
    True
    >>> build([seed], out, views=False, analysis=False)[1].cached
    1
"""

from __future__ import annotations

import hashlib
import os
import pickle
import struct
import tempfile
import zlib
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from kg import __version__
from kg.export import FORMATS
from kg.resources import ontology_path

_MAGIC = b"practice-kg cache entry 3\n"
_SUFFIX = ".part"
_TEMP = ".entry."
_PACKAGE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class StoredRun:
    """A run of a document's own nodes, read from its cache entry when the export is
    written (so a build never holds every document's text in memory)."""

    first: str
    last: str
    path: Path
    spans: dict[str, tuple[int, int]]
    """Format → (offset in the entry file, length)."""

    def read(self, fmt: str) -> bytes:
        start, length = self.spans[fmt]
        with self.path.open("rb") as handle:
            handle.seek(start)
            data = handle.read(length)
        if len(data) != length:
            raise OSError(f"{self.path} changed while the build was reading it")
        return data


@dataclass(frozen=True)
class Part:
    """One document's share of the graph (see kg/parts.py for how it is made)."""

    name: str
    sha256: str
    measures: int
    triples: int
    """How many triples its own nodes have."""
    shared: tuple
    """Triples about nodes other documents may also describe (agencies, regions, candidates)."""
    runs: tuple
    """Its own nodes, rendered: :class:`kg.export.Run` or :class:`StoredRun`."""
    findings: tuple | None
    """Shape violations of its own nodes; None when the build that made it did not validate."""
    text_file: str | None = None
    """Where the export keeps the text a web page, PDF or Word file was read as (pk:textFile)."""
    text: str | None = None
    """That text, which the document's offsets index; None for a plain-text file."""


class PartStore:
    """The cache folder. ``reuse=False`` (``--no-cache``, or a build without an export
    folder) stores parts in a folder of its own that nothing reads again."""

    def __init__(self, folder: Path, reuse: bool = True, salt: str = "") -> None:
        self.folder, self.reuse, self.salt = folder, reuse, salt

    def key(self, data: bytes, name: str) -> str:
        """The entry's name: the document's bytes and name, the tool, ontology and kg/ source,
        and the ``salt`` (the curation file's hash, when the build obeys one)."""
        parts = (hashlib.sha256(data).hexdigest(), name, __version__, *_fingerprint(), self.salt)
        return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()

    def path(self, key: str) -> Path:
        return self.folder / f"{key}{_SUFFIX}"

    def load(self, key: str) -> Part | None:
        """The part under ``key``, or None (missing, unreadable or corrupt: then removed)."""
        if not self.reuse:
            return None
        path = self.path(key)
        try:
            return _read(path)
        except FileNotFoundError:
            return None
        except Exception:  # any damage: pickle, struct, CRC or OS errors
            path.unlink(missing_ok=True)
            return None

    def save(self, key: str, part: Part) -> Part:
        """Write ``part`` (its runs in memory) and return it with runs read from the file
        when the export is written."""
        self.folder.mkdir(parents=True, exist_ok=True)
        payload, spans = bytearray(), []
        for run in part.runs:
            offsets = {}
            for fmt in FORMATS:
                data = run.read(fmt)
                offsets[fmt] = (len(payload), len(data))
                payload += data
            spans.append((run.first, run.last, offsets))
        header = pickle.dumps(
            {
                "name": part.name,
                "sha256": part.sha256,
                "measures": part.measures,
                "triples": part.triples,
                "shared": part.shared,
                "runs": spans,
                "findings": part.findings,
                "text_file": part.text_file,
                "text": part.text,
                "crc": zlib.crc32(payload),
                "size": len(payload),
            },
            protocol=pickle.HIGHEST_PROTOCOL,
        )
        fd, temp = tempfile.mkstemp(prefix=_TEMP, dir=self.folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(_MAGIC + struct.pack(">Q", len(header)) + header)
            handle.write(payload)
        path = self.path(key)
        os.replace(temp, path)
        return replace(part, runs=_stored_runs(path, len(_MAGIC) + 8 + len(header), spans))

    def prune(self, keep: set[str]) -> None:
        """Remove entries this build did not use (another corpus, older code or ontology)."""
        if not self.folder.is_dir():
            return
        for path in self.folder.iterdir():
            stale = path.suffix == _SUFFIX and path.stem not in keep
            if stale or path.name.startswith(_TEMP):
                path.unlink(missing_ok=True)


def _read(path: Path) -> Part:
    with path.open("rb") as handle:
        if handle.read(len(_MAGIC)) != _MAGIC:
            raise ValueError(f"{path} is not a cache entry")
        (size,) = struct.unpack(">Q", handle.read(8))
        header = pickle.loads(handle.read(size))
        base = len(_MAGIC) + 8 + size
        payload = handle.read()
        if len(payload) != header["size"] or zlib.crc32(payload) != header["crc"]:
            raise ValueError(f"{path} is damaged")
    return Part(
        header["name"],
        header["sha256"],
        header["measures"],
        header["triples"],
        header["shared"],
        _stored_runs(path, base, header["runs"]),
        header["findings"],
        header["text_file"],
        header["text"],
    )


def _stored_runs(path: Path, base: int, spans: list) -> tuple[StoredRun, ...]:
    """The runs of the entry at ``path`` whose payload starts at ``base``; ``spans`` are
    (first, last, format → (offset in the payload, length)) as the header keeps them."""
    return tuple(
        StoredRun(first, last, path, {fmt: (base + at, n) for fmt, (at, n) in offsets.items()})
        for first, last, offsets in spans
    )


@cache
def _fingerprint() -> tuple[str, str]:
    """Hashes of every file under ontology/ and of the kg/ source, once per process."""
    return _tree_hash(ontology_path("practice.ttl").parent), _tree_hash(_PACKAGE)


def _tree_hash(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(root)).encode("utf-8") + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()
