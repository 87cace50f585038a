"""The register's one generator (forms.sample) and the demo made with it: thousands of
plausible meetings, loaded once, valid by the rules."""

from django.db.models import Count, F

from forms import demo
from forms.models import Case, Meeting, Notification
from forms.sample import generate
from forms.tests.conftest import Quiet


def assert_register_rules():
    """The rules hold for every generated record."""
    assert not Meeting.objects.filter(date__lt=F("notification__date_received")).exists()
    adults = Meeting.objects.filter(date__year__gt=F("case__birth_year") + 18).exclude(
        notification__reasons__no_age_limit=True
    )
    assert not adults.exists()
    ordinals = Meeting.objects.values("case", "date", "ordinal").annotate(n=Count("pk"))
    assert not ordinals.filter(n__gt=1).exists()
    dates = Meeting.objects.values("case", "date").annotate(n=Count("pk"))
    assert not dates.filter(n__gt=1).exists()
    # Ordinals follow the dates within each case.
    for case in Case.objects.filter(meetings__isnull=False).distinct()[:200]:
        ordinals = list(case.meetings.order_by("date").values_list("ordinal", flat=True))
        assert ordinals == list(range(1, len(ordinals) + 1)), case
    # The same answer for every meeting of a notification.
    mixed = Meeting.objects.values("notification").annotate(
        kinds=Count("client_before", distinct=True)
    )
    assert not mixed.filter(kinds__gt=1).exists()
    assert not Meeting.objects.filter(
        continues_in_services=False, onward_services__isnull=False
    ).exists()


def test_the_generator_keeps_the_rules_and_is_deterministic(teams):
    chosen = [teams["TRE"], teams["OUL"]]
    counts = generate(chosen, [2024, 2025], notifications_per_year=40, seed=5)
    assert counts["notifications"] == 160
    assert counts["meetings"] == Meeting.objects.count() > 150
    assert_register_rules()
    # Returning clients and notifications still waiting for a first meeting are there.
    assert Case.objects.annotate(n=Count("notifications")).filter(n__gt=1).exists()
    assert Case.objects.filter(meetings__isnull=True).exists()
    first = list(Meeting.objects.order_by("pk").values_list("date", "ordinal", "client_before"))
    Meeting.objects.all().delete()
    Notification.objects.all().delete()
    Case.objects.all().delete()
    generate(chosen, [2024, 2025], notifications_per_year=40, seed=5)
    again = list(Meeting.objects.order_by("pk").values_list("date", "ordinal", "client_before"))
    assert again == first


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
    assert_register_rules()
    # Mostly 13-17 year olds.
    ages = Case.objects.annotate(age=2026 - F("birth_year"))
    assert ages.filter(age__range=(13, 19)).count() > 0.8 * ages.count()
    demo.load(Quiet())
    assert Meeting.objects.count() == count
