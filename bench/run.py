"""Benchmarks of issues 7 and 12, printed as tables: the default build (validation included)
vs a bare jieba pass at 1×, 10× and 100× (cold, from the cache, adding one document), --jobs,
SPARQL, kg render and the views.

Every timing runs in a fresh child process (so caches and imports count as a user sees them),
is repeated and reported as the median; peak memory is the child's ru_maxrss. Corpora and
exports go to a temporary directory, never into the repository.

Usage: python bench/run.py [--quick] [--only build|scale|views] [--views-scale K]
(about 15 minutes on the 2-core bench machine; --only scale is the seeds table and the build at
1×, 10× and 100×, about 8 minutes; --only views --views-scale 5 renders and paints views of a 5×
corpus, about 5,000 nodes)
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import ROOT, SEEDS, generate

from kg.commands.build import available_cores

CHROMIUM = "/usr/bin/chromium"
WORKERS = available_cores()
"""Workers of the default build (`kg build` runs one per core unless told --jobs N)."""
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
QUERY = "recurring-mechanisms"
_RUSAGE = (
    "import resource; _mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024; "
    "_workers_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024"
)

JIEBA = """
import time; t0 = time.perf_counter()
import sys, pathlib, jieba
jieba.setLogLevel(30); jieba.initialize()
n = 0
for p in sorted(pathlib.Path(sys.argv[1]).glob("*.txt")):
    n += sum(1 for _ in jieba.cut(p.read_text(encoding="utf-8")))
{rusage}
print({{"seconds": time.perf_counter() - t0, "tokens": n, "peak_mb": _mb}})
"""

BUILD = """
import time; t0 = time.perf_counter()
import sys, pathlib
from kg.build import build
_, report = build([pathlib.Path(sys.argv[1])], pathlib.Path(sys.argv[2]),
                  check_shapes=sys.argv[3] == "1", jobs=int(sys.argv[4]), cache=sys.argv[5] == "1",
                  views=False, analysis=False)
{rusage}
print({{"seconds": time.perf_counter() - t0, "triples": report.triples,
        "measures": report.measures, "cached": report.cached, "peak_mb": _mb,
        "worker_peak_mb": _workers_mb,
        "conforms": report.validation is not None and report.validation.conforms}})
"""

OXIGRAPH = """
import time, sys; t0 = time.perf_counter()
import pyoxigraph as ox
store = ox.Store(); store.bulk_load(path=sys.argv[1], format=ox.RdfFormat.N_TRIPLES)
t1 = time.perf_counter()
text = open(sys.argv[2], encoding="utf-8").read()
subs = {ox.Variable("min_provinces"): ox.Literal("2", datatype=ox.NamedNode(
    "http://www.w3.org/2001/XMLSchema#integer"))}
rows = list(store.query(text, substitutions=subs))
t2 = time.perf_counter()
triples = len(store) if len(sys.argv) > 3 else 0  # counting is slow: not in the wall time
print({"load": t1 - t0, "query": t2 - t1, "rows": len(rows), "triples": triples})
"""

RDFLIB = """
import time, sys; t0 = time.perf_counter()
from rdflib import Graph, Literal
g = Graph().parse(sys.argv[1], format="nt")
t1 = time.perf_counter()
text = open(sys.argv[2], encoding="utf-8").read()
rows = list(g.query(text, initBindings={"min_provinces": Literal(2)}))
t2 = time.perf_counter()
print({"load": t1 - t0, "query": t2 - t1, "rows": len(rows), "triples": len(g)})
"""

PAINT = """
import sys, time
from playwright.sync_api import sync_playwright
with sync_playwright() as pw:
    browser = pw.chromium.launch(executable_path=sys.argv[2], headless=True, args=sys.argv[3:])
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    t0 = time.perf_counter()
    page.goto("file://" + sys.argv[1])
    page.wait_for_selector("body[data-ready='1']", timeout=120_000)
    seconds = time.perf_counter() - t0
    nodes = page.evaluate("window.pkView.network.body.data.nodes.length")
    browser.close()
