"""Template tags for the site chrome: language switcher and hreflang alternates."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language_info
from wagtail.models import Page, Site

from portal.cache import CONTENT, cached_value, site_cache_key
from portal.i18n import active_language, locale_for_language

register = template.Library()


def _translation_urls(page, request):
    """{language: URL} of the live translations of `page` (itself included), computed once per
    content version."""

    def compute():
        return {
            translation.locale.language_code: translation.get_url(request=request)
            for translation in page.get_translations(inclusive=True).live().select_related("locale")
        }

    key = f"translation-urls:{page.pk}:{site_cache_key(request)}"
    return cached_value(CONTENT, key, compute, request=request)


def _home_urls(request):
    """Each language's home page URL, from the site's root page and its translations."""
    site = Site.find_for_request(request)
    return _translation_urls(site.root_page, request) if site is not None else {}


def language_alternatives(context):
    """[(code, name, url, translated)] for every language, for the current page or view.

    A page links to its own translation; where there is none, to that language's home
    page with ?untranslated=1 so the home page can say why the reader landed there.
    Non-page views translate their URL with Django's i18n patterns.
    """
    request = context.get("request")
    page = context.get("page")
    # The switcher and the hreflang links share one computation per request.
    memo = getattr(request, "_portal_alternatives", None)
    page_key = page.pk if isinstance(page, Page) else None
    if memo is not None and memo[0] == page_key:
        return memo[1]
    alternatives = []
    translations = {}
    homes = None
    if isinstance(page, Page) and page.pk:
        translations = _translation_urls(page, request)
    for code, _name in settings.LANGUAGES:
        name = get_language_info(code)["name_local"]
        if isinstance(page, Page) and page.pk:
            if code in translations:
                alternatives.append((code, name, translations[code], True))
            else:
                if homes is None:
                    homes = _home_urls(request)
                url = homes.get(code, f"/{code}/")
                alternatives.append((code, name, f"{url}?untranslated=1", False))
        elif request is not None:
            alternatives.append((code, name, translate_url(request.get_full_path(), code), True))
    if request is not None:
        request._portal_alternatives = (page_key, alternatives)
    return alternatives


@register.inclusion_tag("portal/includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    return {
        "alternatives": language_alternatives(context),
        "current": active_language(),
    }


@register.inclusion_tag("portal/includes/hreflang.html", takes_context=True)
def hreflang_links(context):
    request = context.get("request")
    alternatives = [a for a in language_alternatives(context) if a[3]]
    base = f"{request.scheme}://{request.get_host()}" if request else ""
    default = next((a for a in alternatives if a[0] == settings.LANGUAGE_CODE), None)
    return {"alternatives": alternatives, "base": base, "default": default}


@register.simple_tag
def locale_for(language_code):
    return locale_for_language(language_code)


def _menu_links(menus, request, language):
    """Menu links with each chosen page swapped for its translation in `language` (pages are
    not translated inside snippets by wagtail-localize); untranslated or unpublished pages
    are left out. One query for the chosen pages, one for their translations."""
    chosen = [block.value["page"] for menu in menus for block in menu.items if block.value["page"]]
    translations = {
        page.translation_key: page
        for page in Page.objects.live().filter(
            translation_key__in=[page.translation_key for page in chosen],
            locale__language_code=language,
        )
    }
    links = {}
    for menu in menus:
        links[menu.location] = []
        for block in menu.items:
            value = block.value
            if value["page"] is not None:
                page = translations.get(value["page"].translation_key)
                url = page.get_url(request=request) if page else None
            else:
                url = value["url"]
            if url:
                links[menu.location].append({"label": value["label"], "url": url})
    return links


@register.simple_tag(takes_context=True)
def site_menus(context):
    """{"header": [{label, url}], "footer": [...]} for the active language.

    One query for both menus and one for the pages they link to, once per content version;
    remembered on the request so the header and footer share it.
    """
    from portal.models import NavigationMenu

    request = context.get("request")
    cached = getattr(request, "_portal_menus", None)
    if cached is not None:
        return cached
    language = active_language()

    def compute():
        menus = {"header": [], "footer": []}
        menus.update(
            _menu_links(
                list(NavigationMenu.objects.filter(locale__language_code=language)),
                request,
                language,
            )
        )
        return menus

    key = f"menus:{language}:{site_cache_key(request)}"
    menus = cached_value(CONTENT, key, compute, request=request)
    if request is not None:
        request._portal_menus = menus
    return menus
