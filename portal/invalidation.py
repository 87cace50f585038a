"""What makes the public pages stale: the portal's own models (pages, teams, partners, menus,
site settings) and the Wagtail data every page shows. Other apps track their own models in
their ready() with portal.cache.track_app_content or track_models."""

from django.apps import apps
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from portal.cache import CONTENT, bump_version_now_and_after_commit, track_app_content, track_models

# Wagtail models that change what a public page shows (not revisions, logs, renditions or
# the reference index, which are written while editing or rendering).
WAGTAIL_CONTENT_MODELS = [
    "wagtailcore.Page",
    "wagtailcore.Site",
    "wagtailcore.Locale",
    "wagtailcore.Collection",
    "wagtailcore.PageViewRestriction",
    "wagtailcore.CollectionViewRestriction",
    "wagtailimages.Image",
    "wagtaildocs.Document",
    "wagtailredirects.Redirect",
]


def on_page_change(sender=None, **kwargs):
    bump_version_now_and_after_commit(CONTENT)


def connect(portal_config):
    track_app_content(portal_config)
    track_models(CONTENT, [apps.get_model(label) for label in WAGTAIL_CONTENT_MODELS])
    # A move rewrites tree paths with queryset updates (no post_save), hence the signals.
    for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
        signal.connect(on_page_change, dispatch_uid=f"portal.invalidation:{signal!r}")
