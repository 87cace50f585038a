"""PDF rendering with WeasyPrint: our templates carry their own print CSS, so no fetching."""

from django.http import HttpResponse
from weasyprint import HTML


def render_pdf(html):
    return HTML(string=html).write_pdf()


def response(html, filename, inline=False):
    resp = HttpResponse(render_pdf(html), content_type="application/pdf")
    disposition = "inline" if inline else "attachment"
    resp["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return resp
