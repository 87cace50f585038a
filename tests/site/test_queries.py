"""Every public page renders with a fixed number of SQL queries, whatever the amount of
news, teams or partners: render with N objects, then with 3N, and assert the same maximum."""

import datetime

import pytest

from handbook.models import HandbookSectionPage
from portal.codes import Region
from portal.factories import PartnerFactory, TeamFactory
from portal.models import Municipality, NewsIndexPage, NewsPage

# At most 10 queries for any public page, measured on the demo site with the page cache off
# (the count is of a full render) after one request has read the cached site chrome
# (menus, site settings, locales, handbook outline), as every later request finds it.
MAX_QUERIES = 10


def add_news(count, start):
    index = NewsIndexPage.objects.get(locale__language_code="fi")
    for i in range(start, start + count):
        index.add_child(
            instance=NewsPage(
                title=f"Uutinen {i}",
                slug=f"uutinen-{i}",
                lead="Lyhyt ingressi.",
                date=datetime.date(2025, 1, 1) + datetime.timedelta(days=i),
            )
        ).save_revision().publish()


def add_teams(count, start):
    municipalities = list(Municipality.objects.order_by("code")[: count + start + 3])
    for i in range(start, start + count):
        TeamFactory(municipalities=municipalities[i : i + 3])


def add_partners(count, start):
    PartnerFactory.create_batch(count, regions=[Region.LAPLAND, Region.KAINUU])


def add_sections(count, start):
    chapter = HandbookSectionPage.objects.get(locale__language_code="fi", number="2")
    for i in range(start, start + count):
        chapter.add_child(
            instance=HandbookSectionPage(
                title=f"Testiluku {i}", slug=f"testiluku-{i}", number=f"2.{90 + i}"
            )
        ).save_revision().publish()
        chapter.refresh_from_db()


def max_queries(client, url, django_assert_max_num_queries, limit):
    with django_assert_max_num_queries(limit) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


GROWERS = {
    "home": (add_news, "/fi/"),
    "news_index": (add_news, "/fi/ajankohtaista/"),
    "news_item": (add_news, "/fi/ajankohtaista/ankkurikahvit/"),
    "content": (add_news, "/fi/mita-on-ankkuritoiminta/"),
    "team_list": (add_teams, "/fi/teams/"),
    "team_detail": (add_teams, "/sv/teams/helsinki/"),
    "find_team": (add_teams, "/fi/teams/find/?municipality=Vaasa"),
    "partner_list": (add_partners, "/fi/partners/?region=lappi"),
    "partner_detail": (add_partners, "/fi/partners/vamos/"),
    "handbook_root": (add_sections, "/fi/kasikirja/"),
    "chapter": (add_sections, "/fi/kasikirja/2/"),
    "deep_section": (add_sections, "/fi/kasikirja/2/2-3/2-3-6/"),
    "glossary": (add_sections, "/fi/kasikirja/sanasto/"),
    "leaflet": (add_teams, "/fi/esite/"),
    "team_leaflet": (add_teams, "/fi/handbook-tools/leaflet/helsinki/"),
    "search": (add_news, "/fi/search/?q=uutinen"),
    "statistics": (add_teams, f"/fi/reports/statistics/{datetime.date.today().year - 1}/"),
    "training_index": (add_news, "/fi/koulutus/"),
    "course": (add_news, "/fi/koulutus/lainsaadanto-ja-tietojenvaihto/"),
    "event": (add_news, "/fi/koulutus/valtakunnallinen-seminaari/"),
}


@pytest.mark.parametrize("name", list(GROWERS))
def test_queries_do_not_grow_with_content(demo, client, django_assert_max_num_queries, name):
    grow, url = GROWERS[name]
    limit = MAX_QUERIES
    n = 4
    grow(n, 0)
    client.get(url)  # warm the per-process caches (site root paths), as in production
    with_n = max_queries(client, url, django_assert_max_num_queries, limit)
    grow(2 * n, n)
    client.get(url)
    with_3n = max_queries(client, url, django_assert_max_num_queries, limit)
    assert with_3n == with_n, f"{url}: {with_n} queries with {n} objects, {with_3n} with {3 * n}"


def test_news_index_pages_through_many_items(demo, client):
    add_news(25, 0)
    first = client.get("/fi/ajankohtaista/")
    assert len(first.context["news_page"].object_list) == 10
    assert first.context["news_page"].paginator.num_pages == 3
    last = client.get("/fi/ajankohtaista/?page=3")
    assert len(last.context["news_page"].object_list) == 9
