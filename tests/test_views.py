"""HTML views: node counts equal the graph's (by SPARQL), text is escaped, output is stable."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from views_support import (
    HOSTILE_IMG,
    HOSTILE_LINK,
    HOSTILE_SCRIPT,
    VIEW_NAMES,
    cooccurrence_edges,
    count,
    expected_nodes,
    page_json,
    recurrence_edges,
    write_hostile_corpus,
)

from kg import analysis
from kg.build import build
from kg.cli import main
from kg.readmodel import read_model
from kg.views import overview_view, page_data, render, script_json


@pytest.fixture(scope="module")
def rendered(built, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed views, rendered once from the built graph."""
    graph, _, _ = built
    out = tmp_path_factory.mktemp("html")
    render(graph, out)
    return out


def _page(folder: Path, view: str) -> dict:
    return page_json((folder / f"{view}.html").read_text(encoding="utf-8"))


def _classes(data: dict) -> dict[str, int]:
    found: dict[str, int] = {}
    for node in data["nodes"]:
        found[node["cls"]] = found.get(node["cls"], 0) + 1
    return found


@pytest.mark.parametrize("view", VIEW_NAMES)
def test_nodes_per_class_equal_the_graph(built, rendered: Path, view: str) -> None:
    graph, _, _ = built
    expected = expected_nodes(graph, view)
    assert _classes(_page(rendered, view)) == {k: v for k, v in expected.items() if v}
    assert sum(expected.values()) > 0


def test_recurrence_edges_count_measures_per_province(built, rendered: Path) -> None:
    graph, _, _ = built
    edges = {(e["from"], e["to"]): e["w"] for e in _page(rendered, "recurrence")["edges"]}
    assert edges == recurrence_edges(graph)


def test_cooccurrence_edges_link_mechanisms_of_one_measure(built, rendered: Path) -> None:
    graph, _, _ = built
    data = _page(rendered, "cooccurrence")
    edges = {tuple(sorted((e["from"], e["to"]))): e["w"] for e in data["edges"]}
    assert edges == cooccurrence_edges(graph)
    communities = {n["community"] for n in data["nodes"]}
    assert len(communities - {-1}) >= 2, "Louvain should find more than one community"


def test_with_candidates_every_used_mechanism_is_drawn(built, tmp_path: Path) -> None:
    graph, _, _ = built
    render(graph, tmp_path, with_candidates=True)
    used = count(graph, "?m pk:mechanism ?n . ?n pk:candidate true .")
    for view in VIEW_NAMES:
        expected = expected_nodes(graph, view, with_candidates=True)
        assert _classes(_page(tmp_path, view)) == {k: v for k, v in expected.items() if v}
        notes = " ".join(_page(tmp_path, view)["notes"])
        assert "Curated mechanisms only" not in notes
        included = f"Candidates included: {used} candidate mechanisms" in notes
        assert included == (view != "regions"), view
    edges = {(e["from"], e["to"]): e["w"] for e in _page(tmp_path, "recurrence")["edges"]}
    assert edges == recurrence_edges(graph, with_candidates=True)
    pairs = _page(tmp_path, "cooccurrence")["edges"]
    drawn = {tuple(sorted((e["from"], e["to"]))): e["w"] for e in pairs}
    assert drawn == cooccurrence_edges(graph, with_candidates=True)


def test_curated_views_say_how_many_candidates_they_leave_out(built, rendered: Path) -> None:
    graph, _, _ = built
    used = count(graph, "?m pk:mechanism ?n . ?n pk:candidate true .")
    assert used > 0
    for view in ("overview", "recurrence", "cooccurrence"):
        notes = " ".join(_page(rendered, view)["notes"])
        assert f"Curated mechanisms only: {used} candidate mechanisms" in notes


def test_every_node_has_a_position_and_a_record(rendered: Path) -> None:
    for view in VIEW_NAMES:
        data = _page(rendered, view)
        for node in data["nodes"]:
            assert isinstance(node["x"], int) and isinstance(node["y"], int)
            assert node["id"] in data["records"]
        assert len({(n["x"], n["y"]) for n in data["nodes"]}) > len(data["nodes"]) * 0.95


