"""Public forms of the directories."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.codes import PartnerSector, Region


class FindTeamForm(forms.Form):
    municipality = forms.CharField(
        label=_("Your home municipality"),
        max_length=100,
        help_text=_("Type the name of the municipality in Finnish or Swedish."),
        widget=forms.TextInput(attrs={"list": "municipality-names", "autocomplete": "off"}),
        error_messages={"required": _("Type the name of your municipality.")},
    )


class PartnerFilterForm(forms.Form):
    sector = forms.ChoiceField(
        label=_("Sector"),
        required=False,
        choices=[("", _("All sectors")), *PartnerSector.choices],
    )
    region = forms.ChoiceField(
        label=_("Region"),
        required=False,
        choices=[("", _("All regions")), *Region.choices],
    )
