"""Team lists, filters, dashboard figures and bounded queries."""

import datetime

import pytest
from django.urls import reverse

from forms import stats
from forms.models import Meeting


@pytest.fixture
def many(records, codes):
    """Twenty-five more cases, each with a notification and one or two meetings."""
    for i in range(25):
        case = records.case()
        reasons = ("substance_use",) if i % 2 else ("offence",)
        n = records.notification(
            case, datetime.date(2026, 1, 1) + datetime.timedelta(days=i), reasons
        )
        records.meeting(n, n.date_received + datetime.timedelta(days=i % 5))
        if i % 3 == 0:
            records.meeting(n, n.date_received + datetime.timedelta(days=30))
    return records


@pytest.mark.parametrize("name", ["case_list", "meeting_list", "dashboard"])
def test_lists_use_a_bounded_number_of_queries(
    client, expert, many, name, django_assert_max_num_queries
):
    client.force_login(expert)
    url = reverse(f"forms:{name}", kwargs={"team": "HEL"})
    with django_assert_max_num_queries(20):
        response = client.get(url)
    assert response.status_code == 200


def test_meeting_list_filters_and_paginates(client, expert, many):
    client.force_login(expert)
    url = reverse("forms:meeting_list", kwargs={"team": "HEL"})
    total = Meeting.objects.count()
    assert total == 1 + 25 + 9
    assert client.get(url, {"year": 2026}).context["page"].paginator.count == total
    page = client.get(url, {"year": 2026})
    assert len(page.context["page"].object_list) == 35  # one page of at most 50
    substance = Meeting.objects.filter(notification__reasons__code="substance_use").count()
    filtered = client.get(url, {"reason": "substance_use"}).context["page"]
    assert filtered.paginator.count == substance > 0
    assert client.get(url, {"year": 2024}).context["page"].paginator.count == 0
    assert client.get(url, {"state": "locked"}).context["page"].paginator.count == 0
    assert client.get(url, {"year": "bad", "page": "x"}).status_code == 200


def test_case_list_state_filter(client, expert, many, records):
    waiting = records.case()
    records.notification(waiting)
    client.force_login(expert)
    url = reverse("forms:case_list", kwargs={"team": "HEL"})
    pending = client.get(url, {"state": "pending"}).context["page"].object_list
    assert [c.case_code for c in pending] == [waiting.case_code]
    assert client.get(url, {"state": "met"}).context["page"].paginator.count == 26


def test_dashboard_figures_are_computed_in_the_database(client, expert, many, hel):
    figures = stats.team_year_summary(hel, 2026)
    assert figures["meetings"] == 35
    assert figures["clients"] == 26
    assert figures["notifications"] == 26
    # Reaction days: the first fixture meeting 7 days, then i % 5 for i in 0..24.
    days = sorted([7] + [i % 5 for i in range(25)])
    assert (
        figures["median_reaction_days"] == days[len(days) // 2 - 1] / 2 + days[len(days) // 2] / 2
    )
    client.force_login(expert)
    page = client.get(reverse("forms:dashboard", kwargs={"team": "HEL"}))
    assert page.context["figures"] == figures


def test_median_of_an_odd_count(records, hel):
    assert stats.median_reaction_days(hel, 2026) == 7
    assert stats.median_reaction_days(hel, 2020) is None


def test_a_new_client_stays_new_after_a_second_meeting(records, hel):
    """The dashboard and the annual report share one definition: a client whose meeting in
    the year says "not a client before" is new, even if a later meeting says "before"."""
    second = records.meeting(records.the_notification, date=datetime.date(2026, 3, 20))
    Meeting.objects.filter(pk=second.pk).update(client_before=True)
    returning_case = records.case()
    returning_meeting = records.meeting(
        records.notification(returning_case), date=datetime.date(2026, 4, 1)
    )
    Meeting.objects.filter(pk=returning_meeting.pk).update(client_before=True)
    figures = stats.team_year_summary(hel, 2026)
    assert (figures["clients"], figures["new_clients"], figures["returning"]) == (2, 1, 1)