def test_measure_record_carries_source_file_offsets_and_quote(built, rendered: Path) -> None:
    graph, _, _ = built
    data = _page(rendered, "overview")
    query = """PREFIX pk: <https://w3id.org/practice-kg/ontology#>
        SELECT ?m ?file ?start ?end ?quote WHERE {
          ?m a pk:Measure ; pk:document/pk:fileName ?file ; pk:start ?start ; pk:end ?end ;
             pk:quote ?quote } ORDER BY ?m LIMIT 5"""
    rows = list(graph.query(query))
    assert rows
    for measure, file, start, end, quote in rows:
        source = data["records"][str(measure)]["source"]
        assert source == {"file": str(file), "start": int(start), "end": int(end),
                          "quote": str(quote)}  # fmt: skip


def test_mechanism_record_lists_evidence_of_its_uses(built, rendered: Path) -> None:
    data = _page(rendered, "cooccurrence")
    node = max(data["nodes"], key=lambda n: len(n["m"]))
    rows = [data["evidence"][i] for i in data["records"][node["id"]]["ev"]]
    assert rows and all(r["oid"] == node["id"] and r["p"] == "mechanism" for r in rows)
    assert all(r["quote"] and r["file"] and r["start"] is not None for r in rows)


def test_index_links_every_view(rendered: Path) -> None:
    index = (rendered / "index.html").read_text(encoding="utf-8")
    for view in VIEW_NAMES:
        assert f'href="{view}.html"' in index


def test_pages_reference_only_local_files(rendered: Path) -> None:
    for page in rendered.glob("*.html"):
        html = page.read_text(encoding="utf-8")
        refs = re.findall(r'(?:src|href)="([^"]*)"', html)
        assert refs, page
        for ref in refs:
            assert "://" not in ref and not ref.startswith("//"), (page.name, ref)
            assert (rendered / ref).exists(), (page.name, ref)
    lib = rendered / "lib" / "vis-network.min.js"
    assert lib.stat().st_size > 100_000
    assert "cdn" not in (rendered / "lib" / "practice-kg.js").read_text(encoding="utf-8")


def test_render_is_byte_identical_and_reads_the_export_alike(built, rendered: Path, tmp_path):
    """Same graph → same bytes; the .nt export renders exactly like the in-memory graph."""
    _, _, exports = built
    render(exports / "practice-kg.nt", tmp_path)
    for page in sorted(rendered.rglob("*")):
        if page.is_file():
            again = tmp_path / page.relative_to(rendered)
            assert again.read_bytes() == page.read_bytes(), page.name


def test_large_view_opens_filtered_with_a_note(built) -> None:
    graph, _, _ = built
    model = read_model(graph)
    view = overview_view(model, analysis.load_data(model))
    limit = len(view.graph) // 3
    data = page_data(model, view, max_nodes=limit)
    default = data["default"]
    assert default["note"] and str(len(view.graph)) in default["note"]
    assert default["hide"] or default["province"]
    assert default["shown"] < len(view.graph)
    full = page_data(model, view, max_nodes=len(view.graph))["default"]
    assert full == {"hide": [], "province": "", "note": "", "shown": len(view.graph)}


