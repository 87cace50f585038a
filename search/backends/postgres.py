"""PostgreSQL: vectors and queries with each language's own text-search configuration."""

from types import SimpleNamespace

from django.contrib.postgres.search import SearchQuery
from django.db import connections
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.query import PlainText
from modelsearch.utils import get_descendants_content_types_pks

from search.backends.base import LanguageConfigsMixin, PageMatches
from search.documents import active_search_language, object_languages
from search.text import query_words, term_alternatives


class MultilingualPostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        languages = object_languages(objs)
        groups = {}
        for obj in objs:
            config = self.backend.config_for_language(languages.get(obj.pk))
            groups.setdefault(config, []).append(obj)
        backend = self.backend
        try:
            for config, group in groups.items():
                # PostgresIndex's ObjectIndexer reads the configuration from `self.backend`.
                self.backend = SimpleNamespace(
                    config=config, autocomplete_config=backend.autocomplete_config
                )
                super().add_items(model, group)
        finally:
            self.backend = backend


class MultilingualPostgresQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return backend.config_for_language(active_search_language())

    def build_tsquery_content(self, query, config=None, invert=False):
        if not isinstance(query, PlainText):
            return super().build_tsquery_content(query, config=config, invert=invert)
        language = active_search_language()
        lexemes = None
        for word in query_words(query.query_string):
            # The word itself (PostgreSQL stems it with `config`), or the alternatives' prefixes.
            term = Lexeme(word, invert=invert)
            for lexeme, is_prefix in term_alternatives(word, language):
                if is_prefix:
                    term = term | Lexeme(lexeme, prefix=True, invert=invert)
            if lexemes is None:
                lexemes = term
            elif query.operator.lower() == "or":
                lexemes = lexemes | term
            else:
                lexemes = lexemes & term
        if lexemes is None:
            return None
        return SearchQuery(lexemes, search_type="raw", config=config)


# One statement for the whole page search. The GIN index on (title || body) (migration 0001)
# finds the index entries of pages, each is ranked once (modelsearch's rank: weighted ts_rank
# of the title * title_norm + of the body), a hash join keeps those of the queryset's pages
# (language, live, public...), and the same matches give the best slice and the counts by
# content type. `entries` is materialised so that only page entries meet the integer cast.
PAGE_SEARCH_SQL = """
WITH entries AS MATERIALIZED (
    SELECT entry.object_id,
           ts_rank({weights}, entry.title, search.query) * entry.title_norm
           + ts_rank({weights}, entry.body, search.query) AS rank
    FROM (SELECT {tsquery} AS query) AS search, {index_table} AS entry
    WHERE entry.content_type_id = ANY(%s::integer[]) AND (entry.title || entry.body) @@ search.query
), matches AS MATERIALIZED (
    SELECT page.id, page.content_type_id, entries.rank
    FROM entries
    JOIN ({pages}) AS page (id, content_type_id) ON page.id = entries.object_id::{pk_type}
)
SELECT id, content_type_id, rank FROM (
    SELECT id, content_type_id, rank FROM matches WHERE {shown}
    ORDER BY rank DESC, id DESC LIMIT %s OFFSET %s
) AS best
UNION ALL
SELECT NULL, content_type_id, count(*) FROM matches GROUP BY content_type_id
"""


def search_pages_in_one_query(backend, query_string, pages, start, stop, content_types=None):
    compiler = backend.query_compiler_class(
        pages, PlainText(query_string, operator=backend.query_compiler_class.DEFAULT_OPERATOR)
    )
    tsquery = compiler.build_tsquery(compiler.query, config=compiler.get_config(backend))
    if tsquery is None:
        return PageMatches({}, [], start, stop)
    connection = connections[pages.db]
    page_query = pages.order_by().values_list("pk", "content_type_id").query
    sql_compiler = page_query.get_compiler(connection=connection)
    tsquery_sql, tsquery_params = sql_compiler.compile(tsquery.resolve_expression(page_query))
    pages_sql, pages_params = sql_compiler.as_sql()
    shown, shown_params = "TRUE", []
    if content_types is not None:
        shown = "content_type_id = ANY(%s::integer[])"
        shown = f"NOT ({shown})" if content_types.exclude else shown
        shown_params = [list(content_types.ids)]
    sql = PAGE_SEARCH_SQL.format(
        weights=f"'{compiler.sql_weights}'::float4[]",
        tsquery=tsquery_sql,
        index_table=connection.ops.quote_name(IndexEntry._meta.db_table),
        pages=pages_sql,
        pk_type=pages.model._meta.pk.rel_db_type(connection),
        shown=shown,
    )
    params = [
        *tsquery_params,
        get_descendants_content_types_pks(pages.model),
        *pages_params,
        *shown_params,
        max(stop - start, 0),
        start,
    ]
    counts, hits = {}, []
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for page_id, content_type_id, value in cursor.fetchall():
            if page_id is None:
                counts[content_type_id] = int(value)
            else:
                hits.append((value, page_id, content_type_id))
    # Best first, as in SQL (rank, then the newer page); UNION ALL does not promise an order.
    hits.sort(key=lambda hit: (-hit[0], -hit[1]))
    return PageMatches(counts, [(page_id, ct) for _rank, page_id, ct in hits], start, stop)


class MultilingualPostgresSearchBackend(LanguageConfigsMixin, PostgresSearchBackend):
    # Searches given columns (one per language) with the configuration of the query language.
    supports_language_fields = True
    query_compiler_class = MultilingualPostgresQueryCompiler
    autocomplete_query_compiler_class = PostgresAutocompleteQueryCompiler
    index_class = MultilingualPostgresIndex

    def __init__(self, params):
        super().__init__(params)
        # Objects without a language (e.g. teams with one column per language) use 'simple'.
        self.config = params.get("SEARCH_CONFIG") or "simple"
        self.init_language_configs(params)

    def search_pages(self, query_string, pages, start, stop, content_types=None):
        return search_pages_in_one_query(self, query_string, pages, start, stop, content_types)
