"""Retention: purge_records deletes the case-level records of team-years locked longer ago than
RECORD_RETENTION_YEARS, only where the year's figures are frozen; dry run; audited."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from forms.locks import lock_year
from forms.models import Case, Meeting, Notification, TeamYearLock
from portal.models import AuditEntry


def frozen(team, year):
    return True


@pytest.fixture
def old_year(records, hel, users, settings):
    """HEL's 2026 records, locked long ago; plus a case that goes on into 2027 (not locked)."""
    settings.RECORD_RETENTION_YEARS = 5
    settings.RECORD_FIGURES_FROZEN = "forms.tests.test_retention.frozen"
    spanning = records.case()
    spanning_notification = records.notification(spanning)
    records.meeting(spanning_notification, date=datetime.date(2026, 11, 2))
    later = records.meeting(spanning_notification, date=datetime.date(2027, 1, 12))
    lock_year(hel, 2026, users["coordinator"])
    TeamYearLock.objects.filter(team=hel, year=2026).update(
        locked_at=timezone.now() - datetime.timedelta(days=366 * 6)
    )
    return {"spanning": spanning, "later": later}


def run(*args):
    out = io.StringIO()
    call_command("purge_records", *args, stdout=out)
    return out.getvalue()


def test_dry_run_counts_and_deletes_nothing(old_year, records):
    output = run("--dry-run")
    assert "[1/1] HEL 2026: would delete 2 meetings, 1 notifications, 1 cases" in output
    assert Meeting.objects.count() == 3
    assert not AuditEntry.objects.filter(action="delete").exists()


def test_purge_deletes_the_years_records_and_keeps_what_goes_on(old_year, records, hel):
    output = run()
    assert "[1/1] HEL 2026: deleted 2 meetings, 1 notifications, 1 cases" in output
    assert not Case.objects.filter(pk=records.the_case.pk).exists()
    assert not Notification.objects.filter(pk=records.the_notification.pk).exists()
    # The case with a meeting in 2027 keeps its notification and that meeting.
    assert Case.objects.filter(pk=old_year["spanning"].pk).exists()
    assert list(Meeting.objects.values_list("pk", flat=True)) == [old_year["later"].pk]
    # The lock (the year stays locked) and one audit row with the counts.
    assert TeamYearLock.objects.filter(team=hel, year=2026).exists()
    entry = AuditEntry.objects.get(action="delete", model="register.TeamYearLock")
    assert entry.team == hel
    assert entry.changes["purged"] == {"meetings": 2, "notifications": 1, "cases": 1}
    # Running again finds nothing more to delete and writes no more audit rows.
    assert "deleted 0 meetings, 0 notifications, 0 cases" in run()
    assert AuditEntry.objects.filter(action="delete", model="register.TeamYearLock").count() == 1


def test_years_inside_the_retention_period_stay(old_year, settings):
    settings.RECORD_RETENTION_YEARS = 10
    assert "0 locked team-years" in run()
    assert Meeting.objects.count() == 3


def test_years_whose_figures_are_not_frozen_stay(old_year, settings):
    del settings.RECORD_FIGURES_FROZEN
    output = run()
    assert "kept, the year's figures are not frozen" in output
    assert Meeting.objects.count() == 3
    assert not AuditEntry.objects.filter(action="delete").exists()


def test_unlocked_years_are_never_purged(records, settings):
    settings.RECORD_FIGURES_FROZEN = "forms.tests.test_retention.frozen"
    settings.RECORD_RETENTION_YEARS = 0
    assert "0 locked team-years" in run()
    assert Meeting.objects.count() == 1
