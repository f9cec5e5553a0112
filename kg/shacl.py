"""The SHACL Core that ontology/shapes.ttl uses, compiled once and checked in Python over
N-Triples lines.

Why not a general engine: a build checks every triple it makes, and a general engine pays for
its generality per triple (pyrudof ~25–30 µs, pySHACL ~100 µs; 3.5× a jieba pass per MB for
pyrudof alone). The shapes use a small part of SHACL Core: class targets, property shapes
with a plain predicate path, and the components below. Compiled into closures over a
subject → predicate → objects index, checking is one pass over the triples (~1–2 µs each).
tests/test_validate.py checks that it reports what pySHACL reports (focus node, path, value and
constraint component) on graphs broken in every way the shapes can see. A shape that uses a
SHACL term this module does not implement stops the compilation with an error naming it, so
editing shapes.ttl can never silently check less.

Terms are kept in their N-Triples form (``<iri>``, ``"lexical"^^<datatype>``, ``"text"@zh``):
lines as the exports write them, one space between the terms, ``" ."`` at the end. Text
from elsewhere goes through :func:`canonical` first.

Example:
    >>> shapes = compile_shapes(Path("ontology/shapes.ttl"))
    >>> data = Data()
    >>> data.add('<https://example.org/m> <https://w3id.org/practice-kg/ontology#quote> "" .')
    >>> data.add("<https://example.org/m> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
    ...          "<https://w3id.org/practice-kg/ontology#Evidence> .")
    >>> results = check(shapes, data)
    >>> len(results), [(r.path, r.constraint) for r in results if r.value is not None]
    (9, [('pk:quote', 'sh:minLength 1')])
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

import pyoxigraph
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from kg.export import nt_term, ttl_term
from kg.namespaces import SH

TYPE = nt_term(RDF.type)
SUBCLASS = nt_term(RDFS.subClassOf)
_XSD = "http://www.w3.org/2001/XMLSchema#"
_STRING = f"<{_XSD}string>"
_LANG_STRING = nt_term(RDF.langString)
_DATE = re.compile(r"(-?[0-9]{4,})-([0-9]{2})-([0-9]{2})(?:Z|[+-][0-9]{2}:[0-9]{2})?\Z")
_LEXICAL: dict[str, Callable[[str], bool]] = {
    f"<{_XSD}integer>": re.compile(r"[+-]?[0-9]+\Z").match,
    f"<{_XSD}decimal>": re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)\Z").match,
    f"<{_XSD}boolean>": re.compile(r"(?:true|false|1|0)\Z").match,
    f"<{_XSD}gYear>": re.compile(r"-?[0-9]{4,}(?:Z|[+-][0-9]{2}:[0-9]{2})?\Z").match,
    f"<{_XSD}date>": lambda text: _date(text) is not None,
    _STRING: lambda text: True,
    _LANG_STRING: lambda text: True,
}
"""The datatypes sh:datatype may name, each with its test of a well-formed lexical form."""
_NOT_OF = "not a well-formed literal of this datatype"
_INTEGER = f'"^^<{_XSD}integer>'
_NUMBERS = (f"<{_XSD}integer>", f"<{_XSD}decimal>")
_ECHAR = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))")
_ECHARS = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
_IGNORED = {RDF.type, RDFS.comment, RDFS.label, SH.name, SH.description}
"""Shape predicates that only describe (SHACL's non-validating properties)."""


@dataclass(frozen=True)
class Result:
    """One failed constraint: focus node, path (prefixed) or None for a node shape, the value
    it failed on (None for counts), the constraint with its parameter, the message."""

    focus: str
    path: str | None
    value: str | None
    constraint: str
    message: str


Nodes = dict[str, dict[str, list[str]]]
"""Triples indexed subject → predicate → objects, every term in its N-Triples form."""


class Data:
    """N-Triples lines indexed subject → predicate → objects, and the rdf:type and
    rdfs:subClassOf lines of nodes described elsewhere (``context``)."""

    def __init__(self, context: Data | None = None) -> None:
        self.nodes: Nodes = {}
        self.subclasses: dict[str, set[str]] = {}
        """Class → the classes it is a direct rdfs:subClassOf."""
        self.context = context
        self.complete = True
        """Whether it holds every line of its subjects (False once :meth:`add` filtered)."""

    def add(self, text: str, only: frozenset[str] | None = None) -> None:
        """Index N-Triples lines (only those with a predicate in ``only``, when given); split
        at ``\\n`` alone, as literals may hold U+2028 and its kin."""
        nodes = self.nodes
        self.complete = self.complete and only is None
        for line in text.split("\n"):
            if not line:
                continue
            subject, predicate, rest = line.split(" ", 2)
            if only is not None and predicate not in only:
                continue
            nodes.setdefault(subject, {}).setdefault(predicate, []).append(rest[:-2])
            if predicate == SUBCLASS:
                self.subclasses.setdefault(subject, set()).add(rest[:-2])

    def add_nodes(self, nodes: Nodes) -> None:
        """Take triples already indexed subject → predicate → objects (N-Triples forms), of
        subjects not yet held."""
        self.nodes.update(nodes)
        for subject, predicates in nodes.items():
            if SUBCLASS in predicates:
                self.subclasses.setdefault(subject, set()).update(predicates[SUBCLASS])

    def objects(self, node: str, predicate: str) -> list[str]:
        predicates = self.nodes.get(node)
        return predicates.get(predicate, []) if predicates else []

    def types(self, node: str) -> list[str]:
        """The node's classes: from its own lines when this holds all of them, else those
        and the context's."""
        mine = self.objects(node, TYPE)
        if self.context is None or (self.complete and node in self.nodes):
            return mine
        return mine + self.context.types(node)

    def superclasses(self) -> Callable[[str], frozenset[str]]:
        """Each class with every class it is an rdfs:subClassOf, transitively."""
        direct: dict[str, set[str]] = {}
        data: Data | None = self
        while data is not None:
            for cls, parents in data.subclasses.items():
                direct.setdefault(cls, set()).update(parents)
            data = data.context
        closed: dict[str, frozenset[str]] = {}

        def up(cls: str) -> frozenset[str]:
            if cls not in closed:
                seen, todo = {cls}, [cls]
                while todo:
                    for parent in direct.get(todo.pop(), ()):
                        if parent not in seen:
                            seen.add(parent)
                            todo.append(parent)
                closed[cls] = frozenset(seen)
            return closed[cls]

        return up


class _Graph:
    """What constraints look at while one :func:`check` runs."""

    def __init__(self, data: Data) -> None:
        self.data = data
        self.up = data.superclasses()
        self._is_a: dict[tuple[str, str], bool] = {}
        """Answers so far: the same few nodes (a measure, its document) are checked often."""

    def is_a(self, node: str, cls: str) -> bool:
        known = self._is_a.get((node, cls))
        if known is None:
            known = False
            for t in self.data.types(node):
                if cls in self.up(t):
                    known = True
                    break
            self._is_a[node, cls] = known
        return known


Failure = tuple[str | None, str]
"""(value or None, message) of one failed constraint."""
Constraint = Callable[[_Graph, str, list[str]], list[Failure]]
"""(graph, focus node, value nodes) → failures (an empty list, nearly always)."""
_NONE: dict[str, list[str]] = {}
_EMPTY: list[str] = []


@dataclass(frozen=True)
class _Each:
    """A constraint every value must pass on its own."""

    ok: Callable[[_Graph, str], bool]
    message: str

    def __call__(self, g: _Graph, focus: str, values: list[str]) -> list[Failure]:
        return [(value, self.message) for value in values if not self.ok(g, value)]


@dataclass(frozen=True)
class _Count:
    """sh:minCount or sh:maxCount: how many values there may be."""

    least: int
    most: float

    def __call__(self, g: _Graph, focus: str, values: list[str]) -> list[Failure]:
        count = len(values)
        if count < self.least:
            return [(None, f"{count} value(s), at least {self.least} needed")]
        if count > self.most:
            return [(None, f"{count} values, at most {self.most} allowed")]
        return []


@dataclass(frozen=True)
class Shape:
    """A node shape (``path`` None) or property shape, compiled."""

    targets: tuple[str, ...]
    path: str | None
    """The predicate (N-Triples form); None for a node shape."""
    shown_path: str | None
    """The predicate as reports show it (prefixed)."""
    constraints: tuple[tuple[str, Constraint], ...]
    """(constraint as written, e.g. ``sh:minCount 1``, its check)."""
    properties: tuple[Shape, ...]
    message: str | None
    """sh:message: what its results say, before the constraint's own words."""
    least: int = 0
    most: float = float("inf")
    """The counts its sh:minCount and sh:maxCount allow."""
    tests: tuple[Callable[[_Graph, str], bool], ...] = ()
    """What each value must pass (its other constraints of that kind)."""
    others: tuple[Constraint, ...] = ()
    """Its constraints of neither kind."""

    def collect(
        self, graph: _Graph, focus: str, out: list[Result], own: dict[str, list[str]] | None = None
    ) -> None:
        """Append the results of ``focus`` (whose triples are ``own``, when given) to ``out``.
        Nearly every focus node passes, which :meth:`_passes` finds without making results."""
        if self.path is None:
            values = [focus]
        else:
            values = (graph.data.nodes.get(focus, _NONE) if own is None else own).get(
                self.path, _EMPTY
            )
        if self.constraints and not self._passes(graph, focus, values):
            for written, constraint in self.constraints:
                for value, default in constraint(graph, focus, values):
                    text = None if value is None else shown(value)
                    message = f"{self.message} ({default})" if self.message else default
                    out.append(Result(shown(focus), self.shown_path, text, written, message))
        for prop in self.properties:
            prop.collect(graph, focus, out, own)

    def _passes(self, graph: _Graph, focus: str, values: list[str]) -> bool:
        if not self.least <= len(values) <= self.most:
            return False
        for ok in self.tests:
            for value in values:
                if not ok(graph, value):
                    return False
        return not self.others or not any(c(graph, focus, values) for c in self.others)

    def conforms(self, graph: _Graph, focus: str) -> bool:
        out: list[Result] = []
        self.collect(graph, focus, out)
        return not out

    def describe(self) -> str:
        path = f"{self.shown_path} " if self.shown_path else ""
        inner = [w for w, _ in self.constraints] + [p.describe() for p in self.properties]
        return f"[{path}{' ; '.join(inner)}]"


def check(shapes: tuple[Shape, ...], data: Data) -> list[Result]:
    """Every result of the shapes' targets among the subjects of ``data``."""
    graph = _Graph(data)
    results: list[Result] = []
    by_types: dict[tuple[str, ...], list[Shape]] = {}
    for node, predicates in data.nodes.items():
        types = tuple(predicates.get(TYPE, ()))
        if not types:
            continue
        targeted = by_types.get(types)
        if targeted is None:
            classes = {c for t in types for c in graph.up(t)}
            targeted = by_types[types] = [s for s in shapes if classes.intersection(s.targets)]
        for shape in targeted:
            shape.collect(graph, node, results, predicates)
    return results


def canonical(text: str, fmt: pyoxigraph.RdfFormat = pyoxigraph.RdfFormat.N_TRIPLES) -> str:
    """RDF text from anywhere (N-Triples, Turtle, JSON-LD) as the N-Triples lines
    :class:`Data` reads."""
    triples = pyoxigraph.parse(text.encode("utf-8"), fmt)
    output = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES)
    return output.decode("utf-8") if output else ""


