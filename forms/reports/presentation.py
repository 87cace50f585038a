"""Section 3 of a report and the national figures as they are published: protected against
small counts (forms.reports.disclosure) and, for team readers, linked to the register's lists of
the records behind each figure (with the query parameters those lists understand)."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from forms.reports.aggregates import YearFigures
from forms.reports.categories import AGE_BANDS
from forms.reports.disclosure import (
    Cell,
    protect_distribution,
    protect_two_way,
    publish_figure,
)
from portal.codes import PoliceDepartment

# Which register list holds the records behind a figure. The register's lists filter by year,
# and the meeting list also by reason; other categories link to the year's list.
CASE_FIGURES = {"notifications", "clients", "new_and_returning", "ages", "municipalities"}


def register_link(team, year, figure, code=None):
    if team is None:
        return ""
    view = "forms:case_list" if figure in CASE_FIGURES else "forms:meeting_list"
    params = {"year": year}
    if figure == "reasons" and code and code != "other":
        params["reason"] = code
    return reverse(view, kwargs={"team": team.code}) + "?" + urlencode(params)


@dataclass
class Headline:
    key: str
    label: str
    cell: Cell
    link: str = ""


# New and returning clients are not headline figures: they are a distribution whose total is
# the clients, protected together.
HEADLINE_LABELS = [
    ("notifications", _("Anchor notifications")),
    ("clients", _("Clients")),
    ("meetings", _("Anchor meetings")),
    ("child_welfare_notifications", _("Child-welfare notifications registered in anchor work")),
    ("assessments_done", _("Service-needs assessments done in anchor work")),
    ("radicalisation", _("Suspected violent radicalisation")),
    ("continuing", _("Meetings after which work continues in other services")),
]


@dataclass
class Section3:
    year: int
    headline: list
    reaction_count: Cell
    reaction_median: float | None
    reaction_mean: float | None
    distributions: list


def section3(year, team=None, teams=None, regions=None, links=False, skip=()):
    """The published client figures of a year for one team, a set of teams or the country.

    skip: distributions published in another form on the same page (the public page shows the
    ages as the margin of its region-by-age table, protected together with it).
    """
    figures = YearFigures(year, teams=[team] if team else teams, regions=regions)
    h = figures.headline
    link_team = team if links else None
    headline = [
        Headline(key, label, publish_figure(h[key]), register_link(link_team, year, key))
        for key, label in HEADLINE_LABELS
    ]
    reaction = figures.reaction
    # A median or mean of fewer than five notifications would describe individuals.
    enough = reaction["count"] > 4
    distributions = []
    for distribution in figures.distributions():
        if distribution.key in skip:
            continue
        published = protect_distribution(distribution)
        for row in published.rows:
            row.link = register_link(link_team, year, distribution.key, row.key)
        published.link = register_link(link_team, year, distribution.key)
        distributions.append(published)
    return Section3(
        year=year,
        headline=headline,
        reaction_count=publish_figure(reaction["count"]),
        reaction_median=reaction["median_days"] if enough else None,
        reaction_mean=reaction["mean_days"] if enough else None,
        distributions=distributions,
    )


def region_age_table(year, teams=None, regions=None):
    """Clients by police department and age band, protected, with margins. Its column totals
    are the age distribution: publish it instead of (not beside) that distribution."""
    table = YearFigures(year, teams=teams, regions=regions).clients_by_region_and_age
    regions_present = [r for r in PoliceDepartment.values if r in table]
    matrix = [[table[r][band[0]] for band in AGE_BANDS] for r in regions_present]
    if not matrix:
        return None
    return protect_two_way(
        matrix,
        [PoliceDepartment(r).label for r in regions_present],
        [band[3] for band in AGE_BANDS],
    )
