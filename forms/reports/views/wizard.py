"""The annual report wizard: local model, clients, staff, cooperation, texts. Saving is
forms.reports.workflow.save_report (which audits it)."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from formtools.wizard.views import SessionWizardView

from forms.reports import workflow
from forms.reports.forms import STEP_TITLES, STEPS
from forms.reports.presentation import section3
from forms.reports.views.common import readable_team, report_for, valid_year

REPORT_STEPS = ("model", "cooperation", "texts")  # model forms of the report itself


class ReportWizard(SessionWizardView):
    form_list = STEPS
    template_name = "reports/wizard.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        self.team = readable_team(request.user, kwargs["team"])
        self.year = valid_year(kwargs["year"])
        if not workflow.can_edit(request.user, self.team):
            raise PermissionDenied
        self.report = report_for(self.team, self.year)
        if not self.report.is_editable:
            messages.error(
                request,
                _("Only a draft can be changed. Ask the national coordinator to reopen it."),
            )
            return redirect(self.report.get_absolute_url())
        return super().dispatch(request, *args, **kwargs)

    def get_prefix(self, request, *args, **kwargs):
        return f"reports_{kwargs['team']}_{kwargs['year']}"

    def post(self, *args, **kwargs):
        goto = self.request.POST.get("wizard_goto_step")
        if goto and goto in self.get_form_list():
            # Keep what was typed on this step, valid or not, before going back.
            form = self.get_form(data=self.request.POST)
            self.storage.set_step_data(self.steps.current, self.process_step(form))
            return self.render_goto_step(goto)
        return super().post(*args, **kwargs)

    def get_form_instance(self, step):
        if step in REPORT_STEPS:
            return self.report
        return None

    def get_form_initial(self, step):
        if step != "staff":
            return {}
        initial = {
            "further_training_days": self.report.further_training_days,
            "workspace": self.report.workspace,
        }
        if self.report.pk:
            for line in self.report.staff.select_related("profession"):
                initial[f"headcount_{line.profession.code}"] = line.headcount
                initial[f"person_years_{line.profession.code}"] = line.person_years
        return initial

    def get_context_data(self, form, **kwargs):
        context = super().get_context_data(form=form, **kwargs)
        context.update(
            {
                "team": self.team,
                "year": self.year,
                "step_titles": STEP_TITLES,
                "current_title": STEP_TITLES[self.steps.current],
            }
        )
        if self.steps.current == "clients":
            context["figures"] = section3(self.year, team=self.team, links=True)
        return context

    def done(self, form_list, form_dict, **kwargs):
        fields = {}
        for step in REPORT_STEPS:
            fields.update(form_dict[step].cleaned_data)
        staff = form_dict["staff"]
        fields["further_training_days"] = staff.cleaned_data["further_training_days"]
        fields["workspace"] = staff.cleaned_data["workspace"]
        staff_lines = {
            profession: (
                staff.cleaned_data[f"headcount_{profession.code}"],
                staff.cleaned_data[f"person_years_{profession.code}"],
            )
            for profession in staff.professions
        }
        report = workflow.save_report(self.request.user, self.report, fields, staff_lines)
        messages.success(self.request, _("The report was saved."))
        return redirect(report.get_absolute_url())
