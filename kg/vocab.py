"""Load the SKOS vocabularies in ontology/ and the jieba tokenizer built from their labels.

Vocabulary is data: mechanisms.ttl and themes.ttl hold every label, variant and keyword; this
module only indexes them. Labels are matched on the simplified half-width view of the text, so
keys are normalised the same way (quotes and spaces dropped, full-width folded to ASCII).
"""

from __future__ import annotations

import hashlib
import io
import marshal
import os
import re
import tempfile
import threading
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import jieba
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from kg.namespaces import PK
from kg.numerals import CN_NUMERAL_CHARS
from kg.resources import ontology_path
from kg.widths import halfwidth

_QUOTES = "\"'“”‘’「」『』《》〈〉【】"
_STRIP = re.compile(f"[{re.escape(_QUOTES)}\\s\u3000]+")
_LOOSE = re.compile(r"[、,，;；:：·・.。\-—–~～/|+＋]+")
_HAN_BLOCK = re.compile(r"[\u4e00-\u9fa5a-zA-Z0-9+#&._%\-]+")


def normalise_label(text: str) -> str:
    """Key for exact label lookup: half-width, without quotes, brackets of titles or spaces."""
    return _STRIP.sub("", halfwidth(text))


def loose_key(text: str) -> str:
    """Key that also ignores separators, so 双随机、一公开 meets 双随机一公开 and 双随机,一公开."""
    return _LOOSE.sub("", normalise_label(text))


@dataclass(frozen=True)
class Concept:
    """One SKOS concept: its IRI, labels and place in the scheme."""

    iri: str
    pref_zh: str
    pref_en: str
    alt_labels: tuple[str, ...] = ()
    broader: tuple[str, ...] = ()
    definition: str = ""
    keywords: tuple[str, ...] = ()

    @property
    def zh_labels(self) -> tuple[str, ...]:
        """The preferred label followed by the variants: every spelling that names it."""
        return (self.pref_zh, *self.alt_labels)


def _literal(graph: Graph, subject: URIRef, predicate: URIRef, lang: str | None) -> str:
    values = sorted(
        str(o)
        for o in graph.objects(subject, predicate)
        if isinstance(o, Literal) and (lang is None or o.language == lang)
    )
    return values[0] if values else ""


def _literals(
    graph: Graph, subject: URIRef, predicate: URIRef, lang: str | None
) -> tuple[str, ...]:
    return tuple(
        sorted(
            str(o)
            for o in graph.objects(subject, predicate)
            if isinstance(o, Literal) and (lang is None or o.language in (lang, None))
        )
    )


def _read_concepts(graph: Graph, kind: URIRef | None) -> dict[str, Concept]:
    """Concepts of the graph (optionally only those typed `kind`), keyed by IRI."""
    subjects = set(graph.subjects(RDF.type, SKOS.Concept))
    if kind is not None:
        subjects &= set(graph.subjects(RDF.type, kind))
    concepts = {}
    for subject in sorted(subjects):
        concepts[str(subject)] = Concept(
            iri=str(subject),
            pref_zh=_literal(graph, subject, SKOS.prefLabel, "zh"),
            pref_en=_literal(graph, subject, SKOS.prefLabel, "en"),
            alt_labels=_literals(graph, subject, SKOS.altLabel, "zh"),
            broader=tuple(sorted(str(o) for o in graph.objects(subject, SKOS.broader))),
            definition=_literal(graph, subject, SKOS.definition, "en"),
            keywords=_literals(graph, subject, PK.keyword, None),
        )
    return concepts


def _parse(path: Path) -> Graph:
    """The parsed Turtle file, shared: treat it as read-only."""
    stat = path.stat()
    return _parse_cached(path.resolve(), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=16)
def _parse_cached(path: Path, mtime_ns: int, size: int) -> Graph:
    """Parse once per process and file version: the vocabularies feed the extractors, the
    jieba dictionary and the export, and rdflib's Turtle parser is slow enough to count."""
    graph = Graph()
    graph.parse(path, format="turtle")
    return graph


