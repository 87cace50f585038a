"""The categories of the annual report's figures (reaction-time bins, age bands) and the
shapes the figures come in (Row, Distribution). Plain data: no queries here."""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

# Reaction-time bins in days (inclusive upper bounds; None = no upper bound).
REACTION_BINS = [
    ("0-7", 7, _("0–7 days")),
    ("8-14", 14, _("8–14 days")),
    ("15-30", 30, _("15–30 days")),
    ("31-60", 60, _("31–60 days")),
    ("61-", None, _("more than 60 days")),
]

# Age bands (inclusive); the last band is open-ended.
AGE_BANDS = [
    ("-12", None, 12, _("12 or younger")),
    ("13-14", 13, 14, _("13–14")),
    ("15", 15, 15, _("15")),
    ("16", 16, 16, _("16")),
    ("17", 17, 17, _("17")),
    ("18-", 18, None, _("18 or older")),
]

# Ways of service-needs assessment that count as an assessment done in anchor work.
ASSESSMENT_DONE_IN_ANCHOR_WORK = ("in_meeting", "social_worker")


def age_band(age):
    for key, low, high, _label in AGE_BANDS:
        if (low is None or age >= low) and (high is None or age <= high):
            return key
    raise AssertionError(age)


@dataclass
class Row:
    key: str
    label: str
    count: int
    # The register list behind the figure, as query parameters it understands (see report views).
    filters: dict = field(default_factory=dict)


@dataclass
class Distribution:
    """Counts by category with the total they belong to.

    additive: the rows add up to the total (one category per counted thing); false when a
    thing can fall in several categories (reasons, offence types, onward services).
    """

    key: str
    title: str
    unit: str
    rows: list
    total: int
    additive: bool = True

    @property
    def row_sum(self):
        return sum(row.count for row in self.rows)
