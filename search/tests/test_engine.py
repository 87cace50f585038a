"""The search itself: one language at a time, inflected forms, facets, section numbers."""

import pytest

from search import engine
from search.tests.conftest import add_page


def titles(outcome):
    return [hit.title.replace("<mark>", "").replace("</mark>", "") for hit in outcome.hits]


@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("fi", "nuorten", "Nuori ja ankkuritiimi"),  # genitive plural finds the base form
        ("fi", "nuori", "Nuorten palvelut"),  # and the other way round
        ("sv", "ungdomarna", "Ungdom och ankarteam"),
        ("sv", "ungdom", "Ungdomarnas tjänster"),
        ("en", "meetings", "Services for the young"),  # body has "meeting"
        ("en", "meeting", "The young person and the team"),  # body has "Meetings"
    ],
)
def test_inflected_query_finds_other_forms(corpus, language, query, expected):
    assert expected in titles(engine.run_search(language, query))


@pytest.mark.parametrize(
    ("language", "query"),
    [("fi", "ungdom"), ("fi", "meetings"), ("sv", "nuorten"), ("sv", "meeting"), ("en", "nuori")],
)
def test_results_only_in_the_active_language(corpus, team, language, query):
    assert engine.run_search(language, query).count == 0


def test_each_language_finds_its_own_pages_and_team(corpus, team):
    outcome = engine.run_search("sv", "ankarteam")
    # The page, the Swedish home page (its text speaks of "ankarteamet"), then the team.
    assert titles(outcome) == ["Ungdom och ankarteam", "Ankarverksamhet", "Helsingfors ankarteam"]
    assert all(hit.url.startswith("/sv/") for hit in outcome.hits)
    assert [hit.url for hit in outcome.hits][-1] == "/sv/teams/helsinki/"
    # Team names are searched in the active language's column only.
    assert engine.run_search("fi", "Helsingfors").count == 0
    assert titles(engine.run_search("fi", "Helsingin")) == ["Helsingin ankkuritiimi"]


def test_facet_counts(corpus, team):
    outcome = engine.run_search("fi", "nuorten")
    counts = {facet.key: facet.count for facet in outcome.facets}
    # Home page, two content pages; one team.
    assert counts == {
        "handbook": 0,
        "news": 0,
        "training": 0,
        "teams": 1,
        "partners": 0,
        "pages": 3,
    }
    assert outcome.total == outcome.count == 4
    only_teams = engine.run_search("fi", "nuorten", facet="teams")
    assert only_teams.count == 1
    assert titles(only_teams) == ["Helsingin ankkuritiimi"]
    only_pages = engine.run_search("fi", "nuorten", facet="pages")
    assert only_pages.count == 3
    assert "Helsingin ankkuritiimi" not in titles(only_pages)
    assert engine.run_search("fi", "nuorten", facet="news").count == 0
    # An unknown facet is ignored rather than an error.
    assert engine.run_search("fi", "nuorten", facet="<script>").facet == ""


@pytest.mark.parametrize(
    ("language", "expected"),
    [("fi", "2.3.6 Tilastointi"), ("sv", "2.3.6 Statistik"), ("en", "2.3.6 Statistics")],
)
def test_section_number_finds_that_section_first(corpus, homes, language, expected):
    # Pages that mention the number elsewhere must not push the section down.
    add_page(homes[language], "Muu 1", "Katso 2.3.6 ja 2.3.6 ja 2.3.6", slug="other-1")
    outcome = engine.run_search(language, "2.3.6")
    assert titles(outcome)[0] == expected
    assert outcome.hits[0].section_match
    assert not any(hit.section_match for hit in outcome.hits[1:])
    assert titles(outcome).count(expected) == 1


def test_registry_skips_models_that_are_not_installed():
    from search import registry

    handbook = registry.get_facet("handbook")
    assert handbook.model_labels  # listed, though the handbook app has no pages in this branch
    assert all(model._meta.app_label == "handbook" for model in registry.installed_models(handbook))
    assert [model.__name__ for model in registry.installed_models(registry.get_facet("teams"))] == [
        "Team"
    ]
    assert ("teams", "Team") in [(f.key, m.__name__) for f, m in registry.directory_models()]


