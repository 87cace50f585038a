from .directory import Municipality, Team, TeamMembership  # noqa: F401
from .pages import ContentPage, HomePage  # noqa: F401
