"""What reading published formats adds to a build: build time per MB of document text for
the seeds as plain text, as portal web pages, as the PDFs Chromium prints from those pages
and as Word files, and the ratio of each to plain text (issue 13's target: at most 1.20).

The files are made by tests/publications.py in a temporary folder. Each build is the library
call ``build(folder, out, views=False, analysis=False)`` (read, segment, extract, graph, SHACL,
exports), run in this process after one warm-up build, so imports and the jieba dictionary
are paid once, as in a long build; the median of ``--repeat`` runs is reported.

Usage: python bench/readers.py [--repeat N] [--scale K]   (K copies of each seed, default 2)
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.build import build  # noqa: E402
from kg.corpus import read_document  # noqa: E402
from tests.publications import (  # noqa: E402
    government_page,
    paragraphs_of,
    print_pdf,
    write_docx,
)

FORMATS = ("txt", "html", "pdf", "docx")


def publish(folder: Path, scale: int) -> dict[str, Path]:
    """A folder per format holding every seed ``scale`` times (copies differ by one line, so
    none is a duplicate of another, built once)."""
    folders = {fmt: folder / fmt for fmt in FORMATS}
    for path in folders.values():
        path.mkdir()
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        doc = read_document(seed)
        for copy in range(scale):
            paragraphs = [*paragraphs_of(doc.text), f"（第{copy + 1}份）"]
            stem = f"{seed.stem}-{copy}"
            (folders["txt"] / f"{stem}.txt").write_text("\n".join(paragraphs), encoding="utf-8")
            title = doc.metadata.title or "营商环境典型经验做法"
            page = folders["html"] / f"{stem}.html"
            page.write_text(government_page(title, "2022-08-08", "市场监管局", paragraphs), "utf-8")
            print_pdf(page, folders["pdf"] / f"{stem}.pdf")
            write_docx(title, paragraphs, folders["docx"] / f"{stem}.docx")
    return folders


def timed(folder: Path, out: Path, repeat: int) -> tuple[float, int, int]:
    """Median seconds of a build, the MB of document text it read, and its measures."""
    runs = []
    for _ in range(repeat):
        shutil.rmtree(out, ignore_errors=True)
        started = time.perf_counter()
        _, report = build([folder], out, views=False, analysis=False)
        runs.append(time.perf_counter() - started)
    assert not report.skipped and not report.duplicates, (report.skipped, report.duplicates)
    chars = sum(len(read_document(p).text.encode("utf-8")) for p in sorted(folder.iterdir()))
    return statistics.median(runs), chars, report.measures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--scale", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folders = publish(Path(tmp), args.scale)
        build([folders["txt"]], None, check_shapes=False)  # warm-up: imports, jieba, gazetteer
        results = {
            fmt: timed(path, Path(tmp) / f"out-{fmt}", args.repeat) for fmt, path in folders.items()
        }
    base_seconds, base_bytes, _ = results["txt"]
    base = base_seconds / (base_bytes / 1e6)
    files = len(list((ROOT / "seeds").glob("*.txt"))) * args.scale
    print("format files  text MB  build s    s/MB  ratio measures")
    for fmt, (seconds, size, measures) in results.items():
        per_mb = seconds / (size / 1e6)
        ratio = per_mb / base
        row = f"{fmt:<6} {files:>5} {size / 1e6:>8.3f} {seconds:>8.2f} {per_mb:>7.2f}"
        print(f"{row} {ratio:>6.2f} {measures}")


if __name__ == "__main__":
    main()
