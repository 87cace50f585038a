"""Demo content of training: the training section in fi/sv/en with the four courses the
handbook names, two events, the appendix 4 template and a plan for the demo new expert.

Idempotent: pages, the template and the plan are found by stable keys and updated.

The texts are data files a translator can edit: training/demo/fi.yaml, sv.yaml and en.yaml (one
per language, the same keys and list order in each) and training/demo/structure.yaml (what does
not depend on the language: minutes, dates, places, the template's schedule).
"""

import functools
import uuid
from datetime import datetime, time, timedelta
from pathlib import Path

import yaml
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone, translation
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page

from portal.localization import publish_translation
from portal.models import HomePage, Team
from training.models import (
    CourseIndexPage,
    CoursePage,
    EventPage,
    LessonCompletion,
    OnboardingPlan,
    OnboardingTemplate,
    OnboardingTemplateItem,
    OnboardingTopic,
)
from training.onboarding import create_plan

LANGUAGES = ("fi", "sv", "en")
ID_NAMESPACE = uuid.UUID("6f0c1f7e-2a4b-4d8e-9c1a-5b7e3d2f8a10")
DEMO_DATA = Path(__file__).resolve().parent / "demo"


def read_data(name):
    with (DEMO_DATA / f"{name}.yaml").open(encoding="utf-8") as data_file:
        return yaml.safe_load(data_file)


@functools.cache
def structure():
    return read_data("structure")


@functools.cache
def texts():
    """{language code: that language's texts}."""
    return {code: read_data(code) for code in LANGUAGES}


def stable_id(*parts):
    """Block ids that stay the same on every load, so demo completions stay valid."""
    return str(uuid.uuid5(ID_NAMESPACE, "/".join(parts)))


def publish(page):
    page.save_revision().publish()


def upsert_child(parent, model, slug, values):
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = parent.add_child(instance=model(slug=slug, locale=parent.locale, **values))
    else:
        for field, value in values.items():
            setattr(page, field, value)
    publish(page)
    return page


def ensure_index(fi_home):
    fi = texts()["fi"]["index"]
    index = upsert_child(
        fi_home, CourseIndexPage, fi["slug"], {"title": fi["title"], "intro": fi["intro"]}
    )
    for code in ("sv", "en"):
        publish_translation(index, code, CourseIndexPage(**texts()[code]["index"]))
    return index


def handbook_page(words):
    """A live handbook page (translated into sv and en) whose Finnish title has one of
    `words`, when the handbook app has content; courses link to it."""
    if not words:
        return None
    pages = Page.objects.live().filter(
        content_type__app_label="handbook", locale__language_code="fi"
    )
    for page in pages.order_by("path"):
        if any(word in page.title.lower() for word in words):
            translated = Page.objects.filter(
                translation_key=page.translation_key, locale__language_code__in=["sv", "en"]
            ).count()
            if translated == 2:
                return page
    return None


def ensure_checklist_document():
    """Appendix 4 as a plain-text checklist, offered as material in the leading course."""
    Document = get_document_model()
    title = "Liite 4 / Bilaga 4 / Appendix 4 – " + texts()["en"]["onboarding_template"]["name"]
    document = Document.objects.filter(title=title).first()
    if document is not None:
        return document
    lines = []
    for code in LANGUAGES:
        template = texts()[code]["onboarding_template"]
        lines.append(template["name"])
        for topic in template["topics"]:
            lines.append(f"\n{topic['title']}")
            for item in topic["items"]:
                lines.append(f"  [ ] {item['text']}")
        lines.append("\n")
    document = Document(title=title, collection=Collection.get_first_root_node())
    document.file.save(
        "appendix-4-onboarding-checklist.txt",
        ContentFile("\n".join(lines).encode("utf-8")),
        save=False,
    )
    document.save()
    return document


def course_modules(course, code, links, document):
    """The course's modules in one language as StreamField data, with stable block ids."""
    key = course["key"]
    course_texts = texts()[code]["courses"][key]
    modules = []
    for m, module in enumerate(course_texts["modules"]):
        lessons = []
        for n, lesson in enumerate(module["lessons"]):
            link = links.get((m, n))
            lessons.append(
                {
                    "type": "lesson",
                    "id": stable_id(key, str(m), str(n)),
                    "value": {
                        "title": lesson["title"],
                        "body": [
                            {
                                "type": "paragraph",
                                "id": stable_id(key, str(m), str(n), "text"),
                                "value": lesson["text"],
                            }
                        ],
                        "handbook_links": (
                            [
                                {
                                    "page": link.pk,
                                    "url": "",
                                    "text": texts()[code]["handbook_link_text"],
                                }
                            ]
                            if link
                            else []
                        ),
                        "materials": ([document.pk] if key == "leading" and m == 1 else []),
                    },
                }
            )
        modules.append(
            {
                "type": "module",
                "id": stable_id(key, str(m)),
                "value": {"title": module["title"], "summary": "", "lessons": lessons},
            }
        )
    return modules


