"""The statistics register: pseudonymous cases, anchor notifications and anchor meetings.

The register keeps statistics, never identities: a case is a system-generated code, a birth
year and a home municipality. Every categorical answer is a foreign key to a code-list row so
that annual and national figures are plain database aggregations.
"""

import uuid

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, models, transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.i18n import LocalizedFieldsMixin


class CodeList(models.TextChoices):
    """The code lists of the register; their entries are data (CodeEntry rows)."""

    REASON = "reason", _("Reasons for the anchor meeting")
    REFERRAL_SOURCE = "referral_source", _("Referral sources")
    OFFENCE = "offence", _("Offence categories")
    ASSESSMENT = "assessment", _("Ways of service-needs assessment")
    ONWARD_SERVICE = "onward_service", _("Onward services")
    PROFESSION = "profession", _("Professions")


class CodeEntryQuerySet(models.QuerySet):
    def of(self, code_list):
        return self.filter(code_list=code_list)

    def active(self):
        return self.filter(is_active=True)

    def usable(self, code_list, keep=()):
        """Active entries of a list, plus retired ones a record already uses (keep)."""
        keep_ids = [getattr(entry, "pk", entry) for entry in keep if entry]
        return self.of(code_list).filter(models.Q(is_active=True) | models.Q(pk__in=keep_ids))


