"""Onboarding plans: the coordinator's template, plan creation by a team leader in each
language, ticking items, progress and overdue on the pages, my onboarding, query bounds."""

from datetime import date, timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission
from django.utils import timezone

from portal.models import Team
from training.factories import OnboardingPlanFactory, TeamMembershipFactory
from training.models import (
    OnboardingPlan,
    OnboardingTemplate,
    OnboardingTemplateItem,
    OnboardingTopic,
)


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def text_of(response):
    return soup(response).get_text(" ", strip=True)


# The template


def test_demo_template_has_every_topic_of_appendix_4(training_demo):
    template = OnboardingTemplate.objects.get()
    titles = list(template.topics.order_by("sort_order").values_list("title_en", flat=True))
    assert titles == [
        "Anchor work",
        "Organisation, steering and management of anchor work",
        "Multi-professional cooperation in anchor work",
        "Implementation of anchor work",
        "Working practices",
        "Legislation and guidance",
    ]
    items = OnboardingTemplateItem.objects.filter(topic__template=template)
    assert items.count() == 17
    for item in items:
        assert item.text_fi and item.text_sv and item.text_en
    assert items.filter(text_sv="Användarrättigheter till och användning av informationssystem")


@pytest.mark.parametrize(
    ("username", "allowed"),
    [
        ("koordinaattori", True),
        ("admin", True),
        ("hel.tiiminvetaja", False),
        ("rekisterinpitaja", False),
    ],
)
def test_only_the_coordinator_edits_the_template(login, users, username, allowed):
    template = OnboardingTemplate.objects.get()
    topic = OnboardingTopic.objects.first()
    user = users[username]
    if not allowed:
        # Even admin access and Django permissions on the models do not open the template.
        user.is_staff = True
        user.save()
        user.user_permissions.add(
            Permission.objects.get(codename="access_admin"),
            *Permission.objects.filter(
                content_type__app_label="training",
                codename__in=["change_onboardingtopic", "change_onboardingtemplate"],
            ),
        )
    client = login(username)
    edit_topic = client.get(f"/admin/snippets/training/onboardingtopic/edit/{topic.pk}/")
    response = client.post(
        f"/admin/snippets/training/onboardingtemplate/edit/{template.pk}/",
        {
            "name_fi": "Uusi nimi",
            "name_sv": "Nytt namn",
            "name_en": "New name",
            "is_active": "on",
        },
    )
    template.refresh_from_db()
    if allowed:
        assert edit_topic.status_code == 200
        assert response.status_code == 302
        assert template.name_en == "New name"
    else:
        assert edit_topic.status_code in (302, 403)
        assert response.status_code in (302, 403)
        assert template.name_en != "New name"


def test_national_coordinator_group_has_admin_access(users):
    assert users["koordinaattori"].has_perm("wagtailadmin.access_admin")


# Creating a plan


def add_member(users, username, team_code="HEL"):
    return TeamMembershipFactory(
        user__username=username,
        user__last_name="Uusi",
        team=Team.objects.get(code=team_code),
    ).user


@pytest.mark.parametrize(
    ("language", "heading", "start"),
    [
        ("fi", "Uusi perehdytyssuunnitelma", "1.9.2025"),
        ("sv", "Ny introduktionsplan", "1.9.2025"),
        ("en", "New onboarding plan", "1.9.2025"),
    ],
)
def test_team_leader_creates_a_plan_in_each_language(login, users, language, heading, start):
    newcomer = add_member(users, "nea.uusi")
    client = login("hel.tiiminvetaja")
    url = f"/{language}/training/plans/new/HEL/"
    response = client.get(url)
    assert response.status_code == 200
    assert soup(response).h1.get_text(strip=True) == heading
    response = client.post(
        url,
        {
            "expert": newcomer.pk,
            "start_date": start,
            "prior_training": "Sairaanhoitaja (AMK)",
            "manager": "Liisa Lähiesihenkilö",
            "responsible_person": users["hel.asiantuntija"].pk,
            "template": OnboardingTemplate.objects.get().pk,
        },
    )
    plan = OnboardingPlan.objects.get(expert=newcomer)
    assert response.status_code == 302
    assert response["Location"] == f"/{language}/training/plans/{plan.pk}/edit/"
    assert plan.team.code == "HEL"
    assert plan.start_date == date(2025, 9, 1)
    assert plan.created_by == users["hel.tiiminvetaja"]
    items = list(plan.items.all())
    assert len(items) == 17
    # Dates from the template's schedule, people from its roles.
    by_text = {item.text_en: item for item in items}
    supervision = by_text["Supervision and further training"]
    assert supervision.due_date == date(2025, 10, 1)
    assert supervision.responsible == "Liisa Lähiesihenkilö"  # line manager
    assert by_text["Process"].responsible  # mentor role: the role's name
    assert by_text["Own role and tasks in the team and in the work"].responsible == (
        "hel.tiiminvetaja"
    )
    assert by_text["National, regional and local level"].responsible == "hel.esihenkilo"
    assert by_text["Key legislation and guiding documents"].responsible == "hel.asiantuntija"
    # The plan shows in the same language.
    detail = client.get(f"/{language}/training/plans/{plan.pk}/")
    assert supervision.localized("text", language) in text_of(detail)


