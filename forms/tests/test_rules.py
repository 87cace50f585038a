"""Every validation rule of the register, one test per rule and edge."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from forms import rules

TODAY = datetime.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5.3.2026", datetime.date(2026, 3, 5)),
        ("05.03.2026", datetime.date(2026, 3, 5)),
        (" 31.12.2025 ", datetime.date(2025, 12, 31)),
    ],
)
def test_dates_are_read_as_day_month_year(text, expected):
    assert rules.parse_date(text) == expected


@pytest.mark.parametrize("text", ["2026-03-05", "5/3/2026", "5.3.26", "", "abc", "5.3.2026x"])
def test_other_date_formats_are_refused(text):
    with pytest.raises(ValidationError) as error:
        rules.parse_date(text)
    assert error.value.code == "date_format"


def test_impossible_calendar_date_is_refused():
    with pytest.raises(ValidationError) as error:
        rules.parse_date("30.2.2026")
    assert error.value.code == "date_invalid"


def test_format_date_is_d_m_yyyy():
    assert rules.format_date(datetime.date(2026, 3, 5)) == "5.3.2026"


def test_future_date_is_refused_today_is_not():
    rules.check_not_in_future(TODAY, TODAY)
    with pytest.raises(ValidationError) as error:
        rules.check_not_in_future(TODAY + datetime.timedelta(days=1), TODAY)
    assert error.value.code == "future"


def test_meeting_not_before_its_notification():
    rules.check_meeting_after_notification(datetime.date(2026, 3, 2), datetime.date(2026, 3, 2))
    with pytest.raises(ValidationError) as error:
        rules.check_meeting_after_notification(datetime.date(2026, 3, 1), datetime.date(2026, 3, 2))
    assert error.value.code == "before_notification"


@pytest.mark.parametrize("year", [2020, 1926, 2011])
def test_plausible_birth_years(year):
    rules.check_birth_year(year, TODAY)


@pytest.mark.parametrize("year", [2021, 2030, 1925, 0, None])
def test_implausible_birth_years(year):
    with pytest.raises(ValidationError) as error:
        rules.check_birth_year(year, TODAY)
    assert error.value.code == "birth_year"


def test_under_18_on_the_meeting_date():
    # Born 2008: may still be 17 on 23.11.2026 (birthday later in the year).
    rules.check_age_on_meeting(2008, TODAY, no_age_limit=False)
    with pytest.raises(ValidationError) as error:
        rules.check_age_on_meeting(2007, TODAY, no_age_limit=False)
    assert error.value.code == "age"


def test_violent_radicalisation_lifts_the_age_limit():
    rules.check_age_on_meeting(1990, TODAY, no_age_limit=True)


def test_check_meeting_collects_every_error():
    with pytest.raises(ValidationError) as error:
        rules.check_meeting(
            datetime.date(2026, 12, 1), datetime.date(2026, 12, 5), 2000, False, TODAY
        )
    codes = {e.code for e in error.value.error_list}
    assert codes == {"future", "before_notification", "age"}


@pytest.mark.parametrize(
    ("language", "word"), [("fi", "muodossa"), ("sv", "formen"), ("en", "d.m.yyyy")]
)
def test_messages_are_in_the_users_language(language, word):
    with translation.override(language):
        with pytest.raises(ValidationError) as error:
            rules.parse_date("2026-01-01")
        assert word in error.value.messages[0]
