"""With REQUIRE_TWO_FACTOR, every register and report URL asks a register role for the second
factor first; the public statistics stay public. (Project-wide: it walks the register's and
the reports' URLconfs, which the portal's own tests may not import.)"""

import uuid

import pytest
from django.contrib.auth import get_user_model
from django.urls import URLPattern, reverse

from forms import urls as register_urls
from forms.reports import urls as report_urls


class Quiet:
    def progress(self, message):
        pass


@pytest.fixture
def expert(site_tree):
    from portal.codes import TeamRole
    from portal.demo import ensure_teams
    from portal.models import Team, TeamMembership

    ensure_teams(Quiet())
    user = get_user_model().objects.create_user("hel.expert", password="x-pass-123")
    TeamMembership.objects.create(
        user=user, team=Team.objects.get(code="HEL"), role=TeamRole.EXPERT
    )
    return user


def dummy_kwargs(pattern):
    values = {
        "team": "HEL",
        "case_code": "X1",
        "pk": 1,
        "run": uuid.uuid4(),
        "year": 2025,
        "code_list": "reason",
    }
    return {name: values[name] for name in pattern.pattern.converters}


def protected_urls():
    urls = []
    for namespace, module in [("forms", register_urls), ("reports", report_urls)]:
        for pattern in module.urlpatterns:
            assert isinstance(pattern, URLPattern)
            name = f"{namespace}:{pattern.name}"
            kwargs = dummy_kwargs(pattern)
            urls.append((name, reverse(name, kwargs=kwargs)))
    return urls


def test_every_register_and_report_url_requires_the_second_factor(client, settings, expert):
    settings.REQUIRE_TWO_FACTOR = True
    client.force_login(expert)
    public = {"reports:public", "reports:public_year"}
    setup_url = reverse("portal:two_factor_setup")
    for name, url in protected_urls():
        response = client.get(url)
        if name in public:
            assert not response.get("Location", "").startswith(setup_url), name
        else:
            assert response.status_code == 302, name
            assert response["Location"].startswith(setup_url), name
    # The public statistics stay public for everyone.
    client.logout()
    assert client.get(reverse("reports:public_year", kwargs={"year": 2025})).status_code in (
        200,
        404,
    )
