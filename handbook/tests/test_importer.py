"""The importer turns the real seed text into the complete handbook, without noise."""

import json
import re

import pytest
from django.core.management import CommandError, call_command

from handbook.importer import despace, import_handbook, join_lines, parse
from handbook.models import (
    AppendixPage,
    EditionStatus,
    GlossaryPage,
    HandbookPage,
    HandbookSectionPage,
)

EXPECTED_SECTIONS = (
    "1 1.1 1.2 1.3 1.4 2 2.1 2.2 2.2.1 2.2.2 2.3 2.3.1 2.3.2 2.3.3 2.3.4 2.3.5 2.3.6 2.3.7 "
    "3 3.1 3.1.1 3.1.2 3.1.3 3.1.4 3.2 3.2.1 3.2.2 3.3 3.3.1 3.3.2 4 4.1 4.1.1 4.1.2 4.2 4.2.1 "
    "4.2.2 4.3 4.3.1 4.3.2 5 5.1 5.2 5.3 6 6.1 6.2 6.3"
).split()
RUNNING_HEADER = "INRIKESMINISTERIETS PUBLIKATIONER 2019:21 HANDBOK FÖR ANKARVERKSAMHETEN"
# Text that only the noise-free import has: phrases that were split by a page break.
REJOINED = [
    "ankarverksamheten",  # "an-" + "karverksamheten" in the seed
    "Såväl denna handbok som den nationella ankarverksamheten bygger på uppfattningen att",
    "hälso- och sjukvårdslagen (1326/2010)",
]


def assert_no_noise(text):
    assert "FÖRÅLD" not in text
    assert RUNNING_HEADER not in text
    assert not re.search(r"\bRAD\b", text)
    assert not re.search(r"\b(?:an|an-)- ?karverksamhet", text)
    # A word cut by a line break leaves "xx- yy"; only "social- och hälsovård" style remains.
    assert not re.search(r"\w- (?!och\b|eller\b|samt\b)[a-zåäö]", text), re.search(
        r".{30}\w- (?!och\b|eller\b|samt\b)[a-zåäö].{30}", text
    )


def test_helpers_rejoin_words_and_display_headings():
    assert join_lines(["verksamheten bygger på an-", "karverksamheten"]) == (
        "verksamheten bygger på ankarverksamheten"
    )
    assert join_lines(["social-", "och hälsovård"]) == "social- och hälsovård"
    assert despace("T I L L  L Ä S A R E N") == "TILL LÄSAREN"


def test_parse_noise_is_dropped():
    text = (
        " HANDBOK FÖR ANKARVERKSAMHETEN\n\n1\t Principer\n\nFörsta stycket om an-\n"
        "karverksamheten fortsätter FÖRÅLD\nRAD\n\n\n\n37\n\n" + RUNNING_HEADER + "\n\n"
        "på nästa sida.\n"
    )
    parsed = parse(text)
    assert parsed.year == 2019
    assert parsed.publisher == "Inrikesministeriets publikationer 2019:21"
    (chapter,) = parsed.chapters
    assert chapter.blocks == [
        ("paragraph", "<p>Första stycket om ankarverksamheten fortsätter på nästa sida.</p>")
    ]


def test_seed_parses_into_every_part(parsed_seed):
    numbers = [s.number for s in parsed_seed.sections()]
    assert numbers == EXPECTED_SECTIONS
    assert [c.number for c in parsed_seed.chapters] == ["1", "2", "3", "4", "5", "6"]
    assert [f.slug for f in parsed_seed.front] == ["preface", "introduction"]
    assert parsed_seed.title == "Handbok för ankarverksamheten"
    assert parsed_seed.year == 2019
    titles = {s.number: s.title for s in parsed_seed.sections()}
    assert titles["2.3.6"] == "Statistik över träffarna"
    assert titles["1"] == "Principer som styr ankarverksamheten och dess målsättningar"

    tables = {t["number"]: t for t in parsed_seed.tables()}
    assert sorted(tables) == list(range(1, 18))
    assert tables[5]["caption"] == "Uppgifter som ska statistikföras efter en ankarträff"
    table5 = json.dumps(tables[5], ensure_ascii=False)
    for word in ["födelseår", "hemort", "brottsbenämning", "dd.mm.åååå"]:
        assert word in table5
    assert tables[1]["columns"] == ["Sektor", "Beskrivning", "Lag"]
    assert tables[1]["rows"][0]["cells"][0] == "Polisväsendet"
    assert "polislagen (872/2011)" in tables[1]["rows"][0]["cells"][2]
    programmes = [r["cells"][0] for r in tables[7]["rows"] if r["is_header"]]
    assert programmes == [
        "Brottsofferjouren (RIKU)",
        "Exit",
        "Marak",
        "Medling av brott- och tvistemål",
        "VAMOS",
        "NAVIGATORN",
    ]
    assert "fortbildningsdagar" in json.dumps(tables[17], ensure_ascii=False)

    assert [int(a.number) for a in parsed_seed.appendices] == list(range(1, 12))
    assert parsed_seed.appendices[6].title == "Broschyr på svenska"
    terms = {g["term"]: g["definition"] for g in parsed_seed.glossary}
    assert len(terms) == 22
    assert terms["Ankarplan"].startswith("Inom ankarverksamheten sätter man")
    assert terms["Främjande av välbefinnande"].startswith("Tvärsektoriell verksamhet")
    assert parsed_seed.unplaced == []


