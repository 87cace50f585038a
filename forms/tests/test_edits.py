"""The edit services: every change of a stored record is audited with a real before/after
diff, and the refusals (duplicate meeting, dependents left) come from the domain, not views."""

import datetime

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from forms import edits
from forms.entry import DuplicateMeeting
from forms.factories import TeamYearLockFactory, code_entry
from forms.forms import CodeEntryForm, MeetingContext, MeetingForm
from forms.models import CodeList, Meeting, YearLocked
from portal.models import AuditEntry


def meeting_form(meeting, date, codes):
    context = MeetingContext(
        birth_year=meeting.case.birth_year,
        notification_date=meeting.notification.date_received,
        no_age_limit=False,
    )
    data = {
        "date": date,
        "client_before": "no",
        "assessment_way": codes["in_meeting"].pk,
        "continues_in_services": "no",
    }
    form = MeetingForm(data, instance=meeting, context=context)
    assert form.is_valid(), form.errors
    return form


def test_moving_a_meeting_before_another_audits_the_new_ordinal(records, expert, codes):
    later = records.meeting(records.the_notification, datetime.date(2026, 3, 20))
    assert later.ordinal == 2
    form = meeting_form(later, "5.3.2026", codes)
    edits.update_meeting(expert, form)
    entry = AuditEntry.objects.get(action="update", object_id=str(later.pk))
    assert entry.changes == {"date": ["2026-03-20", "2026-03-05"], "ordinal": [2, 1]}
    records.the_meeting.refresh_from_db()
    assert records.the_meeting.ordinal == 2


def test_a_meeting_moved_onto_another_date_of_the_case_is_refused(records, expert, codes):
    later = records.meeting(records.the_notification, datetime.date(2026, 3, 20))
    form = meeting_form(later, "9.3.2026", codes)
    with pytest.raises(DuplicateMeeting) as refusal:
        edits.update_meeting(expert, form)
    assert refusal.value.existing == records.the_meeting
    assert Meeting.objects.get(pk=later.pk).date == datetime.date(2026, 3, 20)
    assert not AuditEntry.objects.filter(action="update").exists()


def test_the_edit_view_shows_the_one_duplicate_message_with_a_link(client, records, expert, codes):
    later = records.meeting(records.the_notification, datetime.date(2026, 3, 20))
    client.force_login(expert)
    url = reverse("forms:meeting_edit", kwargs={"team": "HEL", "pk": later.pk})
    data = {
        "date": "9.3.2026",
        "client_before": "no",
        "assessment_way": codes["in_meeting"].pk,
        "continues_in_services": "no",
    }
    response = client.post(url, data)
    body = response.content.decode()
    assert response.status_code == 200
    with translation.override("fi"):
        message = gettext(
            "This meeting is already in the register: the case has a meeting on that date."
        )
    assert escape(message) in body
    assert records.the_meeting.get_absolute_url() in body


def test_the_before_values_come_from_the_database(records, expert):
    case = records.the_case
    stored = edits.stored_snapshot(case)
    case.birth_year = 2012  # changed in memory only, as a validated form does
    assert edits.stored_snapshot(case) == stored
    assert stored["birth_year"] == 2011


def test_records_with_dependents_are_not_deleted(records, expert):
    with pytest.raises(edits.DeleteBlocked):
        edits.delete_case(expert, records.the_case)
    with pytest.raises(edits.DeleteBlocked):
        edits.delete_notification(expert, records.the_notification)
    assert not AuditEntry.objects.filter(action="delete").exists()
    edits.delete_meeting(expert, records.the_meeting)
    edits.delete_notification(expert, records.the_notification)
    edits.delete_case(expert, records.the_case)
    deleted = AuditEntry.objects.filter(action="delete").order_by("pk")
    assert [e.model for e in deleted] == [
        "register.Meeting",
        "register.Notification",
        "register.Case",
    ]
    assert deleted.last().changes["birth_year"] == [2011, None]


def test_code_entry_changes_are_audited_with_their_diff(users):
    coordinator = users["coordinator"]
    entry = code_entry(CodeList.REASON, "support_need")
    data = {
        "code": entry.code,
        "label_fi": entry.label_fi,
        "label_sv": entry.label_sv,
        "label_en": "Other need of support",
        "sort_order": entry.sort_order,
        "is_active": "on",
        "no_age_limit": "on",
    }
    form = CodeEntryForm(data, instance=entry)
    assert form.is_valid(), form.errors
    edits.save_code_entry(coordinator, form)
    changes = AuditEntry.objects.get(action="update").changes
    assert changes["no_age_limit"] == [False, True]
    assert changes["label_en"][1] == "Other need of support"


def test_an_edit_in_a_locked_year_is_refused_and_not_audited(records, expert, hel, codes):
    TeamYearLockFactory(team=hel, year=2026)
    form = meeting_form(records.the_meeting, "10.3.2026", codes)
    with pytest.raises(YearLocked):
        edits.update_meeting(expert, form)
    with pytest.raises(YearLocked):
        edits.delete_meeting(expert, records.the_meeting)
    assert Meeting.objects.get().date == datetime.date(2026, 3, 9)
    assert not AuditEntry.objects.exists()
