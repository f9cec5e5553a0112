"""Find the organisations a case names as acting, as written, with short forms expanded.

Recognised shapes: place + body + suffix (延安市 + 市场监管局, 咸阳高新区 + 知识产权 + 领导小组);
relative marker + suffix (市 + 政府 → 延安市政府 in a 延安 case; 区 → the district named earlier
in the sentence); a bare type word expanded with the case's region (消费者协会 → 威海市消费者协会);
an abbreviation (市局, 市中院, 省高院, 总局); lists of departments written short (市卫健、住建等
部门); a quoted name + suffix; a well-known organisation with its branch (工行宁波分行); a named
body with no place (首都医科大学宣武医院); a firm a partnering verb brings in. Then one mention per
body and only bodies that act (not addressees, venues, titles, kinds). Word lists:
ontology/gazetteer/agency-lexicon.csv.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path

from kg.cues import load_cues
from kg.extract.regions import ANON_RE, CLOSING_CREDIT, find_regions
from kg.gazetteer import FULL, Gazetteer, Region
from kg.numerals import CN_NUMERAL_CHARS
from kg.resources import ontology_path
from kg.vocab import tokenize

LEXICON = ontology_path("gazetteer") / "agency-lexicon.csv"
_PROPER_BODY = 12
"""At most this many characters before a proper suffix make a name."""
DISTRICT = "区"  # a city's district: its bodies are named after the city (成都市武侯区…)
OPEN_QUOTES, CLOSE_QUOTES = '“‘"「『', '”’"」』'


@dataclass(frozen=True)
class AgencyMention:
    """An organisation named in the text: evidence span, name and jurisdiction."""

    start: int
    end: int
    surface: str
    name: str
    region: Region | None
    basis: str = "text"
    inferred: bool = False


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
    _patterns: dict[str, re.Pattern[str]] = field(default_factory=dict, repr=False)

    def terms(self, kind: str) -> dict[str, str]:
        return self.by_kind.get(kind, {})

    def regex(self, kind: str) -> re.Pattern[str]:
        """The terms of one kind as one escaped alternation, longest first, compiled once
        (a pattern that matches nothing when the kind is empty)."""
        if kind not in self._patterns:
            items = sorted(map(re.escape, self.terms(kind)), key=len, reverse=True)
            self._patterns[kind] = re.compile("|".join(items) or "(?!)")
        return self._patterns[kind]

    @cached_property
    def body_lead_stop(self) -> tuple[str, ...]:
        """Words that cannot open a name, as a tuple for one ``startswith`` (tested at every
        body length of every candidate name)."""
        return tuple(self.terms("body_lead_stop"))

    @cached_property
    def known_longest_first(self) -> list[tuple[str, str]]:
        """Known organisations' (alias, name), longest alias first (北京大学 before 北大)."""
        return sorted(self.terms("known").items(), key=lambda kv: -len(kv[0]))

    @cached_property
    def max_body(self) -> int:
        return max(s.max_body for s in self.suffixes)

    @cached_property
    def suffixes_by_first(self) -> dict[str, list[Suffix]]:
        """Suffixes by their first character: a name's end is tried at every body length,
        and only the suffixes starting with the next character can end it there."""
        index: dict[str, list[Suffix]] = {}
        for suffix in self.suffixes:
            index.setdefault(suffix.term[:1], []).append(suffix)
        return index

    @cached_property
    def suffix_re(self) -> re.Pattern[str]:
        """Any suffix, anywhere (one search instead of a substring test per suffix)."""
        return re.compile("|".join(re.escape(s.term) for s in self.suffixes) or "(?!)")

    @cached_property
    def bracketed_form(self) -> re.Pattern[str]:
        """A firm's form in brackets inside its name, followed by more of it ((集团)有限公司), or
        a utility's place in brackets between its trade and its form (华润燃气(漳州)有限公司)."""
        forms = "|".join(re.escape(f) for f in self.terms("bracketed_form"))
        tails = "|".join(re.escape(f) for f in self.terms("bracketed_place_tail"))
        trades = "|".join(f"(?<={re.escape(t)})" for t in self.terms("firm_trade"))
        place = f"(?:{trades})[((][\u4e00-\u9fff]{{2,6}}[))](?={tails})"
        return re.compile(f"[((](?:{forms})[))](?=[\u4e00-\u9fff])|{place}")

    @cached_property
    def marker_re(self) -> re.Pattern[str]:
        """Any one-character relative marker (市, 县 …): one search instead of a test per
        character of the measure."""
        chars = "".join(re.escape(m) for m in self.terms("marker") if len(m) == 1)
        return re.compile(f"[{chars}]" if chars else "(?!)")

    @cached_property
    def department_item(self) -> re.Pattern[str]:
        """One department written short (卫健, 市场监管), longest first."""
        return self.regex("department")

    @cached_property
    def department_run(self) -> re.Pattern[str]:
        """A run of departments written short, joined by 、 (卫健、住建、人社)."""
        item = self.department_item.pattern
        joiners = "".join(self.terms("list_joiner"))
        return re.compile(rf"(?:{item})(?:[{joiners}](?:{item}))*")

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
    head: str = ""  # the first place of a written chain (辽宁 in 辽宁大连金普新区)
    above: Region | None = None  # the place written just before the last (泉州市 in 泉州市晋江市)
    tail: str = ""  # the last place of a written chain, as written
    in_full: bool = False  # the last place written by an official name, maybe a former one


# ---- public API --------------------------------------------------------------------------


def find_agencies(
    text: str, region: Region | None, gazetteer: Gazetteer, hidden: str | None = None
) -> list[AgencyMention]:
    """Organisations named in one measure's text; ``region`` is the measure's region.

    ``hidden`` is the name a document uses for the place it hides (×市): a short form (市局,
    市政府) then expands to it, never to a place only inferred from clues.

    Example (a short form takes the case's region):
        >>> gazetteer = Gazetteer.load()
        >>> text = "延安市市场监管局联合市政务服务局推行“一业一证”改革。"
        >>> [a.name for a in find_agencies(text, gazetteer.resolve("延安市"), gazetteer)]
        ['延安市市场监管局', '延安市政务服务局']
    """
    lex = load_lexicon()
    chain = gazetteer.chain(region.code) if region and not hidden else []
    found: list[tuple[int, int, str]] = []
    anchors = _anchors(text, chain, gazetteer, lex, hidden)
    starts = {a.start for a in anchors}
    for anchor in anchors:
        if not anchor.region and anchor.prefix in {*lex.terms("marker"), *lex.terms("marker_word")}:
            continue  # a relative marker (市政府) in a case whose place is unknown
        hit = _match_after(text, anchor, lex)
        if hit:
            prefix = _home_prefix(text, anchor, lex)
            listed = _continued(text, hit[1], prefix, starts, lex, gazetteer)
            found += [hit, *listed]
        else:
            found += _departments(text, anchor, lex)
    found += _places_sharing_body(text, chain[0] if chain else None, gazetteer, lex)
    found += _led_departments(text, chain[0] if chain else None, lex)
    home = region.name if chain else hidden
    found += _quoted(text, home, lex)
    own = [f for f in found if region and _leading_region(f[2], gazetteer, region) == region]
    found += _bare(text, home, lex, found, own)
    found += _standalone(text, lex, found)
    found += _known(text, lex, found, gazetteer)
    found += _proper_names(text, lex, found, gazetteer)
    found += _partner_firms(text, lex, found)
    found += _listed_firms(text, lex, found)
    return _finish(text, found, region, gazetteer, lex)


