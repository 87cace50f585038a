"""A team's case and meeting lists with their filters."""

from django.db.models import Count, Exists, Max, OuterRef
from django.shortcuts import render
from django.utils.translation import gettext_lazy

from forms.access import can_edit_team
from forms.locks import locked_years
from forms.models import Case, CodeEntry, CodeList, Meeting, Notification
from forms.viewhelpers import page_of, recent_years, team_view, year_param

CASE_STATES = {
    "pending": gettext_lazy("Waiting for a first meeting"),
    "met": gettext_lazy("Met"),
}
MEETING_STATES = {"open": gettext_lazy("Can be changed"), "locked": gettext_lazy("Locked year")}


def reason_choices():
    return CodeEntry.objects.of(CodeList.REASON).order_by("sort_order")


@team_view()
def case_list(request, team):
    year = year_param(request)
    reason = request.GET.get("reason", "")
    state = request.GET.get("state", "")
    cases = Case.objects.filter(team=team)
    if year:
        cases = cases.filter(
            Exists(Notification.objects.filter(case=OuterRef("pk"), date_received__year=year))
            | Exists(Meeting.objects.filter(case=OuterRef("pk"), date__year=year))
        )
    if reason:
        cases = cases.filter(
            Exists(Notification.objects.filter(case=OuterRef("pk"), reasons__code=reason))
        )
    waiting = Exists(Notification.objects.filter(case=OuterRef("pk"), meetings__isnull=True))
    if state == "pending":
        cases = cases.filter(waiting)
    elif state == "met":
        cases = cases.exclude(waiting)
    cases = (
        cases.select_related("home_municipality", "team")
        .annotate(
            meeting_count=Count("meetings", distinct=True), last_meeting=Max("meetings__date")
        )
        .order_by("-year", "-sequence")
    )
    return render(
        request,
        "forms/case_list.html",
        {
            "team": team,
            "page": page_of(request, cases),
            "filters": {"year": year, "reason": reason, "state": state},
            "reasons": reason_choices(),
            "states": CASE_STATES,
            "years": recent_years(),
            "can_edit": can_edit_team(request.user, team),
        },
    )


@team_view()
def meeting_list(request, team):
    year = year_param(request)
    reason = request.GET.get("reason", "")
    state = request.GET.get("state", "")
    meetings = Meeting.objects.filter(team=team)
    if year:
        meetings = meetings.filter(date__year=year)
    if reason:
        meetings = meetings.filter(
            Exists(
                Notification.reasons.through.objects.filter(
                    notification_id=OuterRef("notification_id"), codeentry__code=reason
                )
            )
        )
    frozen = locked_years(team)
    if state == "locked":
        meetings = meetings.filter(date__year__in=frozen)
    elif state == "open":
        meetings = meetings.exclude(date__year__in=frozen)
    meetings = meetings.select_related(
        "case", "team", "assessment_way", "notification__referred_by"
    ).order_by("-date", "-pk")
    return render(
        request,
        "forms/meeting_list.html",
        {
            "team": team,
            "page": page_of(request, meetings),
            "filters": {"year": year, "reason": reason, "state": state},
            "reasons": reason_choices(),
            "states": MEETING_STATES,
            "years": recent_years(),
            "locked_years": frozen,
            "can_edit": can_edit_team(request.user, team),
        },
    )
