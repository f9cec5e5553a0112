"""Two versions of the tool side by side: the same first build (validated, no cache, no views
or report) of one corpus, alternating A, B, A, B … with a bare jieba pass in each round, so
drift on a shared machine hits both alike. Prints wall and CPU seconds (the child's user +
system time), peak memory, and B against A and against jieba per round and as medians.

A version is a source tree (a folder holding kg/ and ontology/, e.g. a `git archive` of an
older commit); each build runs in a fresh interpreter with that folder first on the path.

Usage: python bench/ab.py OLD_TREE NEW_TREE CORPUS [--rounds N] [--cmp]
(--cmp: also check the two exports are byte-identical, .nt .ttl .jsonld)
"""

from __future__ import annotations

import filecmp
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import _RUSAGE, JIEBA, table

BUILD = """
import sys, pathlib
from kg.build import build
build([pathlib.Path(sys.argv[1])], pathlib.Path(sys.argv[2]), cache=False, views=False,
      analysis=False)
{rusage}
print({{"peak_mb": _mb}})
"""


def timed(command: list[str], cwd: Path) -> dict[str, float]:
    """Wall and CPU seconds of one child process, and its peak MB (which it prints). The
    child runs in ``cwd``, first on its path (``python -c`` puts the working folder first)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, check=True, capture_output=True, text=True, cwd=cwd)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    peak = eval(done.stdout.strip().splitlines()[-1])["peak_mb"]  # our own child's output
    return {"wall": wall, "cpu": cpu, "peak": peak}


def main() -> None:
    old, new, corpus = (Path(arg).resolve() for arg in sys.argv[1:4])
    rounds = int(sys.argv[sys.argv.index("--rounds") + 1]) if "--rounds" in sys.argv else 3
    results: dict[str, list[dict[str, float]]] = {"jieba": [], "A": [], "B": []}
    with tempfile.TemporaryDirectory(prefix="kg-ab-") as name:
        tmp = Path(name)
        for _ in range(rounds):
            jieba = [sys.executable, "-c", JIEBA.format(rusage=_RUSAGE), str(corpus)]
            results["jieba"].append(timed(jieba, tmp))
            for label, tree in (("A", old), ("B", new)):
                out = tmp / label
                code = BUILD.format(rusage=_RUSAGE)
                command = [sys.executable, "-c", code, str(corpus), str(out)]
                results[label].append(timed(command, tree))
        if "--cmp" in sys.argv:
            for fmt in ("nt", "ttl", "jsonld"):
                name = f"practice-kg.{fmt}"
                same = filecmp.cmp(tmp / "A" / name, tmp / "B" / name, shallow=False)
                print(f"{name}: {'identical' if same else 'DIFFERENT'}")
    rows = [_row(str(i + 1), *(results[k][i] for k in ("jieba", "A", "B"))) for i in range(rounds)]
    med = {k: {f: statistics.median(r[f] for r in v) for f in v[0]} for k, v in results.items()}
    j, a, b = med["jieba"], med["A"], med["B"]
    rows.append(_row("median", j, a, b))
    table(
        f"A ({old.name}) vs B ({new.name}), first build of {corpus.name}, median peak MB: "
        f"jieba {j['peak']:.0f}, A {a['peak']:.0f}, B {b['peak']:.0f}",
        [
            "round",
            "jieba s",
            "A s",
            "B s",
            "B/A",
            "A × jieba",
            "B × jieba",
            "cpu s: jieba / A / B",
            "cpu: A × jieba",
            "cpu: B × jieba",
        ],
        rows,
    )


def _row(name: str, j: dict, a: dict, b: dict) -> list[object]:
    """Wall seconds and ratios, then CPU seconds and ratios (steadier on a shared machine)."""
    cpu = f"{j['cpu']:.2f} / {a['cpu']:.2f} / {b['cpu']:.2f}"
    row: list[object] = [name, j["wall"], a["wall"], b["wall"], b["wall"] / a["wall"]]
    return [
        *row,
        a["wall"] / j["wall"],
        b["wall"] / j["wall"],
        cpu,
        a["cpu"] / j["cpu"],
        b["cpu"] / j["cpu"],
    ]


if __name__ == "__main__":
    main()
