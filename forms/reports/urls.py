from django.urls import path

from forms.reports import views

app_name = "reports"

urlpatterns = [
    path("", views.index, name="index"),
    path("statistics/<int:year>/", views.public, name="public_year"),
    path("statistics/", views.public, name="public"),
    path("national/", views.national, name="national"),
    path("national/completeness/", views.completeness, name="completeness"),
    path("national/export.xlsx", views.national_export, {"fmt": "xlsx"}, name="national_xlsx"),
    path("national/export.csv", views.national_export, {"fmt": "csv"}, name="national_csv"),
    path("national/records.csv", views.record_export, name="record_export"),
    path("<str:team>/<int:year>/", views.detail, name="detail"),
    path("<str:team>/<int:year>/edit/", views.ReportWizard.as_view(), name="edit"),
    path("<str:team>/<int:year>/submit/", views.submit, name="submit"),
    path("<str:team>/<int:year>/accept/", views.accept, name="accept"),
    path("<str:team>/<int:year>/reopen/", views.reopen, name="reopen"),
    path("<str:team>/<int:year>/report.pdf", views.report_pdf, name="pdf"),
    path("<str:team>/<int:year>/figures.xlsx", views.report_xlsx, name="xlsx"),
]
