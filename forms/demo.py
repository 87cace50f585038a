"""A realistic synthetic register for the demo teams: about 4,000 meetings in 2024-2026.

Deterministic (fixed seed) and idempotent: the meetings carry submission ids derived from
their number, so a second run finds the first demo meeting and leaves the register alone.
Bulk inserts keep it fast. The distributions are plausible, not real figures.
"""

import datetime
import random
import uuid
from collections import defaultdict

from django.contrib.auth import get_user_model
from django.utils import timezone

from forms.models import Case, CodeEntry, CodeList, Meeting, Notification
from portal.codes import TeamRole
from portal.models import Team, TeamMembership

SEED = 20240101
DEMO_NAMESPACE = uuid.UUID("6f1c3b7e-0a8d-4d7e-9b1e-2a4c6e8f0a11")
YEARS = (2024, 2025, 2026)
# Notifications per year by team: Helsinki is the busiest, Vaasa region the smallest.
NOTIFICATIONS_PER_YEAR = {
    "HEL": 260,
    "ESP": 120,
    "VAN": 100,
    "TRE": 120,
    "TKU": 90,
    "OUL": 80,
    "VAA": 50,
}
AGE_AT_NOTIFICATION = {11: 2, 12: 5, 13: 11, 14: 17, 15: 23, 16: 23, 17: 19}
REASONS = {
    "offence": 52,
    "substance_use": 28,
    "school_problems": 9,
    "domestic_violence": 8,
    "support_need": 12,
    "violent_radicalisation": 2,
}
REFERRALS = {
    "police": 56,
    "social_services": 11,
    "child_welfare": 8,
    "school": 9,
    "health_care": 4,
    "youth_services": 4,
    "family": 5,
    "ngo": 1,
    "other": 2,
}
OFFENCES = {
    "theft": 34,
    "assault": 24,
    "criminal_damage": 14,
    "drugs": 10,
    "threat": 7,
    "robbery": 4,
    "traffic": 4,
    "sexual": 1,
    "other": 2,
}
ASSESSMENTS = {
    "in_meeting": 45,
    "social_worker": 15,
    "already_ongoing": 15,
    "referred": 10,
    "not_done": 15,
}
ONWARD = {
    "youth_work": 20,
    "child_welfare": 14,
    "social_services": 12,
    "student_welfare": 12,
    "mental_health": 10,
    "substance_services": 9,
    "family_services": 9,
    "ohjaamo": 4,
    "mediation": 4,
    "victim_support": 2,
    "ngo": 3,
    "health_care": 4,
    "other": 2,
}
MEETINGS_PER_NOTIFICATION = {1: 50, 2: 30, 3: 13, 4: 7}


def pick(rng, weights):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def pick_some(rng, weights, most):
    count = rng.choices(range(1, most + 1), weights=[70, 25, 5][:most])[0]
    chosen = []
    while len(chosen) < count:
        value = pick(rng, weights)
        if value not in chosen:
            chosen.append(value)
    return chosen


def demo_submission_id(number):
    return uuid.uuid5(DEMO_NAMESPACE, f"meeting-{number}")


