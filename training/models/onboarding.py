"""Onboarding (appendix 4): the national plan template and each new expert's plan."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from portal.i18n import LocalizedFieldsMixin
from training.codes import ResponsibleRole


class OnboardingTemplate(LocalizedFieldsMixin, models.Model):
    """A plan template; the national coordinator maintains it, team leaders copy it."""

    name_fi = models.CharField(_("name in Finnish"), max_length=200)
    name_sv = models.CharField(_("name in Swedish"), max_length=200)
    name_en = models.CharField(_("name in English"), max_length=200)
    is_active = models.BooleanField(
        _("in use"), default=True, help_text=_("Team leaders can create plans from it.")
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name_fi"), FieldPanel("name_sv"), FieldPanel("name_en")],
            heading=_("Name"),
        ),
        FieldPanel("is_active"),
    ]

    class Meta:
        ordering = ["pk"]
        verbose_name = _("onboarding plan template")
        verbose_name_plural = _("onboarding plan templates")

    def __str__(self):
        return self.name

    @property
    def name(self):
        return self.localized("name")


class OnboardingTopic(LocalizedFieldsMixin, ClusterableModel):
    """A topic of the template (e.g. "Legislation and guidance") with its items."""

    template = models.ForeignKey(
        OnboardingTemplate,
        on_delete=models.CASCADE,
        related_name="topics",
        verbose_name=_("template"),
    )
    sort_order = models.PositiveIntegerField(_("order"), default=0)
    title_fi = models.CharField(_("title in Finnish"), max_length=200)
    title_sv = models.CharField(_("title in Swedish"), max_length=200)
    title_en = models.CharField(_("title in English"), max_length=200)

    panels = [
        FieldPanel("template"),
        FieldPanel("sort_order"),
        MultiFieldPanel(
            [FieldPanel("title_fi"), FieldPanel("title_sv"), FieldPanel("title_en")],
            heading=_("Title"),
        ),
        InlinePanel("items", heading=_("Items"), label=_("Item")),
    ]

    class Meta:
        ordering = ["template", "sort_order", "pk"]
        verbose_name = _("onboarding topic")
        verbose_name_plural = _("onboarding topics")

    def __str__(self):
        return self.title

    @property
    def title(self):
        return self.localized("title")


class OnboardingTemplateItem(LocalizedFieldsMixin, Orderable):
    topic = ParentalKey(
        OnboardingTopic, on_delete=models.CASCADE, related_name="items", verbose_name=_("topic")
    )
    text_fi = models.CharField(_("content in Finnish"), max_length=300)
    text_sv = models.CharField(_("content in Swedish"), max_length=300)
    text_en = models.CharField(_("content in English"), max_length=300)
    note_fi = models.TextField(_("note especially (Finnish)"), blank=True)
    note_sv = models.TextField(_("note especially (Swedish)"), blank=True)
    note_en = models.TextField(_("note especially (English)"), blank=True)
    responsible_role = models.CharField(
        _("responsible by default"),
        max_length=30,
        choices=ResponsibleRole.choices,
        default=ResponsibleRole.RESPONSIBLE_PERSON,
    )
    offset_days = models.PositiveIntegerField(
        _("schedule (days from the start)"),
        default=0,
        help_text=_("0 is the first working day; 30 is about a month later."),
    )

    panels = [
        FieldPanel("text_fi"),
        FieldPanel("text_sv"),
        FieldPanel("text_en"),
        FieldPanel("note_fi"),
        FieldPanel("note_sv"),
        FieldPanel("note_en"),
        FieldPanel("responsible_role"),
        FieldPanel("offset_days"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("onboarding item")
        verbose_name_plural = _("onboarding items")

    def __str__(self):
        return self.text

    @property
    def text(self):
        return self.localized("text")

    @property
    def note(self):
        return self.localized("note")


class OnboardingPlan(models.Model):
    """The introduction plan of one new expert in one team (appendix 4's header fields)."""

    team = models.ForeignKey(
        "portal.Team",
        on_delete=models.PROTECT,
        related_name="onboarding_plans",
        verbose_name=_("anchor team"),
    )
    expert = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="onboarding_plans",
        verbose_name=_("new expert"),
    )
    start_date = models.DateField(_("start date"))
    prior_training = models.TextField(_("prior training"), blank=True)
    manager = models.CharField(_("line manager"), max_length=150, blank=True)
    responsible_person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("person responsible for onboarding"),
    )
    template = models.ForeignKey(
        OnboardingTemplate,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="plans",
        verbose_name=_("template"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-start_date", "pk"]
        verbose_name = _("onboarding plan")
        verbose_name_plural = _("onboarding plans")
        constraints = [
            models.UniqueConstraint(fields=["team", "expert"], name="unique_onboarding_plan")
        ]

    def __str__(self):
        return f"{self.expert} ({self.team.code})"

    def get_absolute_url(self):
        return reverse("training:plan_detail", kwargs={"pk": self.pk})


class OnboardingPlanItem(LocalizedFieldsMixin, models.Model):
    """An item copied from the template, so later template edits do not change old plans."""

    plan = models.ForeignKey(
        OnboardingPlan, on_delete=models.CASCADE, related_name="items", verbose_name=_("plan")
    )
    topic_order = models.PositiveIntegerField(default=0)
    sort_order = models.PositiveIntegerField(default=0)
    topic_fi = models.CharField(max_length=200)
    topic_sv = models.CharField(max_length=200)
    topic_en = models.CharField(max_length=200)
    text_fi = models.CharField(max_length=300)
    text_sv = models.CharField(max_length=300)
    text_en = models.CharField(max_length=300)
    note_fi = models.TextField(blank=True)
    note_sv = models.TextField(blank=True)
    note_en = models.TextField(blank=True)
    responsible = models.CharField(_("responsible"), max_length=150, blank=True)
    due_date = models.DateField(_("schedule"), null=True, blank=True)
    done_at = models.DateTimeField(_("done"), null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("marked done by"),
    )

    class Meta:
        ordering = ["topic_order", "sort_order", "pk"]
        verbose_name = _("onboarding plan item")
        verbose_name_plural = _("onboarding plan items")

    def __str__(self):
        return self.text

    @property
    def topic(self):
        return self.localized("topic")

    @property
    def text(self):
        return self.localized("text")

    @property
    def note(self):
        return self.localized("note")

    @property
    def is_done(self):
        return self.done_at is not None
