"""Two-factor enrolment and verification: TOTP devices and one-time recovery codes."""

import base64

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.urls import reverse
from django.utils.http import urlencode
from django_otp import match_token
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.security.roles import is_register_role

TOTP_DEVICE_NAME = "authenticator"
RECOVERY_DEVICE_NAME = "recovery codes"


def required_for(user):
    return bool(settings.REQUIRE_TWO_FACTOR) and is_register_role(user)


def has_device(user):
    """A confirmed authenticator app (recovery codes alone do not count as enrolled)."""
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def next_step_url(user, next_url=""):
    """Where a signed-in register role goes before the register: set-up or code prompt."""
    name = "portal:two_factor_verify" if has_device(user) else "portal:two_factor_setup"
    url = reverse(name)
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url


def pending_device(user):
    """The user's unconfirmed authenticator, created on first set-up (one per user)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=TOTP_DEVICE_NAME, confirmed=False)
    return device


def secret_text(device):
    """The secret in base32, grouped by four, for typing into an app by hand."""
    secret = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_svg(device):
    """The otpauth:// link of the device as an inline SVG QR code."""
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage, box_size=12)
    return image.to_string(encoding="unicode")


def confirm(device, token):
    """Confirm the authenticator with a code from it; returns fresh recovery codes or None."""
    if not device.verify_token(normalise(token)):
        return None
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=device.user, confirmed=False).delete()
    return new_recovery_codes(device.user)


def new_recovery_codes(user):
    """Replace the user's recovery codes with TWO_FACTOR_RECOVERY_CODES new single-use ones."""
    recovery, _ = StaticDevice.objects.get_or_create(user=user, name=RECOVERY_DEVICE_NAME)
    recovery.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(settings.TWO_FACTOR_RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=recovery, token=code) for code in codes)
    return codes


def verify(user, token):
    """The device that accepts the code (an authenticator code or an unused recovery code)."""
    return match_token(user, normalise(token))


def normalise(token):
    return "".join((token or "").split())
