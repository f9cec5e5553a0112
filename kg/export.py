"""Write the graph as Turtle, N-Triples and JSON-LD: sorted, byte-identical, atomic.

rdflib's serialisers do not promise a stable order, so the project writes its own: subjects,
predicates and objects sorted by their N-Triples form. Files are written to temporaries and
moved into place only when all are complete, so a crash leaves the previous exports intact.

A graph is written from *runs*: consecutive subjects of the sorted graph, already rendered in
the three formats (:func:`render_runs`). A document's own nodes render into a few runs once
and are kept in the build cache (kg/cache.py); a build sorts the runs of every document and
of the shared nodes by their first subject and writes them one after the other, so adding a
document re-renders that document only. Every term is rendered once for all three formats,
as a :class:`Term` (a document's triples are made of them; rdflib's terms are turned into
them, each distinct IRI once), and JSON-LD is written with a small emitter of our own, because
``json.dumps(indent=...)`` falls back to the pure-Python encoder; the bytes are exactly those
``json.dumps`` would give.

Example (``facts``: one seed's extracted facts, as kg/extract/facts.py makes them):
    >>> from kg.extract.facts import load_context
    >>> from kg.graph import build_triples
    >>> triples = build_triples([facts], load_context().gazetteer)
    >>> runs = render_runs(triples, lambda subject: None)
    >>> [p.name for p in write_exports(runs, out)]
    ['practice-kg.ttl', 'practice-kg.nt', 'practice-kg.jsonld']
    >>> (out / "practice-kg.nt").read_text(encoding="utf-8") == ntriples_text(triples)
    True
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from json.encoder import encode_basestring
from pathlib import Path
from typing import BinaryIO, NamedTuple, Protocol

from rdflib import RDF, XSD, Literal, URIRef
from rdflib.term import Node

from kg.namespaces import PREFIXES

BASENAME = "practice-kg"
FORMATS = ("ttl", "nt", "jsonld")
"""File endings of the exports, in the order they are written."""
_LOCAL = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_\-]*")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"} | {
    chr(c): f"\\u{c:04X}" for c in [*range(0x20), 0x7F] if c not in (0x0A, 0x0D)
}
_ESCAPED = re.compile(f"[{re.escape(''.join(_ESCAPES))}]")
"""A character :data:`_ESCAPES` replaces. Each is replaced where this finds it: a quote holds
few (a measure's quote its line breaks), and ``str.translate`` with a table looks up every
character (~10× slower on the quotes of measures)."""
_SHORTHAND = {str(XSD.integer), str(XSD.boolean)}
_TYPE, _STRING, _BOOLEAN = f"<{RDF.type}>", str(XSD.string), str(XSD.boolean)
_JSON_NODES = ",\n  "
"""What separates two nodes of JSON-LD's "@graph" (inside a run and between runs)."""


_NAMESPACES = sorted(PREFIXES.items(), key=lambda pn: -len(pn[1]))
"""Longest namespace first, so a term gets the most specific prefix."""
_PREFIXED = re.compile("|".join(f"({re.escape(ns)})({_LOCAL.pattern})" for _, ns in _NAMESPACES))
"""A namespace and a local part that may follow its prefix: the first alternative that
matches the whole IRI is the longest namespace that gives a prefixed name."""


class Term(NamedTuple):
    """A term as each format writes it, rendered once. kg/graph.py makes a document's
    triples of these directly (:func:`iri_term`, :func:`literal_term`), as rdflib terms cost
    ~10 µs each to make and more to hash and render; rdflib's are turned into them
    (:func:`term_of`). Everything else follows from the N-Triples form, so terms are equal
    when their N-Triples forms are, and sort as those do."""

    nt: str
    ttl: str
    json: str
    """As an item of a JSON-LD value list: ``{"@id": …}`` or ``{"@value": …}``, indented."""
    compact: str
    """An IRI as JSON-LD names it (prefixed where Turtle is); "" for a literal."""


Triple = tuple[Node | Term, Node | Term, Node | Term]
TermTriple = tuple[Term, Term, Term]


class Chunk(Protocol):
    """Consecutive subjects of the sorted graph, rendered: in memory (:class:`Run`) or in a
    cache file (kg/cache.py)."""

    first: str
    last: str

    def read(self, fmt: str) -> bytes:
        """The subjects in format ``fmt`` (one of FORMATS), UTF-8."""
        ...


@dataclass(frozen=True)
class Run:
    """Subjects ``first`` … ``last`` (N-Triples forms) rendered in each format."""

    first: str
    last: str
    texts: dict[str, bytes]

    def read(self, fmt: str) -> bytes:
        return self.texts[fmt]


def render_runs(
    triples: Iterable[Triple],
    kind: Callable[[str], str | None],
    nodes: dict[str, dict[str, list[str]]] | None = None,
) -> list[Run]:
    """The triples' subjects in sorted order, rendered and cut into runs: consecutive subjects
    of the same ``kind`` (e.g. one document's measures) share a run; a subject whose kind is
    None is a run of its own. ``nodes``, when given, receives the triples indexed subject →
    predicate → objects in N-Triples forms (what kg.shacl.Data holds), so they can be checked
    without parsing what was rendered."""
    runs: list[Run] = []
    group: list[tuple[str, tuple[str, str, str]]] = []
    current: str | None = None
    for subject, predicates in _group(triples):
        if nodes is not None:
            nodes[subject.nt] = {p.nt: [o.nt for o in objects] for p, _, objects in predicates}
        this = kind(subject.nt[1:-1])
        if group and (this is None or this != current):
            runs.append(_run(group))
            group = []
        current = this
        group.append((subject.nt, _render_subject(subject, predicates)))
    if group:
        runs.append(_run(group))
    return runs


def ntriples_text(triples: Iterable[Triple]) -> str:
    """The triples as sorted N-Triples text (what the .nt export holds for them)."""
    grouped = _group(triples)
    return "".join(_ntriples_subject(subject, predicates) for subject, predicates in grouped)


def turtle_text(triples: Iterable[Triple]) -> str:
    """The triples as a sorted Turtle document with the export's prefixes."""
    buffer = io.BytesIO()
    _write(buffer, "ttl", render_runs(triples, lambda subject: None), None)
    return buffer.getvalue().decode("utf-8")


def _run(group: list[tuple[str, tuple[str, str, str]]]) -> Run:
    texts = {
        "nt": "".join([nt for _, (nt, _, _) in group]),
        "ttl": "".join([ttl for _, (_, ttl, _) in group]),
        "jsonld": _JSON_NODES.join([jsonld for _, (_, _, jsonld) in group]),
    }
    encoded = {fmt: text.encode("utf-8") for fmt, text in texts.items()}
    return Run(group[0][0], group[-1][0], encoded)


def _render_subject(subject: Term, predicates: _Predicates) -> tuple[str, str, str]:
    """The subject in N-Triples, Turtle and JSON-LD."""
    return (
        _ntriples_subject(subject, predicates),
        _turtle_subject(subject, predicates),
        _jsonld_subject(subject, predicates),
    )


def iri_texts(iri: str) -> dict[str, bytes]:
    """How an IRI that is not a prefixed name is written in each format (to replace one)."""
    return {
        "nt": f"<{iri}>".encode(),
        "ttl": f"<{iri}>".encode(),
        "jsonld": encode_basestring(iri).encode(),
    }


def write_exports(
    chunks: Sequence[Chunk], out: Path, replace: tuple[str, str] | None = None
) -> dict[Path, str]:
    """Write Turtle, N-Triples and JSON-LD of the chunks into ``out``, replacing old files
    atomically; each file written → the SHA-256 of its bytes, hashed on their way out (the
    manifest names the graph's: reading ~0.5 GB back at 100× took ~1.5 s). ``replace`` =
    (IRI, IRI) swaps one IRI that is not a prefixed name for another (the build's placeholder
    in cached runs for this build's IRI)."""
    out.mkdir(parents=True, exist_ok=True)
    ordered = sorted(chunks, key=lambda chunk: chunk.first)
    for before, after in pairwise(ordered):
        if not before.last < after.first:
            raise ValueError(f"runs overlap: {before.last} and {after.first}")
    swaps = None
    if replace:
        old, new = (iri_texts(iri) for iri in replace)
        swaps = {fmt: (old[fmt], new[fmt]) for fmt in FORMATS}

    def stage(fmt: str) -> tuple[Path, str]:
        return _stage(out, f"{BASENAME}.{fmt}", lambda handle: _write(handle, fmt, ordered, swaps))

    with ThreadPoolExecutor(max_workers=len(FORMATS)) as pool:  # one file's fsync, another's writes
        futures = [pool.submit(stage, fmt) for fmt in FORMATS]
    problems = [f.exception() for f in futures if f.exception() is not None]
    if problems:
        for future in futures:
            if future.exception() is None:
                future.result()[0].unlink(missing_ok=True)
        raise problems[0]  # type: ignore[misc]
    written = {}
    for future, fmt in zip(futures, FORMATS, strict=True):
        temp, digest = future.result()
        written[out / f"{BASENAME}.{fmt}"] = digest
        os.replace(temp, out / f"{BASENAME}.{fmt}")
    return written


class _Sink(Protocol):
    def write(self, data: bytes, /) -> object: ...


class _Hashed:
    """A file that hashes the bytes written to it (hashlib lets other threads run meanwhile)."""

    def __init__(self, handle: BinaryIO) -> None:
        self.handle, self.sha256 = handle, hashlib.sha256()

    def write(self, data: bytes) -> None:
        self.sha256.update(data)
        self.handle.write(data)


def _write(
    handle: _Sink,
    fmt: str,
    chunks: list[Chunk],
    swaps: dict[str, tuple[bytes, bytes]] | None,
) -> None:
    """One export file: the format's head, every chunk in order, its tail."""
    head, opening, separator, tail, empty = _FRAMES[fmt]
    handle.write(head)
    if not chunks:
        handle.write(empty)
        return
    handle.write(opening)
    for index, chunk in enumerate(chunks):
        data = chunk.read(fmt)
        if swaps:
            data = data.replace(*swaps[fmt])
        handle.write(separator if index else b"")
        handle.write(data)
    handle.write(tail)


def _stage(out: Path, name: str, write: Callable[[_Sink], None]) -> tuple[Path, str]:
    """The file written to a temporary beside its final name, and its SHA-256."""
    fd, temp = tempfile.mkstemp(prefix=f".{name}.", dir=out)
    os.fchmod(fd, 0o644)
    try:
        with os.fdopen(fd, "wb") as handle:
            hashed = _Hashed(handle)
            write(hashed)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return Path(temp), hashed.sha256.hexdigest()


_Predicates = list[tuple[Term, bool, list[Term]]]
"""A subject's (predicate, whether it is rdf:type, objects) in the order they are written."""


def iri_term(iri: str) -> Term:
    """An IRI as a :class:`Term`: prefixed in Turtle and JSON-LD where the local part allows."""
    prefixed = _PREFIXED.fullmatch(iri)
    if prefixed is None:
        ttl, compact = f"<{iri}>", iri
    else:
        local = prefixed.lastindex or 0
        ttl = compact = f"{_NAMESPACES[local // 2 - 1][0]}:{prefixed.group(local)}"
    return Term(f"<{iri}>", ttl, f"{_ITEM}{_ID}{encode_basestring(compact)}{_END}", compact)


def literal_term(lexical: str, datatype: str | None = None, language: str | None = None) -> Term:
    """A literal as a :class:`Term`; ``datatype`` None or xsd:string is a plain literal."""
    quoted = f'"{_ESCAPED.sub(_escape, lexical)}"'
    value = encode_basestring(lexical)
    if language:
        text = f"{quoted}@{language}"
        json = f"{_ITEM}{_LANGUAGE}{encode_basestring(language)}{_VALUE}{value}{_END}"
        return Term(text, text, json, "")
    if not datatype or datatype == _STRING:
        return Term(quoted, quoted, f"{_ITEM}{_VALUE_ONLY}{value}{_END}", "")
    type_ = _datatype(datatype)
    ttl = f"{quoted}^^{type_.ttl}"
    if datatype in _SHORTHAND:
        ttl = lexical.lower() if datatype == _BOOLEAN else lexical
    json = f"{_ITEM}{_TYPE_KEY}{encode_basestring(type_.compact)}{_VALUE}{value}{_END}"
    return Term(f"{quoted}^^{type_.nt}", ttl, json, "")


def _escape(char: re.Match[str]) -> str:
    return _ESCAPES[char.group()]


@cache
def _datatype(iri: str) -> Term:
    return iri_term(iri)


def term_of(node: Node | Term) -> Term:
    """An rdflib term (or a :class:`Term`) as a :class:`Term`."""
    if type(node) is Term:
        return node
    if isinstance(node, Literal):
        datatype = node.datatype
        return literal_term(str(node), str(datatype) if datatype else None, node.language)
    if isinstance(node, URIRef):
        return iri_term(str(node))
    raise ValueError(f"blank nodes are not allowed in exports: {node!r}")


def terms_of(triples: Iterable[Triple]) -> Iterator[TermTriple]:
    """The triples as :class:`Term` triples, each distinct rdflib IRI rendered once."""
    term = _converter()
    for s, p, o in triples:
        yield term(s), term(p), term(o)


def _converter() -> Callable[[Node | Term], Term]:
    """:func:`term_of` rendering each distinct IRI once."""
    iris: dict[str, Term] = {}

    def term(node: Node | Term) -> Term:
        if type(node) is URIRef:
            found = iris.get(node)
            if found is None:
                found = iris[node] = iri_term(str(node))
            return found
        return term_of(node)

    return term


class TermSpace:
    """A namespace's IRIs as :class:`Term` attributes (``TermSpace(PK).start``), each
    rendered on first use and then a plain attribute."""

    def __init__(self, namespace: object) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> Term:
        term = iri_term(str(self._namespace[name]))  # type: ignore[index]
        setattr(self, name, term)
        return term


def _group(triples: Iterable[Triple]) -> list[tuple[Term, _Predicates]]:
    """Subjects sorted; in each, rdf:type first, then predicates and objects sorted. rdflib
    terms are rendered here (a document's triples are made of terms already)."""
    index: dict[Term, dict[Term, list[Term]]] = {}
    term = _converter()
    for s, p, o in triples:
        if type(s) is not Term or type(p) is not Term or type(o) is not Term:
            s, p, o = term(s), term(p), term(o)
        predicates = index.get(s)
        if predicates is None:
            index[s] = {p: [o]}
        elif (objects := predicates.get(p)) is None:
            predicates[p] = [o]
        else:
            objects.append(o)
    grouped = []
    for subject in sorted(index):
        predicates: _Predicates = []
        for predicate, objects in index[subject].items():
            if len(objects) > 1:
                objects.sort()
            predicates.append((predicate, predicate.nt == _TYPE, objects))
        predicates.sort(key=_predicate_order)
        grouped.append((subject, predicates))
    return grouped


def _predicate_order(entry: tuple[Term, bool, list[Term]]) -> tuple[bool, str]:
    return not entry[1], entry[0].nt


_ITEM, _END = "{\n     ", "\n    }"
_ID, _LANGUAGE, _TYPE_KEY, _VALUE_ONLY = '"@id": ', '"@language": ', '"@type": ', '"@value": '
_VALUE = ',\n     "@value": '
"""The pieces of a JSON-LD value item, as json.dumps(indent=1, sort_keys=True) writes it."""


# --- N-Triples ------------------------------------------------------------------------------


def nt_term(term: Node) -> str:
    """A term in N-Triples syntax (full IRIs, escaped literals)."""
    return term_of(term).nt


def _ntriples_subject(subject: Term, predicates: _Predicates) -> str:
    """A subject's lines sorted as strings: a subject's lines are contiguous in the file
    (IRIs end at ``>``, which they cannot contain), so this gives the global order."""
    head = subject.nt
    lines = [f"{head} {p.nt} {o.nt} .\n" for p, _, objects in predicates for o in objects]
    lines.sort()
    return "".join(lines)


# --- Turtle ---------------------------------------------------------------------------------


def ttl_term(term: Node) -> str:
    """A term in Turtle syntax: prefixed names where the local part allows it."""
    return term_of(term).ttl


def _turtle_subject(subject: Term, predicates: _Predicates) -> str:
    lines = [
        f"    {'a' if is_type else p.ttl} {' , '.join([o.ttl for o in objects])}"
        for p, is_type, objects in predicates
    ]
    return f"\n{subject.ttl}\n" + " ;\n".join(lines) + " .\n"


# --- JSON-LD --------------------------------------------------------------------------------


def _jsonld_head() -> str:
    """``{"@context": …, "@graph": `` as json.dumps(indent=1, sort_keys=True) writes it."""
    context = dict(sorted(_NAMESPACES))
    return '{\n "@context": ' + "".join(_dump(context, 1, [])) + ',\n "@graph": '


def _jsonld_subject(subject: Term, predicates: _Predicates) -> str:
    """One node of "@graph" (indent level 2) exactly as :func:`_dump` writes it, unrolled:
    "@id", "@type" (the rdf:type IRIs) and one list of value items per predicate, by key."""
    fields = [("@id", f'"@id": {encode_basestring(subject.compact)}')]
    for p, is_type, objects in predicates:
        if is_type:
            items = ",\n    ".join([encode_basestring(o.compact) for o in objects])
            fields.append(("@type", f'"@type": [\n    {items}\n   ]'))
        else:
            items = ",\n    ".join([o.json for o in objects])
            fields.append((p.compact, f"{_json_key(p.compact)}: [\n    {items}\n   ]"))
    fields.sort()  # by key: keys are distinct
    return "{\n   " + ",\n   ".join([text for _, text in fields]) + "\n  }"


_json_key = cache(encode_basestring)
"""A predicate's key, quoted once (there are few)."""


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


_TURTLE_HEAD = "\n".join(f"@prefix {p}: <{ns}> ." for p, ns in sorted(_NAMESPACES)) + "\n"
_FRAMES = {
    # format: (head, after the head when there are chunks, between chunks, tail, empty graph)
    "nt": (b"", b"", b"", b"", b"\n"),
    "ttl": (_TURTLE_HEAD.encode(), b"", b"", b"", b"\n\n"),
    "jsonld": (_jsonld_head().encode(), b"[\n  ", _JSON_NODES.encode(), b"\n ]\n}\n", b"[]\n}\n"),
}
