"""``kg vocab …``: review discovered mechanisms and record the decisions the next build obeys.

Wire into the main group with ``main.add_command(vocab)``.

Example:
    kg vocab review --out review.csv
    kg vocab apply review.csv
    kg vocab alias 线上办 网上办
    kg vocab undo 线上办
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import click

from kg.commands.options import curation_option, export_option
from kg.curation import (
    Curation,
    Decision,
    Request,
    check_names,
    curated_vocabulary,
    decide,
    default_creator,
    describe,
    load_curation,
    undo,
    write_curation,
)
from kg.errors import existing_export
from kg.namespaces import PKM
from kg.query import load_store, named_query, render
from kg.vocab import MechanismVocabulary


def by_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--by NAME``: who decides (recorded as dcterms:creator)."""
    return click.option(
        "--by", default=None, help="Who decides (default: git config user.name, else $USER)."
    )(func)


def checked_name_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--export PATH --force``: the export whose candidates NAME must be one of (or a known
    label, or decided already), so a typo does not become a concept; --force skips that."""
    func = click.option(
        "--force",
        is_flag=True,
        help="Decide NAME even if it is no candidate of the export nor a known label.",
    )(func)
    return export_option(help="The export whose candidates NAME is one of.", checked=False)(func)


def _current(curation: Path) -> Curation:
    return load_curation(curation) if curation.exists() else Curation(source=curation.name)


@click.group("vocab", context_settings={"help_option_names": ["-h", "--help"]})
def vocab() -> None:
    """Curate discovered mechanisms: review sheet, decisions, candidates.

    \b
    The loop:
      kg vocab review --out review.csv     a sheet of every candidate, with evidence
      (fill in accept / alias-of / reject in a spreadsheet)
      kg vocab apply review.csv            decisions → ontology/curation.ttl
      kg build seeds --out exports         the next build obeys them
      kg vocab undo NAME                   take one decision back
    The shipped vocabulary (ontology/mechanisms.ttl) is never edited.
    """


@vocab.command("candidates")
@export_option(help="The exported graph.")
def candidates_command(export: Path) -> None:
    """List discovered mechanisms not yet in the vocabulary, most frequent first.

    \b
    Example:
      kg vocab candidates
    """
    click.echo(render(load_store(export), named_query("candidate-mechanisms").text))


@vocab.command("review")
@click.option(
    "--out",
    type=click.Path(path_type=Path, dir_okay=False),
    default=Path("review.csv"),
    show_default=True,
    help="The review sheet to write (CSV, UTF-8 with BOM).",
)
@export_option(help="The exported graph whose candidates to review.")
@curation_option()
def review_command(out: Path, export: Path, curation: Path) -> None:
    """Write a review sheet: each candidate with counts, provinces, documents, quotes,
    the nearest curated concepts and a fragment hint, and columns for the decision.

    \b
    Decision columns: accept (x, or the Chinese label of the new concept; english and
    category optional), alias-of (an existing concept's label or pkm: name), reject (x).
    Example:
      kg vocab review --out review.csv
    """
    from kg.review import review_rows, write_sheet

    vocabulary = curated_vocabulary(MechanismVocabulary.load(), _current(curation))
    rows = review_rows(export, vocabulary)
    write_sheet(rows, out)
    fragments = sum(1 for row in rows if row.fragment)
    click.echo(f"{len(rows)} candidates ({fragments} look like fragments) → {out}")


@vocab.command("apply")
@click.argument("sheet", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@curation_option()
@by_option
def apply_command(sheet: Path, curation: Path, by: str | None) -> None:
    """Check the decisions of a filled-in review sheet and add them to the curation file.

    \b
    Every problem (unknown concept or category, a label already taken, two decisions in
    one row …) is reported with its row number, and then nothing is written.
    Example:
      kg vocab apply review.csv
      kg vocab apply review.csv --by "Li Wei" --curation my-curation.ttl
    """
    from kg.review import read_sheet

    _decide(read_sheet(sheet), curation, by)


def _decide(
    requests: list[Request], curation: Path, by: str | None, export: Path | None = None
) -> None:
    """Apply requests to the curation file; CurationError names every problem, and then
    nothing is written. With ``export``, each name must be one of its candidates, a known
    label or decided already (kg.curation.check_names)."""
    shipped = MechanismVocabulary.load()
    current = _current(curation)
    if export is not None:
        from kg.review import candidate_names

        names = candidate_names(existing_export(export))
        check_names(requests, names, current, shipped, str(export))
    creator, today = by or default_creator(), date.today().isoformat()
    outcome = decide(requests, current, shipped, creator, today)
    if outcome.added:
        write_curation(outcome.curation, curation)
    counts = describe(Curation(tuple(outcome.added)))
    same = f"; {len(outcome.unchanged)} already decided" if outcome.unchanged else ""
    noun = "decision" if len(outcome.added) == 1 else "decisions"
    click.echo(f"{len(outcome.added)} {noun} ({counts}){same} → {curation}")
    vocabulary = curated_vocabulary(shipped, outcome.curation)
    for decision in outcome.added:
        click.echo(f"  {decision.action:<6} {decision.name}{_effect(decision, vocabulary)}")


def _effect(decision: Decision, vocabulary: MechanismVocabulary) -> str:
    """What a decision does, for the summary: the concept it makes or merges into."""
    if decision.action == "reject":
        return ""
    concept = vocabulary.concept(decision.concept)
    local = decision.concept.removeprefix(str(PKM))
    new = "new concept " if decision.action == "accept" else ""
    return f" → {new}{concept.pref_zh} (pkm:{local})"


@vocab.command("accept")
@click.argument("name")
@click.option("--label", default="", help="Chinese label of the new concept (default: NAME).")
@click.option("--english", default="", help="English label.")
@click.option("--category", default="", help="Category: Chinese label or local name (cat-…).")
@curation_option()
@by_option
@checked_name_options
def accept_command(
    name: str,
    label: str,
    english: str,
    category: str,
    curation: Path,
    by: str | None,
    export: Path,
    force: bool,
) -> None:
    """Accept a discovered NAME (a candidate of the export) as a new mechanism concept.

    \b
    Example:
      kg vocab accept 信用+双随机 --english "Credit-based random inspections" --category 监管方式
    """
    request = Request(name, label or "x", english, category, where="command line")
    _decide([request], curation, by, None if force else export)


@vocab.command("alias")
@click.argument("name")
@click.argument("concept")
@curation_option()
@by_option
@checked_name_options
def alias_command(
    name: str, concept: str, curation: Path, by: str | None, export: Path, force: bool
) -> None:
    """Merge a discovered NAME (a candidate of the export) into an existing CONCEPT (its
    label or pkm: name).

    \b
    Example:
      kg vocab alias 线上办 网上办
    """
    request = Request(name, alias_of=concept, where="command line")
    _decide([request], curation, by, None if force else export)


@vocab.command("reject")
@click.argument("name")
@curation_option()
@by_option
@checked_name_options
def reject_command(name: str, curation: Path, by: str | None, export: Path, force: bool) -> None:
    """Reject a discovered NAME (a candidate of the export): the next builds never propose
    it again.

    \b
    Example:
      kg vocab reject 一把手
    """
    request = Request(name, reject="x", where="command line")
    _decide([request], curation, by, None if force else export)


@vocab.command("undo")
@click.argument("name")
@curation_option()
def undo_command(name: str, curation: Path) -> None:
    """Remove the decision about NAME from the curation file (accept, alias or reject): the
    next build proposes NAME as a candidate again. An accepted concept that an alias merges
    into stays until the alias is undone.

    \b
    Example:
      kg vocab undo 一把手
    """
    before = load_curation(curation)
    after, removed = undo(before, name)
    write_curation(after, curation)
    vocabulary = curated_vocabulary(MechanismVocabulary.load(), before)
    effect = _effect(removed, vocabulary)
    click.echo(
        f"removed {removed.action} {removed.name}{effect} (by {removed.creator} on "
        f"{removed.created}) from {curation}; {describe(after)} left"
    )
