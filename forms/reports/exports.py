"""Files made from reports and statistics: PDF (WeasyPrint), XLSX (openpyxl) and CSV.

Aggregates go out only as published (protected) cells: a hidden cell is written as its mark
("<5" or "×"), never as a number. Record-level rows go out only to the data controller.
"""

import csv
import io

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from forms.models import Meeting
from forms.records import write_records
from forms.reports.aggregates import YearFigures
from forms.reports.categories import Distribution, Row
from forms.reports.disclosure import (
    LEGEND_PRIMARY,
    LEGEND_SECONDARY,
    protect_distribution,
    publish_figure,
)
from forms.reports.presentation import section3
from portal import audit
from portal.codes import PoliceDepartment

# The PDF's page and print rules; WeasyPrint reads the file itself (no web request).
PRINT_STYLESHEET = "reports/report_print.css"

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
BY_TEAM_COLUMNS = ["notifications", "clients", "meetings"]


def cell_value(cell):
    return cell.mark if cell.hidden else cell.value


# --- protected tables beside section 3 ------------------------------------------------------


def protect_trend(rows):
    """National figures per year: each one stands alone (no table adds them up)."""
    return [
        {"year": row["year"], **{key: publish_figure(row[key]) for key in BY_TEAM_COLUMNS}}
        for row in rows
    ]


def protect_by_team(year, teams=None, regions=None):
    """Notifications, clients and meetings per team. Each column adds up to the figure of the
    whole scope, so each column is protected as one distribution with that total."""
    figures = YearFigures(year, teams=teams, regions=regions)
    rows = figures.by_team
    headline = figures.headline
    columns = {}
    for key in BY_TEAM_COLUMNS:
        distribution = Distribution(
            key, key, key, [Row(r["code"], r["name"], r[key]) for r in rows], headline[key]
        )
        columns[key] = protect_distribution(distribution, merge=False)
    published = [
        {"code": r["code"], "name": r["name"], **{k: columns[k].rows[i].cell for k in columns}}
        for i, r in enumerate(rows)
    ]
    totals = {k: columns[k].total for k in columns}
    return {"rows": published, "totals": totals}


def scope_label(teams, regions):
    parts = []
    if teams:
        parts.append(", ".join(sorted(t.code for t in teams)))
    if regions:
        parts.append(", ".join(str(PoliceDepartment(r).label) for r in regions))
    return " / ".join(parts) or _("All teams")


# --- the annual report ----------------------------------------------------------------------


def report_file(request, report, kind, language):
    """The annual report as PDF or XLSX (kind) in the current language; the export is
    audited. Returns (content, content type)."""
    staff = list(report.staff.select_related("profession")) if report.pk else []
    figures = section3(report.year, team=report.team)
    if kind == "pdf":
        content, content_type = report_pdf(request, report, staff, figures), "application/pdf"
    else:
        content, content_type = report_xlsx(report, staff, figures), XLSX_TYPE
    audit.record(
        request.user,
        "export",
        f"{report.team.code} {report.year} annual report {kind.upper()} ({language})",
        {"year": report.year, "format": kind, "language": language},
        team=report.team,
    )
    return content, content_type


def print_stylesheet():
    from weasyprint import CSS

    return CSS(filename=finders.find(PRINT_STYLESHEET))


def report_pdf(request, report, staff, figures):
    from weasyprint import HTML

    html = render_to_string(
        "reports/report_pdf.html",
        {
            "report": report,
            "team": report.team,
            "year": report.year,
            "staff": staff,
            "figures": figures,
            "legend": [LEGEND_PRIMARY, LEGEND_SECONDARY],
        },
        request=request,
    )
    return HTML(string=html, base_url=request.build_absolute_uri("/")).write_pdf(
        stylesheets=[print_stylesheet()]
    )


def _write_section3(sheet, figures):
    sheet.append([_("3. Clients")])
    for line in figures.headline:
        sheet.append([str(line.label), cell_value(line.cell)])
    sheet.append(
        [_("Notifications with a first meeting in the year"), cell_value(figures.reaction_count)]
    )
    sheet.append([_("Median reaction time (days)"), figures.reaction_median])
    sheet.append([_("Mean reaction time (days)"), figures.reaction_mean])
    for distribution in figures.distributions:
        sheet.append([])
        sheet.append([str(distribution.title), str(distribution.unit)])
        for row in distribution.rows:
            sheet.append([str(row.label), cell_value(row.cell)])
        sheet.append([_("Total"), cell_value(distribution.total)])
        if distribution.merged:
            sheet.append([_("Merged into other"), ", ".join(distribution.merged)])


