"""Views of annual reports, national statistics and the public yearly page.

Access is checked here on the server for every view (rules in forms.reports.workflow):
team members read their team's reports, team leaders and the coordinating manager edit the
draft, the coordinating manager submits, the national coordinator reads everything, accepts and
reopens. Another team's report answers 404, a forbidden action 403.
"""

import csv
import functools
from decimal import Decimal

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, Max
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from formtools.wizard.views import SessionWizardView

from forms import audit
from forms.locks import is_year_locked
from forms.models import Meeting
from forms.reports import exports, workflow
from forms.reports.aggregates import teams_in_scope, trend
from forms.reports.disclosure import LEGEND_PRIMARY, LEGEND_SECONDARY
from forms.reports.forms import STEP_TITLES, STEPS
from forms.reports.models import AnnualReport, ReportState, StaffLine
from forms.reports.presentation import region_age_table, section3
from forms.stats import STATISTICS_VERSION
from portal.access import is_data_controller, is_national_coordinator, member_teams
from portal.cache import cached_value
from portal.codes import PoliceDepartment
from portal.models import Team

FIRST_YEAR = 2019  # the national statistics started with the 2019 handbook


def signed_in(view):
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapper


def coordinator_only(view):
    @signed_in
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if not is_national_coordinator(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


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


def int_param(request, name, default):
    try:
        return int(request.GET.get(name, ""))
    except ValueError:
        return default


# --- reports of a team ----------------------------------------------------------------------


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


class ReportWizard(SessionWizardView):
    form_list = STEPS
    template_name = "reports/wizard.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        self.team = readable_team(request.user, kwargs["team"])
        self.year = valid_year(kwargs["year"])
        if not workflow.can_edit(request.user, self.team):
            raise PermissionDenied
        self.report = report_for(self.team, self.year)
        if not self.report.is_editable:
            messages.error(
                request,
                _("Only a draft can be changed. Ask the national coordinator to reopen it."),
            )
            return redirect(self.report.get_absolute_url())
        return super().dispatch(request, *args, **kwargs)

    def get_prefix(self, request, *args, **kwargs):
        return f"reports_{kwargs['team']}_{kwargs['year']}"

    def post(self, *args, **kwargs):
        goto = self.request.POST.get("wizard_goto_step")
        if goto and goto in self.get_form_list():
            # Keep what was typed on this step, valid or not, before going back.
            form = self.get_form(data=self.request.POST)
            self.storage.set_step_data(self.steps.current, self.process_step(form))
            return self.render_goto_step(goto)
        return super().post(*args, **kwargs)

    def get_form_instance(self, step):
        if step in ("model", "cooperation", "texts"):
            return self.report
        return None

    def get_form_initial(self, step):
        if step != "staff":
            return {}
        initial = {
            "further_training_days": self.report.further_training_days,
            "workspace": self.report.workspace,
        }
        if self.report.pk:
            for line in self.report.staff.select_related("profession"):
                initial[f"headcount_{line.profession.code}"] = line.headcount
                initial[f"person_years_{line.profession.code}"] = line.person_years
        return initial

    def get_context_data(self, form, **kwargs):
        context = super().get_context_data(form=form, **kwargs)
        context.update(
            {
                "team": self.team,
                "year": self.year,
                "step_titles": STEP_TITLES,
                "current_title": STEP_TITLES[self.steps.current],
            }
        )
        if self.steps.current == "clients":
            context["figures"] = section3(self.year, team=self.team, links=True)
        return context

    @transaction.atomic
    def done(self, form_list, form_dict, **kwargs):
        report = self.report
        before = self._snapshot(report) if report.pk else {}
        for step in ("model", "cooperation", "texts"):
            for name, value in form_dict[step].cleaned_data.items():
                setattr(report, name, value)
        staff = form_dict["staff"]
        report.further_training_days = staff.cleaned_data["further_training_days"]
        report.workspace = staff.cleaned_data["workspace"]
        report.save()
        for profession in staff.professions:
            StaffLine.objects.update_or_create(
                report=report,
                profession=profession,
                defaults={
                    "headcount": staff.cleaned_data[f"headcount_{profession.code}"],
                    "person_years": staff.cleaned_data[f"person_years_{profession.code}"],
                },
            )
        after = self._snapshot(report)
        changes = audit.diff(before, after)
        if changes:
            audit.record(self.request.user, "update" if before else "create", report, changes)
        messages.success(self.request, _("The report was saved."))
        return redirect(report.get_absolute_url())

    @classmethod
    def _snapshot(cls, report):
        # Decimals as text: the audit log is JSON.
        values = audit.snapshot(report, cls._audited_fields())
        return {k: str(v) if isinstance(v, Decimal) else v for k, v in values.items()}

    @staticmethod
    def _audited_fields():
        return [
            "state",
            "further_training_days",
            "workspace",
            *AnnualReport.COOPERATION_FIELDS,
            *AnnualReport.TEXT_FIELDS,
        ]


# --- exports of a report --------------------------------------------------------------------


def _export_report(request, team, year, kind):
    team = readable_team(request.user, team)
    year = valid_year(year)
    report = report_for(team, year)
    staff = list(report.staff.select_related("profession")) if report.pk else []
    figures = section3(year, team=team)
    if kind == "pdf":
        content = exports.report_pdf(request, report, staff, figures)
        content_type, extension = "application/pdf", "pdf"
    else:
        content = exports.report_xlsx(report, staff, figures)
        content_type, extension = exports.XLSX_TYPE, "xlsx"
    language = get_language()
    audit.record(
        request.user,
        "export",
        f"{team.code} {year} annual report {extension.upper()} ({language})",
        {"year": year, "format": extension, "language": language},
        team=team,
    )
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = (
        f'attachment; filename="{team.code}-{year}-annual-report-{language}.{extension}"'
    )
    return response


@signed_in
def report_pdf(request, team, year):
    return _export_report(request, team, year, "pdf")


@signed_in
def report_xlsx(request, team, year):
    return _export_report(request, team, year, "xlsx")


# --- national statistics (national coordinator) ---------------------------------------------


def national_scope(request):
    """Year, teams and regions chosen in the query string (unknown values are ignored)."""
    year = int_param(request, "year", timezone.localdate().year - 1)
    if not FIRST_YEAR <= year <= timezone.localdate().year:
        year = timezone.localdate().year - 1
    team_codes = [c for c in request.GET.getlist("team") if c]
    regions = [r for r in request.GET.getlist("region") if r in PoliceDepartment.values]
    teams = list(Team.objects.filter(code__in=team_codes)) if team_codes else None
    return year, teams, regions


def scope_query(request):
    return request.GET.urlencode()


@coordinator_only
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
            "query": scope_query(request),
            "legend": [LEGEND_PRIMARY, LEGEND_SECONDARY],
            "can_export_records": is_data_controller(request.user),
        },
    )


