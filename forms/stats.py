"""Figures of the register, computed in the database (counts, distinct counts, medians).

Issue 5 (annual reports, national statistics) builds on these querysets: each function takes
a queryset of teams or a team and a year, and never loops over records in Python.
"""

from django.db.models import Count, DurationField, ExpressionWrapper, F, Min, Q

from forms.models import Meeting, Notification

# Version key (portal/cache.py) of everything the published statistics are computed from:
# bumped on any change of the register's records, code lists, locks or annual reports.
STATISTICS_VERSION = "register-statistics"


def notifications_of(team, year):
    return Notification.objects.filter(team=team, date_received__year=year)


def meetings_of(team, year):
    return Meeting.objects.filter(team=team, date__year=year)


def reaction_times(notifications):
    """Notifications annotated with `reaction` = first meeting date - notification date."""
    return (
        notifications.annotate(first_meeting=Min("meetings__date"))
        .filter(first_meeting__isnull=False)
        .annotate(
            reaction=ExpressionWrapper(
                F("first_meeting") - F("date_received"), output_field=DurationField()
            )
        )
    )


def median(queryset, field):
    """The median of `field` over a queryset, found by the database: count, then the middle
    row(s) in order. Works the same on PostgreSQL and SQLite (no percentile function)."""
    values = queryset.order_by(field).values_list(field, flat=True)
    count = values.count()
    if count == 0:
        return None
    middle = list(values[(count - 1) // 2 : count // 2 + 1])
    if len(middle) == 1:
        return middle[0]
    return (middle[0] + middle[1]) / 2


def median_reaction_days(team, year):
    """Median days from notification to first meeting, over notifications whose first
    meeting took place in the year."""
    notifications = reaction_times(Notification.objects.filter(team=team)).filter(
        first_meeting__year=year
    )
    value = median(notifications, "reaction")
    return None if value is None else value.total_seconds() / 86400


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
