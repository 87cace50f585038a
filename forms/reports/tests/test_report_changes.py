"""The report wizard's audit entry holds what changed (before and after), and the PDF is laid
out by the print stylesheet."""

import io

import pytest
from pypdf import PdfReader

from forms.reports.factories import AnnualReportFactory
from forms.reports.tests.test_cycle import YEAR, fill_wizard, url
from forms.reports.workflow import report_snapshot
from portal.models import AuditEntry


@pytest.mark.django_db
def test_editing_a_report_audits_the_old_and_new_values(register_data, people, client):
    report = AnnualReportFactory(
        team=register_data[0], year=YEAR, school_visits=2, client_feedback="Old feedback."
    )
    client.force_login(people["leader"])
    assert fill_wizard(client).status_code == 302
    entry = AuditEntry.objects.get(model="reports.AnnualReport", action="update")
    assert entry.object_id == str(report.pk)
    assert entry.changes["school_visits"] == [2, 7]
    assert entry.changes["client_feedback"] == ["Old feedback.", "Good."]
    assert entry.changes["further_training_days"] == ["0.0", "4.5"]
    assert entry.changes["staff_police"] == [None, "1 / 0.50"]
    assert "state" not in entry.changes


@pytest.mark.django_db
def test_saving_the_same_answers_again_writes_no_update(register_data, people, client):
    client.force_login(people["leader"])
    fill_wizard(client)
    assert AuditEntry.objects.filter(model="reports.AnnualReport", action="create").count() == 1
    fill_wizard(client)
    assert not AuditEntry.objects.filter(model="reports.AnnualReport", action="update").exists()


@pytest.mark.django_db
def test_a_new_report_snapshot_is_empty(register_data):
    report = AnnualReportFactory.build(team=register_data[0], year=YEAR)
    assert report_snapshot(report) == {}


@pytest.mark.django_db
def test_the_pdf_uses_the_print_stylesheet(register_data, people, client):
    client.force_login(people["manager"])
    fill_wizard(client)
    response = client.get(url("pdf"))
    pdf = PdfReader(io.BytesIO(response.content))
    pages = len(pdf.pages)
    assert pages > 1
    # @page: A4 (595 x 842 points) with the page counter at the bottom right.
    box = pdf.pages[0].mediabox
    assert round(float(box.width)) == 595 and round(float(box.height)) == 842
    assert f"1 / {pages}" in pdf.pages[0].extract_text()
    assert f"{pages} / {pages}" in pdf.pages[-1].extract_text()
