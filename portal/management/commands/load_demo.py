"""Build the demo site in fi, sv and en. Safe to run again: every loader updates in place.

Each app that has demo content provides `<app>/demo.py` with `load(command)`; they run in
INSTALLED_APPS order, so the portal's site tree and teams exist before the apps that use them.
"""

from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.module_loading import module_has_submodule


def demo_modules():
    for app_config in apps.get_app_configs():
        if module_has_submodule(app_config.module, "demo"):
            yield app_config.label, import_module(f"{app_config.name}.demo")


def demo_refusal():
    """Why the demo must not load here (it creates accounts with known passwords), or None."""
    module = getattr(settings, "SETTINGS_MODULE", "") or ""
    if module.endswith(".production"):
        return "load_demo refuses to run with the production settings."
    if not settings.DEBUG and not getattr(settings, "ALLOWED_DEMO", False):
        return "load_demo runs only with DEBUG on or ALLOWED_DEMO=true (demo passwords are public)."
    return None


class Command(BaseCommand):
    help = "Load the demo content and demo accounts (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--only", nargs="*", help="Run only these apps' loaders (by app label)."
        )

    def handle(self, *args, **options):
        refusal = demo_refusal()
        if refusal:
            raise CommandError(refusal)
        only = set(options.get("only") or [])
        self.demo_accounts = []
        for label, module in demo_modules():
            if only and label not in only:
                continue
            self.stdout.write(f"== {label}")
            with transaction.atomic():
                module.load(self)
        if self.demo_accounts:
            self.stdout.write("\nDemo sign-ins (username / password — role):")
            for username, password, role in self.demo_accounts:
                self.stdout.write(f"  {username} / {password} — {role}")

    def progress(self, message):
        """One line per step, so long loads show where they are."""
        self.stdout.write(f"   {message}")
        self.stdout.flush()

    def add_account(self, username, password, role):
        self.demo_accounts.append((username, password, role))
