"""The entry wizard end to end, as a team expert, in every language."""

import pytest
from django.urls import reverse
from django.utils import translation

from forms.models import Case, Draft, Meeting, Notification
from forms.tests.wizard_helpers import (
    meeting,
    new_notification,
    post_step,
    soup,
    start,
)
from portal.models import AuditEntry


def new_case(team):
    return {
        "mode": "new",
        "birth_year": "2011",
        "home_municipality": team.municipalities.first().pk,
    }


@pytest.mark.parametrize(
    ("language", "heading", "stored"),
    [
        ("fi", "Kirjaa tapaaminen", "tallennettiin"),
        ("sv", "Registrera en träff", "sparades"),
        ("en", "Record a meeting", "was stored"),
    ],
)
def test_expert_records_a_meeting_from_start_to_end(
    client, hel, expert, codes, language, heading, stored
):
    client.force_login(expert)
    url = start(client, hel, language)
    assert url.startswith(f"/{language}/register/HEL/entry/")
    page = client.get(url)
    assert page.status_code == 200
    assert heading in page.content.decode()

    response = post_step(client, url, "case", new_case(hel))
    assert response.status_code == 200
    assert soup(response).find(attrs={"name": "notification-date_received"}) is not None
    response = post_step(client, url, "notification", new_notification(codes))
    assert soup(response).find(attrs={"name": "meeting-date"}) is not None, response.content
    response = post_step(client, url, "meeting", meeting(codes))
    assert response.status_code == 200
    assert "9.3.2026" in response.content.decode()  # the review page
    response = post_step(client, url, "confirm", {})
    assert response.status_code == 302

    stored_meeting = Meeting.objects.get()
    assert response["Location"] == stored_meeting.get_absolute_url()
    case = Case.objects.get()
    assert case.case_code == "HEL-2026-0001"
    assert case.birth_year == 2011
    notification = Notification.objects.get()
    assert list(notification.reasons.all()) == [codes["offence"]]
    assert list(notification.offence_types.all()) == [codes["theft"]]
    assert stored_meeting.ordinal == 1
    assert stored_meeting.client_before is False
    assert stored_meeting.continues_in_services is True
    assert list(stored_meeting.onward_services.all()) == [codes["youth_work"]]
    assert str(stored_meeting.submission_id).replace("-", "") in url.replace("-", "")
    assert not Draft.objects.exists()
    actions = sorted(AuditEntry.objects.values_list("model", "action"))
    assert actions == [
        ("register.Case", "create"),
        ("register.Meeting", "create"),
        ("register.Notification", "create"),
    ]
    detail = client.get(response["Location"])
    assert stored in detail.content.decode()
    assert "9.3.2026" in detail.content.decode()


def test_second_meeting_of_an_existing_case_derives_ordinal_and_client_before(
    client, hel, expert, codes, records
):
    client.force_login(expert)
    case = records.the_case
    url = start(client, hel, case=case.case_code)
    page = soup(client.get(url))
    assert page.find(attrs={"name": "case-case_code"})["value"] == case.case_code
    post_step(client, url, "case", {"mode": "existing", "case_code": case.case_code})
    response = post_step(
        client,
        url,
        "notification",
        {"mode": "existing", "notification": records.the_notification.pk},
    )
    assert soup(response).find(attrs={"name": "meeting-date"}) is not None
    # The register knows the answer after the first meeting (after a date is typed).
    response = post_step(client, url, "meeting", meeting(codes, "16.3.2026", client_before=None))
    assert response.status_code == 200, response.content
    assert soup(response).find(attrs={"name": "meeting-date"}) is None, "review page expected"
    response = post_step(client, url, "confirm", {})
    assert response.status_code == 302
    second = Meeting.objects.get(date="2026-03-16")
    assert second.ordinal == 2
    assert second.client_before is False  # repeats the first meeting's answer
    assert second.notification == records.the_notification


def test_errors_are_tied_to_their_fields_and_typed_values_stay(client, hel, expert, codes):
    client.force_login(expert)
    url = start(client, hel, "en")
    post_step(client, url, "case", new_case(hel))
    post_step(client, url, "notification", new_notification(codes, "2.3.2026"))
    response = post_step(client, url, "meeting", meeting(codes, "1.3.2026"))
    page = soup(response)
    date_input = page.find(attrs={"name": "meeting-date"})
    assert date_input["value"] == "1.3.2026"
    assert date_input["aria-invalid"] == "true"
    error_id = date_input["aria-describedby"].split()[-1]
    assert "cannot be before the notification" in page.find(id=error_id).get_text()
    # The other answers are kept too.
    checked = page.find(attrs={"name": "meeting-assessment_way", "checked": True})
    assert checked["value"] == str(codes["in_meeting"].pk)
    assert page.find(id="form-errors") is not None


def test_age_limit_and_its_exception_for_violent_radicalisation(client, hel, expert, codes):
    client.force_login(expert)
    url = start(client, hel, "en")
    post_step(client, url, "case", {**new_case(hel), "birth_year": "2000"})
    post_step(client, url, "notification", new_notification(codes))
    response = post_step(client, url, "meeting", meeting(codes))
    assert "18 or older" in response.content.decode()
    # Back to the notification: add violent radicalisation among the reasons.
    response = post_step(client, url, "meeting", meeting(codes), wizard_goto_step="notification")
    data = new_notification(codes)
    data["reasons"] = [codes["offence"].pk, codes["radicalisation"].pk]
    post_step(client, url, "notification", data)
    response = post_step(client, url, "meeting", meeting(codes))
    assert "18 or older" not in response.content.decode()
    assert post_step(client, url, "confirm", {}).status_code == 302


