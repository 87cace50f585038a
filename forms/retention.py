"""Retention of case-level records: RECORD_RETENTION_YEARS after a team's year is locked, its
cases, notifications and meetings are deleted, while the year's frozen figures stay.

The national and annual-report client figures are today computed live from the records, so a
year may only be purged once something has frozen its figures. Which function answers that is
the setting RECORD_FIGURES_FROZEN (a dotted path to `f(team, year) -> bool`); the default
answers False for every year, so nothing is purged until a snapshot of the figures exists.
"""

import datetime
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from forms.models import Case, Meeting, Notification, TeamYearLock
from portal import audit


def no_frozen_figures(team, year):
    """No snapshot of the client figures exists yet (they are computed from the records)."""
    return False


def figures_frozen(team, year):
    check = getattr(settings, "RECORD_FIGURES_FROZEN", "forms.retention.no_frozen_figures")
    return bool(import_string(check)(team, year))


def retention_cutoff(now=None):
    """Locks made before this moment have outlived the retention period."""
    now = now or timezone.now()
    return now - relativedelta(years=settings.RECORD_RETENTION_YEARS)


def expired_locks(now=None):
    return (
        TeamYearLock.objects.filter(locked_at__lt=retention_cutoff(now))
        .select_related("team")
        .order_by("year", "team__code")
    )


@dataclass
class Purge:
    lock: TeamYearLock
    meetings: int = 0
    notifications: int = 0
    cases: int = 0
    frozen: bool = True

    @property
    def counts(self):
        return {"meetings": self.meetings, "notifications": self.notifications, "cases": self.cases}


def _record_ids(lock):
    """Ids of the meetings, notifications and cases to delete for a team-year.

    The year's meetings and notifications go; a notification that still has meetings in
    another year stays, and so does a case that still has records in another year.
    """
    team, year = lock.team_id, lock.year
    start, end = datetime.date(year, 1, 1), datetime.date(year + 1, 1, 1)
    meetings = set(
        Meeting.objects.filter(team_id=team, date__gte=start, date__lt=end).values_list(
            "pk", flat=True
        )
    )
    notifications = set(
        Notification.objects.filter(
            team_id=team, date_received__gte=start, date_received__lt=end
        ).values_list("pk", flat=True)
    )
    notifications -= set(
        Meeting.objects.filter(notification_id__in=notifications)
        .exclude(pk__in=meetings)
        .values_list("notification_id", flat=True)
    )
    candidates = set(Case.objects.filter(team_id=team, year=year).values_list("pk", flat=True))
    candidates |= set(Meeting.objects.filter(pk__in=meetings).values_list("case_id", flat=True))
    candidates |= set(
        Notification.objects.filter(pk__in=notifications).values_list("case_id", flat=True)
    )
    kept = set(
        Meeting.objects.filter(case_id__in=candidates)
        .exclude(pk__in=meetings)
        .values_list("case_id", flat=True)
    ) | set(
        Notification.objects.filter(case_id__in=candidates)
        .exclude(pk__in=notifications)
        .values_list("case_id", flat=True)
    )
    # A case of the year with no records at all also goes; it has nothing to keep it.
    return meetings, notifications, candidates - kept


def purge_team_year(lock, dry_run=False, user=None):
    """Delete (or with dry_run only count) a locked team-year's records; one audit row."""
    purge = Purge(lock, frozen=figures_frozen(lock.team, lock.year))
    if not purge.frozen:
        return purge
    with transaction.atomic():
        meeting_ids, notification_ids, case_ids = _record_ids(lock)
        purge.meetings, purge.notifications, purge.cases = (
            len(meeting_ids),
            len(notification_ids),
            len(case_ids),
        )
        if dry_run or not (meeting_ids or notification_ids or case_ids):
            return purge
        # QuerySet.delete skips the models' year-lock guard on purpose: these years are locked.
        Meeting.objects.filter(pk__in=meeting_ids).delete()
        Notification.objects.filter(pk__in=notification_ids).delete()
        Case.objects.filter(pk__in=case_ids).delete()
        audit.record(
            user,
            "delete",
            lock,
            {"purged": purge.counts, "retention_years": settings.RECORD_RETENTION_YEARS},
        )
    return purge