def ontology_graph(name: str) -> Graph:
    """A file of ontology/ parsed once per process (read-only: copy it before changing it)."""
    return _parse(ontology_path(name))


@dataclass
class _LabelIndex:
    """Normalised label → concept IRI, exact first, then ignoring separators."""

    exact: dict[str, str] = field(default_factory=dict)
    loose: dict[str, str] = field(default_factory=dict)

    def add(self, label: str, iri: str) -> None:
        self.exact.setdefault(normalise_label(label), iri)
        self.loose.setdefault(loose_key(label), iri)

    def get(self, label: str) -> str | None:
        key = normalise_label(label)
        if not key:
            return None
        return self.exact.get(key) or self.loose.get(loose_key(label))


class MechanismVocabulary:
    """The mechanism concept scheme (pkm:), indexed by every zh label.

    A curated vocabulary (kg/curation.py) adds the researchers' decisions: ``rejected`` names
    are never proposed as candidates, and ``extra_words`` (labels the shipped file does not
    hold) join jieba's user dictionary like every other label.
    """

    def __init__(
        self,
        concepts: dict[str, Concept],
        categories: dict[str, Concept],
        rejected: Iterable[str] = (),
        extra_words: Iterable[str] = (),
    ) -> None:
        self.concepts = concepts
        self.categories = categories
        self.rejected = frozenset(loose_key(name) for name in rejected)
        self.extra_words = tuple(sorted(set(extra_words)))
        self._index = _LabelIndex()
        for concept in concepts.values():
            for label in concept.zh_labels:
                self._index.add(label, concept.iri)

    @classmethod
    def load(cls, path: Path | None = None) -> MechanismVocabulary:
        """Read mechanisms.ttl (the repository's by default)."""
        graph = _parse(path or ontology_path("mechanisms.ttl"))
        return cls(_read_concepts(graph, PK.Mechanism), _read_concepts(graph, PK.MechanismCategory))

    def concept(self, iri: str) -> Concept:
        """The concept with this IRI; KeyError if it is not a mechanism of the scheme."""
        return self.concepts[str(iri)]

    def lookup(self, label: str) -> str | None:
        """IRI of the concept one of whose labels is `label` (normalised), else None.

        Example (quote marks and spaces do not count):
            >>> vocab = MechanismVocabulary.load()
            >>> vocab.lookup("“双随机、一公开”")
            'https://w3id.org/practice-kg/mechanism/double-random-one-public'
            >>> vocab.concept(vocab.lookup("双随机 一公开")).pref_en
            'Double random, one public inspections'
            >>> vocab.lookup("三快五心") is None  # not in the vocabulary: a candidate
            True
        """
        return self._index.get(label)

    def is_rejected(self, label: str) -> bool:
        """Did a curator reject this discovered name (compared ignoring separators)?"""
        return loose_key(label) in self.rejected

    def labels(self) -> dict[str, str]:
        """Every zh label (preferred and variant, as written) → the IRI of its concept."""
        return {
            label: concept.iri for concept in self.concepts.values() for label in concept.zh_labels
        }

    def __len__(self) -> int:
        return len(self.concepts)


