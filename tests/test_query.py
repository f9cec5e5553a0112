"""SPARQL on the seed export: named queries against facts of the seed texts, bound parameters,
pyoxigraph against plain rdflib, and the `kg query` command's output and errors."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections import Counter
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result
from rdflib import BNode, Graph, Literal, URIRef

from kg.cli import main
from kg.errors import ExportMissing
from kg.namespaces import PREFIXES
from kg.query import (
    PARAM_KINDS,
    ParamError,
    QuerySyntaxError,
    ReadOnly,
    UnknownQuery,
    bind,
    load_store,
    named_queries,
    named_query,
    parse_assignments,
    resolve,
    select,
    select_terms,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
XSD = PREFIXES["xsd"]
NUMERIC = {XSD + t for t in ("integer", "decimal", "double", "float", "long", "int")}
HOSTILE = [
    'x" } ; DROP ALL ; #',
    '双随机、一公开" || true || "',
    '双随机、一公开" } UNION { ?concept ?p ?label } #',
    "} } SELECT * WHERE { ?s ?p ?o",
    '\\" ) ) ; CLEAR DEFAULT',
]


# --- fixtures --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def export(built) -> Path:
    _, _, out = built
    return out / "practice-kg.nt"


@pytest.fixture(scope="module")
def store(export: Path) -> ox.Store:
    return load_store(export)


@pytest.fixture(scope="module")
def rdflib_graph(export: Path) -> Graph:
    """The same export parsed by plain rdflib, as the reference engine."""
    return Graph().parse(export, format="nt")


def examples(name: str) -> dict[str, str]:
    """The example values a named query's header declares."""
    return {p.name: p.example for p in named_query(name).params}


def run(store: ox.Store, name: str, **values: str) -> list[dict[str, str]]:
    """A named query's rows as {column: plain value}, with the header's examples by default."""
    query = named_query(name)
    table = select(store, query.text, bind(query, {**examples(name), **values}))
    return [dict(zip(table.columns, row, strict=True)) for row in table.rows]


def seed_text(file_name: str) -> str:
    """A seed document decoded as the builder decodes it (bytes → str, newlines untouched)."""
    return (SEEDS / file_name).read_bytes().decode("utf-8")


# --- named query files -----------------------------------------------------------------------

REQUIRED = [
    "mechanisms-by-province",
    "recurring-mechanisms",
    "measures-by-mechanism",
    "link-evidence",
    "agencies-of-region",
    "outcomes-by-metric",
    "planned-vs-implemented",
    "adoption-dates",
    "candidate-mechanisms",
    "region-hierarchy",
    "count-by-class",
    "count-by-document",
]


def test_the_required_named_queries_exist() -> None:
    assert set(REQUIRED) <= set(named_queries())
    assert len(named_queries()) >= 12


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_header_describes_the_query_and_its_params(name: str) -> None:
    query = named_query(name)
    first = query.text.splitlines()[0]
    assert first.startswith("# ") and first[2:] == query.description and len(first) > 20
    for line in query.text.splitlines():
        if line.startswith("# param"):
            assert re.match(r"^# param: \w+ — .+ \((iri|literal|integer|decimal|date), .+\)$", line)
    for param in query.params:
        assert param.kind in PARAM_KINDS
        # SEP-0007 binds only projected variables: each parameter is a result column.
        head = query.text.split("WHERE")[0]
        assert f"?{param.name} " in head or f"?{param.name}\n" in head


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_named_query_is_self_contained(name: str) -> None:
    """Each file declares its own prefixes, so it runs unchanged in Fuseki or GraphDB."""
    query = named_query(name)
    bindings = {ox.Variable(k): v for k, v in bind(query, examples(name)).items()}
    ox.Store().query(query.text, substitutions=bindings or None)  # raises on a missing prefix


# --- every named query on the seed export ----------------------------------------------------


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_every_named_query_returns_rows(store: ox.Store, name: str) -> None:
    assert run(store, name), f"{name} returned no rows on the seed export"


