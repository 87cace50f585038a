"""National dashboard (three languages), completeness, exports and the public yearly page,
which never shows a count from 1 to 4 nor lets a hidden cell be recomputed."""

import csv
import io
import re

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone, translation
from openpyxl import load_workbook

from forms.models import Meeting
from forms.reports.aggregates import YearFigures
from forms.reports.disclosure import merge_small_into_other, protect
from forms.reports.factories import AnnualReportFactory
from forms.reports.tests.conftest import make_team
from forms.reports.tests.test_disclosure import assert_safe
from forms.sample import generate
from portal.models import AuditEntry

YEAR = 2024
SMALL = {"1", "2", "3", "4"}


@pytest.fixture
def adversarial(register_data):
    """Beside the regular teams, a tiny team in its own police department: its figures are
    all small counts, the ones most likely to leak."""
    tiny = make_team("DDD", "Delta", "lappi", ["698"])
    generate([tiny], [YEAR], notifications_per_year=2, seed=3)
    return [*register_data, tiny]


def get(client, name, lang="en", **kwargs):
    with translation.override(lang):
        path = reverse(f"reports:{name}", kwargs=kwargs or None)
    return client.get(path)


def numeric_texts(html):
    soup = BeautifulSoup(html, "html.parser")
    texts = [td.get_text(strip=True) for td in soup.select("td")]
    texts += [t.get_text(strip=True) for t in soup.select("svg text")]
    return [t for t in texts if re.fullmatch(r"[<×\d\s.,–-]+", t)]


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_public_page_never_shows_small_counts(adversarial, client, lang):
    response = get(client, "public_year", lang, year=YEAR)
    assert response.status_code == 200
    html = response.content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert soup.html["lang"] == lang
    texts = numeric_texts(html)
    assert texts, "the page shows figures"
    assert not SMALL & set(texts), [t for t in texts if t in SMALL]
    assert "<5" in texts  # the tiny team's counts are there, hidden
    assert soup.select_one('table[data-table="region-age"]') is not None


@pytest.mark.django_db
def test_public_page_hidden_cells_cannot_be_recomputed(adversarial):
    """Every published table of the public page, checked by the exhaustive attacker."""
    from forms.reports.disclosure import two_way_groups, two_way_values
    from forms.reports.presentation import AGE_BANDS, PoliceDepartment

    figures = YearFigures(YEAR)
    for distribution in figures.distributions():
        if distribution.key == "ages":
            continue
        rows, _merged = merge_small_into_other(distribution.rows, "other")
        values = {("row", i): row.count for i, row in enumerate(rows)}
        values["total"] = distribution.total
        groups = (
            [([("row", i) for i in range(len(rows))], "total")] if distribution.additive else []
        )
        assert_safe(values, protect(values, groups, fixed={"total"}), groups)
    table = figures.clients_by_region_and_age
    matrix = [[table[r][b[0]] for b in AGE_BANDS] for r in PoliceDepartment.values if r in table]
    assert any(1 <= v <= 4 for row in matrix for v in row)
    values = two_way_values(matrix)
    groups = two_way_groups(len(matrix), len(AGE_BANDS))
    assert_safe(values, protect(values, groups, fixed={"total"}), groups)


@pytest.mark.django_db
def test_public_page_needs_no_sign_in_and_is_bounded(
    adversarial, client, django_assert_max_num_queries
):
    with django_assert_max_num_queries(40):
        assert get(client, "public_year", year=YEAR).status_code == 200
    assert get(client, "public").status_code == 302
    assert get(client, "public_year", year=1990).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_national_dashboard_in_every_language(
    adversarial, people, client, lang, django_assert_max_num_queries
):
    client.force_login(people["coordinator"])
    with django_assert_max_num_queries(45):
        response = client.get(
            f"/{lang}/reports/national/?year={YEAR}&region=helsinki&region=lappi&team=CCC"
        )
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == lang
    heading = soup.h1.get_text(strip=True)
    assert str(YEAR) in heading
    if lang != "en":
        assert heading != f"National statistics {YEAR}"
    # every chart has a table of the same numbers beside it
    for svg in soup.select("svg.bar-chart"):
        assert svg.find_next("table") is not None
    assert not SMALL & set(numeric_texts(response.content.decode()))


@pytest.mark.django_db
def test_national_exports_are_protected_and_audited(adversarial, people, client):
    client.force_login(people["coordinator"])
    response = client.get(reverse("reports:national_csv") + f"?year={YEAR}")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    values = [row[4] for row in rows[1:]]
    assert not SMALL & set(values)
    assert "<5" in values
    response = client.get(reverse("reports:national_xlsx") + f"?year={YEAR}")
    workbook = load_workbook(io.BytesIO(response.content))
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows(min_row=2, values_only=True):
            assert not any(isinstance(v, int) and 1 <= v <= 4 for v in row[1:]), row
    assert AuditEntry.objects.filter(action="export", user=people["coordinator"]).count() == 2


@pytest.mark.django_db
def test_completeness_counts_reports_and_silent_teams(adversarial, people, client):
    teams = adversarial
    AnnualReportFactory(team=teams[0], year=YEAR, state="accepted")
    AnnualReportFactory(team=teams[1], year=YEAR, state="submitted")
    client.force_login(people["coordinator"])
    response = client.get(reverse("reports:completeness") + f"?year={YEAR}&months=3")
    soup = BeautifulSoup(response.content, "html.parser")
    count = {el["data-count"]: int(el.text) for el in soup.select("[data-count]")}
    assert count["accepted"] == 1 and count["submitted"] == 1 and count["missing"] == 2
    # Generated records were all created just now: nobody is silent.
    assert count["silent"] == 0


@pytest.mark.django_db
def test_public_page_lists_only_years_with_statistics(adversarial, client):
    response = client.get(f"/en/reports/statistics/{YEAR}/")
    soup = BeautifulSoup(response.content, "html.parser")
    listed = {
        text
        for text in (li.get_text(strip=True) for li in soup.select("main li"))
        if text.isdigit() and len(text) == 4
    }
    with_data = {
        str(day.year)
        for day in Meeting.objects.dates("date", "year")
        if day.year < timezone.localdate().year
    }
    assert listed == with_data
    assert str(YEAR) in listed
