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

`search_pages()` is the page search the portal runs: facet counts and one slice of ranked hits.
PostgreSQL answers it in one query (backends/postgres.py); other databases with modelsearch's
results API.
"""

from dataclasses import dataclass

from django.db import connection
from django.db.models import Q
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


@dataclass(frozen=True)
class ContentTypeFilter:
    """The content types a result list shows: `ids`, or every other one when `exclude`."""

    ids: tuple
    exclude: bool = False

    def as_q(self):
        q = Q(content_type_id__in=self.ids)
        return ~q if self.exclude else q


@dataclass
class PageMatches:
    """Pages matching a query: how many of each content type, and one slice of the best."""

    counts: dict  # {content_type_id: number of matches}, whatever the filter
    hits: list  # [(page id, content_type_id)] from `start`, best first, filtered
    start: int
    stop: int

    def covers(self, start, stop):
        return self.start <= start and stop <= self.stop

    def slice(self, start, stop):
        return self.hits[start - self.start : stop - self.start]


def search_pages(backend, query, pages, start, stop, content_types=None):
    """Match `query` in the `pages` queryset: counts by content type, hits[start:stop] ranked.

    `content_types` (a ContentTypeFilter) narrows the hits, not the counts (facets show all).
    """
    if hasattr(backend, "search_pages"):
        return backend.search_pages(query, pages, start, stop, content_types)
    counts = dict(backend.search(query, pages).facet("content_type_id"))
    shown = pages if content_types is None else pages.filter(content_types.as_q())
    hits = []
    if stop > start:
        results = backend.search(query, shown)[start:stop]
        hits = [(page.pk, page.content_type_id) for page in results]
    return PageMatches(counts, hits, start, stop)


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
