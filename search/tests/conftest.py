"""Pages and teams in three languages, indexed by the real search backend as they are saved."""

import pytest
from django.utils.text import slugify
from wagtail.models import Locale

from portal.models import ContentPage, HomePage, Team


def add_page(parent, title, lead="", slug=None, live=True):
    page = ContentPage(
        title=title,
        slug=slug or slugify(title)[:50],
        lead=lead,
        locale=parent.locale,
    )
    parent.add_child(instance=page)
    if live:
        page.save_revision().publish()
    else:
        page.unpublish()
    return page


@pytest.fixture
def homes(site_tree):
    return {home.locale.language_code: home for home in HomePage.objects.select_related("locale")}


@pytest.fixture
def corpus(homes):
    """Parallel content: inflected forms in the body, base forms in the titles, or the reverse."""
    pages = {
        "fi": [
            add_page(homes["fi"], "Nuori ja ankkuritiimi", "Ankkuritiimi tapaa nuoren nopeasti."),
            add_page(homes["fi"], "Nuorten palvelut", "Palveluohjaus jatkuu muissa palveluissa."),
            add_page(
                homes["fi"], "2.3.6 Tilastointi", "Jokaisesta tapaamisesta kirjataan tilasto."
            ),
        ],
        "sv": [
            add_page(homes["sv"], "Ungdom och ankarteam", "Ankarteamet träffar ungdomen snabbt."),
            add_page(
                homes["sv"], "Ungdomarnas tjänster", "Handledningen fortsätter i andra tjänster."
            ),
            add_page(homes["sv"], "2.3.6 Statistik", "Efter varje träff förs statistik."),
        ],
        "en": [
            add_page(homes["en"], "The young person and the team", "Meetings are held early."),
            add_page(homes["en"], "Services for the young", "A meeting leads to services."),
            add_page(homes["en"], "2.3.6 Statistics", "Statistics are kept after every meeting."),
        ],
    }
    return pages


@pytest.fixture
def team(db):
    return Team.objects.create(
        code="HEL",
        slug="helsinki",
        name_fi="Helsingin ankkuritiimi",
        name_sv="Helsingfors ankarteam",
        name_en="Helsinki anchor team",
        police_department="helsinki",
        description_fi="Tiimi tapaa nuoria Helsingissä.",
        description_sv="Teamet träffar ungdomar i Helsingfors.",
        description_en="The team meets young people in Helsinki.",
    )


def locale(code):
    return Locale.objects.get(language_code=code)
