"""Public views of the portal that are not Wagtail pages: team and partner directories,
sign-in, errors. Each renders with a fixed number of queries, whatever the amount of data."""

from django.contrib.auth import views as auth_views
from django.http import Http404, HttpResponseServerError
from django.shortcuts import get_object_or_404, render
from django.template import loader
from django.utils.translation import gettext as _

from portal.cache import do_not_cache
from portal.directory import filter_partners, find_municipality, teams_for_municipality
from portal.forms import FindTeamForm, PartnerFilterForm
from portal.i18n import active_language
from portal.models import Municipality, Partner, Team


def active_municipalities():
    """Every current municipality, sorted by its name in the reader's language."""
    order = "name_sv" if active_language() == "sv" else "name_fi"
    return list(Municipality.objects.filter(is_active=True).order_by(order))


def team_list(request):
    teams = (
        Team.objects.filter(is_active=True).prefetch_related("municipalities").order_by("name_fi")
    )
    return render(
        request,
        "portal/team_list.html",
        {
            "teams": teams,
            "form": FindTeamForm(),
            "municipalities": active_municipalities(),
        },
    )


def find_team(request):
    """“Find the anchor team for my municipality”: by the name (fi or sv) or code."""
    municipalities = active_municipalities()
    form = FindTeamForm(request.GET or None)
    municipality = None
    teams = []
    if form.is_bound and form.is_valid():
        municipality = find_municipality(form.cleaned_data["municipality"], municipalities)
        if municipality is None:
            form.add_error(
                "municipality",
                _(
                    "We did not find a municipality called “%(name)s”. Check the spelling "
                    "or choose a name from the list."
                )
                % {"name": form.cleaned_data["municipality"]},
            )
        else:
            teams = teams_for_municipality(municipality)
    response = render(
        request,
        "portal/find_team.html",
        {
            "form": form,
            "municipality": municipality,
            "teams": teams,
            "municipalities": municipalities,
        },
    )
    return do_not_cache(response) if form.errors else response


def team_detail(request, slug):
    team = get_object_or_404(
        Team.objects.prefetch_related("municipalities"), slug=slug, is_active=True
    )
    return render(request, "portal/team_detail.html", {"team": team})


def partner_list(request):
    form = PartnerFilterForm(request.GET or None)
    partners = (
        Partner.objects.filter(locale__language_code=active_language())
        .prefetch_related("regions")
        .order_by("name")
    )
    if form.is_bound and form.is_valid():
        partners = filter_partners(
            partners, form.cleaned_data.get("sector"), form.cleaned_data.get("region")
        )
    response = render(request, "portal/partner_list.html", {"form": form, "partners": partners})
    return do_not_cache(response) if form.errors else response


def partner_detail(request, slug):
    partner = (
        Partner.objects.filter(slug=slug, locale__language_code=active_language())
        .prefetch_related("regions")
        .first()
    )
    if partner is None:
        raise Http404
    return render(request, "portal/partner_detail.html", {"partner": partner})


class LoginView(auth_views.LoginView):
    template_name = "portal/login.html"
    redirect_authenticated_user = True

    def get_success_url(self):
        # Register roles pass the second factor (or enrol) before going on.
        from portal.security import two_factor

        url = super().get_success_url()
        user = self.request.user
        verified = getattr(user, "is_verified", lambda: False)()
        if two_factor.required_for(user) and not verified:
            return two_factor.next_step_url(user, url)
        return url


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # No request context: the database or a context processor may be what failed.
    return HttpResponseServerError(loader.get_template("500.html").render())