def test_double_random_is_used_in_shaanxi_and_shandong(store: ox.Store) -> None:
    # 000/001 (Shaanxi) and 003 (Shandong) all write “双随机、一公开”.
    rows = run(store, "mechanisms-by-province")
    using = {r["provinceName"] for r in rows if r["mechanismName"] == "双随机、一公开"}
    assert {"陕西省", "山东省"} <= using
    assert all(r["province"].startswith(PREFIXES["pkr"]) for r in rows)
    assert all(int(r["measures"]) >= 1 for r in rows)


def test_recurring_mechanisms_respects_the_threshold(store: ox.Store) -> None:
    two = run(store, "recurring-mechanisms", min_provinces="2")
    assert "双随机、一公开" in {r["mechanismName"] for r in two}
    assert all(int(r["provinces"]) >= 2 and r["min_provinces"] == "2" for r in two)
    three = {r["mechanism"] for r in run(store, "recurring-mechanisms", min_provinces="3")}
    assert three <= {r["mechanism"] for r in two}
    assert run(store, "recurring-mechanisms", min_provinces="40") == []
    # the counts agree with mechanisms-by-province
    by_province = Counter(r["mechanism"] for r in run(store, "mechanisms-by-province"))
    assert all(by_province[r["mechanism"]] == int(r["provinces"]) for r in two)


def test_measures_by_mechanism_accepts_pref_and_alt_labels(store: ox.Store) -> None:
    pref = run(store, "measures-by-mechanism", mechanism="双随机、一公开")
    alt = run(store, "measures-by-mechanism", mechanism="双随机一公开")
    assert pref
    assert {r["measure"] for r in pref} == {r["measure"] for r in alt}
    assert {r["concept"] for r in pref} == {PREFIXES["pkm"] + "double-random-one-public"}
    assert {"陕西省", "山东省"} <= {r["provinceName"] for r in pref}
    assert any(r["value"] for r in pref), "some measure using it reports an outcome"


def test_measures_by_mechanism_are_backed_by_the_seed_text(store: ox.Store) -> None:
    measures = {r["measure"] for r in run(store, "measures-by-mechanism")}
    target = "pkm:double-random-one-public"
    for measure in sorted(measures):
        rows = run(store, "link-evidence", measure=measure, target=target)
        assert rows, f"no evidence for {measure} → {target}"
        for row in rows:
            text = seed_text(row["file"])
            assert text[int(row["start"]) : int(row["end"])] == row["quote"]
            assert "双随机" in row["quote"] or "雙隨機" in row["quote"]  # 002 is traditional


def test_link_evidence_quotes_the_original_text(store: ox.Store) -> None:
    rows = run(store, "link-evidence")
    assert rows
    for row in rows:
        assert row["predicate"] == PREFIXES["pk"] + "mechanism"
        assert seed_text(row["file"])[int(row["start"]) : int(row["end"])] == row["quote"]
        assert "一网通办" in row["quote"] or "一网" in row["quote"]


def test_link_evidence_in_the_traditional_document_stays_traditional(store: ox.Store) -> None:
    # 002 is written in traditional characters: 1.上海:企業信息“自動變更”“高效辦成一件事”
    shanghai = next(
        r["measure"]
        for r in run(store, "measures-by-mechanism", mechanism="一件事一次办")
        if r["provinceName"] == "上海市"
    )
    rows = run(store, "link-evidence", measure=shanghai, target="pkm:one-thing-once")
    assert rows and all(r["file"] == "002_7cf1f168e163e9dc.txt" for r in rows)
    assert "高效辦成一件事" in {r["quote"] for r in rows}
    for row in rows:
        assert seed_text(row["file"])[int(row["start"]) : int(row["end"])] == row["quote"]
    region = run(store, "link-evidence", measure=shanghai, target="pkr:310000")
    assert [(r["predicate"], r["quote"]) for r in region] == [(PREFIXES["pk"] + "region", "上海")]


def test_agencies_of_region_by_name_and_by_code(store: ox.Store) -> None:
    by_name = run(store, "agencies-of-region", region="西安市")
    by_code = run(store, "agencies-of-region", region="610100")
    assert by_name
    assert {r["agency"] for r in by_name} == {r["agency"] for r in by_code}
    assert all(r["place"] == PREFIXES["pkr"] + "610100" for r in by_name)
    assert any("西安" in r["agencyName"] for r in by_name)
    province = {r["agency"] for r in run(store, "agencies-of-region", region="陕西省")}
    assert {r["agency"] for r in by_name} < province
    assert run(store, "agencies-of-region", region="不存在市") == []


