"""Headless API (Wagtail API v2): pages, images, documents, teams and partners.

Pages take Wagtail's own `?locale=sv` filter and are serialized in their own language (rich
text as HTML with links to pages of that language); `pages/find/?html_path=` takes the
language-prefixed paths of `html_url`. Teams and partners take `?search=`, `?order=` and field
filters, teams also `?municipality=` (code or name), partners `?sector=` and `?region=`;
`?locale=` selects the language of choice labels (and the partners shown). Every URL is
absolute from WAGTAILAPI_BASE_URL. The description is served at /api/v2/openapi.json.
"""

from django.db.models import Q
from django.http import JsonResponse
from django.urls import path, re_path
from django.utils import translation
from rest_framework.fields import Field
from wagtail.api.v2.filters import FieldsFilter, OrderingFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import PageSerializer
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.serializers import ImageSerializer
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Locale, Site

from portal.api_http import api_not_found
from portal.api_images import IMAGE_RENDITIONS, absolute_url, rendition_urls
from portal.directory import filter_partners, find_municipality
from portal.models import Municipality, Partner, Team

LANGUAGE_CODES = ("fi", "sv", "en")


def requested_language(request, default="fi"):
    """The ?locale= language, 400 for an unknown one."""
    language = request.GET.get("locale") or default
    if language not in LANGUAGE_CODES:
        raise BadRequestError(
            f"unknown locale {language!r}; use one of {', '.join(LANGUAGE_CODES)}"
        )
    return language


class WholeObjectField(Field):
    """A read-only field computed from the whole object rather than one attribute."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return instance


class AbsolutePageUrlField(WholeObjectField):
    def to_representation(self, page):
        request = self.context.get("request")
        return absolute_url(request, page.get_url(request=request))


class LocalizedPageSerializer(PageSerializer):
    """Each page in its own language: page links in rich text resolve to that language."""

    html_url = AbsolutePageUrlField()

    def to_representation(self, instance):
        with translation.override(instance.locale.language_code):
            return super().to_representation(instance)


class LocalizedPagesAPIViewSet(PagesAPIViewSet):
    base_serializer_class = LocalizedPageSerializer

    def listing_view(self, request):
        if "locale" in request.GET:
            requested_language(request)
        return super().listing_view(request)

    def find_object(self, queryset, request):
        """`html_path` as html_url gives it (/sv/handbok/…): routed from that language's home."""
        html_path = request.GET.get("html_path")
        site = Site.find_for_request(request)
        if html_path is None or site is None:
            return super().find_object(queryset, request)
        components = [part for part in html_path.split("/") if part]
        if not components or components[0] not in LANGUAGE_CODES:
            return None
        locale = Locale.objects.filter(language_code=components[0]).first()
        home = site.root_page.get_translation_or_none(locale) if locale else None
        if home is None:
            return None
        try:
            page, _args, _kwargs = home.specific.route(request, components[1:])
        except Exception:  # Http404 or a route that is no page
            return None
        return page if queryset.filter(id=page.id).exists() else None


class RenditionsField(WholeObjectField):
    def to_representation(self, image):
        return rendition_urls(image, self.context.get("request"))


class AbsoluteDownloadUrlField(Field):
    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, image):
        return absolute_url(self.context.get("request"), image.file.url)


class PrefetchedTagsField(Field):
    """Tag names from the prefetch cache (Wagtail's field queries once per image)."""

    def to_representation(self, value):
        return sorted(tag.name for tag in value.all())


class ImageWithRenditionsSerializer(ImageSerializer):
    download_url = AbsoluteDownloadUrlField()
    renditions = RenditionsField()
    tags = PrefetchedTagsField(read_only=True)


class PortalImagesAPIViewSet(ImagesAPIViewSet):
    base_serializer_class = ImageWithRenditionsSerializer
    meta_fields = ImagesAPIViewSet.meta_fields + ["renditions"]
    listing_default_fields = ImagesAPIViewSet.listing_default_fields + ["renditions"]

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .prefetch_renditions(*IMAGE_RENDITIONS.values())
            .prefetch_related("tags")
        )


class TextSearchFilter:
    """?search= over a view's `text_search_fields` (case-insensitive substring), so results do
    not depend on a search index."""

    def filter_queryset(self, request, queryset, view):
        query = (request.GET.get("search") or "").strip()
        if not query:
            return queryset
        condition = Q()
        for field in view.text_search_fields:
            condition |= Q(**{f"{field}__icontains": query})
        return queryset.filter(condition).distinct()


class DirectoryAPIViewSet(BaseAPIViewSet):
    """Teams and partners: labels in the ?locale= language, search, order, field filters."""

    filter_backends = [FieldsFilter, OrderingFilter, TextSearchFilter]
    text_search_fields = ()

    def dispatch(self, request, *args, **kwargs):
        language = request.GET.get("locale")
        with translation.override(language if language in LANGUAGE_CODES else "fi"):
            return super().dispatch(request, *args, **kwargs)


class TeamsAPIViewSet(DirectoryAPIViewSet):
    model = Team
    name = "teams"
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(["locale", "municipality"])
    text_search_fields = (
        "code",
        "name_fi",
        "name_sv",
        "name_en",
        "municipalities__name_fi",
        "municipalities__name_sv",
    )
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
        requested_language(self.request)
        queryset = Team.objects.filter(is_active=True).prefetch_related("municipalities")
        wanted = self.request.GET.get("municipality")
        if wanted is not None:
            # The municipality -> team look-up: by code ("091") or Finnish/Swedish name.
            municipality = find_municipality(wanted, Municipality.objects.all())
            if municipality is None:
                raise BadRequestError(f"unknown municipality {wanted!r}")
            queryset = queryset.filter(municipalities=municipality)
        return queryset.order_by("id")


class PartnersAPIViewSet(DirectoryAPIViewSet):
    model = Partner
    name = "partners"
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(
        ["locale", "sector", "region"]
    )
    text_search_fields = ("name", "slug", "purpose", "target_group", "methods", "steering_body")
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
        if self.request.GET.get("locale"):
            queryset = queryset.filter(locale__language_code=requested_language(self.request))
        queryset = filter_partners(
            queryset, self.request.GET.get("sector"), self.request.GET.get("region")
        )
        return queryset.order_by("id")


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", LocalizedPagesAPIViewSet)
api_router.register_endpoint("images", PortalImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
api_router.register_endpoint("teams", TeamsAPIViewSet)
api_router.register_endpoint("partners", PartnersAPIViewSet)


def api_index(request):
    """GET /api/v2/: the endpoints and the OpenAPI description, as JSON."""
    base = absolute_url(request, "/api/v2/")
    return JsonResponse(
        {
            "endpoints": {
                name: f"{base}{name}/"
                for name in ("pages", "images", "documents", "teams", "partners")
            },
            "openapi": f"{base}openapi.json",
        }
    )


def openapi_view(request):
    from portal.openapi import openapi_schema

    return JsonResponse(openapi_schema(absolute_url(request, "")))


# Mounted at /api/ after the router: the index, the description, JSON 404 for everything else.
api_extra_urlpatterns = [
    path("v2/", api_index, name="api_index"),
    path("v2/openapi.json", openapi_view, name="api_openapi"),
    re_path(r"^.*$", api_not_found),
]
