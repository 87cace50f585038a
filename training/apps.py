from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    name = "training"
    verbose_name = _("Training and onboarding")

    def ready(self):
        from portal.cache import track_app_content

        # Courses and events are public (an event page shows the places left); a learner's
        # progress and onboarding plans are shown only to them.
        track_app_content(
            self, exclude=["LessonCompletion", "OnboardingPlan", "OnboardingPlanItem"]
        )
