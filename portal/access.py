"""Who may see and change what. Every view that touches team data asks here."""

from portal.codes import TeamRole
from portal.roles import DATA_CONTROLLER_GROUP, NATIONAL_COORDINATOR_GROUP


def is_national_coordinator(user):
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name=NATIONAL_COORDINATOR_GROUP).exists()


def is_data_controller(user):
    if not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(name=DATA_CONTROLLER_GROUP).exists()


def member_teams(user, roles=None):
    """Teams the user belongs to (optionally only in the given roles)."""
    from portal.models import Team

    if not user.is_authenticated:
        return Team.objects.none()
    memberships = user.team_memberships.all()
    if roles:
        memberships = memberships.filter(role__in=roles)
    return Team.objects.filter(pk__in=memberships.values("team_id"))


def is_team_member(user, team):
    return member_teams(user).filter(pk=team.pk).exists()


def can_lead_team(user, team):
    """Team leaders and coordinating managers of the team."""
    return (
        member_teams(user, roles=[TeamRole.TEAM_LEADER, TeamRole.COORDINATING_MANAGER])
        .filter(pk=team.pk)
        .exists()
    )


def is_coordinating_manager(user, team):
    return member_teams(user, roles=[TeamRole.COORDINATING_MANAGER]).filter(pk=team.pk).exists()
