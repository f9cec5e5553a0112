"""Researchers' decisions about discovered mechanisms, kept as data beside the vocabulary.

Extraction proposes candidates (``pk:candidate true``) for names the vocabulary does not know.
A curator decides, per name: *accept* (a new concept, with a Chinese label, optionally an
English label and a category), *alias* (another spelling of an existing concept) or *reject*.
The decisions live in a Turtle file (``ontology/curation.ttl`` by default), never in the
shipped ``mechanisms.ttl``; the next build reads them through the same ExtractionContext as
the vocabulary (:func:`curated_vocabulary`), so accepted names are matched like concepts,
aliases merge into their concept and rejected names are never proposed again.

Each decision is a ``pk:Decision`` node with who and when (``dcterms:creator``,
``dcterms:created``, a date fixed when the decision is made, so builds stay byte-identical).

Example (accept one candidate of the seeds, reject another, and build with the result):
    >>> vocab = MechanismVocabulary.load()
    >>> requests = [Request("三快五心", accept="x", category="cat-service"),
    ...             Request("桐城样板", reject="x")]
    >>> outcome = decide(requests, Curation(), vocab, "A Curator", "2026-01-05")
    >>> write_curation(outcome.curation, out / "curation.ttl")
    >>> curation = load_curation(out / "curation.ttl")
    >>> describe(curation)
    '1 accept, 0 alias, 1 reject'
    >>> curated = curated_vocabulary(vocab, curation)
    >>> vocab.lookup("三快五心"), curated.lookup("三快五心") == accepted_iri("三快五心")
    (None, True)
    >>> curated.is_rejected("桐城样板")
    True
"""

from __future__ import annotations

import difflib
import hashlib
import os
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS
from rdflib.term import Node

from kg.errors import KgError
from kg.namespaces import PK, PKM
from kg.vocab import Concept, MechanismVocabulary, loose_key, normalise_label

DEFAULT_CURATION = Path("ontology/curation.ttl")
"""Where the CLI reads and writes decisions unless told otherwise (relative to the project)."""

ACTIONS = ("accept", "alias", "reject")
YES = frozenset({"x", "X", "yes", "y", "Y", "1", "true", "True", "✓", "√", "是"})
"""Marks a spreadsheet user may type to say "yes" in the accept or reject column."""

HEADER = """\
# Curation decisions of Practice KG: discovered mechanisms a researcher accepted as new
# concepts, merged into an existing concept (skos:altLabel) or rejected. Written by
# `kg vocab apply` / `kg vocab accept|alias|reject`; read by `kg build --curation`.
# The shipped vocabulary (mechanisms.ttl) is never edited.

"""


class CurationError(KgError):
    """Decisions that cannot be applied, or a curation file that cannot be read; one line
    per problem, each naming where it is (file, row)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self._problems = problems

    @property
    def problems(self) -> list[str]:
        """Every problem found, so a sheet is fixed in one go rather than row by row."""
        return self._problems


@dataclass(frozen=True, order=True)
class Decision:
    """One checked decision about a discovered name."""

    action: str
    name: str
    concept: str = ""
    """The new concept's IRI (accept) or the existing concept's (alias)."""
    label_zh: str = ""
    label_en: str = ""
    category: str = ""
    creator: str = ""
    created: str = ""

    def same_as(self, other: Decision) -> bool:
        """The same decision, whoever made it and when."""
        keys = ("action", "concept", "label_zh", "label_en", "category")
        return all(getattr(self, k) == getattr(other, k) for k in keys)


@dataclass(frozen=True)
class Curation:
    """The decisions of one curation file, with the file's name and SHA-256."""

    decisions: tuple[Decision, ...] = ()
    source: str = ""
    sha256: str = ""

    def find(self, name: str) -> Decision | None:
        """The decision about ``name`` (compared ignoring separators), if any."""
        key = loose_key(name)
        return next((d for d in self.decisions if loose_key(d.name) == key), None)


def describe(curation: Curation) -> str:
    """How many decisions of each kind: "1 accept, 1 alias, 2 reject"."""
    return ", ".join(
        f"{sum(1 for d in curation.decisions if d.action == action)} {action}" for action in ACTIONS
    )


