from django.urls import path

from forms.reports.views import national, public, team, wizard

app_name = "reports"

urlpatterns = [
    path("", team.index, name="index"),
    path("statistics/<int:year>/", public.public, name="public_year"),
    path("statistics/", public.public, name="public"),
    path("national/", national.national, name="national"),
    path("national/completeness/", national.completeness, name="completeness"),
    path("national/export.xlsx", national.national_export, {"fmt": "xlsx"}, name="national_xlsx"),
    path("national/export.csv", national.national_export, {"fmt": "csv"}, name="national_csv"),
    path("national/records.csv", national.record_export, name="record_export"),
    path("<str:team>/<int:year>/", team.detail, name="detail"),
    path("<str:team>/<int:year>/edit/", wizard.ReportWizard.as_view(), name="edit"),
    path("<str:team>/<int:year>/submit/", team.submit, name="submit"),
    path("<str:team>/<int:year>/accept/", team.accept, name="accept"),
    path("<str:team>/<int:year>/reopen/", team.reopen, name="reopen"),
    path("<str:team>/<int:year>/report.pdf", team.report_pdf, name="pdf"),
    path("<str:team>/<int:year>/figures.xlsx", team.report_xlsx, name="xlsx"),
]
