"""The entry wizard: case -> notification -> meeting -> review and confirm.

Each run has its own id in the URL (/register/<team>/entry/<run>/): the wizard's session
storage is keyed by it, so two browser tabs never share answers, and the run id is the
meeting's submission id, so posting the last step again returns the stored meeting. After
every step the answers are also kept as a Draft in the database, which survives signing out.
"""

import uuid
from collections import OrderedDict

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from formtools.wizard.views import SessionWizardView

from forms.access import team_for
from forms.entry import (
    DuplicateMeeting,
    Entry,
    derive_client_before,
    find_duplicate,
    record_meeting,
)
from forms.forms import (
    EXISTING,
    CaseStepForm,
    ConfirmForm,
    MeetingContext,
    MeetingStepForm,
    NotificationStepForm,
)
from forms.locks import is_year_locked
from forms.models import CASE_FIELDS, NOTIFICATION_FIELDS, Draft, Meeting, YearLocked
from forms.rules import parse_date
from forms.viewhelpers import duplicate_meeting_message, signed_in

STEPS = [
    ("case", CaseStepForm),
    ("notification", NotificationStepForm),
    ("meeting", MeetingStepForm),
    ("confirm", ConfirmForm),
]


@signed_in
def start_entry(request, team):
    """A new wizard run with its own id (and so its own storage)."""
    team = team_for(request.user, team, edit=True)
    url = reverse("forms:entry", kwargs={"team": team.code, "run": uuid.uuid4()})
    case_code = request.GET.get("case", "")
    if case_code:
        url += "?" + request.GET.urlencode()
    return redirect(url)


