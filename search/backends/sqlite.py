"""SQLite (FTS5, no stemming): Snowball stems stored in the index and used in queries."""

from modelsearch.backends.database.sqlite.query import Lexeme, SearchQueryExpression
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteAutocompleteQueryCompiler,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import PlainText
from modelsearch.utils import get_content_type_pk

from search.documents import DEFAULT_LANGUAGE, active_search_language, object_languages
from search.text import query_words, stem_text, term_alternatives


class StemmedFTSExpression(Lexeme):
    """A ready FTS5 expression built from \\w+ words only, so nothing needs escaping."""

    def as_sql(self, compiler, connection):
        return "%s", [self.value]


def fts_expression(words, language, operator="and"):
    terms = []
    for word in words:
        alternatives = [
            f'"{lexeme}"*' if is_prefix else f'"{lexeme}"'
            for lexeme, is_prefix in term_alternatives(word, language)
        ]
        terms.append("(" + " OR ".join(alternatives) + ")")
    return f" {operator.upper()} ".join(terms)


class MultilingualSQLiteIndex(SQLiteIndex):
    def add_items(self, model, objs):
        super().add_items(model, objs)
        if not model.get_search_fields():
            return
        # Replace the stored title and body by the stems of the object's language.
        languages = object_languages(objs)
        entries = list(
            self.entries.filter(
                content_type_id=get_content_type_pk(model),
                object_id__in=[str(obj.pk) for obj in objs],
            ).only("pk", "object_id", "title", "body")
        )
        pk_type = type(objs[0].pk) if objs else str
        for entry in entries:
            language = languages.get(pk_type(entry.object_id)) or DEFAULT_LANGUAGE
            entry.title = stem_text(entry.title, language)
            entry.body = stem_text(entry.body, language)
        self.entries.bulk_update(entries, ["title", "body"])


class MultilingualSQLiteQueryCompiler(SQLiteSearchQueryCompiler):
    def get_config(self, backend):
        return active_search_language()

    def build_search_query_content(self, query, config=None):
        if not isinstance(query, PlainText):
            return super().build_search_query_content(query, config=config)
        words = query_words(query.query_string)
        if not words:
            return None
        expression = fts_expression(words, config or DEFAULT_LANGUAGE, query.operator)
        return SearchQueryExpression(StemmedFTSExpression(expression))


class MultilingualSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = MultilingualSQLiteQueryCompiler
    autocomplete_query_compiler_class = SQLiteAutocompleteQueryCompiler
    index_class = MultilingualSQLiteIndex