def test_plan_form_errors_keep_input(login, users):
    newcomer = add_member(users, "nea.uusi")
    client = login("hel.tiiminvetaja")
    response = client.post(
        "/fi/training/plans/new/HEL/",
        {
            "expert": newcomer.pk,
            "start_date": "31.2.2025",
            "manager": "Liisa",
            "template": OnboardingTemplate.objects.get().pk,
        },
    )
    assert response.status_code == 400
    page = soup(response)
    date_input = page.select_one("#id_start_date")
    assert date_input["value"] == "31.2.2025"
    assert "id_start_date-error" in date_input["aria-describedby"]
    assert page.select_one("#id_manager")["value"] == "Liisa"
    assert not OnboardingPlan.objects.filter(expert=newcomer).exists()


def test_plan_only_for_members_and_only_once(login, users):
    client = login("hel.tiiminvetaja")
    outsider = users["tre.asiantuntija"]
    response = client.post(
        "/en/training/plans/new/HEL/",
        {"expert": outsider.pk, "start_date": "1.9.2025", "template": 1},
    )
    assert response.status_code == 400
    assert not OnboardingPlan.objects.filter(expert=outsider).exists()
    response = client.post(
        "/en/training/plans/new/HEL/",
        {
            "expert": users["uusi.asiantuntija"].pk,
            "start_date": "1.9.2025",
            "template": OnboardingTemplate.objects.get().pk,
        },
    )
    assert response.status_code == 400
    assert "already has an onboarding plan" in text_of(response)


def test_leader_changes_dates_and_people(login, demo_plan):
    client = login("hel.tiiminvetaja")
    url = f"/fi/training/plans/{demo_plan.pk}/edit/"
    page = soup(client.get(url))
    data = {
        field["name"]: field.get("value", "")
        for field in page.select("form input")
        if field.get("name")
    }
    for textarea in page.select("form textarea"):
        data[textarea["name"]] = textarea.get_text()
    for select in page.select("form select"):
        chosen = select.select_one("option[selected]")
        data[select["name"]] = chosen["value"] if chosen else ""
    first = demo_plan.items.order_by("topic_order", "sort_order", "pk").first()
    data["items-0-due_date"] = "24.12.2030"
    data["items-0-responsible"] = "Mentori Maija"
    data["plan-manager"] = "Uusi esihenkilö"
    response = client.post(url, data)
    assert response.status_code == 302, soup(response).select(".errorlist")
    first.refresh_from_db()
    demo_plan.refresh_from_db()
    assert first.due_date == date(2030, 12, 24)
    assert first.responsible == "Mentori Maija"
    assert demo_plan.manager == "Uusi esihenkilö"

    data["items-0-due_date"] = "yesterday"
    response = client.post(url, data)
    assert response.status_code == 400
    assert soup(response).select_one("#id_items-0-due_date")["value"] == "yesterday"


# Following the plan


def test_demo_plan_progress_and_one_overdue_item(login, demo_plan):
    client = login("uusi.asiantuntija")
    response = client.get(f"/en/training/plans/{demo_plan.pk}/")
    page = soup(response)
    bar = page.select_one(".training-progress progress")
    assert bar["value"] == "58" and bar["max"] == "100"
    assert "10 of 17 done (58 %)" in text_of(response)
    overdue_rows = page.select("tr.overdue")
    assert len(overdue_rows) == 1
    assert "Overdue" in overdue_rows[0].get_text()  # in words, not colour alone
    assert page.select_one('link[href$="training/css/training.css"]')