print({"seconds": seconds, "nodes": nodes})
"""


def child(code: str, *args: object, timeout: float = 900) -> dict[str, float]:
    """Run ``code`` in a fresh interpreter; it prints one dict literal as its last line."""
    command = [sys.executable, "-c", code, *map(str, args)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=timeout)
    if done.returncode != 0:
        raise RuntimeError(f"child failed: {done.stderr[-2000:]}")
    return eval(done.stdout.strip().splitlines()[-1])  # our own child's output


def wall(command: list[str]) -> float:
    """Wall time of a command, start to exit, as a user sees it."""
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - started


def median(runs: int, measure: Callable[[], dict[str, float]]) -> dict[str, float]:
    """Median of each field over ``runs`` repetitions."""
    results = [measure() for _ in range(runs)]
    return {key: statistics.median(r[key] for r in results) for key in results[0]}


def table(title: str, header: list[str], rows: list[list[object]]) -> None:
    """Print a Markdown table (pasted as is into docs/performance.md)."""
    print(f"\n### {title}\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for row in rows:
        print("| " + " | ".join(_cell(v) for v in row) + " |")
    sys.stdout.flush()


def _cell(value: object) -> str:
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def megabytes(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.glob("*.txt")) / 1e6


# --- sections --------------------------------------------------------------------------------


def bench_build(tmp: Path, runs: int) -> None:
    """The default graph build (validation included; no views or report) on the seeds vs a
    bare jieba pass over the same files, side by side."""
    jieba_runs, build_runs = [], []
    for _ in range(runs):  # interleaved, so drift on a shared machine hits both
        jieba_runs.append(child(JIEBA.format(rusage=_RUSAGE), SEEDS))
        build_runs.append(child(BUILD.format(rusage=_RUSAGE), SEEDS, tmp / "b", 1, WORKERS, 0))
    jieba = statistics.median(r["seconds"] for r in jieba_runs)
    build = statistics.median(r["seconds"] for r in build_runs)
    cli_jieba = statistics.median(
        wall([sys.executable, "-c", JIEBA.format(rusage=_RUSAGE), str(SEEDS)]) for _ in range(runs)
    )
    cli = [sys.executable, "-m", "kg", "build", str(SEEDS), "--out", str(tmp / "c")]
    graph = [*cli, "--no-views", "--no-report"]
    cold = statistics.median(wall([*graph, "--no-cache"]) for _ in range(runs))
    warm = statistics.median(wall(graph) for _ in range(runs))
    full = statistics.median(wall([*cli, "--no-cache"]) for _ in range(runs))
    table(
        f"Build vs bare jieba, seeds ({megabytes(SEEDS):.2f} MB), median of {runs}",
        ["what", "seconds", "× jieba"],
        [
            ["jieba: import + dictionary load + jieba.cut of every file", jieba, 1.0],
            ["build() with validation, no cache (imports included)", build, build / jieba],
            ["process wall: python -c <jieba pass>", cli_jieba, 1.0],
            ["process wall: kg build --no-views --no-report --no-cache", cold, cold / cli_jieba],
            ["process wall: the same, all documents from the cache", warm, warm / cli_jieba],
            ["process wall: kg build --no-cache (views and report too)", full, full / cli_jieba],
        ],
    )


def _batches(folder: Path, tmp: Path) -> tuple[Path, Path]:
    """A folder of hard links to every file of ``folder`` but the last, and that last file."""
    files = sorted(folder.glob("*.txt"))
    batch = tmp / f"{folder.name}-batch"
    batch.mkdir()
    for path in files[:-1]:
        os.link(path, batch / path.name)
    return batch, files[-1]


def bench_scale(tmp: Path, scales: list[int]) -> dict[int, Path]:
    """Per scale: a bare jieba pass over every file; the default graph build (one worker per
    core) of all files but one into an empty folder (the first build: extracts, validates,
    fills the cache), and the same in one process for comparison; the last file added and
    built again; the same folder built again (all from the cache). All validated; peak memory
    of each child (the parent's: workers are not counted)."""
    rows, corpora = [], {}
    for scale in scales:
        folder = SEEDS if scale == 1 else tmp / f"corpus-{scale}x"
        if scale != 1:
            generate(scale, folder)
        corpora[scale] = folder
        out = tmp / f"out-{scale}x"
        jieba = child(JIEBA.format(rusage=_RUSAGE), folder)
        batch, last = _batches(folder, tmp)
        single = child(BUILD.format(rusage=_RUSAGE), batch, tmp / f"one-{scale}x", 1, 1, 0)
        first = child(BUILD.format(rusage=_RUSAGE), batch, out, 1, WORKERS, 1)
        first_mb = megabytes(batch)
        os.link(last, batch / last.name)
        added = child(BUILD.format(rusage=_RUSAGE), batch, out, 1, WORKERS, 1)
        again = child(BUILD.format(rusage=_RUSAGE), batch, out, 1, WORKERS, 1)
        assert first["conforms"] and added["conforms"] and again["conforms"]
        size = megabytes(folder)
        jieba_mb = jieba["seconds"] / size
        for name, result, mb in (
            ("first build, one process (--jobs 1)", single, first_mb),
            (f"first build (all but one file), {WORKERS} workers", first, first_mb),
            ("one file added", added, size),
            ("again, all from the cache", again, size),
        ):
            row = [f"{scale}×", f"{mb:.2f}", name, int(result["measures"])]
            row += [int(result["triples"]), int(result["cached"]), result["seconds"]]
            per_mb = result["seconds"] / mb
            peak = f"{result['peak_mb']:.0f} / {result['worker_peak_mb']:.0f}"
            row += [per_mb, jieba_mb, per_mb / jieba_mb, peak]
            rows.append(row)
    table(
        "Default graph build (validated, --no-views --no-report) vs a bare jieba pass over "
        "the same corpus, one child process each",
        [
            "corpus",
            "MB",
            "build",
            "measures",
            "triples",
            "from cache",
            "build s",
            "build s/MB",
            "jieba s/MB",
            "× jieba per MB",
            "peak MB (process / largest worker)",
        ],
        rows,
    )
    return corpora


def bench_render(tmp: Path, scale: int) -> None:
    """kg render of a K× export (all four views), and the views + report a default build
    adds to a graph build of the same corpus (all documents from the cache)."""
    corpus, out = tmp / f"corpus-{scale}x", tmp / f"out-render-{scale}x"
    if not corpus.exists():
        generate(scale, corpus)
    child(BUILD.format(rusage=_RUSAGE), corpus, out, 1, 1, 1)
    export = out / "practice-kg.nt"
    cmd = [sys.executable, "-m", "kg", "render", "--export", str(export), "--out", str(tmp / "r")]
    render = statistics.median(wall(cmd) for _ in range(2))
    build = [sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out)]
    graph_only = wall([*build, "--no-views", "--no-report"])
    full = wall(build)
    table(
        f"kg render and a default build's views and report, {scale}× corpus",
        ["what", "seconds"],
        [
            [f"kg render --export out-{scale}x (median of 2)", render],
            ["kg build --no-views --no-report (all from the cache)", graph_only],
            ["kg build (views and report too; all from the cache)", full],
            ["views + report within the build", full - graph_only],
        ],
    )


