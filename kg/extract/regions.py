"""Find places in a measure's text and decide which region implemented it.

Pure functions over view strings (simplified, half-width). Offsets are relative to the string
passed in. A region is only ever taken from the gazetteer, so an anonymised place (×市) can
never become a region; when other clues point to a place, the answer is marked as inferred.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from kg.corpus import SENTENCE_STOPS, is_furniture, is_issuer_line
from kg.cues import load_cues
from kg.extract.speech import speech_spans
from kg.gazetteer import FULL, Entry, Gazetteer, Region
from kg.numerals import CN_NUMERAL_CHARS

# Characters used to blank out a place name (×市, ××县). A place written with one of them is
# unknown by design.
ANON_MARKS = "×╳✕Χ"
# ×市, 某某市, XX县: a place the text hides; 某市民 (a citizen) is not one.
ANON_RE = re.compile(f"(?:[{ANON_MARKS}]+|某{{1,2}}|[Xx]{{2,3}})[省市县区州旗](?![民场])")
_NUM = f"0-9{CN_NUMERAL_CHARS}"
# A case label before the heading's first word: 案例一: / 1. / 01 / (二) / 三是 / 样本一｜ …
LABEL_RE = re.compile(
    rf"^\s*(?:案例[{_NUM}]+|第[{_NUM}]+[个条项章节]?|[((][{_NUM}]+[))]|[{_NUM}]+(?:[.、:．]|是|\s)"
    rf"|[\u4e00-\u9fff]{{0,3}}[{_NUM}]+站?\s*[|｜])?"
    r"\s*[::]?\s*"
)
_LEVELS = ("province", "city", "county")
LIST_MARKS = "、和与及"
"""Marks between the places of a list (石家庄市、唐山市; 广州和深圳)."""
_OPEN_QUOTES = "“「《"
_PLATFORM_REACH = 16
"""How long a platform's name after its place may be (涉企行政检查平台)."""
_CLOSE_QUOTE = re.compile("[”」》]")
_QUOTED_NAME = re.compile(r"“[^“”]*”|「[^「」]*」|《[^《》]*》")
"""A quotation, title or name: a place inside it is not where the case happens."""
_COUNTY_WORD_NEXT = frozenset("委政级直域人")
"""What follows 县 or 市 in 县委, 县政府, 县级, 县直, 县域, 县人大: the word, not a place's name."""
_DISTINCT_SHORT_FORM = 3
"""A county's short form this long is no everyday word (平安, 城关 and 长安 are two)."""
_HONOUR_REACH = 12
"""How far before a place an honour's verb (被评为…) may stand."""
HEAD_CHARS = 1000  # title, issuer and preamble of a document live in its first lines
SCOPE_SHARE = 0.6  # share of a document's place mentions its own province must hold


@dataclass(frozen=True)
class RegionMention:
    """A place named in the text, with its offsets in the string searched."""

    start: int
    end: int
    surface: str
    region: Region


@dataclass(frozen=True)
class RegionAssignment:
    """The region a measure (or document) is attributed to, with evidence and how it was found."""

    region: Region | None
    start: int | None
    end: int | None
    surface: str
    inferred: bool
    basis: str


# ---- mentions ----------------------------------------------------------------------------


def find_regions(text: str, gazetteer: Gazetteer, scope: Region | None) -> list[RegionMention]:
    """Every place named in ``text``; short county forms count only right after their parent,
    as the place of 在…, (在义乌，… : a story's setting), as a run-in heading's place (浦东：…,
    海淀：… at a line's start) or as the name of a customs office (满洲里海关)."""
    out: list[RegionMention] = []
    pos, previous, previous_end = 0, None, -1
    while (pos := gazetteer.next_start(text, pos)) < len(text):
        hit = gazetteer.longest_at(text, pos)
        if hit is None or (pos > 0 and text[pos - 1] in ANON_MARKS):
            pos += 1
            continue
        surface, entries = hit
        adjacent = previous if previous_end == pos else None
        after = text[pos + len(surface) : pos + len(surface) + 1]
        setting = (
            (text[pos - 1 : pos] == "在" and after == ",")
            or (text[pos - 1 : pos] in ("", "\n") and after == ":")
            or _names_a_customs_office(text, pos + len(surface))
        )
        introduced = text[pos - 1 : pos] in ("", "\n") and after == "是"  # 邹平是…基地
        distinct = _distinct_in_scope(surface, entries, scope, gazetteer, introduced)
        adjacent = adjacent or _branch_city(text, pos, surface, out)
        region = gazetteer.pick(entries, scope, adjacent, allow_chained=setting or distinct)
        if region is None and any(e.region.name == surface for e in entries):
            pos += len(surface)  # 铁西区 of several cities: no part of it (西区) is a place
            continue
        if region is None or _not_a_place(text, pos, surface, entries, gazetteer, scope):
            pos += 1
            continue
        out.append(RegionMention(pos, pos + len(surface), surface, region))
        previous, previous_end, pos = region, pos + len(surface), pos + len(surface)
    return out


def _names_a_customs_office(text: str, end: int) -> bool:
    """Whether a county's short form names the customs office of its port (满洲里海关, 北仑海关):
    the office is called after the place it sits in, so the short form is that place."""
    return bool(load_cues().regex("places", "customs-office").match(text, end))


def _branch_city(text: str, pos: int, surface: str, found: list[RegionMention]) -> Region | None:
    """The city whose body's branch a short form names (连云港市公安局赣榆分局: 赣榆 after
    连云港市公安局), so the short form reads as that city's county."""
    branch = load_cues().regex("places", "branch-of-body")
    if not found or not branch.match(text, pos + len(surface)):
        return None
    city = found[-1]
    between = text[city.end : pos]
    return city.region if 0 < len(between) <= _BODY_BEFORE_BRANCH and between.isalpha() else None


_BODY_BEFORE_BRANCH = 12
"""The longest body name (公安局, 自然资源和规划局) between a city and its branch's county."""