@dataclass(frozen=True)
class Request:
    """A decision as a curator writes it (one sheet row or one command), not yet checked."""

    name: str
    accept: str = ""
    english: str = ""
    category: str = ""
    alias_of: str = ""
    reject: str = ""
    where: str = ""
    """Where it was written, for messages: "review.csv row 7"."""


# --- IRIs and RDF -------------------------------------------------------------------------------


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def accepted_iri(label_zh: str) -> str:
    """A new concept's IRI, from its label (stable across builds and machines)."""
    return str(PKM[f"curated/{_digest(normalise_label(label_zh))}"])


def decision_iri(name: str) -> URIRef:
    """One decision per discovered name."""
    return PKM[f"decision/{_digest(loose_key(name))}"]


def decision_triples(decisions: Iterable[Decision]) -> list[tuple[Node, Node, Node]]:
    """The RDF of decisions: a pk:Decision node each, plus its effect on the vocabulary (the
    new concept, or the altLabel on the existing one), so the export answers SKOS queries."""
    out: list[tuple[Node, Node, Node]] = []
    for d in decisions:
        node = decision_iri(d.name)
        out += [
            (node, RDF.type, PK.Decision),
            (node, PK.action, Literal(d.action)),
            (node, PK.name, Literal(d.name)),
            (node, DCTERMS.creator, Literal(d.creator)),
            (node, DCTERMS.created, Literal(d.created, datatype=XSD.date)),
        ]
        if d.concept:
            out.append((node, PK.concept, URIRef(d.concept)))
        if d.action == "alias":
            out.append((URIRef(d.concept), SKOS.altLabel, Literal(d.name, lang="zh")))
        if d.action == "accept":
            out += _concept_triples(d)
    return out


def _concept_triples(d: Decision) -> list[tuple[Node, Node, Node]]:
    concept = URIRef(d.concept)
    out: list[tuple[Node, Node, Node]] = [
        (concept, RDF.type, SKOS.Concept),
        (concept, RDF.type, PK.Mechanism),
        (concept, SKOS.prefLabel, Literal(d.label_zh, lang="zh")),
        (concept, SKOS.inScheme, PKM.scheme),
        (concept, DCTERMS.creator, Literal(d.creator)),
        (concept, DCTERMS.created, Literal(d.created, datatype=XSD.date)),
    ]
    if d.label_en:
        out.append((concept, SKOS.prefLabel, Literal(d.label_en, lang="en")))
    if d.category:
        out.append((concept, SKOS.broader, URIRef(d.category)))
    if normalise_label(d.name) != normalise_label(d.label_zh):
        out.append((concept, SKOS.altLabel, Literal(d.name, lang="zh")))
    return out


# --- the file -----------------------------------------------------------------------------------


def load_curation(path: Path) -> Curation:
    """The decisions of a curation file (parsed once per file version)."""
    if not path.is_file():
        raise CurationError([f"{path}: no such curation file"])
    stat = path.stat()
    return _load_cached(path.resolve(), stat.st_mtime_ns, stat.st_size, str(path))


@lru_cache(maxsize=8)
def _load_cached(path: Path, mtime_ns: int, size: int, shown: str) -> Curation:
    data = path.read_bytes()
    graph = Graph()
    try:
        graph.parse(data=data.decode("utf-8"), format="turtle")
    except Exception as err:  # rdflib raises many kinds for bad Turtle
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise CurationError([f"{shown}: not readable Turtle: {first}"]) from err
    decisions = [_decision(graph, node, shown) for node in graph.subjects(RDF.type, PK.Decision)]
    return Curation(tuple(sorted(decisions)), path.name, hashlib.sha256(data).hexdigest())


