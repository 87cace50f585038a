"""The multilingual site: languages, the switcher on every demo page, hreflang, 404 and 500."""

from urllib.parse import urlsplit

import pytest
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Locale, Page

from portal import views
from portal.models import ContentPage, HomePage

from .helpers import hreflang_links, html_lang, switcher_links

LANGUAGES = ["fi", "sv", "en"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_pages_answer_in_their_language(demo, client, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    assert html_lang(response) == language
    page = response.context["page"]
    assert isinstance(page, HomePage) and page.locale.language_code == language


@pytest.mark.parametrize(
    ("accept", "expected"), [("sv-FI,sv;q=0.9", "/sv/"), ("en-GB,en;q=0.8", "/en/"), ("fi", "/fi/")]
)
def test_root_redirects_by_accept_language(demo, client, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == expected


def live_demo_pages():
    return list(Page.objects.live().filter(depth__gt=1).select_related("locale").order_by("path"))


def test_switcher_on_every_demo_page_leads_to_its_translation(demo, client):
    pages = live_demo_pages()
    assert len(pages) >= 30, "the demo site should have content in three languages"
    for page in pages:
        url = page.get_url()
        response = client.get(url)
        assert response.status_code == 200, url
        language = page.locale.language_code
        assert html_lang(response) == language, url
        links = switcher_links(response)
        assert set(links) == set(LANGUAGES), url
        for code, href in links.items():
            expected = page.get_translation(Locale.objects.get(language_code=code))
            assert href == expected.get_url(), f"{url} -> {code}"
            assert client.get(href).status_code == 200


def test_translated_slugs(demo, client):
    what = ContentPage.objects.get(slug="mita-on-ankkuritoiminta")
    urls = {p.locale.language_code: p.get_url() for p in what.get_translations(inclusive=True)}
    assert urls == {
        "fi": "/fi/mita-on-ankkuritoiminta/",
        "sv": "/sv/vad-ar-ankarverksamhet/",
        "en": "/en/what-is-anchor-work/",
    }


def test_untranslated_page_switches_to_home_with_notice(demo, client):
    fi_home = HomePage.objects.get(locale__language_code="fi")
    only_fi = fi_home.add_child(
        instance=ContentPage(title="Vain suomeksi", slug="vain-suomeksi", lead="Testi")
    )
    only_fi.save_revision().publish()
    response = client.get("/fi/vain-suomeksi/")
    links = switcher_links(response)
    assert links["fi"] == "/fi/vain-suomeksi/"
    assert links["sv"] == "/sv/?untranslated=1"
    assert links["en"] == "/en/?untranslated=1"
    # Only real translations are alternates.
    assert set(hreflang_links(response)) == {"fi", "x-default"}
    notice = client.get(links["sv"])
    assert html_lang(notice) == "sv"
    assert 'class="notice"' in notice.content.decode()
    assert 'class="notice"' not in client.get("/sv/").content.decode()


def test_hreflang_lists_every_translation_and_x_default(demo, client):
    response = client.get("/sv/vad-ar-ankarverksamhet/")
    links = {code: urlsplit(href).path for code, href in hreflang_links(response).items()}
    assert links == {
        "fi": "/fi/mita-on-ankkuritoiminta/",
        "sv": "/sv/vad-ar-ankarverksamhet/",
        "en": "/en/what-is-anchor-work/",
        "x-default": "/fi/mita-on-ankkuritoiminta/",
    }
    assert all(href.startswith("http://localhost") for href in hreflang_links(response).values())


def test_menus_are_in_the_page_language(demo, client):
    html = client.get("/en/").content.decode()
    assert 'href="/en/what-is-anchor-work/"' in html
    assert 'href="/en/accessibility-statement/"' in html
    assert "/fi/mita-on-ankkuritoiminta/" not in html.split("<main")[0]
    sv = client.get("/sv/").content.decode()
    assert 'href="/sv/for-unga-och-familjer/">För unga och familjer</a>' in sv


def test_site_settings_in_footer_per_language(demo, client):
    assert "Inrikesministeriet och polisen" in client.get("/sv/").content.decode()
    assert "Sisäministeriö ja poliisi" in client.get("/fi/").content.decode()


def test_home_shows_latest_news_and_sections(demo, client):
    response = client.get("/en/")
    html = response.content.decode()
    news = response.context["latest_news"]
    assert [n.title for n in news][0] == "Ankkuritoiminta.fi renewed in three languages"
    assert all(n.locale.language_code == "en" for n in news)
    assert 'href="/en/for-professionals/"' in html
    assert 'href="/en/teams/"' in html


def test_news_index_is_paginated_newest_first(demo, client):
    response = client.get("/fi/ajankohtaista/")
    items = list(response.context["news_page"])
    assert [i.date for i in items] == sorted((i.date for i in items), reverse=True)
    assert "7.9.2020" in response.content.decode()
    # A page number past the end or garbage still answers.
    assert client.get("/fi/ajankohtaista/?page=99").status_code == 200
    assert client.get("/fi/ajankohtaista/?page=x%00").status_code == 200


def test_accessibility_statement_has_feedback_link(demo, client):
    html = client.get("/sv/tillganglighetsutlatande/").content.decode()
    assert 'href="https://ankkuritoiminta.fi/palaute/"' in html
    assert "306/2019" in html


@pytest.mark.parametrize(
    ("language", "text"),
    [("fi", "Sivua ei löytynyt"), ("sv", "Sidan hittades inte"), ("en", "Page not found")],
)
def test_404_page_in_each_language(demo, client, language, text):
    response = client.get(f"/{language}/ei-ole-olemassa/")
    assert response.status_code == 404
    assert html_lang(response) == language
    assert text in response.content.decode()


@pytest.mark.parametrize(
    ("language", "text"),
    [("fi", "Palvelinvirhe"), ("sv", "Serverfel"), ("en", "Server error")],
)
def test_500_page_renders_without_database(db, django_assert_num_queries, language, text):
    request = RequestFactory().get(f"/{language}/")
    with translation.override(language), django_assert_num_queries(0):
        response = views.server_error(request)
    assert response.status_code == 500
    html = response.content.decode()
    assert f'lang="{language}"' in html and text in html
