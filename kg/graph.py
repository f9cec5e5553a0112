"""Build the RDF graph: deterministic IRIs, the ontology's terms, evidence for every link.

IRIs are derived from content (a document's SHA-256, a measure's ordinal, an agency's name,
a region's admin code), never from counters, so adding a document renames nothing else and
two builds of the same inputs give the same graph. There are no blank nodes.

Example (``facts``: one seed's extracted facts, as kg/extract/facts.py makes them):
    >>> from kg.extract.facts import load_context
    >>> g = build_graph([facts], load_context().gazetteer)
    >>> len(list(g.subjects(RDF.type, PK.Measure)))
    10
    >>> facts.doc.sha256[:16]
    'fb732b3aa580c16c'
    >>> measure_iri(facts.measures[0].measure)  # the document's bytes and the case's ordinal
    'https://w3id.org/practice-kg/id/measure/fb732b3aa580c16c-001'

A document's triples are made of :class:`kg.export.Term` (terms already rendered for the
exports), not rdflib terms: making, hashing and rendering rdflib terms was most of the cost of
a document's part. :func:`build_triples` and :func:`build_graph` give rdflib terms, for code
that reads a graph.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyoxigraph
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS
from rdflib.plugins.stores.memory import Memory

from kg import __version__
from kg.corpus import Document, text_file
from kg.export import Term, TermSpace, TermTriple, iri_term, literal_term
from kg.extract.agencies import AgencyMention
from kg.extract.facts import DocumentFacts, MeasureFacts
from kg.extract.mechanisms import MechanismMention
from kg.extract.outcomes import OutcomeMention
from kg.extract.regions import RegionAssignment
from kg.extract.themes import ThemeAssignment
from kg.gazetteer import Gazetteer, Region
from kg.namespaces import PK, PKD, PKM, PKR, PREFIXES
from kg.segment import Measure

# --- IRIs -----------------------------------------------------------------------------------


def _digest(text: str, size: int = 12) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:size]


_PKD, _PKM, _PKR = str(PKD), str(PKM), str(PKR)


def document_iri(doc: Document) -> str:
    return document_iri_of(doc.sha256)


def document_iri_of(sha256: str) -> str:
    return f"{_PKD}document/{sha256[:16]}"


def measure_iri(measure: Measure) -> str:
    return f"{_PKD}measure/{measure.doc.sha256[:16]}-{measure.ordinal:03d}"


def region_iri(code: str) -> str:
    return f"{_PKR}{code}"


def agency_iri(name: str) -> str:
    return f"{_PKD}agency/{_digest(name)}"


def candidate_iri(label: str) -> str:
    return f"{_PKM}candidate/{_digest(label)}"


def outcome_iri(measure: Measure, start: int, end: int, index: int) -> str:
    return f"{_PKD}outcome/{measure.doc.sha256[:16]}-{start}-{end}-{index}"


def evidence_iri(measure: Measure, predicate: str, target: str, start: int) -> str:
    """One per mention: the measure, the link (IRIs) and where the mention starts."""
    name = predicate.split("#")[-1]
    local = f"{measure.doc.sha256[:16]}-{measure.ordinal:03d}-{name}-{start}-{_digest(target, 8)}"
    return f"{_PKD}evidence/{local}"


def build_iri_of(sha256s: Iterable[str]) -> URIRef:
    """A build is named by the documents it read."""
    return URIRef(f"{_PKD}build/{_digest(''.join(sorted(sha256s)), 16)}")


# --- the graph ------------------------------------------------------------------------------

Triple = tuple[URIRef, URIRef, URIRef | Literal]
Triples = dict[Triple, None]
"""An insertion-ordered set of triples."""
TermTriples = dict[TermTriple, None]
"""An insertion-ordered set of triples of :class:`kg.export.Term`."""
_pk, _rdf, _rdfs, _dcterms, _prov, _skos = map(TermSpace, (PK, RDF, RDFS, DCTERMS, PROV, SKOS))
_XSD = str(XSD)


@dataclass(frozen=True)
class _Evidence:
    """Where a link was found: a span of the original text, and how."""

    start: int
    end: int
    basis: str
    inferred: bool = False


@lru_cache(maxsize=1 << 16, typed=True)
def _small_literal(value: int | bool | str) -> Term:
    """One term per offset, flag or basis: every evidence node has four of them. Typed, so
    True and 1 stay apart."""
    return _literal(value)


def _literal(value: int | bool | str) -> Term:
    """A literal as rdflib's ``Literal(value)`` writes it."""
    if isinstance(value, bool):
        return literal_term("true" if value else "false", f"{_XSD}boolean")
    if isinstance(value, int):
        return literal_term(str(value), f"{_XSD}integer")
    return literal_term(value)


