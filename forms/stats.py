"""Figures of the register, computed in the database (counts, distinct counts, medians).

The dashboard and the annual report's figures (forms.reports.aggregates) share these
definitions: clients, new clients, reaction time and the median. Each function takes
querysets or a team and a year, and never loops over records in Python.
"""

import datetime

from django.db.models import Count, DurationField, ExpressionWrapper, F, Min, Q

from forms.models import Meeting, Notification

# Version key (portal/cache.py) of everything the published statistics are computed from:
# bumped on any change of the register's records, code lists, locks or annual reports.
STATISTICS_VERSION = "register-statistics"


def year_range(year):
    return datetime.date(year, 1, 1), datetime.date(year, 12, 31)


def notifications_of(team, year):
    return Notification.objects.filter(team=team, date_received__year=year)


def meetings_of(team, year):
    return Meeting.objects.filter(team=team, date__year=year)


def reaction_times(meetings, year):
    """One row per notification whose first meeting was in the year, with `reaction` = days
    from the notification to that first meeting.

    `meetings`: the meetings of the teams counted (any year). Grouped over the meetings up to
    the end of the year of the notifications met in the year: one hash aggregate instead of a
    correlated subquery per notification.
    """
    first, last = year_range(year)
    met_in_year = meetings.filter(date__gte=first, date__lte=last).values("notification_id")
    return (
        meetings.filter(date__lte=last, notification_id__in=met_in_year)
        .values("notification_id")
        .annotate(first_meeting=Min("date"), received=Min("notification__date_received"))
        .filter(first_meeting__gte=first)
        .annotate(
            reaction=ExpressionWrapper(
                F("first_meeting") - F("received"), output_field=DurationField()
            )
        )
    )


def in_days(duration):
    """A duration from the database in days, to one decimal (None stays None)."""
    if duration is None:
        return None
    if isinstance(duration, datetime.timedelta):
        return round(duration.total_seconds() / 86400, 1)
    return round(float(duration) / 86400 / 1_000_000, 1)  # SQLite may hand back microseconds


def median(queryset, field, count=None):
    """The median of `field` over a queryset, found by the database: count (unless given),
    then the middle row(s) in order. Works the same on PostgreSQL and SQLite (no percentile
    function)."""
    if count is None:
        count = queryset.count()
    if not count:
        return None
    values = queryset.order_by(field).values_list(field, flat=True)
    middle = list(values[(count - 1) // 2 : count // 2 + 1])
    if len(middle) == 1:
        return middle[0]
    return (middle[0] + middle[1]) / 2


def median_reaction_days(team, year):
    """Median days from notification to first meeting, over notifications whose first
    meeting took place in the year."""
    return in_days(median(reaction_times(Meeting.objects.filter(team=team), year), "reaction"))


# One definition of clients for the dashboard, the annual report and national statistics:
# the distinct cases met in the year; a client is new when any of their meetings in the year is
# recorded as "not a client before", and returning otherwise.
CLIENTS = Count("case_id", distinct=True)
NEW_CLIENTS = Count("case_id", distinct=True, filter=Q(client_before=False))


def team_year_summary(team, year):
    """The dashboard figures of one team and year."""
    meetings = meetings_of(team, year)
    figures = meetings.aggregate(
        meetings=Count("pk"),
        clients=CLIENTS,
        new_clients=NEW_CLIENTS,
        first_meetings=Count("pk", filter=Q(ordinal=1)),
    )
    figures["returning"] = figures["clients"] - figures["new_clients"]
    figures["notifications"] = notifications_of(team, year).count()
    figures["median_reaction_days"] = median_reaction_days(team, year)
    figures["pending"] = (
        Notification.objects.filter(team=team, meetings__isnull=True).distinct().count()
    )
    return figures
