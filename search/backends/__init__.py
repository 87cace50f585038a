"""Wagtail's database search, made language-aware.

Wagtail 8's database backends (modelsearch) take one text-search configuration for the whole
index (SEARCH_CONFIG) and keep one index table. Our pages are per-locale objects, so each
object is indexed with the configuration of its own language, and each query is built with the
configuration of the active language (the search only looks at the active locale's pages):

- PostgreSQL: tsvectors built with 'finnish' / 'swedish' / 'english' per page, tsqueries with
  the active language's configuration (SEARCH_CONFIGS option, defaults to search.text).
- SQLite (FTS5 has no stemming): title and body are stored as Snowball stems of the object's
  language and query words are stemmed the same way.

Both also apply search.text.term_alternatives (the Finnish stem-prefix rule), so a query
behaves the same on both databases. Autocomplete stays unstemmed (prefix match on titles).

Configure as WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "search.backends".
"""

from django.db import connection
from django.utils.translation import get_language
from wagtail.models import Locale

from search.text import SEARCH_CONFIGS

DEFAULT_LANGUAGE = "fi"


def active_search_language():
    language = (get_language() or DEFAULT_LANGUAGE).split("-")[0]
    return language if language in SEARCH_CONFIGS else DEFAULT_LANGUAGE


def object_languages(objs):
    """{pk: language code} for objects that belong to a locale (pages, translatable snippets)."""
    locale_ids = {getattr(obj, "locale_id", None) for obj in objs} - {None}
    if not locale_ids:
        return {}
    codes = dict(Locale.objects.filter(pk__in=locale_ids).values_list("pk", "language_code"))
    return {
        obj.pk: codes.get(obj.locale_id) for obj in objs if getattr(obj, "locale_id", None) in codes
    }


class LanguageConfigsMixin:
    def init_language_configs(self, params):
        self.search_configs = {**SEARCH_CONFIGS, **params.get("SEARCH_CONFIGS", {})}

    def config_for_language(self, language):
        return self.search_configs.get(language, self.config)


def SearchBackend(params):  # noqa: N802 - the name modelsearch looks up in a backend module
    """The multilingual backend for the default database (like modelsearch's database backend)."""
    # Each vendor's module is imported only on its database (modelsearch defines its models so).
    from modelsearch.backends.database import SearchBackend as database_backend

    if connection.vendor == "postgresql":
        from search.backends.postgres import MultilingualPostgresSearchBackend

        return MultilingualPostgresSearchBackend(params)
    backend = database_backend(params)
    if connection.vendor == "sqlite" and type(backend).__name__ == "SQLiteSearchBackend":
        from search.backends.sqlite import MultilingualSQLiteSearchBackend

        return MultilingualSQLiteSearchBackend(params)
    return backend  # Other databases, or SQLite without FTS5: modelsearch's own backend.
