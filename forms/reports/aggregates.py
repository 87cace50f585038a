"""Every client figure of the annual report (appendix 10, section 3; handbook table 17) for a
year and any set of teams, computed by the database.

Each figure is one aggregate query (values + Count, conditional counts); Python only arranges
the few aggregated rows (one per category) and never loops over records.

Definitions, so that every figure says what it counts:
- notifications: anchor notifications received in the year;
- meetings: anchor meetings held in the year;
- clients: distinct cases with at least one meeting in the year;
- new clients: clients with a meeting in the year recorded as "not a client before";
  returning clients: the other clients (every meeting of theirs in the year says "client before");
- age: the client's age in the meeting year (meeting year minus birth year; the register keeps
  only the birth year), counted once per client;
- home municipalities: the clients' home municipalities, once per client;
- reaction time: days from the notification to its first meeting, over notifications whose
  first meeting took place in the year (as the register's dashboard counts it);
- referral sources, reasons, offence types, child-welfare notifications, suspected violent
  radicalisation: over the notifications received in the year (a notification may have several
  reasons and offence types, so those rows add up to more than the total);
- service-needs assessments: meetings of the year by the way the assessment was done;
- onward referrals: meetings of the year after which work continues in other services, and
  the services (several per meeting are possible).
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import (
    Avg,
    Count,
    DurationField,
    ExpressionWrapper,
    F,
    Min,
    Q,
)
from django.utils.translation import gettext_lazy as _

from forms.models import CodeEntry, CodeList, Meeting, Notification
from forms.stats import CLIENTS, NEW_CLIENTS
from portal.i18n import localized_value
from portal.models import Team

# Reaction-time bins in days (inclusive upper bounds; None = no upper bound).
REACTION_BINS = [
    ("0-7", 7, _("0–7 days")),
    ("8-14", 14, _("8–14 days")),
    ("15-30", 30, _("15–30 days")),
    ("31-60", 60, _("31–60 days")),
    ("61-", None, _("more than 60 days")),
]

# Age bands (inclusive); the last band is open-ended.
AGE_BANDS = [
    ("-12", None, 12, _("12 or younger")),
    ("13-14", 13, 14, _("13–14")),
    ("15", 15, 15, _("15")),
    ("16", 16, 16, _("16")),
    ("17", 17, 17, _("17")),
    ("18-", 18, None, _("18 or older")),
]

# Ways of service-needs assessment that count as an assessment done in anchor work.
ASSESSMENT_DONE_IN_ANCHOR_WORK = ("in_meeting", "social_worker")


@dataclass
class Row:
    key: str
    label: str
    count: int
    # The register list behind the figure, as query parameters it understands (see report views).
    filters: dict = field(default_factory=dict)


@dataclass
class Distribution:
    """Counts by category with the total they belong to.

    additive: the rows add up to the total (one category per counted thing); false when a
    thing can fall in several categories (reasons, offence types, onward services).
    """

    key: str
    title: str
    unit: str
    rows: list
    total: int
    additive: bool = True

    @property
    def row_sum(self):
        return sum(row.count for row in self.rows)


def teams_in_scope(teams=None, regions=None):
    """Teams to count: the given teams (queryset, instances or ids), the teams of the given
    police departments, or every team when neither is given."""
    queryset = Team.objects.all()
    if teams is not None:
        ids = [getattr(team, "pk", team) for team in teams]
        queryset = queryset.filter(pk__in=ids)
    if regions:
        queryset = queryset.filter(police_department__in=list(regions))
    return queryset


def year_range(year):
    return datetime.date(year, 1, 1), datetime.date(year, 12, 31)


class YearFigures:
    """The figures of one year over a set of teams. Each property runs its own query once."""

    def __init__(self, year, teams=None, regions=None):
        self.year = year
        self.team_ids = None
        if teams is not None or regions:
            self.team_ids = list(teams_in_scope(teams, regions).values_list("pk", flat=True))
        self._cache = {}

    # --- base querysets -------------------------------------------------------------------

    def _scoped(self, queryset):
        if self.team_ids is None:
            return queryset
        return queryset.filter(team_id__in=self.team_ids)

    def meetings(self):
        first, last = year_range(self.year)
        return self._scoped(Meeting.objects.filter(date__gte=first, date__lte=last))

    def notifications(self):
        first, last = year_range(self.year)
        return self._scoped(
            Notification.objects.filter(date_received__gte=first, date_received__lte=last)
        )

    def _once(self, key, compute):
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]

    def codes(self):
        """Every code-list entry, one query, for labels and the categories with no records."""

        def load():
            result = {}
            for entry in CodeEntry.objects.order_by("sort_order", "code"):
                result.setdefault(entry.code_list, []).append(entry)
            return result

        return self._once("codes", load)

    # --- headline figures -----------------------------------------------------------------

    @property
    def headline(self):
        """Meetings, clients, new clients and onward referrals: one query over meetings."""

        def compute():
            figures = self.meetings().aggregate(
                meetings=Count("pk"),
                clients=CLIENTS,
                new_clients=NEW_CLIENTS,
                first_meetings=Count("pk", filter=Q(ordinal=1)),
                continuing=Count("pk", filter=Q(continues_in_services=True)),
                assessments_done=Count(
                    "pk", filter=Q(assessment_way__code__in=ASSESSMENT_DONE_IN_ANCHOR_WORK)
                ),
            )
            figures["returning_clients"] = figures["clients"] - figures["new_clients"]
            figures.update(
                self.notifications().aggregate(
                    notifications=Count("pk"),
                    child_welfare_notifications=Count(
                        "pk", filter=Q(child_welfare_notification=True)
                    ),
                    radicalisation=Count("pk", filter=Q(violent_radicalisation=True)),
                )
            )
            return figures

        return self._once("headline", compute)

    # --- reaction time --------------------------------------------------------------------

    def reaction_queryset(self):
        """One row per notification whose first meeting was in the year, with `reaction`.

        Grouped over the meetings (up to the end of the year) of the notifications met in the
        year: one hash aggregate instead of a correlated subquery per notification.
        """
        first, last = year_range(self.year)
        met_in_year = self.meetings().values("notification_id")
        return (
            self._scoped(Meeting.objects.filter(date__lte=last))
            .filter(notification_id__in=met_in_year)
            .values("notification_id")
            .annotate(first_meeting=Min("date"), received=Min("notification__date_received"))
            .filter(first_meeting__gte=first)
            .annotate(
                reaction=ExpressionWrapper(
                    F("first_meeting") - F("received"), output_field=DurationField()
                )
            )
        )

    @property
    def reaction(self):
        def compute():
            queryset = self.reaction_queryset()
            bins = {}
            lower = None
            for key, upper, _label in REACTION_BINS:
                condition = Q()
                if lower is not None:
                    condition &= Q(reaction__gt=datetime.timedelta(days=lower))
                if upper is not None:
                    condition &= Q(reaction__lte=datetime.timedelta(days=upper))
                bins[key] = Count("notification_id", filter=condition or None)
                lower = upper
            figures = queryset.aggregate(
                count=Count("notification_id"), mean=Avg("reaction"), **bins
            )
            count = figures["count"]
            return {
                "count": count,
                "mean_days": _days(figures["mean"]),
                "median_days": _days(_median(queryset, "reaction", count)),
                "bins": Distribution(
                    "reaction",
                    _("Reaction time from notification to first meeting"),
                    _("notifications"),
                    [Row(key, str(label), figures[key]) for key, _u, label in REACTION_BINS],
                    count,
                ),
            }

        return self._once("reaction", compute)

    # --- distributions --------------------------------------------------------------------

    def _by_code(self, key, title, unit, code_list, queryset, path, total, additive, count="pk"):
        counts = dict(
            queryset.values_list(path)
            .annotate(n=Count(count, distinct=True))
            .values_list(path, "n")
        )
        rows = [
            Row(entry.code, entry.label, counts.get(entry.pk, 0), {"code": entry.code})
            for entry in self.codes().get(code_list, [])
            if entry.is_active or counts.get(entry.pk)
        ]
        return Distribution(key, title, unit, rows, total, additive)

    @property
    def referral_sources(self):
        return self._once(
            "referral_sources",
            lambda: self._by_code(
                "referral_sources",
                _("Referral sources"),
                _("notifications"),
                CodeList.REFERRAL_SOURCE,
                self.notifications(),
                "referred_by_id",
                self.headline["notifications"],
                True,
            ),
        )

    @property
    def reasons(self):
        return self._once(
            "reasons",
            lambda: self._by_code(
                "reasons",
                _("Reasons for contacting anchor work"),
                _("notifications"),
                CodeList.REASON,
                self.notifications(),
                "reasons",
                self.headline["notifications"],
                False,
            ),
        )

    @property
    def offences(self):
        return self._once(
            "offences",
            lambda: self._by_code(
                "offences",
                _("Offence types"),
                _("notifications"),
                CodeList.OFFENCE,
                self.notifications(),
                "offence_types",
                self.headline["notifications"],
                False,
            ),
        )

    @property
    def assessments(self):
        return self._once(
            "assessments",
            lambda: self._by_code(
                "assessments",
                _("Service-needs assessments"),
                _("meetings"),
                CodeList.ASSESSMENT,
                self.meetings(),
                "assessment_way_id",
                self.headline["meetings"],
                True,
            ),
        )

    @property
    def onward_services(self):
        return self._once(
            "onward_services",
            lambda: self._by_code(
                "onward_services",
                _("Onward referrals: where"),
                _("meetings"),
                CodeList.ONWARD_SERVICE,
                self.meetings(),
                "onward_services",
                self.headline["continuing"],
                False,
            ),
        )

    @property
    def ages(self):
        def compute():
            by_birth_year = (
                self.meetings()
                .values_list("case__birth_year")
                .annotate(n=Count("case_id", distinct=True))
            )
            bands = {key: 0 for key, *_rest in AGE_BANDS}
            for birth_year, n in by_birth_year:  # one row per birth year, not per record
                bands[age_band(self.year - birth_year)] += n
            rows = [Row(key, str(label), bands[key]) for key, _lo, _hi, label in AGE_BANDS]
            return Distribution(
                "ages",
                _("Age of the clients in the meeting year"),
                _("clients"),
                rows,
                self.headline["clients"],
            )

        return self._once("ages", compute)

    @property
    def municipalities(self):
        def compute():
            rows = (
                self.meetings()
                .values_list(
                    "case__home_municipality__code",
                    "case__home_municipality__name_fi",
                    "case__home_municipality__name_sv",
                )
                .annotate(n=Count("case_id", distinct=True))
                .order_by("-n", "case__home_municipality__name_fi")
            )
            return Distribution(
                "municipalities",
                _("Home municipalities of the clients"),
                _("clients"),
                [Row(code, localized_value(_Names(fi, sv), "name"), n) for code, fi, sv, n in rows],
                self.headline["clients"],
            )

        return self._once("municipalities", compute)

    @property
    def new_and_returning(self):
        h = self.headline
        return Distribution(
            "new_and_returning",
            _("New and returning clients"),
            _("clients"),
            [
                Row("new", str(_("new clients")), h["new_clients"]),
                Row("returning", str(_("returning clients")), h["returning_clients"]),
            ],
            h["clients"],
        )

    def by_team(self):
        """Notifications, clients and meetings per team (two grouped queries)."""

        def compute():
            teams = {
                t["pk"]: t
                for t in self._scoped_teams().values("pk", "code", "name_fi", "name_sv", "name_en")
            }
            meetings = {
                row["team_id"]: row
                for row in self.meetings()
                .values("team_id")
                .annotate(meetings=Count("pk"), clients=Count("case_id", distinct=True))
            }
            notifications = dict(
                self.notifications()
                .values_list("team_id")
                .annotate(n=Count("pk"))
                .values_list("team_id", "n")
            )
            result = []
            for pk, team in teams.items():
                result.append(
                    {
                        "code": team["code"],
                        "name": localized_value(_Names(**_strip(team)), "name"),
                        "notifications": notifications.get(pk, 0),
                        "clients": meetings.get(pk, {}).get("clients", 0),
                        "meetings": meetings.get(pk, {}).get("meetings", 0),
                    }
                )
            return sorted(result, key=lambda r: r["name"])

        return self._once("by_team", compute)

    def _scoped_teams(self):
        teams = Team.objects.all()
        if self.team_ids is not None:
            teams = teams.filter(pk__in=self.team_ids)
        return teams

    def clients_by_region_and_age(self):
        """Clients by police department (rows) and age band (columns): a two-way table."""

        def compute():
            rows = (
                self.meetings()
                .values_list("team__police_department", "case__birth_year")
                .annotate(n=Count("case_id", distinct=True))
            )
            table = {}
            for region, birth_year, n in rows:  # one row per region and birth year
                cells = table.setdefault(region, {key: 0 for key, *_r in AGE_BANDS})
                cells[age_band(self.year - birth_year)] += n
            return table

        return self._once("region_age", compute)

    def distributions(self):
        """Every distribution of section 3, in the order of appendix 10."""
        return [
            self.reaction["bins"],
            self.referral_sources,
            self.ages,
            self.municipalities,
            self.reasons,
            self.new_and_returning,
            self.offences,
            self.assessments,
            self.onward_services,
        ]

    def as_dict(self):
        """Plain numbers (for exports and comparisons in tests)."""
        h = self.headline
        r = self.reaction
        return {
            "year": self.year,
            "notifications": h["notifications"],
            "clients": h["clients"],
            "meetings": h["meetings"],
            "first_meetings": h["first_meetings"],
            "new_clients": h["new_clients"],
            "returning_clients": h["returning_clients"],
            "child_welfare_notifications": h["child_welfare_notifications"],
            "radicalisation": h["radicalisation"],
            "assessments_done": h["assessments_done"],
            "continuing": h["continuing"],
            "reaction_count": r["count"],
            "reaction_mean_days": r["mean_days"],
            "reaction_median_days": r["median_days"],
            **{d.key: {row.key: row.count for row in d.rows} for d in self.distributions()},
        }


class _Names:
    def __init__(self, fi="", sv="", en=""):
        self.name_fi, self.name_sv, self.name_en = fi, sv, en


def _strip(team):
    return {lang: team.get(f"name_{lang}", "") for lang in ("fi", "sv", "en")}


def age_band(age):
    for key, low, high, _label in AGE_BANDS:
        if (low is None or age >= low) and (high is None or age <= high):
            return key
    raise AssertionError(age)


def _days(value):
    if value is None:
        return None
    if isinstance(value, datetime.timedelta):
        return round(value.total_seconds() / 86400, 1)
    return round(float(value) / 86400 / 1_000_000, 1)  # SQLite may hand back microseconds


def _median(queryset, field_name, count):
    """The median found by the database: order by the field and read the middle row(s)."""
    if not count:
        return None
    values = queryset.order_by(field_name).values_list(field_name, flat=True)
    middle = list(values[(count - 1) // 2 : count // 2 + 1])
    if len(middle) == 1:
        return middle[0]
    return (middle[0] + middle[1]) / 2


def trend(years, teams=None, regions=None):
    """Notifications, clients and meetings for several years: two grouped queries."""
    team_ids = None
    if teams is not None or regions:
        team_ids = list(teams_in_scope(teams, regions).values_list("pk", flat=True))
    meetings = Meeting.objects.filter(date__year__in=list(years))
    notifications = Notification.objects.filter(date_received__year__in=list(years))
    if team_ids is not None:
        meetings = meetings.filter(team_id__in=team_ids)
        notifications = notifications.filter(team_id__in=team_ids)
    by_year = {
        row["date__year"]: row
        for row in meetings.values("date__year").annotate(
            meetings=Count("pk"), clients=Count("case_id", distinct=True)
        )
    }
    notified = dict(
        notifications.values_list("date_received__year")
        .annotate(n=Count("pk"))
        .values_list("date_received__year", "n")
    )
    return [
        {
            "year": year,
            "notifications": notified.get(year, 0),
            "clients": by_year.get(year, {}).get("clients", 0),
            "meetings": by_year.get(year, {}).get("meetings", 0),
        }
        for year in sorted(years)
    ]
