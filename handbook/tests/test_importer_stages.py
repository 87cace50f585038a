"""Each stage of the importer on its own: patterns, clean-up, parsing, tables."""

from handbook.importer.cleanup import Line, clean_lines, join_lines, sentence_case, upper_split
from handbook.importer.parsing import ParsedHandbook, Unit, parse, split_units
from handbook.importer.patterns import classify, first_text, is_letterspaced
from handbook.importer.tables import header_columns, read_table, table_rows

# --- patterns ------------------------------------------------------------------------------


def kind_and_text(line):
    kind, match = classify(line.strip(), line)
    return kind, (first_text(kind, match) if match else None)


def test_section_headings_match_to_any_depth():
    assert kind_and_text("2\t Genomförande") == ("heading", "Genomförande")
    assert kind_and_text("2.3.6\t Statistik över träffarna") == (
        "heading",
        "Statistik över träffarna",
    )
    _kind, match = classify("2.3.6\t Statistik över träffarna", "")
    assert match.group(1) == "2.3.6"
    # A numbered list item has a dot after the number; a year in running text is no heading.
    assert kind_and_text("1.\tDen unga") == ("numbered", "Den unga")
    assert kind_and_text("2019 kom en ny handbok.")[0] is None


def test_captions_appendices_and_list_items_match_in_every_language():
    assert kind_and_text("Tabell 5. Uppgifter som ska statistikföras") == (
        "table",
        "Uppgifter som ska statistikföras",
    )
    assert kind_and_text("Taulukko 5. Tilastoitavat tiedot")[0] == "table"
    assert kind_and_text("Figure 2. The process") == ("figure", "The process")
    assert kind_and_text("Liite 4\t Perehdytyssuunnitelma") == ("appendix", "Perehdytyssuunnitelma")
    assert kind_and_text("Bilagor") == ("appendices", None)
    assert kind_and_text("Del II") == ("part", None)
    assert kind_and_text("• polisen") == ("bullet", "polisen")
    assert kind_and_text("−−\tunder 18 år") == ("bullet", "under 18 år")
    assert kind_and_text("−− Den unga står i centrum.") == ("statement", "Den unga står i centrum.")
    assert kind_and_text("iv\t Lag om barnskydd") == ("footnote", "Lag om barnskydd")


def test_letterspaced_display_headings():
    assert is_letterspaced("T I L L  L Ä S A R E N")
    assert kind_and_text("O R D L I S T A") == ("letterspaced", None)
    assert not is_letterspaced("TILL LÄSAREN")
    assert not is_letterspaced("a b c d e")  # not capitals


# --- clean-up ------------------------------------------------------------------------------


def test_hyphenated_line_break_is_rejoined_but_a_real_hyphen_stays():
    assert join_lines(["Första stycket om an-", "karverksamheten"]) == (
        "Första stycket om ankarverksamheten"
    )
    assert join_lines(["social-", "och hälsovård"]) == "social- och hälsovård"
    assert join_lines(["sosiaali-", "ja terveystoimi"]) == "sosiaali- ja terveystoimi"
    # A capital after the hyphen starts a new word ("Polis-", "Kommunförbundet").
    assert join_lines(["EU-", "Kommissionen"]) == "EU- Kommissionen"
    # The same split inside one line, left by the extraction.
    assert join_lines(["i Scandi- navien"]) == "i Scandinavien"
    assert join_lines(["  many   spaces  ", "", "next"]) == "many spaces next"


def test_clean_lines_drop_stamps_headers_and_page_numbers():
    text = (
        "HANDBOK FÖR ANKARVERKSAMHETEN\n"
        "Text FÖRÅLD på sidan\n"
        "RAD\n"
        "12\n"
        "INRIKESMINISTERIETS PUBLIKATIONER 2019:21 HANDBOK FÖR ANKARVERKSAMHETEN\n"
        " Ny sida börjar\n"
    )
    parsed = ParsedHandbook()
    lines = clean_lines(text, parsed)
    assert [line.text for line in lines] == ["Text  på sidan", " Ny sida börjar"]
    assert [line.page_start for line in lines] == [False, True]
    assert parsed.title == "Handbok för ankarverksamheten"
    assert parsed.publisher == "Inrikesministeriets publikationer 2019:21"
    assert parsed.year == 2019


def test_text_helpers():
    assert sentence_case("  TILL LÄSAREN ") == "Till läsaren"
    assert upper_split("Om den unga Födelseår och hemort") == (
        "Om den unga",
        "Födelseår och hemort",
    )
    assert upper_split("bara små ord") is None


# --- parsing -------------------------------------------------------------------------------


