"""Every figure of the database aggregation agrees with a plain Python recount of the records."""

import statistics
from collections import Counter, defaultdict

import pytest

from forms.models import Case, CodeEntry, Meeting, Notification
from forms.reports.aggregates import (
    AGE_BANDS,
    ASSESSMENT_DONE_IN_ANCHOR_WORK,
    REACTION_BINS,
    YearFigures,
    age_band,
    trend,
)


def recount(year, team_ids):
    """The figures of section 3 from the raw rows, without any database aggregation."""
    codes = dict(CodeEntry.objects.values_list("pk", "code"))
    cases = {c["pk"]: c for c in Case.objects.values("pk", "birth_year", "home_municipality__code")}
    all_meetings = list(
        Meeting.objects.values(
            "pk",
            "case_id",
            "team_id",
            "date",
            "ordinal",
            "client_before",
            "continues_in_services",
            "assessment_way_id",
            "notification_id",
        )
    )
    all_notifications = list(
        Notification.objects.values(
            "pk",
            "team_id",
            "date_received",
            "referred_by_id",
            "child_welfare_notification",
            "violent_radicalisation",
        )
    )
    reasons = defaultdict(set)
    for n_id, c_id in Notification.reasons.through.objects.values_list(
        "notification_id", "codeentry_id"
    ):
        reasons[n_id].add(codes[c_id])
    offences = defaultdict(set)
    for n_id, c_id in Notification.offence_types.through.objects.values_list(
        "notification_id", "codeentry_id"
    ):
        offences[n_id].add(codes[c_id])
    services = defaultdict(set)
    for m_id, c_id in Meeting.onward_services.through.objects.values_list(
        "meeting_id", "codeentry_id"
    ):
        services[m_id].add(codes[c_id])

    meetings = [m for m in all_meetings if m["date"].year == year and m["team_id"] in team_ids]
    notifications = [
        n for n in all_notifications if n["date_received"].year == year and n["team_id"] in team_ids
    ]
    clients = {m["case_id"] for m in meetings}
    new = {m["case_id"] for m in meetings if not m["client_before"]}
    first_meeting = {}
    for m in all_meetings:
        n = m["notification_id"]
        first_meeting[n] = min(first_meeting.get(n, m["date"]), m["date"])
    reaction = [
        (first_meeting[n["pk"]] - n["date_received"]).days
        for n in all_notifications
        if n["team_id"] in team_ids
        and n["pk"] in first_meeting
        and first_meeting[n["pk"]].year == year
    ]
    bins = Counter()
    for days in reaction:
        lower = None
        for key, upper, _label in REACTION_BINS:
            if (lower is None or days > lower) and (upper is None or days <= upper):
                bins[key] += 1
            lower = upper
    return {
        "notifications": len(notifications),
        "meetings": len(meetings),
        "clients": len(clients),
        "first_meetings": sum(1 for m in meetings if m["ordinal"] == 1),
        "new_clients": len(new),
        "returning_clients": len(clients - new),
        "child_welfare_notifications": sum(n["child_welfare_notification"] for n in notifications),
        "radicalisation": sum(n["violent_radicalisation"] for n in notifications),
        "assessments_done": sum(
            codes[m["assessment_way_id"]] in ASSESSMENT_DONE_IN_ANCHOR_WORK for m in meetings
        ),
        "continuing": sum(m["continues_in_services"] for m in meetings),
        "reaction_count": len(reaction),
        "reaction_mean_days": round(statistics.mean(reaction), 1) if reaction else None,
        "reaction_median_days": round(statistics.median(reaction), 1) if reaction else None,
        "reaction": dict(bins),
        "referral_sources": Counter(codes[n["referred_by_id"]] for n in notifications),
        "ages": Counter(age_band(year - cases[c]["birth_year"]) for c in clients),
        "municipalities": Counter(cases[c]["home_municipality__code"] for c in clients),
        "reasons": Counter(code for n in notifications for code in reasons[n["pk"]]),
        "new_and_returning": {"new": len(new), "returning": len(clients - new)},
        "offences": Counter(code for n in notifications for code in offences[n["pk"]]),
        "assessments": Counter(codes[m["assessment_way_id"]] for m in meetings),
        "onward_services": Counter(code for m in meetings for code in services[m["pk"]]),
    }


def nonzero(mapping):
    return {k: v for k, v in mapping.items() if v}


@pytest.mark.django_db
@pytest.mark.parametrize("year", [2023, 2024, 2025])
@pytest.mark.parametrize("scope", ["all", "one team", "region"])
def test_every_figure_agrees_with_an_independent_recount(register_data, year, scope):
    teams = register_data
    if scope == "all":
        figures, ids = YearFigures(year), {t.pk for t in teams}
    elif scope == "one team":
        figures, ids = YearFigures(year, teams=[teams[1]]), {teams[1].pk}
    else:
        figures = YearFigures(year, regions=["helsinki"])
        ids = {t.pk for t in teams if t.police_department == "helsinki"}
    computed = figures.as_dict()
    expected = recount(year, ids)
    assert expected["meetings"] > 20  # the data set is not trivially empty
    for key, value in expected.items():
        got = computed[key]
        if isinstance(value, dict):
            assert nonzero(got) == nonzero(value), key
        else:
            assert got == value, key


@pytest.mark.django_db
def test_distributions_add_up_where_they_should(register_data):
    figures = YearFigures(2024)
    for distribution in figures.distributions():
        if distribution.additive:
            assert distribution.row_sum == distribution.total, distribution.key
        else:
            assert distribution.row_sum >= 0
    assert [row.key for row in figures.ages.rows] == [band[0] for band in AGE_BANDS]


@pytest.mark.django_db
def test_figures_take_a_bounded_number_of_queries(register_data, django_assert_max_num_queries):
    with django_assert_max_num_queries(14):
        YearFigures(2024).as_dict()


@pytest.mark.django_db
def test_trend_matches_yearly_figures(register_data):
    rows = trend([2023, 2024, 2025])
    for row in rows:
        figures = YearFigures(row["year"]).headline
        assert row["meetings"] == figures["meetings"]
        assert row["clients"] == figures["clients"]
        assert row["notifications"] == figures["notifications"]
