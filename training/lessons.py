"""Marking a lesson done or not done: the completion row and its audit entry."""

from django.db import transaction

from portal import audit
from training.models import LessonCompletion


@transaction.atomic
def set_lesson_done(user, course, lesson_id, done):
    """Record (or remove) the user's completion of a lesson of `course`; audited when
    something changed. Returns whether it changed."""
    keys = {"user": user, "course_key": course.translation_key, "lesson_id": lesson_id}
    if done:
        completion, created = LessonCompletion.objects.get_or_create(**keys)
        if created:
            audit.record(user, "create", completion, {"lesson_id": [None, lesson_id]})
        return created
    completion = LessonCompletion.objects.filter(**keys).first()
    if completion is None:
        return False
    audit.record(user, "delete", completion, {"lesson_id": [lesson_id, None]})
    completion.delete()
    return True