def _distinct_in_scope(
    surface: str,
    entries: list[Entry],
    scope: Region | None,
    gazetteer: Gazetteer,
    introduced: bool = False,
) -> bool:
    """A county's short form long enough to be no everyday word (满洲里, 绥芬河, 二连浩特), or
    one that opens a paragraph introducing it (邹平是全国重要的铝产业基地), naming one county
    of the document's province: that county, with no parent before it."""
    if scope is None or (len(surface) < _DISTINCT_SHORT_FORM and not introduced):
        return False
    province = gazetteer.province_of(scope.code)
    inside = [
        e
        for e in entries
        if e.region.level == "county" and province and gazetteer.is_within(e.region, province)
    ]
    return len(inside) == 1


def _not_a_place(
    text: str,
    pos: int,
    surface: str,
    entries: list[Entry],
    gazetteer: Gazetteer,
    scope: Region | None,
) -> bool:
    """A short form that is part of a street name (湘潭路) or overlaps a better place (推广东营);
    a county whose name opens with a word that joins (和县) where the text says "and the
    county's …" (市委、市政府和县委, 县人大和县政协)."""
    end = pos + len(surface)
    if surface[0] in LIST_MARKS and text[end : end + 1] in _COUNTY_WORD_NEXT:
        return True
    if _verb_after_body(text, pos, surface):
        return True
    if all(e.context != FULL for e in entries):
        if text.startswith(gazetteer.non_place_followers, end):
            return True
        if _opens_a_towns_name(text, end):
            return True
        for inner in range(pos + 1, end):
            hit = gazetteer.longest_at(text, inner)
            if hit and inner + len(hit[0]) > end:
                rival = gazetteer.pick(hit[1], scope)
                if rival and (scope is None or gazetteer.is_within(rival, scope)):
                    return scope is not None or len(hit[0]) > len(surface)
    return False


def _verb_after_body(text: str, pos: int, surface: str) -> bool:
    """A county named by a verb of working with (会同县) right after a body's name: the verb
    and the next body's county (县自然资源局会同县住房和城乡建设局), not that place."""
    cues = load_cues()
    if not cues.regex("places", "verb-county").match(surface):
        return False
    return any(
        cues.regex("places", "body-end").fullmatch(text, start, pos)
        for start in range(max(0, pos - _BODY_END), pos)
    )


_BODY_END = 3
"""The longest ending of a body's name (政府, 中心, 分行) looked for before a verb."""


def _chains(
    mentions: list[RegionMention], gazetteer: Gazetteer, text: str = ""
) -> list[list[RegionMention]]:
    """Group adjacent nested mentions (安康市|岚皋县) into one chain each; in ``text``, the
    mentions' own, two joined by a word that says one holds the other (郴州下辖的资兴市) are
    adjacent too."""
    link = load_cues().regex("places", "chain-link")
    groups: list[list[RegionMention]] = []
    for m in mentions:
        last = groups[-1][-1] if groups else None
        joined = last is not None and (
            last.end == m.start or bool(text and link.fullmatch(text, last.end, m.start))
        )
        if last and joined and gazetteer.is_within(m.region, last.region):
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


# ---- document scope ----------------------------------------------------------------------


def document_scope(
    text: str, gazetteer: Gazetteer, first_case: int | None = None
) -> RegionAssignment | None:
    """The province (or city, or county) a whole document speaks for, from its title, issuer
    and preamble: the head, which ends where its first case begins when that is known.

    The province must be named in the document's head and its mentions must dominate the
    places named in the whole document, where a chain of another province's nested places
    (与广东省佛山市南海区签订…) names one; a national list (many provinces) or an anonymised
    report gets None. A place that names a news outlet (江西日报) is none of them.
    """
    outlet = load_cues().regex("places", "outlet-after-place")
    mentions = [m for m in find_regions(text, gazetteer, None) if not outlet.match(text, m.end)]
    provinces = Counter(_province_code(m, gazetteer) for m in mentions)
    if not provinces:
        return None
    code, count = provinces.most_common(1)[0]
    chains = _chains(mentions, gazetteer, text)
    elsewhere = sum(_province_code(chain[-1], gazetteer) != code for chain in chains)
    if count < 2 or count / (count + elsewhere) < SCOPE_SHARE:
        return None
    head_end = min(HEAD_CHARS, first_case or HEAD_CHARS)
    head = [
        m
        for m in mentions
        if m.start < head_end
        and _province_code(m, gazetteer) == code
        and not _on_furniture_line(text, m.start)
    ]
    hidden = ANON_RE.search(text, 0, HEAD_CHARS)
    if not head or (hidden and hidden.start() < head[0].start):
        return None  # no head, or the head hides the document's own place (×市…报告)
    authored = _author_place(text, head_end, mentions)
    titled = _opens_text(text, head[0])
    target = authored or _head_place(head, gazetteer, titled) or gazetteer.get(code)
    evidence = next((m for m in head if m.region == target), head[0])
    return RegionAssignment(
        target,
        evidence.start,
        evidence.end,
        evidence.surface,
        inferred=False,
        basis=f"document head names {evidence.surface}",
    )


def _author_place(text: str, head_end: int, mentions: list[RegionMention]) -> Region | None:
    """The place on the one author line of a speech's or a material's head (涪城区人民政府区长
    周建明): the speaker's place is the document's, whatever others its head compares it with;
    none for a press conference's several speakers, or a province."""
    author = load_cues().regex("places", "author-line")
    lines = [m for m in re.finditer(r"[^\n]+", text[:head_end]) if author.match(m.group().strip())]
    if len(lines) != 1:
        return None
    start, end = lines[0].span()
    placed = [m.region for m in mentions if start <= m.start < end]
    return placed[0] if placed and placed[0].level != "province" else None


