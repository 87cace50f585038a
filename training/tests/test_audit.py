"""One audit trail (portal.audit): every participant export, plan creation and edit, tick of
an onboarding item and lesson completion is one AuditEntry with its before/after values."""

import datetime

import pytest
from django.utils import timezone

from portal.models import AuditEntry
from training.factories import CoursePageFactory, EventRegistrationFactory
from training.lessons import set_lesson_done
from training.onboarding import set_item_done


def entries(**filters):
    return list(AuditEntry.objects.filter(**filters).order_by("pk"))


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_participant_export_is_one_audit_entry(client, coordinator, event, file_format):
    client.force_login(coordinator)
    response = client.get(f"/fi/training/events/{event.pk}/participants.{file_format}")
    assert response.status_code == 200
    (entry,) = entries()
    assert entry.action == "export"
    assert entry.user == coordinator and entry.username == "koordinaattori"
    assert entry.changes == {"event": event.pk, "format": file_format, "rows": 2}
    assert str(event.pk) in entry.object_repr


def test_refused_and_unknown_exports_are_not_audited(client, leader, coordinator, event):
    client.force_login(leader)
    assert client.get(f"/fi/training/events/{event.pk}/participants.csv").status_code == 403
    client.force_login(coordinator)
    assert client.get(f"/fi/training/events/{event.pk}/participants.pdf").status_code == 404
    assert not entries()


def test_creating_a_plan_is_audited_with_its_header(plan, leader):
    (entry,) = entries(model="training.OnboardingPlan")
    assert entry.action == "create"
    assert entry.user == leader
    assert entry.object_id == str(plan.pk)
    assert entry.team == plan.team
    assert entry.changes["start_date"] == [None, "2025-09-01"]
    assert entry.changes["manager"] == [None, "Liisa Lähiesihenkilö"]
    assert entry.changes["expert"] == [None, plan.expert.pk]
    assert entry.changes["items"] == [None, 3]


def edit_data(plan, **changes):
    items = list(plan.items.order_by("topic_order", "sort_order", "pk"))
    data = {
        "plan-start_date": "1.9.2025",
        "plan-prior_training": plan.prior_training,
        "plan-manager": plan.manager,
        "plan-responsible_person": "",
        "items-TOTAL_FORMS": str(len(items)),
        "items-INITIAL_FORMS": str(len(items)),
        "items-MIN_NUM_FORMS": "0",
        "items-MAX_NUM_FORMS": "1000",
    }
    for n, item in enumerate(items):
        data[f"items-{n}-id"] = str(item.pk)
        data[f"items-{n}-due_date"] = (
            f"{item.due_date.day}.{item.due_date.month}.{item.due_date.year}"
        )
        data[f"items-{n}-responsible"] = item.responsible
    data.update(changes)
    return data, items


def test_editing_a_plan_audits_each_changed_record_with_a_diff(client, plan, leader):
    created = len(entries())
    client.force_login(leader)
    data, items = edit_data(
        plan, **{"plan-manager": "Uusi esihenkilö", "items-1-due_date": "24.12.2030"}
    )
    response = client.post(f"/fi/training/plans/{plan.pk}/edit/", data)
    assert response.status_code == 302
    edits = entries()[created:]
    assert [(e.action, e.model, e.object_id) for e in edits] == [
        ("update", "training.OnboardingPlan", str(plan.pk)),
        ("update", "training.OnboardingPlanItem", str(items[1].pk)),
    ]
    assert edits[0].changes == {"manager": ["Liisa Lähiesihenkilö", "Uusi esihenkilö"]}
    assert edits[1].changes == {"due_date": [items[1].due_date.isoformat(), "2030-12-24"]}
    assert all(e.user == leader and e.team == plan.team for e in edits)
    items[1].refresh_from_db()
    assert items[1].due_date == datetime.date(2030, 12, 24)