def test_script_json_cannot_end_its_script_element() -> None:
    value = {"q": HOSTILE_SCRIPT + HOSTILE_IMG + "a & b \u2028 \u2029 <!-- -->"}
    text = str(script_json(value))
    for raw in ("<", ">", "&", "\u2028", "\u2029"):
        assert raw not in text
    assert json.loads(text) == value


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real corpus full of markup, built and rendered."""
    root = tmp_path_factory.mktemp("hostile")
    graph, report = build([write_hostile_corpus(root / "docs")], root / "exports")
    assert report.measures == 3 and not report.skipped
    render(graph, root / "html")
    return root / "html"


def test_hostile_text_is_data_not_markup(hostile: Path) -> None:
    for page in hostile.glob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert html.count("<script") == (0 if page.name == "index.html" else 3), page.name
        for markup in ("<img", '<a href="javascript', "<b ", "</script><script>window"):
            assert markup not in html, (page.name, markup)
    labels = {n["label"] for n in _page(hostile, "overview")["nodes"]}
    assert any(HOSTILE_SCRIPT in text for text in labels)
    assert any(HOSTILE_LINK in text for text in labels)


def test_page_script_never_uses_html_sinks() -> None:
    script = (Path(__file__).parent.parent / "kg" / "templates" / "practice-kg.js").read_text(
        encoding="utf-8"
    )
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in script


def test_render_command_writes_index_and_views(built, tmp_path: Path) -> None:
    _, _, exports = built
    out = tmp_path / "html"
    result = CliRunner().invoke(
        main, ["render", "--export", str(exports / "practice-kg.nt"), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert {p.name for p in out.glob("*.html")} == {
        "index.html",
        *(f"{v}.html" for v in VIEW_NAMES),
    }
    assert "index.html" in result.output


def test_render_command_fails_clearly_without_an_export(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["render", "--export", str(tmp_path / "none.nt")])
    assert result.exit_code == 1
    assert "does not exist" in result.output


def test_html_and_report_number_the_same_communities_over_the_same_nodes() -> None:
    """exports/html/cooccurrence.html colours the communities exports/analysis/ lists: the
    same mechanisms, the same numbers, the same members (lone mechanisms drawn grey)."""
    exports = Path(__file__).resolve().parent.parent / "exports"
    page = page_json((exports / "html" / "cooccurrence.html").read_text(encoding="utf-8"))
    drawn = {node["label"]: node["community"] for node in page["nodes"]}
    with (exports / "analysis" / "centrality.csv").open(encoding="utf-8") as f:
        reported = {row["mechanism"]: int(row["community"]) for row in csv.DictReader(f)}
    assert set(drawn) == set(reported)
    sizes = Counter(reported.values())
    for name, community in reported.items():
        assert drawn[name] == (community if sizes[community] > 1 else -1), name
    with (exports / "analysis" / "communities.csv").open(encoding="utf-8") as f:
        members = {
            int(row["community"]): set(row["mechanisms"].split("; ")) for row in csv.DictReader(f)
        }
    assert members == {
        c: {n for n, d in drawn.items() if d == c} for c in set(drawn.values()) - {-1}
    }
    legend = [item["zh"] for item in page["legend"] if item["key"].startswith("c")]
    assert legend and all(label.startswith(f"社区 {i}:") for i, label in enumerate(legend, 1))
    readme = (exports / "analysis" / "README.md").read_text(encoding="utf-8")
    assert "Candidates left out" in readme
    assert any("Curated mechanisms only" in note for note in page["notes"])


def test_pages_draw_the_nodes_and_edges_of_a_pyvis_network(built) -> None:
    """A page's nodes, edges and vis options are the view's pyvis Network's, arrowheads off."""
    from pyvis.network import Network

    from kg.views import build_views, network, positions
    from kg.views.page import _stands_for

    graph, _, _ = built
    model = read_model(graph)
    view = next(v for v in build_views(model) if v.name == "cooccurrence")
    data = page_data(model, view)
    index = {m["id"]: i for i, m in enumerate(data["measures"])}
    net = network(model, view, positions(view), _stands_for(model, view.graph), index)
    assert isinstance(net, Network)
    assert data["nodes"] == net.nodes and len(net.nodes) == len(view.graph)
    assert data["edges"] == [{k: v for k, v in e.items() if k != "arrows"} for e in net.edges]
    assert data["options"] == net.options and data["options"]["physics"] is False
    colours = {n["color"] for n in data["nodes"]}
    assert len(colours) > 2, "communities colour the co-occurrence nodes"


def test_views_read_only_the_read_model() -> None:
    """kg/views walks no RDF graph and keeps no module-level caches: everything it draws comes
    from kg.readmodel, passed in explicitly."""
    folder = Path(__file__).resolve().parent.parent / "kg" / "views"
    for module in folder.glob("*.py"):
        source = module.read_text(encoding="utf-8")
        banned = ("from rdflib", "import rdflib", "lru_cache", "clear_caches", "TripleIndex",
                  ".objects(", ".subjects(")  # fmt: skip
        for banned_text in banned:
            assert banned_text not in source, (module.name, banned_text)
