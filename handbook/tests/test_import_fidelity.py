"""The import is faithful to the seed: every table's shape, figures as figures, footnotes on
the page that references them; editions' status is explicit; updated chapters are revisions."""

import datetime
import json
import re

import pytest
from django.core.management import call_command

from handbook.glossary import link_terms
from handbook.importer import import_handbook, parse, parse_update, update_section
from handbook.models import EditionStatus, HandbookPage, HandbookSectionPage


def tables_of(parsed):
    return {table["number"]: table for table in parsed.tables()}


def labels(table):
    return [row["cells"][0] for row in table["rows"]]


# number: (column headings, rows, header rows, first row's label, last row's label)
TABLE_SHAPES = {
    1: (["Sektor", "Beskrivning", "Lag"], 4, 0, "Polisväsendet", "Hälsovårdsväsendet"),
    2: ([], 3, 0, "Den unga och familjen", "På lokal, regional och samhällelig nivå"),
    3: ([], 3, 0, "Träffen inleds:", "Träffen avslutas:"),
    4: (
        ["Mätare/modell", "Objekt"],
        19,
        5,
        "BEDÖMNING AV HELHETSSITUATIONEN",
        "Bedömning av faktorer som ökar risken för och skyddar mot våldsbejakande extremism",
    ),
    5: ([], 2, 0, "Uppgifter om den unga:", "Uppgifter om träffen:"),
    6: (["Sektor", "Aktörer, t.ex."], 8, 0, "Kristjänster", "Andra tjänster"),
    7: ([], 42, 6, "Brottsofferjouren (RIKU)", "Mer information"),
    8: ([], 1, 0, "Samarbete främjas på följande sätt:", "Samarbete främjas på följande sätt:"),
    9: ([], 1, 0, "Vid utbyte av information ska följande beaktas:", None),
    10: (["Sektor", "Beskrivning", "Lag"], 6, 0, "Alla", "Hälsovårdsväsendet"),
    11: ([], 4, 0, "Utveckling", "Information"),
    12: ([], 2, 0, "Styrgruppens medlemmar:", "Experterna i styrgruppen:"),
    13: ([], 4, 0, "Säkerställa verksamhetsförutsättningarna:", "Utveckling av verksamheten"),
    14: ([], 1, 0, "Den samordnande chefens uppgifter:", None),
    15: ([], 4, 0, "Den dagliga ledningen:", "Utvecklingen av verksamheten:"),
    16: ([], 5, 0, "Information om avtalet:", "Övrigt:"),
    17: (
        [],
        3,
        0,
        "Uppgifter om klientrelationer (se underkapitel 2.3.6):",
        "Uppgifter om det lokala och regionala samarbetet:",
    ),
}


@pytest.mark.parametrize("number", sorted(TABLE_SHAPES))
def test_table_shape(parsed_seed, number):
    columns, row_count, header_rows, first, last = TABLE_SHAPES[number]
    table = tables_of(parsed_seed)[number]
    assert table["columns"] == columns
    assert len(table["rows"]) == row_count
    assert sum(row["is_header"] for row in table["rows"]) == header_rows
    assert table["rows"][0]["cells"][0] == first
    assert table["rows"][-1]["cells"][0] == (last or first)
    width = max(len(columns), 2)
    for row in table["rows"]:
        if not row["is_header"]:
            assert len(row["cells"]) == width, row
            assert all(cell.strip() for cell in row["cells"]), row