def load(command):
    if Meeting.objects.filter(submission_id=demo_submission_id(0)).exists():
        command.progress("register: demo records already loaded")
        return
    rng = random.Random(SEED)
    today = timezone.localdate()
    codes = {
        (e.code_list, e.code): e for e in CodeEntry.objects.filter(code_list__in=CodeList.values)
    }

    def code(code_list, value):
        return codes[(code_list, value)]

    experts = {
        m.team.code: m.user
        for m in TeamMembership.objects.select_related("team", "user")
        .filter(role=TeamRole.EXPERT)
        .order_by("-pk")
    }
    User = get_user_model()
    fallback_user = User.objects.filter(is_superuser=True).first()

    cases, notifications, meetings = [], [], []
    reasons_of, offences_of, onward_of = [], [], []
    meeting_number = 0
    for team in Team.objects.filter(code__in=NOTIFICATIONS_PER_YEAR).order_by("code"):
        municipalities = list(team.municipalities.order_by("pk"))
        if not municipalities:
            continue
        municipality_weights = [6] + [2] * (len(municipalities) - 1)
        author = experts.get(team.code, fallback_user)
        sequences = defaultdict(int)
        team_cases = []  # (case, dates of its meetings)
        for year in YEARS:
            last_day = min(datetime.date(year, 12, 31), today - datetime.timedelta(days=14))
            span = (last_day - datetime.date(year, 1, 1)).days
            if span <= 0:
                continue
            per_year = round(NOTIFICATIONS_PER_YEAR[team.code] * (span + 1) / 365)
            for _ in range(per_year):
                received = datetime.date(year, 1, 1) + datetime.timedelta(days=rng.randint(0, span))
                reasons = pick_some(rng, REASONS, 2)
                radical = "violent_radicalisation" in reasons
                returning = team_cases and rng.random() < 0.14
                if returning:
                    case, used_dates = rng.choice(team_cases)
                    too_old = received.year - case.birth_year > 17 and not radical
                    if too_old or received <= max(used_dates, default=received):
                        returning = False
                if not returning:
                    age = rng.randint(15, 24) if radical else pick(rng, AGE_AT_NOTIFICATION)
                    sequences[year] += 1
                    case = Case(
                        team=team,
                        year=year,
                        sequence=sequences[year],
                        case_code=Case.format_code(team.code, year, sequences[year]),
                        birth_year=received.year - age,
                        home_municipality=rng.choices(municipalities, weights=municipality_weights)[
                            0
                        ],
                        created_by=author,
                    )
                    used_dates = set()
                    cases.append(case)
                    team_cases.append((case, used_dates))
                notification = Notification(
                    case=case,
                    team=team,
                    date_received=received,
                    referred_by=code(CodeList.REFERRAL_SOURCE, pick(rng, REFERRALS)),
                    child_welfare_notification=rng.random() < 0.38,
                    violent_radicalisation=radical,
                    created_by=author,
                )
                notifications.append(notification)
                reasons_of.append([code(CodeList.REASON, r) for r in reasons])
                offences_of.append(
                    [code(CodeList.OFFENCE, o) for o in pick_some(rng, OFFENCES, 2)]
                    if "offence" in reasons
                    else []
                )
                client_before = bool(used_dates) or rng.random() < 0.07
                # Reaction time: mostly within two weeks, a long tail.
                day = received + datetime.timedelta(days=min(int(rng.expovariate(1 / 9)), 90))
                for position in range(pick(rng, MEETINGS_PER_NOTIFICATION)):
                    if position:
                        day += datetime.timedelta(days=rng.randint(7, 45))
                    while day in used_dates:
                        day += datetime.timedelta(days=1)
                    if day > today:
                        break
                    used_dates.add(day)
                    continues = rng.random() < 0.62
                    meetings.append(
                        Meeting(
                            notification=notification,
                            case=case,
                            team=team,
                            date=day,
                            ordinal=0,  # numbered below, per case and date
                            client_before=client_before,
                            assessment_way=code(CodeList.ASSESSMENT, pick(rng, ASSESSMENTS)),
                            continues_in_services=continues,
                            submission_id=demo_submission_id(meeting_number),
                            created_by=author,
                        )
                    )
                    onward_of.append(
                        [code(CodeList.ONWARD_SERVICE, s) for s in pick_some(rng, ONWARD, 2)]
                        if continues
                        else []
                    )
                    meeting_number += 1
        command.progress(f"register: {team.code} prepared ({len(meetings)} meetings so far)")

    by_case = defaultdict(list)
    for meeting in meetings:
        by_case[id(meeting.case)].append(meeting)
    for case_meetings in by_case.values():
        for ordinal, meeting in enumerate(sorted(case_meetings, key=lambda m: m.date), start=1):
            meeting.ordinal = ordinal

    Case.objects.bulk_create(cases, batch_size=1000)
    for notification in notifications:
        notification.case_id = notification.case.pk
    Notification.objects.bulk_create(notifications, batch_size=1000)
    command.progress(f"register: {len(cases)} cases, {len(notifications)} notifications")
    for meeting in meetings:
        meeting.case_id = meeting.case.pk
        meeting.notification_id = meeting.notification.pk
    Meeting.objects.bulk_create(meetings, batch_size=1000)
    Reason = Notification.reasons.through
    Offence = Notification.offence_types.through
    Onward = Meeting.onward_services.through
    Reason.objects.bulk_create(
        [
            Reason(notification_id=n.pk, codeentry_id=c.pk)
            for n, chosen in zip(notifications, reasons_of, strict=True)
            for c in chosen
        ],
        batch_size=2000,
    )
    Offence.objects.bulk_create(
        [
            Offence(notification_id=n.pk, codeentry_id=c.pk)
            for n, chosen in zip(notifications, offences_of, strict=True)
            for c in chosen
        ],
        batch_size=2000,
    )
    Onward.objects.bulk_create(
        [
            Onward(meeting_id=m.pk, codeentry_id=c.pk)
            for m, chosen in zip(meetings, onward_of, strict=True)
            for c in chosen
        ],
        batch_size=2000,
    )
    command.progress(f"register: {len(meetings)} meetings over {YEARS[0]}-{YEARS[-1]}")
