"""Forms of training and onboarding; portal/includes/field.html renders their fields."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from portal.models import Team
from training.models import OnboardingPlan, OnboardingPlanItem, OnboardingTemplate

DATE_HELP = _("Date as d.m.yyyy, e.g. 1.9.2025.")


class DateInput(forms.DateInput):
    input_type = "text"

    def __init__(self, attrs=None):
        super().__init__(
            attrs={"inputmode": "numeric", "autocomplete": "off", "size": 10, **(attrs or {})},
            format="%-d.%-m.%Y",
        )


class RegistrationForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=150)
    email = forms.EmailField(
        label=_("E-mail"),
        help_text=_("The confirmation is sent to this address."),
        max_length=254,
    )
    team = forms.ModelChoiceField(
        label=_("Anchor team"),
        queryset=Team.objects.filter(is_active=True),
        required=False,
        empty_label=_("Not in an anchor team"),
    )
    organisation = forms.CharField(
        label=_("Organisation"),
        max_length=200,
        required=False,
        help_text=_("For example your employer, if you are not in an anchor team."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"


class UserChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user):
        from training.onboarding import person_name

        return person_name(user)


def team_people(team):
    return (
        get_user_model()
        .objects.filter(team_memberships__team=team)
        .order_by("first_name", "last_name", "username")
    )


class PlanForm(forms.ModelForm):
    """The header of appendix 4: who, from when, prior training, manager, responsible."""

    template = forms.ModelChoiceField(
        label=_("Template"),
        queryset=OnboardingTemplate.objects.filter(is_active=True),
        empty_label=None,
    )

    class Meta:
        model = OnboardingPlan
        fields = [
            "expert",
            "start_date",
            "prior_training",
            "manager",
            "responsible_person",
            "template",
        ]
        field_classes = {"expert": UserChoiceField, "responsible_person": UserChoiceField}
        widgets = {
            "start_date": DateInput(),
            "prior_training": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "expert": _("A member of the team. Add the person to the team first if needed."),
            "start_date": DATE_HELP,
            "manager": _("The new expert's own line manager."),
        }

    def __init__(self, *args, team, **kwargs):
        super().__init__(*args, **kwargs)
        self.team = team
        people = team_people(team)
        self.fields["expert"].queryset = people
        self.fields["responsible_person"].queryset = people
        if self.instance.pk:
            # The expert and the template of an existing plan stay as they are.
            del self.fields["expert"]
            del self.fields["template"]
        else:
            first_template = self.fields["template"].queryset.first()
            if first_template:
                self.fields["template"].initial = first_template.pk

    def clean_expert(self):
        expert = self.cleaned_data["expert"]
        if OnboardingPlan.objects.filter(team=self.team, expert=expert).exists():
            raise forms.ValidationError(
                _("This expert already has an onboarding plan in this team.")
            )
        return expert


class PlanItemForm(forms.ModelForm):
    class Meta:
        model = OnboardingPlanItem
        fields = ["due_date", "responsible"]
        widgets = {"due_date": DateInput()}
        help_texts = {"due_date": DATE_HELP}


PlanItemFormSet = forms.modelformset_factory(OnboardingPlanItem, form=PlanItemForm, extra=0)
