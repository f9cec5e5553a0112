"""SPARQL over the exported graph, in an embedded Oxigraph store, with named queries.

Named queries live in ``ontology/queries/*.rq``. Each starts with a comment header::

    # Measures that use one mechanism, with their region and outcomes.
    # param: mechanism — zh label or altLabel of the mechanism (literal, 双随机、一公开)

Parameters are *bound*, never spliced into the text: a value becomes a typed RDF term
(IRI or literal, as the header declares) and reaches the engine through pyoxigraph's
``substitutions`` (SEP-0007), so quotes or braces in a value cannot change the query.
SEP-0007 wants each bound variable in the SELECT projection, so named queries project their
parameters (which also shows the reader which value produced the rows).

Example:
    >>> store = load_store(Path("exports/practice-kg.nt"))
    >>> table = select(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s a pk:Measure }")
    >>> table.rows
    [('95',)]

A named query, its parameter bound as a typed term:
    >>> query = named_query("recurring-mechanisms")
    >>> [(p.name, p.kind) for p in query.params]
    [('min_provinces', 'integer')]
    >>> table = select(store, query.text, bind(query, {"min_provinces": "3"}))
    >>> table.columns
    ('min_provinces', 'mechanism', 'mechanismName', 'provinces', 'measures')
    >>> [row[2:] for row in table.rows[:2]]
    [('包容审慎监管', '4', '6'), ('一件事一次办', '4', '5')]
"""

from __future__ import annotations

import difflib
import json
import math
import re
from collections.abc import Callable, Mapping
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import USAGE, ExportUnreadable, KgError, existing_export
from kg.namespaces import PREFIXES
from kg.resources import ontology_path

DEFAULT_EXPORT = Path("exports/practice-kg.nt")

XSD = PREFIXES["xsd"]
PARAM_KINDS = ("iri", "literal", "integer", "decimal", "date")
"""How a parameter value becomes a term: an IRI, an xsd:string, or a typed literal."""

FORMATS = ("table", "csv", "tsv", "json")
TABLE_CELL_WIDTH = 60
"""Display columns a table cell may take; csv, tsv and json keep every character."""
_RESULT_FORMATS = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
}
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
_PARAM_LINE = re.compile(
    r"^#\s*param:\s*(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*[—–-]+\s*(?P<meaning>.*?)\s*"
    r"\(\s*(?P<kind>[a-z]+)\s*,\s*(?P<example>.*)\)\s*$"
)
_SYNTAX_AT = re.compile(r"error at (\d+):(\d+):\s*(.*)", re.DOTALL)
_UPDATES = "INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH"
"""The words a SPARQL 1.1 Update operation starts with."""
_QUERY_START = re.compile(
    rf"^\s*(#|PREFIX|BASE|SELECT|ASK|CONSTRUCT|DESCRIBE|{_UPDATES})\b", re.IGNORECASE
)
_UPDATE = re.compile(
    rf"^(?:\s|#[^\n]*(?:\n|$)|PREFIX\s*[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>)*({_UPDATES})\b",
    re.IGNORECASE,
)

Term = ox.NamedNode | ox.Literal | ox.BlankNode
_INTEGERS = (
    "integer", "long", "int", "short", "byte", "nonNegativeInteger", "positiveInteger",
    "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort",
    "unsignedByte",
)  # fmt: skip
_NUMBERS: dict[str, Callable[[str], int | float]] = {
    **{XSD + name: int for name in _INTEGERS},
    **{XSD + name: float for name in ("decimal", "double", "float")},
}
"""XSD numeric datatypes (xsd:integer and those derived from it, decimal, double, float) and
how their values become JSON numbers."""


class UnknownQuery(KgError, LookupError):
    """A query name that matches no file of ontology/queries/; carries the close names."""

    exit_code = USAGE

    def __init__(self, name: str, close: list[str]) -> None:
        hint = f"; did you mean {', '.join(close)}?" if close else "; see `kg query --list`"
        super().__init__(f"no named query {name!r}{hint}")
        self.name = name
        self.close = close


class NotAQuery(KgError, FileNotFoundError):
    """What was given as a query is neither SPARQL text, a .rq file nor a query name."""

    exit_code = USAGE

    def __init__(self, spec: str) -> None:
        super().__init__(f"{spec}: neither a SPARQL query, a file, nor a query name")


