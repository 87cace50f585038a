"""One way to mark up a form field in every app: the ids of its hint and error, and the
attributes that tie them and the required state to the input (portal/includes/field.html)."""


def hint_id(bound_field):
    return f"{bound_field.auto_id or bound_field.html_name}-hint"


def error_id(bound_field):
    return f"{bound_field.auto_id or bound_field.html_name}-error"


def described_by(bound_field):
    """The ids an input or its fieldset is described by: its hint, then its errors."""
    ids = []
    if bound_field.help_text:
        ids.append(hint_id(bound_field))
    if bound_field.errors:
        ids.append(error_id(bound_field))
    return " ".join(ids)


def widget_attrs(bound_field):
    """Extra attributes of the input. Django adds `required` and `aria-invalid` itself; a
    fieldset (radio buttons, checkboxes) carries aria-describedby on the fieldset instead."""
    attrs = {}
    if bound_field.field.required and not bound_field.use_fieldset:
        attrs["aria-required"] = "true"
    ids = described_by(bound_field)
    if ids and not bound_field.use_fieldset:
        attrs["aria-describedby"] = ids
    return attrs
