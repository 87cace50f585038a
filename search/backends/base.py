"""What both database backends share: the page-search result shape and language configs."""

from dataclasses import dataclass

from django.db.models import Q

from search.text import SEARCH_CONFIGS


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
