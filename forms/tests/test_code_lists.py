"""The national coordinator manages the code lists; retired codes stay valid for old records."""

from django.urls import reverse

from forms.forms import NotificationForm
from forms.models import CodeEntry, CodeList
from portal.models import AuditEntry


def test_code_lists_are_loaded_with_labels_in_three_languages(db):
    for code_list in CodeList.values:
        entries = CodeEntry.objects.of(code_list)
        assert entries.count() >= 5, code_list
        assert all(e.label_fi and e.label_sv and e.label_en for e in entries)
    assert CodeEntry.objects.get(code_list="reason", code="violent_radicalisation").no_age_limit


def test_coordinator_adds_and_edits_an_entry(client, users):
    client.force_login(users["coordinator"])
    page = client.get(reverse("forms:code_lists"))
    assert "Koodistot" in page.content.decode()
    response = client.post(
        reverse("forms:code_add", kwargs={"code_list": "referral_source"}),
        {
            "code": "prosecutor",
            "label_fi": "Syyttäjä",
            "label_sv": "Åklagare",
            "label_en": "Prosecutor",
            "sort_order": 95,
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    entry = CodeEntry.objects.get(code_list="referral_source", code="prosecutor")
    assert AuditEntry.objects.filter(action="create", object_id=str(entry.pk)).exists()
    # The code cannot be changed afterwards; labels can.
    response = client.post(
        reverse("forms:code_edit", kwargs={"pk": entry.pk}),
        {
            "code": "changed",
            "label_fi": "Syyttäjälaitos",
            "label_sv": "Åklagarmyndigheten",
            "label_en": "Prosecution service",
            "sort_order": 95,
        },
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.code == "prosecutor"
    assert entry.label_en == "Prosecution service"
    assert entry.is_active is False
    assert AuditEntry.objects.get(action="update").changes["is_active"] == [True, False]


def test_a_duplicate_code_is_refused_with_a_message(client, users):
    client.force_login(users["coordinator"])
    response = client.post(
        reverse("forms:code_add", kwargs={"code_list": "reason"}),
        {"code": "offence", "label_fi": "x", "label_sv": "x", "label_en": "x", "sort_order": 1},
        HTTP_ACCEPT_LANGUAGE="fi",
    )
    assert response.status_code == 200
    assert "on jo luettelossa" in response.content.decode()


def test_a_retired_code_is_not_offered_but_stays_on_old_records(records, codes):
    police = codes["police"]
    police.is_active = False
    police.save()
    new_form = NotificationForm()
    assert police not in new_form.fields["referred_by"].queryset
    old_form = NotificationForm(instance=records.the_notification)
    assert police in old_form.fields["referred_by"].queryset


def test_only_the_coordinator_and_admin_manage_code_lists(client, users):
    for role, status in [("expert", 403), ("manager", 403), ("coordinator", 200), ("admin", 200)]:
        client.force_login(users[role])
        assert client.get(reverse("forms:code_lists")).status_code == status, role
