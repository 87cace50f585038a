from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    # Lives inside the register package: it reads the register's records, never changes them.
    name = "forms.reports"
    label = "reports"
    verbose_name = _("Annual reports and national statistics")
