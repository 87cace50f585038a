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


def load(command):
    ensure_home_pages(command)
    ensure_accounts(command)
