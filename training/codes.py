"""Code lists of training and onboarding."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ResponsibleRole(models.TextChoices):
    """Who, by default, takes care of an onboarding item (appendix 4, "Introduktionsansvarig")."""

    TEAM_LEADER = "team_leader", _("Team leader")
    LINE_MANAGER = "line_manager", _("Line manager")
    COORDINATING_MANAGER = "coordinating_manager", _("Coordinating manager")
    RESPONSIBLE_PERSON = "responsible_person", _("Person responsible for onboarding")
    MENTOR = "mentor", _("Mentor or work pair")
    EXPERT = "expert", _("The new expert")
    WHOLE_TEAM = "whole_team", _("The whole team")


class EventKind(models.TextChoices):
    NATIONAL_SEMINAR = "national_seminar", _("National seminar")
    REGIONAL_TRAINING_DAY = "regional_training_day", _("Regional training day")
    OTHER = "other", _("Other training event")
