"""PostgreSQL: a GIN index on the expression the database backend searches, (title || body).

Wagtail's search filters index entries with `title || body @@ query`; the separate GIN
indexes on title and body cannot serve that expression, so without this index every search
reads the whole index table. Other databases: nothing to do.
"""

from django.db import migrations

INDEX = "portal_search_indexentry_title_body_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry "
            "USING gin ((title || body))"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(create_index, drop_index)]
