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
results API (backends/base.py). The language helpers both backends share are in
search/documents.py, below both.
"""

from django.db import connection


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
