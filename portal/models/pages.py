"""Site-wide page types. Thin: content and presentation only."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.blocks import CONTENT_BLOCKS


class HomePage(Page):
    """The root of each language's tree."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(CONTENT_BLOCKS, blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("intro"), APIField("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 3
    template = "portal/pages/home_page.html"

    class Meta:
        verbose_name = _("home page")


class ContentPage(Page):
    """A generic page of headings, text, tables, images, call-outs and downloads."""

    lead = models.TextField(_("lead"), blank=True)
    body = StreamField(CONTENT_BLOCKS, blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("lead"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("lead"), index.SearchField("body")]
    api_fields = [APIField("lead"), APIField("body")]
    template = "portal/pages/content_page.html"

    class Meta:
        verbose_name = _("content page")
