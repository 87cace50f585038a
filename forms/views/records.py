"""A team's records: detail, edit and delete of cases, notifications and meetings, and the
team's CSV export. The changes themselves (and their audit entries) are forms.edits."""

import csv

from django.contrib import messages
from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from forms import edits
from forms.access import can_edit_team
from forms.entry import DuplicateMeeting
from forms.forms import CaseForm, MeetingContext, MeetingForm, NotificationForm
from forms.locks import locked_years
from forms.models import Case, Meeting, Notification, YearLocked
from forms.records import export_team_year
from forms.rules import format_date
from forms.viewhelpers import duplicate_meeting_message, team_view, year_param


def get_case(team, case_code):
    return get_object_or_404(
        Case.objects.select_related("team", "home_municipality"), team=team, case_code=case_code
    )


def get_meeting(team, pk):
    return get_object_or_404(
        Meeting.objects.select_related(
            "case", "team", "assessment_way", "notification__referred_by", "created_by"
        ),
        team=team,
        pk=pk,
    )


def get_notification(team, pk):
    return get_object_or_404(
        Notification.objects.select_related("case", "team", "referred_by"), team=team, pk=pk
    )


def is_locked(obj):
    frozen = locked_years(obj.team_id)
    return bool(frozen & set(obj.affected_years()))


def back_url(obj):
    if isinstance(obj, Notification):
        return obj.case.get_absolute_url()
    return obj.get_absolute_url()


def refuse_locked(request, obj):
    messages.error(request, YearLocked(locked_years(obj.team_id) & obj.affected_years()).args[0])
    return redirect(back_url(obj))


# --- details --------------------------------------------------------------------------------


@team_view()
def case_detail(request, team, case_code):
    case = get_case(team, case_code)
    notifications = case.notifications.select_related("referred_by").prefetch_related(
        "reasons",
        "offence_types",
        Prefetch(
            "meetings",
            queryset=Meeting.objects.select_related("assessment_way").order_by("date"),
        ),
    )
    return render(
        request,
        "forms/case_detail.html",
        {
            "team": team,
            "case": case,
            "notifications": notifications,
            "locked_years": locked_years(team),
            "can_edit": can_edit_team(request.user, team),
        },
    )


@team_view()
def meeting_detail(request, team, pk):
    meeting = get_meeting(team, pk)
    return render(
        request,
        "forms/meeting_detail.html",
        {
            "team": team,
            "meeting": meeting,
            "notification": meeting.notification,
            "locked": is_locked(meeting),
            "can_edit": can_edit_team(request.user, team),
        },
    )


# --- edit -----------------------------------------------------------------------------------


def save_edit(request, form, save):
    """Run the edit service; a refusal becomes a form error and None is returned."""
    try:
        saved = save(request.user, form)
    except YearLocked as refusal:
        form.add_error(None, refusal.args[0])
        return None
    except DuplicateMeeting as refusal:
        form.add_error("date", duplicate_meeting_message(refusal.existing))
        return None
    messages.success(request, _("The changes were saved."))
    return saved


def render_edit(request, team, form, obj, title):
    return render(
        request,
        "forms/edit.html",
        {
            "team": team,
            "form": form,
            "object": obj,
            "title": title,
            "cancel_url": back_url(obj),
        },
    )


@team_view(edit=True)
def meeting_edit(request, team, pk):
    meeting = get_meeting(team, pk)
    if is_locked(meeting):
        return refuse_locked(request, meeting)
    notification = meeting.notification
    context = MeetingContext(
        birth_year=meeting.case.birth_year,
        notification_date=notification.date_received,
        no_age_limit=any(r.no_age_limit for r in notification.reasons.all()),
    )
    form = MeetingForm(request.POST or None, instance=meeting, context=context)
    if request.method == "POST" and form.is_valid():
        saved = save_edit(request, form, edits.update_meeting)
        if saved is not None:
            return redirect(saved.get_absolute_url())
    title = _("Edit meeting %(meeting)s") % {"meeting": meeting}
    return render_edit(request, team, form, meeting, title)


@team_view(edit=True)
def notification_edit(request, team, pk):
    notification = get_notification(team, pk)
    if is_locked(notification):
        return refuse_locked(request, notification)
    form = NotificationForm(request.POST or None, instance=notification)
    if request.method == "POST" and form.is_valid():
        saved = save_edit(request, form, edits.update_notification)
        if saved is not None:
            return redirect(saved.case.get_absolute_url())
    title = _("Edit notification of %(date)s") % {"date": format_date(notification.date_received)}
    return render_edit(request, team, form, notification, title)


@team_view(edit=True)
def case_edit(request, team, case_code):
    case = get_case(team, case_code)
    if is_locked(case):
        return refuse_locked(request, case)
    form = CaseForm(request.POST or None, instance=case, team=team)
    if request.method == "POST" and form.is_valid():
        saved = save_edit(request, form, edits.update_case)
        if saved is not None:
            return redirect(saved.get_absolute_url())
    title = _("Edit case %(case)s") % {"case": case.case_code}
    return render_edit(request, team, form, case, title)


# --- delete ---------------------------------------------------------------------------------


def confirm_delete(request, team, obj, delete, blocked_message, done_url):
    if is_locked(obj):
        return refuse_locked(request, obj)
    if edits.has_dependents(obj):
        messages.error(request, blocked_message)
        return redirect(back_url(obj))
    if request.method == "POST":
        label = str(obj)
        delete(request.user, obj)
        messages.success(request, _("%(record)s was deleted.") % {"record": label})
        return redirect(done_url)
    return render(
        request,
        "forms/confirm_delete.html",
        {"team": team, "object": obj, "cancel_url": back_url(obj)},
    )


@team_view(edit=True)
def meeting_delete(request, team, pk):
    meeting = get_meeting(team, pk)
    return confirm_delete(
        request, team, meeting, edits.delete_meeting, None, meeting.case.get_absolute_url()
    )


@team_view(edit=True)
def notification_delete(request, team, pk):
    notification = get_notification(team, pk)
    return confirm_delete(
        request,
        team,
        notification,
        edits.delete_notification,
        _("Delete the meetings of the notification first."),
        notification.case.get_absolute_url(),
    )


@team_view(edit=True)
def case_delete(request, team, case_code):
    case = get_case(team, case_code)
    return confirm_delete(
        request,
        team,
        case,
        edits.delete_case,
        _("Delete the notifications of the case first."),
        reverse("forms:case_list", kwargs={"team": team.code}),
    )


# --- export ---------------------------------------------------------------------------------


@team_view(edit=True)
def meeting_export(request, team):
    """The team's meetings of a year as CSV (codes, no identities); every export is audited."""
    year = year_param(request, timezone.localdate().year)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{team.code}-{year}-meetings.csv"'
    export_team_year(request.user, team, year, csv.writer(response))
    return response
