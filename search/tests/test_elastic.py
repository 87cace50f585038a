"""The Elasticsearch content index: mappings and query bodies (no cluster needed), and live
tests that run only when ELASTICSEARCH_URL points at a cluster (see search/README.md)."""

import os
import uuid

import pytest

from search import elastic, engine


@pytest.mark.parametrize(
    ("language", "analyzer"), [("fi", "finnish"), ("sv", "swedish"), ("en", "english")]
)
def test_one_index_per_language_with_its_analyzer(settings, language, analyzer):
    settings.ELASTICSEARCH_INDEX_PREFIX = "ankkuri"
    body = elastic.content_index(language).to_dict()
    assert elastic.index_name(language) == f"ankkuri-content-{language}"
    properties = body["mappings"]["properties"]
    assert properties["title"]["analyzer"] == analyzer
    assert properties["body"]["analyzer"] == analyzer
    assert properties["title"]["fields"]["suggest"]["type"] == "search_as_you_type"
    assert properties["title"]["fields"]["raw"] == {"type": "keyword"}
    for keyword in ("facet", "section_number", "model", "object_id"):
        assert properties[keyword] == {"type": "keyword"}
    assert properties["live"] == {"type": "boolean"}
    assert properties["url"] == {"type": "keyword", "index": False}
    assert body["settings"] == {"number_of_shards": 1, "number_of_replicas": 0}


def test_search_body_words_facets_highlight_and_paging():
    body = elastic.build_search("fi", "nuorten tapaamiset", facet="teams", start=10, stop=20)
    body = body.to_dict()
    assert body["from"] == 10 and body["size"] == 10
    query = body["query"]["bool"]
    assert query["filter"] == [{"term": {"live": True}}]
    (text,) = query["must"]
    first, second = text["bool"]["must"]
    assert first["bool"] == {
        "minimum_should_match": 1,
        "should": [
            {"multi_match": {"query": "nuorten", "fields": ["title^3", "body"]}},
            {"prefix": {"title": "nuor"}},
            {"prefix": {"body": "nuor"}},
        ],
    }
    assert second["bool"]["should"][0]["multi_match"]["query"] == "tapaamiset"
    # Post filter: the hits are the facet's, the aggregation still counts every facet.
    assert body["post_filter"] == {"term": {"facet": "teams"}}
    assert body["aggs"] == {"facets": {"terms": {"field": "facet", "size": 6}}}
    highlight = body["highlight"]
    assert highlight["encoder"] == "html"
    assert highlight["pre_tags"] == ["<mark>"] and highlight["post_tags"] == ["</mark>"]
    assert set(highlight["fields"]) == {"title", "body"}
    assert body["_source"] == ["title", "url", "facet", "section_number"]


def test_search_body_other_languages_have_no_prefix_rule():
    for language, word in (("sv", "ungdomarna"), ("en", "meetings")):
        body = elastic.build_search(language, word).to_dict()
        (word_query,) = body["query"]["bool"]["must"][0]["bool"]["must"]
        assert word_query["bool"]["should"] == [
            {"multi_match": {"query": word, "fields": ["title^3", "body"]}}
        ]


def test_search_body_section_number_is_boosted_first():
    body = elastic.build_search("sv", "2.3.6").to_dict()
    should = body["query"]["bool"]["must"][0]["bool"]["should"]
    assert should[0] == {"term": {"section_number": {"value": "2.3.6", "boost": 100}}}
    assert body["query"]["bool"]["must"][0]["bool"]["minimum_should_match"] == 1
    assert "post_filter" not in body


def test_autocomplete_body():
    body = elastic.build_autocomplete("sv", "ungd", limit=5).to_dict()
    (match,) = body["query"]["bool"]["must"]
    assert match["multi_match"]["type"] == "bool_prefix"
    assert match["multi_match"]["fields"][0] == "title.suggest"
    assert body["size"] == 5
    assert body["query"]["bool"]["filter"] == [{"term": {"live": True}}]


def test_documents_for_pages_and_teams(corpus, team):
    ((language, doc_id, body),) = elastic.documents_for(corpus["sv"][2])
    assert language == "sv"
    assert doc_id == f"portal.contentpage:{corpus['sv'][2].pk}"
    assert body["title"] == "2.3.6 Statistik"
    assert body["section_number"] == "2.3.6"
    assert body["facet"] == "pages"
    assert body["url"] == corpus["sv"][2].url
    assert "statistik" in body["body"]
    assert body["live"] is True
    documents = {language: body for language, _id, body in elastic.documents_for(team)}
    assert documents["sv"]["title"] == "Helsingfors ankarteam"
    assert documents["sv"]["body"] == "Helsingfors ankarteam Teamet träffar ungdomar i Helsingfors."
    assert documents["en"]["url"] == "/en/teams/helsinki/"
    assert {body["facet"] for body in documents.values()} == {"teams"}


def test_bulk_actions_target_each_languages_index(settings, corpus):
    settings.ELASTICSEARCH_INDEX_PREFIX = "x"
    actions = list(elastic.bulk_actions([corpus["fi"][0], corpus["en"][0]]))
    assert [action["_index"] for action in actions] == ["x-content-fi", "x-content-en"]


# Live cluster (search/README.md): ELASTICSEARCH_URL=http://localhost:9200 .venv/bin/pytest ...

live = pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"), reason="set ELASTICSEARCH_URL to a test cluster"
)


@pytest.fixture
def live_index(settings, corpus, team):
    settings.SEARCH_BACKEND = "elasticsearch"
    settings.ELASTICSEARCH_URL = os.environ["ELASTICSEARCH_URL"]
    settings.ELASTICSEARCH_INDEX_PREFIX = f"ankkuri-test-{uuid.uuid4().hex[:8]}"
    lines = []
    elastic.rebuild(lines.append)
    yield lines
    client = elastic.connection()
    for language in elastic.LANGUAGES:
        client.indices.delete(index=elastic.index_name(language), ignore_unavailable=True)


@live
@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("fi", "nuorten", "Nuori ja ankkuritiimi"),
        ("fi", "nuori", "Nuorten palvelut"),
        ("sv", "ungdomarna", "Ungdom och ankarteam"),
        ("en", "meetings", "Services for the young"),
    ],
)
def test_live_stemming_per_language(live_index, language, query, expected):
    outcome = engine.run_search(language, query)
    titles = [h.title.replace("<mark>", "").replace("</mark>", "") for h in outcome.hits]
    assert expected in titles
    assert all(hit.url.startswith(f"/{language}/") for hit in outcome.hits)


@live
def test_live_facets_section_number_and_progress(live_index):
    assert any("indexed" in line for line in live_index)
    outcome = engine.run_search("sv", "ungdomarna")
    assert {f.key: f.count for f in outcome.facets}["teams"] == 1
    first = engine.run_search("sv", "2.3.6").hits[0]
    assert first.section_match and "Statistik" in first.title
    assert engine.autocomplete("sv", "ungd")
