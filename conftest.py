"""Shared fixtures: the demo-like site tree (three home pages) and users with roles."""

import pytest
from django.core.management import call_command


@pytest.fixture
def site_tree(db):
    """The three home pages (fi root, sv and en translations) as load_demo builds them."""
    from portal.demo import ensure_home_pages

    class Quiet:
        def progress(self, message):
            pass

    return ensure_home_pages(Quiet())


@pytest.fixture
def demo_site(db):
    """The complete demo site, as `make run` shows it."""
    call_command("load_demo", stdout=open("/dev/null", "w"))


@pytest.fixture
def client_host(client):
    client.defaults["SERVER_NAME"] = "localhost"
    return client


@pytest.fixture(autouse=True)
def default_language():
    """Every test starts in Finnish (the default), so reverse() and gettext do not depend on
    the language a previous test left active."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def clear_cache():
    """Values cached by version key outlive a rolled-back test; every test starts empty."""
    from django.core.cache import cache

    cache.clear()
    yield
