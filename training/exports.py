"""The organiser's participant list of an event as CSV or Excel; every export is audited."""

import csv
import io

from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook

from portal import audit

EXPORT_FORMATS = ("csv", "xlsx")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

EXPORT_COLUMNS = [
    ("name", lambda r: r.name),
    ("email", lambda r: r.email),
    ("team", lambda r: r.team.name if r.team else ""),
    ("organisation", lambda r: r.organisation),
    ("language", lambda r: r.language),
    ("registered", lambda r: timezone.localtime(r.registered_at).strftime("%d.%m.%Y %H:%M")),
]


def export_headers():
    labels = {
        "name": _("Name"),
        "email": _("E-mail"),
        "team": _("Anchor team"),
        "organisation": _("Organisation"),
        "language": _("Language"),
        "registered": _("Registered"),
    }
    return [labels[key] for key, _getter in EXPORT_COLUMNS]


def safe_cell(value):
    """Spreadsheets run cells that start with =, +, - or @ as formulas; keep them text."""
    value = str(value)
    return f"'{value}" if value[:1] in ("=", "+", "-", "@") else value


def participants(event):
    return event.registrations().select_related("team").order_by("registered_at", "pk")


def export_participants(event, file_format, user):
    """(content, content type, file name) of the participant list, recorded in the audit
    trail: the file holds names and e-mail addresses."""
    if file_format not in EXPORT_FORMATS:
        raise ValueError(file_format)
    rows = [[safe_cell(getter(r)) for _key, getter in EXPORT_COLUMNS] for r in participants(event)]
    if file_format == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";")
        writer.writerow(export_headers())
        writer.writerows(rows)
        content = buffer.getvalue().encode("utf-8-sig")
        content_type = "text/csv; charset=utf-8"
    else:
        workbook = Workbook()
        sheet = workbook.active
        sheet.title = _("Participants")[:31]
        sheet.append(export_headers())
        for row in rows:
            sheet.append(row)
        buffer = io.BytesIO()
        workbook.save(buffer)
        content, content_type = buffer.getvalue(), XLSX_TYPE
    audit.record(
        user,
        "export",
        f"participants of event {event.pk} {file_format.upper()}",
        {"event": event.pk, "format": file_format, "rows": len(rows)},
    )
    filename = f"participants-{event.pk}.{file_format}"  # ASCII whatever the slug
    return content, content_type, filename
