"""National yearly aggregate over 1,000,000 anchor meetings on PostgreSQL: the ORM figures of
forms.reports.aggregates against one hand-written SQL GROUP BY over the same table, same run.

    .venv/bin/python bench/aggregate_bench.py [--meetings 1000000] [--repeat 5]

Creates its own database (ankkuri_bench_<pid>), migrates it, fills it with INSERT ... SELECT
generate_series (seconds, not minutes), measures, prints both times and their ratio, and drops
the database. Goal: ratio <= 1.5.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SERVER = os.environ.get("BENCH_SERVER", "postgres://postgres@127.0.0.1:5432")
DB_NAME = f"ankkuri_bench_{os.getpid()}"
YEAR = 2024


def admin_execute(sql):
    import psycopg

    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as connection:
        connection.execute(sql)


def fill(meetings, teams=40):
    """Teams, cases, notifications and meetings by set-based SQL; ~1.4 meetings per case."""
    from django.db import connection

    from forms.models import CodeEntry

    progress(f"filling {meetings:,} meetings ...")
    codes = {
        code_list: list(CodeEntry.objects.filter(code_list=code_list).values_list("pk", flat=True))
        for code_list in ("referral_source", "assessment", "reason")
    }
    cases = int(meetings / 1.4)
    with connection.cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO portal_team (code, slug, name_fi, name_sv, name_en, police_department,
                contact_role_fi, contact_role_sv, contact_role_en, phone, email,
                visiting_address, description_fi, description_sv, description_en, is_active)
            SELECT 'T' || g, 'team-' || g, 'Tiimi ' || g, 'Team ' || g, 'Team ' || g,
                (ARRAY['helsinki','oulu','hame','lappi','sisa-suomi'])[1 + g %% 5],
                '', '', '', '', '', '', '', '', '', true
            FROM generate_series(1, %s) g
            """,
            [teams],
        )
        cursor.execute("SELECT min(id), max(id) FROM portal_team")
        first_team, _last = cursor.fetchone()
        cursor.execute("SELECT min(id), count(*) FROM portal_municipality")
        first_municipality, municipalities = cursor.fetchone()
        cursor.execute(
            """
            INSERT INTO register_case (team_id, year, sequence, case_code, birth_year,
                home_municipality_id, created_at, updated_at)
            SELECT %s + g %% %s, 2022 + g %% 4, g, 'C' || g, 2006 + g %% 10,
                %s + g %% %s, now(), now()
            FROM generate_series(1, %s) g
            """,
            [first_team, teams, first_municipality, municipalities, cases],
        )
        cursor.execute("SELECT min(id) FROM register_case")
        first_case = cursor.fetchone()[0]
        cursor.execute(
            """
            INSERT INTO register_notification (case_id, team_id, date_received, referred_by_id,
                child_welfare_notification, violent_radicalisation, created_at, updated_at)
            SELECT c.id, c.team_id, make_date(c.year, 1, 1) + ((c.id * 7919) %% 365)::int,
                (%s::bigint[])[1 + c.id %% %s], c.id %% 3 = 0, c.id %% 97 = 0, now(), now()
            FROM register_case c
            """,
            [codes["referral_source"], len(codes["referral_source"])],
        )
        cursor.execute(
            """
            INSERT INTO register_notification_reasons (notification_id, codeentry_id)
            SELECT n.id, (%s::bigint[])[1 + n.id %% %s] FROM register_notification n
            """,
            [codes["reason"], len(codes["reason"])],
        )
        # Meetings: the first for every notification, a second for 40% of them.
        cursor.execute(
            """
            INSERT INTO register_meeting (notification_id, case_id, team_id, date, ordinal,
                client_before, assessment_way_id, continues_in_services, submission_id,
                created_at, updated_at)
            SELECT n.id, n.case_id, n.team_id, n.date_received + (k * 10 + n.id %% 20)::int, k + 1,
                k > 0, (%s::bigint[])[1 + (n.id + k) %% %s], (n.id + k) %% 5 < 3,
                gen_random_uuid(), now(), now()
            FROM register_notification n CROSS JOIN generate_series(0, 1) k
            WHERE k = 0 OR n.id %% 5 < 2
            LIMIT %s
            """,
            [codes["assessment"], len(codes["assessment"]), meetings],
        )
        cursor.execute("ANALYZE")
        cursor.execute("SELECT count(*) FROM register_meeting")
        progress(f"{cursor.fetchone()[0]:,} meetings, {cases:,} cases (first case id {first_case})")


