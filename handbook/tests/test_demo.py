"""The demo handbook reads well in every language and loading it again changes nothing."""

import shutil

import pytest
import yaml

from handbook import demo
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
    # The pages carry the texts of the data files, in each language.
    for lang, doc in demo.read_data("handbook").items():
        titles = set(walk_titles(doc["parts"]))
        assert titles == set(
            HandbookSectionPage.objects.filter(locale__language_code=lang).values_list(
                "title", flat=True
            )
        ), lang
    assert client_host.get("/sv/broschyr/").status_code == 200

    # Loading the demo again updates in place.
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


def walk_titles(parts):
    for part in parts:
        yield part["title"]
        yield from walk_titles(part.get("children") or [])


def test_demo_data_files_share_one_structure_in_every_language():
    handbooks = demo.read_data("handbook")
    parts = demo.zip_languages({lang: doc["parts"] for lang, doc in handbooks.items()}, "parts")
    assert len(parts) == 8  # preface, introduction, chapters 1-6
    stack = list(parts)
    while stack:
        part = stack.pop()
        demo.check_same_shape(part, "section")
        children = {lang: p.get("children") or [] for lang, p in part.items()}
        stack += demo.zip_languages(children, "children")
    leaflets = demo.read_data("leaflet")
    assert {leaflet["slug"] for leaflet in leaflets.values()} == {"esite", "broschyr", "leaflet"}


def test_demo_data_that_differs_between_languages_is_refused(tmp_path):
    shutil.copytree(demo.DATA_DIR, tmp_path, dirs_exist_ok=True)
    sv_file = tmp_path / "sv" / "handbook.yaml"
    sv = yaml.safe_load(sv_file.read_text(encoding="utf-8"))
    del sv["parts"][2]["blocks"][0]  # chapter 1 loses its first paragraph in Swedish only
    sv_file.write_text(yaml.safe_dump(sv, allow_unicode=True), encoding="utf-8")
    data = demo.read_data("handbook", data_dir=tmp_path)
    chapter = {lang: doc["parts"][2] for lang, doc in data.items()}
    with pytest.raises(demo.DemoDataError, match="sv/handbook.yaml differs"):
        demo.check_same_shape(chapter, "section")
    with pytest.raises(demo.DemoDataError, match="different number of entries"):
        demo.zip_languages({"fi": [1, 2], "sv": [1], "en": [1, 2]}, "appendices")
    with pytest.raises(demo.DemoDataError, match="must be one of"):
        demo.body([{"video": "x"}])
    (tmp_path / "en" / "handbook.yaml").write_text("parts: [unclosed", encoding="utf-8")
    with pytest.raises(demo.DemoDataError, match="en/handbook.yaml"):
        demo.read_data("handbook", data_dir=tmp_path)


def test_demo_blocks_become_streamfield_data_with_escaped_text():
    assert demo.body(
        [
            {"paragraph": "Barn & unga <under 18>"},
            {"highlight": "Den unga i centrum"},
            {"list": ["en", "två"]},
            {"table": {"number": 5, "caption": "C", "columns": ["A", "B"], "rows": [["1", "2"]]}},
        ]
    ) == [
        ("paragraph", "<p>Barn &amp; unga &lt;under 18&gt;</p>"),
        ("highlight", "Den unga i centrum"),
        ("list", {"numbered": False, "start": None, "items": ["en", "två"]}),
        (
            "table",
            {
                "number": 5,
                "caption": "C",
                "columns": ["A", "B"],
                "first_column_is_header": True,
                "rows": [{"is_header": False, "cells": ["1", "2"]}],
            },
        ),
    ]
