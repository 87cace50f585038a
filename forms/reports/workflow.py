"""Who may do what with an annual report, saving its answers, and the state changes: draft ->
submitted (by the team's coordinating manager) -> accepted (by the national coordinator, which
locks the team's year in the register); only the national coordinator reopens. Every change is
audited here."""

from decimal import Decimal

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from forms.locks import lock_year, unlock_year
from forms.reports.models import AnnualReport, ReportState, StaffLine
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


AUDITED_FIELDS = [
    "state",
    "further_training_days",
    "workspace",
    *AnnualReport.COOPERATION_FIELDS,
    *AnnualReport.TEXT_FIELDS,
]


def _plain(value):
    # Decimals as text: the audit log is JSON.
    return str(value) if isinstance(value, Decimal) else value


def report_snapshot(report):
    """The audited answers of a report, staff lines included (one entry per profession)."""
    if report.pk is None:
        return {}
    values = {name: _plain(value) for name, value in audit.snapshot(report, AUDITED_FIELDS).items()}
    for line in report.staff.select_related("profession"):
        values[f"staff_{line.profession.code}"] = f"{line.headcount} / {_plain(line.person_years)}"
    return values


@transaction.atomic
def save_report(user, report, fields, staff):
    """Store the answers of the report wizard and audit the change.

    fields: {field name: value} of the report; staff: {profession: (headcount, person years)}.
    The "before" values are read from the database: the wizard's forms have already put the
    new answers on the instance while validating them.
    """
    stored = AnnualReport.objects.filter(pk=report.pk).first() if report.pk else None
    before = report_snapshot(stored) if stored is not None else {}
    for name, value in fields.items():
        setattr(report, name, value)
    report.save()
    for profession, (headcount, person_years) in staff.items():
        StaffLine.objects.update_or_create(
            report=report,
            profession=profession,
            defaults={"headcount": headcount, "person_years": person_years},
        )
    after = report_snapshot(report)
    if not before:
        audit.record(user, "create", report, audit.diff({}, after), team=report.team)
    elif changes := audit.diff(before, after):
        audit.record(user, "update", report, changes, team=report.team)
    return report


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
