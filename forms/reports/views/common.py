"""What the report views share: the years they accept and the team and report of the URL."""

from django.http import Http404
from django.utils import timezone

from forms.reports import workflow
from forms.reports.models import AnnualReport
from portal.models import Team

FIRST_YEAR = 2019  # the national statistics started with the 2019 handbook


def readable_team(user, code):
    """The team of the URL if the user may read its reports; 404 otherwise (not even its
    existence is told to outsiders)."""
    team = Team.objects.filter(code=code).first()
    if team is None or not workflow.can_read(user, team):
        raise Http404
    return team


def valid_year(year):
    if not FIRST_YEAR <= year <= timezone.localdate().year + 1:
        raise Http404
    return year


def report_for(team, year):
    """The stored report, or an unsaved draft (nothing is written by reading)."""
    return AnnualReport.objects.filter(team=team, year=year).first() or AnnualReport(
        team=team, year=year
    )


def recent_years():
    this_year = timezone.localdate().year
    return list(range(this_year, max(FIRST_YEAR, this_year - 6) - 1, -1))
