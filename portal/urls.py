from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from portal.api import api_extra_urlpatterns, api_router
from portal.sitemaps import MultilingualSitemap

handler404 = "portal.views.page_not_found"
handler500 = "portal.views.server_error"

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("api/", include(api_extra_urlpatterns)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
    path("i18n/", include("django.conf.urls.i18n")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    # Images only: documents are served by Wagtail's document view, which checks privacy.
    urlpatterns += static(
        f"{settings.MEDIA_URL}images/", document_root=settings.MEDIA_ROOT / "images"
    )
    urlpatterns += static(
        f"{settings.MEDIA_URL}original_images/",
        document_root=settings.MEDIA_ROOT / "original_images",
    )

# Every public page lives under /fi/, /sv/ or /en/; Wagtail's catch-all comes last.
urlpatterns += i18n_patterns(
    path("", include("portal.urls_public")),
    path("register/", include("forms.urls")),
    path("reports/", include("forms.reports.urls")),
    path("training/", include("training.urls")),
    path("handbook-tools/", include("handbook.urls")),
    path("search/", include("search.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
