"""Keep the Elasticsearch content index in step with publishing (when it is in use).

The database search needs nothing here: Wagtail re-indexes a page when it is saved, and the
search only returns live pages, so publish and unpublish take effect at once.
"""

import logging

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from search import registry

logger = logging.getLogger(__name__)


def _safely(action, obj):
    from search import elastic

    try:
        getattr(elastic, action)(obj)
    except Exception:
        # An unreachable cluster must not stop editors from publishing; update_search_index
        # brings the index up to date afterwards.
        logger.exception("Elasticsearch content index: %s failed for %r", action, obj)


def page_published_handler(instance, **kwargs):
    _safely("index_object", instance.specific)


def page_removed_handler(instance, **kwargs):
    _safely("remove_object", instance)


def directory_saved_handler(instance, **kwargs):
    if kwargs.get("raw"):
        return
    _safely("index_object", instance)


def connect():
    page_published.connect(page_published_handler, dispatch_uid="search-es-published")
    page_unpublished.connect(page_removed_handler, dispatch_uid="search-es-unpublished")
    post_delete.connect(page_removed_handler, sender=Page, dispatch_uid="search-es-page-deleted")
    for _facet, model in registry.directory_models():
        post_save.connect(directory_saved_handler, sender=model, dispatch_uid=f"search-es-{model}")
        post_delete.connect(
            page_removed_handler, sender=model, dispatch_uid=f"search-es-{model}-deleted"
        )
