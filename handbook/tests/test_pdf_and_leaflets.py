"""The whole handbook on one page and as PDF; leaflets per language and per team."""

import io

import pytest
from django.template.loader import render_to_string
from django.utils import translation
from pypdf import PdfReader

from handbook import pdf
from portal.models import Team

A4_POINTS = (595, 842)
# The leaflet's headings in the stylesheet's blue (#1d3f73) as a PDF fill colour.
LEAFLET_BLUE = b"0.113725 0.247059 0.45098 rg"


def pdf_text(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


@pytest.mark.django_db
def test_whole_handbook_page_has_every_section_with_anchors(small_handbook, client_host):
    response = client_host.get(f"/fi/handbook-tools/edition/{small_handbook.pk}/all/")
    html = response.content.decode()
    assert response.status_code == 200
    for anchor in ["section-1", "section-1-2", "section-2-2", "appendix-1", "glossary"]:
        assert f'id="{anchor}"' in html and f'href="#{anchor}"' in html
    assert "Text of section 2.2 about the anchor plan" in html
    assert 'id="term-anchor-plan"' in html


@pytest.mark.django_db
def test_whole_handbook_pdf_has_contents_and_page_numbers(small_handbook, client_host):
    response = client_host.get(f"/fi/handbook-tools/edition/{small_handbook.pk}/pdf/")
    reader, text = pdf_text(response)
    assert len(reader.pages) >= 4  # title and contents, then one page per chapter and more
    assert "Sisällys" in text
    assert "Text of section 2.2 about the anchor plan" in text
    assert "Goals agreed with the young person." in text
    # The footer numbers the pages; the contents give each section its page number.
    last = reader.pages[-1].extract_text()
    assert str(len(reader.pages)) in last.split()
    contents = reader.pages[0].extract_text() + reader.pages[1].extract_text()
    assert "2.2 Section 2.2" in contents


@pytest.mark.django_db
def test_whole_handbook_pdf_follows_its_print_stylesheet(small_handbook, client_host):
    reader, _text = pdf_text(
        client_host.get(f"/fi/handbook-tools/edition/{small_handbook.pk}/pdf/")
    )
    for page in reader.pages:
        assert tuple(round(float(x)) for x in page.mediabox[2:]) == A4_POINTS
    pages = [page.extract_text() for page in reader.pages]
    # No running header or page number on the title page; both on every page after it.
    assert "Test handbook 2019" not in pages[0]
    assert pages[0].splitlines()[-1] != "1"
    assert [text.splitlines()[-1] for text in pages[1:]] == [
        str(n) for n in range(2, len(pages) + 1)
    ]
    for number, text in enumerate(pages[1:], start=2):
        assert "Test handbook 2019" in text, number
        assert str(number) in text.split(), number
    # Each chapter starts a page of its own.
    chapter_pages = [i for i, text in enumerate(pages) if "Text of section 2 about" in text]
    assert chapter_pages and "Text of section 1.2" not in pages[chapter_pages[0]]


def test_print_stylesheets_are_found_as_static_files():
    for name in (pdf.WHOLE_HANDBOOK_CSS, pdf.LEAFLET_CSS):
        with open(pdf.stylesheet_path(name), encoding="utf-8") as css:
            assert "size: A4" in css.read()


@pytest.mark.django_db
def test_whole_handbook_of_unknown_edition_is_404(client_host):
    assert client_host.get("/fi/handbook-tools/edition/999999/pdf/").status_code == 404


@pytest.mark.django_db
def test_team_leaflet_page_and_pdf_in_every_language(leaflets, client_host):
    team = Team.objects.get(code="HEL")
    for lang, title, name in [
        ("fi", "Ankkuritoiminta", team.name_fi),
        ("sv", "Ankarverksamhet", team.name_sv),
        ("en", "Anchor work", team.name_en),
    ]:
        response = client_host.get(f"/{lang}/handbook-tools/leaflet/{team.slug}/")
        html = response.content.decode()
        assert response.status_code == 200
        assert f"<h1>{title}</h1>" in html and name in html
        assert team.email in html and team.phone in html and team.visiting_address in html
        assert "Helsinki" in html  # the team's municipalities
        assert "[" not in html.split("leaflet-contact")[1].split("</section>")[0], (
            "the placeholder is replaced by the team's details"
        )
        _reader, text = pdf_text(
            client_host.get(f"/{lang}/handbook-tools/leaflet/{team.slug}/pdf/")
        )
        assert name in text and team.email in text and title in text
        assert LEAFLET_BLUE in _reader.pages[0].get_contents().get_data()
    assert client_host.get("/fi/handbook-tools/leaflet/no-such-team/").status_code == 404


@pytest.mark.django_db
def test_general_leaflet_ends_with_contact_placeholder(leaflets, client_host):
    for url, placeholder in [
        ("/fi/esite/", "[Paikkakunnan ankkuritiimin yhteystiedot]"),
        ("/sv/broschyr/", "[Ortens ankarteams kontaktuppgifter]"),
        ("/en/leaflet/", "[Contact details of the local anchor team]"),
    ]:
        response = client_host.get(url)
        assert response.status_code == 200, url
        assert placeholder in response.content.decode()


@pytest.mark.django_db
def test_team_leaflet_link_include(home_pages):
    from handbook.tests.conftest import Quiet
    from portal.demo import ensure_teams

    ensure_teams(Quiet())
    team = Team.objects.get(code="TRE")
    for lang, label in [
        ("fi", "Lataa esitteemme"),
        ("sv", "Ladda ner vår broschyr"),
        ("en", "Download our leaflet"),
    ]:
        with translation.override(lang):
            html = render_to_string("handbook/includes/team_leaflet_link.html", {"team": team})
        assert f'href="/{lang}/handbook-tools/leaflet/pirkanmaa/pdf/"' in html
        assert label in html
