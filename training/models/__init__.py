from .courses import CourseIndexPage, CoursePage, LessonCompletion  # noqa: F401
from .events import EventPage, EventRegistration  # noqa: F401
from .onboarding import (  # noqa: F401
    OnboardingPlan,
    OnboardingPlanItem,
    OnboardingTemplate,
    OnboardingTemplateItem,
    OnboardingTopic,
)