class _Builder:
    """Adds documents and measures to one set of triples, collecting the regions they touch."""

    def __init__(self, triples: TermTriples, gazetteer: Gazetteer, build: str) -> None:
        self.triples, self.gazetteer = triples, gazetteer
        self.regions: set[Region] = set()
        self.iris: dict[str, Term] = {}
        self.build = self.iri(build)

    def iri(self, value: str) -> Term:
        """The IRI's term, rendered once per document (measures' IRIs occur many times)."""
        term = self.iris.get(value)
        if term is None:
            term = self.iris[value] = iri_term(value)
        return term

    def add(self, s: Term, p: Term, o: Term) -> None:
        self.triples[(s, p, o)] = None

    def document(self, facts: DocumentFacts) -> None:
        doc, node = facts.doc, self.iri(document_iri(facts.doc))
        meta = doc.metadata
        self.add(node, _rdf.type, _pk.Document)
        self.add(node, _pk.fileName, literal_term(doc.name))
        self.add(node, _pk.sha256, literal_term(doc.sha256))
        self.add(node, _pk.textSha256, literal_term(doc.text_sha256))
        self.add(node, _pk.reader, literal_term(doc.reader))
        if doc.encoding:
            self.add(node, _pk.encoding, literal_term(doc.encoding))
        if (name := text_file(doc)) is not None:
            self.add(node, _pk.textFile, literal_term(name))
        script = "traditional" if doc.traditional else "simplified"
        self.add(node, _pk.script, literal_term(script))
        self.add(node, _dcterms.title, literal_term(meta.title or doc.path.stem))
        if meta.issued:
            datatype = "date" if len(meta.issued) == 10 else "gYear"
            self.add(node, _dcterms.issued, literal_term(meta.issued, f"{_XSD}{datatype}"))
        if facts.publisher:
            agency = self.agency(facts.publisher.name, facts.publisher.region)
            self.add(node, _dcterms.publisher, agency)
        if facts.scope and facts.scope.region:
            self.add(node, _pk.region, self.region(facts.scope.region))
        for start, end in doc.repeats:
            self.add(node, _pk.skippedRepeat, literal_term(f"{start}-{end}"))
        for measure in facts.measures:
            self.measure(measure, facts.scope)

    def measure(self, facts: MeasureFacts, scope: RegionAssignment | None) -> None:
        m, node = facts.measure, self.iri(measure_iri(facts.measure))
        self.add(node, _rdf.type, _pk.Measure)
        self.add(node, _rdfs.label, literal_term(m.heading))
        self.add(node, _pk.document, self.iri(document_iri(m.doc)))
        self.add(node, _pk.ordinal, _literal(m.ordinal))
        self.add(node, _pk.status, literal_term(m.status))
        self.add(node, _prov.wasGeneratedBy, self.build)
        if m.label:
            self.add(node, _pk.caseLabel, literal_term(m.label))
        if m.section:
            self.add(node, _pk.section, literal_term(m.section.stripped))
        self.span(node, m.doc, m.start, m.end)
        self.measure_region(m, facts.region, scope)
        for agency in facts.agencies:
            self.agency_link(m, agency)
        for mechanism in facts.mechanisms:
            self.mechanism_link(m, mechanism)
        for index, outcome in enumerate(facts.outcomes):
            self.outcome_link(m, outcome, index)
        if facts.theme:
            self.theme_link(m, facts.theme)

    # links -----------------------------------------------------------------------------

    def link(self, m: Measure, predicate: Term, target: Term, evidence: _Evidence) -> None:
        """The link itself and one evidence node for it (one per mention)."""
        measure = self.iri(measure_iri(m))
        self.add(measure, predicate, target)
        iri = evidence_iri(m, predicate.nt[1:-1], target.nt[1:-1], evidence.start)
        node = self.iri(iri)
        self.add(node, _rdf.type, _pk.Evidence)
        self.add(node, _rdf.subject, measure)
        self.add(node, _rdf.predicate, predicate)
        self.add(node, _rdf.object, target)
        self.add(node, _pk.document, self.iri(document_iri(m.doc)))
        self.add(node, _pk.basis, _small_literal(evidence.basis))
        self.add(node, _pk.inferred, _small_literal(evidence.inferred))
        self.span(node, m.doc, evidence.start, evidence.end)
        self.add(measure, _pk.evidence, node)

    def measure_region(
        self, m: Measure, found: RegionAssignment | None, scope: RegionAssignment | None
    ) -> None:
        """The most specific region; a scope-only region points at the scope's evidence."""
        if not found or not found.region:
            return
        if found.start is not None and found.end is not None:
            evidence = _Evidence(found.start, found.end, found.basis, found.inferred)
        elif scope and scope.start is not None and scope.end is not None:
            evidence = _Evidence(scope.start, scope.end, found.basis, inferred=True)
        else:
            evidence = _Evidence(m.start, m.heading_end, found.basis, inferred=True)
        self.link(m, _pk.region, self.region(found.region), evidence)

    def agency_link(self, m: Measure, mention: AgencyMention) -> None:
        target = self.agency(mention.name, mention.region)
        evidence = _Evidence(mention.start, mention.end, mention.basis, mention.inferred)
        self.link(m, _pk.agency, target, evidence)

    def mechanism_link(self, m: Measure, mention: MechanismMention) -> None:
        if mention.concept:
            target, basis = self.iri(mention.concept), "vocabulary"
        else:
            target, basis = self.candidate(mention.label), "candidate"
        self.link(m, _pk.mechanism, target, _Evidence(mention.start, mention.end, basis))

    def outcome_link(self, m: Measure, outcome: OutcomeMention, index: int) -> None:
        node = self.iri(outcome_iri(m, outcome.start, outcome.end, index))
        self.add(node, _rdf.type, _pk.Outcome)
        label = f"{outcome.metric} {_plain(outcome.value)}{outcome.unit}"
        self.add(node, _rdfs.label, literal_term(label))
        self.add(node, _pk.metric, literal_term(outcome.metric))
        self.add(node, _pk.value, decimal_literal(outcome.value))
        self.add(node, _pk.unit, literal_term(outcome.unit))
        if outcome.baseline is not None:
            self.add(node, _pk.baseline, decimal_literal(outcome.baseline))
        if outcome.qualifier:
            self.add(node, _pk.qualifier, literal_term(outcome.qualifier))
        self.add(node, _pk.document, self.iri(document_iri(m.doc)))
        self.span(node, m.doc, outcome.start, outcome.end)
        self.link(m, _pk.outcome, node, _Evidence(outcome.start, outcome.end, "text"))

    def theme_link(self, m: Measure, theme: ThemeAssignment) -> None:
        start = theme.start if theme.start is not None else m.start
        end = theme.end if theme.end is not None else m.heading_end
        inferred = theme.basis != "section"
        self.link(m, _pk.theme, self.iri(theme.iri), _Evidence(start, end, theme.basis, inferred))

    # nodes -----------------------------------------------------------------------------

    def span(self, node: Term, doc: Document, start: int, end: int) -> None:
        self.add(node, _pk.start, _small_literal(start))
        self.add(node, _pk.end, _small_literal(end))
        self.add(node, _pk.quote, literal_term(doc.text[start:end]))

    def agency(self, name: str, region: Region | None) -> Term:
        node = self.iri(agency_iri(name))
        self.add(node, _rdf.type, _pk.Agency)
        self.add(node, _rdfs.label, literal_term(name))
        if region:
            self.add(node, _pk.region, self.region(region))
        return node

    def candidate(self, label: str) -> Term:
        node = self.iri(candidate_iri(label))
        self.add(node, _rdf.type, _pk.Mechanism)
        self.add(node, _rdf.type, _skos.Concept)
        self.add(node, _skos.prefLabel, literal_term(label, language="zh"))
        self.add(node, _skos.inScheme, self.iri(f"{_PKM}candidates"))
        self.add(node, _pk.candidate, _literal(True))
        return node

    def region(self, region: Region) -> Term:
        self.regions.add(region)
        return self.iri(region_iri(region.code))

    def describe_regions(self) -> None:
        """Every region touched, with its chain of parents up to the province."""
        chain = {r for region in self.regions for r in self.gazetteer.chain(region.code)}
        for region in sorted(chain, key=lambda r: r.code):
            node = self.iri(region_iri(region.code))
            self.add(node, _rdf.type, _pk.Region)
            self.add(node, _rdfs.label, literal_term(region.name))
            self.add(node, _pk.adminCode, literal_term(region.code))
            self.add(node, _pk.level, literal_term(region.level))
            self.add(node, _pk.codeTable, _literal(self.gazetteer.table_year))
            if region.parent:
                self.add(node, _pk.partOf, self.iri(region_iri(region.parent)))


