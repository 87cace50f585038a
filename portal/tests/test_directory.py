"""Team and partner directories: lists, pages, find-my-team, partner filter."""

import pytest
from django.utils.html import escape

from portal.directory import filter_partners, find_municipality
from portal.models import Municipality, Partner, Team

from .helpers import elements, html_lang


def test_find_municipality_by_name_or_code(db):
    municipalities = list(Municipality.objects.all())
    assert find_municipality("  vasa ", municipalities).code == "905"
    assert find_municipality("VAASA", municipalities).code == "905"
    assert find_municipality("091", municipalities).name_fi == "Helsinki"
    assert find_municipality("Helsingfors", municipalities).code == "091"
    assert find_municipality("Atlantis", municipalities) is None
    assert find_municipality("", municipalities) is None


def test_team_list_shows_police_department_and_municipalities(demo, client):
    html = client.get("/sv/teams/").content.decode()
    assert "Vasaregionens ankarteam" in html
    assert "Korsholm" in html  # municipality names in Swedish on /sv/
    fi = client.get("/fi/teams/").content.decode()
    assert "Mustasaari" in fi and "Korsholm" not in fi.split("<datalist")[0]
    assert "Pohjanmaan poliisilaitos" in fi


def test_team_page_has_contact_details(demo, client):
    response = client.get("/en/teams/helsinki/")
    html = response.content.decode()
    team = Team.objects.get(code="HEL")
    for text in [team.name_en, team.phone, team.email, team.visiting_address, "Team leader"]:
        assert text in html
    assert escape(team.description_en) in html
    assert client.get("/en/teams/no-such-team/").status_code == 404


@pytest.mark.parametrize(
    ("language", "typed", "team_name", "shown_name"),
    [
        ("fi", "Mustasaari", "Vaasan seudun ankkuritiimi", "Mustasaari"),
        ("sv", "korsholm", "Vasaregionens ankarteam", "Korsholm"),
        ("en", "Vantaa", "Vantaa and Kerava anchor team", "Vantaa"),
    ],
)
def test_find_my_team_in_each_language(demo, client, language, typed, team_name, shown_name):
    response = client.get(f"/{language}/teams/find/", {"municipality": typed})
    assert response.status_code == 200
    assert html_lang(response) == language
    html = response.content.decode()
    assert team_name in html
    assert response.context["municipality"].name == shown_name
    # What was typed stays in the field.
    assert elements(html, "input", name="municipality")[0]["value"] == typed


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("fi", "Emme löytäneet kuntaa"),
        ("sv", "Vi hittade ingen kommun"),
        ("en", "We did not find a municipality"),
    ],
)
def test_unknown_municipality_gives_translated_message(demo, client, language, message):
    response = client.get(f"/{language}/teams/find/", {"municipality": "Atlantis"})
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    field = elements(html, "input", name="municipality")[0]
    assert field["value"] == "Atlantis"
    assert field["aria-invalid"] == "true"
    assert "id_municipality-error" in field["aria-describedby"]


def test_municipality_without_team(demo, client):
    response = client.get("/en/teams/find/", {"municipality": "Utsjoki"})
    assert response.context["teams"] == []
    assert "No anchor team covering Utsjoki" in response.content.decode()


def test_find_team_with_hostile_input_does_not_fail(demo, client):
    for value in ["<script>", "x" * 500, "\x00", "' OR 1=1 --"]:
        assert client.get("/fi/teams/find/", {"municipality": value}).status_code == 200
    assert client.get("/fi/teams/find/").status_code == 200


def test_partner_list_filters_by_sector_and_region(demo, client):
    all_sv = client.get("/sv/partners/").context["partners"]
    assert {p.locale.language_code for p in all_sv} == {"sv"}
    assert "Brottsofferjouren (RIKU)" in [p.name for p in all_sv]

    youth = client.get("/en/partners/", {"sector": "youth"}).context["partners"]
    assert [p.slug for p in youth] == ["etsiva-nuorisotyo"]

    lapland = {p.slug for p in client.get("/en/partners/", {"region": "lappi"}).context["partners"]}
    assert "vamos" in lapland  # works in Rovaniemi
    assert "riku" in lapland  # nationwide
    assert "aggredi" not in lapland  # capital region only

    kainuu = {p.slug for p in client.get("/en/partners/", {"region": "kainuu"}).context["partners"]}
    assert "vamos" not in kainuu and "riku" in kainuu

    both = client.get("/en/partners/", {"sector": "ngo", "region": "uusimaa"}).context["partners"]
    assert [p.slug for p in both] == ["aggredi"]


def test_partner_filter_rejects_unknown_values_politely(demo, client):
    response = client.get("/fi/partners/", {"sector": "nope"})
    assert response.status_code == 200
    assert 'aria-invalid="true"' in response.content.decode()


def test_filter_partners_function(demo):
    partners = Partner.objects.filter(locale__language_code="fi")
    assert filter_partners(partners, "bogus", "bogus").count() == partners.count()
    assert set(filter_partners(partners, region="pohjois-savo").values_list("slug", flat=True)) >= {
        "vamos",
        "riku",
    }


def test_partner_page_in_each_language(demo, client):
    fi = client.get("/fi/partners/ohjaamo/").content.decode()
    sv = client.get("/sv/partners/ohjaamo/").content.decode()
    en = client.get("/en/partners/ohjaamo/").content.decode()
    assert "Työ- ja elinkeinoministeriö" in fi
    assert "Navigatorn" in sv and "Arbets- och näringsministeriet" in sv
    assert "Navigator (Ohjaamo)" in en
    assert client.get("/fi/partners/no-such/").status_code == 404


def test_table_7_programmes_are_all_there(demo):
    names = set(
        Partner.objects.filter(locale__language_code="sv", sector="programme").values_list(
            "name", flat=True
        )
    )
    assert names == {
        "Brottsofferjouren (RIKU)",
        "Exit",
        "MARAK",
        "Medling i brott- och tvistemål",
        "Vamos",
        "Navigatorn",
    }
