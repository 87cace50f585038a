"""Demo content of the portal: locales, the three home pages, content pages, news, menus,
site settings, teams, partners and demo accounts.

The texts are data files a translator can edit: portal/demo/fi.yaml, sv.yaml and en.yaml (one
per language, the same keys in each) and portal/demo/site.yaml (the structure and what does
not depend on the language). demo_texts() reads them into the shapes the loaders below use.
"""

import functools
import json
import uuid
from pathlib import Path
from types import SimpleNamespace

import yaml
from django.contrib.auth import get_user_model
from wagtail.models import Locale, Page, Site

from portal.localization import publish_translation
from portal.models import (
    AccessibilityStatementPage,
    ContentPage,
    HomePage,
    NavigationMenu,
    NewsIndexPage,
    NewsPage,
    Partner,
    PartnerRegion,
    SiteSettings,
)
from portal.roles import DATA_CONTROLLER_GROUP, NATIONAL_COORDINATOR_GROUP

TRANSLATIONS = ("sv", "en")
LANGUAGES = ("fi", *TRANSLATIONS)
DEMO_TEXTS = Path(__file__).resolve().parent / "demo"


def _read_texts(name):
    with (DEMO_TEXTS / f"{name}.yaml").open(encoding="utf-8") as data_file:
        return yaml.safe_load(data_file)


def stream_blocks(items):
    """The body of a data file (heading, paragraphs, callout items) as StreamField blocks."""
    blocks = []
    for item in items:
        ((kind, value),) = item.items()
        if kind == "heading":
            blocks.append({"type": "heading", "value": {"text": value, "level": "h2"}})
        elif kind == "paragraphs":
            html = "".join(f"<p>{paragraph}</p>" for paragraph in value)
            blocks.append({"type": "paragraph", "value": html})
        elif kind == "callout":
            text = {"title": value["title"], "text": f"<p>{value['text']}</p>"}
            blocks.append({"type": "callout", "value": text})
        else:
            raise ValueError(f"Unknown block {kind!r} in the demo texts.")
    return blocks


def _page_texts(texts):
    return {**texts, "body": stream_blocks(texts["body"])} if "body" in texts else dict(texts)


def _menu(entries, texts, name):
    """[(label per language, page key or None, URL: one path, one per language, or None)]."""
    menu = []
    for entry in entries:
        items = {code: texts[code][name][entry["key"]] for code in LANGUAGES}
        url = entry.get("url")
        if url is None and "url" in items["fi"]:
            url = {code: item["url"] for code, item in items.items()}
        labels = {code: item["label"] for code, item in items.items()}
        menu.append((labels, entry.get("page"), url))
    return menu


def _in_each_language(texts, convert, *path):
    """{language: convert(the value at `path` in that language's file)}."""
    values = {}
    for code in LANGUAGES:
        value = texts[code]
        for key in path:
            value = value[key]
        values[code] = convert(value)
    return values


@functools.cache
def demo_texts():
    site = _read_texts("site")
    texts = {code: _read_texts(code) for code in LANGUAGES}
    return SimpleNamespace(
        HOME_INTRO=_in_each_language(texts, str, "home", "intro"),
        HOME_BODY=_in_each_language(texts, stream_blocks, "home", "body"),
        CONTENT_PAGES=[
            {**spec, **_in_each_language(texts, _page_texts, "content_pages", spec["key"])}
            for spec in site["content_pages"]
        ],
        ACCESSIBILITY={
            **site["accessibility"],
            **_in_each_language(texts, _page_texts, "accessibility"),
        },
        NEWS_INDEX=_in_each_language(texts, dict, "news_index"),
        NEWS=[
            {"date": item["date"], **_in_each_language(texts, _page_texts, "news", item["key"])}
            for item in site["news"]
        ],
        TEAM_DESCRIPTIONS={
            code: tuple(texts[language]["teams"][code] for language in LANGUAGES)
            for code in site["teams"]
        },
        SITE_SETTINGS={
            **{
                f"{field}_{language}": value
                for language in LANGUAGES
                for field, value in texts[language]["site_settings"].items()
            },
            **site["site_settings"],
        },
        PARTNERS=[
            {**spec, **_in_each_language(texts, dict, "partners", spec["slug"])}
            for spec in site["partners"]
        ],
        HEADER_MENU=_menu(site["header_menu"], texts, "header_menu"),
        FOOTER_MENU=_menu(site["footer_menu"], texts, "footer_menu"),
    )


