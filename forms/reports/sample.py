"""A generated register: cases, notifications and meetings for tests, the demo and the bench.

Bulk inserts (no per-record save), deterministic for a seed. The shapes follow the register's
rules: distinct meeting dates per case, ordinals counted per case, `client_before` true from a
case's second meeting on, reasons and offence types on the notification, onward services on
the meeting. Some notifications arrive in December and are met in January, and some cases come
back in a later year, so the year boundaries and returning clients are exercised.
"""

import datetime
import random

from django.db.models import Max

from forms.models import Case, CodeEntry, CodeList, Meeting, Notification
from portal.models import Municipality


def _codes(code_list):
    return list(CodeEntry.objects.of(code_list).order_by("sort_order").values_list("pk", flat=True))


def generate(teams, years, cases_per_year=40, seed=1):
    """Add cases with notifications and meetings for every team and year. Returns the counts."""
    rng = random.Random(seed)
    reasons = _codes(CodeList.REASON)
    sources = _codes(CodeList.REFERRAL_SOURCE)
    offences = _codes(CodeList.OFFENCE)
    assessments = _codes(CodeList.ASSESSMENT)
    services = _codes(CodeList.ONWARD_SERVICE)
    all_municipalities = list(Municipality.objects.values_list("pk", flat=True)[:30])
    created = {"cases": 0, "notifications": 0, "meetings": 0}
    for team in teams:
        own = list(team.municipalities.values_list("pk", flat=True)) or all_municipalities[:3]
        # Skewed weights make some categories rare: small counts to suppress.
        municipality_pool = own * 6 + all_municipalities[:8]
        earlier_cases = []
        ordinal_of = {}  # the next ordinal of each case, across years
        for year in years:
            last = Case.objects.filter(team=team, year=year).aggregate(m=Max("sequence"))["m"] or 0
            cases = []
            for i in range(cases_per_year):
                sequence = last + i + 1
                cases.append(
                    Case(
                        team=team,
                        year=year,
                        sequence=sequence,
                        case_code=Case.format_code(team.code, year, sequence),
                        birth_year=year - rng.choice([10, 12, 13, 14, 14, 15, 15, 16, 16, 17, 19]),
                        home_municipality_id=rng.choice(municipality_pool),
                    )
                )
            cases = Case.objects.bulk_create(cases)
            # A few earlier clients come back with a new notification this year.
            returning = rng.sample(earlier_cases, min(len(earlier_cases), cases_per_year // 8))
            plan = [(case, False) for case in cases] + [(case, True) for case in returning]
            notifications, per_notification = [], []
            for case, came_back in plan:
                received = datetime.date(year, 1, 1) + datetime.timedelta(days=rng.randint(0, 364))
                notifications.append(
                    Notification(
                        case=case,
                        team=team,
                        date_received=received,
                        referred_by_id=rng.choices(sources, weights=_weights(len(sources)))[0],
                        child_welfare_notification=rng.random() < 0.3,
                        violent_radicalisation=rng.random() < 0.03,
                    )
                )
                per_notification.append((case, came_back))
            notifications = Notification.objects.bulk_create(notifications)
            reason_rows, offence_rows, meetings = [], [], []
            for notification in notifications:
                for pk in rng.sample(reasons, rng.choice([1, 1, 1, 2])):
                    reason_rows.append(
                        Notification.reasons.through(notification=notification, codeentry_id=pk)
                    )
                for pk in rng.sample(offences, rng.choice([0, 0, 1, 1, 2])):
                    offence_rows.append(
                        Notification.offence_types.through(
                            notification=notification, codeentry_id=pk
                        )
                    )
            Notification.reasons.through.objects.bulk_create(reason_rows)
            Notification.offence_types.through.objects.bulk_create(offence_rows)
            for notification, (case, _came_back) in zip(
                notifications, per_notification, strict=True
            ):
                count = rng.choices([0, 1, 2, 3], weights=[1, 6, 3, 1])[0]
                day = notification.date_received
                for _n in range(count):
                    day = day + datetime.timedelta(days=rng.choice([0, 2, 5, 9, 16, 25, 40, 75]))
                    ordinal = ordinal_of.get(case.pk, 1)
                    ordinal_of[case.pk] = ordinal + 1
                    meetings.append(
                        Meeting(
                            notification=notification,
                            case=case,
                            team=team,
                            date=day,
                            ordinal=ordinal,
                            client_before=ordinal > 1,
                            assessment_way_id=rng.choices(
                                assessments, weights=_weights(len(assessments))
                            )[0],
                            continues_in_services=rng.random() < 0.6,
                        )
                    )
                    day = day + datetime.timedelta(days=1)
            meetings = Meeting.objects.bulk_create(meetings)
            service_rows = []
            for meeting in meetings:
                if meeting.continues_in_services:
                    for pk in rng.sample(services, rng.choice([1, 1, 2])):
                        service_rows.append(
                            Meeting.onward_services.through(meeting=meeting, codeentry_id=pk)
                        )
            Meeting.onward_services.through.objects.bulk_create(service_rows)
            earlier_cases += cases
            created["cases"] += len(cases)
            created["notifications"] += len(notifications)
            created["meetings"] += len(meetings)
    return created


def _weights(n):
    # The first entries are common, the last ones rare.
    return [max(1, 2 * n - 3 * i) for i in range(n)]
