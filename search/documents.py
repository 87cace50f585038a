"""What an indexed object is in search terms: its language and its plain text per language.

Neutral ground below the search engines (engine.py, elastic.py) and the database backends
(backends/postgres.py, backends/sqlite.py), so none of them imports another for these.
"""

from django.utils.html import strip_tags
from django.utils.translation import get_language
from modelsearch.index import SearchField
from wagtail.models import Locale

from search.text import SEARCH_CONFIGS

DEFAULT_LANGUAGE = "fi"


def active_search_language():
    language = (get_language() or DEFAULT_LANGUAGE).split("-")[0]
    return language if language in SEARCH_CONFIGS else DEFAULT_LANGUAGE


def object_languages(objs):
    """{pk: language code} for objects that belong to a locale (pages, translatable snippets)."""
    locale_ids = {getattr(obj, "locale_id", None) for obj in objs} - {None}
    if not locale_ids:
        return {}
    codes = dict(Locale.objects.filter(pk__in=locale_ids).values_list("pk", "language_code"))
    return {
        obj.pk: codes.get(obj.locale_id) for obj in objs if getattr(obj, "locale_id", None) in codes
    }


def searchable_text(obj, skip=("title",)):
    """The plain text of an object's search fields (for snippets), title excluded."""
    parts = []
    for search_field in obj.get_search_fields():
        if isinstance(search_field, SearchField) and search_field.field_name not in skip:
            parts.append(_flatten(search_field.get_value(obj)))
    return strip_tags(" ".join(part for part in parts if part))


def _flatten(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        value = value.values()
    if isinstance(value, list | tuple) or hasattr(value, "__iter__"):
        return " ".join(_flatten(item) for item in value)
    return str(value)


def language_fields(model, language):
    """The model's search fields for one language (name_sv, description_sv ...)."""
    suffix = f"_{language}"
    return [
        f.field_name
        for f in model.get_searchable_search_fields()
        if isinstance(f, SearchField) and f.field_name.endswith(suffix)
    ]
