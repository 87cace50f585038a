"""Sign-in hardening: lockout, two-factor, register sessions, private responses, password
reset, the privacy notice and load_demo's guard."""

import importlib
import re
import time

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import CommandError, call_command
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.security import two_factor
from portal.security.middleware import LAST_SEEN_KEY, PrivateResponseMiddleware

DEMO_PASSWORD = "ankkuri-demo"
EXPERT = "hel.asiantuntija"


class Quiet:
    def progress(self, message):
        pass


@pytest.fixture(autouse=True)
def accounts(site_tree):
    """The home pages, the demo teams, a team expert and an administrator."""
    from portal.codes import TeamRole
    from portal.demo import ensure_teams
    from portal.models import Team, TeamMembership

    ensure_teams(Quiet())
    User = get_user_model()
    # get_or_create: other tests of the package may have the demo site (and its users) loaded.
    expert, _ = User.objects.get_or_create(username=EXPERT)
    expert.set_password(DEMO_PASSWORD)
    expert.save()
    TeamMembership.objects.get_or_create(
        user=expert, team=Team.objects.get(code="HEL"), defaults={"role": TeamRole.EXPERT}
    )
    admin, _ = User.objects.get_or_create(
        username="admin", defaults={"is_superuser": True, "is_staff": True}
    )
    admin.set_password("admin")
    admin.save()


def user(username):
    return get_user_model().objects.get(username=username)


def current_code(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


# --- throttling and lockout -------------------------------------------------------------


def test_portal_sign_in_locks_out_after_repeated_failures(client, settings):
    url = reverse("portal:login")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post(url, {"username": EXPERT, "password": "wrong"})
        assert response.status_code == 200
        assert "_auth_user_id" not in client.session
    response = client.post(url, {"username": EXPERT, "password": "wrong"})
    assert response.status_code == 429
    # Locked: even the right password is refused now.
    response = client.post(url, {"username": EXPERT, "password": DEMO_PASSWORD})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    assert "Kirjautuminen" in response.content.decode() or "lukittu" in response.content.decode()


def test_wagtail_admin_sign_in_locks_out_after_repeated_failures(client, settings):
    url = "/admin/login/"
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(url, {"username": "admin", "password": "wrong"})
    response = client.post(url, {"username": "admin", "password": "admin"})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_right_password_before_the_limit_signs_in(client, settings):
    url = reverse("portal:login")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        client.post(url, {"username": EXPERT, "password": "wrong"})
    response = client.post(url, {"username": EXPERT, "password": DEMO_PASSWORD})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user(EXPERT).pk)


# --- two-factor authentication ----------------------------------------------------------


def test_two_factor_is_one_setting_off_by_default_and_on_in_production(monkeypatch):
    from portal.settings import base

    assert base.REQUIRE_TWO_FACTOR is False
    monkeypatch.setenv("SECRET_KEY", "a-test-secret-key-" + "x" * 50)
    production = importlib.import_module("portal.settings.production")
    assert production.REQUIRE_TWO_FACTOR is True


def test_without_the_setting_a_password_is_enough(client, settings):
    settings.REQUIRE_TWO_FACTOR = False
    client.post(reverse("portal:login"), {"username": EXPERT, "password": DEMO_PASSWORD})
    assert client.get(reverse("forms:home")).status_code == 200


def test_the_admins_require_the_second_factor_of_register_roles(client, settings):
    settings.REQUIRE_TWO_FACTOR = True
    client.force_login(user("admin"))
    for url in ["/admin/", "/django-admin/"]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("portal:two_factor_setup")), url
    assert client.get("/admin/login/").status_code in (200, 302)
    assert "two-factor" not in client.get("/admin/login/").get("Location", "")


def test_roles_without_register_access_need_no_second_factor(client, settings):
    settings.REQUIRE_TWO_FACTOR = True
    plain = get_user_model().objects.create_user("reader", password="x-pass-123")
    client.force_login(plain)
    response = client.get(reverse("forms:home"))
    assert response.status_code == 200


