"""Event registration rules and the registration itself (stored, then confirmed by e-mail).

Below the models: the event page uses these rules, and `register` works through the page's
own methods (`registrations`, `registration_state`, `add_registration`).
"""

import enum
import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.models import Page

from portal import audit

logger = logging.getLogger(__name__)


class RegistrationState(enum.StrEnum):
    OPEN = "open"
    FULL = "full"
    CLOSED = "closed"  # the deadline has passed


def registration_state(now, deadline, capacity, registered):
    if deadline and now > deadline:
        return RegistrationState.CLOSED
    if registered >= capacity:
        return RegistrationState.FULL
    return RegistrationState.OPEN


class RegistrationRefused(Exception):
    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason  # a RegistrationState, or "duplicate"


DUPLICATE = "duplicate"


def normalise_email(email):
    return (email or "").strip().lower()


REGISTRATION_FIELDS = ["name", "email", "team", "organisation", "language"]


def register(event, *, name, email, team, organisation, language, now, user=None):
    """Store a registration and send the confirmation in the participant's language.

    Returns (registration, whether the confirmation was sent). `user` is who registered,
    if signed in; the registration is audited either way.

    The event row is locked while places are counted, so two people cannot take the
    last place at once (PostgreSQL; SQLite serialises writes anyway).
    """
    email = normalise_email(email)
    try:
        with transaction.atomic():
            list(
                Page.objects.select_for_update()
                .filter(translation_key=event.translation_key)
                .values_list("pk", flat=True)
            )
            registrations = event.registrations()
            if registrations.filter(email=email).exists():
                raise RegistrationRefused(DUPLICATE)
            state = event.registration_state(now=now, registered=registrations.count())
            if state != RegistrationState.OPEN:
                raise RegistrationRefused(state)
            registration = event.add_registration(
                name=name.strip(),
                email=email,
                team=team,
                organisation=organisation.strip(),
                language=language,
            )
            audit.record(
                user,
                "create",
                registration,
                {
                    field: [None, value]
                    for field, value in audit.snapshot(registration, REGISTRATION_FIELDS).items()
                },
            )
    except IntegrityError as error:  # a double submit racing the check above
        raise RegistrationRefused(DUPLICATE) from error
    try:
        send_confirmation(event, registration)
    except Exception:  # the place is kept; the page tells the participant no mail was sent
        logger.exception("Could not send the registration confirmation %s", registration.pk)
        return registration, False
    return registration, True


def send_confirmation(event, registration):
    with translation.override(registration.language):
        context = {"event": event, "registration": registration}
        subject = render_to_string("training/email/registration_subject.txt", context)
        body = render_to_string("training/email/registration_confirmation.txt", context)
    send_mail(
        " ".join(subject.split()),
        body,
        settings.DEFAULT_FROM_EMAIL,
        [registration.email],
        fail_silently=False,
    )
