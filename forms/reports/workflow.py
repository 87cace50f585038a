"""Who may do what with an annual report, and the state changes: draft -> submitted (by the
team's coordinating manager) -> accepted (by the national coordinator, which locks the team's
year in the register); only the national coordinator reopens. Every change is audited."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from forms.locks import lock_year, unlock_year
from forms.reports.models import ReportState
from portal import audit
from portal.access import (
    can_lead_team,
    is_coordinating_manager,
    is_national_coordinator,
    is_team_member,
)


def can_read(user, team):
    return is_national_coordinator(user) or is_team_member(user, team)


def can_edit(user, team):
    return user.is_superuser or can_lead_team(user, team)


def can_submit(user, team):
    return user.is_superuser or is_coordinating_manager(user, team)


def can_accept(user):
    return is_national_coordinator(user)


can_reopen = can_accept


class WrongState(Exception):
    """The report is not in a state that allows the change (e.g. accepting a draft)."""


def _change_state(report, user, new_state, action, **fields):
    old_state = report.state
    report.state = new_state
    for name, value in fields.items():
        setattr(report, name, value)
    report.save()
    audit.record(user, action, report, {"state": [old_state, new_state]}, team=report.team)


@transaction.atomic
def submit(report, user):
    if not can_submit(user, report.team):
        raise PermissionDenied
    if report.state != ReportState.DRAFT:
        raise WrongState
    _change_state(
        report,
        user,
        ReportState.SUBMITTED,
        "update",
        submitted_at=timezone.now(),
        submitted_by=user,
    )


@transaction.atomic
def accept(report, user):
    """Accept and lock the team's year: the register's records of the year can no longer change."""
    if not can_accept(user):
        raise PermissionDenied
    if report.state != ReportState.SUBMITTED:
        raise WrongState
    _change_state(
        report, user, ReportState.ACCEPTED, "lock", accepted_at=timezone.now(), accepted_by=user
    )
    lock_year(report.team, report.year, user=user)


@transaction.atomic
def reopen(report, user):
    """Back to draft; an accepted report's year is unlocked (audited here and in forms.locks)."""
    if not can_reopen(user):
        raise PermissionDenied
    if report.state == ReportState.DRAFT:
        raise WrongState
    if report.state == ReportState.ACCEPTED:
        unlock_year(report.team, report.year, user=user)
    _change_state(report, user, ReportState.DRAFT, "unlock", accepted_at=None, accepted_by=None)
