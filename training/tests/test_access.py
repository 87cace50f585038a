"""Who gets what at every training URL: only the team's own people see a plan."""

import pytest

from training.models import EventPage

PEOPLE = [
    None,  # anonymous
    "tre.asiantuntija",  # a member of another team
    "uusi.asiantuntija",  # the new expert of the plan
    "hel.asiantuntija",  # another member of the plan's team
    "hel.tiiminvetaja",  # the team's leader
    "tre.tiiminvetaja",  # another team's leader
    "koordinaattori",  # national coordinator
    "admin",  # superuser
]
LOGIN = 302
OK = 200
REDIRECT = 302

# url name -> expected status per person, in the order of PEOPLE
MATRIX = {
    "my_onboarding": [LOGIN, OK, OK, OK, OK, OK, OK, OK],
    "plan_list": [LOGIN, OK, OK, OK, OK, OK, 403, 403],
    "plan_create": [LOGIN, 403, 403, 403, OK, 403, 403, 403],
    "plan_detail": [LOGIN, 404, OK, OK, OK, 404, 404, 404],
    "plan_edit": [LOGIN, 404, 403, 403, OK, 404, 404, 404],
    "plan_item_toggle": [LOGIN, 404, REDIRECT, 403, REDIRECT, 404, 404, 404],
    "event_participants": [LOGIN, 403, 403, 403, 403, 403, OK, OK],
    "event_export": [LOGIN, 403, 403, 403, 403, 403, OK, OK],
    "lesson_complete": [
        LOGIN,
        REDIRECT,
        REDIRECT,
        REDIRECT,
        REDIRECT,
        REDIRECT,
        REDIRECT,
        REDIRECT,
    ],
}


def request_for(name, plan, law_course):
    event = EventPage.objects.filter(locale__language_code="fi").first()
    item = plan.items.first()
    return {
        "my_onboarding": ("get", "/fi/training/my-onboarding/", {}),
        "plan_list": ("get", "/fi/training/plans/", {}),
        "plan_create": ("get", "/fi/training/plans/new/HEL/", {}),
        "plan_detail": ("get", f"/fi/training/plans/{plan.pk}/", {}),
        "plan_edit": ("get", f"/fi/training/plans/{plan.pk}/edit/", {}),
        "plan_item_toggle": (
            "post",
            f"/fi/training/plans/{plan.pk}/items/{item.pk}/done/",
            {"done": "1"},
        ),
        "event_participants": ("get", f"/fi/training/events/{event.pk}/participants/", {}),
        "event_export": ("get", f"/fi/training/events/{event.pk}/participants.xlsx", {}),
        "lesson_complete": (
            "post",
            f"/fi/training/courses/{law_course.pk}/lessons/done/",
            {"lesson": law_course.lesson_ids()[0], "done": "1"},
        ),
    }[name]


def test_matrix_covers_every_training_url():
    from training import urls

    assert {pattern.name for pattern in urls.urlpatterns} == set(MATRIX)


@pytest.mark.parametrize("name", sorted(MATRIX))
@pytest.mark.parametrize("person", range(len(PEOPLE)), ids=lambda i: PEOPLE[i] or "anonymous")
def test_access(login, demo_plan, law_course, name, person):
    username = PEOPLE[person]
    client = login(username)
    method, url, data = request_for(name, demo_plan, law_course)
    response = getattr(client, method)(url, data)
    expected = MATRIX[name][person]
    assert response.status_code == expected, (name, username)
    if username is None:
        assert "/login/" in response["Location"]


def test_plan_of_another_team_is_hidden_in_every_language(login, demo_plan):
    client = login("tre.tiiminvetaja")
    for language in ("fi", "sv", "en"):
        assert client.get(f"/{language}/training/plans/{demo_plan.pk}/").status_code == 404


def test_expert_who_left_the_team_loses_access(login, demo_plan):
    demo_plan.team.memberships.filter(user=demo_plan.expert).delete()
    client = login("uusi.asiantuntija")
    assert client.get(f"/fi/training/plans/{demo_plan.pk}/").status_code == 404
