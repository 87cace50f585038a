"""Forms of the register: the record forms (used by the edit views and inside the entry
wizard's steps) and the wizard's step forms. Each rule is checked by forms.rules."""

import copy
from dataclasses import dataclass

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from forms import rules
from forms.fields import DayMonthYearField, YesNoField
from forms.models import (
    CASE_FIELDS,
    CODE_ENTRY_FIELDS,
    MEETING_FIELDS,
    NOTIFICATION_FIELDS,
    Case,
    CodeEntry,
    CodeList,
    Meeting,
    Notification,
)
from portal.models import Municipality


def code_field(code_list, keep=(), multiple=False, **kwargs):
    """A field offering the active entries of a code list (and retired ones already used)."""
    queryset = CodeEntry.objects.usable(code_list, keep)
    if multiple:
        return forms.ModelMultipleChoiceField(
            queryset, widget=forms.CheckboxSelectMultiple, **kwargs
        )
    return forms.ModelChoiceField(queryset, widget=forms.RadioSelect, empty_label=None, **kwargs)


class CaseForm(forms.ModelForm):
    class Meta:
        model = Case
        fields = CASE_FIELDS

    def __init__(self, *args, team=None, today=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today or timezone.localdate()
        self.fields["birth_year"].widget = forms.NumberInput(attrs={"inputmode": "numeric"})
        self.fields["birth_year"].help_text = _("The year only, for example 2011.")
        # Active municipalities, and a merged one the case already has.
        municipalities = Municipality.objects.filter(
            Q(is_active=True) | Q(pk=self.instance.home_municipality_id)
        )
        self.fields["home_municipality"].queryset = municipalities
        if team is not None and not self.instance.pk and not self.is_bound:
            first = team.municipalities.order_by("name_fi").first()
            if first:
                self.initial.setdefault("home_municipality", first.pk)

    def clean_birth_year(self):
        birth_year = self.cleaned_data["birth_year"]
        rules.check_birth_year(birth_year, self.today)
        if self.instance.pk:
            # The case's stored meetings must still satisfy the age rule.
            for notification in self.instance.notifications.prefetch_related("reasons"):
                last = notification.meetings.order_by("-date").first()
                if last is not None:
                    rules.check_age_on_meeting(
                        birth_year,
                        last.date,
                        any(reason.no_age_limit for reason in notification.reasons.all()),
                    )
        return birth_year


class NotificationForm(forms.ModelForm):
    date_received = DayMonthYearField(label=_("Date of the notification"))
    child_welfare_notification = YesNoField(
        label=_("Was a child-welfare notification registered in anchor work?")
    )
    violent_radicalisation = YesNoField(label=_("Is violent radicalisation suspected?"))

    class Meta:
        model = Notification
        fields = NOTIFICATION_FIELDS

    def __init__(self, *args, today=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today or timezone.localdate()
        instance = self.instance
        used = instance.pk is not None
        self.fields["referred_by"] = code_field(
            CodeList.REFERRAL_SOURCE,
            keep=[instance.referred_by] if used else (),
            label=_("Who referred the young person?"),
        )
        self.fields["reasons"] = code_field(
            CodeList.REASON,
            keep=instance.reasons.all() if used else (),
            multiple=True,
            label=_("Reasons for the anchor meeting"),
            help_text=_("Choose one or more."),
        )
        self.fields["offence_types"] = code_field(
            CodeList.OFFENCE,
            keep=instance.offence_types.all() if used else (),
            multiple=True,
            required=False,
            label=_("Offence types, if any"),
        )

    def clean_date_received(self):
        value = self.cleaned_data["date_received"]
        rules.check_not_in_future(value, self.today)
        if self.instance.pk:
            first = self.instance.meetings.order_by("date").first()
            if first is not None:
                rules.check_meeting_after_notification(first.date, value)
        return value

    def clean(self):
        cleaned = super().clean()
        reasons = cleaned.get("reasons")
        if self.instance.pk and reasons is not None:
            # Dropping the reason that lifts the age limit must not leave meetings of adults.
            last = self.instance.meetings.order_by("-date").first()
            if last is not None:
                try:
                    rules.check_age_on_meeting(
                        self.instance.case.birth_year,
                        last.date,
                        any(reason.no_age_limit for reason in reasons),
                    )
                except ValidationError as error:
                    self.add_error("reasons", error)
        return cleaned


@dataclass
class MeetingContext:
    """What the meeting's rules need to know from the case and the notification."""

    birth_year: int
    notification_date: object
    no_age_limit: bool
    derived_client_before: bool | None = None


class MeetingForm(forms.ModelForm):
    date = DayMonthYearField(label=_("Date of the meeting"))
    client_before = YesNoField(label=_("Has the young person been a client of anchor work before?"))
    continues_in_services = YesNoField(label=_("Does the work continue in other services?"))

    class Meta:
        model = Meeting
        # The ordinal is counted by the register, not asked.
        fields = [name for name in MEETING_FIELDS if name != "ordinal"]

    def __init__(self, *args, context=None, today=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.context = context
        self.today = today or timezone.localdate()
        instance = self.instance
        used = instance.pk is not None
        self.fields["assessment_way"] = code_field(
            CodeList.ASSESSMENT,
            keep=[instance.assessment_way] if used else (),
            label=_("How was a service-needs assessment done in anchor work?"),
        )
        self.fields["onward_services"] = code_field(
            CodeList.ONWARD_SERVICE,
            keep=instance.onward_services.all() if used else (),
            multiple=True,
            required=False,
            label=_("Where does the work continue?"),
            help_text=_("Answer if the work continues in other services."),
        )
        if context is not None and context.derived_client_before is not None:
            # The register already knows: no need to ask.
            del self.fields["client_before"]

    def clean(self):
        cleaned = super().clean()
        meeting_date = cleaned.get("date")
        if meeting_date and self.context is not None:
            try:
                rules.check_meeting(
                    meeting_date,
                    self.context.notification_date,
                    self.context.birth_year,
                    self.context.no_age_limit,
                    self.today,
                )
            except ValidationError as error:
                self.add_error("date", error)
        continues = cleaned.get("continues_in_services")
        services = cleaned.get("onward_services")
        if continues is True and not services:
            self.add_error("onward_services", _("Choose the services where the work continues."))
        if continues is False and services:
            self.add_error(
                "onward_services",
                _("Choose no services when the work does not continue elsewhere."),
            )
        return cleaned


# --- The entry wizard's steps --------------------------------------------------------------

EXISTING, NEW = "existing", "new"


class CaseStepForm(forms.Form):
    """Step 1: an existing case by its code, or a new one (birth year, home municipality)."""

    mode = forms.ChoiceField(
        label=_("Case"),
        choices=[(EXISTING, _("An existing case")), (NEW, _("A new case"))],
        widget=forms.RadioSelect,
    )
    case_code = forms.CharField(
        label=_("Case code"),
        required=False,
        max_length=20,
        help_text=_("The code the team keeps with its own client records, e.g. HEL-2026-0042."),
    )

    def __init__(self, *args, team, today=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.team = team
        self.case_form = CaseForm(
            self.data if self.is_bound else None, prefix=self.prefix, team=team, today=today
        )
        for name, field in self.case_form.fields.items():
            # Asked only for a new case: the case form checks them then.
            self.fields[name] = copy.deepcopy(field)
            self.fields[name].required = False
        if not self.is_bound:
            self.initial.update(
                {k: v for k, v in self.case_form.initial.items() if k not in self.initial}
            )

    def clean(self):
        cleaned = super().clean()
        mode = cleaned.get("mode")
        if mode == EXISTING:
            code = (cleaned.get("case_code") or "").strip().upper()
            case = Case.objects.filter(team=self.team, case_code=code).first() if code else None
            if not code:
                self.add_error("case_code", _("Enter the case code."))
            elif case is None:
                self.add_error("case_code", _("The team has no case %(code)s.") % {"code": code})
            cleaned["case_code"] = code
            cleaned["case"] = case
        elif mode == NEW:
            self.case_form.full_clean()
            for name, errors in self.case_form.errors.items():
                for error in errors:
                    self.add_error(name if name in self.fields else None, error)
            cleaned["case"] = None
            for name in ("birth_year", "home_municipality"):
                if cleaned.get(name) in (None, "") and name not in self.errors:
                    self.add_error(name, forms.Field.default_error_messages["required"])
        return cleaned


class NotificationStepForm(forms.Form):
    """Step 2: one of the case's notifications, or a new notification."""

    mode = forms.ChoiceField(
        label=_("Anchor notification"),
        choices=[(EXISTING, _("An earlier notification")), (NEW, _("A new notification"))],
        widget=forms.RadioSelect,
    )
    notification = forms.ModelChoiceField(
        Notification.objects.none(),
        label=_("Earlier notifications of the case"),
        required=False,
        widget=forms.RadioSelect,
        empty_label=None,
    )

    def __init__(self, *args, case=None, today=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.case = case
        self.notification_form = NotificationForm(
            self.data if self.is_bound else None, prefix=self.prefix, today=today
        )
        for name, field in self.notification_form.fields.items():
            # Asked only for a new notification: the notification form checks them then.
            self.fields[name] = copy.deepcopy(field)
            self.fields[name].required = False
        if case is not None:
            queryset = case.notifications.select_related("referred_by").order_by("-date_received")
            self.fields["notification"].queryset = queryset
            self.fields["notification"].label_from_instance = lambda n: (
                f"{rules.format_date(n.date_received)} – {n.referred_by.label}"
            )
        if case is None or not case.notifications.exists():
            # Only a new notification is possible: no question to answer.
            self.fields["mode"].widget = forms.HiddenInput()
            self.fields["mode"].initial = NEW
            self.only_new = True
        else:
            self.only_new = False

    def clean(self):
        cleaned = super().clean()
        mode = cleaned.get("mode")
        if mode == EXISTING:
            if not cleaned.get("notification"):
                self.add_error("notification", _("Choose the notification."))
        elif mode == NEW:
            self.notification_form.full_clean()
            for name in self.notification_form.fields:
                if name in self.notification_form.errors:
                    for error in self.notification_form.errors[name]:
                        self.add_error(name, error)
                else:
                    cleaned[name] = self.notification_form.cleaned_data.get(name)
            cleaned["notification"] = None
        return cleaned

    def no_age_limit(self):
        """Does a reason of the chosen or new notification lift the age limit?"""
        notification = self.cleaned_data.get("notification")
        reasons = notification.reasons.all() if notification else self.cleaned_data["reasons"]
        return any(reason.no_age_limit for reason in reasons)

    def notification_date(self):
        notification = self.cleaned_data.get("notification")
        return notification.date_received if notification else self.cleaned_data["date_received"]


class MeetingStepForm(MeetingForm):
    """Step 3: the meeting itself."""


class ConfirmForm(forms.Form):
    """Step 4: the review page; posting it stores the meeting."""


class CodeEntryForm(forms.ModelForm):
    class Meta:
        model = CodeEntry
        fields = CODE_ENTRY_FIELDS

    def __init__(self, *args, code_list=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.code_list = code_list or self.instance.code_list
        if self.instance.pk:
            # Codes are stable: exports and old records refer to them.
            self.fields["code"].disabled = True
        if self.code_list != CodeList.REASON:
            del self.fields["no_age_limit"]

    def clean_code(self):
        code = self.cleaned_data["code"]
        clash = CodeEntry.objects.filter(code_list=self.code_list, code=code)
        if self.instance.pk:
            clash = clash.exclude(pk=self.instance.pk)
        if clash.exists():
            raise ValidationError(_("This code is already in the list."))
        return code

    def save(self, commit=True):
        self.instance.code_list = self.code_list
        return super().save(commit)