def ensure_courses(index, command):
    document = ensure_checklist_document()
    courses = {}
    for course in structure()["courses"]:
        links = {}
        for m, module in enumerate(course["modules"]):
            for n, lesson in enumerate(module["lessons"]):
                page = handbook_page(lesson["handbook_words"])
                if page is not None:
                    links[(m, n)] = page

        def values(code, course=course, links=links):
            course_texts = texts()[code]["courses"][course["key"]]
            return {
                "title": course_texts["title"],
                "description": course_texts["description"],
                "audience": course_texts["audience"],
                "estimated_minutes": course["minutes"],
                "modules": course_modules(course, code, links, document),
            }

        slugs = {code: texts()[code]["courses"][course["key"]]["slug"] for code in LANGUAGES}
        fi_course = upsert_child(index, CoursePage, slugs["fi"], values("fi"))
        for code in ("sv", "en"):
            publish_translation(fi_course, code, CoursePage(slug=slugs[code], **values(code)))
        courses[course["key"]] = fi_course
    command.progress(f"{len(courses)} courses in fi, sv, en")
    return courses


def ensure_events(index, command):
    today = timezone.localdate()
    events = structure()["events"]
    for event in events:
        day = today + timedelta(days=event["days_ahead"])
        starts_at = timezone.make_aware(datetime.combine(day, time(event["start_hour"])))

        def values(code, event=event, starts_at=starts_at):
            event_texts = texts()[code]["events"][event["key"]]
            return {
                "title": event_texts["title"],
                "place": event_texts["place"],
                "description": event_texts["description"],
                "kind": event["kind"],
                "starts_at": starts_at,
                "ends_at": starts_at + timedelta(hours=event["hours"]),
                "is_online": event["is_online"],
                "capacity": event["capacity"],
                "registration_deadline": starts_at - timedelta(days=event["deadline_days_before"]),
            }

        slugs = {code: texts()[code]["events"][event["key"]]["slug"] for code in LANGUAGES}
        fi_event = upsert_child(index, EventPage, slugs["fi"], values("fi"))
        for code in ("sv", "en"):
            publish_translation(fi_event, code, EventPage(slug=slugs[code], **values(code)))
    command.progress(f"{len(events)} events")


def ensure_template(command):
    """The appendix 4 template: topics and items in the order of the data files."""
    localized = {code: texts()[code]["onboarding_template"] for code in LANGUAGES}
    names = {f"name_{code}": localized[code]["name"] for code in LANGUAGES}
    template = OnboardingTemplate.objects.filter(name_fi=names["name_fi"]).first()
    if template is None:
        template = OnboardingTemplate.objects.create(**names)
    else:
        OnboardingTemplate.objects.filter(pk=template.pk).update(**names)
    topics = structure()["onboarding_template"]["topics"]
    item_count = 0
    for order, topic_data in enumerate(topics):
        topic_texts = {code: localized[code]["topics"][order] for code in LANGUAGES}
        topic, _created = OnboardingTopic.objects.update_or_create(
            template=template,
            sort_order=order,
            defaults={f"title_{code}": topic_texts[code]["title"] for code in LANGUAGES},
        )
        for item_order, item in enumerate(topic_data["items"]):
            item_texts = {code: topic_texts[code]["items"][item_order] for code in LANGUAGES}
            OnboardingTemplateItem.objects.update_or_create(
                topic=topic,
                sort_order=item_order,
                defaults={
                    "responsible_role": item["responsible_role"],
                    "offset_days": item["offset_days"],
                    **{f"text_{code}": item_texts[code]["text"] for code in LANGUAGES},
                    **{f"note_{code}": item_texts[code]["note"] for code in LANGUAGES},
                },
            )
            item_count += 1
        topic.items.filter(sort_order__gte=len(topic_data["items"])).delete()
    template.topics.filter(sort_order__gte=len(topics)).delete()
    command.progress(f"onboarding template: {len(topics)} topics, {item_count} items")
    return template


def ensure_demo_plan(template, courses, command):
    """uusi.asiantuntija started three weeks ago: early items done, one of them overdue."""
    User = get_user_model()
    expert = User.objects.filter(username="uusi.asiantuntija").first()
    leader = User.objects.filter(username="hel.tiiminvetaja").first()
    mentor = User.objects.filter(username="hel.asiantuntija").first()
    team = Team.objects.filter(code="HEL").first()
    if not (expert and leader and team):
        command.progress("demo plan skipped: the portal's demo users are missing")
        return None
    today = timezone.localdate()
    plan = OnboardingPlan.objects.filter(team=team, expert=expert).first()
    if plan is None:
        with translation.override("fi"):
            plan = create_plan(
                team=team,
                expert=expert,
                start_date=today - timedelta(days=21),
                template=template,
                created_by=leader,
                prior_training="Sosionomi (AMK); lastensuojelun perusteet.",
                manager="hel.esihenkilo",
                responsible_person=mentor or leader,
            )
        past_items = list(plan.items.filter(due_date__lt=today).order_by("due_date", "pk"))
        # All but the last item already due are done: that one is the overdue example.
        for item in past_items[:-1]:
            item.done_at = timezone.now() - timedelta(days=2)
            item.done_by = expert
            item.save(update_fields=["done_at", "done_by"])
    law = courses.get("law")
    if law is not None:
        first_lesson = law.lesson_ids()[0]
        LessonCompletion.objects.get_or_create(
            user=expert, course_key=law.translation_key, lesson_id=first_lesson
        )
    command.progress(f"onboarding plan for {expert.username} ({team.code})")
    return plan


def load(command):
    fi_home = HomePage.objects.filter(locale__language_code="fi").first()
    if fi_home is None:
        command.progress("training skipped: no Finnish home page (run the portal demo first)")
        return
    index = ensure_index(fi_home)
    command.progress("training section in fi, sv, en")
    courses = ensure_courses(index, command)
    ensure_events(index, command)
    template = ensure_template(command)
    ensure_demo_plan(template, courses, command)
