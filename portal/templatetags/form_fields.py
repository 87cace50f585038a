"""{% field_widget field %}: the input of portal/includes/field.html with its ARIA attributes."""

from django import template

from portal import form_fields

register = template.Library()


@register.simple_tag
def field_widget(bound_field):
    return bound_field.as_widget(attrs=form_fields.widget_attrs(bound_field))


@register.simple_tag
def field_hint_id(bound_field):
    return form_fields.hint_id(bound_field)


@register.simple_tag
def field_error_id(bound_field):
    return form_fields.error_id(bound_field)


@register.simple_tag
def field_described_by(bound_field):
    return form_fields.described_by(bound_field)
