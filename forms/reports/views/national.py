"""National statistics, completeness and the national exports (national coordinator), and the
record-level export (data controller)."""

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone

from forms.models import Meeting
from forms.reports import exports
from forms.reports.aggregates import teams_in_scope, trend
from forms.reports.disclosure import LEGEND_PRIMARY, LEGEND_SECONDARY
from forms.reports.models import AnnualReport, ReportState
from forms.reports.presentation import section3
from forms.reports.views.common import FIRST_YEAR, recent_years
from forms.viewhelpers import coordinator_view, signed_in
from portal.access import is_data_controller
from portal.codes import PoliceDepartment
from portal.models import Team
from portal.params import int_param


def statistics_year(request):
    """The year of the query string; last year when it is missing or out of range."""
    last_year = timezone.localdate().year - 1
    return int_param(request, "year", last_year, min_value=FIRST_YEAR, max_value=last_year + 1)


def national_scope(request):
    """Year, teams and regions chosen in the query string (unknown values are ignored)."""
    year = statistics_year(request)
    team_codes = [c for c in request.GET.getlist("team") if c]
    regions = [r for r in request.GET.getlist("region") if r in PoliceDepartment.values]
    teams = list(Team.objects.filter(code__in=team_codes)) if team_codes else None
    return year, teams, regions


@coordinator_view
def national(request):
    year, teams, regions = national_scope(request)
    figures = section3(year, teams=teams, regions=regions)
    years = list(range(year - 4, year + 1))
    trend_rows = exports.protect_trend(trend(years, teams=teams, regions=regions))
    by_team = exports.protect_by_team(year, teams, regions)
    return render(
        request,
        "reports/national.html",
        {
            "year": year,
            "years": recent_years(),
            "figures": figures,
            "trend": trend_rows,
            "trend_max": max([r["meetings"].value or 0 for r in trend_rows] + [1]),
            "by_team": by_team,
            "all_teams": Team.objects.order_by("name_fi"),
            "regions": PoliceDepartment.choices,
            "chosen_teams": {t.code for t in teams or []},
            "chosen_regions": set(regions),
            "query": request.GET.urlencode(),
            "legend": [LEGEND_PRIMARY, LEGEND_SECONDARY],
            "can_export_records": is_data_controller(request.user),
        },
    )


@coordinator_view
def completeness(request):
    year = statistics_year(request)
    months = int_param(request, "months", 3, min_value=1, max_value=24, clamp=True)
    today = timezone.localdate()
    since = months_ago(today, months)
    reports = {
        r["team_id"]: r["state"]
        for r in AnnualReport.objects.filter(year=year).values("team_id", "state")
    }
    last_meeting = dict(
        Meeting.objects.values_list("team_id")
        .annotate(last=Max("date"))
        .values_list("team_id", "last")
    )
    recent = dict(
        Meeting.objects.filter(created_at__date__gte=since)
        .values_list("team_id")
        .annotate(n=Count("pk"))
        .values_list("team_id", "n")
    )
    rows = []
    for team in Team.objects.filter(is_active=True).order_by("name_fi"):
        rows.append(
            {
                "team": team,
                "state": reports.get(team.pk),
                "last_meeting": last_meeting.get(team.pk),
                "silent": not recent.get(team.pk),
            }
        )
    counts = {
        "missing": sum(1 for r in rows if r["state"] is None),
        "draft": sum(1 for r in rows if r["state"] == ReportState.DRAFT),
        "submitted": sum(1 for r in rows if r["state"] == ReportState.SUBMITTED),
        "accepted": sum(1 for r in rows if r["state"] == ReportState.ACCEPTED),
        "silent": sum(1 for r in rows if r["silent"]),
    }
    return render(
        request,
        "reports/completeness.html",
        {
            "year": year,
            "years": recent_years(),
            "months": months,
            "since": since,
            "rows": rows,
            "counts": counts,
        },
    )


def months_ago(day, months):
    month = day.month - months
    year = day.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, 28))


@coordinator_view
def national_export(request, fmt):
    year, teams, regions = national_scope(request)
    if fmt == "xlsx":
        response = HttpResponse(content_type=exports.XLSX_TYPE)
    else:
        response = HttpResponse(content_type="text/csv; charset=utf-8")
    exports.national_file(request.user, fmt, year, teams, regions, response)
    response["Content-Disposition"] = f'attachment; filename="anchor-statistics-{year}.{fmt}"'
    return response


@signed_in
def record_export(request):
    """Record-level data of a year: only for the data controller, and audited."""
    if not is_data_controller(request.user):
        raise PermissionDenied
    year, teams, regions = national_scope(request)
    team_ids = list(teams_in_scope(teams, regions).values_list("pk", flat=True))
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="anchor-meetings-{year}.csv"'
    exports.record_csv(request.user, year, team_ids, response)
    return response
