"""Demo of the annual-report cycle for the demo teams: 2024 accepted (and its year locked in
the register), 2025 submitted by some teams and a draft for the others. Idempotent.

The register's own demo (forms/demo.py) runs first when it exists; if the demo teams have no
meetings yet, a generated register (forms.sample) fills 2024-2026 so that the figures
and the public page have something to show.
"""

from django.contrib.auth import get_user_model
from django.utils import timezone

from forms.locks import is_year_locked
from forms.models import CodeEntry, CodeList, Meeting
from forms.reports import workflow
from forms.reports.models import AnnualReport, ReportState, StaffLine
from forms.sample import generate
from portal.codes import TeamRole
from portal.models import Team, TeamMembership

ACCEPTED_YEAR = 2024
CURRENT_REPORT_YEAR = 2025
SUBMITTED_2025 = {"HEL", "TRE", "TKU"}

TEXTS = {
    "local_model": (
        "Ankkuritiimi kokoontuu viikoittain poliisiasemalla. Poliisi ohjaa nuoret tiimille "
        "ankkuri-ilmoituksella; ensitapaaminen järjestetään kahden viikon kuluessa. "
        "Tapaamisessa laaditaan ankkurisuunnitelma ja nuori ohjataan tarvittaviin palveluihin."
    ),
    "client_feedback": (
        "Nuorilta ja huoltajilta kerättiin palautetta lomakkeella. Valtaosa koki tapaamisen "
        "hyödylliseksi ja sai tietoa palveluista."
    ),
    "other_activities": (
        "Tiimi osallistui kansalliseen ankkuriseminaariin ja alueen turvallisuussuunnitteluun."
    ),
    "development_targets": (
        "Reaktioajan lyhentäminen, yhteistyö oppilaitosten kanssa ja sähköisen "
        "palautteen käyttöönotto."
    ),
}


def load(command):
    teams = list(Team.objects.filter(code__in=["HEL", "ESP", "VAN", "TRE", "TKU", "OUL", "VAA"]))
    if not teams:
        command.progress("no demo teams: skipped")
        return
    ensure_register(command, teams)
    coordinator = get_user_model().objects.filter(username="koordinaattori").first()
    admin = get_user_model().objects.filter(is_superuser=True).first()
    for team in teams:
        submitter = _coordinating_manager(team) or admin
        report = ensure_report(team, ACCEPTED_YEAR)
        if report.state == ReportState.DRAFT:
            workflow.submit(report, submitter)
        if report.state == ReportState.SUBMITTED:
            workflow.accept(report, coordinator or admin)
        report = ensure_report(team, CURRENT_REPORT_YEAR)
        if team.code in SUBMITTED_2025 and report.state == ReportState.DRAFT:
            workflow.submit(report, submitter)
    submitted = ", ".join(sorted(SUBMITTED_2025))
    command.progress(
        f"annual reports: {ACCEPTED_YEAR} accepted and locked for {len(teams)} teams, "
        f"{CURRENT_REPORT_YEAR} submitted by {submitted}, drafts for the others"
    )


def ensure_register(command, teams):
    years = [ACCEPTED_YEAR, CURRENT_REPORT_YEAR, timezone.localdate().year]
    empty = [
        team
        for team in teams
        if not Meeting.objects.filter(team=team, date__year__in=years).exists()
        and not any(is_year_locked(team, y) for y in years)
    ]
    if empty:
        counts = generate(empty, years, notifications_per_year=60, seed=2024)
        command.progress(
            f"generated register records for {len(empty)} teams: {counts['meetings']} meetings"
        )


def _coordinating_manager(team):
    membership = (
        TeamMembership.objects.filter(team=team, role=TeamRole.COORDINATING_MANAGER)
        .select_related("user")
        .first()
    )
    return membership.user if membership else None


def ensure_report(team, year):
    report, created = AnnualReport.objects.get_or_create(team=team, year=year)
    if report.state == ReportState.DRAFT:
        for name, value in TEXTS.items():
            setattr(report, name, value)
        report.further_training_days = 12
        report.workspace = "Yhteinen työtila poliisiasemalla ja nuorisotalolla"
        report.expert_tasks = 14
        report.trainings_given = 6
        report.school_visits = 9
        report.partner_visits = 11
        report.field_patrols = 5
        report.anchor_coffee_meetings = 10
        report.save()
        professions = CodeEntry.objects.of(CodeList.PROFESSION).active()
        for number, profession in enumerate(professions):
            StaffLine.objects.update_or_create(
                report=report,
                profession=profession,
                defaults={"headcount": 1 + number % 2, "person_years": 0.5 + (number % 3) * 0.25},
            )
    return report
