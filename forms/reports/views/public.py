"""The public yearly page of the national statistics."""

import functools

from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language

from forms.models import Meeting
from forms.reports import exports
from forms.reports.aggregates import trend
from forms.reports.disclosure import LEGEND_PRIMARY, LEGEND_SECONDARY
from forms.reports.presentation import region_age_table, section3
from forms.reports.views.common import FIRST_YEAR
from forms.stats import STATISTICS_VERSION
from portal.cache import cached_value


def public(request, year=None):
    """National figures of a year for everyone, protected against small counts."""
    this_year = timezone.localdate().year
    if year is None:
        return redirect("reports:public_year", year=this_year - 1)
    if not FIRST_YEAR <= year < this_year:
        raise Http404
    # Computed once per change of the register (and per language, for the code labels).
    published = cached_value(
        STATISTICS_VERSION,
        f"public-statistics:{year}:{this_year}:{get_language()}",
        functools.partial(public_figures, year, this_year),
        request=request,
    )
    return render(
        request,
        "reports/public.html",
        {"year": year, **published, "legend": [LEGEND_PRIMARY, LEGEND_SECONDARY]},
    )


def public_figures(year, this_year):
    """Everything the public page of `year` shows, as plain data (it is cached)."""
    return {
        # Only years with statistics: one query over the meeting dates.
        "years": [
            day.year
            for day in Meeting.objects.filter(
                date__year__gte=FIRST_YEAR, date__year__lt=this_year
            ).dates("date", "year", order="DESC")
        ],
        "figures": section3(year, skip={"ages"}),
        "region_age": region_age_table(year),
        "trend": exports.protect_trend(trend(list(range(year - 4, year + 1)))),
    }
