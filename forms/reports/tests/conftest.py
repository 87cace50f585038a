import pytest

from forms.sample import generate
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
    generate(teams, [2023, 2024, 2025], notifications_per_year=30, seed=7)
    return teams


@pytest.fixture
def people(teams):
    """One account per role: team AAA's expert, leader and coordinating manager, BBB's
    coordinating manager, the national coordinator, the data controller, an outsider."""
    from django.contrib.auth.models import Group, User

    from portal.models import TeamMembership
    from portal.roles import DATA_CONTROLLER_GROUP, NATIONAL_COORDINATOR_GROUP

    def user(name, team=None, role=None, group=None):
        account = User.objects.create_user(name, password="pw")
        if team:
            TeamMembership.objects.create(user=account, team=team, role=role)
        if group:
            account.groups.add(Group.objects.get_or_create(name=group)[0])
        return account

    aaa, bbb = teams[0], teams[1]
    return {
        "expert": user("expert", aaa, "expert"),
        "leader": user("leader", aaa, "team_leader"),
        "manager": user("manager", aaa, "coordinating_manager"),
        "other_manager": user("other_manager", bbb, "coordinating_manager"),
        "coordinator": user("coordinator", group=NATIONAL_COORDINATOR_GROUP),
        "controller": user("controller", group=DATA_CONTROLLER_GROUP),
        "outsider": user("outsider"),
    }
