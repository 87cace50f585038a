"""Load the official municipality classification (Statistics Finland, 1.1.2026) and the
national groups. Re-running updates names; municipalities that left the classification
stay for old records but are marked inactive."""

import csv
from pathlib import Path

from django.db import migrations

from portal.roles import NATIONAL_GROUPS as GROUPS

DATA = Path(__file__).resolve().parent.parent / "data" / "municipalities.csv"


def load(apps, schema_editor):
    Municipality = apps.get_model("portal", "Municipality")
    with DATA.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    codes = set()
    for row in rows:
        codes.add(row["code"])
        Municipality.objects.update_or_create(
            code=row["code"],
            defaults={"name_fi": row["name_fi"], "name_sv": row["name_sv"], "is_active": True},
        )
    Municipality.objects.exclude(code__in=codes).update(is_active=False)
    Group = apps.get_model("auth", "Group")
    for name in GROUPS:
        Group.objects.get_or_create(name=name)


class Migration(migrations.Migration):
    dependencies = [("portal", "0001_initial"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
