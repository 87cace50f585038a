"""Role and group names, defined once: migrations, the demo, tests and access rules import them.

Team roles (expert, team leader, coordinating manager) are per team membership and live in
`portal.codes.TeamRole`; the national roles below are Django groups.
"""

from django.utils.translation import gettext_lazy as _

NATIONAL_COORDINATOR_GROUP = "National coordinators"
DATA_CONTROLLER_GROUP = "Data controllers"

NATIONAL_GROUPS = [NATIONAL_COORDINATOR_GROUP, DATA_CONTROLLER_GROUP]

NATIONAL_GROUP_LABELS = {
    NATIONAL_COORDINATOR_GROUP: _("National coordinators"),
    DATA_CONTROLLER_GROUP: _("Data controllers"),
}
