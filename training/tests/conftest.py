"""Fixtures: the demo site's teams and users and its training content (courses, events,
the appendix 4 template and uusi.asiantuntija's plan)."""

import pytest
from django.contrib.auth import get_user_model


@pytest.fixture
def training_demo(demo):
    """The demo site (the root conftest's `demo`) with its training content and users."""


@pytest.fixture
def users(training_demo):
    User = get_user_model()
    return {user.username: user for user in User.objects.all()}


@pytest.fixture
def client(client):
    client.defaults["SERVER_NAME"] = "localhost"
    return client


@pytest.fixture
def login(client, users):
    def sign_in(username):
        client.logout()
        if username:
            client.force_login(users[username])
        return client

    return sign_in


@pytest.fixture
def demo_plan(training_demo):
    from training.models import OnboardingPlan

    return OnboardingPlan.objects.get(expert__username="uusi.asiantuntija")


@pytest.fixture
def law_course(training_demo):
    from training.models import CoursePage

    return CoursePage.objects.get(slug="lainsaadanto-ja-tietojenvaihto")


@pytest.fixture
def seminar(training_demo):
    from training.models import EventPage

    return EventPage.objects.get(slug="valtakunnallinen-seminaari")


# Small worlds built with training.factories, for tests that do not need the demo.


@pytest.fixture
def leader(db):
    """A team leader of a new team."""
    from portal.codes import TeamRole
    from portal.factories import TeamMembershipFactory

    return TeamMembershipFactory(role=TeamRole.TEAM_LEADER).user


@pytest.fixture
def plan(leader):
    """A plan of three items in the leader's team, made by the leader."""
    from training.factories import OnboardingPlanFactory

    team = leader.team_memberships.get().team
    return OnboardingPlanFactory(team=team, created_by=leader)


@pytest.fixture
def event(db):
    """A regional training day with two participants."""
    from training.factories import EventPageFactory, EventRegistrationFactory

    event = EventPageFactory()
    EventRegistrationFactory.create_batch(2, event=event)
    return event


@pytest.fixture
def coordinator(db):
    from django.contrib.auth.models import Group

    from portal.factories import UserFactory
    from portal.roles import NATIONAL_COORDINATOR_GROUP

    user = UserFactory(username="koordinaattori")
    user.groups.add(Group.objects.get_or_create(name=NATIONAL_COORDINATOR_GROUP)[0])
    return user
