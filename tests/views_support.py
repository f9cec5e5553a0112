"""Shared by the view tests: expected counts by SPARQL, and a hostile corpus on disk.

The expected numbers come from SPARQL on the built graph, independently of kg.views, so a
view that drops or invents nodes fails the tests.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from rdflib import Graph

PREFIX = """
PREFIX pk: <https://w3id.org/practice-kg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""

PROVINCE = '?m pk:region/pk:partOf* ?p . ?p pk:level "province" .'


def curated(var: str) -> str:
    """The filter a curated-only view applies to a mechanism variable (the default)."""
    return f"FILTER NOT EXISTS {{ ?{var} pk:candidate true }}"


def node_queries(with_candidates: bool = False) -> dict[str, dict[str, str]]:
    """Per view and class, the graph pattern binding ?n to every node the view draws."""
    n, x = ("", "") if with_candidates else (curated("n"), curated("x"))
    return {
        "overview": {
            "Measure": "?n a pk:Measure .",
            "Mechanism": f"?m a pk:Measure ; pk:mechanism ?n . ?n a pk:Mechanism . {n}",
            "Region": "?n a pk:Region .",
            "Agency": "?n a pk:Agency .",
            "Outcome": "?n a pk:Outcome .",
        },
        "recurrence": {
            "Region": f"?m a pk:Measure ; pk:mechanism ?x . {x} {PROVINCE} BIND(?p AS ?n)",
            "Mechanism": f"?m a pk:Measure ; pk:mechanism ?n . ?n a pk:Mechanism . {n} {PROVINCE}",
        },
        "cooccurrence": {
            "Mechanism": f"?m a pk:Measure ; pk:mechanism ?n . ?n a pk:Mechanism . {n}",
        },
        "regions": {
            "Region": "?n a pk:Region .",
            "Measure": "?n a pk:Measure ; pk:region ?r .",
        },
    }


VIEW_NAMES = tuple(node_queries())


def count(graph: Graph, pattern: str) -> int:
    """COUNT(DISTINCT ?n) over a graph pattern."""
    query = f"{PREFIX} SELECT (COUNT(DISTINCT ?n) AS ?c) WHERE {{ {pattern} }}"
    return int(next(iter(graph.query(query)))[0])


def expected_nodes(graph: Graph, view: str, with_candidates: bool = False) -> dict[str, int]:
    """Nodes per class that ``view`` must draw, by SPARQL."""
    queries = node_queries(with_candidates)[view]
    return {cls: count(graph, pattern) for cls, pattern in queries.items()}


def weighted_pairs(graph: Graph, pattern: str) -> dict[tuple[str, str], int]:
    """(a, b) → number of distinct measures, for a pattern binding ?a ?b ?m."""
    query = f"{PREFIX} SELECT ?a ?b (COUNT(DISTINCT ?m) AS ?w) WHERE {{ {pattern} }} GROUP BY ?a ?b"
    return {(str(a), str(b)): int(w) for a, b, w in graph.query(query)}


def recurrence_edges(graph: Graph, with_candidates: bool = False) -> dict[tuple[str, str], int]:
    """(province, mechanism) → measures of that province using the mechanism."""
    b = "" if with_candidates else curated("b")
    return weighted_pairs(
        graph, f"?m a pk:Measure ; pk:mechanism ?b . {b} {PROVINCE} BIND(?p AS ?a)"
    )


def cooccurrence_edges(graph: Graph, with_candidates: bool = False) -> dict[tuple[str, str], int]:
    """Unordered mechanism pairs → measures using both."""
    ends = "" if with_candidates else f"{curated('a')} {curated('b')}"
    return weighted_pairs(
        graph, f"?m a pk:Measure ; pk:mechanism ?a , ?b . FILTER(STR(?a) < STR(?b)) {ends}"
    )


def page_json(html: str) -> dict:
    """The data a page embeds, read the way the page reads it (JSON in a script element)."""
    found = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert found, "the page has no kg-data script element"
    return json.loads(found.group(1))


HOSTILE_SCRIPT = "</script><script>window.__x=1</script>"
HOSTILE_IMG = '<img src=x onerror="window.__x=1">'
HOSTILE_LINK = '<a href="javascript:window.__x=1">点此</a>'

HOSTILE_TEXT = f"""市场监管总局公布第五批优秀实践案例,现予以公布。
1.上海:企业开办“一网通办”{HOSTILE_SCRIPT}
上海市市场监管局推行“一网通办”和“双随机、一公开”监管,企业开办时间压缩至2个工作日。{HOSTILE_IMG}
上海市推行容缺受理,办理时限由20个工作日压缩至5个工作日。
2.北京:{HOSTILE_LINK}容缺受理改革 href
北京市政务服务局实行容缺受理和告知承诺制,审批时限由20天压缩至3天。{HOSTILE_SCRIPT}
3.浙江:信用分级分类监管<b onmouseover="window.__x=1">悬停</b>
浙江省市场监管局推行信用分级分类监管和双随机抽查,抽查比例下降30%。{HOSTILE_IMG}
"""


def write_hostile_corpus(folder: Path) -> Path:
    """A real document in the "1.上海:" layout whose text is full of markup."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "hostile.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    return folder
