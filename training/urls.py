from django.urls import path

from training import views

app_name = "training"

urlpatterns = [
    path("courses/<int:page_id>/lessons/done/", views.lesson_complete, name="lesson_complete"),
    path(
        "events/<int:page_id>/participants/",
        views.event_participants,
        name="event_participants",
    ),
    path(
        "events/<int:page_id>/participants.<str:file_format>",
        views.event_export,
        name="event_export",
    ),
    path("my-onboarding/", views.my_onboarding, name="my_onboarding"),
    path("plans/", views.plan_list, name="plan_list"),
    path("plans/new/<str:team_code>/", views.plan_create, name="plan_create"),
    path("plans/<int:pk>/", views.plan_detail, name="plan_detail"),
    path("plans/<int:pk>/edit/", views.plan_edit, name="plan_edit"),
    path(
        "plans/<int:pk>/items/<int:item_pk>/done/", views.plan_item_toggle, name="plan_item_toggle"
    ),
]
