"""Where the data that defines meaning lives: ``ontology/`` in a checkout, next to ``kg/``, or
``kg/ontology`` when the package is installed (setup.cfg ships it as package data).

Example:
    >>> ontology_path("shapes.ttl").name
    'shapes.ttl'
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def ontology_path(name: str) -> Path:
    """A file or folder of ontology/, e.g. ``"mechanisms.ttl"`` or ``"gazetteer"``."""
    for base in (_PACKAGE.parent / "ontology", _PACKAGE / "ontology"):
        if (base / name).exists():
            return base / name
    raise FileNotFoundError(f"ontology/{name} not found next to {_PACKAGE}")
