"""The signed-in user's unfinished entry-wizard runs."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from forms.models import Draft
from forms.viewhelpers import signed_in


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
