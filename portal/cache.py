"""Version keys and values computed once per version, shared by the anonymous page cache
(portal/middleware.py) and the site chrome (menus, settings, language links).

A *version key* names a set of data (``CONTENT`` is everything the public pages show).
Any change to that data bumps the key (signals in the owning app's ``ready()``); values and
cached pages record the versions they were built from and are stale once a key moves on, so
nothing has to find and delete individual cache entries. A later model (e.g. a stored yearly
statistics snapshot) can replace a version key by passing its own version to
``cached_value``.
"""

import functools
import uuid

from django.core.cache import cache
from django.db import transaction
from django.db.models import signals

# Everything the public pages show: pages, menus, site settings, teams, partners, glossary.
CONTENT = "content"
# Values keyed by a version live this long at most (a new version makes them unreachable).
VALUE_TIMEOUT = 24 * 60 * 60


def _version_cache_key(name):
    return f"portal:version:{name}"


def bump_version(name):
    """Make every value and page built from the data named `name` stale."""
    cache.set(_version_cache_key(name), uuid.uuid4().hex, None)


_after_commit = {}


def bump_version_now_and_after_commit(name):
    """Bump at once (this connection sees the change already) and again after the commit,
    so a page another process rendered from the old rows meanwhile does not stay current."""
    bump_version(name)
    connection = transaction.get_connection()
    if connection.in_atomic_block:
        callback = _after_commit.setdefault(name, functools.partial(bump_version, name))
        # Once per transaction, however many rows it changes.
        if not any(entry[1] is callback for entry in connection.run_on_commit):
            transaction.on_commit(callback)


def track_models(name, models):
    """Bump version key `name` whenever a row of `models` is saved or deleted, or one of
    their many-to-many relations changes. Call from the owning app's ready()."""
    models = tuple(models)
    through = tuple(
        field.remote_field.through for model in models for field in model._meta.local_many_to_many
    )

    def on_change(sender, **kwargs):
        bump_version_now_and_after_commit(name)

    for model in models:
        dispatch_uid = f"portal.cache:{name}:{model._meta.label}"
        signals.post_save.connect(on_change, sender=model, weak=False, dispatch_uid=dispatch_uid)
        signals.post_delete.connect(on_change, sender=model, weak=False, dispatch_uid=dispatch_uid)
    for model in through:
        signals.m2m_changed.connect(
            on_change, sender=model, weak=False, dispatch_uid=f"portal.cache:{name}:{model}"
        )


def track_app_content(app_config, exclude=()):
    """Every model of `app_config` (including its page types) is public content, except the
    models named in `exclude` (e.g. per-user progress that no public page shows)."""
    excluded = {name.lower() for name in exclude}
    track_models(
        CONTENT,
        [model for model in app_config.get_models() if model._meta.model_name not in excluded],
    )


def current_versions(names):
    """{name: version} for `names`, starting a version for any that has none yet."""
    keys = {_version_cache_key(name): name for name in names}
    found = cache.get_many(list(keys))
    versions = {}
    for key, name in keys.items():
        version = found.get(key)
        if version is None:
            # add() keeps a version another process set meanwhile.
            cache.add(key, uuid.uuid4().hex, None)
            version = cache.get(key)
        versions[name] = version
    return versions


def versions_are_current(versions):
    """True when none of the recorded {name: version} has moved on."""
    if not versions:
        return True
    found = cache.get_many([_version_cache_key(name) for name in versions])
    return all(found.get(_version_cache_key(name)) == version for name, version in versions.items())


def depend_on(request, name):
    """Record that the response to `request` shows data named `name`, so the page cache keeps
    it only as long as that version; returns the current version."""
    version = current_versions([name])[name]
    if request is not None:
        dependencies = getattr(request, "_page_cache_versions", None)
        if dependencies is not None:
            dependencies.setdefault(name, version)
    return version


def cached_value(name, key, compute, request=None, version=None):
    """compute() once per version of `name` (and per `key`, e.g. a language or a year).

    The result must pickle (plain data or model instances). With `request`, the page that
    shows the value also depends on `name`.
    """
    if version is None:
        version = depend_on(request, name)
    cache_key = f"portal:value:{name}:{version}:{key}"
    stored = cache.get(cache_key)
    if stored is None:
        # Wrapped so that a computed None is remembered too.
        stored = (compute(),)
        cache.set(cache_key, stored, VALUE_TIMEOUT)
    return stored[0]


def site_cache_key(request):
    """The request's Wagtail site as part of a cache key (page URLs are relative to it)."""
    from wagtail.models import Site

    site = Site.find_for_request(request) if request is not None else None
    return site.pk if site is not None else "none"


def do_not_cache(response):
    """Keep a response out of the page cache (e.g. a form with errors); returns it."""
    response.page_cache_skip = True
    return response
