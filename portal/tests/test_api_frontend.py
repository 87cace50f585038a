"""The headless API as a front end uses it: JSON errors, localized find, rich text in the
page's language, absolute URLs, directory search/order/filters, CORS, caching headers, the
OpenAPI description and a small client that renders a handbook section."""

import html
import io
import json
import re

import jsonschema
import pytest
from django.conf import settings
from django.core.files.images import ImageFile
from django.utils import translation
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from portal.codes import PoliceDepartment
from portal.models import ContentPage

BASE = settings.WAGTAILAPI_BASE_URL


def assert_json(response, status):
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"].startswith("application/json")
    return response.json()


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/api/v2/pages/99999999/", 404),
        ("/api/v2/teams/99999999/", 404),
        ("/api/v2/partners/99999999/", 404),
        ("/api/v2/images/99999999/", 404),
        ("/api/v2/nothing/", 404),
        ("/api/v3/pages/", 404),
        ("/api/v2/pages/?locale=xx", 400),
        ("/api/v2/teams/?locale=xx", 400),
        ("/api/v2/partners/?locale=xx", 400),
        ("/api/v2/teams/?municipality=Atlantis", 400),
        ("/api/v2/pages/find/?html_path=/sv/finns-inte/", 404),
        ("/api/v2/pages/find/?html_path=/xx/", 404),
    ],
)
def test_errors_are_json_never_redirects(demo, client, url, status):
    body = assert_json(client.get(url, HTTP_ACCEPT_LANGUAGE="sv"), status)
    assert body["message"]


def test_api_root_lists_the_endpoints(demo, client):
    body = assert_json(client.get("/api/v2/"), 200)
    assert body["endpoints"]["pages"] == f"{BASE}/api/v2/pages/"
    assert body["openapi"] == f"{BASE}/api/v2/openapi.json"
    for url in body["endpoints"].values():
        assert client.get(url.removeprefix(BASE)).status_code == 200


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_find_takes_the_paths_of_html_url(demo, client, language):
    items = client.get("/api/v2/pages/", {"locale": language, "limit": 20}).json()["items"]
    assert items
    for item in items:
        assert item["meta"]["html_url"].startswith(f"{BASE}/{language}/")
        path = item["meta"]["html_url"].removeprefix(BASE)
        response = client.get("/api/v2/pages/find/", {"html_path": path})
        assert response.status_code == 302, path
        assert response["Location"].startswith(item["meta"]["detail_url"])


def test_rich_text_links_resolve_in_the_pages_own_language(demo, client):
    fi_target = ContentPage.objects.get(
        locale__language_code="fi", title="Mitä on ankkuritoiminta?"
    )
    sv_target = fi_target.get_translation(Locale.objects.get(language_code="sv"))
    sv_home = Page.objects.get(depth=2, locale__language_code="sv")
    page = sv_home.add_child(
        instance=ContentPage(
            title="Länkar",
            body=[
                {
                    "type": "paragraph",
                    "value": f'<p>Läs <a linktype="page" id="{fi_target.pk}">mer</a>.</p>',
                }
            ],
        )
    )
    page.save_revision().publish()
    # The client's language (Accept-Language, cookie) does not matter, the page's does.
    detail = client.get(f"/api/v2/pages/{page.pk}/", HTTP_ACCEPT_LANGUAGE="en").json()
    paragraph = detail["body"][0]["value"]
    assert "linktype" not in paragraph
    assert f'href="{sv_target.url}"' in paragraph
    assert detail["meta"]["html_url"] == BASE + page.url
    assert detail["meta"]["detail_url"] == f"{BASE}/api/v2/pages/{page.pk}/"


