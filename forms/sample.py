"""A generated register: cases, notifications and meetings for the demo, the tests and the
bench. One generator, deterministic for a seed, bulk inserts (no per-record save).

The records keep the register's rules: no date in the future, meetings on or after their
notification, distinct meeting dates per case and ordinals counted by date, young people under
18 in the meeting year unless the reason has no age limit, offence types only with the offence
reason, onward services only when work continues, "client before" the same for every meeting
of a notification and true for a returning client. The distributions are plausible, not real
figures: some notifications arrive in December and are met in January, some clients come back
in a later year, some notifications still wait for a first meeting, and rare categories give
small counts to suppress.
"""

import datetime
import random
import uuid
from collections import defaultdict

from django.db.models import Max
from django.utils import timezone

from forms.models import Case, CodeEntry, CodeList, Meeting, Notification
from portal.models import Municipality

# Weights by code; a code of the list that is not named here (e.g. added by the national
# coordinator) gets the smallest weight.
AGE_AT_NOTIFICATION = {11: 2, 12: 5, 13: 11, 14: 17, 15: 23, 16: 23, 17: 19}
WEIGHTS = {
    CodeList.REASON: {
        "offence": 52,
        "substance_use": 28,
        "school_problems": 9,
        "domestic_violence": 8,
        "support_need": 12,
        "violent_radicalisation": 2,
    },
    CodeList.REFERRAL_SOURCE: {
        "police": 56,
        "social_services": 11,
        "child_welfare": 8,
        "school": 9,
        "health_care": 4,
        "youth_services": 4,
        "family": 5,
        "ngo": 1,
        "other": 2,
    },
    CodeList.OFFENCE: {
        "theft": 34,
        "assault": 24,
        "criminal_damage": 14,
        "drugs": 10,
        "threat": 7,
        "robbery": 4,
        "traffic": 4,
        "sexual": 1,
        "other": 2,
    },
    CodeList.ASSESSMENT: {
        "in_meeting": 45,
        "social_worker": 15,
        "already_ongoing": 15,
        "referred": 10,
        "not_done": 15,
    },
    CodeList.ONWARD_SERVICE: {
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
    },
}
MEETINGS_PER_NOTIFICATION = {0: 6, 1: 50, 2: 30, 3: 13, 4: 7}
RETURNING_SHARE = 0.14  # notifications of clients met in an earlier notification
OUTSIDE_MUNICIPALITY_SHARE = 0.04  # clients living outside the team's area
RADICALISATION = "violent_radicalisation"


class _Codes:
    """The active entries of every code list with their weights, loaded once."""

    def __init__(self):
        self.entries = defaultdict(list)
        for entry in CodeEntry.objects.active().order_by("sort_order", "code"):
            self.entries[entry.code_list].append(entry)

    def pick(self, rng, code_list):
        entries = self.entries[code_list]
        weights = [WEIGHTS[code_list].get(entry.code, 1) for entry in entries]
        return rng.choices(entries, weights=weights)[0]

    def pick_some(self, rng, code_list, most=2):
        count = min(rng.choices(range(1, most + 1), weights=[70, 25, 5][:most])[0], most)
        chosen = []
        while len(chosen) < min(count, len(self.entries[code_list])):
            entry = self.pick(rng, code_list)
            if entry not in chosen:
                chosen.append(entry)
        return chosen


