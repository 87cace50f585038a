"""The code lists of the register, managed by the national coordinator."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from forms import edits
from forms.access import can_manage_code_lists
from forms.forms import CodeEntryForm
from forms.models import CodeEntry, CodeList
from forms.viewhelpers import allowed_only

code_list_view = allowed_only(can_manage_code_lists)


@code_list_view
def code_lists(request):
    entries = CodeEntry.objects.order_by("code_list", "sort_order", "code")
    grouped = [
        (code_list, label, [e for e in entries if e.code_list == code_list])
        for code_list, label in CodeList.choices
    ]
    return render(request, "forms/code_lists.html", {"lists": grouped})


def render_form(request, form, title):
    return render(
        request,
        "forms/edit.html",
        {"form": form, "title": title, "cancel_url": reverse("forms:code_lists")},
    )


@code_list_view
def code_add(request, code_list):
    if code_list not in CodeList.values:
        raise Http404
    form = CodeEntryForm(request.POST or None, code_list=code_list)
    if request.method == "POST" and form.is_valid():
        edits.save_code_entry(request.user, form)
        messages.success(request, _("The entry was added."))
        return redirect("forms:code_lists")
    return render_form(
        request, form, _("Add an entry to %(list)s") % {"list": CodeList(code_list).label}
    )


@code_list_view
def code_edit(request, pk):
    entry = get_object_or_404(CodeEntry, pk=pk)
    form = CodeEntryForm(request.POST or None, instance=entry)
    if request.method == "POST" and form.is_valid():
        edits.save_code_entry(request.user, form)
        messages.success(request, _("The changes were saved."))
        return redirect("forms:code_lists")
    return render_form(request, form, _("Edit entry %(code)s") % {"code": entry.code})
