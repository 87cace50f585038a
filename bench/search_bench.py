"""Search speed on PostgreSQL: p50 and p95 of the portal search over 10,000 pages per language.

    .venv/bin/python bench/search_bench.py [--pages 10000] [--repeat 15]

Creates a scratch database (ankkuri_bench_<pid>) on the local PostgreSQL and drops it at the
end, unless DATABASE_URL is set (then that database is used and left as it is: give it a
scratch one). Pages are generated in bulk (rows inserted directly, then indexed with the
search backend in chunks, as update_index would), so setup takes a minute or two.

Measures the whole search a visitor triggers (engine.run_search: facet counts, section-number
lookup, first page of hits with snippets) and, in the same run, a baseline: an indexed slug
lookup of one page. Prints p50/p95 of each and their ratio. Goal: search p95 <= 50 ms.
"""

import argparse
import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PG_SERVER = "postgres://postgres@127.0.0.1:5432"

VOCABULARY = {
    "fi": (
        "nuori nuoren nuorten nuorille ankkuritiimi ankkuritiimin ankkuritoiminta tapaaminen "
        "tapaamisen tapaamiset poliisi sosiaalityöntekijä terveydenhoitaja nuorisotyöntekijä "
        "huoltaja huoltajat lastensuojeluilmoitus rikosnimike kotikunta palvelutarpeen arviointi "
        "perehdytys käsikirja liite yhteistyökumppani ankkurikahvit toimintakertomus tilasto "
        "väkivaltainen radikalisoituminen ohjausryhmä esimiestiimi koulutus seminaari"
    ).split(),
    "sv": (
        "ungdom ungdomen ungdomar ungdomarna ankarteam ankarteamet ankarverksamhet ankarträff "
        "träffen träffar polis socialarbetare hälsovårdare ungdomsarbetare vårdnadshavare "
        "barnskyddsanmälan brottsbenämning hemort bedömning servicebehov introduktion handbok "
        "bilaga samarbetspartner ankarkaffe verksamhetsberättelse statistik våldsam "
        "radikalisering styrgrupp chefsteam utbildning seminarium"
    ).split(),
    "en": (
        "young youth person people anchor team teams work meeting meetings police social "
        "worker nurse guardian guardians child welfare notification offence type home "
        "municipality service needs assessment onboarding handbook appendix partner partners "
        "coffee annual report statistics violent radicalisation steering group training"
    ).split(),
}
QUERIES = {
    "fi": [
        "nuorten",
        "ankkuritiimi",
        "tapaamiset",
        "lastensuojeluilmoitus",
        "2.3.6",
        "nuori poliisi",
    ],
    "sv": ["ungdomarna", "ankarteam", "träffar", "barnskyddsanmälan", "2.3.6", "ungdom polis"],
    "en": ["meetings", "anchor", "young people", "notification", "2.3.6", "police report"],
}


def filler(rng):
    """A made-up word, so the vocabulary is large and common words are not everywhere."""
    return "".join(rng.choice("aeiouklmnprstv") for _ in range(rng.randint(4, 9)))


def sentence(rng, language, words):
    vocabulary = VOCABULARY[language]
    return " ".join(
        rng.choice(vocabulary) if rng.random() < 0.1 else filler(rng) for _ in range(words)
    )


def percentile(values, p):
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000, help="pages per language")
    parser.add_argument("--repeat", type=int, default=15, help="runs of each query")
    args = parser.parse_args()

    own_database = "DATABASE_URL" not in os.environ
    if own_database:
        import psycopg

        name = f"ankkuri_bench_{os.getpid()}"
        with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        os.environ["DATABASE_URL"] = f"{PG_SERVER}/{name}"
        print(f"database: {name} (created; dropped at the end)")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    try:
        run(args)
    finally:
        if own_database:
            from django.db import connections

            connections.close_all()
            with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            print(f"database: {name} dropped")


