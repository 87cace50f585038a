"""The directories in the Wagtail admin: teams, partners, municipalities, team memberships,
menus."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal import admin_account  # noqa: F401  (optional name and e-mail in account settings)
from portal.models import Municipality, NavigationMenu, Partner, Team, TeamMembership


class TeamViewSet(SnippetViewSet):
    model = Team
    icon = "group"
    menu_label = _("Anchor teams")
    list_display = ["name_fi", "code", "police_department", "is_active"]
    list_filter = ["police_department", "is_active"]
    search_fields = ["name_fi", "name_sv", "name_en", "code"]


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "globe"
    menu_label = _("Partners")
    list_display = ["name", "sector", "nationwide", "locale"]
    list_filter = {"sector": ["exact"], "nationwide": ["exact"]}
    search_fields = ["name", "purpose"]


class MunicipalityViewSet(SnippetViewSet):
    """The classification is loaded by migration; editors may correct names or mark one
    inactive after a merger."""

    model = Municipality
    icon = "site"
    menu_label = _("Municipalities")
    list_display = ["code", "name_fi", "name_sv", "is_active"]
    list_filter = ["is_active"]
    search_fields = ["code", "name_fi", "name_sv"]
    list_per_page = 100


class TeamMembershipViewSet(SnippetViewSet):
    model = TeamMembership
    icon = "user"
    menu_label = _("Team memberships")
    list_display = ["user", "team", "role"]
    list_filter = ["team", "role"]


class DirectoryViewSetGroup(SnippetViewSetGroup):
    items = (TeamViewSet, PartnerViewSet, MunicipalityViewSet, TeamMembershipViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Directory")
    menu_name = "directory"


class NavigationMenuViewSet(SnippetViewSet):
    model = NavigationMenu
    icon = "list-ul"
    menu_label = _("Navigation menus")
    list_display = ["location", "locale"]


register_snippet(DirectoryViewSetGroup)
register_snippet(NavigationMenuViewSet)
