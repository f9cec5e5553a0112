"""Legacy Word files (.doc, OLE compound files) through Debian's antiword.

antiword writes the text of Word 97–2003 files, Chinese included with its UTF-8 mapping
(``-m UTF-8.txt``), paragraphs one per line (``-w 0``: no rewrapping). An OLE file that holds
an ``EncryptedPackage`` stream is a password-protected .docx, not a .doc: it says so.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from kg.readers import Extracted, Unreadable

_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")


def read(data: bytes) -> Extracted:
    """The text of a .doc file, or Unreadable (encrypted, damaged, or no converter)."""
    if _ENCRYPTED in data:
        raise Unreadable("encrypted Word file (needs a password): save an unprotected copy")
    antiword = shutil.which("antiword")
    if antiword is None:
        raise Unreadable("legacy Word .doc needs antiword (apt install antiword), or save as .docx")
    with tempfile.NamedTemporaryFile(suffix=".doc") as handle:
        handle.write(data)
        handle.flush()
        run = subprocess.run(
            [antiword, "-m", "UTF-8.txt", "-w", "0", handle.name],
            capture_output=True,
            timeout=60,
            check=False,
        )
    if run.returncode != 0:
        message = run.stderr.decode("utf-8", "replace").strip().splitlines()
        raise Unreadable(f"unreadable .doc file ({message[-1] if message else 'antiword failed'})")
    text = "\n".join(line.strip() for line in run.stdout.decode("utf-8").splitlines()).strip()
    if not text:
        raise Unreadable("Word .doc file with no text")
    return Extracted(text + "\n", _version(antiword), None)


def _version(antiword: str) -> str:
    """antiword has no --version; Debian's package version names it."""
    name = Path(antiword).name
    query = subprocess.run(
        ["dpkg-query", "-W", "-f=${Version}", name], capture_output=True, text=True, check=False
    )
    return f"{name} {query.stdout.strip()}" if query.returncode == 0 else name