def build_triples(documents: list[DocumentFacts], gazetteer: Gazetteer) -> Triples:
    """The knowledge graph's triples as rdflib terms, in the order they were made, without an
    rdflib store (its Memory store costs ~30 µs per added triple; a Graph is made only where
    one is needed). A build does not use this: it keeps each document's triples as
    :class:`kg.export.Term` (kg/parts.py)."""
    build = build_iri_of(d.doc.sha256 for d in documents)
    triples = build_node_triples(build, [d.doc.sha256 for d in documents])
    for facts in documents:
        triples.update(dict.fromkeys(rdflib_triples(document_triples(facts, gazetteer, build))))
    return triples


def rdflib_triples(triples: Iterable[TermTriple]) -> Iterator[Triple]:
    """Triples of :class:`kg.export.Term` as rdflib terms, in their order."""
    return _ntriples("".join([f"{s.nt} {p.nt} {o.nt} .\n" for s, p, o in triples]))


def build_node_triples(build: URIRef, sha256s: Iterable[str]) -> Triples:
    """The build: its tool version and the documents it used."""
    triples: Triples = {
        (build, RDF.type, PK.Build): None,
        (build, PK.toolVersion, Literal(__version__)): None,
    }
    for sha256 in sha256s:
        triples[(build, PROV.used, URIRef(document_iri_of(sha256)))] = None
    return triples


