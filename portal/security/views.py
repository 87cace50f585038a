"""Two-factor set-up and code prompt, password change and reset, the privacy notice."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice

from portal.security import two_factor
from portal.security.forms import TokenForm

RECOVERY_CODES_SESSION_KEY = "two_factor_new_recovery_codes"


def safe_next(request, default="forms:home"):
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if next_url and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return next_url
    return reverse(default)


@login_required
def setup(request):
    """Enrol an authenticator app: QR code and secret, then one code to confirm it."""
    if two_factor.has_device(request.user):
        return redirect(two_factor.next_step_url(request.user, request.GET.get("next", "")))
    device = two_factor.pending_device(request.user)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        codes = two_factor.confirm(device, form.cleaned_data["token"])
        if codes is None:
            form.add_error("token", _("The code did not match. Check the time on your phone."))
        else:
            otp_login(request, device)
            request.session[RECOVERY_CODES_SESSION_KEY] = codes
            url = reverse("portal:two_factor_recovery_codes")
            return redirect(f"{url}?{urlencode({'next': safe_next(request)})}")
    return render(
        request,
        "portal/account/two_factor_setup.html",
        {
            "form": form,
            "qr_svg": two_factor.qr_svg(device),
            "secret": two_factor.secret_text(device),
            "next": safe_next(request),
        },
    )


@login_required
def recovery_codes(request):
    """The new recovery codes, shown once right after set-up."""
    codes = request.session.pop(RECOVERY_CODES_SESSION_KEY, None)
    if not codes:
        return redirect(safe_next(request))
    return render(
        request,
        "portal/account/two_factor_recovery_codes.html",
        {"codes": codes, "next": safe_next(request)},
    )


@login_required
def verify(request):
    """Ask for a code from the authenticator app (or a recovery code)."""
    if not two_factor.has_device(request.user):
        return redirect(two_factor.next_step_url(request.user, request.GET.get("next", "")))
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = two_factor.verify(request.user, form.cleaned_data["token"])
        if device is None:
            form.add_error("token", _("The code did not match or was already used."))
        else:
            otp_login(request, device)
            if isinstance(device, StaticDevice):
                left = device.token_set.count()
                messages.warning(
                    request,
                    _("You signed in with a recovery code; %(left)d codes are left.")
                    % {"left": left},
                )
            return redirect(safe_next(request))
    return render(
        request,
        "portal/account/two_factor_verify.html",
        {"form": form, "next": safe_next(request)},
    )


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "portal/account/password_change.html"
    success_url = reverse_lazy("portal:password_change_done")


class PasswordChangeDoneView(auth_views.PasswordChangeDoneView):
    template_name = "portal/account/password_change_done.html"


class PasswordResetView(auth_views.PasswordResetView):
    """The e-mail goes out in the language of the page the request was made on."""

    template_name = "portal/account/password_reset.html"
    email_template_name = "portal/account/password_reset_email.txt"
    subject_template_name = "portal/account/password_reset_subject.txt"
    success_url = reverse_lazy("portal:password_reset_done")


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "portal/account/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "portal/account/password_reset_confirm.html"
    success_url = reverse_lazy("portal:password_reset_complete")


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "portal/account/password_reset_complete.html"


def privacy(request):
    """Privacy notice and register description (GDPR articles 13 and 30)."""
    return render(
        request,
        "portal/privacy.html",
        {"retention_years": settings.RECORD_RETENTION_YEARS},
    )