HOME = {
    "fi": {"title": "Ankkuritoiminta", "slug": "etusivu"},
    "sv": {"title": "Ankarverksamhet", "slug": "startsida"},
    "en": {"title": "Anchor work", "slug": "home"},
}


def home_fields(language):
    return {
        **HOME[language],
        "intro": demo_texts().HOME_INTRO[language],
        "body": stream_json(demo_texts().HOME_BODY[language], HOME[language]["slug"]),
    }


def ensure_locales():
    for code in ("fi", "sv", "en"):
        Locale.objects.get_or_create(language_code=code)


def ensure_home_pages(command):
    """The Finnish home page is the site root; sv and en are its translations."""
    ensure_locales()
    root = Page.get_first_root_node()
    fi_home = HomePage.objects.filter(locale__language_code="fi").first()
    if fi_home is None:
        fi_home = root.add_child(
            instance=HomePage(locale=Locale.objects.get(language_code="fi"), **home_fields("fi"))
        )
        fi_home.save_revision().publish()
    else:
        for field, value in home_fields("fi").items():
            setattr(fi_home, field, value)
        fi_home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=fi_home,
            is_default_site=True,
            site_name="Ankkuritoiminta",
        )
    elif site.root_page_id != fi_home.pk:
        site.root_page = fi_home
        site.save()
    # The Wagtail welcome page that migrations create is not part of our tree.
    for page in root.get_children().exclude(pk__in=HomePage.objects.values("pk")):
        page.delete()
    for code in ("sv", "en"):
        publish_translation(fi_home, code, HomePage(**home_fields(code)))
    command.progress("home pages in fi, sv, en")
    return fi_home


def ensure_accounts(command):
    User = get_user_model()
    admin, created = User.objects.get_or_create(
        username="admin", defaults={"is_staff": True, "is_superuser": True}
    )
    if created:
        admin.set_password("admin")
        admin.save()
    command.add_account("admin", "admin", "administrator")


# Demo teams: code, slug, names, police department, municipality codes, visiting address.
DEMO_TEAMS = [
    (
        "HEL",
        "helsinki",
        "Helsingin ankkuritiimi",
        "Helsingfors ankarteam",
        "Helsinki anchor team",
        "helsinki",
        ["091"],
        "Pasilanraitio 11, 00240 Helsinki",
    ),
    (
        "ESP",
        "lansi-uusimaa",
        "Länsi-Uudenmaan ankkuritiimi",
        "Västra Nylands ankarteam",
        "Western Uusimaa anchor team",
        "lansi-uusimaa",
        ["049", "235", "257"],
        "Nihtisillankuja 4, 02630 Espoo",
    ),
    (
        "VAN",
        "vantaa-kerava",
        "Vantaan ja Keravan ankkuritiimi",
        "Vanda och Kervo ankarteam",
        "Vantaa and Kerava anchor team",
        "ita-uusimaa",
        ["092", "245"],
        "Kielotie 13, 01300 Vantaa",
    ),
    (
        "TRE",
        "pirkanmaa",
        "Pirkanmaan ankkuritiimi",
        "Birkalands ankarteam",
        "Pirkanmaa anchor team",
        "sisa-suomi",
        ["837", "536", "980", "604", "211", "418"],
        "Sarankulmankatu 12, 33900 Tampere",
    ),
    (
        "TKU",
        "varsinais-suomi",
        "Varsinais-Suomen ankkuritiimi",
        "Egentliga Finlands ankarteam",
        "Southwest Finland anchor team",
        "lounais-suomi",
        ["853", "202", "680"],
        "Eerikinkatu 40, 20100 Turku",
    ),
    (
        "OUL",
        "oulu",
        "Oulun seudun ankkuritiimi",
        "Uleåborgsregionens ankarteam",
        "Oulu region anchor team",
        "oulu",
        ["564", "244", "425"],
        "Poliisitie 1, 90100 Oulu",
    ),
    (
        "VAA",
        "vaasa",
        "Vaasan seudun ankkuritiimi",
        "Vasaregionens ankarteam",
        "Vaasa region anchor team",
        "pohjanmaa",
        ["905", "499", "399"],
        "Korsholmanpuistikko 42, 65100 Vaasa",
    ),
]

