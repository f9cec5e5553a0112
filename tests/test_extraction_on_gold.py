"""The extractors on every gold case (seeds and newspaper features), apart from segmentation.

tests/gold_cases.py turns each annotated case into a measure and scores the graph built from
it with ``kg eval``'s own code. The figures reached so far are floors: raise them as
extraction improves, never lower them to make a change pass.
"""

from __future__ import annotations

from tests.gold_cases import extraction_scores, gold_facts

FLOORS = {  # field: (precision, recall) measured on all gold cases
    "region": (0.97, 0.97),
    "province": (0.99, 0.99),
    "agencies": (0.87, 0.90),
    "mechanisms": (0.82, 0.734),
    "outcomes": (0.955, 0.975),
    "themes": (0.79, 0.79),
}


def test_extraction_scores_stay_above_their_floors() -> None:
    scores = extraction_scores().fields
    low = {
        field: (round(scores[field].precision, 3), round(scores[field].recall, 3))
        for field, (precision, recall) in FLOORS.items()
        if scores[field].precision < precision or scores[field].recall < recall
    }
    assert not low, f"below the floor: {low}"


def test_every_gold_case_is_scored() -> None:
    scores = extraction_scores()
    assert scores.missing == []
    assert scores.fields["measures"].found == scores.fields["measures"].expected > 100


def test_every_mention_points_at_its_text() -> None:
    for facts in gold_facts():
        view = facts.doc.view
        for measure in facts.measures:
            spans = [a for a in measure.agencies if not a.inferred]
            spans += [*measure.mechanisms, *measure.outcomes]
            for mention in spans:
                assert measure.measure.start <= mention.start < mention.end <= measure.measure.end
            for mention in measure.mechanisms:
                assert view[mention.start : mention.end] == mention.surface
                assert mention.label and not any(q in mention.label for q in "“”")
            ordered = sorted(measure.mechanisms, key=lambda m: (m.start, m.end, m.label))
            assert list(measure.mechanisms) == ordered
            assert len({(m.start, m.end) for m in measure.mechanisms}) == len(ordered)