def test_snippet_marks_matches_and_escapes_html(homes):
    add_page(homes["en"], "Meeting <b>rules</b>", "<script>alert(1)</script> meetings & more")
    outcome = engine.run_search("en", "meeting")
    hit = outcome.hits[0]
    assert hit.title == "<mark>Meeting</mark> &lt;b&gt;rules&lt;/b&gt;"
    # Only our own <mark> tags are markup; everything typed by editors is text.
    for html in (hit.title, hit.snippet):
        assert "<" not in html.replace("<mark>", "").replace("</mark>", "")
    assert "<mark>meetings</mark> &amp; more" in hit.snippet


def test_pagination(homes):
    # "Workshop": a word the home pages do not use.
    for number in range(23):
        add_page(homes["en"], f"Workshop {number}", "A workshop.", slug=f"workshop-{number}")
    first = engine.run_search("en", "workshop", per_page=10)
    assert first.count == 23
    assert first.paginator.num_pages == 3
    assert len(first.hits) == 10
    last = engine.run_search("en", "workshop", page="3", per_page=10)
    assert len(last.hits) == 3
    seen = []
    for page in (1, 2, 3):
        seen += [hit.url for hit in engine.run_search("en", "workshop", page=page).hits]
    assert len(seen) == len(set(seen)) == 23
    # Junk page numbers fall back to a valid page, with its hits.
    assert engine.run_search("en", "workshop", page="abc").page.number == 1
    past_the_end = engine.run_search("en", "workshop", page="999")
    assert past_the_end.page.number == 3
    assert [hit.url for hit in past_the_end.hits] == [hit.url for hit in last.hits]


def test_pagination_within_a_facet_after_a_section(homes):
    add_page(homes["en"], "4.5.6 Workshop rules", "Rules.", slug="section")
    for number in range(12):
        # The words 4, 5 and 6 (PostgreSQL reads "4.5.6" in a text as one version number).
        add_page(homes["en"], f"Workshop {number}", "Steps 4, 5 and 6.", slug=f"step-{number}")
    first = engine.run_search("en", "4.5.6", facet="pages")
    assert first.count == 13
    assert first.hits[0].section_match
    assert len(first.hits) == 10
    second = engine.run_search("en", "4.5.6", facet="pages", page=2)
    assert [hit.section_match for hit in second.hits] == [False] * 3
    urls = [hit.url for hit in first.hits + second.hits]
    assert len(set(urls)) == 13
    assert engine.run_search("en", "4.5.6", facet="news").count == 0


def test_index_follows_publish_and_unpublish(homes):
    page = add_page(homes["sv"], "Ankarkaffe i Vasa", "Ankarkaffet ordnas varje månad.")
    assert titles(engine.run_search("sv", "ankarkaffe")) == ["Ankarkaffe i Vasa"]
    page.unpublish()
    assert engine.run_search("sv", "ankarkaffe").count == 0
    # An edited and republished page is found by its new words only.
    page.title = "Ankarkaffe i Jakobstad"
    page.save_revision().publish()
    assert titles(engine.run_search("sv", "jakobstad")) == ["Ankarkaffe i Jakobstad"]
    assert engine.run_search("sv", "vasa").count == 0


def test_private_pages_are_not_found(homes):
    from wagtail.models import PageViewRestriction

    private = add_page(homes["fi"], "Ankkurikahvit sisäisesti", "Ankkurikahvit", slug="private")
    add_page(private, "Ankkurikahvien muistio", "Ankkurikahvit", slug="notes")
    add_page(homes["fi"], "Ankkurikahvit kaikille", "Ankkurikahvit", slug="public")
    assert engine.run_search("fi", "ankkurikahvit").count == 3
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    outcome = engine.run_search("fi", "ankkurikahvit")
    assert titles(outcome) == ["Ankkurikahvit kaikille"]
    assert outcome.count == 1


def test_draft_is_not_found(homes):
    add_page(homes["fi"], "Luonnos ankkurikahveista", "Ankkurikahvit", live=False)
    assert engine.run_search("fi", "ankkurikahvit").count == 0


def test_autocomplete_titles_in_active_language(corpus, team):
    suggestions = engine.autocomplete("sv", "ungd")
    assert {s["title"] for s in suggestions} == {"Ungdom och ankarteam", "Ungdomarnas tjänster"}
    assert all(s["url"].startswith("/sv/") for s in suggestions)
    assert engine.autocomplete("fi", "ungd") == []
    assert engine.autocomplete("en", "helsinki")[0]["title"] == "Helsinki anchor team"
    assert engine.autocomplete("en", "") == []