# A few cells per table: (row index, column index, text the cell contains).
TABLE_CELLS = {
    1: [(0, 2, "polislagen (872/2011)"), (3, 2, "hälso- och sjukvårdslagen (1326/2010)")],
    2: [(0, 1, "• stöda föräldrarna"), (2, 1, "på riksomfattande nivå.")],
    3: [(0, 1, "• deltagarna presenteras och hälsas välkomna")],
    4: [(14, 1, "HCR-20"), (17, 1, "certifierad utbildning"), (18, 1, "ERIS")],
    5: [(0, 1, "• födelseår"), (1, 1, "(dd.mm.åååå)")],
    6: [
        (2, 1, "lärare, rektorer, skolkuratorer, specialskolor"),
        (7, 1, "brand- och räddningsväsendet, förläggningar, sysselsättningstjänster, NTM-"),
    ],
    7: [(1, 0, "Syfte"), (41, 1, "Navigatorerna.")],
    8: [(0, 1, "• uppdaterade kontaktuppgifter som är lätta att hitta")],
    9: [(0, 1, "• uppgifternas art (t.ex. patientuppgifter – patientlagen)")],
    10: [(2, 2, "polislagen (872/2011)")],
    11: [(0, 1, "• skapa möjligheter att förenhetliga den nationella verksamheten")],
    12: [(0, 1, "• chefsteamet")],
    13: [(1, 0, "Stöda samarbetet:")],
    14: [(0, 1, "• leda chefsteamet")],
    15: [(2, 1, "• ansvarar för genomförandet av regelbundna teammöten")],
    16: [(2, 1, "• personal")],
    17: [(0, 1, "• antal ankaranmälningar"), (2, 1, "• ankarkaffeträffar")],
}


@pytest.mark.parametrize("number", sorted(TABLE_CELLS))
def test_table_cells(parsed_seed, number):
    table = tables_of(parsed_seed)[number]
    for row, column, text in TABLE_CELLS[number]:
        assert text in table["rows"][row]["cells"][column]


def test_tables_keep_no_boxed_text_or_split_cell(parsed_seed):
    tables = tables_of(parsed_seed)
    assert "Målet med ankarverksamheten är att" not in json.dumps(tables[2], ensure_ascii=False)
    assert "Användningen av" not in labels(tables[4])
    assert "VERA-2 och tolkningen av dess resultat" in tables[4]["rows"][17]["cells"][1]
    section = next(s for s in parsed_seed.sections() if s.number == "1.2")
    kinds = [kind for kind, _ in section.blocks]
    boxed = kinds.index("table") + 1
    assert section.blocks[boxed] == ("subheading", "Målet med ankarverksamheten är att")
    assert kinds[boxed + 1] == "list"


def figures_of(parsed):
    parts = [*parsed.front, *parsed.sections(), *parsed.appendices]
    return {
        value["number"]: (part, value)
        for part in parts
        for kind, value in part.blocks
        if kind == "figure"
    }


FIGURES = {
    1: ("2.1", "Processbeskrivning av ankarverksamheten"),
    2: ("2.3.4", "Helhetsbilden byggs upp"),
    3: ("3.1", "Expertisen inom ankarteamet"),
    4: ("4", "Strukturerna för ledningen och styrningen av ankarverksamheten"),
    5: ("5", "Inledning av ankarverksamhet på lokal eller regional nivå"),
}


@pytest.mark.parametrize("number", sorted(FIGURES))
def test_figure_is_a_figure(parsed_seed, number):
    section, caption = FIGURES[number]
    part, figure = figures_of(parsed_seed)[number]
    assert part.number == section
    assert figure["caption"] == caption
    assert figure["image"] is None and figure["alt_text"] == ""
    if not figure["description"]:
        assert any(f"figure {number} " in line for line in parsed_seed.unrepaired)


def test_text_inside_figures_3_and_4_is_their_description_not_body(parsed_seed):
    figures = figures_of(parsed_seed)
    part3, figure3 = figures[3]
    assert figure3["description"].startswith("SOCIALVÄSENDET, branschspecifika uppgifter:")
    assert "• fältövervakning" in figure3["description"]
    part4, figure4 = figures[4]
    assert "NATIONELL STYRGRUPP" in figure4["description"]
    assert "Representanter för ankaraktörerna" in figure4["description"]
    for part, text in ((part3, "fältövervakning"), (part4, "CHEFSTEAMET")):
        body = [json.dumps(v, ensure_ascii=False) for k, v in part.blocks if k != "figure"]
        assert not any(text in block for block in body), text
    # The caption loses the source numbers glued to it ("ankarverksamheten62,63").
    assert not re.search(r"\d", figure4["caption"])


