"""factory_boy factories of annual reports for tests."""

from factory.django import DjangoModelFactory

from forms.reports.models import AnnualReport, ReportState


class AnnualReportFactory(DjangoModelFactory):
    """An annual report of `team` (required), a draft unless a state is given."""

    class Meta:
        model = AnnualReport

    year = 2024
    state = ReportState.DRAFT
