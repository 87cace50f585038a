"""Site-wide settings and the header and footer menus."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Site, TranslatableMixin

from portal.cache import CONTENT, cached_value
from portal.codes import MenuLocation
from portal.i18n import LocalizedFieldsMixin


@register_setting(icon="site")
class SiteSettings(LocalizedFieldsMixin, BaseSiteSetting):
    """Organisation and contact details in the footer; one column per language where the text
    differs by language (settings are per site, not per locale)."""

    organisation_fi = models.CharField(_("organisation in Finnish"), max_length=200, blank=True)
    organisation_sv = models.CharField(_("organisation in Swedish"), max_length=200, blank=True)
    organisation_en = models.CharField(_("organisation in English"), max_length=200, blank=True)
    address_fi = models.CharField(_("postal address in Finnish"), max_length=255, blank=True)
    address_sv = models.CharField(_("postal address in Swedish"), max_length=255, blank=True)
    address_en = models.CharField(_("postal address in English"), max_length=255, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_fi"),
                FieldPanel("organisation_sv"),
                FieldPanel("organisation_en"),
            ],
            heading=_("Organisation"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address_fi"),
                FieldPanel("address_sv"),
                FieldPanel("address_en"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
            ],
            heading=_("Contact details"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("linkedin_url"),
                FieldPanel("youtube_url"),
            ],
            heading=_("Social media"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def for_request(cls, request):
        """As Wagtail's, but read once per content version (every page's footer shows them)."""
        attr_name = cls.get_cache_attr_name()
        site = Site.find_for_request(request)
        if not hasattr(request, attr_name) and site is not None:
            instance = cached_value(
                CONTENT, f"site-settings:{site.pk}", lambda: cls.for_site(site), request=request
            )
            instance._request = request
            setattr(request, attr_name, instance)
        return super().for_request(request)

    @property
    def organisation(self):
        return self.localized("organisation")

    @property
    def address(self):
        return self.localized("address")

    @property
    def social_links(self):
        links = [
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("LinkedIn", self.linkedin_url),
            ("YouTube", self.youtube_url),
        ]
        return [(name, url) for name, url in links if url]


class MenuLinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Link text"))
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.CharBlock(
        label=_("Address"),
        required=False,
        help_text=_("For links that are not pages, e.g. /fi/teams/. Used when no page is chosen."),
    )

    class Meta:
        icon = "link"
        label = _("Link")


class NavigationMenu(TranslatableMixin, models.Model):
    """The header or footer menu of one language; translate it with wagtail-localize."""

    location = models.CharField(_("location"), max_length=10, choices=MenuLocation.choices)
    items = StreamField([("link", MenuLinkBlock())], blank=True, verbose_name=_("links"))

    panels = [FieldPanel("location"), FieldPanel("items")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("navigation menu")
        verbose_name_plural = _("navigation menus")
        constraints = [
            models.UniqueConstraint(fields=["location", "locale"], name="unique_menu_per_locale"),
        ]

    def __str__(self):
        return f"{self.get_location_display()} ({self.locale.language_code})"
