"""The search page, the JSON endpoint and autocomplete as a visitor sees them."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from search.tests.conftest import add_page


def url(name, language):
    with translation.override(language):
        return reverse(f"search:{name}")


def test_urls_per_language():
    assert url("search", "sv") == "/sv/search/"
    assert url("api", "en") == "/en/search/api/"
    assert url("autocomplete", "fi") == "/fi/search/autocomplete/"


def test_search_page_is_accessible_and_translated(client_host, corpus, team):
    response = client_host.get(url("search", "sv"), {"q": "ungdomarna"})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    # The search page's own form (the header has a site-wide search box too).
    form = soup.find("main").find("form", attrs={"role": "search"})
    field = form.find("input", attrs={"name": "q"})
    assert (
        form.find("label", attrs={"for": field["id"]}).get_text(strip=True) == "Sök på webbplatsen"
    )
    assert field["value"] == "ungdomarna"  # what was typed is kept
    assert soup.find(id=field["aria-describedby"])
    status = soup.find(attrs={"role": "status", "class": "search-count"})
    assert status.get_text(" ", strip=True) == "3 resultat för ”ungdomarna”"
    facets = soup.find("nav", attrs={"aria-label": "Filtrera resultaten efter typ"})
    links = {a.get_text(" ", strip=True): a["href"] for a in facets.find_all("a")}
    assert links["Ankarteam (1)"] == "?q=ungdomarna&facet=teams"
    assert "Alla (3)" in links
    results = soup.select("ol.search-results li")
    assert " ".join(results[0].h3.get_text().split()) == "Ungdom och ankarteam"
    assert results[0].find("mark").get_text() == "Ungdom"


def test_empty_search_shows_the_form_only(client_host, site_tree):
    response = client_host.get(url("search", "fi"))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("form", attrs={"role": "search"})
    assert not soup.select("ol.search-results")


def test_pagination_nav(client_host, homes):
    for number in range(25):
        add_page(homes["en"], f"Meeting {number}", "A meeting.", slug=f"m-{number}")
    response = client_host.get(url("search", "en"), {"q": "meeting", "page": "2"})
    soup = BeautifulSoup(response.content, "html.parser")
    nav = soup.find("nav", attrs={"aria-label": "Search result pages"})
    assert nav.find("a", attrs={"aria-current": "page"}).get_text(" ", strip=True) == "Page 2"
    assert nav.find("a", attrs={"rel": "prev"})["href"] == "?q=meeting&page=1"
    assert nav.find("a", attrs={"rel": "next"})["href"] == "?q=meeting&page=3"
    assert soup.select_one("ol.search-results")["start"] == "11"


def test_json_endpoint(client, corpus, team):
    data = client.get(url("api", "fi"), {"q": "nuorten", "facet": "teams"}).json()
    assert data["language"] == "fi"
    assert data["count"] == 1
    assert data["facet"] == "teams"
    assert {f["key"]: f["count"] for f in data["facets"]}["pages"] == 3
    (result,) = data["results"]
    assert result["title"] == "Helsingin ankkuritiimi"
    assert result["url"] == "/fi/teams/helsinki/"
    assert result["snippet_html"] == "Tiimi tapaa <mark>nuoria</mark> Helsingissä."
    assert data["num_pages"] == 1


def test_json_titles_are_plain_text(client, homes):
    add_page(homes["en"], "Workshop <b>rules</b> & more", "workshop")
    (result,) = client.get(url("api", "en"), {"q": "workshop"}).json()["results"]
    assert result["title"] == "Workshop <b>rules</b> & more"
    assert result["title_html"] == "<mark>Workshop</mark> &lt;b&gt;rules&lt;/b&gt; &amp; more"


def test_autocomplete_endpoint(client, corpus):
    data = client.get(url("autocomplete", "en"), {"q": "servi"}).json()
    assert data["suggestions"] == [
        {"title": "Services for the young", "url": "/en/services-for-the-young/"}
    ]


JUNK = [
    "",
    " ",
    "a" * 10_000,
    '"',
    "'",
    "\\",
    "*",
    "\"'); DROP TABLE wagtailcore_page; --",
    "NEAR(a b)",
    "a OR",
    "AND",
    "!!!",
    "<script>alert(1)</script>",
    "%00",
    "\x00",
    "ääkköset ÅÄÖ",
    "😀",
    "2.3.6.7.8.9.1",
    "title:x",
    "-a",
    ":*",
    "&|!",
]


@pytest.mark.parametrize("query", JUNK)
def test_junk_input_never_fails(client_host, homes, team, query):
    add_page(homes["fi"], "2.3.6 Ääkköset ja nuoret", "Nuorten ankkuritiimi")
    for name in ("search", "api", "autocomplete"):
        response = client_host.get(
            url(name, "fi"), {"q": query, "page": "abc", "facet": query[:20]}
        )
        assert response.status_code == 200, (name, query)
    assert client_host.get(url("search", "sv"), {"q": "ungdom", "page": "-1"}).status_code == 200
    assert client_host.get(url("search", "sv") + "?q=a&q=b&page=").status_code == 200


def test_post_is_not_allowed(client_host, site_tree):
    assert client_host.post(url("search", "fi"), {"q": "x"}).status_code == 405


# The search's own queries: locale, view restrictions, the page search (one query on
# PostgreSQL, two elsewhere), each directory's count, the shown pages (one query per page
# type) and the shown directory entries, site root paths.
SEARCH_QUERIES = 9


def test_query_count_does_not_grow_with_content(
    client_host, homes, team, django_assert_max_num_queries
):
    for number in range(30):
        add_page(homes["fi"], f"Nuoret {number}", "Nuorten tapaaminen.", slug=f"n-{number}")
    client_host.get(url("search", "fi"))  # first request: site settings are created
    # What the base template (menus, settings) costs, measured on the page without a query.
    with CaptureQueriesContext(connection) as page_alone:
        client_host.get(url("search", "fi"))
    with django_assert_max_num_queries(len(page_alone) + SEARCH_QUERIES):
        response = client_host.get(url("search", "fi"), {"q": "nuori"})
    assert response.status_code == 200
    with django_assert_max_num_queries(SEARCH_QUERIES):
        client_host.get(url("api", "fi"), {"q": "nuori", "page": "3"})
    with django_assert_max_num_queries(SEARCH_QUERIES):
        client_host.get(url("api", "fi"), {"q": "nuori", "facet": "pages", "page": "2"})
    with django_assert_max_num_queries(4):
        client_host.get(url("autocomplete", "fi"), {"q": "nuo"})