def test_enrolment_on_first_sign_in_then_code_prompt(client, settings):
    settings.REQUIRE_TWO_FACTOR = True
    home = reverse("forms:home")
    response = client.post(
        reverse("portal:login"),
        {"username": EXPERT, "password": DEMO_PASSWORD, "next": home},
    )
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("portal:two_factor_setup"))

    page = client.get(response["Location"])
    assert page.status_code == 200
    body = page.content.decode()
    assert "<svg" in body
    device = TOTPDevice.objects.get(user=user(EXPERT), confirmed=False)
    assert two_factor.secret_text(device).split()[0] in body

    wrong = client.post(response["Location"], {"token": "000000", "next": home})
    assert wrong.status_code == 200 and 'role="alert"' in wrong.content.decode()
    assert client.get(home).status_code == 302
    # A wrong code throttles the device for a second; do not wait for it here.
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_count=0)
    device.refresh_from_db()

    done = client.post(response["Location"], {"token": current_code(device), "next": home})
    assert done.status_code == 302
    codes_page = client.get(done["Location"])
    codes = re.findall(r"<li><code>(\w+)</code></li>", codes_page.content.decode())
    assert len(codes) == settings.TWO_FACTOR_RECOVERY_CODES
    assert client.get(home).status_code == 200
    # Shown once only.
    assert client.get(done["Location"]).status_code == 302

    # Next sign-in: the code prompt; a recovery code works once.
    client.logout()
    response = client.post(
        reverse("portal:login"),
        {"username": EXPERT, "password": DEMO_PASSWORD, "next": home},
    )
    assert response["Location"].startswith(reverse("portal:two_factor_verify"))
    assert client.get(home).status_code == 302
    ok = client.post(response["Location"], {"token": codes[0], "next": home})
    assert ok.status_code == 302 and ok["Location"] == home
    assert client.get(home).status_code == 200
    client.logout()
    client.force_login(user(EXPERT))
    again = client.post(reverse("portal:two_factor_verify"), {"token": codes[0], "next": home})
    assert again.status_code == 200
    assert client.get(home).status_code == 302


# --- register sessions ------------------------------------------------------------------


def test_register_session_ends_when_idle_and_at_browser_close(client, settings):
    client.force_login(user(EXPERT))
    home = reverse("forms:home")
    assert client.get(home).status_code == 200
    session = client.session
    assert session.get_expire_at_browser_close()
    assert session[LAST_SEEN_KEY] <= int(time.time())
    session[LAST_SEEN_KEY] = int(time.time()) - settings.REGISTER_SESSION_IDLE_SECONDS - 1
    session.save()
    response = client.get(home)
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert "_auth_user_id" not in client.session


def test_an_active_register_session_goes_on(client, settings):
    client.force_login(user(EXPERT))
    home = reverse("forms:home")
    client.get(home)
    session = client.session
    session[LAST_SEEN_KEY] = int(time.time()) - settings.REGISTER_SESSION_IDLE_SECONDS + 60
    session.save()
    assert client.get(home).status_code == 200


# --- private responses and headers ------------------------------------------------------


def test_every_signed_in_response_is_no_store(client):
    public_url = reverse("portal:team_list")
    assert "no-store" not in client.get(public_url).get("Cache-Control", "")
    client.force_login(user(EXPERT))
    for url in [public_url, reverse("forms:home"), reverse("reports:index"), "/fi/"]:
        response = client.get(url)
        assert response["Cache-Control"] == "no-store, private", url


def test_exports_and_pdfs_are_no_store_even_for_anonymous_requests():
    middleware = PrivateResponseMiddleware(lambda request: csv_response)
    request = RequestFactory().get("/fi/reports/x.csv")
    csv_response = HttpResponse("a,b", content_type="text/csv")
    csv_response["Content-Disposition"] = 'attachment; filename="x.csv"'
    csv_response["Cache-Control"] = "public, max-age=600"
    assert middleware(request)["Cache-Control"] == "no-store, private"
    pdf = HttpResponse(b"%PDF", content_type="application/pdf")
    assert PrivateResponseMiddleware(lambda r: pdf)(request)["Cache-Control"] == (
        "no-store, private"
    )