class ReadOnly(KgError, ValueError):
    """A SPARQL update (INSERT, DELETE, DROP …): queries read the export, never change it
    (the export is what kg build wrote, and the next build would undo any edit)."""

    exit_code = USAGE

    def __init__(self, verb: str) -> None:
        super().__init__(
            f"{verb.upper()} is a SPARQL update; kg query is read-only (SELECT, ASK, "
            "CONSTRUCT or DESCRIBE): the export changes only when kg build writes it"
        )


class ParamError(KgError, ValueError):
    """A --param the query does not declare, a missing one, or a value of the wrong kind."""

    exit_code = USAGE


class QuerySyntaxError(KgError, ValueError):
    """The SPARQL parser refused the query; line and column are 1-based. The message shows
    the offending line of the query with a caret under the column."""

    exit_code = USAGE

    def __init__(self, message: str, line: int | None, column: int | None, text: str) -> None:
        where = f"line {line}, column {column}: " if line is not None else ""
        super().__init__(f"SPARQL syntax error at {where}{message}{_pointer(text, line, column)}")
        self.detail = message
        self.line = line
        self.column = column


def _pointer(text: str, line: int | None, column: int | None) -> str:
    """The line of ``text`` the parser names, with a caret under its column."""
    lines = text.splitlines()
    if line is None or not 0 < line <= len(lines):
        return ""
    shown = lines[line - 1]
    at = max(min((column or 1) - 1, len(shown)), 0)
    return f"\n  {shown}\n  {' ' * display_width(shown[:at])}^"


@dataclass(frozen=True)
class Param:
    """A declared parameter: the variable it binds, what it means, its kind, an example."""

    name: str
    meaning: str
    kind: str
    example: str


@dataclass(frozen=True)
class NamedQuery:
    """A SPARQL query with its one-line description and declared parameters."""

    name: str
    description: str
    params: tuple[Param, ...]
    text: str


@dataclass(frozen=True)
class Table:
    """A SELECT result as strings: column names and rows."""

    columns: tuple[str, ...]
    rows: list[tuple[str, ...]]


@dataclass(frozen=True)
class TermTable:
    """A SELECT result as RDF terms (None where a variable is unbound)."""

    columns: tuple[str, ...]
    rows: list[tuple[Term | None, ...]]


# --- loading ---------------------------------------------------------------------------------


def load_store(path: Path = DEFAULT_EXPORT) -> ox.Store:
    """An in-memory store holding the export (N-Triples, Turtle or JSON-LD, by file ending);
    ExportMissing or ExportUnreadable say what is wrong with the file."""
    existing_export(path)
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=export_format(path))
    except (SyntaxError, ValueError) as err:
        raise ExportUnreadable(path, str(err)) from err
    return store


def export_format(path: Path) -> ox.RdfFormat:
    """The RDF format an export's file ending names (.nt, .ttl, .jsonld); Turtle for none."""
    return ox.RdfFormat.from_extension(path.suffix.lstrip(".").lower()) or ox.RdfFormat.TURTLE


# --- named queries ---------------------------------------------------------------------------


def queries_dir() -> Path:
    """ontology/queries/ in a checkout (next to kg/) or installed as package data."""
    return ontology_path("queries")


def parse_header(name: str, text: str) -> NamedQuery:
    """Read the description (first comment line) and `# param:` lines of a query text."""
    description = ""
    params: list[Param] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            if stripped:
                break
            continue
        match = _PARAM_LINE.match(stripped)
        if match:
            params.append(_param(name, match))
        elif not description and not stripped.lower().startswith("# param"):
            description = stripped.lstrip("#").strip()
        elif stripped.lower().startswith("# param"):
            raise ParamError(f"{name}: cannot read parameter line {stripped!r}")
    return NamedQuery(name, description, tuple(params), text)


def _param(query: str, match: re.Match[str]) -> Param:
    kind = match["kind"]
    if kind not in PARAM_KINDS:
        raise ParamError(
            f"{query}: parameter {match['name']!r} has kind {kind!r}, "
            f"not one of {', '.join(PARAM_KINDS)}"
        )
    return Param(match["name"], match["meaning"], kind, match["example"].strip())


