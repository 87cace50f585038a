"""The onboarding template in the Wagtail admin, for the national coordinator only."""

from django.utils.translation import gettext_lazy as _
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from training.access import can_edit_onboarding_templates, onboarding_template_editors
from training.models import OnboardingTemplate, OnboardingTopic


class CoordinatorOnlyPolicy(ModelPermissionPolicy):
    """Whatever Django permissions say, only the national coordinator edits templates."""

    def user_has_permission(self, user, action):
        return can_edit_onboarding_templates(user)

    def user_has_any_permission(self, user, actions):
        return can_edit_onboarding_templates(user)

    def users_with_any_permission(self, actions):
        return onboarding_template_editors()


for _model in (OnboardingTemplate, OnboardingTopic):
    register_permission_policy(_model, CoordinatorOnlyPolicy(_model))


class OnboardingTemplateViewSet(SnippetViewSet):
    model = OnboardingTemplate
    icon = "form"
    menu_label = _("Plan templates")
    list_display = ["name", "is_active"]


class OnboardingTopicViewSet(SnippetViewSet):
    model = OnboardingTopic
    icon = "list-ul"
    menu_label = _("Topics and items")
    list_display = ["title", "template", "sort_order"]
    list_filter = ["template"]
    ordering = ["template", "sort_order"]


class OnboardingViewSetGroup(SnippetViewSetGroup):
    items = (OnboardingTemplateViewSet, OnboardingTopicViewSet)
    menu_icon = "group"
    menu_label = _("Onboarding")
    menu_name = "onboarding"


register_snippet(OnboardingViewSetGroup)