def test_units_group_lines_and_a_page_break_starts_a_paragraph():
    lines = [
        Line("1\t Principer"),
        Line("Första raden"),
        Line("fortsätter här."),
        Line(" Ny sida med ny mening.", page_start=True),
        Line(""),
        Line("• en punkt"),
    ]
    units = split_units(lines)
    assert [(u.kind, u.text) for u in units] == [
        ("heading", "Principer"),
        ("text", "Första raden fortsätter här."),
        ("text", "Ny sida med ny mening."),
        ("bullet", "en punkt"),
    ]


def test_parse_builds_nested_sections_lists_and_footnotes():
    text = (
        "1\t Principer\n\nInledande text.\n\n"
        "1.1\t Mål\n\n• främja välbefinnande\n• förebygga\nbrott\n\n"
        "i\t En fotnot.\n\n"
        "1.1.1\t Delmål\n\nMer text.\n\n"
        "Bilaga 1\t Inbjudan\n\nHej!\n"
    )
    parsed = parse(text)
    (chapter,) = parsed.chapters
    assert chapter.blocks == [("paragraph", "<p>Inledande text.</p>")]
    (section,) = chapter.children
    assert section.number == "1.1" and section.slug == "1-1"
    assert section.blocks == [
        (
            "list",
            {"numbered": False, "start": 1, "items": ["främja välbefinnande", "förebygga brott"]},
        ),
        ("footnotes", [{"label": "i", "text": "En fotnot."}]),
    ]
    assert [s.number for s in parsed.sections()] == ["1", "1.1", "1.1.1"]
    (appendix,) = parsed.appendices
    assert (appendix.number, appendix.title) == ("1", "Inbjudan")
    assert appendix.blocks == [("paragraph", "<p>Hej!</p>")]
    assert parsed.unplaced == []


def test_a_section_without_its_parent_is_reported():
    parsed = parse("2.4\t Vilse\n\nText.\n")
    assert parsed.unplaced == ["section 2.4 Vilse: no parent section"]
    assert [s.number for s in parsed.sections()] == ["2.4"]


def test_glossary_entries_and_escaped_text():
    text = (
        "1\t Principer\n\nTexten nämner <script> & annat.\n\n"
        "O R D L I S T A\n\nBegrepp Innehåll\n\nAnkarplan Inom ankarverksamheten sätter man\n"
        "mål.\n\nlångt in på nästa rad.\n"
    )
    parsed = parse(text)
    assert parsed.chapters[0].blocks == [
        ("paragraph", "<p>Texten nämner &lt;script&gt; &amp; annat.</p>")
    ]
    assert parsed.glossary_title == "Ordlista"
    assert parsed.glossary == [
        {
            "term": "Ankarplan",
            "definition": "Inom ankarverksamheten sätter man mål. långt in på nästa rad.",
        }
    ]


# --- tables --------------------------------------------------------------------------------


def text_unit(*lines):
    return Unit("text", list(lines))


def test_table_with_header_columns_and_a_law_column():
    units = [
        Unit("table", ["Sektorer och lagar"], classify("Tabell 1. Sektorer och lagar", "")[1]),
        text_unit("Sektor Beskrivning Lag"),
        text_unit("Polisväsendet Upprätthåller ordning"),
        text_unit("polislagen (872/2011)"),
        Unit("heading", ["Nästa avsnitt"]),
    ]
    value, after = read_table(units, 0)
    assert after == 4  # stops at the heading
    assert value["number"] == 1 and value["caption"] == "Sektorer och lagar"
    assert value["columns"] == ["Sektor", "Beskrivning", "Lag"]
    assert value["rows"] == [
        {
            "is_header": False,
            "cells": ["Polisväsendet", "Upprätthåller ordning", "polislagen (872/2011)"],
        }
    ]


def test_table_of_label_value_rows_and_group_headings():
    rows = table_rows(
        [
            text_unit("Om den unga"),
            text_unit("Födelseår Året då den unga föddes"),
            text_unit("och hemort."),
        ]
    )
    assert rows["columns"] == []
    assert rows["rows"] == [
        {"is_header": True, "cells": ["Om den unga"]},
        {"is_header": False, "cells": ["Födelseår", "Året då den unga föddes och hemort."]},
    ]


def test_table_of_groups_with_bullets():
    rows = table_rows(
        [text_unit("Exit"), Unit("bullet", ["stöd för att lämna"]), Unit("bullet", ["mentorer"])]
    )["rows"]
    assert rows == [{"is_header": False, "cells": ["Exit", "• stöd för att lämna\n• mentorer"]}]


def test_header_columns_need_two_capitalised_names():
    assert header_columns(text_unit("Begrepp Innehåll")) == ["Begrepp", "Innehåll"]
    assert header_columns(text_unit("Begrepp")) is None
    assert header_columns(text_unit("Sektor och lag")) is None
