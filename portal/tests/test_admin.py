"""Teams, partners, municipalities, memberships, menus and settings are editable in the
Wagtail admin; only staff get there."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from portal.models import NewsPage, Partner, Team

SNIPPET_LISTS = [
    "wagtailsnippets_portal_team:list",
    "wagtailsnippets_portal_partner:list",
    "wagtailsnippets_portal_municipality:list",
    "wagtailsnippets_portal_teammembership:list",
    "wagtailsnippets_portal_navigationmenu:list",
]


@pytest.fixture
def admin_client(client):
    client.force_login(get_user_model().objects.get(username="admin"))
    return client


@pytest.mark.parametrize("url_name", SNIPPET_LISTS)
def test_directory_listings_in_admin(demo, admin_client, url_name):
    assert admin_client.get(reverse(url_name)).status_code == 200


def test_edit_views_in_admin(demo, admin_client):
    team = Team.objects.get(code="HEL")
    partner = Partner.objects.get(slug="riku", locale__language_code="sv")
    news = NewsPage.objects.filter(locale__language_code="fi").first()
    urls = [
        reverse("wagtailsnippets_portal_team:edit", args=[team.pk]),
        reverse("wagtailsnippets_portal_partner:edit", args=[partner.pk]),
        reverse("wagtailadmin_pages:edit", args=[news.pk]),
    ]
    for url in urls:
        assert admin_client.get(url).status_code == 200, url
    settings = admin_client.get(reverse("wagtailsettings:edit", args=["portal", "sitesettings"]))
    assert admin_client.get(settings["Location"]).status_code == 200


def test_team_members_cannot_edit_the_directory(demo, client):
    client.force_login(get_user_model().objects.get(username="hel.asiantuntija"))
    response = client.get(reverse("wagtailsnippets_portal_team:list"))
    assert response.status_code in (302, 403)
