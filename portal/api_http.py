"""HTTP behaviour of the headless API under /api/: no language redirects, JSON errors,
ETag and Cache-Control. The public HTML pages are not touched by anything here."""

from django.conf import settings
from django.http import JsonResponse
from django.middleware.http import ConditionalGetMiddleware
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers

API_PREFIX = "/api/"


def is_api_path(path):
    return path.startswith(API_PREFIX)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, except under /api/: the API chooses languages with ?locale=
    (never Accept-Language or the cookie), so its responses are the same for every client, and
    its 404s stay JSON 404s instead of redirects to /fi/api/…"""

    def process_request(self, request):
        if is_api_path(request.path_info):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = translation.get_language()
            return None
        return super().process_request(request)

    def process_response(self, request, response):
        if is_api_path(request.path_info):
            return response
        return super().process_response(request, response)


class ApiConditionalGetMiddleware(ConditionalGetMiddleware):
    """ETag, Cache-Control and 304 Not Modified for successful GETs of the API."""

    def process_response(self, request, response):
        if not is_api_path(request.path_info) or request.method not in ("GET", "HEAD"):
            return response
        if response.status_code != 200:
            return response
        patch_cache_control(
            response, public=True, max_age=getattr(settings, "API_CACHE_MAX_AGE", 300)
        )
        patch_vary_headers(response, ["Origin"])
        return super().process_response(request, response)


def json_error(status, message):
    return JsonResponse({"message": message}, status=status)


def api_not_found(request, *args, **kwargs):
    return json_error(404, f"no such API endpoint: {request.path}")
