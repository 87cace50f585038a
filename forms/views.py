"""Team views of the register: home, dashboard, lists, details, edit, delete, export, drafts,
and the code-list management of the national coordinator. Access: forms.access."""

import csv
import functools

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import IntegrityError, transaction
from django.db.models import Count, Exists, Max, OuterRef, Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from forms import stats
from forms.access import can_edit_team, can_manage_code_lists, readable_teams, team_for
from forms.entry import (
    CASE_FIELDS,
    MEETING_FIELDS,
    NOTIFICATION_FIELDS,
    find_duplicate,
    next_ordinal,
    renumber_meetings,
)
from forms.forms import CaseForm, CodeEntryForm, MeetingContext, MeetingForm, NotificationForm
from forms.locks import locked_years
from forms.models import (
    Case,
    CodeEntry,
    CodeList,
    Draft,
    Meeting,
    Notification,
    YearLocked,
)
from forms.records import write_records
from forms.rules import format_date
from portal import audit

PAGE_SIZE = 50


def signed_in(view):
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


def coordinator_view(view):
    @signed_in
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if not can_manage_code_lists(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def int_param(request, name, default=None):
    try:
        return int(request.GET.get(name, ""))
    except ValueError:
        return default


def page_of(request, queryset):
    return Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))


def reason_choices():
    return CodeEntry.objects.of(CodeList.REASON).order_by("sort_order")


# --- home, dashboard ------------------------------------------------------------------------


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
    year = int_param(request, "year", timezone.localdate().year)
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
            "years": range(timezone.localdate().year, timezone.localdate().year - 5, -1),
            "figures": stats.team_year_summary(team, year),
            "recent": recent,
            "can_edit": can_edit_team(request.user, team),
            "locked": year in locked_years(team),
        },
    )


# --- lists ----------------------------------------------------------------------------------

CASE_STATES = {
    "pending": gettext_lazy("Waiting for a first meeting"),
    "met": gettext_lazy("Met"),
}
MEETING_STATES = {"open": gettext_lazy("Can be changed"), "locked": gettext_lazy("Locked year")}


@team_view()
def case_list(request, team):
    year = int_param(request, "year")
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
            "years": range(timezone.localdate().year, timezone.localdate().year - 5, -1),
            "can_edit": can_edit_team(request.user, team),
        },
    )


@team_view()
def meeting_list(request, team):
    year = int_param(request, "year")
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
            "years": range(timezone.localdate().year, timezone.localdate().year - 5, -1),
            "locked_years": frozen,
            "can_edit": can_edit_team(request.user, team),
        },
    )


# --- details --------------------------------------------------------------------------------


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


def refuse_locked(request, obj):
    messages.error(request, YearLocked(locked_years(obj.team_id) & obj.affected_years()).args[0])
    return redirect(back_url(obj))


def back_url(obj):
    if isinstance(obj, Notification):
        return obj.case.get_absolute_url()
    return obj.get_absolute_url()


def save_with_audit(request, form, fields, before, after_save=None):
    """Save an edit form, audit the change; turn a refusal into a form error (or None)."""
    obj = form.instance
    try:
        with transaction.atomic():
            obj = form.save()
            if after_save:
                after_save(obj)
            changes = audit.diff(before, audit.snapshot(obj, fields))
            if changes:
                audit.record(request.user, "update", obj, changes)
    except YearLocked as refusal:
        form.add_error(None, refusal.args[0])
        return None
    except IntegrityError:
        duplicate = find_duplicate(obj.case, obj.date, exclude=obj)
        if duplicate is None:
            raise
        form.add_error(
            "date",
            format_html(
                '{} <a href="{}">{}</a>',
                _("The case already has a meeting on that date."),
                duplicate.get_absolute_url(),
                str(duplicate),
            ),
        )
        return None
    messages.success(request, _("The changes were saved."))
    return obj


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
    before = audit.snapshot(meeting, MEETING_FIELDS)
    form = MeetingForm(request.POST or None, instance=meeting, context=context)
    if request.method == "POST" and form.is_valid():
        duplicate = find_duplicate(meeting.case, form.cleaned_data["date"], exclude=meeting)
        if duplicate is not None:
            form.add_error(
                "date",
                format_html(
                    '{} <a href="{}">{}</a>',
                    _("The case already has a meeting on that date."),
                    duplicate.get_absolute_url(),
                    str(duplicate),
                ),
            )
        else:
            meeting.ordinal = next_ordinal(meeting.case, meeting.date, exclude=meeting)
            saved = save_with_audit(
                request,
                form,
                MEETING_FIELDS,
                before,
                after_save=lambda m: renumber_meetings(m.case),
            )
            if saved is not None:
                return redirect(saved.get_absolute_url())
    return render(
        request,
        "forms/edit.html",
        {
            "team": team,
            "form": form,
            "object": meeting,
            "title": _("Edit meeting %(meeting)s") % {"meeting": meeting},
            "cancel_url": meeting.get_absolute_url(),
        },
    )


@team_view(edit=True)
def notification_edit(request, team, pk):
    notification = get_notification(team, pk)
    if is_locked(notification):
        return refuse_locked(request, notification)
    before = audit.snapshot(notification, NOTIFICATION_FIELDS)
    form = NotificationForm(request.POST or None, instance=notification)
    if request.method == "POST" and form.is_valid():
        saved = save_with_audit(request, form, NOTIFICATION_FIELDS, before)
        if saved is not None:
            return redirect(saved.case.get_absolute_url())
    return render(
        request,
        "forms/edit.html",
        {
            "team": team,
            "form": form,
            "object": notification,
            "title": _("Edit notification of %(date)s")
            % {"date": format_date(notification.date_received)},
            "cancel_url": notification.case.get_absolute_url(),
        },
    )


