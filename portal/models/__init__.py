from .audit import AuditAction, AuditEntry  # noqa: F401
from .directory import Municipality, Team, TeamMembership  # noqa: F401
from .pages import (  # noqa: F401
    AccessibilityStatementPage,
    ContentPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
)
from .partners import Partner, PartnerRegion  # noqa: F401
from .site import NavigationMenu, SiteSettings  # noqa: F401
