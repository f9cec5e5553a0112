"""Region gazetteer: GB/T 2260 divisions plus development zones and short forms.

Data lives in ``ontology/gazetteer/`` (see its README for source, licence and code-table
year). Loading uses only the csv module because it runs on every build.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kg.cues import load_cues
from kg.resources import ontology_path
from kg.wordstarts import WordStarts

LEVEL_RANK = {"province": 0, "city": 1, "county": 2, "zone": 3}
# How a surface string names a region: an official full name, a short form usable anywhere,
# or a short form usable only right after its parent place (安徽桐城, 咸阳市高新区).
FULL, FREE, CHAINED = "full", "free", "chained"
CITY = "市"  # the type word of a city's name, left out when a zone is named after it (赣州高新区)
MARKET = "市场"  # a name ending in 市 directly before 场 is really the short form + 市场
FREE_TRADE_ZONE = "pilot free trade zone"  # zones.csv kind whose areas are named after cities
TRADE_AREA, AREA_KIND = "片区", "Z94"  # an area of a free trade zone (武汉片区) and its code
DISTRICT, AS_DISTRICT = "区", "D"  # a county written as a district (沙县区): its form and code
OLD_TYPES = ("县", "市")  # the type words of counties and county-level cities
AUTONOMOUS = "自治"  # 自治县 are not made districts; their short forms are odd (互助土族自治)
AREA = "区域"  # 沙县区域 is 沙县 + 区域 (the county's area), not a district 沙县区
COUNTY_WORDS = ("县级", "县域")  # 建成县级… is not 成县: a one-character county's 县 starts them


@dataclass(frozen=True)
class Region:
    """One administrative division or development zone."""

    code: str
    name: str
    level: str
    parent: str | None


@dataclass(frozen=True)
class Entry:
    """One way of writing a region: the surface, the region and where the form may be used."""

    region: Region
    context: str


@dataclass(eq=False)
class Gazetteer:
    """Lookup of regions by code and by surface form, with hierarchy helpers (one object per
    table, compared and hashed by identity, so a result may be cached per gazetteer)."""

    regions: dict[str, Region]
    surfaces: dict[str, list[Entry]] = field(default_factory=dict)
    table_year: int = 0
    max_len: int = 0
    _forms: dict[str, list[str]] = field(default_factory=dict)
    _sizes: dict[str, tuple[int, ...]] = field(default_factory=dict)
    """First two characters → lengths of the surfaces starting with them, longest first."""
    _starts: WordStarts | None = None
    _district_forms: set[str] = field(default_factory=set)
    _entered: set[tuple[str, Region]] = field(default_factory=set, repr=False, compare=False)
    """(surface, region) of every entry, so that a reading is entered once."""
    _chains: dict[str, tuple[Region, ...]] = field(default_factory=dict, repr=False, compare=False)
    non_place_followers: tuple[str, ...] = ()

    # ---- loading -------------------------------------------------------------------------
    @classmethod
    def load(cls, dir: Path | str | None = None) -> Gazetteer:
        """Read divisions.csv, zones.csv and aliases.csv from ``dir`` (default: the repo's),
        once per process: segmentation and extraction share the one gazetteer."""
        base = Path(dir) if dir is not None else ontology_path("gazetteer")
        return _loaded(cls, base.resolve())

    @classmethod
    def _read(cls, base: Path) -> Gazetteer:
        regions: dict[str, Region] = {}
        for row in _rows(base / "divisions.csv"):
            regions[row["code"]] = Region(
                row["code"], row["name"], row["level"], row["parent"] or None
            )
        renamed = _apply_renames(regions, base / "renames.csv")
        created = _add_new_divisions(regions, base / "new-divisions.csv")
        zone_rows = list(_rows(base / "zones.csv"))
        for row in zone_rows:
            regions[row["code"]] = Region(row["code"], row["name"], "zone", row["parent"] or None)
        gaz = cls(
            regions=regions,
            table_year=_read_year(base / "README.md"),
            non_place_followers=tuple(_lines(base / "non-place-followers.txt")),
        )
        for region in regions.values():
            gaz._add(region.name, region, FULL)
        for old_name, region in renamed.values():
            gaz._add(old_name, region, FULL)
            if region.name == old_name + DISTRICT:  # 沙县 → 沙县区: 沙县区域 is 沙县 + 区域
                gaz._district_forms.add(region.name)
        for row in _alias_rows(base):
            code = renamed[row["code"]][1].code if row["code"] in renamed else row["code"]
            gaz._add(row["alias"], regions[code], row["context"])
        for region in [r for _, r in renamed.values()] + [regions[c] for c in created]:
            gaz._add(short_form(region.name), region, CHAINED)
        for row in zone_rows:
            gaz._add_zone_aliases(regions[row["code"]], row["aliases"].split("|"))
        for row in zone_rows:
            if row["kind"] == FREE_TRADE_ZONE:
                gaz._add_trade_zone_areas(regions[row["code"]])
        kinds = base / "zone-kinds.csv"
        for row in _rows(kinds) if kinds.exists() else ():
            gaz._add_city_zones(row["code"], row["suffix"], row["short_forms"].split("|"))
            if row.get("in_zones") == "yes":
                hosts = [r for r in zone_rows if r["kind"] != FREE_TRADE_ZONE]
                gaz._add_zones_in_zones(
                    hosts, row["code"], [row["suffix"], *row["short_forms"].split("|")]
                )
        gaz._add_district_forms({r.code for _, r in renamed.values()} | created)
        return gaz

    def _add(self, surface: str, region: Region, context: str) -> None:
        self._chains.clear()  # a region added may be a parent a kept chain lacked
        entries = self.surfaces.setdefault(surface, [])
        if (surface, region) not in self._entered:
            self._entered.add((surface, region))
            entries.append(Entry(region, context))
            self._forms.setdefault(region.code, []).append(surface)
            self.max_len = max(self.max_len, len(surface))
            self._index_size(surface)

    def _index_size(self, surface: str) -> None:
        """Remember the surface's length under its first two characters, for
        :meth:`longest_at` (one-character surfaces are never looked for there)."""
        if len(surface) < 2:
            return
        sizes = self._sizes.get(surface[:2], ())
        if len(surface) not in sizes:
            self._sizes[surface[:2]] = tuple(sorted((*sizes, len(surface)), reverse=True))
        self._starts = None

    def _add_zone_aliases(self, zone: Region, aliases: Iterable[str]) -> None:
        """Zone aliases match anywhere; minus the parent's short name they work after the parent."""
        parent = self.get(zone.parent) if zone.parent else None
        parent_forms = self.forms_of(parent) if parent else []
        for alias in filter(None, aliases):
            self._add(alias, zone, FREE)
        for form in [zone.name, *filter(None, aliases)]:
            for pform in parent_forms:
                rest = form.removeprefix(pform)
                if rest != form and len(rest) >= 2:
                    self._add(rest, zone, CHAINED)

    def _add_city_zones(self, kind: str, suffix: str, short_forms: list[str]) -> None:
        """A zone of one kind in every city (赣州 + 经济技术开发区, 赣州经开区), coded city code +
        ``kind`` (360700Z91): zones named after their city are too many to list, and their name
        says where they lie. A city whose zone of that kind is listed in zones.csv keeps it."""
        for city in [r for r in self.regions.values() if r.level == "city"]:
            stem = city.name.removesuffix(CITY)
            if stem == city.name or len(stem) < 2:
                continue
            aliases = [stem + form for form in short_forms]
            if any(form in self.surfaces for form in [stem + suffix, *aliases]):
                continue
            zone = Region(city.code + kind, stem + suffix, "zone", city.code)
            self.regions[zone.code] = zone
            self._add(zone.name, zone, FULL)
            self._add_zone_aliases(zone, aliases)

    def _add_zones_in_zones(self, hosts: list[dict], kind: str, suffixes: list[str]) -> None:
        """A zone of one kind inside each listed zone, named after it (苏州工业园区综合保税区,
        西安高新综保区: a bonded zone often lies in a development zone), coded host code +
        ``kind``; the host's forms may drop their closing 区 (西安高新区 → 西安高新…)."""
        for row in hosts:
            host = self.regions[row["code"]]
            forms = [host.name, *filter(None, row["aliases"].split("|"))]
            stems = {
                f for form in forms for f in (form, form.removesuffix(DISTRICT)) if len(f) >= 3
            }
            zone = Region(host.code + kind, host.name + suffixes[0], "zone", host.code)
            self.regions[zone.code] = zone
            self._add(zone.name, zone, FULL)
            for stem in sorted(stems):
                for suffix in suffixes:
                    self._add(stem + suffix, zone, FREE)

    def _add_trade_zone_areas(self, zone: Region) -> None:
        """The areas (片区) of a province's pilot free trade zone named after its cities (湖北
        自贸试验区武汉片区): one per city of the province, coded city code + ``AREA_KIND``
        (420100Z94), inside the trade zone; after the zone's name, the area's alone (武汉片区)."""
        forms = self.forms_of(zone)
        for city in [r for r in self.regions.values() if r.level == "city"]:
            stem = city.name.removesuffix(CITY)
            if city.parent != zone.parent or stem == city.name or len(stem) < 2:
                continue
            area = Region(city.code + AREA_KIND, zone.name + stem + TRADE_AREA, "zone", zone.code)
            self.regions[area.code] = area
            self._add(area.name, area, FULL)
            self._add_zone_aliases(area, [form + stem + TRADE_AREA for form in forms])

    def _add_district_forms(self, renamed: set[str]) -> None:
        """A county or county-level city written as a district (沙县区, 福州市长乐区) that the
        code table knows only under its old name: the county since turned into a district,
        named as written and coded county code + ``AS_DISTRICT`` (350427D), in the county's city.
        The county's name + 区 (沙县区) is matched anywhere; its short form + 区 (长乐区, also
        an everyday phrase: 太湖区域) only right after its city."""
        counties = [
            r
            for r in self.regions.values()
            if r.level == "county"
            and r.name.endswith(OLD_TYPES)
            and AUTONOMOUS not in r.name
            and r.code not in renamed
        ]
        for county in counties:
            short = short_form(county.name)
            form, context = short + DISTRICT, FULL if short == county.name else CHAINED
            if form in self.surfaces:
                continue
            district = Region(county.code + AS_DISTRICT, form, "county", county.parent)
            self.regions[district.code] = district
            self._add(form, district, context)
            self._district_forms.add(form)

    # ---- hierarchy -----------------------------------------------------------------------
    def get(self, code: str | None) -> Region | None:
        """Region by code (6-digit GB/T 2260 or zone code)."""
        return self.regions.get(code) if code else None

    def chain(self, code: str) -> list[Region]:
        """The region and its ancestors, most specific first, ending at the province."""
        return list(self._chain(code))

    def _chain(self, code: str) -> tuple[Region, ...]:
        """:meth:`chain`, kept per code: extraction asks for the same few places' chains
        tens of thousands of times (every :meth:`is_within`). :meth:`_add` clears it."""
        if (kept := self._chains.get(code)) is not None:
            return kept
        out: list[Region] = []
        region = self.get(code)
        while region is not None and region not in out:
            out.append(region)
            region = self.get(region.parent)
        self._chains[code] = tuple(out)
        return self._chains[code]

    def province_of(self, code: str) -> Region | None:
        """The province-level unit containing ``code``."""
        chain = self._chain(code)
        return chain[-1] if chain else None

    def city_of(self, code: str) -> Region | None:
        """The prefecture-level unit containing ``code``, if any."""
        return next((r for r in self._chain(code) if r.level == "city"), None)

    def is_within(self, region: Region, ancestor: Region) -> bool:
        """True if ``region`` is ``ancestor`` or lies inside it."""
        return ancestor in self._chain(region.code)

    def nests(self, a: Region, b: Region) -> bool:
        """True if one of two regions is the other or lies inside it (嘉兴市, 平湖市)."""
        return self.is_within(a, b) or self.is_within(b, a)

    def common_ancestor(self, regions: list[Region]) -> Region | None:
        """The most specific region holding all of ``regions`` (石家庄市, 唐山市 → 河北省)."""
        shared = self.chain(regions[0].code)
        for region in regions[1:]:
            chain = self.chain(region.code)
            shared = [r for r in shared if r in chain]
        return shared[0] if shared else None

    def forms_of(self, region: Region) -> list[str]:
        """Full name and every short form of a region, longest first."""
        return sorted(self._forms.get(region.code, []), key=len, reverse=True)

    # ---- lookup --------------------------------------------------------------------------
    def entries(self, surface: str) -> list[Entry]:
        """All readings of an exact surface string."""
        return self.surfaces.get(surface, [])

    def next_start(self, text: str, pos: int) -> int:
        """The first position from ``pos`` where a surface form may start (``len(text)`` if
        none): of a hundred characters about one starts a form's first two characters, and
        :class:`WordStarts` skips the others at C speed."""
        if self._starts is None:
            self._starts = WordStarts(s for s in self.surfaces if len(s) >= 2)
        return self._starts.next(text, pos)

    def longest_at(self, text: str, pos: int) -> tuple[str, list[Entry]] | None:
        """Longest surface form starting at ``text[pos]``.

        Only the lengths that some surface starting with ``text[pos : pos + 2]`` has are
        tried: this runs at every possible start of every measure, and most start no place
        name.
        """
        if pos >= len(text):
            return None
        room = len(text) - pos
        for size in self._sizes.get(text[pos : pos + 2], ()):
            if size > room:
                continue
            surface = text[pos : pos + size]
            if surface in self.surfaces and not self._splits_word(text, pos + size, surface):
                return surface, self.surfaces[surface]
        return None

    def _splits_word(self, text: str, end: int, surface: str) -> bool:
        """True if the name's final 市 really starts the word 市场 (延安市场监管局 = 延安 +
        市场…), a county's district form's 区 the word 区域 (沙县区域), or a one-character
        county's 县 the word 县级 or 县域 (均建成县级政务服务中心 names no 成县)."""
        if surface.endswith(MARKET[0]) and text.startswith(MARKET, end - 1):
            return True
        if len(surface) == 2 and text.startswith(COUNTY_WORDS, end - 1):  # one character + 县
            return True
        return surface in self._district_forms and text.startswith(AREA, end - 1)

    def pick(
        self,
        entries: list[Entry],
        scope: Region | None,
        previous: Region | None = None,
        allow_chained: bool = False,
    ) -> Region | None:
        """Choose one reading: inside the preceding place, else inside the scope, else unique."""
        usable = [e for e in entries if allow_chained or e.context != CHAINED]
        if previous is not None:
            inside = [
                e for e in entries if e.region != previous and self.is_within(e.region, previous)
            ]
            if inside:
                return _best(inside)
        if not usable:
            return None
        if scope is not None:
            province = self.province_of(scope.code)
            for anchor in (scope, province):
                inside = [e for e in usable if anchor and self.is_within(e.region, anchor)]
                if inside:
                    return _best(inside)
        return _best(usable)

    def parse_chain(
        self, text: str, pos: int, scope: Region | None, allow_chained_first: bool = False
    ) -> list[tuple[int, int, str, Region]]:
        """Adjacent place names starting at ``pos`` that nest (辽宁沈阳, 西安市莲湖区), or joined by
        a word that says so (郴州下辖的资兴市: the ``chain-link`` cues)."""
        out: list[tuple[int, int, str, Region]] = []
        previous: Region | None = None
        link = load_cues().regex("places", "chain-link")
        while pos < len(text):
            hit = self.longest_at(text, pos)
            if hit is None and out and (linked := link.match(text, pos)):
                pos = linked.end()
                hit = self.longest_at(text, pos)
            if hit is None:
                break
            surface, entries = hit
            allow = allow_chained_first and previous is None
            region = self.pick(entries, scope, previous, allow_chained=allow)
            if region is None or (previous is not None and not self.is_within(region, previous)):
                break
            out.append((pos, pos + len(surface), surface, region))
            previous, pos = region, pos + len(surface)
        return out

    def resolve(self, name: str, scope: Region | None = None) -> Region | None:
        """Region named by ``name`` (full name, short form, chain or zone), or None if unclear.

        Example:
            >>> gazetteer = Gazetteer.load()
            >>> gazetteer.resolve("安徽桐城")
            Region(code='340881', name='桐城市', level='county', parent='340800')
            >>> gazetteer.resolve("咸阳高新区").name
            '咸阳高新技术产业开发区'
            >>> [r.name for r in gazetteer.chain(gazetteer.resolve("桐城").code)]
            ['桐城市', '安庆市', '安徽省']
        """
        name = "".join(name.split())
        if not name:
            return None
        if name in self.surfaces:
            region = self.pick(self.surfaces[name], scope, allow_chained=True)
            if region is not None:
                return region
        chain = self.parse_chain(name, 0, scope, allow_chained_first=True)
        if chain and chain[-1][1] == len(name) and len(chain) > 1:
            return chain[-1][3]
        return None


def _apply_renames(regions: dict[str, Region], path: Path) -> dict[str, tuple[str, Region]]:
    """Divisions renamed, re-coded or merged since the code table (临安市 → 临安区; 下城区
    into 拱墅区): the region takes its current name, code and parent, or becomes the division
    that took it over; the old name still finds it. Old code → (old name, region)."""
    renamed: dict[str, tuple[str, Region]] = {}
    for row in _rows(path) if path.exists() else ():
        old = regions.pop(row["old_code"])
        parent = row["new_parent"] or old.parent
        region = regions.get(row["new_code"]) or Region(
            row["new_code"], row["new_name"], old.level, parent
        )
        if region.name != row["new_name"]:
            raise ValueError(f"{path}: {region.code} is {region.name}, not {row['new_name']}")
        regions[region.code] = region
        renamed[old.code] = (old.name, region)
    for code, region in list(regions.items()):
        if region.parent in renamed:
            regions[code] = Region(code, region.name, region.level, renamed[region.parent][1].code)
    return {old: (name, regions[region.code]) for old, (name, region) in renamed.items()}


def _add_new_divisions(regions: dict[str, Region], path: Path) -> set[str]:
    """Divisions created since the code table out of others (龙港市 split from 苍南县, 2019;
    红谷滩区 from 东湖区 and 新建区): no old name leads to them. Their codes."""
    created: set[str] = set()
    for row in _rows(path) if path.exists() else ():
        if row["code"] in regions or row["parent"] not in regions:
            raise ValueError(f"{path}: {row['code']} is taken or its parent unknown")
        regions[row["code"]] = Region(row["code"], row["name"], row["level"], row["parent"])
        created.add(row["code"])
    return created


def short_form(name: str) -> str:
    """A county-level name without its type word (郫都区 → 郫都), or the name if too short."""
    short = name[:-1] if name.endswith(("区", "市", "县")) else name
    return short if len(short) >= 2 else name


def _best(entries: list[Entry]) -> Region | None:
    """Unique reading, or the single highest-level one (吉林 → 吉林省 over 吉林市)."""
    regions = list(dict.fromkeys(e.region for e in entries))
    if len(regions) == 1:
        return regions[0]
    full = [e.region for e in entries if e.context == FULL]
    if len(set(full)) == 1:
        return full[0]
    top = min(LEVEL_RANK[r.level] for r in regions)
    tops = [r for r in regions if LEVEL_RANK[r.level] == top]
    return tops[0] if len(tops) == 1 and top == 0 else None


def _lines(path: Path) -> list[str]:
    """Non-comment lines of a word-list file."""
    if not path.exists():
        return []
    lines = (ln.strip() for ln in path.read_text(encoding="utf-8").splitlines())
    return [ln for ln in lines if ln and not ln.startswith("#")]


def _alias_rows(base: Path) -> Iterable[dict[str, str]]:
    """Short forms generated from the code table, then the hand-made ones it cannot give
    (锡盟, 达旗; a 兵团 division by its 师 number: 兵团第八师 = 石河子市)."""
    yield from _rows(base / "aliases.csv")
    if (base / "common-forms.csv").exists():
        yield from _rows(base / "common-forms.csv")


def _rows(path: Path) -> Iterable[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh)


def _read_year(readme: Path) -> int:
    """The code-table year, stated in the README as ``table_year: NNNN``."""
    if readme.exists():
        for line in readme.read_text(encoding="utf-8").splitlines():
            if line.strip().lower().startswith("table_year:"):
                return int(line.split(":", 1)[1].strip())
    return 0


@cache
def _loaded(cls: type[Gazetteer], base: Path) -> Gazetteer:
    return cls._read(base)
