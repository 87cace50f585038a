import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    """The audit trail moves from the register to the portal; the table register_auditentry
    (created by register 0001) stays as it is, so only the model state moves."""

    dependencies = [
        ("portal", "0004_pages_partners_settings_menus"),
        ("register", "0003_move_auditentry_to_portal"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name="AuditEntry",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("at", models.DateTimeField(db_index=True, default=django.utils.timezone.now, verbose_name="time")),
                        ("username", models.CharField(blank=True, max_length=150, verbose_name="username")),
                        ("action", models.CharField(choices=[("create", "created"), ("update", "changed"), ("delete", "deleted"), ("export", "exported"), ("lock", "locked"), ("unlock", "reopened")], max_length=10, verbose_name="action")),
                        ("model", models.CharField(max_length=60, verbose_name="record type")),
                        ("object_id", models.CharField(blank=True, max_length=64, verbose_name="record id")),
                        ("object_repr", models.CharField(blank=True, max_length=200, verbose_name="record")),
                        ("changes", models.JSONField(blank=True, default=dict, verbose_name="changes")),
                        ("team", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to="portal.team", verbose_name="team")),
                        ("user", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to=settings.AUTH_USER_MODEL, verbose_name="user")),
                    ],
                    options={
                        "verbose_name": "audit entry",
                        "verbose_name_plural": "audit entries",
                        "ordering": ["-at", "-pk"],
                        "db_table": "register_auditentry",
                        "indexes": [models.Index(fields=["model", "object_id"], name="register_au_model_63775d_idx")],
                    },
                )
            ],
        )
    ]