def test_going_back_keeps_what_was_typed(client, hel, expert, codes):
    client.force_login(expert)
    url = start(client, hel, "en")
    post_step(client, url, "case", new_case(hel))
    post_step(client, url, "notification", new_notification(codes, "4.3.2026"))
    # Half-typed meeting, then back: both steps keep their values.
    response = post_step(
        client, url, "meeting", {"date": "12.3.2026"}, wizard_goto_step="notification"
    )
    page = soup(response)
    assert page.find(attrs={"name": "notification-date_received"})["value"] == "4.3.2026"
    response = post_step(client, url, "notification", new_notification(codes, "4.3.2026"))
    assert soup(response).find(attrs={"name": "meeting-date"})["value"] == "12.3.2026"


def test_re_posting_the_last_step_returns_the_stored_meeting(client, hel, expert, codes):
    client.force_login(expert)
    url = start(client, hel, "en")
    post_step(client, url, "case", new_case(hel))
    post_step(client, url, "notification", new_notification(codes))
    post_step(client, url, "meeting", meeting(codes))
    first = post_step(client, url, "confirm", {})
    again = post_step(client, url, "confirm", {})
    assert again.status_code == 302
    assert again["Location"] == first["Location"]
    assert Meeting.objects.count() == 1
    assert Case.objects.count() == 1
    followed = client.get(url, follow=True)
    assert "already been stored" in followed.content.decode()


def test_a_second_entry_of_the_same_meeting_links_to_the_stored_one(
    client, hel, expert, codes, records
):
    client.force_login(expert)
    case = records.the_case
    url = start(client, hel, "en")
    post_step(client, url, "case", {"mode": "existing", "case_code": case.case_code})
    post_step(
        client,
        url,
        "notification",
        {"mode": "existing", "notification": records.the_notification.pk},
    )
    response = post_step(client, url, "meeting", meeting(codes, "9.3.2026"))
    page = soup(response)
    assert "already in the register" in page.get_text()
    link = page.find("a", href=records.the_meeting.get_absolute_url())
    assert link is not None
    assert Meeting.objects.count() == 1


def test_two_tabs_never_mix_their_answers(client, hel, expert, codes):
    client.force_login(expert)
    tab_one = start(client, hel, "en")
    tab_two = start(client, hel, "en")
    assert tab_one != tab_two
    post_step(client, tab_one, "case", {**new_case(hel), "birth_year": "2010"})
    post_step(client, tab_two, "case", {**new_case(hel), "birth_year": "2012"})
    post_step(client, tab_one, "notification", new_notification(codes, "2.3.2026"))
    post_step(client, tab_two, "notification", new_notification(codes, "3.3.2026"))
    post_step(client, tab_one, "meeting", meeting(codes, "9.3.2026"))
    post_step(client, tab_two, "meeting", meeting(codes, "10.3.2026"))
    assert post_step(client, tab_two, "confirm", {}).status_code == 302
    assert post_step(client, tab_one, "confirm", {}).status_code == 302
    born = dict(Meeting.objects.values_list("date__day", "case__birth_year"))
    assert born == {9: 2010, 10: 2012}


def test_an_unfinished_entry_survives_signing_out_and_can_be_resumed(client, hel, expert, codes):
    client.force_login(expert)
    url = start(client, hel, "en")
    post_step(client, url, "case", new_case(hel))
    post_step(client, url, "notification", new_notification(codes, "6.3.2026"))
    draft = Draft.objects.get(user=expert)
    assert draft.current_step == "meeting"
    client.post(reverse("portal:logout"))
    client.force_login(expert)
    drafts = client.get(reverse("forms:drafts"))
    assert draft.get_absolute_url() in drafts.content.decode()
    resumed = soup(client.get(draft.get_absolute_url()))
    assert resumed.find(attrs={"name": "meeting-date"}) is not None
    response = post_step(client, url, "meeting", meeting(codes), wizard_goto_step="notification")
    assert soup(response).find(attrs={"name": "notification-date_received"})["value"] == "6.3.2026"
    post_step(client, url, "notification", new_notification(codes, "6.3.2026"))
    post_step(client, url, "meeting", meeting(codes, "9.3.2026"))
    assert post_step(client, url, "confirm", {}).status_code == 302
    assert not Draft.objects.exists()


def test_save_as_draft_and_discard(client, hel, expert, codes):
    client.force_login(expert)
    url = start(client, hel, "en")
    response = post_step(client, url, "case", new_case(hel), save_draft="1")
    assert response.status_code == 302
    draft = Draft.objects.get(user=expert)
    assert draft.data["case"]["case-birth_year"] == ["2011"]
    assert "csrfmiddlewaretoken" not in str(draft.data)
    response = client.post(reverse("forms:draft_discard", kwargs={"run": draft.run_id}))
    assert response.status_code == 302
    assert not Draft.objects.exists()


def test_drafts_are_private(client, hel, users, codes):
    client.force_login(users["expert"])
    url = start(client, hel, "en")
    post_step(client, url, "case", new_case(hel), save_draft="1")
    draft = Draft.objects.get()
    client.force_login(users["leader"])
    assert draft.get_absolute_url() not in client.get(reverse("forms:drafts")).content.decode()
    response = client.post(reverse("forms:draft_discard", kwargs={"run": draft.run_id}))
    assert response.status_code == 404
    assert Draft.objects.exists()


def test_municipality_labels_follow_the_language(client, hel, expert):
    client.force_login(expert)
    with translation.override("sv"):
        url = start(client, hel, "sv")
    page = client.get(url).content.decode()
    assert "Helsingfors" in page
