"""Make a corpus N times the seeds: the seed cases again, under other real places and dates.

Copy k of a seed document keeps its layout (headings, numbering, traditional script, repeats)
but every province named in it is moved to another real province, its cities to cities of
that province (names from ontology/gazetteer/divisions.csv, full and short forms), its years
and dates shifted, and a serial line closes it. So measures, regions, agencies and documents
get IRIs of their own, and extraction does the same work as on the seeds.

Usage: python bench/corpus.py 10 /tmp/corpus-10x
"""

from __future__ import annotations

import csv
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DIVISIONS = ROOT / "ontology" / "gazetteer" / "divisions.csv"
_PROVINCE_SUFFIXES = (
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "特别行政区",
    "自治区",
    "省",
    "市",
)
_CITY_SUFFIXES = ("地区", "盟", "市")
_DATE = re.compile(r"(20[12][0-9])(年|-)(?:(\d{1,2})(月|-)(\d{1,2}))?")


@dataclass(frozen=True)
class Place:
    """A province or city: its full name, its short form and its children (cities)."""

    name: str
    short: str
    cities: tuple[str, ...] = ()


def _short(name: str, suffixes: tuple[str, ...]) -> str:
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def load_places(path: Path = DIVISIONS) -> list[Place]:
    """Provinces (in code order) with their prefecture-level cities."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    cities: dict[str, list[str]] = {}
    for row in rows:
        if row["level"] == "city" and row["parent"]:
            cities.setdefault(row["parent"], []).append(row["name"])
    return [
        Place(
            row["name"], _short(row["name"], _PROVINCE_SUFFIXES), tuple(cities.get(row["code"], ()))
        )
        for row in rows
        if row["level"] == "province"
    ]


def _mapping(text: str, places: list[Place], copy: int) -> dict[str, str]:
    """Surface → replacement for every province (and its cities) named in ``text``."""
    out: dict[str, str] = {}
    for index, place in enumerate(places):
        if place.name not in text and place.short not in text:
            continue
        target = places[(index + copy) % len(places)]
        out[place.name], out[place.short] = target.name, target.short
        for i, city in enumerate(place.cities):
            if not target.cities:
                break
            other = target.cities[i % len(target.cities)]
            out[city] = other
            out[_short(city, _CITY_SUFFIXES)] = _short(other, _CITY_SUFFIXES)
    return {k: v for k, v in out.items() if len(k) >= 2 and k != v}


def _shift_dates(text: str, copy: int) -> str:
    """Years moved within 2015–2024; full dates also get another month and day."""

    def shift(match: re.Match[str]) -> str:
        year = 2015 + (int(match.group(1)) - 2015 + copy) % 10
        if match.group(3) is None:
            return f"{year}{match.group(2)}"
        month = (int(match.group(3)) - 1 + copy // 10) % 12 + 1
        day = (int(match.group(5)) - 1 + copy // 120) % 28 + 1
        sep = match.group(4)
        width = 2 if sep == "-" else 1
        return f"{year}{match.group(2)}{month:0{width}d}{sep}{day:0{width}d}"

    return _DATE.sub(shift, text)


def variant(text: str, places: list[Place], copy: int) -> str:
    """Copy ``copy`` of a seed text (copy 0 is the seed itself)."""
    if copy == 0:
        return text
    mapping = _mapping(text, places, copy)
    if mapping:
        pattern = re.compile("|".join(map(re.escape, sorted(mapping, key=len, reverse=True))))
        text = pattern.sub(lambda m: mapping[m.group(0)], text)
    return _shift_dates(text, copy) + f"\n\n(汇编第{copy}版)\n"


def generate(scale: int, out: Path, seeds: Path = SEEDS) -> list[Path]:
    """Write ``scale`` copies of every seed document into ``out``; return the files."""
    out.mkdir(parents=True, exist_ok=True)
    places = load_places()
    written = []
    for seed in sorted(seeds.glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        for copy in range(scale):
            path = out / f"{copy:04d}_{seed.name}"
            path.write_text(variant(text, places, copy), encoding="utf-8")
            written.append(path)
    return written


def main(argv: list[str]) -> None:
    scale, out = int(argv[0]), Path(argv[1])
    files = generate(scale, out)
    size = sum(p.stat().st_size for p in files)
    print(f"{len(files)} files, {size / 1e6:.2f} MB → {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