def run(args):
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    assert connection.vendor == "postgresql", "the bench measures PostgreSQL"
    t0 = time.perf_counter()
    call_command("migrate", verbosity=0)
    print(f"migrated in {time.perf_counter() - t0:.1f} s")

    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    from portal.demo import ensure_home_pages
    from portal.models import ContentPage, HomePage
    from search import engine

    class Quiet:
        def progress(self, message):
            pass

    ensure_home_pages(Quiet())
    rng = random.Random(7)
    content_type = ContentType.objects.get_for_model(ContentPage)
    backend = get_search_backend()
    t0 = time.perf_counter()
    slugs = {}
    for home in HomePage.objects.select_related("locale"):
        language = home.locale.language_code
        pages = []
        for number in range(1, args.pages + 1):
            title = sentence(rng, language, rng.randint(3, 6)).capitalize()
            if number % 1000 == 0 or number == 1:
                # Section-like titles; "2.3.6" exists once per language.
                title = f"{'2.3.6' if number == 1 else f'{number // 1000}.{number % 7}.1'} {title}"
            slug = f"{language}-bench-{number}"
            pages.append(
                Page(
                    title=title,
                    draft_title=title,
                    slug=slug,
                    content_type=content_type,
                    path=Page._get_path(home.path, home.depth + 1, home.numchild + number),
                    depth=home.depth + 1,
                    numchild=0,
                    url_path=f"{home.url_path}{slug}/",
                    locale_id=home.locale_id,
                    translation_key=uuid.uuid4(),
                    live=True,
                    search_description="",
                )
            )
        Page.objects.bulk_create(pages, batch_size=2000)
        ids = list(
            Page.objects.filter(locale_id=home.locale_id, depth=home.depth + 1)
            .exclude(content_type__model="homepage")
            .values_list("id", flat=True)
        )
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO portal_contentpage (page_ptr_id, lead, body) VALUES (%s, %s, '[]')",
                [(pk, sentence(rng, language, rng.randint(30, 60))) for pk in ids],
            )
        Page.objects.filter(pk=home.pk).update(numchild=home.numchild + args.pages)
        slugs[language] = [p.slug for p in pages[:: max(args.pages // 50, 1)]]
        print(f"{language}: {args.pages} pages inserted ({time.perf_counter() - t0:.1f} s)")
        queryset = ContentPage.objects.filter(locale_id=home.locale_id, depth=home.depth + 1)
        chunk = 1000
        for start in range(0, args.pages, chunk):
            backend.add_bulk(ContentPage, list(queryset.order_by("pk")[start : start + chunk]))
            print(
                f"  {language}: indexed {min(start + chunk, args.pages)}/{args.pages}", flush=True
            )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(f"generated and indexed in {time.perf_counter() - t0:.1f} s")

    from wagtail.models import Locale

    search_times, baseline_times, result_counts = [], [], []
    for language, queries in QUERIES.items():
        locale = Locale.objects.get(language_code=language)
        for query in queries:
            engine.run_search(language, query)  # warm-up
            for _ in range(args.repeat):
                t = time.perf_counter()
                outcome = engine.run_search(language, query)
                _hits = outcome.hits
                search_times.append((time.perf_counter() - t) * 1000)
                slug = rng.choice(slugs[language])
                t = time.perf_counter()
                Page.objects.filter(locale=locale, slug=slug).values_list("id", "title").first()
                baseline_times.append((time.perf_counter() - t) * 1000)
            result_counts.append((language, query, outcome.count))

    print()
    for language, query, count in result_counts:
        print(f"  {language} {query!r}: {count} results")
    s50, s95 = percentile(search_times, 50), percentile(search_times, 95)
    b50, b95 = percentile(baseline_times, 50), percentile(baseline_times, 95)
    print()
    print(f"pages per language: {args.pages}, languages: 3, searches: {len(search_times)}")
    print(f"baseline (indexed slug lookup): p50 {b50:.2f} ms  p95 {b95:.2f} ms")
    print(f"search (run_search, page 1):    p50 {s50:.2f} ms  p95 {s95:.2f} ms")
    print(f"ratio search/baseline:          p50 {s50 / b50:.1f}x  p95 {s95 / b95:.1f}x")
    print(f"goal p95 <= 50 ms: {'met' if s95 <= 50 else 'NOT met'}")


if __name__ == "__main__":
    main()
