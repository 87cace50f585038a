"""PDF rendering with WeasyPrint. The print CSS lives in static files
(handbook/static/handbook/css/*-pdf.css); they are read from disk, never fetched over HTTP."""

from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import HttpResponse
from weasyprint import CSS, HTML

WHOLE_HANDBOOK_CSS = "handbook/css/whole-pdf.css"
LEAFLET_CSS = "handbook/css/leaflet-pdf.css"


def stylesheet_path(name):
    """The file of a static stylesheet: where the static file finders find it (the app's
    static folder, in development, tests and an installed package), else in STATIC_ROOT."""
    return finders.find(name) or staticfiles_storage.path(name)


def render_pdf(html, stylesheets=()):
    css = [CSS(filename=stylesheet_path(name)) for name in stylesheets]
    return HTML(string=html).write_pdf(stylesheets=css)


def response(html, filename, stylesheets=(), inline=False):
    resp = HttpResponse(render_pdf(html, stylesheets), content_type="application/pdf")
    disposition = "inline" if inline else "attachment"
    resp["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return resp
