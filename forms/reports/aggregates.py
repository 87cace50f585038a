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
  first meeting took place in the year (as the register's dashboard counts it: forms.stats);
- referral sources, reasons, offence types, child-welfare notifications, suspected violent
  radicalisation: over the notifications received in the year (a notification may have several
  reasons and offence types, so those rows add up to more than the total);
- service-needs assessments: meetings of the year by the way the assessment was done;
- onward referrals: meetings of the year after which work continues in other services, and
  the services (several per meeting are possible).
"""

import datetime
from functools import cached_property

from django.db.models import Avg, Count, Q
from django.utils.translation import gettext_lazy as _

from forms.models import CodeEntry, CodeList, Meeting, Notification
from forms.reports.categories import (
    AGE_BANDS,
    ASSESSMENT_DONE_IN_ANCHOR_WORK,
    REACTION_BINS,
    Distribution,
    Row,
    age_band,
)
from forms.stats import CLIENTS, NEW_CLIENTS, in_days, median, reaction_times, year_range
from portal.i18n import localized_value
from portal.models import Team

__all__ = [
    "AGE_BANDS",
    "ASSESSMENT_DONE_IN_ANCHOR_WORK",
    "REACTION_BINS",
    "Distribution",
    "Row",
    "YearFigures",
    "age_band",
    "teams_in_scope",
    "trend",
]


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


def scoped_team_ids(teams=None, regions=None):
    """The ids of the teams in scope, or None for every team (no filter at all)."""
    if teams is None and not regions:
        return None
    return list(teams_in_scope(teams, regions).values_list("pk", flat=True))


class YearFigures:
    """The figures of one year over a set of teams. Each property runs its query once."""

    def __init__(self, year, teams=None, regions=None):
        self.year = year
        self.team_ids = scoped_team_ids(teams, regions)

    # --- base querysets -------------------------------------------------------------------

    def _scoped(self, queryset, field="team_id"):
        if self.team_ids is None:
            return queryset
        return queryset.filter(**{f"{field}__in": self.team_ids})

    def meetings(self):
        first, last = year_range(self.year)
        return self._scoped(Meeting.objects.filter(date__gte=first, date__lte=last))

    def notifications(self):
        first, last = year_range(self.year)
        return self._scoped(
            Notification.objects.filter(date_received__gte=first, date_received__lte=last)
        )

    @cached_property
    def codes(self):
        """Every code-list entry, one query, for labels and the categories with no records."""
        result = {}
        for entry in CodeEntry.objects.order_by("sort_order", "code"):
            result.setdefault(entry.code_list, []).append(entry)
        return result

    # --- headline figures -----------------------------------------------------------------

    @cached_property
    def headline(self):
        """Meetings, clients, new clients and onward referrals: one query over meetings."""
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
                child_welfare_notifications=Count("pk", filter=Q(child_welfare_notification=True)),
                radicalisation=Count("pk", filter=Q(violent_radicalisation=True)),
            )
        )
        return figures

    # --- reaction time --------------------------------------------------------------------

    def reaction_queryset(self):
        """One row per notification whose first meeting was in the year, with `reaction`."""
        return reaction_times(self._scoped(Meeting.objects.all()), self.year)

    @cached_property
    def reaction(self):
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
        figures = queryset.aggregate(count=Count("notification_id"), mean=Avg("reaction"), **bins)
        count = figures["count"]
        return {
            "count": count,
            "mean_days": in_days(figures["mean"]),
            "median_days": in_days(median(queryset, "reaction", count=count)),
            "bins": Distribution(
                key="reaction",
                title=_("Reaction time from notification to first meeting"),
                unit=_("notifications"),
                rows=[Row(key, str(label), figures[key]) for key, _u, label in REACTION_BINS],
                total=count,
            ),
        }

    # --- distributions --------------------------------------------------------------------

    def _by_code(self, *, key, title, unit, code_list, queryset, path, total, additive):
        """Counts of `queryset` by the code entry at `path`, one row per entry of the list
        (retired entries only when they were used)."""
        counts = dict(
            queryset.values_list(path).annotate(n=Count("pk", distinct=True)).values_list(path, "n")
        )
        rows = [
            Row(entry.code, entry.label, counts.get(entry.pk, 0), {"code": entry.code})
            for entry in self.codes.get(code_list, [])
            if entry.is_active or counts.get(entry.pk)
        ]
        return Distribution(
            key=key, title=title, unit=unit, rows=rows, total=total, additive=additive
        )

    @cached_property
    def referral_sources(self):
        return self._by_code(
            key="referral_sources",
            title=_("Referral sources"),
            unit=_("notifications"),
            code_list=CodeList.REFERRAL_SOURCE,
            queryset=self.notifications(),
            path="referred_by_id",
            total=self.headline["notifications"],
            additive=True,
        )

    @cached_property
    def reasons(self):
        return self._by_code(
            key="reasons",
            title=_("Reasons for contacting anchor work"),
            unit=_("notifications"),
            code_list=CodeList.REASON,
            queryset=self.notifications(),
            path="reasons",
            total=self.headline["notifications"],
            additive=False,
        )

    @cached_property
    def offences(self):
        return self._by_code(
            key="offences",
            title=_("Offence types"),
            unit=_("notifications"),
            code_list=CodeList.OFFENCE,
            queryset=self.notifications(),
            path="offence_types",
            total=self.headline["notifications"],
            additive=False,
        )

    @cached_property
    def assessments(self):
        return self._by_code(
            key="assessments",
            title=_("Service-needs assessments"),
            unit=_("meetings"),
            code_list=CodeList.ASSESSMENT,
            queryset=self.meetings(),
            path="assessment_way_id",
            total=self.headline["meetings"],
            additive=True,
        )

    @cached_property
    def onward_services(self):
        return self._by_code(
            key="onward_services",
            title=_("Onward referrals: where"),
            unit=_("meetings"),
            code_list=CodeList.ONWARD_SERVICE,
            queryset=self.meetings(),
            path="onward_services",
            total=self.headline["continuing"],
            additive=False,
        )

    @cached_property
    def ages(self):
        by_birth_year = (
            self.meetings()
            .values_list("case__birth_year")
            .annotate(n=Count("case_id", distinct=True))
        )
        bands = {key: 0 for key, *_rest in AGE_BANDS}
        for birth_year, n in by_birth_year:  # one row per birth year, not per record
            bands[age_band(self.year - birth_year)] += n
        return Distribution(
            key="ages",
            title=_("Age of the clients in the meeting year"),
            unit=_("clients"),
            rows=[Row(key, str(label), bands[key]) for key, _lo, _hi, label in AGE_BANDS],
            total=self.headline["clients"],
        )

    @cached_property
    def municipalities(self):
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
            key="municipalities",
            title=_("Home municipalities of the clients"),
            unit=_("clients"),
            rows=[
                Row(code, localized_value(_Names(fi, sv), "name"), n) for code, fi, sv, n in rows
            ],
            total=self.headline["clients"],
        )

    @property
    def new_and_returning(self):
        h = self.headline
        return Distribution(
            key="new_and_returning",
            title=_("New and returning clients"),
            unit=_("clients"),
            rows=[
                Row("new", str(_("new clients")), h["new_clients"]),
                Row("returning", str(_("returning clients")), h["returning_clients"]),
            ],
            total=h["clients"],
        )

    @cached_property
    def by_team(self):
        """Notifications, clients and meetings per team (two grouped queries)."""
        teams = {
            t["pk"]: t
            for t in self._scoped(Team.objects.all(), field="pk").values(
                "pk", "code", "name_fi", "name_sv", "name_en"
            )
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
        result = [
            {
                "code": team["code"],
                "name": localized_value(_Names(**_names(team)), "name"),
                "notifications": notifications.get(pk, 0),
                "clients": meetings.get(pk, {}).get("clients", 0),
                "meetings": meetings.get(pk, {}).get("meetings", 0),
            }
            for pk, team in teams.items()
        ]
        return sorted(result, key=lambda r: r["name"])

    @cached_property
    def clients_by_region_and_age(self):
        """Clients by police department (rows) and age band (columns): a two-way table."""
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
    """Localised names of a row of values(), for localized_value."""

    def __init__(self, fi="", sv="", en=""):
        self.name_fi, self.name_sv, self.name_en = fi, sv, en


def _names(team):
    return {lang: team.get(f"name_{lang}", "") for lang in ("fi", "sv", "en")}


def trend(years, teams=None, regions=None):
    """Notifications, clients and meetings for several years: two grouped queries."""
    team_ids = scoped_team_ids(teams, regions)
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
