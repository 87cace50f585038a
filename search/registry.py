"""What the portal search covers: facets and the models behind them.

One list for the whole search. Models that are not installed (yet) are skipped, so an app can
add its page types here before, or after, they exist in a branch: the search covers whatever
is installed. Pages not listed in any facet fall into "pages".
"""

from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page


@dataclass(frozen=True)
class Facet:
    key: str
    label: str
    model_labels: tuple[str, ...]


FACETS = (
    Facet(
        "handbook",
        _("Handbook"),
        (
            "handbook.HandbookPage",
            "handbook.HandbookSectionPage",
            "handbook.AppendixPage",
            "handbook.GlossaryPage",
        ),
    ),
    Facet("news", _("News"), ("portal.NewsPage",)),
    Facet("training", _("Training"), ("training.CoursePage", "training.EventPage")),
    Facet("teams", _("Anchor teams"), ("portal.Team",)),
    Facet("partners", _("Partners"), ("portal.Partner", "portal.PartnerPage")),
    Facet("pages", _("Other pages"), ("portal.ContentPage", "portal.HomePage")),
)
FACETS_BY_KEY = {facet.key: facet for facet in FACETS}
# Page types that are in no facet are shown under this one.
DEFAULT_PAGE_FACET = "pages"
# The handbook facet's models are where a section number such as "2.3.6" is looked up.
SECTION_FACET = "handbook"


def get_facet(key):
    return FACETS_BY_KEY.get(key)


def installed_models(facet):
    models = []
    for label in facet.model_labels:
        try:
            models.append(apps.get_model(label))
        except LookupError:
            continue  # The app of this model is not installed.
    return models


def is_page_model(model):
    return issubclass(model, Page)


def page_models(facet):
    return [model for model in installed_models(facet) if is_page_model(model)]


def other_models(facet):
    """Models of the facet that are not pages (directories): searched one by one."""
    return [model for model in installed_models(facet) if not is_page_model(model)]


def directory_models():
    """(facet, model) for every installed non-page model, in facet order."""
    return [(facet, model) for facet in FACETS for model in other_models(facet)]


def _facet_by_content_type_id():
    # ContentType's own cache makes this free after the first call.
    mapping = {}
    for facet in FACETS:
        for model in page_models(facet):
            mapping[ContentType.objects.get_for_model(model).pk] = facet.key
    return mapping


def facet_key_for_content_type(content_type_id):
    return _facet_by_content_type_id().get(content_type_id, DEFAULT_PAGE_FACET)


def page_content_type_ids(facet):
    """Content types of the facet's pages (ids), for filtering a page search."""
    return [key for key, value in _facet_by_content_type_id().items() if value == facet.key]


def listed_page_content_type_ids():
    """Content types of every page listed in a facet other than the default one."""
    return [
        key for key, value in _facet_by_content_type_id().items() if value != DEFAULT_PAGE_FACET
    ]


def section_number_models():
    """Handbook page models that keep a dotted section number ("2.3.6") in a text `number`
    field; appendices number themselves with integers and are found by title instead."""
    facet = FACETS_BY_KEY[SECTION_FACET]
    return [model for model in page_models(facet) if has_text_field(model, "number")]


def has_field(model, name):
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def has_text_field(model, name):
    return has_field(model, name) and model._meta.get_field(name).get_internal_type() in {
        "CharField",
        "SlugField",
        "TextField",
    }
