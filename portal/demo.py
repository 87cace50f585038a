"""Demo content of the portal: locales, the three home pages, teams, demo accounts."""

from django.contrib.auth import get_user_model
from wagtail.models import Locale, Page, Site

from portal.localization import publish_translation
from portal.models import HomePage

HOME = {
    "fi": {
        "title": "Ankkuritoiminta",
        "slug": "etusivu",
        "intro": "<p>Ankkuritoiminta on moniammatillista varhaista puuttumista alle 18-vuotiaiden "
        "nuorten tukemiseksi. Poliisi, sosiaalityö, terveydenhuolto ja nuorisotyö toimivat "
        "samassa tiimissä.</p>",
    },
    "sv": {
        "title": "Ankarverksamhet",
        "slug": "startsida",
        "intro": "<p>Ankarverksamheten är sektorsövergripande tidigt ingripande för att stödja "
        "unga under 18 år. Polisen, socialarbetet, hälsovården och ungdomsarbetet arbetar i "
        "samma team.</p>",
    },
    "en": {
        "title": "Anchor work",
        "slug": "home",
        "intro": "<p>Anchor work is multi-professional early intervention to support young "
        "people under 18. The police, social work, health care and youth work act as one "
        "team.</p>",
    },
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
            instance=HomePage(locale=Locale.objects.get(language_code="fi"), **HOME["fi"])
        )
        fi_home.save_revision().publish()
    else:
        for field, value in HOME["fi"].items():
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
        publish_translation(fi_home, code, HomePage(**HOME[code]))
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
        ["905", "499", "400"],
        "Korsholmanpuistikko 42, 65100 Vaasa",
    ),
]

DEMO_PASSWORD = "ankkuri-demo"

# username, team code (or None), team role (or national group), description for the printout
DEMO_USERS = [
    ("koordinaattori", None, "National coordinators", "national coordinator"),
    ("rekisterinpitaja", None, "Data controllers", "data controller"),
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


def load(command):
    ensure_home_pages(command)
    ensure_teams(command)
    ensure_accounts(command)
    ensure_demo_users(command)
