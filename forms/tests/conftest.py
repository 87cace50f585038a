"""Fixtures of the register's tests: two teams, a user in every role, records."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from forms.factories import CaseFactory, MeetingFactory, NotificationFactory
from forms.models import CodeEntry, CodeList
from portal.codes import TeamRole
from portal.roles import DATA_CONTROLLER_GROUP, NATIONAL_COORDINATOR_GROUP

PASSWORD = "test-pass-123"


class Quiet:
    def progress(self, message):
        pass

    def add_account(self, *args):
        pass


@pytest.fixture
def teams(db):
    from portal.demo import ensure_teams
    from portal.models import Team

    ensure_teams(Quiet())
    return {team.code: team for team in Team.objects.all()}


@pytest.fixture
def hel(teams):
    return teams["HEL"]


@pytest.fixture
def tre(teams):
    return teams["TRE"]


def make_user(username, team=None, role=None, group=None, superuser=False):
    from portal.models import TeamMembership

    user = get_user_model().objects.create_user(
        username, password=PASSWORD, is_superuser=superuser, is_staff=superuser
    )
    if team is not None:
        TeamMembership.objects.create(user=user, team=team, role=role)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def users(hel, tre):
    """One user per role the access rules know."""
    return {
        "expert": make_user("hel.expert", hel, TeamRole.EXPERT),
        "leader": make_user("hel.leader", hel, TeamRole.TEAM_LEADER),
        "manager": make_user("hel.manager", hel, TeamRole.COORDINATING_MANAGER),
        "other_expert": make_user("tre.expert", tre, TeamRole.EXPERT),
        "coordinator": make_user("coordinator", group=NATIONAL_COORDINATOR_GROUP),
        "controller": make_user("controller", group=DATA_CONTROLLER_GROUP),
        "admin": make_user("admin", superuser=True),
    }


@pytest.fixture
def expert(users):
    return users["expert"]


def code(code_list, value):
    return CodeEntry.objects.get(code_list=code_list, code=value)


@pytest.fixture
def codes(db):
    return {
        "police": code(CodeList.REFERRAL_SOURCE, "police"),
        "school": code(CodeList.REFERRAL_SOURCE, "school"),
        "offence": code(CodeList.REASON, "offence"),
        "substance_use": code(CodeList.REASON, "substance_use"),
        "radicalisation": code(CodeList.REASON, "violent_radicalisation"),
        "theft": code(CodeList.OFFENCE, "theft"),
        "in_meeting": code(CodeList.ASSESSMENT, "in_meeting"),
        "not_done": code(CodeList.ASSESSMENT, "not_done"),
        "youth_work": code(CodeList.ONWARD_SERVICE, "youth_work"),
    }


@pytest.fixture
def records(hel, codes, expert):
    """A HEL case with one notification and one meeting; helpers to add more."""

    class Records:
        def case(self, team=hel, birth_year=2011):
            return CaseFactory(team=team, year=2026, birth_year=birth_year, created_by=expert)

        def notification(self, case, date=datetime.date(2026, 3, 2), reasons=("offence",)):
            return NotificationFactory(
                case=case,
                date_received=date,
                referred_by=codes["police"],
                reasons=[codes.get(r, r) for r in reasons],
            )

        def meeting(self, notification, date=datetime.date(2026, 3, 9), ordinal=None):
            extra = {"ordinal": ordinal} if ordinal else {}
            return MeetingFactory(
                notification=notification,
                date=date,
                assessment_way=codes["in_meeting"],
                created_by=expert,
                **extra,
            )

    r = Records()
    r.the_case = r.case()
    r.the_notification = r.notification(r.the_case)
    r.the_meeting = r.meeting(r.the_notification)
    return r
