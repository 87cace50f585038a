"""Courses: pages in three languages, lesson completion, progress, API, query bounds."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from training.models import CoursePage, LessonCompletion


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def progress_text(response):
    return soup(response).select_one(".training-progress-text").get_text(" ", strip=True)


@pytest.mark.parametrize(
    "url",
    [
        "/fi/koulutus/",
        "/sv/utbildning/",
        "/en/training/",
        "/fi/koulutus/lainsaadanto-ja-tietojenvaihto/",
        "/sv/utbildning/lagstiftning-och-informationsutbyte/",
        "/en/training/legislation-and-information-exchange/",
        "/en/training/preventing-violent-radicalisation/",
        "/sv/utbildning/att-leda-ett-multiprofessionellt-team/",
        "/fi/koulutus/moniammatillinen-yhteistyo/",
    ],
)
def test_course_pages_in_three_languages(client, training_demo, url):
    response = client.get(url)
    assert response.status_code == 200
    assert soup(response).h1.get_text(strip=True)


def test_demo_has_the_four_handbook_courses_in_every_language(training_demo):
    for code in ("fi", "sv", "en"):
        assert CoursePage.objects.filter(locale__language_code=code).live().count() == 4
    english = set(
        CoursePage.objects.filter(locale__language_code="en").values_list("title", flat=True)
    )
    assert english == {
        "Legislation and information exchange",
        "Multi-professional cooperation",
        "Leading a multi-professional team",
        "Preventing violent radicalisation",
    }


def test_course_page_shows_audience_time_modules_and_material(client, training_demo):
    response = client.get("/en/training/leading-a-multi-professional-team/")
    page = soup(response)
    text = page.get_text(" ", strip=True)
    assert "Team leaders, managers and members of steering groups." in text
    assert "1 h 15 min" in text
    assert len(page.select("article.lesson")) == 3
    assert page.select_one("article.lesson a[download]")  # appendix 4 checklist
    assert "Sign in to mark lessons done" in text
    assert not page.select("form.lesson-form")


def test_marking_lessons_done_updates_progress(login, law_course):
    client = login("hel.asiantuntija")
    url = "/en/training/legislation-and-information-exchange/"
    assert "0 of 3 done (0 %)" in progress_text(client.get(url))
    lesson_ids = law_course.lesson_ids()

    response = client.post(
        f"/en/training/courses/{law_course.pk}/lessons/done/",
        {"lesson": lesson_ids[1], "done": "1"},
    )
    assert response.status_code == 302
    assert response["Location"].endswith(f"#lesson-{lesson_ids[1]}")
    assert "1 of 3 done (33 %)" in progress_text(client.get(url))

    # Marking twice does not count twice.
    client.post(
        f"/en/training/courses/{law_course.pk}/lessons/done/",
        {"lesson": lesson_ids[1], "done": "1"},
    )
    assert LessonCompletion.objects.filter(user__username="hel.asiantuntija").count() == 1

    # The same progress shows in the Swedish version of the course.
    sv = client.get("/sv/utbildning/lagstiftning-och-informationsutbyte/")
    assert soup(sv).select_one("progress")["value"] == "33"

    client.post(
        f"/en/training/courses/{law_course.pk}/lessons/done/",
        {"lesson": lesson_ids[1], "done": "0"},
    )
    assert soup(client.get(url)).select_one("progress")["value"] == "0"


def test_lesson_completion_through_a_translation_counts_for_the_course(login, law_course):
    client = login("hel.asiantuntija")
    sv_course = law_course.get_translation(
        law_course.get_translations().filter(locale__language_code="sv").first().locale
    )
    for lesson_id in sv_course.specific.lesson_ids():
        client.post(
            f"/sv/training/courses/{sv_course.pk}/lessons/done/",
            {"lesson": lesson_id, "done": "1"},
        )
    response = client.get("/fi/koulutus/lainsaadanto-ja-tietojenvaihto/")
    assert soup(response).select_one("progress")["value"] == "100"


def test_unknown_lesson_and_wrong_methods_are_refused(login, law_course):
    client = login("hel.asiantuntija")
    url = f"/fi/training/courses/{law_course.pk}/lessons/done/"
    assert client.post(url, {"lesson": "not-a-lesson", "done": "1"}).status_code == 404
    assert client.post(url, {}).status_code == 404
    assert client.get(url).status_code == 405
    assert client.post("/fi/training/courses/999999/lessons/done/", {}).status_code == 404
    assert not LessonCompletion.objects.filter(user__username="hel.asiantuntija").exists()


def test_lesson_completion_needs_sign_in_and_csrf(client, users, law_course):
    url = f"/fi/training/courses/{law_course.pk}/lessons/done/"
    lesson = law_course.lesson_ids()[0]
    response = client.post(url, {"lesson": lesson, "done": "1"})
    assert response.status_code == 302 and "/login/" in response["Location"]
    strict = Client(enforce_csrf_checks=True, SERVER_NAME="localhost")
    strict.force_login(users["hel.asiantuntija"])
    assert strict.post(url, {"lesson": lesson, "done": "1"}).status_code == 403
    assert not LessonCompletion.objects.filter(user__username="hel.asiantuntija").exists()


def test_course_index_shows_courses_events_and_progress(login, law_course):
    client = login("uusi.asiantuntija")  # the demo gave them one lesson done
    response = client.get("/fi/koulutus/")
    page = soup(response)
    assert len(page.select(".card-list h3 a")) == 6  # four courses, two events
    values = [bar["value"] for bar in page.select("progress")]
    assert values.count("33") == 1 and values.count("0") == 3


def test_api_exposes_course_fields(client, training_demo):
    response = client.get(
        "/api/v2/pages/?type=training.CoursePage&fields=description,audience,"
        "estimated_minutes,modules&locale=en"
    )
    assert response.status_code == 200
    items = response.json()["items"]
    assert len(items) == 4
    first = items[0]
    assert first["estimated_minutes"] > 0
    assert first["modules"][0]["value"]["lessons"][0]["value"]["title"]


def add_modules(course, copies):
    """Repeat the course's modules, giving each copy new block ids."""
    raw = list(course.modules.raw_data)
    extra = []
    for _ in range(copies):
        for module in raw:
            value = dict(module["value"])
            value["lessons"] = [{**lesson, "id": None} for lesson in value["lessons"]]
            extra.append({"type": "module", "value": value})
    course.modules = raw + extra
    course.save_revision().publish()


def test_course_page_query_count_does_not_grow_with_lessons(
    login, django_assert_max_num_queries, training_demo
):
    course = CoursePage.objects.get(slug="moniammatillisen-tiimin-johtaminen")
    client = login("hel.asiantuntija")
    url = course.get_url()
    with django_assert_max_num_queries(30) as small:
        assert client.get(url).status_code == 200
    add_modules(course, 6)  # 3 lessons -> 21 lessons, with documents
    with django_assert_max_num_queries(30) as large:
        response = client.get(url)
    assert len(soup(response).select("article.lesson")) == 21
    assert len(large.captured_queries) <= len(small.captured_queries) + 2


def test_course_index_query_count_is_bounded(login, training_demo, django_assert_max_num_queries):
    client = login("hel.asiantuntija")
    with django_assert_max_num_queries(25):
        assert client.get("/en/training/").status_code == 200
