"""Who may see and change register records. Every register view asks here.

Members of a team in any role (expert, team leader, coordinating manager) enter and edit the
team's records; the data controller reads every team's records, and each such read is audited;
the national coordinator manages the code lists and sees team and national figures in the
reports, not case-level records; the administrator (superuser) may do everything. Nobody else
sees a team's records: the views answer 404 so that not even a team's use of the register is
revealed.
"""

from django.http import Http404

from portal.access import is_data_controller, is_national_coordinator, member_teams
from portal.models import Team


def editable_teams(user):
    """Teams whose records the user may enter and change."""
    if not user.is_authenticated:
        return Team.objects.none()
    if user.is_superuser:
        return Team.objects.all()
    return member_teams(user)


def readable_teams(user):
    """Teams whose records the user may read: the data controller reads every team's."""
    if is_data_controller(user):
        return Team.objects.all()
    return editable_teams(user)


def can_read_team(user, team):
    return readable_teams(user).filter(pk=team.pk).exists()


def can_edit_team(user, team):
    return editable_teams(user).filter(pk=team.pk).exists()


def can_manage_code_lists(user):
    return is_national_coordinator(user)


def team_for(user, team_code, edit=False, path=""):
    """The team named in the URL if the user may read it (or edit it); 404 otherwise.

    A reader who may not edit gets PermissionDenied (403) on edit views: they know the team.
    A read of a team's records by someone outside the team (the data controller) is audited
    with the URL read.
    """
    from django.core.exceptions import PermissionDenied

    team = readable_teams(user).filter(code=team_code).first()
    if team is None:
        raise Http404
    if edit and not can_edit_team(user, team):
        raise PermissionDenied
    if not member_teams(user).filter(pk=team.pk).exists():
        audit_outside_read(user, team, path)
    return team


def audit_outside_read(user, team, path):
    from portal import audit

    audit.record(user, "view", f"register records {team.code}", {"path": path}, team=team)