def in_full(
    mentions: tuple[AgencyMention, ...], named: list[AgencyMention], gazetteer: Gazetteer
) -> tuple[AgencyMention, ...]:
    """A body written short in one case (市营商局) takes the full name the document gives the
    same place's body elsewhere (沈阳市营商环境建设局): one body, one name."""
    lex = load_lexicon()
    out = []
    for m in mentions:
        rest = _rest(m.name, gazetteer, lex)
        full = next(
            (
                n.name
                for n in named
                if n.region == m.region and _abbreviates(rest, _rest(n.name, gazetteer, lex))
            ),
            None,
        )
        out.append(replace(m, name=full) if m.region and full else m)
    return tuple(out)


def _abbreviates(short: str, full: str) -> bool:
    """营商局 of 营商环境建设局: a short name keeps the full name's first and last characters
    and some of those between, in order, leaving some out (公安局 is no short form of
    公安局交通管理局: it is written whole inside it; a name that is its place alone has no
    rest to shorten)."""
    if len(short) < 3 or not full or short in full or short[0] != full[0]:
        return False
    if short[-1] != full[-1]:
        return False
    chars = iter(full)
    return all(char in chars for char in short)


def publisher_agency(name: str, gazetteer: Gazetteer) -> tuple[str, Region | None]:
    """Issuing body of a document, as written, and the region it speaks for."""
    clean = "".join(name.split())
    return clean, _leading_region(clean, gazetteer, None)


def first_person(text: str) -> list[tuple[int, int]]:
    """Spans where a report speaks for its author (我局, 我们), outside quoted speech and
    outside an interview's answers."""
    spans = []
    depth, counted = 0, 0
    turns = _turns(text)
    for match in _first_person_re().finditer(text):
        i, word = match.start(), match.group(1)
        if any(s <= i < e for s, e in turns):
            continue
        seen = text[counted : i + 1]
        depth += seen.count(OPEN_QUOTES[0]) + seen.count("「")
        depth -= seen.count(CLOSE_QUOTES[0]) + seen.count("」")
        counted = i + 1
        if depth <= 0:
            spans.append((i, i + len(word)))
    return spans


_LABEL = re.compile(
    r"^[ \t]*(?:([\u4e00-\u9fff]{1,4}):|【([^【】\n]{1,12})】[ \t]*$)", re.MULTILINE
)
"""A speaker's label opening a line (记者:, 王立新:, 答:), or alone on its line in brackets, as
a press conference's transcript sets it (【主持人】, 【新疆日报记者】, 【赵明远】)."""


def _turns(text: str) -> list[tuple[int, int]]:
    """What each speaker says (王立新:我们…, 【主持人】今天，我们邀请到…), up to the next
    speaker's label (a turn may run on the lines under its label), in a text that asks
    questions (记者:…, 【新疆日报记者】: a label that ends in an interviewer's word asks):
    a speaker's 我们 is theirs, not the report's author's."""
    asked = tuple(load_lexicon().terms("interviewer"))
    labels = list(_LABEL.finditer(text))
    if not any((m.group(1) or m.group(2)).endswith(asked) for m in labels):
        return []
    ends = [m.start() for m in labels[1:]] + [len(text)]
    return list(zip((m.start() for m in labels), ends, strict=True))


@lru_cache(maxsize=1)
def _first_person_re() -> re.Pattern[str]:
    """Every position a first-person word starts at (overlapping), the first word of the
    lexicon that matches there: a scan per character was ~2 s of a 10× build."""
    words = "|".join(map(re.escape, load_lexicon().terms("first_person"))) or "(?!)"
    return re.compile(f"(?=({words}))")  # file order: the first word listed wins


# ---- anchors -----------------------------------------------------------------------------


def _anchors(
    text: str, chain: list[Region], gazetteer: Gazetteer, lex: Lexicon, hidden: str | None
) -> list[_Anchor]:
    """Written places (grouped when nested), hidden places (×市) and relative markers."""
    anchors: list[_Anchor] = []
    covered: set[int] = set()
    scope = chain[0] if chain else None
    for m in find_regions(text, gazetteer, scope):
        if _verb_place(m.surface, m.region, chain, gazetteer, lex):
            continue
        last = anchors[-1] if anchors else None
        in_full = any(
            e.region == m.region and e.context == FULL for e in gazetteer.entries(m.surface)
        )
        if (
            last
            and last.end == m.start
            and last.region
            and gazetteer.is_within(m.region, last.region)
        ):
            head = last.head or last.prefix
            prefix = text[last.start : m.end]
            anchors[-1] = _Anchor(
                last.start, m.end, prefix, m.region, head, last.region, m.surface, in_full
            )
        else:
            anchor = _Anchor(m.start, m.end, m.surface, m.region, in_full=in_full)
            anchors.append(_bracketed(text, anchor, lex))
        covered.update(range(m.start, m.end))
    for match in ANON_RE.finditer(text):
        anchors.append(_Anchor(match.start(), match.end(), match.group(), None))
        covered.update(range(match.start(), match.end()))
    places = list(anchors)
    for word, kind in lex.terms("marker_word").items():
        for match in re.finditer(re.escape(word), text):
            if covered.isdisjoint(range(match.start(), match.end())):
                target = next((r for r in chain if _of_kind(r, word, kind)), None)
                prefix = _as_written(target, places) if target else word
                anchors.append(_Anchor(match.start(), match.end(), prefix, target))
                covered.update(range(match.start(), match.end()))
    written = sorted(anchors, key=lambda a: a.start)
    for match in lex.marker_re.finditer(text):
        pos, char = match.start(), match.group()
        if pos not in covered and _is_marker(text, pos, lex):
            target = _marker_target(char, pos, text, written, chain, gazetteer)
            before = [a for a in written if a.end <= pos]
            prefix = _short_as_written(target, before, char) if target else char
            if target is None and hidden and hidden.endswith(char):
                prefix = hidden
            anchors.append(_Anchor(pos, pos + 1, prefix, target))
    return sorted(anchors, key=lambda a: a.start)


def _of_kind(region: Region, word: str, kind: str) -> bool:
    """Whether a place of the case is the one its kind word names: a zone named …新区 for 新区;
    any zone for 园区 (a high-tech zone, a development zone, an industrial park are parks)."""
    return region.name.endswith(word) or (kind == "any zone" and region.level == "zone")


def _as_written(target: Region, written: list[_Anchor]) -> str:
    """A zone as the case writes it (合肥高新区; 兰州新区 of 甘肃省兰州新区): a body named by the
    zone's kind is named after it so; any other place in full (阿克苏地区, not 阿克苏)."""
    if target.level != "zone":
        return target.name
    return next((a.tail or a.prefix for a in reversed(written) if a.region == target), target.name)


def _short_as_written(target: Region, written: list[_Anchor], marker: str) -> str:
    """The place a marker (县住建局's 县) stands for, as the case wrote it before when that is
    a short form ending in the marker (互助县 for 互助土族自治县, 大理州 for 大理白族自治州); else
    its name in full (a zone's kind words are read apart: 航空港区 is no 区)."""
    if target.level == "zone":
        return target.name
    forms = [a.tail or a.prefix for a in written if a.region == target]
    short = [f for f in forms if f.endswith(marker) and len(f) < len(target.name)]
    return short[-1] if short else target.name


