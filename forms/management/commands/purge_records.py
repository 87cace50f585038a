"""Delete case-level records older than the retention period (see forms/retention.py)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from forms import retention


class Command(BaseCommand):
    help = (
        "Delete the cases, notifications and meetings of locked team-years whose lock is older "
        "than RECORD_RETENTION_YEARS; the years' frozen figures stay. Audited."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only report what would be deleted."
        )

    def handle(self, *args, dry_run=False, **options):
        locks = list(retention.expired_locks())
        verb = "would delete" if dry_run else "deleted"
        self.stdout.write(
            f"Retention {settings.RECORD_RETENTION_YEARS} years: "
            f"{len(locks)} locked team-years past it."
        )
        totals = {"meetings": 0, "notifications": 0, "cases": 0}
        skipped = 0
        for number, lock in enumerate(locks, start=1):
            purge = retention.purge_team_year(lock, dry_run=dry_run)
            prefix = f"[{number}/{len(locks)}] {lock.team.code} {lock.year}:"
            if not purge.frozen:
                skipped += 1
                self.stdout.write(f"{prefix} kept, the year's figures are not frozen")
                continue
            for key, value in purge.counts.items():
                totals[key] += value
            self.stdout.write(
                f"{prefix} {verb} {purge.meetings} meetings, "
                f"{purge.notifications} notifications, {purge.cases} cases"
            )
            self.stdout.flush()
        summary = ", ".join(f"{value} {key}" for key, value in totals.items())
        self.stdout.write(
            self.style.SUCCESS(
                f"{'Dry run: ' if dry_run else ''}{verb} {summary}; "
                f"{skipped} team-years kept (figures not frozen)."
            )
        )