def test_seed_text_has_no_noise(parsed_seed):
    parts = [*parsed_seed.front, *parsed_seed.sections(), *parsed_seed.appendices]
    text = json.dumps(
        [[p.title, p.blocks] for p in parts] + [parsed_seed.glossary], ensure_ascii=False
    )
    assert_no_noise(text)
    assert not re.search(r'"\d{1,3}"', text), "a lone page number was kept"
    for phrase in REJOINED:
        assert phrase in text


@pytest.mark.django_db
def test_import_seed_creates_pages_once_and_updates_on_rerun(home_pages, parsed_seed):
    report = import_handbook(parsed_seed, "sv")
    edition = HandbookPage.objects.get()
    assert edition.url_path.endswith("/handbok-2019/")
    assert edition.locale.language_code == "sv"
    sections = HandbookSectionPage.objects.descendant_of(edition)
    numbers = sorted(n for n in sections.values_list("number", flat=True) if n)
    assert numbers == sorted(EXPECTED_SECTIONS)
    assert sections.get(number="2.3.6").get_parent().specific.number == "2.3"
    assert sections.filter(number="").count() == 2  # preface and introduction
    assert sorted(AppendixPage.objects.values_list("number", flat=True)) == list(range(1, 12))
    assert GlossaryPage.objects.get().terms.count() == 22
    blocks = [b for p in sections for b in p.body.raw_data] + [
        b for a in AppendixPage.objects.all() for b in a.body.raw_data
    ]
    stored = json.dumps(blocks, ensure_ascii=False)
    tables = sorted(b["value"]["number"] for b in blocks if b["type"] == "table")
    assert tables == list(range(1, 18))
    assert_no_noise(stored)
    assert len(report.created) == 63 and report.unplaced == []

    page_count = HandbookPage.objects.get().get_descendants(inclusive=True).count()
    again = import_handbook(parsed_seed, "sv")
    assert again.created == []
    assert HandbookPage.objects.get().get_descendants(inclusive=True).count() == page_count
    assert GlossaryPage.objects.get().terms.count() == 22


SMALL_TEXT = "1\t Principer\n\nText om ankarplanen.\n\nBilaga 1\t Inbjudan\n\nHej!\n"


@pytest.mark.django_db
def test_newer_edition_keeps_the_older_one_outdated(home_pages, client_host):
    old = import_handbook(parse(SMALL_TEXT), "sv", year=2019).edition
    new = import_handbook(parse(SMALL_TEXT.replace("Text", "Ny text")), "sv", year=2024).edition
    old.refresh_from_db()
    assert old.status == EditionStatus.OUTDATED and old.current_edition == new
    assert new.status == EditionStatus.CURRENT
    response = client_host.get("/sv/handbok-2019/1/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "outdated-notice" in html and 'href="/sv/handbok-2024/"' in html
    assert "Text om ankarplanen" in html
    assert "outdated-notice" not in client_host.get("/sv/handbok-2024/1/").content.decode()


@pytest.mark.django_db
def test_command_reports_progress_and_placement(home_pages, tmp_path, capsys):
    source = tmp_path / "handbok.txt"
    source.write_text(SMALL_TEXT, encoding="utf-8")
    call_command("import_handbook", str(source), "--locale", "sv", "--edition", "2019")
    out = capsys.readouterr().out
    assert "chapter 1: Principer" in out
    assert "3 pages created" in out
    assert "Everything in the file was placed." in out
    call_command("import_handbook", str(source), "--locale", "sv", "--edition", "2019")
    assert "0 pages created, 3 updated" in capsys.readouterr().out
    with pytest.raises(CommandError):
        call_command("import_handbook", str(tmp_path / "missing.txt"), "--locale", "sv")
    with pytest.raises(CommandError):
        call_command("import_handbook", str(source), "--locale", "de", "--edition", "2019")
