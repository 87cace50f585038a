"""Headless API (Wagtail API v2): pages, images, documents, teams and partners.

Pages take Wagtail's own `?locale=sv` filter; partners take `?locale=`, `?sector=` and
`?region=`. Teams carry their names in every language, so they need no locale filter.
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from portal.directory import filter_partners
from portal.i18n import locale_for_language
from portal.models import Partner, Team


class TeamsAPIViewSet(BaseAPIViewSet):
    model = Team
    name = "teams"
    body_fields = BaseAPIViewSet.body_fields + [f.name for f in Team.api_fields]
    listing_default_fields = BaseAPIViewSet.listing_default_fields + [
        "code",
        "slug",
        "name_fi",
        "name_sv",
        "name_en",
        "police_department",
        "municipalities",
    ]

    def get_queryset(self):
        return Team.objects.filter(is_active=True).prefetch_related("municipalities").order_by("id")


class PartnersAPIViewSet(BaseAPIViewSet):
    model = Partner
    name = "partners"
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(
        ["locale", "sector", "region"]
    )
    body_fields = BaseAPIViewSet.body_fields + [f.name for f in Partner.api_fields]
    listing_default_fields = BaseAPIViewSet.listing_default_fields + [
        "name",
        "slug",
        "language",
        "sector",
        "nationwide",
        "region_codes",
    ]

    def get_queryset(self):
        queryset = Partner.objects.select_related("locale").prefetch_related("regions")
        language = self.request.GET.get("locale")
        if language:
            locale = locale_for_language(language)
            if locale is None:
                raise BadRequestError(f"unknown locale {language!r}")
            queryset = queryset.filter(locale=locale)
        queryset = filter_partners(
            queryset, self.request.GET.get("sector"), self.request.GET.get("region")
        )
        return queryset.order_by("id")


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
api_router.register_endpoint("teams", TeamsAPIViewSet)
api_router.register_endpoint("partners", PartnersAPIViewSet)