def named_queries(folder: Path | None = None) -> dict[str, NamedQuery]:
    """Every named query of ontology/queries/, by file name without .rq, sorted."""
    folder = folder or queries_dir()
    return {
        path.stem: parse_header(path.stem, path.read_text(encoding="utf-8"))
        for path in sorted(folder.glob("*.rq"))
    }


def named_query(name: str, folder: Path | None = None) -> NamedQuery:
    """The named query called ``name``; UnknownQuery lists close names when there is none."""
    queries = named_queries(folder)
    if name in queries:
        return queries[name]
    close = difflib.get_close_matches(name, list(queries), n=4, cutoff=0.5)
    close += [q for q in queries if name in q and q not in close]
    raise UnknownQuery(name, close[:5])


def resolve(spec: str, folder: Path | None = None) -> NamedQuery:
    """A query given as SPARQL text, a .rq file, or the name of a named query."""
    if _QUERY_START.match(spec) or "{" in spec:
        return parse_header("(text)", spec)
    path = Path(spec)
    if path.is_file():
        return parse_header(path.stem, path.read_text(encoding="utf-8"))
    if _NAME.match(spec) and not spec.endswith(".rq"):
        return named_query(spec, folder)
    raise NotAQuery(spec)


# --- parameters ------------------------------------------------------------------------------


def parse_assignments(pairs: list[str] | tuple[str, ...]) -> dict[str, str]:
    """`name=value` strings into a dict; the value keeps everything after the first `=`."""
    values: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise ParamError(f"--param {pair!r}: write it as name=value")
        values[name.strip()] = value
    return values


def bind(query: NamedQuery, values: Mapping[str, str]) -> dict[str, Term]:
    """Typed terms for the query's declared parameters; every one must be given.

    A parameter the query does not declare is refused, except for ad-hoc text without a
    header, where it is taken as a plain literal.
    """
    declared = {p.name: p for p in query.params}
    unknown = sorted(set(values) - set(declared))
    if unknown and query.params:
        raise ParamError(
            f"{query.name} has no parameter {', '.join(unknown)}; it takes {_usage(query)}"
        )
    missing = [p for p in query.params if p.name not in values]
    if missing:
        raise ParamError(f"{query.name} needs {_usage(query, missing)}")
    terms = {p.name: term_for(p, values[p.name]) for p in query.params}
    for name in unknown:
        terms[name] = ox.Literal(values[name])
    return terms


def _usage(query: NamedQuery, params: list[Param] | None = None) -> str:
    chosen = query.params if params is None else params
    return " ".join(f"--param {p.name}={p.example!r} ({p.kind})" for p in chosen) or "none"


def term_for(param: Param, value: str) -> Term:
    """The RDF term a value stands for, by the parameter's declared kind."""
    if param.kind == "iri":
        return _iri(param.name, value)
    if param.kind == "literal":
        return ox.Literal(value)
    datatype = ox.NamedNode(XSD + param.kind)
    term = ox.Literal(value.strip(), datatype=datatype)
    if not _valid_typed(term):
        raise ParamError(f"--param {param.name}={value!r}: not a valid xsd:{param.kind}")
    return term


def _valid_typed(term: ox.Literal) -> bool:
    checks = {
        "integer": re.compile(r"^[+-]?\d+$"),
        "decimal": re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$"),
        "date": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    }
    return bool(checks[term.datatype.value.removeprefix(XSD)].match(term.value))


def _iri(name: str, value: str) -> ox.NamedNode:
    """A full IRI, `<IRI>` or a prefixed name with one of the project's prefixes."""
    text = value.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    prefix, sep, local = text.partition(":")
    if sep and prefix in PREFIXES and not local.startswith("//"):
        text = PREFIXES[prefix] + local
    try:
        return ox.NamedNode(text)
    except ValueError as err:
        raise ParamError(f"--param {name}={value!r}: not a valid IRI ({err})") from err


# --- running ---------------------------------------------------------------------------------


def execute(
    store: ox.Store, query: str, bindings: Mapping[str, Term] | None = None
) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    """Run a read-only query with the project's prefixes predeclared and parameters bound."""
    update = _UPDATE.match(query)
    if update:
        raise ReadOnly(update[1])
    substitutions = {ox.Variable(name): term for name, term in (bindings or {}).items()}
    try:
        return store.query(query, prefixes=PREFIXES, substitutions=substitutions or None)
    except SyntaxError as err:
        raise _syntax_error(err, query) from err
    except RuntimeError as err:
        if "projection" in str(err):
            raise ParamError(f"{err}: a bound parameter must be a SELECT variable") from err
        raise