def document_triples(facts: DocumentFacts, gazetteer: Gazetteer, build: str) -> TermTriples:
    """The triples one document contributes: its own nodes (see :func:`document_part`) and
    the agencies, candidate mechanisms and regions it names (which other documents may name
    too). ``build`` is the IRI its measures say generated them."""
    triples: TermTriples = {}
    builder = _Builder(triples, gazetteer, build)
    builder.document(facts)
    builder.describe_regions()
    return triples


DOCUMENT_PARTS = ("document", "evidence", "measure", "outcome")
"""Kinds of node that belong to one document: their IRIs start with the kind and the first
16 hex digits of the document's SHA-256, so each document's nodes of one kind sort together."""
_PARTS = tuple(f"{PKD}{kind}/" for kind in DOCUMENT_PARTS)


def document_part(subject: str) -> str | None:
    """The kind of a node that belongs to one document (``"measure"`` …), else None: agencies,
    regions, candidate mechanisms, the build and the vocabularies are shared."""
    if subject.startswith(_PARTS):
        return subject[len(PKD) :].split("/", 1)[0]
    return None


def graph_of(triples: Iterable[Triple]) -> Graph:
    """An rdflib graph holding ``triples`` (in their order) and the project's prefixes.

    The store is filled on first use: ``kg build`` without validation never reads the graph,
    and at 100× the seeds an rdflib Memory store of the build takes minutes and gigabytes.
    """
    store = _LazyMemory(triples)
    graph = Graph(store=store)
    store.owner = graph
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def graph_of_ntriples(source: Path | str) -> Graph:
    """The graph of an N-Triples file (read when first used) or text, filled on first use."""
    return graph_of(_ntriples(source))


def _ntriples(source: Path | str) -> Iterator[Triple]:
    data = source.read_bytes() if isinstance(source, Path) else source.encode("utf-8")
    iris: dict[str, URIRef] = {}  # each IRI made once: most occur many times
    datatypes: dict[str, URIRef | None] = {_XSD_STRING: None}

    def term(node: Any) -> URIRef | Literal:
        if type(node) is pyoxigraph.NamedNode:
            value = node.value
            iri = iris.get(value)
            if iri is None:
                iri = iris[value] = URIRef(value)
            return iri
        if node.language:
            return Literal(node.value, lang=node.language)
        datatype = node.datatype.value
        if datatype not in datatypes:
            datatypes[datatype] = URIRef(datatype)
        return Literal(node.value, datatype=datatypes[datatype])

    for triple in pyoxigraph.parse(data, pyoxigraph.RdfFormat.N_TRIPLES):
        yield term(triple.subject), term(triple.predicate), term(triple.object)  # type: ignore[misc]


