"""Rebuild the search index of the configured backend, with progress lines."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Rebuild the portal search index: Wagtail's update_index for the database backend, "
        "and also the per-language Elasticsearch content indexes when SEARCH_BACKEND=elasticsearch."
    )

    def handle(self, *args, **options):
        self.stdout.write("Wagtail search index (update_index):")
        call_command("update_index", stdout=self.stdout, stderr=self.stderr)
        if getattr(settings, "SEARCH_BACKEND", "database") == "elasticsearch":
            from search import elastic

            self.stdout.write("Elasticsearch content indexes:")
            elastic.rebuild(lambda message: self.stdout.write(f"  {message}", ending="\n"))
        self.stdout.write(self.style.SUCCESS("Search index is up to date."))
