"""Small-count protection against an attacker who recomputes hidden cells from the totals.

The attacker here is independent of the code under test: an exhaustive integer search over
every assignment of the hidden cells that agrees with the published figures and the policy
(a "<5" cell is 1–4, a "×" cell is 0 or at least 5 — told whether it is zero, the strongest
case). A hidden small cell must keep at least two possible values.
"""

import random

import pytest

from forms.reports.aggregates import Distribution, Row
from forms.reports.disclosure import (
    PRIMARY_MARK,
    SECONDARY_MARK,
    protect,
    protect_distribution,
    protect_two_way,
    two_way_groups,
    two_way_values,
)


def attacker_values(values, kinds, groups, target):
    """Every value `target` can take in some assignment consistent with what is published."""
    cap = max(values.values()) * 2 + 10
    domains = {}
    for key, kind in kinds.items():
        if kind == "shown":
            domains[key] = [values[key]]
        elif kind == "primary":
            domains[key] = [1, 2, 3, 4]
        elif kind == "withheld":
            domains[key] = list(range(0, cap))
        else:
            domains[key] = [0] if values[key] == 0 else list(range(5, cap))
    possible = set()
    for candidate in domains[target]:
        if solve({**domains, target: [candidate]}, groups):
            possible.add(candidate)
    return possible


def solve(domains, groups):
    assigned = {k: d[0] for k, d in domains.items() if len(d) == 1}
    # Propagate groups with a single unknown.
    progress = True
    while progress:
        progress = False
        for members, total in groups:
            keys = [*members, total]
            unknown = [k for k in keys if k not in assigned]
            if not unknown:
                if sum(assigned[m] for m in members) != assigned[total]:
                    return False
            elif len(unknown) == 1:
                k = unknown[0]
                known_members = sum(assigned[m] for m in members if m != k)
                value = assigned[total] - known_members if k != total else known_members
                if value not in domains[k]:
                    return False
                assigned[k] = value
                progress = True
    open_keys = [k for k in domains if k not in assigned]
    if not open_keys:
        return True
    key = min(open_keys, key=lambda k: len(domains[k]))
    base = {k: [v] for k, v in assigned.items()}
    return any(solve({**domains, **base, key: [v]}, groups) for v in domains[key])


def assert_safe(values, kinds, groups):
    for key, kind in kinds.items():
        if kind == "shown":
            assert not (1 <= values[key] <= 4), f"{key}={values[key]} is shown"
        if kind == "primary":
            options = attacker_values(values, kinds, groups, key)
            assert values[key] in options
            assert len(options) >= 2, f"{key} can be recomputed: {options}"


ADVERSARIAL_ROWS = [
    [1, 1, 20],
    [3, 7],
    [4, 4, 4, 30],
    [1, 0, 0, 9],
    [2, 5],
    [0, 0, 3],
    [1, 1, 1, 1],
    [4, 4, 4, 4],
    [1, 5, 5],
    [2, 2, 6, 100],
    [1, 4, 5, 5, 50],
]


@pytest.mark.parametrize("counts", ADVERSARIAL_ROWS, ids=str)
def test_one_way_distribution_hides_small_cells_for_good(counts):
    values = {("row", i): v for i, v in enumerate(counts)}
    values["total"] = sum(counts)
    groups = [([("row", i) for i in range(len(counts))], "total")]
    kinds = protect(values, groups, fixed={"total"})
    assert_safe(values, kinds, groups)


def test_single_hidden_cell_gets_a_partner():
    values = {"a": 3, "b": 7, "c": 12, "total": 22}
    kinds = protect(values, [(["a", "b", "c"], "total")], fixed={"total"})
    assert kinds == {"a": "primary", "b": "secondary", "c": "shown", "total": "shown"}


@pytest.mark.parametrize(
    "matrix",
    [
        [[1, 10], [10, 10]],
        [[1, 1], [1, 1]],
        [[3, 0, 8], [0, 9, 7], [6, 5, 0]],
        [[1, 20, 20], [20, 20, 20], [20, 20, 20]],
        [[2, 2, 9], [9, 9, 2], [9, 9, 9]],
        [[0, 4, 0], [0, 0, 0], [0, 0, 6]],
        [[5, 5, 1], [5, 5, 5]],
    ],
    ids=str,
)
def test_two_way_table_hides_small_cells_for_good(matrix):
    values = two_way_values(matrix)
    groups = two_way_groups(len(matrix), len(matrix[0]))
    kinds = protect(values, groups, fixed={"total"})
    assert_safe(values, kinds, groups)


def test_random_adversarial_tables():
    rng = random.Random(20240517)
    for _attempt in range(150):
        n_rows, n_columns = rng.randint(2, 4), rng.randint(2, 3)
        matrix = [
            [rng.choice([0, 0, 1, 1, 2, 3, 4, 5, 6, 8, 15]) for _c in range(n_columns)]
            for _r in range(n_rows)
        ]
        values = two_way_values(matrix)
        groups = two_way_groups(n_rows, n_columns)
        kinds = protect(values, groups, fixed={"total"})
        assert_safe(values, kinds, groups)
    for _attempt in range(200):
        counts = [rng.choice([0, 1, 1, 2, 3, 4, 5, 7, 12]) for _i in range(rng.randint(2, 6))]
        values = {("row", i): v for i, v in enumerate(counts)}
        values["total"] = sum(counts)
        groups = [([("row", i) for i in range(len(counts))], "total")]
        assert_safe(values, protect(values, groups, fixed={"total"}), groups)


def test_published_distribution_merges_small_categories_into_other():
    distribution = Distribution(
        "reasons",
        "Reasons",
        "notifications",
        [Row("a", "A", 40), Row("b", "B", 2), Row("c", "C", 3), Row("other", "Other", 1)],
        46,
    )
    published = protect_distribution(distribution)
    assert [(r.key, str(r.cell)) for r in published.rows] == [("a", "40"), ("other", "6")]
    assert published.merged == ["B", "C"]
    assert str(published.total) == "46"


def test_published_distribution_suppresses_when_merging_cannot_help():
    distribution = Distribution(
        "x", "X", "clients", [Row("a", "A", 40), Row("b", "B", 2), Row("c", "C", 9)], 51
    )
    published = protect_distribution(distribution)
    shown = [str(r.cell) for r in published.rows]
    assert shown == ["40", PRIMARY_MARK, SECONDARY_MARK]


def test_published_two_way_table_never_shows_small_counts():
    table = protect_two_way([[1, 10], [10, 10]], ["r1", "r2"], ["c1", "c2"])
    texts = [str(c) for row in table.cells for c in row]
    texts += [str(c) for c in table.row_totals + table.column_totals] + [str(table.total)]
    assert not any(t in {"1", "2", "3", "4"} for t in texts)
    assert str(table.total) == "31"
