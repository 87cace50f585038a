"""The demo register: about 4,000 plausible meetings of the demo teams in 2024-2026, made by
the register's one generator (forms.sample).

Idempotent: the meetings carry submission ids derived from a fixed namespace, so a second run
finds the first demo meeting and leaves the register alone.
"""

import uuid

from django.contrib.auth import get_user_model

from forms.models import Meeting
from forms.sample import generate
from portal.codes import TeamRole
from portal.models import Team, TeamMembership

SEED = 20240101
DEMO_NAMESPACE = uuid.UUID("6f1c3b7e-0a8d-4d7e-9b1e-2a4c6e8f0a11")
YEARS = (2024, 2025, 2026)
# Notifications per year by team: Helsinki is the busiest, Vaasa region the smallest.
NOTIFICATIONS_PER_YEAR = {
    "HEL": 260,
    "ESP": 120,
    "VAN": 100,
    "TRE": 120,
    "TKU": 90,
    "OUL": 80,
    "VAA": 50,
}


def first_demo_submission_id():
    return uuid.uuid5(DEMO_NAMESPACE, "meeting-0")


def load(command):
    if Meeting.objects.filter(submission_id=first_demo_submission_id()).exists():
        command.progress("register: demo records already loaded")
        return
    experts = {
        m.team.code: m.user
        for m in TeamMembership.objects.select_related("team", "user")
        .filter(role=TeamRole.EXPERT)
        .order_by("-pk")
    }
    admin = get_user_model().objects.filter(is_superuser=True).first()
    authors = {code: experts.get(code, admin) for code in NOTIFICATIONS_PER_YEAR}
    teams = Team.objects.filter(code__in=NOTIFICATIONS_PER_YEAR).order_by("code")
    counts = generate(
        teams,
        YEARS,
        notifications_per_year=NOTIFICATIONS_PER_YEAR,
        seed=SEED,
        authors=authors,
        submission_namespace=DEMO_NAMESPACE,
    )
    command.progress(
        f"register: {counts['cases']} cases, {counts['notifications']} notifications, "
        f"{counts['meetings']} meetings over {YEARS[0]}-{YEARS[-1]}"
    )
