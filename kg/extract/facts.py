"""The extract stage: what each measure says, as plain data with document offsets.

Each extractor module is a pure function over a measure's simplified half-width view text
and returns spans relative to it; :func:`extract_document` runs them all and shifts every
span to offsets in the document's original text. Nothing here knows about RDF.

Example (the national list: one case per province, in traditional characters):
    >>> from kg.corpus import read_document
    >>> from kg.segment import segment
    >>> doc = read_document(Path("seeds/002_7cf1f168e163e9dc.txt"))
    >>> facts = extract_document(doc, segment(doc), load_context())
    >>> first = facts.measures[0]
    >>> first.region.region.name, [a.name for a in first.agencies]
    ('上海市', ['上海市市场监管局'])
    >>> [(o.metric, o.value, o.unit) for o in first.outcomes]
    [('办件', Decimal('18.1'), '万件'), ('差评', Decimal('0'), '条')]
    >>> result = first.outcomes[0]
    >>> doc.text[result.start : result.end]  # offsets index the original text
    '累計辦件18.1萬件'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import TypeVar

from kg.corpus import Document, is_issuer_line
from kg.cues import Cues, load_cues
from kg.curation import Curation, check_curation, curated_vocabulary, load_curation
from kg.extract.agencies import (
    AgencyMention,
    acting,
    find_agencies,
    first_person,
    in_full,
    publisher_agency,
)
from kg.extract.mechanisms import MechanismMention, find_mechanisms
from kg.extract.outcomes import OutcomeMention, find_outcomes
from kg.extract.regions import (
    ANON_RE,
    NATIONAL_BODY,
    RegionAssignment,
    document_place,
    document_scope,
    hidden_place,
    measure_region,
    place_chains,
)
from kg.extract.themes import ThemeAssignment, classify_theme
from kg.gazetteer import Gazetteer, Region
from kg.segment import Measure
from kg.segment.interview import speaker_at
from kg.segment.numbered import field_section
from kg.vocab import MechanismVocabulary, ThemeVocabulary

_Span = TypeVar("_Span")


@dataclass(frozen=True)
class ExtractionContext:
    """The vocabularies, gazetteer and cue lists every extractor reads; loaded once per build."""

    gazetteer: Gazetteer
    mechanisms: MechanismVocabulary
    themes: ThemeVocabulary
    cues: Cues


def load_context(curation: Path | None = None) -> ExtractionContext:
    """The shipped vocabularies, gazetteer and cue lists, with the decisions of a curation
    file (kg/curation.py) applied to the mechanisms; loaded once per process and file version.
    """
    return _context(load_curation(curation) if curation is not None else Curation())


@cache
def _context(curation: Curation) -> ExtractionContext:
    mechanisms = MechanismVocabulary.load()
    if curation.decisions:
        check_curation(curation, mechanisms)
        mechanisms = curated_vocabulary(mechanisms, curation)
    return ExtractionContext(Gazetteer.load(), mechanisms, ThemeVocabulary.load(), load_cues())


@dataclass(frozen=True)
class MeasureFacts:
    """Everything extracted from one measure; all offsets index the original text."""

    measure: Measure
    region: RegionAssignment | None
    agencies: tuple[AgencyMention, ...]
    mechanisms: tuple[MechanismMention, ...]
    outcomes: tuple[OutcomeMention, ...]
    theme: ThemeAssignment | None


@dataclass(frozen=True)
class Publisher:
    """A document's issuing body, normalised, with its jurisdiction."""

    name: str
    region: Region | None


@dataclass(frozen=True)
class DocumentFacts:
    """A document, the region it speaks for, its publisher and its measures' facts."""

    doc: Document
    scope: RegionAssignment | None
    publisher: Publisher | None
    measures: tuple[MeasureFacts, ...]


