"""The anonymous page cache: hits and misses, invalidation by every kind of change a public
page shows, what is never cached, and the Cache-Control, ETag and 304 answers."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page, Site

from forms.models import TeamYearLock
from handbook.models import GlossaryPage, GlossaryTerm
from portal.models import (
    ContentPage,
    NavigationMenu,
    NewsIndexPage,
    NewsPage,
    Partner,
    SiteSettings,
    Team,
)

CONTENT_URL = "/fi/mita-on-ankkuritoiminta/"


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_ENABLED = True


def cache_state(response):
    return response.get("X-Page-Cache")


def get_twice(client, url):
    """The first answer renders and stores the page, the second comes from the cache."""
    first = client.get(url)
    second = client.get(url)
    assert first.status_code == second.status_code == 200, url
    assert cache_state(first) == "miss", url
    assert cache_state(second) == "hit", url
    assert first.content == second.content
    return second


def assert_fresh(client, url, text):
    response = client.get(url)
    assert response.status_code == 200
    assert cache_state(response) == "miss", f"{url} was served stale"
    assert text in response.content.decode()


def test_anonymous_page_is_stored_and_served(demo, page_cache, client):
    get_twice(client, CONTENT_URL)


def test_pages_are_kept_per_language_and_query(demo, page_cache, client):
    get_twice(client, "/fi/")
    assert cache_state(client.get("/sv/")) == "miss"
    assert cache_state(client.get("/fi/?page=2")) == "miss"
    assert cache_state(client.get("/fi/")) == "hit"


def test_public_cache_control_etag_and_last_modified(demo, page_cache, client):
    for response in (client.get(CONTENT_URL), client.get(CONTENT_URL)):
        cache_control = response["Cache-Control"]
        assert "public" in cache_control
        assert "max-age=60" in cache_control
        assert "stale-while-revalidate=300" in cache_control
        assert response["ETag"].startswith('"')
        assert response.has_header("Last-Modified")


def test_if_none_match_answers_304(demo, page_cache, client):
    first = client.get(CONTENT_URL)
    cached = client.get(CONTENT_URL, HTTP_IF_NONE_MATCH=first["ETag"])
    assert cached.status_code == 304
    assert cached.content == b""
    assert cached["ETag"] == first["ETag"]
    other = client.get(CONTENT_URL, HTTP_IF_NONE_MATCH='"something-else"')
    assert other.status_code == 200


def test_if_none_match_answers_304_on_a_fresh_render(demo, settings, client):
    # The validators work without the page cache too (a proxy can still revalidate).
    settings.PAGE_CACHE_ENABLED = True
    etag = client.get(CONTENT_URL)["ETag"]
    settings.PAGE_CACHE_TIMEOUT = 0
    Site.objects.get(is_default_site=True).save()  # new content version, nothing stored
    assert client.get(CONTENT_URL, HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_head_is_answered_from_the_stored_page(demo, page_cache, client):
    client.get(CONTENT_URL)
    response = client.head(CONTENT_URL)
    assert response.status_code == 200
    assert cache_state(response) == "hit"


# --- invalidation ---------------------------------------------------------------------------


def test_publish_makes_the_page_and_the_pages_that_list_it_stale(demo, page_cache, client):
    page = ContentPage.objects.get(slug="mita-on-ankkuritoiminta")
    get_twice(client, CONTENT_URL)
    get_twice(client, "/fi/")
    page.title = "Uusi otsikko julkaistu"
    page.save_revision().publish()
    assert_fresh(client, CONTENT_URL, "Uusi otsikko julkaistu")
    assert cache_state(client.get("/fi/")) == "miss"


def test_unpublish(demo, page_cache, client):
    news = NewsPage.objects.filter(locale__language_code="fi").live().first()
    url = news.get_url()
    get_twice(client, url)
    get_twice(client, "/fi/ajankohtaista/")
    news.unpublish()
    assert client.get(url).status_code == 404
    index = client.get("/fi/ajankohtaista/")
    assert cache_state(index) == "miss"
    assert news.title not in index.content.decode()


def test_move(demo, page_cache, client):
    news = NewsPage.objects.filter(locale__language_code="fi").live().first()
    old_url = news.get_url()
    get_twice(client, old_url)
    target = ContentPage.objects.get(slug="mita-on-ankkuritoiminta")
    news.move(target, pos="last-child")
    new_url = f"{CONTENT_URL}{news.slug}/"
    # Not the stored page: Wagtail's automatic redirect to where the page went.
    moved = client.get(old_url)
    assert moved.status_code == 301
    assert moved["Location"] == new_url
    assert_fresh(client, new_url, news.title)


def test_delete(demo, page_cache, client):
    news = NewsPage.objects.filter(locale__language_code="fi").live().first()
    get_twice(client, "/fi/ajankohtaista/")
    title = news.title
    news.delete()
    index = client.get("/fi/ajankohtaista/")
    assert cache_state(index) == "miss"
    assert title not in index.content.decode()


def test_publishing_a_translated_page(demo, page_cache, client):
    fi = ContentPage.objects.get(slug="mita-on-ankkuritoiminta")
    sv = ContentPage.objects.get(translation_key=fi.translation_key, locale__language_code="sv")
    sv_url = sv.get_url()
    get_twice(client, sv_url)
    sv.title = "Ny svensk rubrik"
    sv.save_revision().publish()
    assert_fresh(client, sv_url, "Ny svensk rubrik")


def test_creating_a_news_item_shows_on_the_index(demo, page_cache, client):
    get_twice(client, "/fi/ajankohtaista/")
    index = NewsIndexPage.objects.get(locale__language_code="fi")
    index.add_child(
        instance=NewsPage(
            title="Tuore uutinen",
            slug="tuore-uutinen",
            lead="Ingressi.",
            date=datetime.date(2030, 1, 1),
        )
    ).save_revision().publish()
    assert_fresh(client, "/fi/ajankohtaista/", "Tuore uutinen")


def test_menu_snippet_save(demo, page_cache, client):
    get_twice(client, "/fi/")
    menu = NavigationMenu.objects.get(location="header", locale__language_code="fi")
    block = menu.items[0]
    block.value["label"] = "Muutettu valikko"
    menu.save()
    assert_fresh(client, "/fi/", "Muutettu valikko")


def test_site_settings_save(demo, page_cache, client):
    get_twice(client, "/fi/")
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.organisation_fi = "Uusi organisaatio"
    site_settings.save()
    assert_fresh(client, "/fi/", "Uusi organisaatio")


def test_team_save(demo, page_cache, client):
    team = Team.objects.get(slug="helsinki")
    get_twice(client, "/fi/teams/")
    get_twice(client, "/fi/teams/helsinki/")
    team.name_fi = "Helsingin uusi ankkuritiimi"
    team.save()
    assert_fresh(client, "/fi/teams/", "Helsingin uusi ankkuritiimi")
    assert_fresh(client, "/fi/teams/helsinki/", "Helsingin uusi ankkuritiimi")


def test_team_municipalities_change(demo, page_cache, client):
    team = Team.objects.get(slug="helsinki")
    get_twice(client, "/fi/teams/helsinki/")
    team.municipalities.clear()
    assert cache_state(client.get("/fi/teams/helsinki/")) == "miss"


def test_partner_save(demo, page_cache, client):
    partner = Partner.objects.filter(locale__language_code="fi").first()
    get_twice(client, "/fi/partners/")
    partner.name = "Uusi kumppani"
    partner.save()
    assert_fresh(client, "/fi/partners/", "Uusi kumppani")


def test_glossary_term_save(demo, page_cache, client):
    glossary = GlossaryPage.objects.get(locale__language_code="fi")
    url = glossary.get_url()
    get_twice(client, url)
    term = GlossaryTerm.objects.filter(page=glossary).first()
    term.definition = "Aivan uusi määritelmä."
    term.save()
    assert_fresh(client, url, "Aivan uusi määritelmä.")


def test_register_change_makes_public_statistics_stale(demo, page_cache, client):
    url = f"/fi/reports/statistics/{datetime.date.today().year - 1}/"
    get_twice(client, url)
    TeamYearLock.objects.create(team=Team.objects.first(), year=2001)
    assert cache_state(client.get(url)) == "miss"
    assert cache_state(client.get(url)) == "hit"


def test_public_statistics_are_computed_once_per_register_version(
    demo, client, django_assert_max_num_queries
):
    url = f"/fi/reports/statistics/{datetime.date.today().year - 1}/"
    client.get(url)
    with django_assert_max_num_queries(2):
        assert client.get(url).status_code == 200
    TeamYearLock.objects.create(team=Team.objects.first(), year=2001)
    # Computing the figures again takes about 16 queries (the stored yearly snapshot will
    # make this one); it happens once per change of the register, not per request.
    with django_assert_max_num_queries(25) as captured:
        client.get(url)
    assert len(captured) > 2, "a register change must recompute the figures"
    with django_assert_max_num_queries(2):
        client.get(url)


# --- never cached ---------------------------------------------------------------------------


def test_signed_in_pages_are_not_stored_and_say_no_store(demo, page_cache, client):
    user = get_user_model().objects.create_user("lukija", password="x")
    client.force_login(user)
    for _ in range(2):
        response = client.get(CONTENT_URL)
        assert response.status_code == 200
        assert cache_state(response) is None
        assert "no-store" in response["Cache-Control"]
        assert "lukija" in response.content.decode()


def test_signed_in_user_never_gets_the_anonymous_copy(demo, page_cache, client):
    get_twice(client, CONTENT_URL)
    user = get_user_model().objects.create_user("lukija", password="x")
    client.force_login(user)
    response = client.get(CONTENT_URL)
    assert cache_state(response) is None
    assert "lukija" in response.content.decode()


def test_anonymous_copy_never_holds_a_signed_in_page(demo, page_cache, client):
    user = get_user_model().objects.create_user("lukija", password="x")
    client.force_login(user)
    client.get(CONTENT_URL)
    client.logout()
    client.cookies.clear()
    response = client.get(CONTENT_URL)
    assert cache_state(response) == "miss"
    assert "lukija" not in response.content.decode()


def test_response_that_sets_a_cookie_is_not_stored(demo, page_cache, client):
    for _ in range(2):
        response = client.get("/fi/login/")
        assert response.status_code == 200
        assert cache_state(response) is None


def test_request_with_a_pending_message_is_not_served_from_the_cache(demo, page_cache, client):
    get_twice(client, CONTENT_URL)
    client.cookies["messages"] = "anything"
    assert cache_state(client.get(CONTENT_URL)) is None


def test_page_showing_a_message_is_not_stored(demo, page_cache, rf):
    from django.contrib.messages import add_message, constants
    from django.contrib.messages.storage.fallback import FallbackStorage
    from django.http import HttpResponse

    from portal.middleware import is_cacheable_response

    request = rf.get("/fi/")
    request.session = {}
    request._messages = FallbackStorage(request)
    add_message(request, constants.INFO, "Tallennettu.")
    assert not is_cacheable_response(request, HttpResponse("ok"))


def test_form_error_is_not_stored(demo, page_cache, client):
    url = "/fi/teams/find/?municipality=Eiolemassa"
    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 200
        assert "Eiolemassa" in response.content.decode()
        assert cache_state(response) is None
    assert cache_state(client.get("/fi/teams/find/?municipality=Vaasa")) == "miss"
    assert cache_state(client.get("/fi/teams/find/?municipality=Vaasa")) == "hit"


def test_only_successful_answers_are_stored(demo, page_cache, client):
    for _ in range(2):
        assert cache_state(client.get("/fi/ei-ole-olemassa/")) is None


def test_admin_is_never_cached(demo, page_cache, client):
    assert cache_state(client.get("/admin/login/")) is None


def test_page_cache_can_be_switched_off(demo, settings, client):
    settings.PAGE_CACHE_ENABLED = False
    assert cache_state(client.get(CONTENT_URL)) is None
    assert cache_state(client.get(CONTENT_URL)) is None


def test_a_draft_of_a_page_does_not_change_the_live_page(demo, page_cache, client):
    page = Page.objects.get(
        url_path__endswith="/mita-on-ankkuritoiminta/", locale__language_code="fi"
    )
    get_twice(client, CONTENT_URL)
    page = page.specific
    page.title = "Luonnos, ei julkaistu"
    page.save_revision()
    response = client.get(CONTENT_URL)
    assert "Luonnos, ei julkaistu" not in response.content.decode()
