"""Find the organisations a case names as acting, with short forms expanded and normalised.

Recognised shapes: place + body + suffix (延安市 + 市场监管局, 咸阳高新区 + 知识产权 + 领导小组);
relative marker + suffix (市 + 政府 → 延安市政府 in a 延安 case); a bare type word expanded with
the case's region (消费者协会 → 威海市消费者协会); an abbreviation (市局, 市中院, 总局); a quoted
name + suffix; a well-known organisation. Word lists: ontology/gazetteer/agency-lexicon.csv.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.extract.regions import find_regions
from kg.gazetteer import Gazetteer, Region
from kg.resources import ontology_path

LEXICON = ontology_path("gazetteer") / "agency-lexicon.csv"
OPEN_QUOTES, CLOSE_QUOTES = '“‘"「『', '”’"」』'


@dataclass(frozen=True)
class AgencyMention:
    """An organisation named in the text: evidence span, normalised name and jurisdiction."""

    start: int
    end: int
    surface: str
    name: str
    region: Region | None


@dataclass(frozen=True)
class Suffix:
    """An agency type word and how long the distinctive part before it may be."""

    term: str
    min_body: int
    max_body: int


@dataclass
class Lexicon:
    """Agency word lists, read from the ontology data file."""

    suffixes: list[Suffix] = field(default_factory=list)
    by_kind: dict[str, dict[str, str]] = field(default_factory=dict)

    def terms(self, kind: str) -> dict[str, str]:
        return self.by_kind.get(kind, {})

    @classmethod
    def load(cls, path: Path = LEXICON) -> Lexicon:
        lex = cls()
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                lex.by_kind.setdefault(row["kind"], {})[row["term"]] = row["value"]
                if row["kind"] == "suffix":
                    lex.suffixes.append(
                        Suffix(row["term"], int(row["min_body"]), int(row["max_body"]))
                    )
        lex.suffixes.sort(key=lambda s: len(s.term), reverse=True)
        return lex


@lru_cache(maxsize=4)
def load_lexicon(path: Path = LEXICON) -> Lexicon:
    """Cached lexicon (it is read for every measure)."""
    return Lexicon.load(path)


@dataclass(frozen=True)
class _Anchor:
    """Where an agency name may start: a place written out, or a relative marker (市/省)."""

    start: int
    end: int
    prefix: str  # what the agency name starts with once expanded
    region: Region | None


# ---- public API --------------------------------------------------------------------------


def find_agencies(text: str, region: Region | None, gazetteer: Gazetteer) -> list[AgencyMention]:
    """Organisations named in one measure's text; ``region`` is the measure's region."""
    lex = load_lexicon()
    chain = gazetteer.chain(region.code) if region else []
    found: list[tuple[int, int, str]] = []
    for anchor in _anchors(text, chain, gazetteer, lex):
        if anchor.region is None:
            continue  # a relative marker (市政府) in a case whose place is unknown
        hit = _match_after(text, anchor, lex)
        if hit:
            found.append(hit)
    found += _quoted(text, region, lex)
    found += _bare(text, region, lex, found)
    found += _standalone(text, lex, found)
    found += _known(text, lex, found)
    return _finish(text, found, region, gazetteer, lex)


def publisher_agency(name: str, gazetteer: Gazetteer) -> tuple[str, Region | None]:
    """Normalised issuing body of a document and the region it speaks for."""
    clean = normalise("".join(name.split()), load_lexicon())
    return clean, _leading_region(clean, gazetteer, None)


def normalise(name: str, lex: Lexicon) -> str:
    """Apply the normalisation pairs (市场监督管理局 → 市场监管局), longest variant first."""
    for variant, canonical in sorted(lex.terms("normalise").items(), key=lambda kv: -len(kv[0])):
        if variant in name and canonical not in name.replace(variant, ""):
            name = name.replace(variant, canonical)
    return name


# ---- anchors -----------------------------------------------------------------------------


def _anchors(text: str, chain: list[Region], gazetteer: Gazetteer, lex: Lexicon) -> list[_Anchor]:
    """Written places (grouped when nested) and relative markers outside them."""
    anchors: list[_Anchor] = []
    covered: set[int] = set()
    scope = chain[0] if chain else None
    for m in find_regions(text, gazetteer, scope):
        last = anchors[-1] if anchors else None
        if (
            last
            and last.end == m.start
            and last.region
            and gazetteer.is_within(m.region, last.region)
        ):
            anchors[-1] = _Anchor(last.start, m.end, text[last.start : m.end], m.region)
        else:
            anchors.append(_Anchor(m.start, m.end, m.surface, m.region))
        covered.update(range(m.start, m.end))
    markers = lex.terms("marker")
    for pos, char in enumerate(text):
        if char in markers and pos not in covered and _is_marker(text, pos, lex):
            target = _marker_region(char, chain)
            prefix = target.name if target else char
            anchors.append(_Anchor(pos, pos + 1, prefix, target))
    return sorted(anchors, key=lambda a: a.start)


def _is_marker(text: str, pos: int, lex: Lexicon) -> bool:
    """市 in 市政府 is a marker; in 全市, 城市, 市场, 市级 it is not."""
    before = text[pos - 1] if pos else ""
    after = text[pos + 1] if pos + 1 < len(text) else ""
    return before not in lex.terms("marker_block") and after not in lex.terms("marker_after_block")


def _marker_region(char: str, chain: list[Region]) -> Region | None:
    """The case's own unit that the marker points at: 市 → the nearest unit named …市."""
    for region in chain:
        if region.name.endswith(char) or (char == "区" and region.level == "zone"):
            return region
    return None


