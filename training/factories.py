"""factory_boy factories for training tests: people in teams, course and event pages,
registrations, onboarding templates and plans. Test code only (factory_boy is a test extra)."""

import datetime
import uuid

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.models import Page, Site

from portal.codes import TeamRole
from portal.factories import TeamFactory, TeamMembershipFactory
from training.codes import EventKind, ResponsibleRole
from training.models import (
    CourseIndexPage,
    CoursePage,
    EventPage,
    EventRegistration,
    OnboardingPlan,
    OnboardingPlanItem,
    OnboardingTemplate,
    OnboardingTemplateItem,
    OnboardingTopic,
)
from training.onboarding import create_plan


class PageFactory(DjangoModelFactory):
    """Wagtail pages are added under a parent: `parent` defaults per factory."""

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.Sequence(lambda n: f"page-{n}")

    @classmethod
    def default_parent(cls):
        """The default site's home page, so the page has a URL."""
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        return site.root_page if site else Page.get_first_root_node()

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        parent = parent or cls.default_parent()
        page = model_class(*args, locale=parent.locale, **kwargs)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return model_class.objects.get(pk=page.pk)


class CourseIndexPageFactory(PageFactory):
    class Meta:
        model = CourseIndexPage

    title = "Koulutus"
    slug = factory.Sequence(lambda n: f"koulutus-{n}")


class TrainingPageFactory(PageFactory):
    class Meta:
        abstract = True

    @classmethod
    def default_parent(cls):
        return CourseIndexPageFactory()


def lesson(title):
    return {
        "type": "lesson",
        "id": str(uuid.uuid4()),  # nested stream children get no id on save
        "value": {"title": title, "body": [], "handbook_links": [], "materials": []},
    }


class CoursePageFactory(TrainingPageFactory):
    """A course of one module with `lesson_count` lessons."""

    class Meta:
        model = CoursePage

    class Params:
        lesson_count = 2

    description = "<p>Kurssi.</p>"
    audience = "Kaikki"
    estimated_minutes = 30
    modules = factory.LazyAttribute(
        lambda course: [
            {
                "type": "module",
                "id": str(uuid.uuid4()),
                "value": {
                    "title": "Moduuli",
                    "summary": "",
                    "lessons": [lesson(f"Oppitunti {n + 1}") for n in range(course.lesson_count)],
                },
            }
        ]
    )


class EventPageFactory(TrainingPageFactory):
    class Meta:
        model = EventPage

    kind = EventKind.REGIONAL_TRAINING_DAY
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))
    registration_deadline = factory.LazyAttribute(
        lambda event: event.starts_at - datetime.timedelta(days=7)
    )
    place = "Tampere"
    description = "<p>Koulutuspäivä.</p>"
    capacity = 40


class EventRegistrationFactory(DjangoModelFactory):
    class Meta:
        model = EventRegistration

    event = factory.SubFactory(EventPageFactory)
    event_key = factory.LazyAttribute(lambda registration: registration.event.translation_key)
    name = factory.Sequence(lambda n: f"Osallistuja {n}")
    email = factory.Sequence(lambda n: f"participant{n}@example.fi")
    language = "fi"


class OnboardingTemplateFactory(DjangoModelFactory):
    class Meta:
        model = OnboardingTemplate

    name_fi = factory.Sequence(lambda n: f"Perehdytyssuunnitelma {n}")
    name_sv = factory.Sequence(lambda n: f"Introduktionsplan {n}")
    name_en = factory.Sequence(lambda n: f"Onboarding plan {n}")


class OnboardingTopicFactory(DjangoModelFactory):
    class Meta:
        model = OnboardingTopic

    template = factory.SubFactory(OnboardingTemplateFactory)
    sort_order = factory.Sequence(int)
    title_fi = factory.Sequence(lambda n: f"Aihe {n}")
    title_sv = factory.Sequence(lambda n: f"Ämne {n}")
    title_en = factory.Sequence(lambda n: f"Topic {n}")


class OnboardingTemplateItemFactory(DjangoModelFactory):
    class Meta:
        model = OnboardingTemplateItem

    topic = factory.SubFactory(OnboardingTopicFactory)
    sort_order = factory.Sequence(int)
    text_fi = factory.Sequence(lambda n: f"Sisältö {n}")
    text_sv = factory.Sequence(lambda n: f"Innehåll {n}")
    text_en = factory.Sequence(lambda n: f"Content {n}")
    responsible_role = ResponsibleRole.TEAM_LEADER
    offset_days = 7


class TemplateWithItemsFactory(OnboardingTemplateFactory):
    """A template of one topic with `items` items (three unless given)."""

    class Meta:
        skip_postgeneration_save = True

    @factory.post_generation
    def items(template, create, extracted, **kwargs):
        if create:
            topic = OnboardingTopicFactory(template=template)
            OnboardingTemplateItemFactory.create_batch(
                3 if extracted is None else extracted, topic=topic
            )


class OnboardingPlanFactory(DjangoModelFactory):
    """A plan made the way a team leader makes one (training.onboarding.create_plan): the
    expert and the leader are members of the team, the template's items are copied."""

    class Meta:
        model = OnboardingPlan

    team = factory.SubFactory(TeamFactory)
    expert = factory.LazyAttribute(lambda plan: TeamMembershipFactory(team=plan.team).user)
    created_by = factory.LazyAttribute(
        lambda plan: TeamMembershipFactory(team=plan.team, role=TeamRole.TEAM_LEADER).user
    )
    template = factory.SubFactory(TemplateWithItemsFactory)
    start_date = datetime.date(2025, 9, 1)
    manager = "Liisa Lähiesihenkilö"

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return create_plan(**kwargs)


class OnboardingPlanItemFactory(DjangoModelFactory):
    class Meta:
        model = OnboardingPlanItem

    plan = factory.SubFactory(OnboardingPlanFactory)
    sort_order = factory.Sequence(int)
    topic_fi, topic_sv, topic_en = "Aihe", "Ämne", "Topic"
    text_fi = factory.Sequence(lambda n: f"Sisältö {n}")
    text_sv = factory.Sequence(lambda n: f"Innehåll {n}")
    text_en = factory.Sequence(lambda n: f"Content {n}")
    due_date = datetime.date(2025, 9, 8)
