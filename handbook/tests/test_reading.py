"""Reading a handbook: contents, breadcrumbs, previous/next, deep links, tables, glossary."""

from html.parser import HTMLParser

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from handbook.glossary import link_terms


class Elements(HTMLParser):
    """Collect start tags with their attributes, and the text of the page."""

    def __init__(self, html):
        super().__init__()
        self.tags = []
        self.text = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)

    def find(self, tag, **attrs):
        return [
            a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in attrs.items())
        ]


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.mark.django_db
def test_section_page_reading_aids(small_handbook, client_host):
    html = get(client_host, "/fi/kirja/1/1-2/")
    page = Elements(html)
    assert page.find("h1", id="section-1-2")
    # breadcrumbs: home, edition, chapter, then the page itself
    crumbs = html.split('class="breadcrumbs"')[1].split("</nav>")[0]
    assert crumbs.index('href="/fi/kirja/"') < crumbs.index('href="/fi/kirja/1/"')
    assert 'aria-current="page">1.2 Section 1.2' in crumbs
    # the chapter's contents, with the current page marked
    toc = html.split('class="chapter-toc')[1].split("</nav>")[0]
    assert 'href="/fi/kirja/1/1-1/"' in toc and 'href="/fi/kirja/2/2-1/"' not in toc
    assert 'href="/fi/kirja/1/1-2/" aria-current="page"' in toc
    # previous and next in reading order (depth first)
    assert page.find("a", rel="prev", href="/fi/kirja/1/1-1/")
    assert page.find("a", rel="next", href="/fi/kirja/2/")
    # numbered table: caption, column headers, row header
    assert "<caption>Taulukko 1. Figures of 1.2</caption>" in html
    assert page.find("th", scope="col") and page.find("th", scope="row")


@pytest.mark.django_db
def test_reading_order_runs_through_appendices_to_glossary(small_handbook, client_host):
    page = Elements(get(client_host, "/fi/kirja/2/2-2/"))
    assert page.find("a", rel="next", href="/fi/kirja/liite-1/")
    page = Elements(get(client_host, "/fi/kirja/liite-1/"))
    assert page.find("a", rel="next", href="/fi/kirja/sanasto/")
    assert page.find("h1", id="appendix-1")


@pytest.mark.django_db
def test_edition_root_has_whole_table_of_contents(handbook_builder, client_host):
    edition = handbook_builder(chapters=3, sections=2, subsections=2)
    html = get(client_host, "/fi/kirja/")
    toc = html.split('aria-labelledby="contents"')[1].split("</nav>")[0]
    for url in ["/fi/kirja/1/", "/fi/kirja/3/3-2/", "/fi/kirja/3/3-2/3-2-2/", "/fi/kirja/liite-1/"]:
        assert f'href="{url}"' in toc
    assert "Liite 1. Invitation letter" in toc
    assert f'href="/fi/handbook-tools/edition/{edition.pk}/pdf/"' in html


@pytest.mark.django_db
def test_glossary_terms_link_with_accessible_tooltip(small_handbook, client_host):
    html = get(client_host, "/fi/kirja/1/")
    page = Elements(html)
    links = page.find("a", href="/fi/kirja/sanasto/#term-anchor-plan")
    assert len(links) == 1, "only the first occurrence is linked"
    tip_id = links[0]["aria-describedby"]
    (tip,) = page.find("span", id=tip_id)
    assert tip["role"] == "tooltip"
    assert "Goals agreed with the young person." in html
    glossary = Elements(get(client_host, "/fi/kirja/sanasto/"))
    assert glossary.find("dt", id="term-anchor-plan")


def test_link_terms_leaves_links_headings_and_longer_terms_alone():
    terms = [
        {"term": "plan", "definition": "A plan.", "url": "/g/#plan"},
        {"term": "anchor plan", "definition": "The plan.", "url": "/g/#anchor-plan"},
    ]
    html = '<h2>anchor plan</h2><p>An <a href="/x">anchor plan</a> is an Anchor plans one.</p>'
    linked = link_terms(html, terms)
    assert "<h2>anchor plan</h2>" in linked
    assert '<a href="/x">anchor plan</a>' in linked
    assert '<a href="/g/#anchor-plan" aria-describedby="gt-1">Anchor plans</a>' in linked
    assert "/g/#plan" not in linked  # the shorter term inside the longer one is not linked


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        get(client, url)
    return len(queries)


@pytest.mark.django_db
def test_queries_per_page_do_not_grow_with_the_handbook(
    home_pages, client_host, django_assert_max_num_queries
):
    from handbook.tests.conftest import build_handbook

    build_handbook(home_pages, chapters=2, sections=2, slug="pieni")
    build_handbook(home_pages, chapters=6, sections=8, subsections=3, slug="suuri")
    # Warm the site-root and chrome caches (the first request also creates the site settings,
    # which starts a new content version, so warm twice).
    for url in ["/fi/pieni/", "/fi/suuri/"] * 2:
        get(client_host, url)
    for path in ["", "1/", "1/1-2/", "liite-1/", "sanasto/"]:
        small = count_queries(client_host, f"/fi/pieni/{path}")
        large = count_queries(client_host, f"/fi/suuri/{path}")
        assert small == large, (path, small, large)
    # The cap includes the site chrome (menus, language switcher, site settings).
    with django_assert_max_num_queries(25):
        get(client_host, "/fi/suuri/1/1-2/")