def _decision(graph: Graph, node: Node, shown: str) -> Decision:
    def value(subject: Node, predicate: URIRef, lang: str | None = None) -> str:
        found = sorted(
            str(o)
            for o in graph.objects(subject, predicate)
            if lang is None or getattr(o, "language", None) == lang
        )
        return found[0] if found else ""

    action, name = value(node, PK.action), value(node, PK.name)
    if action not in ACTIONS or not name:
        raise CurationError([f"{shown}: decision {node} needs pk:action (one of "
                             f"{', '.join(ACTIONS)}) and pk:name"])  # fmt: skip
    concept = value(node, PK.concept)
    decision = Decision(
        action, name, concept, creator=value(node, DCTERMS.creator),
        created=value(node, DCTERMS.created),
    )  # fmt: skip
    if action == "accept" and concept:
        subject = URIRef(concept)
        decision = replace(
            decision,
            label_zh=value(subject, SKOS.prefLabel, "zh"),
            label_en=value(subject, SKOS.prefLabel, "en"),
            category=value(subject, SKOS.broader),
        )
    if action != "reject" and not concept:
        raise CurationError([f"{shown}: decision to {action} {name} names no pk:concept"])
    return decision


def write_curation(curation: Curation, path: Path) -> None:
    """Write the decisions as sorted Turtle (the project's writer), atomically."""
    from kg.export import turtle_text

    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.tmp")
    temp.write_text(HEADER + turtle_text(decision_triples(curation.decisions)), encoding="utf-8")
    os.replace(temp, path)


# --- the vocabulary a build uses ----------------------------------------------------------------


def curated_vocabulary(vocab: MechanismVocabulary, curation: Curation) -> MechanismVocabulary:
    """The vocabulary with the decisions applied: accepted concepts, altLabels, rejections."""
    concepts = dict(vocab.concepts)
    words: list[str] = []
    ordered = sorted(curation.decisions, key=lambda d: d.action != "accept")
    for d in ordered:
        if d.action == "accept":
            alts = (d.name,) if normalise_label(d.name) != normalise_label(d.label_zh) else ()
            broader = (d.category,) if d.category else ()
            concepts[d.concept] = Concept(d.concept, d.label_zh, d.label_en, alts, broader)
            words += [d.label_zh, *alts]
        elif d.action == "alias" and d.concept in concepts:
            concept = concepts[d.concept]
            alts = tuple(sorted({*concept.alt_labels, d.name}))
            concepts[d.concept] = replace(concept, alt_labels=alts)
            words.append(d.name)
    rejected = [d.name for d in curation.decisions if d.action == "reject"]
    return MechanismVocabulary(concepts, vocab.categories, rejected, words)


def check_curation(curation: Curation, vocab: MechanismVocabulary) -> None:
    """Every alias names a concept and every category exists (a hand-edited file may not)."""
    problems = []
    known = set(vocab.concepts) | {d.concept for d in curation.decisions if d.action == "accept"}
    for d in curation.decisions:
        if d.action == "alias" and d.concept not in known:
            problems.append(f"{curation.source}: {d.name} is an alias of {d.concept}, no concept")
        if d.category and d.category not in vocab.categories:
            problems.append(f"{curation.source}: {d.name} has unknown category {d.category}")
    if problems:
        raise CurationError(problems)


# --- deciding -----------------------------------------------------------------------------------


@dataclass
class Outcome:
    """What applying a batch of requests did."""

    curation: Curation
    added: list[Decision]
    unchanged: list[Decision]


def decide(
    requests: list[Request],
    curation: Curation,
    vocab: MechanismVocabulary,
    creator: str,
    created: str,
) -> Outcome:
    """Check requests against the vocabulary and earlier decisions and add them.

    Accepts are checked first, so an alias may name a concept accepted in the same batch.
    Every problem is collected (one line each, naming its row); if there is any, nothing is
    decided and CurationError lists them all.
    """
    problems: list[str] = []
    seen: dict[str, str] = {}
    added: list[Decision] = []
    unchanged: list[Decision] = []
    for request in sorted(requests, key=lambda r: not r.accept.strip()):
        earlier = curation.find(request.name)
        others = tuple(d for d in (*curation.decisions, *added) if d is not earlier)
        basis = curated_vocabulary(vocab, replace(curation, decisions=others))
        try:
            decision = _check(request, basis, creator, created)
            _check_new(request, decision, seen, earlier, curation.source)
        except CurationError as err:
            problems += err.problems
            continue
        seen[loose_key(decision.name)] = request.where
        if earlier is not None:
            unchanged.append(earlier)
        else:
            added.append(decision)
    if problems:
        raise CurationError(sorted(problems, key=_row_order))
    merged = tuple(sorted((*curation.decisions, *added)))
    return Outcome(replace(curation, decisions=merged), added, unchanged)