def _syntax_error(err: SyntaxError, query: str) -> QuerySyntaxError:
    message = err.msg if isinstance(err.msg, str) else str(err)
    match = _SYNTAX_AT.search(message)
    if match:
        return QuerySyntaxError(match[3].strip(), int(match[1]), int(match[2]), query)
    return QuerySyntaxError(message, err.lineno, err.offset, query)


def select_terms(
    store: ox.Store, query: str, bindings: Mapping[str, Term] | None = None
) -> TermTable:
    """Run a SELECT query and keep the RDF terms of each row."""
    solutions = execute(store, query, bindings)
    if not isinstance(solutions, ox.QuerySolutions):
        raise ValueError("not a SELECT query")
    columns = tuple(v.value for v in solutions.variables)
    rows = [tuple(solution[c] for c in columns) for solution in solutions]
    return TermTable(columns, rows)


def select(store: ox.Store, query: str, bindings: Mapping[str, Term] | None = None) -> Table:
    """Run a SELECT query: each cell is the term's plain value (IRI or lexical form)."""
    table = select_terms(store, query, bindings)
    return Table(table.columns, [tuple(_text(t) for t in row) for row in table.rows])


def _text(term: Term | None) -> str:
    return "" if term is None else term.value


def render(
    store: ox.Store, query: str, bindings: Mapping[str, Term] | None = None, fmt: str = "table"
) -> str:
    """A query's result as text: an aligned table, or SPARQL 1.1 CSV/TSV/JSON results.

    ASK answers true/false; CONSTRUCT and DESCRIBE give N-Triples whatever the format.
    """
    result = execute(store, query, bindings)
    if isinstance(result, ox.QueryBoolean):
        return "true" if bool(result) else "false"
    if isinstance(result, ox.QueryTriples):
        return result.serialize(format=ox.RdfFormat.N_TRIPLES).decode("utf-8").rstrip("\n")
    if fmt != "table":
        data = result.serialize(format=_RESULT_FORMATS[fmt]).decode("utf-8")
        return _typed_json(data) if fmt == "json" else data.rstrip("\r\n")
    columns = tuple(v.value for v in result.variables)
    rows = [tuple(_cell(compact(solution[c])) for c in columns) for solution in result]
    count = f"({len(rows)} row{'' if len(rows) == 1 else 's'})"
    return f"{format_table(Table(columns, rows))}\n{count}"


def _typed_json(data: str) -> str:
    """SPARQL 1.1 JSON results with each numeric literal's value a JSON number (its
    datatype kept): the standard keeps every value a string, so a script comparing counts
    would compare text. A value with no JSON number (INF, NaN, a malformed literal) stays
    as written."""
    results = json.loads(data)
    for binding in results["results"]["bindings"]:
        for cell in binding.values():
            number = _NUMBERS.get(cell.get("datatype", ""))
            if number is not None:
                with suppress(ValueError):
                    value = number(cell["value"])
                    if math.isfinite(value):
                        cell["value"] = value
    return json.dumps(results, ensure_ascii=False, separators=(",", ":"))


def _cell(text: str, limit: int = TABLE_CELL_WIDTH) -> str:
    """One line, cut to ``limit`` display columns: long quotes would swamp a table."""
    flat = " ".join(text.split())
    if display_width(flat) <= limit:
        return flat
    out, used = [], 0
    for ch in flat:
        used += display_width(ch)
        if used > limit - 1:
            break
        out.append(ch)
    return "".join(out) + "…"


def compact(term: Term | None) -> str:
    """A cell for people: prefixed IRIs (pkr:610100), literal values without quotes."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, namespace in PREFIXES.items():
            if term.value.startswith(namespace) and len(term.value) > len(namespace):
                return f"{prefix}:{term.value[len(namespace) :]}"
        return f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def format_table(table: Table) -> str:
    """A plain text table with columns aligned by display width (CJK counts double)."""
    cells = [list(table.columns), *[list(r) for r in table.rows]]
    widths = [max(display_width(row[i]) for row in cells) for i in range(len(table.columns))]
    lines = ["  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)) for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(line.rstrip() for line in lines)


def display_width(text: str) -> int:
    """Terminal columns a text takes: CJK characters count double."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))
