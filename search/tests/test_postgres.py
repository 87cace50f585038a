"""PostgreSQL: each language is indexed and queried with its own text-search configuration."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.models import ContentPage
from search import engine

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
