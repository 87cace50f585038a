"""Who may see and change register records. Every register view asks here.

Members of a team in any role (expert, team leader, coordinating manager) enter and edit the
team's records; the national coordinator reads every team's records and manages the code
lists; the administrator (superuser) may do everything. Nobody else sees a team's records:
the views answer 404 so that not even a team's use of the register is revealed.
"""

from django.http import Http404

from portal.access import is_national_coordinator, member_teams
from portal.models import Team


def editable_teams(user):
    """Teams whose records the user may enter and change."""
    if not user.is_authenticated:
        return Team.objects.none()
    if user.is_superuser:
        return Team.objects.all()
    return member_teams(user)


def readable_teams(user):
    """Teams whose records the user may read."""
    if is_national_coordinator(user):
        return Team.objects.all()
    return editable_teams(user)


def can_read_team(user, team):
    return readable_teams(user).filter(pk=team.pk).exists()


def can_edit_team(user, team):
    return editable_teams(user).filter(pk=team.pk).exists()


def can_manage_code_lists(user):
    return is_national_coordinator(user)


def team_for(user, team_code, edit=False):
    """The team named in the URL if the user may read it (or edit it); 404 otherwise.

    A reader who may not edit gets PermissionDenied (403) on edit views: they know the team.
    """
    from django.core.exceptions import PermissionDenied

    team = readable_teams(user).filter(code=team_code).first()
    if team is None:
        raise Http404
    if edit and not can_edit_team(user, team):
        raise PermissionDenied
    return team
