"""The README's `$ kg …` examples are real: each is run and must print what the README shows.

An example is a ``$ kg …`` line inside a fenced block (continued over lines while a quote is
open), followed by its output up to the next ``$`` line or the end of the block. A line ``…``
(or ending in ``…``) means the README shows only the lines above it; ``(exit status N)`` is
the exit status, not output. ``kg build`` (timings, writes files), ``kg serve`` and ``kg push``
(servers) are left to the build and server tests.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # runs the README's commands

ROOT = Path(__file__).resolve().parents[1]
SKIPPED = ("kg build", "kg serve", "kg push")
EXIT = re.compile(r"^\(exit status (\d+)\)$")


@dataclass
class Example:
    """One command from the README with the output it shows."""

    line: int
    command: str
    output: list[str]
    truncated: bool
    status: int


def _complete(text: str) -> bool:
    try:
        shlex.split(text)
    except ValueError:
        return False
    return True


def _blocks(lines: list[str]) -> list[tuple[int, list[str]]]:
    blocks, start = [], None
    for number, line in enumerate(lines, 1):
        if line.startswith("```"):
            if start is None:
                start = number
            else:
                blocks.append((start, lines[start : number - 1]))
                start = None
    return blocks


def _examples(block_start: int, body: list[str]) -> list[Example]:
    examples: list[Example] = []
    i = 0
    while i < len(body):
        if not body[i].startswith("$ "):
            i += 1
            continue
        first, command = i, body[i][2:]
        while not _complete(command):
            i += 1
            command += "\n" + body[i]
        i += 1
        output: list[str] = []
        while i < len(body) and not body[i].startswith("$ "):
            output.append(body[i])
            i += 1
        examples.append(_example(block_start + first + 1, command, output))
    return examples


def _example(line: int, command: str, output: list[str]) -> Example:
    while output and not output[-1].strip():
        output.pop()
    status = 0
    if output and (match := EXIT.match(output[-1])):
        status = int(match.group(1))
        output = output[:-1]
    truncated = False
    for k, text in enumerate(output):
        if text.rstrip().endswith("…"):
            output, truncated = output[:k], True
            break
    return Example(line, command, output, truncated, status)


def readme_examples() -> list[Example]:
    """Every `$ kg …` example of the README that can run without side effects."""
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    found = [e for start, body in _blocks(lines) for e in _examples(start, body)]
    return [e for e in found if e.command.startswith("kg ") and not e.command.startswith(SKIPPED)]


def test_readme_has_examples_to_check() -> None:
    commands = [e.command.split()[1] for e in readme_examples()]
    for command in ("stats", "eval", "query", "analyze"):
        assert command in commands


@pytest.mark.parametrize("example", readme_examples(), ids=lambda e: f"README.md:{e.line}")
def test_readme_example_prints_what_the_readme_shows(example: Example) -> None:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    env.update(COLUMNS="200", PYTHONWARNINGS="ignore")
    run = subprocess.run(
        ["bash", "-c", example.command + " 2>&1"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    printed = run.stdout.rstrip("\n").splitlines()
    if example.truncated:
        printed = printed[: len(example.output)]
    assert printed == example.output, f"README.md:{example.line}: {example.command}"
    if "|" not in example.command:
        assert run.returncode == example.status
