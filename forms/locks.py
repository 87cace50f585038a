"""Locked years: the one place that says whether a team's year can still change.

The annual report (issue 5) locks a team's year when the national coordinator accepts the
report and reopens it when needed; the register's views and models only ask here.
"""

from forms.models import TeamYearLock


def _team_id(team):
    return getattr(team, "pk", team)


def is_year_locked(team, year):
    return TeamYearLock.objects.filter(team_id=_team_id(team), year=year).exists()


def locked_years(team):
    return set(TeamYearLock.objects.filter(team_id=_team_id(team)).values_list("year", flat=True))


def locked_years_among(team, years):
    years = {y for y in years if y}
    if not years:
        return set()
    return set(
        TeamYearLock.objects.filter(team_id=_team_id(team), year__in=years).values_list(
            "year", flat=True
        )
    )


def lock_year(team, year, user=None):
    from portal import audit

    lock, created = TeamYearLock.objects.get_or_create(
        team_id=_team_id(team), year=year, defaults={"locked_by": user}
    )
    if created:
        audit.record(user, "lock", lock, {"year": [None, year]})
    return lock


def unlock_year(team, year, user=None):
    from portal import audit

    for lock in TeamYearLock.objects.filter(team_id=_team_id(team), year=year):
        audit.record(user, "unlock", lock, {"year": [year, None]})
        lock.delete()
