"""Bad query parameters get the default, never a 500: NUL bytes, huge and malformed numbers."""

import pytest
from django.urls import reverse

BAD_YEARS = ["\x00", "2024\x00", "9" * 30, "-1", "1e9", "２０２４", ""]
TEAM_VIEWS = ["dashboard", "case_list", "meeting_list", "meeting_export"]
NATIONAL_VIEWS = ["national", "completeness", "national_csv"]


@pytest.mark.parametrize("name", TEAM_VIEWS)
def test_team_views_ignore_a_bad_year(client, records, expert, name):
    client.force_login(expert)
    url = reverse(f"forms:{name}", kwargs={"team": "HEL"})
    for year in BAD_YEARS:
        assert client.get(url, {"year": year}).status_code == 200, repr(year)


@pytest.mark.parametrize("name", NATIONAL_VIEWS)
def test_national_views_ignore_bad_numbers(client, records, users, name):
    client.force_login(users["coordinator"])
    url = reverse(f"reports:{name}")
    for value in BAD_YEARS:
        response = client.get(url, {"year": value, "months": value})
        assert response.status_code == 200, repr(value)


def test_the_export_falls_back_to_this_year(client, records, expert):
    client.force_login(expert)
    url = reverse("forms:meeting_export", kwargs={"team": "HEL"})
    response = client.get(url, {"year": "9" * 30})
    assert response["Content-Disposition"].endswith('-2026-meetings.csv"')