def test_outcomes_by_metric_across_regions(store: ox.Store) -> None:
    rows = run(store, "outcomes-by-metric", metric="时间")
    assert rows
    assert all("时间" in r["outcomeMetric"] for r in rows)
    assert len({r["regionName"] for r in rows if r["regionName"]}) >= 2
    for row in rows:
        Decimal(row["value"])  # a number
    # 004: 全市企业开办时间压缩至2个工作日以内
    assert any(Decimal(r["value"]) == 2 and "2个工作日" in r["quote"] for r in rows)


def test_planned_measures_come_from_the_work_plan_only(store: ox.Store) -> None:
    rows = run(store, "planned-vs-implemented")
    planned = {r["file"] for r in rows if r["status"] == "planned"}
    assert planned == {"004_f28145c5286a17a0.txt"}  # only 004 has 二、工作打算
    implemented = {r["file"] for r in rows if r["status"] == "implemented"}
    assert {p.name for p in SEEDS.glob("*.txt")} == implemented
    shaanxi = [r for r in rows if r["file"].startswith("000_")]
    assert shaanxi == [
        {
            "file": "000_afa441fe3532fa0d.txt",
            "issued": "2022-06-09",
            "status": "implemented",
            "measures": "21",
        }
    ]


def test_adoption_dates_are_the_document_dates(store: ox.Store) -> None:
    rows = run(store, "adoption-dates")
    double = {r["provinceName"]: r["first"] for r in rows if r["mechanismName"] == "双随机、一公开"}
    assert double["陕西省"] == "2022-06-09"  # 000 is issued before 001 (2022-08-08)
    assert double["山东省"] == "2023-01-16"
    assert all(re.match(r"^\d{4}(-\d{2}-\d{2})?$", r["first"]) for r in rows)


def test_candidates_are_not_in_the_vocabulary(store: ox.Store) -> None:
    vocabulary = Graph().parse(Path(__file__).resolve().parent.parent / "ontology/mechanisms.ttl")
    labels = {str(o) for _, p, o in vocabulary if str(p).endswith(("prefLabel", "altLabel"))}
    rows = run(store, "candidate-mechanisms")
    assert rows
    for row in rows:
        assert row["candidate"].startswith(PREFIXES["pkm"] + "candidate/")
        assert row["name"] not in labels
        assert int(row["measures"]) >= 1 and int(row["mentions"]) >= 1


def test_region_hierarchy_has_admin_codes_and_parents(store: ox.Store) -> None:
    rows = {r["code"]: r for r in run(store, "region-hierarchy")}
    assert rows["610100"]["name"] == "西安市" and rows["610100"]["parentCode"] == "610000"
    assert rows["610100"]["level"] == "city"
    assert rows["610000"]["name"] == "陕西省" and rows["610000"]["level"] == "province"
    assert rows["370100"]["name"] == "济南市" and rows["370100"]["parentName"] == "山东省"
    assert rows["610000Z02"]["name"] == "杨凌农业高新技术产业示范区"  # a zone under the province
    assert all(re.fullmatch(r"\d{6}(Z\d{2})?", code) for code in rows)


def test_mechanism_pairs_are_unordered_and_counted(store: ox.Store) -> None:
    rows = run(store, "mechanism-pairs")
    assert rows
    assert all(r["first"] < r["second"] and int(r["measures"]) >= 1 for r in rows)
    assert len({(r["first"], r["second"]) for r in rows}) == len(rows)


# --- parameters are bound, never spliced -----------------------------------------------------


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_literal_returns_nothing_and_changes_nothing(
    store: ox.Store, export: Path, value: str
) -> None:
    before, digest = len(store), hashlib.sha256(export.read_bytes()).hexdigest()
    assert run(store, "measures-by-mechanism", mechanism=value) == []
    assert run(store, "agencies-of-region", region=value) == []
    assert run(store, "outcomes-by-metric", metric=value) == []
    assert len(store) == before
    assert hashlib.sha256(export.read_bytes()).hexdigest() == digest


