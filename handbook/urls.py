from django.urls import path

from handbook import views

app_name = "handbook"

urlpatterns = [
    path("edition/<int:pk>/all/", views.whole_handbook, name="whole"),
    path("edition/<int:pk>/pdf/", views.whole_handbook_pdf, name="pdf"),
    path("leaflet/<slug:team_slug>/", views.team_leaflet, name="team_leaflet"),
    path("leaflet/<slug:team_slug>/pdf/", views.team_leaflet_pdf, name="team_leaflet_pdf"),
]
