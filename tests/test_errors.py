"""One error hierarchy (kg/errors.py) and one place that maps it to the command line."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
import kg.commands.query
from kg.cli import main
from kg.errors import FAILURE, USAGE, KgError

ROOT = Path(__file__).resolve().parent.parent
EXPORT = ROOT / "exports" / "practice-kg.nt"
SKIPPED = {"kg.__main__"}  # runs the CLI when imported


def _modules() -> list[str]:
    names = [m.name for m in pkgutil.walk_packages(kg.__path__, "kg.")]
    return [name for name in names if name not in SKIPPED]


def _exception_classes() -> dict[str, type[BaseException]]:
    """Every exception class defined (not merely imported) in a module of kg/."""
    found = {}
    for name in _modules():
        module = importlib.import_module(name)
        for cls_name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, BaseException) and cls.__module__ == name:
                found[f"{name}.{cls_name}"] = cls
    return found


def test_every_exception_of_kg_is_a_kg_error_with_a_documented_exit_code() -> None:
    classes = _exception_classes()
    assert {"kg.query.UnknownQuery", "kg.curation.CurationError", "kg.build.BuildFailed"} <= set(
        classes
    )
    outside = sorted(name for name, cls in classes.items() if not issubclass(cls, KgError))
    assert outside == []
    codes = {name: cls.exit_code for name, cls in classes.items() if issubclass(cls, KgError)}
    assert set(codes.values()) <= {FAILURE, USAGE}
    assert codes["kg.query.UnknownQuery"] == codes["kg.query.ParamError"] == USAGE
    assert codes["kg.errors.ExportMissing"] == codes["kg.server.PushError"] == FAILURE


def test_builtin_bases_are_kept_for_callers_that_catch_them() -> None:
    from kg.query import NotAQuery, ParamError, UnknownQuery
    from kg.server import ServerError

    assert issubclass(UnknownQuery, LookupError) and issubclass(ParamError, ValueError)
    assert issubclass(NotAQuery, FileNotFoundError) and issubclass(ServerError, RuntimeError)


def test_no_command_catches_a_library_error_itself() -> None:
    """kg/cli.py maps KgError once; a command that catches one maps it a second way."""
    ours = {cls.__name__ for cls in _exception_classes().values()} | {"KgError"}
    caught = []
    for path in sorted((ROOT / "kg" / "commands").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ExceptHandler) and node.type is not None:
                names = {n.id for n in ast.walk(node.type) if isinstance(n, ast.Name)}
                names |= {n.attr for n in ast.walk(node.type) if isinstance(n, ast.Attribute)}
                caught += [f"{path.name}:{node.lineno} {n}" for n in sorted(names & ours)]
    assert caught == []


def test_an_unknown_query_name_on_a_real_export_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["query", "nope", "--export", str(EXPORT)])
    assert result.exit_code == USAGE
    assert result.stderr == "error: no named query 'nope'; see `kg query --list`\n"
    assert result.stdout == ""


def test_a_missing_export_is_named_before_the_command_runs(tmp_path: Path) -> None:
    missing = tmp_path / "missing.ttl"
    for command in (["stats"], ["validate"], ["render"], ["eval", str(ROOT / "README.md")]):
        result = CliRunner().invoke(main, [*command, "--export", str(missing)])
        assert result.exit_code == FAILURE, command
        assert result.stderr == f"error: {missing} does not exist: run `kg build` first\n"


def test_listing_the_queries_needs_no_export(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["query", "--list", "--export", str(tmp_path / "no.nt")])
    assert result.exit_code == 0 and "count-by-class" in result.stdout


def test_an_unreadable_export_names_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.nt"
    broken.write_text("<a> <b> .\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["analyze", "timeline", "--export", str(broken)])
    assert result.exit_code == FAILURE
    assert result.stderr.startswith(f"error: cannot read {broken}: ")
    assert "Traceback" not in result.output


def test_every_reader_of_the_export_names_an_unreadable_one(tmp_path: Path) -> None:
    broken = tmp_path / "broken.nt"
    broken.write_text("garbage <<\n", encoding="utf-8")
    commands = (["stats"], ["validate"], ["query", "count-by-class"], ["vocab", "candidates"])
    for command in commands:
        result = CliRunner().invoke(main, [*command, "--export", str(broken)])
        assert result.exit_code == FAILURE, command
        assert result.stderr.startswith(f"error: cannot read {broken}: "), command
        assert "Traceback" not in result.output, command


def test_the_json_ld_export_is_read_like_the_n_triples_one() -> None:
    """kg build writes three formats; every command taking --export reads each of them."""
    for command in (["stats"], ["validate"]):
        answers = [
            CliRunner().invoke(main, [*command, "--export", str(EXPORT.with_suffix(suffix))])
            for suffix in (".nt", ".jsonld")
        ]
        assert [a.exit_code for a in answers] == [0, 0], [a.output for a in answers]
        assert answers[0].stdout == answers[1].stdout, command


def test_an_export_folder_stands_for_its_graph(tmp_path: Path) -> None:
    """`kg build --out FOLDER` names a folder; `--export FOLDER` reads its graph file."""
    for command, name in ((["stats"], "practice-kg.nt"), (["validate"], "practice-kg.ttl")):
        by_file = CliRunner().invoke(main, [*command, "--export", str(EXPORT.parent / name)])
        by_folder = CliRunner().invoke(main, [*command, "--export", str(EXPORT.parent)])
        assert by_folder.exit_code == by_file.exit_code == 0, by_folder.output
        assert by_folder.stdout == by_file.stdout, command
    empty = CliRunner().invoke(main, ["stats", "--export", str(tmp_path)])
    assert empty.exit_code == FAILURE
    missing = tmp_path / "practice-kg.nt"
    assert empty.stderr == f"error: {missing} does not exist: run `kg build` first\n"


class _Teapot(KgError):
    """A library error with an exit status of its own."""

    exit_code = 7


def test_the_group_maps_any_kg_error_to_its_message_and_code(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(path: Path) -> None:
        raise _Teapot(f"{path.name}: no tea")

    monkeypatch.setattr(kg.commands.query, "load_store", refuse)
    result = CliRunner().invoke(main, ["stats", "--export", str(EXPORT)])
    assert result.exit_code == 7
    assert result.stderr == "error: practice-kg.nt: no tea\n"
