"""Views of training and onboarding. Every view checks access with training.access; the
changes themselves (and their audit entries) are made by the domain modules."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login as django_redirect_to_login
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

from portal.access import can_lead_team, member_teams
from portal.codes import TeamRole
from portal.models import Team
from training import exports
from training.access import (
    can_edit_onboarding_plan,
    can_organise_training,
    can_tick_onboarding_item,
    can_view_onboarding_plan,
)
from training.forms import PlanForm, PlanItemFormSet
from training.lessons import set_lesson_done
from training.models import CoursePage, EventPage, OnboardingPlan, OnboardingPlanItem
from training.models.courses import courses_with_progress
from training.onboarding import (
    ITEM_FIELDS,
    PLAN_FIELDS,
    create_plan,
    progress_of,
    set_item_done,
    topics_of,
    update_plan,
)

# Courses


@require_POST
@login_required
def lesson_complete(request, page_id):
    course = get_object_or_404(CoursePage.objects.live(), pk=page_id)
    lesson_id = request.POST.get("lesson", "")
    if lesson_id not in course.lesson_ids():
        raise Http404
    done = request.POST.get("done") == "1"
    set_lesson_done(request.user, course, lesson_id, done)
    if done:
        messages.success(request, _("Lesson marked as done."))
    else:
        messages.success(request, _("Lesson marked as not done."))
    return HttpResponseRedirect(f"{course.get_url(request=request)}#lesson-{lesson_id}")


# Events


def _organised_event(request, page_id):
    if not request.user.is_authenticated:
        return None
    if not can_organise_training(request.user):
        raise PermissionDenied
    return get_object_or_404(EventPage, pk=page_id)


def event_participants(request, page_id):
    event = _organised_event(request, page_id)
    if event is None:
        return redirect_to_login(request)
    participants = list(exports.participants(event))
    return TemplateResponse(
        request,
        "training/event_participants.html",
        {"event": event, "participants": participants, "places_left": event.places_left()},
    )


def event_export(request, page_id, file_format):
    if file_format not in exports.EXPORT_FORMATS:
        raise Http404
    event = _organised_event(request, page_id)
    if event is None:
        return redirect_to_login(request)
    content, content_type, filename = exports.export_participants(event, file_format, request.user)
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def redirect_to_login(request):
    return django_redirect_to_login(request.get_full_path())


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
            update_plan(
                plan,
                user=request.user,
                header={field: form.cleaned_data[field] for field in PLAN_FIELDS},
                items={
                    item_form.instance.pk: {
                        field: item_form.cleaned_data[field] for field in ITEM_FIELDS
                    }
                    for item_form in formset.forms
                },
            )
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
    item = get_object_or_404(plan.items, pk=item_pk)
    done = request.POST.get("done") == "1"
    set_item_done(item, user=request.user, done=done, now=timezone.now())
    if done:
        messages.success(request, _("Marked as done: %(item)s") % {"item": item.text})
    else:
        messages.success(request, _("Marked as not done: %(item)s") % {"item": item.text})
    next_url = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = plan.get_absolute_url()
    return HttpResponseRedirect(f"{next_url}#item-{item.pk}")
