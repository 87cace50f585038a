"""The demo register: thousands of plausible meetings, loaded once, valid by the rules."""

from django.db.models import Count, F

from forms import demo
from forms.models import Case, Meeting
from forms.tests.conftest import Quiet


def test_demo_register_is_plausible_and_idempotent(teams, users):
    demo.load(Quiet())
    count = Meeting.objects.count()
    assert 3500 <= count <= 4500
    assert {y for y in Meeting.objects.values_list("date__year", flat=True).distinct()} == {
        2024,
        2025,
        2026,
    }
    assert Meeting.objects.values("team").distinct().count() == 7
    # The rules hold for every generated meeting.
    assert not Meeting.objects.filter(date__lt=F("notification__date_received")).exists()
    adults = Meeting.objects.filter(date__year__gt=F("case__birth_year") + 18).exclude(
        notification__reasons__no_age_limit=True
    )
    assert not adults.exists()
    ordinals = Meeting.objects.values("case", "date", "ordinal").annotate(n=Count("pk"))
    assert not ordinals.filter(n__gt=1).exists()
    # Mostly 13-17 year olds.
    ages = Case.objects.annotate(age=2026 - F("birth_year"))
    assert ages.filter(age__range=(13, 19)).count() > 0.8 * ages.count()
    demo.load(Quiet())
    assert Meeting.objects.count() == count
