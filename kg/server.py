"""A real SPARQL server for the export, and upload into any Graph Store Protocol endpoint.

`kg serve` runs the Oxigraph server from the PyPI ``oxigraph`` package as a child process
(``oxigraph load`` into a fresh folder, then ``oxigraph serve`` on 127.0.0.1), so users get the
same engine as the embedded store behind a standard SPARQL 1.1 endpoint. `kg push` sends the
Turtle with an HTTP PUT (or POST) as the SPARQL 1.1 Graph Store HTTP Protocol says, which
Fuseki, GraphDB, Oxigraph and others accept. Only the standard library's urllib talks HTTP.

Example (the export behind a real endpoint on loopback, queried over HTTP):
    >>> from kg.namespaces import sparql_prefixes
    >>> query = sparql_prefixes("pk") + "SELECT (COUNT(*) AS ?n) WHERE { ?m a pk:Measure }"
    >>> with running_server(Path("exports/practice-kg.nt")) as server:
    ...     table = remote_select(server.query_url, query)
    >>> table.columns, table.rows[0][0].value
    (('n',), '95')
"""

from __future__ import annotations

import contextlib
import ctypes
import http.client
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgError, existing_export
from kg.query import TermTable

LOOPBACK = "127.0.0.1"
DEFAULT_PORT = 7878
CONTENT_TYPES = {".ttl": "text/turtle", ".nt": "application/n-triples"}
_LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}


class ServerError(KgError, RuntimeError):
    """The Oxigraph server could not be found, loaded, started or stopped."""


class PushError(KgError, RuntimeError):
    """The endpoint refused the upload, or could not be reached."""


@dataclass
class OxigraphServer:
    """A running ``oxigraph serve`` child process on the loopback interface."""

    process: subprocess.Popen[bytes]
    port: int
    host: str = LOOPBACK

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def query_url(self) -> str:
        """The SPARQL 1.1 Protocol query endpoint."""
        return f"{self.base_url}/query"

    @property
    def store_url(self) -> str:
        """The SPARQL 1.1 Graph Store Protocol endpoint."""
        return f"{self.base_url}/store"

    def stop(self, timeout: float = 10.0) -> int | None:
        """Terminate the child and wait for it; kill it if it does not go in time."""
        return stop_process(self.process, timeout)


# --- the oxigraph binary ---------------------------------------------------------------------


def oxigraph_binary() -> str:
    """The ``oxigraph`` command: on PATH, or next to this Python (a virtualenv's bin/)."""
    found = shutil.which("oxigraph")
    if found:
        return found
    beside = Path(sys.executable).with_name("oxigraph")
    if beside.is_file():
        return str(beside)
    raise ServerError("the `oxigraph` command was not found: pip install oxigraph")


def free_port(host: str = LOOPBACK) -> int:
    """A TCP port nobody listens on right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def port_is_free(port: int, host: str = LOOPBACK) -> bool:
    """Whether we could listen on the port: a busy port would answer for someone else."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server does
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def load_location(export: Path, location: Path, timeout: float = 300.0) -> None:
    """Load an export into an Oxigraph database folder with ``oxigraph load``."""
    existing_export(export)
    command = [oxigraph_binary(), "load", "--location", str(location), "--file", str(export)]
    try:
        done = subprocess.run(command, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired as err:
        raise ServerError(f"oxigraph load took more than {timeout:.0f} s") from err
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip()
        raise ServerError(f"oxigraph load failed ({done.returncode}): {message}")


# --- the server process ----------------------------------------------------------------------


def start_server(
    location: Path | None = None,
    port: int = DEFAULT_PORT,
    host: str = LOOPBACK,
    ready_timeout: float = 30.0,
) -> OxigraphServer:
    """Start ``oxigraph serve`` (in memory when ``location`` is None) and wait until it answers."""
    if not port_is_free(port, host):
        raise ServerError(f"{host}:{port} is already in use: choose another --port")
    command = [oxigraph_binary(), "serve", "--bind", f"{host}:{port}"]
    if location is not None:
        command += ["--location", str(location)]
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
    )
    server = OxigraphServer(process, port, host)
    try:
        _wait_ready(server, ready_timeout)
    except BaseException:
        server.stop()
        raise
    return server


