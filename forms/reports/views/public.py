"""The public yearly page of the national statistics."""

from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone

from forms.models import Meeting
from forms.reports import exports
from forms.reports.aggregates import trend
from forms.reports.disclosure import LEGEND_PRIMARY, LEGEND_SECONDARY
from forms.reports.presentation import region_age_table, section3
from forms.reports.views.common import FIRST_YEAR


def public(request, year=None):
    """National figures of a year for everyone, protected against small counts."""
    this_year = timezone.localdate().year
    if year is None:
        return redirect("reports:public_year", year=this_year - 1)
    if not FIRST_YEAR <= year < this_year:
        raise Http404
    figures = section3(year, skip={"ages"})
    return render(
        request,
        "reports/public.html",
        {
            "year": year,
            # Only years with statistics: one query over the meeting dates.
            "years": [
                day.year
                for day in Meeting.objects.filter(
                    date__year__gte=FIRST_YEAR, date__year__lt=this_year
                ).dates("date", "year", order="DESC")
            ],
            "figures": figures,
            "region_age": region_age_table(year),
            "trend": exports.protect_trend(trend(list(range(year - 4, year + 1)))),
            "legend": [LEGEND_PRIMARY, LEGEND_SECONDARY],
        },
    )
