"""Fixtures of the site-wide tests (`demo`, the demo site, comes from the root conftest)."""

import pytest


@pytest.fixture
def client(client):
    client.defaults["SERVER_NAME"] = "localhost"
    return client
