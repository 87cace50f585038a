"""Fragment ids of the handbook's parts, shared by the page models and the outline.

One place for them, so a page's own heading and every link to it (contents, breadcrumbs,
the whole handbook on one page) agree. Depends on nothing else in the app.
"""

from django.utils.text import slugify

GLOSSARY_ANCHOR = "glossary"


def section_anchor(number):
    """The stable fragment id of a numbered section: 2.3.6 -> section-2-3-6."""
    return "section-" + number.replace(".", "-") if number else ""


def appendix_anchor(number):
    return f"appendix-{number}"


def term_anchor(term):
    return "term-" + slugify(term)
