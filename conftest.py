"""Shared fixtures: the demo database (built once per session), the site tree, the language.

The demo database
-----------------
`demo` gives a test the complete demo site, as `make run` shows it. load_demo runs once per
session inside an outer transaction; each test that asks for `demo` runs in a savepoint
within it (pytest-django's `db`), so what a test changes is rolled back after it, and the
demo itself is rolled back as soon as the next test does not ask for it. Tests that ask for
the demo are therefore run first (in the database group, before transactional tests, which
flush the database): the demo is then built once. A test that never asks for it, or that
needs real commits (`transactional_db`, `live_server`), never sees it.
"""

import io

import pytest

DEMO_FIXTURE = "demo_db"
TRANSACTIONAL_FIXTURES = {"transactional_db", "live_server"}


def uses_demo(item):
    return DEMO_FIXTURE in getattr(item, "fixturenames", ())


def is_transactional(item):
    marker = item.get_closest_marker("django_db")
    if marker and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")):
        return True
    return bool(TRANSACTIONAL_FIXTURES & set(getattr(item, "fixturenames", ())))


class DemoDatabase:
    """The demo inside an outer transaction that stays open while demo tests run."""

    def __init__(self, django_db_blocker):
        self.blocker = django_db_blocker
        self.atomic = None
        self.loads = 0

    @property
    def loaded(self):
        return self.atomic is not None

    def load(self):
        from django.core.cache import cache
        from django.db import transaction
        from django.test import TestCase

        from portal.management.commands.load_demo import Command, demo_modules

        if self.loaded:
            return
        with self.blocker.unblock():
            cache.clear()
            self.atomic = transaction.atomic()
            self.atomic.__enter__()
            command = Command(stdout=io.StringIO())
            command.demo_accounts = []
            # load_demo commits app by app, and wagtail-localize publishes translations on
            # commit: inside the outer transaction, run each app's callbacks after its load.
            for _label, module in demo_modules():
                with TestCase.captureOnCommitCallbacks(execute=True):
                    with transaction.atomic():
                        module.load(command)
        self.loads += 1

    def discard(self):
        from django.core.cache import cache
        from django.db import transaction

        if not self.loaded:
            return
        with self.blocker.unblock():
            transaction.set_rollback(True)
            self.atomic.__exit__(None, None, None)
            self.atomic = None
            cache.clear()


DEMO_STASH = pytest.StashKey[DemoDatabase]()


@pytest.fixture(scope="session")
def demo_database(django_db_setup, django_db_blocker):
    database = DemoDatabase(django_db_blocker)
    yield database
    database.discard()


@pytest.fixture
def demo_db(request, demo_database):
    """The demo loaded (once) under this test's transaction; set up before `db` (below)."""
    if is_transactional(request.node):
        pytest.fail("The demo database cannot be used by a transactional test.")
    demo_database.load()
    request.config.stash[DEMO_STASH] = demo_database
    return demo_database


@pytest.fixture
def demo(demo_db, db):
    """The complete demo site, as `make run` shows it, rolled back after the test."""
    from django.core.cache import cache

    cache.clear()


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Demo tests first (pytest-django puts the database tests first, transactional ones
    after them), and the demo set up before the test's own transaction is opened."""
    demo_items = [item for item in items if uses_demo(item) and not is_transactional(item)]
    if not demo_items:
        return
    chosen = set(map(id, demo_items))
    items[:] = demo_items + [item for item in items if id(item) not in chosen]
    for item in demo_items:
        item.fixturenames.remove(DEMO_FIXTURE)
        item.fixturenames.insert(0, DEMO_FIXTURE)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    result = yield
    database = item.config.stash.get(DEMO_STASH, None)
    if database is not None and database.loaded and (nextitem is None or not uses_demo(nextitem)):
        database.discard()
    return result


@pytest.fixture
def site_tree(db):
    """The three home pages (fi root, sv and en translations) as load_demo builds them."""
    from portal.demo import ensure_home_pages

    class Quiet:
        def progress(self, message):
            pass

    return ensure_home_pages(Quiet())


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