DEMO_PASSWORD = "ankkuri-demo"

# username, team code (or None), team role (or national group), description for the printout
DEMO_USERS = [
    ("koordinaattori", None, NATIONAL_COORDINATOR_GROUP, "national coordinator"),
    ("rekisterinpitaja", None, DATA_CONTROLLER_GROUP, "data controller"),
    ("hel.asiantuntija", "HEL", "expert", "team expert, Helsinki"),
    ("hel.tiiminvetaja", "HEL", "team_leader", "team leader, Helsinki"),
    ("hel.esihenkilo", "HEL", "coordinating_manager", "coordinating manager, Helsinki"),
    ("tre.asiantuntija", "TRE", "expert", "team expert, Pirkanmaa"),
    ("tre.tiiminvetaja", "TRE", "team_leader", "team leader, Pirkanmaa"),
    ("vaa.esihenkilo", "VAA", "coordinating_manager", "coordinating manager, Vaasa region"),
    ("uusi.asiantuntija", "HEL", "expert", "new expert in onboarding, Helsinki"),
]


def ensure_teams(command):
    from portal.models import Municipality, Team

    for code, slug, fi, sv, en, police, municipality_codes, address in DEMO_TEAMS:
        team, _created = Team.objects.update_or_create(
            code=code,
            defaults={
                "slug": slug,
                "name_fi": fi,
                "name_sv": sv,
                "name_en": en,
                "police_department": police,
                "visiting_address": address,
                "phone": "0295 000 000",
                "email": f"ankkuri.{slug}@example.fi",
                "contact_role_fi": "Tiiminvetäjä",
                "contact_role_sv": "Teamledare",
                "contact_role_en": "Team leader",
                "description_fi": demo_texts().TEAM_DESCRIPTIONS[code][0],
                "description_sv": demo_texts().TEAM_DESCRIPTIONS[code][1],
                "description_en": demo_texts().TEAM_DESCRIPTIONS[code][2],
            },
        )
        team.municipalities.set(Municipality.objects.filter(code__in=municipality_codes))
    command.progress(f"{len(DEMO_TEAMS)} teams")


def ensure_demo_users(command):
    from django.contrib.auth.models import Group

    from portal.models import Team, TeamMembership

    User = get_user_model()
    for username, team_code, role, description in DEMO_USERS:
        user, created = User.objects.get_or_create(username=username)
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        if team_code is None:
            user.groups.add(Group.objects.get(name=role))
        else:
            TeamMembership.objects.update_or_create(
                user=user, team=Team.objects.get(code=team_code), defaults={"role": role}
            )
        command.add_account(username, DEMO_PASSWORD, description)


def stream_json(blocks, seed):
    """StreamField data as JSON with stable block ids (wagtail-localize addresses segments by
    block id; stable ids keep re-runs from creating new segments)."""
    return json.dumps(
        [
            {"id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{seed}/{i}")), **b}
            for i, b in enumerate(blocks)
        ]
    )


def _with_json_body(fields):
    """StreamField values as JSON, so the same data builds the source and the translations."""
    fields = dict(fields)
    if "body" in fields:
        fields["body"] = stream_json(fields["body"], fields["slug"])
    return fields


def ensure_page(parent, model, by_language, shared=None):
    """Create or update the Finnish page under `parent` and publish its sv and en
    translations. The page is found again by its Finnish slug."""
    shared = shared or {}
    fi_fields = {**_with_json_body(by_language["fi"]), **shared}
    page = model.objects.child_of(parent).filter(slug=fi_fields["slug"]).first()
    if page is None:
        page = parent.add_child(instance=model(locale=parent.locale, **fi_fields))
    else:
        for field, value in fi_fields.items():
            setattr(page, field, value)
    page.save_revision().publish()
    for code in TRANSLATIONS:
        publish_translation(page, code, model(**_with_json_body(by_language[code]), **shared))
    return page