class EntryWizard(LoginRequiredMixin, SessionWizardView):
    form_list = STEPS
    template_name = "forms/entry.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.team = team_for(request.user, kwargs["team"], edit=True)
        self.run_id = kwargs["run"]
        self.today = timezone.localdate()
        stored = Meeting.objects.filter(submission_id=self.run_id).first()
        if stored is not None:
            if stored.team_id != self.team.pk:
                raise Http404
            # The last step was posted again (reload, double click, back button).
            messages.info(request, _("This meeting has already been stored."))
            return redirect(stored.get_absolute_url())
        return super().dispatch(request, *args, **kwargs)

    # --- storage: one per run, restored from the draft after signing out ------------------

    def get_prefix(self, request, *args, **kwargs):
        return f"register_entry_{kwargs['run'].hex}"

    def restore_draft(self):
        """Answers of this run from the database when the session has none."""
        if self.storage.data.get("step_data"):
            return
        draft = Draft.objects.filter(
            user=self.request.user, run_id=self.run_id, team=self.team
        ).first()
        if draft is not None:
            self.storage.data = {
                "step": draft.current_step or self.steps.first,
                "step_data": draft.data,
                "step_files": {},
                "extra_data": {},
            }

    def save_draft(self):
        step_data = self.storage.data.get("step_data") or {}
        if not step_data:
            return
        Draft.objects.update_or_create(
            user=self.request.user,
            run_id=self.run_id,
            defaults={
                "team": self.team,
                "current_step": self.storage.current_step or "",
                "data": step_data,
            },
        )

    def get(self, request, *args, **kwargs):
        self.restore_draft()
        if not self.storage.data.get("step_data"):
            self.storage.reset()
            self.storage.current_step = self.steps.first
            return self.render(self.get_form())
        step = self.steps.current
        data = self.storage.get_step_data(step)
        return self.render(self.get_form(step=step, data=data))

    def post(self, *args, **kwargs):
        self.restore_draft()
        posted_step = self.request.POST.get(f"{self.prefix}-current_step")
        if posted_step in self.get_form_list():
            self.storage.current_step = posted_step
        goto = self.request.POST.get("wizard_goto_step")
        if goto and goto in self.get_form_list() or "save_draft" in self.request.POST:
            # Keep what was typed on this step, valid or not, before leaving it.
            form = self.get_form(data=self.request.POST)
            self.storage.set_step_data(self.steps.current, self.get_form_step_data(form))
            self.save_draft()
            if "save_draft" in self.request.POST:
                messages.success(
                    self.request,
                    _("The entry was saved as a draft. You can continue it from your drafts."),
                )
                return redirect("forms:drafts")
            return self.render_goto_step(goto)
        response = super().post(*args, **kwargs)
        if not getattr(self, "finished", False):
            self.save_draft()
        return response

    def get_form_step_data(self, form):
        # Only this step's own fields: no CSRF token, no management data.
        prefix = f"{form.prefix}-"
        return {
            key: values
            for key, values in form.data.lists()
            if key.startswith(prefix) and not key.startswith(f"{self.prefix}-")
        }

    # --- forms and their context ----------------------------------------------------------

    def step_form(self, step):
        """The stored, validated form of an earlier step (or None)."""
        cache = self.__dict__.setdefault("_step_forms", {})
        if step not in cache:
            data = self.storage.get_step_data(step)
            form = None
            if data is not None:
                form = self.get_form(step=step, data=data)
                if not form.is_valid():
                    form = None
            cache[step] = form
        return cache[step]

    def chosen_case(self):
        form = self.step_form("case")
        return form.cleaned_data.get("case") if form else None

    def meeting_context(self):
        case_form = self.step_form("case")
        notification_form = self.step_form("notification")
        if case_form is None or notification_form is None:
            return None
        case = case_form.cleaned_data.get("case")
        birth_year = case.birth_year if case else case_form.cleaned_data["birth_year"]
        notification = notification_form.cleaned_data.get("notification")
        meeting_data = self.storage.get_step_data("meeting") or {}
        date_text = self.request.POST.get("meeting-date") or meeting_data.get("meeting-date")
        try:
            meeting_date = parse_date(date_text or "")
        except ValidationError:
            meeting_date = None  # not known yet: ask
        derived = derive_client_before(case, notification, meeting_date)
        return MeetingContext(
            birth_year=birth_year,
            notification_date=notification_form.notification_date(),
            no_age_limit=notification_form.no_age_limit(),
            derived_client_before=derived,
        )

    def get_form_kwargs(self, step=None):
        if step == "case":
            return {"team": self.team, "today": self.today}
        if step == "notification":
            return {"case": self.chosen_case(), "today": self.today}
        if step == "meeting":
            return {"context": self.meeting_context(), "today": self.today}
        return {}

    def get_form_initial(self, step):
        initial = dict(super().get_form_initial(step))
        if step == "case" and self.request.GET.get("case"):
            initial.update({"mode": EXISTING, "case_code": self.request.GET["case"]})
        return initial

    def get_form(self, step=None, data=None, files=None):
        form = super().get_form(step, data, files)
        if (step or self.steps.current) == "meeting" and form.is_bound and form.is_valid():
            self.check_meeting(form)
        return form

    def check_meeting(self, form):
        """Errors the register itself knows: a locked year, a meeting already stored."""
        meeting_date = form.cleaned_data["date"]
        if is_year_locked(self.team, meeting_date.year):
            form.add_error("date", YearLocked([meeting_date.year]).args[0])
            return
        duplicate = find_duplicate(self.chosen_case(), meeting_date)
        if duplicate is not None:
            form.add_error("date", duplicate_meeting_message(duplicate))

    def get_context_data(self, form, **kwargs):
        context = super().get_context_data(form=form, **kwargs)
        step_titles = OrderedDict(
            [
                ("case", _("Case")),
                ("notification", _("Notification")),
                ("meeting", _("Meeting")),
                ("confirm", _("Review and confirm")),
            ]
        )
        context.update(
            {
                "team": self.team,
                "run_id": self.run_id,
                "step_titles": step_titles,
                "current_title": step_titles[self.steps.current],
            }
        )
        if self.steps.current in ("notification", "meeting", "confirm"):
            case_form = self.step_form("case")
            context["case_form"] = case_form
        if self.steps.current == "meeting":
            meeting_context = self.meeting_context()
            context["derived_client_before"] = (
                meeting_context.derived_client_before if meeting_context else None
            )
        if self.steps.current == "confirm":
            context["summary"] = self.summary()
        return context

    def summary(self):
        """The answers of every step, for the review page."""
        case_form = self.step_form("case")
        notification_form = self.step_form("notification")
        meeting_form = self.step_form("meeting")
        if not (case_form and notification_form and meeting_form):
            return None
        case = case_form.cleaned_data.get("case")
        notification = notification_form.cleaned_data.get("notification")
        meeting = meeting_form.cleaned_data
        context = self.meeting_context()
        return {
            "case": case,
            "case_data": case_form.cleaned_data,
            "notification": notification,
            "notification_data": notification_form.cleaned_data,
            "meeting": meeting,
            "client_before": (
                context.derived_client_before
                if context and context.derived_client_before is not None
                else meeting.get("client_before")
            ),
            "client_before_derived": bool(context and context.derived_client_before is not None),
        }

    # --- finishing ----------------------------------------------------------------------

    def render_done(self, form, **kwargs):
        final_forms = OrderedDict()
        for form_key in self.get_form_list():
            form_obj = self.get_form(
                step=form_key,
                data=self.storage.get_step_data(form_key),
                files=self.storage.get_step_files(form_key),
            )
            if not form_obj.is_valid():
                return self.render_revalidation_failure(form_key, form_obj, **kwargs)
            final_forms[form_key] = form_obj
        response = self.done(list(final_forms.values()), form_dict=final_forms, **kwargs)
        if getattr(self, "finished", False):
            # Only a stored meeting ends the run; on a refusal the answers stay.
            self.storage.reset()
        return response

    def done(self, form_list, form_dict=None, **kwargs):
        case_data = form_dict["case"].cleaned_data
        notification_data = form_dict["notification"].cleaned_data
        meeting_data = dict(form_dict["meeting"].cleaned_data)
        entry = Entry(
            case=case_data.get("case"),
            case_fields={name: case_data.get(name) for name in CASE_FIELDS},
            notification=notification_data.get("notification"),
            notification_fields={name: notification_data.get(name) for name in NOTIFICATION_FIELDS},
            meeting_fields=meeting_data,
        )
        try:
            meeting, created = record_meeting(self.request.user, self.team, self.run_id, entry)
        except (DuplicateMeeting, YearLocked) as refusal:
            self.storage.current_step = "meeting"
            meeting_form = self.get_form(step="meeting", data=self.storage.get_step_data("meeting"))
            if meeting_form.is_valid() and not meeting_form.errors:
                message = (
                    duplicate_meeting_message(refusal.existing)
                    if isinstance(refusal, DuplicateMeeting)
                    else refusal.args[0]
                )
                meeting_form.add_error("date", message)
            return self.render(meeting_form)
        self.finished = True
        Draft.objects.filter(user=self.request.user, run_id=self.run_id).delete()
        if created:
            messages.success(
                self.request, _("The meeting %(meeting)s was stored.") % {"meeting": meeting}
            )
        else:
            messages.info(self.request, _("This meeting has already been stored."))
        return redirect(meeting.get_absolute_url())