def bench_jobs(tmp: Path, folder: Path) -> None:
    """--jobs 2 against --jobs 1 on the same corpus, from nothing (no cache), validated."""
    one = child(BUILD.format(rusage=_RUSAGE), folder, tmp / "j1", 1, 1, 0)
    two = child(BUILD.format(rusage=_RUSAGE), folder, tmp / "j2", 1, 2, 0)
    table(
        f"--jobs on {folder.name} ({os.cpu_count()} cores, validated, no cache)",
        ["jobs", "seconds", "speed-up", "peak MB (parent)"],
        [
            [1, one["seconds"], 1.0, one["peak_mb"]],
            [2, two["seconds"], one["seconds"] / two["seconds"], two["peak_mb"]],
        ],
    )


def bench_sparql(export: Path, rdflib_export: Path, runs: int) -> None:
    """The recurrence query through kg query, bare pyoxigraph and rdflib; load and query apart."""
    rq = ROOT / "ontology" / "queries" / f"{QUERY}.rq"
    ox = median(runs, lambda: child(OXIGRAPH, export, rq))
    kg_cmd = [
        sys.executable,
        "-m",
        "kg",
        "query",
        QUERY,
        "-p",
        "min_provinces=2",
        "--export",
        str(export),
        "--format",
        "csv",
    ]
    kg_wall = statistics.median(wall(kg_cmd) for _ in range(runs))
    ox_wall = statistics.median(
        wall([sys.executable, "-c", OXIGRAPH, str(export), str(rq)]) for _ in range(runs)
    )
    rd = child(RDFLIB, rdflib_export, rq, timeout=1200)
    table(
        f"SPARQL `{QUERY}` (min 2 provinces), median of {runs}",
        ["engine", "export", "triples", "load s", "query s", "process wall s", "× pyoxigraph"],
        [
            [
                "bare pyoxigraph",
                export.parent.name,
                "as in the scale table",
                ox["load"],
                ox["query"],
                ox_wall,
                1.0,
            ],
            ["kg query (CLI)", export.parent.name, "", "", "", kg_wall, kg_wall / ox_wall],
            [
                "rdflib (once)",
                rdflib_export.parent.name,
                int(rd["triples"]),
                rd["load"],
                rd["query"],
                "",
                "",
            ],
        ],
    )


