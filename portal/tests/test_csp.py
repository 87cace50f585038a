"""The public site keeps the strict Content-Security-Policy; the admins get the one they work
under (inline scripts allowed, still no framing by other sites, no plugins, no <base>)."""

import pytest
from django.contrib.auth import get_user_model


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split("; ") if part}


def test_public_pages_allow_no_inline_script(site_tree, client):
    public = directives(client.get("/fi/"))
    assert public["script-src"] == ["'self'"]
    assert public["object-src"] == ["'none'"]


@pytest.mark.parametrize("path", ["/admin/login/", "/admin/", "/django-admin/login/"])
def test_admin_policy_differs_from_the_public_one(site_tree, client, path):
    client.force_login(get_user_model().objects.create_superuser("editor", "e@example.fi", "x"))
    admin = directives(client.get(path))
    public = directives(client.get("/fi/"))
    assert admin != public
    assert admin["script-src"] == ["'self'", "'unsafe-inline'"]
    assert "'unsafe-eval'" not in admin["script-src"]
    assert admin["object-src"] == ["'none'"]
    assert admin["base-uri"] == ["'self'"]
    assert admin["frame-ancestors"] in (["'self'"], ["'none'"])


def test_a_path_that_only_starts_like_the_admin_gets_the_public_policy(site_tree, client):
    assert directives(client.get("/administration/"))["script-src"] == ["'self'"]
