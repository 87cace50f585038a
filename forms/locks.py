"""Locked years: the one place that says whether a team's year can still change.

The annual report locks a team's year when the national coordinator accepts the report and
reopens it when needed; the register's views and models only ask here (the model guard asks
the same queryset, forms.models.TeamYearLockQuerySet).
"""

from forms.models import TeamYearLock
from portal import audit


def is_year_locked(team, year):
    return TeamYearLock.objects.of_team(team).filter(year=year).exists()


def locked_years(team):
    return set(TeamYearLock.objects.of_team(team).values_list("year", flat=True))


def locked_years_among(team, years):
    return TeamYearLock.objects.years_among(team, years)


def lock_year(team, year, user=None):
    lock, created = TeamYearLock.objects.get_or_create(
        team_id=getattr(team, "pk", team), year=year, defaults={"locked_by": user}
    )
    if created:
        audit.record(user, "lock", lock, {"year": [None, year]})
    return lock


def unlock_year(team, year, user=None):
    for lock in TeamYearLock.objects.of_team(team).filter(year=year):
        audit.record(user, "unlock", lock, {"year": [year, None]})
        lock.delete()