class ThemeVocabulary:
    """The theme scheme (pkt:): headings map through labels, bodies through keywords."""

    def __init__(self, concepts: dict[str, Concept], domain_words: tuple[str, ...] = ()) -> None:
        self.concepts = concepts
        self.domain_words = domain_words
        self._index = _LabelIndex()
        for concept in concepts.values():
            for label in concept.zh_labels:
                self._index.add(label, concept.iri)

    @classmethod
    def load(cls, path: Path | None = None) -> ThemeVocabulary:
        """Read themes.ttl (the repository's by default)."""
        graph = _parse(path or ontology_path("themes.ttl"))
        schemes = sorted(graph.subjects(RDF.type, SKOS.ConceptScheme))
        words = tuple(w for scheme in schemes for w in _literals(graph, scheme, PK.keyword, None))
        return cls(_read_concepts(graph, None), words)

    def concept(self, iri: str) -> Concept:
        """The theme with this IRI."""
        return self.concepts[str(iri)]

    def lookup(self, heading_text: str) -> str | None:
        """Theme named by a section heading: exact label, then minus numbering/活动, then longest
        label the heading contains (at least 3 characters, so 标准 alone decides nothing);
        none when the heading lists the labels of several themes (融资、涉税和跨境贸易)."""
        key = _strip_heading(heading_text)
        found = self._index.get(heading_text) or self._index.get(key)
        if found or not key:
            return found
        named: dict[str, int] = {}
        for concept in self.concepts.values():
            for label in concept.zh_labels:
                norm = normalise_label(label)
                if len(norm) >= 2 and norm in key:
                    named[concept.iri] = max(named.get(concept.iri, 0), len(norm))
        if _LISTED_IN_HEADING.search(key) and len(named) > 1:
            return None  # 强化融资、涉税和跨境贸易服务: a section of several themes decides none
        long = [(size, iri) for iri, size in named.items() if size >= _THEME_LABEL_MIN]
        return max(long)[1] if long else None

    def keywords(self) -> list[tuple[str, str]]:
        """(keyword, theme IRI) pairs: pk:keyword values and the zh labels themselves."""
        pairs = {
            (normalise_label(word), concept.iri)
            for concept in self.concepts.values()
            for word in (*concept.zh_labels, *concept.keywords)
        }
        return sorted(pair for pair in pairs if pair[0])


_THEME_LABEL_MIN = 3
_LISTED_IN_HEADING = re.compile(r"[、,和及与]")
"""A heading that lists: 强化融资、涉税和跨境贸易服务."""
_HEADING_NOISE = re.compile(
    rf"^(?:[{CN_NUMERAL_CHARS}]+[、.]|\(?[{CN_NUMERAL_CHARS}]+\)|\d+[、.]?|第[^章节]{{1,3}}[章节部分])"
)
_HEADING_TAIL = re.compile(r"(?:活动|工作|领域|方面|指标)$")


def _strip_heading(text: str) -> str:
    key = normalise_label(text)
    key = _HEADING_NOISE.sub("", key)
    return _HEADING_TAIL.sub("", key)


# --- jieba --------------------------------------------------------------------------------------


def user_dictionary_lines(words: Iterable[str]) -> list[str]:
    """jieba user-dictionary lines ("word") for vocabulary labels.

    jieba tokens cannot contain punctuation, so a label like 双随机、一公开 contributes its
    pieces (双随机, 一公开); single characters are left to jieba. No frequency is given, so
    jieba computes the smallest one that keeps each word whole (suggest_freq).
    """
    pieces = set()
    for word in words:
        for block in _HAN_BLOCK.findall(normalise_label(word)):
            if len(block) >= 2:
                pieces.add(block)
    return sorted(pieces)


def vocabulary_words() -> list[str]:
    """Every label of both default vocabularies and every theme keyword."""
    mechanisms = MechanismVocabulary.load()
    themes = ThemeVocabulary.load()
    words = list(mechanisms.labels())
    words += [word for word, _ in themes.keywords()]
    words += themes.domain_words
    return words


_LOCK = threading.Lock()


@lru_cache(maxsize=4)
def tokenizer(extra_words: tuple[str, ...] = ()) -> jieba.Tokenizer:
    """A private jieba tokenizer with the vocabulary's user dictionary (plus ``extra_words``,
    the labels a curation adds), built once per process and word list.

    The global jieba instance is left alone; the dictionary caches (jieba's and the prefix
    dictionary with the user words added, :func:`_prefix_dictionary_file`) go to a temp dir so
    nothing is written into the repository, and nothing is downloaded.
    """
    with _LOCK:
        instance = jieba.Tokenizer()
        instance.tmp_dir = tempfile.gettempdir()
        jieba.setLogLevel(jieba.logging.WARNING)
        words = user_dictionary_lines([*vocabulary_words(), *extra_words])
        saved = _prefix_dictionary_file(words)
        try:
            instance.FREQ, instance.total = marshal.loads(saved.read_bytes())
            instance.initialized = True
        except (OSError, EOFError, ValueError, TypeError):
            instance.initialize()
            instance.load_userdict(io.StringIO("\n".join(words)))
            _save_prefix_dictionary(saved, instance)
        return instance


