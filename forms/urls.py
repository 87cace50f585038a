from django.urls import path

from forms import views, wizard

app_name = "forms"

urlpatterns = [
    path("", views.home, name="home"),
    path("drafts/", views.drafts, name="drafts"),
    path("drafts/<uuid:run>/discard/", views.draft_discard, name="draft_discard"),
    path("code-lists/", views.code_lists, name="code_lists"),
    path("code-lists/<str:code_list>/add/", views.code_add, name="code_add"),
    path("code-lists/entry/<int:pk>/", views.code_edit, name="code_edit"),
    path("<str:team>/", views.dashboard, name="dashboard"),
    path("<str:team>/cases/", views.case_list, name="case_list"),
    path("<str:team>/cases/<str:case_code>/", views.case_detail, name="case_detail"),
    path("<str:team>/cases/<str:case_code>/edit/", views.case_edit, name="case_edit"),
    path("<str:team>/cases/<str:case_code>/delete/", views.case_delete, name="case_delete"),
    path(
        "<str:team>/notifications/<int:pk>/edit/",
        views.notification_edit,
        name="notification_edit",
    ),
    path(
        "<str:team>/notifications/<int:pk>/delete/",
        views.notification_delete,
        name="notification_delete",
    ),
    path("<str:team>/meetings/", views.meeting_list, name="meeting_list"),
    path("<str:team>/meetings/export.csv", views.meeting_export, name="meeting_export"),
    path("<str:team>/meetings/<int:pk>/", views.meeting_detail, name="meeting_detail"),
    path("<str:team>/meetings/<int:pk>/edit/", views.meeting_edit, name="meeting_edit"),
    path("<str:team>/meetings/<int:pk>/delete/", views.meeting_delete, name="meeting_delete"),
    path("<str:team>/entry/", wizard.start_entry, name="entry_start"),
    path("<str:team>/entry/<uuid:run>/", wizard.EntryWizard.as_view(), name="entry"),
]