# --- compiling shapes.ttl -------------------------------------------------------------------


@cache
def compile_shapes(path: Path) -> tuple[Shape, ...]:
    """The node shapes of a shapes file that have targets, compiled."""
    graph = Graph().parse(path, format="turtle")
    shapes = [node for node in set(graph.subjects(SH.targetClass, None))]
    return tuple(_shape(graph, node) for node in sorted(shapes))


def _shape(graph: Graph, node: Node) -> Shape:
    path = graph.value(node, SH.path)
    if path is not None and not isinstance(path, URIRef):
        raise NotImplementedError(f"shapes.ttl: only plain predicate paths, not {path!r}")
    constraints, properties = [], []
    for predicate, obj in sorted(graph.predicate_objects(node)):
        if predicate in _IGNORED or predicate in (SH.path, SH.message, SH.targetClass):
            continue
        if predicate == SH.property:
            properties.append(_shape(graph, obj))
        elif predicate in _COMPONENTS:
            written, constraint = _COMPONENTS[predicate](graph, node, obj)
            constraints.append((written, constraint))
        else:
            raise NotImplementedError(f"shapes.ttl: {predicate} is not implemented by kg/shacl.py")
    message = graph.value(node, SH.message)
    targets = tuple(sorted(nt_term(t) for t in graph.objects(node, SH.targetClass)))
    checks = [c for _, c in constraints]
    counts = [c for c in checks if isinstance(c, _Count)]
    return Shape(
        targets,
        None if path is None else nt_term(path),
        None if path is None else ttl_term(path),
        tuple(constraints),
        tuple(properties),
        None if message is None else str(message),
        max((c.least for c in counts), default=0),
        min((c.most for c in counts), default=float("inf")),
        tuple(c.ok for c in checks if isinstance(c, _Each)),
        tuple(c for c in checks if not isinstance(c, _Each | _Count)),
    )


