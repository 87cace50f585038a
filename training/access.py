"""Who may organise training and see or change onboarding plans. Built on the generic team and
national-role checks of portal.access; every training view asks here."""

from django.contrib.auth import get_user_model
from django.db.models import Q

from portal.access import can_lead_team, is_national_coordinator, is_team_member
from portal.roles import NATIONAL_COORDINATOR_GROUP


def can_organise_training(user):
    """Sees event participant lists and exports them: the national coordinator, or staff
    given the permission to view event registrations."""
    if not user.is_authenticated:
        return False
    if is_national_coordinator(user):
        return True
    return user.is_staff and user.has_perm("training.view_eventregistration")


def can_edit_onboarding_templates(user):
    """The national onboarding template belongs to the national coordinator."""
    return is_national_coordinator(user)


def onboarding_template_editors():
    """The active users `can_edit_onboarding_templates` lets in, as a queryset."""
    return (
        get_user_model()
        .objects.filter(
            Q(is_superuser=True) | Q(groups__name=NATIONAL_COORDINATOR_GROUP), is_active=True
        )
        .distinct()
    )


def can_view_onboarding_plan(user, plan):
    """Only the team's own people: national roles and admins are not team members."""
    return is_team_member(user, plan.team)


def can_edit_onboarding_plan(user, plan):
    return can_lead_team(user, plan.team)


def can_tick_onboarding_item(user, plan):
    """The new expert (while in the team) and the team's leaders mark items done."""
    if not user.is_authenticated:
        return False
    if user.pk == plan.expert_id:
        return is_team_member(user, plan.team)
    return can_lead_team(user, plan.team)
