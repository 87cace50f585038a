"""The search page, its JSON twin and title autocomplete: public, read-only, GET only."""

from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from portal.i18n import active_language
from search import engine


def _params(request):
    return (
        request.GET.get("q", ""),
        request.GET.get("facet", ""),
        request.GET.get("page", "1"),
    )


@require_GET
def search_page(request):
    query, facet, page = _params(request)
    outcome = engine.run_search(active_language(), query, facet, page, request=request)
    return render(request, "search/search.html", {"search": outcome})


@require_GET
def search_api(request):
    query, facet, page = _params(request)
    outcome = engine.run_search(active_language(), query, facet, page, request=request)
    return JsonResponse(outcome.as_json())


@require_GET
def autocomplete_api(request):
    language = active_language()
    suggestions = engine.autocomplete(language, request.GET.get("q", ""), request=request)
    return JsonResponse({"query": request.GET.get("q", "")[:200], "suggestions": suggestions})