@coordinator_only
def completeness(request):
    year = int_param(request, "year", timezone.localdate().year - 1)
    months = max(1, min(24, int_param(request, "months", 3)))
    today = timezone.localdate()
    since = _months_ago(today, months)
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


def _months_ago(day, months):
    month = day.month - months
    year = day.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, 28))


@coordinator_only
def national_export(request, fmt):
    year, teams, regions = national_scope(request)
    figures = section3(year, teams=teams, regions=regions)
    by_team = exports.protect_by_team(year, teams, regions)
    scope = exports.scope_label(teams, regions)
    if fmt == "xlsx":
        content = exports.national_xlsx(year, scope, figures, by_team)
        response = HttpResponse(content, content_type=exports.XLSX_TYPE)
    else:
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        exports.national_csv(csv.writer(response), year, scope, figures, by_team)
    response["Content-Disposition"] = f'attachment; filename="anchor-statistics-{year}.{fmt}"'
    audit.record(
        request.user,
        "export",
        f"national statistics {year} {fmt.upper()}",
        {"year": year, "format": fmt, "scope": scope},
    )
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
    rows = exports.record_csv(csv.writer(response), year, team_ids)
    audit.record(
        request.user,
        "export",
        f"record-level meetings {year} CSV",
        {"year": year, "rows": rows, "teams": len(team_ids)},
    )
    return response


# --- public yearly page ---------------------------------------------------------------------


def public(request, year=None):
    """National figures of a year for everyone, protected against small counts."""
    this_year = timezone.localdate().year
    if year is None:
        return redirect("reports:public_year", year=this_year - 1)
    if not FIRST_YEAR <= year < this_year:
        raise Http404
    # Computed once per change of the register (and per language, for the code labels).
    published = cached_value(
        STATISTICS_VERSION,
        f"public-statistics:{year}:{this_year}:{get_language()}",
        functools.partial(public_figures, year, this_year),
        request=request,
    )
    return render(
        request,
        "reports/public.html",
        {"year": year, **published, "legend": [LEGEND_PRIMARY, LEGEND_SECONDARY]},
    )


def public_figures(year, this_year):
    """Everything the public page of `year` shows, as plain data (it is cached)."""
    return {
        # Only years with statistics: one query over the meeting dates.
        "years": [
            day.year
            for day in Meeting.objects.filter(
                date__year__gte=FIRST_YEAR, date__year__lt=this_year
            ).dates("date", "year", order="DESC")
        ],
        "figures": section3(year, skip={"ages"}),
        "region_age": region_age_table(year),
        "trend": exports.protect_trend(trend(list(range(year - 4, year + 1)))),
    }
