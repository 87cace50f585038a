"""Views outside the page tree: the whole handbook on one page and as PDF, team leaflets."""

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils.text import slugify
from wagtail.models import Locale

from handbook import pdf
from handbook.models import AppendixPage, HandbookPage, HandbookSectionPage, LeafletPage
from portal.models import Team


def _whole_context(request, pk):
    edition = get_object_or_404(HandbookPage.objects.live(), pk=pk)
    entries, top = edition.get_outline(request)
    bodies = {}
    for model in (HandbookSectionPage, AppendixPage):
        for page in model.objects.descendant_of(edition).live().only("body"):
            bodies[page.pk] = page.body
    glossary = edition.glossary_terms(entries)
    for entry in entries:
        entry.body = bodies.get(entry.pk)
        entry.heading_level = min(entry.depth - edition.depth + 1, 6)
    return {
        "edition": edition,
        "page": None,
        "entries": entries,
        "outline": top,
        "glossary": glossary,
        "glossary_entries": glossary,
    }


def whole_handbook(request, pk):
    context = _whole_context(request, pk)
    return render(request, "handbook/whole.html", context)


def whole_handbook_pdf(request, pk):
    context = _whole_context(request, pk)
    html = render_to_string("handbook/whole_pdf.html", context, request=request)
    edition = context["edition"]
    filename = f"{slugify(edition.title)}-{edition.year}.pdf"
    return pdf.response(html, filename, stylesheets=[pdf.WHOLE_HANDBOOK_CSS])


def _leaflet_for_team(team_slug):
    team = get_object_or_404(Team, slug=team_slug, is_active=True)
    leaflet = LeafletPage.objects.live().filter(locale=Locale.get_active()).first()
    if leaflet is None:
        raise Http404("No leaflet in this language")
    return team, leaflet


def team_leaflet(request, team_slug):
    team, leaflet = _leaflet_for_team(team_slug)
    context = {
        "team": team,
        "leaflet": leaflet,
        "municipalities": list(team.municipalities.all()),
    }
    return render(request, "handbook/leaflet_team.html", context)


def team_leaflet_pdf(request, team_slug):
    team, leaflet = _leaflet_for_team(team_slug)
    context = {
        "team": team,
        "leaflet": leaflet,
        "municipalities": list(team.municipalities.all()),
    }
    html = render_to_string("handbook/leaflet_pdf.html", context, request=request)
    filename = f"{slugify(leaflet.title)}-{team.slug}.pdf"
    return pdf.response(html, filename, stylesheets=[pdf.LEAFLET_CSS])
