from django import template
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def lookup(mapping, key):
    return (mapping or {}).get(key)


@register.filter
def duration(minutes):
    """Estimated time in the reader's language, e.g. "2 h 30 min"."""
    try:
        minutes = int(minutes)
    except (TypeError, ValueError):
        return ""
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return _("%(hours)s h %(minutes)s min") % {"hours": hours, "minutes": rest}
    if hours:
        return _("%(hours)s h") % {"hours": hours}
    return _("%(minutes)s min") % {"minutes": rest}


@register.inclusion_tag("training/includes/progress.html")
def progress_bar(progress, label, show_overdue=False):
    """An accessible progress bar: <progress> with its label and the figures as text."""
    return {"progress": progress, "label": label, "show_overdue": show_overdue}
