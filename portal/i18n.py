"""Helpers for models that keep one column per language (fi, sv, en)."""

from django.conf import settings
from django.utils.translation import get_language

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
DEFAULT_LANGUAGE = settings.LANGUAGE_CODE


def active_language():
    """The active UI language reduced to one of ours (fi when unknown)."""
    language = (get_language() or DEFAULT_LANGUAGE).split("-")[0]
    return language if language in LANGUAGE_CODES else DEFAULT_LANGUAGE


def localized_value(obj, field, language=None):
    """obj.<field>_<lang> for the active language, falling back to Finnish, then any."""
    language = language or active_language()
    for code in [language, DEFAULT_LANGUAGE, *LANGUAGE_CODES]:
        value = getattr(obj, f"{field}_{code}", "")
        if value:
            return value
    return ""


class LocalizedFieldsMixin:
    """Gives `obj.localized("name")` to models with name_fi, name_sv, name_en columns."""

    def localized(self, field, language=None):
        return localized_value(self, field, language)


def locale_for_language(language_code):
    """The Wagtail Locale of a language (None if it has none), read once per content version:
    the locale list is on every page's path and changes only when a language is added."""
    from wagtail.models import Locale

    from portal.cache import CONTENT, cached_value

    return cached_value(
        CONTENT,
        f"locale:{language_code}",
        lambda: Locale.objects.filter(language_code=language_code).first(),
    )
