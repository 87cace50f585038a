import pytest

from forms.reports.sample import generate
from portal.models import Municipality, Team

TEAMS = [
    ("AAA", "Alfa", "helsinki", ["091"]),
    ("BBB", "Beta", "helsinki", ["092", "049"]),
    ("CCC", "Gamma", "oulu", ["564"]),
]


def make_team(code, name, region, municipality_codes=()):
    team, _created = Team.objects.get_or_create(
        code=code,
        defaults={
            "slug": code.lower(),
            "name_fi": f"{name} fi",
            "name_sv": f"{name} sv",
            "name_en": f"{name} en",
            "police_department": region,
        },
    )
    team.municipalities.set(Municipality.objects.filter(code__in=municipality_codes))
    return team


@pytest.fixture
def teams(db):
    return [make_team(*spec) for spec in TEAMS]


@pytest.fixture
def register_data(teams):
    """Three teams, three years of generated register records."""
    generate(teams, [2023, 2024, 2025], cases_per_year=30, seed=7)
    return teams
