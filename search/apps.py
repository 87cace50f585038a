from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "portal_search"
    verbose_name = _("Search")

    def ready(self):
        if getattr(settings, "SEARCH_BACKEND", "database") == "elasticsearch":
            from search import signals

            signals.connect()
