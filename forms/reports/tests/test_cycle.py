"""The annual report's full cycle, its access by role and URL, and its PDF and XLSX."""

import io

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from openpyxl import load_workbook

from forms.locks import is_year_locked
from forms.models import Meeting, YearLocked
from forms.reports.aggregates import YearFigures
from forms.reports.factories import AnnualReportFactory
from forms.reports.models import AnnualReport, ReportState
from portal.models import AuditEntry

YEAR = 2024


def url(name, team="AAA", year=YEAR, lang="en"):
    from django.utils import translation

    with translation.override(lang):
        return reverse(f"reports:{name}", kwargs={"team": team, "year": year})


def fill_wizard(client, team="AAA", year=YEAR):
    """Walk the wizard as a person would, posting every step."""
    edit = url("edit", team, year)
    prefix = f"reports_{team}_{year}"
    steps = [
        ("model", {"model-local_model": "Weekly meetings at the police station."}),
        ("clients", {}),
        (
            "staff",
            {
                "staff-further_training_days": "4.5",
                "staff-workspace": "Shared room",
                **{
                    f"staff-headcount_{c}": "1"
                    for c in ["police", "social", "health", "youth", "other"]
                },
                **{
                    f"staff-person_years_{c}": "0.5"
                    for c in ["police", "social", "health", "youth", "other"]
                },
            },
        ),
        (
            "cooperation",
            {
                "cooperation-expert_tasks": "3",
                "cooperation-trainings_given": "2",
                "cooperation-school_visits": "7",
                "cooperation-partner_visits": "5",
                "cooperation-field_patrols": "1",
                "cooperation-anchor_coffee_meetings": "11",
            },
        ),
        (
            "texts",
            {
                "texts-client_feedback": "Good.",
                "texts-other_activities": "Seminar.",
                "texts-development_targets": "Faster first meetings.",
            },
        ),
    ]
    assert client.get(edit).status_code == 200
    response = None
    for step, data in steps:
        response = client.post(edit, {f"{prefix}-current_step": step, **data})
        assert response.status_code in (200, 302), step
    return response


@pytest.mark.django_db
def test_full_cycle_draft_submit_accept_lock_reopen(register_data, people, client):
    client.force_login(people["leader"])
    response = fill_wizard(client)
    assert response.status_code == 302
    report = AnnualReport.objects.get(team__code="AAA", year=YEAR)
    assert report.state == ReportState.DRAFT
    assert report.school_visits == 7
    assert report.staff.count() == 5
    # The team leader may edit but not submit.
    assert client.post(url("submit")).status_code == 403
    client.force_login(people["manager"])
    client.post(url("submit"))
    report.refresh_from_db()
    assert report.state == ReportState.SUBMITTED
    # A submitted report is no longer editable.
    response = client.get(url("edit"))
    assert response.status_code == 302
    # Only the national coordinator accepts.
    assert client.post(url("accept")).status_code == 403
    client.force_login(people["coordinator"])
    client.post(url("accept"))
    report.refresh_from_db()
    assert report.state == ReportState.ACCEPTED
    assert is_year_locked(report.team, YEAR)
    meeting = Meeting.objects.filter(team=report.team, date__year=YEAR).first()
    with pytest.raises(YearLocked):
        meeting.save()
    # Reopening is the coordinator's, unlocks the year and is audited.
    client.force_login(people["manager"])
    assert client.post(url("reopen")).status_code == 403
    client.force_login(people["coordinator"])
    client.post(url("reopen"))
    report.refresh_from_db()
    assert report.state == ReportState.DRAFT
    assert not is_year_locked(report.team, YEAR)
    assert AuditEntry.objects.filter(
        action="unlock", model="reports.AnnualReport", object_id=str(report.pk)
    ).exists()
    assert AuditEntry.objects.filter(action="unlock", model="register.TeamYearLock").exists()


