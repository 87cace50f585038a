"""Locked years refuse changes (views and models); every change and export is audited;
audit entries are append-only."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from forms.locks import is_year_locked, lock_year, unlock_year
from forms.models import Meeting, YearLocked
from forms.tests.wizard_helpers import meeting, post_step, start
from portal import audit
from portal.models import AuditEntry


def test_lock_and_unlock_are_audited(hel, users):
    assert not is_year_locked(hel, 2026)
    lock_year(hel, 2026, users["coordinator"])
    assert is_year_locked(hel, 2026)
    assert not is_year_locked(hel, 2025)
    unlock_year(hel, 2026, users["coordinator"])
    assert not is_year_locked(hel, 2026)
    assert list(AuditEntry.objects.order_by("pk").values_list("action", flat=True)) == [
        "lock",
        "unlock",
    ]


def test_model_guard_refuses_changes_in_a_locked_year(records, hel):
    lock_year(hel, 2026)
    m = records.the_meeting
    m.continues_in_services = True
    with pytest.raises(YearLocked):
        m.save()
    with pytest.raises(YearLocked):
        m.delete()
    with pytest.raises(YearLocked):
        records.the_notification.save()
    with pytest.raises(YearLocked):
        records.the_case.save()
    # Moving a meeting out of a locked year is a change of that year too.
    unlock_year(hel, 2026)
    lock_year(hel, 2025)
    m.date = datetime.date(2025, 12, 1)
    with pytest.raises(YearLocked):
        m.save()


@pytest.mark.parametrize("name", ["meeting_edit", "meeting_delete"])
def test_views_refuse_a_locked_year_with_a_clear_message(client, records, hel, expert, name):
    lock_year(hel, 2026)
    client.force_login(expert)
    url = reverse(f"forms:{name}", kwargs={"team": "HEL", "pk": records.the_meeting.pk})
    response = client.post(
        url, {"meeting-date": "10.3.2026"}, follow=True, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert "is locked" in response.content.decode() or "lukittu" in response.content.decode()
    assert Meeting.objects.get().date == datetime.date(2026, 3, 9)


def test_case_and_notification_edits_refused_when_their_meetings_are_locked(
    client, records, hel, expert
):
    lock_year(hel, 2026)
    client.force_login(expert)
    for url in [
        reverse("forms:case_edit", kwargs={"team": "HEL", "case_code": records.the_case.case_code}),
        reverse(
            "forms:notification_edit", kwargs={"team": "HEL", "pk": records.the_notification.pk}
        ),
    ]:
        response = client.get(url)
        assert response.status_code == 302


def test_the_wizard_refuses_a_meeting_in_a_locked_year(client, records, hel, expert, codes):
    lock_year(hel, 2025)
    client.force_login(expert)
    url = start(client, hel, "en")
    post_step(client, url, "case", {"mode": "existing", "case_code": records.the_case.case_code})
    post_step(
        client,
        url,
        "notification",
        {
            "mode": "new",
            "date_received": "1.12.2025",
            "referred_by": codes["police"].pk,
            "reasons": [codes["offence"].pk],
            "child_welfare_notification": "no",
            "violent_radicalisation": "no",
        },
    )
    response = post_step(client, url, "meeting", meeting(codes, "2.12.2025"))
    assert "2025 is locked" in response.content.decode()


def test_audit_entries_are_append_only(records, expert):
    entry = audit.record(expert, "update", records.the_meeting, {"date": ["a", "b"]})
    entry.changes = {}
    with pytest.raises(PermissionDenied):
        entry.save()
    with pytest.raises(PermissionDenied):
        entry.delete()
    with pytest.raises(PermissionDenied):
        AuditEntry.objects.all().delete()
    with pytest.raises(PermissionDenied):
        AuditEntry.objects.filter(pk=entry.pk).update(changes={})
    assert AuditEntry.objects.get(pk=entry.pk).changes == {"date": ["a", "b"]}


def test_an_edit_writes_who_what_and_the_diff(client, records, expert, codes):
    client.force_login(expert)
    url = reverse("forms:meeting_edit", kwargs={"team": "HEL", "pk": records.the_meeting.pk})
    data = {
        "date": "10.3.2026",
        "client_before": "no",
        "assessment_way": codes["not_done"].pk,
        "continues_in_services": "no",
    }
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()
    entry = AuditEntry.objects.get(action="update")
    assert entry.user == expert and entry.username == expert.username
    assert entry.model == "register.Meeting" and entry.object_id == str(records.the_meeting.pk)
    assert entry.changes == {
        "assessment_way": ["in_meeting", "not_done"],
        "date": ["2026-03-09", "2026-03-10"],
    }


def test_delete_and_export_are_audited(client, records, expert):
    client.force_login(expert)
    response = client.get(reverse("forms:meeting_export", kwargs={"team": "HEL"}) + "?year=2026")
    assert response.status_code == 200
    body = response.content.decode()
    assert records.the_case.case_code in body
    assert AuditEntry.objects.filter(action="export", changes__rows=1).exists()
    pk = records.the_meeting.pk
    client.post(reverse("forms:meeting_delete", kwargs={"team": "HEL", "pk": pk}))
    assert not Meeting.objects.filter(pk=pk).exists()
    deleted = AuditEntry.objects.get(action="delete")
    assert deleted.object_id == str(pk)
    assert deleted.changes["date"] == ["2026-03-09", None]


def test_deleting_an_earlier_meeting_renumbers_the_later_ones(client, records, expert):
    later = records.meeting(records.the_notification, datetime.date(2026, 3, 20))
    assert later.ordinal == 2
    client.force_login(expert)
    client.post(
        reverse("forms:meeting_delete", kwargs={"team": "HEL", "pk": records.the_meeting.pk})
    )
    later.refresh_from_db()
    assert later.ordinal == 1