_XSD_STRING = str(XSD.string)


class TripleIndex:
    """A read-only graph for the views: the lookups they make (``objects``, ``subjects``,
    ``subject_objects``, ``in``) on plain dicts, filled from N-Triples parsed by pyoxigraph.

    rdflib's Turtle/N-Triples parser and Memory store took most of ``kg render`` (~30 µs per
    triple); this holds the same rdflib terms in the file's order, so what is drawn is the same.
    """

    def __init__(self, triples: Iterable[Triple]) -> None:
        self._sp: dict[tuple[Any, Any], list[Any]] = {}
        self._po: dict[tuple[Any, Any], list[Any]] = {}
        self._p: dict[Any, list[tuple[Any, Any]]] = {}
        self._all: dict[Triple, None] = {}
        for s, p, o in triples:
            if (s, p, o) in self._all:
                continue
            self._all[(s, p, o)] = None
            self._sp.setdefault((s, p), []).append(o)
            self._po.setdefault((p, o), []).append(s)
            self._p.setdefault(p, []).append((s, o))

    def objects(self, subject: Any, predicate: Any) -> Iterator[Any]:
        return iter(self._sp.get((subject, predicate), ()))

    def subjects(self, predicate: Any, obj: Any) -> Iterator[Any]:
        return iter(self._po.get((predicate, obj), ()))

    def subject_objects(self, predicate: Any) -> Iterator[tuple[Any, Any]]:
        return iter(self._p.get(predicate, ()))

    def __contains__(self, triple: Triple) -> bool:
        return triple in self._all

    def __iter__(self) -> Iterator[Triple]:
        return iter(self._all)

    def __len__(self) -> int:
        return len(self._all)


def read_ntriples(path: Path) -> TripleIndex:
    """An N-Triples export as a :class:`TripleIndex`."""
    return TripleIndex(_ntriples(path))


class _LazyMemory(Memory):
    """rdflib's Memory store, holding pending triples until something reads or writes it."""

    def __init__(self, triples: Iterable[Triple]) -> None:
        super().__init__()
        self._pending: Iterable[Triple] | None = triples
        self.owner: Graph | None = None

    def _fill(self) -> None:
        if self._pending is not None:
            pending, self._pending = self._pending, None
            for triple in pending:
                Memory.add(self, triple, self.owner, quoted=False)

    def add(self, *args: Any, **kwargs: Any) -> None:
        self._fill()
        super().add(*args, **kwargs)

    def remove(self, *args: Any, **kwargs: Any) -> None:
        self._fill()
        super().remove(*args, **kwargs)

    def triples(self, *args: Any, **kwargs: Any) -> Any:
        self._fill()
        return super().triples(*args, **kwargs)

    def __len__(self, *args: Any, **kwargs: Any) -> int:
        self._fill()
        return super().__len__(*args, **kwargs)

    def contexts(self, *args: Any, **kwargs: Any) -> Any:
        self._fill()
        return super().contexts(*args, **kwargs)

    def add_graph(self, *args: Any, **kwargs: Any) -> None:
        self._fill()
        super().add_graph(*args, **kwargs)

    def remove_graph(self, *args: Any, **kwargs: Any) -> None:
        self._fill()
        super().remove_graph(*args, **kwargs)

    def query(self, *args: Any, **kwargs: Any) -> Any:
        self._fill()
        return super().query(*args, **kwargs)

    def update(self, *args: Any, **kwargs: Any) -> Any:
        self._fill()
        return super().update(*args, **kwargs)


def build_graph(documents: list[DocumentFacts], gazetteer: Gazetteer) -> Graph:
    """The knowledge graph of a set of documents and what was extracted from them."""
    return graph_of(build_triples(documents, gazetteer))


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")


def decimal_literal(value: Decimal) -> Term:
    """xsd:decimal in plain notation (no exponent), so 1E+1 is written 10."""
    return literal_term(_plain(value), f"{_XSD}decimal")
