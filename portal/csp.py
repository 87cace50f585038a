"""Two Content-Security-Policies: the strict one for the public site and one the Wagtail admin
works under (its editors rely on inline scripts and inline event handlers)."""

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings


def admin_policy_applies(path):
    return path.startswith(tuple(settings.ADMIN_CONTENT_SECURITY_POLICY["URL_PREFIXES"]))


class PathPolicyCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin policy for the admin's URL prefixes.

    A view's own @csp_override/@csp_update still wins over the path's policy."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and admin_policy_applies(request.path_info):
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        return parts