def extract_document(
    doc: Document, measures: list[Measure], context: ExtractionContext
) -> DocumentFacts:
    """Run every extractor over every measure of a document."""
    scope = document_scope(doc.view, context.gazetteer, measures[0].start if measures else None)
    publisher = None
    if doc.metadata.publisher:
        publisher = Publisher(*publisher_agency(doc.metadata.publisher, context.gazetteer))
    hidden = hidden_place(doc.view)
    facts = tuple(extract_measure(m, scope, context, hidden) for m in measures)
    if scope is not None and scope.region is not None:
        facts = _placed_by_speaker(doc, facts, scope.region, context)
    if any(f.region is None or f.region.region is None for f in facts):
        facts = _placed_by_document(doc, facts, context)
    if measures:
        preamble = find_agencies(doc.view[: measures[0].start], None, context.gazetteer, hidden)
        facts = _by_the_author(doc, facts, preamble, context.gazetteer)
        facts = _named_in_full(facts, preamble, context)
    return DocumentFacts(doc, scope, publisher, facts)


def _named_in_full(
    facts: tuple[MeasureFacts, ...], preamble: list[AgencyMention], context: ExtractionContext
) -> tuple[MeasureFacts, ...]:
    """Bodies a case writes short (市营商局) named as the document names them in full, in its
    preamble or another case (沈阳市营商环境建设局)."""
    named = [*preamble, *(a for f in facts for a in f.agencies)]
    return tuple(replace(f, agencies=in_full(f.agencies, named, context.gazetteer)) for f in facts)


_SIGNATURE_LINES = 12
"""A report's signature stands among its last lines (before the date and a page's footer)."""


def _signer(doc: Document, preamble: list[AgencyMention]) -> AgencyMention | None:
    """The preamble's agency whose name signs the text: a body's name alone on one of its last
    lines."""
    tail = [ln.strip() for ln in doc.view.splitlines() if ln.strip()][-_SIGNATURE_LINES:]
    signed = {ln for ln in tail if is_issuer_line(ln)}
    return next((a for a in preamble if a.surface in signed or a.name in signed), None)


def _by_the_author(
    doc: Document,
    facts: tuple[MeasureFacts, ...],
    preamble: list[AgencyMention],
    gazetteer: Gazetteer,
) -> tuple[MeasureFacts, ...]:
    """In a report written in the first person (我局…, 我们…), its author does the work of every
    case: the body that signs it, as its preamble names it, else the first agency its preamble
    names (市市场监管局认真贯彻…; a site's masthead above, 六安市人民政府 政府信息公开, is not
    the author when the report is signed 六安市市场监督管理局), unless the text says only
    我们 and no body signs it (a leader's article: 我们在全省推行…). A bulletin item headed by the
    body that reported it (湖北省发展改革委报送：我委会同…) has that body as its author, and it
    does the work only where the item speaks in the first person."""
    said = first_person(doc.view)  # the whole text: an interview's labels may lie outside a case
    spoken = [
        [
            (s - f.measure.start, e - f.measure.start)
            for s, e in said
            if f.measure.start <= s < f.measure.end
        ]
        for f in facts
    ]
    reporters = [_reporter(f.measure, gazetteer) for f in facts]
    own = any(spans for spans, reporter in zip(spoken, reporters, strict=True) if not reporter)
    signer = _signer(doc, preamble) if own and preamble else None
    we = load_cues().regex("segment", "writer-first-person")
    bodily = any(not we.match(doc.view[s:e]) for s, e in said)
    author = signer or (preamble[0] if own and preamble and bodily else None)
    out = []
    for f, spans, reporter in zip(facts, spoken, reporters, strict=True):
        writer = reporter or author
        if (
            writer is None
            or (reporter and not spans)
            or any(a.name == writer.name for a in f.agencies)
        ):
            out.append(f)
            continue
        base = f.measure.start
        start, end = (
            (spans[0][0] + base, spans[0][1] + base) if spans else (writer.start, writer.end)
        )
        basis = (
            f"the body that reported the item, in the first person ({writer.surface})"
            if reporter
            else f"the author of a report in the first person ({writer.surface} in its preamble)"
        )
        mention = replace(
            writer, start=start, end=end, surface=doc.view[start:end], basis=basis, inferred=True
        )
        out.append(replace(f, agencies=(mention, *f.agencies)))
    return tuple(out)


