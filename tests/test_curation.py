"""The curation loop on the seeds: review sheet → decisions → the next build obeys them.

One accept (信用+双随机, a candidate in two Shaanxi measures), one alias (智慧管 → 智慧监管,
which brings 山东省 to a concept only 陕西省 used) and one reject (一件事, part of the
concept name 一件事一次办), applied through the real commands to the real seed build.
"""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import analysis as a
from kg.build import build
from kg.cli import main
from kg.curation import CurationError, load_curation
from kg.namespaces import PK
from kg.query import load_store, select
from kg.resources import ontology_path
from kg.review import COLUMNS
from tests.conftest import SEEDS

ACCEPT, ALIAS, REJECT = "信用+双随机", "智慧管", "一次办成"
CONCEPT = "智慧监管"


def _kg(*args: str) -> str:
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def _sheet(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _write_sheet(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def _row(data: a.KGData, label: str, candidate: bool) -> a.RecurrenceRow | None:
    rows = [r for r in a.recurrence(data) if r.label == label and r.candidate == candidate]
    return rows[0] if rows else None


def _measures(data: a.KGData, label: str, candidate: bool) -> set[str]:
    iris = {i for i, m in data.mechanisms.items() if m.label == label and m.candidate == candidate}
    return {u.measure for u in data.uses if u.mechanism in iris}


@pytest.fixture(scope="module")
def loop(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Build, review, decide, apply, rebuild (twice) — every step through the CLI."""
    tmp = tmp_path_factory.mktemp("curation")
    base, sheet, curation = tmp / "base", tmp / "review.csv", tmp / "curation.ttl"
    shipped = ontology_path("mechanisms.ttl").read_bytes()
    _kg("build", SEEDS, "--out", base, "--no-views", "--no-report", "--no-validate")
    _kg("vocab", "review", "--export", base / "practice-kg.nt", "--out", sheet, "--curation",
        curation)  # fmt: skip
    rows = _sheet(sheet)
    for row in rows:
        if row["name"] == ACCEPT:
            row.update(accept="x", english="Credit-based random inspections", category="监管方式")
        elif row["name"] == ALIAS:
            row["alias-of"] = CONCEPT
        elif row["name"] == REJECT:
            row["reject"] = "x"
    decided = tmp / "decided.csv"
    _write_sheet(decided, rows)
    applied = _kg("vocab", "apply", decided, "--curation", curation, "--by", "Test Curator")
    assert ontology_path("mechanisms.ttl").read_bytes() == shipped, "shipped vocabulary changed"
    out = {"base": base, "sheet": sheet, "curation": curation, "decided": decided}
    for name in ("curated", "again"):
        out[name] = tmp / name
        _kg("build", SEEDS, "--out", out[name], "--curation", curation, "--no-views",
            "--no-report")  # fmt: skip
    out["applied"] = tmp / "applied.txt"
    out["applied"].write_text(applied, encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def before(loop: dict[str, Path]) -> a.KGData:
    return a.load_export(loop["base"] / "practice-kg.nt")


@pytest.fixture(scope="module")
def after(loop: dict[str, Path]) -> a.KGData:
    return a.load_export(loop["curated"] / "practice-kg.nt")


def test_the_review_sheet_lists_each_candidate_with_evidence_and_suggestions(loop, before):
    raw = loop["sheet"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the UTF-8 byte-order mark"
    rows = _sheet(loop["sheet"])
    assert tuple(rows[0]) == COLUMNS
    assert len(rows) == a.candidate_summary(before)["candidates"]
    row = next(r for r in rows if r["name"] == ACCEPT)
    assert (row["measures"], row["provinces"]) == ("2", "陕西省")
    assert ACCEPT in row["quote 1"] and row["quote 2"]
    assert row["nearest"].startswith("双随机、一公开 (")
    assert next(r for r in rows if r["name"] == REJECT)["fragment"] == "part of 一件事一次办成"
    assert next(r for r in rows if r["name"] == "互联网+")["fragment"] == "ends in +"
    assert not any(r[c] for r in rows for c in ("accept", "alias-of", "reject"))


def test_apply_writes_one_decision_each_with_who_and_when(loop):
    curation = load_curation(loop["curation"])
    assert sorted((d.action, d.name) for d in curation.decisions) == [
        ("accept", ACCEPT),
        ("alias", ALIAS),
        ("reject", REJECT),
    ]
    assert {d.creator for d in curation.decisions} == {"Test Curator"}
    assert all(len(d.created) == 10 for d in curation.decisions)
    assert "3 decisions (1 accept, 1 alias, 1 reject)" in loop["applied"].read_text("utf-8")


def test_the_accepted_name_is_a_concept_where_the_candidate_was(before, after):
    was = _measures(before, ACCEPT, candidate=True)
    assert len(was) == 2
    assert _measures(after, ACCEPT, candidate=False) == was
    assert _row(after, ACCEPT, candidate=True) is None
    row = _row(after, ACCEPT, candidate=False)
    assert row is not None and row.category == "监管方式"


def test_the_alias_counts_toward_its_concept(before, after):
    alias_row = _row(before, ALIAS, candidate=True)
    concept_before = _row(before, CONCEPT, candidate=False)
    assert "山东省" in alias_row.provinces and "山东省" not in concept_before.provinces
    concept_after = _row(after, CONCEPT, candidate=False)
    assert set(concept_after.provinces) == {*concept_before.provinces, *alias_row.provinces}
    union = _measures(before, CONCEPT, False) | _measures(before, ALIAS, True)
    assert _measures(after, CONCEPT, candidate=False) == union
    assert _row(after, ALIAS, candidate=True) is None


def test_the_rejected_name_is_gone_and_stays_gone(loop, before, after):
    assert _measures(before, REJECT, candidate=True)
    assert not _measures(after, REJECT, candidate=True)
    again = a.load_export(loop["again"] / "practice-kg.nt")
    assert not _measures(again, REJECT, candidate=True)
    sheet = loop["again"] / "review.csv"
    _kg("vocab", "review", "--export", loop["again"] / "practice-kg.nt", "--out", sheet)
    names = {r["name"] for r in _sheet(sheet)}
    assert REJECT not in names and ACCEPT not in names and ALIAS not in names
    assert len(names) == len(_sheet(loop["sheet"])) - 3


def test_the_build_records_its_curation_file_and_stays_byte_identical(loop):
    nt = (loop["curated"] / "practice-kg.nt").read_bytes()
    assert nt == (loop["again"] / "practice-kg.nt").read_bytes()
    query = f"SELECT ?file ?sha WHERE {{ ?b a <{PK.Build}> ; <{PK.curationFile}> ?file ; "
    query += f"<{PK.curationSha256}> ?sha }}"
    rows = select(load_store(loop["curated"] / "practice-kg.nt"), query).rows
    digest = hashlib.sha256(loop["curation"].read_bytes()).hexdigest()
    assert rows == [("curation.ttl", digest)]
    assert select(load_store(loop["base"] / "practice-kg.nt"), query).rows == []


def test_workers_obey_the_curation_too(loop, tmp_path):
    _, report = build([SEEDS], tmp_path, jobs=2, curation=loop["curation"], views=False,
                      analysis=False, check_shapes=False)  # fmt: skip
    assert report.measures == 95
    ours = (tmp_path / "practice-kg.nt").read_bytes()
    assert ours == (loop["curated"] / "practice-kg.nt").read_bytes()


def test_bad_decisions_name_their_rows_and_write_nothing(loop, tmp_path):
    rows = _sheet(loop["sheet"])
    problems = {
        "三指定": {"accept": "x", "category": "监管"},  # unknown category
        "协同管": {"alias-of": "协同监管", "reject": "x"},  # two decisions
        "四个一": {"accept": "一网通办"},  # label taken
        "云检查": {"alias-of": "云上监管中心"},  # unknown concept
    }
    numbers = {}
    for number, row in enumerate(rows, 2):
        if row["name"] in problems:
            row.update(problems[row["name"]])
            numbers[row["name"]] = number
    bad = tmp_path / "bad.csv"
    _write_sheet(bad, rows)
    curation = tmp_path / "curation.ttl"
    result = CliRunner().invoke(main, ["vocab", "apply", str(bad), "--curation", str(curation)])
    assert result.exit_code == 1
    assert not curation.exists()
    lines = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(lines) == 4
    expected = {
        "三指定": "unknown category '监管'",
        "协同管": "two decisions (alias-of and reject)",
        "四个一": "the label 一网通办 is already taken by 一网通办",
        "云检查": "unknown concept '云上监管中心'",
    }
    for name, text in expected.items():
        assert any(f"bad.csv row {numbers[name]}:" in line and text in line for line in lines)


def test_single_name_commands_and_repeated_decisions(loop, tmp_path):
    curation = tmp_path / "curation.ttl"
    common = ["--curation", curation, "--by", "A", "--export", loop["base"]]
    _kg("vocab", "reject", "陕西省政府采购网", *common)
    _kg("vocab", "alias", "线上办", "pkm:online-handling", *common)
    _kg("vocab", "accept", "一表申报、一窗出件", "--category", "cat-approval", *common)
    text = curation.read_bytes()
    again = _kg("vocab", "reject", "陕西省政府采购网", *common)
    assert "1 already decided" in again and curation.read_bytes() == text
    result = CliRunner().invoke(main, ["vocab", "accept", "陕西省政府采购网", *map(str, common)])
    assert result.exit_code == 1 and "already decided (reject by A on" in result.output
    decisions = load_curation(curation).decisions
    assert {(d.action, d.name) for d in decisions} == {
        ("reject", "陕西省政府采购网"),
        ("alias", "线上办"),
        ("accept", "一表申报、一窗出件"),
    }


@pytest.mark.parametrize("command", [["accept"], ["reject"], ["alias", "智慧监管"]])
def test_a_mistyped_name_is_refused_with_the_close_candidates(loop, tmp_path, command):
    """信用+双随鸡 for the candidate 信用+双随机: without the check a typo became a concept."""
    curation = tmp_path / "curation.ttl"
    verb, *rest = command
    args = ["vocab", verb, "信用+双随鸡", *rest, "--curation", curation, "--export", loop["base"]]
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exit_code == 1, result.output
    assert "信用+双随鸡 is not a candidate of" in result.output
    assert "did you mean 信用+双随机" in result.output and "--force" in result.output
    assert not curation.exists()
    _kg(*args, "--force", "--by", "A")
    assert [d.name for d in load_curation(curation).decisions] == ["信用+双随鸡"]


def test_undo_removes_one_decision_and_says_what_it_was(loop, tmp_path):
    curation = tmp_path / "curation.ttl"
    common = ["--curation", curation, "--by", "A", "--export", loop["base"]]
    _kg("vocab", "reject", "陕西省政府采购网", *common)
    _kg("vocab", "accept", "一表申报、一窗出件", *common)
    _kg("vocab", "alias", "线上办", "一表申报、一窗出件", *common)
    undone = _kg("vocab", "undo", "陕西省政府采购网", "--curation", curation)
    assert "removed reject 陕西省政府采购网 (by A on " in undone
    assert {d.name for d in load_curation(curation).decisions} == {"一表申报、一窗出件", "线上办"}
    _kg("vocab", "reject", "陕西省政府采购网", *common)  # a candidate again: decided anew

    result = CliRunner().invoke(
        main, ["vocab", "undo", "一表申报一窗出件", "--curation", str(curation)]
    )
    assert result.exit_code == 1, result.output
    assert "线上办 is an alias of it" in result.output
    assert len(load_curation(curation).decisions) == 3

    undone = _kg("vocab", "undo", "线上办", "--curation", curation)
    assert "removed alias 线上办 → 一表申报、一窗出件" in undone
    result = CliRunner().invoke(main, ["vocab", "undo", "线上半", "--curation", str(curation)])
    assert result.exit_code == 1
    assert "no decision about 线上半" in result.output


def test_a_broken_curation_file_stops_the_build_naming_it(tmp_path):
    broken = tmp_path / "curation.ttl"
    broken.write_text("pkm:x a <oops", encoding="utf-8")
    with pytest.raises(CurationError, match=r"curation\.ttl: not readable Turtle"):
        build([SEEDS], None, curation=broken, check_shapes=False)
    result = CliRunner().invoke(
        main, ["build", str(SEEDS), "--out", str(tmp_path / "out"), "--curation", str(broken)]
    )
    assert result.exit_code == 1 and "not readable Turtle" in result.output
    assert not (tmp_path / "out" / "practice-kg.nt").exists()


def test_views_and_report_are_curated_only_unless_asked(loop, tmp_path):
    export = loop["base"] / "practice-kg.nt"
    left_out = a.candidate_summary(a.load_export(export))
    _kg("render", "--export", export, "--out", tmp_path / "html")
    _kg("render", "--export", export, "--out", tmp_path / "all", "--with-candidates")
    page = (tmp_path / "html" / "recurrence.html").read_text("utf-8")
    assert f"{left_out['candidates']} candidate mechanisms (not yet reviewed)" in page
    everything = (tmp_path / "all" / "recurrence.html").read_text("utf-8")
    assert f"Candidates included: {left_out['candidates']} candidate mechanisms" in everything
    assert everything.count('"cls":"Mechanism"') > page.count('"cls":"Mechanism"')
    _kg("analyze", "report", "--export", export, "--out", tmp_path / "report")
    report = (tmp_path / "report" / "README.md").read_text("utf-8")
    assert f"Curated mechanisms only: {left_out['candidates']} candidate" in report
    recurrence = (tmp_path / "report" / "recurrence-province.csv").read_text("utf-8")
    assert ",yes," not in recurrence
    _kg("analyze", "report", "--export", export, "--out", tmp_path / "full", "--with-candidates")
    assert ",yes," in (tmp_path / "full" / "recurrence-province.csv").read_text("utf-8")
    assert "Candidates included." in (tmp_path / "full" / "README.md").read_text("utf-8")
