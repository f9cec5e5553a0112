"""Writing the pages: the escaped offline template, vendored vis-network, the index."""

from __future__ import annotations

import json
import shutil
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from kg.readmodel import ReadModel, Source, read_model, without_candidates
from kg.views.graphs import build_views
from kg.views.page import page_data
from kg.views.styles import ASSETS, MAX_NODES, STYLES, TEMPLATES, VIS_VERSION, View

# --- writing the pages ------------------------------------------------------------------------


def script_json(data: Any) -> Markup:
    """JSON that is safe inside a <script> element: no <, >, & or line separators survive."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for raw, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, escaped)
    return Markup(text)


def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(["html"]),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _vis_dir() -> Path:
    """vis-network as shipped inside the pyvis package (no CDN, no download)."""
    root = Path(str(resources.files("pyvis")))
    for folder in (root / "lib" / VIS_VERSION, root / "templates" / "lib" / VIS_VERSION):
        if (folder / "vis-network.min.js").exists():
            return folder
    raise FileNotFoundError(f"pyvis does not ship {VIS_VERSION}/vis-network.min.js")


def copy_assets(out: Path) -> None:
    """Vendor vis-network and the page script/style into ``out/lib``."""
    lib = out / "lib"
    lib.mkdir(parents=True, exist_ok=True)
    vis = _vis_dir()
    shutil.copyfile(vis / "vis-network.min.js", lib / "vis-network.min.js")
    shutil.copyfile(vis / "vis-network.css", lib / "vis-network.min.css")
    for name in ASSETS:
        shutil.copyfile(TEMPLATES / name, lib / name)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8", newline="\n")
    return path


def render(
    source: Source | ReadModel,
    out: Path,
    *,
    max_nodes: int = MAX_NODES,
    with_candidates: bool = False,
) -> list[Path]:
    """Write index.html and one page per view into ``out``; return the pages written.

    Curated mechanisms only (the pages say how many candidates are left out), unless
    ``with_candidates``. The export (a file, a graph or a store) is read once, into the read
    model every view draws from."""
    model, left_out = read_model(source), 0
    if not with_candidates:
        model, left_out = without_candidates(model)
    out.mkdir(parents=True, exist_ok=True)
    copy_assets(out)
    env = _environment()
    page = env.get_template("view.html")
    written, summaries = [], []
    for view in build_views(model, left_out):
        data = page_data(model, view, max_nodes)
        html = page.render(view=view, data=script_json(data), default=data["default"])
        written.append(_write(out / f"{view.name}.html", html))
        summaries.append(_summary(view, data))
    index = env.get_template("index.html").render(views=summaries, counts=class_counts(model))
    return [_write(out / "index.html", index), *written]


def _summary(view: View, data: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": view.name,
        "title": view.title,
        "title_en": view.title_en,
        "description": view.description,
        "nodes": len(data["nodes"]),
        "edges": len(data["edges"]),
        "note": data["default"]["note"],
        "notes": view.notes,
    }


def class_counts(model: ReadModel) -> list[dict[str, Any]]:
    """Instances per class, for the index page."""
    counts = {
        "Measure": len(model.measures),
        "Mechanism": len(model.mechanisms),
        "Region": len(model.regions),
        "Agency": len(model.agencies),
        "Outcome": len(model.outcomes),
    }
    return [
        {"zh": s.zh, "en": s.en, "color": s.color, "count": counts[cls]}
        for cls, s in STYLES.items()
    ]
