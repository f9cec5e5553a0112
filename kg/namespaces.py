"""The project's namespaces and prefixes, defined once for everything that names a term.

``PK`` is closed over the ontology: it holds exactly the classes and properties that
``ontology/practice.ttl`` (and ``themes.ttl``, for ``pk:keyword``) declare, so a typo fails
where it is written instead of minting a term no query will ever match. The data namespaces
(``PKD`` ids, ``PKM`` mechanisms, ``PKT`` themes, ``PKR`` regions) are open: their local names
come from content. ``PREFIXES`` is the one prefix table — Turtle and JSON-LD bind it,
pyoxigraph takes it for SPARQL, and ``SPARQL_PREFIXES`` is its rendering for query text.

Example:
    >>> PK.fileName
    rdflib.term.URIRef('https://w3id.org/practice-kg/ontology#fileName')
    >>> PK.fileNmae
    Traceback (most recent call last):
    ...
    AttributeError: term 'fileNmae' not in namespace 'https://w3id.org/practice-kg/ontology#'
    >>> PREFIXES["pkr"]
    'https://w3id.org/practice-kg/region/'
"""

from __future__ import annotations

from inspect import get_annotations

from rdflib import RDF, RDFS, XSD, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SH, SKOS, DefinedNamespace

__all__ = ["PK", "PKD", "PKM", "PKR", "PKT", "PREFIXES", "SH", "SPARQL_PREFIXES", "sparql_prefixes"]


class PK(DefinedNamespace):
    """The Practice KG ontology (ontology/practice.ttl); tests check the two declare the same."""

    _NS = Namespace("https://w3id.org/practice-kg/ontology#")
    _fail = True

    # classes
    Agency: URIRef
    Build: URIRef
    Decision: URIRef
    Document: URIRef
    Evidence: URIRef
    Measure: URIRef
    Mechanism: URIRef
    MechanismCategory: URIRef
    Outcome: URIRef
    Region: URIRef
    # a measure's links
    document: URIRef
    region: URIRef
    agency: URIRef
    mechanism: URIRef
    outcome: URIRef
    theme: URIRef
    status: URIRef
    ordinal: URIRef
    caseLabel: URIRef
    section: URIRef
    # evidence
    start: URIRef
    end: URIRef
    quote: URIRef
    evidence: URIRef
    inferred: URIRef
    basis: URIRef
    # regions
    adminCode: URIRef
    level: URIRef
    partOf: URIRef
    codeTable: URIRef
    # outcomes
    value: URIRef
    unit: URIRef
    metric: URIRef
    baseline: URIRef
    qualifier: URIRef
    # mechanisms and themes
    candidate: URIRef
    keyword: URIRef
    # documents and provenance
    fileName: URIRef
    sha256: URIRef
    textSha256: URIRef
    reader: URIRef
    textFile: URIRef
    encoding: URIRef
    script: URIRef
    skippedRepeat: URIRef
    toolVersion: URIRef
    # curation
    action: URIRef
    name: URIRef
    concept: URIRef
    curationFile: URIRef
    curationSha256: URIRef


def terms(namespace: type[DefinedNamespace]) -> frozenset[str]:
    """The local names a closed namespace declares."""
    return frozenset(get_annotations(namespace))


for _term in terms(PK):
    # A plain class attribute: building the graph reads PK.start once per triple, and the
    # metaclass's lookup for a missing attribute costs a call and a cache probe each time.
    setattr(PK, _term, PK[_term])


class _Namespace(Namespace):
    """An open rdflib Namespace that keeps each attribute term it makes (Namespace.__getattr__
    builds a new URIRef on every access)."""

    def __getattr__(self, name: str) -> URIRef:
        term = super().__getattr__(name)
        if not name.startswith("_"):
            self.__dict__[name] = term
        return term


PKD = Namespace("https://w3id.org/practice-kg/id/")
PKM = _Namespace("https://w3id.org/practice-kg/mechanism/")
PKT = Namespace("https://w3id.org/practice-kg/theme/")
PKR = Namespace("https://w3id.org/practice-kg/region/")

PREFIXES: dict[str, str] = {
    "pk": str(PK),
    "pkd": str(PKD),
    "pkm": str(PKM),
    "pkt": str(PKT),
    "pkr": str(PKR),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
}
"""Prefix → namespace IRI, in the order exports declare them."""


def sparql_prefixes(*names: str) -> str:
    """The PREFIX lines of a SPARQL query for ``names`` (all of ``PREFIXES`` when none): a
    query shown to readers declares only the prefixes it uses.

    >>> print(sparql_prefixes("pk", "rdfs"), end="")
    PREFIX pk: <https://w3id.org/practice-kg/ontology#>
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    """
    return "".join(f"PREFIX {name}: <{PREFIXES[name]}>\n" for name in names or PREFIXES)


SPARQL_PREFIXES = sparql_prefixes()
"""``PREFIXES`` as the PREFIX lines of a SPARQL query."""
