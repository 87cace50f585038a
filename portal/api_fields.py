"""Serializer fields for the API of the directory models (no model imports: models use these)."""

from rest_framework import serializers


class MunicipalitiesField(serializers.Field):
    """A team's municipalities with code and both official names (uses the prefetch cache)."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return instance.municipalities.all()

    def to_representation(self, municipalities):
        return [
            {"code": m.code, "name_fi": m.name_fi, "name_sv": m.name_sv} for m in municipalities
        ]


class ChoiceLabelField(serializers.Field):
    """A code with its human-readable label in the active language."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, instance):
        field = self.source_attrs[-1] if self.source_attrs else self.field_name
        return {
            "code": getattr(instance, field),
            "label": str(getattr(instance, f"get_{field}_display")()),
        }