def test_footnotes_are_placed_and_linked_both_ways(parsed_seed):
    parts = [*parsed_seed.front, *parsed_seed.sections()]
    notes = {}
    for part in parts:
        for kind, value in part.blocks:
            if kind == "footnotes":
                notes.update({note["label"]: (part, note) for note in value})
    roman = "i ii iii iv v vi vii viii ix x xi xii xiii".split()
    assert sorted(notes, key=roman.index) == roman
    linked = {}
    for part in parts:
        for kind, value in part.blocks:
            if kind == "paragraph":
                for label in re.findall(r'<a href="#fn-(\w+)" id="fnref-\1">\1</a>', value):
                    linked[label] = part
    # Each linked marker is on the page that holds its note.
    for label, part in linked.items():
        assert notes[label][0] is part, label
    assert set(linked) == set(roman) - {"ii"}  # ii is referenced inside a key statement
    assert any(line.startswith("footnote ii:") for line in parsed_seed.unrepaired)
    assert notes["iii"][0].number == "1.4" and notes["ix"][0].number == "2.3.2"
    # The note at the foot of a page does not swallow the next page's paragraph.
    assert "Det bör noteras" not in notes["ix"][1]["text"]
    assert notes["ix"][1]["text"].endswith("ungdomslagen 1285/2016")
    marked = 'extremism<sup class="footnote-ref"><a href="#fn-i" id="fnref-i">i</a></sup>.'
    assert any(marked in value for kind, value in notes["i"][0].blocks if kind == "paragraph")


@pytest.mark.django_db
def test_footnote_markup_renders_links_both_ways(home_pages, client_host):
    text = (
        "1\t Principer\n\nTexten om förebyggande av extremismi. Och mer text här.\n\n"
        "i\t  IM. 2016. Nationellt åtgärdsprogram.\n"
    )
    import_handbook(parse(text), "sv", year=2019)
    html = client_host.get("/sv/handbok-2019/1/").content.decode()
    assert '<a href="#fn-i" id="fnref-i">i</a>' in html
    assert '<dt id="fn-i">i</dt>' in html and 'href="#fnref-i"' in html


def test_glossary_links_whole_words_to_the_right_term():
    terms = [
        {"term": "Radikal", "definition": "Radikal.", "url": "/g/#radikal"},
        {"term": "Ankarverksamhet", "definition": "Verksamhet.", "url": "/g/#av"},
        {"term": "Våldsam radikalisering", "definition": "V.", "url": "/g/#vr"},
    ]
    html = "<p>Om radikalisering och ankarverksamheten52.</p><p>Våldsam radikalisering.</p>"
    linked = link_terms(html, terms)
    assert "/g/#radikal" not in linked
    assert re.search(r'<a href="/g/#av" aria-describedby="gt-\d">ankarverksamheten</a>', linked)
    assert "</span>52." in linked
    assert re.search(r'<a href="/g/#vr" [^>]*>Våldsam radikalisering</a>', linked)
    assert not re.search(r"<a [^>]*>[^<]*\d[^<]*</a>", linked)
    # Inflected forms still link.
    assert ">radikala</a>" in link_terms("<p>radikala grupper</p>", terms)


SMALL = "1\t Principer\n\nText om ankarplanen.\n"


@pytest.mark.django_db
def test_same_year_editions_keep_their_status_until_one_is_chosen(home_pages):
    first = import_handbook(parse(SMALL), "sv", year=2019).edition
    first.slug = "handbok-2019-forsta"  # so that the next import makes a second edition
    first.save_revision().publish()
    second_parsed = parse(SMALL.replace("Text", "Annan text"))
    second = import_handbook(second_parsed, "sv", year=2019).edition
    assert second.pk != first.pk
    first.refresh_from_db()
    assert first.status == second.status == EditionStatus.CURRENT
    import_handbook(second_parsed, "sv", year=2019, current=True)
    first.refresh_from_db()
    second.refresh_from_db()
    assert second.status == EditionStatus.CURRENT
    assert first.status == EditionStatus.OUTDATED and first.current_edition == second
    # An older year imported later is outdated in favour of the current edition.
    older = import_handbook(parse(SMALL), "sv", year=2016).edition
    assert older.status == EditionStatus.OUTDATED and older.current_edition == second


