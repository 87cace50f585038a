"""The Elasticsearch content index (elasticsearch.dsl): one index per language.

Used when settings.SEARCH_BACKEND == "elasticsearch". Wagtail's own elasticsearch8 backend then
serves the admin; the public search uses these indexes, whose text fields are analysed with
Elasticsearch's built-in finnish, swedish and english analyzers. Documents are the same as in
the database search: live public pages of the language, and directory entries (teams) rendered
in each language. Queries use search.text.term_alternatives like the database backends.
"""

import logging

from django.conf import settings
from django.utils import translation
from django.utils.safestring import mark_safe
from elasticsearch.dsl import Boolean, Index, Keyword, Mapping, Q, Search, SearchAsYouType, Text
from elasticsearch.dsl import connections as es_connections
from wagtail.models import Page

from search import registry
from search.documents import language_fields, searchable_text
from search.highlight import highlight
from search.results import (
    CombinedResults,
    Hit,
    SearchOutcome,
    Source,
    facet_counts,
)
from search.text import SEARCH_CONFIGS, query_words, section_number, term_alternatives

logger = logging.getLogger(__name__)

ANALYZERS = dict(SEARCH_CONFIGS)  # Elasticsearch's language analyzers have the same names.
LANGUAGES = list(ANALYZERS)
SECTION_BOOST = 100
HIGHLIGHT = {
    "pre_tags": ["<mark>"],
    "post_tags": ["</mark>"],
    "encoder": "html",  # Elasticsearch escapes the text; only our tags are markup.
    "number_of_fragments": 1,
    "fragment_size": 200,
    "no_match_size": 200,
}


# Index definition


def index_name(language):
    prefix = getattr(settings, "ELASTICSEARCH_INDEX_PREFIX", "ankkuri")
    return f"{prefix}-content-{language}"


def content_mapping(language):
    analyzer = ANALYZERS[language]
    mapping = Mapping()
    mapping.field(
        "title",
        Text(
            analyzer=analyzer,
            fields={"raw": Keyword(), "suggest": SearchAsYouType(analyzer="standard")},
        ),
    )
    mapping.field("body", Text(analyzer=analyzer))
    mapping.field("facet", Keyword())
    mapping.field("section_number", Keyword())
    mapping.field("model", Keyword())
    mapping.field("object_id", Keyword())
    mapping.field("url", Keyword(index=False))
    mapping.field("live", Boolean())
    return mapping


def content_index(language):
    index = Index(index_name(language))
    index.settings(number_of_shards=1, number_of_replicas=0)
    index.mapping(content_mapping(language))
    return index


# Queries


def build_search(language, query, facet="", start=0, stop=10):
    """The Search for one page of results; facet counts come from an aggregation."""
    number = section_number(query)
    # Elasticsearch's tokenizer keeps "2.3.6" as one token.
    words = [number] if number else query_words(query)
    word_queries = []
    for word in words:
        alternatives = [Q("multi_match", query=word, fields=["title^3", "body"])]
        for lexeme, is_prefix in term_alternatives(word, language):
            if is_prefix:
                alternatives += [Q("prefix", title=lexeme), Q("prefix", body=lexeme)]
        word_queries.append(Q("bool", should=alternatives, minimum_should_match=1))
    text_query = Q("bool", must=word_queries)
    if number:
        section = Q("term", section_number={"value": number, "boost": SECTION_BOOST})
        text_query = Q("bool", should=[section, text_query], minimum_should_match=1)
    search = Search(index=index_name(language)).query(
        Q("bool", must=[text_query], filter=[Q("term", live=True)])
    )
    search.aggs.bucket("facets", "terms", field="facet", size=len(registry.FACETS))
    if facet:
        # A post filter narrows the hits but leaves the facet counts for every facet.
        search = search.post_filter("term", facet=facet)
    search = search.highlight("title", number_of_fragments=0).highlight("body")
    search = search.highlight_options(**HIGHLIGHT)
    search = search.source(["title", "url", "facet", "section_number"])
    return search[start:stop]


def build_autocomplete(language, query, limit=8):
    search = Search(index=index_name(language)).query(
        Q(
            "bool",
            must=[
                Q(
                    "multi_match",
                    query=query,
                    type="bool_prefix",
                    fields=["title.suggest", "title.suggest._2gram", "title.suggest._3gram"],
                )
            ],
            filter=[Q("term", live=True)],
        )
    )
    return search.source(["title", "url"])[:limit]


def connection():
    """The client for ELASTICSEARCH_URL (created once)."""
    try:
        return es_connections.get_connection()
    except KeyError:
        return es_connections.create_connection(
            hosts=[settings.ELASTICSEARCH_URL or "http://localhost:9200"], request_timeout=10
        )


