"""Accessible form parts of training: errors and help texts tied to their fields, and the
d.m.yyyy date input."""

from django import forms
from django.forms.boundfield import BoundField
from django.utils.translation import gettext_lazy as _


class AccessibleBoundField(BoundField):
    """Points the widget at its help text and errors (aria-describedby, aria-invalid)."""

    def build_widget_attrs(self, attrs, widget=None):
        attrs = super().build_widget_attrs(attrs, widget)
        described_by = []
        if self.help_text:
            described_by.append(f"{self.auto_id}_helptext")
        if self.errors:
            described_by.append(f"{self.auto_id}_errors")
            attrs["aria-invalid"] = "true"
        if described_by:
            attrs["aria-describedby"] = " ".join(described_by)
        return attrs


class AccessibleFormMixin:
    bound_field_class = AccessibleBoundField


DATE_HELP = _("Date as d.m.yyyy, e.g. 1.9.2025.")


class DateInput(forms.DateInput):
    input_type = "text"

    def __init__(self, attrs=None):
        super().__init__(
            attrs={"inputmode": "numeric", "autocomplete": "off", "size": 10, **(attrs or {})},
            format="%-d.%-m.%Y",
        )
