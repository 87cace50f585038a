"""Fixtures of the portal's tests: the demo site loaded once per module."""

import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction


@pytest.fixture(scope="package")
def demo_db(django_db_setup, django_db_blocker):
    """The whole demo site (load_demo), built once for the portal test package inside a
    transaction that is rolled back afterwards; each test runs in a savepoint inside it."""
    with django_db_blocker.unblock():
        cache.clear()
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            call_command("load_demo", stdout=io.StringIO())
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            cache.clear()


@pytest.fixture
def demo(demo_db, db):
    """Use in tests that read the demo site."""
    cache.clear()


@pytest.fixture
def client(client):
    client.defaults["SERVER_NAME"] = "localhost"
    return client
