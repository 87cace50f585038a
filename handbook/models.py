"""Handbook pages: an edition root, numbered sections to any depth, appendices, the glossary,
and the leaflet. Thin models: the outline, glossary linking and import live in plain modules."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from handbook.blocks import HANDBOOK_BLOCKS, LEAFLET_BLOCKS


class EditionStatus(models.TextChoices):
    CURRENT = "current", _("Current edition")
    OUTDATED = "outdated", _("Outdated edition")


def section_anchor(number):
    """The stable fragment id of a numbered section: 2.3.6 -> section-2-3-6."""
    return "section-" + number.replace(".", "-") if number else ""


class HandbookContentMixin:
    """Reading aids shared by every page inside an edition (outline, breadcrumbs, glossary)."""

    def get_context(self, request, *args, **kwargs):
        from handbook.outline import reading_context

        context = super().get_context(request, *args, **kwargs)
        context.update(reading_context(self, request))
        return context


class HandbookPage(HandbookContentMixin, Page):
    """The root of one edition of the handbook in one language."""

    year = models.PositiveSmallIntegerField(_("edition year"))
    publisher = models.CharField(_("publisher"), max_length=255, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=EditionStatus.choices, default=EditionStatus.CURRENT
    )
    current_edition = models.ForeignKey(
        "handbook.HandbookPage",
        verbose_name=_("current edition"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("For an outdated edition: the edition that replaces it."),
    )
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("year"),
                FieldPanel("publisher"),
                FieldPanel("status"),
                FieldPanel("current_edition"),
            ],
            heading=_("Edition"),
        ),
        FieldPanel("intro"),
    ]
    override_translatable_fields = [
        SynchronizedField("year"),
        SynchronizedField("status"),
        SynchronizedField("current_edition"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [
        APIField("year"),
        APIField("publisher"),
        APIField("status"),
        APIField("current_edition"),
        APIField("intro"),
    ]
    subpage_types = [
        "handbook.HandbookSectionPage",
        "handbook.AppendixPage",
        "handbook.GlossaryPage",
    ]
    template = "handbook/handbook_page.html"

    class Meta:
        verbose_name = _("handbook edition")
        verbose_name_plural = _("handbook editions")

    @property
    def is_outdated(self):
        return self.status == EditionStatus.OUTDATED

    def get_current_edition(self):
        """The edition that replaces this one, in this page's language."""
        if not self.is_outdated:
            return self
        if self.current_edition_id:
            current = self.current_edition.get_translation_or_none(self.locale)
            if current is not None and current.live:
                return current
        return (
            HandbookPage.objects.live()
            .filter(locale=self.locale, status=EditionStatus.CURRENT)
            .order_by("-year")
            .first()
        )


class HandbookSectionPage(HandbookContentMixin, Page):
    """A chapter or a numbered section (any depth), or an unnumbered part like the preface."""

    number = models.CharField(
        _("number"),
        max_length=20,
        blank=True,
        help_text=_("Section number such as 2.3.6; empty for the preface and introduction."),
    )
    body = StreamField(HANDBOOK_BLOCKS, blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("number"), FieldPanel("body")]
    override_translatable_fields = [SynchronizedField("number")]
    search_fields = Page.search_fields + [
        index.SearchField("body"),
        index.FilterField("number"),
    ]
    api_fields = [APIField("number"), APIField("body")]
    parent_page_types = ["handbook.HandbookPage", "handbook.HandbookSectionPage"]
    subpage_types = ["handbook.HandbookSectionPage"]
    template = "handbook/section_page.html"

    class Meta:
        verbose_name = _("handbook section")
        verbose_name_plural = _("handbook sections")

    @property
    def anchor(self):
        return section_anchor(self.number) or f"part-{self.slug}"


class AppendixPage(HandbookContentMixin, Page):
    """An appendix (fi liite, sv bilaga) numbered 1–11."""

    number = models.PositiveSmallIntegerField(
        _("appendix number"), validators=[MinValueValidator(1), MaxValueValidator(99)]
    )
    body = StreamField(HANDBOOK_BLOCKS, blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("number"), FieldPanel("body")]
    override_translatable_fields = [SynchronizedField("number")]
    search_fields = Page.search_fields + [index.SearchField("body")]
    api_fields = [APIField("number"), APIField("body")]
    parent_page_types = ["handbook.HandbookPage"]
    subpage_types = []
    template = "handbook/appendix_page.html"

    class Meta:
        verbose_name = _("appendix")
        verbose_name_plural = _("appendices")

    @property
    def anchor(self):
        return f"appendix-{self.number}"


class GlossaryPage(HandbookContentMixin, Page):
    """The glossary of an edition: each term defined once per language."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("terms", label=_("Terms")),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro"), APIField("terms")]
    parent_page_types = ["handbook.HandbookPage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "handbook/glossary_page.html"

    class Meta:
        verbose_name = _("glossary")
        verbose_name_plural = _("glossaries")

    @property
    def anchor(self):
        return "glossary"


class GlossaryTerm(TranslatableMixin, Orderable):
    page = ParentalKey(GlossaryPage, on_delete=models.CASCADE, related_name="terms")
    term = models.CharField(_("term"), max_length=120)
    definition = models.TextField(_("definition"))

    panels = [FieldPanel("term"), FieldPanel("definition")]
    api_fields = [APIField("term"), APIField("definition")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")

    def __str__(self):
        return self.term

    @property
    def anchor(self):
        from django.utils.text import slugify

        return "term-" + slugify(self.term)


class LeafletPage(Page):
    """The public leaflet on anchor work (handbook appendices 5–7), one per language.

    The text ends with a contact section: empty here, filled in with a team's details on the
    team leaflet view.
    """

    lead = models.TextField(_("lead"), blank=True)
    body = StreamField(LEAFLET_BLOCKS, blank=True, verbose_name=_("body"))
    contact_heading = models.CharField(
        _("contact heading"),
        max_length=255,
        help_text=_("Heading of the local team's contact details, e.g. 'Contact your team'."),
    )
    contact_placeholder = models.TextField(
        _("placeholder for the contact details"),
        blank=True,
        help_text=_("Shown on the general leaflet in place of a team's contact details."),
    )
    more_information = models.CharField(_("more information"), max_length=255, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("lead"),
        FieldPanel("body"),
        FieldPanel("contact_heading"),
        FieldPanel("contact_placeholder"),
        FieldPanel("more_information"),
    ]
    search_fields = Page.search_fields + [index.SearchField("lead"), index.SearchField("body")]
    api_fields = [
        APIField("lead"),
        APIField("body"),
        APIField("contact_heading"),
        APIField("contact_placeholder"),
        APIField("more_information"),
    ]
    subpage_types = []
    template = "handbook/leaflet_page.html"

    class Meta:
        verbose_name = _("leaflet")
        verbose_name_plural = _("leaflets")
