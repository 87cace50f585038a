"""The event page's own request handling: it shows the event and takes registrations (POST,
then redirect). `EventPage.serve` calls `serve_event_page`; this module sits below the models,
so the page never imports the app's views."""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from portal.models import Team
from training.access import can_organise_training
from training.registration import DUPLICATE, RegistrationRefused, RegistrationState, register


class RegistrationForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Name"), max_length=150)
    email = forms.EmailField(
        label=gettext_lazy("E-mail"),
        help_text=gettext_lazy("The confirmation is sent to this address."),
        max_length=254,
    )
    team = forms.ModelChoiceField(
        label=gettext_lazy("Anchor team"),
        queryset=Team.objects.filter(is_active=True),
        required=False,
        empty_label=gettext_lazy("Not in an anchor team"),
    )
    organisation = forms.CharField(
        label=gettext_lazy("Organisation"),
        max_length=200,
        required=False,
        help_text=gettext_lazy("For example your employer, if you are not in an anchor team."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"


def serve_event_page(event, request, *args, **kwargs):
    registered = event.registrations().count()
    state = event.registration_state(registered=registered)
    form = RegistrationForm(request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                _registration, mailed = register(
                    event,
                    name=data["name"],
                    email=data["email"],
                    team=data["team"],
                    organisation=data["organisation"],
                    language=get_language(),
                    now=timezone.now(),
                    user=request.user,
                )
            except RegistrationRefused as refusal:
                if refusal.reason == DUPLICATE:
                    form.add_error(
                        "email", _("This e-mail address is already registered for the event.")
                    )
                else:
                    state = refusal.reason
            else:
                if mailed:
                    messages.success(
                        request,
                        _("You are registered. A confirmation was sent to %(email)s.")
                        % {"email": data["email"]},
                    )
                else:
                    messages.warning(
                        request,
                        _(
                            "You are registered, but the confirmation e-mail could not be sent. "
                            "Please contact the organiser if you need it."
                        ),
                    )
                return redirect(event.get_url(request=request))
    context = event.get_context(request, *args, **kwargs)
    context.update(
        {
            "form": form,
            "registration_full": state == RegistrationState.FULL,
            "registration_closed": state == RegistrationState.CLOSED,
            "places_left": event.places_left(registered),
            "can_organise": can_organise_training(request.user),
        }
    )
    status = 200 if not form.errors else 400
    return TemplateResponse(request, event.get_template(request), context, status=status)
