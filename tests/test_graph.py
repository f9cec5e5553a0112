"""What the built graph says about the seeds, checked against facts read from the texts."""

from __future__ import annotations

from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from kg.namespaces import PK, PKM


def _measures_of(graph, file_name: str) -> list[URIRef]:
    doc = graph.value(None, PK.fileName, Literal(file_name))
    measures = [m for m in graph.subjects(PK.document, doc) if (m, RDF.type, PK.Measure) in graph]
    return sorted(measures, key=lambda m: int(graph.value(m, PK.ordinal)))


def _label(graph, node) -> str:
    return str(graph.value(node, RDFS.label))


def test_every_region_has_a_code_and_a_chain_to_a_province(built) -> None:
    graph, _, _ = built
    regions = set(graph.subjects(RDF.type, PK.Region))
    assert len(regions) > 20
    for region in regions:
        assert len(str(graph.value(region, PK.adminCode))) >= 6
        node, hops = region, 0
        while str(graph.value(node, PK.level)) != "province":
            node = graph.value(node, PK.partOf)
            assert node is not None, f"{_label(graph, region)} has no chain to a province"
            hops += 1
            assert hops < 4
        assert "×" not in _label(graph, region)


def test_measures_are_placed_where_their_headings_say(built) -> None:
    graph, _, _ = built
    national = _measures_of(graph, "002_7cf1f168e163e9dc.txt")
    regions = [_label(graph, graph.value(m, PK.region)) for m in national]
    assert regions == [
        "上海市", "桐城市", "宁夏回族自治区", "沈阳市", "乐山市",
        "云南省", "开封市", "嘉峪关市", "吉林省", "津南区",
    ]  # fmt: skip
    tongcheng = graph.value(national[1], PK.region)
    assert _label(graph, graph.value(tongcheng, PK.partOf)) == "安庆市"


def test_an_anonymised_citys_report_is_placed_by_inference_only(built) -> None:
    """×市's report names 环县 (a county only 庆阳市 has) once: every case gets 庆阳市, each
    marked inferred, with 环县 as its evidence; no region is ever named after ×市."""
    graph, _, _ = built
    report = _measures_of(graph, "004_f28145c5286a17a0.txt")
    assert len(report) == 12
    for measure in report:
        assert _label(graph, graph.value(measure, PK.region)) == "庆阳市"
        [evidence] = [
            e
            for e in graph.objects(measure, PK.evidence)
            if graph.value(e, RDF.predicate) == PK.region
        ]
        assert graph.value(evidence, PK.inferred) == Literal(True)
        assert str(graph.value(evidence, PK.quote)) == "环县"
        assert "×市" in str(graph.value(evidence, PK.basis))


def test_a_zone_is_a_zone_inside_its_city(built) -> None:
    graph, _, _ = built
    third = _measures_of(graph, "000_afa441fe3532fa0d.txt")[2]
    zone = graph.value(third, PK.region)
    assert str(graph.value(zone, PK.level)) == "zone"
    assert _label(graph, graph.value(zone, PK.partOf)) == "咸阳市"


def test_variant_spellings_meet_in_one_concept(built) -> None:
    graph, _, _ = built
    concept = graph.value(None, SKOS.prefLabel, Literal("联席会议", lang="zh"))
    assert concept is not None
    quotes = {
        str(graph.value(e, PK.quote))
        for e in graph.subjects(RDF.object, concept)
        if graph.value(e, RDF.predicate) == PK.mechanism
    }
    assert {"联席会议", "联席会议制度"} <= quotes


def test_discovered_mechanisms_are_marked_as_candidates(built) -> None:
    graph, _, _ = built
    first = _measures_of(graph, "000_afa441fe3532fa0d.txt")[0]
    labels = {
        str(graph.value(m, SKOS.prefLabel)): graph.value(m, PK.candidate)
        for m in graph.objects(first, PK.mechanism)
    }
    assert labels.get("五办模式") == Literal(True)
    candidates = set(graph.subjects(PK.candidate, Literal(True)))
    assert all(str(c).startswith(str(PKM["candidate/"])) for c in candidates)


def test_an_outcome_with_a_baseline(built) -> None:
    graph, _, _ = built
    tongcheng = _measures_of(graph, "002_7cf1f168e163e9dc.txt")[1]
    values = {
        (str(graph.value(o, PK.value)), str(graph.value(o, PK.baseline)))
        for o in graph.objects(tongcheng, PK.outcome)
    }
    assert ("99.8", "85") in values


def test_themes_come_from_section_headings_where_given(built) -> None:
    graph, _, _ = built
    numbered = _measures_of(graph, "001_f8b2453fb6aaea16.txt")
    theme = graph.value(numbered[2], PK.theme)
    assert Literal("开办企业", lang="zh") in set(graph.objects(theme, SKOS.prefLabel))
    evidence = next(
        e for e in graph.objects(numbered[2], PK.evidence)
        if graph.value(e, RDF.predicate) == PK.theme
    )  # fmt: skip
    assert str(graph.value(evidence, PK.basis)) == "section"
    assert str(graph.value(evidence, PK.quote)) == "开办企业"


def test_documents_carry_their_metadata_and_publisher(built) -> None:
    graph, _, _ = built
    doc = graph.value(None, PK.fileName, Literal("000_afa441fe3532fa0d.txt"))
    assert str(graph.value(doc, DCTERMS.issued)) == "2022-06-09"
    assert "陕西省" in _label(graph, graph.value(doc, DCTERMS.publisher))
    assert str(graph.value(graph.value(doc, PK.region), PK.adminCode)) == "610000"
