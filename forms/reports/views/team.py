"""A team's annual reports: the overview, a report, its state changes and its exports."""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from forms.locks import is_year_locked
from forms.reports import exports, workflow
from forms.reports.disclosure import LEGEND_PRIMARY, LEGEND_SECONDARY
from forms.reports.models import AnnualReport, ReportState
from forms.reports.presentation import section3
from forms.reports.views.common import readable_team, recent_years, report_for, valid_year
from forms.viewhelpers import signed_in
from portal.access import is_national_coordinator, member_teams
from portal.models import Team


@signed_in
def index(request):
    user = request.user
    national = is_national_coordinator(user)
    teams = Team.objects.all() if national else member_teams(user)
    teams = list(teams.order_by("name_fi"))
    years = recent_years()[:4]
    reports = {
        (r.team_id, r.year): r for r in AnnualReport.objects.filter(team__in=teams, year__in=years)
    }
    rows = [(team, [(year, reports.get((team.pk, year))) for year in years]) for team in teams]
    return render(
        request,
        "reports/index.html",
        {"rows": rows, "years": years, "national": national},
    )


@signed_in
def detail(request, team, year):
    team = readable_team(request.user, team)
    year = valid_year(year)
    report = report_for(team, year)
    staff = list(report.staff.select_related("profession")) if report.pk else []
    user = request.user
    context = {
        "team": team,
        "year": year,
        "report": report,
        "staff": staff,
        "figures": section3(year, team=team, links=True),
        "locked": is_year_locked(team, year),
        "can_edit": report.is_editable and workflow.can_edit(user, team),
        "can_submit": report.state == ReportState.DRAFT
        and report.pk
        and workflow.can_submit(user, team),
        "can_accept": report.state == ReportState.SUBMITTED and workflow.can_accept(user),
        "can_reopen": report.state != ReportState.DRAFT and workflow.can_reopen(user),
        "legend": [LEGEND_PRIMARY, LEGEND_SECONDARY],
    }
    return render(request, "reports/detail.html", context)


def _transition(request, team, year, change, done_message):
    team = readable_team(request.user, team)
    report = get_object_or_404(AnnualReport, team=team, year=valid_year(year))
    try:
        change(report, request.user)
    except workflow.WrongState:
        messages.error(request, _("The report is not in a state that allows this."))
    else:
        messages.success(request, done_message)
    return redirect(report.get_absolute_url())


@signed_in
@require_POST
def submit(request, team, year):
    return _transition(
        request,
        team,
        year,
        workflow.submit,
        _("The report was submitted to the national coordinator."),
    )


@signed_in
@require_POST
def accept(request, team, year):
    return _transition(
        request,
        team,
        year,
        workflow.accept,
        _("The report was accepted and the team's year is now locked."),
    )


@signed_in
@require_POST
def reopen(request, team, year):
    return _transition(
        request,
        team,
        year,
        workflow.reopen,
        _("The report was reopened as a draft and the team's year unlocked."),
    )


def _export_report(request, team, year, kind):
    team = readable_team(request.user, team)
    report = report_for(team, valid_year(year))
    language = get_language()
    content, content_type = exports.report_file(request, report, kind, language)
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = (
        f'attachment; filename="{team.code}-{year}-annual-report-{language}.{kind}"'
    )
    return response


@signed_in
def report_pdf(request, team, year):
    return _export_report(request, team, year, "pdf")


@signed_in
def report_xlsx(request, team, year):
    return _export_report(request, team, year, "xlsx")
