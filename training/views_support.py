"""Context helpers shared by the training pages and views; each keeps its query count fixed."""

from django.utils import timezone
from wagtail.models import Locale, Page

from training.models import LessonCompletion
from training.progress import course_progress


def courses_with_progress(courses, user):
    """[(course, Progress or None)] with one query for all the user's completions."""
    courses = list(courses)
    completed = {}
    if user.is_authenticated:
        rows = LessonCompletion.objects.filter(
            user=user, course_key__in=[course.translation_key for course in courses]
        ).values_list("course_key", "lesson_id")
        for course_key, lesson_id in rows:
            completed.setdefault(course_key, set()).add(lesson_id)
    return [
        (
            course,
            course_progress(course.lesson_ids(), completed.get(course.translation_key, set()))
            if user.is_authenticated
            else None,
        )
        for course in courses
    ]


def upcoming_events(events, now=None):
    now = now or timezone.now()
    return list(events.filter(starts_at__gte=now).order_by("starts_at"))


def handbook_links(course, request):
    """{page pk: (url, title)} for every handbook page a lesson links to, in the reader's
    language where the page has been translated. Two queries however many links."""
    pages = {}
    for _module, lesson in course.lessons():
        for link in lesson.value["handbook_links"]:
            page = link.get("page")
            if page is not None:
                pages[page.pk] = page
    if not pages:
        return {}
    locale = Locale.get_active()
    keys = {page.translation_key for page in pages.values()}
    localized = {
        page.translation_key: page
        for page in Page.objects.live().filter(translation_key__in=keys, locale=locale)
    }
    links = {}
    for pk, page in pages.items():
        shown = localized.get(page.translation_key, page)
        links[pk] = (shown.get_url(request=request), shown.title)
    return links
