"""The rendered views in a real Chromium, opened from file:// like a reviewer would.

Checks: no console errors, no request to anything but file:, nodes drawn == nodes in the
graph for the view (by SPARQL), search focuses a node, a click shows the evidence quote,
markup in document text never runs. Screenshots go to test-artifacts/screenshots/.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from views_support import VIEW_NAMES, expected_nodes, write_hostile_corpus

from kg.build import build
from kg.views import render

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser() -> Iterator:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield chromium
        chromium.close()


class Recorder:
    """A page plus everything it logged and requested."""

    def __init__(self, page) -> None:
        self.page = page
        self.errors: list[str] = []
        self.requests: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("request", lambda r: self.requests.append(r.url))

    def open(self, path: Path) -> None:
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("body[data-ready='1']", timeout=20_000)

    def clean(self) -> None:
        assert self.errors == []
        assert self.requests and all(url.startswith("file:") for url in self.requests)

    def drawn(self) -> int:
        return self.page.evaluate("window.pkView.network.body.data.nodes.length")


@pytest.fixture
def tab(browser) -> Iterator[Recorder]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    yield Recorder(context.new_page())
    context.close()


@pytest.fixture(scope="module")
def site(built, tmp_path_factory: pytest.TempPathFactory) -> Path:
    graph, _, _ = built
    out = tmp_path_factory.mktemp("site")
    render(graph, out)
    return out


def _shot(tab: Recorder, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    tab.page.screenshot(path=str(path))
    return path


@pytest.mark.parametrize("view", VIEW_NAMES)
def test_view_draws_every_node_offline(built, site: Path, tab: Recorder, view: str) -> None:
    graph, _, _ = built
    expected = sum(expected_nodes(graph, view).values())
    tab.open(site / f"{view}.html")
    assert tab.page.locator("#network canvas").count() == 1
    shown = tab.page.evaluate("window.pkView.data.default.shown")
    assert tab.drawn() == shown == int(tab.page.get_attribute("body", "data-drawn"))
    if shown < expected:  # a large view opens filtered and says so
        assert tab.page.locator("#default-note").is_visible()
        tab.page.click("#reset")
    assert tab.drawn() == expected
    assert tab.page.get_attribute("body", "data-drawn") == str(expected)
    _shot(tab, view)
    tab.clean()


def test_index_links_open_each_view(site: Path, tab: Recorder) -> None:
    tab.page.goto((site / "index.html").as_uri())
    links = tab.page.locator("ol.views a")
    assert links.count() == len(VIEW_NAMES)
    links.first.click()
    tab.page.wait_for_selector("body[data-ready='1']")
    assert tab.page.url.endswith("overview.html")
    tab.clean()


def _mechanism(graph, text: str) -> str:
    """The one used mechanism labelled exactly ``text`` (an exact label ranks first)."""
    query = f"""PREFIX pk: <https://w3id.org/practice-kg/ontology#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT DISTINCT ?x WHERE {{ ?m pk:mechanism ?x . ?x skos:prefLabel|skos:altLabel ?l .
          FILTER(STR(?l) = "{text}") }}"""
    found = sorted(str(row[0]) for row in graph.query(query))
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("view", ["overview", "cooccurrence"])
def test_search_focuses_the_mechanism(built, site: Path, tab: Recorder, view: str) -> None:
    graph, _, _ = built
    target = _mechanism(graph, "双随机")
    tab.open(site / f"{view}.html")
    tab.page.fill("#search", "双随机")
    tab.page.press("#search", "Enter")
    assert tab.page.evaluate("window.pkView.network.getSelectedNodes()") == [target]
    centre = tab.page.evaluate(
        """id => { const n = window.pkView.network;
             const p = n.getPosition(id), v = n.getViewPosition();
             return Math.hypot(p.x - v.x, p.y - v.y); }""",
        target,
    )
    assert centre < 1
    assert "双随机" in tab.page.text_content("#panel h2")
    assert tab.page.locator("#panel .evidence li").count() > 0
    _shot(tab, f"{view}-search")
    tab.clean()


def _click_node(tab: Recorder, node: str) -> None:
    """Centre the node, then click it with the mouse where the canvas draws it."""
    point = tab.page.evaluate(
        """id => { const n = window.pkView.network;
             n.focus(id, {scale: 2.5, animation: false});
             const p = n.canvasToDOM(n.getPosition(id));
             const box = document.querySelector('#network canvas').getBoundingClientRect();
             return {x: box.left + p.x, y: box.top + p.y}; }""",
        node,
    )
    tab.page.mouse.click(point["x"], point["y"])


_CLEAR_NODES = """ids => { const nodes = window.pkView.network.body.data.nodes.get();
    const at = new Map(nodes.map(n => [n.id, n]));
    return ids.filter(id => { const a = at.get(id);
      return a && nodes.every(b => b.id === id
        || Math.hypot(a.x - b.x, a.y - b.y) > (a.size || 10) + (b.size || 10)); }); }"""
"""The given nodes that no other node overlaps, so a click on their centre hits them (the
seeded layout may put an outcome's star on its measure's disc)."""


def test_clicking_a_measure_shows_its_evidence_quote(built, site: Path, tab: Recorder) -> None:
    graph, _, _ = built
    query = """PREFIX pk: <https://w3id.org/practice-kg/ontology#>
        SELECT ?m ?file ?start ?end ?quote WHERE { ?m a pk:Measure ; pk:mechanism ?x ;
          pk:document/pk:fileName ?file ; pk:start ?start ; pk:end ?end ; pk:quote ?quote }
        ORDER BY ?m"""
    rows = {str(row[0]): row for row in graph.query(query)}
    tab.open(site / "overview.html")
    clear = tab.page.evaluate(_CLEAR_NODES, sorted(rows))
    assert clear, "every measure's node is covered by another node"
    measure, file, start, end, quote = rows[clear[0]]
    _click_node(tab, str(measure))
    assert tab.page.evaluate("window.pkView.network.getSelectedNodes()") == [str(measure)]
    assert tab.page.text_content("#panel .source blockquote") == str(quote)
    assert tab.page.text_content("#panel .source .file") == str(file)
    assert f"{int(start)}–{int(end)}" in tab.page.text_content("#panel .source .offsets")
    dimmed = tab.page.evaluate(
        "window.pkView.network.body.data.nodes.get().filter(n => n.color.background === '#e4e4e4')"
        ".length"
    )
    assert dimmed > 0, "the neighbourhood is highlighted, the rest dimmed"
    _shot(tab, "overview-measure")
    tab.clean()


def test_filters_narrow_and_reset_restores(built, site: Path, tab: Recorder) -> None:
    graph, _, _ = built
    tab.open(site / "regions.html")
    total = tab.drawn()
    options = tab.page.eval_on_selector_all("#filter-province option", "os => os.map(o => o.value)")
    assert len(options) > 2
    tab.page.select_option("#filter-province", options[1])
    narrowed = tab.drawn()
    assert 0 < narrowed < total
    tab.page.click("#reset")
    assert tab.drawn() == total == sum(expected_nodes(graph, "regions").values())
    tab.clean()


def test_large_graph_opens_filtered_with_a_visible_note(built, tmp_path: Path, tab) -> None:
    graph, _, _ = built
    total = sum(expected_nodes(graph, "overview").values())
    render(graph, tmp_path, max_nodes=total // 3)
    tab.open(tmp_path / "overview.html")
    note = tab.page.locator("#default-note")
    assert note.is_visible() and str(total) in note.text_content()
    shown = tab.page.evaluate("window.pkView.data.default.shown")
    assert tab.drawn() == shown < total
    tab.page.click("#reset")
    assert tab.drawn() == total
    tab.clean()


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile-site")
    graph, _ = build([write_hostile_corpus(root / "docs")], None)
    render(graph, root / "html")
    return root / "html"


@pytest.mark.parametrize("view", VIEW_NAMES)
def test_markup_in_documents_never_runs(hostile_site: Path, tab: Recorder, view: str) -> None:
    tab.open(hostile_site / f"{view}.html")
    ids = tab.page.evaluate("window.pkView.data.nodes.map(n => n.id)")
    for node in ids:  # open every detail panel and hover every node
        tab.page.evaluate("id => window.pkView.focusNode(id)", node)
        _click_node(tab, node)
        tab.page.wait_for_timeout(250)  # let the hover tooltip show
        tab.page.mouse.move(10, 10)
    assert tab.page.evaluate("typeof window.__x") == "undefined"
    assert tab.page.locator("img").count() == 0
    assert tab.page.locator("#panel a, #panel b, #panel script").count() == 0
    if view == "overview":
        tab.page.fill("#search", "点此")
        tab.page.press("#search", "Enter")
        assert '<a href="javascript:' in tab.page.text_content("#panel h2")
        _shot(tab, "hostile-overview")
    assert tab.page.evaluate("typeof window.__x") == "undefined"
    tab.clean()