def _min_count(graph: Graph, shape: Node, obj: Node) -> tuple[str, Constraint]:
    count = _integer(obj)
    return f"sh:minCount {count}", _Count(count, float("inf"))


def _max_count(graph: Graph, shape: Node, obj: Node) -> tuple[str, Constraint]:
    count = _integer(obj)
    return f"sh:maxCount {count}", _Count(0, count)


def _datatype(graph: Graph, shape: Node, obj: Node) -> tuple[str, Constraint]:
    datatype = nt_term(obj)
    if datatype not in _LEXICAL:
        raise NotImplementedError(f"shapes.ttl: sh:datatype {obj} has no lexical check here")
    well_formed = _LEXICAL[datatype]
    written = f"sh:datatype {ttl_term(obj)}"
    if datatype == _STRING:  # a plain literal, or one typed xsd:string
        return written, _Each(lambda _, v: v[0] == '"' and _datatype_of(v) == _STRING, _NOT_OF)
    suffix = f'"^^{datatype}'

    def ok(_: _Graph, value: str) -> bool:
        return value.endswith(suffix) and bool(well_formed(_lexical(value)))

    return written, _Each(ok, _NOT_OF)


def _class(graph: Graph, shape: Node, obj: Node) -> tuple[str, Constraint]:
    cls = nt_term(obj)

    def ok(g: _Graph, value: str) -> bool:
        return value[0] != '"' and g.is_a(value, cls)

    return f"sh:class {ttl_term(obj)}", _Each(ok, "not an instance of this class")


