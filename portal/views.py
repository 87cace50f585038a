"""Public views of the portal that are not Wagtail pages: team directory, sign-in, errors."""

from django.contrib.auth import views as auth_views
from django.shortcuts import get_object_or_404, render

from portal.models import Team


def team_list(request):
    teams = Team.objects.filter(is_active=True).order_by("name_fi")
    return render(request, "portal/team_list.html", {"teams": teams})


def team_detail(request, slug):
    team = get_object_or_404(Team, slug=slug, is_active=True)
    return render(request, "portal/team_detail.html", {"team": team})


class LoginView(auth_views.LoginView):
    template_name = "portal/login.html"
    redirect_authenticated_user = True


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    return render(request, "500.html", status=500)
