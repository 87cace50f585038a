"""The register's home page and a team's dashboard."""

from django.shortcuts import render
from django.utils import timezone

from forms import stats
from forms.access import can_edit_team, can_manage_code_lists, readable_teams
from forms.locks import locked_years
from forms.models import Draft, Meeting
from forms.viewhelpers import recent_years, signed_in, team_view, year_param


@signed_in
def home(request):
    teams = readable_teams(request.user).order_by("name_fi")
    drafts = Draft.objects.filter(user=request.user).count()
    return render(
        request,
        "forms/home.html",
        {"teams": teams, "drafts": drafts, "can_manage_codes": can_manage_code_lists(request.user)},
    )


@team_view()
def dashboard(request, team):
    year = year_param(request, timezone.localdate().year)
    recent = (
        Meeting.objects.filter(team=team)
        .select_related("case", "team", "assessment_way", "notification__referred_by")
        .order_by("-date", "-pk")[:10]
    )
    return render(
        request,
        "forms/dashboard.html",
        {
            "team": team,
            "year": year,
            "years": recent_years(),
            "figures": stats.team_year_summary(team, year),
            "recent": recent,
            "can_edit": can_edit_team(request.user, team),
            "locked": year in locked_years(team),
        },
    )