@pytest.mark.django_db
def test_command_current_flag_outdates_the_demo_edition(
    demo_handbook, tmp_path, capsys, client_host
):
    demo_sv = HandbookPage.objects.get(locale__language_code="sv")
    source = tmp_path / "handbok.txt"
    source.write_text(SMALL, encoding="utf-8")
    call_command("import_handbook", str(source), "--locale", "sv", "--edition", "2019")
    imported = HandbookPage.objects.get(locale__language_code="sv", slug="handbok-2019")
    demo_sv.refresh_from_db()
    # Loading order decides nothing: the imported 2019 text is not outdated by the demo.
    assert imported.status == EditionStatus.CURRENT
    assert demo_sv.status == EditionStatus.CURRENT
    call_command("import_handbook", str(source), "--locale", "sv", "--edition", "2019", "--current")
    assert "status current" in capsys.readouterr().out
    demo_sv.refresh_from_db()
    assert demo_sv.status == EditionStatus.OUTDATED and demo_sv.current_edition == imported
    html = client_host.get(demo_sv.url).content.decode()
    assert "outdated-notice" in html and f'href="{imported.url}"' in html


def test_updated_chapter_parses_into_segments(updated_chapter_text):
    update = parse_update(updated_chapter_text)
    assert update.title == "Ankarverksamhetens organisation"
    titles = [segment.title for segment in update.segments]
    assert "Nationell utvecklingsgrupp" in titles and "Gruppledaren" in titles
    (figure,) = [v for k, v in update.segments[0].blocks if k == "figure"]
    assert figure["number"] == 4
    assert figure["caption"] == "Strukturerna för ledningen och styrningen av ankarverksamheten"
    assert figure["description"].startswith("Figur 4 beskriver ledningen")


@pytest.mark.django_db
def test_updated_chapter_imports_as_revision(
    home_pages, parsed_seed, updated_chapter_text, tmp_path, capsys, client_host
):
    edition = import_handbook(parsed_seed, "sv").edition
    chapter = HandbookSectionPage.objects.get(number="4")
    old_revisions = chapter.revisions.count()
    old_body = json.dumps(list(chapter.body.raw_data), ensure_ascii=False, sort_keys=True)
    assert "Nationell styrgrupp" in HandbookSectionPage.objects.get(number="4.1.1").title

    source = tmp_path / "kapitel4.txt"
    source.write_text(updated_chapter_text, encoding="utf-8")
    call_command(
        "import_handbook",
        str(source),
        "--locale",
        "sv",
        "--edition",
        "2019",
        "--update-section",
        "4",
        "--updated-on",
        "1.3.2022",
        "--note",
        "En nationell utvecklingsgrupp i stället för en nationell styrgrupp.",
    )
    out = capsys.readouterr().out
    assert "Updated" in out and "4.1.1" in out
    assert "4.2.2" in out  # not in the update: reported, left as it was

    chapter.refresh_from_db()
    assert chapter.title == "Ankarverksamhetens organisation"
    assert chapter.updated_on == datetime.date(2022, 3, 1)
    assert chapter.revisions.count() == old_revisions + 1
    previous = chapter.revisions.order_by("-created_at", "-id")[1].as_object()
    assert json.dumps(list(previous.body.raw_data), ensure_ascii=False, sort_keys=True) == old_body
    group = HandbookSectionPage.objects.get(number="4.1.1")
    assert group.title == "Nationell utvecklingsgrupp"
    body = json.dumps(list(group.body.raw_data), ensure_ascii=False)
    assert "Utvecklingsgruppen består av representanter" in body
    assert HandbookSectionPage.objects.get(number="4.2.2").updated_on is None

    html = client_host.get(chapter.url).content.decode()
    assert "Uppdaterad 1.3.2022" in html
    edition_html = client_host.get(edition.url).content.decode()
    assert "Ändringar i denna upplaga" in edition_html
    assert "4 Ankarverksamhetens organisation" in edition_html
    assert "uppdaterad 1.3.2022" in edition_html