class CodeEntry(LocalizedFieldsMixin, models.Model):
    """One row of a code list. The code is stable; retired rows stay valid for old records."""

    code_list = models.CharField(_("code list"), max_length=30, choices=CodeList.choices)
    code = models.SlugField(
        _("code"),
        max_length=40,
        help_text=_("A stable identifier used in exports; it cannot be changed later."),
    )
    label_fi = models.CharField(_("label in Finnish"), max_length=200)
    label_sv = models.CharField(_("label in Swedish"), max_length=200)
    label_en = models.CharField(_("label in English"), max_length=200)
    is_active = models.BooleanField(
        _("in use"),
        default=True,
        help_text=_("Retired entries are not offered for new records but old records keep them."),
    )
    no_age_limit = models.BooleanField(
        _("no age limit"),
        default=False,
        help_text=_("For reasons: the under-18 rule does not apply (violent radicalisation)."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = CodeEntryQuerySet.as_manager()

    class Meta:
        ordering = ["code_list", "sort_order", "code"]
        verbose_name = _("code-list entry")
        verbose_name_plural = _("code-list entries")
        constraints = [
            models.UniqueConstraint(fields=["code_list", "code"], name="register_unique_code"),
        ]

    def __str__(self):
        return self.label

    @property
    def label(self):
        return self.localized("label")


def code_choices(code_list):
    """limit_choices_to for a foreign key into one code list."""
    return {"code_list": code_list}


# The statistics fields of each record: what the forms edit, the wizard stores and the audit
# trail snapshots.
CASE_FIELDS = ["birth_year", "home_municipality"]
NOTIFICATION_FIELDS = [
    "date_received",
    "referred_by",
    "reasons",
    "child_welfare_notification",
    "offence_types",
    "violent_radicalisation",
]
MEETING_FIELDS = [
    "date",
    "ordinal",
    "client_before",
    "assessment_way",
    "continues_in_services",
    "onward_services",
]
CODE_ENTRY_FIELDS = [
    "code",
    "label_fi",
    "label_sv",
    "label_en",
    "sort_order",
    "is_active",
    "no_age_limit",
]


class TeamYearLockQuerySet(models.QuerySet):
    def of_team(self, team):
        return self.filter(team_id=getattr(team, "pk", team))

    def years_among(self, team, years):
        """The locked years of the team among `years` (no query when there are none)."""
        years = {y for y in years if y}
        if not years:
            return set()
        return set(self.of_team(team).filter(year__in=years).values_list("year", flat=True))


class TeamYearLock(models.Model):
    """A team's year whose records can no longer change (set when the annual report is accepted).

    Ask `forms.locks.is_year_locked(team, year)`; do not query this model directly.
    """

    team = models.ForeignKey(
        "portal.Team", on_delete=models.CASCADE, related_name="year_locks", verbose_name=_("team")
    )
    year = models.PositiveSmallIntegerField(_("year"))
    locked_at = models.DateTimeField(_("locked at"), default=timezone.now)
    locked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("locked by"),
    )

    objects = TeamYearLockQuerySet.as_manager()

    class Meta:
        verbose_name = _("locked year")
        verbose_name_plural = _("locked years")
        constraints = [
            models.UniqueConstraint(fields=["team", "year"], name="register_unique_year_lock"),
        ]

    def __str__(self):
        return f"{self.team.code} {self.year}"


class YearLocked(PermissionDenied):
    """A change touches a locked year. Views turn this into a clear message."""

    def __init__(self, years):
        self.years = sorted(set(years))
        super().__init__(
            _("The year %(years)s is locked: its records can no longer be changed.")
            % {"years": ", ".join(str(y) for y in self.years)}
        )


class LockGuardMixin:
    """Model-level guard: a record whose statistics fall in a locked year cannot be saved or
    deleted. `affected_years()` names the years a change would alter (old and new values)."""

    def affected_years(self):
        raise NotImplementedError

    def check_not_locked(self, extra_years=()):
        years = set(self.affected_years()) | set(extra_years)
        locked = TeamYearLock.objects.years_among(self.team_id, years)
        if locked:
            raise YearLocked(locked)

    def save(self, *args, **kwargs):
        self.check_not_locked()
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        self.check_not_locked()
        return super().delete(*args, **kwargs)


class RecordedModel(models.Model):
    """Who entered a register record and when: the same three fields on cases, notifications
    and meetings."""

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        abstract = True


class Case(LockGuardMixin, RecordedModel):
    """A young person as the register knows them: a pseudonymous code, birth year, home
    municipality. The team keeps the code beside its own client records elsewhere."""

    team = models.ForeignKey(
        "portal.Team", on_delete=models.PROTECT, related_name="cases", verbose_name=_("team")
    )
    year = models.PositiveSmallIntegerField(_("year of the case code"))
    sequence = models.PositiveIntegerField(_("running number"))
    case_code = models.CharField(_("case code"), max_length=20, unique=True, editable=False)
    birth_year = models.PositiveSmallIntegerField(_("birth year"))
    home_municipality = models.ForeignKey(
        "portal.Municipality",
        on_delete=models.PROTECT,
        related_name="register_cases",
        verbose_name=_("home municipality"),
    )

    class Meta:
        ordering = ["-year", "-sequence"]
        verbose_name = _("case")
        verbose_name_plural = _("cases")
        constraints = [
            models.UniqueConstraint(
                fields=["team", "year", "sequence"], name="register_unique_case_sequence"
            ),
        ]

    def __str__(self):
        return self.case_code

    @staticmethod
    def format_code(team_code, year, sequence):
        return f"{team_code}-{year}-{sequence:04d}"

    @classmethod
    def create_for_team(cls, team, year=None, attempts=5, **fields):
        """Create a case with the next free running number of the team and year.

        Two experts creating cases at once may pick the same number; the unique constraint
        refuses the second and we try the next number.
        """
        year = year or timezone.localdate().year
        for attempt in range(attempts):
            last = cls.objects.filter(team=team, year=year).aggregate(m=Max("sequence"))["m"]
            sequence = (last or 0) + 1 + attempt
            case = cls(team=team, year=year, sequence=sequence, **fields)
            case.case_code = cls.format_code(team.code, year, sequence)
            try:
                with transaction.atomic():
                    case.save()
                return case
            except IntegrityError:
                if attempt == attempts - 1:
                    raise
        raise AssertionError("unreachable")

    def affected_years(self):
        # Birth year and municipality count in every year the case has records in.
        if self.pk is None:
            return set()
        years = set(self.meetings.values_list("date__year", flat=True))
        years |= set(self.notifications.values_list("date_received__year", flat=True))
        return years

    def get_absolute_url(self):
        return reverse(
            "forms:case_detail", kwargs={"team": self.team.code, "case_code": self.case_code}
        )


class Notification(LockGuardMixin, RecordedModel):
    """An anchor notification of a case: how and why the young person came to anchor work."""

    case = models.ForeignKey(
        Case, on_delete=models.PROTECT, related_name="notifications", verbose_name=_("case")
    )
    # Denormalised from the case so that team-and-year aggregations need no join.
    team = models.ForeignKey(
        "portal.Team", on_delete=models.PROTECT, related_name="+", verbose_name=_("team")
    )
    date_received = models.DateField(_("date of the notification"))
    referred_by = models.ForeignKey(
        CodeEntry,
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=code_choices(CodeList.REFERRAL_SOURCE),
        verbose_name=_("referred by"),
    )
    reasons = models.ManyToManyField(
        CodeEntry,
        related_name="+",
        limit_choices_to=code_choices(CodeList.REASON),
        verbose_name=_("reasons"),
    )
    child_welfare_notification = models.BooleanField(
        _("child-welfare notification registered in anchor work"), default=False
    )
    offence_types = models.ManyToManyField(
        CodeEntry,
        related_name="+",
        blank=True,
        limit_choices_to=code_choices(CodeList.OFFENCE),
        verbose_name=_("offence types"),
    )
    violent_radicalisation = models.BooleanField(
        _("suspected violent radicalisation"), default=False
    )

    class Meta:
        ordering = ["-date_received", "-pk"]
        verbose_name = _("anchor notification")
        verbose_name_plural = _("anchor notifications")
        indexes = [models.Index(fields=["team", "date_received"])]

    def __str__(self):
        return f"{self.case.case_code} {self.date_received:%d.%m.%Y}"

    def save(self, *args, **kwargs):
        self.team_id = self.case.team_id
        super().save(*args, **kwargs)

    def affected_years(self):
        years = {self.date_received.year} if self.date_received else set()
        if self.pk:
            years |= set(self.meetings.values_list("date__year", flat=True))
            old = Notification.objects.filter(pk=self.pk).values_list("date_received", flat=True)
            years |= {d.year for d in old}
        return years


class Meeting(LockGuardMixin, RecordedModel):
    """One anchor meeting: the unit of the register's statistics (handbook table 5)."""

    notification = models.ForeignKey(
        Notification,
        on_delete=models.PROTECT,
        related_name="meetings",
        verbose_name=_("anchor notification"),
    )
    # Denormalised from the notification: the natural key (case, date, ordinal) needs the
    # case on this table, and team-and-year aggregations need the team.
    case = models.ForeignKey(
        Case, on_delete=models.PROTECT, related_name="meetings", verbose_name=_("case")
    )
    team = models.ForeignKey(
        "portal.Team", on_delete=models.PROTECT, related_name="+", verbose_name=_("team")
    )
    date = models.DateField(_("date of the meeting"))
    ordinal = models.PositiveSmallIntegerField(_("ordinal of the meeting"))
    client_before = models.BooleanField(_("client of anchor work before"))
    assessment_way = models.ForeignKey(
        CodeEntry,
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=code_choices(CodeList.ASSESSMENT),
        verbose_name=_("service-needs assessment"),
    )
    continues_in_services = models.BooleanField(_("work continues in other services"))
    onward_services = models.ManyToManyField(
        CodeEntry,
        related_name="+",
        blank=True,
        limit_choices_to=code_choices(CodeList.ONWARD_SERVICE),
        verbose_name=_("onward services"),
    )
    submission_id = models.UUIDField(_("submission id"), unique=True, default=uuid.uuid4)

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("anchor meeting")
        verbose_name_plural = _("anchor meetings")
        constraints = [
            models.UniqueConstraint(
                fields=["case", "date", "ordinal"], name="register_meeting_natural_key"
            ),
        ]
        indexes = [models.Index(fields=["team", "date"])]

    def __str__(self):
        return f"{self.case.case_code} {self.date:%d.%m.%Y} ({self.ordinal}.)"

    def save(self, *args, **kwargs):
        self.case_id = self.notification.case_id
        self.team_id = self.notification.team_id
        super().save(*args, **kwargs)

    def affected_years(self):
        years = {self.date.year} if self.date else set()
        if self.pk:
            old = Meeting.objects.filter(pk=self.pk).values_list("date", flat=True)
            years |= {d.year for d in old}
        return years

    def get_absolute_url(self):
        return reverse("forms:meeting_detail", kwargs={"team": self.team.code, "pk": self.pk})


class Draft(models.Model):
    """An unfinished wizard run, kept in the database so that it survives signing out.

    `data` holds the validated answers of the finished steps, per step, exactly as the wizard
    posted them: codes, dates and numbers only (the register has no free-text fields).
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="register_drafts",
        verbose_name=_("user"),
    )
    run_id = models.UUIDField(_("entry id"))
    team = models.ForeignKey(
        "portal.Team", on_delete=models.CASCADE, related_name="+", verbose_name=_("team")
    )
    current_step = models.CharField(_("step"), max_length=30, blank=True)
    data = models.JSONField(_("answers so far"), default=dict)
    created_at = models.DateTimeField(_("started"), default=timezone.now)
    updated_at = models.DateTimeField(_("saved"), auto_now=True)

    class Meta:
        ordering = ["-updated_at"]
        verbose_name = _("draft")
        verbose_name_plural = _("drafts")
        constraints = [
            models.UniqueConstraint(fields=["user", "run_id"], name="register_unique_draft"),
        ]

    def __str__(self):
        return f"{self.user} {self.run_id}"

    def get_absolute_url(self):
        return reverse("forms:entry", kwargs={"team": self.team.code, "run": self.run_id})
