"""Site-wide page types. Thin: content and presentation only."""

from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.blocks import CONTENT_BLOCKS
from portal.routing import route_by_url_path

LATEST_NEWS_ON_HOME = 3
NEWS_PER_PAGE = 10


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

    def route(self, request, path_components):
        return route_by_url_path(self, request, path_components) or super().route(
            request, path_components
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # One query each, whatever the amount of content.
        context["sections"] = self.get_children().live().in_menu().specific(defer=True)
        context["latest_news"] = (
            NewsPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .order_by("-date", "-pk")[:LATEST_NEWS_ON_HOME]
        )
        context["news_index"] = (
            NewsIndexPage.objects.live().filter(locale_id=self.locale_id).first()
        )
        return context


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


class AccessibilityStatementPage(Page):
    """The accessibility statement required by the Act on the Provision of Digital Services
    (306/2019): the statement itself and a way to give feedback on accessibility."""

    lead = models.TextField(_("lead"), blank=True)
    body = StreamField(CONTENT_BLOCKS, blank=True, verbose_name=_("body"))
    statement_date = models.DateField(_("statement prepared on"), default=timezone.localdate)
    feedback_url = models.URLField(
        _("feedback link"),
        help_text=_("Where readers report accessibility problems, e.g. a feedback form."),
    )
    feedback_email = models.EmailField(_("feedback e-mail"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("lead"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("statement_date"),
                FieldPanel("feedback_url"),
                FieldPanel("feedback_email"),
            ],
            heading=_("Feedback"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("lead"), index.SearchField("body")]
    api_fields = [
        APIField("lead"),
        APIField("body"),
        APIField("statement_date"),
        APIField("feedback_url"),
        APIField("feedback_email"),
    ]
    template = "portal/pages/accessibility_statement_page.html"
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("accessibility statement")


class NewsIndexPage(Page):
    """News and press releases of one language, newest first."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    api_fields = [APIField("intro")]
    subpage_types = ["portal.NewsPage"]
    max_count_per_parent = 1
    template = "portal/pages/news_index_page.html"

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = NewsPage.objects.live().public().child_of(self).order_by("-date", "-pk")
        context["news_page"] = Paginator(news, NEWS_PER_PAGE).get_page(request.GET.get("page"))
        return context


class NewsPage(Page):
    date = models.DateField(_("date"), default=timezone.localdate)
    lead = models.TextField(_("lead"))
    body = StreamField(CONTENT_BLOCKS, blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("lead"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("lead"), index.SearchField("body")]
    api_fields = [APIField("date"), APIField("lead"), APIField("body")]
    parent_page_types = ["portal.NewsIndexPage"]
    subpage_types = []
    template = "portal/pages/news_page.html"

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
