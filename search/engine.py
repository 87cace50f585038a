"""The portal search over Wagtail's database backend: one language, facets, section numbers.

`run_search()` and `autocomplete()` are what the views call; they pick the Elasticsearch
content index instead when settings.SEARCH_BACKEND is "elasticsearch".
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from django.utils import translation
from django.utils.html import strip_tags
from modelsearch.index import SearchField
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from search import registry
from search.results import (
    PER_PAGE,
    CombinedResults,
    SearchOutcome,
    Source,
    facet_counts,
    make_hit,
)
from search.text import clean_query, query_words, section_number, term_alternatives

AUTOCOMPLETE_LIMIT = 8


def use_elasticsearch():
    return getattr(settings, "SEARCH_BACKEND", "database") == "elasticsearch"


def run_search(language, raw_query, facet="", page=1, request=None, per_page=PER_PAGE):
    query = clean_query(raw_query)
    facet = facet if registry.get_facet(facet) else ""
    if not query_words(query):
        return SearchOutcome(query, language, facet, facet_counts({}, facet), None, page, per_page)
    if use_elasticsearch():
        from search import elastic

        return elastic.run_search(language, query, facet, page, per_page)
    with translation.override(language):
        return DatabaseSearch(language, query, request).run(facet, page, per_page)


def autocomplete(language, raw_query, request=None, limit=AUTOCOMPLETE_LIMIT):
    query = clean_query(raw_query)
    words = query_words(query)
    if not words:
        return []
    if use_elasticsearch():
        from search import elastic

        return elastic.autocomplete(language, query, limit)
    with translation.override(language):
        return DatabaseSearch(language, " ".join(words), request).autocomplete(limit)


def searchable_text(obj, skip=("title",)):
    """The plain text of an object's search fields (for snippets), title excluded."""
    parts = []
    for search_field in obj.get_search_fields():
        if isinstance(search_field, SearchField) and search_field.field_name not in skip:
            parts.append(_flatten(search_field.get_value(obj)))
    return strip_tags(" ".join(part for part in parts if part))


