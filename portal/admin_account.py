"""The admin's account settings: name and e-mail are optional, so a user without them can
still change the admin language, theme or password (Wagtail saves all panels in one form)."""

from wagtail.admin.forms.account import NameEmailForm
from wagtail.admin.views.account import NameEmailSettingsPanel


class OptionalNameEmailForm(NameEmailForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.required = False


NameEmailSettingsPanel.form_class = OptionalNameEmailForm