def _node_kind(graph: Graph, shape: Node, obj: Node) -> tuple[str, Constraint]:
    if obj != SH.IRI:
        raise NotImplementedError(f"shapes.ttl: sh:nodeKind {obj} is not implemented")
    return "sh:nodeKind sh:IRI", _Each(lambda _, value: value[0] == "<", "not an IRI")


def _in(graph: Graph, shape: Node, obj: Node) -> tuple[str, Constraint]:
    members = list(Collection(graph, obj))
    allowed = {nt_term(member) for member in members}
    written = f"sh:in ({' '.join(ttl_term(m) for m in members)})"
    return written, _Each(lambda _, value: value in allowed, "not one of the allowed values")


def _pattern(graph: Graph, shape: Node, obj: Node) -> tuple[str, Constraint]:
    search = re.compile(str(obj)).search

    def ok(_: _Graph, value: str) -> bool:
        return not value.startswith("_:") and search(_string(value)) is not None

    return f'sh:pattern "{obj}"', _Each(ok, "does not match the pattern")


def _min_length(graph: Graph, shape: Node, obj: Node) -> tuple[str, Constraint]:
    length = _integer(obj)

    def ok(_: _Graph, value: str) -> bool:
        return not length or (not value.startswith("_:") and len(_string(value)) >= length)

    return f"sh:minLength {length}", _Each(ok, f"shorter than {length} character(s)")


def _min_inclusive(graph: Graph, shape: Node, obj: Node) -> tuple[str, Constraint]:
    bound = _comparable(nt_term(obj))

    def ok(_: _Graph, value: str) -> bool:
        return _less(bound, _comparable(value), inclusive=True)

    return f"sh:minInclusive {ttl_term(obj)}", _Each(ok, f"not a number ≥ {obj}")


def _less_than(graph: Graph, shape: Node, obj: Node) -> tuple[str, Constraint]:
    other, name = nt_term(obj), ttl_term(obj)

    def constraint(g: _Graph, focus: str, values: list[str]) -> list[Failure]:
        limits = g.data.nodes.get(focus, _NONE).get(other, [])
        return [
            (value, f"not less than {name} {shown(limit)}")
            for value in values
            for limit in limits
            if not _less(_comparable(value), _comparable(limit))
        ]

    return f"sh:lessThan {name}", constraint


def _unique_lang(graph: Graph, shape: Node, obj: Node) -> tuple[str, Constraint]:
    if not (isinstance(obj, Literal) and obj.value is True):
        raise NotImplementedError(f"shapes.ttl: sh:uniqueLang {obj} is not implemented")

    def constraint(_: _Graph, focus: str, values: list[str]) -> list[Failure]:
        langs = [_language(value) for value in values]
        twice = sorted({lang for lang in langs if lang and langs.count(lang) > 1})
        return [(None, f"more than one value in language {lang}") for lang in twice]

    return "sh:uniqueLang true", constraint


