"""What editors and translators rely on: translations stay drafts until published, ASCII
slugs, private documents only through Wagtail's permission-checking view, and account
settings that save without a name or e-mail."""

import importlib

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.urls import Resolver404, resolve, reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Locale
from wagtail.users.models import UserProfile
from wagtail_localize.operations import TranslationCreator

from portal.models import ContentPage


@pytest.fixture
def fi_page(site_tree):
    page = site_tree.add_child(instance=ContentPage(title="Ankkuritiimin kokoonpano", lead="Fi."))
    page.save_revision().publish()
    return page


def test_translating_a_live_page_leaves_the_translation_unpublished(fi_page, client):
    sv = Locale.objects.get(language_code="sv")
    TranslationCreator(user=None, target_locales=[sv]).create_translations(fi_page)

    sv_page = fi_page.get_translation(sv)
    assert not sv_page.live
    assert sv_page.url.startswith("/sv/")
    assert client.get(sv_page.url).status_code == 404
    assert client.get(fi_page.url).status_code == 200

    sv_page.title = "Ankarteamets sammansättning"
    sv_page.save_revision().publish()
    response = client.get(sv_page.url)
    assert response.status_code == 200
    assert "Ankarteamets sammansättning" in response.content.decode()


def test_new_page_slugs_are_ascii(site_tree):
    page = site_tree.add_child(instance=ContentPage(title="Yhteistyökumppanit"))
    assert page.slug == "yhteistyokumppanit"
    other = site_tree.add_child(instance=ContentPage(title="Åländska samarbetspartner"))
    assert other.slug == "alandska-samarbetspartner"


@pytest.fixture
def documents(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    root = Collection.get_first_root_node()
    private = root.add_child(name="Tiimien sisäiset")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    Document = get_document_model()
    return {
        "private": Document.objects.create(
            title="Sisäinen ohje",
            collection=private,
            file=ContentFile(b"internal", name="sisainen.txt"),
        ),
        "public": Document.objects.create(
            title="Kutsukirje", collection=root, file=ContentFile(b"public", name="kutsu.txt")
        ),
    }


def test_private_document_needs_sign_in(documents, client):
    private = documents["private"]
    assert private.url.startswith("/documents/")
    response = client.get(private.url)
    assert response.status_code in (302, 403)
    assert b"internal" not in b"".join(getattr(response, "streaming_content", [response.content]))

    client.force_login(get_user_model().objects.create_user("tiimi", password="x"))
    response = client.get(private.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"internal"


def test_public_document_is_served_to_anyone(documents, client):
    response = client.get(documents["public"].url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"public"


def test_development_urls_serve_images_but_not_documents(settings):
    import portal.urls

    settings.DEBUG = True
    try:
        importlib.reload(portal.urls)
        assert resolve("/media/images/a.png", urlconf=portal.urls).url_name is None
        with pytest.raises(Resolver404):
            resolve("/media/documents/secret.pdf", urlconf=portal.urls)
    finally:
        settings.DEBUG = False
        importlib.reload(portal.urls)


def test_admin_language_changes_without_name_or_email(db, client):
    user = get_user_model().objects.create_superuser("nimeton", email="", password="x")
    client.force_login(user)
    url = reverse("wagtailadmin_account")
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "name_email-first_name": "",
            "name_email-last_name": "",
            "name_email-email": "",
            "locale-preferred_language": "sv",
            "locale-current_time_zone": "Europe/Helsinki",
            "theme-theme": "system",
            "theme-density": "default",
            "theme-contrast": "system",
            "theme-keyboard_shortcuts": "on",
        },
    )
    assert response.status_code == 302, (
        response.context["panels_by_tab"] if response.context else ""
    )
    assert UserProfile.get_for_user(user).preferred_language == "sv"


def table_body(caption, rows):
    return [
        {
            "type": "table",
            "id": "3f1c5a4e-0b7a-4d5e-9a1b-table6",
            "value": {
                "caption": caption,
                "table": {"data": rows, "first_row_is_table_header": True, "table_caption": ""},
            },
        }
    ]


def test_table_cells_and_captions_are_translatable(site_tree):
    from wagtail_localize.segments.extract import extract_segments

    from portal.localization import publish_translation

    fi_rows = [["Sektori", "Palvelu"], ["Poliisi", "Ankkuritiimi"], ["", None]]
    page = site_tree.add_child(
        instance=ContentPage(title="Kumppanit", body=table_body("Taulukko 6", fi_rows))
    )
    page.save_revision().publish()
    strings = {seg.string.data for seg in extract_segments(page) if hasattr(seg, "string")}
    assert {"Taulukko 6", "Sektori", "Palvelu", "Poliisi", "Ankkuritiimi"} <= strings

    sv_rows = [["Sektor", "Tjänst"], ["Polisen", "Ankarteamet"], ["", None]]
    sv_page = publish_translation(
        page,
        "sv",
        ContentPage(title="Partner", slug="partner", body=table_body("Tabell 6", sv_rows)),
    )
    table = sv_page.body[0].value
    assert table["caption"] == "Tabell 6"
    assert table["table"]["data"] == sv_rows
    assert table["table"]["first_row_is_table_header"] is True


def test_table_editor_follows_the_admin_language():
    from django.utils import translation

    from portal.blocks import CaptionedTableBlock

    table_block = CaptionedTableBlock().child_blocks["table"]
    with translation.override("sv"):
        assert table_block.field.widget.table_options["language"] == "sv"
    with translation.override("en"):
        assert table_block.field.widget.table_options["language"] == "en"


def test_image_alt_text_stays_required():
    from django.core.exceptions import ValidationError

    from portal.blocks import ImageBlock

    block = ImageBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": None, "alt_text": "", "caption": ""}))
    assert block.child_blocks["alt_text"].required
