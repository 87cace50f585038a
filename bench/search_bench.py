"""Search speed on PostgreSQL: p50 and p95 of the portal search over 10,000 pages per language.

    .venv/bin/python bench/search_bench.py [--pages 10000] [--repeat 15] [--database NAME]

Creates a scratch database (ankkuri_bench_<pid>) on the local PostgreSQL and drops it at the
end. With --database NAME (or DATABASE_URL) that database is used and kept, and content is
generated only if it holds none yet, so repeated runs skip the set-up. Pages are generated in
bulk (rows inserted directly, then indexed with the search backend in chunks, as update_index
would), so set-up takes a minute or two. The anchor teams and partners of the demo are added
too, so directory searches run as on the site.

Measures the whole search a visitor triggers (engine.run_search: facet counts, section-number
lookup, one page of hits with snippets) over a mixed workload in each language (common words
matching thousands of pages, rare words, inflected forms, section numbers, several words,
a facet's later result page, a word found nowhere) and, interleaved in the same run, a
baseline: an indexed slug lookup of one page. Prints p50/p95 per class and overall, and the
ratios to the baseline. Goal: search p95 <= 50 ms.
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
# Words that occur in a few dozen pages only (inflected in the queries below).
RARE_WORDS = {
    "fi": "kriisipäivystys sovittelu".split(),
    "sv": "krisjour medling".split(),
    "en": "mediation helpline".split(),
}
RARE_SHARE = 0.0001  # of the words of a text
# What visitors type, by class: (query, facet, result page).
WORKLOAD = {
    "common": {
        "fi": [("nuorten", "", 1), ("ankkuritiimi", "", 1)],
        "sv": [("ungdomarna", "", 1), ("ankarteam", "", 1)],
        "en": [("meetings", "", 1), ("anchor", "", 1)],
    },
    "inflected": {
        "fi": [("tapaamiset", "", 1), ("lastensuojeluilmoitus", "", 1)],
        "sv": [("träffar", "", 1), ("barnskyddsanmälan", "", 1)],
        "en": [("notification", "", 1), ("guardians", "", 1)],
    },
    "rare": {
        "fi": [("kriisipäivystystä", "", 1), ("sovittelussa", "", 1)],
        "sv": [("krisjouren", "", 1), ("medlingen", "", 1)],
        "en": [("mediations", "", 1), ("helplines", "", 1)],
    },
    "section": {
        "fi": [("2.3.6", "", 1), ("4.3.1", "", 1)],
        "sv": [("2.3.6", "", 1), ("4.3.1", "", 1)],
        "en": [("2.3.6", "", 1), ("4.3.1", "", 1)],
    },
    "multi-word": {
        "fi": [("nuori poliisi", "", 1), ("ankkuritiimin tapaaminen huoltajat", "", 1)],
        "sv": [("ungdom polis", "", 1), ("ankarteamet träffen vårdnadshavare", "", 1)],
        "en": [("young people", "", 1), ("police report", "", 1)],
    },
    "facet, page 3": {
        "fi": [("nuorten", "pages", 3), ("nuorten", "teams", 1)],
        "sv": [("ungdomarna", "pages", 3), ("ungdomarna", "teams", 1)],
        "en": [("meetings", "pages", 3), ("meetings", "teams", 1)],
    },
    "no match": {
        "fi": [("xylofoni", "", 1)],
        "sv": [("qwertyz", "", 1)],
        "en": [("zyzzyva", "", 1)],
    },
}


def filler(rng):
    """A made-up word, so the vocabulary is large and common words are not everywhere."""
    return "".join(rng.choice("aeiouklmnprstv") for _ in range(rng.randint(4, 9)))


def word(rng, language):
    roll = rng.random()
    if roll < RARE_SHARE:
        return rng.choice(RARE_WORDS[language])
    if roll < 0.1:
        return rng.choice(VOCABULARY[language])
    return filler(rng)


def sentence(rng, language, words):
    return " ".join(word(rng, language) for _ in range(words))


def percentile(values, p):
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000, help="pages per language")
    parser.add_argument("--repeat", type=int, default=15, help="runs of each query")
    parser.add_argument("--database", help="use (and keep) this database; content made once")
    args = parser.parse_args()

    import psycopg

    own_database = "DATABASE_URL" not in os.environ and not args.database
    if "DATABASE_URL" not in os.environ:
        name = args.database or f"ankkuri_bench_{os.getpid()}"
        with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
            if not exists:
                conn.execute(f'CREATE DATABASE "{name}"')
        os.environ["DATABASE_URL"] = f"{PG_SERVER}/{name}"
        print(f"database: {name} ({'created' if not exists else 'kept'}", end="")
        print("; dropped at the end)" if own_database else ", kept)")
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


class Quiet:
    def progress(self, message):
        pass


def generate(args):
    """Bench pages in every language, indexed; the demo's teams and partners."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    from portal import demo
    from portal.models import ContentPage, HomePage

    demo.ensure_home_pages(Quiet())
    demo.ensure_teams(Quiet())
    demo.ensure_partners(Quiet())
    rng = random.Random(7)
    content_type = ContentType.objects.get_for_model(ContentPage)
    backend = get_search_backend()
    t0 = time.perf_counter()
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
            Page.objects.filter(locale_id=home.locale_id, slug__contains="-bench-").values_list(
                "id", flat=True
            )
        )
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO portal_contentpage (page_ptr_id, lead, body) VALUES (%s, %s, '[]')",
                [(pk, sentence(rng, language, rng.randint(30, 60))) for pk in ids],
            )
        Page.objects.filter(pk=home.pk).update(numchild=home.numchild + args.pages)
        print(f"{language}: {args.pages} pages inserted ({time.perf_counter() - t0:.1f} s)")
        queryset = ContentPage.objects.filter(pk__in=ids)
        chunk = 1000
        for start in range(0, args.pages, chunk):
            backend.add_bulk(ContentPage, list(queryset.order_by("pk")[start : start + chunk]))
            print(
                f"  {language}: indexed {min(start + chunk, args.pages)}/{args.pages}", flush=True
            )
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    print(f"generated and indexed in {time.perf_counter() - t0:.1f} s")


