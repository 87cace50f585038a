"""Views of training and onboarding. Every view checks access with portal.access."""

import csv
import io
import logging

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from openpyxl import Workbook

from portal.access import (
    can_edit_onboarding_plan,
    can_lead_team,
    can_organise_training,
    can_tick_onboarding_item,
    can_view_onboarding_plan,
    member_teams,
)
from portal.codes import TeamRole
from portal.models import Team
from training.forms import PlanForm, PlanItemFormSet, RegistrationForm
from training.models import (
    CoursePage,
    EventPage,
    LessonCompletion,
    OnboardingPlan,
    OnboardingPlanItem,
)
from training.onboarding import create_plan, progress_of, topics_of
from training.registration import DUPLICATE, RegistrationRefused, RegistrationState, register
from training.views_support import courses_with_progress

audit_log = logging.getLogger("training.audit")


# Courses


@require_POST
@login_required
def lesson_complete(request, page_id):
    course = get_object_or_404(CoursePage.objects.live(), pk=page_id)
    lesson_id = request.POST.get("lesson", "")
    if lesson_id not in course.lesson_ids():
        raise Http404
    if request.POST.get("done") == "1":
        LessonCompletion.objects.get_or_create(
            user=request.user, course_key=course.translation_key, lesson_id=lesson_id
        )
        messages.success(request, _("Lesson marked as done."))
    else:
        LessonCompletion.objects.filter(
            user=request.user, course_key=course.translation_key, lesson_id=lesson_id
        ).delete()
        messages.success(request, _("Lesson marked as not done."))
    return HttpResponseRedirect(f"{course.get_url(request=request)}#lesson-{lesson_id}")


# Events


