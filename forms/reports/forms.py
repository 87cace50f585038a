"""The steps of the annual-report wizard (sections 2-8 of appendix 10)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from forms.models import CodeEntry, CodeList
from forms.reports.models import AnnualReport


class LocalModelForm(forms.ModelForm):
    class Meta:
        model = AnnualReport
        fields = ["local_model"]
        widgets = {"local_model": forms.Textarea(attrs={"rows": 10})}


class ClientsForm(forms.Form):
    """Section 3 comes from the register: nothing to type, the step shows the figures."""


class StaffForm(forms.Form):
    """Section 4: headcount and working time per profession, training days, workspace."""

    further_training_days = forms.DecimalField(
        label=_("further-training days of the experts"),
        min_value=0,
        max_value=9999,
        decimal_places=1,
        localize=True,
    )
    workspace = forms.CharField(
        label=_("the team's workspace"),
        max_length=300,
        required=False,
        help_text=_(
            "Where the team works and meets young people, e.g. a shared room at the police station."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.professions = list(CodeEntry.objects.of(CodeList.PROFESSION).active())
        for profession in self.professions:
            self.fields[f"headcount_{profession.code}"] = forms.IntegerField(
                label=_("%(profession)s: headcount") % {"profession": profession.label},
                min_value=0,
                max_value=999,
                initial=0,
            )
            self.fields[f"person_years_{profession.code}"] = forms.DecimalField(
                label=_("%(profession)s: working time for anchor work (person-years)")
                % {"profession": profession.label},
                min_value=0,
                max_value=999,
                decimal_places=2,
                initial=0,
                localize=True,
            )

    def profession_rows(self):
        return [
            (p, self[f"headcount_{p.code}"], self[f"person_years_{p.code}"])
            for p in self.professions
        ]


class CooperationForm(forms.ModelForm):
    class Meta:
        model = AnnualReport
        fields = AnnualReport.COOPERATION_FIELDS


class TextsForm(forms.ModelForm):
    class Meta:
        model = AnnualReport
        fields = ["client_feedback", "other_activities", "development_targets"]
        widgets = {name: forms.Textarea(attrs={"rows": 6}) for name in fields}


STEPS = [
    ("model", LocalModelForm),
    ("clients", ClientsForm),
    ("staff", StaffForm),
    ("cooperation", CooperationForm),
    ("texts", TextsForm),
]

STEP_TITLES = {
    "model": _("2. Local anchor work model"),
    "clients": _("3. Clients"),
    "staff": _("4. Staff and work"),
    "cooperation": _("5. Local and regional cooperation"),
    "texts": _("6–8. Client feedback, other activities, development targets"),
}