def test_saving_a_plan_unchanged_writes_no_audit_entry(client, plan, leader):
    created = len(entries())
    client.force_login(leader)
    data, _items = edit_data(plan)
    assert client.post(f"/fi/training/plans/{plan.pk}/edit/", data).status_code == 302
    assert len(entries()) == created


def test_an_invalid_edit_changes_nothing_and_audits_nothing(client, plan, leader):
    created = len(entries())
    client.force_login(leader)
    data, _items = edit_data(plan, **{"plan-manager": "X", "items-0-due_date": "huomenna"})
    assert client.post(f"/fi/training/plans/{plan.pk}/edit/", data).status_code == 400
    plan.refresh_from_db()
    assert plan.manager == "Liisa Lähiesihenkilö"
    assert len(entries()) == created


def test_ticking_an_item_is_audited_once_per_change(client, plan):
    expert = plan.expert
    item = plan.items.order_by("pk").first()
    created = len(entries())
    client.force_login(expert)
    url = f"/fi/training/plans/{plan.pk}/items/{item.pk}/done/"
    assert client.post(url, {"done": "1"}).status_code == 302
    assert client.post(url, {"done": "1"}).status_code == 302  # already done: no change
    assert client.post(url, {"done": "0"}).status_code == 302
    ticks = entries()[created:]
    assert [(e.action, e.model, e.object_id) for e in ticks] == [
        ("update", "training.OnboardingPlanItem", str(item.pk)),
        ("update", "training.OnboardingPlanItem", str(item.pk)),
    ]
    done_at, done_by = ticks[0].changes["done_at"], ticks[0].changes["done_by"]
    assert done_at[0] is None
    assert datetime.datetime.fromisoformat(done_at[1]) <= timezone.now()
    assert done_by == [None, expert.pk]
    assert ticks[1].changes == {"done_at": [done_at[1], None], "done_by": [expert.pk, None]}
    assert all(e.team == plan.team and e.user == expert for e in ticks)


def test_set_item_done_reports_whether_it_changed(plan):
    item = plan.items.first()
    now = timezone.now()
    assert set_item_done(item, user=plan.expert, done=False, now=now) is False
    assert set_item_done(item, user=plan.expert, done=True, now=now) is True
    item.refresh_from_db()
    assert item.done_at == now and item.done_by == plan.expert


def test_lesson_completion_is_audited(leader):
    course = CoursePageFactory()
    lesson_id = course.lesson_ids()[0]
    assert set_lesson_done(leader, course, lesson_id, True) is True
    assert set_lesson_done(leader, course, lesson_id, True) is False
    assert set_lesson_done(leader, course, lesson_id, False) is True
    assert set_lesson_done(leader, course, lesson_id, False) is False
    logged = entries(model="training.LessonCompletion")
    assert [(e.action, e.changes) for e in logged] == [
        ("create", {"lesson_id": [None, lesson_id]}),
        ("delete", {"lesson_id": [lesson_id, None]}),
    ]
    assert logged[0].object_id == logged[1].object_id
    assert course.completed_lesson_ids(leader) == set()


def test_factories_make_the_registrations_of_one_event(event):
    extra = EventRegistrationFactory(event=event)
    assert extra.event_key == event.translation_key
    assert event.registrations().count() == 3
    assert event.places_left() == 37


def test_a_registration_is_audited(client, event):
    from training.models import EventRegistration

    response = client.post(
        event.get_url(), {"name": "Anna Andersson", "email": "Anna@Example.fi", "team": ""}
    )
    assert response.status_code == 302
    registration = EventRegistration.objects.get(email="anna@example.fi")
    (entry,) = entries(model="training.EventRegistration")
    assert entry.action == "create" and entry.object_id == str(registration.pk)
    assert entry.user is None  # anyone may register
    assert entry.changes["email"] == [None, "anna@example.fi"]
    assert entry.changes["language"] == [None, registration.language]