def _row_order(problem: str) -> tuple[int, str]:
    head = problem.split(":", 1)[0]
    digits = "".join(ch for ch in head.rsplit("row", 1)[-1] if ch.isdigit())
    return (int(digits) if digits else 0, problem)


def _check_new(
    request: Request,
    decision: Decision,
    seen: dict[str, str],
    earlier: Decision | None,
    source: str,
) -> None:
    where, name = request.where, decision.name
    if loose_key(name) in seen:
        raise CurationError([f"{where}: {name} is decided twice (also {seen[loose_key(name)]})"])
    if earlier is not None and not earlier.same_as(decision):
        raise CurationError(
            [
                f"{where}: {name} was already decided ({earlier.action} by {earlier.creator} "
                f"on {earlier.created}, {source}); remove that decision first"
            ]
        )


def _check(request: Request, vocab: MechanismVocabulary, creator: str, created: str) -> Decision:
    """The decision a request asks for, or CurationError naming what is wrong."""
    where, name = request.where, normalise_label(request.name)
    fields = {
        "accept": request.accept.strip(),
        "alias-of": request.alias_of.strip(),
        "reject": request.reject.strip(),
    }
    chosen = [k for k, v in fields.items() if v]
    if not name:
        raise CurationError([f"{where}: no name"])
    if len(chosen) > 1:
        raise CurationError([f"{where}: {name} has two decisions ({' and '.join(chosen)})"])
    if (request.english.strip() or request.category.strip()) and chosen != ["accept"]:
        raise CurationError([f"{where}: {name}: english and category go with accept"])
    if not chosen:
        raise CurationError([f"{where}: {name} has no decision"])
    base = Decision(chosen[0].removesuffix("-of"), name, creator=creator, created=created)
    if chosen == ["reject"]:
        return _reject(base, fields["reject"], vocab, where)
    if chosen == ["alias-of"]:
        return _alias(base, fields["alias-of"], vocab, where)
    return _accept(base, request, vocab, where)


def _reject(base: Decision, mark: str, vocab: MechanismVocabulary, where: str) -> Decision:
    if mark not in YES:
        raise CurationError([f"{where}: {base.name}: write x in reject (found {mark!r})"])
    _not_taken(base.name, vocab, where)
    return base


def _alias(base: Decision, target: str, vocab: MechanismVocabulary, where: str) -> Decision:
    concept = resolve_concept(target, vocab)
    if concept is None:
        hint = _suggest(target, [c.pref_zh for c in vocab.concepts.values()])
        raise CurationError([f"{where}: {base.name}: unknown concept {target!r}{hint}"])
    owner = vocab.lookup(base.name)
    if owner == concept:
        raise CurationError([f"{where}: {base.name} is already a label of {target}"])
    _not_taken(base.name, vocab, where)
    return replace(base, concept=concept)


def _accept(base: Decision, request: Request, vocab: MechanismVocabulary, where: str) -> Decision:
    written = request.accept.strip()
    label = base.name if written in YES else normalise_label(written)
    category = ""
    if request.category.strip():
        found = resolve_category(request.category.strip(), vocab)
        if found is None:
            names = "、".join(c.pref_zh for c in vocab.categories.values())
            raise CurationError(
                [f"{where}: {base.name}: unknown category {request.category.strip()!r} "
                 f"(one of {names}, or a local name like cat-supervision)"]
            )  # fmt: skip
        category = found
    for taken in dict.fromkeys((label, base.name)):
        _not_taken(taken, vocab, where)
    return replace(
        base,
        concept=accepted_iri(label),
        label_zh=label,
        label_en=request.english.strip(),
        category=category,
    )


def _not_taken(label: str, vocab: MechanismVocabulary, where: str) -> None:
    owner = vocab.lookup(label)
    if owner is not None:
        pref = vocab.concept(owner).pref_zh
        raise CurationError(
            [f"{where}: the label {label} is already taken by {pref} ({_short(owner)}); "
             "use alias-of for another spelling"]
        )  # fmt: skip


