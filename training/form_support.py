"""Form parts of training: the d.m.yyyy date input and its hint (fields are marked up by
portal/includes/field.html)."""

from django import forms
from django.utils.translation import gettext_lazy as _

DATE_HELP = _("Date as d.m.yyyy, e.g. 1.9.2025.")


class DateInput(forms.DateInput):
    input_type = "text"

    def __init__(self, attrs=None):
        super().__init__(
            attrs={"inputmode": "numeric", "autocomplete": "off", "size": 10, **(attrs or {})},
            format="%-d.%-m.%Y",
        )
