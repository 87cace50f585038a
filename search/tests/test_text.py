"""Query clean-up, stems and the highlighter, without a database."""

import pytest

from search.highlight import highlight
from search.text import (
    clean_query,
    query_words,
    section_number,
    stem,
    stem_text,
    term_alternatives,
    text_matcher,
    word_matches,
)


def test_highlight_escapes_everything_but_marks():
    html = highlight('<img src=x onerror="x">Nuorten & "ankkuri"', "nuori", "fi", length=0)
    assert (
        html
        == "&lt;img src=x onerror=&quot;x&quot;&gt;<mark>Nuorten</mark> &amp; &quot;ankkuri&quot;"
    )


def test_highlight_cuts_long_text_around_the_first_match():
    text = "alku " * 200 + "tapaamisesta kirjataan tilasto " + "loppu " * 200
    html = highlight(text, "tapaamiset", "fi")
    assert "<mark>tapaamisesta</mark>" in html
    assert html.startswith("… ") and html.endswith(" …")
    assert len(html) < 320


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("2.3.6", "2.3.6"), (" 4.1 ", "4.1"), ("2.3.6.", "2.3.6"), ("2", None), ("2.3 x", None)],
)
def test_section_number(raw, expected):
    assert section_number(raw) == expected


def test_junk_queries_become_plain_words():
    assert query_words('"); DROP TABLE x; -- *:" OR NEAR(') == ["drop", "table", "x", "or", "near"]
    assert clean_query("a" * 5000) == "a" * 200
    assert clean_query(None) == ""
    assert len(query_words(" ".join(["sana"] * 100))) == 12


def test_stems_match_postgresql_snowball_configs():
    assert stem_text("nuorten nuori", "fi") == "nuort nuori"
    assert stem_text("ungdomarna ungdom", "sv") == "ungdom ungdom"
    assert stem_text("meetings meeting", "en") == "meet meet"
    # Finnish adds the stem's prefix, which bridges nuori / nuorten.
    assert term_alternatives("nuorten", "fi") == [("nuort", False), ("nuor", True)]
    assert term_alternatives("ungdomarna", "sv") == [("ungdom", False)]


# Words from the demo content and Snowball's exceptional forms ("dying" -> "die" ...).
WORDS = {
    "fi": "Nuorten nuori ankkuritiimin Ääkköset yötä öisin äidin ehkäisyssä ohjaavat "
    "tapaamisesta huoltajansa perheväkivallan radikalisoitumisen kriisipäivystystä",
    "sv": "Ungdomarna ungdom ankarteamet Övergripande åtgärder ändå vårdnadshavarna "
    "ingripande kartlägger hälsovårdare",
    "en": "meetings dying lying tying skies skis news gently early only singly ugly idly "
    "yelled youths Young's analysing offences generously",
}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_stems_keep_the_first_letter(language):
    # The highlighter skips stemming words whose first letter no query lexeme has.
    for word in query_words(WORDS[language]):
        assert stem(word, language)[:1] == word[:1], word


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_text_matcher_agrees_with_stemming_every_word(language):
    words = query_words(WORDS[language])
    for query in words:
        matches = text_matcher(query, language)
        alternatives = term_alternatives(query, language)
        for word in words:
            assert matches(word) == word_matches(word, alternatives, language), (query, word)
