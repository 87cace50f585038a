"""Test data factories (factory_boy) for the portal's shared models: teams covering real
municipalities, memberships, partners, and users with a team role or a national group.

    team = TeamFactory(municipalities=Municipality.objects.filter(code__in=["091", "049"]))
    leader = TeamMembershipFactory(team=team, role=TeamRole.TEAM_LEADER).user
    coordinator = UserFactory(groups=[NATIONAL_COORDINATOR_GROUP])
    PartnerFactory(regions=[Region.LAPLAND])
"""

import factory
from django.conf import settings
from django.contrib.auth.models import Group
from factory.django import DjangoModelFactory, Password
from wagtail.models import Locale

from portal.codes import PartnerSector, PoliceDepartment, TeamRole
from portal.models import Partner, PartnerRegion, Team, TeamMembership

TEST_PASSWORD = "test-pass-123"


class TeamFactory(DjangoModelFactory):
    class Meta:
        model = Team
        django_get_or_create = ("code",)
        skip_postgeneration_save = True

    code = factory.Sequence(lambda n: f"T{n:03d}")
    slug = factory.Sequence(lambda n: f"testitiimi-{n}")
    name_fi = factory.Sequence(lambda n: f"Testitiimi {n}")
    name_sv = factory.Sequence(lambda n: f"Testteam {n}")
    name_en = factory.Sequence(lambda n: f"Test team {n}")
    police_department = PoliceDepartment.HELSINKI

    @factory.post_generation
    def municipalities(self, create, extracted, **kwargs):
        """The Municipality rows (loaded by the portal's migrations) the team covers."""
        if create and extracted is not None:
            self.municipalities.set(extracted)


class UserFactory(DjangoModelFactory):
    class Meta:
        model = settings.AUTH_USER_MODEL
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = "Nea"
    last_name = factory.Sequence(lambda n: f"Uusi{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.fi")
    password = Password(TEST_PASSWORD)

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        """Names of the national groups (roles) the user belongs to."""
        if create and extracted:
            self.groups.add(*(Group.objects.get_or_create(name=name)[0] for name in extracted))


class TeamMembershipFactory(DjangoModelFactory):
    """A user with a role in a team (both made unless given)."""

    class Meta:
        model = TeamMembership

    user = factory.SubFactory(UserFactory)
    team = factory.SubFactory(TeamFactory)
    role = TeamRole.EXPERT


class PartnerFactory(DjangoModelFactory):
    """A partner of the directory, in Finnish unless a locale is given."""

    class Meta:
        model = Partner
        skip_postgeneration_save = True

    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="fi"))
    name = factory.Sequence(lambda n: f"Kumppani {n}")
    slug = factory.Sequence(lambda n: f"kumppani-{n}")
    sector = PartnerSector.NGO
    purpose = "Tuki nuorille."

    @factory.post_generation
    def regions(self, create, extracted, **kwargs):
        """Region codes the partner works in (when it is not nationwide)."""
        if extracted:
            self.regions = [PartnerRegion(region=code) for code in extracted]
            if create:
                self.save()
