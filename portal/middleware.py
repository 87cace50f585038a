"""The anonymous page cache and the Cache-Control, ETag and Last-Modified headers.

Full responses of public pages are kept per scheme, host, URL and language for anonymous
GET and HEAD requests, with the versions (portal/cache.py) of the data they were built from:
a stored page is served only while every one of those versions is current, so a publish,
menu edit or team change makes it stale at once (in every process when the cache is Redis).

Never stored: requests with a session or messages cookie (signed-in users, pending
messages), responses that set a cookie, use the CSRF token, show a message, carry their own
Cache-Control, are not 200, are attachments (exports) or were marked with do_not_cache().
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date
from django.utils.translation import get_language_from_path
from wagtail.models import Site

from portal.cache import CONTENT, cached_value, current_versions, versions_are_current

# Served straight from the application, never from the page cache.
EXCLUDED_PREFIXES = ("/admin/", "/django-admin/", "/documents/", "/static/", "/media/", "/i18n/")
# Headers a stored page keeps (the rest are added again on the way out, e.g. HSTS).
KEPT_HEADERS = {
    "content-type",
    "content-language",
    "vary",
    "content-security-policy",
    "content-security-policy-report-only",
    "x-frame-options",
    "referrer-policy",
    "cross-origin-opener-policy",
    "x-content-type-options",
}


def page_cache_enabled():
    return getattr(settings, "PAGE_CACHE_ENABLED", True)


def public_cache_control():
    max_age = getattr(settings, "PAGE_CACHE_MAX_AGE", 60)
    stale = getattr(settings, "PAGE_CACHE_STALE_WHILE_REVALIDATE", 300)
    return {"public": True, "max_age": max_age, "stale_while_revalidate": stale}


def has_private_cookies(request):
    return (
        settings.SESSION_COOKIE_NAME in request.COOKIES
        or getattr(settings, "MESSAGE_COOKIE_NAME", "messages") in request.COOKIES
    )


def is_cacheable_request(request):
    return (
        request.method in ("GET", "HEAD")
        and not request.path.startswith(EXCLUDED_PREFIXES)
        and "HTTP_AUTHORIZATION" not in request.META
        and not has_private_cookies(request)
    )


def is_signed_in(request):
    user = getattr(request, "user", None)
    # Only look when the session was opened: an anonymous request without one stays lazy.
    return user is not None and has_private_cookies(request) and user.is_authenticated


def shows_messages(request):
    storage = getattr(request, "_messages", None)
    return storage is not None and bool(storage.used or storage._queued_messages)


def is_attachment(response):
    return response.get("Content-Disposition", "").lower().startswith("attachment")


def is_cacheable_response(request, response):
    return (
        response.status_code == 200
        and not response.streaming
        and not getattr(response, "page_cache_skip", False)
        and not response.cookies
        and not response.has_header("Cache-Control")
        and not request.META.get("CSRF_COOKIE_USED")
        and not shows_messages(request)
        and not is_attachment(response)
    )


def url_language(request):
    """The language the URL selects (/fi/, /sv/, /en/; LocaleMiddleware has not run yet)."""
    return get_language_from_path(request.path_info) or settings.LANGUAGE_CODE


def page_cache_key(request):
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(url.encode()).hexdigest()
    return f"portal:page:{url_language(request)}:{digest}"


def store(request, response):
    entry = {
        "status": response.status_code,
        "headers": [(k, v) for k, v in response.items() if k.lower() in KEPT_HEADERS],
        "content": response.content,
        "etag": response["ETag"],
        "last_modified": response.page_cache_time,
        "versions": request._page_cache_versions,
    }
    cache.set(page_cache_key(request), entry, getattr(settings, "PAGE_CACHE_TIMEOUT", 3600))


def response_from(entry):
    response = HttpResponse(entry["content"], status=entry["status"])
    for header, value in entry["headers"]:
        response[header] = value
    response["ETag"] = entry["etag"]
    response["Last-Modified"] = http_date(entry["last_modified"])
    response.page_cache_time = entry["last_modified"]
    return response


def add_validators(response):
    response["ETag"] = f'"{hashlib.md5(response.content, usedforsecurity=False).hexdigest()}"'
    response.page_cache_time = int(time.time())
    response["Last-Modified"] = http_date(response.page_cache_time)


def remember_site(request):
    """Wagtail looks the site up on every request (request._wagtail_site is where it keeps
    it for the request); the sites change rarely, so read them once per content version."""
    host = request.get_host()

    def find():
        site = Site.find_for_request(request)
        if site is not None:
            site.root_page  # noqa: B018 (stored with the site: every page route needs it)
        return site

    site = cached_value(CONTENT, f"site:{request.scheme}:{host}", find, request=request)
    request._wagtail_site = site


class AnonymousPageCacheMiddleware:
    """Put it near the top of MIDDLEWARE (after SecurityMiddleware and WhiteNoise), so that
    a stored page skips the rest and every cookie set below it is seen on the way out."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not (page_cache_enabled() and is_cacheable_request(request)):
            if not request.path.startswith(EXCLUDED_PREFIXES):
                remember_site(request)
            response = self.get_response(request)
            self.add_private_headers(request, response)
            return response

        entry = cache.get(page_cache_key(request))
        if entry is not None and versions_are_current(entry["versions"]):
            response = response_from(entry)
            response["X-Page-Cache"] = "hit"
            patch_cache_control(response, **public_cache_control())
            return self.conditional(request, response)

        # Versions are read before rendering: a change during the render leaves it stale.
        request._page_cache_versions = current_versions([CONTENT])
        remember_site(request)
        response = self.get_response(request)
        if is_cacheable_response(request, response):
            add_validators(response)
            if request.method == "GET":
                store(request, response)
            response["X-Page-Cache"] = "miss"
            patch_cache_control(response, **public_cache_control())
            return self.conditional(request, response)
        self.add_private_headers(request, response)
        return response

    @staticmethod
    def conditional(request, response):
        return get_conditional_response(
            request,
            etag=response["ETag"],
            last_modified=response.page_cache_time,
            response=response,
        )

    @staticmethod
    def add_private_headers(request, response):
        """Signed-in pages and exports must not be kept by browsers or proxies."""
        if response.has_header("Cache-Control"):
            return
        if is_attachment(response) or is_signed_in(request):
            patch_cache_control(response, private=True, no_store=True)
