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
from collections.abc import Callable, Iterable, Iterator
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
_SHORTHAND = {str(XSD.integer), str(XSD.boolean)}
_TYPE, _STRING, _BOOLEAN = str(RDF.type), str(XSD.string), str(XSD.boolean)


def _is_type(predicate: Node) -> bool:
    """``predicate == RDF.type`` without rdflib's Python-level __eq__ (called per triple)."""
    return type(predicate) is URIRef and str.__eq__(predicate, _TYPE)


_NAMESPACES = sorted(((p, str(ns)) for p, ns in PREFIXES.items()), key=lambda pn: -len(pn[1]))
"""Longest namespace first, so a term gets the most specific prefix."""

Triple = tuple[Node, Node, Node]
Grouped = list[tuple[Node, list[tuple[Node, list[Node]]]]]
Chunks = Iterator[str]


def write_exports(graph: Iterable[Triple], out: Path) -> list[Path]:
    """Write Turtle, N-Triples and JSON-LD into ``out``, replacing old files atomically.

    ``graph`` is an rdflib Graph or any iterable of distinct (s, p, o) triples. Each file is
    streamed subject by subject, so memory does not hold a second copy of the graph as text.
    """
    out.mkdir(parents=True, exist_ok=True)
    prepared = _Prepared(graph)
    writers = {
        f"{BASENAME}.ttl": "turtle_chunks",
        f"{BASENAME}.nt": "ntriples_chunks",
        f"{BASENAME}.jsonld": "jsonld_chunks",
    }
    staged: list[tuple[Path, Path]] = []
    try:
        for name, writer in writers.items():
            chunks = globals()[writer](prepared)  # looked up late, so tests can replace one
            staged.append((_stage(out, name, chunks), out / name))
    except BaseException:
        for temp, _ in staged:
            temp.unlink(missing_ok=True)
        raise
    for temp, final in staged:
        os.replace(temp, final)
    return [final for _, final in staged]


def ntriples_text(graph: Iterable[Triple]) -> str:
    """The N-Triples export as one string, byte for byte what write_exports writes."""
    return "".join(ntriples_chunks(_Prepared(graph)))


def _stage(out: Path, name: str, chunks: Iterable[str]) -> Path:
    fd, temp = tempfile.mkstemp(prefix=f".{name}.", dir=out)
    os.fchmod(fd, 0o644)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.writelines(chunks)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return Path(temp)


class _Prepared:
    """The triples grouped by subject once, with IRIs rendered once, for all three writers.

    Literals are rendered where they are written, not kept: nearly every literal (quotes,
    offsets) occurs once, and keeping their text would hold the graph twice in memory.
    """

    def __init__(self, graph: Iterable[Triple]) -> None:
        self._nt_iris: dict[Node, str] = _memo(nt_term)
        self._ttl_iris: dict[Node, str] = _memo(ttl_term)
        self.grouped = _group(graph, self.nt)

    def nt(self, term: Node) -> str:
        return self._nt_iris[term] if type(term) is URIRef else nt_term(term)

    def ttl(self, term: Node) -> str:
        return self._ttl_iris[term] if type(term) is URIRef else ttl_term(term)


def _prepare(graph: Iterable[Triple]) -> _Prepared:
    return graph if isinstance(graph, _Prepared) else _Prepared(graph)


def _memo(render: Callable[[Node], str]) -> dict[Node, str]:
    """A dict that renders a missing term on first use."""

    class Memo(dict[Node, str]):
        def __missing__(self, term: Node) -> str:
            text = self[term] = render(term)
            return text

    return Memo()


def _group(triples: Iterable[Triple], nt: Callable[[Node], str]) -> Grouped:
    """Subjects sorted; in each, rdf:type first, then predicates and objects sorted."""
    index: dict[Node, dict[Node, list[Node]]] = defaultdict(lambda: defaultdict(list))
    for s, p, o in triples:
        index[s][p].append(o)

    def predicate_key(predicate: Node) -> tuple[bool, str]:
        return not _is_type(predicate), nt(predicate)

    grouped: Grouped = []
    for s in sorted(index, key=nt):
        predicates = index.pop(s)
        grouped.append(
            (s, [(p, _sorted(predicates[p], nt)) for p in sorted(predicates, key=predicate_key)])
        )
    return grouped


def _sorted(objects: list[Node], nt: Callable[[Node], str]) -> list[Node]:
    return sorted(objects, key=nt) if len(objects) > 1 else objects


# --- N-Triples ------------------------------------------------------------------------------


def nt_term(term: Node) -> str:
    """A term in N-Triples syntax (full IRIs, escaped literals)."""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        return _literal(term, nt_term)
    raise ValueError(f"blank nodes are not allowed in exports: {term!r}")


def to_ntriples(graph: Iterable[Triple]) -> str:
    return "".join(ntriples_chunks(_prepare(graph)))