def _flatten(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        value = value.values()
    if isinstance(value, list | tuple) or hasattr(value, "__iter__"):
        return " ".join(_flatten(item) for item in value)
    return str(value)


def language_fields(model, language):
    """The model's search fields for one language (name_sv, description_sv ...)."""
    suffix = f"_{language}"
    return [
        f.field_name
        for f in model.get_searchable_search_fields()
        if isinstance(f, SearchField) and f.field_name.endswith(suffix)
    ]


class DatabaseSearch:
    def __init__(self, language, query, request=None):
        self.language = language
        self.query = query
        self.request = request
        self.backend = get_search_backend()
        self.locale = Locale.objects.filter(language_code=language).first()

    def pages(self):
        """Published, public pages of the active language (the site roots' parent excluded)."""
        return Page.objects.live().public().filter(locale=self.locale, depth__gt=1)

    # Search

    def run(self, facet_key, page_number, per_page):
        selected = registry.get_facet(facet_key)
        facet_key = selected.key if selected else ""
        base = self.pages()
        pinned = self.section_pages()
        if pinned:
            base = base.exclude(id__in=[page.pk for page in pinned])
        all_results = self.backend.search(self.query, base)
        page_counts = defaultdict(int)
        for content_type_id, count in all_results.facet("content_type_id").items():
            page_counts[registry.facet_key_for_content_type(content_type_id)] += count
        counts = defaultdict(int, page_counts)
        for page in pinned:
            counts[self.facet_key_of(page)] += 1
        directories = []
        for facet, model in registry.directory_models():
            results = self.directory_results(model)
            count = results.count()
            counts[facet.key] += count
            directories.append((facet, results, count))

        sources = []
        pinned = [page for page in pinned if not selected or self.facet_key_of(page) == facet_key]
        if pinned:
            sources.append(Source(len(pinned), self.page_fetcher(pinned, section_match=True)))
        if not selected:
            page_results, page_count = all_results, sum(page_counts.values())
        else:
            page_results, page_count = (
                self.facet_page_results(selected, base),
                page_counts[facet_key],
            )
        if page_count:
            sources.append(Source(page_count, self.page_fetcher(page_results)))
        for facet, results, count in directories:
            if not selected or selected.key == facet.key:
                sources.append(Source(count, self.directory_fetcher(facet, results)))
        return SearchOutcome(
            self.query,
            self.language,
            facet_key,
            facet_counts(counts, facet_key),
            CombinedResults(sources),
            page_number,
            per_page,
        )

    @staticmethod
    def facet_key_of(page):
        return registry.facet_key_for_content_type(page.content_type_id)

    def facet_page_results(self, selected, base):
        if selected.key == registry.DEFAULT_PAGE_FACET:
            queryset = base.exclude(content_type__in=registry.listed_page_content_type_ids())
        else:
            queryset = base.filter(content_type__in=registry.page_content_type_ids(selected))
        return self.backend.search(self.query, queryset)

    def section_pages(self):
        """Pages whose section number is the query (e.g. "2.3.6"): shown first."""
        number = section_number(self.query)
        if not number:
            return []
        found = []
        for model in registry.section_number_models():
            found += model.objects.live().public().filter(locale=self.locale, number=number)
        if not found:
            # Pages without a number field carry it as the title prefix: "2.3.6 Statistik".
            found = list(
                self.pages().filter(Q(title=number) | Q(title__startswith=f"{number} "))[:5]
            )
        return found

    def page_fetcher(self, results, section_match=False):
        def fetch(start, stop):
            pages = list(results[start:stop])
            specific = {
                page.pk: page
                for page in Page.objects.filter(pk__in=[p.pk for p in pages]).specific()
            }
            hits = []
            for page in pages:
                page = specific.get(page.pk, page)
                facet = registry.get_facet(self.facet_key_of(page))
                hits.append(
                    make_hit(
                        page.title,
                        searchable_text(page),
                        page.get_url(request=self.request),
                        facet,
                        self.query,
                        self.language,
                        section_match=section_match,
                    )
                )
            return hits

        return fetch

    # Directories (teams, partners): few rows, one column per language or one row per locale.

    def directory_queryset(self, model):
        queryset = model._default_manager.all()
        for flag in ("is_active", "live"):
            if registry.has_field(model, flag):
                queryset = queryset.filter(**{flag: True})
        if registry.has_field(model, "locale"):
            queryset = queryset.filter(locale=self.locale)
        return queryset

    def directory_results(self, model):
        queryset = self.directory_queryset(model)
        if registry.has_field(model, "locale"):
            return self.backend.search(self.query, queryset)
        fields = language_fields(model, self.language)
        if not fields:
            return queryset.none()
        if getattr(self.backend, "supports_language_fields", False):
            # Vectors of this language's columns, built with this language's configuration.
            return self.backend.search(self.query, queryset, fields=fields)
        # Other databases: the same stems and prefixes, as substring filters over few rows.
        for word in query_words(self.query):
            any_field = Q()
            for lexeme, _prefix in [(word, False), *term_alternatives(word, self.language)]:
                for name in fields:
                    any_field |= Q(**{f"{name}__icontains": lexeme})
            queryset = queryset.filter(any_field)
        return queryset.order_by(*fields[:1])

    def directory_fetcher(self, facet, results):
        def fetch(start, stop):
            hits = []
            for obj in results[start:stop]:
                fields = language_fields(type(obj), self.language)
                title = str(obj)
                text = " ".join(
                    str(getattr(obj, name) or "") for name in fields if not name.startswith("name")
                )
                if not fields:
                    text = searchable_text(obj)
                url = obj.get_absolute_url() if hasattr(obj, "get_absolute_url") else ""
                hits.append(make_hit(title, text, url, facet, self.query, self.language))
            return hits

        return fetch

    # Autocomplete

    def autocomplete(self, limit):
        suggestions = []
        for page in self.backend.autocomplete(self.query, self.pages())[:limit]:
            suggestions.append({"title": page.title, "url": page.get_url(request=self.request)})
        for _facet, model in registry.directory_models():
            if len(suggestions) >= limit:
                break
            name_field = f"name_{self.language}"
            if not registry.has_field(model, name_field):
                continue
            rows = self.directory_queryset(model).filter(
                **{f"{name_field}__icontains": self.query}
            )[: limit - len(suggestions)]
            for obj in rows:
                url = obj.get_absolute_url() if hasattr(obj, "get_absolute_url") else ""
                suggestions.append({"title": getattr(obj, name_field), "url": url})
        return suggestions[:limit]
