"""Who counts as a register role (one place for the rule)."""

from django.contrib.auth import get_user_model
from django.db.models import Q

from portal.roles import DATA_CONTROLLER_GROUP, NATIONAL_COORDINATOR_GROUP

SESSION_KEY = "register_role"


def is_register_role(user):
    """True for anyone who can read register records or annual reports (one query)."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    national = Q(groups__name__in=[NATIONAL_COORDINATOR_GROUP, DATA_CONTROLLER_GROUP])
    return (
        get_user_model()
        .objects.filter(pk=user.pk)
        .filter(national | Q(team_memberships__isnull=False))
        .exists()
    )


def session_is_register_role(request):
    """is_register_role as decided at sign-in and kept in the session, so a page view costs no
    query; sessions from before this rule are decided on their first request."""
    value = request.session.get(SESSION_KEY)
    if value is None:
        value = request.session[SESSION_KEY] = is_register_role(request.user)
    return value
