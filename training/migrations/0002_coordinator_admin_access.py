"""The national coordinator edits the onboarding template in the Wagtail admin, so the
group needs admin access (what it may edit there is decided in training.wagtail_hooks)."""

from django.db import migrations

GROUP = "National coordinators"


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    admin_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access, _ = Permission.objects.get_or_create(
        content_type=admin_type, codename="access_admin", defaults={"name": "Can access Wagtail admin"}
    )
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(access)


class Migration(migrations.Migration):
    dependencies = [
        ("training", "0001_initial"),
        ("portal", "0002_load_municipalities_and_groups"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
