"""Fixtures: the portal's demo teams and users plus the training demo (courses, events,
the appendix 4 template and uusi.asiantuntija's plan)."""

import pytest
from django.contrib.auth import get_user_model


class Quiet:
    def progress(self, message):
        pass

    def add_account(self, *args):
        pass


@pytest.fixture(scope="module")
def training_data(django_db_setup, django_db_blocker):
    """Load the demo once per test module inside an outer transaction (what Django's
    TestCase.setUpTestData does): each test runs in a savepoint within it, and the whole
    module's data is rolled back at the end, so other apps' tests never see it."""
    from django.db import transaction
    from django.test import TestCase

    from portal import demo as portal_demo
    from training import demo

    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            # wagtail-localize publishes new translations on commit: run those callbacks,
            # app by app as load_demo commits them.
            for module in (portal_demo, demo):
                with TestCase.captureOnCommitCallbacks(execute=True):
                    module.load(Quiet())
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def training_demo(training_data, db):
    from django.core.cache import cache

    cache.clear()


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
    from training.factories import MembershipFactory

    return MembershipFactory(role=TeamRole.TEAM_LEADER).user


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

    from portal.roles import NATIONAL_COORDINATOR_GROUP
    from training.factories import UserFactory

    user = UserFactory(username="koordinaattori")
    user.groups.add(Group.objects.get_or_create(name=NATIONAL_COORDINATOR_GROUP)[0])
    return user
