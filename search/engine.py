"""The portal search over Wagtail's database backend: one language, facets, section numbers.

`run_search()` and `autocomplete()` are what the views call; they pick the Elasticsearch
content index instead when settings.SEARCH_BACKEND is "elasticsearch".
"""

from collections import defaultdict

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils import translation
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from portal.i18n import locale_for_language
from search import registry
from search.backends.base import ContentTypeFilter, search_pages
from search.documents import language_fields, searchable_text
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


def requested_page_number(page_number):
    """The page number asked for, as the paginator reads it (junk: the first page)."""
    try:
        number = int(page_number)
    except (TypeError, ValueError):
        return 1
    return number if number > 0 else 1


def specific_pages(found):
    """The specific pages of [(page id, content_type_id)], in that order: a query per type."""
    ids_by_type = defaultdict(list)
    for page_id, content_type_id in found:
        ids_by_type[content_type_id].append(page_id)
    pages = {}
    for content_type_id, ids in ids_by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class() or Page
        pages.update(model._default_manager.in_bulk(ids))
    return [pages[page_id] for page_id, _type in found if page_id in pages]


class DatabaseSearch:
    def __init__(self, language, query, request=None):
        self.language = language
        self.query = query
        self.request = request
        self.backend = get_search_backend()
        self.locale = locale_for_language(language)

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
        counts = defaultdict(int)
        for page in pinned:
            counts[self.facet_key_of(page)] += 1
        pinned = [page for page in pinned if not selected or self.facet_key_of(page) == facet_key]
        # The hits of the page asked for come with the counts, in the same query; pinned
        # sections come before them. Another page (e.g. past the last) is fetched when asked.
        start = (requested_page_number(page_number) - 1) * per_page - len(pinned)
        matches = search_pages(
            self.backend,
            self.query,
            base,
            max(start, 0),
            max(start + per_page, 0),
            self.content_type_filter(selected),
        )
        page_count = 0
        for content_type_id, count in matches.counts.items():
            key = registry.facet_key_for_content_type(content_type_id)
            counts[key] += count
            if not selected or key == facet_key:
                page_count += count
        directories = []
        for facet, model in registry.directory_models():
            results = self.directory_results(model)
            count = results.count()
            counts[facet.key] += count
            directories.append((facet, results, count))

        sources = []
        if pinned:
            sources.append(Source(len(pinned), self.pinned_fetcher(pinned)))
        if page_count:
            sources.append(Source(page_count, self.page_fetcher(matches, base, selected)))
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

    @staticmethod
    def content_type_filter(selected):
        if not selected:
            return None
        if selected.key == registry.DEFAULT_PAGE_FACET:
            return ContentTypeFilter(tuple(registry.listed_page_content_type_ids()), exclude=True)
        return ContentTypeFilter(tuple(registry.page_content_type_ids(selected)))

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

    def page_fetcher(self, matches, base, selected):
        def fetch(start, stop):
            if matches.covers(start, stop):
                found = matches.slice(start, stop)
            else:
                found = search_pages(
                    self.backend, self.query, base, start, stop, self.content_type_filter(selected)
                ).hits
            return self.page_hits(specific_pages(found))

        return fetch

    def pinned_fetcher(self, pages):
        def fetch(start, stop):
            found = [(page.pk, page.content_type_id) for page in pages[start:stop]]
            return self.page_hits(specific_pages(found), section_match=True)

        return fetch

    def page_hits(self, pages, section_match=False):
        hits = []
        for page in pages:
            hits.append(
                make_hit(
                    page.title,
                    searchable_text(page),
                    page.get_url(request=self.request),
                    registry.get_facet(self.facet_key_of(page)),
                    self.query,
                    self.language,
                    section_match=section_match,
                )
            )
        return hits

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
