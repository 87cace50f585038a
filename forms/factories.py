"""factory_boy factories of the register's records for tests: cases, notifications, meetings,
code-list entries and locked years (annual reports: forms.reports.factories).

Records are built through the models' own rules (a case gets the team's next running number,
a meeting takes its case and team from its notification). Code-list entries are the ones the
migrations load: a factory call with an existing list and code returns that row.
"""

import datetime

import factory
from factory.django import DjangoModelFactory

from forms.models import Case, CodeEntry, CodeList, Meeting, Notification, TeamYearLock


class CodeEntryFactory(DjangoModelFactory):
    class Meta:
        model = CodeEntry
        django_get_or_create = ("code_list", "code")

    code_list = CodeList.REASON
    code = factory.Sequence(lambda n: f"code-{n}")
    label_fi = factory.LazyAttribute(lambda o: f"{o.code} fi")
    label_sv = factory.LazyAttribute(lambda o: f"{o.code} sv")
    label_en = factory.LazyAttribute(lambda o: f"{o.code} en")


def code_entry(code_list, code):
    """The entry `code` of a code list: an entry object passes through unchanged."""
    if isinstance(code, CodeEntry):
        return code
    return CodeEntryFactory(code_list=code_list, code=code)


def _set_codes(code_list, field_name, default=()):
    """A post-generation hook that sets a many-to-many field from entries or codes."""

    def hook(obj, create, extracted, **kwargs):
        values = default if extracted is None else extracted
        if create and values:
            getattr(obj, field_name).set([code_entry(code_list, value) for value in values])

    return factory.PostGeneration(hook)


class CaseFactory(DjangoModelFactory):
    """A case of `team` (required) with the team's next running number of the year."""

    class Meta:
        model = Case

    year = 2026
    birth_year = 2011
    home_municipality = factory.LazyAttribute(lambda o: o.team.municipalities.first())
    created_by = None

    @classmethod
    def _create(cls, model_class, *, team, year, **fields):
        return model_class.create_for_team(team, year=year, **fields)


class NotificationFactory(DjangoModelFactory):
    """An anchor notification of `case` (required); the reason is an offence unless given."""

    class Meta:
        model = Notification
        skip_postgeneration_save = True

    date_received = datetime.date(2026, 3, 2)
    referred_by = factory.LazyFunction(lambda: code_entry(CodeList.REFERRAL_SOURCE, "police"))
    child_welfare_notification = False
    violent_radicalisation = False
    created_by = None
    # A notification has at least one reason.
    reasons = _set_codes(CodeList.REASON, "reasons", default=["offence"])
    offence_types = _set_codes(CodeList.OFFENCE, "offence_types")


class MeetingFactory(DjangoModelFactory):
    """An anchor meeting of `notification` (required), numbered after the case's meetings."""

    class Meta:
        model = Meeting
        skip_postgeneration_save = True

    date = datetime.date(2026, 3, 9)
    ordinal = factory.LazyAttribute(lambda o: o.notification.case.meetings.count() + 1)
    client_before = False
    assessment_way = factory.LazyFunction(lambda: code_entry(CodeList.ASSESSMENT, "in_meeting"))
    continues_in_services = False
    created_by = None
    onward_services = _set_codes(CodeList.ONWARD_SERVICE, "onward_services")


class TeamYearLockFactory(DjangoModelFactory):
    """A locked year of `team` (required), without the audit entry forms.locks.lock_year
    writes: for tests that need a locked year as their starting point."""

    class Meta:
        model = TeamYearLock

    year = 2026
    locked_by = None