def test_every_url_is_absolute_from_one_base(demo, client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    buffer = io.BytesIO()
    PILImage.new("RGB", (1200, 900), "teal").save(buffer, "PNG")
    image = get_image_model().objects.create(
        title="Ankkuritiimi", file=ImageFile(buffer, name="tiimi.png")
    )
    listing = client.get("/api/v2/images/").json()
    item = next(i for i in listing["items"] if i["id"] == image.pk)
    assert item["meta"]["detail_url"] == f"{BASE}/api/v2/images/{image.pk}/"
    detail = client.get(f"/api/v2/images/{image.pk}/").json()
    assert detail["meta"]["download_url"].startswith(f"{BASE}/media/original_images/")
    renditions = detail["meta"]["renditions"]
    assert set(renditions) == {"thumbnail", "medium", "large"}
    assert renditions["thumbnail"]["url"].startswith(f"{BASE}/media/images/")
    assert (renditions["thumbnail"]["width"], renditions["thumbnail"]["height"]) == (320, 240)
    assert renditions["medium"]["width"] == 800

    pages = client.get("/api/v2/pages/", {"limit": 50}).json()["items"]
    urls = [p["meta"]["detail_url"] for p in pages] + [p["meta"]["html_url"] for p in pages]
    assert all(url.startswith(BASE + "/") for url in urls)


def test_image_listing_queries_do_not_grow_with_images(demo, client, settings, tmp_path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.MEDIA_ROOT = tmp_path

    def add_images(count):
        for n in range(count):
            buffer = io.BytesIO()
            PILImage.new("RGB", (100, 100), "red").save(buffer, "PNG")
            get_image_model().objects.create(title=f"k{n}", file=ImageFile(buffer, name="k.png"))
        client.get("/api/v2/images/")  # renditions are made on the first request

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/api/v2/images/").status_code == 200
        return len(captured)

    add_images(2)
    few = queries()
    add_images(4)
    assert queries() == few <= 12


def codes(response):
    return [item["code"] for item in response.json()["items"]]


def test_teams_search_order_and_filters(demo, client):
    assert codes(client.get("/api/v2/teams/", {"search": "vaasa"})) == ["VAA"]
    assert codes(client.get("/api/v2/teams/", {"search": "Korsholm"})) == ["VAA"]
    ordered = codes(client.get("/api/v2/teams/", {"order": "-code"}))
    assert ordered == sorted(ordered, reverse=True) and len(ordered) == 7
    assert codes(client.get("/api/v2/teams/", {"police_department": "pohjanmaa"})) == ["VAA"]
    assert codes(client.get("/api/v2/teams/", {"code": "HEL"})) == ["HEL"]
    # The municipality -> team look-up, by code or by name in either official language.
    assert codes(client.get("/api/v2/teams/", {"municipality": "091"})) == ["HEL"]
    assert codes(client.get("/api/v2/teams/", {"municipality": "Helsingfors"})) == ["HEL"]
    assert client.get("/api/v2/teams/", {"order": "nonsense"}).status_code == 400


def test_partners_search_and_order(demo, client):
    found = client.get("/api/v2/partners/", {"locale": "sv", "search": "brott"}).json()
    assert {item["slug"] for item in found["items"]} >= {"riku"}
    assert all(item["language"] == "sv" for item in found["items"])
    names = [
        i["name"]
        for i in client.get("/api/v2/partners/", {"locale": "en", "order": "name"}).json()["items"]
    ]
    assert names == sorted(names) and names


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_choice_labels_in_the_locale_language(demo, client, language):
    vaa = client.get("/api/v2/teams/", {"code": "VAA", "locale": language}).json()["items"][0]
    with translation.override(language):
        expected = str(PoliceDepartment("pohjanmaa").label)
    assert vaa["police_department"] == {"code": "pohjanmaa", "label": expected}
    partner = client.get("/api/v2/partners/", {"locale": language, "sector": "programme"})
    with translation.override(language):
        from portal.codes import PartnerSector

        label = str(PartnerSector("programme").label)
    assert {i["sector"]["label"] for i in partner.json()["items"]} == {label}


def test_labels_differ_between_languages(demo, client):
    labels = {
        language: client.get("/api/v2/teams/", {"code": "VAA", "locale": language}).json()["items"][
            0
        ]["police_department"]["label"]
        for language in ("fi", "sv")
    }
    assert labels["fi"] != labels["sv"]


def test_cors_only_for_configured_origins_and_only_on_the_api(demo, client, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://front.example.fi"]
    api = client.get("/api/v2/teams/", HTTP_ORIGIN="https://front.example.fi")
    assert api["Access-Control-Allow-Origin"] == "https://front.example.fi"
    other = client.get("/api/v2/teams/", HTTP_ORIGIN="https://evil.example.com")
    assert "Access-Control-Allow-Origin" not in other
    page = client.get("/fi/", HTTP_ORIGIN="https://front.example.fi")
    assert "Access-Control-Allow-Origin" not in page
    preflight = client.options(
        "/api/v2/pages/",
        HTTP_ORIGIN="https://front.example.fi",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert preflight["Access-Control-Allow-Origin"] == "https://front.example.fi"


def test_api_responses_carry_etag_and_cache_control(demo, client):
    response = client.get("/api/v2/teams/")
    assert response["ETag"]
    assert "max-age=300" in response["Cache-Control"] and "public" in response["Cache-Control"]
    again = client.get("/api/v2/teams/", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304
    changed = client.get("/api/v2/teams/", {"limit": 1}, HTTP_IF_NONE_MATCH=response["ETag"])
    assert changed.status_code == 200
    # Errors are not cached as if they were content.
    assert "ETag" not in client.get("/api/v2/teams/99999999/")


@pytest.fixture
def openapi(demo, client):
    return assert_json(client.get("/api/v2/openapi.json"), 200)


def validate(openapi, instance, schema_name):
    jsonschema.validate(
        instance,
        {"$ref": f"#/components/schemas/{schema_name}", "components": openapi["components"]},
        cls=jsonschema.Draft202012Validator,
    )


def test_openapi_describes_every_endpoint(openapi):
    assert openapi["openapi"].startswith("3.1")
    for name in ("pages", "images", "documents", "teams", "partners"):
        assert f"/api/v2/{name}/" in openapi["paths"]
        assert f"/api/v2/{name}/{{id}}/" in openapi["paths"]
    assert "/api/v2/pages/find/" in openapi["paths"]
    team = openapi["components"]["schemas"]["Team"]["properties"]
    assert {"code", "name_sv", "municipalities", "police_department", "email"} <= set(team)


def test_responses_match_the_openapi_description(openapi, client):
    validate(openapi, client.get("/api/v2/teams/").json(), "TeamListing")
    team = client.get("/api/v2/teams/").json()["items"][0]
    validate(openapi, client.get(f"/api/v2/teams/{team['id']}/").json(), "Team")
    validate(openapi, client.get("/api/v2/partners/", {"locale": "sv"}).json(), "PartnerListing")
    partner = client.get("/api/v2/partners/").json()["items"][0]
    validate(openapi, client.get(f"/api/v2/partners/{partner['id']}/").json(), "Partner")
    validate(openapi, client.get("/api/v2/pages/", {"limit": 100}).json(), "PageListing")
    validate(openapi, client.get("/api/v2/documents/").json(), "DocumentListing")
    validate(openapi, client.get("/api/v2/pages/99999999/").json(), "Error")
    for page in Page.objects.live().filter(depth__gt=1).specific()[:60]:
        detail = client.get(f"/api/v2/pages/{page.pk}/").json()
        validate(openapi, detail, f"page.{type(page)._meta.label}")
    # A described field that goes missing from the response fails the check.
    broken = client.get(f"/api/v2/teams/{team['id']}/").json()
    broken["police_department"] = "pohjanmaa"
    with pytest.raises(jsonschema.ValidationError):
        validate(openapi, broken, "Team")


class CountingClient:
    """A front end's view of the API: GETs JSON by absolute URL and counts its requests."""

    def __init__(self, client):
        self.client = client
        self.requests = 0

    def get(self, url, **params):
        self.requests += 1
        response = self.client.get(url.removeprefix(BASE), params)
        assert response.status_code == 200, (url, response.content[:200])
        return response.json()


def section_number_key(number):
    return [int(part) for part in re.findall(r"\d+", number or "")] or [0]


def render_block(block, terms):
    """A front end's rendering of a handbook body block to HTML, glossary terms marked."""
    value = block["value"]
    if block["type"] == "table":
        head = "".join(f"<th>{html.escape(c)}</th>" for c in value["columns"])
        rows = "".join(
            "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row["cells"]) + "</tr>"
            for row in value["rows"]
        )
        text = (
            f"<table><caption>Tabell {value['number']}. {html.escape(value['caption'])}</caption>"
            f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
        )
    elif isinstance(value, str):
        text = value
    else:
        text = html.escape(json.dumps(value, ensure_ascii=False))
    for term in terms:
        text = re.sub(
            rf"(?<![\w>])({re.escape(term['term'])})",
            rf'<abbr title="{html.escape(term["definition"])}">\1</abbr>',
            text,
            count=1,
            flags=re.IGNORECASE,
        )
    return text


def test_contract_swedish_handbook_in_at_most_five_requests(demo, client):
    api = CountingClient(client)
    root = api.get("/api/v2/")
    pages_url = root["endpoints"]["pages"]

    editions = api.get(pages_url, locale="sv", type="handbook.HandbookPage", fields="year,status")[
        "items"
    ]
    edition = next(e for e in editions if e["status"] == "current")
    sections = api.get(
        pages_url,
        descendant_of=edition["id"],
        type="handbook.HandbookSectionPage",
        fields="number",
        limit=100,
    )["items"]
    toc = sorted(sections, key=lambda s: section_number_key(s["number"]))
    assert [s["number"] for s in toc][:3] == sorted(
        [s["number"] for s in toc], key=section_number_key
    )[:3]
    assert all(s["meta"]["locale"] == "sv" for s in toc)
    assert all(s["meta"]["html_url"].startswith(f"{BASE}/sv/handbok/") for s in toc)
    statistics = next(s for s in toc if s["number"] == "2.3.6")

    section, glossary = (
        api.get(statistics["meta"]["detail_url"]),
        api.get(pages_url, child_of=edition["id"], type="handbook.GlossaryPage", fields="terms"),
    )
    terms = glossary["items"][0]["terms"]
    assert terms and all(t["term"] and t["definition"] for t in terms)
    rendered = "".join(render_block(block, terms) for block in section["body"])
    assert api.requests <= 5
    assert "<table><caption>Tabell 5." in rendered
    assert "<abbr title=" in rendered
    assert section["title"] in {s["title"] for s in toc}


def test_image_blocks_carry_rendition_urls(demo, client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    buffer = io.BytesIO()
    PILImage.new("RGB", (900, 600), "navy").save(buffer, "PNG")
    image = get_image_model().objects.create(title="Tiimi", file=ImageFile(buffer, name="t.png"))
    fi_home = Page.objects.get(depth=2, locale__language_code="fi")
    page = fi_home.add_child(
        instance=ContentPage(
            title="Kuvallinen sivu",
            body=[{"type": "image", "value": {"image": image.pk, "alt_text": "Neljä ihmistä"}}],
        )
    )
    page.save_revision().publish()
    block = client.get(f"/api/v2/pages/{page.pk}/").json()["body"][0]["value"]
    assert block["alt_text"] == "Neljä ihmistä"
    assert block["image"]["id"] == image.pk
    assert block["image"]["renditions"]["medium"]["url"].startswith(f"{BASE}/media/images/")


def test_labels_default_to_finnish(demo, client):
    vaa = client.get("/api/v2/teams/", {"code": "VAA"}).json()["items"][0]
    with translation.override("fi"):
        assert vaa["police_department"]["label"] == str(PoliceDepartment("pohjanmaa").label)