def _pick(rng, weights):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def generate(
    teams,
    years,
    *,
    notifications_per_year=40,
    seed=1,
    authors=None,
    submission_namespace=None,
    today=None,
):
    """Add notifications with their cases and meetings for every team and year.

    notifications_per_year: a number, or {team code: number}; a year still under way gets its
    share up to two weeks ago. authors: {team code: user} for `created_by`.
    submission_namespace: a UUID from which the meetings' submission ids are derived (so that
    a loader can tell its records are there); random ids otherwise. Returns the counts.
    """
    rng = random.Random(seed)
    today = today or timezone.localdate()
    codes = _Codes()
    outside_pool = list(Municipality.objects.order_by("code").values_list("pk", flat=True)[:8])
    created = {"cases": 0, "notifications": 0, "meetings": 0}
    meeting_number = 0
    for team in teams:
        per_year = (
            notifications_per_year.get(team.code, 0)
            if isinstance(notifications_per_year, dict)
            else notifications_per_year
        )
        author = (authors or {}).get(team.code)
        own = list(team.municipalities.order_by("pk").values_list("pk", flat=True))
        own = own or outside_pool[:3]
        municipality_weights = [6] + [2] * (len(own) - 1)
        plan = _TeamPlan(team, author)
        for year in years:
            last_day = min(datetime.date(year, 12, 31), today - datetime.timedelta(days=14))
            span = (last_day - datetime.date(year, 1, 1)).days
            if span < 0:
                continue
            sequence = Case.objects.filter(team=team, year=year).aggregate(m=Max("sequence"))["m"]
            sequence = sequence or 0
            for _n in range(round(per_year * (span + 1) / 365)):
                received = datetime.date(year, 1, 1) + datetime.timedelta(days=rng.randint(0, span))
                reasons = codes.pick_some(rng, CodeList.REASON)
                radical = any(reason.code == RADICALISATION for reason in reasons)
                case = None
                if plan.cases and rng.random() < RETURNING_SHARE:
                    case = plan.returning_case(rng, received, radical)
                if case is None:
                    age = rng.randint(15, 24) if radical else _pick(rng, AGE_AT_NOTIFICATION)
                    if rng.random() < OUTSIDE_MUNICIPALITY_SHARE and outside_pool:
                        municipality = rng.choice(outside_pool)
                    else:
                        municipality = rng.choices(own, weights=municipality_weights)[0]
                    sequence += 1
                    case = plan.new_case(year, sequence, received.year - age, municipality)
                notification = Notification(
                    case=case,
                    team=team,
                    date_received=received,
                    referred_by=codes.pick(rng, CodeList.REFERRAL_SOURCE),
                    child_welfare_notification=rng.random() < 0.38,
                    violent_radicalisation=radical,
                    created_by=author,
                )
                offences = (
                    codes.pick_some(rng, CodeList.OFFENCE)
                    if any(reason.code == "offence" for reason in reasons)
                    else []
                )
                plan.notifications.append((notification, reasons, offences))
                used_dates = plan.dates[id(case)]
                client_before = bool(used_dates) or rng.random() < 0.07
                # Reaction time: mostly within two weeks, a long tail.
                day = received + datetime.timedelta(days=min(int(rng.expovariate(1 / 9)), 90))
                for position in range(_pick(rng, MEETINGS_PER_NOTIFICATION)):
                    if position:
                        day += datetime.timedelta(days=rng.randint(7, 45))
                    while day in used_dates:
                        day += datetime.timedelta(days=1)
                    if day > today or not _age_allowed(case, day.year, radical):
                        break
                    used_dates.add(day)
                    continues = rng.random() < 0.62
                    meeting = Meeting(
                        notification=notification,
                        case=case,
                        team=team,
                        date=day,
                        ordinal=0,  # counted by date when the team is done
                        client_before=client_before,
                        assessment_way=codes.pick(rng, CodeList.ASSESSMENT),
                        continues_in_services=continues,
                        created_by=author,
                    )
                    if submission_namespace is not None:
                        meeting.submission_id = uuid.uuid5(
                            submission_namespace, f"meeting-{meeting_number}"
                        )
                    meeting_number += 1
                    onward = codes.pick_some(rng, CodeList.ONWARD_SERVICE) if continues else []
                    plan.meetings.append((meeting, onward))
        for key, count in plan.save().items():
            created[key] += count
    return created


def _age_allowed(case, year, radical):
    """Under 18 in the meeting year (18 at most), unless the reason has no age limit."""
    return radical or year - case.birth_year <= 18


class _TeamPlan:
    """The records of one team, collected in memory and stored with bulk inserts."""

    def __init__(self, team, author):
        self.team, self.author = team, author
        self.cases, self.notifications, self.meetings = [], [], []
        self.dates = defaultdict(set)  # meeting dates of each case (by object id)

    def new_case(self, year, sequence, birth_year, municipality):
        case = Case(
            team=self.team,
            year=year,
            sequence=sequence,
            case_code=Case.format_code(self.team.code, year, sequence),
            birth_year=birth_year,
            home_municipality_id=municipality,
            created_by=self.author,
        )
        self.cases.append(case)
        return case

    def returning_case(self, rng, received, radical):
        """An earlier client of the team who may come back on `received`, or None."""
        case = rng.choice(self.cases)
        dates = self.dates[id(case)]
        if not dates or received <= max(dates):
            return None
        if not _age_allowed(case, received.year, radical) or received.year - case.birth_year > 17:
            return None
        return case

    def save(self):
        by_case = defaultdict(list)
        for meeting, _onward in self.meetings:
            by_case[id(meeting.case)].append(meeting)
        for meetings in by_case.values():
            for ordinal, meeting in enumerate(sorted(meetings, key=lambda m: m.date), start=1):
                meeting.ordinal = ordinal
        Case.objects.bulk_create(self.cases, batch_size=1000)
        for notification, _reasons, _offences in self.notifications:
            notification.case_id = notification.case.pk
        Notification.objects.bulk_create([n for n, *_r in self.notifications], batch_size=1000)
        for meeting, _onward in self.meetings:
            meeting.case_id = meeting.case.pk
            meeting.notification_id = meeting.notification.pk
        Meeting.objects.bulk_create([m for m, _o in self.meetings], batch_size=1000)
        Reason = Notification.reasons.through
        Offence = Notification.offence_types.through
        Onward = Meeting.onward_services.through
        Reason.objects.bulk_create(
            [
                Reason(notification_id=n.pk, codeentry_id=entry.pk)
                for n, reasons, _offences in self.notifications
                for entry in reasons
            ],
            batch_size=2000,
        )
        Offence.objects.bulk_create(
            [
                Offence(notification_id=n.pk, codeentry_id=entry.pk)
                for n, _reasons, offences in self.notifications
                for entry in offences
            ],
            batch_size=2000,
        )
        Onward.objects.bulk_create(
            [
                Onward(meeting_id=m.pk, codeentry_id=entry.pk)
                for m, onward in self.meetings
                for entry in onward
            ],
            batch_size=2000,
        )
        return {
            "cases": len(self.cases),
            "notifications": len(self.notifications),
            "meetings": len(self.meetings),
        }