def _prefix_dictionary_file(words: list[str]) -> Path:
    """Where the tokenizer's prefix dictionary with ``words`` added is kept between runs, next
    to jieba's own cache: jieba reads its cache through a file object (~0.65 s), one
    ``marshal.loads`` of the bytes takes a third of that, and the user words come added. The
    name hashes jieba's version and dictionary file and the words, so any change makes a new
    one."""
    dictionary = Path(jieba.__file__).with_name(jieba.DEFAULT_DICT_NAME).stat()
    key = "\0".join([jieba.__version__, str(dictionary.st_size), str(dictionary.st_mtime_ns)])
    digest = hashlib.sha256("\n".join([key, *words]).encode("utf-8")).hexdigest()
    return Path(tempfile.gettempdir()) / f"practice-kg-jieba-{digest[:24]}.cache"


def _save_prefix_dictionary(path: Path, instance: jieba.Tokenizer) -> None:
    """Write the prefix dictionary whole or not at all (a temp file moved into place); a
    folder that cannot be written only means the next run builds it again."""
    try:
        fd, temp = tempfile.mkstemp(prefix=path.name, dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as handle:
            marshal.dump((instance.FREQ, instance.total), handle)
        os.replace(temp, path)
    except OSError:
        Path(temp).unlink(missing_ok=True)
        return
    _prune_prefix_dictionaries(path.parent)


KEPT_PREFIX_DICTIONARIES = 4
"""How many prefix dictionaries (9 MB each) stay in the temp dir: each word list (a curation
adds words) makes its own, and a researcher curating batch by batch would pile them up."""


def _prune_prefix_dictionaries(folder: Path) -> None:
    """Remove all but the newest :data:`KEPT_PREFIX_DICTIONARIES` saved prefix dictionaries."""
    saved = sorted(folder.glob("practice-kg-jieba-*.cache"), key=_modified, reverse=True)
    for old in saved[KEPT_PREFIX_DICTIONARIES:]:
        old.unlink(missing_ok=True)


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def tokenize(text: str, extra_words: tuple[str, ...] = ()) -> list[tuple[str, int, int]]:
    """(word, start, end) tokens of `text` in jieba's precise mode with HMM."""
    return list(tokenizer(extra_words).tokenize(text, mode="default", HMM=True))


class TokenBounds:
    """Where jieba's precise mode puts word boundaries in ``text``, cut on demand.

    jieba cuts each run of word characters (its ``re_han_default``) on its own and splits what
    lies between runs character by character, so cutting only the runs asked about gives the
    boundaries a cut of the whole text gives, at a fraction of the cost (a mechanism text asks
    about the few places where a short alias starts).

    >>> bounds = TokenBounds("推行一网通办改革。")
    >>> [pos for pos in range(10) if pos in bounds]
    [0, 2, 6, 8, 9]
    """

    def __init__(self, text: str, extra_words: tuple[str, ...] = ()) -> None:
        self._text = text
        self._extra = extra_words
        self._runs = [m.span() for m in jieba.re_han_default.finditer(text)]
        self._starts = [start for start, _ in self._runs]
        self._cuts: dict[int, frozenset[int]] = {}

    def __contains__(self, pos: object) -> bool:
        if not isinstance(pos, int) or not 0 <= pos <= len(self._text):
            return False
        k = bisect_right(self._starts, pos) - 1
        if k < 0 or not self._runs[k][0] < pos < self._runs[k][1]:
            return self._text[pos - 1 : pos + 1] != "\r\n"  # between runs: every character
        return pos in self._cut(k)

    def _cut(self, k: int) -> frozenset[int]:
        if k not in self._cuts:
            start, end = self._runs[k]
            words = tokenize(self._text[start:end], self._extra)
            self._cuts[k] = frozenset(start + stop for _, _, stop in words)
        return self._cuts[k]
