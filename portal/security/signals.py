"""At sign-in: remember whether the user is a register role and start the idle clock."""

import time

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from portal.security.roles import SESSION_KEY, is_register_role

LAST_SEEN_KEY = "register_last_seen"


@receiver(user_logged_in, dispatch_uid="portal.security.start_register_session")
def start_register_session(sender, request, user, **kwargs):
    if request is None or not hasattr(request, "session"):
        return
    register_role = is_register_role(user)
    request.session[SESSION_KEY] = register_role
    if register_role:
        request.session[LAST_SEEN_KEY] = int(time.time())
        request.session.set_expiry(0)
