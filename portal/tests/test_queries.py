"""Every public page renders with a fixed number of SQL queries, whatever the amount of
news, teams or partners: render with N objects, then with 3N, and assert the same maximum."""

import datetime

import pytest

from portal.codes import Region
from portal.factories import PartnerFactory, TeamFactory
from portal.models import Municipality, NewsIndexPage, NewsPage

# Upper bounds measured on the demo site (with the menus, settings, switcher and hreflang).
MAX_QUERIES = {
    "home": 18,
    "news_index": 19,
    "news_item": 18,
    "content": 16,
    "team_list": 11,
    "team_detail": 10,
    "find_team": 12,
    "partner_list": 10,
    "partner_detail": 10,
}


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
}


@pytest.mark.parametrize("name", list(GROWERS))
def test_queries_do_not_grow_with_content(demo, client, django_assert_max_num_queries, name):
    grow, url = GROWERS[name]
    limit = MAX_QUERIES[name]
    n = 4
    grow(n, 0)
    client.get(url)  # warm the per-process caches (site root paths), as in production
    with_n = max_queries(client, url, django_assert_max_num_queries, limit)
    grow(2 * n, n)
    with_3n = max_queries(client, url, django_assert_max_num_queries, limit)
    assert with_3n == with_n, f"{url}: {with_n} queries with {n} objects, {with_3n} with {3 * n}"


def test_news_index_pages_through_many_items(demo, client):
    add_news(25, 0)
    first = client.get("/fi/ajankohtaista/")
    assert len(first.context["news_page"].object_list) == 10
    assert first.context["news_page"].paginator.num_pages == 3
    last = client.get("/fi/ajankohtaista/?page=3")
    assert len(last.context["news_page"].object_list) == 9
