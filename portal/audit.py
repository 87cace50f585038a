"""The audit trail every app writes to: `record(user, action, obj, changes)` after every create,
update, delete and export. Entries are append-only (see portal.models.AuditEntry)."""

import datetime

from django.db.models import Model

from portal.models.audit import AuditAction, AuditEntry


def _plain(value):
    """A JSON-friendly form of a field value: ids for records, ISO text for dates."""
    if isinstance(value, Model):
        return getattr(value, "code", None) or value.pk
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    if isinstance(value, list | tuple | set):
        return sorted(_plain(v) for v in value)
    if hasattr(value, "all") and callable(value.all):
        return sorted(_plain(v) for v in value.all())
    return value


def snapshot(obj, fields):
    """The values of `fields` (many-to-many included) as plain JSON values."""
    result = {}
    for name in fields:
        field = obj._meta.get_field(name)
        if field.many_to_many:
            result[name] = _plain(getattr(obj, name).all()) if obj.pk else []
        elif field.is_relation:
            related = getattr(obj, name)
            result[name] = _plain(related) if related is not None else None
        else:
            result[name] = _plain(getattr(obj, name))
    return result


def diff(before, after):
    """{field: [old, new]} for the fields whose value changed."""
    keys = set(before) | set(after)
    return {k: [before.get(k), after.get(k)] for k in sorted(keys) if before.get(k) != after.get(k)}


def record(user, action, obj, changes=None, team=None):
    """Write one audit entry. `obj` is a model instance (or a text label for exports)."""
    action = AuditAction(action)
    authenticated = user is not None and user.is_authenticated
    if isinstance(obj, Model):
        model = obj._meta.label
        object_id = str(obj.pk or "")
        object_repr = str(getattr(obj, "case_code", "") or obj)[:200]
        team = team or getattr(obj, "team", None)
    else:
        model, object_id, object_repr = "export", "", str(obj)[:200]
    return AuditEntry.objects.create(
        user=user if authenticated else None,
        username=user.get_username() if authenticated else "",
        action=action,
        team=team,
        model=model,
        object_id=object_id,
        object_repr=object_repr,
        changes=changes or {},
    )
