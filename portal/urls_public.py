from django.contrib.auth import views as auth_views
from django.urls import include, path

from portal import views

app_name = "portal"

urlpatterns = [
    path("teams/", views.team_list, name="team_list"),
    path("teams/find/", views.find_team, name="find_team"),
    path("teams/<slug:slug>/", views.team_detail, name="team_detail"),
    path("partners/", views.partner_list, name="partner_list"),
    path("partners/<slug:slug>/", views.partner_detail, name="partner_detail"),
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    # Two-factor, password change and reset, privacy notice (portal/security/).
    path("", include("portal.security.urls")),
]