def _bracketed(text: str, anchor: _Anchor, lex: Lexicon) -> _Anchor:
    """中国(景德镇)知识产权保护中心: a place in brackets after 中国 is a name's place, the
    brackets and all."""
    lead = next((w for w in lex.terms("bracket_lead") if text.endswith(w, 0, anchor.start)), "")
    if not lead or not text.startswith(lex.terms("bracket_lead")[lead], anchor.end):
        return anchor
    start, end = anchor.start - len(lead), anchor.end + 1
    return replace(anchor, start=start, end=end, prefix=text[start:end])


def _marker_target(
    char: str,
    pos: int,
    text: str,
    written: list[_Anchor],
    chain: list[Region],
    gazetteer: Gazetteer,
) -> Region | None:
    """The place a marker points at: one of its level named earlier in the sentence inside the
    case's region (思明区人民法院联合区司法局), else the case's own (市 → 厦门市), else one
    named earlier in the sentence, else in the case."""
    top = chain[0] if chain else None
    sentence = _named_before(char, pos, written, _sentence_start(text, pos))
    if sentence and (top is None or gazetteer.is_within(sentence, top)):
        return sentence
    return (
        _marker_region(char, chain)
        or sentence
        or _named_before(char, pos, written, 0, top, gazetteer)
    )


