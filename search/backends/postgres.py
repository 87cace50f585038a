"""PostgreSQL: vectors and queries with each language's own text-search configuration."""

from types import SimpleNamespace

from django.contrib.postgres.search import SearchQuery
from modelsearch.backends.database.postgres.postgres import (
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.query import PlainText

from search.backends import LanguageConfigsMixin, active_search_language, object_languages
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