# ---- matching ----------------------------------------------------------------------------


def _match_after(text: str, anchor: _Anchor, lex: Lexicon) -> tuple[int, int, str] | None:
    """place/marker + body + suffix, or place/marker + abbreviation (局 → 市场监管局)."""
    pos = anchor.end
    full = anchor.region.name if anchor.region else anchor.prefix
    for abbr, expansion in lex.terms("abbrev").items():
        if text.startswith(abbr, pos) and _abbrev_ends(text, pos, abbr, lex):
            return anchor.start, pos + len(abbr), full + expansion
    # 延安市场监管局: the short place form swallowed the 市 of 市场; name it in full
    prefix = full if full == anchor.prefix + text[pos : pos + 1] else anchor.prefix
    unit_chars = lex.terms("marker")
    max_body = max(s.max_body for s in lex.suffixes)
    for size in range(max_body + 1):
        body = text[pos : pos + size]
        if size and not _valid_body(body, lex):
            return None
        for suffix in lex.suffixes:
            if not (suffix.min_body <= size <= suffix.max_body):
                continue
            if suffix.term in lex.terms("after_unit") and (size or prefix[-1:] not in unit_chars):
                continue
            if text.startswith(suffix.term, pos + size):
                end = pos + size + len(suffix.term)
                return anchor.start, end, prefix + body + suffix.term
    return None


def _abbrev_ends(text: str, pos: int, abbr: str, lex: Lexicon) -> bool:
    """An abbreviation must not be the start of a longer word (局长, 局面)."""
    blocked = lex.terms("abbrev_block")
    if any(text.startswith(word, pos) for word in blocked):
        return False
    after = text[pos + len(abbr) : pos + len(abbr) + 1]
    return not any(s.term.startswith(abbr + after) for s in lex.suffixes) if after else True


def _valid_body(body: str, lex: Lexicon) -> bool:
    """The distinctive part of a name: Chinese characters only, no function words or verbs."""
    if body.isdigit():
        return True  # 12345热线
    if not all("\u4e00" <= c <= "\u9fff" for c in body):
        return False
    if body.startswith(tuple(lex.terms("body_lead_stop"))):
        return False
    head, joined, tail = body.partition("和")
    if joined and len(head) >= 2 and not _names_agency(head, lex):
        body = head + tail  # 政务服务管理和行政审批局, 住房和城乡建设局: one name
    return not any(word in body for word in lex.terms("body_stop"))