@pytest.mark.django_db
def test_update_of_a_missing_section_is_refused(home_pages):
    edition = import_handbook(parse(SMALL), "sv", year=2019).edition
    with pytest.raises(ValueError):
        update_section(edition, "9", parse_update("Titel\n\nText."), datetime.date(2022, 3, 1))


def all_text(parsed):
    parts = [*parsed.front, *parsed.sections(), *parsed.appendices]
    return json.dumps([part.blocks for part in parts], ensure_ascii=False)


def test_broken_words_are_repaired_and_the_rest_reported(parsed_seed):
    text = all_text(parsed_seed)
    for repaired in (
        "Yrkespersonerna som deltar",
        "idrottsföreningar, församlingar",
        "HCR-20 kräver",
    ):
        assert repaired in text
    for broken in ("Yrkes personerna", "idrotts föreningar", "HCR- 20"):
        assert broken not in text
    english = [line for line in parsed_seed.unrepaired if line.startswith("English text")]
    assert len(english) == 2
    assert "including that developed by the NYPD" in english[0] and "2.3.4" in english[0]
    assert "it outlines the importance" in english[1] and "6.2" in english[1]


def test_citation_numbers_glued_to_words_are_marked_up(parsed_seed):
    text = all_text(parsed_seed)
    assert 'perspektiv<sup class=\\"citation\\">18</sup>.' in text
    assert 'livet.<sup class=\\"citation\\">19,20</sup>' in text
    assert "perspektiv18" not in text
    assert "TRAP-18" in text and "VERA-2" in text  # codes keep their numbers


@pytest.mark.django_db
def test_command_lists_what_it_could_not_repair(home_pages, tmp_path, capsys):
    source = tmp_path / "handbok.txt"
    source.write_text(
        "1\t Principer\n\nFigur 1.  Processbeskrivning\n\nText om ankarplanen efter figuren "
        "som fortsätter länge nog för att vara en vanlig och lång paragraf i texten.\n",
        encoding="utf-8",
    )
    call_command("import_handbook", str(source), "--locale", "sv", "--edition", "2019")
    out = capsys.readouterr().out
    assert "Could not repair, please check:" in out
    assert "figure 1 (Processbeskrivning)" in out


@pytest.mark.parametrize(
    "number, columns, items, first_group",
    [
        (
            3,
            ("Uppgift", "Gjort (x)"),
            "Planera vem som ska bjudas in till träffen.",
            "FÖRBEREDANDE",
        ),
        (8, ("Innehåll", "Gjort"), "Upprätta ett samarbetsavtal.", "Uppbyggande av lägesbilden"),
        (11, ("Innehåll", "Gjort"), "Ordnar man ankarkaffeträffar månatligen?", "Organisering"),
    ],
)
def test_appendix_checklists_keep_their_done_column(
    parsed_seed, number, columns, items, first_group
):
    appendix = parsed_seed.appendices[number - 1]
    assert [kind for kind, _ in appendix.blocks] == ["checklist"]
    checklist = appendix.blocks[0][1]
    assert (checklist["item_heading"], checklist["done_heading"]) == columns
    rows = checklist["rows"]
    assert any(row["cells"] == [items, ""] for row in rows)
    groups = [row["cells"][0] for row in rows if row["is_header"]]
    assert any(group.startswith(first_group) for group in groups)
    assert all(len(row["cells"]) == 2 for row in rows if not row["is_header"])


@pytest.mark.django_db
def test_checklist_renders_as_a_table_with_its_done_column(home_pages, client_host):
    text = (
        "1\t Principer\n\nText.\n\nBilaga 3\t Ankarträffarnas framskridning\n\n"
        "Uppgift Gjort (x)\n\nSJÄLVA TRÄFFEN\n\nVälkomna (presentationsrunda).\n"
    )
    import_handbook(parse(text), "sv", year=2019)
    html = client_host.get("/sv/handbok-2019/bilaga-3/").content.decode()
    assert '<th scope="col">Uppgift</th><th scope="col">Gjort (x)</th>' in html
    assert '<th scope="colgroup" colspan="2">SJÄLVA TRÄFFEN</th>' in html
    assert '<td>Välkomna (presentationsrunda).</td><td class="checklist-done"></td>' in html
