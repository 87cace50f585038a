"""Training events (the national seminar, regional training days) and their registrations."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from training.codes import EventKind
from training.event_page import serve_event_page
from training.registration import registration_state


class EventPage(Page):
    kind = models.CharField(
        _("kind of event"), max_length=30, choices=EventKind.choices, default=EventKind.OTHER
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)
    place = models.CharField(
        _("place"), max_length=255, blank=True, help_text=_("Address or venue; empty if online.")
    )
    is_online = models.BooleanField(_("online"), default=False)
    description = RichTextField(
        _("description"), features=["h2", "h3", "bold", "italic", "link", "ul", "ol"]
    )
    capacity = models.PositiveIntegerField(_("number of places"))
    registration_deadline = models.DateTimeField(_("registration deadline"))

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        MultiFieldPanel(
            [
                FieldPanel("starts_at"),
                FieldPanel("ends_at"),
                FieldPanel("place"),
                FieldPanel("is_online"),
            ],
            heading=_("Time and place"),
        ),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("capacity"), FieldPanel("registration_deadline")],
            heading=_("Registration"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("description"),
        index.SearchField("place"),
        index.FilterField("starts_at"),
    ]
    api_fields = [
        APIField("kind"),
        APIField("starts_at"),
        APIField("ends_at"),
        APIField("place"),
        APIField("is_online"),
        APIField("description"),
        APIField("capacity"),
        APIField("registration_deadline"),
    ]

    parent_page_types = ["training.CourseIndexPage"]
    subpage_types = []
    template = "training/pages/event_page.html"

    class Meta:
        verbose_name = _("event page")

    def registrations(self):
        """Registrations made through any language version of the event."""
        return EventRegistration.objects.filter(event_key=self.translation_key)

    def registration_state(self, now=None, registered=None):
        if registered is None:
            registered = self.registrations().count()
        return registration_state(
            now=now or timezone.now(),
            deadline=self.registration_deadline,
            capacity=self.capacity,
            registered=registered,
        )

    def places_left(self, registered=None):
        if registered is None:
            registered = self.registrations().count()
        return max(0, self.capacity - registered)

    def add_registration(self, **fields):
        return EventRegistration.objects.create(
            event=self, event_key=self.translation_key, **fields
        )

    def serve(self, request, *args, **kwargs):
        return serve_event_page(self, request, *args, **kwargs)


def upcoming_events(events, now=None):
    now = now or timezone.now()
    return list(events.filter(starts_at__gte=now).order_by("starts_at"))


class EventRegistration(models.Model):
    """One participant of an event. Participants are professionals, so names are stored."""

    event = models.ForeignKey(
        EventPage,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("event page registered through"),
    )
    event_key = models.UUIDField(_("event"), db_index=True)
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("e-mail"))
    team = models.ForeignKey(
        "portal.Team",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("anchor team"),
    )
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    language = models.CharField(_("language"), max_length=5)
    registered_at = models.DateTimeField(_("registered at"), auto_now_add=True)

    class Meta:
        ordering = ["registered_at", "pk"]
        verbose_name = _("event registration")
        verbose_name_plural = _("event registrations")
        constraints = [
            models.UniqueConstraint(
                fields=["event_key", "email"], name="unique_event_registration_email"
            )
        ]

    def __str__(self):
        return f"{self.name} <{self.email}>"
