from django.db import migrations


class Migration(migrations.Migration):
    """The audit trail became the whole product's (portal.AuditEntry); its table stays."""

    dependencies = [("register", "0002_code_lists")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="AuditEntry")],
            database_operations=[],
        )
    ]
