"""The record-level export format, shared by the team export and the data controller's."""

import csv
import io

from django.db import connection
from django.test.utils import CaptureQueriesContext

from forms.models import Meeting
from forms.records import RECORD_COLUMNS, write_records


def rows_of(meetings, **kwargs):
    buffer = io.StringIO()
    count = write_records(csv.writer(buffer), meetings, **kwargs)
    return count, list(csv.reader(io.StringIO(buffer.getvalue())))


def test_one_row_of_codes_per_meeting(records):
    count, rows = rows_of(Meeting.objects.all())
    assert count == 1
    header, row = rows
    assert header == RECORD_COLUMNS
    values = dict(zip(header, row, strict=True))
    assert values["case_code"] == records.the_case.case_code
    assert values["meeting_date"] == "2026-03-09"
    assert values["notification_date"] == "2026-03-02"
    assert values["reasons"] == "offence"
    assert values["referred_by"] == "police"
    assert values["ordinal"] == "1"


def test_team_column_and_bounded_queries(records):
    for day in range(10, 20):
        records.meeting(records.the_notification, date=records.the_meeting.date.replace(day=day))
    with CaptureQueriesContext(connection) as few:
        rows_of(Meeting.objects.filter(pk=records.the_meeting.pk), with_team=True)
    with CaptureQueriesContext(connection) as many:
        count, rows = rows_of(Meeting.objects.all(), with_team=True)
    assert count == 11
    assert rows[0][0] == "team" and {row[0] for row in rows[1:]} == {"HEL"}
    assert len(many) == len(few)
