"""Write the graph as Turtle, N-Triples and JSON-LD: sorted, byte-identical, atomic.

rdflib's serialisers do not promise a stable order, so the project writes its own: subjects,
predicates and objects sorted by their N-Triples form. Files are written to temporaries and
moved into place only when all are complete, so a crash leaves the previous exports intact.

The writers render each distinct term once (a build has ~35k triples but far fewer terms) and
write JSON-LD with a small emitter of their own, because ``json.dumps(indent=...)`` falls back
to the pure-Python encoder; the bytes are exactly those ``json.dumps`` would give.

Example:
    >>> paths = write_exports(graph, Path("exports"))
    >>> [p.name for p in paths]
    ['practice-kg.ttl', 'practice-kg.nt', 'practice-kg.jsonld']
"""

from __future__ import annotations

import os
import re
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable
from json.encoder import encode_basestring
from pathlib import Path

from rdflib import RDF, XSD, Literal, URIRef
from rdflib.term import Node

from kg.graph import PREFIXES

BASENAME = "practice-kg"
_LOCAL = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_\-]*$")
_ESCAPES = {ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r"} | {
    c: f"\\u{c:04X}" for c in [*range(0x20), 0x7F] if c not in (0x0A, 0x0D)
}
_SHORTHAND = {XSD.integer, XSD.boolean}
_NAMESPACES = sorted(((p, str(ns)) for p, ns in PREFIXES.items()), key=lambda pn: -len(pn[1]))
"""Longest namespace first, so a term gets the most specific prefix."""

Triple = tuple[Node, Node, Node]
Grouped = list[tuple[Node, list[tuple[Node, list[Node]]]]]


def write_exports(graph: Iterable[Triple], out: Path) -> list[Path]:
    """Write Turtle, N-Triples and JSON-LD into ``out``, replacing old files atomically.

    ``graph`` is an rdflib Graph or any iterable of distinct (s, p, o) triples.
    """
    out.mkdir(parents=True, exist_ok=True)
    prepared = _Prepared(graph)
    writers = {
        f"{BASENAME}.ttl": to_turtle,
        f"{BASENAME}.nt": to_ntriples,
        f"{BASENAME}.jsonld": to_jsonld,
    }
    staged: list[tuple[Path, Path]] = []
    try:
        for name, write in writers.items():
            staged.append((_stage(out, name, write(prepared)), out / name))
    except BaseException:
        for temp, _ in staged:
            temp.unlink(missing_ok=True)
        raise
    for temp, final in staged:
        os.replace(temp, final)
    return [final for _, final in staged]


def _stage(out: Path, name: str, text: str) -> Path:
    fd, temp = tempfile.mkstemp(prefix=f".{name}.", dir=out)
    os.fchmod(fd, 0o644)
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    return Path(temp)


class _Prepared(list[Triple]):
    """The triples with each term rendered once and the subject grouping computed once,
    shared by the three writers."""

    def __init__(self, graph: Iterable[Triple]) -> None:
        super().__init__(graph)
        self.nt: dict[Node, str] = _memo(nt_term)
        self.ttl: dict[Node, str] = _memo(ttl_term)
        self._grouped: Grouped | None = None

    def grouped(self) -> Grouped:
        if self._grouped is None:
            self._grouped = _group(self, self.nt)
        return self._grouped


def _prepare(graph: Iterable[Triple]) -> _Prepared:
    return graph if isinstance(graph, _Prepared) else _Prepared(graph)


def _memo(render: Callable[[Node], str]) -> dict[Node, str]:
    """A dict that renders a missing term on first use."""

    class Memo(dict[Node, str]):
        def __missing__(self, term: Node) -> str:
            text = self[term] = render(term)
            return text

    return Memo()


# --- N-Triples ------------------------------------------------------------------------------


def nt_term(term: Node) -> str:
    """A term in N-Triples syntax (full IRIs, escaped literals)."""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        return _literal(term, nt_term)
    raise ValueError(f"blank nodes are not allowed in exports: {term!r}")


def to_ntriples(graph: Iterable[Triple]) -> str:
    prepared = _prepare(graph)
    nt = prepared.nt
    lines = sorted(f"{nt[s]} {nt[p]} {nt[o]} ." for s, p, o in prepared)
    return "\n".join(lines) + "\n"


def _literal(term: Literal, render: object) -> str:
    lexical = f'"{str(term).translate(_ESCAPES)}"'
    if term.language:
        return f"{lexical}@{term.language}"
    if term.datatype and term.datatype != XSD.string:
        return f"{lexical}^^{render(term.datatype)}"  # type: ignore[operator]
    return lexical


