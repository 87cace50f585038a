"""Role-by-URL matrix over every register URL and every role."""

import uuid

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from forms import urls as register_urls
from forms.models import CodeEntry, Draft

ROLES = [
    "anonymous",
    "other_expert",
    "expert",
    "leader",
    "manager",
    "coordinator",
    "controller",
    "admin",
]
MEMBERS = {"expert", "leader", "manager", "admin"}
# The data controller reads every team's records; the national coordinator does not.
READERS = MEMBERS | {"controller"}

# URL name -> who may see it (200/302 to a result); who else gets 403 vs 404 is below.
TEAM_READ = ["dashboard", "case_list", "case_detail", "meeting_list", "meeting_detail"]
TEAM_WRITE = [
    "case_edit",
    "case_delete",
    "notification_edit",
    "notification_delete",
    "meeting_edit",
    "meeting_delete",
    "meeting_export",
    "entry_start",
    "entry",
]
PERSONAL = ["home", "drafts", "draft_discard"]
CODE_LISTS = ["code_lists", "code_add", "code_edit"]


def every_url_name():
    names = []
    for pattern in register_urls.urlpatterns:
        assert isinstance(pattern, URLPattern) and not isinstance(pattern, URLResolver)
        names.append(pattern.name)
    return names


def test_the_matrix_covers_every_register_url():
    assert sorted(every_url_name()) == sorted(TEAM_READ + TEAM_WRITE + PERSONAL + CODE_LISTS)
    assert get_resolver()  # the URLconf loads


def url_for(name, records, draft_run):
    team = records.the_case.team.code
    kwargs = {
        "home": {},
        "drafts": {},
        "draft_discard": {"run": draft_run},
        "code_lists": {},
        "code_add": {"code_list": "reason"},
        "code_edit": {"pk": CodeEntry.objects.first().pk},
        "dashboard": {"team": team},
        "case_list": {"team": team},
        "case_detail": {"team": team, "case_code": records.the_case.case_code},
        "case_edit": {"team": team, "case_code": records.the_case.case_code},
        "case_delete": {"team": team, "case_code": records.the_case.case_code},
        "notification_edit": {"team": team, "pk": records.the_notification.pk},
        "notification_delete": {"team": team, "pk": records.the_notification.pk},
        "meeting_list": {"team": team},
        "meeting_detail": {"team": team, "pk": records.the_meeting.pk},
        "meeting_edit": {"team": team, "pk": records.the_meeting.pk},
        "meeting_delete": {"team": team, "pk": records.the_meeting.pk},
        "meeting_export": {"team": team},
        "entry_start": {"team": team},
        "entry": {"team": team, "run": uuid.uuid4()},
    }[name]
    return reverse(f"forms:{name}", kwargs=kwargs)


OK = "ok"  # 200, or a redirect to a result page (not to the sign-in page)


def expected_status(name, role):
    if role == "anonymous":
        return 302  # to the sign-in page
    if name in PERSONAL:
        # Everyone signed in has a home and a drafts list; a draft is only its owner's.
        return 404 if name == "draft_discard" and role != "expert" else OK
    if name in CODE_LISTS:
        return OK if role in {"coordinator", "admin"} else 403
    if name in TEAM_READ:
        return OK if role in READERS else 404
    if role in MEMBERS:
        return OK
    return 403 if role == "controller" else 404


def outcome(response):
    if response.status_code == 200:
        return OK
    if response.status_code == 302 and "/login/" not in response["Location"]:
        return OK
    return response.status_code


@pytest.mark.parametrize("role", ROLES)
def test_role_by_url_matrix(client, users, records, role):
    draft = Draft.objects.create(
        user=users["expert"], run_id=uuid.uuid4(), team=records.the_case.team, data={}
    )
    if role != "anonymous":
        client.force_login(users[role])
    failures = []
    for name in every_url_name():
        url = url_for(name, records, draft.run_id)
        method = client.post if name == "draft_discard" else client.get
        response = method(url)
        expected = expected_status(name, role)
        if outcome(response) != expected:
            failures.append((name, url, response.status_code, expected))
        if role == "anonymous":
            assert "/login/" in response["Location"], url
    assert not failures, failures


@pytest.mark.parametrize("role", ["other_expert", "coordinator", "controller"])
def test_nobody_else_can_change_a_teams_records(client, users, records, role):
    client.force_login(users[role])
    team = records.the_case.team.code
    response = client.post(
        reverse("forms:meeting_delete", kwargs={"team": team, "pk": records.the_meeting.pk})
    )
    assert response.status_code in (403, 404)
    assert records.the_meeting.__class__.objects.filter(pk=records.the_meeting.pk).exists()


def test_other_teams_records_do_not_leak_into_lists(client, users, records, tre):
    other_case = records.case(team=tre)
    records.meeting(records.notification(other_case))
    client.force_login(users["expert"])
    page = client.get(reverse("forms:case_list", kwargs={"team": "HEL"})).content.decode()
    assert records.the_case.case_code in page
    assert other_case.case_code not in page
    # Nor by asking for the other team's record under one's own team.
    response = client.get(
        reverse("forms:case_detail", kwargs={"team": "HEL", "case_code": other_case.case_code})
    )
    assert response.status_code == 404


def test_home_lists_only_the_users_teams(client, users, records):
    client.force_login(users["expert"])
    page = client.get(reverse("forms:home")).content.decode()
    assert reverse("forms:dashboard", kwargs={"team": "HEL"}) in page
    assert reverse("forms:dashboard", kwargs={"team": "TRE"}) not in page
    client.force_login(users["controller"])
    page = client.get(reverse("forms:home")).content.decode()
    assert reverse("forms:dashboard", kwargs={"team": "TRE"}) in page
    client.force_login(users["coordinator"])
    page = client.get(reverse("forms:home")).content.decode()
    assert reverse("forms:dashboard", kwargs={"team": "HEL"}) not in page


def test_coordinator_loses_case_level_access(client, users, records):
    client.force_login(users["coordinator"])
    team = records.the_case.team.code
    for name, kwargs in [
        ("case_list", {"team": team}),
        ("case_detail", {"team": team, "case_code": records.the_case.case_code}),
        ("meeting_detail", {"team": team, "pk": records.the_meeting.pk}),
    ]:
        assert client.get(reverse(f"forms:{name}", kwargs=kwargs)).status_code == 404


def test_every_record_level_read_by_the_data_controller_is_audited(client, users, records):
    from portal.models import AuditEntry

    client.force_login(users["controller"])
    team = records.the_case.team
    url = reverse(
        "forms:case_detail", kwargs={"team": team.code, "case_code": records.the_case.case_code}
    )
    assert client.get(url).status_code == 200
    entry = AuditEntry.objects.get(action="view")
    assert entry.user == users["controller"]
    assert entry.team == team
    assert entry.changes == {"path": url}
    client.get(reverse("forms:meeting_list", kwargs={"team": team.code}))
    assert AuditEntry.objects.filter(action="view", user=users["controller"]).count() == 2


def test_members_reads_are_not_audited_as_outside_reads(client, users, records):
    from portal.models import AuditEntry

    client.force_login(users["expert"])
    team = records.the_case.team.code
    assert client.get(reverse("forms:case_list", kwargs={"team": team})).status_code == 200
    assert not AuditEntry.objects.filter(action="view").exists()
