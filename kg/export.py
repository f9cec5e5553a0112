"""Write the graph as Turtle, N-Triples and JSON-LD: sorted, byte-identical, atomic.

rdflib's serialisers do not promise a stable order, so the project writes its own: subjects,
predicates and objects sorted by their N-Triples form. Files are written to temporaries and
moved into place only when all are complete, so a crash leaves the previous exports intact.

Example:
    >>> paths = write_exports(graph, Path("exports"))
    >>> [p.name for p in paths]
    ['practice-kg.ttl', 'practice-kg.nt', 'practice-kg.jsonld']
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections import defaultdict
from pathlib import Path

from rdflib import RDF, XSD, Graph, Literal, URIRef
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


def write_exports(graph: Graph, out: Path) -> list[Path]:
    """Write Turtle, N-Triples and JSON-LD into ``out``, replacing old files atomically."""
    out.mkdir(parents=True, exist_ok=True)
    writers = {
        f"{BASENAME}.ttl": to_turtle,
        f"{BASENAME}.nt": to_ntriples,
        f"{BASENAME}.jsonld": to_jsonld,
    }
    staged: list[tuple[Path, Path]] = []
    try:
        for name, write in writers.items():
            staged.append((_stage(out, name, write(graph)), out / name))
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


# --- N-Triples ------------------------------------------------------------------------------


def nt_term(term: Node) -> str:
    """A term in N-Triples syntax (full IRIs, escaped literals)."""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        return _literal(term, nt_term)
    raise ValueError(f"blank nodes are not allowed in exports: {term!r}")


def to_ntriples(graph: Graph) -> str:
    lines = sorted(f"{nt_term(s)} {nt_term(p)} {nt_term(o)} ." for s, p, o in graph)
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


def to_turtle(graph: Graph) -> str:
    header = [f"@prefix {p}: <{ns}> ." for p, ns in sorted(_NAMESPACES)]
    blocks = []
    for subject, predicates in _grouped(graph):
        lines = [
            f"    {_ttl_predicate(p)} {' , '.join(ttl_term(o) for o in objects)}"
            for p, objects in predicates
        ]
        blocks.append(f"{ttl_term(subject)}\n" + " ;\n".join(lines) + " .")
    return "\n".join(header) + "\n\n" + "\n\n".join(blocks) + "\n"


def _ttl_predicate(predicate: Node) -> str:
    return "a" if predicate == RDF.type else ttl_term(predicate)


def _grouped(graph: Graph) -> list[tuple[Node, list[tuple[Node, list[Node]]]]]:
    """Subjects sorted; in each, rdf:type first, then predicates and objects sorted."""
    index: dict[Node, dict[Node, list[Node]]] = defaultdict(lambda: defaultdict(list))
    for s, p, o in graph:
        index[s][p].append(o)
    return [
        (s, [(p, sorted(index[s][p], key=nt_term)) for p in sorted(index[s], key=_predicate_key)])
        for s in sorted(index, key=nt_term)
    ]


def _predicate_key(predicate: Node) -> tuple[bool, str]:
    return predicate != RDF.type, nt_term(predicate)


# --- JSON-LD --------------------------------------------------------------------------------


def to_jsonld(graph: Graph) -> str:
    """Flattened JSON-LD with the project's prefixes as context, in a stable order."""
    nodes = []
    for subject, predicates in _grouped(graph):
        node: dict[str, object] = {"@id": _compact(subject)}
        for predicate, objects in predicates:
            if predicate == RDF.type:
                node["@type"] = [_compact(o) for o in objects]
            else:
                node[_compact(predicate)] = [_json_value(o) for o in objects]
        nodes.append(node)
    context = dict(sorted(_NAMESPACES))
    document = {"@context": context, "@graph": nodes}
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _compact(term: Node) -> str:
    text = ttl_term(term)
    return text[1:-1] if text.startswith("<") else text


def _json_value(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"@id": _compact(term)}
    assert isinstance(term, Literal)
    if term.language:
        return {"@value": str(term), "@language": term.language}
    if term.datatype and term.datatype != XSD.string:
        return {"@value": str(term), "@type": _compact(term.datatype)}
    return {"@value": str(term)}
