"""Form fields of the register: d.m.yyyy dates and yes/no questions."""

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from forms import rules

YES, NO = "yes", "no"


class DayMonthYearField(forms.Field):
    """A date typed as d.m.yyyy (rules.parse_date), shown back the same way."""

    widget = forms.TextInput

    def __init__(self, **kwargs):
        kwargs.setdefault("help_text", _("For example 5.3.2026 (d.m.yyyy)."))
        super().__init__(**kwargs)
        self.widget.attrs.update(
            {"inputmode": "numeric", "autocomplete": "off", "size": 10, "maxlength": 10}
        )

    def prepare_value(self, value):
        if isinstance(value, datetime.date):
            return rules.format_date(value)
        return value

    def to_python(self, value):
        value = (value or "").strip()
        if value in self.empty_values:
            return None
        return rules.parse_date(value)


class YesNoField(forms.TypedChoiceField):
    """A required yes/no question as two radio buttons (no pre-selected answer)."""

    widget = forms.RadioSelect

    def __init__(self, **kwargs):
        kwargs.setdefault("choices", [(YES, _("Yes")), (NO, _("No"))])
        kwargs.setdefault("coerce", lambda value: value in (True, YES, "True"))
        kwargs.setdefault("empty_value", None)
        super().__init__(**kwargs)

    def prepare_value(self, value):
        if value is True:
            return YES
        if value is False:
            return NO
        return value

    def valid_value(self, value):
        return super().valid_value(self.prepare_value(value))
