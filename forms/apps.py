from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegisterConfig(AppConfig):
    # The package is "forms" (project layout); the label avoids any clash with form modules.
    name = "forms"
    label = "register"
    verbose_name = _("Statistics register")

    def ready(self):
        from forms.models import Case, CodeEntry, Meeting, Notification, TeamYearLock
        from forms.stats import STATISTICS_VERSION
        from portal.cache import track_models

        track_models(STATISTICS_VERSION, [Case, Notification, Meeting, TeamYearLock, CodeEntry])
