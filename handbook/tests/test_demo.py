"""The demo handbook reads well in every language and loading it again changes nothing."""

import pytest

from handbook.models import AppendixPage, GlossaryTerm, HandbookSectionPage, LeafletPage
from handbook.tests.conftest import Quiet

MAIN_SECTIONS = (
    "1 1.1 1.2 1.3 1.4 2 2.1 2.2 2.3 3 3.1 3.2 3.3 4 4.1 4.2 4.3 5 5.1 5.2 5.3 6 6.1 6.2 6.3"
).split()


@pytest.mark.django_db
def test_demo_handbook_in_three_languages(
    demo_handbook, client_host, django_capture_on_commit_callbacks
):
    demo_commit = django_capture_on_commit_callbacks
    for lang, root, contents, glossary, statistics in [
        ("fi", "/fi/kasikirja/", "Sisällys", "/fi/kasikirja/sanasto/", "Taulukko 5."),
        ("sv", "/sv/handbok/", "Innehåll", "/sv/handbok/ordlista/", "Tabell 5."),
        ("en", "/en/manual/", "Contents", "/en/manual/glossary/", "Table 5."),
    ]:
        html = client_host.get(root).content.decode()
        assert contents in html
        for number in MAIN_SECTIONS:
            slug = "/".join(number[: i + 1].replace(".", "-") for i in range(0, len(number), 2))
            assert f'href="{root}{slug}/"' in html, (lang, number)
        numbers = set(
            HandbookSectionPage.objects.filter(locale__language_code=lang).values_list(
                "number", flat=True
            )
        )
        assert set(MAIN_SECTIONS) <= numbers
        assert len(numbers - {""}) >= 25 and "" in numbers  # preface and introduction
        page = client_host.get(f"{root}2/2-3/2-3-6/").content.decode()
        assert 'id="section-2-3-6"' in page and statistics in page
        assert f'href="{glossary}#term-' in page and 'role="tooltip"' in page
        assert 'rel="prev"' in page and 'rel="next"' in page
        assert GlossaryTerm.objects.filter(locale__language_code=lang).count() >= 20
        assert AppendixPage.objects.filter(locale__language_code=lang).count() == 11
    tables = set()
    for page in HandbookSectionPage.objects.filter(locale__language_code="en"):
        tables |= {b.value["number"] for b in page.body if b.block_type == "table"}
    assert {5, 6, 7, 17} <= tables
    assert client_host.get("/sv/broschyr/").status_code == 200

    # Loading the demo again updates in place.
    from handbook import demo

    counts = (
        HandbookSectionPage.objects.count(),
        GlossaryTerm.objects.count(),
        LeafletPage.objects.count(),
    )
    with demo_commit(execute=True):
        demo.load(Quiet())
    assert counts == (
        HandbookSectionPage.objects.count(),
        GlossaryTerm.objects.count(),
        LeafletPage.objects.count(),
    )
    assert LeafletPage.objects.count() == 3
    assert client_host.get("/en/manual/2/2-3/2-3-6/").status_code == 200


def test_load_demo_command_includes_the_handbook():
    from portal.management.commands.load_demo import demo_modules

    assert "handbook" in dict(demo_modules())
