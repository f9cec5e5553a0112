"""Which mechanisms recur across provinces, travel together, and who reported them first.

Everything here reads the export's read model (:mod:`kg.readmodel`, from an export file, an
rdflib ``Graph`` or a pyoxigraph ``Store``) — never the extractor's objects, so every number
can be traced back with SPARQL to measures and evidence quotes. :func:`load_data` turns the
model into mechanism uses once; NetworkX does the graph analysis, and the HTML views draw the
co-occurrence graph and communities made here. Every result is sorted and rounded so the
report is byte-identical across runs.

One module per question (networkx style): :mod:`~kg.analysis.data` (the uses, from the
read model), :mod:`~kg.analysis.recurrence`, :mod:`~kg.analysis.cooccurrence`,
:mod:`~kg.analysis.regions`, :mod:`~kg.analysis.timeline`, and :mod:`~kg.analysis.tables`
(every result as text). Everything public is importable from ``kg.analysis``.

Example:
    >>> data = load_data(Path("exports/practice-kg.nt"))
    >>> row = next(r for r in recurrence(data) if r.label == "双随机、一公开")
    >>> row.provinces
    ('陕西省', '山东省', '甘肃省')
"""

from kg.analysis.cooccurrence import (
    LOUVAIN_SEED,
    BridgeRow,
    CentralityRow,
    bridges,
    centralities,
    communities,
    community_index,
    cooccurrence_graph,
)
from kg.analysis.data import (
    LEVELS,
    Issued,
    KGData,
    Level,
    Use,
    as_data,
    candidate_summary,
    is_candidate,
    load_data,
    load_export,
    region_of,
    without_candidates,
)
from kg.analysis.recurrence import (
    QUERY_HEAD,
    TRACE_QUERY,
    RecurrenceRow,
    category_recurrence,
    date_key,
    first_seen,
    recurrence,
)
from kg.analysis.regions import (
    SimilarityRow,
    nearest_peers,
    region_mechanisms,
    region_similarity,
    unique_mechanisms,
)
from kg.analysis.tables import (
    FORMATS,
    bridges_table,
    cascades_table,
    category_table,
    centrality_table,
    communities_table,
    edges_table,
    followers_table,
    format_rows,
    recurrence_table,
    similarity_table,
    to_csv,
    to_markdown,
    unique_table,
)
from kg.analysis.timeline import (
    MIN_DATED_DOCUMENTS,
    Cascade,
    FollowerRow,
    cascades,
    dated_documents,
    follower_pairs,
    timeline_caveat,
)

__all__ = [
    "FORMATS",
    "LEVELS",
    "LOUVAIN_SEED",
    "MIN_DATED_DOCUMENTS",
    "QUERY_HEAD",
    "TRACE_QUERY",
    "BridgeRow",
    "Cascade",
    "CentralityRow",
    "FollowerRow",
    "Issued",
    "KGData",
    "Level",
    "RecurrenceRow",
    "SimilarityRow",
    "Use",
    "as_data",
    "bridges",
    "bridges_table",
    "candidate_summary",
    "cascades",
    "cascades_table",
    "category_recurrence",
    "category_table",
    "centralities",
    "centrality_table",
    "communities",
    "communities_table",
    "community_index",
    "cooccurrence_graph",
    "date_key",
    "dated_documents",
    "edges_table",
    "first_seen",
    "follower_pairs",
    "followers_table",
    "format_rows",
    "is_candidate",
    "load_data",
    "load_export",
    "nearest_peers",
    "recurrence",
    "recurrence_table",
    "region_mechanisms",
    "region_of",
    "region_similarity",
    "similarity_table",
    "timeline_caveat",
    "to_csv",
    "to_markdown",
    "unique_mechanisms",
    "unique_table",
    "without_candidates",
]