def run(args):
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    assert connection.vendor == "postgresql", "the bench measures PostgreSQL"
    t0 = time.perf_counter()
    call_command("migrate", verbosity=0)
    print(f"migrated in {time.perf_counter() - t0:.1f} s")

    from wagtail.models import Locale, Page

    from search import engine

    if not Page.objects.filter(slug__contains="-bench-").exists():
        generate(args)
    slugs = {
        language: list(
            Page.objects.filter(locale__language_code=language, slug__contains="-bench-")
            .order_by("?")
            .values_list("slug", flat=True)[:50]
        )
        for language in ("fi", "sv", "en")
    }
    pages = Page.objects.filter(slug__contains="-bench-").count()
    rng = random.Random(11)

    times = {name: [] for name in WORKLOAD}
    baseline_times, result_counts = [], []
    # Interleaved: one round runs every query once, so load from others spreads over all.
    jobs = [
        (name, language, query, facet, page)
        for name, by_language in WORKLOAD.items()
        for language, queries in by_language.items()
        for query, facet, page in queries
    ]
    locales = {code: Locale.objects.get(language_code=code) for code in slugs}
    for name, language, query, facet, page in jobs:  # warm-up; result counts
        outcome = engine.run_search(language, query, facet, page)
        result_counts.append((name, language, query, facet, page, outcome.count))
    for _round in range(args.repeat):
        rng.shuffle(jobs)
        for name, language, query, facet, page in jobs:
            t = time.perf_counter()
            outcome = engine.run_search(language, query, facet, page)
            _hits = outcome.hits
            times[name].append((time.perf_counter() - t) * 1000)
            slug = rng.choice(slugs[language])
            t = time.perf_counter()
            Page.objects.filter(locale=locales[language], slug=slug).values_list(
                "id", "title"
            ).first()
            baseline_times.append((time.perf_counter() - t) * 1000)

    print()
    for name, language, query, facet, page, count in result_counts:
        where = f" facet={facet}" if facet else ""
        where += f" page={page}" if page != 1 else ""
        print(f"  {name:14} {language} {query!r}{where}: {count} results")
    search_times = [t for values in times.values() for t in values]
    b50, b95 = percentile(baseline_times, 50), percentile(baseline_times, 95)
    print()
    print(f"pages: {pages} (3 languages), searches: {len(search_times)}")
    print(f"{'':28} {'p50 ms':>8} {'p95 ms':>8} {'p50 ratio':>10} {'p95 ratio':>10}")
    print(f"{'baseline (slug lookup)':28} {b50:8.2f} {b95:8.2f}")
    for name, values in [*times.items(), ("all searches", search_times)]:
        s50, s95 = percentile(values, 50), percentile(values, 95)
        print(f"{'search: ' + name:28} {s50:8.2f} {s95:8.2f} {s50 / b50:9.1f}x {s95 / b95:9.1f}x")
    s95 = percentile(search_times, 95)
    print(f"goal p95 <= 50 ms: {'met' if s95 <= 50 else 'NOT met'} ({s95:.1f} ms)")


if __name__ == "__main__":
    main()