def _named_before(
    char: str,
    pos: int,
    written: list[_Anchor],
    since: int,
    within: Region | None = None,
    gazetteer: Gazetteer | None = None,
) -> Region | None:
    """区 after 思明区人民法院 (联合区司法局): the nearest place named …区 before the marker, from
    ``since`` on (the sentence first, then the case), inside ``within`` where given."""
    for anchor in reversed(written):
        region = anchor.region
        if anchor.start >= pos or anchor.start < since or region is None:
            continue
        if within and gazetteer and not gazetteer.is_within(region, within):
            continue
        if region.name.endswith(char):
            return region
    return None


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (after a sentence end or a line break)."""
    marks = (*load_cues().terms("speech", "sentence-end"), "\n")
    return max(text.rfind(mark, 0, pos) for mark in marks) + 1


def _verb_place(
    surface: str, region: Region, chain: list[Region], gazetteer: Gazetteer, lex: Lexicon
) -> bool:
    """会同县市场监管局 in a 如东县 case: a verb (会同) and a marker (县), not the county 会同县
    of another province."""
    if not lex.regex("body_stop").match(surface):
        return False
    province = gazetteer.province_of(chain[0].code) if chain else None
    return province is None or not gazetteer.is_within(region, province)


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
    """place/marker + body + suffix (the longest such name, with the units under it:
    广州市公安局 + 出入境管理支队), or place/marker + abbreviation (局 → 市场监管局)."""
    pos = anchor.end
    full = _full(anchor)
    for abbr, expansion in lex.terms("abbrev").items():
        if text.startswith(abbr, pos) and _abbrev_ends(text, pos, abbr, lex):
            return anchor.start, pos + len(abbr), full + expansion
    prefix = _home_prefix(text, anchor, lex)
    end = _name_end(text, pos, lex, after_unit=_ends_in_unit(prefix, anchor, lex))
    if end is None and _doubled_marker(text, anchor, lex):
        end = _name_end(text, pos + 1, lex, after_unit=True)  # 开封市市政府, as written
    if end is None:
        return None
    while (unit := _name_end(text, end, lex, after_unit=False, units_only=True)) is not None:
        end = unit
    if _names_community(text[pos:end], lex):
        start = _after_locality(text, pos, end, lex)  # …区…街道新城社区党群服务中心
        return start, end, text[start:end]
    if text.endswith(tuple(lex.terms("own_name")), pos, end):
        prefix = anchor.prefix  # a name of its own keeps its place as written (青海互助农商银行)
    lead = next((w for w in lex.terms("name_lead") if text.endswith(w, 0, anchor.start)), "")
    return anchor.start - len(lead), end, lead + prefix + text[pos:end]


def _ends_in_unit(prefix: str, anchor: _Anchor, lex: Lexicon) -> bool:
    """Whether a name's place ends in its level word (延安市, 延边州: 市委 may follow; 旬阳县,
    the former name of 旬阳市), not in a character of its name (贵州, 杭州: 贵州大学 is no
    committee's)."""
    last = prefix[-1:]
    return last in lex.terms("marker") and (
        anchor.region is None or anchor.region.name.endswith(last) or anchor.in_full
    )


def _names_community(body: str, lex: Lexicon) -> bool:
    """新城社区党群服务中心 names a community; 农村商业银行 does not (农村 is no village)."""
    for word in lex.terms("not_community"):
        body = body.replace(word, "")
    return any(word in body for word in lex.terms("community"))


def _doubled_marker(text: str, anchor: _Anchor, lex: Lexicon) -> bool:
    """开封市市政府: the place's level word written again before a government or committee."""
    char = text[anchor.end : anchor.end + 1]
    return bool(anchor.region) and char in lex.terms("marker") and anchor.prefix.endswith(char)


def _full(anchor: _Anchor) -> str:
    """The anchor's place in full (延安 → 延安市), or the marker as written."""
    return anchor.region.name if anchor.region else anchor.prefix


def _home_prefix(text: str, anchor: _Anchor, lex: Lexicon) -> str:
    """What a name anchored here starts with: the place as written (a leading province short
    form dropped), or in full where the short form swallowed the 市 of 市场 (延安市场监管局)."""
    full = _full(anchor)
    return full if full == anchor.prefix + text[anchor.end : anchor.end + 1] else _trim(anchor, lex)


def _continued(
    text: str, end: int, prefix: str, anchored: set[int], lex: Lexicon, gazetteer: Gazetteer
) -> list[tuple[int, int, str]]:
    """莲湖区税务局、财政局、市场监管局: names listed after an anchored one share its place
    (one that starts with a place or marker of its own is anchored itself, or keeps it as
    written: 义乌海关; so does one with a name of its own: 中国地质大学)."""
    out = []
    while text[end : end + 1] in lex.terms("list_joiner") and end + 1 not in anchored:
        start = end + 1
        stop = _name_end(text, start, lex, after_unit=False)
        if stop is None or stop - start < 3:
            break
        name = text[start:stop]
        own = name.endswith(tuple(lex.terms("own_name")))
        own = own or name.startswith(tuple(lex.terms("national_lead")))
        own = own or bool(gazetteer.parse_chain(name, 0, None, allow_chained_first=True))
        out.append((start, stop, name if own else prefix + name))
        end = stop
    return out


def _departments(text: str, anchor: _Anchor, lex: Lexicon) -> list[tuple[int, int, str]]:
    """市卫健、住建、人社等部门 / 区财政、市场监管等28个职能部门: a list of departments in short
    form after a place or marker, closed by a collective noun, is one agency per item, named in
    full."""
    listed = lex.department_run.match(text, anchor.end)
    if not listed or not _closes_departments(text, listed.end(), lex):
        return []
    level = "province" if anchor.prefix.endswith("省") else "local"
    return _department_names(text, listed, anchor.start, _full(anchor), level, lex)


def _led_departments(text: str, home: Region | None, lex: Lexicon) -> list[tuple[int, int, str]]:
    """市场监管牵头: departments written short with no place, leading the work, are the case's."""
    if home is None:
        return []
    out = []
    level = "province" if home.level == "province" else "local"
    for listed in lex.department_run.finditer(text):
        at = listed.start()
        if _is_han(text[at - 1 : at] or " ") and text[at - 1] not in lex.terms("boundary"):
            continue
        if text.startswith(tuple(lex.terms("department_lead")), listed.end()):
            out += _department_names(text, listed, at, home.name, level, lex)
    return out


def _closes_departments(text: str, end: int, lex: Lexicon) -> bool:
    """等部门, 部门, 等28个职能部门: the collective noun (after 等 and a count) closing a list."""
    if text.startswith(tuple(lex.terms("list_close")), end):
        end += 1
        number = _NUMBER.match(text, end)
        if number and text[number.end() : number.end() + 1] in lex.terms("counted_by"):
            end = number.end() + 1
    return text.startswith(tuple(lex.terms("department_close")), end)


def _department_names(
    text: str, listed: re.Match[str], start: int, place: str, level: str, lex: Lexicon
) -> list[tuple[int, int, str]]:
    """One agency per department of a run, its full name after the place (local|provincial)."""
    short = lex.terms("department")
    out = []
    for item in lex.department_item.finditer(listed.group()):
        name = short[item.group()].split("|")[0 if level == "local" else -1]
        begin = start if item.start() == 0 else listed.start() + item.start()
        out.append((begin, listed.start() + item.end(), place + name))
    return out


def _places_sharing_body(
    text: str, region: Region | None, gazetteer: Gazetteer, lex: Lexicon
) -> list[tuple[int, int, str]]:
    """洛川、黄陵等法院 / 西湖区、滨江区等法院: places listed before one type word are one body
    each (洛川县人民法院), places written short counting where they lie in the case's region."""
    full_forms = lex.terms("full_form")
    out: list[tuple[int, int, str]] = []
    for close in lex.terms("list_close"):
        at = text.find(close)
        while at > 0:
            word = next((w for w in full_forms if text.startswith(w, at + 1)), None)
            places = _listed_places(text, at, region, gazetteer, lex) if word else []
            if word and len(places) >= 2:
                out += [(s, e, r.name + full_forms[word]) for s, e, r in places]
            at = text.find(close, at + 1)
    return out


def _listed_places(
    text: str, end: int, region: Region | None, gazetteer: Gazetteer, lex: Lexicon
) -> list[tuple[int, int, Region]]:
    """The places of a list ending at ``end`` (洛川、黄陵), each inside the case's region."""
    places: list[tuple[int, int, Region]] = []
    joiners = lex.terms("list_joiner")
    while True:
        start = end
        while start > 0 and _is_han(text[start - 1]) and end - start < 6:
            start -= 1
        place = _place_ending(text, start, end, region, gazetteer)
        if place is None:
            return places  # the list starts after the first item that names no place
        places.insert(0, place)
        if place[0] == 0 or text[place[0] - 1] not in joiners:
            return places
        end = place[0] - 1


def _place_ending(
    text: str, start: int, end: int, region: Region | None, gazetteer: Gazetteer
) -> tuple[int, int, Region] | None:
    """The longest place name ending at ``end`` (from ``start`` on) inside the case's region."""
    for begin in range(start, end - 1):
        place = gazetteer.resolve(text[begin:end], region)
        if place and (region is None or gazetteer.is_within(place, region)):
            return begin, end, place
    return None


def _name_end(
    text: str, pos: int, lex: Lexicon, after_unit: bool, units_only: bool = False
) -> int | None:
    """End of the longest body + suffix starting at ``pos`` (a body holds no other name)."""
    best = None
    tasks = lex.terms("task_group")
    for size in range(lex.max_body + 1):
        body = text[pos : pos + size]
        plain = not size or _valid_body(body, lex)
        if not plain and not _valid_body(body, lex, task=True):
            break
        if size and _names_agency(_words(body, lex), lex):
            continue  # a body holding a whole name is two names (市委市政府)
        for suffix in lex.suffixes_by_first.get(text[pos + size : pos + size + 1], ()):
            if not plain and suffix.term not in tasks:
                continue  # only a group's name states a task (推进…改革领导小组)
            named_by_place = not size and not after_unit and suffix.term in lex.terms("place_named")
            if not (suffix.min_body <= size or units_only or named_by_place):
                continue  # a unit closes a name whatever its body (领导小组 + 办公室)
            if size > suffix.max_body:
                continue
            short_unit = size + len(suffix.term) < 3 and text[pos - 1 : pos] not in lex.terms(
                "short_units_after"
            )
            if units_only and (not _unit_after(text, pos, suffix, lex) or short_unit):
                continue  # a party committee's offices are short (市委 + 编办, 改革办)
            if suffix.term in lex.terms("after_unit") and (size or not after_unit):
                continue
            end = pos + size + len(suffix.term)
            if text.startswith(suffix.term, pos + size) and not _compound(text, end, suffix, lex):
                best = max(best or 0, end)
    return best


def _unit_after(text: str, pos: int, suffix: Suffix, lex: Lexicon) -> bool:
    """Whether ``suffix`` closes a unit of the name ending at ``pos``: any unit (支队, 办公室), or
    one only after its kind of head: a school's unit after a university (大学 + 附属第一医院), a
    zone committee's bureau (管委会 + 政务服务局)."""
    if suffix.term in lex.terms("unit"):
        return True
    heads = lex.terms("unit_after").get(suffix.term)
    return bool(heads) and text.endswith(tuple(heads.split("|")), 0, pos)


def _words(body: str, lex: Lexicon) -> str:
    """A body without its compounds of 政府 (政府采购), which name no government."""
    if "政府" not in body:
        return body  # most bodies: no compound to remove
    for word in lex.terms("not_after_government"):
        body = body.replace("政府" + word, "")
    return body


def _compound(text: str, end: int, suffix: Suffix, lex: Lexicon) -> bool:
    """政府 in 政府采购, 大学 in 大学生: half of a word, not a body."""
    start = end - len(suffix.term)
    if any(text.startswith(word, start) for word in lex.terms("suffix_compound")):
        return True
    return suffix.term.endswith("政府") and any(
        text.startswith(word, end) for word in lex.terms("not_after_government")
    )


def _trim(anchor: _Anchor, lex: Lexicon) -> str:
    """A province written short before its city (江西新余市, 辽宁大连) is context, not name; so is
    a prefecture written before a county or county-level city (泉州市晋江市市场监管局: 晋江市's
    bureau), whose bodies are named without it, unlike a district's (成都市武侯区行政审批局)."""
    if _county_under_city(anchor.region, anchor.above):
        return anchor.tail
    if anchor.head in lex.terms("province_short"):
        return anchor.prefix[len(anchor.head) :]
    return anchor.prefix


def _county_under_city(region: Region | None, above: Region | None) -> bool:
    """A county or county-level city (晋江市), not a district, written after its prefecture."""
    if region is None or above is None or region.name.endswith(DISTRICT):
        return False
    return region.level == "county" and above.level == "city"


def _abbrev_ends(text: str, pos: int, abbr: str, lex: Lexicon) -> bool:
    """An abbreviation must not be the start of a longer word (局长, 局面)."""
    blocked = lex.terms("abbrev_block")
    if any(text.startswith(word, pos) for word in blocked):
        return False
    after = text[pos + len(abbr) : pos + len(abbr) + 1]
    return not any(s.term.startswith(abbr + after) for s in lex.suffixes) if after else True


_HAN_ONLY = re.compile("[\u4e00-\u9fff]*")
_NO_QUOTES = str.maketrans("", "", OPEN_QUOTES + CLOSE_QUOTES)


def _valid_body(body: str, lex: Lexicon, task: bool = False) -> bool:
    """The distinctive part of a name: Chinese characters only, no function words or verbs; a
    ``task`` (the body of a group's name) may also hold quotes and the verbs of a task
    (深化“放管服”改革优化营商环境工作领导小组)."""
    if task:
        body = lex.regex("task_word").sub("", body.translate(_NO_QUOTES))
    digits = len(body) - len(body.lstrip("0123456789"))
    if digits == len(body):
        return True  # 12345热线
    if digits:  # 12345政务服务便民热线; a short number counts things (3个中心)
        return digits >= _SERVICE_NUMBER and _valid_body(body[digits:], lex)
    if not _HAN_ONLY.fullmatch(body):
        return False
    if body.startswith(lex.body_lead_stop):
        return False
    for joiner in lex.terms("inner_joiner"):
        head, joined, tail = body.partition(joiner)
        if joined and len(head) >= 2 and not _names_agency(head, lex):
            body = head + tail  # 住房和城乡建设局, 政务服务与数据管理局: one name
    return lex.regex("body_stop").search(body) is None


def _names_agency(text: str, lex: Lexicon) -> bool:
    """Whether ``text`` already holds an agency's suffix (市场监管局和税务局 is two agencies)."""
    return lex.suffix_re.search(text) is not None


def _quoted(text: str, home: str | None, lex: Lexicon) -> list[tuple[int, int, str]]:
    """“双随机、一公开”领导小组: a quoted name followed by an organisation suffix."""
    out = []
    for suffix in lex.terms("quoted"):
        start = text.find(suffix)
        while start > 0:
            if text[start - 1] in CLOSE_QUOTES:
                open_at = max(text.rfind(q, 0, start - 1) for q in OPEN_QUOTES)
                if open_at >= 0 and start - open_at <= 20:
                    prefix = home or ""
                    out.append(
                        (open_at, start + len(suffix), prefix + text[open_at : start + len(suffix)])
                    )
            start = text.find(suffix, start + 1)
    return out


def _bare(
    text: str,
    home: str | None,
    lex: Lexicon,
    found: list[tuple[int, int, str]],
    own: list[tuple[int, int, str]],
) -> list[tuple[int, int, str]]:
    """A type word written without a place (市场监管局牵头) belongs to the case's region: it is
    the body of that region the case names in full (``own``), if it does (12345热线 of
    阿坝州12345政务服务便民热线中心); a word marked ``written`` (12345热线: a city's line,
    answering a district's or a province's case) otherwise stays as written."""
    if home is None:
        return []
    out = []
    for term, placed in lex.terms("bare").items():
        alone = term if placed == "written" else home + term
        named = next((name for _, _, name in own if _in_order(term, name)), alone)
        start = text.find(term)
        while start >= 0:
            end = start + len(term)
            if not _overlaps(start, end, found + out) and _after_boundary(text, start, lex):
                out.append((start, end, named))
            start = text.find(term, start + 1)
    return out


def _in_order(short: str, name: str) -> bool:
    """Whether every character of ``short`` is in ``name``, in order (市场监管局 in
    延安市市场监督管理局)."""
    chars = iter(name)
    return all(char in chars for char in short)


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
    text: str, lex: Lexicon, found: list[tuple[int, int, str]], gazetteer: Gazetteer
) -> list[tuple[int, int, str]]:
    """Well-known organisations and their short forms (北大 → 北京大学, 工行 → 中国工商银行),
    with a branch written after them (邮储银行榆林市分行 → 中国邮政储蓄银行榆林市分行), over a
    shorter name read inside it; an alias inside a longer word (北大 in 湖北大学, 中国银行 in
    中国银行业协会) is none."""
    out: list[tuple[int, int, str]] = []
    if not lex.regex("known").search(text):
        return out  # most measures name none: one search instead of a find per alias
    for alias, canonical in lex.known_longest_first:
        start = text.find(alias)
        while start >= 0:
            end = start + len(alias)
            branch = _branch_end(text, end, gazetteer, lex)
            inside = [f for f in found + out if start <= f[0] and f[1] <= branch]
            others = [f for f in found + out if f not in inside]
            if not _overlaps(start, branch, others) and _known_word(text, start, end, lex):
                out.append((start, branch, canonical + text[end:branch]))
            start = text.find(alias, start + 1)
    return out