def _names_agency(text: str, lex: Lexicon) -> bool:
    """Whether ``text`` already holds an agency's suffix (市场监管局和税务局 is two agencies)."""
    return any(s.term in text for s in lex.suffixes)


def _quoted(text: str, region: Region | None, lex: Lexicon) -> list[tuple[int, int, str]]:
    """“双随机、一公开”领导小组: a quoted name followed by an organisation suffix."""
    out = []
    for suffix in lex.terms("quoted"):
        start = text.find(suffix)
        while start > 0:
            if text[start - 1] in CLOSE_QUOTES:
                open_at = max(text.rfind(q, 0, start - 1) for q in OPEN_QUOTES)
                if open_at >= 0 and start - open_at <= 20:
                    prefix = region.name if region else ""
                    out.append(
                        (open_at, start + len(suffix), prefix + text[open_at : start + len(suffix)])
                    )
            start = text.find(suffix, start + 1)
    return out


def _bare(
    text: str, region: Region | None, lex: Lexicon, found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """A type word written without a place (市场监管局牵头) belongs to the case's region."""
    if region is None:
        return []
    out = []
    for term in lex.terms("bare"):
        start = text.find(term)
        while start >= 0:
            end = start + len(term)
            if not _overlaps(start, end, found + out) and _after_boundary(text, start, lex):
                out.append((start, end, region.name + term))
            start = text.find(term, start + 1)
    return out


def _standalone(
    text: str, lex: Lexicon, found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """National bodies written without a place (市场监管总局, 总局 after a boundary)."""
    out: list[tuple[int, int, str]] = []
    for term, canonical in sorted(lex.terms("standalone").items(), key=lambda kv: -len(kv[0])):
        start = text.find(term)
        while start >= 0:
            end = start + len(term)
            if not _overlaps(start, end, found + out) and _after_boundary(text, start, lex):
                out.append((start, end, canonical))
            start = text.find(term, start + 1)
    return out


def _known(
    text: str, lex: Lexicon, found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Well-known organisations and their short forms (北大 → 北京大学)."""
    out: list[tuple[int, int, str]] = []
    for alias, canonical in sorted(lex.terms("known").items(), key=lambda kv: -len(kv[0])):
        start = text.find(alias)
        while start >= 0:
            end = start + len(alias)
            if not _overlaps(start, end, found + out):
                out.append((start, end, canonical))
            start = text.find(alias, start + 1)
    return out


def _after_boundary(text: str, start: int, lex: Lexicon) -> bool:
    before = text[start - 1] if start else ""
    return not ("\u4e00" <= before <= "\u9fff") or before in lex.terms("boundary")


def _overlaps(start: int, end: int, spans: list[tuple[int, int, str]]) -> bool:
    return any(s < end and start < e for s, e, _ in spans)


# ---- output ------------------------------------------------------------------------------


def _finish(
    text: str,
    found: list[tuple[int, int, str]],
    region: Region | None,
    gazetteer: Gazetteer,
    lex: Lexicon,
) -> list[AgencyMention]:
    """Normalise, drop generic words and unexpanded markers, keep the first mention of each."""
    generic = lex.terms("generic")
    out: dict[str, AgencyMention] = {}
    for start, end, raw in sorted(found):
        name = normalise(raw, lex)
        if name in generic or name in out or _not_actor(text, start, lex):
            continue
        if any(start < m.end and m.start < end for m in out.values()):
            continue
        out[name] = AgencyMention(
            start, end, text[start:end], name, _leading_region(name, gazetteer, region)
        )
    return sorted(out.values(), key=lambda m: m.start)


def _not_actor(text: str, start: int, lex: Lexicon) -> bool:
    """被省政府… / 纳入省政府…: a body named as recogniser or list owner, not as an actor."""
    return any(text.endswith(word, 0, start) for word in lex.terms("not_actor_before"))


def _leading_region(name: str, gazetteer: Gazetteer, scope: Region | None) -> Region | None:
    """The jurisdiction: the place the agency's name starts with (none for national bodies)."""
    chain = gazetteer.parse_chain(name, 0, scope)
    return chain[-1][3] if chain else None