def _on_furniture_line(text: str, pos: int) -> bool:
    """Whether a place stands on a line of news furniture (a WeChat byline ending in the
    province of its IP address): it says where the page was posted, not what it speaks for."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return is_furniture(text[start : len(text) if end < 0 else end].strip())


def _opens_text(text: str, mention: RegionMention) -> bool:
    """Whether a place is the first words of the text past its furniture (the title opens with
    it, under a site's breadcrumb: 沂源县人民政府 | 首页 > 政务公开)."""
    above = text[: text.rfind("\n", 0, mention.start) + 1]
    own_line = text[len(above) : mention.start]
    return not own_line.strip() and all(
        is_furniture(line.strip()) for line in above.splitlines() if line.strip()
    )


def _province_code(mention: RegionMention, gazetteer: Gazetteer) -> str:
    province = gazetteer.province_of(mention.region.code)
    return province.code if province else mention.region.code


def _head_place(head: list[RegionMention], gazetteer: Gazetteer, titled: bool) -> Region | None:
    """A city's or county's own document: the place that ends the chain opening its title
    (``titled``: 安吉县2024年…工作总结, 浙江省湖州市安吉县…, when every other place its
    head names holds it or is a zone in it: 宜宾市… over 四川省 and 宜宾三江新区; a zone's
    title whatever else the head names: 中国（四川）自由贸易试验区川南临港片区 2025年工作情况
    报告) or else the narrowest place its head names twice (…安吉县深入贯彻), or once when
    it names no other, when every other place the head names holds it; else a city when the
    head names only that city and places inside it; never the province."""
    if titled:
        opening = _chains(head, gazetteer)[0][-1].region
        if opening.level == "zone" or (
            opening.level != "province"
            and all(
                gazetteer.is_within(opening, m.region)
                or (m.region.level == "zone" and gazetteer.is_within(m.region, opening))
                for m in head
            )
        ):
            return opening  # a zone's own report, whatever other places it compares itself to
    if any(m.region.level == "province" for m in head):
        return None
    named = {m.region for m in head}
    narrowest = [r for r in named if all(gazetteer.is_within(r, other) for other in named)]
    if len(narrowest) == 1 and sum(m.region == narrowest[0] for m in head) >= min(2, len(named)):
        return narrowest[0]
    cities = {gazetteer.city_of(m.region.code) for m in head}
    if len(cities) == 1:
        city = cities.pop()
        if city is not None and sum(m.region == city for m in head) >= 2:
            return city
    return None


# ---- measure region ----------------------------------------------------------------------


_SPEAKER_SENTENCE = 30
"""The longest sentence read as naming a quotation's speaker."""
NATIONAL_BODY = "a national body's practice (国家税务总局：…): the country's, no place's"


def measure_region(
    text: str, heading_end: int, gazetteer: Gazetteer, scope: Region | None
) -> RegionAssignment:
    """The most specific region that implemented one measure (heading, then body, then clues).

    Example (a place in the heading; an anonymised place is never guessed):
        >>> gazetteer = Gazetteer.load()
        >>> heading = "安徽桐城:“小礼让”促进“大和谐”"
        >>> found = measure_region(heading + "。县市场监管局……", len(heading), gazetteer, None)
        >>> found.region.name, found.region.level, found.basis
        ('桐城市', 'county', 'heading')
        >>> hidden = measure_region("×市推行“一网通办”。", 10, gazetteer, None)
        >>> hidden.region, hidden.surface
        (None, '×市')
    """
    dateline = load_cues().regex("segment", "dateline").match(text)
    if dateline and 0 < dateline.end() < heading_end:
        return _after_dateline(text, dateline.end(), heading_end, gazetteer, scope)
    cues = load_cues()
    label = cues.regex("segment", "report-credit").match(text) or cues.regex(
        "segment", "highlight-label"
    ).match(text)  # 亮点（获得信贷）：玉溪市推行…: a label, no words of the case
    if label and label.end() < heading_end:
        return _after_label(text, label.end(), heading_end, gazetteer, scope)
    row = _row_place(text, heading_end, gazetteer, scope)
    if row:
        return row
    heading = text[:heading_end]
    if credited := attributed_place(text, gazetteer, scope):
        return credited
    found = _heading_place(heading, gazetteer, scope)
    if found:
        return (
            _customs_port(found, text, heading_end, gazetteer, scope)
            or _reporting_province(found, text, heading_end, gazetteer, scope)
            or _narrower_actor(found, text, heading_end, gazetteer, scope)
            or _written_out(found, text, heading_end, gazetteer, scope)
            or found
        )
    if load_cues().regex("places", "national-body").match(heading):
        return RegionAssignment(None, None, None, "", inferred=False, basis=NATIONAL_BODY)
    attributed = _labelled_credit(text, gazetteer, scope)
    if attributed:
        return attributed
    body_start = _past_speaker(text, heading_end, _body_start(text, heading_end))
    anonymised = ANON_RE.search(text)
    lead = _leading_chain(text, body_start, gazetteer, scope) or _scene_set(
        text, body_start, gazetteer, scope
    )
    setting = bool(lead) and _only_someones_home(text, lead[-1])
    if lead and not anonymised and not setting:
        return _assign(lead, "body: the case text opens with this place")
    clue = _clue_inference(text, heading_end, gazetteer, scope)
    if clue:
        return clue
    if lead and not anonymised:  # where the anecdote's firm is, and no other place acts
        return _assign(lead, "body: the case text opens with this place")
    if scope is not None and not anonymised:
        return RegionAssignment(scope, None, None, "", inferred=True, basis="document scope")
    if anonymised:
        return RegionAssignment(
            None,
            anonymised.start(),
            anonymised.end(),
            anonymised.group(),
            inferred=False,
            basis="anonymised place; no clue to the real one",
        )
    return RegionAssignment(None, None, None, "", inferred=False, basis="no place named")


_ATTRIBUTION = re.compile(r"(?:\(([^():]{2,30})\)|——\s*([^\s():—]{2,30})|【([^【】:]{2,30})】)\s*$")
"""Where a notice's one-line item names the place it comes from: at its end, in brackets
(（成都市武侯区）, 【辽源市】) or after a dash (——绵阳市涪城区)."""


def attributed_place(
    text: str, gazetteer: Gazetteer, scope: Region | None
) -> RegionAssignment | None:
    """The place an item is attributed to at its end (…。（成都市武侯区）), or the place that
    opens the name of the body it is attributed to (（泸州市中级人民法院） → 泸州市,
    （国家税务总局四川省税务局） → 四川省): a notice's own word for where a practice began,
    over any place its text names. The credit is a place alone, a list of places (the first)
    or an organisation's name."""
    match = _ATTRIBUTION.search(text)
    if not match:
        return None
    group = next(k for k in (1, 2, 3) if match.group(k))
    offset, named = match.start(group), match.group(group)
    chains = _chains(find_regions(named, gazetteer, scope), gazetteer, named)
    end = chains[0][-1].end if chains else 0
    listed = named[end : end + 1] in LIST_MARKS  # (江苏省南通市、浙江省嘉兴市): the first
    if not chains or not (end == len(named) or listed or is_issuer_line(named)):
        return None  # (据湖北日报), (长沙晚报记者 王明): a source, not a credit
    shifted = [replace(m, start=m.start + offset, end=m.end + offset) for m in chains[0]]
    return _assign(shifted, "attribution: the place the item is credited to at its end")


def _labelled_credit(
    text: str, gazetteer: Gazetteer, scope: Region | None
) -> RegionAssignment | None:
    """The first place after a label that credits the practice (试点单位：开福区、长沙县。):
    a notice's word for where it was tried, over the places its text names."""
    label = load_cues().regex("places", "credit-label").search(text)
    if label is None:
        return None
    lead = _leading_chain(text, label.end(), gazetteer, scope)
    return _assign(lead, "credit: the first place the label credits") if lead else None


def _heading_place(
    heading: str, gazetteer: Gazetteer, scope: Region | None
) -> RegionAssignment | None:
    """A place that opens the heading (after its label), else the first place inside it that
    is not quoted (a first sentence used as heading may open with what someone said:
    “我的签注在深圳市查不到…”广州市民…) nor part of an honour (被评为“江西省先进集体”) nor
    where someone comes from (香港居民罗太在珠海市…) nor named in passing (a partner, 与广东省
    佛山市南海区签订…); a place someone comes back to comes first
    (辞去深圳的工作，回到老家江西于都县)."""
    label = LABEL_RE.match(heading)
    pos = label.end() if label else 0
    if ANON_RE.match(heading, pos):
        return None
    people = load_cues().regex("segment", "place-people")  # 香港居民罗太…: where one is from
    lead = _leading_chain(heading, pos, gazetteer, scope)
    if lead and not people.match(heading, lead[-1].end):
        return _with_siblings(heading, lead, gazetteer, scope)
    honour = load_cues().regex("places", "honour")
    quoted = [m.span() for m in _QUOTED_NAME.finditer(heading)]
    outside = [
        m
        for m in find_regions(heading, gazetteer, scope)
        if not any(s <= m.start < e for s, e in quoted)
        and not honour.search(heading, max(0, m.start - _HONOUR_REACH), m.start)
        and not opens_platform(heading, m.end, m.start)
        and not (m.start > pos and opens_organisation(heading, m.end))  # 联合云南师范大学…
        and not people.match(heading, m.end)
    ]
    chains = _chains(outside, gazetteer, heading)
    chains = [c for c in chains if not in_passing(heading[pos : c[0].start])]  # 与广东省佛山市…签订
    arrival = load_cues().regex("segment", "place-arrival")  # …回到老家江西于都县
    if back := next((c for c in chains if arrival.search(heading[: c[0].start])), None):
        return _assign(back, "heading: the place someone of the story comes back to")
    if len(chains) > 1 and sets_scene(heading, chains[0], chains[1], gazetteer):
        return _assign(chains[1], "heading: the place inside the scene its first place sets")
    if chains:
        return _assign(chains[0], "heading")
    return None


def sets_scene(
    text: str, place: list[RegionMention], following: list[RegionMention], gazetteer: Gazetteer
) -> bool:
    """Whether a place only sets the scene for a place inside it named right after the comma
    or as its own (在唐山，曹妃甸区推行…; 在云南，瑞丽市把…; 同在广西的东兴市，…)."""
    between = text[place[-1].end : following[0].start]
    inner, outer = following[-1].region, place[-1].region
    return between in (",", "，", "的") and inner != outer and gazetteer.is_within(inner, outer)


def _leading_chain(
    text: str, pos: int, gazetteer: Gazetteer, scope: Region | None
) -> list[RegionMention]:
    """Nested place names at ``pos``; a bare short form counts only as a "Place:" prefix, or
    as a zone the scope makes clear (高新区推行… in a 成都 document)."""
    chain = gazetteer.parse_chain(text, pos, scope)
    if not chain:
        chain = gazetteer.parse_chain(text, pos, scope, allow_chained_first=True)
        zone = (
            bool(chain)
            and scope is not None
            and _is_zone_form(chain[0][2], chain[0][3])
            and gazetteer.is_within(chain[0][3], scope)  # not 广州's 开发区 in a 九江 text
        )
        if not chain or not (zone or text.startswith((":", ":"), chain[-1][1])):
            return []
    if opens_organisation(text, chain[-1][1]) or opens_platform(text, chain[-1][1], chain[0][0]):
        return []
    _, end, surface, region = chain[-1]
    if surface != region.name and _opens_a_towns_name(text, end):
        return []
    return [RegionMention(s, e, surface, r) for s, e, surface, r in chain]


def _opens_a_towns_name(text: str, end: int) -> bool:
    """Whether a short form ending at ``end`` opens a town's or street's name (金华园街道):
    part of that name, not the place."""
    return load_cues().regex("places", "short-form-town").match(text, end) is not None


def _scene_set(
    text: str, pos: int, gazetteer: Gazetteer, scope: Region | None
) -> list[RegionMention]:
    """The place a body opens by setting its scene (在广州市南沙区，香港投资者…), or the one inside
    the scene named right after it (在云南，瑞丽市把…); not where someone is quoted
    (在无锡市新吴区，一家企业负责人…说。)."""
    said = load_cues().terms("speech", "said")
    if not text.startswith("在", pos) or text[pos : text.find("。", pos)].endswith(said):
        return []
    chain = _leading_chain(text, pos + 1, gazetteer, scope)
    if not chain or not text.startswith((",", "，"), chain[-1].end):
        return []
    inner = _leading_chain(text, chain[-1].end + 1, gazetteer, scope)
    return inner if inner and sets_scene(text, chain, inner, gazetteer) else chain


def _with_siblings(
    text: str, chain: list[RegionMention], gazetteer: Gazetteer, scope: Region | None
) -> RegionAssignment:
    """A heading that opens with a list of places (黑龙江省哈尔滨市、齐齐哈尔市推行…) is given
    the first of them, as a notice's credit in brackets is ((杭州市、温州市)): the place named
    first for a practice tried in several; the evidence names them all."""
    end = chain[-1].end
    while text[end : end + 1] in LIST_MARKS and end < len(text):
        following = _leading_chain(text, end + 1, gazetteer, scope)
        if not following:
            break
        end = following[-1].end
    if end == chain[-1].end:
        return _assign(chain, "heading")
    surface = text[chain[0].start : end]
    basis = f"heading names {surface}: the first of the places it lists"
    return RegionAssignment(chain[-1].region, chain[0].start, end, surface, False, basis)


CLOSING_CREDIT = re.compile(r"\(([^()]{2,30})\)\s*$")
"""A bracket closing a heading: where a notice credits the place or the body that did or sent
in the item (（深圳市）, （三亚市交通运输局）, （吉林省市场监督管理厅）)."""


def _reporting_province(
    found: RegionAssignment,
    text: str,
    heading_end: int,
    gazetteer: Gazetteer,
    scope: Region | None,
) -> RegionAssignment | None:
    """A heading whose place is the province's body that reported the item, in brackets at
    its end (推行“免查清单”监管（吉林省市场监督管理厅）), over a text that opens with a place
    inside the province (延边朝鲜族自治州市场监督管理局对…): that place acts; a city's or a
    county's credit names the actor itself."""
    province = found.region
    credit = CLOSING_CREDIT.search(text, 0, heading_end)
    if province is None or province.level != "province" or credit is None:
        return None
    if not credit.start() < (found.start or 0) < credit.end():
        return None
    body_start = _past_speaker(text, heading_end, _body_start(text, heading_end))
    lead = _leading_chain(text, body_start, gazetteer, scope)
    inside = lead and lead[-1].region != province
    if not inside or not gazetteer.is_within(lead[-1].region, province):
        return None
    return _assign(lead, "body: the case text opens with a place of the crediting province")


def _narrower_actor(
    found: RegionAssignment,
    text: str,
    heading_end: int,
    gazetteer: Gazetteer,
    scope: Region | None,
) -> RegionAssignment | None:
    """A heading that names a city or a province (西安：…, 甘肃的做法以天水市最具代表性) over a
    case told of one place inside it (在西安市雁塔区…雁塔区…): that place acts, when the heading
    or the body's lead names it and the case names it (and the places inside it) more often
    than the heading's place itself, or the lead names it as the site of a pilot (海南省在
    海口江东新区试行…). A district named once in a city's case is an example of the city's
    work, not the actor."""
    city = found.region
    if city is None or city.level not in ("province", "city"):
        return None
    if any(mark in (found.surface or "") for mark in LIST_MARKS):
        return None  # 牡丹江市、绥芬河市、东宁市推行…: the first of a list, not one inside it
    ends = [
        m
        for m in _chain_ends(acting_places(text, gazetteer, scope), gazetteer)
        if gazetteer.is_within(m.region, city)
    ]
    below = [m for m in ends if m.region != city]
    if not below:
        return None
    place = _narrowest(below, gazetteer)
    inside = [m for m in below if gazetteer.is_within(m.region, place)]
    lead_end = _lead_end(text, heading_end)
    named = [m for m in inside if (found.end or 0) <= m.start < lead_end]
    if place == city or not named:
        return None
    pilot = load_cues().regex("places", "pilot-site").match(text, named[0].end)
    if len(inside) <= len(ends) - len(below) and not pilot:
        return None
    if _speaks_for_scope(text[(found.end or 0) : named[0].start], city):
        return None  # 全省推行…, 在杭州市…: the whole province's work, the city an example
    clue = named[0]
    basis = f"heading names {found.surface}; the case acts through {clue.surface} inside it"
    return RegionAssignment(place, clue.start, clue.end, clue.surface, False, basis)


def _written_out(
    found: RegionAssignment,
    text: str,
    heading_end: int,
    gazetteer: Gazetteer,
    scope: Region | None,
) -> RegionAssignment | None:
    """A heading's short form (广州南沙：…) that the lead writes out as another region's name
    (广州南沙新区政务服务中心…): the heading meant that region (the new area, not the
    district that shares its short name)."""
    region, surface = found.region, found.surface
    if region is None or region.level != "county" or region.name.endswith(surface):
        return None
    lead_end = _lead_end(text, heading_end)
    for m in find_regions(text[:lead_end], gazetteer, scope):
        if m.start >= heading_end and m.surface.startswith(surface) and m.region != region:
            basis = f"heading names {surface}; the lead writes it out as {m.surface}"
            return RegionAssignment(m.region, m.start, m.end, m.surface, False, basis)
    return None


def _customs_port(
    found: RegionAssignment,
    text: str,
    heading_end: int,
    gazetteer: Gazetteer,
    scope: Region | None,
) -> RegionAssignment | None:
    """A heading led by a customs district, named after the city it sits in (南京海关：…),
    over a case done at one of its ports: the place of the office or port the narrator names
    (所属张家港海关, 在张家港港, 霍尔果斯口岸) acts, the district's city is only its name."""
    cues = load_cues()
    if found.end is None or not cues.regex("places", "customs-office").match(text, found.end):
        return None
    if found.region is not None and found.region.level == "county":
        return None  # 北仑海关: an office named after its port is where the case is done
    port = cues.regex("places", "port-of-place")
    spans = speech_spans(text)
    pos = heading_end
    while (pos := gazetteer.next_start(text, pos)) < len(text):
        hit = gazetteer.longest_at(text, pos)
        end = pos + len(hit[0]) if hit else pos + 1
        region = gazetteer.pick(hit[1], scope, allow_chained=True) if hit else None
        if (
            region is not None
            and region != found.region
            and port.match(text, end)
            and not opens_organisation(text, end)
            and not any(s <= pos < e for s, e in spans)
        ):
            basis = (
                f"heading names the customs district {found.surface}; the case is done at {hit[0]}"
            )
            return RegionAssignment(region, pos, end, hit[0], False, basis)
        pos = end
    return None


def _lead_end(text: str, heading_end: int) -> int:
    """Where the body's first sentence ends: the lead that names who acts."""
    start = _body_start(text, heading_end)
    stop = min((i for i in (text.find(c, start) for c in "。!?;\n") if i >= 0), default=-1)
    return stop if stop >= 0 else len(text)


def _is_zone_form(surface: str, region: Region) -> bool:
    """A zone's short form ends in 区 (高新区, 经开区, 新区): a place name, never an everyday
    word as a county's short form may be (平安, 城关)."""
    return region.level == "zone" and surface.endswith("区")


def _assign(chain: list[RegionMention], basis: str) -> RegionAssignment:
    first, last = chain[0], chain[-1]
    surface = "".join(m.surface for m in chain)
    return RegionAssignment(last.region, first.start, last.end, surface, False, basis)


def _clue_inference(
    text: str, heading_end: int, gazetteer: Gazetteer, scope: Region | None
) -> RegionAssignment | None:
    """Infer a place from the places a body names (an inference: the heading names none).

    The province most mentioned (it must be the scope's, when there is one) holds the case;
    inside it, the most specific place that every one of its mentions lies on the chain of
    (山西省 · 太原市 · 晋源区 → 晋源区), else the smallest region holding them all.
    """
    body = text[heading_end:]
    mentions = _not_tools(_narrated(acting_places(body, gazetteer, scope), body), body)
    mentions = _without_settings(mentions, body) or mentions
    if scope is not None:
        mentions = [m for m in mentions if not in_passing(body[: m.start])]
    if mentions and _speaks_for_scope(body[: mentions[0].start], scope):
        return None
    if mentions and scope is not None and _writer_acts(body, mentions[0].start):
        return None
    found = infer_place(mentions, gazetteer, scope, heading_end)
    if _holds_scope(found, scope, gazetteer):
        return None  # a county's case naming only its city or province: the county's work
    return _at_anonymised_level(found, text, gazetteer)


def _holds_scope(
    found: RegionAssignment | None, scope: Region | None, gazetteer: Gazetteer
) -> bool:
    """Whether an inference points to a place wider than the document's own (its city, its
    province): no narrower clue than the scope itself."""
    if found is None or found.region is None or scope is None or found.region == scope:
        return False
    return gazetteer.is_within(scope, found.region)


def _without_settings(mentions: list[RegionMention], text: str) -> list[RegionMention]:
    """The mentions less where an anecdote's firm is (大洼区一家网店…), with the places written
    before it in its chain (江苏|张家港市一家…)."""
    dropped: set[int] = set()
    for k in reversed(range(len(mentions))):
        chained = k + 1 in dropped and mentions[k].end == mentions[k + 1].start
        if chained or _only_someones_home(text, mentions[k]):
            dropped.add(k)
    return [m for k, m in enumerate(mentions) if k not in dropped]


def _only_someones_home(text: str, mention: RegionMention) -> bool:
    """Whether a place names where one firm or person of an anecdote is (大洼区一家经营河蟹的
    网店…, 一位市民), and nowhere else: the story's setting, not who did the work (滦平县一家
    合作社负责人… then 滦平县行政审批局… is the county's case)."""
    someone = load_cues().regex("speech", "someone").match(text, mention.end)
    return bool(someone) and text.count(mention.surface) == 1


def in_passing(before: str) -> bool:
    """Whether the words of the clause before a place name it in passing: a place others
    learn from or spread to (这一做法已在…, 总结推广邹平市经验), not where the case is done."""
    clause = before[max(before.rfind(mark) for mark in ",;。") + 1 :]
    return bool(load_cues().regex("segment", "place-in-passing").search(clause))


def _not_tools(mentions: list[RegionMention], text: str) -> list[RegionMention]:
    """The places that do not merely run a platform the case relies on (依托“青海省…平台”),
    when there are any: such a place is a clue only when the text names no other."""
    acting = [m for m in mentions if not opens_platform(text, m.end, m.start)]
    return acting or mentions


def _narrated(mentions: list[RegionMention], text: str) -> list[RegionMention]:
    """The places the narrator names, when there are any: places inside quoted speech, or in
    the sentence that says which firm's person spoke (在平罗县…，一家化工企业负责人说。), belong
    to the speaker's anecdote (“以前看大病总往北京跑”), not to where the case is done."""
    spans = speech_spans(text) + _speaker_sentences(text)
    told = [m for m in mentions if not any(s <= m.start < e for s, e in spans)]
    return told or mentions


def _speaker_sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences that end by saying that someone of a firm or of the public
    spoke (…一家化工企业负责人说。), not an official of the body that acted (…检察长刘芳说。)."""
    said = tuple(load_cues().terms("speech", "said"))
    someone = load_cues().regex("speech", "someone")
    spans, start = [], 0
    for stop in _SENTENCE_STOP.finditer(text):
        sentence = text[start : stop.start()].rstrip()
        if sentence.endswith(said) and someone.search(sentence):
            spans.append((start, stop.end()))
        start = stop.end()
    return spans


_SENTENCE_STOP = re.compile(rf"[{SENTENCE_STOPS}\n]")


def _speaks_for_scope(before: str, scope: Region | None) -> bool:
    """Whether a case speaks of its whole scope (全市…) before it names a place inside it:
    then that place is an example of the scope's work (赤壁市 in a 咸宁市 report)."""
    if scope is None or scope.level not in ("province", "city"):
        return False
    return bool(load_cues().regex("places", f"whole-{scope.level}").search(before))


def _writer_acts(text: str, end: int) -> bool:
    """Whether a report's writer speaks for itself (我局与东营市…签订), outside quoted speech,
    before ``end``, where the case first names a place: the places are its partners and the
    case the writer's, of the document's own place."""
    quoted = speech_spans(text)
    return any(
        not any(s <= m.start() < e for s, e in quoted)
        for m in load_cues().regex("places", "writer-acts").finditer(text, 0, end)
    )


def document_place(text: str, gazetteer: Gazetteer) -> RegionAssignment | None:
    """Where a whole document's cases happen, for the cases that name no place themselves.

    Only when every place the document names (outside organisations' names) lies in one
    province, a name two provinces share read as that province's (宝山区 beside 上海市) — or
    the document hides its own place (×市) and the clues point to one — and
    lifted to the level of the hidden place: a county named in an anonymised city's report
    points to that city.
    """
    mentions = acting_places(text, gazetteer, None)
    provinces = {gazetteer.province_of(m.region.code) for m in mentions}
    if len(provinces) != 1 and not ANON_RE.search(text):
        return None
    if len(provinces) == 1 and (province := provinces.pop()) is not None:
        mentions = acting_places(text, gazetteer, province)  # 宝山区 of 上海, not of 双鸭山
    found = infer_place(mentions, gazetteer, None)
    if found is None:
        return None
    found = _at_anonymised_level(found, text, gazetteer)
    return replace(found, basis="document-wide " + found.basis) if found else None


def acting_places(text: str, gazetteer: Gazetteer, scope: Region | None) -> list[RegionMention]:
    """Places named in ``text``, without those that open an organisation's name
    (北京林业大学, 广东万和新电气股份有限公司 say nothing about where the work is done)."""
    return [m for chain in place_chains(text, gazetteer, scope) for m in chain]


def place_chains(
    text: str, gazetteer: Gazetteer, scope: Region | None, utilities: bool = False
) -> list[list[RegionMention]]:
    """Written chains of nested places (浙江省杭州市拱墅区), organisations' names left out;
    with ``utilities``, those of a place's own utility kept (衡阳市供电公司推行…: the utility
    serves the place, which leads the story as with a body of its government)."""
    chains = _chains(find_regions(text, gazetteer, scope), gazetteer, text)
    utility = load_cues().regex("places", "utility-after-place")
    return [
        chain
        for chain in chains
        if not opens_organisation(text, chain[-1].end)
        or (utilities and utility.match(text, chain[-1].end))
    ]


def opens_organisation(text: str, end: int) -> bool:
    """Whether the place name ending at ``end`` is the start of a firm's, school's or
    hospital's name."""
    return bool(load_cues().regex("places", "org-after-place").match(text, end))


def opens_platform(text: str, end: int, start: int | None = None) -> bool:
    """Whether the place name ending at ``end`` opens a government platform's name (依托浙江
    政务服务网): a clue to the province, not where a county's case is done. With the place's
    ``start``, also a …平台 / …系统 / …网 named after the place that runs it, where the name is
    quoted whole (“青海省涉企行政检查平台”) or a relying verb brings it in (依托甘肃省…平台)."""
    cues = load_cues()
    if cues.regex("places", "platform-after-place").match(text, end):
        return True
    if not start:
        return False
    name = cues.regex("places", "platform-name")
    if text[start - 1] in _OPEN_QUOTES:
        close = _CLOSE_QUOTE.search(text, end)
        return bool(close and name.fullmatch(text, end, close.start()))
    relied_on = text[:start].endswith(cues.terms("places", "platform-use"))
    return relied_on and any(_ends_name(text, m.end()) for m in _prefixes(name, text, end))


def _prefixes(pattern: re.Pattern[str], text: str, pos: int) -> list[re.Match[str]]:
    """Every match of ``pattern`` at ``pos`` that stops at a different length, shortest first."""
    found = []
    for stop in range(pos + 1, min(len(text), pos + _PLATFORM_REACH) + 1):
        match = pattern.fullmatch(text, pos, stop)
        if match:
            found.append(match)
    return found


def _ends_name(text: str, end: int) -> bool:
    """Whether a name may end at ``end``: a non-Chinese character or a word that follows one
    (…平台实现…, …平台，)."""
    if end >= len(text) or not "\u4e00" <= text[end] <= "\u9fff":
        return True
    return text.startswith(load_cues().terms("places", "platform-follow"), end)


def hidden_place(text: str) -> str | None:
    """The name a text most often hides a place behind (×市), if it hides one."""
    hidden = Counter(m.group() for m in ANON_RE.finditer(text)).most_common(1)
    return hidden[0][0] if hidden else None


def _at_anonymised_level(
    found: RegionAssignment | None, text: str, gazetteer: Gazetteer
) -> RegionAssignment | None:
    """Lift an inference to the level of the place the text hides most often (×市 → the
    clue's city: a county named in a hidden city's report lies in that city)."""
    name = hidden_place(text)
    if found is None or found.region is None or name is None:
        return found
    cues = load_cues()
    level = next((lv for lv in _LEVELS if name[-1] in cues.terms("places", f"hides-{lv}")), None)
    chain = gazetteer.chain(found.region.code)
    lifted = next((r for r in chain if r.level == level), None)
    if lifted is None or lifted == found.region:
        return found
    basis = f"{found.basis}; the text hides its own place ({name}), so {lifted.name}"
    return replace(found, region=lifted, basis=basis)


def infer_place(
    mentions: list[RegionMention], gazetteer: Gazetteer, scope: Region | None, offset: int = 0
) -> RegionAssignment | None:
    """The region a set of place mentions points to, as an inference with its clue.

    ``offset`` is added to the mentions' offsets in the assignment.
    """
    by_province: dict[Region, list[RegionMention]] = {}
    for m in mentions:
        province = gazetteer.province_of(m.region.code)
        if province is not None:
            by_province.setdefault(province, []).append(m)
    if not by_province:
        return None
    ranked = sorted(by_province.items(), key=lambda kv: (-len(kv[1]), kv[1][0].start))
    if len(ranked) > 1 and len(ranked[0][1]) == len(ranked[1][1]):
        return None  # two provinces named as often: no way to tell which one acts
    province, inside = ranked[0]
    if scope is not None and gazetteer.province_of(scope.code) != province:
        return None
    target = _narrowest(inside, gazetteer)
    clue = next((m for m in inside if m.region == target), None) or next(
        (m for m in inside if m.region.level != "province"), inside[0]
    )
    named = "、".join(dict.fromkeys(m.surface for m in inside))
    return RegionAssignment(
        target,
        offset + clue.start,
        offset + clue.end,
        clue.surface,
        inferred=True,
        basis=f"inferred: the text names {named}, in {province.name}; "
        f"{clue.surface} points to {target.name}",
    )


def _chain_ends(mentions: list[RegionMention], gazetteer: Gazetteer) -> list[RegionMention]:
    """One mention per written chain (浙江省杭州市拱墅区 names 拱墅区 once, not three places)."""
    return [chain[-1] for chain in _chains(mentions, gazetteer)]


def _narrowest(mentions: list[RegionMention], gazetteer: Gazetteer) -> Region:
    """The most specific place that holds most of the mentions, walking down from the province.

    At each level the walk goes down to the place named most (alone at the top), if it holds
    at least half of the mentions there: 山西省 · 太原市 · 晋源区 ×3 → 晋源区; 佛山 ×9 with
    南海区 once → 佛山市; 广州 once and 深圳 once → the province. The province named beside its
    cities does not hold the walk back.
    """
    chains = [gazetteer.chain(m.region.code)[::-1] for m in _chain_ends(mentions, gazetteer)]
    node, depth = chains[0][0], 1
    while True:
        here = [c for c in chains if len(c) >= depth and c[depth - 1] == node]
        below = [c for c in here if len(c) > depth]
        counts = Counter(c[depth] for c in below).most_common(2)
        if not counts:
            return node
        (child, count), rest = counts[0], counts[1:]
        weight = len(below) if depth == 1 else len(here)
        if (rest and rest[0][1] == count) or count * 2 < weight:
            return node
        node, depth = child, depth + 1


def _after_dateline(
    text: str, at: int, heading_end: int, gazetteer: Gazetteer, scope: Region | None
) -> RegionAssignment:
    """A dispatch (本报赣州5月6日电（记者 …）市不动产登记中心…): the place its words name, else
    the city it was filed from, which the dispatch's 市… means."""
    found = measure_region(text[at:], heading_end - at, gazetteer, scope)
    if found.region is not None and not found.inferred:
        return _shifted(found, at)
    filed = place_chains(text[:at], gazetteer, scope)
    if not filed:
        return found
    place = filed[0][-1]
    basis = "the dispatch's dateline: where it was filed from"
    return RegionAssignment(place.region, place.start, place.end, place.surface, True, basis)


_ROW_NUMBER = re.compile(r"^\|?[ ]*\d{1,3}[ ]*([\t|,;])")
"""A table row's number cell and the mark that parts its cells (a tab, which the view writes ;, a
pipe or a comma)."""


def _row_place(
    text: str, heading_end: int, gazetteer: Gazetteer, scope: Region | None
) -> RegionAssignment | None:
    """A table row's place: the narrowest of its place cells (省份 云南省, 地市 昆明市; empty
    cells and the practice's name among them; the first of a cell that lists several; the
    place in brackets after a city: 广州市（南沙区）), or a place inside it that opens the
    row's description (崇左市 over 凭祥市在友谊关口岸推行…). A cell that is no place (区本级)
    ends them, as the description does; before any place, the row's place column is further
    on (序号 改革事项 主要做法 试点城市)."""
    number = _ROW_NUMBER.match(text)
    if number is None:
        return None
    line_end = text.find("\n") % (len(text) + 1)
    place: list[RegionMention] = []
    at = number.end()
    for cell in text[at:line_end].split(number.group(1)):
        start, words = at + len(cell) - len(cell.lstrip(' "')), cell.strip(' "')
        at += len(cell) + 1
        if not words or start + len(words) == heading_end:
            continue  # an empty cell, the practice's name
        chain = _leading_chain(text, start, gazetteer, scope)
        inside = bool(chain) and (
            not place or gazetteer.is_within(chain[-1].region, place[-1].region)
        )
        if inside:
            place = _bracketed_part(text, chain, gazetteer)
        listed = inside and text[place[-1].end : place[-1].end + 1] in LIST_MARKS  # 合肥市、芜湖市
        if place and (not inside or (place[-1].end < start + len(words) and not listed)):
            break
    return _assign(place, "table row: its place cells") if place else None


def _bracketed_part(
    text: str, chain: list[RegionMention], gazetteer: Gazetteer
) -> list[RegionMention]:
    """A place chain with the part of it named in brackets right after it (广州市（南沙区）)."""
    end = chain[-1].end
    if not text.startswith("(", end):
        return chain
    part = _leading_chain(text, end + 1, gazetteer, chain[-1].region)
    within = bool(part) and gazetteer.is_within(part[-1].region, chain[-1].region)
    return [*chain, *part] if within and text.startswith(")", part[-1].end) else chain


def _after_label(
    text: str, at: int, heading_end: int, gazetteer: Gazetteer, scope: Region | None
) -> RegionAssignment:
    """An item headed by a label (a highlight's 亮点（获得信贷）：, or the body that reported a
    bulletin item, 四川省发展改革委报送：绵阳市推行…): the place its words name, else the
    reporting body's, which its 我委…/我市… means."""
    found = measure_region(text[at:], heading_end - at, gazetteer, scope)
    if found.region is not None and not found.inferred:
        return _shifted(found, at)
    return _heading_place(text[:at], gazetteer, scope) or found


def _shifted(found: RegionAssignment, at: int) -> RegionAssignment:
    """A region found in the text from ``at`` on, its evidence indexed into the whole."""
    if found.start is None or found.end is None:
        return found
    return replace(found, start=found.start + at, end=found.end + at)


def _past_speaker(text: str, heading_end: int, pos: int) -> int:
    """Past the sentence naming who said the quotation a case opens with (“……。”某区一家企业
    负责人说。): the speaker's place is not where the work was done."""
    end = text.find("。", pos)
    said = load_cues().terms("speech", "said")
    if not speech_spans(text[:heading_end]) or not 0 < end - pos <= _SPEAKER_SENTENCE:
        return pos
    return _body_start(text, end) if text[pos:end].endswith(said) else pos


def _body_start(text: str, pos: int) -> int:
    """Past the space, or the full stop of a one-sentence heading, that ends a heading, and
    past the label of the body's first facet (【基本情况】绵阳市涪城区是…)."""
    while pos < len(text) and (text[pos].isspace() or text[pos] in "。:"):
        pos += 1
    cues = load_cues()
    tag = cues.regex("segment", "heading-tag").match(text[pos:])
    if tag and cues.regex("segment", "facet-section").match(tag.group()[1:-1]):
        return _body_start(text, pos + tag.end())
    return pos
