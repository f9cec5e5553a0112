"""Analysis of the seed graph, checked against what the seed texts say.

Expected values were read from the seeds by hand (grep + reading the cases), not copied
from the tool's output:

- 000 (Shaanxi, 2022-06-09) and 001 (Shaanxi, 2022-08-08) are provincial lists; 003 is
  Shandong's 16 cities (2023-01-16, the article repeated once); 002 is a national 2024 list
  of 10 cases from 10 provinces (traditional characters); 004 is an anonymised city (×市),
  undated and without a province. So 4 of the 5 documents are dated.
- 双随机、一公开: 000 cases 韩城, 汉中 ("信用+双随机"), 宝鸡, 西安 ×2; 001 cases 西安 (一把手
  走流程: "双随机、一公开"方式运用) and 汉中; 002 case 8 甘肃嘉峪关; 003 cases 烟台 and 滨州;
  004 item 四是 → provinces 陕西/山东/甘肃, 11 measures, 5 documents, 1 without province.
- 信用修复: 001 商洛 and 榆林; 002 宁夏 (《信用修复工作规程》) and 吉林 → 陕西/宁夏/吉林.
- 包容审慎监管: 000 西安; 003 淄博, 菏泽; 002 天津津南 (+ 004) → 陕西/山东/天津.
- 进一次门、查多项事: 000 韩城, 宝鸡; 002 甘肃嘉峪关 ("进一次门,查多项事"); 004's planned
  四是 → 陕西/甘肃.
- 一件事一次办: 000 西安 ("企业开办一件事一次办"); 002 上海 and 四川乐山 ("高效办成一件事").
- 约谈: 003 济南, 淄博, 临沂; 002 天津津南 (行政约谈); 004 (×市, placed in 甘肃 by inference)
  → 山东/天津/甘肃. 004 also names 包容审慎监管 and 双随机、一公开.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import analysis as a
from kg.cli import main

SHAANXI, SHANDONG, GANSU = "陕西省", "山东省", "甘肃省"
NINGXIA, JILIN, TIANJIN = "宁夏回族自治区", "吉林省", "天津市"
SHANGHAI, SICHUAN = "上海市", "四川省"
SHANDONG_CITIES = {
    "济南市",
    "青岛市",
    "淄博市",
    "枣庄市",
    "东营市",
    "烟台市",
    "潍坊市",
    "济宁市",
    "泰安市",
    "威海市",
    "日照市",
    "临沂市",
    "德州市",
    "聊城市",
    "滨州市",
    "菏泽市",
}

HAND_PROVINCES = {
    "双随机、一公开": {SHAANXI, SHANDONG, GANSU},
    "信用修复": {SHAANXI, NINGXIA, JILIN},
    "包容审慎监管": {SHAANXI, SHANDONG, TIANJIN, GANSU},
    "进一次门、查多项事": {SHAANXI, GANSU},
    "一件事一次办": {SHAANXI, SHANGHAI, SICHUAN, SHANDONG},  # 滨州 “直播电商一件事”集成服务
    "约谈": {SHANDONG, TIANJIN, GANSU},
}


@pytest.fixture(scope="session")
def data(built) -> a.KGData:
    graph, _, _ = built
    return a.load_data(graph)


@pytest.fixture(scope="session")
def export(built) -> Path:
    _, _, out = built
    return out / "practice-kg.nt"


def row_of(rows: list[a.RecurrenceRow], label: str) -> a.RecurrenceRow:
    matches = [r for r in rows if r.label == label and not r.candidate]
    assert len(matches) == 1, f"{label}: {len(matches)} concept rows"
    return matches[0]


# --- recurrence -----------------------------------------------------------------------------


@pytest.mark.parametrize(("label", "provinces"), sorted(HAND_PROVINCES.items()))
def test_provinces_of_well_known_mechanisms(data, label, provinces):
    assert set(row_of(a.recurrence(data), label).provinces) == provinces


def test_double_random_counts_and_first_dates(data):
    row = row_of(a.recurrence(data), "双随机、一公开")
    assert row.category == "监管方式"
    # 000 case 17 names “信用+双随机” (its own practice, per the gold), not 双随机、一公开
    assert (row.measures, row.documents, row.unplaced_measures) == (10, 5, 0)
    assert row.provinces == (SHAANXI, SHANDONG, GANSU)  # ordered by first date
    dates = dict(row.first_seen)
    assert dates[SHAANXI] == "2022-06-09"  # 000, not 001's later 2022-08-08
    assert dates[SHANDONG] == "2023-01-16"
    assert dates[GANSU].startswith("2024")


def test_first_date_is_per_province_not_per_mechanism(data):
    # 信用修复 is only in Shaanxi's second list (001, 2022-08-08), not in 000.
    assert dict(row_of(a.recurrence(data), "信用修复").first_seen)[SHAANXI] == "2022-08-08"


def test_city_level(data):
    rows = a.recurrence(data, level="city")
    double = row_of(rows, "双随机、一公开")
    assert {c for c in double.cities if c in SHANDONG_CITIES} == {"烟台市", "滨州市"}
    assert "嘉峪关市" in double.cities
    # 天津津南: a municipality's district has no prefecture; the municipality is its city.
    assert TIANJIN in row_of(rows, "包容审慎监管").cities


def test_min_keeps_only_recurring_rows_sorted(data):
    rows = a.recurrence(data, min_regions=2)
    labels = {r.label for r in rows}
    assert set(HAND_PROVINCES) <= labels
    assert all(len(r.provinces) >= 2 for r in rows)
    concepts = [r for r in rows if not r.candidate]
    counts = [len(r.provinces) for r in concepts]
    assert counts == sorted(counts, reverse=True)


def test_candidates_are_marked_and_listed_after_concepts(data):
    rows = a.recurrence(data)
    flags = [r.candidate for r in rows]
    assert True in flags and False in flags
    assert flags == sorted(flags), "candidates must come after every vocabulary concept"
    assert all(r.category == "" for r in rows if r.candidate)
    summary = a.candidate_summary(data)
    assert summary["candidates"] == sum(flags)
    assert summary["concepts"] + summary["candidates"] == len(rows)


def test_category_rollup(data):
    supervision = next(r for r in a.category_recurrence(data) if r.label == "监管方式")
    # 双随机、一公开 (陕西/山东/甘肃) and 包容审慎监管 (+天津) are both supervision methods.
    assert {SHAANXI, SHANDONG, GANSU, TIANJIN} <= set(supervision.provinces)
    assert supervision.measures >= 11 and supervision.mechanisms >= 3
    assert all(not r.candidate for r in a.category_recurrence(data))


def test_category_filter(data):
    for wanted in ("cat-supervision", "监管方式"):
        rows = a.recurrence(data, category=wanted)
        labels = {r.label for r in rows}
        assert {"双随机、一公开", "包容审慎监管", "进一次门、查多项事"} <= labels
        assert "信用修复" not in labels and "一件事一次办" not in labels
        assert {r.category for r in rows} == {"监管方式"}


def test_oxigraph_store_gives_the_same_rows(data, export):
    assert a.recurrence(a.load_export(export)) == a.recurrence(data)


# --- co-occurrence --------------------------------------------------------------------------


def _iri(data: a.KGData, label: str) -> str:
    return next(i for i, m in data.mechanisms.items() if m.label == label and not m.candidate)


def test_cooccurrence_weights(data):
    graph = a.cooccurrence_graph(data)
    double, enter = _iri(data, "双随机、一公开"), _iri(data, "进一次门、查多项事")
    # Both in: 000 韩城 and 宝鸡, 002 甘肃嘉峪关. Not 004: its 四是 on 双随机 is in the
    # report part, and "进一次门、查多项事" only in the plan's 四是 (二、工作打算).
    assert graph.edges[double, enter]["weight"] == 3
    # 吉林: 信用修复 "线上办、掌上办" in one case.
    assert graph.has_edge(_iri(data, "信用修复"), _iri(data, "掌上办"))
    assert not any(graph.nodes[n]["candidate"] for n in graph)


def test_communities_partition_and_are_reproducible(data):
    graph = a.cooccurrence_graph(data)
    groups = a.communities(graph)
    members = [n for g in groups for n in g]
    assert sorted(members) == sorted(graph) and len(members) == len(set(members))
    assert a.communities(a.cooccurrence_graph(data)) == groups
    assert [len(g) for g in groups] == sorted((len(g) for g in groups), reverse=True)


def test_centrality_and_bridges(data):
    graph = a.cooccurrence_graph(data)
    groups = a.communities(graph)
    index = a.community_index(groups)
    rows = a.centralities(graph, groups)
    assert len(rows) == graph.number_of_nodes()
    by_iri = {r.iri: r for r in rows}
    double = by_iri[_iri(data, "双随机、一公开")]
    assert double.strength == sum(w for _, _, w in graph.edges(double.iri, data="weight"))
    bridges = a.bridges(graph, groups)
    assert bridges
    for b in bridges:
        assert b.other_communities and index[b.iri] not in b.other_communities
        assert 0 < b.participation < 1


# --- regions --------------------------------------------------------------------------------


def test_region_similarity(data):
    rows = a.region_similarity(data)
    pair = next(r for r in rows if {r.region, r.other} == {JILIN, NINGXIA})
    assert "信用修复" in pair.shared_labels
    for r in rows:
        assert r.jaccard == round(r.shared / r.union, 4)
        assert r.union == r.size + r.other_size - r.shared
    gansu = {data.mechanisms[m].label for m in a.region_mechanisms(data)[_province(data, GANSU)]}
    assert {"双随机、一公开", "进一次门、查多项事"} <= gansu


def _province(data: a.KGData, label: str) -> str:
    return next(iri for iri, name in data.region_labels.items() if name == label)


def test_nearest_peers_and_unique(data):
    peers = [r for r in a.nearest_peers(data, k=2) if r.region == TIANJIN]
    # 天津津南 and 宁夏 both report 服务型执法 (002 cases 10 and 3), 宁夏 nothing else, so it is
    # closest; 天津 shares 包容审慎监管, 柔性执法 and 约谈 with 山东's much larger set.
    assert [p.other for p in peers] == [NINGXIA, SHANDONG]
    sets = a.region_mechanisms(data)
    labels = {iri: {data.mechanisms[m].label for m in ms} for iri, ms in sets.items()}
    for region, mechanism in a.unique_mechanisms(data):
        owners = [data.label(iri) for iri, ls in labels.items() if mechanism in ls]
        assert owners == [region]


# --- timeline -------------------------------------------------------------------------------


def test_caveat_says_how_few_dates(data):
    assert a.dated_documents(data)[:2] == (4, 5)
    caveat = a.timeline_caveat(data)
    assert "only 4 of 5 documents" in caveat and "not" in caveat


def test_cascades(data):
    cascades = {c.label: c for c in a.cascades(data)}
    assert [p for p, _ in cascades["双随机、一公开"].steps] == [SHAANXI, SHANDONG, GANSU]
    assert cascades["信用修复"].steps[0] == (SHAANXI, "2022-08-08")


def test_follower_pairs(data):
    pairs = {(r.leader, r.follower): r for r in a.follower_pairs(data)}
    gansu = pairs[(SHAANXI, GANSU)]
    assert {"双随机、一公开", "进一次门、查多项事"} <= set(gansu.mechanisms) and gansu.repeated
    assert {"包容审慎监管", "约谈"} <= set(pairs[(SHANDONG, TIANJIN)].mechanisms)
    # Same list (002, one date): never ordered. Shaanxi's lists (2022) precede Shandong's.
    assert (JILIN, NINGXIA) not in pairs and (NINGXIA, JILIN) not in pairs
    assert (SHANDONG, SHAANXI) not in pairs


def test_issued_intervals():
    year, day = a.Issued.parse("2024"), a.Issued.parse("2024-08-01")
    assert not year.before(day) and not day.before(year)
    assert a.Issued.parse("2023-01-16").before(year)
    assert a.Issued.parse("2024-02").high.day == 29
    assert a.Issued.parse("unknown") is None


# --- command line ---------------------------------------------------------------------------


def run(*args: str) -> str:
    result = CliRunner().invoke(main, ["analyze", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_cli_recurrence_min_2(export):
    out = run("recurrence", "--min", "2", "--export", str(export))
    line = next(x for x in out.splitlines() if x.startswith("双随机、一公开"))
    assert "陕西省 2022-06-09; 山东省 2023-01-16; 甘肃省 2024" in line


def test_cli_recurrence_min_starts_at_one(export):
    """A mechanism in at least 0 regions filters nothing: --min 0 is a mistake, said so."""
    args = ["analyze", "recurrence", "--min", "0", "--export", str(export)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert "0 is not in the range x>=1" in result.output


def test_cli_recurrence_without_min_lists_every_mechanism(export):
    out = run("recurrence", "--with-candidates", "--format", "csv", "--export", str(export))
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == len(a.recurrence(a.load_export(export)))
    assert "(min " not in run("recurrence", "--export", str(export)).splitlines()[0]


def test_cli_formats(export):
    text = run("recurrence", "--min", "2", "--format", "csv", "--export", str(export))
    rows = {r["mechanism"]: r for r in csv.DictReader(io.StringIO(text))}
    assert rows["信用修复"]["provinces"] == "3"
    records = json.loads(run("recurrence", "--format", "json", "--export", str(export)))
    assert any(r["mechanism"] == "约谈" and r["provinces"] == "3" for r in records)
    md = run(
        "recurrence",
        "--level",
        "city",
        "--category",
        "cat-supervision",
        "--format",
        "md",
        "--export",
        str(export),
    )
    assert "| 双随机、一公开 | 监管方式 |" in md


def test_cli_recurrence_is_curated_unless_asked(export):
    curated = run("recurrence", "--format", "csv", "--export", str(export))
    assert all(r["candidate"] == "" for r in csv.DictReader(io.StringIO(curated)))
    result = CliRunner().invoke(main, ["analyze", "recurrence", "--export", str(export)])
    assert "candidate mechanisms left out (--with-candidates includes them)" in result.stderr
    full = run("recurrence", "--with-candidates", "--format", "csv", "--export", str(export))
    flags = [r["candidate"] for r in csv.DictReader(io.StringIO(full))]
    assert flags.count("yes") == a.candidate_summary(a.load_export(export))["candidates"]


def test_cli_other_commands(export):
    assert "Louvain" in run("cooccurrence", "--export", str(export))
    regions = run("regions", "--export", str(export))
    assert any(JILIN in x and NINGXIA in x and "信用修复" in x for x in regions.splitlines())
    timeline = run("timeline", "--export", str(export))
    assert "only 4 of 5 documents" in timeline and "甘肃省 (2024" in timeline


def test_cli_missing_export(tmp_path):
    result = CliRunner().invoke(
        main, ["analyze", "recurrence", "--export", str(tmp_path / "no.nt")]
    )
    assert result.exit_code != 0 and "kg build" in result.output


def test_report_is_complete_and_byte_identical(export, tmp_path):
    first, second = tmp_path / "one", tmp_path / "two"
    run("report", "--out", str(first), "--export", str(export))
    run("report", "--out", str(second), "--export", str(export))
    names = sorted(p.name for p in first.iterdir())
    assert names == sorted(p.name for p in second.iterdir())
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    expected = {
        "README.md",
        "heatmap.png",
        "heatmap.svg",
        "cooccurrence.png",
        "cooccurrence.svg",
        "recurrence-province.csv",
        "recurrence-city.csv",
        "categories-province.csv",
        "communities.csv",
        "centrality.csv",
        "bridges.csv",
        "similarity-province.csv",
        "peers-province.csv",
        "unique-province.csv",
        "cascades.csv",
        "followers.csv",
        "cooccurrence-edges.csv",
    }
    assert expected <= set(names)
    report = (first / "README.md").read_text(encoding="utf-8")
    assert "| 双随机、一公开 |" in report and "only 4 of 5 documents" in report
    assert str(tmp_path) not in report
    assert (first / "heatmap.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "<dc:date>" not in (first / "heatmap.svg").read_text(encoding="utf-8")


# --- figures --------------------------------------------------------------------------------


def test_heatmap_matrix_sorted_by_recurrence(data):
    from kg.plots import heatmap_matrix

    rows, columns, counts = heatmap_matrix(data, top=6)
    assert {r.split()[0] for r in rows[:2]} == {"包容审慎监管", "一件事一次办"}  # 4 provinces each
    assert rows[2].startswith("双随机、一公开")  # 3 provinces and the most measures (11)
    assert set(columns[:2]) == {SHAANXI, SHANDONG}  # most mechanisms among the top rows
    double = counts[2]
    assert double[columns.index(SHANDONG)] == 2 and double[columns.index(GANSU)] == 2
    assert {NINGXIA, JILIN, SHANGHAI, SICHUAN, TIANJIN} <= set(columns)


def test_missing_cjk_font_names_the_package(monkeypatch):
    from kg import plots

    monkeypatch.setattr(plots, "CJK_FONTS", ("No Such Font CJK",))
    with pytest.raises(plots.MissingCJKFont, match="fonts-noto-cjk"):
        plots.cjk_font()


def test_network_html_is_offline(data):
    from kg.plots import iframe, network_html

    page = network_html(data)
    assert "vis.Network" in page and "双随机、一公开" in page
    for fetch in ('src="http', "src='http", 'href="http', "url(http", "@import"):
        assert fetch not in page  # vis-network is inlined; its licence comment names a URL
    assert iframe(page).startswith("<div><iframe srcdoc=")


def test_a_graph_with_no_curated_mechanism_still_gets_its_report(tmp_path):
    """A folder whose one document names only candidate practices (a quoted name no
    vocabulary knows) builds, and its heatmap says there is nothing curated to count."""
    from kg.build import build

    source = tmp_path / "docs"
    source.mkdir()
    (source / "note.txt").write_text(
        "铜川市推行“链上铜企通”，已为1260家企业办理业务。\n", encoding="utf-8"
    )
    _, report = build([source], tmp_path / "out", check_shapes=False)
    assert not report.skipped
    assert (tmp_path / "out" / "analysis" / "heatmap.png").read_bytes()[:4] == b"\x89PNG"
