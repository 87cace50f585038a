"""Small-count protection for every published or exported aggregate.

Rules (one place for all outputs: report pages, national pages, the public page, XLSX and CSV):
1. Primary suppression: a count from 1 to 4 is never shown; it reads "<5". Zero is shown.
2. Secondary suppression: a table is a set of cells and of groups (cells that add up to a
   total: a distribution and its total, each row and column of a two-way table and its
   margins). When a group has exactly one hidden cell, or when the published figures pin a
   hidden cell to a single value, the smallest visible non-zero cell of the group is hidden
   too ("×"); repeat until nothing changes. Cells published elsewhere (the grand total) are
   never chosen.
3. Categories too small to show are merged into "other" when the merged count can be shown.

`pinned_cells()` plays the attacker: it narrows every hidden cell's range from the published
figures (primary cells are 1–4, non-zero secondary cells at least 5), first by propagating the
group sums, then exactly by integer programming, and reports the small cells it pins down.
Protection runs until it finds none; when nothing is left to hide beside a pinned cell (a small
total split in ones), the whole group is withheld ("×", zeros included).
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from forms.reports.categories import Row

SMALL_MIN = 1
SMALL_MAX = 4
PRIMARY_MARK = "<5"
SECONDARY_MARK = "×"
OTHER_KEY = "other"
INFINITY = float("inf")

LEGEND_PRIMARY = _("<5: a count from 1 to 4, hidden to protect the young people.")
LEGEND_SECONDARY = _("×: hidden so that a small count cannot be calculated from the totals.")


def is_small(value):
    return value is not None and SMALL_MIN <= value <= SMALL_MAX


@dataclass(frozen=True)
class Cell:
    """A published figure: the value when it can be shown, else None and a mark."""

    value: int | None
    mark: str = ""

    @property
    def hidden(self):
        return self.value is None

    def __str__(self):
        return self.mark if self.hidden else str(self.value)


def _bounds(value, kind):
    """What an attacker knows of a cell from its mark (told the policy; strongest case)."""
    if kind == "primary":
        return SMALL_MIN, SMALL_MAX
    if kind == "secondary":
        return (SMALL_MAX + 1, INFINITY) if value else (0, INFINITY)
    if kind == "withheld":
        return 0, INFINITY
    return value, value


def audit(values, kinds, groups, rounds=200):
    """Ranges an attacker can narrow the hidden cells to: {key: (low, high)}.

    values: {key: true count}; kinds: {key: "shown" | "primary" | "secondary"};
    groups: [(members, total_key)] meaning sum(values[m] for m in members) == values[total_key].
    """
    ranges = {key: _bounds(values[key], kinds[key]) for key in values}
    for _round in range(rounds):
        changed = False
        for members, total in groups:
            lows = [ranges[m][0] for m in members]
            highs = [ranges[m][1] for m in members]
            sum_low = sum(lows)
            finite_high = sum(h for h in highs if h != INFINITY)
            unbounded = sum(1 for h in highs if h == INFINITY)
            t_low, t_high = ranges[total]
            new_total = (max(t_low, sum_low), min(t_high, INFINITY if unbounded else finite_high))
            if new_total != ranges[total]:
                ranges[total] = new_total
                changed = True
            t_low, t_high = new_total
            for i, member in enumerate(members):
                # The other members' highest sum: unbounded if any other is unbounded.
                if highs[i] == INFINITY:
                    others_high = INFINITY if unbounded > 1 else finite_high
                else:
                    others_high = INFINITY if unbounded else finite_high - highs[i]
                low = t_low - others_high
                high = t_high - (sum_low - lows[i])
                new = (max(ranges[member][0], low), min(ranges[member][1], high))
                if new != ranges[member]:
                    ranges[member] = new
                    changed = True
        if not changed:
            break
    return ranges


def pinned_cells(values, kinds, groups):
    """Primary cells whose value the published figures reveal.

    Propagating the sums catches most cases quickly; the rest are decided exactly by integer
    programming: a primary cell is safe when the published figures also fit another value.
    """
    ranges = audit(values, kinds, groups)
    primary = [k for k, kind in kinds.items() if kind == "primary"]
    pinned = [k for k in primary if ranges[k][0] >= ranges[k][1]]
    undecided = [k for k in primary if k not in pinned]
    if undecided and groups:
        pinned += _pinned_by_integer_programming(values, kinds, groups, ranges, undecided)
    return pinned


def _pinned_by_integer_programming(values, kinds, groups, ranges, candidates):
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint, milp

    hidden = [k for k, kind in kinds.items() if kind != "shown"]
    index = {k: i for i, k in enumerate(hidden)}
    rows, rhs = [], []
    for members, total in groups:
        coefficients = np.zeros(len(hidden))
        constant = 0
        for key, sign in [*((m, 1) for m in members), (total, -1)]:
            if key in index:
                coefficients[index[key]] += sign
            else:
                constant += sign * values[key]
        if coefficients.any():
            rows.append(coefficients)
            rhs.append(-constant)
    if not rows:
        return []
    constraint = LinearConstraint(np.array(rows), rhs, rhs)
    bounds = Bounds([ranges[k][0] for k in hidden], [ranges[k][1] for k in hidden])
    integrality = np.ones(len(hidden))
    pinned = []
    for key in candidates:
        reachable = set()
        for direction in (1, -1):
            objective = np.zeros(len(hidden))
            objective[index[key]] = direction
            result = milp(objective, constraints=constraint, bounds=bounds, integrality=integrality)
            if result.success:
                reachable.add(round(result.x[index[key]]))
        if len(reachable) < 2:
            pinned.append(key)
    return pinned


def protect(values, groups, fixed=()):
    """Decide which cells to hide. Returns {key: "shown" | "primary" | "secondary" | "withheld"}.

    fixed: keys published elsewhere, never hidden as secondary cells (they may still be
    primary, which hides them everywhere alike).
    """
    kinds = {key: ("primary" if is_small(v) else "shown") for key, v in values.items()}

    def hide_next_smallest(members, total):
        candidates = [
            k for k in [*members, total] if kinds[k] == "shown" and values[k] and k not in fixed
        ]
        # Inner cells before totals; smallest first; the key breaks ties reproducibly.
        candidates.sort(key=lambda k: (k == total, values[k], str(k)))
        if candidates:
            kinds[candidates[0]] = "secondary"
            return True
        return False

    for _round in range(len(values) + 1):
        changed = False
        for members, total in groups:
            hidden = [k for k in [*members, total] if kinds[k] != "shown"]
            if len(hidden) == 1 and hide_next_smallest(members, total):
                changed = True
        if not changed:
            for key in pinned_cells(values, kinds, groups):
                containing = [(m, t) for m, t in groups if key in m or key == t]
                changed = any(hide_next_smallest(m, t) for m, t in containing[:1])
                changed = changed or any(hide_next_smallest(m, t) for m, t in containing)
                if not changed:
                    # Nothing left to hide beside it (e.g. a small total split in ones): withhold
                    # the whole group, zeros included, so no cell tells how many there are.
                    for members, total in containing:
                        for k in [*members, total]:
                            if k not in fixed and kinds[k] != "withheld":
                                kinds[k] = "withheld"
                                changed = True
                if changed:
                    break
        if not changed:
            break
    return kinds


def publish(value, kind):
    if kind == "primary":
        return Cell(None, PRIMARY_MARK)
    if kind in ("secondary", "withheld"):
        return Cell(None, SECONDARY_MARK)
    return Cell(value)


def publish_figure(value):
    """A single figure with no table around it (primary rule only)."""
    return publish(value, "primary" if is_small(value) else "shown")


# --- distributions ------------------------------------------------------------------------


@dataclass
class PublishedRow:
    key: str
    label: str
    cell: Cell
    count: int  # the true count, for bar lengths of shown cells only (see bar_value)
    filters: dict

    @property
    def bar_value(self):
        return 0 if self.cell.hidden else self.cell.value


@dataclass
class PublishedDistribution:
    key: str
    title: str
    unit: str
    rows: list
    total: Cell
    additive: bool
    merged: list  # labels merged into "other"

    @property
    def has_hidden(self):
        return self.total.hidden or any(row.cell.hidden for row in self.rows)

    @property
    def max_bar(self):
        return max([row.bar_value for row in self.rows] + [1])


def merge_small_into_other(rows, other_label):
    """Merge the categories with 1–4 into "other" if the merged count can then be shown.

    rows: objects with key, label, count (and filters). Returns (rows, merged labels).
    """
    small = [row for row in rows if is_small(row.count) and row.key != OTHER_KEY]
    if not small:
        return list(rows), []
    other = next((row for row in rows if row.key == OTHER_KEY), None)
    merged_count = sum(row.count for row in small) + (other.count if other else 0)
    if is_small(merged_count):
        return list(rows), []
    kept = [row for row in rows if row not in small and row is not other]
    label = other.label if other else str(other_label)
    kept.append(Row(OTHER_KEY, label, merged_count, {}))
    return kept, [row.label for row in small]


def protect_distribution(distribution, merge=True):
    """A Distribution (see aggregates) made publishable."""
    rows = list(distribution.rows)
    merged = []
    if merge:
        rows, merged = merge_small_into_other(rows, _("Other (merged small categories)"))
    values = {("row", i): row.count for i, row in enumerate(rows)}
    values["total"] = distribution.total
    members = [("row", i) for i in range(len(rows))]
    groups = [(members, "total")] if distribution.additive else []
    kinds = protect(values, groups, fixed={"total"})
    return PublishedDistribution(
        key=distribution.key,
        title=distribution.title,
        unit=distribution.unit,
        rows=[
            PublishedRow(
                row.key, row.label, publish(row.count, kinds[("row", i)]), row.count, row.filters
            )
            for i, row in enumerate(rows)
        ],
        total=publish(distribution.total, kinds["total"]),
        additive=distribution.additive,
        merged=merged,
    )


# --- two-way tables -----------------------------------------------------------------------


@dataclass
class PublishedTable:
    row_labels: list
    column_labels: list
    cells: list  # rows of Cell
    row_totals: list
    column_totals: list
    total: Cell

    @property
    def rows_with_totals(self):
        return list(zip(self.row_labels, self.cells, self.row_totals, strict=True))

    @property
    def column_items(self):
        return list(zip(self.column_labels, self.column_totals, strict=True))


def two_way_groups(n_rows, n_columns):
    """The additive structure of a table with margins: rows, columns, and both margins."""
    groups = []
    for r in range(n_rows):
        groups.append(([("cell", r, c) for c in range(n_columns)], ("row", r)))
    for c in range(n_columns):
        groups.append(([("cell", r, c) for r in range(n_rows)], ("column", c)))
    groups.append(([("row", r) for r in range(n_rows)], "total"))
    groups.append(([("column", c) for c in range(n_columns)], "total"))
    return groups


def two_way_values(matrix):
    n_rows, n_columns = len(matrix), len(matrix[0]) if matrix else 0
    values = {}
    for r in range(n_rows):
        for c in range(n_columns):
            values[("cell", r, c)] = matrix[r][c]
        values[("row", r)] = sum(matrix[r])
    for c in range(n_columns):
        values[("column", c)] = sum(matrix[r][c] for r in range(n_rows))
    values["total"] = sum(values[("row", r)] for r in range(n_rows))
    return values


def protect_two_way(matrix, row_labels, column_labels):
    """A table of counts (list of rows) with row, column and grand totals, made publishable."""
    n_rows, n_columns = len(matrix), len(column_labels)
    values = two_way_values(matrix)
    kinds = protect(values, two_way_groups(n_rows, n_columns), fixed={"total"})
    return PublishedTable(
        row_labels=list(row_labels),
        column_labels=list(column_labels),
        cells=[
            [publish(values[("cell", r, c)], kinds[("cell", r, c)]) for c in range(n_columns)]
            for r in range(n_rows)
        ],
        row_totals=[publish(values[("row", r)], kinds[("row", r)]) for r in range(n_rows)],
        column_totals=[
            publish(values[("column", c)], kinds[("column", c)]) for c in range(n_columns)
        ],
        total=publish(values["total"], kinds["total"]),
    )
