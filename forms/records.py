"""The record-level meeting export: one row per meeting, codes only (no identities).

The team's own CSV export and the data controller's national export both write these rows,
so the format is defined once.
"""

from forms.models import Meeting
from portal import audit

RECORD_COLUMNS = [
    "case_code",
    "birth_year",
    "home_municipality",
    "notification_date",
    "referred_by",
    "reasons",
    "child_welfare_notification",
    "offence_types",
    "violent_radicalisation",
    "meeting_date",
    "ordinal",
    "client_before",
    "assessment_way",
    "continues_in_services",
    "onward_services",
]


def _codes(entries):
    return " ".join(entry.code for entry in entries.all())


def record_row(meeting):
    notification = meeting.notification
    case = meeting.case
    return [
        case.case_code,
        case.birth_year,
        case.home_municipality.code,
        notification.date_received.isoformat(),
        notification.referred_by.code,
        _codes(notification.reasons),
        int(notification.child_welfare_notification),
        _codes(notification.offence_types),
        int(notification.violent_radicalisation),
        meeting.date.isoformat(),
        meeting.ordinal,
        int(meeting.client_before),
        meeting.assessment_way.code,
        int(meeting.continues_in_services),
        _codes(meeting.onward_services),
    ]


def write_records(writer, meetings, with_team=False):
    """Write the header and one row per meeting of the queryset; returns the row count.
    Related rows are fetched in bulk, so the query count does not grow with the rows."""
    meetings = meetings.select_related(
        "team", "case__home_municipality", "notification__referred_by", "assessment_way"
    ).prefetch_related("notification__reasons", "notification__offence_types", "onward_services")
    writer.writerow((["team"] if with_team else []) + RECORD_COLUMNS)
    count = 0
    for meeting in meetings.iterator(chunk_size=2000):
        writer.writerow(([meeting.team.code] if with_team else []) + record_row(meeting))
        count += 1
    return count


def export_team_year(user, team, year, writer):
    """The team's meetings of a year as records (the team's CSV export), audited."""
    meetings = Meeting.objects.filter(team=team, date__year=year).order_by("date", "pk")
    count = write_records(writer, meetings)
    audit.record(
        user, "export", f"{team.code} {year} meetings CSV", {"year": year, "rows": count}, team=team
    )
    return count
