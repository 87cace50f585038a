"""Tests: the same apps as production, fast password hashing, in-memory e-mail."""

from .base import *  # noqa: F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
ALLOWED_HOSTS = ["*"]

# Serve static files straight from the apps (no collectstatic needed outside production).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# The tests load the demo site (DEBUG is off here as in production); two-factor stays off
# unless a test turns it on.
ALLOWED_DEMO = True
REQUIRE_TWO_FACTOR = False

# Tests roll the database back without signals, so a page stored by one test would outlive
# its rows: the page cache is switched on by the tests that test it (portal/tests).
PAGE_CACHE_ENABLED = False
