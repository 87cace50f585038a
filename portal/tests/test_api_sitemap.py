"""Headless API (pages by locale, teams, partners) and the multilingual sitemap."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

from wagtail.models import Page

from portal.models import Partner, Team

SITEMAP_NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}


def test_pages_api_filters_by_locale(demo, client):
    response = client.get("/api/v2/pages/", {"locale": "sv", "limit": 100})
    assert response.status_code == 200
    data = response.json()
    sv_count = Page.objects.live().filter(locale__language_code="sv").count()
    assert data["meta"]["total_count"] == sv_count >= 10
    assert {item["meta"]["locale"] for item in data["items"]} == {"sv"}
    assert "Vad är ankarverksamhet?" in {item["title"] for item in data["items"]}


def test_pages_api_lists_all_languages_without_filter(demo, client):
    # Filtered to one type so the first page holds all of them, whatever else the demo has.
    data = client.get("/api/v2/pages/", {"type": "portal.HomePage", "limit": 100}).json()
    assert {item["meta"]["locale"] for item in data["items"]} == {"fi", "sv", "en"}
    everything = client.get("/api/v2/pages/", {"limit": 1}).json()
    per_locale = [
        client.get("/api/v2/pages/", {"locale": code, "limit": 1}).json()["meta"]["total_count"]
        for code in ("fi", "sv", "en")
    ]
    assert everything["meta"]["total_count"] == sum(per_locale)


def test_pages_api_exposes_page_fields(demo, client):
    data = client.get(
        "/api/v2/pages/", {"type": "portal.NewsPage", "locale": "en", "fields": "date,lead"}
    ).json()
    assert data["meta"]["total_count"] == 4
    assert all(item["date"] and item["lead"] for item in data["items"])
    detail = client.get(f"/api/v2/pages/{data['items'][0]['id']}/").json()
    assert detail["body"] and detail["lead"]


def test_images_and_documents_endpoints(demo, client):
    assert client.get("/api/v2/images/").status_code == 200
    assert client.get("/api/v2/documents/").status_code == 200


def test_teams_api(demo, client):
    data = client.get("/api/v2/teams/").json()
    assert data["meta"]["total_count"] == Team.objects.filter(is_active=True).count() == 7
    vaa = next(item for item in data["items"] if item["code"] == "VAA")
    assert vaa["name_sv"] == "Vasaregionens ankarteam"
    assert {m["name_sv"] for m in vaa["municipalities"]} == {"Vasa", "Korsholm", "Laihela"}
    assert vaa["police_department"]["code"] == "pohjanmaa"
    detail = client.get(f"/api/v2/teams/{vaa['id']}/").json()
    assert detail["email"] == "ankkuri.vaasa@example.fi"
    assert detail["description_en"]


def test_partners_api_filters_by_locale_sector_and_region(demo, client):
    data = client.get("/api/v2/partners/", {"locale": "en", "limit": 100}).json()
    assert data["meta"]["total_count"] == Partner.objects.filter(locale__language_code="en").count()
    assert {item["language"] for item in data["items"]} == {"en"}
    riku = next(item for item in data["items"] if item["slug"] == "riku")
    assert riku["sector"]["code"] == "programme"
    detail = client.get(f"/api/v2/partners/{riku['id']}/").json()
    assert detail["name"] == "Victim Support Finland (RIKU)"
    assert detail["steering_body"] == "Ministry of Justice"

    vamos = client.get("/api/v2/partners/", {"locale": "sv", "region": "lappi"}).json()
    slugs = {item["slug"] for item in vamos["items"]}
    assert "vamos" in slugs and "aggredi" not in slugs
    assert client.get("/api/v2/partners/", {"locale": "xx"}).status_code == 400


def test_api_rejects_unknown_parameters(demo, client):
    assert client.get("/api/v2/teams/", {"bogus": "1"}).status_code == 400


def test_sitemap_lists_every_live_page_with_alternates(demo, client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    entries = {}
    for url in root.findall("s:url", SITEMAP_NS):
        loc = urlsplit(url.find("s:loc", SITEMAP_NS).text).path
        alternates = {
            link.get("hreflang"): urlsplit(link.get("href")).path
            for link in url.findall("xhtml:link", SITEMAP_NS)
        }
        entries[loc] = alternates
    live = Page.objects.live().filter(depth__gt=1)
    assert set(entries) == {page.get_url() for page in live}
    assert {"/fi/", "/sv/", "/en/"} <= set(entries)
    assert entries["/sv/aktuellt/ankarkaffet/"] == {
        "fi": "/fi/ajankohtaista/ankkurikahvit/",
        "sv": "/sv/aktuellt/ankarkaffet/",
        "en": "/en/news/anchor-coffee/",
        "x-default": "/fi/ajankohtaista/ankkurikahvit/",
    }
