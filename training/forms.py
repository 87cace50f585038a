"""Forms of onboarding plans (the event registration form is in training.event_page);
portal/includes/field.html renders their fields."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from training.form_support import DATE_HELP, DateInput
from training.models import OnboardingPlan, OnboardingPlanItem, OnboardingTemplate
from training.onboarding import person_name


class UserChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user):
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