def run_search(language, query, facet, page_number, per_page):
    try:
        number = max(int(page_number), 1)
    except (TypeError, ValueError):
        number = 1
    client = connection()
    response = (
        build_search(language, query, facet, (number - 1) * per_page, number * per_page)
        .using(client)
        .execute()
    )
    total = response.hits.total.value
    last = max((total + per_page - 1) // per_page, 1)
    if number > last:
        number = last
        response = (
            build_search(language, query, facet, (number - 1) * per_page, number * per_page)
            .using(client)
            .execute()
        )
    counts = {bucket.key: bucket.doc_count for bucket in response.aggregations.facets.buckets}
    hits = [hit_from_response(hit, query, language) for hit in response.hits]
    offset = (number - 1) * per_page
    source = Source(total, lambda start, stop: hits[start - offset : stop - offset])
    return SearchOutcome(
        query,
        language,
        facet,
        facet_counts(counts, facet),
        CombinedResults([source]),
        number,
        per_page,
    )


def hit_from_response(hit, query, language):
    facet = registry.get_facet(hit.facet) or registry.get_facet(registry.DEFAULT_PAGE_FACET)
    highlights = getattr(hit.meta, "highlight", None)
    title = highlights.title[0] if highlights and "title" in highlights else None
    body = highlights.body[0] if highlights and "body" in highlights else None
    return Hit(
        title=mark_safe(title) if title else highlight(hit.title, query, language, length=0),  # noqa: S308
        url=hit.url,
        facet=facet.key,
        facet_label=facet.label,
        snippet=mark_safe(body) if body else "",  # noqa: S308 - escaped by Elasticsearch
        section_match=bool(section_number(query)) and hit.section_number == section_number(query),
        plain_title=hit.title,
    )


def autocomplete(language, query, limit):
    response = build_autocomplete(language, query, limit).using(connection()).execute()
    return [{"title": hit.title, "url": hit.url} for hit in response.hits]


# Documents and indexing


def document_id(obj):
    return f"{obj._meta.label_lower}:{obj.pk}"


def documents_for(obj):
    """(language, id, body) for every language the object is shown in."""
    model = type(obj)
    if isinstance(obj, Page):
        language = obj.locale.language_code
        if language not in ANALYZERS:
            return []
        facet_key = registry.facet_key_for_content_type(obj.content_type_id)
        number = getattr(obj, "number", "") or (section_number(obj.title.split(" ")[0]) or "")
        with translation.override(language):
            url = obj.get_url() or ""
        return [
            (
                language,
                document_id(obj),
                {
                    "title": obj.title,
                    "body": searchable_text(obj),
                    "facet": facet_key,
                    "section_number": number,
                    "model": obj._meta.label_lower,
                    "object_id": str(obj.pk),
                    "url": url,
                    "live": bool(obj.live),
                },
            )
        ]
    facet = next((f for f, m in registry.directory_models() if m is model), None)
    if facet is None:
        return []
    active = getattr(obj, "is_active", True)
    documents = []
    for language in LANGUAGES:
        fields = language_fields(model, language)
        with translation.override(language):
            title = str(obj)
            url = obj.get_absolute_url() if hasattr(obj, "get_absolute_url") else ""
        documents.append(
            (
                language,
                document_id(obj),
                {
                    "title": title,
                    "body": " ".join(str(getattr(obj, name) or "") for name in fields),
                    "facet": facet.key,
                    "section_number": "",
                    "model": obj._meta.label_lower,
                    "object_id": str(obj.pk),
                    "url": url,
                    "live": bool(active),
                },
            )
        )
    return documents


def indexed_objects():
    """(label, queryset) of everything the content index holds."""
    pages = Page.objects.live().public().filter(depth__gt=1).specific().order_by("path")
    sources = [("pages", pages)]
    for _facet, model in registry.directory_models():
        sources.append((model._meta.label, model._default_manager.order_by("pk")))
    return sources


def bulk_actions(objs):
    for obj in objs:
        for language, doc_id, body in documents_for(obj):
            yield {"_index": index_name(language), "_id": doc_id, "_source": body}


def index_object(obj):
    client = connection()
    for language, doc_id, body in documents_for(obj):
        client.index(index=index_name(language), id=doc_id, document=body)


def remove_object(obj):
    client = connection()
    for language in LANGUAGES:
        client.delete(index=index_name(language), id=document_id(obj), ignore_status=404)


def rebuild(progress, chunk_size=500):
    """Recreate the indexes and index everything, reporting progress."""
    from elasticsearch.helpers import bulk

    client = connection()
    for language in LANGUAGES:
        index = content_index(language)
        index.delete(using=client, ignore_unavailable=True)
        index.create(using=client)
        progress(f"created index {index._name} ({ANALYZERS[language]} analyzer)")
    for label, queryset in indexed_objects():
        total = queryset.count()
        done = 0
        chunk = []
        for obj in queryset.iterator(chunk_size=chunk_size):
            chunk.append(obj)
            if len(chunk) == chunk_size:
                bulk(client, bulk_actions(chunk))
                done += len(chunk)
                chunk = []
                progress(f"{label}: {done}/{total}")
        if chunk:
            bulk(client, bulk_actions(chunk))
            done += len(chunk)
        progress(f"{label}: {done}/{total} indexed")
    for language in LANGUAGES:
        client.indices.refresh(index=index_name(language))
