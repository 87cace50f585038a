"""Course pages: a course is modules of lessons; signed-in users mark lessons done."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from training.blocks import ModuleBlock
from training.handbook_links import handbook_links
from training.models.events import EventPage, upcoming_events
from training.progress import course_progress


class CourseIndexPage(Page):
    """The training section of one language: courses and events."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["training.CoursePage", "training.EventPage"]
    max_count_per_parent = 1
    template = "training/pages/course_index_page.html"

    class Meta:
        verbose_name = _("training index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        courses = CoursePage.objects.child_of(self).live().order_by("path")
        context["courses"] = courses_with_progress(courses, request.user)
        context["events"] = upcoming_events(EventPage.objects.child_of(self).live())
        return context


class CoursePage(Page):
    description = RichTextField(_("description"), features=["bold", "italic", "link", "ul"])
    audience = models.TextField(_("audience"), help_text=_("Who the course is meant for."))
    estimated_minutes = models.PositiveIntegerField(
        _("estimated time in minutes"), help_text=_("How long the whole course takes.")
    )
    modules = StreamField(
        [("module", ModuleBlock())], verbose_name=_("modules"), use_json_field=True
    )

    content_panels = Page.content_panels + [
        FieldPanel("description"),
        FieldPanel("audience"),
        FieldPanel("estimated_minutes"),
        FieldPanel("modules"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("description"),
        index.SearchField("audience"),
        index.SearchField("modules"),
    ]
    api_fields = [
        APIField("description"),
        APIField("audience"),
        APIField("estimated_minutes"),
        APIField("modules"),
    ]

    parent_page_types = ["training.CourseIndexPage"]
    subpage_types = []
    template = "training/pages/course_page.html"

    class Meta:
        verbose_name = _("course page")

    def lessons(self):
        """[(module, lesson stream child)] in course order."""
        return [(module, lesson) for module in self.modules for lesson in module.value["lessons"]]

    def lesson_ids(self):
        return [lesson.id for _module, lesson in self.lessons()]

    def completed_lesson_ids(self, user):
        if not user.is_authenticated:
            return set()
        return LessonCompletion.objects.completed_by_course(user, [self.translation_key]).get(
            self.translation_key, set()
        )

    def progress_for(self, user):
        return course_progress(self.lesson_ids(), self.completed_lesson_ids(user))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        completed = self.completed_lesson_ids(request.user)
        context["completed_lesson_ids"] = completed
        context["progress"] = course_progress(self.lesson_ids(), completed)
        context["handbook_links"] = handbook_links(self, request)
        return context


def courses_with_progress(courses, user):
    """[(course, Progress or None)] with one query for all the user's completions."""
    courses = list(courses)
    if not user.is_authenticated:
        return [(course, None) for course in courses]
    completed = LessonCompletion.objects.completed_by_course(
        user, [course.translation_key for course in courses]
    )
    return [
        (course, course_progress(course.lesson_ids(), completed.get(course.translation_key, set())))
        for course in courses
    ]


class LessonCompletionQuerySet(models.QuerySet):
    def completed_by_course(self, user, course_keys):
        """{course translation key: {lesson ids the user has done}} in one query."""
        completed = {}
        rows = self.filter(user=user, course_key__in=course_keys).values_list(
            "course_key", "lesson_id"
        )
        for course_key, lesson_id in rows:
            completed.setdefault(course_key, set()).add(lesson_id)
        return completed


class LessonCompletion(models.Model):
    """A user has done a lesson. Keyed by the course's translation key, so every language
    version of the course shares the same progress."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="lesson_completions",
        verbose_name=_("user"),
    )
    course_key = models.UUIDField(_("course"), db_index=True)
    lesson_id = models.CharField(_("lesson"), max_length=64)
    completed_at = models.DateTimeField(_("completed at"), auto_now_add=True)

    objects = LessonCompletionQuerySet.as_manager()

    class Meta:
        verbose_name = _("lesson completion")
        verbose_name_plural = _("lesson completions")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course_key", "lesson_id"], name="unique_lesson_completion"
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.lesson_id}"