def _short(iri: str) -> str:
    return "pkm:" + iri.removeprefix(str(PKM)) if iri.startswith(str(PKM)) else iri


def resolve_concept(text: str, vocab: MechanismVocabulary) -> str | None:
    """A concept named by its IRI, ``pkm:`` name, local name or any zh label."""
    iri = _iri(text)
    if iri in vocab.concepts:
        return iri
    return vocab.lookup(text)


def resolve_category(text: str, vocab: MechanismVocabulary) -> str | None:
    """A category named by its IRI, ``pkm:`` name, local name, zh or en label."""
    iri = _iri(text)
    if iri in vocab.categories:
        return iri
    wanted = normalise_label(text).lower()
    for category in vocab.categories.values():
        labels = (category.pref_zh, category.pref_en)
        if wanted in {normalise_label(label).lower() for label in labels if label}:
            return category.iri
    return None


def _iri(text: str) -> str:
    text = text.strip().strip("<>")
    if text.startswith("pkm:"):
        return str(PKM) + text.removeprefix("pkm:")
    return text if "://" in text else str(PKM) + text


def _suggest(text: str, labels: list[str]) -> str:
    """ "; did you mean …?" with the concepts whose labels are nearest ``text``, an alias
    target written in other words (rapidfuzz WRatio, which also scores a label holding
    part of it)."""
    from rapidfuzz import fuzz, process

    found = process.extract(text, labels, scorer=fuzz.WRatio, limit=3, score_cutoff=60)
    return f"; did you mean {', '.join(label for label, _, _ in found)}?" if found else ""


def _mistyped(name: str, names: list[str]) -> str:
    """ "; did you mean …?" with the names closest to a mistyped ``name`` (difflib's ratio:
    for 线上半 it gives 线上办 first, where WRatio puts longer names holding 线上 first)."""
    found = difflib.get_close_matches(name, names, n=3, cutoff=0.5)
    return f"; did you mean {', '.join(found)}?" if found else ""


# --- checking names and undoing ------------------------------------------------------------


def check_names(
    requests: list[Request],
    candidates: list[str],
    curation: Curation,
    vocab: MechanismVocabulary,
    export: str,
) -> None:
    """Refuse a name that is neither a candidate of the export, a label of the curated
    vocabulary nor decided already: a mistyped name would otherwise become a new concept, or
    an alias or a rejection that nothing ever matches. CurationError names close candidates."""
    known = {loose_key(name) for name in candidates}
    curated = curated_vocabulary(vocab, curation)
    problems = []
    for request in requests:
        name = normalise_label(request.name)
        if loose_key(name) in known or curated.lookup(name) or curation.find(name):
            continue
        problems.append(
            f"{request.where}: {name} is not a candidate of {export} nor a known label"
            f"{_mistyped(name, candidates)} (--force decides it anyway)"
        )
    if problems:
        raise CurationError(problems)


def undo(curation: Curation, name: str) -> tuple[Curation, Decision]:
    """The curation without its decision about ``name``, and that decision. CurationError
    when there is none (naming close decided names), or when it accepted a concept that an
    alias decision merges into (undoing it would leave the alias pointing at nothing)."""
    decision = curation.find(name)
    if decision is None:
        hint = _mistyped(name, [d.name for d in curation.decisions])
        raise CurationError([f"{curation.source}: no decision about {name}{hint}"])
    aliases = [
        d.name
        for d in curation.decisions
        if d.action == "alias" and decision.action == "accept" and d.concept == decision.concept
    ]
    if aliases:
        held = f"{decision.name} stays: {'、'.join(aliases)} is an alias of it; undo that first"
        raise CurationError([f"{curation.source}: {held}"])
    rest = tuple(d for d in curation.decisions if d is not decision)
    return replace(curation, decisions=rest), decision


# --- who ----------------------------------------------------------------------------------------


def default_creator() -> str:
    """Who decides, unless --by says: git's user.name, else $USER, else "unknown"."""
    try:
        result = subprocess.run(
            ["git", "config", "user.name"], capture_output=True, text=True, timeout=5, check=False
        )
        if result.stdout.strip():
            return result.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    return os.environ.get("USER") or "unknown"