def serve_event_page(event, request, *args, **kwargs):
    """The event page shows the event and takes registrations (POST, then redirect)."""
    registered = event.registrations().count()
    state = event.registration_state(registered=registered)
    form = RegistrationForm(request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                _registration, mailed = register(
                    event,
                    name=data["name"],
                    email=data["email"],
                    team=data["team"],
                    organisation=data["organisation"],
                    language=get_language(),
                    now=timezone.now(),
                )
            except RegistrationRefused as refusal:
                if refusal.reason == DUPLICATE:
                    form.add_error(
                        "email", _("This e-mail address is already registered for the event.")
                    )
                else:
                    state = refusal.reason
            else:
                if mailed:
                    messages.success(
                        request,
                        _("You are registered. A confirmation was sent to %(email)s.")
                        % {"email": data["email"]},
                    )
                else:
                    messages.warning(
                        request,
                        _(
                            "You are registered, but the confirmation e-mail could not be sent. "
                            "Please contact the organiser if you need it."
                        ),
                    )
                return redirect(event.get_url(request=request))
    context = event.get_context(request, *args, **kwargs)
    context.update(
        {
            "form": form,
            "registration_full": state == RegistrationState.FULL,
            "registration_closed": state == RegistrationState.CLOSED,
            "places_left": event.places_left(registered),
            "can_organise": can_organise_training(request.user),
        }
    )
    status = 200 if not form.errors else 400
    return TemplateResponse(request, event.get_template(request), context, status=status)


def _organised_event(request, page_id):
    if not request.user.is_authenticated:
        return None
    if not can_organise_training(request.user):
        raise PermissionDenied
    return get_object_or_404(EventPage, pk=page_id)


def _participants(event):
    return event.registrations().select_related("team").order_by("registered_at", "pk")


def event_participants(request, page_id):
    event = _organised_event(request, page_id)
    if event is None:
        return redirect_to_login(request)
    participants = list(_participants(event))
    return TemplateResponse(
        request,
        "training/event_participants.html",
        {"event": event, "participants": participants, "places_left": event.places_left()},
    )


EXPORT_COLUMNS = [
    ("name", lambda r: r.name),
    ("email", lambda r: r.email),
    ("team", lambda r: r.team.name if r.team else ""),
    ("organisation", lambda r: r.organisation),
    ("language", lambda r: r.language),
    ("registered", lambda r: timezone.localtime(r.registered_at).strftime("%d.%m.%Y %H:%M")),
]


def export_headers():
    labels = {
        "name": _("Name"),
        "email": _("E-mail"),
        "team": _("Anchor team"),
        "organisation": _("Organisation"),
        "language": _("Language"),
        "registered": _("Registered"),
    }
    return [labels[key] for key, _getter in EXPORT_COLUMNS]


def safe_cell(value):
    """Spreadsheets run cells that start with =, +, - or @ as formulas; keep them text."""
    value = str(value)
    return f"'{value}" if value[:1] in ("=", "+", "-", "@") else value


EXPORT_FORMATS = ("csv", "xlsx")


def event_export(request, page_id, file_format):
    if file_format not in EXPORT_FORMATS:
        raise Http404
    event = _organised_event(request, page_id)
    if event is None:
        return redirect_to_login(request)
    rows = [[safe_cell(getter(r)) for _key, getter in EXPORT_COLUMNS] for r in _participants(event)]
    audit_log.info(
        "Participant list exported: event=%s format=%s rows=%s user=%s",
        event.pk,
        file_format,
        len(rows),
        request.user.pk,
    )
    filename = f"participants-{event.pk}.{file_format}"  # ASCII whatever the slug
    if file_format == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";")
        writer.writerow(export_headers())
        writer.writerows(rows)
        response = HttpResponse(
            buffer.getvalue().encode("utf-8-sig"), content_type="text/csv; charset=utf-8"
        )
    else:
        workbook = Workbook()
        sheet = workbook.active
        sheet.title = _("Participants")[:31]
        sheet.append(export_headers())
        for row in rows:
            sheet.append(row)
        buffer = io.BytesIO()
        workbook.save(buffer)
        response = HttpResponse(
            buffer.getvalue(),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def redirect_to_login(request):
    from django.contrib.auth.views import redirect_to_login as django_redirect

    return django_redirect(request.get_full_path())


# Onboarding


def _plans_with_items():
    return OnboardingPlan.objects.select_related(
        "team", "expert", "responsible_person"
    ).prefetch_related(Prefetch("items", queryset=OnboardingPlanItem.objects.order_by()))


def _with_progress(plans, today):
    return [(plan, progress_of(plan.items.all(), today)) for plan in plans]


@login_required
def my_onboarding(request):
    """The signed-in user's own plan(s), course progress and, for leaders, the team's plans."""
    today = timezone.localdate()
    own_plans = _plans_with_items().filter(expert=request.user, team__in=member_teams(request.user))
    led_teams = list(
        member_teams(request.user, roles=[TeamRole.TEAM_LEADER, TeamRole.COORDINATING_MANAGER])
    )
    led_plans = _plans_with_items().filter(team__in=led_teams).exclude(expert=request.user)
    courses = CoursePage.objects.live().filter(locale__language_code=get_language())
    return TemplateResponse(
        request,
        "training/my_onboarding.html",
        {
            "own_plans": [
                (plan, progress, topics_of(list(plan.items.all()), today))
                for plan, progress in _with_progress(own_plans, today)
            ],
            "led_teams": led_teams,
            "led_plans": _with_progress(led_plans, today),
            "courses": courses_with_progress(courses.order_by("path"), request.user),
        },
    )


@login_required
def plan_list(request):
    """Plans of the teams the user belongs to; leaders also get "create a plan"."""
    teams = list(member_teams(request.user).order_by("name_fi"))
    if not teams:
        raise PermissionDenied
    today = timezone.localdate()
    led = {
        team.pk
        for team in member_teams(
            request.user, roles=[TeamRole.TEAM_LEADER, TeamRole.COORDINATING_MANAGER]
        )
    }
    plans = _plans_with_items().filter(team__in=teams).order_by("team__name_fi", "-start_date")
    by_team = {team.pk: [] for team in teams}
    for plan, progress in _with_progress(plans, today):
        by_team[plan.team_id].append((plan, progress))
    return TemplateResponse(
        request,
        "training/plan_list.html",
        {
            "teams": [(team, team.pk in led, by_team[team.pk]) for team in teams],
        },
    )


@login_required
def plan_create(request, team_code):
    team = get_object_or_404(Team, code=team_code)
    if not can_lead_team(request.user, team):
        raise PermissionDenied
    form = PlanForm(request.POST or None, team=team)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        plan = create_plan(
            team=team,
            expert=data["expert"],
            start_date=data["start_date"],
            template=data["template"],
            created_by=request.user,
            prior_training=data["prior_training"],
            manager=data["manager"],
            responsible_person=data["responsible_person"],
        )
        messages.success(
            request, _("The onboarding plan was created. Check the dates and people below.")
        )
        return redirect("training:plan_edit", pk=plan.pk)
    status = 400 if form.errors else 200
    return TemplateResponse(
        request, "training/plan_form.html", {"form": form, "team": team}, status=status
    )


def _visible_plan(request, pk):
    plan = get_object_or_404(OnboardingPlan.objects.select_related("team", "expert"), pk=pk)
    if not can_view_onboarding_plan(request.user, plan):
        raise Http404  # other people do not learn that the plan exists
    return plan


@login_required
def plan_detail(request, pk):
    plan = _visible_plan(request, pk)
    today = timezone.localdate()
    items = list(plan.items.select_related("done_by"))
    return TemplateResponse(
        request,
        "training/plan_detail.html",
        {
            "plan": plan,
            "topics": topics_of(items, today),
            "progress": progress_of(items, today),
            "can_tick": can_tick_onboarding_item(request.user, plan),
            "can_edit": can_edit_onboarding_plan(request.user, plan),
            "today": today,
        },
    )


@login_required
def plan_edit(request, pk):
    plan = _visible_plan(request, pk)
    if not can_edit_onboarding_plan(request.user, plan):
        raise PermissionDenied
    form = PlanForm(request.POST or None, instance=plan, team=plan.team, prefix="plan")
    formset = PlanItemFormSet(request.POST or None, queryset=plan.items.all(), prefix="items")
    if request.method == "POST":
        if form.is_valid() and formset.is_valid():
            form.save()
            formset.save()
            messages.success(request, _("The onboarding plan was saved."))
            return redirect(plan)
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(
        request,
        "training/plan_edit.html",
        {"plan": plan, "form": form, "formset": formset},
        status=status,
    )


@require_POST
@login_required
def plan_item_toggle(request, pk, item_pk):
    plan = _visible_plan(request, pk)
    if not can_tick_onboarding_item(request.user, plan):
        raise PermissionDenied
    item = get_object_or_404(OnboardingPlanItem, pk=item_pk, plan=plan)
    if request.POST.get("done") == "1":
        if not item.is_done:
            item.done_at = timezone.now()
            item.done_by = request.user
            item.save(update_fields=["done_at", "done_by"])
        messages.success(request, _("Marked as done: %(item)s") % {"item": item.text})
    else:
        item.done_at = None
        item.done_by = None
        item.save(update_fields=["done_at", "done_by"])
        messages.success(request, _("Marked as not done: %(item)s") % {"item": item.text})
    next_url = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = plan.get_absolute_url()
    return HttpResponseRedirect(f"{next_url}#item-{item.pk}")