def ensure_site_pages(command, fi_home):
    """Content pages, the accessibility statement, the news index and news items."""
    pages = {}
    for spec in demo_texts().CONTENT_PAGES:
        pages[spec["key"]] = ensure_page(
            fi_home, ContentPage, spec, shared={"show_in_menus": spec["menu"]}
        )
    command.progress(f"{len(demo_texts().CONTENT_PAGES)} content pages in fi, sv, en")
    accessibility = demo_texts().ACCESSIBILITY
    pages["accessibility"] = ensure_page(
        fi_home,
        AccessibilityStatementPage,
        accessibility,
        shared={
            "feedback_url": accessibility["feedback_url"],
            "feedback_email": accessibility["feedback_email"],
            "statement_date": accessibility["statement_date"],
        },
    )
    command.progress("accessibility statement")
    news_index = ensure_page(
        fi_home, NewsIndexPage, demo_texts().NEWS_INDEX, shared={"show_in_menus": True}
    )
    pages["news"] = news_index
    for item in demo_texts().NEWS:
        ensure_page(news_index, NewsPage, item, shared={"date": item["date"]})
    command.progress(f"{len(demo_texts().NEWS)} news items")
    return pages


def _menu_items(spec, pages, language):
    items = []
    for labels, page_key, url in spec:
        # A URL is the same path in every language, or one per language (translated slugs).
        url = url.get(language) if isinstance(url, dict) else url
        items.append(
            {
                "type": "link",
                "value": {
                    "label": labels[language],
                    "page": pages[page_key].pk if page_key else None,
                    "url": f"/{language}/{url}" if url else "",
                },
            }
        )
    return stream_json(items, f"menu/{language}/{len(items)}")


def ensure_menus(command, pages):
    fi = Locale.objects.get(language_code="fi")
    for location, spec in (
        ("header", demo_texts().HEADER_MENU),
        ("footer", demo_texts().FOOTER_MENU),
    ):
        menu = NavigationMenu.objects.filter(location=location, locale=fi).first()
        if menu is None:
            menu = NavigationMenu(location=location, locale=fi)
        menu.items = _menu_items(spec, pages, "fi")
        menu.save()
        for code in TRANSLATIONS:
            publish_translation(
                menu,
                code,
                NavigationMenu(location=location, items=_menu_items(spec, pages, code)),
            )
    command.progress("header and footer menus")


def ensure_site_settings(command):
    site = Site.objects.get(is_default_site=True)
    settings = SiteSettings.for_site(site)
    for field, value in demo_texts().SITE_SETTINGS.items():
        setattr(settings, field, value)
    settings.save()
    command.progress("site settings")


def ensure_partners(command):
    fi = Locale.objects.get(language_code="fi")
    for spec in demo_texts().PARTNERS:
        shared = {
            "slug": spec["slug"],
            "sector": spec["sector"],
            "nationwide": spec["nationwide"],
            "link": spec["link"],
        }
        partner = Partner.objects.filter(slug=spec["slug"], locale=fi).first()
        if partner is None:
            partner = Partner(locale=fi)
        for field, value in {**spec["fi"], **shared}.items():
            setattr(partner, field, value)
        partner.regions = [PartnerRegion(region=code) for code in spec["regions"]]
        partner.save()
        for code in TRANSLATIONS:
            publish_translation(partner, code, Partner(**spec[code], **shared))
    command.progress(f"{len(demo_texts().PARTNERS)} partners in fi, sv, en")


def load(command):
    fi_home = ensure_home_pages(command)
    pages = ensure_site_pages(command, fi_home)
    ensure_menus(command, pages)
    ensure_site_settings(command)
    ensure_partners(command)
    ensure_teams(command)
    ensure_accounts(command)
    ensure_demo_users(command)
