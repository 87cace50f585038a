"""python manage.py import_handbook FILE --locale sv [--edition 2019] [--current]
python manage.py import_handbook FILE --locale sv --edition 2019 --update-section 4
    [--updated-on 1.3.2022] [--note "..."]"""

import datetime
from pathlib import Path

from django.core.exceptions import ObjectDoesNotExist
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale

from handbook.importer import import_handbook, parse, parse_update, update_section
from handbook.models import HandbookPage


def parse_date(text):
    """A date written d.m.yyyy (as the handbook does) or yyyy-mm-dd."""
    for pattern in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise CommandError(f"Not a date: {text!r}; write it as d.m.yyyy, e.g. 1.3.2022.")


class Command(BaseCommand):
    help = (
        "Import the plain text of the anchor work handbook as pages of one edition, or an "
        "updated chapter or section into an edition."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="UTF-8 text extracted from the handbook PDF")
        parser.add_argument("--locale", required=True, help="Language of the text: fi, sv, en")
        parser.add_argument("--edition", type=int, help="Edition year (default: from the text)")
        parser.add_argument(
            "--current",
            action="store_true",
            help="Make this edition the current one; every other edition becomes outdated.",
        )
        parser.add_argument(
            "--update-section",
            metavar="NUMBER",
            help="The file is the publisher's updated text of this chapter or section (e.g. 4).",
        )
        parser.add_argument(
            "--updated-on", help="Date of the update, d.m.yyyy (default: today)", default=None
        )
        parser.add_argument("--note", default="", help="What changed, listed on the edition")

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as error:
            raise CommandError(f"{path} is not UTF-8 text: {error}") from error
        self.stdout.write(f"Reading {path} ...")
        if options["update_section"]:
            self.import_update(text, options)
        else:
            self.import_edition(text, options)

    def import_update(self, text, options):
        if not options["edition"]:
            raise CommandError("Give the edition to update with --edition YEAR.")
        updated_on = (
            parse_date(options["updated_on"]) if options["updated_on"] else datetime.date.today()
        )
        edition = HandbookPage.objects.filter(
            locale__language_code=options["locale"], year=options["edition"]
        ).first()
        if edition is None:
            raise CommandError(f"No edition {options['edition']} in {options['locale']!r}.")
        try:
            report = update_section(
                edition,
                options["update_section"],
                parse_update(text),
                updated_on,
                note=options["note"],
            )
        except ValueError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Updated {len(report.updated)} pages of edition {edition.year}: "
                + ", ".join(page.number for page in report.updated)
            )
        )
        if report.missing:
            self.stdout.write(
                self.style.WARNING(
                    "Not in the update, left as they were: " + ", ".join(report.missing)
                )
            )

    def import_edition(self, text, options):
        parsed = parse(text)
        self.stdout.write(
            f"Found {len(parsed.front)} front parts, {len(parsed.chapters)} chapters, "
            f"{len(parsed.sections())} numbered sections, {len(parsed.tables())} tables, "
            f"{len(parsed.appendices)} appendices, {len(parsed.glossary)} glossary terms."
        )
        try:
            Locale.objects.get(language_code=options["locale"])
            report = import_handbook(
                parsed,
                options["locale"],
                year=options["edition"],
                progress=lambda message: self.stdout.write(f"   {message}"),
                current=options["current"],
            )
        except (ValueError, ObjectDoesNotExist) as error:
            raise CommandError(str(error)) from error
        edition = report.edition
        self.stdout.write(
            self.style.SUCCESS(
                f"Edition {edition.year} at {edition.url_path}, status {edition.status}: "
                f"{len(report.created)} pages created, {len(report.updated)} updated."
            )
        )
        for name, value in report.counts.items():
            self.stdout.write(f"   {name}: {value}")
        if report.unplaced:
            self.stdout.write(self.style.WARNING("Could not place:"))
            for text in report.unplaced:
                self.stdout.write(f"   - {text[:200]}")
        else:
            self.stdout.write("Everything in the file was placed.")
        if report.unrepaired:
            self.stdout.write(self.style.WARNING("Could not repair, please check:"))
            for text in report.unrepaired:
                self.stdout.write(f"   - {text[:200]}")
