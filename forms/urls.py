from django.urls import path

from forms import wizard
from forms.views import code_lists, drafts, home, lists, records

app_name = "forms"

urlpatterns = [
    path("", home.home, name="home"),
    path("drafts/", drafts.drafts, name="drafts"),
    path("drafts/<uuid:run>/discard/", drafts.draft_discard, name="draft_discard"),
    path("code-lists/", code_lists.code_lists, name="code_lists"),
    path("code-lists/<str:code_list>/add/", code_lists.code_add, name="code_add"),
    path("code-lists/entry/<int:pk>/", code_lists.code_edit, name="code_edit"),
    path("<str:team>/", home.dashboard, name="dashboard"),
    path("<str:team>/cases/", lists.case_list, name="case_list"),
    path("<str:team>/cases/<str:case_code>/", records.case_detail, name="case_detail"),
    path("<str:team>/cases/<str:case_code>/edit/", records.case_edit, name="case_edit"),
    path("<str:team>/cases/<str:case_code>/delete/", records.case_delete, name="case_delete"),
    path(
        "<str:team>/notifications/<int:pk>/edit/",
        records.notification_edit,
        name="notification_edit",
    ),
    path(
        "<str:team>/notifications/<int:pk>/delete/",
        records.notification_delete,
        name="notification_delete",
    ),
    path("<str:team>/meetings/", lists.meeting_list, name="meeting_list"),
    path("<str:team>/meetings/export.csv", records.meeting_export, name="meeting_export"),
    path("<str:team>/meetings/<int:pk>/", records.meeting_detail, name="meeting_detail"),
    path("<str:team>/meetings/<int:pk>/edit/", records.meeting_edit, name="meeting_edit"),
    path("<str:team>/meetings/<int:pk>/delete/", records.meeting_delete, name="meeting_delete"),
    path("<str:team>/entry/", wizard.start_entry, name="entry_start"),
    path("<str:team>/entry/<uuid:run>/", wizard.EntryWizard.as_view(), name="entry"),
]
