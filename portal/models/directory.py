"""Municipalities, anchor teams and the people in them."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.search import index

from portal.api_fields import ChoiceLabelField, MunicipalitiesField
from portal.codes import PoliceDepartment, TeamRole
from portal.i18n import LocalizedFieldsMixin, active_language


class Municipality(LocalizedFieldsMixin, models.Model):
    """A municipality of the official Statistics Finland classification (loaded by migration)."""

    code = models.CharField(_("code"), max_length=3, unique=True)
    name_fi = models.CharField(_("name in Finnish"), max_length=100)
    name_sv = models.CharField(_("name in Swedish"), max_length=100)
    is_active = models.BooleanField(_("in the current classification"), default=True)

    class Meta:
        ordering = ["name_fi"]
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")

    def __str__(self):
        return self.name

    @property
    def name(self):
        # English uses the Finnish name, as the classification has no English names.
        return self.name_sv if active_language() == "sv" else self.name_fi


class Team(LocalizedFieldsMixin, index.Indexed, models.Model):
    """A local anchor team: the unit that owns register records and publishes contact details."""

    code = models.CharField(
        _("short code"),
        max_length=6,
        unique=True,
        help_text=_("Three to six capital letters used in case codes, e.g. HEL."),
    )
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name_fi = models.CharField(_("name in Finnish"), max_length=150)
    name_sv = models.CharField(_("name in Swedish"), max_length=150)
    name_en = models.CharField(_("name in English"), max_length=150)
    police_department = models.CharField(
        _("police department"), max_length=20, choices=PoliceDepartment.choices
    )
    municipalities = models.ManyToManyField(
        Municipality, related_name="teams", verbose_name=_("municipalities"), blank=True
    )
    contact_role_fi = models.CharField(_("contact role in Finnish"), max_length=150, blank=True)
    contact_role_sv = models.CharField(_("contact role in Swedish"), max_length=150, blank=True)
    contact_role_en = models.CharField(_("contact role in English"), max_length=150, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    visiting_address = models.CharField(_("visiting address"), max_length=255, blank=True)
    description_fi = models.TextField(_("description in Finnish"), blank=True)
    description_sv = models.TextField(_("description in Swedish"), blank=True)
    description_en = models.TextField(_("description in English"), blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("code"), FieldPanel("slug"), FieldPanel("police_department")],
            heading=_("Identity"),
        ),
        MultiFieldPanel(
            [FieldPanel("name_fi"), FieldPanel("name_sv"), FieldPanel("name_en")],
            heading=_("Name"),
        ),
        FieldPanel("municipalities"),
        MultiFieldPanel(
            [
                FieldPanel("contact_role_fi"),
                FieldPanel("contact_role_sv"),
                FieldPanel("contact_role_en"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("visiting_address"),
            ],
            heading=_("Contact details"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("description_fi"),
                FieldPanel("description_sv"),
                FieldPanel("description_en"),
            ],
            heading=_("Public description"),
        ),
        FieldPanel("is_active"),
    ]

    search_fields = [
        index.SearchField("name_fi"),
        index.SearchField("name_sv"),
        index.SearchField("name_en"),
        index.SearchField("description_fi"),
        index.SearchField("description_sv"),
        index.SearchField("description_en"),
        index.AutocompleteField("name_fi"),
        index.FilterField("is_active"),
    ]

    api_fields = [
        APIField("code"),
        APIField("slug"),
        APIField("name_fi"),
        APIField("name_sv"),
        APIField("name_en"),
        APIField("police_department", serializer=ChoiceLabelField()),
        APIField("municipalities", serializer=MunicipalitiesField()),
        APIField("contact_role_fi"),
        APIField("contact_role_sv"),
        APIField("contact_role_en"),
        APIField("phone"),
        APIField("email"),
        APIField("visiting_address"),
        APIField("description_fi"),
        APIField("description_sv"),
        APIField("description_en"),
    ]

    class Meta:
        ordering = ["name_fi"]
        verbose_name = _("anchor team")
        verbose_name_plural = _("anchor teams")

    def __str__(self):
        return self.name

    @property
    def name(self):
        return self.localized("name")

    @property
    def description(self):
        return self.localized("description")

    @property
    def contact_role(self):
        return self.localized("contact_role")

    def get_absolute_url(self):
        return reverse("portal:team_detail", kwargs={"slug": self.slug})


class TeamMembership(models.Model):
    """Who works in which team and in what role; the basis of every access check on team data."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="team_memberships",
        verbose_name=_("user"),
    )
    team = models.ForeignKey(
        Team, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("team")
    )
    role = models.CharField(_("role"), max_length=30, choices=TeamRole.choices)

    class Meta:
        verbose_name = _("team membership")
        verbose_name_plural = _("team memberships")
        constraints = [
            models.UniqueConstraint(fields=["user", "team"], name="unique_team_membership"),
        ]

    def __str__(self):
        return f"{self.user} – {self.team} ({self.get_role_display()})"
