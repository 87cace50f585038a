"""View helpers of the register and its annual reports: sign-in, the team of the URL, the
national coordinator's views, paging and the messages several views show."""

import functools

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _

from forms.access import team_for
from portal.access import is_national_coordinator
from portal.params import int_param

PAGE_SIZE = 50


def signed_in(view):
    """Send a visitor who is not signed in to the sign-in page, then back."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapper


def team_view(edit=False):
    """Resolve the <team> of the URL for a reader (or an editor when edit=True)."""

    def decorator(view):
        @signed_in
        @functools.wraps(view)
        def wrapper(request, team, *args, **kwargs):
            team = team_for(request.user, team, edit=edit, path=request.get_full_path())
            return view(request, team, *args, **kwargs)

        return wrapper

    return decorator


def allowed_only(check):
    """A view for the users `check(user)` accepts: 403 for the others once signed in."""

    def decorator(view):
        @signed_in
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            if not check(request.user):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


# The national coordinator's views (national statistics, completeness, code lists).
coordinator_view = allowed_only(is_national_coordinator)


def recent_years(count=5):
    this_year = timezone.localdate().year
    return range(this_year, this_year - count, -1)


def year_param(request, default=None):
    """The year of the query string, within the years the register can hold."""
    return int_param(request, "year", default, min_value=1900, max_value=9999)


def page_of(request, queryset):
    return Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))


def duplicate_meeting_message(existing):
    """The refusal of a second meeting of a case on one date, with a link to the stored one."""
    return format_html(
        '{} <a href="{}">{}</a>',
        _("This meeting is already in the register: the case has a meeting on that date."),
        existing.get_absolute_url(),
        _("Open the stored meeting %(meeting)s") % {"meeting": existing},
    )
