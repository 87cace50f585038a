"""The portal's factories build data the directory and the access rules treat as real."""

import pytest
from django.contrib.auth import authenticate
from django.test import RequestFactory
from wagtail.models import Locale

from portal.access import can_lead_team, is_team_member, member_teams
from portal.codes import Region, TeamRole
from portal.directory import filter_partners, teams_for_municipality
from portal.factories import (
    TEST_PASSWORD,
    PartnerFactory,
    TeamFactory,
    TeamMembershipFactory,
    UserFactory,
)
from portal.models import Municipality, Partner

pytestmark = pytest.mark.django_db


def test_team_covers_real_municipalities():
    vaasa, mustasaari = Municipality.objects.filter(name_fi__in=["Vaasa", "Mustasaari"])
    team = TeamFactory(municipalities=[vaasa, mustasaari])
    other = TeamFactory()
    assert team.code != other.code and team.slug != other.slug
    assert teams_for_municipality(vaasa) == [team]
    assert not other.municipalities.exists()


def test_memberships_give_team_roles():
    leader = TeamMembershipFactory(role=TeamRole.TEAM_LEADER)
    team = leader.team
    expert = TeamMembershipFactory(team=team, role=TeamRole.EXPERT).user
    outsider = UserFactory()
    assert can_lead_team(leader.user, team)
    assert is_team_member(expert, team) and not can_lead_team(expert, team)
    assert not member_teams(outsider).exists()
    # Sign-in throttling (django-axes) needs the request on every authenticate call.
    request = RequestFactory().post("/fi/login/")
    assert authenticate(request, username=expert.username, password=TEST_PASSWORD) == expert


def test_users_get_their_national_groups():
    user = UserFactory(groups=["Editors", "Reviewers"])
    assert set(user.groups.values_list("name", flat=True)) == {"Editors", "Reviewers"}


def test_partners_work_in_their_regions():
    lapland = PartnerFactory(regions=[Region.LAPLAND])
    nationwide = PartnerFactory(nationwide=True)
    in_lapland = filter_partners(Partner.objects.all(), region=Region.LAPLAND)
    in_kainuu = filter_partners(Partner.objects.all(), region=Region.KAINUU)
    assert set(in_lapland) == {lapland, nationwide}
    assert list(in_kainuu) == [nationwide]
    assert lapland.locale == Locale.objects.get(language_code="fi")
