"""What a search returns, whichever engine ran it: hits, facet counts and a lazy result list."""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.utils.html import strip_tags

from search.highlight import highlight
from search.registry import FACETS

PER_PAGE = 10


@dataclass
class Hit:
    title: str  # safe HTML: escaped, matched words in <mark>
    url: str
    facet: str
    facet_label: str
    snippet: str  # safe HTML, like title
    section_match: bool = False
    plain_title: str = ""

    def as_json(self):
        return {
            "title": self.plain_title or strip_tags(self.title),
            "title_html": str(self.title),
            "url": self.url,
            "facet": self.facet,
            "facet_label": str(self.facet_label),
            "snippet_html": str(self.snippet),
            "section_match": self.section_match,
        }


def make_hit(title, text, url, facet, query, language, section_match=False):
    return Hit(
        title=highlight(title, query, language, length=0),
        url=url or "",
        facet=facet.key,
        facet_label=facet.label,
        snippet=highlight(text, query, language),
        section_match=section_match,
        plain_title=title,
    )


@dataclass
class FacetCount:
    key: str
    label: str
    count: int
    selected: bool


def facet_counts(counts, selected):
    return [
        FacetCount(facet.key, facet.label, counts.get(facet.key, 0), facet.key == selected)
        for facet in FACETS
    ]


class Source:
    """Part of a result list: knows its size and fetches hits for a slice only."""

    def __init__(self, count, fetch):
        self.count = count
        self.fetch = fetch  # fetch(start, stop) -> list of Hit


class CombinedResults:
    """Sources one after another, sliced lazily: what the paginator pages through."""

    def __init__(self, sources):
        self.sources = [source for source in sources if source.count]

    def count(self):
        return sum(source.count for source in self.sources)

    def __len__(self):
        return self.count()

    def __getitem__(self, key):
        if not isinstance(key, slice):
            raise TypeError("CombinedResults supports slicing only")
        start, stop = key.start or 0, key.stop if key.stop is not None else self.count()
        hits = []
        offset = 0
        for source in self.sources:
            lo, hi = max(start - offset, 0), min(stop - offset, source.count)
            if lo < hi:
                hits.extend(source.fetch(lo, hi))
            offset += source.count
            if offset >= stop:
                break
        return hits


@dataclass
class SearchOutcome:
    query: str
    language: str
    facet: str
    facets: list = field(default_factory=list)
    results: CombinedResults = None
    page_number: object = 1
    per_page: int = PER_PAGE

    def __post_init__(self):
        self.paginator = Paginator(self.results or CombinedResults([]), self.per_page)
        self.page = self.paginator.get_page(self.page_number)

    @property
    def count(self):
        return self.paginator.count

    @property
    def total(self):
        """Results in every facet (the "All" link)."""
        return sum(f.count for f in self.facets)

    @property
    def hits(self):
        return list(self.page.object_list)

    def as_json(self):
        return {
            "query": self.query,
            "language": self.language,
            "facet": self.facet,
            "count": self.count,
            "page": self.page.number,
            "num_pages": self.paginator.num_pages,
            "facets": [
                {"key": f.key, "label": str(f.label), "count": f.count, "selected": f.selected}
                for f in self.facets
            ],
            "results": [hit.as_json() for hit in self.hits],
        }
