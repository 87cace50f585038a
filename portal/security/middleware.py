"""Middleware of the sign-in hardening (see portal/security/__init__.py)."""

import time

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.utils.cache import patch_vary_headers

from portal.security import two_factor
from portal.security.roles import is_register_role, session_is_register_role
from portal.security.signals import LAST_SEEN_KEY

# Write the last-seen time at most this often, so a page view does not always save the session.
LAST_SEEN_RESOLUTION = 60

# Register and report URL namespaces; these views stay public.
PROTECTED_NAMESPACES = {"forms", "reports"}
PUBLIC_VIEWS = {"reports:public", "reports:public_year"}
# The admins can change who is in which team and role: the same second factor for them.
PROTECTED_PREFIXES = ("/admin/", "/django-admin/")
ADMIN_SIGN_IN_PATHS = (
    "/admin/login/",
    "/admin/logout/",
    "/admin/password_reset/",
    "/django-admin/login/",
    "/django-admin/logout/",
)


def client_ip(request):
    """The client's address for sign-in throttling (the proxy's last X-Forwarded-For hop)."""
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if settings.TRUST_X_FORWARDED_FOR and forwarded:
        return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR")


# Exports and PDFs by content type, whether sent inline or as attachments.
PRIVATE_CONTENT_TYPES = {
    "application/pdf",
    "text/csv",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def is_private_download(response):
    """Exports and PDFs: attachments or their content types."""
    if response.get("Content-Disposition", "").startswith("attachment"):
        return True
    content_type = response.get("Content-Type", "").split(";")[0].strip()
    return content_type in PRIVATE_CONTENT_TYPES


class PrivateResponseMiddleware:
    """`Cache-Control: no-store, private` on every response to a signed-in user and on every
    export or PDF; it replaces whatever caching header was set inside. Also sends the
    Permissions-Policy header."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        signed_in = user is not None and user.is_authenticated
        if signed_in or is_private_download(response):
            response["Cache-Control"] = "no-store, private"
            response.headers.pop("Expires", None)
            patch_vary_headers(response, ["Cookie"])
        if getattr(settings, "PERMISSIONS_POLICY", ""):
            response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class RegisterSessionMiddleware:
    """Register roles' sessions end when the browser closes and after
    REGISTER_SESSION_IDLE_SECONDS without a request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated and session_is_register_role(request):
            now = int(time.time())
            last_seen = request.session.get(LAST_SEEN_KEY)
            if last_seen is not None and now - last_seen > settings.REGISTER_SESSION_IDLE_SECONDS:
                logout(request)
                return redirect_to_login(request.get_full_path())
            if last_seen is None or now - last_seen >= LAST_SEEN_RESOLUTION:
                request.session[LAST_SEEN_KEY] = now
            if request.session.get_expire_at_browser_close() is False:
                request.session.set_expiry(0)
        return self.get_response(request)


class TwoFactorMiddleware:
    """With REQUIRE_TWO_FACTOR, register and report views answer a register role only after a
    one-time code: set-up first when the user has no device yet, otherwise the code prompt."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not settings.REQUIRE_TWO_FACTOR or not request.user.is_authenticated:
            return None
        if not self.is_protected(request):
            return None
        # Asked live here (not from the session): a role granted mid-session needs the code too.
        if request.user.is_verified() or not is_register_role(request.user):
            return None
        return redirect(two_factor.next_step_url(request.user, request.get_full_path()))

    @staticmethod
    def is_protected(request):
        if request.path.startswith(PROTECTED_PREFIXES):
            return not request.path.startswith(ADMIN_SIGN_IN_PATHS)
        match = request.resolver_match
        if match is None or match.namespace not in PROTECTED_NAMESPACES:
            return False
        return match.view_name not in PUBLIC_VIEWS