def ntriples_chunks(prepared: _Prepared) -> Chunks:
    """Lines sorted as strings: a subject's lines are contiguous (IRIs end at ``>``, which
    they cannot contain), so sorting each subject's lines gives the global order."""
    nt = prepared.nt
    if not prepared.grouped:
        yield "\n"
    for s, predicates in prepared.grouped:
        subject = nt(s)
        lines = sorted(
            f"{subject} {nt(p)} {nt(o)} .\n" for p, objects in predicates for o in objects
        )
        yield "".join(lines)


def _literal(term: Literal, render: object) -> str:
    lexical = f'"{str(term).translate(_ESCAPES)}"'
    if term.language:
        return f"{lexical}@{term.language}"
    if _typed(term):
        return f"{lexical}^^{render(term.datatype)}"  # type: ignore[operator]
    return lexical


def _typed(term: Literal) -> bool:
    """A datatype other than xsd:string (compared as strings: rdflib's __eq__ is Python code
    and this runs for every literal)."""
    datatype = term.datatype
    return bool(datatype) and not str.__eq__(datatype, _STRING)


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
        datatype = term.datatype
        if datatype is not None and str(datatype) in _SHORTHAND and not term.language:
            return str(term).lower() if str.__eq__(datatype, _BOOLEAN) else str(term)
        return _literal(term, ttl_term)
    raise ValueError(f"blank nodes are not allowed in exports: {term!r}")


def to_turtle(graph: Iterable[Triple]) -> str:
    return "".join(turtle_chunks(_prepare(graph)))


def turtle_chunks(prepared: _Prepared) -> Chunks:
    ttl = prepared.ttl
    yield "\n".join(f"@prefix {p}: <{ns}> ." for p, ns in sorted(_NAMESPACES)) + "\n"
    if not prepared.grouped:
        yield "\n\n"
    for subject, predicates in prepared.grouped:
        lines = [
            f"    {'a' if _is_type(p) else ttl(p)} {' , '.join([ttl(o) for o in objects])}"
            for p, objects in predicates
        ]
        yield f"\n{ttl(subject)}\n" + " ;\n".join(lines) + " .\n"


# --- JSON-LD --------------------------------------------------------------------------------


def to_jsonld(graph: Iterable[Triple]) -> str:
    """Flattened JSON-LD with the project's prefixes as context, in a stable order."""
    return "".join(jsonld_chunks(_prepare(graph)))


def jsonld_chunks(prepared: _Prepared) -> Chunks:
    """``{"@context": …, "@graph": [nodes]}`` as json.dumps(indent=1, sort_keys=True) writes
    it, one node at a time."""
    context = dict(sorted(_NAMESPACES))
    yield '{\n "@context": ' + "".join(_dump(context, 1, [])) + ',\n "@graph": '
    if not prepared.grouped:
        yield "[]\n}\n"
        return
    separator = "[\n  "
    for subject, predicates in prepared.grouped:
        yield separator + _node_json(_jsonld_node(subject, predicates, prepared))
        separator = ",\n  "
    yield "\n ]\n}\n"


def _jsonld_node(
    subject: Node, predicates: list[tuple[Node, list[Node]]], prepared: _Prepared
) -> dict[str, object]:
    node: dict[str, object] = {"@id": _compact(subject, prepared)}
    for predicate, objects in predicates:
        if _is_type(predicate):
            node["@type"] = [_compact(o, prepared) for o in objects]
        else:
            node[_compact(predicate, prepared)] = [_json_value(o, prepared) for o in objects]
    return node


def _node_json(node: dict[str, object]) -> str:
    """One node of "@graph" (indent level 2) exactly as :func:`_dump` writes it, unrolled:
    values are strings, or non-empty lists of strings or of string-valued dicts."""
    parts = []
    for key in sorted(node):
        value = node[key]
        if isinstance(value, str):
            text = encode_basestring(value)
        else:
            assert isinstance(value, list) and value
            text = "[\n    " + ",\n    ".join(map(_item_json, value)) + "\n   ]"
        parts.append(f"{encode_basestring(key)}: {text}")
    return "{\n   " + ",\n   ".join(parts) + "\n  }"


def _item_json(item: str | dict[str, str]) -> str:
    if isinstance(item, str):
        return encode_basestring(item)
    pairs = [f"{encode_basestring(k)}: {encode_basestring(item[k])}" for k in sorted(item)]
    return "{\n     " + ",\n     ".join(pairs) + "\n    }"


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


def _compact(term: Node, prepared: _Prepared) -> str:
    text = prepared.ttl(term)
    return text[1:-1] if text.startswith("<") else text


def _json_value(term: Node, prepared: _Prepared) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"@id": _compact(term, prepared)}
    assert isinstance(term, Literal)
    if term.language:
        return {"@value": str(term), "@language": term.language}
    if _typed(term):
        return {"@value": str(term), "@type": _compact(term.datatype, prepared)}
    return {"@value": str(term)}
