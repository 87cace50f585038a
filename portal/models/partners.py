"""The partner directory (handbook tables 6 and 7): translatable snippets."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from portal.api_fields import ChoiceLabelField
from portal.codes import PartnerSector, Region


class Partner(TranslatableMixin, index.Indexed, ClusterableModel):
    """A cooperation partner of anchor teams; one row per language (wagtail-localize)."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("slug"), max_length=100, help_text=_("The same in every language; used in the address.")
    )
    sector = models.CharField(_("sector"), max_length=20, choices=PartnerSector.choices)
    purpose = models.TextField(_("purpose"), blank=True)
    target_group = models.TextField(_("target group"), blank=True)
    nationwide = models.BooleanField(_("works nationwide"), default=False)
    locations = models.TextField(
        _("where they work"),
        blank=True,
        help_text=_("In words, e.g. “seven regional offices and 29 service points”."),
    )
    methods = models.TextField(_("methods and services"), blank=True)
    steering_body = models.CharField(_("national steering body"), max_length=255, blank=True)
    link = models.URLField(_("link for more information"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("sector"),
        FieldPanel("purpose"),
        FieldPanel("target_group"),
        MultiFieldPanel(
            [
                FieldPanel("nationwide"),
                InlinePanel("regions", label=_("Region")),
                FieldPanel("locations"),
            ],
            heading=_("Where they work"),
        ),
        FieldPanel("methods"),
        FieldPanel("steering_body"),
        FieldPanel("link"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("purpose"),
        index.SearchField("target_group"),
        index.SearchField("methods"),
        index.AutocompleteField("name"),
        index.FilterField("sector"),
        index.FilterField("locale_id"),
    ]
    # The slug is the same in every language, so the language switcher can translate the URL.
    override_translatable_fields = [SynchronizedField("slug")]

    api_fields = [
        APIField("name"),
        APIField("slug"),
        APIField("sector", serializer=ChoiceLabelField()),
        APIField("purpose"),
        APIField("target_group"),
        APIField("nationwide"),
        APIField("region_codes"),
        APIField("locations"),
        APIField("methods"),
        APIField("steering_body"),
        APIField("link"),
        APIField("language"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_partner_slug_locale"),
        ]

    def __str__(self):
        return self.name

    @property
    def language(self):
        return self.locale.language_code

    @property
    def region_codes(self):
        return [r.region for r in self.regions.all()]

    def get_region_display_list(self):
        return [r.get_region_display() for r in self.regions.all()]

    def get_absolute_url(self):
        return reverse("portal:partner_detail", kwargs={"slug": self.slug})


class PartnerRegion(Orderable):
    """A region where a regional partner works (synchronised across translations)."""

    partner = ParentalKey(Partner, on_delete=models.CASCADE, related_name="regions")
    region = models.CharField(_("region"), max_length=20, choices=Region.choices)

    panels = [FieldPanel("region")]

    class Meta(Orderable.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