# --- Turtle ---------------------------------------------------------------------------------


def ttl_term(term: Node) -> str:
    """A term in Turtle syntax: prefixed names where the local part allows it."""
    if isinstance(term, URIRef):
        for prefix, namespace in _NAMESPACES:
            local = term[len(namespace) :]
            if term.startswith(namespace) and _LOCAL.match(local):
                return f"{prefix}:{local}"
        return f"<{term}>"
    if isinstance(term, Literal):
        if term.datatype in _SHORTHAND and not term.language:
            return str(term).lower() if term.datatype == XSD.boolean else str(term)
        return _literal(term, ttl_term)
    raise ValueError(f"blank nodes are not allowed in exports: {term!r}")


def to_turtle(graph: Iterable[Triple]) -> str:
    prepared = _prepare(graph)
    ttl = prepared.ttl
    header = [f"@prefix {p}: <{ns}> ." for p, ns in sorted(_NAMESPACES)]
    blocks = []
    for subject, predicates in prepared.grouped():
        lines = [
            f"    {'a' if p == RDF.type else ttl[p]} {' , '.join([ttl[o] for o in objects])}"
            for p, objects in predicates
        ]
        blocks.append(f"{ttl[subject]}\n" + " ;\n".join(lines) + " .")
    return "\n".join(header) + "\n\n" + "\n\n".join(blocks) + "\n"


def _group(triples: Iterable[Triple], nt: dict[Node, str]) -> Grouped:
    """Subjects sorted; in each, rdf:type first, then predicates and objects sorted."""
    index: dict[Node, dict[Node, list[Node]]] = defaultdict(lambda: defaultdict(list))
    for s, p, o in triples:
        index[s][p].append(o)

    def predicate_key(predicate: Node) -> tuple[bool, str]:
        return predicate != RDF.type, nt[predicate]

    return [
        (
            s,
            [
                (p, sorted(index[s][p], key=nt.__getitem__))
                for p in sorted(index[s], key=predicate_key)
            ],
        )
        for s in sorted(index, key=nt.__getitem__)
    ]


# --- JSON-LD --------------------------------------------------------------------------------


def to_jsonld(graph: Iterable[Triple]) -> str:
    """Flattened JSON-LD with the project's prefixes as context, in a stable order."""
    prepared = _prepare(graph)
    compact = _memo(lambda term: _strip_angles(prepared.ttl[term]))
    nodes = []
    for subject, predicates in prepared.grouped():
        node: dict[str, object] = {"@id": compact[subject]}
        for predicate, objects in predicates:
            if predicate == RDF.type:
                node["@type"] = [compact[o] for o in objects]
            else:
                node[compact[predicate]] = [_json_value(o, compact) for o in objects]
        nodes.append(node)
    context = dict(sorted(_NAMESPACES))
    document = {"@context": context, "@graph": nodes}
    return "".join(_dump(document, 0, [])) + "\n"


def _dump(value: object, level: int, out: list[str]) -> list[str]:
    """``json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True)`` for dicts, lists
    and strings, appended to ``out``."""
    if isinstance(value, str):
        out.append(encode_basestring(value))
        return out
    inner, outer = "\n" + " " * (level + 1), "\n" + " " * level
    if isinstance(value, dict):
        if not value:
            out.append("{}")
            return out
        out.append("{")
        for i, key in enumerate(sorted(value)):
            out.append(("," if i else "") + inner + encode_basestring(key) + ": ")
            _dump(value[key], level + 1, out)
        out.append(outer + "}")
        return out
    if isinstance(value, list):
        if not value:
            out.append("[]")
            return out
        out.append("[")
        for i, item in enumerate(value):
            out.append(("," if i else "") + inner)
            _dump(item, level + 1, out)
        out.append(outer + "]")
        return out
    raise TypeError(f"not JSON-LD output: {value!r}")


def _strip_angles(text: str) -> str:
    return text[1:-1] if text.startswith("<") else text


def _compact(term: Node) -> str:
    return _strip_angles(ttl_term(term))


def _json_value(term: Node, compact: dict[Node, str]) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"@id": compact[term]}
    assert isinstance(term, Literal)
    if term.language:
        return {"@value": str(term), "@language": term.language}
    if term.datatype and term.datatype != XSD.string:
        return {"@value": str(term), "@type": compact[term.datatype]}
    return {"@value": str(term)}
