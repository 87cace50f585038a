"""sitemap.xml with every live page of every language and its translations as alternates."""

from collections import defaultdict

from django.conf import settings
from wagtail.contrib.sitemaps import Sitemap


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap lists the default site's tree only; the sv and en trees are siblings
    of the Finnish root, so list the descendants of every translation of the root."""

    def items(self):
        root = self.get_wagtail_site().root_page
        queryset = None
        for home in root.get_translations(inclusive=True):
            tree = home.get_descendants(inclusive=True)
            queryset = tree if queryset is None else queryset | tree
        return (
            queryset.live().public().select_related("locale").order_by("path").defer_streamfields()
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        by_key = defaultdict(dict)
        for item in self.items():
            by_key[item.translation_key][item.locale.language_code] = item
        urls = []
        last_mods = set()
        for item in pages:
            translations = by_key[item.translation_key]
            alternates = [
                {"lang_code": code, "location": translation.get_full_url(self.request)}
                for code, translation in sorted(translations.items())
            ]
            default = translations.get(settings.LANGUAGE_CODE)
            if default is not None:
                alternates.append(
                    {"lang_code": "x-default", "location": default.get_full_url(self.request)}
                )
            lastmod = self.lastmod(item)
            last_mods.add(lastmod)
            urls.append(
                {
                    "item": item,
                    "location": item.get_full_url(self.request),
                    "lastmod": lastmod,
                    "alternates": alternates,
                }
            )
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
