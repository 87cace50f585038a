"""The progress and overdue rules (plain module, no database)."""

from datetime import date

from training.progress import (
    Progress,
    course_progress,
    due_date,
    is_overdue,
    plan_progress,
)

TODAY = date(2025, 9, 15)


def test_percent_rounds_down_and_handles_empty():
    assert Progress(done=1, total=3).percent == 33
    assert Progress(done=2, total=3).percent == 66
    assert Progress(done=3, total=3).percent == 100
    assert Progress(done=0, total=0).percent == 0
    assert not Progress(done=0, total=0).complete
    assert Progress(done=3, total=3).complete


def test_course_progress_ignores_lessons_no_longer_in_the_course():
    progress = course_progress(["a", "b", "c", "d"], {"a", "c", "removed"})
    assert (progress.done, progress.total, progress.percent) == (2, 4, 50)


def test_overdue_means_date_passed_and_not_done():
    assert is_overdue(date(2025, 9, 14), False, TODAY)
    assert not is_overdue(date(2025, 9, 15), False, TODAY)  # due today is not late yet
    assert not is_overdue(date(2025, 9, 14), True, TODAY)
    assert not is_overdue(None, False, TODAY)


def test_plan_progress_counts_done_and_overdue():
    items = [
        (date(2025, 9, 1), True),
        (date(2025, 9, 10), False),
        (date(2025, 9, 12), False),
        (date(2025, 9, 20), False),
        (None, True),
    ]
    progress = plan_progress(items, TODAY)
    assert (progress.done, progress.total, progress.overdue, progress.percent) == (2, 5, 2, 40)


def test_due_date_counts_days_from_start():
    assert due_date(date(2025, 8, 25), 0) == date(2025, 8, 25)
    assert due_date(date(2025, 8, 25), 14) == date(2025, 9, 8)
    assert due_date(date(2025, 8, 25), None) == date(2025, 8, 25)