def _has_value(graph: Graph, shape: Node, obj: Node) -> tuple[str, Constraint]:
    wanted, name = nt_term(obj), ttl_term(obj)

    def constraint(_: _Graph, focus: str, values: list[str]) -> list[Failure]:
        return [] if wanted in values else [(None, f"lacks the value {name}")]

    return f"sh:hasValue {name}", constraint


def _or(graph: Graph, shape: Node, obj: Node) -> tuple[str, Constraint]:
    alternatives = [_shape(graph, member) for member in Collection(graph, obj)]

    def ok(g: _Graph, value: str) -> bool:
        return any(alt.conforms(g, value) for alt in alternatives)

    written = f"sh:or ({' '.join(alt.describe() for alt in alternatives)})"
    return written, _Each(ok, "conforms to none of the alternatives")


_COMPONENTS: dict[Node, Callable[[Graph, Node, Node], tuple[str, Constraint]]] = {
    SH.minCount: _min_count,
    SH.maxCount: _max_count,
    SH.datatype: _datatype,
    SH["class"]: _class,
    SH.nodeKind: _node_kind,
    SH["in"]: _in,
    SH.pattern: _pattern,
    SH.minLength: _min_length,
    SH.minInclusive: _min_inclusive,
    SH.lessThan: _less_than,
    SH.uniqueLang: _unique_lang,
    SH.hasValue: _has_value,
    SH["or"]: _or,
}
"""The constraint components implemented: sh:X → compiler of its check."""


# --- terms ----------------------------------------------------------------------------------


def _integer(obj: Node) -> int:
    if not isinstance(obj, Literal) or not isinstance(obj.value, int):
        raise ValueError(f"shapes.ttl: {obj!r} should be an integer")
    return obj.value


def _datatype_of(term: str) -> str | None:
    if not term.startswith('"'):
        return None
    tail = term[term.rindex('"') + 1 :]
    if tail.startswith("^^"):
        return tail[2:]
    return _LANG_STRING if tail.startswith("@") else _STRING


def _language(term: str) -> str | None:
    if not term.startswith('"'):
        return None
    tail = term[term.rindex('"') + 1 :]
    return tail[1:].lower() if tail.startswith("@") else None


def _lexical(term: str) -> str:
    """A literal's lexical form, unescaped (the quotes' content)."""
    text = term[1 : term.rindex('"')]
    return _ECHAR.sub(_unescape, text) if "\\" in text else text


def _unescape(match: re.Match[str]) -> str:
    code = match.group(1) or match.group(2)
    return chr(int(code, 16)) if code else _ECHARS[match.group(3)]


def _string(term: str) -> str:
    """SPARQL's str(): an IRI's text or a literal's lexical form."""
    return term[1:-1] if term.startswith("<") else _lexical(term)


def shown(term: str) -> str:
    """A term as reports show it: an IRI's text, a literal's lexical form."""
    return _string(term) if term.startswith(("<", '"')) else term


def _date(text: str) -> datetime.date | None:
    match = _DATE.match(text)
    if not match:
        return None
    try:
        return datetime.date(*(int(group) for group in match.groups()))
    except ValueError:
        return None


def _comparable(term: str) -> tuple[str, object] | None:
    """(kind, value) that SPARQL's ``<`` orders within a kind: numbers, strings, dates; None
    for what it cannot compare (IRIs, malformed or other literals)."""
    if term.endswith(_INTEGER):  # offsets: nearly every comparison
        digits = term[1 : -len(_INTEGER)]
        if digits.isascii() and digits.isdigit():
            return "number", int(digits)
    if not term.startswith('"'):
        return None
    datatype, lexical = _datatype_of(term), _lexical(term)
    if not _LEXICAL.get(datatype or "", lambda text: False)(lexical):
        return None
    if datatype in _NUMBERS:
        try:
            return "number", Decimal(lexical)
        except InvalidOperation:
            return None
    if datatype == _STRING:
        return "string", lexical
    if datatype == f"<{_XSD}date>":
        return "date", _date(lexical)
    return None


def _less(left: tuple | None, right: tuple | None, inclusive: bool = False) -> bool:
    if left is None or right is None or left[0] != right[0]:
        return False
    return left[1] <= right[1] if inclusive else left[1] < right[1]
