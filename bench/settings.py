"""Settings of the page benchmark (bench/pages_bench.py): production settings over plain
HTTP on loopback, plus the "hello" view of bench/urls.py. Never used to serve the site."""

from portal.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
