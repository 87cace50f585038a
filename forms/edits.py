"""Changing and deleting stored register records and code-list entries, each change audited
with a real before/after diff. The edit views validate a form and call here; the entry wizard's
creation of records is forms.entry."""

from django.db import IntegrityError, transaction

from forms.entry import DuplicateMeeting, find_duplicate, next_ordinal, renumber_meetings
from forms.models import (
    CASE_FIELDS,
    CODE_ENTRY_FIELDS,
    MEETING_FIELDS,
    NOTIFICATION_FIELDS,
    Case,
    CodeEntry,
    Meeting,
    Notification,
)
from portal import audit

AUDITED_FIELDS = {
    Case: CASE_FIELDS,
    Notification: NOTIFICATION_FIELDS,
    Meeting: MEETING_FIELDS,
    CodeEntry: CODE_ENTRY_FIELDS,
}


class DeleteBlocked(Exception):
    """The record still has dependent records (a case its notifications, a notification its
    meetings); they must be deleted first."""


def stored_snapshot(obj):
    """The audited fields of the record as the database holds it (the form may already have
    changed the instance in memory while validating)."""
    fields = AUDITED_FIELDS[type(obj)]
    if obj.pk is None:
        return {}
    return audit.snapshot(type(obj).objects.get(pk=obj.pk), fields)


def _save_form_audited(user, form, after_save=None):
    """Save a validated model form and audit what changed; one transaction."""
    obj = form.instance
    before = stored_snapshot(obj)
    with transaction.atomic():
        obj = form.save()
        if after_save is not None:
            after_save(obj)
        after = audit.snapshot(obj, AUDITED_FIELDS[type(obj)])
        if not before:
            audit.record(user, "create", obj, after)
        elif changes := audit.diff(before, after):
            audit.record(user, "update", obj, changes)
    return obj


def update_case(user, form):
    """Raises YearLocked when a year of the case's records is locked."""
    return _save_form_audited(user, form)


def update_notification(user, form):
    """Raises YearLocked when a year of the notification's meetings is locked."""
    return _save_form_audited(user, form)


def update_meeting(user, form):
    """Save a meeting's new answers, renumber the case's meetings by date.

    Raises DuplicateMeeting when the case already has a meeting on the new date (also when two
    edits race: the database's unique constraint decides) and YearLocked for a locked year.
    """
    meeting = form.instance
    duplicate = find_duplicate(meeting.case, meeting.date, exclude=meeting)
    if duplicate is not None:
        raise DuplicateMeeting(duplicate)
    meeting.ordinal = next_ordinal(meeting.case, meeting.date, exclude=meeting)

    def renumber(saved):
        renumber_meetings(saved.case)
        saved.refresh_from_db(fields=["ordinal"])

    try:
        return _save_form_audited(user, form, after_save=renumber)
    except IntegrityError:
        duplicate = find_duplicate(meeting.case, meeting.date, exclude=meeting)
        if duplicate is None:
            raise
        raise DuplicateMeeting(duplicate) from None


def _delete_audited(user, obj, after_delete=None):
    before = stored_snapshot(obj)
    with transaction.atomic():
        audit.record(user, "delete", obj, {name: [value, None] for name, value in before.items()})
        obj.delete()
        if after_delete is not None:
            after_delete()


def delete_meeting(user, meeting):
    case = meeting.case
    _delete_audited(user, meeting, after_delete=lambda: renumber_meetings(case))


def has_dependents(obj):
    """A case with notifications, a notification with meetings: not deletable yet."""
    if isinstance(obj, Case):
        return obj.notifications.exists()
    if isinstance(obj, Notification):
        return obj.meetings.exists()
    return False


def delete_notification(user, notification):
    if has_dependents(notification):
        raise DeleteBlocked
    _delete_audited(user, notification)


def delete_case(user, case):
    if has_dependents(case):
        raise DeleteBlocked
    _delete_audited(user, case)


def save_code_entry(user, form):
    """Add or change a code-list entry (the national coordinator's form)."""
    return _save_form_audited(user, form)