@pytest.mark.django_db
def test_wizard_keeps_bad_input_and_explains(register_data, people, client):
    client.force_login(people["leader"])
    edit = url("edit", lang="fi")
    prefix = f"reports_AAA_{YEAR}"
    client.get(edit)
    client.post(edit, {f"{prefix}-current_step": "model", "model-local_model": "x"})
    client.post(edit, {f"{prefix}-current_step": "clients"})
    response = client.post(
        edit,
        {
            f"{prefix}-current_step": "staff",
            "staff-further_training_days": "paljon",
            "staff-workspace": "Huone 12",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Huone 12" in html and "paljon" in html
    assert 'role="alert"' in html


MATRIX = {
    # view: roles allowed (others: 302 login for anonymous, 403 or 404)
    "detail": {"expert", "leader", "manager", "coordinator"},
    "pdf": {"expert", "leader", "manager", "coordinator"},
    "xlsx": {"expert", "leader", "manager", "coordinator"},
    "edit": {"leader", "manager"},
}


@pytest.mark.django_db
@pytest.mark.parametrize("view", sorted(MATRIX))
@pytest.mark.parametrize(
    "role",
    [
        "anonymous",
        "expert",
        "leader",
        "manager",
        "other_manager",
        "coordinator",
        "controller",
        "outsider",
    ],
)
def test_role_by_url_matrix_for_team_reports(register_data, people, client, view, role):
    if role != "anonymous":
        client.force_login(people[role])
    response = client.get(url(view))
    if role == "anonymous":
        assert response.status_code == 302 and "login" in response["Location"]
    elif role in MATRIX[view]:
        assert response.status_code == 200
    elif role in ("other_manager", "controller", "outsider"):
        assert response.status_code == 404  # another team's report is not revealed
    else:
        assert response.status_code == 403


NATIONAL = ["national", "completeness", "national_xlsx", "national_csv"]


@pytest.mark.django_db
@pytest.mark.parametrize("view", NATIONAL + ["record_export"])
@pytest.mark.parametrize(
    "role", ["anonymous", "expert", "manager", "coordinator", "controller", "outsider"]
)
def test_role_by_url_matrix_for_national_views(register_data, people, client, view, role):
    if role != "anonymous":
        client.force_login(people[role])
    response = client.get(reverse(f"reports:{view}") + f"?year={YEAR}")
    allowed = {"coordinator"} if view in NATIONAL else {"controller"}
    if role == "anonymous":
        assert response.status_code == 302
    elif role in allowed:
        assert response.status_code == 200
    else:
        assert response.status_code == 403


@pytest.mark.django_db
@pytest.mark.parametrize("action", ["submit", "accept", "reopen"])
@pytest.mark.parametrize("role", ["expert", "other_manager", "outsider", "controller"])
def test_state_changes_refused_to_others(register_data, people, client, action, role):
    report = AnnualReportFactory(team=register_data[0], year=YEAR, state="submitted")
    client.force_login(people[role])
    response = client.post(url(action))
    assert response.status_code in (403, 404)
    report.refresh_from_db()
    assert report.state == "submitted"


@pytest.mark.django_db
def test_record_export_is_audited(register_data, people, client):
    client.force_login(people["controller"])
    response = client.get(reverse("reports:record_export") + f"?year={YEAR}")
    rows = response.content.decode().strip().splitlines()
    assert len(rows) - 1 == YearFigures(YEAR).headline["meetings"]
    entry = AuditEntry.objects.get(action="export", user=people["controller"])
    assert entry.changes["rows"] == len(rows) - 1


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_pdf_and_xlsx_are_produced_and_audited(register_data, people, client, lang):
    client.force_login(people["manager"])
    fill_wizard(client)
    response = client.get(url("pdf", lang=lang))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-") and len(response.content) > 5000
    response = client.get(url("xlsx", lang=lang))
    workbook = load_workbook(io.BytesIO(response.content))
    values = [tuple(row) for row in workbook.active.iter_rows(values_only=True)]
    flat = [v for row in values for v in row if v is not None]
    meetings = YearFigures(YEAR, teams=[register_data[0]]).headline["meetings"]
    assert meetings > 4 and meetings in flat
    assert 7 in flat  # school visits from the wizard
    # No small count is written; reaction times are days, not counts.
    with translation.override(lang):
        days = {gettext("Median reaction time (days)"), gettext("Mean reaction time (days)")}
    counts = [row for row in values[:40] if row[0] not in days]
    assert len(counts) == len(values[:40]) - 2
    assert not any(isinstance(v, int) and 1 <= v <= 4 for row in counts for v in row[1:2])
    assert AuditEntry.objects.filter(action="export", team=register_data[0]).count() == 2


@pytest.mark.django_db
def test_pdf_html_has_the_report_content(register_data, people, rf):
    from django.template.loader import render_to_string
    from django.utils import translation

    from forms.reports.presentation import section3

    report = AnnualReportFactory(
        team=register_data[0], year=YEAR, local_model="Local model text", school_visits=9
    )
    with translation.override("sv"):
        html = render_to_string(
            "reports/report_pdf.html",
            {
                "report": report,
                "team": report.team,
                "year": YEAR,
                "staff": [],
                "figures": section3(YEAR, team=report.team),
                "legend": [],
            },
        )
    soup = BeautifulSoup(html, "html.parser")
    assert soup.html["lang"] == "sv"
    assert "Local model text" in html
    meetings = soup.find("td", attrs={"data-figure": "meetings"}).text
    assert meetings == str(YearFigures(YEAR, teams=[report.team]).headline["meetings"])


@pytest.mark.django_db
def test_report_figures_link_to_the_register(register_data, people, client):
    client.force_login(people["expert"])
    html = client.get(url("detail")).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    links = [a["href"] for a in soup.select("table a")]
    assert f"/en/register/AAA/meetings/?year={YEAR}" in links
    assert f"/en/register/AAA/cases/?year={YEAR}" in links
    assert any("reason=" in link for link in links)
    # The register lists answer those links.
    assert client.get(f"/en/register/AAA/meetings/?year={YEAR}&reason=offence").status_code == 200


@pytest.mark.django_db
def test_detail_page_query_count_does_not_grow(
    register_data, people, client, django_assert_max_num_queries
):
    from forms.sample import generate

    client.force_login(people["expert"])
    with django_assert_max_num_queries(40):
        assert client.get(url("detail")).status_code == 200
    generate(register_data, [YEAR], notifications_per_year=60, seed=99)
    with django_assert_max_num_queries(40):
        assert client.get(url("detail")).status_code == 200
