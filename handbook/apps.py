from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HandbookConfig(AppConfig):
    name = "handbook"
    verbose_name = _("Handbook")

    def ready(self):
        from portal.cache import track_app_content

        # Sections, appendices, glossary terms and leaflets are public content.
        track_app_content(self)