HAND_WRITTEN = """
    SELECT m.*, n.* FROM
      (SELECT count(*) AS meetings,
              count(DISTINCT m.case_id) AS clients,
              count(DISTINCT m.case_id) FILTER (WHERE NOT m.client_before) AS new_clients,
              count(*) FILTER (WHERE m.ordinal = 1) AS first_meetings,
              count(*) FILTER (WHERE m.continues_in_services) AS continuing,
              count(*) FILTER (WHERE c.code IN ('in_meeting', 'social_worker'))
                  AS assessments_done
       FROM register_meeting m JOIN register_codeentry c ON c.id = m.assessment_way_id
       WHERE m.date BETWEEN %(first)s AND %(last)s) m,
      (SELECT count(*) AS notifications,
              count(*) FILTER (WHERE child_welfare_notification) AS child_welfare_notifications,
              count(*) FILTER (WHERE violent_radicalisation) AS radicalisation
       FROM register_notification
       WHERE date_received BETWEEN %(first)s AND %(last)s) n
"""


FIGURES = [
    "reaction",
    "referral_sources",
    "reasons",
    "offences",
    "assessments",
    "onward_services",
    "ages",
    "municipalities",
]


def measure(function, repeat):
    times = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def progress(message):
    print(message, flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    admin_execute(f'CREATE DATABASE "{DB_NAME}"')
    try:
        os.environ["DATABASE_URL"] = f"{SERVER}/{DB_NAME}"
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
        import django

        django.setup()
        from django.core.management import call_command
        from django.db import connection

        from forms.reports.aggregates import YearFigures

        progress("migrating ...")
        call_command("migrate", verbosity=0)
        fill(args.meetings)

        def orm():
            figures = dict(YearFigures(YEAR).headline)
            figures.pop("returning_clients")  # derived in Python from two of the others
            return figures

        def sql():
            with connection.cursor() as cursor:
                cursor.execute(HAND_WRITTEN, {"first": f"{YEAR}-01-01", "last": f"{YEAR}-12-31"})
                columns = [c.name for c in cursor.description]
                return dict(zip(columns, cursor.fetchone(), strict=True))

        # The same headline figures: the ORM's two aggregate queries against one statement.
        sql()
        orm()  # warm caches
        sql_time, sql_result = measure(sql, args.repeat)
        orm_time, orm_result = measure(orm, args.repeat)
        assert orm_result == sql_result, (orm_result, sql_result)
        full_time, _ = measure(lambda: YearFigures(YEAR).as_dict(), max(1, args.repeat // 2))
        print(f"meetings in {YEAR}: {sql_result['meetings']:,}")
        print(f"hand-written SQL GROUP BY : {sql_time * 1000:8.1f} ms")
        print(f"ORM yearly aggregate      : {orm_time * 1000:8.1f} ms")
        print(f"ratio ORM / SQL           : {orm_time / sql_time:8.2f}  (goal <= 1.5)")
        print(f"every section-3 figure    : {full_time * 1000:8.1f} ms (all distributions)")
        figures = YearFigures(YEAR)
        _ = figures.headline  # the distributions use its totals
        for name in FIGURES:
            start = time.perf_counter()
            getattr(figures, name)
            print(f"  {name:<24}: {(time.perf_counter() - start) * 1000:8.1f} ms")
        connection.close()
    finally:
        admin_execute(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')
        progress(f"dropped {DB_NAME}")


if __name__ == "__main__":
    main()
