"""Events: registration stored with a confirmation e-mail in the user's language, duplicate
and full/closed states, and the organiser's participant list and exports."""

import csv
import io
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission
from django.core import mail
from django.utils import timezone
from openpyxl import load_workbook

from portal.models import AuditEntry
from training.factories import EventRegistrationFactory
from training.models import EventPage, EventRegistration

SEMINAR_FI = "/fi/koulutus/valtakunnallinen-seminaari/"
SEMINAR_SV = "/sv/utbildning/nationellt-seminarium/"


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def register(client, url, **data):
    payload = {"name": "Maija Meikäläinen", "email": "maija@example.fi", "team": "", **data}
    return client.post(url, payload)


def test_event_page_shows_facts_and_form(client, seminar):
    response = client.get(SEMINAR_FI)
    assert response.status_code == 200
    page = soup(response)
    text = page.get_text(" ", strip=True)
    local_start = timezone.localtime(seminar.starts_at)
    assert f"{local_start.day}.{local_start.month}.{local_start.year}" in text
    assert "200" in text
    assert page.select_one("form input[name=email]")


def test_registration_is_stored_and_confirmed_in_the_users_language(client, seminar):
    response = register(client, SEMINAR_SV, email="Anna@Example.fi", name="Anna Andersson")
    assert response.status_code == 302
    registration = EventRegistration.objects.get()
    assert registration.email == "anna@example.fi"
    assert registration.language == "sv"
    assert registration.event_key == seminar.translation_key
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["anna@example.fi"]
    assert "Anmälan bekräftad" in message.subject
    assert "Hej Anna Andersson" in message.body
    assert "Ankarverksamhetens nationella seminarium" in message.body

    page = client.get(response["Location"])
    assert "199" in soup(page).get_text(" ", strip=True)  # places left


def test_finnish_confirmation(client, seminar):
    register(client, SEMINAR_FI)
    assert "Ilmoittautuminen vahvistettu" in mail.outbox[0].subject


def test_duplicate_email_gets_a_clear_message(client, seminar):
    register(client, SEMINAR_FI, email="maija@example.fi")
    response = register(client, SEMINAR_SV, email="MAIJA@example.fi", name="Maija M.")
    assert response.status_code == 400
    page = soup(response)
    error = page.select_one("#id_email-error")
    assert "redan anmäld" in error.get_text()
    field = page.select_one("#id_email")
    assert "id_email-error" in field["aria-describedby"]
    assert page.select_one("#id_name")["value"] == "Maija M."  # nothing typed is lost
    assert EventRegistration.objects.count() == 1
    assert len(mail.outbox) == 1


def test_invalid_input_keeps_what_was_typed(client, seminar):
    response = register(client, SEMINAR_FI, email="not-an-address", name="Matti")
    assert response.status_code == 400
    page = soup(response)
    assert page.select_one("#id_email")["aria-invalid"] == "true"
    assert page.select_one("#id_email")["value"] == "not-an-address"
    assert page.select_one("[role=alert]")
    assert not EventRegistration.objects.exists()


def test_full_event_closes_registration(client, seminar):
    EventPage.objects.filter(translation_key=seminar.translation_key).update(capacity=1)
    assert register(client, SEMINAR_FI).status_code == 302
    response = client.get(SEMINAR_SV)
    page = soup(response)
    assert not page.select("form input[name=email]")
    assert "Evenemanget är fullt." in page.get_text(" ", strip=True)
    response = register(client, SEMINAR_SV, email="other@example.fi")
    assert "Evenemanget är fullt." in soup(response).get_text(" ", strip=True)
    assert EventRegistration.objects.count() == 1


def test_registration_closes_at_the_deadline(client, seminar):
    EventPage.objects.filter(translation_key=seminar.translation_key).update(
        registration_deadline=timezone.now() - timedelta(minutes=1)
    )
    response = register(client, "/en/training/national-seminar/")
    assert "Registration has closed." in soup(response).get_text(" ", strip=True)
    assert not EventRegistration.objects.exists()


def test_failed_mail_keeps_the_registration(client, seminar, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = 1  # nothing listens here
    response = register(client, SEMINAR_FI)
    assert response.status_code == 302
    assert EventRegistration.objects.count() == 1


@pytest.fixture
def registered(client, seminar):
    register(client, SEMINAR_FI, name="=HYPERLINK(evil)", email="a@example.fi")
    register(client, SEMINAR_FI, name="Pekka Poliisi", email="b@example.fi")
    client.logout()
    return seminar


@pytest.mark.parametrize(
    ("username", "status"),
    [
        (None, 302),
        ("hel.tiiminvetaja", 403),
        ("tre.asiantuntija", 403),
        ("koordinaattori", 200),
        ("admin", 200),
    ],
)
def test_participant_list_and_exports_are_for_organisers(login, registered, username, status):
    client = login(username)
    for suffix in ("participants/", "participants.csv", "participants.xlsx"):
        response = client.get(f"/fi/training/events/{registered.pk}/{suffix}")
        assert response.status_code == status, suffix


def test_staff_with_the_permission_may_export(login, users, registered):
    staff = users["hel.asiantuntija"]
    staff.is_staff = True
    staff.save()
    client = login("hel.asiantuntija")
    url = f"/fi/training/events/{registered.pk}/participants.csv"
    assert client.get(url).status_code == 403
    staff.user_permissions.add(Permission.objects.get(codename="view_eventregistration"))
    client = login("hel.asiantuntija")
    assert client.get(url).status_code == 200


def test_exports_contain_the_participants_and_are_audited(login, registered):
    client = login("koordinaattori")
    response = client.get(f"/fi/training/events/{registered.pk}/participants.csv")
    assert response["Content-Disposition"].startswith("attachment;")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:2] == ["Nimi", "Sähköposti"]
    assert [row[1] for row in rows[1:]] == ["a@example.fi", "b@example.fi"]
    assert rows[1][0] == "'=HYPERLINK(evil)"  # no formulas from user input
    exported = AuditEntry.objects.get(action="export")
    assert exported.username == "koordinaattori"
    assert exported.changes == {"event": registered.pk, "format": "csv", "rows": 2}

    response = client.get(f"/fi/training/events/{registered.pk}/participants.xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet.cell(row=3, column=1).value == "Pekka Poliisi"
    assert client.get(f"/fi/training/events/{registered.pk}/participants.pdf").status_code == 404
    assert AuditEntry.objects.filter(action="export").count() == 2

    page = soup(client.get(f"/fi/training/events/{registered.pk}/participants/"))
    assert len(page.select("tbody tr")) == 2


def test_participant_list_query_count_is_bounded(login, registered, django_assert_max_num_queries):
    client = login("koordinaattori")
    EventRegistrationFactory.create_batch(20, event=registered)
    with django_assert_max_num_queries(15):
        assert client.get(f"/fi/training/events/{registered.pk}/participants/").status_code == 200
    with django_assert_max_num_queries(25):
        assert client.get(SEMINAR_FI).status_code == 200