def _reporter(measure: Measure, gazetteer: Gazetteer) -> AgencyMention | None:
    """The body that reported a bulletin item, named before 报送： at its start."""
    credit = load_cues().regex("segment", "report-credit").match(measure.view)
    if credit is None or not is_issuer_line(credit.group(1)):
        return None
    name, region = publisher_agency(credit.group(1), gazetteer)
    start, end = measure.start + credit.start(1), measure.start + credit.end(1)
    return AgencyMention(start, end, credit.group(1), name, region, "the body that reported it")


_INTRODUCED = 24
"""How far before a speaker's name the host's introduction names their place (芜湖市发展改革委
主任刘洋先生)."""


def _placed_by_speaker(
    doc: Document, facts: tuple[MeasureFacts, ...], scope: Region, context: ExtractionContext
) -> tuple[MeasureFacts, ...]:
    """An answer at a press conference that names no place of its own (我市…) was given for the
    speaker's place: the one the host's introduction names right before the speaker's name."""
    out = []
    for f in facts:
        found, name = f.region, speaker_at(doc.view, f.measure.start)
        at = doc.view.find(name) if name else -1
        if (
            found is None
            or found.region != scope
            or not found.inferred
            or not 0 <= at < f.measure.start
        ):
            out.append(f)
            continue
        lead = max(0, at - _INTRODUCED)
        chains = place_chains(doc.view[lead:at], context.gazetteer, scope)
        if not chains or chains[-1][-1].region == scope:
            out.append(f)
            continue
        place = chains[-1][-1]
        basis = f"the speaker's place, as the host introduced {name}"
        found = RegionAssignment(
            place.region, lead + place.start, lead + place.end, place.surface, True, basis
        )
        out.append(replace(f, region=found))
    return tuple(out)


def _placed_by_document(
    doc: Document, facts: tuple[MeasureFacts, ...], context: ExtractionContext
) -> tuple[MeasureFacts, ...]:
    """Cases that name no place of their own take the place the whole document points to
    (an anonymised city's report: every case, not only the one holding the clue)."""
    place = document_place(doc.view, context.gazetteer)
    if place is None or place.region is None:
        return facts
    hidden = ANON_RE.search(doc.view) is not None
    return tuple(
        _placed(f, place, hidden, context) if _unplaced(f, place, hidden) else f for f in facts
    )


def _placed(
    facts: MeasureFacts, place: RegionAssignment, hidden: bool, context: ExtractionContext
) -> MeasureFacts:
    """A case the whole document places: its bodies written short (县市场监督管理局, in a
    county's 简报 that names the county only in its head) are that place's. A document that
    hides its place has already named them after the hidden place (×市)."""
    if hidden:
        return replace(facts, region=place)
    measure = facts.measure
    found = find_agencies(measure.view, place.region, context.gazetteer)
    agencies = tuple(
        _shift(a, measure.start)
        for a in acting(measure.view, found, place.region, context.gazetteer)
    )
    return replace(facts, region=place, agencies=agencies)


def _unplaced(facts: MeasureFacts, place: RegionAssignment, hidden: bool) -> bool:
    """A case with no place, or (in a document that hides its own place) only a clue inside
    the place the whole document points to (环县 in ×市's report: the report's city)."""
    found = facts.region
    if found is not None and found.basis == NATIONAL_BODY:
        return False
    if found is None or found.region is None:
        return True
    inside = place.region is not None and load_context().gazetteer.is_within(
        found.region, place.region
    )
    return hidden and found.inferred and inside


