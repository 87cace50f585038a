"""python manage.py import_handbook FILE --locale sv [--edition 2019]"""

from pathlib import Path

from django.core.exceptions import ObjectDoesNotExist
from django.core.management.base import BaseCommand, CommandError

from handbook.importer import import_handbook, parse


class Command(BaseCommand):
    help = "Import the plain text of the anchor work handbook as pages of one edition."

    def add_arguments(self, parser):
        parser.add_argument("file", help="UTF-8 text extracted from the handbook PDF")
        parser.add_argument("--locale", required=True, help="Language of the text: fi, sv, en")
        parser.add_argument("--edition", type=int, help="Edition year (default: from the text)")

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as error:
            raise CommandError(f"{path} is not UTF-8 text: {error}") from error
        self.stdout.write(f"Reading {path} ...")
        parsed = parse(text)
        self.stdout.write(
            f"Found {len(parsed.front)} front parts, {len(parsed.chapters)} chapters, "
            f"{len(parsed.sections())} numbered sections, {len(parsed.tables())} tables, "
            f"{len(parsed.appendices)} appendices, {len(parsed.glossary)} glossary terms."
        )
        try:
            report = import_handbook(
                parsed,
                options["locale"],
                year=options["edition"],
                progress=lambda message: self.stdout.write(f"   {message}"),
            )
        except (ValueError, ObjectDoesNotExist) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Edition {report.edition.year} at {report.edition.url_path}: "
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