def _legend(sheet):
    sheet.append([])
    sheet.append([str(LEGEND_PRIMARY)])
    sheet.append([str(LEGEND_SECONDARY)])


def _save(workbook):
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def report_xlsx(report, staff, figures):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Annual report")[:31]
    sheet.append([_("Annual report"), report.team.name, report.year])
    sheet.append([_("State"), str(report.get_state_display())])
    sheet.append([])
    _write_section3(sheet, figures)
    sheet.append([])
    sheet.append([_("4. Staff and work")])
    sheet.append([_("Profession"), _("Headcount"), _("Person-years")])
    for line in staff:
        sheet.append([line.profession.label, line.headcount, float(line.person_years)])
    sheet.append([_("Further-training days"), float(report.further_training_days)])
    sheet.append([_("Workspace"), report.workspace])
    sheet.append([])
    sheet.append([_("5. Local and regional cooperation")])
    for label, value in report.cooperation_figures():
        sheet.append([str(label), value])
    _legend(sheet)
    sheet.column_dimensions["A"].width = 60
    return _save(workbook)


# --- national statistics --------------------------------------------------------------------


def national_xlsx(year, scope, figures, by_team):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = str(year)
    sheet.append([_("National statistics"), year, scope])
    sheet.append([])
    _write_section3(sheet, figures)
    _legend(sheet)
    sheet.column_dimensions["A"].width = 60
    teams = workbook.create_sheet(_("Teams")[:31])
    teams.append([_("Team"), _("Anchor notifications"), _("Clients"), _("Anchor meetings")])
    for row in by_team["rows"]:
        teams.append([row["name"], *(cell_value(row[k]) for k in BY_TEAM_COLUMNS)])
    teams.append([_("Total"), *(cell_value(by_team["totals"][k]) for k in BY_TEAM_COLUMNS)])
    teams.column_dimensions["A"].width = 40
    return _save(workbook)


def national_file(user, fmt, year, teams, regions, stream):
    """The national statistics of the scope as XLSX or CSV written to `stream` (a response);
    the export is audited."""
    figures = section3(year, teams=teams, regions=regions)
    by_team = protect_by_team(year, teams, regions)
    scope = scope_label(teams, regions)
    if fmt == "xlsx":
        stream.write(national_xlsx(year, scope, figures, by_team))
    else:
        national_csv(csv.writer(stream), year, scope, figures, by_team)
    audit.record(
        user,
        "export",
        f"national statistics {year} {fmt.upper()}",
        {"year": year, "format": fmt, "scope": scope},
    )


def national_csv(writer, year, scope, figures, by_team):
    """One long table: section, category, value (marks for hidden cells)."""
    writer.writerow(["year", "scope", "section", "category", "value"])
    for line in figures.headline:
        writer.writerow([year, scope, "headline", line.key, cell_value(line.cell)])
    writer.writerow([year, scope, "reaction", "count", cell_value(figures.reaction_count)])
    writer.writerow([year, scope, "reaction", "median_days", figures.reaction_median])
    writer.writerow([year, scope, "reaction", "mean_days", figures.reaction_mean])
    for distribution in figures.distributions:
        for row in distribution.rows:
            writer.writerow([year, scope, distribution.key, row.key, cell_value(row.cell)])
        writer.writerow([year, scope, distribution.key, "total", cell_value(distribution.total)])
    for row in by_team["rows"]:
        for key in BY_TEAM_COLUMNS:
            writer.writerow([year, scope, f"team_{key}", row["code"], cell_value(row[key])])


def record_csv(user, year, team_ids, stream):
    """The meetings of a year, one row each, codes only (no identities), for the data
    controller; audited. Returns the row count."""
    meetings = Meeting.objects.filter(date__year=year, team_id__in=team_ids).order_by(
        "team__code", "date", "pk"
    )
    rows = write_records(csv.writer(stream), meetings, with_team=True)
    audit.record(
        user,
        "export",
        f"record-level meetings {year} CSV",
        {"year": year, "rows": rows, "teams": len(team_ids)},
    )
    return rows