def extract_measure(
    measure: Measure,
    scope: RegionAssignment | None,
    context: ExtractionContext,
    hidden: str | None = None,
) -> MeasureFacts:
    """Facts of one measure, shifted from measure-relative to document offsets."""
    text, base = measure.view, measure.start
    heading_end = measure.heading_end - base
    region = measure_region(text, heading_end, context.gazetteer, scope and scope.region)
    region = _placed_by_section(measure, region, scope, context) or region
    place = region.region if region else None
    section = measure.section
    named = section.stripped if section and not field_section(section.stripped) else None
    theme = classify_theme(named, text, context.themes)  # a field (…方面。) is broader than a theme
    if theme and theme.basis == "section" and section:
        theme = replace(theme, start=section.start - base, end=section.end - base)
    agencies = _across_wraps(
        measure, text, lambda read: find_agencies(read, place, context.gazetteer, hidden)
    )
    mechanisms = _across_wraps(
        measure, text, lambda read: find_mechanisms(read, context.mechanisms, context.cues)
    )
    outcomes = find_outcomes(text, prose=measure.prose, planned=measure.status == "planned")
    return MeasureFacts(
        measure=measure,
        region=_shift(region, base) if region and region.start is not None else region,
        agencies=tuple(_shift(a, base) for a in acting(text, agencies, place, context.gazetteer)),
        mechanisms=tuple(
            _shift(m, base)
            for m in _not_bodies(mechanisms, agencies)
            if m.concept or not context.mechanisms.is_rejected(m.label)
        ),
        outcomes=tuple(_shift(o, base) for o in outcomes),
        theme=_shift(theme, base) if theme and theme.start is not None else theme,
    )


def _placed_by_section(
    measure: Measure,
    region: RegionAssignment | None,
    scope: RegionAssignment | None,
    context: ExtractionContext,
) -> RegionAssignment | None:
    """A case that names no place of its own (none, or only the document's scope) under a
    section that opens with a place (无锡市： over 1、推行… 2、…; 二、南京市): the section's place,
    as a relative span before the case."""
    found = region.region if region else None
    unplaced = found is None or (
        region is not None and region.inferred and scope is not None and found == scope.region
    )
    if not unplaced or measure.section is None:
        return None
    section = measure.section
    if context.cues.regex("segment", "event-heading").search(section.stripped):
        return None  # …工作组来我县开展实地调研: an event above the case, no section of places
    chains = place_chains(section.stripped, context.gazetteer, scope and scope.region)
    if not chains or chains[0][0].start > _SECTION_PLACE_AT:
        return None
    place = chains[0][-1]
    at = section.at(place.start) - measure.start
    basis = f"the place its section names ({section.stripped})"
    return RegionAssignment(place.region, at, at + len(place.surface), place.surface, False, basis)


_SECTION_PLACE_AT = 3
"""How far into a section heading (past its label: 二、) the place that opens it may start."""


def _not_bodies(
    mechanisms: list[MechanismMention], agencies: list[AgencyMention]
) -> list[MechanismMention]:
    """A name the agencies read as a body doing the work (12345热线 answers calls) is that
    body, not a mechanism it uses."""
    return [
        m for m in mechanisms if not any(a.start <= m.start and m.end <= a.end for a in agencies)
    ]


_Found = TypeVar("_Found", AgencyMention, MechanismMention)


def _across_wraps(measure: Measure, text: str, find: Callable[[str], list[_Found]]) -> list[_Found]:
    """What ``find`` reads in a measure's text, a name that a hard wrap breaks over two lines
    (包头市政务 / 服务与数据管理局, “跨 / 省通办”: a PDF's text) read whole: read without the
    wraps' blanks, each span mapped back to the text as read, which keeps them."""
    gaps = [
        (max(a, measure.start) - measure.start, min(b, measure.end) - measure.start)
        for a, b in measure.wraps
        if a < measure.end and b > measure.start
    ]
    if not gaps:
        return find(text)
    wrapped = bytearray(len(text))
    for a, b in gaps:
        wrapped[a:b] = b"\x01" * (b - a)
    kept = [k for k, blank in enumerate(wrapped) if not blank]
    return [
        replace(
            found,
            start=kept[found.start],
            end=kept[found.end - 1] + 1,
            surface=text[kept[found.start] : kept[found.end - 1] + 1],
        )
        for found in find("".join(text[k] for k in kept))
    ]


def _shift(span: _Span, base: int) -> _Span:
    """The same mention with offsets moved from measure-relative to document-absolute."""
    return replace(span, start=span.start + base, end=span.end + base)  # type: ignore[attr-defined]