def _die_with_parent() -> None:
    """In the child (Linux): get SIGTERM when the parent dies, even by SIGKILL, so no
    server outlives `kg serve` or a test run."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _wait_ready(server: OxigraphServer, timeout: float) -> None:
    """Poll the query endpoint until it answers, the child dies, or time runs out."""
    deadline = time.monotonic() + timeout
    probe = f"{server.query_url}?{urllib.parse.urlencode({'query': 'ASK {}'})}"
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            message = _stderr(server.process)
            raise ServerError(f"oxigraph serve exited ({server.process.returncode}): {message}")
        with (
            contextlib.suppress(OSError),
            _open(urllib.request.Request(probe), timeout=2.0) as response,
        ):
            if response.status == 200:
                return
        time.sleep(0.1)
    raise ServerError(f"oxigraph serve did not answer on {server.base_url} within {timeout:.0f} s")


def _stderr(process: subprocess.Popen[bytes]) -> str:
    if process.stderr is None:
        return ""
    return process.stderr.read().decode("utf-8", "replace").strip()


def stop_process(process: subprocess.Popen[bytes], timeout: float = 10.0) -> int | None:
    """Terminate a child, wait for it, and kill it if it outlives ``timeout``."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=timeout)
    if process.stderr is not None:
        process.stderr.close()
    return process.returncode


@contextlib.contextmanager
def running_server(
    export: Path | None = None, port: int | None = None, ready_timeout: float = 30.0
) -> Iterator[OxigraphServer]:
    """An Oxigraph server on loopback, with ``export`` loaded, stopped and removed on exit.

    Without an export the server starts empty, in memory (for `kg push` to fill).
    """
    with tempfile.TemporaryDirectory(prefix="kg-oxigraph-") as folder:
        location = None
        if export is not None:
            location = Path(folder)
            load_location(export, location)
        server = start_server(location, port or free_port(), ready_timeout=ready_timeout)
        try:
            yield server
        finally:
            server.stop()


# --- HTTP ------------------------------------------------------------------------------------


def _open(request: urllib.request.Request, timeout: float) -> http.client.HTTPResponse:
    """urlopen, bypassing any proxy for loopback hosts so local traffic stays local."""
    host = urllib.parse.urlsplit(request.full_url).hostname or ""
    handlers = [urllib.request.ProxyHandler({})] if host in _LOOPBACK_HOSTS else []
    return urllib.request.build_opener(*handlers).open(request, timeout=timeout)


def graph_store_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store Protocol target: ``?graph=<IRI>`` for a named graph, else ``?default``."""
    query = urllib.parse.urlencode({"graph": graph}) if graph else "default"
    return f"{endpoint}{'&' if '?' in endpoint else '?'}{query}"


def push(
    export: Path,
    endpoint: str,
    graph: str | None = None,
    replace: bool = True,
    timeout: float = 120.0,
) -> int:
    """Upload the export to a Graph Store Protocol endpoint; return the HTTP status.

    PUT replaces the graph's content, POST adds to it.
    """
    existing_export(export)
    if urllib.parse.urlsplit(endpoint).scheme not in ("http", "https"):
        raise PushError(f"{endpoint}: not an http(s) URL of a Graph Store Protocol endpoint")
    content_type = CONTENT_TYPES.get(export.suffix, "text/turtle")
    request = urllib.request.Request(
        graph_store_url(endpoint, graph),
        data=export.read_bytes(),
        method="PUT" if replace else "POST",
        headers={"Content-Type": f"{content_type}; charset=utf-8"},
    )
    try:
        with _open(request, timeout) as response:
            return int(response.status)
    except urllib.error.HTTPError as err:
        body = err.read().decode("utf-8", "replace").strip()[:500]
        raise PushError(
            f"{endpoint} refused the upload: HTTP {err.code} {err.reason}"
            + (f": {body}" if body else "")
        ) from err
    except (urllib.error.URLError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise PushError(f"cannot reach {endpoint}: {reason}") from err


def remote_select(endpoint: str, query: str, timeout: float = 60.0) -> TermTable:
    """Run a SELECT query on a SPARQL 1.1 Protocol endpoint; rows as pyoxigraph terms."""
    request = urllib.request.Request(
        endpoint,
        data=query.encode("utf-8"),
        method="POST",
        headers={
            "Content-Type": "application/sparql-query; charset=utf-8",
            "Accept": "application/sparql-results+json",
        },
    )
    with _open(request, timeout) as response:
        payload = response.read()
    solutions = ox.parse_query_results(payload, format=ox.QueryResultsFormat.JSON)
    if not isinstance(solutions, ox.QuerySolutions):
        raise ValueError("not a SELECT query")
    columns = tuple(v.value for v in solutions.variables)
    return TermTable(columns, [tuple(s[c] for c in columns) for s in solutions])
