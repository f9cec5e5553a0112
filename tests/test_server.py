"""A real Oxigraph server on loopback: `kg push` into it, `kg serve` with curl, and the
same rows as the embedded store. Every process is started on 127.0.0.1 and always stopped."""

from __future__ import annotations

import os
import queue
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.namespaces import PREFIXES
from kg.query import TermTable, bind, load_store, named_queries, select_terms
from kg.server import (
    OxigraphServer,
    free_port,
    graph_store_url,
    load_location,
    oxigraph_binary,
    remote_select,
    running_server,
    start_server,
)

pytestmark = pytest.mark.server
ROOT = Path(__file__).resolve().parent.parent
PARAMLESS = sorted(name for name, q in named_queries().items() if not q.params)
WAIT = 30.0
Served = tuple[subprocess.Popen[str], int, list[str]]


@pytest.fixture(scope="module")
def exports(built) -> Path:
    _, _, out = built
    return out


@pytest.fixture(scope="module")
def store(exports: Path) -> ox.Store:
    return load_store(exports / "practice-kg.nt")


@pytest.fixture(scope="module")
def empty_server() -> Iterator[OxigraphServer]:
    """A separately started, empty, in-memory Oxigraph server for `kg push` to fill."""
    with running_server(None, free_port()) as server:
        yield server


@pytest.fixture(scope="module")
def pushed(empty_server: OxigraphServer, exports: Path) -> OxigraphServer:
    result = CliRunner().invoke(
        main, ["push", empty_server.store_url, "--export", str(exports / "practice-kg.ttl")]
    )
    assert result.exit_code == 0, result.output
    assert "HTTP 20" in result.output
    return empty_server


def rows(table: TermTable) -> Counter:
    return Counter(tuple(str(t) if t is not None else None for t in row) for row in table.rows)


def count(server: OxigraphServer, where: str = "{ ?s ?p ?o }") -> int:
    table = remote_select(server.query_url, f"SELECT (COUNT(*) AS ?n) WHERE {where}")
    return int(table.rows[0][0].value)


# --- kg push into a separately started server ------------------------------------------------


@pytest.mark.parametrize("name", PARAMLESS)
def test_pushed_data_answers_like_the_embedded_store(
    pushed: OxigraphServer, store: ox.Store, name: str
) -> None:
    text = named_queries()[name].text
    remote = remote_select(pushed.query_url, text)
    local = select_terms(store, text)
    assert remote.columns == local.columns
    assert rows(remote) == rows(local) and local.rows


def test_pushed_triples_are_all_there(pushed: OxigraphServer, store: ox.Store) -> None:
    assert count(pushed) == len(store)


def test_parameterised_query_over_http_matches(pushed: OxigraphServer, store: ox.Store) -> None:
    """HTTP has no binding API; a VALUES block of the serialised term gives the same rows."""
    query = named_queries()["measures-by-mechanism"]
    term = bind(query, {"mechanism": "双随机、一公开"})["mechanism"]
    text = query.text.replace("WHERE {", f"WHERE {{\n    VALUES ?mechanism {{ {term} }}", 1)
    local = select_terms(store, query.text, {"mechanism": term})
    assert rows(remote_select(pushed.query_url, text)) == rows(local) and local.rows


def test_push_replaces_rather_than_doubles(pushed: OxigraphServer, exports: Path) -> None:
    before = count(pushed)
    result = CliRunner().invoke(
        main, ["push", pushed.store_url, "--export", str(exports / "practice-kg.ttl")]
    )
    assert result.exit_code == 0, result.output
    assert count(pushed) == before


def test_push_into_a_named_graph(pushed: OxigraphServer, exports: Path) -> None:
    graph = "https://w3id.org/practice-kg/graph/test"
    result = CliRunner().invoke(
        main,
        ["push", pushed.store_url, "--graph", graph, "--export", str(exports / "practice-kg.nt")],
    )
    assert result.exit_code == 0, result.output
    measures = f"{{ GRAPH <{graph}> {{ ?m a <{PREFIXES['pk']}Measure> }} }}"
    assert count(pushed, measures) == 95


def test_graph_store_urls() -> None:
    assert graph_store_url("http://h/store", None) == "http://h/store?default"
    assert graph_store_url("http://h/ds?x=1", "urn:g") == "http://h/ds?x=1&graph=urn%3Ag"


def test_push_to_an_unreachable_endpoint(exports: Path) -> None:
    port = free_port()  # nobody listens there
    result = CliRunner().invoke(
        main,
        ["push", f"http://127.0.0.1:{port}/store", "--export", str(exports / "practice-kg.ttl")],
    )
    assert result.exit_code == 1
    assert "cannot reach" in result.output