def test_team_export_is_no_store(client):
    client.force_login(user(EXPERT))
    response = client.get(reverse("forms:meeting_export", kwargs={"team": "HEL"}))
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store, private"


def test_signed_in_no_store_wins_over_an_inner_caching_header(rf, django_user_model):
    inner = HttpResponse("page")
    inner["Cache-Control"] = "public, max-age=300"
    request = rf.get("/fi/")
    request.user = django_user_model(username="x")
    assert PrivateResponseMiddleware(lambda r: inner)(request)["Cache-Control"] == (
        "no-store, private"
    )


def test_frame_ancestors_none_and_permissions_policy(client):
    response = client.get(reverse("portal:team_list"))
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "camera=()" in response["Permissions-Policy"]


# --- password change and reset ----------------------------------------------------------


def test_password_reset_by_email_in_the_users_language(client):
    account = user(EXPERT)
    account.email = "expert@example.org"
    account.save()
    mail.outbox.clear()
    response = client.post("/sv/account/password-reset/", {"email": account.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert "lösenord" in message.subject.lower()
    link = next(line for line in message.body.splitlines() if "/password-reset/" in line)
    path = link.split("localhost", 1)[1] if "localhost" in link else link.split("://")[1]
    path = path[path.index("/") :] if not path.startswith("/") else path
    form = client.get(path, follow=True)
    assert form.status_code == 200
    set_url = form.redirect_chain[-1][0] if form.redirect_chain else path
    done = client.post(
        set_url, {"new_password1": "Uusi-salasana-42", "new_password2": "Uusi-salasana-42"}
    )
    assert done.status_code == 302
    account.refresh_from_db()
    assert account.check_password("Uusi-salasana-42")


def test_password_reset_with_unknown_address_sends_nothing_and_reveals_nothing(client):
    mail.outbox.clear()
    response = client.post(reverse("portal:password_reset"), {"email": "nobody@example.org"})
    assert response.status_code == 302
    assert mail.outbox == []


def test_password_change(client):
    client.force_login(user(EXPERT))
    url = reverse("portal:password_change")
    bad = client.post(url, {"old_password": "wrong", "new_password1": "x", "new_password2": "y"})
    assert bad.status_code == 200 and "errorlist" in bad.content.decode()
    response = client.post(
        url,
        {
            "old_password": DEMO_PASSWORD,
            "new_password1": "Toinen-salasana-42",
            "new_password2": "Toinen-salasana-42",
        },
    )
    assert response.status_code == 302
    assert user(EXPERT).check_password("Toinen-salasana-42")


# --- privacy notice ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "language, heading",
    [
        ("fi", "Tietosuojaseloste ja rekisteriseloste"),
        ("sv", "Dataskyddsbeskrivning och registerbeskrivning"),
        ("en", "Privacy notice and register description"),
    ],
)
def test_privacy_notice_in_every_language_linked_from_the_footer(client, language, heading):
    response = client.get(f"/{language}/privacy/")
    assert response.status_code == 200
    assert heading in response.content.decode()
    front = client.get(f"/{language}/teams/").content.decode()
    assert f'href="/{language}/privacy/"' in front


# --- load_demo guard --------------------------------------------------------------------


def test_load_demo_refuses_without_debug_or_allowed_demo(settings):
    settings.DEBUG = False
    settings.ALLOWED_DEMO = False
    get_user_model().objects.filter(username="admin").delete()
    with pytest.raises(CommandError):
        call_command("load_demo")
    assert not get_user_model().objects.filter(username="admin").exists()


def test_load_demo_refuses_with_production_settings(settings):
    settings.ALLOWED_DEMO = True
    settings.DEBUG = True
    settings.SETTINGS_MODULE = "portal.settings.production"
    with pytest.raises(CommandError):
        call_command("load_demo")
