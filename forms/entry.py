"""Storing a new meeting: case and notification (new or existing), ordinal, client-before, the
duplicate guard and the audit trail. Used by the entry wizard; changes of stored records are
forms.edits."""

from dataclasses import dataclass, field

from django.db import IntegrityError, transaction

from forms.locks import locked_years
from forms.models import (
    CASE_FIELDS,
    MEETING_FIELDS,
    NOTIFICATION_FIELDS,
    Case,
    Meeting,
    Notification,
)
from portal import audit


class DuplicateMeeting(Exception):
    """The case already has a meeting on that date (the natural key is taken)."""

    def __init__(self, existing):
        self.existing = existing
        super().__init__(str(existing))


def next_ordinal(case, date, exclude=None):
    """1 + the number of the case's meetings before `date`."""
    earlier = Meeting.objects.filter(case=case, date__lt=date)
    if exclude is not None:
        earlier = earlier.exclude(pk=exclude.pk)
    return earlier.count() + 1


def renumber_meetings(case):
    """Ordinals follow the dates after an insert, a date change or a delete.

    Meetings of locked years keep their numbers: their statistics may no longer change.
    """
    frozen = locked_years(case.team_id)
    changed = []
    for position, meeting in enumerate(case.meetings.order_by("date", "pk"), start=1):
        if meeting.ordinal != position and meeting.date.year not in frozen:
            meeting.ordinal = position
            changed.append(meeting)
    # Dates of one case are distinct (same date = same ordinal = the natural key), so
    # renumbering never collides with the unique constraint.
    Meeting.objects.bulk_update(changed, ["ordinal"])


def derive_client_before(case, notification, date):
    """Yes/no when the register knows, None when the expert must be asked.

    A later meeting of the same notification repeats what its first meeting said; a meeting
    of a case that already had meetings under an earlier notification is a returning client.
    """
    if case is None or date is None:
        return None
    if notification is not None:
        first = notification.meetings.filter(date__lt=date).order_by("date").first()
        if first is not None:
            return first.client_before
    if Meeting.objects.filter(case=case, date__lt=date).exists():
        return True
    return None


def find_duplicate(case, date, exclude=None):
    if case is None or date is None:
        return None
    duplicates = Meeting.objects.filter(case=case, date=date)
    if exclude is not None:
        duplicates = duplicates.exclude(pk=exclude.pk)
    return duplicates.first()


@dataclass
class Entry:
    """The wizard's answers: either `case` or `case_fields`, either `notification` or
    `notification_fields`; then the meeting's fields."""

    case: Case | None
    case_fields: dict = field(default_factory=dict)
    notification: Notification | None = None
    notification_fields: dict = field(default_factory=dict)
    meeting_fields: dict = field(default_factory=dict)


def record_meeting(user, team, submission_id, entry):
    """Store the meeting once. Returns (meeting, created).

    A second post of the same submission returns the stored meeting; a meeting of the same
    case on the same date raises DuplicateMeeting (even when two posts race: the database's
    unique constraint decides).
    """
    stored = Meeting.objects.filter(submission_id=submission_id).first()
    if stored is not None:
        return stored, False
    try:
        with transaction.atomic():
            meeting = _create(user, team, submission_id, entry)
    except IntegrityError:
        stored = Meeting.objects.filter(submission_id=submission_id).first()
        if stored is not None:
            return stored, False
        duplicate = find_duplicate(entry.case, entry.meeting_fields.get("date"))
        if duplicate is not None:
            raise DuplicateMeeting(duplicate) from None
        raise
    return meeting, True


def _create(user, team, submission_id, entry):
    case = entry.case
    if case is None:
        case = Case.create_for_team(team, created_by=user, **entry.case_fields)
        audit.record(user, "create", case, audit.snapshot(case, CASE_FIELDS))
    notification = entry.notification
    if notification is None:
        fields = dict(entry.notification_fields)
        reasons = fields.pop("reasons")
        offence_types = fields.pop("offence_types", [])
        notification = Notification(case=case, created_by=user, **fields)
        notification.save()
        notification.reasons.set(reasons)
        notification.offence_types.set(offence_types)
        audit.record(
            user, "create", notification, audit.snapshot(notification, NOTIFICATION_FIELDS)
        )
    fields = dict(entry.meeting_fields)
    onward_services = fields.pop("onward_services", [])
    derived = derive_client_before(case, entry.notification, fields["date"])
    if derived is not None or fields.get("client_before") is None:
        fields["client_before"] = bool(derived)
    meeting = Meeting(
        notification=notification,
        case=case,
        team=team,
        ordinal=next_ordinal(case, fields["date"]),
        submission_id=submission_id,
        created_by=user,
        **fields,
    )
    meeting.save()
    meeting.onward_services.set(onward_services)
    renumber_meetings(case)
    meeting.refresh_from_db(fields=["ordinal"])
    audit.record(user, "create", meeting, audit.snapshot(meeting, MEETING_FIELDS))
    return meeting
