from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegisterConfig(AppConfig):
    # The package is "forms" (project layout); the label avoids any clash with form modules.
    name = "forms"
    label = "register"
    verbose_name = _("Statistics register")