def test_expert_ticks_items_done_and_undone(login, demo_plan):
    client = login("uusi.asiantuntija")
    today = timezone.localdate()
    overdue = demo_plan.items.get(done_at__isnull=True, due_date__lt=today)
    url = f"/fi/training/plans/{demo_plan.pk}/items/{overdue.pk}/done/"
    response = client.post(url, {"done": "1", "next": f"/fi/training/plans/{demo_plan.pk}/"})
    assert response.status_code == 302
    assert response["Location"].endswith(f"#item-{overdue.pk}")
    overdue.refresh_from_db()
    assert overdue.is_done and overdue.done_by.username == "uusi.asiantuntija"
    page = soup(client.get(f"/fi/training/plans/{demo_plan.pk}/"))
    assert not page.select("tr.overdue")
    assert page.select_one(".training-progress progress")["value"] == "64"  # 11 of 17

    client.post(url, {"done": "0", "next": "https://evil.example/"})
    overdue.refresh_from_db()
    assert not overdue.is_done


def test_team_leader_ticks_but_other_members_only_read(login, demo_plan):
    item = demo_plan.items.filter(done_at__isnull=True).first()
    url = f"/fi/training/plans/{demo_plan.pk}/items/{item.pk}/done/"
    reader = login("hel.asiantuntija")
    assert reader.get(f"/fi/training/plans/{demo_plan.pk}/").status_code == 200
    assert reader.post(url, {"done": "1"}).status_code == 403
    leader = login("hel.tiiminvetaja")
    assert leader.post(url, {"done": "1"}).status_code == 302
    item.refresh_from_db()
    assert item.is_done


def test_item_of_another_plan_is_not_found(login, demo_plan, users):
    other = OnboardingPlanFactory(
        team=demo_plan.team,
        template=OnboardingTemplate.objects.get(),
        created_by=users["hel.tiiminvetaja"],
    )
    item = other.items.first()
    client = login("uusi.asiantuntija")
    url = f"/fi/training/plans/{demo_plan.pk}/items/{item.pk}/done/"
    assert client.post(url, {"done": "1"}).status_code == 404


def test_my_onboarding_shows_plan_and_course_progress(login, demo_plan):
    client = login("uusi.asiantuntija")
    response = client.get("/sv/training/my-onboarding/")
    page = soup(response)
    assert page.h1.get_text(strip=True) == "Min introduktion"
    bars = page.select("progress")
    assert bars[0]["value"] == "58"
    assert sorted(bar["value"] for bar in bars[1:]) == ["0", "0", "0", "33"]
    assert page.select_one(f'a[href="/sv/training/plans/{demo_plan.pk}/"]')


def test_team_leader_sees_the_teams_plans(login, demo_plan):
    client = login("hel.tiiminvetaja")
    page = soup(client.get("/fi/training/my-onboarding/"))
    assert page.select_one(f'a[href="/fi/training/plans/{demo_plan.pk}/"]')
    page = soup(client.get("/fi/training/plans/"))
    assert page.select_one(f'a[href="/fi/training/plans/{demo_plan.pk}/"]')
    assert page.select_one('a[href="/fi/training/plans/new/HEL/"]')
    other = soup(login("tre.tiiminvetaja").get("/fi/training/plans/"))
    assert not other.select_one(f'a[href="/fi/training/plans/{demo_plan.pk}/"]')
    assert other.select_one('a[href="/fi/training/plans/new/TRE/"]')


def test_overdue_is_computed_from_today(login, demo_plan):
    # Move the plan a year back: every undone item is now overdue.
    for item in demo_plan.items.all():
        item.due_date = item.due_date - timedelta(days=365)
        item.save()
    undone = demo_plan.items.filter(done_at__isnull=True).count()
    page = soup(login("uusi.asiantuntija").get(f"/fi/training/plans/{demo_plan.pk}/"))
    assert len(page.select("tr.overdue")) == undone
    assert timezone.localdate()  # today is what the page compares with


def test_plan_pages_query_counts_are_bounded(
    login, demo_plan, users, django_assert_max_num_queries
):
    OnboardingPlanFactory.create_batch(
        5,
        team=demo_plan.team,
        template=OnboardingTemplate.objects.get(),
        created_by=users["hel.tiiminvetaja"],
    )
    client = login("hel.tiiminvetaja")
    with django_assert_max_num_queries(20):
        assert client.get(f"/fi/training/plans/{demo_plan.pk}/").status_code == 200
    with django_assert_max_num_queries(20):
        assert client.get("/fi/training/plans/").status_code == 200
    with django_assert_max_num_queries(25):
        assert client.get("/fi/training/my-onboarding/").status_code == 200
    with django_assert_max_num_queries(25):
        assert client.get(f"/fi/training/plans/{demo_plan.pk}/edit/").status_code == 200
