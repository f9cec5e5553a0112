"""`kg query`, `kg stats`, `kg serve` and `kg push`: SPARQL on the export, locally or in a
server.

Plain click commands; kg/cli.py adds them to the `kg` group and maps the library's errors
to exit statuses (kg/errors.py): 1 missing export, server or endpoint trouble; 2 a malformed
query, an unknown query name, a bad --param.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path
from types import FrameType

import click

from kg.commands.options import export_option
from kg.query import (
    FORMATS,
    NamedQuery,
    bind,
    load_store,
    named_queries,
    named_query,
    parse_assignments,
    render,
    resolve,
)
from kg.server import DEFAULT_PORT, ServerError, push, running_server

DEFAULT_TURTLE = Path("exports/practice-kg.ttl")


def _list_queries(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    """--list: print the named queries and stop, before the export is looked for."""
    if value:
        click.echo(_listing(named_queries()))
        ctx.exit()


@click.command("query")
@click.argument("query", required=False)
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind a parameter of the query (repeatable); see --list.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="table",
    show_default=True,
    help="table for reading; csv, tsv, json are SPARQL 1.1 result formats (json with numbers "
    "as JSON numbers).",
)
@export_option()
@click.option(
    "--list",
    is_flag=True,
    is_eager=True,
    expose_value=False,
    callback=_list_queries,
    help="List the named queries and exit.",
)
def query_command(query: str | None, params: tuple[str, ...], fmt: str, export: Path) -> None:
    """Run a SPARQL query on the export: QUERY is SPARQL text, a .rq file, a named query
    (ontology/queries/NAME.rq), or - for standard input.

    \b
    Example:
      kg query --list
      kg query mechanisms-by-province
      kg query recurring-mechanisms --param min_provinces=3
      kg query measures-by-mechanism -p mechanism=双随机、一公开 --format csv
      kg query 'SELECT ?m ?label WHERE { ?m a pk:Measure ; rdfs:label ?label } LIMIT 5'

    Parameters are bound as typed RDF terms (never pasted into the query text). The
    prefixes pk pkd pkm pkt pkr rdf rdfs xsd skos prov dcterms are predeclared.
    Read-only: a SPARQL update (INSERT, DELETE, DROP …) is refused.
    Exit status: 0 done; 1 export missing; 2 malformed query, an update, unknown name or bad
    --param.
    """
    if not query:
        raise click.UsageError("give a query (text, file or name), or --list")
    named = resolve(sys.stdin.read() if query == "-" else query)
    bindings = bind(named, parse_assignments(params))
    click.echo(render(load_store(export), named.text, bindings, fmt))


def _listing(queries: dict[str, NamedQuery]) -> str:
    """Each named query with its description and parameters, for --list."""
    lines: list[str] = []
    for name, query in queries.items():
        lines.append(click.style(name, bold=True) + f"  {query.description}")
        for param in query.params:
            lines.append(
                f"    --param {param.name}=…  {param.meaning} ({param.kind}, e.g. {param.example})"
            )
    return "\n".join(lines)


@click.command("stats")
@export_option(help="The exported graph (.nt, .ttl or .jsonld).")
def stats_command(export: Path) -> None:
    """Count nodes per class and measures, outcomes and mechanism uses per document.

    \b
    Example:
      kg stats
      kg stats --export my-exports/practice-kg.ttl
    """
    store = load_store(export)
    for name in ("count-by-class", "count-by-document"):
        click.echo(render(store, named_query(name).text))
        click.echo()


@click.command("serve")
@click.option(
    "--port",
    type=click.IntRange(1, 65535),
    default=DEFAULT_PORT,
    show_default=True,
    help="Port on 127.0.0.1.",
)
@export_option(help="The exported graph to load (.nt or .ttl).")
def serve_command(port: int, export: Path) -> None:
    """Serve the export from a real SPARQL 1.1 endpoint (Oxigraph) on 127.0.0.1.

    \b
    Example:
      kg serve --port 7878
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT ...' http://127.0.0.1:7878/query

    The data is loaded into a temporary database that is removed on exit; Ctrl-C stops
    the server. Exit status: 0 stopped; 1 export missing or the server failed.
    """
    signal.signal(signal.SIGTERM, _raise_interrupt)
    # Ctrl-C must stop us even when started in the background, where SIGINT is inherited ignored.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with running_server(export, port) as server:
            click.echo(f"SPARQL endpoint: {server.query_url}")
            click.echo(f"Graph Store:     {server.store_url}")
            click.echo("Try:")
            click.echo(
                f"  curl -H 'Accept: text/csv' --data-urlencode "
                f"'query=SELECT ?class (COUNT(*) AS ?n) WHERE {{ ?s a ?class }} "
                f"GROUP BY ?class' {server.query_url}"
            )
            click.echo("Ctrl-C to stop.", nl=True)
            sys.stdout.flush()
            _wait(server.process)
    except KeyboardInterrupt:
        click.echo("stopped.")


def _raise_interrupt(signum: int, frame: FrameType | None) -> None:
    """SIGTERM stops the server like Ctrl-C does, so the child is always reaped."""
    raise KeyboardInterrupt


def _wait(process: subprocess.Popen[bytes]) -> None:
    """Block until the server exits by itself (an error) or Ctrl-C interrupts us."""
    code = process.wait()
    if code != 0:
        raise ServerError(f"oxigraph serve exited with status {code}")


@click.command("push")
@click.argument("endpoint")
@click.option(
    "--graph",
    metavar="IRI",
    default=None,
    help="Named graph to fill (default: the endpoint's default graph).",
)
@export_option(DEFAULT_TURTLE, help="The exported graph to upload (.ttl or .nt).")
@click.option("--append", is_flag=True, help="POST (add to the graph) instead of PUT (replace).")
def push_command(endpoint: str, graph: str | None, export: Path, append: bool) -> None:
    """Upload the export to a SPARQL 1.1 Graph Store Protocol ENDPOINT.

    \b
    Example:
      kg push http://127.0.0.1:7878/store                      (Oxigraph)
      kg push http://localhost:3030/practice/data --graph https://w3id.org/practice-kg/graph
                                                              (Fuseki dataset "practice")
      kg push http://localhost:7200/repositories/practice/rdf-graphs/service   (GraphDB)

    Exit status: 0 uploaded; 1 export missing, endpoint refused or unreachable.
    """
    status = push(export, endpoint, graph, replace=not append)
    target = f"graph <{graph}>" if graph else "the default graph"
    click.echo(f"{export} → {endpoint} ({target}): HTTP {status}")