def bench_views(export: Path, runs: int) -> None:
    """kg render time and the browser's first drawn frame for views of 100/1,000/5,000 nodes."""
    rows = []
    for limit in (100, 1000, 5000):
        out = export.parent / f"html-{limit}"
        cmd = [
            sys.executable,
            "-m",
            "kg",
            "render",
            "--export",
            str(export),
            "--out",
            str(out),
            "--max-nodes",
            str(limit),
        ]
        render = wall(cmd)
        paint = median(
            runs, lambda o=out: child(PAINT, o / "overview.html", CHROMIUM, *CHROMIUM_ARGS)
        )
        rows.append([limit, int(paint["nodes"]), render, paint["seconds"]])
    table(
        f"Views of {export.parent.name} (overview.html, --max-nodes N), median of {runs}",
        ["--max-nodes", "nodes drawn", "kg render s (all views)", "first drawn frame s"],
        rows,
    )


def _option(name: str, default: str | None = None) -> str | None:
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def main() -> None:
    quick = "--quick" in sys.argv
    only = _option("--only")
    views_scale = int(_option("--views-scale", "2"))
    runs = 2 if quick else 3
    scales = [1, 2] if quick else [1, 10, 100]
    print(
        f"## Run {time.strftime('%Y-%m-%d %H:%M')} on {platform.node()}: "
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as name:
        tmp = Path(name)
        if only in (None, "build", "scale"):
            bench_build(tmp, runs)
        if only == "scale":
            bench_scale(tmp, scales)
        if only is None:
            corpora = bench_scale(tmp, scales)
            bench_jobs(tmp, corpora[scales[1]])
            big, mid = tmp / f"out-{scales[-1]}x", tmp / f"out-{scales[1]}x"
            bench_sparql(big / "practice-kg.nt", mid / "practice-kg.nt", 2)
            bench_render(tmp, 5 if not quick else 2)
        if only == "views":
            corpus, out = tmp / f"corpus-{views_scale}x", tmp / f"out-{views_scale}x"
            generate(views_scale, corpus)
            child(BUILD.format(rusage=_RUSAGE), corpus, out, 1, 1, 1)
            bench_views(out / "practice-kg.nt", 2)
    print(f"\ntotal {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
