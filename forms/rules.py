"""Validation rules of the register (handbook 2.3.6, table 5), one function per rule.

Plain functions raising ValidationError with a translated message, so that forms, the wizard,
the edit views and tests share one definition of each rule.
"""

import datetime
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# The register only knows the birth year; a child younger than this is not plausible and
# nobody older than MAX_AGE is (violent radicalisation has no upper age limit).
MIN_AGE = 6
MAX_AGE = 100
# Anchor work is for under 18s. With only the birth year known, the person is certainly 18
# or older on the meeting date only when the meeting year is at least birth year + 19.
AGE_LIMIT = 18

DATE_PATTERN = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")


def parse_date(text):
    """A date written as d.m.yyyy (days and months with or without a leading zero)."""
    if isinstance(text, datetime.date):
        return text
    match = DATE_PATTERN.match(text or "")
    if not match:
        raise ValidationError(
            _("Enter the date as d.m.yyyy, for example 5.3.2026."), code="date_format"
        )
    day, month, year = (int(part) for part in match.groups())
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise ValidationError(
            _("%(value)s is not a date in the calendar."),
            code="date_invalid",
            params={"value": text.strip()},
        ) from None


def format_date(value):
    """d.m.yyyy, the form dates are shown and typed in."""
    return f"{value.day}.{value.month}.{value.year}" if value else ""


def check_not_in_future(value, today):
    if value > today:
        raise ValidationError(
            _("The date %(date)s is in the future."),
            code="future",
            params={"date": format_date(value)},
        )


def check_meeting_after_notification(meeting_date, notification_date):
    if meeting_date < notification_date:
        raise ValidationError(
            _("The meeting (%(meeting)s) cannot be before the notification (%(notification)s)."),
            code="before_notification",
            params={
                "meeting": format_date(meeting_date),
                "notification": format_date(notification_date),
            },
        )


def check_birth_year(birth_year, today):
    low, high = today.year - MAX_AGE, today.year - MIN_AGE
    if birth_year is None or not low <= birth_year <= high:
        raise ValidationError(
            _("Enter a birth year between %(low)s and %(high)s."),
            code="birth_year",
            params={"low": low, "high": high},
        )


def check_age_on_meeting(birth_year, meeting_date, no_age_limit):
    """Under 18 on the meeting date, unless a reason lifts the age limit (radicalisation)."""
    if no_age_limit:
        return
    if meeting_date.year - birth_year > AGE_LIMIT:
        raise ValidationError(
            _(
                "A young person born in %(birth_year)s is 18 or older on %(date)s. Anchor work "
                "is for under 18s unless violent radicalisation is among the reasons."
            ),
            code="age",
            params={"birth_year": birth_year, "date": format_date(meeting_date)},
        )
    if meeting_date.year < birth_year:
        raise ValidationError(
            _("The meeting cannot be before the birth year."), code="before_birth"
        )


def check_meeting(meeting_date, notification_date, birth_year, no_age_limit, today):
    """Every rule of a meeting's date at once; errors are collected, not stopped at the first."""
    errors = []
    for check, args in (
        (check_not_in_future, (meeting_date, today)),
        (check_meeting_after_notification, (meeting_date, notification_date)),
        (check_age_on_meeting, (birth_year, meeting_date, no_age_limit)),
    ):
        try:
            check(*args)
        except ValidationError as error:
            errors.append(error)
    if errors:
        raise ValidationError(errors)
