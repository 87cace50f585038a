"""Handbook pages: an edition root, numbered sections to any depth, appendices, the glossary,
and the leaflet. Thin models: the outline, glossary linking and import live in plain modules;
the models only read their tree and hand the rows to `handbook.outline`."""

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

from handbook import outline
from handbook.anchors import GLOSSARY_ANCHOR, appendix_anchor, section_anchor, term_anchor
from handbook.blocks import HANDBOOK_BLOCKS, LEAFLET_BLOCKS
from portal.cache import CONTENT, cached_value, site_cache_key


class EditionStatus(models.TextChoices):
    CURRENT = "current", _("Current edition")
    OUTDATED = "outdated", _("Outdated edition")


class HandbookContentMixin:
    """Reading aids shared by every page inside an edition (outline, breadcrumbs, glossary)."""

    def get_edition(self):
        return HandbookPage.objects.ancestor_of(self).first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        edition = self.get_edition()
        if edition is not None:
            context.update(edition.reading_context(self, request))
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

    def get_edition(self):
        return self

    def get_outline(self, request=None):
        """(entries in reading order, top-level entries) of this live edition: one query per
        page model, whatever the size of the handbook."""
        rows = []
        for model, kind in (
            (HandbookSectionPage, "section"),
            (AppendixPage, "appendix"),
            (GlossaryPage, "glossary"),
        ):
            fields = outline.ROW_FIELDS + (("number",) if kind != "glossary" else ())
            queryset = model.objects.descendant_of(self).live().values(*fields)
            rows += [(row, kind) for row in queryset]
        edition_url = self.get_url(request=request) or ""
        return outline.build_outline(rows, edition_url, self.url_path, self.steplen)

    def glossary_terms(self, entries):
        """The edition's glossary terms (in glossary order) with their link targets."""
        glossary = outline.glossary_entry(entries)
        if glossary is None:
            return []
        terms = GlossaryTerm.objects.filter(page_id=glossary.pk).only("term", "definition")
        return outline.glossary_links(terms, glossary)

    def cached_outline(self, request=None):
        """(entries, top, glossary terms) of this edition, read once per content version:
        every page of the edition shows them."""

        def compute():
            entries, top = self.get_outline(request)
            return entries, top, self.glossary_terms(entries)

        key = f"handbook-outline:{self.pk}:{site_cache_key(request)}"
        return cached_value(CONTENT, key, compute, request=request)

    def reading_context(self, page, request=None):
        """Context for any page inside this edition: TOC, chapter TOC, breadcrumbs, prev/next."""
        entries, top, glossary = self.cached_outline(request)
        edition_url = self.get_url(request=request)
        return {
            "edition": self,
            "edition_url": edition_url,
            "outline": top,
            "outline_entries": entries,
            **outline.navigation(page.pk, self, edition_url, entries, top),
            "glossary": glossary,
        }

    def changes(self):
        """The sections of this edition updated since it was published, newest first."""
        return (
            HandbookSectionPage.objects.descendant_of(self)
            .live()
            .filter(updated_on__isnull=False)
            .order_by("-updated_on", "path")
        )

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
    updated_on = models.DateField(
        _("updated on"),
        null=True,
        blank=True,
        help_text=_("The date of the publisher's update of this text between editions."),
    )
    update_note = models.CharField(
        _("what changed"),
        max_length=255,
        blank=True,
        help_text=_("Listed on the edition's page under the changes in this edition."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("number"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("updated_on"), FieldPanel("update_note")], heading=_("Update")),
    ]
    override_translatable_fields = [SynchronizedField("number"), SynchronizedField("updated_on")]
    search_fields = Page.search_fields + [
        index.SearchField("body"),
        index.FilterField("number"),
    ]
    api_fields = [
        APIField("number"),
        APIField("body"),
        APIField("updated_on"),
        APIField("update_note"),
    ]
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
        return appendix_anchor(self.number)


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
        return GLOSSARY_ANCHOR


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
        return term_anchor(self.term)


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
