"""Code lists of the portal: one place for each."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PoliceDepartment(models.TextChoices):
    # The eleven police departments of Finland (since 2020) and the Åland police authority.
    HELSINKI = "helsinki", _("Helsinki Police Department")
    EASTERN_UUSIMAA = "ita-uusimaa", _("Eastern Uusimaa Police Department")
    WESTERN_UUSIMAA = "lansi-uusimaa", _("Western Uusimaa Police Department")
    SOUTHWEST_FINLAND = "lounais-suomi", _("Southwestern Finland Police Department")
    HAME = "hame", _("Häme Police Department")
    SOUTHEAST_FINLAND = "kaakkois-suomi", _("Southeastern Finland Police Department")
    EASTERN_FINLAND = "ita-suomi", _("Eastern Finland Police Department")
    INLAND_FINLAND = "sisa-suomi", _("Inland Finland Police Department")
    OSTROBOTHNIA = "pohjanmaa", _("Ostrobothnia Police Department")
    OULU = "oulu", _("Oulu Police Department")
    LAPLAND = "lappi", _("Lapland Police Department")
    ALAND = "ahvenanmaa", _("Åland Police Authority")


class TeamRole(models.TextChoices):
    """A person's role in one team. National roles are groups, see portal.access."""

    EXPERT = "expert", _("Team expert")
    TEAM_LEADER = "team_leader", _("Team leader")
    COORDINATING_MANAGER = "coordinating_manager", _("Coordinating manager")


class Profession(models.TextChoices):
    POLICE = "police", _("Police officer")
    SOCIAL = "social", _("Social worker")
    HEALTH = "health", _("Nurse or health worker")
    YOUTH = "youth", _("Youth worker")
    OTHER = "other", _("Other expert")
