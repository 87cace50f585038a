from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    # Lives inside the register package: it reads the register's records, never changes them.
    name = "forms.reports"
    label = "reports"
    verbose_name = _("Annual reports and national statistics")

    def ready(self):
        from forms.reports.models import AnnualReport, StaffLine
        from forms.stats import STATISTICS_VERSION
        from portal.cache import track_models

        track_models(STATISTICS_VERSION, [AnnualReport, StaffLine])
