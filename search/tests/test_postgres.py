"""PostgreSQL: each language is indexed and queried with its own text-search configuration."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from portal.models import ContentPage
from search import engine
from search.backends.base import ContentTypeFilter, search_pages
from search.tests.conftest import add_page, locale

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="PostgreSQL text-search configurations; run with DATABASE_URL=postgres://...",
)

CONFIGS = {"fi": "finnish", "sv": "swedish", "en": "english"}


def stored_vectors(page):
    content_type = ContentType.objects.get_for_model(ContentPage)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT title::text, body::text FROM wagtailsearch_indexentry "
            "WHERE content_type_id = %s AND object_id = %s",
            [content_type.pk, str(page.pk)],
        )
        return cursor.fetchone()


def test_backend_is_the_multilingual_postgres_backend():
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    assert type(backend).__name__ == "MultilingualPostgresSearchBackend"
    assert backend.search_configs == CONFIGS


@pytest.mark.parametrize(
    ("language", "index", "lexeme", "unstemmed"),
    [
        ("fi", 1, "'nuort'", "'nuorten'"),  # "Nuorten palvelut"
        ("sv", 1, "'ungdom'", "'ungdomarnas'"),  # "Ungdomarnas tjänster"
        ("en", 1, "'servic'", "'services'"),  # "Services for the young"
    ],
)
def test_pages_are_indexed_with_their_languages_config(corpus, language, index, lexeme, unstemmed):
    title, _body = stored_vectors(corpus[language][index])
    assert lexeme in title
    assert unstemmed not in title  # 'simple' would keep the word as it is


@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("fi", "nuorten", "Nuori ja ankkuritiimi"),
        ("sv", "ungdomarna", "Ungdom och ankarteam"),
        ("en", "meetings", "Services for the young"),
    ],
)
def test_queries_use_the_active_languages_config(corpus, team, language, query, expected):
    with CaptureQueriesContext(connection) as captured:
        outcome = engine.run_search(language, query)
    assert expected in [
        hit.title.replace("<mark>", "").replace("</mark>", "") for hit in outcome.hits
    ]
    search_sql = [q["sql"] for q in captured.captured_queries if "tsquery" in q["sql"]]
    assert search_sql, "no full-text query was run"
    for sql in search_sql:
        assert f"'{CONFIGS[language]}'" in sql
        assert "'simple'" not in sql
        for other in set(CONFIGS.values()) - {CONFIGS[language]}:
            assert f"'{other}'" not in sql


@pytest.fixture
def finnish_pages(homes):
    """Pages matching in the title, the body or both, more or less often, and a draft."""
    texts = [
        ("Nuori", "Nuoret ja nuorten palvelut, nuorille."),
        ("Nuorten poliisi", "Poliisi tapaa nuoren."),
        ("Poliisi", "Nuorten asiat."),
        ("Tapaaminen", "Nuori, poliisi ja huoltaja tapaavat."),
        ("Muuta", "Ei osumia tässä."),
    ]
    for number in range(24):
        title, body = texts[number % len(texts)]
        add_page(homes["fi"], f"{title} {number}", body * (1 + number % 3), slug=f"p-{number}")
    add_page(homes["fi"], "Nuorten luonnos", "Nuorten poliisi", slug="draft", live=False)


@pytest.mark.parametrize("query", ["nuorten", "nuori poliisi", "tapaamiset", "huoltaja"])
def test_one_query_ranks_and_counts_as_wagtails_search(finnish_pages, query):
    backend = get_search_backend()
    pages = Page.objects.live().public().filter(locale=locale("fi"), depth__gt=1)
    with translation.override("fi"):
        expected = [(page.pk, page.content_type_id) for page in backend.search(query, pages)]
        expected_counts = backend.search(query, pages).facet("content_type_id")
        assert expected
        for start, stop in [(0, 10), (3, 7), (10, 20), (0, 100), (5, 5)]:
            with CaptureQueriesContext(connection) as captured:
                matches = search_pages(backend, query, pages, start, stop)
            assert len(captured) == 1
            assert matches.hits == expected[start:stop]
            assert matches.counts == expected_counts
        content_pages = ContentTypeFilter((ContentType.objects.get_for_model(ContentPage).pk,))
        only_content = search_pages(backend, query, pages, 0, 100, content_pages)
        assert only_content.hits == [hit for hit in expected if hit[1] in content_pages.ids]
        other_pages = ContentTypeFilter(content_pages.ids, exclude=True)
        others = search_pages(backend, query, pages, 0, 100, other_pages)
        assert others.hits == [hit for hit in expected if hit[1] not in content_pages.ids]
        assert others.counts == only_content.counts == expected_counts


def test_search_runs_one_full_text_query_for_pages(finnish_pages, team):
    with CaptureQueriesContext(connection) as captured:
        outcome = engine.run_search("fi", "nuorten", facet="pages", page=2)
        assert len(outcome.hits) == 10
    full_text = [q["sql"] for q in captured.captured_queries if "tsquery" in q["sql"]]
    # The pages (counts and the shown page at once), then the directories: teams, partners.
    assert len(full_text) == 3
    assert "wagtailcore_page" in full_text[0]
    assert "portal_team" in full_text[1] and "portal_partner" in full_text[2]
