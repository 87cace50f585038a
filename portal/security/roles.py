"""Who counts as a register role (one place for the rule)."""

from portal.roles import DATA_CONTROLLER_GROUP, NATIONAL_COORDINATOR_GROUP


def is_register_role(user):
    """True for anyone who can read register records or annual reports."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    if user.groups.filter(name__in=[NATIONAL_COORDINATOR_GROUP, DATA_CONTROLLER_GROUP]).exists():
        return True
    return user.team_memberships.exists()


def cached_is_register_role(request):
    """is_register_role for the request's user, asked once per request."""
    if not hasattr(request, "_is_register_role"):
        request._is_register_role = is_register_role(request.user)
    return request._is_register_role