def _known_word(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A known name stands alone: not the tail of a longer name, nor the head of a longer word."""
    if any(text.startswith(word, start) for word in lex.terms("known_block")):
        return False
    return _word_at(text, start, end) is not None or not _is_han(text[start - 1 : start] or " ")


def _branch_end(text: str, end: int, gazetteer: Gazetteer, lex: Lexicon) -> int:
    """End of a branch written after an organisation, maybe past its firm form: a place and a
    unit (苏州分行, 榆林市分行; 中国银行股份有限公司无锡分行)."""
    form = next((f for f in lex.terms("firm_form") if text.startswith(f, end)), "")
    end += len(form)
    chain = gazetteer.parse_chain(text, end, None, allow_chained_first=True)
    at = chain[-1][1] if chain else end
    unit = next((u for u in lex.terms("branch") if text.startswith(u, at)), None)
    return at + len(unit) if unit and chain else end


def _proper_names(
    text: str, lex: Lexicon, found: list[tuple[int, int, str]], gazetteer: Gazetteer
) -> list[tuple[int, int, str]]:
    """Named bodies with no place in front: 新城社区党群服务中心, 首都医科大学宣武医院.

    The name runs back from a proper suffix (中心, 医院, 小学, 公司 …) over Chinese
    characters to a clause boundary or a particle (的, 在, 由 …), past a place or a locality
    (…街道) written before it; a name made of generic words only (政务服务中心) is not one, nor
    one holding a word that opens with 说, 如, 都 … (如今; not 首都).
    """
    out: list[tuple[int, int, str]] = []
    stops = set(lex.terms("name_boundary"))
    stops_inside = set(lex.terms("name_stop"))
    generic = lex.terms("generic_body")
    for suffix in sorted(lex.terms("proper_suffix"), key=len, reverse=True):
        at = text.find(suffix)
        while at > 0:
            end = at + len(suffix)
            start = at
            if len(suffix) < 3 and not _suffix_word(text, at, end):  # 温州商会, not 协商会
                at = text.find(suffix, end)
                continue
            while start > 0 and at - start < _PROPER_BODY and _is_han(text[start - 1]):
                if text[start - 1] in stops and _alone(text, start - 1, at):
                    break
                start -= 1
            start = _after_partner(text, start, at, found + out, lex)
            start = _after_places(text, start, at, gazetteer)
            start = _after_locality(text, start, at, lex)
            start += _leading_verb(text[start:at], lex)
            body = text[start:at]
            if (
                not _counted_before(text, start, lex)
                and len(body) >= 2
                and body not in generic
                and not any(word[0] in stops_inside for word, _, _ in tokenize(body))
                and _valid_body(body, lex)
                and not _overlaps(start, end, found + out)
                and not _among_kinds(text, start, end, lex)
            ):
                out.append((start, end, text[start:end]))
            at = text.find(suffix, end)
    return out


def _among_kinds(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """专业运营机构、投融资机构、技术经理人协会等社会力量: a name with no place listed beside
    kinds of body (…机构, …组织) is a kind too."""
    joiners = lex.terms("list_joiner")
    left, right = start, end
    while left > 0 and (_is_han(text[left - 1]) or text[left - 1] in joiners):
        left -= 1
    while right < len(text) and (_is_han(text[right]) or text[right] in joiners):
        right += 1
    items = lex.regex("list_joiner").split(text[left:right])
    kinds = tuple(lex.terms("kind_word"))
    close = lex.regex("list_close")
    return len(items) > 1 and any(close.split(item)[0].endswith(kinds) for item in items)


def _suffix_word(text: str, at: int, end: int) -> bool:
    """Whether the suffix at ``at`` is a word, or ends one whose head is a word of its own
    (宣武 + 医院 in 宣武医院; not 协 + 商会 in 协商会)."""
    if _word_at(text, at, end) is not None:
        return True
    window = max(0, at - 4)
    word = next((w for w, _, stop in tokenize(text[window:end]) if stop == end - window), "")
    head = word[: len(word) - (end - at)]
    return len(head) >= 2 and [w for w, _, _ in tokenize(head)] == [head]


def _partner_firms(
    text: str, lex: Lexicon, found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """联合阿里巴巴集团开发 / 签约陕西高级人才事务所、西安兴中猎头公司: a firm counts where a
    partnering verb brings it (or the list it is in) in; elsewhere firms are mostly the
    businesses served."""
    out: list[tuple[int, int, str]] = []
    for verb in lex.terms("partner_verb"):
        at = text.find(verb)
        while at >= 0:
            start = at + len(verb)
            while start < len(text):
                end = _han_end(text, start, lex)
                firm = _firm_end(text, start, end, lex)
                described = text.startswith(tuple(lex.terms("firm_description")), start)
                if firm and not described and not _overlaps(start, firm, found + out):
                    out.append((start, firm, text[start:firm]))
                if text[end : end + 1] not in lex.terms("list_joiner"):
                    break
                start = end + 1
            at = text.find(verb, at + 1)
    return out


def _listed_firms(
    text: str, lex: Lexicon, found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """国网芜湖供电公司、芜湖中燃城市燃气发展有限公司等单位参与: a firm listed among bodies
    that act, the list closed as one of units (等单位), is one of them (a list of firms alone
    may be the businesses served)."""
    out: list[tuple[int, int, str]] = []
    joiners = lex.terms("list_joiner")
    for close in lex.terms("unit_list_close"):
        at = text.find(close)
        while at >= 0:
            left = at
            while left > 0 and (_is_han(text[left - 1]) or text[left - 1] in joiners):
                left -= 1
            items, start = [], left
            for item in lex.regex("list_joiner").split(text[left:at]):
                items.append((start, start + len(item)))
                start += len(item) + 1
            named = [i for i in items if any(s <= i[0] and i[1] <= e for s, e, _ in found)]
            if named:
                out += [
                    (s, e, text[s:e])
                    for s, e in items[1:]
                    if _firm_end(text, s, e, lex) == e and not _overlaps(s, e, found + out)
                ]
            at = text.find(close, at + 1)
    return out


def _han_end(text: str, start: int, lex: Lexicon) -> int:
    """End of the run of Chinese characters from ``start`` (one item of a list), with a
    firm's form written in brackets inside it (包头市水务(集团)有限公司)."""
    end = start
    while end < len(text):
        part = lex.bracketed_form.match(text, end) if end > start else None
        if part:
            end = part.end()
        elif _is_han(text[end]):
            end += 1
        else:
            break
    return end


def _firm_end(text: str, start: int, end: int, lex: Lexicon) -> int:
    """End of a firm's name opening the item [start, end) (阿里巴巴集团 of 阿里巴巴集团开发):
    at least two characters before its suffix, 0 if none; a firm known by its trade
    (新奥燃气) ends the item or its list (新奥燃气等单位), so 开展燃气安全检查 names none."""
    ends = [
        at + len(suffix)
        for suffix in lex.terms("firm_suffix")
        if (at := text.rfind(suffix, start, end)) >= start + 2
    ]
    closes = tuple(lex.terms("list_close"))
    ends += [
        at + len(trade)
        for trade in lex.terms("firm_trade")
        if (at := text.rfind(trade, start, end)) >= start + 2
        and (at + len(trade) == end or text.startswith(closes, at + len(trade)))
    ]
    firm = max(ends, default=0)
    return firm if firm - start <= _PROPER_BODY * 2 else 0


def _leading_verb(body: str, lex: Lexicon) -> int:
    """Length of a verb that opens ``body`` (发挥技术经理人协会): the name starts after it."""
    verb = next((v for v in lex.terms("body_lead_verb") if body.startswith(v)), "")
    return len(verb)


def _counted_before(text: str, start: int, lex: Lexicon) -> bool:
    """Whether a name would open with the counter of a number before it (12家行业商会, 9个街道
    党群服务中心): bodies counted, none named."""
    return text[start : start + 1] in lex.terms("counted_by") and text[start - 1 : start].isdigit()


def _alone(text: str, pos: int, end: int) -> bool:
    """Whether jieba reads the character at ``pos`` as a word of its own (经, not 经 of 经理);
    asked only of a stop character, as each question tokenizes the text before ``end``."""
    return len(_word_at(text, pos, end) or "") == 1


def _word_at(text: str, pos: int, end: int) -> str | None:
    """The word jieba reads starting at ``pos`` (tokenizing the few characters before it up to
    ``end``), or None when ``pos`` is inside a word."""
    window = max(0, pos - 4)
    return next((w for w, start, _ in tokenize(text[window:end]) if start + window == pos), None)


def _after_partner(
    text: str, start: int, at: int, spans: list[tuple[int, int, str]], lex: Lexicon
) -> int:
    """Past a name read before ``at`` and the verb that joins a second body to it
    (鹿城区市场监管局联合五马市场监管所); with no such verb the two are not apart."""
    past = max([start, *(e for _, e, _ in spans if start < e <= at)])
    verb = _leading_verb(text[past:at], lex)
    return past + verb if past > start and verb else start


def _after_places(text: str, start: int, at: int, gazetteer: Gazetteer) -> int:
    """Past the last place named between ``start`` and ``at`` (the anchored names have it)."""
    places = find_regions(text[start:at], gazetteer, None)
    return start + places[-1].end if places else start


def _after_locality(text: str, start: int, at: int, lex: Lexicon) -> int:
    """Where a name starts past the places and localities (…街道, …镇) written before it."""
    for word in lex.terms("locality"):
        cut = text.rfind(word, start, at)
        if cut >= 0 and cut + len(word) < at - 1:
            start = cut + len(word)
    return start


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


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
    """Drop generic words, names inside titles and non-actors; one mention per body."""
    generic = lex.terms("generic")
    kept: list[tuple[int, int, str]] = []
    for start, end, name in sorted(found, key=lambda f: (f[0], -f[1])):
        if name in generic or _in_title(text, start) or _quoted_whole(text, start, end):
            continue
        if _other_plate(text, start, end, kept):
            continue
        if kept and _firms_branch(text, kept[-1], (start, end, name), lex):
            kept[-1] = (kept[-1][0], end, kept[-1][2] + text[start:end])
        elif not any(start < e and s < end for s, e, _ in kept):
            stretched = _stationed_office(text, end, lex)
            kept.append((start, stretched, name + text[end:stretched]))
    actors = [k for k, run in zip(kept, _runs(text, kept, lex), strict=True) if run]
    starts = {start for start, _, _ in actors}
    out: dict[tuple[str, str], AgencyMention] = {}
    for start, end, name in actors:
        mention = AgencyMention(
            start, end, text[start:end], name, _leading_region(name, gazetteer, region)
        )
        if mention.region is None and end in starts:
            continue  # 国家税务总局南京市税务局: a national parent written before its office
        key = _body_key(name, mention.region, gazetteer, lex)
        same = key if key in out else _same_body_placeless(key, out)
        if same is None:
            out[key] = mention
        elif _fuller(mention, out[same], gazetteer, lex):
            out[same] = mention
    return sorted(out.values(), key=lambda m: m.start)


def _firms_branch(
    text: str, firm: tuple[int, int, str], branch: tuple[int, int, str], lex: Lexicon
) -> bool:
    """国网新疆电力有限公司昌吉供电公司: a firm's branch written right after the firm is one body,
    named by both (as 云南电网有限责任公司玉溪供电局)."""
    return (
        firm[1] == branch[0]
        and firm[2].endswith(tuple(lex.terms("firm_suffix")))
        and branch[2].endswith(tuple(lex.terms("branch")))
        and _is_han(text[branch[0] : branch[0] + 1])
    )


def _stationed_office(text: str, end: int, lex: Lexicon) -> int:
    """Where a body's name ends that goes on with its office stationed in a place (长沙海关
    驻郴州办事处): that office is the body, named by both; else ``end``."""
    if not text.startswith("驻", end):
        return end
    office = lex.regex("stationed_office")
    for k in range(end + _STATIONED_PLACE[0], min(end + _STATIONED_PLACE[1], len(text))):
        if found := office.match(text, k):
            return found.end()
        if not _is_han(text[k]):
            break
    return end


_STATIONED_PLACE = (3, 11)
"""Where the office's word may start after 驻: past a place of two to eight characters."""


def _other_plate(text: str, start: int, end: int, kept: list[tuple[int, int, str]]) -> bool:
    """海口市市场监督管理局(海口市知识产权局): a name in brackets right after another is the
    same body's other plate, not a second body."""
    if text[start - 1 : start] not in "((" or text[end : end + 1] not in "))":
        return False
    return any(e == start - 1 for _, e, _ in kept)


def acting(
    text: str, mentions: list[AgencyMention], place: Region | None, gazetteer: Gazetteer
) -> list[AgencyMention]:
    """The bodies of a case that act in it: not those a line charges with carrying a listed
    reform out (省直责任单位：省市场监管局。), which are still bodies, no practice's name; nor
    a province's or city's body only credited with sending in the case of a ``place`` inside
    its own (推荐单位：河南省工业和信息化厅 over 许昌市's case, …（吉林省市场监督管理厅） at
    the end of the heading of 延边州's) and not named again. A body credited with its own
    place's case (…（浔阳区市场监督管理局） over 浔阳区's) did the work."""
    lex = load_lexicon()
    return [
        m
        for m in mentions
        if not _labelled_line(text, m.start, "duty_label", lex)
        and not _sent_in(text, m, place, gazetteer, lex)
    ]


def _sent_in(
    text: str, mention: AgencyMention, place: Region | None, gazetteer: Gazetteer, lex: Lexicon
) -> bool:
    """Whether a body only sent the case of a place inside its own in (see :func:`acting`)."""
    own = mention.region
    below = place is not None and own is not None and place != own
    return (
        below
        and gazetteer.is_within(place, own)
        and _credited(text, mention, lex)
        and text.count(text[mention.start : mention.end]) == 1
    )


def _labelled_line(text: str, start: int, kind: str, lex: Lexicon) -> bool:
    """Whether the name at ``start`` is on a line that a label of ``kind`` opens (a bracket
    before it allowed: （报送单位：…）)."""
    line = text[text.rfind("\n", 0, start) + 1 : start].lstrip().lstrip("(（")
    label = next((w for w in lex.terms(kind) if line.startswith(w)), None)
    return label is not None and line[len(label) : len(label) + 1] in (":", "：")


def _credited(text: str, mention: AgencyMention, lex: Lexicon) -> bool:
    """Whether a name stands on a credit line or in brackets closing the text's first line."""
    if _labelled_line(text, mention.start, "credit_label", lex):
        return True
    first_end = text.find("\n") if "\n" in text else len(text)
    credit = CLOSING_CREDIT.search(text, 0, first_end)
    return credit is not None and credit.start(1) <= mention.start and mention.end <= credit.end(1)


def _in_title(text: str, start: int) -> bool:
    """《关于支持市场监管局…的意见》: a name inside a title names no actor, unless it opens the
    title as its author (《宝鸡市知识产权局…操作规程》)."""
    opened = text.rfind("《", 0, start)
    return 0 <= opened < start - 1 and text.rfind("》", opened, start) < 0


def _quoted_whole(text: str, start: int, end: int) -> bool:
    """上线运营“西安知识产权运营服务平台”: a name quoted whole is a brand launched, not a body."""
    return text[start - 1 : start] in OPEN_QUOTES and text[end : end + 1] in CLOSE_QUOTES


def _runs(text: str, kept: list[tuple[int, int, str]], lex: Lexicon) -> list[bool]:
    """Whether each name acts: 纳入市委市政府…, 向总局、省局申请, 以市政府或市政府办公室名义 —
    a cue before a list of names (or after it) holds for every name of the list."""
    joiners = tuple(lex.terms("name_joiner"))
    groups: list[list[int]] = []
    for i, (start, _, _) in enumerate(kept):
        between = text[kept[i - 1][1] : start] if i else None
        if groups and (between == "" or between in joiners):
            groups[-1].append(i)
        else:
            groups.append([i])
    acting = [True] * len(kept)
    for group in groups:
        first, last = kept[group[0]], kept[group[-1]]
        if _not_actor(text, first[0], last[1], lex):
            for i in group:
                acting[i] = False
    return acting


def _not_actor(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """被省政府… / 落实市委… / 赴…大学 / 市政府《…》 / 市委书记: a body named as recogniser, list
    owner, addressee, venue, author of a policy or a leader's title, not as an actor."""
    if any(text.startswith(word, end) for word in lex.terms("acting_after")):
        return False
    before = text[:start].rstrip("、,")
    cue = any(_ends_with_word(before, word) for word in lex.terms("not_actor_before"))
    if cue and not any(before.endswith(word) for word in lex.terms("acting_before")):
        return True
    if _counted(text, end, lex) or _tool(text, start, end, lex) or _witness(text, end, lex):
        return True
    if _in_whose_name(text, end, lex):
        return True
    return any(text.startswith(word, end) for word in lex.terms("not_actor_after"))


_CLAUSE = re.compile(r"[^,，。;；、]*")
_CLAUSE_START = re.compile(r"[,，。;；]")
_TITLE = re.compile(r"《[^》]*》")


def _in_whose_name(text: str, end: int, lex: Lexicon) -> bool:
    """审查以市政府名义出台的文件: the body in whose name the documents a clause describes
    (…的) were issued does not act; 以市政府名义印发《…的通知》 it does."""
    if not text.startswith(tuple(lex.terms("in_name_of")), end):
        return False
    clause = _CLAUSE.match(text, end)
    return "的" in _TITLE.sub("", clause.group() if clause else "")


def _ends_with_word(text: str, word: str) -> bool:
    """Whether ``text`` ends with ``word``, a one-character word standing alone (在 of 并在,
    not of 现在)."""
    if not text.endswith(word):
        return False
    return len(word) > 1 or [w for w, _, _ in tokenize(text[-4:])][-1:] == [word]


def _tool(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """依托浙江省企业信用信息服务平台推出…: a platform relied on is the case's tool, also the
    last of several the verb takes (通过“郑好办”APP或河南省…登记服务平台提交申请)."""
    if not text.endswith(tuple(lex.terms("tool_name")), 0, end):
        return False
    clause = _CLAUSE_START.split(text[:start])[-1]
    return any(verb in clause for verb in lex.terms("tool_verb"))


_TITLE_ROOM = 6
"""Characters an officer's title (秘书长, 有关负责人) may take between a body and its verb."""


def _witness(text: str, end: int, lex: Lexicon) -> bool:
    """…区工商业联合会秘书长表示，…: an association whose officer comments on the case; …市委
    组织部副部长表示，将…: a body whose officer speaks only of plans (it may act elsewhere)."""
    title = _han_end(text, end, lex) - end
    said = lex.regex("comment_verb")
    for room in range(min(title, _TITLE_ROOM) + 1):
        comment = said.match(text, end + room)
        if comment:
            return text.endswith(tuple(lex.terms("witness_body")), 0, end) or _of_plans(
                text, comment.end(), lex
            )
    return False


def _of_plans(text: str, at: int, lex: Lexicon) -> bool:
    """Whether what is said from ``at`` (past its colon or comma and quote) is a plan (将…)."""
    words = text[at:].lstrip(',，:：“"「 ')
    return words.startswith(tuple(lex.terms("plan_word")))


_NUMBER = re.compile(rf"[0-9{CN_NUMERAL_CHARS}]+")
_SERVICE_NUMBER = 3
"""Digits a service number that opens a name has at least (12345热线, 110指挥中心)."""


def _counted(text: str, end: int, lex: Lexicon) -> bool:
    """省技术标准创新中心5家: a number and a classifier after a name count a kind of body;
    江苏银行盐城分行5个工作日内放款: a number of days after it counts none."""
    number = _NUMBER.match(text, end)
    if number is None or text[number.end() : number.end() + 1] not in lex.terms("counted_by"):
        return False
    return not text.startswith(tuple(lex.terms("not_counted_after")), number.end() + 1)


def _body_key(
    name: str, region: Region | None, gazetteer: Gazetteer, lex: Lexicon
) -> tuple[str, str]:
    """Which body a name denotes: its place (any spelling: 安康, 安康市, 贵阳观山湖区) and the
    rest in its full form (科技局 → 科学技术局, 政务大厅 → 政务服务中心)."""
    rest = _rest(name, gazetteer, lex)
    for short, full in sorted(lex.terms("same_body").items(), key=lambda kv: -len(kv[0])):
        if rest.endswith(short) and not rest.endswith(full):
            rest = rest[: -len(short)] + full
            break
    return (region.code if region and rest != name else "", rest)


def _rest(name: str, gazetteer: Gazetteer, lex: Lexicon) -> str:
    """A name without the leading words and places it starts with (中共, 国网, 安康市, and the
    bracket closing 中国(海南))."""
    lead = next((w for w in lex.terms("name_lead") if name.startswith(w)), "")
    chain = _places_opening(name, lead, gazetteer, None)
    rest = name[chain[-1][1] :] if chain else name[len(lead) :]
    closing = lex.terms("bracket_lead").get(lead, "")
    return rest.removeprefix(closing) if closing else rest


def _places_opening(
    name: str, lead: str, gazetteer: Gazetteer, scope: Region | None
) -> list[tuple[int, int, str, Region]]:
    """The places a name opens with: as a whole (中国(湖北)自由贸易试验区, a zone), else past its
    leading word (中共商洛市委 → 商洛市)."""
    return gazetteer.parse_chain(name, 0, scope) or gazetteer.parse_chain(name, len(lead), scope)


def _same_body_placeless(
    key: tuple[str, str], out: dict[tuple[str, str], AgencyMention]
) -> tuple[str, str] | None:
    """人力资源协会 after 铜川市人力资源协会 (or before it): the same body, once with its place."""
    place, rest = key
    for other in out:
        if other[1] == rest and (not place or not other[0]) and place != other[0]:
            return other
    return None


def _fuller(new: AgencyMention, old: AgencyMention, gazetteer: Gazetteer, lex: Lexicon) -> bool:
    """Of two names of one body, the one with its place, in full (安康市 over 安康), with the
    rest written in full (科学技术局 over 科技局, 人民法院 over 法院) or longest of two short
    forms (行政审批局 over 审批局), its place written longest (前海深港现代服务业合作区 over
    前海), and with no place written before it."""

    def rank(m: AgencyMention) -> tuple[bool, bool, bool, int, int, int]:
        rest = _rest(m.name, gazetteer, lex)
        placed = rest != m.name
        full_place = placed and bool(m.region) and m.name[: -len(rest)].endswith(m.region.name)
        short_rest = any(
            rest.endswith(short) and not rest.endswith(full)
            for short, full in lex.terms("same_body").items()
        )
        return (
            placed,
            full_place,
            not short_rest,
            len(rest),
            _place_written(m.name, gazetteer, lex),
            -len(m.name),
        )

    return rank(new) > rank(old)


def _place_written(name: str, gazetteer: Gazetteer, lex: Lexicon) -> int:
    """How long a name writes its own place, the last of the places it opens with (12 for
    深圳市前海深港现代服务业合作区管理局, 2 for 前海管理局)."""
    lead = next((w for w in lex.terms("name_lead") if name.startswith(w)), "")
    chain = _places_opening(name, lead, gazetteer, None)
    return chain[-1][1] - chain[-1][0] if chain else 0


def _leading_region(name: str, gazetteer: Gazetteer, scope: Region | None) -> Region | None:
    """The jurisdiction: the place the agency's name starts with, past a leading word (中共,
    国网) or a known organisation whose branch it is (中国银行如东支行); none for national
    bodies."""
    lex = load_lexicon()
    lead = next((w for w in lex.terms("name_lead") if name.startswith(w)), "")
    chain = _places_opening(name, lead, gazetteer, scope)
    known = next((k for k in lex.terms("known").values() if name.startswith(k)), "")
    if not chain and known:
        chain = gazetteer.parse_chain(name, len(known), scope, allow_chained_first=True)
    return chain[-1][3] if chain else None
