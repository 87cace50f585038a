"""The annual report of a team (handbook appendix 10). Section 3 (clients) is not stored: it is
computed from the register (forms.reports.aggregates) whenever the report is shown."""

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from forms.models import CodeList, code_choices

NO_PERSONAL_DATA = _("Describe the activity only: no names or other personal data of clients.")


class ReportState(models.TextChoices):
    DRAFT = "draft", _("draft")
    SUBMITTED = "submitted", _("submitted")
    ACCEPTED = "accepted", _("accepted")


class AnnualReport(models.Model):
    team = models.ForeignKey(
        "portal.Team",
        on_delete=models.PROTECT,
        related_name="annual_reports",
        verbose_name=_("team"),
    )
    year = models.PositiveSmallIntegerField(_("year"))
    state = models.CharField(
        _("state"), max_length=10, choices=ReportState.choices, default=ReportState.DRAFT
    )
    # Section 2
    local_model = models.TextField(
        _("local anchor work model (process description)"), blank=True, help_text=NO_PERSONAL_DATA
    )
    # Section 4 (the experts by profession are StaffLine rows)
    further_training_days = models.DecimalField(
        _("further-training days of the experts"),
        max_digits=6,
        decimal_places=1,
        default=0,
        validators=[MaxValueValidator(9999)],
    )
    workspace = models.CharField(
        _("the team's workspace"),
        max_length=300,
        blank=True,
        help_text=_(
            "Where the team works and meets young people, e.g. a shared room at the police station."
        ),
    )
    # Section 5
    expert_tasks = models.PositiveIntegerField(_("local and regional expert tasks"), default=0)
    trainings_given = models.PositiveIntegerField(
        _("trainings and information given to other experts and the public"), default=0
    )
    school_visits = models.PositiveIntegerField(_("school visits"), default=0)
    partner_visits = models.PositiveIntegerField(_("visits to partners"), default=0)
    field_patrols = models.PositiveIntegerField(
        _("field patrols (e.g. taking part in events)"), default=0
    )
    anchor_coffee_meetings = models.PositiveIntegerField(_("anchor coffee meetings"), default=0)
    # Sections 6, 7, 8
    client_feedback = models.TextField(_("client feedback"), blank=True, help_text=NO_PERSONAL_DATA)
    other_activities = models.TextField(
        _("other activities"), blank=True, help_text=NO_PERSONAL_DATA
    )
    development_targets = models.TextField(
        _("development targets"), blank=True, help_text=NO_PERSONAL_DATA
    )

    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("submitted by"),
    )
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("accepted by"),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["-year", "team__name_fi"]
        verbose_name = _("annual report")
        verbose_name_plural = _("annual reports")
        constraints = [
            models.UniqueConstraint(fields=["team", "year"], name="reports_unique_team_year"),
        ]

    def __str__(self):
        return f"{self.team.code} {self.year}"

    def get_absolute_url(self):
        return reverse("reports:detail", kwargs={"team": self.team.code, "year": self.year})

    @property
    def is_editable(self):
        return self.state == ReportState.DRAFT

    COOPERATION_FIELDS = [
        "expert_tasks",
        "trainings_given",
        "school_visits",
        "partner_visits",
        "field_patrols",
        "anchor_coffee_meetings",
    ]
    TEXT_FIELDS = ["local_model", "client_feedback", "other_activities", "development_targets"]

    def cooperation_figures(self):
        return [
            (self._meta.get_field(name).verbose_name, getattr(self, name))
            for name in self.COOPERATION_FIELDS
        ]


class StaffLine(models.Model):
    """Section 4: the experts of one profession, their headcount and working time."""

    report = models.ForeignKey(
        AnnualReport, on_delete=models.CASCADE, related_name="staff", verbose_name=_("report")
    )
    profession = models.ForeignKey(
        "register.CodeEntry",
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=code_choices(CodeList.PROFESSION),
        verbose_name=_("profession"),
    )
    headcount = models.PositiveSmallIntegerField(_("headcount"), default=0)
    person_years = models.DecimalField(
        _("working time for anchor work (person-years)"),
        max_digits=5,
        decimal_places=2,
        default=0,
        validators=[MaxValueValidator(999)],
    )

    class Meta:
        ordering = ["profession__sort_order"]
        verbose_name = _("experts of a profession")
        verbose_name_plural = _("experts by profession")
        constraints = [
            models.UniqueConstraint(fields=["report", "profession"], name="reports_unique_staff"),
        ]

    def __str__(self):
        return f"{self.report} {self.profession.code}"
