"""The filtered default a view too large to draw opens on, and the note that says so."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from kg.views.styles import HIDE_ORDER, STYLES

# --- the filtered default for large views -----------------------------------------------------


def visible_count(data: dict[str, Any], hide: Iterable[str], province: str | None) -> int:
    """Nodes the page draws under a class filter and a province filter (same rule as the JS)."""
    hidden = set(hide)
    ok = [province is None or province in m["p"] for m in data["measures"]]
    return sum(
        1
        for n in data["nodes"]
        if n["cls"] not in hidden and (province is None or any(ok[i] for i in n["m"]))
    )


def default_state(data: dict[str, Any], max_nodes: int) -> dict[str, Any]:
    """What a view opens on: everything, or for a large graph a filter that fits ``max_nodes``."""
    total = len(data["nodes"])
    hide: list[str] = []
    province: str | None = None
    present = {n["cls"] for n in data["nodes"]}
    for cls in HIDE_ORDER:
        if visible_count(data, hide, province) <= max_nodes:
            break
        if cls in present and len(present - {*hide, cls}) > 0:
            hide.append(cls)
    if visible_count(data, hide, province) > max_nodes and data["facets"]["province"]:
        province = _busiest_province(data)
    shown = visible_count(data, hide, province)
    if shown == total:
        return {"hide": [], "province": "", "note": "", "shown": total}
    return {
        "hide": hide,
        "province": province or "",
        "shown": shown,
        "note": _default_note(data, total, shown, hide, province),
    }


def _busiest_province(data: dict[str, Any]) -> str:
    counts = Counter(p for m in data["measures"] for p in m["p"])
    return sorted(counts, key=lambda p: (-counts[p], p))[0]


def _default_note(
    data: dict[str, Any], total: int, shown: int, hide: list[str], province: str | None
) -> str:
    parts_zh, parts_en = [], []
    if hide:
        parts_zh.append("隐藏" + "、".join(STYLES[c].zh for c in hide))
        parts_en.append("hidden: " + ", ".join(STYLES[c].en for c in hide))
    if province:
        name = dict(map(tuple, data["facets"]["province"]))[province]
        parts_zh.append(f"只显示{name}")
        parts_en.append(f"only {name}")
    return (
        f"本图有 {total} 个节点,为保持流畅默认显示 {shown} 个({';'.join(parts_zh)})。"
        f"用筛选或“显示全部”查看其余部分。 This graph has {total} nodes; it opens showing "
        f"{shown} ({'; '.join(parts_en)}). Use the filters or “show all” to see the rest."
    )