def test_push_refused_by_the_endpoint(exports: Path, empty_server: OxigraphServer) -> None:
    result = CliRunner().invoke(
        main,
        [
            "push",
            f"{empty_server.base_url}/no-such-service",
            "--export",
            str(exports / "practice-kg.ttl"),
        ],
    )
    assert result.exit_code == 1
    assert "refused the upload: HTTP 404" in result.output


def test_push_refused_by_a_read_only_server(exports: Path, tmp_path: Path) -> None:
    port = free_port()
    load_location(exports / "practice-kg.nt", tmp_path)  # a read-only server needs a database
    process = subprocess.Popen(
        [
            oxigraph_binary(),
            "serve-read-only",
            "--location",
            str(tmp_path),
            "--bind",
            f"127.0.0.1:{port}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_port(port)
        result = CliRunner().invoke(
            main,
            [
                "push",
                f"http://127.0.0.1:{port}/store",
                "--export",
                str(exports / "practice-kg.ttl"),
            ],
        )
        assert result.exit_code == 1
        assert "refused the upload: HTTP 4" in result.output
    finally:
        process.terminate()
        process.wait(timeout=WAIT)


def test_push_without_export(tmp_path: Path, empty_server: OxigraphServer) -> None:
    result = CliRunner().invoke(
        main, ["push", empty_server.store_url, "--export", str(tmp_path / "none.ttl")]
    )
    assert result.exit_code == 1 and "run `kg build`" in result.output


def test_server_in_the_same_port_fails_clearly(empty_server: OxigraphServer) -> None:
    from kg.server import ServerError

    with pytest.raises(ServerError, match="already in use"):
        start_server(None, empty_server.port, ready_timeout=WAIT).stop()


# --- kg serve --------------------------------------------------------------------------------


def _wait_port(port: int, timeout: float = WAIT) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError(f"nothing listens on 127.0.0.1:{port}")


def _port_free(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) != 0


def _lines(process: subprocess.Popen[str]) -> queue.Queue[str]:
    """Stdout lines of a child, read by a thread so waits stay bounded."""
    out: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            out.put(line)

    threading.Thread(target=pump, daemon=True).start()
    return out


def _read_until(lines: queue.Queue[str], marker: str, timeout: float = WAIT) -> list[str]:
    seen: list[str] = []
    deadline = time.monotonic() + timeout
    while not any(marker in line for line in seen):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise AssertionError(f"no {marker!r} in {seen}")
        try:
            seen.append(lines.get(timeout=remaining))
        except queue.Empty:
            continue
    return seen


def _as_if_in_background() -> None:
    """A shell starts background jobs with SIGINT ignored; Ctrl-C must still stop kg serve."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@pytest.fixture
def serve(exports: Path) -> Iterator[Served]:
    """`kg serve` as a real child process on a free port; always stopped afterwards."""
    port = free_port()
    code = "from kg.cli import main; main()"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            code,
            "serve",
            "--port",
            str(port),
            "--export",
            str(exports / "practice-kg.nt"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
        cwd=ROOT,
        preexec_fn=_as_if_in_background,
    )
    try:
        lines = _lines(process)
        printed = _read_until(lines, "Ctrl-C")
        yield process, port, printed
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=WAIT)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=WAIT)


def test_serve_prints_endpoint_and_answers_its_sample_curl(serve: Served, store: ox.Store) -> None:
    process, port, printed = serve
    text = "".join(printed)
    endpoint = f"http://127.0.0.1:{port}/query"
    assert f"SPARQL endpoint: {endpoint}" in text
    text_query = named_queries()["count-by-class"].text
    assert rows(remote_select(endpoint, text_query)) == rows(select_terms(store, text_query))
    curl_line = next(line.strip() for line in printed if line.strip().startswith("curl "))
    if shutil.which("curl"):
        env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
        answer = subprocess.run(
            shlex.split(curl_line), capture_output=True, text=True, timeout=WAIT, env=env
        )
        assert answer.returncode == 0, answer.stderr
        assert f"{PREFIXES['pk']}Measure,95" in answer.stdout.replace("\r", "")
    assert process.poll() is None


def test_serve_stops_cleanly_on_ctrl_c(serve: Served) -> None:
    process, port, _ = serve
    _wait_port(port)
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=WAIT) == 0
    assert process.stdout is not None
    assert _port_free(port), "the oxigraph child outlived kg serve"


def test_serve_stops_cleanly_on_sigterm(serve: Served) -> None:
    process, port, _ = serve
    process.terminate()
    assert process.wait(timeout=WAIT) == 0
    assert _port_free(port)


def test_serve_without_export(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["serve", "--port", str(free_port()), "--export", str(tmp_path / "none.nt")]
    )
    assert result.exit_code == 1 and "run `kg build`" in result.output
