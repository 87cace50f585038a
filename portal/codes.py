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


class PartnerSector(models.TextChoices):
    """Sectors of the partner directory: handbook table 6, table 7 and the third sector."""

    CRISIS = "crisis", _("Crisis services")
    YOUTH = "youth", _("Youth services")
    EDUCATION = "education", _("Education")
    POLICE = "police", _("Police")
    CRIME = "crime", _("Other crime-related services")
    SOCIAL = "social", _("Social services")
    HEALTH = "health", _("Health services")
    OTHER = "other", _("Other services")
    NATIONAL_PROGRAMME = "programme", _("National programme")
    NGO = "ngo", _("Non-governmental organisation")
    PARISH = "parish", _("Parish or religious community")


class Region(models.TextChoices):
    """The regions (maakunta / landskap) of Finland, where regional partners work."""

    UUSIMAA = "uusimaa", _("Uusimaa")
    SOUTHWEST_FINLAND = "varsinais-suomi", _("Southwest Finland")
    SATAKUNTA = "satakunta", _("Satakunta")
    KANTA_HAME = "kanta-hame", _("Kanta-Häme")
    PIRKANMAA = "pirkanmaa", _("Pirkanmaa")
    PAIJAT_HAME = "paijat-hame", _("Päijät-Häme")
    KYMENLAAKSO = "kymenlaakso", _("Kymenlaakso")
    SOUTH_KARELIA = "etela-karjala", _("South Karelia")
    SOUTH_SAVO = "etela-savo", _("South Savo")
    NORTH_SAVO = "pohjois-savo", _("North Savo")
    NORTH_KARELIA = "pohjois-karjala", _("North Karelia")
    CENTRAL_FINLAND = "keski-suomi", _("Central Finland")
    SOUTH_OSTROBOTHNIA = "etela-pohjanmaa", _("South Ostrobothnia")
    OSTROBOTHNIA = "pohjanmaa", _("Ostrobothnia")
    CENTRAL_OSTROBOTHNIA = "keski-pohjanmaa", _("Central Ostrobothnia")
    NORTH_OSTROBOTHNIA = "pohjois-pohjanmaa", _("North Ostrobothnia")
    KAINUU = "kainuu", _("Kainuu")
    LAPLAND = "lappi", _("Lapland")
    ALAND = "ahvenanmaa", _("Åland")


class MenuLocation(models.TextChoices):
    HEADER = "header", _("Header")
    FOOTER = "footer", _("Footer")
