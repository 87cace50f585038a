"""Progress and overdue rules for courses and onboarding plans: one place for each rule.

Plain functions over plain values, so the rules are tested without a database.
"""

from dataclasses import dataclass
from datetime import timedelta


@dataclass(frozen=True)
class Progress:
    done: int
    total: int

    @property
    def percent(self):
        """Whole percent done, rounded down so 100 means everything is done."""
        if self.total <= 0:
            return 0
        return min(100, (100 * self.done) // self.total)

    @property
    def complete(self):
        return self.total > 0 and self.done >= self.total


def course_progress(lesson_ids, completed_ids):
    """Lessons done of a course; completions of lessons no longer in the course do not count."""
    lesson_ids = set(lesson_ids)
    return Progress(done=len(lesson_ids & set(completed_ids)), total=len(lesson_ids))


def is_overdue(due_date, done, today):
    """An item is overdue when its date has passed (not today) and it is not done."""
    return bool(due_date) and not done and due_date < today


@dataclass(frozen=True)
class PlanProgress(Progress):
    overdue: int = 0


def plan_progress(items, today):
    """items: iterable of (due_date, done) pairs."""
    items = list(items)
    return PlanProgress(
        done=sum(1 for _due, done in items if done),
        total=len(items),
        overdue=sum(1 for due, done in items if is_overdue(due, done, today)),
    )


def due_date(start_date, offset_days):
    """The date of an item scheduled `offset_days` after the start (0 = the first day)."""
    return start_date + timedelta(days=offset_days or 0)
