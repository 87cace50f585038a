"""Look-ups of the team and partner directories (plain functions, tested in portal/tests)."""

from django.db.models import Q

from portal.codes import PartnerSector, Region


def normalise_name(text):
    return " ".join((text or "").split()).casefold()


def find_municipality(text, municipalities):
    """The municipality whose code or Finnish or Swedish name is `text` (case and extra
    spaces ignored), or None. `municipalities` is an iterable already in memory."""
    wanted = normalise_name(text)
    if not wanted:
        return None
    for municipality in municipalities:
        if wanted in (
            municipality.code,
            normalise_name(municipality.name_fi),
            normalise_name(municipality.name_sv),
        ):
            return municipality
    return None


def teams_for_municipality(municipality):
    """Active teams that cover the municipality (usually one)."""
    from portal.models import Team

    return list(
        Team.objects.filter(is_active=True, municipalities=municipality)
        .prefetch_related("municipalities")
        .order_by("name_fi")
    )


def filter_partners(queryset, sector=None, region=None):
    """Partners of a sector and/or working in a region (nationwide partners work everywhere)."""
    if sector and sector in PartnerSector.values:
        queryset = queryset.filter(sector=sector)
    if region and region in Region.values:
        queryset = queryset.filter(Q(nationwide=True) | Q(regions__region=region)).distinct()
    return queryset