def test_hostile_value_is_the_bound_literal(store: ox.Store) -> None:
    """The value comes back unchanged as the projected parameter: it was a term, not text."""
    value = HOSTILE[0]
    query = named_query("measures-by-mechanism")
    bindings = bind(query, {"mechanism": value})
    assert bindings["mechanism"] == ox.Literal(value)
    text = "SELECT ?mechanism WHERE { }"
    assert select(store, text, bind(resolve(text), {"mechanism": value})).rows == [(value,)]


def test_hostile_iri_and_integer_values_are_refused(store: ox.Store) -> None:
    with pytest.raises(ParamError, match="not a valid IRI"):
        bind(named_query("link-evidence"), {"measure": HOSTILE[0], "target": "pkm:x"})
    with pytest.raises(ParamError, match="xsd:integer"):
        bind(named_query("recurring-mechanisms"), {"min_provinces": "2) || true || (1"})


def test_hostile_value_through_the_command(export: Path) -> None:
    digest = hashlib.sha256(export.read_bytes()).hexdigest()
    args = ["measures-by-mechanism", "--param", f"mechanism={HOSTILE[0]}", "--export", str(export)]
    result = CliRunner().invoke(main, ["query", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["results"]["bindings"] == []
    assert hashlib.sha256(export.read_bytes()).hexdigest() == digest


def test_iri_params_take_prefixed_names(store: ox.Store) -> None:
    query = named_query("link-evidence")
    short = bind(query, {"measure": "pkr:610100", "target": "<https://example.org/x>"})
    assert short["measure"] == ox.NamedNode(PREFIXES["pkr"] + "610100")
    assert short["target"] == ox.NamedNode("https://example.org/x")


def test_params_must_be_declared_and_complete() -> None:
    with pytest.raises(ParamError, match="needs --param mechanism"):
        bind(named_query("measures-by-mechanism"), {})
    with pytest.raises(ParamError, match="no parameter mechnism"):
        bind(named_query("measures-by-mechanism"), {"mechnism": "x", "mechanism": "y"})
    with pytest.raises(ParamError):
        parse_assignments(["novalue"])
    assert parse_assignments(["a=b=c", "x="]) == {"a": "b=c", "x": ""}


# --- pyoxigraph and rdflib give the same answers ---------------------------------------------


def _lit(lexical: str, datatype: str, lang: str | None) -> tuple:
    if datatype in NUMERIC:
        try:
            return ("number", Decimal(lexical).normalize())
        except InvalidOperation:
            return ("number", lexical)
    if datatype == XSD + "boolean":
        return ("boolean", lexical.strip() in ("true", "1"))
    return ("literal", lexical, datatype, (lang or "").lower())


def norm_ox(term: object) -> tuple | None:
    """A term as a comparable tuple, whatever the engine's formatting."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return ("iri", term.value)
    if isinstance(term, ox.BlankNode):
        return ("blank",)
    assert isinstance(term, ox.Literal)
    return _lit(term.value, term.datatype.value, term.language)


def norm_rdflib(term: object) -> tuple | None:
    if term is None:
        return None
    if isinstance(term, URIRef):
        return ("iri", str(term))
    if isinstance(term, BNode):
        return ("blank",)
    assert isinstance(term, Literal)
    lang = term.language
    datatype = str(term.datatype) if term.datatype else None
    datatype = datatype or (PREFIXES["rdf"] + "langString" if lang else XSD + "string")
    return _lit(str(term), datatype, lang)


def to_rdflib(term: ox.NamedNode | ox.Literal) -> URIRef | Literal:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == XSD + "string":
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


CASES = [(name, examples(name)) for name in sorted(named_queries())] + [
    ("recurring-mechanisms", {"min_provinces": "3"}),
    ("measures-by-mechanism", {"mechanism": "一网通办"}),
    ("measures-by-mechanism", {"mechanism": HOSTILE[0]}),
    ("outcomes-by-metric", {"metric": "率"}),
    ("agencies-of-region", {"region": "山东省"}),
]


@pytest.mark.parametrize(
    ("name", "values"), CASES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(CASES)]
)
def test_embedded_store_matches_rdflib(
    store: ox.Store, rdflib_graph: Graph, name: str, values: dict[str, str]
) -> None:
    query = named_query(name)
    bindings = bind(query, values)
    fast = select_terms(store, query.text, bindings)
    slow = rdflib_graph.query(
        query.text,
        initNs=PREFIXES,
        initBindings={k: to_rdflib(v) for k, v in bindings.items()},
    )
    assert list(fast.columns) == [str(v) for v in slow.vars]
    ours = Counter(tuple(norm_ox(t) for t in row) for row in fast.rows)
    theirs = Counter(tuple(norm_rdflib(t) for t in row) for row in slow)
    assert ours == theirs
    assert sum(ours.values()) > 0 or values == {"mechanism": HOSTILE[0]}


# --- query resolution and errors -------------------------------------------------------------


def test_unknown_name_lists_close_names() -> None:
    with pytest.raises(UnknownQuery) as caught:
        named_query("mechanism-by-province")
    assert "mechanisms-by-province" in caught.value.close


def test_syntax_error_has_line_and_column(store: ox.Store) -> None:
    with pytest.raises(QuerySyntaxError) as caught:
        select(store, "SELECT ?s\nWHERE { ?s ?p }")
    assert caught.value.line == 2 and caught.value.column is not None


def test_missing_export_says_to_build(tmp_path: Path) -> None:
    with pytest.raises(ExportMissing, match="run `kg build`"):
        load_store(tmp_path / "practice-kg.nt")


def test_updates_are_not_queries(store: ox.Store) -> None:
    before = len(store)
    with pytest.raises(ReadOnly, match="DROP is a SPARQL update"):
        select(store, "DROP ALL")
    prologue = "# tidy up with care\nPREFIX pk: <https://w3id.org/practice-kg/ontology#>\n"
    with pytest.raises(ReadOnly, match="INSERT is a SPARQL update"):
        select(store, prologue + "insert { ?m pk:x 1 } WHERE { ?m a pk:Measure }")
    assert len(store) == before


@pytest.mark.parametrize(
    ("text", "verb"), [("DELETE WHERE { ?s ?p ?o }", "DELETE"), ("CLEAR ALL", "CLEAR")]
)
def test_the_command_says_updates_are_not_supported(export: Path, text: str, verb: str) -> None:
    """It said 'expected CONSTRUCT' (the parser's guess) or 'neither a SPARQL query …'."""
    result = invoke(text, "--export", str(export))
    assert result.exit_code == 2
    assert f"{verb} is a SPARQL update; kg query is read-only" in result.output
    assert "expected CONSTRUCT" not in result.output and "neither" not in result.output


# --- the command -----------------------------------------------------------------------------


def invoke(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(main, ["query", *args], input=input)


def test_list_shows_every_query_with_description_and_params() -> None:
    result = invoke("--list")
    assert result.exit_code == 0
    for name, query in named_queries().items():
        assert name in result.output and query.description in result.output
        for param in query.params:
            assert f"--param {param.name}=" in result.output


def test_table_by_name(export: Path) -> None:
    result = invoke("region-hierarchy", "--export", str(export))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split()[:3] == ["code", "name", "level"]
    assert any(re.match(r"^610100\s+西安市\s+city\s+610000\s+陕西省", line) for line in lines)
    assert re.fullmatch(r"\(\d+ rows\)", lines[-1])


def test_formats_agree(export: Path) -> None:
    base = ["recurring-mechanisms", "-p", "min_provinces=2", "--export", str(export)]
    rows = {fmt: invoke(*base, "--format", fmt) for fmt in ("csv", "tsv", "json")}
    assert all(r.exit_code == 0 for r in rows.values())
    parsed_csv = list(csv.DictReader(io.StringIO(rows["csv"].output)))
    data = json.loads(rows["json"].output)
    assert data["head"]["vars"][:2] == ["min_provinces", "mechanism"]
    names = [b["mechanismName"]["value"] for b in data["results"]["bindings"]]
    assert [r["mechanismName"] for r in parsed_csv] == names
    assert "双随机、一公开" in names
    tsv = rows["tsv"].output.splitlines()
    assert tsv[0].split("\t")[:2] == ["?min_provinces", "?mechanism"]
    assert len(tsv) == len(parsed_csv) + 1


def test_json_numbers_are_json_numbers(export: Path) -> None:
    """SPARQL JSON results keep every value a string; a script reading ``provinces`` wants
    a number it can compare, so numeric literals come as JSON numbers (datatype kept)."""
    text = """SELECT ?name (COUNT(?m) AS ?n) (1.5 AS ?d) (2.5e0 AS ?f) ("007" AS ?s)
              ("INF"^^xsd:double AS ?inf) WHERE { ?m a pk:Measure ; rdfs:label ?name }
              GROUP BY ?name ORDER BY ?name LIMIT 1"""
    result = invoke(text, "--export", str(export), "--format", "json")
    assert result.exit_code == 0, result.output
    row = json.loads(result.output)["results"]["bindings"][0]
    assert row["n"] == {"type": "literal", "value": 1, "datatype": XSD + "integer"}
    assert row["d"]["value"] == 1.5 and row["f"]["value"] == 2.5
    assert row["s"] == {"type": "literal", "value": "007"}
    assert row["inf"]["value"] == "INF"  # no JSON number for it: kept as written
    assert isinstance(row["name"]["value"], str) and "\\u" not in result.output


def test_text_file_and_stdin_queries(export: Path, tmp_path: Path) -> None:
    text = 'SELECT (COUNT(?m) AS ?n) WHERE { ?m a pk:Measure ; pk:status "planned" }'
    path = tmp_path / "planned.rq"
    path.write_text(f"# planned measures\n{text}\n", encoding="utf-8")
    outputs = [
        invoke(text, "--export", str(export), "--format", "csv").output,
        invoke(str(path), "--export", str(export), "--format", "csv").output,
        invoke("-", "--export", str(export), "--format", "csv", input=text).output,
    ]
    assert outputs[0] == outputs[1] == outputs[2]
    assert int(outputs[0].split()[1]) > 0


def test_command_errors(export: Path, tmp_path: Path) -> None:
    bad = invoke("SELECT ?s\nWHERE { ?s ?p }", "--export", str(export))
    assert bad.exit_code == 2
    assert "line 2, column" in bad.output and "^" in bad.output
    missing = invoke("count-by-class", "--export", str(tmp_path / "none.nt"))
    assert missing.exit_code == 1 and "run `kg build`" in missing.output
    unknown = invoke("mechanism-by-province", "--export", str(export))
    assert unknown.exit_code == 2 and "mechanisms-by-province" in unknown.output
    no_param = invoke("measures-by-mechanism", "--export", str(export))
    assert no_param.exit_code == 2 and "--param mechanism=" in no_param.output
    wrong = invoke(
        "link-evidence",
        "-p",
        f"measure={HOSTILE[0]}",
        "-p",
        "target=pkm:x",
        "--export",
        str(export),
    )
    assert wrong.exit_code == 2 and "not a valid IRI" in wrong.output


def test_two_files_of_one_name_in_two_folders_are_two_rows(tmp_path: Path) -> None:
    """Researchers file notices by year (2023/通知.txt, 2024/通知.txt); pk:fileName is the
    name alone, so the per-document queries group by the document, not by its name."""
    texts = {
        "2023": "1.成都市推行“一网通办”改革，企业开办时间压缩至1个工作日。\n"
        "2.绵阳市建立“首问负责制”，群众满意度达到98%。\n",
        "2024": "一、济南市推行“拿地即开工”\n济南市推行“拿地即开工”审批模式，开工时间提前60天。\n",
    }
    for year, text in texts.items():
        (tmp_path / "docs" / year).mkdir(parents=True)
        (tmp_path / "docs" / year / "通知.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    build = ["build", str(tmp_path / "docs"), "--out", str(out), "--no-views", "--no-report"]
    assert CliRunner().invoke(main, build).exit_code == 0
    store = load_store(out / "practice-kg.nt")
    for name in ("count-by-document", "planned-vs-implemented"):
        table = select(store, named_query(name).text)
        measures = table.columns.index("measures")
        assert sorted(row[measures] for row in table.rows) == ["1", "2"], name
