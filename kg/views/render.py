"""Writing the pages: the escaped offline template, vendored vis-network, the index."""

from __future__ import annotations

import json
import shutil
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from rdflib import Graph

from kg.views.graphs import build_views, without_candidates
from kg.views.lookup import instances, load_graph
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
    source: Graph | Path, out: Path, *, max_nodes: int = MAX_NODES, with_candidates: bool = False
) -> list[Path]:
    """Write index.html and one page per view into ``out``; return the pages written.

    Curated mechanisms only (the pages say how many candidates are left out), unless
    ``with_candidates``."""
    kg, left_out = load_graph(source), 0
    if not with_candidates:
        kg, left_out = without_candidates(kg)
    out.mkdir(parents=True, exist_ok=True)
    copy_assets(out)
    env = _environment()
    page = env.get_template("view.html")
    written, summaries = [], []
    for view in build_views(kg, left_out):
        data = page_data(kg, view, max_nodes)
        html = page.render(view=view, data=script_json(data), default=data["default"])
        written.append(_write(out / f"{view.name}.html", html))
        summaries.append(_summary(view, data))
    index = env.get_template("index.html").render(views=summaries, counts=class_counts(kg))
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


def class_counts(kg: Graph) -> list[dict[str, Any]]:
    """Instances per class, for the index page."""
    return [
        {"zh": s.zh, "en": s.en, "color": s.color, "count": len(instances(kg, cls))}
        for cls, s in STYLES.items()
    ]
