"""The three content locales exist from the start, so the admin and the API can use them."""

from django.db import migrations


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code in ("fi", "sv", "en"):
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [("portal", "0002_load_municipalities_and_groups"), ("wagtailcore", "0001_initial")]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