@team_view(edit=True)
def case_edit(request, team, case_code):
    case = get_case(team, case_code)
    if is_locked(case):
        return refuse_locked(request, case)
    before = audit.snapshot(case, CASE_FIELDS)
    form = CaseForm(request.POST or None, instance=case, team=team)
    if request.method == "POST" and form.is_valid():
        saved = save_with_audit(request, form, CASE_FIELDS, before)
        if saved is not None:
            return redirect(saved.get_absolute_url())
    return render(
        request,
        "forms/edit.html",
        {
            "team": team,
            "form": form,
            "object": case,
            "title": _("Edit case %(case)s") % {"case": case.case_code},
            "cancel_url": case.get_absolute_url(),
        },
    )


# --- delete ---------------------------------------------------------------------------------


def confirm_delete(request, team, obj, fields, blocked_message, after_delete, done_url):
    if is_locked(obj):
        return refuse_locked(request, obj)
    if blocked_message:
        messages.error(request, blocked_message)
        return redirect(back_url(obj))
    if request.method == "POST":
        snapshot = audit.snapshot(obj, fields)
        label = str(obj)
        with transaction.atomic():
            audit.record(request.user, "delete", obj, {k: [v, None] for k, v in snapshot.items()})
            obj.delete()
            after_delete()
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
    case = meeting.case
    return confirm_delete(
        request,
        team,
        meeting,
        MEETING_FIELDS,
        None,
        lambda: renumber_meetings(case),
        case.get_absolute_url(),
    )


@team_view(edit=True)
def notification_delete(request, team, pk):
    notification = get_notification(team, pk)
    blocked = (
        _("Delete the meetings of the notification first.")
        if notification.meetings.exists()
        else None
    )
    return confirm_delete(
        request,
        team,
        notification,
        NOTIFICATION_FIELDS,
        blocked,
        lambda: None,
        notification.case.get_absolute_url(),
    )


@team_view(edit=True)
def case_delete(request, team, case_code):
    case = get_case(team, case_code)
    blocked = (
        _("Delete the notifications of the case first.") if case.notifications.exists() else None
    )
    return confirm_delete(
        request,
        team,
        case,
        CASE_FIELDS,
        blocked,
        lambda: None,
        reverse_team(team, "case_list"),
    )


def reverse_team(team, name):
    from django.urls import reverse

    return reverse(f"forms:{name}", kwargs={"team": team.code})


# --- export ---------------------------------------------------------------------------------


@team_view(edit=True)
def meeting_export(request, team):
    """The team's meetings of a year as CSV (codes, no identities); every export is audited."""
    year = int_param(request, "year", timezone.localdate().year)
    meetings = Meeting.objects.filter(team=team, date__year=year).order_by("date", "pk")
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{team.code}-{year}-meetings.csv"'
    count = write_records(csv.writer(response), meetings)
    audit.record(
        request.user,
        "export",
        f"{team.code} {year} meetings CSV",
        {"year": year, "rows": count},
        team=team,
    )
    return response


# --- drafts ---------------------------------------------------------------------------------


@signed_in
def drafts(request):
    items = Draft.objects.filter(user=request.user).select_related("team")
    return render(request, "forms/drafts.html", {"drafts": items})


@signed_in
@require_POST
def draft_discard(request, run):
    draft = Draft.objects.filter(user=request.user, run_id=run).first()
    if draft is None:
        raise Http404
    draft.delete()
    request.session.pop(f"wizard_register_entry_{run.hex}", None)
    messages.success(request, _("The draft was discarded."))
    return redirect("forms:drafts")


# --- code lists (national coordinator) ------------------------------------------------------


@coordinator_view
def code_lists(request):
    entries = CodeEntry.objects.order_by("code_list", "sort_order", "code")
    grouped = [
        (code_list, label, [e for e in entries if e.code_list == code_list])
        for code_list, label in CodeList.choices
    ]
    return render(request, "forms/code_lists.html", {"lists": grouped})


@coordinator_view
def code_add(request, code_list):
    if code_list not in CodeList.values:
        raise Http404
    form = CodeEntryForm(request.POST or None, code_list=code_list)
    if request.method == "POST" and form.is_valid():
        entry = form.save()
        audit.record(request.user, "create", entry, audit.snapshot(entry, CODE_FIELDS))
        messages.success(request, _("The entry was added."))
        return redirect("forms:code_lists")
    return render(
        request,
        "forms/edit.html",
        {
            "form": form,
            "title": _("Add an entry to %(list)s") % {"list": CodeList(code_list).label},
            "cancel_url": reverse_plain("forms:code_lists"),
        },
    )


CODE_FIELDS = ["code", "label_fi", "label_sv", "label_en", "sort_order", "is_active"]


@coordinator_view
def code_edit(request, pk):
    entry = get_object_or_404(CodeEntry, pk=pk)
    before = audit.snapshot(entry, CODE_FIELDS)
    form = CodeEntryForm(request.POST or None, instance=entry)
    if request.method == "POST" and form.is_valid():
        entry = form.save()
        changes = audit.diff(before, audit.snapshot(entry, CODE_FIELDS))
        if changes:
            audit.record(request.user, "update", entry, changes)
        messages.success(request, _("The changes were saved."))
        return redirect("forms:code_lists")
    return render(
        request,
        "forms/edit.html",
        {
            "form": form,
            "title": _("Edit entry %(code)s") % {"code": entry.code},
            "cancel_url": reverse_plain("forms:code_lists"),
        },
    )


def reverse_plain(name):
    from django.urls import reverse

    return reverse(name)
